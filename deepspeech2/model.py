"""The DeepSpeech2 acoustic model (Amodei et al., 2016) as a plain ``nn.Module``.

Layout, following the design of SeanNaren/deepspeech.pytorch::

    features (N, F, T)
      → 2 × [Conv2d → BatchNorm → Hardtanh(0, 20)]        frequency and time downsampling
      → flatten channels × frequency                        (N, T', C·F')
      → R × [sequence-wise BatchNorm → LSTM/GRU]            padding never seen (see below)
      → lookahead row convolution (unidirectional only)     limited future context for streaming
      → sequence-wise BatchNorm → Linear                    CTC logits (N, T', classes)

Every size is derived from :class:`DeepSpeech2Config`; the frequency size after
the convolutions (and so the first RNN's input size) comes from the same
formula as the output lengths (:func:`conv_output_size`).

Padding never leaks into the valid frames: the convolution outputs are zeroed
past each utterance's length (so the next convolution sees the same zeros as
it would alone), the RNNs run on packed sequences or (on the CPU, where that
is faster) direction by direction over the padded batch with the backward
direction on each utterance reversed within its length, and every batch norm
takes its statistics from valid frames only. An utterance therefore gets the
same logits alone as inside a padded batch (in eval mode), and extra padding
does not change a training batch.
"""
from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

import torch
from torch import nn
from torch.nn.utils.rnn import PackedSequence, pack_padded_sequence, pad_packed_sequence

RNN_TYPES = {"lstm": nn.LSTM, "gru": nn.GRU}


