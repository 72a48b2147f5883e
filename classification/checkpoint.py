"""Reading and exporting self-describing gender-classifier checkpoints.

A checkpoint's ``hyper_parameters`` hold, as plain Python types, everything
inference needs: ``model`` (the model config dict, see
:func:`classification.model.build_model`), ``features`` (the
:class:`~classification.features.FeatureConfig` fields), ``labels``
(``["male", "female"]``: the logit is for the second) and ``min_seconds``. It
loads with ``torch.load(path, map_location="cpu", weights_only=True)``.
"""
from __future__ import annotations

import os
from pathlib import Path

import torch

from preprocessing import checkpoint as shared
from preprocessing.checkpoint import CheckpointError  # noqa: F401  (re-exported for callers)

DEFAULT_CHECKPOINT = Path(__file__).resolve().parent / "pretrained" / "gender_synthetic.ckpt"  # from any directory
REQUIRED = ("model", "features", "labels", "min_seconds")


def load_checkpoint(path: str | os.PathLike) -> dict:
    """Load a checkpoint on the CPU, safely (``weights_only=True``), and check that it describes itself."""
    hint = (
        "the pretrained model is missing: train one with `python -m classification.train "
        "export=classification/pretrained/gender_synthetic.ckpt` (see classification/pretrained/MODEL_CARD.md)"
        if Path(path).resolve() == DEFAULT_CHECKPOINT
        else "pass checkpoint=PATH to an existing .ckpt file"
    )
    return shared.load_checkpoint(path, REQUIRED, "gender-classifier", hint)


def model_state_dict(checkpoint: dict) -> dict[str, torch.Tensor]:
    """The classifier's weights: the ``model.*`` entries without the prefix."""
    return {key.removeprefix("model."): value for key, value in checkpoint["state_dict"].items()
            if key.startswith("model.")}


def resolve_resume(ckpt_path: str | None, run_dir: Path) -> str | None:
    """``None`` → no resume; ``"last"`` → ``<run_dir>/checkpoints/last.ckpt``; else the path, a classifier checkpoint."""
    return shared.resolve_resume(ckpt_path, run_dir, load_checkpoint, "outputs/classification/train/<date>/<time>")


def export_checkpoint(src: str | os.PathLike, dst: str | os.PathLike) -> Path:
    """Write an inference-only copy of ``src``: the settings and model weights, no optimizer or trainer state."""
    return shared.export_checkpoint(load_checkpoint(src), dst, REQUIRED)
