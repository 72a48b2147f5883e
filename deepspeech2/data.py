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
* :class:`ShardDataset` does the same from tar shards (``data.format=shards``,
  made by ``python -m preprocessing shards``): each DDP rank streams its own
  shards, each loader worker its own share of them, with batches planned from
  the shard index so that every rank gets the same number.
"""
from __future__ import annotations

import io
import logging
import math
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Sequence

import numpy as np
import torch
import torch.distributed as dist
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader, Dataset, IterableDataset, Sampler, get_worker_info

from preprocessing.audio import SAMPLE_RATE, AudioError, audio_info, decode_audio, load_audio
from preprocessing.augment import WaveAugment
from preprocessing.manifest import Manifests, manifest_label, manifest_name, read_manifest
from preprocessing.shards import ShardError, is_local, read_index, read_shard, shard_url
from preprocessing.tokenizer import Tokenizer

log = logging.getLogger(__name__)



class DataError(ValueError):
    """A manifest with no usable rows, or a bad row when ``strict`` is on."""


@dataclass
class DataConfig:
    """``configs/deepspeech2/data/*.yaml``."""

    train_manifest: Manifests = "data/synthetic/manifests/train.csv"  # or a list of manifests, read as one
    valid_manifest: Manifests = "data/synthetic/manifests/valid.csv"
    max_frames_per_batch: int = 4000  # padded feature frames (10 ms each by default) per batch
    min_seconds: float = 0.1  # shorter rows are skipped
    max_seconds: float | None = 20.0  # longer rows are skipped (bounds memory)
    strict: bool = False  # fail on the first unusable row instead of skipping it
    sortagrad: bool | str = "auto"  # first epoch shortest-first: true | false | "auto" (see first_epoch_sorted)
    num_workers: int = 2
    stats_utterances: int = 200  # training utterances for the global feature statistics
    format: str = "files"  # "files": the manifests' audio files; "shards": tar shards (python -m preprocessing shards)
    train_shards: str = "data/synthetic/shards/train"  # shard folder or URL prefix, with format "shards"
    valid_shards: str = "data/synthetic/shards/valid"


@dataclass
class Utterance:
    waveform: torch.Tensor  # (S,) float32
    tokens: torch.Tensor  # (L,) int64
    text: str  # the manifest transcript, unchanged
    path: str
    index: int  # row in the dataset
    clean: torch.Tensor | None = None  # (S,) the waveform before noise, rooms and volume (``keep_clean``), else None


@dataclass
class Batch:
    waveforms: torch.Tensor  # (N, S) float32, zero-padded
    lengths: torch.Tensor  # (N,) samples
    targets: torch.Tensor  # (N, L) int64, zero-padded
    target_lengths: torch.Tensor  # (N,)
    texts: list[str] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    indices: list[int] = field(default_factory=list)
    clean_waveforms: torch.Tensor | None = None  # (N, S) before noise, rooms and volume (``keep_clean``), else None


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
        clean_waveforms=(pad_sequence([u.clean for u in items], batch_first=True)
                         if all(u.clean is not None for u in items) else None),
    )


class RowChecker:
    """The checks every reader applies to a row: usable audio, duration bounds, a non-empty transcript.

    Counts what it leaves out (``skipped``: reason → rows) and the characters it drops from the
    targets (``oov``: character → occurrences); :meth:`report` logs both.
    """

    def __init__(self, source: Manifests, tokenizer: Tokenizer, strict: bool = False,
                 min_seconds: float = 0.0, max_seconds: float | None = None):
        self.source = manifest_label(source)  # for messages
        self.name = manifest_name(source)  # for log lines
        self.tokenizer, self.strict = tokenizer, strict
        self.min_seconds, self.max_seconds = min_seconds, max_seconds
        self.skipped: Counter[str] = Counter()
        self.oov: Counter[str] = Counter()
        self.oov_rows = 0

    def tokens(self, row: int, path: str, text: str, duration: float, problem: str | None = None) -> list[int] | None:
        """The row's label ids, or ``None`` (counted) when the row is not usable."""
        if problem is None and duration < self.min_seconds:
            problem = f"shorter than {self.min_seconds:g} s"
        if problem is None and self.max_seconds is not None and duration > self.max_seconds:
            problem = f"longer than {self.max_seconds:g} s"
        tokens = self.tokenizer.encode(text)
        if problem is None and not tokens:
            problem = "empty transcript"
        if problem is not None:
            if self.strict:
                raise DataError(f"row {row} of {self.source}: {problem}: {path} (data.strict=true)")
            self.skipped[problem] += 1
            return None
        missing = self.tokenizer.unknown(text)
        unknown = [unit for unit in self.tokenizer.split(text) if unit in missing]
        self.oov_rows += bool(unknown)
        self.oov.update(unknown)
        return tokens

    def reasons(self) -> str:
        return ", ".join(f"{n} {reason}" for reason, n in self.skipped.most_common())

    def report(self, rows: int, kept: int) -> None:
        """Log what was left out; :class:`DataError` when nothing is left."""
        if self.skipped:
            log.warning("%s: skipped %d of %d rows: %s", self.name, sum(self.skipped.values()), rows, self.reasons())
        if self.oov:
            chars = " ".join(f"{ch!r}×{n}" for ch, n in self.oov.most_common())
            log.warning("%s: %d transcripts have characters outside the vocabulary, dropped from the targets: %s",
                        self.name, self.oov_rows, chars)
        if not kept:
            raise DataError(f"{self.source}: none of its {rows} rows is usable ({self.reasons()})")


class SpeechDataset(Dataset):
    """Utterances of a manifest (or of a list of manifests, read as one), checked once; ``dataset[i]`` loads one
    waveform.

    With ``keep_clean``, each utterance also carries its waveform before noise, rooms and volume (after the
    speed perturbation), for clean-to-noisy distillation (``distill`` in the training config).

    Attributes after construction:
        skipped: reason → number of rows left out ("file not found", "empty audio", …).
        oov: character → occurrences dropped because the tokenizer has no label for it.
    """

    def __init__(self, manifest: Manifests, tokenizer: Tokenizer, sample_rate: int = SAMPLE_RATE,
                 strict: bool = False, min_seconds: float = 0.0, max_seconds: float | None = None,
                 augment: WaveAugment | None = None, keep_clean: bool = False):
        self.name = manifest_name(manifest)
        self.sample_rate, self.strict, self.augment, self.keep_clean = sample_rate, strict, augment, keep_clean
        self.paths: list[str] = []
        self.texts: list[str] = []
        self.tokens: list[list[int]] = []
        self.durations: list[float] = []
        table = read_manifest(manifest)
        checker = RowChecker(manifest, tokenizer, strict, min_seconds, max_seconds)
        for row, (path, text) in enumerate(zip(table["path"], table["text"]), start=1):
            problem, duration = self._check(path)
            tokens = checker.tokens(row, path, text, duration, problem)
            if tokens is not None:
                self.paths.append(path)
                self.texts.append(text)
                self.tokens.append(tokens)
                self.durations.append(duration)
        self.skipped, self.oov = checker.skipped, checker.oov
        checker.report(len(table), len(self.paths))

    @staticmethod
    def _check(path: str) -> tuple[str | None, float]:
        """(problem or None, duration) from the audio header."""
        if not Path(path).is_file():
            return "file not found", 0.0
        try:
            return None, audio_info(path).duration
        except AudioError as err:
            return str(err).removeprefix(f"{path}: ").split(" (")[0], 0.0

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
        # a file that changed or is broken past its header is skipped
        return utterance(self, index, lambda: load_audio(self.paths[index], self.sample_rate), speed)


def utterance(dataset: SpeechDataset | ShardDataset, index: int, load: Callable[[], np.ndarray],
              speed: float | None) -> Utterance | None:
    """Row ``index`` of ``dataset`` with the waveform ``load()`` returns, augmented; ``None`` (logged) when
    the audio cannot be used, or :class:`AudioError` with ``strict``."""
    try:
        waveform = load()
    except AudioError as err:
        if dataset.strict:
            raise
        log.warning("skipping an utterance: %s", err)
        return None
    clean = waveform
    if dataset.augment is not None:
        clean = dataset.augment.change_speed(waveform, speed)
        waveform = dataset.augment.degrade(clean)
    return Utterance(torch.from_numpy(waveform), torch.tensor(dataset.tokens[index]), dataset.texts[index],
                     dataset.paths[index], index, torch.from_numpy(clean) if dataset.keep_clean else None)


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


def first_epoch_sorted(sortagrad: bool | str, warm_start: bool) -> bool:
    """Whether the first epoch goes shortest-first (SortaGrad) for ``data.sortagrad`` (true, false or "auto").

    "auto" sorts only a model trained from scratch, which SortaGrad helps to
    start. A trained model (``init_from``) is fine-tuned in shuffled order: the
    demo model, fine-tuned shortest-first, went from greedy CER 0.170 to 0.245
    on its valid split in the first epoch, and to 0.172 shuffled.
    """
    if sortagrad == "auto":
        return not warm_start
    if not isinstance(sortagrad, bool):
        raise DataError(f"data.sortagrad must be true, false or auto, got {sortagrad!r}")
    return sortagrad


def make_loader(dataset: SpeechDataset, hop_ms: float, max_frames: int, shuffle: bool = False,
                sortagrad: bool = True, seed: int = 0, epoch: int = 0, num_workers: int = 0) -> DataLoader:
    """A :class:`DataLoader` of :class:`Batch` over ``dataset`` with a :class:`BucketBatchSampler`."""
    sampler = BucketBatchSampler(dataset.frame_counts(hop_ms), max_frames, shuffle=shuffle, sortagrad=sortagrad,
                                 seed=seed, epoch=epoch)
    return DataLoader(dataset, batch_sampler=sampler, collate_fn=collate, num_workers=num_workers,
                      persistent_workers=num_workers > 0)


@dataclass
class ShardPlan:
    """One shard's share of an epoch: where it is and its batches (rows of the :class:`ShardDataset`)."""

    name: str
    batches: list[list[int]]


def plan_shards(shard_frames: dict[str, list[tuple[int, int]]], max_frames: int, parts: int) -> list[list[ShardPlan]]:
    """Shards → ``parts`` lists (one per DDP rank) of :class:`ShardPlan` with equally many batches.

    ``shard_frames`` maps each shard to its (row, frames) pairs. Batches are
    bucketed within a shard (:func:`bucket_batches`); shards go to ranks
    largest first, each to the rank with the fewest frames so far; then the
    largest batches of the ranks with fewer batches are halved until all ranks
    have as many as the one with the most (DDP ranks must step together).
    """
    if len(shard_frames) < parts:
        raise DataError(f"{len(shard_frames)} shards cannot be shared by {parts} processes (each reads its own): "
                        "write smaller shards (python -m preprocessing shards --max-utterances N)")
    plans: list[list[ShardPlan]] = [[] for _ in range(parts)]
    frames = [0] * parts
    for name in sorted(shard_frames, key=lambda n: (-sum(f for _, f in shard_frames[n]), n)):
        rows, lengths = zip(*shard_frames[name])
        rank = min(range(parts), key=lambda r: (frames[r], r))
        batches = [[rows[i] for i in batch] for batch in bucket_batches(lengths, max_frames)]
        plans[rank].append(ShardPlan(name, batches))
        frames[rank] += sum(lengths)
    target = max(sum(len(plan.batches) for plan in rank_plans) for rank_plans in plans)
    for rank_plans in plans:
        while sum(len(plan.batches) for plan in rank_plans) < target:
            plan, i = max(((plan, i) for plan in rank_plans for i in range(len(plan.batches))),
                          key=lambda pair: len(pair[0].batches[pair[1]]))
            batch = plan.batches[i]
            if len(batch) < 2:
                raise DataError(f"the shards cannot be cut into {target} batches on every one of {parts} processes; "
                                "raise data.max_frames_per_batch or write more, smaller shards")
            plan.batches[i : i + 1] = [batch[: len(batch) // 2], batch[len(batch) // 2 :]]
    return plans


class ShardDataset(IterableDataset):
    """Batches of utterances streamed from a shard folder or URL prefix (``python -m preprocessing shards``).

    The rows are checked from ``index.csv`` alone (duration bounds, transcript;
    a local shard that is missing counts its rows as "shard not found"), and
    the batches are planned once (:func:`plan_shards`): this DDP rank reads only
    its own shards, and each DataLoader worker a share of those. With
    ``shuffle``, every epoch, the first included, reorders the rank's shards
    and the batches within each shard (seeded by ``seed + epoch``); without,
    the batches come shortest-first within each shard. There is no SortaGrad:
    a stream can sort only within a shard, and that saw-tooth of short-to-long
    runs slowed the first epoch (docs/scaling.md). A worker reads one shard at a
    time into memory and yields its batches as lists of :class:`Utterance`;
    audio that does not decode is ``None`` (left out by :func:`collate`), and a
    shard that cannot be read yields ``[None]`` for each of its batches, so
    every rank still steps as often as the others. Same attributes as
    :class:`SpeechDataset` (``paths`` are the original files, for reference).
    """

    def __init__(self, root: str, tokenizer: Tokenizer, sample_rate: int = SAMPLE_RATE, strict: bool = False,
                 min_seconds: float = 0.0, max_seconds: float | None = None, augment: WaveAugment | None = None,
                 hop_ms: float = 10.0, max_frames: int = 4000, shuffle: bool = False, seed: int = 0, epoch: int = 0,
                 num_replicas: int | None = None, rank: int | None = None, keep_clean: bool = False):
        self.root, self.name = str(root), Path(str(root)).name
        self.sample_rate, self.strict, self.augment, self.keep_clean = sample_rate, strict, augment, keep_clean
        self.shuffle, self.seed, self.epoch = shuffle, seed, epoch
        index = read_index(self.root)
        checker = RowChecker(self.root, tokenizer, strict, min_seconds, max_seconds)
        missing = {name for name in index["shard"].unique() if is_local(self.root)
                   and not Path(shard_url(self.root, name)).is_file()}
        self.paths, self.texts, self.tokens, self.durations, self.keys, shards = [], [], [], [], [], {}
        stretch = augment.max_stretch if augment else 1.0
        for row, (shard, key, path, text, duration) in enumerate(
                zip(index["shard"], index["key"], index["path"], index["text"], index["duration"]), start=1):
            tokens = checker.tokens(row, path, text, float(duration), "shard not found" if shard in missing else None)
            if tokens is not None:
                shards.setdefault(shard, []).append((len(self.paths), math.ceil(duration * stretch * 1000 / hop_ms)))
                self.paths.append(path)
                self.texts.append(text)
                self.tokens.append(tokens)
                self.durations.append(float(duration))
                self.keys.append(key)
        self.skipped, self.oov = checker.skipped, checker.oov
        checker.report(len(index), len(self.paths))
        distributed = dist.is_available() and dist.is_initialized()
        self.num_replicas = num_replicas or (dist.get_world_size() if distributed else 1)
        self.rank = rank if rank is not None else (dist.get_rank() if distributed else 0)
        self.plan = plan_shards(shards, max_frames, self.num_replicas)[self.rank]

    def set_epoch(self, epoch: int) -> None:
        self.epoch = epoch

    def __len__(self) -> int:
        """Batches per epoch on this rank."""
        return sum(len(plan.batches) for plan in self.plan)

    def _ordered(self) -> list[ShardPlan]:
        """This epoch's order of the rank's shards and of the batches in each."""
        if not self.shuffle:
            return self.plan
        generator = torch.Generator().manual_seed(self.seed + self.epoch)
        shards = [self.plan[i] for i in torch.randperm(len(self.plan), generator=generator).tolist()]
        return [ShardPlan(plan.name, [plan.batches[i] for i in torch.randperm(len(plan.batches),
                                                                              generator=generator).tolist()])
                for plan in shards]

    def __iter__(self) -> Iterator[list[Utterance | None]]:
        worker = get_worker_info()
        workers, worker_id = (worker.num_workers, worker.id) if worker else (1, 0)
        return self._batches(self._ordered()[worker_id::workers])  # the order is fixed now, not at the first batch

    def _batches(self, plans: list[ShardPlan]) -> Iterator[list[Utterance | None]]:
        for plan in plans:
            try:
                audio = read_shard(shard_url(self.root, plan.name))
            except ShardError as err:
                if self.strict:
                    raise
                log.warning("skipping a shard (%d utterances): %s", sum(map(len, plan.batches)), err)
                audio = {}
            for batch in plan.batches:
                speed = self.augment.draw_speed() if self.augment is not None else None
                yield [self._utterance(index, audio.get(self.keys[index]), speed) for index in batch]

    def _utterance(self, index: int, member: tuple[str, bytes] | None, speed: float | None) -> Utterance | None:
        if member is None:  # not in the shard, or the shard was unreadable
            return None
        name = f"{self.paths[index]} (in a shard)"
        return utterance(self, index, lambda: decode_audio(io.BytesIO(member[1]), self.sample_rate, name), speed)


class ShardLoader(DataLoader):
    """A :class:`DataLoader` of :class:`Batch` over a :class:`ShardDataset` that moves it to the next epoch.

    Lightning sets the epoch on a loader's sampler, which an iterable dataset has not; this loader
    starts the dataset at ``epoch`` and counts one epoch per pass. Workers are started anew each pass,
    so they see the new epoch.
    """

    def __init__(self, dataset: ShardDataset, num_workers: int = 0):
        super().__init__(dataset, batch_size=None, collate_fn=collate, num_workers=num_workers)

    def __iter__(self):
        iterator = super().__iter__()
        self.dataset.set_epoch(self.dataset.epoch + 1)  # the workers have their copy of this pass's epoch
        return iterator
