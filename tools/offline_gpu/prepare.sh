#!/usr/bin/env bash
# Prepare, here (internet: PyPI), what a bare GPU machine without internet needs for tools/offline_gpu/run.sh.
# The GPU image is assumed to hold Python 3.12 with torch/torchaudio 2.11, pytorch-lightning, numpy, pandas,
# scipy and matplotlib; this fetches the rest as wheels into .whl/ and packs a FLAC sample of the embedded
# corpus into .offline_data/ with one noise clip of each kind and the training rooms for recipes.sh, and packs
# this machine's espeak-ng (the program, the libraries it loads beyond the C library, its Korean data and voice
# variants) and the hunspell-ko word list into .offline_espeak/ for world.sh, which synthesizes a world there (all
# three git-ignored; name the ones a script needs in the GPU tool's carry list).
#   bash tools/offline_gpu/prepare.sh [MINUTES]        (default 20 minutes of audio)
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=.venv/bin/python
minutes=${1:-20}
rm -rf .whl && mkdir -p .whl
# the versions of requirements.txt / this virtualenv, as wheels for CPython 3.12 on x86-64 Linux
pins=$($PY -m pip freeze 2>/dev/null | grep -iE '^(hydra-core|omegaconf|soundfile|cffi|pycparser|python-levenshtein|levenshtein|rapidfuzz|flashlight-text|pyroomacoustics)==')
$PY -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
  --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 \
  --platform manylinux1_x86_64 -d .whl $pins
$PY -m pip wheel -q --no-deps -w .whl "$($PY -m pip freeze | grep -i '^antlr4-python3-runtime==')"  # sdist only
rm -rf .offline_data
$PY tools/offline_gpu/sample_corpus.py pack data/synthetic/manifests/train.csv .offline_data --minutes "$minutes"
# noise and rooms for tools/offline_gpu/recipes.sh: one training-noise clip of each kind, the training rooms
mkdir -p .offline_data/noise .offline_data/rooms
cp data/synthetic/noise/*_0.wav .offline_data/noise/
cp data/synthetic/rooms/train/*.wav .offline_data/rooms/
du -sh .whl .offline_data
bash tools/offline_gpu/pack_espeak.sh .offline_espeak   # espeak-ng and the word list for world.sh
