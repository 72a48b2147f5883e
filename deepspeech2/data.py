"""Manifests → batches of padded waveforms and CTC targets.

* :class:`SpeechDataset` reads a CSV manifest, checks every row's audio header
  once, skips (and counts) rows it cannot use, drops characters that are not
  in the vocabulary (and reports them), and loads waveforms on demand.
* Training waveforms are perturbed by :class:`preprocessing.augment.WaveAugment`
  (speed, reverberation, noise, volume). The utterances of one batch share one
  speed factor, so they stretch together and the batch stays as evenly padded
  as it was planned.
* :class:`BucketBatchSampler` groups utterances of similar length into
  batches bounded by total padded frames, goes shortest-first in the first
  epoch (SortaGrad) and in a seeded random order afterwards, and gives each
  DDP rank a disjoint share of the batches.
"""
from __future__ import annotations

import logging
import math
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Sequence

import torch
import torch.distributed as dist
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader, Dataset, Sampler

from preprocessing.audio import SAMPLE_RATE, AudioError, audio_info, load_audio
from preprocessing.augment import WaveAugment
from preprocessing.manifest import read_manifest
from preprocessing.tokenizer import Tokenizer

log = logging.getLogger(__name__)



class DataError(ValueError):
    """A manifest with no usable rows, or a bad row when ``strict`` is on."""


@dataclass
class DataConfig:
    """``configs/deepspeech2/data/*.yaml``."""

    train_manifest: str = "data/synthetic/manifests/train.csv"
    valid_manifest: str = "data/synthetic/manifests/valid.csv"
    max_frames_per_batch: int = 4000  # padded feature frames (10 ms each by default) per batch
    min_seconds: float = 0.1  # shorter rows are skipped
    max_seconds: float | None = 20.0  # longer rows are skipped (bounds memory)
    strict: bool = False  # fail on the first unusable row instead of skipping it
    sortagrad: bool = True  # first epoch shortest-first
    num_workers: int = 2
    stats_utterances: int = 200  # training utterances for the global feature statistics


@dataclass
class Utterance:
    waveform: torch.Tensor  # (S,) float32
    tokens: torch.Tensor  # (L,) int64
    text: str  # the manifest transcript, unchanged
    path: str
    index: int  # row in the dataset


@dataclass
class Batch:
    waveforms: torch.Tensor  # (N, S) float32, zero-padded
    lengths: torch.Tensor  # (N,) samples
    targets: torch.Tensor  # (N, L) int64, zero-padded
    target_lengths: torch.Tensor  # (N,)
    texts: list[str] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    indices: list[int] = field(default_factory=list)


def collate(items: Sequence[Utterance | None]) -> Batch | None:
    """Pad a list of utterances into a :class:`Batch`; ``None`` items (unloadable audio) are left out."""
    items = [u for u in items if u is not None]
    if not items:
        return None
    return Batch(
        waveforms=pad_sequence([u.waveform for u in items], batch_first=True),
        lengths=torch.tensor([len(u.waveform) for u in items]),
        targets=pad_sequence([u.tokens for u in items], batch_first=True),
        target_lengths=torch.tensor([len(u.tokens) for u in items]),
        texts=[u.text for u in items],
        paths=[u.path for u in items],
        indices=[u.index for u in items],
    )


