"""Mixing speech with noise at a set SNR, and convolving it with a room's impulse response.

Used by both tasks' training augmentation (:mod:`preprocessing.augment`) and by
the synthetic corpus's noisy test sets. The noises and rooms themselves come
from files (``augment.wave.noise_dir`` / ``rir_dir``; the embedded corpus writes
both, see :mod:`preprocessing.synthetic.noise` and :mod:`preprocessing.synthetic.rooms`).
"""
from __future__ import annotations

import numpy as np


def rms(x: np.ndarray) -> float:
    """Root-mean-square level of a signal."""
    return float(np.sqrt(np.mean(np.square(x, dtype=np.float64)) + 1e-20))


def fit_length(noise: np.ndarray, length: int, rng: np.random.Generator) -> np.ndarray:
    """Tile or randomly crop ``noise`` to exactly ``length`` samples."""
    if len(noise) < length:
        noise = np.tile(noise, int(np.ceil(length / len(noise))))
    start = int(rng.integers(0, len(noise) - length + 1))
    return noise[start : start + length]


def mix_at_snr(
    speech: np.ndarray, noise: np.ndarray, snr_db: float, rng: np.random.Generator | None = None
) -> np.ndarray:
    """Add ``noise`` to ``speech`` scaled so that the speech-to-noise ratio is ``snr_db``.

    ``noise`` is tiled or cropped to the speech length. If the mixture would
    clip, both are scaled down together (the SNR is unchanged).

    Returns:
        ``(T,)`` float32 mixture.
    """
    rng = rng or np.random.default_rng()
    noise = fit_length(np.asarray(noise, dtype=np.float32), len(speech), rng)
    gain = rms(speech) / (rms(noise) * 10 ** (snr_db / 20))
    mixture = speech + gain * noise
    peak = float(np.max(np.abs(mixture))) if len(mixture) else 0.0
    if peak > 0.99:
        mixture = mixture * (0.99 / peak)
    return mixture.astype(np.float32)


def reverberate(speech: np.ndarray, rir: np.ndarray) -> np.ndarray:
    """Convolve with a room impulse response; keep the original length and loudness."""
    from scipy.signal import fftconvolve

    wet = fftconvolve(speech, rir)[: len(speech)]
    return (wet * rms(speech) / rms(wet)).astype(np.float32)
