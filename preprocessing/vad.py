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
    """Segmentation thresholds: ``vad`` in ``configs/deepspeech2/transcribe.yaml`` and
    ``configs/classification/analyze.yaml``, which keep these values so that both cut a recording alike."""

    threshold: float = 0.5  # speech probability above which a window is speech
    min_speech_ms: int = 250  # shorter bursts are dropped
    min_silence_ms: int = 300  # shorter pauses do not split a segment
    # Added to both ends of every segment: 0.3 s of the pause, like the silences around the training
    # utterances (with 30 ms, CER on the 10-minute benchmark recording was 0.02–0.13 higher).
    speech_pad_ms: int = 300
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


def speech_segments(waveform: np.ndarray, config: VADConfig = VADConfig(),
                    padded: bool = True) -> list[tuple[float, float]]:
    """Speech segments of a mono 16 kHz ``(T,)`` waveform, as ``(start, end)`` seconds in time order.

    ``padded=False``: the same segments without ``config.speech_pad_ms`` (the speech itself, to measure
    speaking time); :func:`pad_segments` pads them as silero-vad does.
    """
    model, get_speech_timestamps = _silero()
    pad_ms = config.speech_pad_ms if padded else 0
    stamps = get_speech_timestamps(
        np.ascontiguousarray(waveform, dtype=np.float32), model, threshold=config.threshold,
        sampling_rate=VAD_SAMPLE_RATE, min_speech_duration_ms=config.min_speech_ms,
        min_silence_duration_ms=config.min_silence_ms, speech_pad_ms=pad_ms,
        max_speech_duration_s=config.max_segment_s - 2 * (config.speech_pad_ms - pad_ms) / 1000,
    )
    return [(s["start"] / VAD_SAMPLE_RATE, s["end"] / VAD_SAMPLE_RATE) for s in stamps]


def pad_segments(segments: list[tuple[float, float]], pad_ms: float, duration: float) -> list[tuple[float, float]]:
    """``pad_ms`` of the pauses added to both ends of each segment, as silero-vad pads them: a pause shorter
    than two pads is shared at its middle, and nothing goes past ``0`` or ``duration`` seconds."""
    pad, padded = pad_ms / 1000, []
    for k, (start, end) in enumerate(segments):
        before = start - segments[k - 1][1] if k else float("inf")
        after = segments[k + 1][0] - end if k + 1 < len(segments) else float("inf")
        padded.append((max(0.0, start - (before / 2 if before < 2 * pad else pad)),
                       min(duration, end + (after / 2 if after < 2 * pad else pad))))
    return padded
