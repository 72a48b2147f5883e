"""Waveforms → per-utterance normalized log-mel or MFCC features, and the SpecAugment settings.

Features are an ``nn.Module`` computed on whole padded batches, on the
model's device. Frames are taken without centring (``center=False``): frame
``i`` covers samples ``[i·hop, i·hop + n_fft)``, so a frame never mixes a
clip's samples with padding and a clip gets exactly the same features alone
as inside a padded batch.

* ``kind: logmel`` — ``log(mel power + 1e-6)``, ``n_mels`` bins (the default model).
* ``kind: mfcc`` — ``torchaudio.transforms.MFCC`` on the same log-mel, ``n_mfcc``
  coefficients (the original project's 128 MFCCs, hop 320).

``normalize: utterance`` gives every feature bin zero mean and unit variance
over the clip's valid frames; padded frames are always set to zero.
"""
from __future__ import annotations

from dataclasses import dataclass

import torch
import torchaudio
from torch import nn

from preprocessing.augment import SpecAugment

KINDS = ("logmel", "mfcc")
NORMALIZATIONS = ("utterance", "none")
LOG_OFFSET = 1e-6
EPS = 1e-5


@dataclass
class FeatureConfig:
    """``configs/classification/features/*.yaml``; stored in every checkpoint."""

    kind: str = "logmel"  # "logmel" | "mfcc"
    sample_rate: int = 16000
    n_fft: int = 400  # window and FFT size in samples (400 = 25 ms at 16 kHz)
    hop_length: int = 160  # samples between frames (160 = 10 ms)
    n_mels: int = 64
    n_mfcc: int = 0  # coefficients when kind == "mfcc" (≤ n_mels)
    normalize: str = "utterance"  # "utterance" | "none"

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"features.kind must be one of {KINDS}, got {self.kind!r}")
        if self.normalize not in NORMALIZATIONS:
            raise ValueError(f"features.normalize must be one of {NORMALIZATIONS}, got {self.normalize!r}")
        if self.kind == "mfcc" and not 0 < self.n_mfcc <= self.n_mels:
            raise ValueError(f"features.n_mfcc must be in 1..n_mels ({self.n_mels}), got {self.n_mfcc}")

    @property
    def n_features(self) -> int:
        """Feature bins per frame: the model's input height."""
        return self.n_mfcc if self.kind == "mfcc" else self.n_mels

    def frames(self, samples: torch.Tensor | int) -> torch.Tensor | int:
        """Number of frames in a clip of ``samples`` samples (0 when shorter than one window)."""
        if isinstance(samples, torch.Tensor):
            return torch.div(samples - self.n_fft, self.hop_length, rounding_mode="floor").add(1).clamp(min=0)
        return max(0, (samples - self.n_fft) // self.hop_length + 1)


def lengths_to_mask(lengths: torch.Tensor, size: int) -> torch.Tensor:
    """``(N,)`` lengths → ``(N, size)`` boolean mask, True on valid positions."""
    return torch.arange(size, device=lengths.device)[None, :] < lengths[:, None]


class FeatureExtractor(nn.Module):
    """Padded waveforms ``(N, S)`` and lengths ``(N,)`` → features ``(N, F, T)`` and frame counts ``(N,)``."""

    def __init__(self, config: FeatureConfig):
        super().__init__()
        self.config = config
        mel = dict(n_fft=config.n_fft, hop_length=config.hop_length, n_mels=config.n_mels, center=False)
        if config.kind == "mfcc":
            # log_mels=True: log(mel + 1e-6) per clip (the dB scale's top_db would depend on the whole batch)
            self.transform = torchaudio.transforms.MFCC(config.sample_rate, config.n_mfcc, log_mels=True,
                                                        melkwargs=mel)
        else:
            self.transform = torchaudio.transforms.MelSpectrogram(config.sample_rate, **mel)

    @property
    def n_features(self) -> int:
        return self.config.n_features

    def forward(self, waveforms: torch.Tensor, lengths: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        if waveforms.shape[-1] < self.config.n_fft:  # at least one frame, so every shape stays valid
            waveforms = nn.functional.pad(waveforms, (0, self.config.n_fft - waveforms.shape[-1]))
        features = self.transform(waveforms)  # (N, F, T)
        if self.config.kind == "logmel":
            features = torch.log(features + LOG_OFFSET)
        frames = self.config.frames(lengths)
        mask = lengths_to_mask(frames, features.shape[-1])[:, None, :]  # (N, 1, T)
        if self.config.normalize == "utterance":
            count = frames.clamp(min=1)[:, None, None]
            mean = (features * mask).sum(-1, keepdim=True) / count
            var = (((features - mean) * mask) ** 2).sum(-1, keepdim=True) / count
            features = (features - mean) / torch.sqrt(var + EPS)
        return features * mask, frames


@dataclass
class AugmentConfig:
    """SpecAugment (training only), ``configs/classification/augment/*.yaml``: zeroed bands of bins and frames.

    :meth:`build` makes the :class:`preprocessing.augment.SpecAugment` with these settings.
    """

    freq_masks: int = 2
    freq_width: int = 8  # widest band of feature bins
    time_masks: int = 2
    time_width: int = 20  # widest band of frames

    @property
    def enabled(self) -> bool:
        return self.freq_masks > 0 or self.time_masks > 0

    def build(self) -> SpecAugment | None:
        """The masking module, or ``None`` when no masks are asked for."""
        if not self.enabled:
            return None
        return SpecAugment(freq_masks=self.freq_masks, freq_mask_width=self.freq_width,
                           time_masks=self.time_masks, time_mask_width=self.time_width)
