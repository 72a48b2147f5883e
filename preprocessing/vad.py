"""Speech segmentation with silero-vad: a 16 kHz waveform → ``[(start_s, end_s), ...]``.

The silero-vad model ships inside the ``silero-vad`` package (no download).
Its "sequence" ONNX variant (``load_silero_vad(sequence=True)``, run by
onnxruntime on one thread) gives the same per-window speech probabilities as
the streaming model, window for window, but computes up to 512 windows of
32 ms (16 s of audio) per call instead of one: about 1.2 s per 10 minutes of
audio on one CPU core here, where the TorchScript model took 9.3 s. Time grows
linearly with the recording; memory holds the waveform plus one probability
per window.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np
import torch

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
    """``(sequence model, get_speech_timestamps_sequence)``, loaded once.

    Importing silero_vad sets torch to one thread; the caller's thread count is restored.
    """
    threads = torch.get_num_threads()
    try:
        from silero_vad import get_speech_timestamps_sequence, load_silero_vad

        return load_silero_vad(sequence=True), get_speech_timestamps_sequence
    finally:
        torch.set_num_threads(threads)


def speech_segments(waveform: np.ndarray, config: VADConfig = VADConfig()) -> list[tuple[float, float]]:
    """Speech segments of a mono 16 kHz ``(T,)`` waveform, as ``(start, end)`` seconds in time order."""
    model, get_speech_timestamps = _silero()
    stamps = get_speech_timestamps(
        np.ascontiguousarray(waveform, dtype=np.float32), model, threshold=config.threshold,
        sampling_rate=VAD_SAMPLE_RATE, min_speech_duration_ms=config.min_speech_ms,
        min_silence_duration_ms=config.min_silence_ms, speech_pad_ms=config.speech_pad_ms,
        max_speech_duration_s=config.max_segment_s,
    )
    return [(s["start"] / VAD_SAMPLE_RATE, s["end"] / VAD_SAMPLE_RATE) for s in stamps]
