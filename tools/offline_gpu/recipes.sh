#!/usr/bin/env bash
# On a bare GPU machine without internet, in the repository root, after tools/offline_gpu/prepare.sh here (carry
# .whl and .offline_data): run training recipes unchanged on the GPU, with only their data, noise and room paths
# pointed at the carried sample (and 8 loader processes), and measure their speed: each recipe runs 1 and then
# 3 epochs of the sample (20 minutes listed 10 times), and the 2 extra epochs' wall time gives audio-s/s of real
# training (validation of 5 batches and checkpoints included, start-up excluded).
# Results go to $OUT (or outputs/offline_gpu): recipes.md and one log per run.
#   bash tools/offline_gpu/recipes.sh [RECIPE ...]   (default: ds2_small_far_finetune ds2_lstm_world_noise)
set -uo pipefail
out=${OUT:-outputs/offline_gpu}
mkdir -p "$out"
source tools/offline_gpu/install.sh
python3 tools/offline_gpu/sample_corpus.py expand .offline_data /tmp/corpus --repeat 10 || exit 1
manifest=/tmp/corpus/manifests/train.csv
audio=$(python3 -c "import pandas as pd; print(round(pd.read_csv('$manifest')['duration'].sum()))")
echo "| recipe | audio per epoch (s) | wall 1 epoch (s) | wall 3 epochs (s) | training audio-s/s |" > "$out/recipes.md"
echo "| --- | ---: | ---: | ---: | ---: |" >> "$out/recipes.md"
recipes=("$@")
[ ${#recipes[@]} -eq 0 ] && recipes=(ds2_small_far_finetune ds2_lstm_world_noise)
declare -A wall
for recipe in "${recipes[@]}"; do
  for epochs in 1 3; do
    start=$(date +%s.%N)
    python3 -m deepspeech2.train experiment="$recipe" data.train_manifest="$manifest" data.valid_manifest="$manifest" \
      augment.wave.noise_dir=.offline_data/noise augment.wave.rir_dir=.offline_data/rooms data.num_workers=8 \
      trainer.max_epochs=$epochs trainer.limit_val_batches=5 trainer.num_sanity_val_steps=0 \
      trainer.enable_progress_bar=false hydra.run.dir=/tmp/runs/"${recipe}_$epochs" > "$out/${recipe}_$epochs.log" 2>&1 \
      || { echo "error: $recipe failed"; tail -20 "$out/${recipe}_$epochs.log"; continue 2; }
    wall[$epochs]=$(python3 -c "import time; print(round(time.time() - $start, 1))")
  done
  rate=$(python3 -c "print(round(2 * $audio / (${wall[3]} - ${wall[1]})))")
  echo "| $recipe | $audio | ${wall[1]} | ${wall[3]} | $rate |" | tee -a "$out/recipes.md"
done
nvidia-smi --query-gpu=name --format=csv,noheader >> "$out/recipes.md"
cat "$out/recipes.md"
