#!/usr/bin/env bash
# On a bare GPU machine without internet, in the repository root, after tools/offline_gpu/prepare.sh here
# (carry .whl and .offline_data): install the wheels, expand the audio sample (every row listed 30 times, so that
# 2,560-second batches stay full), and measure the ds2 training throughput on synthetic and real batches:
# bf16 at 256,000 and 128,000 frames per batch, fp32 at 128,000 (the H100 figures to beat: 5,812 synthetic,
# 4,192 real audio-s/s, bf16 at 256,000 frames). Results go to $OUT (or outputs/offline_gpu): benchmarks.md,
# bench.json per run, and the logs.
#   bash tools/offline_gpu/run.sh [STEPS]       (default 10 timed steps per measurement; ~5 min in all)
set -uo pipefail
steps=${1:-10}
out=${OUT:-outputs/offline_gpu}
mkdir -p "$out"
source tools/offline_gpu/install.sh
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv | tee "$out/gpu.txt"
python3 tools/offline_gpu/sample_corpus.py expand .offline_data /tmp/corpus --repeat 30 || exit 1
manifest=/tmp/corpus/manifests/train.csv
workers=$(( $(nproc) - 2 ))
for run in bf16:256000 bf16:128000 fp32:128000; do
  precision=${run%:*} frames=${run#*:}
  python3 -m deepspeech2.benchmarks.training_speed --device cuda --precision "$precision" --models ds2 \
    --manifest "$manifest" --test-manifest "$manifest" --max-frames "$frames" --steps "$steps" --utterances 48 \
    --workers "$workers" --work-dir "$out/ds2_${precision}_$frames" --results "$out/benchmarks.md" 2>&1 \
    | tee "$out/ds2_${precision}_$frames.log" | grep -v Warning
done
cat "$out/benchmarks.md"
