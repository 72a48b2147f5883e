"""Training DeepSpeech2 with CTC in PyTorch Lightning.

:class:`DeepSpeech2Module` holds the feature extractor, SpecAugment, the
acoustic model and the CTC loss; its constructor arguments are plain dicts,
saved as the checkpoint's ``hyper_parameters``, so a checkpoint rebuilds the
exact model, features and tokenizer on its own.

:class:`SpeechDataModule` gives Lightning the training loader (augmented,
length-bucketed) and the validation loader; the datasets and samplers are in
the framework-free :mod:`deepspeech2.data`, which inference uses without
importing Lightning.

:func:`train` is the whole ``python -m deepspeech2.train`` recipe: build (or
restore) the module, the data, the trainer, and fit.
"""
from __future__ import annotations

import io
import logging
import warnings
from dataclasses import asdict, astuple
from itertools import islice
from pathlib import Path

import pandas as pd
import pytorch_lightning as pl
import torch
from omegaconf import DictConfig, OmegaConf
from pytorch_lightning.callbacks import LearningRateMonitor
from pytorch_lightning.loggers import CSVLogger, TensorBoardLogger
from pytorch_lightning.strategies import DDPStrategy
from pytorch_lightning.utilities import rank_zero_info
from torch import nn
from torch.nn import functional as F
from torch.utils.data import DataLoader

from deepspeech2.checkpoint import CheckpointError, load_checkpoint, load_model, resolve_resume
from deepspeech2.data import (DataConfig, DataError, ShardDataset, ShardLoader, SpeechDataset, first_epoch_sorted,
                              make_loader)
from deepspeech2.decoding import GreedyDecoder
from deepspeech2.features import FeatureConfig, FeatureExtractor, estimate_global_stats
from deepspeech2.metrics import ErrorCounts, error_counts
from deepspeech2.model import DeepSpeech2, DeepSpeech2Config, lengths_to_mask
from preprocessing.audio import AudioError, decode_audio, load_audio
from preprocessing.augment import SpecAugment, WaveAugment
from preprocessing.files import atomic_path
from preprocessing.manifest import read_manifest
from preprocessing.shards import iter_shard_members, read_index
from preprocessing.synthetic.corpus import ensure_corpus_for
from preprocessing.tokenizer import Tokenizer, build_tokenizer, tokenizer_from_dict
from preprocessing.training import fit, one_cycle, run_callbacks

log = logging.getLogger(__name__)
# Lightning warns that an IterableDataset's length may be wrong with several workers; ShardDataset shares its
# batches out over the workers itself, so its length holds.
warnings.filterwarnings("ignore", message="Your `IterableDataset` has `__len__` defined")

LOGGERS = {"csv": CSVLogger, "tensorboard": TensorBoardLogger}


