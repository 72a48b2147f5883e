"""Using a trained checkpoint: recognize waveforms, evaluate on a manifest.

    recognizer = load_recognizer("deepspeech2/pretrained/ds2_medium_synthetic_noise.ckpt")
    recognizer.transcribe(["a.wav", "b.wav"])   # → ["안녕하세요", …]
    recognizer = load_recognizer(path, decoder={"kind": "beam_lm", "lm_path": "lm.arpa"}, quantize="int8")

Model, feature and tokenizer settings come only from the checkpoint. The
decoder (:func:`deepspeech2.decoding.make_decoder` arguments) is greedy
unless told otherwise; ``{"kind": "auto"}`` picks the checkpoint's best
(:func:`deepspeech2.checkpoint.default_decoder`: beam search with the LM for
the shipped model). Files of any length, folders and output formats are
:mod:`deepspeech2.transcription`'s job.
"""
from __future__ import annotations

import os
from dataclasses import asdict, replace
from pathlib import Path
from typing import Iterator, Sequence

import numpy as np
import pandas as pd
import torch
from torch import nn

from deepspeech2.checkpoint import CheckpointError, default_decoder, load_model
from deepspeech2.data import Batch, DataError, ShardDataset, ShardLoader, SpeechDataset, make_loader
from deepspeech2.decoding import Decoder, DecoderError, make_decoder
from deepspeech2.features import FeatureConfig, FeatureExtractor
from deepspeech2.metrics import corpus_error_counts, error_counts
from deepspeech2.model import ConvBlock, DeepSpeech2, lengths_to_mask
from preprocessing.audio import AudioError, load_audio
from preprocessing.augment import AugmentError
from preprocessing.checkpoint import resolve_device
from preprocessing.manifest import ManifestError, Manifests, manifest_label
from preprocessing.progress import progress_bar
from preprocessing.tokenizer import Tokenizer, broken_syllables, tokenizer_from_dict


class SettingError(ValueError):
    """An inference setting that cannot be used here (precision, quantization, device)."""


# Errors the command-line tools report as one line (bad input, not bugs).
USER_ERRORS = (AudioError, AugmentError, CheckpointError, DataError, DecoderError, ManifestError, SettingError)

AUTOCAST_DTYPES = {"fp16": torch.float16, "bf16": torch.bfloat16}


def autocast_dtype(precision: str, device: torch.device) -> torch.dtype | None:
    """``precision`` (auto | fp32 | fp16 | bf16) → the autocast dtype, ``None`` for float32.

    ``auto`` is fp16 on a GPU and fp32 on the CPU; fp16/bf16 need a GPU.
    """
    if precision == "auto":
        precision = "fp16" if device.type == "cuda" else "fp32"
    if precision == "fp32":
        return None
    if precision not in AUTOCAST_DTYPES:
        raise SettingError(f"precision must be auto, fp32, fp16 or bf16, got {precision!r}")
    if device.type != "cuda":
        raise SettingError(f"precision={precision} needs a GPU; on the CPU use fp32 (or quantize=int8)")
    return AUTOCAST_DTYPES[precision]


def denoised(waveforms: torch.Tensor, lengths: torch.Tensor, sample_rate: int) -> torch.Tensor:
    """``noisereduce`` (spectral gating) on each row of padded ``(N, S)`` waveforms, over its valid samples only."""
    import noisereduce  # imported only when asked for

    out = torch.zeros_like(waveforms, device="cpu")
    for row, waveform, length in zip(out, waveforms.cpu().numpy(), lengths.tolist()):
        row[:length] = torch.from_numpy(noisereduce.reduce_noise(y=waveform[:length], sr=sample_rate).astype(np.float32))
    return out


