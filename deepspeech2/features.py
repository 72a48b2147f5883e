"""Waveforms → normalized log spectrograms.

Features are computed as an ``nn.Module`` on whole padded batches, on the
model's device. Frames are taken without centring (``center=False``): frame
``i`` covers samples ``[i·hop, i·hop + window)``, so a frame never mixes
samples with padding and an utterance gets the same features alone as inside
a padded batch.

* ``kind: spectrogram`` — ``log(1 + |STFT|)`` with ``window // 2 + 1`` bins
  (161 for 20 ms at 16 kHz), as the original DeepSpeech2 recipe.
* ``kind: mel`` — ``log(mel power + 1e-6)`` with ``n_mels`` bins.

Normalization (per frequency bin, over the valid frames only):
``utterance`` (each utterance its own mean/std), ``global`` (mean/std
estimated once from training audio by :func:`estimate_global_stats` and
stored in the config, hence in the checkpoint) or ``none``.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable

import numpy as np
import torch
import torchaudio
from torch import nn

from deepspeech2.model import lengths_to_mask

WINDOWS = {"hamming": torch.hamming_window, "hann": torch.hann_window}
NORMALIZATIONS = ("utterance", "global", "none")
EPS = 1e-5


@dataclass
class FeatureConfig:
    sample_rate: int = 16000
    kind: str = "spectrogram"  # "spectrogram" | "mel"
    window_ms: float = 20.0
    hop_ms: float = 10.0
    window: str = "hamming"  # "hamming" | "hann"
    n_mels: int = 80  # used when kind == "mel"
    normalize: str = "utterance"  # "utterance" | "global" | "none"
    mean: list | None = None  # per-bin statistics for normalize == "global"
    std: list | None = None

    def __post_init__(self):
        if self.kind not in ("spectrogram", "mel"):
            raise ValueError(f"features.kind must be 'spectrogram' or 'mel', got {self.kind!r}")
        if self.window not in WINDOWS:
            raise ValueError(f"features.window must be one of {sorted(WINDOWS)}, got {self.window!r}")
        if self.normalize not in NORMALIZATIONS:
            raise ValueError(f"features.normalize must be one of {NORMALIZATIONS}, got {self.normalize!r}")

    @property
    def win_length(self) -> int:
        """Window (and FFT) size in samples."""
        return round(self.sample_rate * self.window_ms / 1000)

    @property
    def hop_length(self) -> int:
        return round(self.sample_rate * self.hop_ms / 1000)

    @property
    def n_bins(self) -> int:
        """Frequency bins per frame."""
        return self.n_mels if self.kind == "mel" else self.win_length // 2 + 1

    def num_frames(self, num_samples: torch.Tensor) -> torch.Tensor:
        """Frames for ``(N,)`` sample counts (at least one; short inputs are zero-padded to one window)."""
        return ((num_samples - self.win_length) // self.hop_length + 1).clamp(min=1)


class FeatureExtractor(nn.Module):
    """Padded waveforms ``(N, S)`` + lengths → log features ``(N, F, T)`` + frame lengths ``(N,)``."""

    def __init__(self, config: FeatureConfig):
        super().__init__()
        self.config = config
        common = dict(
            n_fft=config.win_length,
            win_length=config.win_length,
            hop_length=config.hop_length,
            window_fn=WINDOWS[config.window],
            center=False,
        )
        if config.kind == "spectrogram":
            self.transform = torchaudio.transforms.Spectrogram(power=1.0, **common)
        else:
            self.transform = torchaudio.transforms.MelSpectrogram(
                sample_rate=config.sample_rate, n_mels=config.n_mels, power=2.0, **common
            )
        if config.normalize == "global":
            if config.mean is None or config.std is None:
                raise ValueError("normalize == 'global' needs mean and std (see estimate_global_stats)")
            self.register_buffer("mean", torch.tensor(config.mean).view(-1, 1), persistent=False)  # (F, 1)
            self.register_buffer("std", torch.tensor(config.std).view(-1, 1), persistent=False)

    def forward(self, waveforms: torch.Tensor, lengths: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """
        Args:
            waveforms: ``(N, S)`` float samples, zero-padded.
            lengths: ``(N,)`` valid samples per utterance.

        Returns:
            features ``(N, F, T)`` (zeros past each length) and frame lengths ``(N,)``.
        """
        with torch.autocast(device_type=waveforms.device.type, enabled=False):
            short = self.config.win_length - waveforms.shape[-1]
            if short > 0:
                waveforms = nn.functional.pad(waveforms, (0, short))
            x = self.transform(waveforms.float())  # (N, F, T)
            x = torch.log1p(x) if self.config.kind == "spectrogram" else torch.log(x + 1e-6)
            frame_lengths = self.config.num_frames(lengths)
            mask = lengths_to_mask(frame_lengths, x.shape[-1])[:, None, :]  # (N, 1, T)
            if self.config.normalize == "utterance":
                count = frame_lengths[:, None, None]  # (N, 1, 1)
                mean = (x * mask).sum(-1, keepdim=True) / count  # (N, F, 1)
                var = (((x - mean) * mask) ** 2).sum(-1, keepdim=True) / count
                x = (x - mean) / (var + EPS).sqrt()
            elif self.config.normalize == "global":
                x = (x - self.mean) / self.std
            return x * mask, frame_lengths


def estimate_global_stats(waveforms: Iterable[np.ndarray], config: FeatureConfig) -> FeatureConfig:
    """Per-bin mean and std of the log features of ``waveforms`` (each ``(S,)``).

    Returns:
        ``config`` with ``mean`` and ``std`` (lists of ``n_bins`` floats) filled in.
    """
    extractor = FeatureExtractor(replace(config, normalize="none", mean=None, std=None))
    total = total_sq = 0.0
    count = 0
    with torch.no_grad():
        for waveform in waveforms:
            features, _ = extractor(torch.as_tensor(waveform)[None], torch.tensor([len(waveform)]))
            features = features[0].double()  # (F, T)
            total = total + features.sum(-1)
            total_sq = total_sq + (features**2).sum(-1)
            count += features.shape[-1]
    if count == 0:
        raise ValueError("no audio to estimate the global feature statistics from")
    mean = total / count
    std = (total_sq / count - mean**2).clamp(min=EPS).sqrt()
    return replace(config, mean=mean.float().tolist(), std=std.float().tolist())
