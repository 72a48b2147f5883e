"""Manifests → batches of padded waveforms, lengths and gender labels.

* :class:`GenderDataset` reads a CSV manifest (``gender`` column), checks every
  row's audio header once, skips rows it cannot use and records why in a
  :class:`~preprocessing.report.Rejects` list (unknown gender, file not
  found, not audio, shorter than ``min_seconds``…), and loads waveforms on
  demand, as random crops when training, perturbed by a
  :class:`~preprocessing.augment.WaveAugment` (noise, reverberation, volume) when given.
* :func:`collate` pads a list of clips into a :class:`Batch`; :func:`make_loader`
  batches a dataset in order, shuffled, or balanced by gender.

Framework-free (no Lightning import), so inference starts quickly; the
Lightning data module is in :mod:`classification.module`.

The manifests' splits are already speaker-disjoint; nothing is re-split here.
"""
from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader, Dataset, WeightedRandomSampler

from preprocessing.audio import SAMPLE_RATE, AudioError, audio_info, load_audio
from preprocessing.augment import WaveAugment
from preprocessing.manifest import Manifests, manifest_label, manifest_name, read_manifest
from preprocessing.report import Rejects

log = logging.getLogger(__name__)

LABELS = ("male", "female")  # label index: 0 = male, 1 = female (the model's logit is for female)


class DataError(ValueError):
    """A manifest with no usable rows."""


@dataclass
class DataConfig:
    """``configs/classification/data/*.yaml``."""

    train_manifest: Manifests = "data/synthetic/manifests/train.csv"  # or a list of manifests, read as one
    valid_manifest: Manifests = "data/synthetic/manifests/valid.csv"
    batch_size: int = 32
    crop_seconds: float = 3.0  # training clips are random crops of at most this length
    min_seconds: float = 0.5  # shorter clips are rejected (here, in eval and at inference)
    balanced: bool = True  # draw training clips with equal probability per gender
    num_workers: int = 2


@dataclass
class Clip:
    waveform: torch.Tensor  # (S,) float32
    label: int
    index: int  # row in the dataset


@dataclass
class Batch:
    waveforms: torch.Tensor  # (N, S) float32, zero-padded
    lengths: torch.Tensor  # (N,) samples
    labels: torch.Tensor  # (N,) float32, 1.0 = female
    indices: list[int]

    def __len__(self) -> int:
        return len(self.indices)


class GenderDataset(Dataset):
    """The usable rows of a manifest; ``dataset[i]`` loads clip ``i`` (``None`` if it has become unreadable).

    Args:
        manifest: CSV with ``path`` and ``gender`` columns, or a list of them read as one.
        min_seconds: shorter clips are rejected.
        crop_seconds: when set, longer clips are randomly cropped to this length (training).
        augment: perturbs each (cropped) clip as it is loaded (training).

    Attributes:
        rejects: one row per skipped manifest row, with its reason and message.
    """

    def __init__(self, manifest: Manifests, sample_rate: int = SAMPLE_RATE, min_seconds: float = 0.5,
                 crop_seconds: float | None = None, augment: WaveAugment | None = None):
        self.name = manifest_name(manifest)
        self.sample_rate, self.crop_seconds, self.augment = sample_rate, crop_seconds, augment
        self.paths: list[str] = []
        self.labels: list[int] = []
        self.rejects = Rejects()
        table = read_manifest(manifest)
        for path, gender in zip(table["path"], table["gender"]):
            problem = self._check(path, gender, min_seconds)
            if problem is not None:
                self.rejects.add(path, *problem)
                continue
            self.paths.append(path)
            self.labels.append(LABELS.index(gender))
        if self.rejects:
            log.warning("%s: %s", self.name, self.rejects.summary(len(table)))
        if not self.paths:
            raise DataError(f"{manifest_label(manifest)}: none of its {len(table)} rows is usable ({self.rejects.summary()})")

    @staticmethod
    def _check(path: str, gender: str, min_seconds: float) -> tuple[str, str] | None:
        """``(reason, message)`` if the row cannot be used, from its label and its audio header."""
        if gender not in LABELS:
            return "unknown gender", f"gender {gender!r} is not one of {LABELS}"
        if not Path(path).is_file():
            return "file not found", f"{path}: file not found"
        try:
            duration = audio_info(path).duration
        except AudioError as err:
            return "unreadable audio", str(err)
        if duration < min_seconds:
            return "too short", f"{duration:.2f} s is shorter than the minimum of {min_seconds:g} s"
        return None

    def __len__(self) -> int:
        return len(self.paths)

    def gender_counts(self) -> dict[str, int]:
        return {LABELS[label]: n for label, n in sorted(Counter(self.labels).items())}

    def __getitem__(self, index: int) -> Clip | None:
        try:
            waveform = torch.from_numpy(load_audio(self.paths[index], self.sample_rate))
        except AudioError as err:  # a file that changed, or is broken past its header
            log.warning("skipping a clip: %s", err)
            return None
        if self.crop_seconds is not None:
            size = round(self.crop_seconds * self.sample_rate)
            if len(waveform) > size:
                start = int(torch.randint(len(waveform) - size + 1, ()))
                waveform = waveform[start : start + size]
        if self.augment is not None:
            waveform = torch.from_numpy(self.augment(waveform.numpy()))
        return Clip(waveform, self.labels[index], index)


def collate(clips: list[Clip | None]) -> Batch | None:
    """Zero-pad the clips that loaded into one :class:`Batch` (``None`` if none did)."""
    clips = [c for c in clips if c is not None]
    if not clips:
        return None
    return Batch(
        waveforms=pad_sequence([c.waveform for c in clips], batch_first=True),
        lengths=torch.tensor([len(c.waveform) for c in clips]),
        labels=torch.tensor([float(c.label) for c in clips]),
        indices=[c.index for c in clips],
    )


def make_loader(dataset: GenderDataset, batch_size: int, shuffle: bool = False, balanced: bool = False,
                num_workers: int = 0, seed: int = 0) -> DataLoader:
    """Batches of ``dataset`` in order, shuffled, or drawn with equal probability per gender (``balanced``)."""
    sampler = None
    if balanced:
        counts = Counter(dataset.labels)
        weights = [1.0 / counts[label] for label in dataset.labels]
        sampler = WeightedRandomSampler(weights, len(weights), replacement=True,
                                        generator=torch.Generator().manual_seed(seed))
    return DataLoader(dataset, batch_size=batch_size, shuffle=shuffle and not balanced, sampler=sampler,
                      collate_fn=collate, num_workers=num_workers, persistent_workers=num_workers > 0)
