"""Speech segmentation with silero-vad: a 16 kHz waveform → ``[(start_s, end_s), ...]``.

The silero-vad model ships inside the ``silero-vad`` package (no download).
The TorchScript (JIT) variant is used: it loads in about 50 ms on a CPU and
needs no onnxruntime. The model reads 32 ms windows one after the other,
carrying its state, so time grows linearly with the recording and memory
holds only the waveform plus one probability per window. It runs on one
torch thread (about 0.5 s per minute of audio on a laptop-class CPU core).
"""
from __future__ import annotations

import contextlib
import functools
from dataclasses import dataclass

import numpy as np
import torch
from tqdm import tqdm

VAD_SAMPLE_RATE = 16_000


@dataclass(frozen=True)
class VADConfig:
    """Segmentation thresholds (``vad`` in ``configs/classification/analyze.yaml``)."""

    threshold: float = 0.5  # speech probability above which a window is speech
    min_speech_ms: int = 250  # shorter bursts are dropped
    min_silence_ms: int = 300  # shorter pauses do not split a segment
    speech_pad_ms: int = 30  # added to both ends of every segment
    max_segment_s: float = 30.0  # longer segments are split (at a pause when possible)


@functools.cache
def _silero():
    """``(JIT model, get_speech_timestamps)``, loaded once (importing silero_vad sets torch to one thread)."""
    from silero_vad import get_speech_timestamps, load_silero_vad

    return load_silero_vad(onnx=False), get_speech_timestamps


@contextlib.contextmanager
def _one_thread():
    """Run torch on one thread inside, then restore the caller's thread count.

    The model is tiny and reads 32 ms at a time: one thread is fastest and leaves the other cores free.
    """
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(threads)


def speech_segments(waveform: np.ndarray, config: VADConfig = VADConfig(),
                    progress: bool = False) -> list[tuple[float, float]]:
    """Speech segments of a mono 16 kHz ``(T,)`` waveform, as ``(start, end)`` seconds in time order.

    Args:
        progress: show a progress bar (useful for long recordings).
    """
    audio = torch.as_tensor(np.ascontiguousarray(waveform), dtype=torch.float32)
    with _one_thread(), tqdm(total=100, desc="voice activity", disable=not progress, leave=False,
                             bar_format="{desc}: {percentage:3.0f}% |{bar}| {elapsed}<{remaining}") as bar:
        model, get_speech_timestamps = _silero()
        stamps = get_speech_timestamps(
            audio, model, threshold=config.threshold, sampling_rate=VAD_SAMPLE_RATE,
            min_speech_duration_ms=config.min_speech_ms, min_silence_duration_ms=config.min_silence_ms,
            speech_pad_ms=config.speech_pad_ms, max_speech_duration_s=config.max_segment_s,
            progress_tracking_callback=lambda percent: bar.update(percent - bar.n),
        )
    return [(s["start"] / VAD_SAMPLE_RATE, s["end"] / VAD_SAMPLE_RATE) for s in stamps]
