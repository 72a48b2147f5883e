"""Using a trained checkpoint: transcribe audio, evaluate on a manifest.

    recognizer = load_recognizer("deepspeech2/pretrained/ds2_small_synthetic.ckpt")
    recognizer.transcribe(["a.wav", "b.wav"])   # → ["안녕하세요", …]

Model, feature and tokenizer settings come only from the checkpoint.
Decoding is greedy (best path).
"""
from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Sequence

import numpy as np
import pandas as pd
import torch
from torch.nn.utils.rnn import pad_sequence

from deepspeech2.checkpoint import CheckpointError, load_checkpoint, model_state_dict
from deepspeech2.data import DataError, SpeechDataset, make_loader
from preprocessing.audio import AUDIO_SUFFIXES
from deepspeech2.decoding import greedy_decode
from deepspeech2.features import FeatureConfig, FeatureExtractor
from deepspeech2.metrics import corpus_error_counts, error_counts
from deepspeech2.model import DeepSpeech2, DeepSpeech2Config
from preprocessing.audio import AudioError, load_audio
from preprocessing.manifest import ManifestError
from preprocessing.tokenizer import Tokenizer, tokenizer_from_dict

# Errors the command-line tools report as one line (bad input, not bugs).
USER_ERRORS = (AudioError, CheckpointError, DataError, ManifestError)


class Recognizer:
    """A DeepSpeech2 model with its feature extractor and tokenizer, in eval mode on one device."""

    def __init__(self, model: DeepSpeech2, features: FeatureExtractor, tokenizer: Tokenizer, device: torch.device):
        self.model = model.to(device).eval()
        self.features = features.to(device).eval()
        self.tokenizer = tokenizer
        self.device = device

    @property
    def sample_rate(self) -> int:
        return self.features.config.sample_rate

    @torch.inference_mode()
    def recognize(self, waveforms: torch.Tensor, lengths: torch.Tensor) -> list[str]:
        """Padded waveforms ``(N, S)`` + lengths ``(N,)`` → N transcripts."""
        features, frames = self.features(waveforms.to(self.device), lengths.to(self.device))  # (N, F, T)
        logits, out_lengths = self.model(features, frames)  # (N, T', C)
        return [self.tokenizer.decode(ids) for ids in greedy_decode(logits, out_lengths)]

    def recognize_waveforms(self, waveforms: Sequence[np.ndarray]) -> list[str]:
        """``(S,)`` float waveforms at :attr:`sample_rate` → transcripts (one batch)."""
        if not waveforms:
            return []
        tensors = [torch.as_tensor(w, dtype=torch.float32) for w in waveforms]
        return self.recognize(pad_sequence(tensors, batch_first=True), torch.tensor([len(t) for t in tensors]))

    def transcribe(self, inputs: Sequence[str | os.PathLike | np.ndarray], batch_size: int = 16) -> list[str]:
        """Transcribe audio files and/or waveforms, ``batch_size`` at a time.

        Raises:
            AudioError: an input file cannot be read (see :func:`transcribe_files` to carry on instead).
        """
        texts: list[str] = []
        for start in range(0, len(inputs), batch_size):
            chunk = inputs[start : start + batch_size]
            texts += self.recognize_waveforms(
                [x if isinstance(x, np.ndarray) else load_audio(x, self.sample_rate) for x in chunk]
            )
        return texts


def resolve_device(device: str = "auto") -> torch.device:
    """``"auto"`` → CUDA when available, else CPU."""
    return torch.device("cuda" if torch.cuda.is_available() else "cpu") if device == "auto" else torch.device(device)


def load_recognizer(checkpoint_path: str | os.PathLike, device: str = "auto") -> Recognizer:
    """A :class:`Recognizer` from a training checkpoint or an exported one."""
    checkpoint = load_checkpoint(checkpoint_path)
    settings = checkpoint["hyper_parameters"]
    model = DeepSpeech2(DeepSpeech2Config(**settings["model"]))
    model.load_state_dict(model_state_dict(checkpoint))
    features = FeatureExtractor(FeatureConfig(**settings["features"]))
    return Recognizer(model, features, tokenizer_from_dict(settings["tokenizer"]), resolve_device(device))


@dataclass
class FileResult:
    path: str
    text: str | None = None  # None when the file failed
    error: str | None = None


def find_audio_files(inputs: Sequence[str | os.PathLike]) -> list[Path]:
    """Files as given, folders expanded recursively to their audio files (sorted)."""
    files: list[Path] = []
    for item in map(Path, inputs):
        if item.is_dir():
            files += sorted(p for p in item.rglob("*") if p.suffix.lower() in AUDIO_SUFFIXES and p.is_file())
        else:
            files.append(item)  # a missing or unreadable file is reported by transcribe_files
    return files


def transcribe_files(recognizer: Recognizer, paths: Sequence[Path], batch_size: int = 16) -> list[FileResult]:
    """Transcribe ``paths`` in batches; a file that cannot be read gets an error and the others carry on."""
    results: list[FileResult] = []
    for start in range(0, len(paths), batch_size):
        chunk = [FileResult(str(p)) for p in paths[start : start + batch_size]]
        loaded = []  # (result, waveform) of the files that load
        for result in chunk:
            try:
                loaded.append((result, load_audio(result.path, recognizer.sample_rate)))
            except AudioError as err:
                result.error = str(err)
        texts = recognizer.recognize_waveforms([waveform for _, waveform in loaded])
        for (result, _), text in zip(loaded, texts):
            result.text = text
        results += chunk
    return results


def evaluate(recognizer: Recognizer, manifest: str | os.PathLike, max_frames_per_batch: int = 16000,
             num_workers: int = 0, strict: bool = False) -> tuple[pd.DataFrame, dict]:
    """Greedy-decode every usable row of ``manifest`` and score it against its transcript.

    Returns:
        A per-utterance table (path, reference, hypothesis, cer) in manifest
        order, and a summary (utterances, skipped rows, corpus CER and WER).
    """
    dataset = SpeechDataset(manifest, recognizer.tokenizer, recognizer.sample_rate, strict=strict)
    loader = make_loader(dataset, recognizer.features.config.hop_ms, max_frames_per_batch, num_workers=num_workers)
    rows = []
    for batch in loader:
        if batch is None:
            continue
        for index, path, reference, hypothesis in zip(
            batch.indices, batch.paths, batch.texts, recognizer.recognize(batch.waveforms, batch.lengths)
        ):
            rows.append(dict(index=index, path=path, reference=reference, hypothesis=hypothesis,
                             cer=error_counts(hypothesis, reference).cer))
    table = pd.DataFrame(rows, columns=["index", "path", "reference", "hypothesis", "cer"])
    table = table.sort_values("index").drop(columns="index").reset_index(drop=True)
    counts = corpus_error_counts(table["hypothesis"], table["reference"])
    summary = {
        "manifest": str(manifest),
        "utterances": len(table),
        "skipped": sum(dataset.skipped.values()) + len(dataset) - len(table),
        "cer": counts.cer,
        "wer": counts.wer,
        **asdict(counts),
    }
    return table, summary