class QuantizedConvBlock(nn.Module):
    """A :class:`~deepspeech2.model.ConvBlock` (eval mode) as one int8 convolution, for the CPU.

    The batch norm is folded into the convolution's weights and bias, the weights are quantized per output
    channel and the input on the fly (per batch). The output is quantized on the Hardtanh's range
    (``[0, 20]`` in 256 steps), so saturation is the activation: no calibration data is needed. As in
    :class:`ConvBlock`, frames past each length come out as zeros.
    """

    output_lengths = ConvBlock.output_lengths  # the same function of kernel, stride and padding

    def __init__(self, block: ConvBlock):
        super().__init__()
        self.kernel, self.stride, self.padding = block.kernel, block.stride, block.padding
        conv, (norm, activation) = block.conv, block.norm
        gain = norm.weight / torch.sqrt(norm.running_var + norm.eps)  # (C_out,) eval-mode batch norm
        weight = (conv.weight * gain[:, None, None, None]).detach().float()  # (C_out, C_in, kF, kT)
        bias = (norm.bias - norm.running_mean * gain).detach().float()
        scales = (weight.abs().amax(dim=(1, 2, 3)) / 127).clamp(min=1e-8).double()
        self.conv = torch.ao.nn.quantized.Conv2d(conv.in_channels, conv.out_channels, conv.kernel_size,
                                                 stride=conv.stride, padding=conv.padding)
        self.conv.set_weight_bias(
            torch.quantize_per_channel(weight, scales, torch.zeros_like(scales, dtype=torch.long), 0, torch.qint8), bias)
        self.conv.scale = (activation.max_val - activation.min_val) / 255
        self.conv.zero_point = round(-activation.min_val / self.conv.scale)
        # 7-bit inputs on x86 (as PyTorch's dynamic layers use): CPUs without VNNI could overflow otherwise.
        self.reduce_range = torch.backends.quantized.engine in ("x86", "fbgemm")

    def forward(self, x: torch.Tensor, lengths: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """``x`` (N, C_in, F, T), lengths (N,) → (N, C_out, F', T'), lengths (N,)."""
        x = self.conv(torch.quantize_per_tensor_dynamic(x.float(), torch.quint8, self.reduce_range)).dequantize()
        lengths = self.output_lengths(lengths)
        return x * lengths_to_mask(lengths, x.shape[-1])[:, None, None, :], lengths


def quantize_int8(model: DeepSpeech2) -> DeepSpeech2:
    """A copy of ``model``, in eval mode, for int8 inference on the CPU.

    The GRU/LSTM and linear layers are quantized dynamically (int8 weights, activations quantized on the
    fly, per batch), and every convolution block with more than one input channel becomes a
    :class:`QuantizedConvBlock`. The first block (one input channel) stays float32: PyTorch's int8 kernel
    for it was 4× slower than the float32 one on an x86 CPU (docs/benchmarks.md).
    """
    model = torch.ao.quantization.quantize_dynamic(model, {nn.Linear, nn.GRU, nn.LSTM}, dtype=torch.qint8).eval()
    for i, block in enumerate(model.convs):
        if block.conv.in_channels > 1:
            model.convs[i] = QuantizedConvBlock(block)
    return model


class Recognizer:
    """A DeepSpeech2 model with its feature extractor, tokenizer and decoder, in eval mode on one device.

    Args:
        decoder: turns log-probabilities into text (default: greedy).
        precision: autocast on a GPU (see :func:`autocast_dtype`).
        denoise: run ``noisereduce`` on every waveform before feature extraction.
    """

    def __init__(self, model: DeepSpeech2, features: FeatureExtractor, tokenizer: Tokenizer, device: torch.device,
                 decoder: Decoder | None = None, precision: str = "auto", denoise: bool = False):
        self.features = features.to(device).eval()
        self.tokenizer = tokenizer
        self.device = device
        self.decoder = decoder or make_decoder("greedy", tokenizer)
        self.autocast = autocast_dtype(precision, device)
        if self.autocast is None and model.config.conv_precision != "fp32":
            # float32 inference, convolutions included: bf16 ones (a training-speed setting) made a file ~3× slower
            # on a CPU with AMX, for the same transcripts (docs/benchmarks.md, 2026-12-05)
            model.config = replace(model.config, conv_precision="fp32")
        self.model = model.to(device).eval()
        self.denoise = denoise

    @property
    def sample_rate(self) -> int:
        return self.features.config.sample_rate

    @torch.inference_mode()
    def log_probs(self, waveforms: torch.Tensor, lengths: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Padded waveforms ``(N, S)`` + lengths ``(N,)`` → float32 log-probabilities ``(N, T', C)`` + lengths."""
        if self.denoise:
            waveforms = denoised(waveforms, lengths, self.sample_rate)
        features, frames = self.features(waveforms.to(self.device), lengths.to(self.device))  # (N, F, T)
        with torch.autocast(self.device.type, dtype=self.autocast, enabled=self.autocast is not None):
            logits, out_lengths = self.model(features, frames)  # (N, T', C)
        return logits.float().log_softmax(dim=-1), out_lengths

    def recognize(self, waveforms: torch.Tensor, lengths: torch.Tensor) -> list[str]:
        """Padded waveforms ``(N, S)`` + lengths ``(N,)`` → N transcripts."""
        return self.decoder(*self.log_probs(waveforms, lengths))

    def recognize_waveforms(self, waveforms: Sequence[np.ndarray]) -> list[str]:
        """``(S,)`` float waveforms at :attr:`sample_rate` → transcripts (one batch)."""
        if not waveforms:
            return []
        lengths = torch.tensor([len(w) for w in waveforms])
        # Padded to whole seconds: fewer distinct input shapes keep oneDNN's cache of convolution kernels
        # (one per shape) small over a long recording. Padding does not change the outputs.
        padded = torch.zeros(len(waveforms), -(-int(lengths.max()) // self.sample_rate) * self.sample_rate)
        for row, waveform in zip(padded, waveforms):
            row[: len(waveform)] = torch.as_tensor(waveform, dtype=torch.float32)
        return self.recognize(padded, lengths)

    def transcribe(self, inputs: Sequence[str | os.PathLike | np.ndarray], batch_size: int = 16) -> list[str]:
        """Transcribe audio files and/or waveforms, each as one utterance, ``batch_size`` at a time.

        Raises:
            AudioError: an input file cannot be read (:func:`deepspeech2.transcription.transcribe_files`
                carries on instead, and cuts long recordings into speech segments).
        """
        texts: list[str] = []
        for start in range(0, len(inputs), batch_size):
            chunk = inputs[start : start + batch_size]
            texts += self.recognize_waveforms(
                [x if isinstance(x, np.ndarray) else load_audio(x, self.sample_rate) for x in chunk]
            )
        return texts


def load_recognizer(checkpoint_path: str | os.PathLike, device: str = "auto", decoder: dict | None = None,
                    precision: str = "auto", quantize: str | None = None, denoise: bool = False) -> Recognizer:
    """A :class:`Recognizer` from a training checkpoint or an exported one.

    Args:
        decoder: :func:`~deepspeech2.decoding.make_decoder` arguments (``kind``, ``lm_path``, ``beam_size``…);
            kind ``auto``: :func:`~deepspeech2.checkpoint.default_decoder` of the checkpoint.
        quantize: ``"int8"`` for int8 inference (:func:`quantize_int8`; CPU only: ``device="auto"`` then means the CPU).
    """
    model, settings = load_model(checkpoint_path)
    device_ = resolve_device("cpu" if quantize and device == "auto" else device)
    if quantize not in (None, "int8"):
        raise SettingError(f"quantize must be int8 or null, got {quantize!r}")
    if quantize == "int8":
        if device_.type != "cpu":
            raise SettingError("quantize=int8 runs on the CPU only; add device=cpu")
        model = quantize_int8(model.eval())
    features = FeatureExtractor(FeatureConfig(**settings["features"]))
    tokenizer = tokenizer_from_dict(settings["tokenizer"])
    if (decoder or {}).get("kind") == "auto":
        decoder = default_decoder(checkpoint_path)
    return Recognizer(model, features, tokenizer, device_, make_decoder(tokenizer=tokenizer, **(decoder or {})),
                      precision, denoise)


def manifest_log_probs(recognizer: Recognizer, dataset: SpeechDataset | ShardDataset, max_frames_per_batch: int = 16000,
                       num_workers: int = 0, progress: bool = False) -> Iterator[tuple[Batch, torch.Tensor, torch.Tensor]]:
    """``(batch, log_probs (N, T', C), lengths (N,))`` for the utterances of ``dataset``, in length-bucketed batches.

    ``progress``: a bar over the batches on stderr (when it is a terminal).
    """
    if isinstance(dataset, ShardDataset):  # planned its batches itself
        loader = ShardLoader(dataset, num_workers)
    else:
        loader = make_loader(dataset, recognizer.features.config.hop_ms, max_frames_per_batch, num_workers=num_workers)
    for batch in progress_bar(loader, "decoding", progress, unit="batch"):
        if batch is not None:
            yield batch, *recognizer.log_probs(batch.waveforms, batch.lengths)


def evaluate(recognizer: Recognizer, manifest: Manifests, max_frames_per_batch: int = 16000,
             num_workers: int = 0, strict: bool = False, progress: bool = False) -> tuple[pd.DataFrame, dict]:
    """Decode every usable row of ``manifest`` with the recognizer's decoder and score it against its transcript.

    ``manifest`` is a CSV manifest (or a list of them, read as one), or a shard folder or URL prefix
    (``python -m preprocessing shards``).

    Returns:
        A per-utterance table (path, reference, hypothesis, cer, broken: stray jamo in the hypothesis) in
        manifest order, and a summary (utterances, skipped rows, corpus CER and WER, utterances with a
        broken syllable).
    """
    if isinstance(manifest, (str, os.PathLike)) and (Path(manifest).is_dir() or "://" in str(manifest)):
        dataset = ShardDataset(str(manifest), recognizer.tokenizer, recognizer.sample_rate, strict=strict,
                               hop_ms=recognizer.features.config.hop_ms, max_frames=max_frames_per_batch)
    else:
        dataset = SpeechDataset(manifest, recognizer.tokenizer, recognizer.sample_rate, strict=strict)
    rows = []
    # the order to restore: a shard row's key is its position in the manifest the shards were made from
    order = dataset.keys if isinstance(dataset, ShardDataset) else None
    for batch, log_probs, lengths in manifest_log_probs(recognizer, dataset, max_frames_per_batch, num_workers, progress):
        for index, path, reference, hypothesis in zip(
            batch.indices, batch.paths, batch.texts, recognizer.decoder(log_probs, lengths)
        ):
            rows.append(dict(index=index if order is None else order[index], path=path, reference=reference, hypothesis=hypothesis,
                             cer=error_counts(hypothesis, reference).cer, broken=broken_syllables(hypothesis)))
    table = pd.DataFrame(rows, columns=["index", "path", "reference", "hypothesis", "cer", "broken"])
    table = table.sort_values("index").drop(columns="index").reset_index(drop=True)
    counts = corpus_error_counts(table["hypothesis"], table["reference"])
    summary = {
        "manifest": manifest_label(manifest),
        "utterances": len(table),
        "skipped": sum(dataset.skipped.values()) + len(dataset.paths) - len(table),
        "cer": counts.cer,
        "wer": counts.wer,
        "broken_utterances": int((table["broken"] > 0).sum()),
        **asdict(counts),
    }
    return table, summary
