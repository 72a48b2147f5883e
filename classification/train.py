"""Train the speaker-gender classifier:  ``python -m classification.train [overrides]``.

Settings are in ``configs/classification/train.yaml`` and its groups; with no
arguments it trains ``gender_cnn`` on the embedded synthetic corpus (built on
first use). Outputs (checkpoints, CSV logs, ``rejects.csv``, the composed
config) go to ``outputs/classification/train/<date>/<time>/``;
``export=PATH`` also writes a small inference-only checkpoint.
"""
from __future__ import annotations

import sys
from pathlib import Path

import hydra
from hydra.core.hydra_config import HydraConfig
from omegaconf import DictConfig

from classification.inference import USER_ERRORS
from classification.module import train
from preprocessing.command_line import run_command


@hydra.main(version_base="1.3", config_path="../configs/classification", config_name="train")
def main(cfg: DictConfig) -> None:
    try:
        best = train(cfg, Path(HydraConfig.get().runtime.output_dir))
    except USER_ERRORS as err:
        sys.exit(f"error: {err}")
    print(f"best checkpoint: {best}")
    if cfg.export:
        print(f"exported: {cfg.export}")


if __name__ == "__main__":
    run_command(main, "classification", "train", __doc__)
