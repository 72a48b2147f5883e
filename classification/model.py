"""Speaker-gender classifiers: features ``(N, F, T)`` + frame counts ``(N,)`` → one logit per clip ``(N,)``.

The logit is for label 1 = **female** (label 0 = male, see
:data:`classification.data.LABELS`): ``sigmoid(logit)`` is P(female). Train
with ``BCEWithLogitsLoss``.

* :class:`CNNOriginal` (``cnn_original``) — the original project's network:
  the input trimmed or zero-padded to a fixed number of frames (300 MFCC
  frames of hop 320 = 6 s), three conv 3×3 + ReLU + max-pool 2 blocks
  (16/32/64 channels), FC 128, one output. The original hard-coded the
  flattened size (``nn.Linear(37888, 128)`` = 64 × 16 × 37); here it is
  derived from the config (:meth:`CNNOriginalConfig.flat_size`).
* :class:`GenderCNN` (``gender_cnn``, the default) — any input length: conv
  3×3 + BatchNorm + ReLU + max-pool 2 blocks, with the padded frames zeroed
  after every block, then masked mean + max pooling over time (or attentive
  statistics pooling, ``pooling: attention``), dropout and one linear output.
  Padding never changes a clip's logit.

Build either from a plain dict with :func:`build_model` (the checkpoint's
``hyper_parameters["model"]``).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import torch
from torch import nn

from classification.features import lengths_to_mask


def pooled_size(size: int, blocks: int) -> int:
    """Size of an axis after ``blocks`` max-pools of 2 (each floors)."""
    for _ in range(blocks):
        size //= 2
    return size


def conv_block(in_channels: int, out_channels: int, batch_norm: bool) -> nn.Sequential:
    """conv 3×3 (same padding) [+ BatchNorm] + ReLU + max-pool 2: ``(N, C, F, T)`` → ``(N, C', F//2, T//2)``."""
    layers = [nn.Conv2d(in_channels, out_channels, 3, padding=1, bias=not batch_norm)]
    layers += [nn.BatchNorm2d(out_channels)] if batch_norm else []
    layers += [nn.ReLU(inplace=True), nn.MaxPool2d(2)]
    return nn.Sequential(*layers)


@dataclass
class CNNOriginalConfig:
    """``configs/classification/model/cnn_original.yaml``."""

    name: str = "cnn_original"
    n_features: int = 128  # feature bins (set from the feature config)
    frames: int = 300  # input trimmed / zero-padded to this many frames
    channels: list[int] = field(default_factory=lambda: [16, 32, 64])
    hidden: int = 128

    def flat_size(self) -> int:
        """Flattened size after the conv blocks: channels × pooled F × pooled T (37888 for the original)."""
        blocks = len(self.channels)
        height, width = pooled_size(self.n_features, blocks), pooled_size(self.frames, blocks)
        if height < 1 or width < 1:
            raise ValueError(f"cnn_original: {self.n_features} bins × {self.frames} frames vanish after {blocks} "
                             f"max-pools of 2; use at least {2 ** blocks} of each")
        return self.channels[-1] * height * width


class CNNOriginal(nn.Module):
    """The original fixed-size CNN. ``(N, F, T)``, ``(N,)`` → logits ``(N,)``."""

    def __init__(self, config: CNNOriginalConfig):
        super().__init__()
        self.config = config
        widths = [1, *config.channels]
        self.blocks = nn.Sequential(*(conv_block(a, b, batch_norm=False) for a, b in zip(widths, widths[1:])))
        self.head = nn.Sequential(nn.Flatten(), nn.Linear(config.flat_size(), config.hidden), nn.ReLU(inplace=True),
                                  nn.Linear(config.hidden, 1))

    def forward(self, features: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        frames = self.config.frames
        features = features[..., :frames]  # trim, then zero-pad (the feature extractor zeroed the padding)
        features = nn.functional.pad(features, (0, frames - features.shape[-1]))
        return self.head(self.blocks(features.unsqueeze(1))).squeeze(-1)


POOLINGS = ("mean_max", "attention")


@dataclass
class GenderCNNConfig:
    """``configs/classification/model/gender_cnn.yaml``."""

    name: str = "gender_cnn"
    n_features: int = 64  # feature bins (set from the feature config)
    channels: list[int] = field(default_factory=lambda: [16, 32, 64, 128])
    dropout: float = 0.3
    # "mean_max": the mean and the maximum of each feature over the valid frames; "attention": attentive
    # statistics pooling (Okabe et al. 2018), a weighted mean and standard deviation with a learned weight per
    # frame, so that frames of the speaker can count more than frames of noise or other voices
    pooling: str = "mean_max"
    attention_hidden: int = 64  # units of the small network that scores each frame ("attention" only)

    def pooled_bins(self) -> int:
        """Feature bins left after the conv blocks."""
        bins = pooled_size(self.n_features, len(self.channels))
        if bins < 1:
            raise ValueError(f"gender_cnn: {self.n_features} feature bins vanish after {len(self.channels)} "
                             f"max-pools of 2; use at least {2 ** len(self.channels)} bins or fewer conv blocks")
        return bins


class GenderCNN(nn.Module):
    """Variable-length CNN with masked global pooling. ``(N, F, T)``, ``(N,)`` → logits ``(N,)``.

    Frames at or beyond a clip's length are set to zero before the first block
    and after each block (the length halves with each pool), so every
    convolution sees exactly the zeros it would see at the end of the clip
    alone; the final mean and max run over valid frames only.
    """

    def __init__(self, config: GenderCNNConfig):
        super().__init__()
        self.config = config
        widths = [1, *config.channels]
        self.blocks = nn.ModuleList(conv_block(a, b, batch_norm=True) for a, b in zip(widths, widths[1:]))
        if config.pooling not in POOLINGS:
            raise ValueError(f"gender_cnn: pooling must be one of {POOLINGS}, got {config.pooling!r}")
        pooled = config.channels[-1] * config.pooled_bins()
        self.attention = nn.Sequential(  # a score per frame from its features: (N, C·F', T') → (N, 1, T')
            nn.Conv1d(pooled, config.attention_hidden, 1), nn.Tanh(), nn.Conv1d(config.attention_hidden, 1, 1)
        ) if config.pooling == "attention" else None
        self.dropout = nn.Dropout(config.dropout)
        self.output = nn.Linear(2 * pooled, 1)  # two statistics of each channel × bin

    @property
    def min_frames(self) -> int:
        """Shortest input that keeps one frame through every pool."""
        return 2 ** len(self.blocks)

    def forward(self, features: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        x = nn.functional.pad(features, (0, max(0, self.min_frames - features.shape[-1]))).unsqueeze(1)
        lengths = lengths.clamp(min=1)
        x = x * lengths_to_mask(lengths, x.shape[-1])[:, None, None, :]  # whatever the padding held
        for block in self.blocks:
            x = block(x)  # (N, C, F', T')
            lengths = torch.div(lengths, 2, rounding_mode="floor").clamp(min=1)
            x = x * lengths_to_mask(lengths, x.shape[-1])[:, None, None, :]
        x = x.flatten(1, 2)  # (N, C·F', T')
        mask = lengths_to_mask(lengths, x.shape[-1])[:, None, :]  # (N, 1, T')
        if self.attention is None:
            mean = x.sum(-1) / lengths[:, None]  # (N, C·F')
            second = x.masked_fill(~mask, float("-inf")).amax(-1)  # the maximum
        else:
            weights = self.attention(x).masked_fill(~mask, float("-inf")).softmax(-1)  # (N, 1, T'), 0 on padding
            mean = (x * weights).sum(-1)
            second = ((x - mean[..., None]).square() * weights).sum(-1).clamp(min=1e-6).sqrt()  # standard deviation
        return self.output(self.dropout(torch.cat([mean, second], dim=1))).squeeze(-1)


MODELS = {"cnn_original": (CNNOriginal, CNNOriginalConfig), "gender_cnn": (GenderCNN, GenderCNNConfig)}


def build_model(config: dict) -> nn.Module:
    """A model from a plain dict with a ``name`` key (``MODELS``) and its config's other fields."""
    name = config.get("name")
    if name not in MODELS:
        raise ValueError(f"model.name must be one of {sorted(MODELS)}, got {name!r}")
    model_class, config_class = MODELS[name]
    return model_class(config_class(**config))
