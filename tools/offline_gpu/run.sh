#!/usr/bin/env bash
# On a bare GPU machine without internet, in the repository root, after tools/offline_gpu/prepare.sh here
# (carry .whl and .offline_data): install the wheels, expand the audio sample, and measure the ds2 training
# throughput on real batches in bf16 and fp32 (the H100 figure to beat: 4,192 audio-s/s real, bf16).
# Results go to $OUT (or outputs/offline_gpu): benchmarks.md, bench.json per run, and the log.
#   bash tools/offline_gpu/run.sh [STEPS]       (default 10 timed steps per measurement; ~4 min in all)
set -uo pipefail
steps=${1:-10}
out=${OUT:-outputs/offline_gpu}
mkdir -p "$out"
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl \
  || { echo "error: installing the carried wheels failed"; exit 1; }
export PYTHONPATH=/tmp/site:$PWD PYTHONUNBUFFERED=1
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv | tee "$out/gpu.txt"
python3 tools/offline_gpu/sample_corpus.py expand .offline_data /tmp/corpus || exit 1
manifest=/tmp/corpus/manifests/train.csv
workers=$(( $(nproc) - 2 ))
for precision in bf16 fp32; do
  python3 -m deepspeech2.benchmarks.training_speed --device cuda --precision "$precision" --models ds2 \
    --manifest "$manifest" --test-manifest "$manifest" --max-frames 64000 --steps "$steps" --utterances 48 \
    --workers "$workers" --work-dir "$out/ds2_$precision" --results "$out/benchmarks.md" 2>&1 \
    | tee "$out/ds2_$precision.log" | grep -v Warning
done
cat "$out/benchmarks.md"