class SpeechDataset(Dataset):
    """Utterances of a manifest, checked once; ``dataset[i]`` loads one waveform.

    Attributes after construction:
        skipped: reason → number of rows left out ("file not found", "empty audio", …).
        oov: character → occurrences dropped because the tokenizer has no label for it.
    """

    def __init__(self, manifest: str | os.PathLike, tokenizer: Tokenizer, sample_rate: int = SAMPLE_RATE,
                 strict: bool = False, min_seconds: float = 0.0, max_seconds: float | None = None,
                 augment: WaveAugment | None = None):
        self.name = Path(manifest).name
        self.sample_rate, self.strict, self.augment = sample_rate, strict, augment
        self.paths: list[str] = []
        self.texts: list[str] = []
        self.tokens: list[list[int]] = []
        self.durations: list[float] = []
        self.skipped: Counter[str] = Counter()
        self.oov: Counter[str] = Counter()
        table = read_manifest(manifest)
        oov_rows = 0
        for row, (path, text) in enumerate(zip(table["path"], table["text"]), start=1):
            problem, duration = self._check(path, min_seconds, max_seconds)
            tokens = tokenizer.encode(text)
            if problem is None and not tokens:
                problem = "empty transcript"
            if problem is not None:
                if strict:
                    raise DataError(f"{manifest}, row {row}: {problem}: {path} (data.strict=true)")
                self.skipped[problem] += 1
                continue
            missing = tokenizer.unknown(text)
            unknown = [unit for unit in tokenizer.split(text) if unit in missing]
            oov_rows += bool(unknown)
            self.oov.update(unknown)
            self.paths.append(path)
            self.texts.append(text)
            self.tokens.append(tokens)
            self.durations.append(duration)
        self._report(len(table), oov_rows)
        if not self.paths:
            raise DataError(f"{manifest}: none of its {len(table)} rows is usable ({self._reasons()})")

    @staticmethod
    def _check(path: str, min_seconds: float, max_seconds: float | None) -> tuple[str | None, float]:
        """(problem or None, duration) from the audio header."""
        if not Path(path).is_file():
            return "file not found", 0.0
        try:
            duration = audio_info(path).duration
        except AudioError as err:
            return str(err).removeprefix(f"{path}: ").split(" (")[0], 0.0
        if duration < min_seconds:
            return f"shorter than {min_seconds:g} s", duration
        if max_seconds is not None and duration > max_seconds:
            return f"longer than {max_seconds:g} s", duration
        return None, duration

    def _reasons(self) -> str:
        return ", ".join(f"{n} {reason}" for reason, n in self.skipped.most_common())

    def _report(self, rows: int, oov_rows: int) -> None:
        if self.skipped:
            log.warning("%s: skipped %d of %d rows: %s", self.name, sum(self.skipped.values()), rows, self._reasons())
        if self.oov:
            chars = " ".join(f"{ch!r}×{n}" for ch, n in self.oov.most_common())
            log.warning("%s: %d transcripts have characters outside the vocabulary, dropped from the targets: %s",
                        self.name, oov_rows, chars)

    def __len__(self) -> int:
        return len(self.paths)

    def frame_counts(self, hop_ms: float) -> list[int]:
        """Upper bound of each utterance's feature frames (after the slowest speed perturbation)."""
        stretch = self.augment.max_stretch if self.augment else 1.0
        return [math.ceil(d * stretch * 1000 / hop_ms) for d in self.durations]

    def __getitems__(self, indices: list[int]) -> list[Utterance | None]:
        """One batch (the DataLoader asks for whole batches this way): one speed factor for all of it.

        Perturbing each utterance at its own speed would pad every batch to its most stretched member
        (~14 % of the frames with factors 0.9/1.0/1.1); a shared factor keeps the planned padding.
        """
        speed = self.augment.draw_speed() if self.augment is not None else None
        return [self.__getitem__(index, speed) for index in indices]

    def __getitem__(self, index: int, speed: float | None = None) -> Utterance | None:
        try:
            waveform = load_audio(self.paths[index], self.sample_rate)
        except AudioError as err:  # a file that changed or is broken past its header
            if self.strict:
                raise
            log.warning("skipping an utterance: %s", err)
            return None
        if self.augment is not None:
            waveform = self.augment(waveform, speed)
        return Utterance(torch.from_numpy(waveform), torch.tensor(self.tokens[index]), self.texts[index],
                         self.paths[index], index)


