"""The voice: Korean text spoken by espeak-ng, and the microphone and channel it is heard through.

The espeak-ng voice variants are listed in ``data/voices.tsv``: the ``train``
ones speak for training and the default valid/test speakers, the ``ood`` ones
only for the out-of-domain voice test set (one child-like variant is unused).
Each utterance draws its own pitch, speed and volume around its speaker's;
each speaker has a microphone and channel (band limits, a compressor,
sometimes clipping, a noise floor).
"""
from __future__ import annotations

import csv
import io
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile as sf
from scipy.signal import butter, sosfilt

from preprocessing.audio import SAMPLE_RATE, resample

DATA = Path(__file__).with_name("data")


def _voices(use: str) -> dict[str, tuple[str, ...]]:
    with open(DATA / "voices.tsv", encoding="utf-8") as f:
        rows = [row for row in csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")]
    return {gender: tuple(r["variant"] for r in rows if r["use"] == use and r["gender"] == gender)
            for gender in ("male", "female")}


TRAIN_VOICES = _voices("train")  # gender → espeak-ng variants
OOD_VOICES = _voices("ood")
PITCH = {"male": (20, 50), "female": (50, 85)}  # training speakers' espeak-ng -p (0–99)
SPEED = (135, 195)  # training speakers' words per minute (espeak-ng -s)
OOD_PITCH = {"male": (5, 15), "female": (90, 99)}  # outside the training ranges
OOD_SPEED = ((100, 125), (205, 235))  # slower or faster than any training speaker


@dataclass(frozen=True)
class Channel:
    """A speaker's microphone and line: band limits, compression, clipping, noise floor."""

    highpass: float = 100.0  # Hz
    lowpass: float = 7000.0  # Hz
    compression: float = 1.0  # exponent on the signal's envelope: 1 = none, 0.5 = strong
    clip: float = 1.0  # peak level where the signal is clipped (1 = never)
    noise_floor_db: float = -60.0


def random_channel(rng: np.random.Generator) -> Channel:
    """A microphone and line: phone-like to wide-band, a third compressed, one in ten clipping."""
    return Channel(highpass=float(rng.uniform(60, 300)), lowpass=float(rng.uniform(3400, 7800)),
                   compression=float(rng.uniform(0.5, 0.9)) if rng.random() < 0.33 else 1.0,
                   clip=float(rng.uniform(0.3, 0.7)) if rng.random() < 0.1 else 1.0,
                   noise_floor_db=float(rng.uniform(-65, -45)))


def speak(text: str, voice: str = "", pitch: int = 50, speed: int = 160, amplitude: int = 100) -> np.ndarray:
    """Korean ``text`` spoken by espeak-ng (``ko`` plus an optional variant) → 16 kHz float32."""
    if shutil.which("espeak-ng") is None:
        raise RuntimeError("espeak-ng is not installed (Debian/Ubuntu: apt-get install espeak-ng)")
    name = f"ko+{voice}" if voice else "ko"
    wav = subprocess.run(
        ["espeak-ng", "-v", name, "-p", str(pitch), "-s", str(speed), "-a", str(amplitude), "--stdout", text],
        check=True, capture_output=True,
    ).stdout
    samples, rate = sf.read(io.BytesIO(wav), dtype="float32")
    return resample(samples, rate, SAMPLE_RATE)


def through_channel(speech: np.ndarray, channel: Channel, rng: np.random.Generator) -> np.ndarray:
    """Band-limit, compress and clip ``speech``, pad it with room tone, set a random volume, add the noise floor."""
    sos = butter(4, [channel.highpass, channel.lowpass], btype="band", fs=SAMPLE_RATE, output="sos")
    x = sosfilt(sos, speech)
    x = x / (np.max(np.abs(x)) + 1e-9)
    if channel.compression < 1.0:  # a fast compressor: loud parts lose level against quiet ones
        x = np.sign(x) * np.abs(x) ** channel.compression
    if channel.clip < 1.0:
        x = np.clip(x, -channel.clip, channel.clip) / channel.clip
    pad = lambda: np.zeros(int(SAMPLE_RATE * rng.uniform(0.1, 0.4)))  # noqa: E731
    audio = np.concatenate([pad(), x, pad()]) * rng.uniform(0.1, 0.9)  # per-utterance volume
    audio += rng.standard_normal(len(audio)) * 10 ** (channel.noise_floor_db / 20)
    return audio.astype(np.float32)
