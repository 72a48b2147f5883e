"""Classify audio files by speaker gender:  ``python -m classification.transcribe a.wav FOLDER/ "*.flac"``.

Inputs are files, folders (searched recursively for audio files) or glob
patterns; ``key=value`` or ``--key value`` change settings (:mod:`preprocessing.command_line`). Prints ``path<TAB>gender<TAB>probability`` per file (probability =
P(female)); a file that cannot be classified (not audio, too short, silent…)
is reported on stderr and the others carry on. Writes ``path,gender,
probability,error`` to ``output_csv`` (default ``<run dir>/predictions.csv``).
The exit code is 1 if any file failed. Model and feature settings come only
from the checkpoint.
"""
from __future__ import annotations

import sys
from pathlib import Path

import hydra
import pandas as pd
from hydra.core.hydra_config import HydraConfig
from omegaconf import DictConfig, ListConfig

from classification.inference import USER_ERRORS, classify_files, load_classifier
from preprocessing.audio import find_audio_files
from preprocessing.command_line import run_command
from preprocessing.files import atomic_path


@hydra.main(version_base="1.3", config_path="../configs/classification", config_name="transcribe")
def main(cfg: DictConfig) -> None:
    inputs = list(cfg.inputs) if isinstance(cfg.inputs, ListConfig) else [cfg.inputs]
    paths = find_audio_files(inputs)
    if not paths:
        sys.exit("error: nothing to classify; pass audio files, folders or quoted patterns: a.wav FOLDER/ '*.wav'")
    try:
        classifier = load_classifier(cfg.checkpoint, cfg.device, batch_size=cfg.batch_size,
                                     max_seconds=cfg.max_seconds, silence_db=cfg.silence_db)
    except USER_ERRORS as err:
        sys.exit(f"error: {err}")
    results = classify_files(classifier, paths, cfg.progress)
    for result in results:
        if result.error is None:
            print(f"{result.path}\t{result.gender}\t{result.probability:.4f}", flush=True)
        else:
            print(f"error: {result.error}", file=sys.stderr)
    output = Path(cfg.output_csv or Path(HydraConfig.get().runtime.output_dir) / "predictions.csv")
    with atomic_path(output) as tmp:
        pd.DataFrame([vars(r) for r in results]).to_csv(tmp, index=False, encoding="utf-8")
    failed = sum(r.error is not None for r in results)
    print(f"classified {len(results) - failed} of {len(results)} files → {output}", file=sys.stderr)
    if failed:
        sys.exit(f"{failed} of {len(results)} files failed")


if __name__ == "__main__":
    run_command(main, "classification", "transcribe", __doc__, inputs_key="inputs")
