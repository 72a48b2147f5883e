"""Train DeepSpeech2:  ``python -m deepspeech2.train [overrides]``.

Settings are in ``configs/deepspeech2/train.yaml`` and its groups; with no
arguments it trains ``ds2_small`` on the embedded synthetic corpus (built on
first use). Outputs (checkpoints, CSV and TensorBoard logs, the composed
config) go to ``outputs/deepspeech2/<date>/<time>/``.
"""
from __future__ import annotations

import sys
from pathlib import Path

import hydra
from hydra.core.hydra_config import HydraConfig
from omegaconf import DictConfig

from deepspeech2.inference import USER_ERRORS
from deepspeech2.module import train
from preprocessing.command_line import run_command


@hydra.main(version_base="1.3", config_path="../configs/deepspeech2", config_name="train")
def main(cfg: DictConfig) -> None:
    try:
        train(cfg, Path(HydraConfig.get().runtime.output_dir))
    except USER_ERRORS as err:
        sys.exit(f"error: {err}")


if __name__ == "__main__":
    run_command(main, "deepspeech2", "train", __doc__)
