"""Reading, resolving and exporting DeepSpeech2 checkpoints.

Every checkpoint is self-describing: its ``hyper_parameters`` hold, as plain
Python types, the ``model`` config, the ``features`` config (with any global
normalization statistics) and the ``tokenizer`` dict. That is all
:func:`deepspeech2.inference.load_recognizer` needs, and the file loads with
``torch.load(path, weights_only=True)`` (no pickled classes). :func:`load_model` rebuilds the
acoustic model from it.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Sequence

import torch

from deepspeech2.model import DeepSpeech2, DeepSpeech2Config
from preprocessing import checkpoint as shared
from preprocessing.checkpoint import CheckpointError

PRETRAINED = Path(__file__).resolve().parent / "pretrained"  # found from any working directory
DEFAULT_CHECKPOINT = PRETRAINED / "ds2_medium_synthetic_noise.ckpt"  # the demo default (MODEL_CARD.md)
DEFAULT_LM = PRETRAINED / "ds2_small_synthetic_jamo.arpa.gz"  # 6-gram jamo LM of the training and outside text
REQUIRED = ("model", "features", "tokenizer")


def default_decoder(checkpoint: str | os.PathLike) -> dict:
    """The decoder a checkpoint gets unless one is chosen (``decoder=auto``), as make_decoder arguments.

    Beam search with the shipped LM for the shipped demo model (:data:`DEFAULT_CHECKPOINT`, when
    :data:`DEFAULT_LM`, tuned for it, is there too); greedy for any other checkpoint, whose LM
    nobody can guess.
    """
    if Path(checkpoint).resolve() == DEFAULT_CHECKPOINT.resolve() and DEFAULT_LM.is_file():
        return {"kind": "beam_lm", "lm_path": str(DEFAULT_LM)}
    return {"kind": "greedy"}


def load_checkpoint(path: str | os.PathLike) -> dict:
    """Load a checkpoint on the CPU, safely (``weights_only=True``), and check that it describes itself."""
    hint = (
        "the pretrained model is not there yet: train one with `python -m deepspeech2.train` "
        "and pass checkpoint=outputs/deepspeech2/<date>/<time>/checkpoints/<best>.ckpt"
        if Path(path).resolve() == DEFAULT_CHECKPOINT
        else "pass checkpoint=PATH to an existing .ckpt file"
    )
    return shared.load_checkpoint(path, REQUIRED, "DeepSpeech2", hint)


def model_state_dict(checkpoint: dict) -> dict[str, torch.Tensor]:
    """The acoustic model's weights (``model.*`` entries without the prefix), floating point as float32."""
    return {
        key.removeprefix("model."): value.float() if value.is_floating_point() else value
        for key, value in checkpoint["state_dict"].items()
        if key.startswith("model.")
    }


def average_checkpoints(sources: Sequence[str | os.PathLike], dst: str | os.PathLike,
                        weights: Sequence[float] | None = None) -> Path:
    """Export the weighted average (default: the mean) of DeepSpeech2 checkpoints with the same model,
    features and labels to ``dst`` (as :func:`export_checkpoint`; :func:`preprocessing.checkpoint.average_checkpoints`).
    For instance a fine-tuned model averaged with the model it started from::

        python -c "from deepspeech2.checkpoint import average_checkpoints; average_checkpoints(
            ['deepspeech2/pretrained/ds2_medium_synthetic_noise.ckpt', 'outputs/run/checkpoints/last.ckpt'],
            'averaged.ckpt')"
    """
    checkpoints = [load_checkpoint(path) for path in sources]
    averaged = shared.average_checkpoints(checkpoints, weights or [1.0] * len(checkpoints), REQUIRED)
    return shared.export_checkpoint(averaged, dst, REQUIRED, half=True)


def load_model(path: str | os.PathLike) -> tuple[DeepSpeech2, dict]:
    """The acoustic model of a checkpoint, with its weights (float32), and the checkpoint's settings
    (``hyper_parameters``: ``model``, ``features``, ``tokenizer`` …): what inference, export and warm starts need.

    Raises:
        CheckpointError: the file is missing, unreadable, or not a DeepSpeech2 checkpoint.
    """
    checkpoint = load_checkpoint(path)
    settings = checkpoint["hyper_parameters"]
    model = DeepSpeech2(DeepSpeech2Config(**settings["model"]))
    model.load_state_dict(model_state_dict(checkpoint))
    return model, settings


def resolve_resume(ckpt_path: str | None, run_dir: Path) -> str | None:
    """``None`` → no resume; ``"last"`` → ``<run_dir>/checkpoints/last.ckpt``; else the path, a DeepSpeech2 checkpoint."""
    return shared.resolve_resume(ckpt_path, run_dir, load_checkpoint, "outputs/deepspeech2/<date>/<time>")


def export_checkpoint(src: str | os.PathLike, dst: str | os.PathLike) -> Path:
    """Write a small inference-only copy of ``src``: model weights in float16, no optimizer or trainer state.

    ds2_small becomes about 7 MB, ds2_medium 21 MB. For the default pretrained model::

        python -c "from deepspeech2.checkpoint import export_checkpoint; export_checkpoint(
            'outputs/deepspeech2/<date>/<time>/checkpoints/<best>.ckpt',
            'deepspeech2/pretrained/ds2_medium_synthetic_noise.ckpt')"
    """
    return shared.export_checkpoint(load_checkpoint(src), dst, REQUIRED, half=True)
