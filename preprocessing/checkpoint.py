"""Self-describing checkpoints, shared by the speech recognizer and the gender classifier.

A checkpoint's ``hyper_parameters`` hold, as plain Python types, everything
inference needs (model config, feature config, labels …), so it loads with
``torch.load(path, map_location="cpu", weights_only=True)`` — no pickled
classes — and eval, transcribe and the demos cannot drift from training.
"""
from __future__ import annotations

import os
import warnings
from pathlib import Path
from typing import Callable, Sequence

import torch

from preprocessing.files import atomic_path


def resolve_device(device: str = "auto") -> torch.device:
    """Where a loaded model runs: ``"auto"`` → CUDA when available, else CPU; anything else as given."""
    return torch.device("cuda" if torch.cuda.is_available() else "cpu") if device == "auto" else torch.device(device)


class CheckpointError(RuntimeError):
    """A checkpoint that is missing, unreadable, or not of the expected kind."""


def load_checkpoint(path: str | os.PathLike, required: tuple[str, ...], kind: str, missing_hint: str) -> dict:
    """Load ``path`` on the CPU with ``weights_only=True`` and check it has the ``required`` settings.

    Args:
        required: keys that must be in ``hyper_parameters``.
        kind: what the checkpoint should be, for messages ("DeepSpeech2").
        missing_hint: what to tell the user when the file does not exist.
    """
    path = Path(path)
    if not path.is_file():
        raise CheckpointError(f"no checkpoint at {path}; {missing_hint}")
    try:
        with warnings.catch_warnings():  # torch warns about foreign pickle protocols before failing on them
            warnings.simplefilter("ignore")
            checkpoint = torch.load(path, map_location="cpu", weights_only=True)
    except Exception as err:  # torch raises several types for truncated or foreign files
        raise CheckpointError(f"{path}: not a readable checkpoint (damaged, cut short, or not a {kind} checkpoint "
                              "of this toolkit, which hold only tensors and plain settings)") from err
    if not isinstance(checkpoint, dict):
        raise CheckpointError(f"{path}: not a {kind} checkpoint")
    missing = [key for key in required if key not in checkpoint.get("hyper_parameters", {})]
    if missing or "state_dict" not in checkpoint:
        raise CheckpointError(f"{path}: not a {kind} checkpoint (no {', '.join(missing) or 'state_dict'})")
    return checkpoint


def resolve_resume(ckpt_path: str | None, run_dir: Path, load: Callable[[Path], dict], run_folder: str) -> str | None:
    """The checkpoint a training run resumes from: ``None`` → none; ``"last"`` → ``<run_dir>/checkpoints/last.ckpt``;
    else the path. ``load`` (the task's ``load_checkpoint``) checks that it is a readable checkpoint of the task.

    Raises:
        CheckpointError: no such file, or not a checkpoint of this kind; the message says how to resume.
    """
    if not ckpt_path:
        return None
    path = run_dir / "checkpoints" / "last.ckpt" if ckpt_path == "last" else Path(ckpt_path)
    if not path.is_file():
        raise CheckpointError(f"cannot resume: no checkpoint at {path}. To resume a run, point at its folder: "
                              f"hydra.run.dir={run_folder} ckpt_path=last")
    load(path)
    return str(path)


def model_weights(checkpoint: dict) -> dict[str, torch.Tensor]:
    """The ``model.*`` tensors of a checkpoint's state: what an exported checkpoint keeps (a training one also holds
    buffers that the settings determine, such as a feature extractor's window)."""
    return {key: value for key, value in checkpoint["state_dict"].items() if key.startswith("model.")}


def export_checkpoint(checkpoint: dict, dst: str | os.PathLike, required: tuple[str, ...], half: bool = False) -> Path:
    """Write an inference-only copy: the ``required`` settings and the ``model.*`` weights (float16 if ``half``)."""
    exported = {
        "hyper_parameters": {key: checkpoint["hyper_parameters"][key] for key in required},
        "state_dict": {
            key: value.half() if half and value.is_floating_point() else value
            for key, value in model_weights(checkpoint).items()
        },
    }
    with atomic_path(dst) as tmp:
        torch.save(exported, tmp)
    return Path(dst)


def average_checkpoints(checkpoints: Sequence[dict], weights: Sequence[float], same: tuple[str, ...]) -> dict:
    """The weighted average of the ``model.*`` weights of checkpoints whose settings ``same`` (e.g. model,
    features, labels) are equal; the first one's settings. Only :func:`model_weights` count, as in an exported
    checkpoint, so a training checkpoint and an exported one average alike.

    Weight-space ensembling: a model fine-tuned on new data, averaged with the model it started from, often
    keeps most of the old model's accuracy and the new data's gain (Wortsman et al., 2022, "Robust
    fine-tuning of zero-shot models"). The weights are normalized to sum to 1; batch-norm statistics are
    averaged like any float tensor, integer tensors (batch counts) come from the first checkpoint.

    Raises:
        CheckpointError: no checkpoint, weights that do not match them, or checkpoints whose settings
            ``same`` or tensors differ.
    """
    if not checkpoints or len(weights) != len(checkpoints) or min(weights) < 0 or sum(weights) <= 0:
        raise CheckpointError(f"need one non-negative weight per checkpoint (got {len(checkpoints)} checkpoints, "
                              f"weights {list(weights)})")
    first = checkpoints[0]
    shapes = {key: value.shape for key, value in model_weights(first).items()}
    for other in checkpoints[1:]:
        differ = [key for key in same if other["hyper_parameters"].get(key) != first["hyper_parameters"].get(key)]
        if differ:
            raise CheckpointError(f"checkpoints with different {', '.join(differ)} settings cannot be averaged")
        if {key: value.shape for key, value in model_weights(other).items()} != shapes:
            raise CheckpointError("checkpoints with different tensors cannot be averaged")
    total = float(sum(weights))
    state = {
        key: sum(w / total * c["state_dict"][key].float() for w, c in zip(weights, checkpoints)).to(value.dtype)
        if value.is_floating_point() else value
        for key, value in model_weights(first).items()
    }
    return {"hyper_parameters": first["hyper_parameters"], "state_dict": state}
