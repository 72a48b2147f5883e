"""Using a trained checkpoint: classify clips and files, evaluate on a manifest.

    classifier = load_classifier("classification/pretrained/gender_synthetic.ckpt")
    classifier.predict([waveform_16k, ...])   # → [("female", 0.98), ("male", 0.03), ...]

The second value is always P(female), the sigmoid of the model's logit.
Model and feature settings come only from the checkpoint.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Sequence

import numpy as np
import pandas as pd
import torch
from torch import nn
from torch.nn.utils.rnn import pad_sequence

from classification.checkpoint import CheckpointError, load_checkpoint, model_state_dict
from classification.data import DataError, GenderDataset, make_loader
from classification.features import FeatureConfig, FeatureExtractor
from classification.metrics import classification_metrics
from classification.model import build_model
from preprocessing.audio import AudioError, load_audio
from preprocessing.augment import AugmentError
from preprocessing.checkpoint import resolve_device
from preprocessing.manifest import ManifestError, Manifests, manifest_label
from preprocessing.progress import progress_bar

# Errors the command-line tools report as one line (bad input, not bugs).
USER_ERRORS = (AudioError, AugmentError, CheckpointError, DataError, ManifestError)


class GenderClassifier:
    """A trained model with its feature extractor, in eval mode on one device.

    Args:
        min_seconds: shorter clips are refused (from the checkpoint).
        max_seconds: longer clips are classified on their middle ``max_seconds`` (bounds memory).
        silence_db: clips whose RMS level is below this (dBFS) are refused as silent.
    """

    def __init__(self, model: nn.Module, features: FeatureExtractor, labels: Sequence[str], min_seconds: float,
                 device: torch.device, max_seconds: float = 30.0, silence_db: float = -50.0, batch_size: int = 32):
        self.model = model.to(device).eval()
        self.features = features.to(device).eval()
        self.labels = list(labels)
        self.min_seconds, self.max_seconds, self.silence_db = min_seconds, max_seconds, silence_db
        self.device, self.batch_size = device, batch_size

    @property
    def sample_rate(self) -> int:
        return self.features.config.sample_rate

    @torch.inference_mode()
    def probabilities(self, waveforms: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        """Padded waveforms ``(N, S)`` + lengths ``(N,)`` → P(female) ``(N,)`` on the CPU."""
        features, frames = self.features(waveforms.to(self.device), lengths.to(self.device))
        return torch.sigmoid(self.model(features, frames)).cpu()

    def problem(self, waveform: np.ndarray) -> str | None:
        """Why ``waveform`` cannot be classified (too short, silent), or ``None``."""
        seconds = len(waveform) / self.sample_rate
        if seconds < self.min_seconds:
            return f"too short: {seconds:.2f} s (the minimum is {self.min_seconds:g} s)"
        level = 10 * np.log10(np.mean(np.square(waveform, dtype=np.float64)) + 1e-20)
        if level < self.silence_db:
            return f"silent: level {level:.0f} dBFS is below {self.silence_db:g} dBFS, nothing to classify"
        return None

    def predict(self, waveforms: Sequence[np.ndarray]) -> list[tuple[str, float]]:
        """``(S,)`` float waveforms at :attr:`sample_rate` → ``(gender, P(female))`` each.

        Raises:
            AudioError: a clip is too short or silent (see :meth:`problem`).
        """
        clips = []
        for waveform in waveforms:
            if (problem := self.problem(waveform)) is not None:
                raise AudioError(problem)
            clips.append(torch.as_tensor(self._middle(waveform), dtype=torch.float32))
        results = []
        for start in range(0, len(clips), self.batch_size):
            chunk = clips[start : start + self.batch_size]
            p = self.probabilities(pad_sequence(chunk, batch_first=True), torch.tensor([len(c) for c in chunk]))
            results += [(self.labels[int(q > 0.5)], float(q)) for q in p]
        return results

    def _middle(self, waveform: np.ndarray) -> np.ndarray:
        size = round(self.max_seconds * self.sample_rate)
        start = max(0, (len(waveform) - size) // 2)
        return waveform[start : start + size]


def load_classifier(checkpoint: str | os.PathLike, device: str = "auto", **options) -> GenderClassifier:
    """A :class:`GenderClassifier` from a training checkpoint or an exported one.

    ``options`` are :class:`GenderClassifier`'s ``max_seconds``, ``silence_db`` and ``batch_size``.
    """
    saved = load_checkpoint(checkpoint)
    settings = saved["hyper_parameters"]
    model = build_model(settings["model"])
    model.load_state_dict(model_state_dict(saved))
    features = FeatureExtractor(FeatureConfig(**settings["features"]))
    return GenderClassifier(model, features, settings["labels"], settings["min_seconds"], resolve_device(device),
                            **options)


@dataclass
class FileResult:
    path: str
    gender: str | None = None  # None when the file failed
    probability: float | None = None  # P(female)
    error: str | None = None


def classify_files(classifier: GenderClassifier, paths: Sequence[str | os.PathLike],
                   progress: bool = False) -> list[FileResult]:
    """Classify files, ``classifier.batch_size`` at a time; a file that fails gets an error and the others carry on.

    ``progress``: a progress bar over the files on stderr (when it is a terminal).
    """
    results: list[FileResult] = []
    bar = progress_bar(None, "classifying", progress, total=len(paths), unit="file")
    for start in range(0, len(paths), classifier.batch_size):
        chunk = [FileResult(str(p)) for p in paths[start : start + classifier.batch_size]]
        loaded = []  # (result, waveform) of the usable files
        for result in chunk:
            try:
                waveform = load_audio(result.path, classifier.sample_rate)
            except AudioError as err:
                result.error = str(err)
                continue
            if (problem := classifier.problem(waveform)) is not None:
                result.error = f"{result.path}: {problem}"
            else:
                loaded.append((result, waveform))
        for (result, _), (gender, probability) in zip(loaded, classifier.predict([w for _, w in loaded])):
            result.gender, result.probability = gender, probability
        results += chunk
        bar.update(len(chunk))
    bar.close()
    return results


def evaluate(classifier: GenderClassifier, manifest: Manifests,
             num_workers: int = 0, progress: bool = False) -> tuple[pd.DataFrame, dict]:
    """Classify every usable row of ``manifest`` (whole clips) and score against its ``gender`` column.

    Returns:
        A per-clip table (path, gender, predicted, probability = P(female)) in
        manifest order, and a summary: accuracy, macro F1, per-class scores,
        confusion matrix, and the skipped rows counted by reason. ``progress``: a bar over the batches.
    """
    dataset = GenderDataset(manifest, classifier.sample_rate, classifier.min_seconds)
    rows = []
    loader = make_loader(dataset, classifier.batch_size, num_workers=num_workers)
    for batch in progress_bar(loader, "classifying", progress, unit="batch"):
        if batch is None:
            continue
        for index, label, p in zip(batch.indices, batch.labels.long().tolist(),
                                   classifier.probabilities(batch.waveforms, batch.lengths).tolist()):
            rows.append(dict(path=dataset.paths[index], gender=classifier.labels[label],
                             predicted=classifier.labels[int(p > 0.5)], probability=p))
    table = pd.DataFrame(rows, columns=["path", "gender", "predicted", "probability"])
    metrics = classification_metrics([classifier.labels.index(g) for g in table["gender"]],
                                     [classifier.labels.index(g) for g in table["predicted"]])
    skipped = dataset.rejects.counts()
    unloaded = len(dataset) - len(table)  # rows whose audio broke after the header check
    if unloaded:
        skipped["unreadable audio"] = skipped.get("unreadable audio", 0) + unloaded
    return table, {"manifest": manifest_label(manifest), **metrics, "skipped": sum(skipped.values()),
                   "skipped_by_reason": skipped}
