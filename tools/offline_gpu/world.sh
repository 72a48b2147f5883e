#!/usr/bin/env bash
# On a bare GPU machine without internet, in the repository root, after tools/offline_gpu/prepare.sh here (carry
# .whl and .offline_espeak): synthesize a world there with the carried espeak-ng and word list (all CPU cores), make
# the far-field copies of its valid split that the far-field recipes choose their best epoch on, and train a recipe
# on it unchanged but for the loader processes. To $OUT (or outputs/offline_gpu): RECIPE.ckpt (the best epoch,
# exported as the pretrained files are), metrics.csv, curves.png, world.md (wall time of each step) and the logs.
#   bash tools/offline_gpu/world.sh RECIPE WORLD "SYNTH OPTIONS" [TRAIN OVERRIDES ...]
#   e.g. bash tools/offline_gpu/world.sh ds2_small_world32x_far world32x "--hours 32 --mixed-words 0.7"
# The world is data/WORLD, the folder the recipe reads; the recipe's init_from file must travel with the tree. A world
# already built there (a second call while the machine is still held) is used as it is, and each run's exported
# checkpoint also stays at outputs/world_runs/RECIPE.ckpt, so that a second stage can start from it:
#   bash tools/offline_gpu/world.sh ds2_medium_world32x world32x "--hours 32 --mixed-words 0.7"
#   bash tools/offline_gpu/world.sh ds2_medium_world32x_far world32x "--hours 32 --mixed-words 0.7" \
#       init_from=outputs/world_runs/ds2_medium_world32x.ckpt
set -uo pipefail
recipe=$1 world=$2 synth=$3
shift 3
out=${OUT:-outputs/offline_gpu}
mkdir -p "$out"
source tools/offline_gpu/install.sh
export PATH=$PWD/.offline_espeak/bin:$PATH
step() {  # step NAME COMMAND...: run it, log to $OUT/NAME.log, add its wall time to world.md; stop on failure
  local name=$1 start
  shift
  start=$(date +%s)
  "$@" > "$out/$name.log" 2>&1 || { echo "error: $name failed"; tail -20 "$out/$name.log"; exit 1; }
  echo "| $name | $(( $(date +%s) - start )) |" | tee -a "$out/world.md"
}
printf '| step | wall (s) |\n| --- | ---: |\n' > "$out/world.md"
if [ -f "data/${world}_valid_noisy/manifests/noisy_far.csv" ]; then
  echo "| data/$world and its far-field valid copies: already built | 0 |" | tee -a "$out/world.md"
else
  # shellcheck disable=SC2086  # the synth options are words
  step synth python3 -m preprocessing synth --root "data/$world" $synth --lexicon .offline_espeak/ko.dic --no-ood
  step valid_copies sh -c "python3 -m preprocessing noisy --manifest data/$world/manifests/valid.csv \
  --out data/${world}_valid_noisy --seed 5 --rooms data/$world/rooms/train \
  && python3 -m preprocessing noise data/${world}_valid_noisy --out data/${world}_valid_noisy/manifests"
fi
workers=$(( $(nproc --all) > 3 ? $(nproc --all) - 2 : 1 ))
run=outputs/world_runs/$recipe
rm -rf "$run"
step train python3 -m deepspeech2.train experiment="$recipe" data.num_workers=$workers \
  trainer.enable_progress_bar=false hydra.run.dir="$run" "$@"
best=$(ls "$run"/checkpoints/best-*.ckpt 2>/dev/null | head -1)
python3 -c "from deepspeech2.checkpoint import export_checkpoint; export_checkpoint('${best:-$run/checkpoints/last.ckpt}', '$run.ckpt')"
cp "$run.ckpt" "$run/curves.png" "$out/" 2>/dev/null
cp "$(find "$run/csv" -name metrics.csv | head -1)" "$out/" 2>/dev/null
echo "exported: ${best:-last.ckpt}" >> "$out/world.md"
nvidia-smi --query-gpu=name --format=csv,noheader >> "$out/world.md" 2>/dev/null
cat "$out/world.md"
