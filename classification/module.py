"""Training the gender classifier in PyTorch Lightning.

:class:`GenderModule` holds the feature extractor, SpecAugment, the model and
the ``BCEWithLogitsLoss``; its constructor arguments are plain dicts, saved
as the checkpoint's ``hyper_parameters``, so a checkpoint rebuilds the exact
model and features on its own (see :mod:`classification.checkpoint`).

:class:`GenderDataModule` gives Lightning the training loader (random crops,
balanced by gender when asked) and the validation loader (whole clips).

:func:`train` is the whole ``python -m classification.train`` recipe.
"""
from __future__ import annotations

import logging
from dataclasses import asdict
from pathlib import Path

import pytorch_lightning as pl
import torch
from omegaconf import DictConfig, OmegaConf
from pytorch_lightning.loggers import CSVLogger
from torch import nn
from torch.utils.data import DataLoader

from classification.checkpoint import export_checkpoint, resolve_resume
from classification.data import LABELS, Batch, DataConfig, GenderDataset, make_loader
from classification.features import AugmentConfig, FeatureConfig, FeatureExtractor
from classification.metrics import classification_metrics
from classification.model import build_model
from preprocessing.augment import WaveAugment
from preprocessing.report import Rejects
from preprocessing.synthetic.corpus import ensure_corpus_for
from preprocessing.training import fit, one_cycle, run_callbacks

log = logging.getLogger(__name__)

OPTIMIZERS = {"adam": torch.optim.Adam, "adamw": torch.optim.AdamW}