class DeepSpeech2Module(pl.LightningModule):
    """Waveform batches → features → (SpecAugment when training) → DeepSpeech2 → CTC loss.

    Args:
        model: :class:`DeepSpeech2Config` fields.
        features: :class:`FeatureConfig` fields (with statistics for global normalization).
        tokenizer: ``Tokenizer.to_dict()``.
        optim: AdamW settings and a ``scheduler`` dict (``configs/deepspeech2/optim``).
        spec_augment: :class:`~preprocessing.augment.SpecAugment` arguments, or ``None`` for no masking.
        distill: ``{"teacher": checkpoint path, "weight": w}`` for clean-to-noisy distillation, or ``None``:
            the loss adds ``w`` × the KL divergence, per output frame, from a frozen teacher's label distribution
            on the clean waveform (before noise, rooms and volume) to the model's on the degraded one
            (teacher–student learning for noisy and far-field speech, Li et al. 2014; Watanabe et al. 2017).
    """

    def __init__(self, model: dict, features: dict, tokenizer: dict, optim: dict, spec_augment: dict | None = None,
                 distill: dict | None = None):
        super().__init__()
        self.save_hyperparameters()
        self.tokenizer = tokenizer_from_dict(tokenizer)
        self.features = FeatureExtractor(FeatureConfig(**features))
        self.spec_augment = SpecAugment(**spec_augment) if spec_augment else None
        self.model = DeepSpeech2(DeepSpeech2Config(**model))
        self.ctc_loss = nn.CTCLoss(blank=self.tokenizer.blank, zero_infinity=True)
        self.skipped_batches = 0
        self.val_errors = ErrorCounts()
        self.val_decoder = GreedyDecoder(self.tokenizer)  # the same whole-syllable greedy decoding as eval's
        # in a list, so that the frozen teacher is neither trained nor saved in checkpoints
        self._teacher = [load_teacher(distill["teacher"], self.features.config, tokenizer)] if distill else []

    def forward(self, waveforms: torch.Tensor, lengths: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Waveforms ``(N, S)`` + lengths ``(N,)`` → logits ``(N, T', C)`` + output lengths ``(N,)``."""
        features, frames = self.features(waveforms, lengths)  # (N, F, T)
        if self.training and self.spec_augment is not None:
            features = self.spec_augment(features)
        return self.model(features, frames)

    def ctc_step(self, batch) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """CTC loss (mean over the batch) plus log-probabilities ``(N, T', C)`` and their lengths."""
        logits, lengths = self(batch.waveforms, batch.lengths)
        log_probs = logits.float().log_softmax(dim=-1)  # float32 even under mixed precision
        loss = self.ctc_loss(log_probs.transpose(0, 1), batch.targets, lengths, batch.target_lengths)  # (T', N, C)
        return loss, log_probs, lengths

    def distill_loss(self, batch, log_probs: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        """Mean over valid output frames of KL(teacher on the clean waveforms ‖ this model's ``log_probs``)."""
        teacher = self._teacher[0].to(self.device)
        with torch.no_grad():
            features, frames = self.features(batch.clean_waveforms, batch.lengths)  # (N, F, T), no masking
            logits, _ = teacher(features, frames)
            target = logits.float().log_softmax(dim=-1)  # (N, T', C)
        kl = F.kl_div(log_probs, target, reduction="none", log_target=True).sum(dim=-1)  # (N, T')
        return kl[lengths_to_mask(lengths, log_probs.shape[1])].mean()

    def training_step(self, batch, batch_idx: int) -> torch.Tensor | None:
        loss = None
        if batch is not None:
            loss, log_probs, lengths = self.ctc_step(batch)
            if self._teacher:
                kl = self.distill_loss(batch, log_probs, lengths)
                self.log_dict({"train_ctc": loss, "train_kl": kl}, batch_size=len(batch.texts))
                loss = loss + self.hparams.distill["weight"] * kl
        bad = loss is None or not bool(torch.isfinite(loss))
        # Every DDP rank must skip together, or the gradient all-reduce would wait forever.
        if self.trainer.strategy.reduce_boolean_decision(bad, all=False):
            self.skipped_batches += 1
            log.warning("step %d: non-finite loss or empty batch, skipped (%d so far)",
                        self.global_step, self.skipped_batches)
            self.log("skipped_batches", float(self.skipped_batches))
            return None
        self.log("train_loss", loss, prog_bar=True, batch_size=len(batch.texts))
        return loss

    def on_validation_epoch_start(self) -> None:
        self.val_errors = ErrorCounts()

    def validation_step(self, batch, batch_idx: int) -> None:
        if batch is None:
            return
        loss, log_probs, lengths = self.ctc_step(batch)
        self.log("val_loss", loss, prog_bar=True, sync_dist=True, batch_size=len(batch.texts))
        hypotheses = self.val_decoder(log_probs, lengths)
        for hypothesis, reference in zip(hypotheses, batch.texts):
            self.val_errors += error_counts(hypothesis, reference)
        if batch_idx == 0 and self.trainer.is_global_zero:
            log.info("validation example\n  ref: %s\n  hyp: %s", batch.texts[0], hypotheses[0])

    def on_validation_epoch_end(self) -> None:
        counts = torch.tensor(astuple(self.val_errors), dtype=torch.float64, device=self.device)
        total = ErrorCounts(*self.trainer.strategy.reduce(counts, reduce_op="sum").long().tolist())  # over DDP ranks
        self.log_dict({"val_cer": total.cer, "val_wer": total.wer}, prog_bar=True, sync_dist=True)

    def configure_gradient_clipping(self, optimizer, gradient_clip_val=None, gradient_clip_algorithm=None) -> None:
        """Clip at ``trainer.gradient_clip_val`` here: Lightning refuses to clip for a fused optimizer under
        mixed precision (bf16 has no gradient scaler, so the gradients are already unscaled)."""
        if not gradient_clip_val:
            return
        if gradient_clip_algorithm == "value":
            torch.nn.utils.clip_grad_value_(self.parameters(), gradient_clip_val)
        else:
            torch.nn.utils.clip_grad_norm_(self.parameters(), gradient_clip_val)

    def configure_optimizers(self):
        optim = self.hparams.optim
        # fused: one kernel for the whole update (on 2 CPU cores 4 ms instead of 14 per ds2_small_lstm step); not
        # with fp16's gradient scaler, which would then unscale inside step(), after the clipping below
        precision = self._trainer.precision if self._trainer is not None else "32-true"
        fused = bool(optim.get("fused", False)) and precision != "16-mixed"
        optimizer = torch.optim.AdamW(self.parameters(), lr=optim["lr"], betas=tuple(optim["betas"]),
                                      eps=optim["eps"], weight_decay=optim["weight_decay"], fused=fused)
        options = {key: value for key, value in optim["scheduler"].items() if value is not None}  # null: not set
        name = options.pop("name")
        if name == "exponential":  # decay once per epoch, as the original recipe
            scheduler = {"scheduler": torch.optim.lr_scheduler.ExponentialLR(optimizer, **options), "interval": "epoch"}
        elif name == "onecycle":
            scheduler = {
                "scheduler": one_cycle(optimizer, optim["lr"], self.trainer.estimated_stepping_batches, **options),
                "interval": "step",
            }
        else:
            raise ValueError(f"optim.scheduler.name must be 'exponential' or 'onecycle', got {name!r}")
        return {"optimizer": optimizer, "lr_scheduler": scheduler}


def load_teacher(path: str, features: FeatureConfig, tokenizer: dict) -> DeepSpeech2:
    """The frozen teacher of clean-to-noisy distillation. It hears the student's features and its label
    distributions are compared label by label, so both must match the student's.

    Raises:
        CheckpointError: the checkpoint is missing or unreadable, or its features or labels differ.
    """
    model, settings = load_model(path)
    differ = [name for name, same in [("features", FeatureConfig(**settings["features"]) == features),
                                      ("labels", settings["tokenizer"] == tokenizer)] if not same]
    if differ:
        raise CheckpointError(f"distill.teacher={path} has other {' and '.join(differ)} than the model; "
                              "a teacher must share both (e.g. distill.teacher=${init_from})")
    return model.eval().requires_grad_(False)


class SpeechDataModule(pl.LightningDataModule):
    """Training and validation loaders for :class:`~deepspeech2.module.DeepSpeech2Module`."""

    def __init__(self, config: DataConfig, tokenizer: Tokenizer, sample_rate: int, hop_ms: float,
                 augment: WaveAugment | None = None, seed: int = 0, keep_clean: bool = False):
        super().__init__()
        self.config, self.tokenizer, self.augment = config, tokenizer, augment
        self.sample_rate, self.hop_ms, self.seed = sample_rate, hop_ms, seed
        self.keep_clean = keep_clean  # training batches also carry the waveforms before noise (distillation)

    def _dataset(self, split: str, augment: WaveAugment | None) -> SpeechDataset | ShardDataset:
        c, keep_clean = self.config, self.keep_clean and split == "train"
        if c.format == "shards":
            return ShardDataset(getattr(c, f"{split}_shards"), self.tokenizer, self.sample_rate, c.strict,
                                c.min_seconds, c.max_seconds, augment, self.hop_ms, c.max_frames_per_batch,
                                shuffle=split == "train", seed=self.seed, keep_clean=keep_clean)
        return SpeechDataset(getattr(c, f"{split}_manifest"), self.tokenizer, self.sample_rate, c.strict,
                             c.min_seconds, c.max_seconds, augment, keep_clean)

    def setup(self, stage: str | None = None) -> None:
        if self.config.format not in ("files", "shards"):
            raise DataError(f"data.format must be 'files' or 'shards', got {self.config.format!r}")
        if stage in (None, "fit"):
            self.train_set = self._dataset("train", self.augment)
        self.valid_set = self._dataset("valid", None)

    def _loader(self, dataset: SpeechDataset | ShardDataset, shuffle: bool) -> DataLoader:
        epoch = self.trainer.current_epoch if self.trainer is not None else 0  # right order after a resume
        if isinstance(dataset, ShardDataset):
            dataset.set_epoch(epoch)
            return ShardLoader(dataset, self.config.num_workers)
        return make_loader(dataset, self.hop_ms, self.config.max_frames_per_batch, shuffle, self.config.sortagrad,
                           self.seed, epoch, self.config.num_workers)

    def train_dataloader(self) -> DataLoader:
        return self._loader(self.train_set, shuffle=True)

    def val_dataloader(self) -> DataLoader:
        return self._loader(self.valid_set, shuffle=False)


def build_module(cfg: DictConfig) -> DeepSpeech2Module:
    """A fresh module: vocabulary from the training transcripts, sizes from the feature and model configs."""
    shards = cfg.data.get("format", "files") == "shards"
    train_rows = read_index(cfg.data.train_shards) if shards else read_manifest(cfg.data.train_manifest)
    tokenizer = build_tokenizer(cfg.tokenizer, train_rows["text"])
    features = FeatureConfig(**OmegaConf.to_container(cfg.features))
    if features.normalize == "global" and features.mean is None:
        n, rate = cfg.data.stats_utterances, features.sample_rate
        audio = (_shard_audio(cfg.data.train_shards, list(train_rows["shard"].unique()), n, rate) if shards
                 else _readable_audio(train_rows["path"][:n], rate))
        features = estimate_global_stats(audio, features)
    model = DeepSpeech2Config(n_features=features.n_bins, n_classes=len(tokenizer), **OmegaConf.to_container(cfg.model))
    spec = cfg.augment.spec
    return DeepSpeech2Module(
        model=asdict(model),
        features=asdict(features),
        tokenizer=tokenizer.to_dict(),
        optim=OmegaConf.to_container(cfg.optim, resolve=True),
        spec_augment=OmegaConf.to_container(spec) if spec else None,
        distill=distill_settings(cfg),
    )


def distill_settings(cfg: DictConfig) -> dict | None:
    """``cfg.distill`` as the module's ``distill`` argument, or ``None`` when it names no teacher."""
    distill = cfg.get("distill")
    return OmegaConf.to_container(distill, resolve=True) if distill and distill.teacher else None


def warm_start(checkpoint_path: str, cfg: DictConfig) -> DeepSpeech2Module:
    """A module with the model weights, model, feature and tokenizer settings of a checkpoint, and a fresh
    optimizer, schedule and SpecAugment from ``cfg``: to continue training with a new schedule, or to
    fine-tune a model on other data (whose characters must be in the checkpoint's vocabulary).
    """
    model, settings = load_model(checkpoint_path)
    spec = cfg.augment.spec
    module = DeepSpeech2Module(
        model=settings["model"],
        features=settings["features"],
        tokenizer=settings["tokenizer"],
        optim=OmegaConf.to_container(cfg.optim, resolve=True),
        spec_augment=OmegaConf.to_container(spec) if spec else None,
        distill=distill_settings(cfg),
    )
    module.model = model
    return module


def _readable_audio(paths, sample_rate: int):
    """Waveforms of the files that load; the others are skipped here (the dataset reports them)."""
    for path in paths:
        try:
            yield load_audio(path, sample_rate)
        except AudioError:
            continue


def _shard_audio(root: str, names: list[str], count: int, sample_rate: int):
    """The first ``count`` waveforms of the shards that read and decode; the others are skipped here."""
    for key, extension, data in islice(iter_shard_members(root, names), count):
        try:
            yield decode_audio(io.BytesIO(data), sample_rate, name=key)
        except AudioError:
            continue


class RankLog(pl.Callback):
    """Debug (``rank_log=true``): what each DDP process trained on, and the weights it ended with.

    Process ``R`` writes ``<folder>/rank<R>.csv`` (epoch, step, path: one row per training utterance it
    received) and ``<folder>/rank<R>_weights.pt`` (the parameters at the end of training; batch-norm
    running statistics are not synchronized by DDP), so one can check that the ranks read disjoint data
    and stayed synchronized.
    """

    def __init__(self, folder: Path):
        self.folder, self.rows = Path(folder), []

    def on_train_batch_start(self, trainer: pl.Trainer, module: pl.LightningModule, batch, batch_idx: int) -> None:
        if batch is not None:
            self.rows += [(trainer.current_epoch, trainer.global_step, path) for path in batch.paths]

    def on_train_end(self, trainer: pl.Trainer, module: pl.LightningModule) -> None:
        rank = trainer.global_rank
        with atomic_path(self.folder / f"rank{rank}.csv") as tmp:
            pd.DataFrame(self.rows, columns=["epoch", "step", "path"]).to_csv(tmp, index=False)
        with atomic_path(self.folder / f"rank{rank}_weights.pt") as tmp:
            torch.save({name: p.detach().cpu() for name, p in module.named_parameters()}, tmp)


def build_trainer(cfg: DictConfig, run_dir: Path, rank_log: bool = False) -> pl.Trainer:
    """A Trainer from ``configs/deepspeech2/trainer``: checkpoints and logs under ``run_dir``
    (and, with ``rank_log``, each process's data and final weights under ``run_dir/ranks``: :class:`RankLog`)."""
    options = OmegaConf.to_container(cfg, resolve=True)
    checkpoint, loggers = options.pop("checkpoint"), options.pop("loggers")
    backend = options.pop("process_group_backend")
    if options["strategy"] == "ddp":
        options["strategy"] = DDPStrategy(process_group_backend=backend)
    callbacks = run_callbacks(run_dir, checkpoint, "val_cer", "CER")
    if loggers:
        callbacks.append(LearningRateMonitor("step"))
    if rank_log:
        callbacks.append(RankLog(run_dir / "ranks"))
    return pl.Trainer(
        **options,
        callbacks=callbacks,
        logger=[LOGGERS[name](save_dir=run_dir, name=name) for name in loggers] or False,
        default_root_dir=run_dir,
        use_distributed_sampler=False,  # BucketBatchSampler shards the batches itself
    )


def train(cfg: DictConfig, run_dir: Path) -> str:
    """Train, or resume with ``cfg.ckpt_path``, as configured; return the best (else the last) checkpoint's path.

    A resumed run rebuilds the module from the checkpoint's hyper-parameters
    (model, features, tokenizer, optimizer) so that the weights fit; data,
    augmentation and trainer settings come from ``cfg``.
    """
    pl.seed_everything(cfg.seed, workers=True)
    wave = cfg.augment.wave or {}  # the embedded corpus also holds the noise clips and rooms augmentation reads
    if cfg.data.get("format", "files") == "files":  # (shards are made from a corpus, never built here)
        ensure_corpus_for(cfg.data.train_manifest, cfg.data.valid_manifest, wave.get("noise_dir"), wave.get("rir_dir"))
    resume = resolve_resume(cfg.ckpt_path, run_dir)
    if resume:
        module = DeepSpeech2Module(**load_checkpoint(resume)["hyper_parameters"])
    elif cfg.init_from:
        module = warm_start(cfg.init_from, cfg)
    else:
        module = build_module(cfg)
    log.info("DeepSpeech2: %.2f M parameters, %d labels (%s)", sum(p.numel() for p in module.parameters()) / 1e6,
             len(module.tokenizer), module.tokenizer.kind)
    features = module.features.config
    augment = WaveAugment(**wave, sample_rate=features.sample_rate) if wave else None
    data_config = DataConfig(**cfg.data)
    data_config.sortagrad = first_epoch_sorted(data_config.sortagrad, warm_start=bool(cfg.init_from))
    data = SpeechDataModule(data_config, module.tokenizer, features.sample_rate, features.hop_ms, augment, cfg.seed,
                            keep_clean=bool(module.hparams.get("distill")))
    trainer = build_trainer(cfg.trainer, run_dir, cfg.get("rank_log", False))
    fit(trainer, module, data, resume)
    callback = trainer.checkpoint_callback
    if callback.best_model_path:
        rank_zero_info(f"best checkpoint: {callback.best_model_path}")
    else:  # stopped before the first validation
        rank_zero_info(f"no validation yet; last checkpoint: {callback.last_model_path}")
    return callback.best_model_path or callback.last_model_path
