"""Reading and writing audio with soundfile.

All models in the toolkit work on 16 kHz mono float32 waveforms in [-1, 1].
:func:`load_audio` turns anything soundfile can open (WAV, FLAC, OGG; any rate,
any channel count) into that, or raises :class:`AudioError` with a message a
user can act on.
"""
from __future__ import annotations

import glob
import io
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np
import soundfile as sf
from scipy.signal import resample_poly

from preprocessing.files import atomic_path

SAMPLE_RATE = 16_000
AUDIO_SUFFIXES = (".wav", ".flac", ".ogg", ".mp3")  # what folder searches pick up (soundfile reads them all)


class AudioError(ValueError):
    """Audio that cannot be used: unreadable, empty, non-finite, or too long."""


@dataclass(frozen=True)
class AudioInfo:
    duration: float  # seconds
    sample_rate: int
    channels: int


def audio_info(path: str | os.PathLike) -> AudioInfo:
    """Duration, rate and channels from the file header (fast, reads no samples)."""
    try:
        info = sf.info(str(path))
    except Exception as err:  # soundfile raises several types for bad files
        raise AudioError(f"{path}: not a readable audio file ({_reason(err)})") from err
    if info.frames <= 0 or info.samplerate <= 0:
        raise AudioError(f"{path}: empty audio")
    return AudioInfo(info.frames / info.samplerate, info.samplerate, info.channels)


def load_audio(
    path: str | os.PathLike,
    sample_rate: int = SAMPLE_RATE,
    max_seconds: float | None = None,
) -> np.ndarray:
    """Load ``path`` as mono float32 at ``sample_rate``.

    Channels are averaged; other rates are resampled with a polyphase filter.

    Returns:
        ``(T,)`` float32 array.

    Raises:
        AudioError: missing, corrupt, empty, NaN/Inf-valued, or longer than ``max_seconds``.
    """
    path = Path(path)
    if not path.is_file():
        raise AudioError(f"{path}: file not found")
    if max_seconds is not None and audio_info(path).duration > max_seconds:
        raise AudioError(f"{path}: longer than the limit of {max_seconds:g} s")
    return decode_audio(str(path), sample_rate)


def decode_audio(source: str | io.BytesIO, sample_rate: int = SAMPLE_RATE, name: str | None = None) -> np.ndarray:
    """:func:`load_audio` of an open source: a path, or the bytes of a file in memory (a shard member).

    ``name`` stands for the source in error messages (default: the path).
    """
    name = name or str(source)
    try:
        samples, rate = sf.read(source, dtype="float32", always_2d=True)
    except Exception as err:
        raise AudioError(f"{name}: not a readable audio file ({_reason(err)})") from err
    if samples.shape[0] == 0:
        raise AudioError(f"{name}: empty audio")
    if not np.isfinite(samples).all():
        raise AudioError(f"{name}: contains NaN or infinite samples")
    return resample(samples.mean(axis=1), rate, sample_rate)


def resample(samples: np.ndarray, rate: int, target_rate: int) -> np.ndarray:
    """Resample a ``(T,)`` signal from ``rate`` to ``target_rate`` (float32 out)."""
    if rate == target_rate:
        return np.ascontiguousarray(samples, dtype=np.float32)
    g = math.gcd(int(rate), int(target_rate))
    out = resample_poly(samples.astype(np.float64), target_rate // g, rate // g)
    return out.astype(np.float32)


def write_audio(path: str | os.PathLike, samples: np.ndarray, sample_rate: int = SAMPLE_RATE) -> None:
    """Write ``(T,)`` float samples as 16-bit PCM (format from the extension), atomically."""
    clipped = np.clip(np.asarray(samples, dtype=np.float32), -1.0, 1.0)
    with atomic_path(path) as tmp:
        sf.write(str(tmp), clipped, sample_rate, subtype="PCM_16")


def _reason(err: Exception) -> str:
    text = str(err).strip().splitlines()[-1] if str(err).strip() else type(err).__name__
    return text[:200]


def find_audio_files(inputs: Sequence[str | os.PathLike]) -> list[Path]:
    """Files as given, folders searched recursively for audio files, glob patterns expanded (sorted).

    A path that exists is taken as it is, even if it looks like a pattern (``녹음 [1].wav``).
    A named file is kept whatever its type, and a pattern that matches nothing
    is kept as it is, so that the caller reports them (not audio, not found)
    instead of silently skipping them.
    """
    files: list[Path] = []
    for item in map(str, inputs):
        magic = glob.has_magic(item) and not os.path.lexists(item)
        matches = sorted(glob.glob(item, recursive=True)) if magic else [item]
        for match in map(Path, matches or [item]):
            if match.is_dir():
                files += sorted(p for p in match.rglob("*") if p.suffix.lower() in AUDIO_SUFFIXES and p.is_file())
            else:
                files.append(match)
    return files
