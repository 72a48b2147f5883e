"""What both trainers (DeepSpeech2 and the gender classifier) need from Lightning beyond the Trainer itself.

* :func:`one_cycle` — a one-cycle learning-rate schedule that also works for a few steps and after a
  resume with another ``trainer.max_steps`` (``torch``'s ``OneCycleLR`` divides by zero for
  ``total_steps <= 1 / pct_start`` and refuses to step past the length saved in the checkpoint).
* :func:`checkpoint_callbacks` — the best checkpoint saved right after the validation that measured it, and
  ``last.ckpt`` also every N steps when asked (one Lightning callback cannot do both).
* :class:`SaveLast` and :func:`fit` — ``last.ckpt`` holds the final step (Lightning's checkpoint callback
  saves it only after a validation), and a run stopped by SIGTERM (a job scheduler, ``kill``) saves it at the
  next batch and exits non-zero, so ``ckpt_path=last`` resumes where it stopped; a trainer setting that does
  not fit the data (e.g. ``limit_val_batches=0.25`` of a 2-batch validation set) is a one-line error.
* :class:`SkipNonFiniteGradients` — an update whose gradients are not finite is skipped (a finite loss can
  still back-propagate inf or NaN), so one bad batch cannot turn every weight into NaN for the rest of the run.
* :class:`TrainingCurves` — ``curves.png`` in the run folder: the losses and a validation metric per epoch.
* :func:`run_callbacks` — all of the above for one run folder, as both trainers use them.
"""
from __future__ import annotations

import logging
import os
import sys
import warnings
from pathlib import Path
from typing import Sequence

import pytorch_lightning as pl
import torch
from pytorch_lightning.callbacks import ModelCheckpoint
from pytorch_lightning.utilities.exceptions import MisconfigurationException, SIGTERMException

from preprocessing.files import atomic_path

log = logging.getLogger(__name__)


class OneCycleLR(torch.optim.lr_scheduler.OneCycleLR):
    """``OneCycleLR`` whose length is the current run's: loading a checkpoint's state keeps it."""

    def load_state_dict(self, state_dict: dict) -> None:
        own = {key: self.__dict__[key] for key in ("total_steps", "_schedule_phases")}
        super().load_state_dict(state_dict)
        self.__dict__.update(own)


def one_cycle(optimizer: torch.optim.Optimizer, max_lr: float, total_steps: int, pct_start: float = 0.3,
              **options) -> OneCycleLR:
    """A one-cycle schedule over ``total_steps`` (at least 3) stepped once per batch; ``options`` are
    ``OneCycleLR``'s (``div_factor``, ``final_div_factor`` …). The warm-up lasts at least two steps."""
    total_steps = max(int(total_steps), 3)
    pct_start = min(max(pct_start, 2 / total_steps), (total_steps - 1) / total_steps)
    return OneCycleLR(optimizer, max_lr=max_lr, total_steps=total_steps, pct_start=pct_start, **options)


def checkpoint_callbacks(dirpath: str | os.PathLike, options: dict) -> list[ModelCheckpoint]:
    """``ModelCheckpoint(**options)`` for the best checkpoint, plus one that saves ``last.ckpt`` every
    ``options["every_n_train_steps"]`` steps when that is set.

    Given ``every_n_train_steps``, a single ``ModelCheckpoint`` stops saving after validation: its "best" file
    is then written at the next N-step mark, with weights trained further than the validation score in its name,
    and the last validation's improvement is never saved as best. So the step-wise saving gets its own callback.
    The first callback (``trainer.checkpoint_callback``) is the best one.
    """
    options = dict(options)
    every = options.pop("every_n_train_steps", None)
    if not every:
        return [ModelCheckpoint(dirpath=dirpath, **options)]
    # both write last.ckpt: without this, the second would write last-v1.ckpt beside the first's
    options.setdefault("enable_version_counter", False)
    return [ModelCheckpoint(dirpath=dirpath, **options),
            ModelCheckpoint(dirpath=dirpath, every_n_train_steps=every, save_top_k=0, save_last=True,
                            enable_version_counter=False)]