@dataclass
class DeepSpeech2Config:
    """Architecture of :class:`DeepSpeech2`.

    ``n_features`` comes from the feature settings and ``n_classes`` from the
    tokenizer; everything else is in ``configs/deepspeech2/model/*.yaml``.
    """

    n_features: int  # frequency bins of the input features
    n_classes: int  # CTC labels, blank included
    conv_channels: int = 32
    conv_kernels: Sequence[Sequence[int]] = ((41, 11), (21, 11))  # (frequency, time) per conv layer
    conv_strides: Sequence[Sequence[int]] = ((2, 2), (2, 1))
    rnn_type: str = "lstm"  # "lstm" | "gru"
    rnn_hidden: int = 1024
    rnn_layers: int = 5
    bidirectional: bool = True
    lookahead_context: int = 20  # future frames seen by the row convolution (unidirectional only)
    dropout: float = 0.0  # on the inputs of RNN layers 2..R
    # "bf16": the convolutions run under bf16 autocast where the hardware multiplies bf16 natively (CPUs with
    # AMX or AVX512-BF16, GPUs; elsewhere float32), the recurrences and the head in float32 (unless the
    # trainer's precision says otherwise). ds2_small training step ×1.1–1.2 on 2 AVX512-BF16 cores (docs/benchmarks.md).
    conv_precision: str = "fp32"

    def __post_init__(self):
        self.conv_kernels = [[int(k) for k in pair] for pair in self.conv_kernels]  # lists: plain YAML/JSON types
        self.conv_strides = [[int(s) for s in pair] for pair in self.conv_strides]
        if len(self.conv_kernels) != len(self.conv_strides):
            raise ValueError("conv_kernels and conv_strides need one (frequency, time) pair per conv layer")
        if self.rnn_type not in RNN_TYPES:
            raise ValueError(f"rnn_type must be one of {sorted(RNN_TYPES)}, got {self.rnn_type!r}")
        if self.conv_precision not in ("fp32", "bf16"):
            raise ValueError(f"conv_precision must be fp32 or bf16, got {self.conv_precision!r}")

    @property
    def conv_paddings(self) -> list[tuple[int, int]]:
        """'Same'-style padding ``kernel // 2`` in each dimension."""
        return [(kf // 2, kt // 2) for kf, kt in self.conv_kernels]


def conv_output_size(size: torch.Tensor | int, kernel: int, stride: int, padding: int):
    """Output size of a convolution along one dimension: ``⌊(size + 2·padding − kernel) / stride⌋ + 1``."""
    return (size + 2 * padding - kernel) // stride + 1


def lengths_to_mask(lengths: torch.Tensor, max_length: int) -> torch.Tensor:
    """``(N,)`` lengths → ``(N, max_length)`` bool mask, True on valid steps (one broadcast comparison)."""
    return torch.arange(max_length, device=lengths.device)[None, :] < lengths[:, None]


@lru_cache
def native_bf16(device_type: str) -> bool:
    """Whether ``device_type`` ("cpu", "cuda") multiplies bf16 matrices natively (on a CPU: AMX or AVX512-BF16)."""
    try:
        if device_type == "cpu":
            return bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())
        return device_type == "cuda" and torch.cuda.is_bf16_supported()
    except (AttributeError, RuntimeError):  # a build without oneDNN or CUDA
        return False


def reverse_within_lengths(x: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
    """``(N, T, H)`` → each utterance's first ``length`` steps reversed, padding left in place."""
    steps = torch.arange(x.shape[1], device=x.device)[None, :]  # (1, T)
    lengths = lengths.to(x.device)[:, None]  # (N, 1)
    index = torch.where(steps < lengths, lengths - 1 - steps, steps)  # (N, T)
    return x.gather(1, index[:, :, None].expand_as(x))


def apply_to_valid(module: nn.Module, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """Run ``module`` on the valid steps of ``x`` only.

    ``x`` is ``(N, T, ...)`` and ``mask`` ``(N, T)``; the valid steps are
    gathered into ``(M, ...)`` (so a batch norm inside ``module`` takes its
    statistics from them alone) and scattered back, with zeros at padded steps.
    """
    valid = module(x[mask])  # (M, ...)
    out = valid.new_zeros(*mask.shape, *valid.shape[1:])
    out[mask] = valid
    return out


class ConvBlock(nn.Module):
    """Conv2d → BatchNorm → Hardtanh(0, 20); normalization and activation on valid frames only, zeros elsewhere."""

    def __init__(self, in_channels: int, out_channels: int, kernel: tuple, stride: tuple, padding: tuple):
        super().__init__()
        self.kernel, self.stride, self.padding = kernel, stride, padding
        self.conv = nn.Conv2d(in_channels, out_channels, kernel, stride=stride, padding=padding, bias=False)
        # BatchNorm1d over (M frames, C, F') has the statistics of a BatchNorm2d over valid (frame, bin) cells.
        self.norm = nn.Sequential(nn.BatchNorm1d(out_channels), nn.Hardtanh(0, 20, inplace=True))

    def output_lengths(self, lengths: torch.Tensor) -> torch.Tensor:
        return conv_output_size(lengths, self.kernel[1], self.stride[1], self.padding[1])

    def forward(self, x: torch.Tensor, lengths: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """``x`` (N, C_in, F, T), lengths (N,) → (N, C_out, F', T'), lengths (N,)."""
        x = self.conv(x)  # (N, C_out, F', T')
        lengths = self.output_lengths(lengths)
        mask = lengths_to_mask(lengths, x.shape[-1])  # (N, T')
        x = apply_to_valid(self.norm, x.permute(0, 3, 1, 2), mask)  # (N, T', C_out, F')
        return x.permute(0, 2, 3, 1), lengths


class RecurrentLayer(nn.Module):
    """Optional sequence-wise BatchNorm (+ dropout) then one LSTM/GRU layer, on packed sequences (or on a
    batch without padding, e.g. a single utterance, which needs no packing; or, with :meth:`forward_padded`,
    on a padded batch).

    Working on ``PackedSequence.data`` — the valid frames of the whole batch
    stacked as ``(sum of lengths, features)`` — makes the batch norm a
    sequence-wise one that never sees padding. The two directions of a
    bidirectional layer are summed, so the output size stays ``hidden``.
    """

    def __init__(self, config: DeepSpeech2Config, input_size: int, normalize: bool):
        super().__init__()
        self.norm = nn.Sequential(nn.BatchNorm1d(input_size), nn.Dropout(config.dropout)) if normalize else None
        self.rnn = RNN_TYPES[config.rnn_type](
            input_size, config.rnn_hidden, batch_first=True, bidirectional=config.bidirectional
        )
        self.directions = 2 if config.bidirectional else 1

    def forward(self, x: PackedSequence | torch.Tensor) -> PackedSequence | torch.Tensor:
        """A packed batch, or a batch without padding ``(N, T, input_size)`` → the same kind, ``hidden`` features."""
        packed = isinstance(x, PackedSequence)
        if self.norm is not None:
            if packed:
                x = x._replace(data=self.norm(x.data))  # data: (sum of lengths, input_size)
            else:
                x = self.norm(x.reshape(-1, x.shape[-1])).view(x.shape)  # every frame is valid
        x, _ = self.rnn(x)
        data = x.data if packed else x  # (sum of lengths or N, [T,] directions · hidden)
        summed = data.view(*data.shape[:-1], self.directions, -1).sum(dim=-2)
        return x._replace(data=summed) if packed else summed

    @property
    def runs_padded(self) -> bool:
        """Whether :meth:`forward_padded` can run this layer (float GRU/LSTM; not an int8-quantized one)."""
        return type(self.rnn) in RNN_TYPES.values()

    def forward_padded(self, x: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        """A padded batch ``(N, T, input_size)`` + lengths ``(N,)`` → ``(N, T, hidden)``, zeros past each length.

        Each direction runs as a one-direction RNN with this layer's weights over the whole padded batch,
        the backward one over every utterance reversed within its length, so padding only ever follows
        the valid frames and cannot reach them: the same outputs and gradients as packed sequences. On the
        CPU this is faster (ds2_small training step ×1.2 with GRUs, ×2.5 with LSTMs; LSTM inference ×1.5):
        PyTorch's oneDNN LSTM kernel takes padded input only, and backpropagating through packed steps
        zero-fills a gradient of the whole batch at every step.
        """
        mask = lengths_to_mask(lengths.to(x.device), x.shape[1])  # (N, T)
        if self.norm is not None:
            x = apply_to_valid(self.norm, x, mask)  # statistics of the valid frames only
        run = torch.lstm if isinstance(self.rnn, nn.LSTM) else torch.gru
        h0 = x.new_zeros(1, x.shape[0], self.rnn.hidden_size)
        state = (h0, h0) if isinstance(self.rnn, nn.LSTM) else h0

        def one_direction(inputs: torch.Tensor, weights: list[torch.Tensor]) -> torch.Tensor:
            # (input, state, weights, has_biases, layers, dropout, train, bidirectional, batch_first)
            return run(inputs, state, weights, self.rnn.bias, 1, 0.0, self.training, False, True)[0]

        weights = self.rnn.all_weights  # per direction: [w_ih, w_hh, (b_ih, b_hh)]
        out = one_direction(x, weights[0])  # (N, T, H)
        if self.directions == 2:
            out = out + reverse_within_lengths(one_direction(reverse_within_lengths(x, lengths), weights[1]), lengths)
        return out * mask[:, :, None]


class Lookahead(nn.Module):
    """Row convolution: each output frame mixes the current and the next ``context`` frames, per feature."""

    def __init__(self, features: int, context: int):
        super().__init__()
        self.context = context
        self.conv = nn.Conv1d(features, features, kernel_size=context + 1, groups=features, bias=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """(N, T, H) → (N, T, H); frames past the end count as zeros."""
        x = nn.functional.pad(x.transpose(1, 2), (0, self.context))  # (N, H, T + context)
        return self.conv(x).transpose(1, 2)


class DeepSpeech2(nn.Module):
    """Features ``(N, F, T)`` + lengths → CTC logits ``(N, T', n_classes)`` + output lengths."""

    # How the recurrent layers skip padding: "packed" sequences, "padded" (RecurrentLayer.forward_padded)
    # or "auto": padded on the CPU where that was measured faster (LSTMs; GRUs when training), else packed
    # (cuDNN runs packed sequences well on a GPU). Same results either way.
    rnn_padding: str = "auto"

    def runs_padded(self, x: torch.Tensor) -> bool:
        """Whether the recurrent layers run :meth:`RecurrentLayer.forward_padded` on ``x`` (see ``rnn_padding``)."""
        if not all(rnn.runs_padded for rnn in self.rnns) or self.rnn_padding == "packed":
            return False
        if self.rnn_padding == "padded":
            return True
        return x.device.type == "cpu" and (self.config.rnn_type == "lstm" or torch.is_grad_enabled())

    def __init__(self, config: DeepSpeech2Config):
        super().__init__()
        self.config = config
        channels = [1] + [config.conv_channels] * len(config.conv_kernels)
        self.convs = nn.ModuleList(
            ConvBlock(c_in, c_out, kernel, stride, padding)
            for c_in, c_out, kernel, stride, padding in zip(
                channels[:-1], channels[1:], config.conv_kernels, config.conv_strides, config.conv_paddings
            )
        )
        rnn_input = config.conv_channels * self.conv_output_frequency(config.n_features)
        self.rnns = nn.ModuleList(
            RecurrentLayer(config, rnn_input if i == 0 else config.rnn_hidden, normalize=i > 0)
            for i in range(config.rnn_layers)
        )
        self.lookahead = (
            None
            if config.bidirectional
            else nn.Sequential(Lookahead(config.rnn_hidden, config.lookahead_context), nn.Hardtanh(0, 20))
        )
        self.head = nn.Sequential(
            nn.BatchNorm1d(config.rnn_hidden), nn.Linear(config.rnn_hidden, config.n_classes, bias=False)
        )

    def conv_output_frequency(self, n_features: int) -> int:
        """Frequency bins left after the convolutions."""
        for block in self.convs:
            n_features = conv_output_size(n_features, block.kernel[0], block.stride[0], block.padding[0])
        return n_features

    def output_lengths(self, input_lengths: torch.Tensor) -> torch.Tensor:
        """Output frames for ``(N,)`` input frame counts (the convolutions are the only time-resampling layers)."""
        for block in self.convs:
            input_lengths = block.output_lengths(input_lengths)
        return input_lengths

    def forward(self, features: torch.Tensor, lengths: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """
        Args:
            features: ``(N, F, T)`` padded features (zeros past each length).
            lengths: ``(N,)`` valid frames per utterance.

        Returns:
            logits ``(N, T', n_classes)`` (zeros past each output length) and output lengths ``(N,)``.
        """
        x = features.unsqueeze(1)  # (N, 1, F, T)
        bf16 = self.config.conv_precision == "bf16" and native_bf16(x.device.type)
        # (not autocast(enabled=False) when off: that would switch a trainer's mixed precision off here)
        with torch.autocast(x.device.type, dtype=torch.bfloat16) if bf16 else nullcontext():
            for block in self.convs:
                x, lengths = block(x, lengths)  # (N, C, F', T')
        if bf16:
            x = x.float()  # the recurrences in float32 (or in the trainer's autocast precision)
        total = x.shape[-1]
        frames = lengths.cpu()  # one device sync serves the trim, the test and the packing below
        t = int(frames.max())
        x = x[..., :t]  # drop the frames that are padding in every utterance
        n, c, f, _ = x.shape
        x = x.permute(0, 3, 1, 2).reshape(n, t, c * f)  # (N, t, C·F')

        if bool((frames == t).all()):  # no padding left (one utterance, or equal lengths): nothing to pack
            for rnn in self.rnns:
                x = rnn(x)  # (N, t, H)
        elif self.runs_padded(x):
            for rnn in self.rnns:
                x = rnn.forward_padded(x, frames)  # (N, t, H), zeros past lengths
        else:
            packed = pack_padded_sequence(x, frames, batch_first=True, enforce_sorted=False)
            for rnn in self.rnns:
                packed = rnn(packed)
            x, _ = pad_packed_sequence(packed, batch_first=True, total_length=t)  # (N, t, H), zeros past lengths
        if self.lookahead is not None:
            x = self.lookahead(x)  # (N, t, H)

        logits = apply_to_valid(self.head, x, lengths_to_mask(lengths, t))  # (N, t, n_classes)
        return nn.functional.pad(logits, (0, 0, 0, total - t)), lengths  # (N, T', n_classes)
