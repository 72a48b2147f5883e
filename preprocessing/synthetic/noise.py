"""Synthetic household noises: signal models, not recordings.

Each generator returns ``seconds`` of float32 noise at ``rate``, normalized to
RMS 0.1. They resemble household noise spectrally and in their time structure
(steady motors, modulated drums, impulsive door and dish sounds, talkers,
music), but numbers measured with them are not real-world numbers.

:data:`TRAIN_NOISE_TYPES` are used by training (the noise-only folder) and by
the default noisy test sets; :data:`HELD_OUT_NOISE_TYPES` only by the
out-of-domain noisy test sets, so a model is tested on noise kinds it never heard.
"""
from __future__ import annotations

import numpy as np

from preprocessing.noise import fit_length, rms

# --- synthetic household noises -------------------------------------------------------------
# Each generator returns ``seconds`` of float32 noise at ``rate``, normalized to RMS 0.1.

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


def babble(seconds: float, rate: int, rng: np.random.Generator, voices: list[np.ndarray] | None = None) -> np.ndarray:
    """Other people talking in the room: three to six overlapping talkers at different levels."""
    n = int(seconds * rate)
    out = np.zeros(n)
    voices = voices or [_band(rng.standard_normal(rate), rate, 300, 3000)]
    for _ in range(int(rng.integers(3, 7))):
        voice = voices[int(rng.integers(len(voices)))]
        out += rng.uniform(0.3, 1.0) * fit_length(voice, n, rng) / rms(voice)
    return _normalized(out)


def music(seconds: float, rate: int, rng: np.random.Generator) -> np.ndarray:
    """A radio playing: notes of a pentatonic scale with harmonics and decaying envelopes, plus a beat."""
    n = int(seconds * rate)
    out = np.zeros(n)
    beat = 60.0 / rng.uniform(70, 140)  # seconds per beat
    scale = rng.uniform(180, 300) * 2 ** (np.array([0, 2, 4, 7, 9, 12, 14, 16]) / 12)
    for start in np.arange(0, seconds, beat / 2):
        i, length = int(start * rate), int(rate * beat * rng.choice([0.5, 1.0, 2.0]))
        tt = np.arange(min(length, n - i)) / rate
        f0 = rng.choice(scale)
        note = sum(np.sin(2 * np.pi * f0 * k * tt) / k**1.5 for k in range(1, 5)) * np.exp(-tt * rng.uniform(2, 6))
        out[i : i + len(tt)] += note
        if int(start / beat * 2) % 2 == 0:  # a drum hit on every beat
            hit = _band(rng.standard_normal(len(tt)), rate, 60, 3000) * np.exp(-tt * 30)
            out[i : i + len(tt)] += 0.8 * hit
    return _normalized(_band(out, rate, 80, 6000))


def door(seconds: float, rate: int, rng: np.random.Generator) -> np.ndarray:
    """Impulsive sounds: doors shut, cupboards bang, pots are put down (low thumps and clangs) in quiet."""
    n = int(seconds * rate)
    out = 0.02 * _band(rng.standard_normal(n), rate, 100, 4000)
    for _ in range(max(1, int(seconds * rng.uniform(0.3, 1.0)))):
        start = int(rng.integers(0, n))
        length = min(n - start, int(rate * rng.uniform(0.1, 0.5)))
        tt = np.arange(length) / rate
        thump = np.sin(2 * np.pi * rng.uniform(50, 150) * tt) * np.exp(-tt * rng.uniform(10, 30))
        clang = _band(rng.standard_normal(length), rate, 800, 6000) * np.exp(-tt * rng.uniform(20, 60))
        out[start : start + length] += rng.uniform(2, 8) * (thump + rng.uniform(0, 0.7) * clang)
    return _normalized(out)


def hair_dryer(seconds: float, rate: int, rng: np.random.Generator) -> np.ndarray:
    """(held out) A high-pitched small motor (harmonics of 300–500 Hz) over bright hiss."""
    n = int(seconds * rate)
    t = np.arange(n) / rate
    air = _band(_colored(n, rng, 0.2), rate, 1000, 7500)
    motor = _harmonics(t, rng.uniform(300, 500), 8, rng)
    return _normalized(air / rms(air) + 0.6 * motor / rms(motor))


def rain(seconds: float, rate: int, rng: np.random.Generator) -> np.ndarray:
    """(held out) Rain on a window: soft broadband noise and many tiny droplet clicks."""
    n = int(seconds * rate)
    out = 0.5 * _band(_colored(n, rng, 1.0), rate, 200, 7000)
    out /= rms(out)
    drops = np.zeros(n)
    count = int(seconds * rng.uniform(100, 400))
    drops[rng.integers(0, n, count)] = rng.uniform(-20, 20, count)
    drops = _band(drops, rate, 2000, 7500)
    return _normalized(out + drops)


def alarm(seconds: float, rate: int, rng: np.random.Generator) -> np.ndarray:
    """(held out) A microwave or phone beeping: on/off tones over a quiet hum."""
    n = int(seconds * rate)
    t = np.arange(n) / rate
    period, duty = rng.uniform(0.4, 1.2), rng.uniform(0.2, 0.6)
    gate = ((t % period) < period * duty).astype(float)
    tone = np.sin(2 * np.pi * rng.uniform(800, 3000) * t) * gate
    hum = _harmonics(t, rng.choice([50.0, 60.0]), 3, rng)
    return _normalized(tone + 0.1 * hum / rms(hum))


GENERATORS = {"vacuum": vacuum, "washing_machine": washing_machine, "tv_babble": tv_babble, "kitchen": kitchen,
              "fan": fan, "babble": babble, "music": music, "door": door,
              "hair_dryer": hair_dryer, "rain": rain, "alarm": alarm}
TRAIN_NOISE_TYPES = ("vacuum", "washing_machine", "tv_babble", "kitchen", "fan", "babble", "music", "door")
HELD_OUT_NOISE_TYPES = ("hair_dryer", "rain", "alarm")
NEEDS_VOICES = ("tv_babble", "babble")  # generators that take ``voices=``: recordings of talkers