class SaveLast(pl.Callback):
    """Save ``path`` (``last.ckpt``) when training ends, and at the batch where Lightning stops on SIGTERM."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)

    def on_train_end(self, trainer: pl.Trainer, pl_module: pl.LightningModule) -> None:
        saved = getattr(trainer.checkpoint_callback, "_last_global_step_saved", None)  # its last save's step
        if saved != trainer.global_step:  # stopped by max_steps or max_time since the last validation
            trainer.save_checkpoint(self.path)

    def on_exception(self, trainer: pl.Trainer, pl_module: pl.LightningModule, exception: BaseException) -> None:
        if isinstance(exception, SIGTERMException):
            trainer.save_checkpoint(self.path)


class SkipNonFiniteGradients(pl.Callback):
    """Skip the optimizer step when the gradients' total norm is not finite: the gradients are dropped
    (``None``), so the optimizer leaves every weight and its moments as they were. Runs before gradient
    clipping, which would spread one NaN over every weight. Under DDP the gradients are already all-reduced,
    so every process decides alike. The count is logged as ``skipped_updates``."""

    def __init__(self):
        self.skipped = 0

    def on_before_optimizer_step(self, trainer: pl.Trainer, pl_module: pl.LightningModule,
                                 optimizer: torch.optim.Optimizer) -> None:
        gradients = [p.grad for p in pl_module.parameters() if p.grad is not None]
        if not gradients or bool(torch.isfinite(torch.nn.utils.get_total_norm(gradients))):
            return
        for parameter in pl_module.parameters():
            parameter.grad = None
        self.skipped += 1
        log.warning("step %d: non-finite gradients, update skipped (%d so far)", trainer.global_step, self.skipped)
        pl_module.log("skipped_updates", float(self.skipped))


def fit(trainer: pl.Trainer, module: pl.LightningModule, datamodule: pl.LightningDataModule,
        ckpt_path: str | None) -> None:
    """``trainer.fit``; a run stopped by SIGTERM exits with a one-line message and status 1 after its
    :class:`SaveLast` saved ``last.ckpt``, and so does a trainer setting Lightning rejects."""
    try:
        with warnings.catch_warnings():
            # Lightning 2.6 builds torch's LeafSpec, which torch 2.11 deprecates: a warning per run about
            # Lightning's code, which nobody training a model can act on.
            warnings.filterwarnings("ignore", message=r"`isinstance\(treespec, LeafSpec\)` is deprecated")
            trainer.fit(module, datamodule=datamodule, ckpt_path=ckpt_path)
    except MisconfigurationException as err:  # Lightning's own message says which setting and what would work
        sys.exit(f"error: {err}")
    except SIGTERMException:
        saved = ", ".join(str(c.path) for c in trainer.callbacks if isinstance(c, SaveLast)) or "nothing"
        sys.exit(f"stopped by SIGTERM at step {trainer.global_step}; saved {saved} "
                 "(resume: the same command with hydra.run.dir=<this run's folder> ckpt_path=last)")


class TrainingCurves(pl.Callback):
    """After every validation, plot the training and validation loss and ``metric`` per epoch to ``path``.

    The history is kept in the checkpoints (callback state), so a resumed run draws the whole curve.
    """

    def __init__(self, path: str | os.PathLike, metric: str, label: str):
        self.path, self.metric, self.label = Path(path), metric, label
        self.history: list[dict] = []

    def on_validation_epoch_end(self, trainer: pl.Trainer, pl_module: pl.LightningModule) -> None:
        if trainer.sanity_checking or not trainer.is_global_zero:
            return
        metrics = {key: float(value) for key, value in trainer.callback_metrics.items()
                   if key in ("train_loss", "val_loss", self.metric)}
        self.history = [row for row in self.history if row["epoch"] != trainer.current_epoch]
        self.history.append({"epoch": trainer.current_epoch, **metrics})
        plot_curves(self.history, self.metric, self.label, self.path)

    def state_dict(self) -> dict:
        return {"history": self.history}

    def load_state_dict(self, state_dict: dict) -> None:
        self.history = list(state_dict.get("history", []))


def plot_curves(history: Sequence[dict], metric: str, label: str, path: str | os.PathLike) -> None:
    """Two panels over epochs: training and validation loss; the validation ``metric`` (axis ``label``)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (losses, scores) = plt.subplots(1, 2, figsize=(9, 3.5))
    epochs = [row["epoch"] + 1 for row in history]
    for key, name in (("train_loss", "training (last batch)"), ("val_loss", "validation")):
        values = [row.get(key) for row in history]
        if any(v is not None for v in values):
            losses.plot(epochs, [float("nan") if v is None else v for v in values], marker="o", label=name)
    losses.set(xlabel="epoch", ylabel="loss", title="loss")
    losses.legend()
    scores.plot(epochs, [row.get(metric, float("nan")) for row in history], marker="o", color="tab:green")
    scores.set(xlabel="epoch", ylabel=label, title=f"validation {label}")
    for ax in (losses, scores):
        ax.grid(alpha=0.3)
    fig.tight_layout()
    with atomic_path(path) as tmp:
        fig.savefig(tmp, format="png", dpi=100)
    plt.close(fig)


def run_callbacks(run_dir: str | os.PathLike, checkpoint: dict, metric: str, label: str) -> list[pl.Callback]:
    """A trainer's callbacks for ``run_dir``: :func:`checkpoint_callbacks` (``checkpoint`` options) and
    :class:`SaveLast` in ``checkpoints/`` (``checkpoints/last.ckpt``), :class:`SkipNonFiniteGradients`, and
    :class:`TrainingCurves` of ``metric`` (``label`` on the plot) in ``curves.png``. The first is the one that
    keeps the best checkpoint (``trainer.checkpoint_callback``)."""
    run_dir = Path(run_dir)
    return [*checkpoint_callbacks(run_dir / "checkpoints", checkpoint), SaveLast(run_dir / "checkpoints" / "last.ckpt"),
            SkipNonFiniteGradients(), TrainingCurves(run_dir / "curves.png", metric, label)]
