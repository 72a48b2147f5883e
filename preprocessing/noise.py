"""Household noise: synthetic noise generators, SNR mixing and simple reverberation.

Used for the noisy test sets of the embedded corpus and for noise-injection
training. The generators are signal models (filtered noise, hums, motors,
babble from speech), not recordings: they resemble household noise
spectrally, but numbers measured with them are not real-world numbers.
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


# --- synthetic household noises -------------------------------------------------------------
# Each generator returns ``seconds`` of float32 noise at ``rate``, normalized to RMS 0.1.

NOISE_TYPES = ("vacuum", "washing_machine", "tv_babble", "kitchen", "fan")


def _normalized(x: np.ndarray) -> np.ndarray:
    return (0.1 * x / rms(x)).astype(np.float32)


def _colored(n: int, rng: np.random.Generator, exponent: float) -> np.ndarray:
    """Noise with power spectrum ∝ 1/f^exponent (0 white, 1 pink, 2 brown)."""
    spectrum = np.fft.rfft(rng.standard_normal(n))
    freqs = np.maximum(np.fft.rfftfreq(n), 1.0 / n)
    return np.fft.irfft(spectrum / freqs ** (exponent / 2), n)


def _band(x: np.ndarray, rate: int, low: float, high: float) -> np.ndarray:
    """Zero-phase band-pass (4th-order Butterworth)."""
    from scipy.signal import butter, sosfiltfilt

    sos = butter(4, [low, min(high, rate / 2 * 0.99)], btype="band", fs=rate, output="sos")
    return sosfiltfilt(sos, x)


def _harmonics(t: np.ndarray, f0: float, count: int, rng: np.random.Generator) -> np.ndarray:
    drift = 1 + 0.01 * np.sin(2 * np.pi * rng.uniform(0.05, 0.3) * t)
    return sum(np.sin(2 * np.pi * f0 * k * t * drift + rng.uniform(0, 2 * np.pi)) / k for k in range(1, count + 1))


def vacuum(seconds: float, rate: int, rng: np.random.Generator) -> np.ndarray:
    """Motor whine (harmonics of 150–300 Hz) over loud broadband airflow noise."""
    n = int(seconds * rate)
    t = np.arange(n) / rate
    air = _band(_colored(n, rng, 0.5), rate, 300, 7000)
    motor = _harmonics(t, rng.uniform(150, 300), 6, rng)
    return _normalized(air / rms(air) + 0.4 * motor / rms(motor))


def washing_machine(seconds: float, rate: int, rng: np.random.Generator) -> np.ndarray:
    """Low drum rumble, amplitude-modulated by the rotation, with water sloshing."""
    n = int(seconds * rate)
    t = np.arange(n) / rate
    rumble = _band(_colored(n, rng, 2.0), rate, 30, 400)
    rotation = 0.6 + 0.4 * np.sin(2 * np.pi * rng.uniform(0.5, 1.5) * t) ** 2
    water = _band(rng.standard_normal(n), rate, 800, 4000) * (0.5 + 0.5 * np.sin(2 * np.pi * 0.3 * t) ** 2)
    return _normalized(rumble / rms(rumble) * rotation + 0.3 * water / rms(water))


def fan(seconds: float, rate: int, rng: np.random.Generator) -> np.ndarray:
    """Steady pink noise with a blade-pass tone."""
    n = int(seconds * rate)
    t = np.arange(n) / rate
    air = _band(_colored(n, rng, 1.0), rate, 50, 5000)
    blade = _harmonics(t, rng.uniform(40, 90), 3, rng)
    return _normalized(air / rms(air) + 0.2 * blade / rms(blade))


def kitchen(seconds: float, rate: int, rng: np.random.Generator) -> np.ndarray:
    """Running water plus random dish clinks (decaying high tones)."""
    n = int(seconds * rate)
    water = _band(rng.standard_normal(n), rate, 500, 6000)
    out = 0.5 * water / rms(water)
    for _ in range(int(seconds * rng.uniform(1, 4))):
        start = int(rng.integers(0, n))
        length = min(n - start, int(rate * rng.uniform(0.05, 0.3)))
        tt = np.arange(length) / rate
        freq = rng.uniform(1500, 5000)
        out[start : start + length] += rng.uniform(1, 4) * np.sin(2 * np.pi * freq * tt) * np.exp(-tt * rng.uniform(15, 40))
    return _normalized(out)


def tv_babble(seconds: float, rate: int, rng: np.random.Generator, voices: list[np.ndarray] | None = None) -> np.ndarray:
    """Several overlapping talkers (from ``voices``) through a band-limited 'TV speaker', plus hiss."""
    n = int(seconds * rate)
    out = np.zeros(n)
    for voice in voices or []:
        out += rng.uniform(0.5, 1.0) * fit_length(voice, n, rng) / rms(voice)
    hiss = _band(rng.standard_normal(n), rate, 200, 6000)
    out = out + (0.2 if voices else 1.0) * hiss / rms(hiss)
    return _normalized(_band(out, rate, 150, 5000))


GENERATORS = {"vacuum": vacuum, "washing_machine": washing_machine, "tv_babble": tv_babble,
              "kitchen": kitchen, "fan": fan}


def room_impulse_response(rate: int, rng: np.random.Generator, rt60: float | None = None) -> np.ndarray:
    """A synthetic room impulse response: direct path, then exponentially decaying noise (RT60 0.3–0.9 s)."""
    rt60 = rt60 or float(rng.uniform(0.3, 0.9))
    n = int(rate * rt60)
    t = np.arange(n) / rate
    tail = rng.standard_normal(n) * np.exp(-6.9 * t / rt60)  # −60 dB at rt60
    delay = int(rate * rng.uniform(0.005, 0.02))
    rir = np.zeros(n + delay)
    rir[0] = 1.0
    rir[delay:] += 0.5 * tail
    return (rir / np.sqrt(np.sum(rir**2))).astype(np.float32)


def reverberate(speech: np.ndarray, rir: np.ndarray) -> np.ndarray:
    """Convolve with a room response, keep the original length and loudness."""
    from scipy.signal import fftconvolve

    wet = fftconvolve(speech, rir)[: len(speech)]
    return (wet * rms(speech) / rms(wet)).astype(np.float32)