def bucket_batches(lengths: Sequence[int], max_frames: int) -> list[list[int]]:
    """Indices sorted by length, cut into batches whose padded size ``len(batch) × longest`` ≤ ``max_frames``.

    An utterance longer than ``max_frames`` gets a batch of its own. Batches come out shortest first.
    """
    batches: list[list[int]] = []
    batch: list[int] = []
    for index in sorted(range(len(lengths)), key=lambda i: lengths[i]):
        if batch and (len(batch) + 1) * lengths[index] > max_frames:
            batches.append(batch)
            batch = []
        batch.append(index)
    return batches + [batch] if batch else batches


def split_evenly(batches: list[list[int]], parts: int) -> list[list[int]]:
    """Halve the largest batches until their number is a multiple of ``parts`` (DDP ranks must step together)."""
    batches = list(batches)
    while len(batches) % parts:
        largest = max(range(len(batches)), key=lambda i: len(batches[i]))
        batch = batches[largest]
        if len(batch) < 2:
            raise DataError(f"{len(batches)} single-utterance batches cannot be shared evenly by {parts} processes; "
                            "raise data.max_frames_per_batch or use fewer devices")
        batches[largest : largest + 1] = [batch[: len(batch) // 2], batch[len(batch) // 2 :]]
    return batches


class BucketBatchSampler(Sampler[list[int]]):
    """Length-bucketed batches bounded by total padded frames, sharded over DDP ranks.

    The batches are fixed once (:func:`bucket_batches`, :func:`split_evenly`);
    each epoch only reorders them: shortest-first when ``sortagrad`` and epoch
    0 (or always when not ``shuffle``), else a permutation seeded by
    ``seed + epoch``, identical on every rank. Rank ``r`` of ``R`` takes
    batches ``r, r + R, r + 2R, …`` of that order, so the shards are disjoint,
    cover every batch and have equal length.
    """

    def __init__(self, lengths: Sequence[int], max_frames: int, shuffle: bool = True, sortagrad: bool = True,
                 seed: int = 0, epoch: int = 0, num_replicas: int | None = None, rank: int | None = None):
        distributed = dist.is_available() and dist.is_initialized()
        self.num_replicas = num_replicas or (dist.get_world_size() if distributed else 1)
        self.rank = rank if rank is not None else (dist.get_rank() if distributed else 0)
        self.batches = split_evenly(bucket_batches(lengths, max_frames), self.num_replicas)
        self.shuffle, self.sortagrad, self.seed, self.epoch = shuffle, sortagrad, seed, epoch

    @property
    def sampler(self) -> "BucketBatchSampler":
        """Lightning calls ``set_epoch`` on ``dataloader.batch_sampler.sampler`` at the start of every epoch."""
        return self

    def set_epoch(self, epoch: int) -> None:
        self.epoch = epoch

    def __iter__(self) -> Iterator[list[int]]:
        if not self.shuffle or (self.sortagrad and self.epoch == 0):
            order = list(range(len(self.batches)))
        else:
            generator = torch.Generator().manual_seed(self.seed + self.epoch)
            order = torch.randperm(len(self.batches), generator=generator).tolist()
        for i in order[self.rank :: self.num_replicas]:
            yield self.batches[i]

    def __len__(self) -> int:
        return len(self.batches) // self.num_replicas


def make_loader(dataset: SpeechDataset, hop_ms: float, max_frames: int, shuffle: bool = False,
                sortagrad: bool = True, seed: int = 0, epoch: int = 0, num_workers: int = 0) -> DataLoader:
    """A :class:`DataLoader` of :class:`Batch` over ``dataset`` with a :class:`BucketBatchSampler`."""
    sampler = BucketBatchSampler(dataset.frame_counts(hop_ms), max_frames, shuffle=shuffle, sortagrad=sortagrad,
                                 seed=seed, epoch=epoch)
    return DataLoader(dataset, batch_sampler=sampler, collate_fn=collate, num_workers=num_workers,
                      persistent_workers=num_workers > 0)