class GenderModule(pl.LightningModule):
    """Waveform batches → features → (SpecAugment when training) → model → one logit per clip.

    Args:
        model: model config dict with ``name`` and ``n_features`` (:func:`~classification.model.build_model`).
        features: :class:`FeatureConfig` fields.
        optim: ``name`` (adam | adamw), ``lr``, ``weight_decay``, ``scheduler`` (onecycle | constant).
        augment: :class:`AugmentConfig` fields (SpecAugment, ``augment.spec`` in the config).
        min_seconds: shortest clip the classifier accepts (kept for inference).
        labels: label names by index; the logit is for ``labels[1]``.
    """

    def __init__(self, model: dict, features: dict, optim: dict, augment: dict, min_seconds: float,
                 labels: list[str]):
        super().__init__()
        self.save_hyperparameters()
        self.features = FeatureExtractor(FeatureConfig(**features))
        self.spec_augment = AugmentConfig(**augment).build()
        self.model = build_model(model)
        self.loss = nn.BCEWithLogitsLoss()
        self._val_labels: list[torch.Tensor] = []
        self._val_predicted: list[torch.Tensor] = []

    def forward(self, waveforms: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        """Padded waveforms ``(N, S)``, lengths ``(N,)`` → logits ``(N,)`` (P(female) = sigmoid)."""
        features, frames = self.features(waveforms, lengths)
        if self.training and self.spec_augment is not None:
            features = self.spec_augment(features)
        return self.model(features, frames)

    def training_step(self, batch: Batch | None, batch_idx: int):
        if batch is None:  # every clip of the batch failed to load (already logged)
            return None
        logits = self(batch.waveforms, batch.lengths)
        loss = self.loss(logits, batch.labels)
        accuracy = ((logits > 0).float() == batch.labels).float().mean()
        self.log_dict({"train_loss": loss, "train_acc": accuracy}, prog_bar=True, batch_size=len(batch))
        return loss

    def validation_step(self, batch: Batch | None, batch_idx: int) -> None:
        if batch is None:
            return
        logits = self(batch.waveforms, batch.lengths)
        self.log("val_loss", self.loss(logits, batch.labels), prog_bar=True, batch_size=len(batch))
        self._val_labels.append(batch.labels.long().cpu())
        self._val_predicted.append((logits > 0).long().cpu())

    def on_validation_epoch_end(self) -> None:
        if not self._val_labels:
            return
        metrics = classification_metrics(torch.cat(self._val_labels), torch.cat(self._val_predicted))
        self.log_dict({"val_acc": metrics["accuracy"], "val_f1": metrics["f1"]}, prog_bar=True)
        self._val_labels.clear()
        self._val_predicted.clear()

    def configure_optimizers(self):
        settings = self.hparams.optim
        if settings["name"] not in OPTIMIZERS:
            raise ValueError(f"optim.name must be one of {sorted(OPTIMIZERS)}, got {settings['name']!r}")
        optimizer = OPTIMIZERS[settings["name"]](self.parameters(), lr=settings["lr"],
                                                 weight_decay=settings["weight_decay"])
        if settings["scheduler"] == "constant":
            return optimizer
        if settings["scheduler"] != "onecycle":
            raise ValueError(f"optim.scheduler must be 'onecycle' or 'constant', got {settings['scheduler']!r}")
        scheduler = one_cycle(optimizer, settings["lr"], self.trainer.estimated_stepping_batches,
                              settings["pct_start"])
        return {"optimizer": optimizer, "lr_scheduler": {"scheduler": scheduler, "interval": "step"}}


class GenderDataModule(pl.LightningDataModule):
    """Training (random crops, optionally gender-balanced and augmented) and validation (whole clips) loaders."""

    def __init__(self, config: DataConfig, sample_rate: int, seed: int = 0, augment: WaveAugment | None = None):
        super().__init__()
        self.config, self.sample_rate, self.seed, self.augment = config, sample_rate, seed, augment

    def setup(self, stage: str | None = None) -> None:
        c = self.config
        self.train_set = GenderDataset(c.train_manifest, self.sample_rate, c.min_seconds, c.crop_seconds,
                                       self.augment)
        self.valid_set = GenderDataset(c.valid_manifest, self.sample_rate, c.min_seconds)
        log.info("training clips per gender: %s; validation: %s", self.train_set.gender_counts(),
                 self.valid_set.gender_counts())

    def train_dataloader(self) -> DataLoader:
        c = self.config
        return make_loader(self.train_set, c.batch_size, shuffle=True, balanced=c.balanced,
                           num_workers=c.num_workers, seed=self.seed)

    def val_dataloader(self) -> DataLoader:
        return make_loader(self.valid_set, self.config.batch_size, num_workers=self.config.num_workers)


def spec_settings(spec: dict | None) -> AugmentConfig:
    """``augment.spec`` of the config → SpecAugment settings (``null``: no masks)."""
    return AugmentConfig(**spec) if spec else AugmentConfig(freq_masks=0, time_masks=0)


def build_module(cfg: DictConfig) -> GenderModule:
    """A fresh :class:`GenderModule` from the composed ``train.yaml`` config; the model's input size comes
    from the feature config."""
    features = FeatureConfig(**cfg.features)
    plain = OmegaConf.to_container(cfg, resolve=True)
    return GenderModule(model={**plain["model"], "n_features": features.n_features}, features=asdict(features),
                        optim=plain["optim"], augment=asdict(spec_settings(plain["augment"]["spec"])),
                        min_seconds=float(cfg.data.min_seconds), labels=list(LABELS))


def train(cfg: DictConfig, run_dir: Path) -> Path:
    """Fit on ``cfg.data.train_manifest``, validate on ``cfg.data.valid_manifest``; return the best checkpoint.

    Also writes ``rejects.csv`` (skipped manifest rows) to ``run_dir`` and, when
    ``cfg.export`` is a path, an inference-only copy of the best checkpoint to it.
    """
    data = DataConfig(**cfg.data)
    wave = cfg.augment.wave or {}  # the embedded corpus also holds the noise clips and rooms augmentation reads
    ensure_corpus_for(data.train_manifest, data.valid_manifest, wave.get("noise_dir"), wave.get("rir_dir"))
    pl.seed_everything(cfg.seed, workers=True)
    module = build_module(cfg)
    sample_rate = module.features.config.sample_rate
    augment = WaveAugment(**wave, sample_rate=sample_rate) if wave else None
    datamodule = GenderDataModule(data, sample_rate, cfg.seed, augment)
    trainer_args = OmegaConf.to_container(cfg.trainer, resolve=True)
    callbacks = run_callbacks(run_dir, trainer_args.pop("checkpoint"), "val_acc", "accuracy")
    trainer = pl.Trainer(default_root_dir=run_dir, logger=CSVLogger(run_dir, name="logs"), callbacks=callbacks,
                         **trainer_args)
    log.info("model %s: %d parameters", cfg.model.name, sum(p.numel() for p in module.model.parameters()))
    fit(trainer, module, datamodule, resolve_resume(cfg.ckpt_path, run_dir))
    rejects = Rejects()
    rejects.extend(datamodule.train_set.rejects)
    rejects.extend(datamodule.valid_set.rejects)
    rejects.write(run_dir / "rejects.csv")
    checkpoint = trainer.checkpoint_callback  # the best
    best = Path(checkpoint.best_model_path or checkpoint.last_model_path)
    if cfg.export:
        log.info("exported %s", export_checkpoint(best, cfg.export))
    return best
