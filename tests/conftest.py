"""Shared pytest fixtures: tiny synthetic corpora spoken by espeak-ng."""
from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from preprocessing.audio import SAMPLE_RATE, resample, write_audio
from preprocessing.manifest import write_manifest

TINY_SENTENCES = [
    "엄마 밥 주세요",
    "아빠 어디 가요",
    "오늘 날씨가 좋아요",
    "물 좀 주세요",
    "학교에 가요",
    "내일 만나요",
]


def speak(text: str, voice: str = "ko", pitch: int = 50, speed: int = 160) -> np.ndarray:
    """Speak ``text`` with espeak-ng and return 16 kHz mono float32 samples."""
    raw = subprocess.run(
        ["espeak-ng", "-v", voice, "-p", str(pitch), "-s", str(speed), "--stdout", text],
        check=True,
        capture_output=True,
    ).stdout
    import io

    import soundfile as sf

    samples, rate = sf.read(io.BytesIO(raw), dtype="float32")
    return resample(samples, rate, SAMPLE_RATE)


def make_tiny_manifest(folder: Path, sentences=TINY_SENTENCES, voices=(("ko+m3", "male"), ("ko+f3", "female"))):
    rows = []
    for i, text in enumerate(sentences):
        for j, (voice, gender) in enumerate(voices):
            samples = speak(text, voice=voice, pitch=40 if gender == "male" else 70)
            path = folder / "wav" / f"{i:03d}_{j}.wav"
            write_audio(path, samples)
            rows.append(
                dict(path=str(path), text=text, duration=len(samples) / SAMPLE_RATE,
                     gender=gender, speaker=f"S{j}", age=30, env="실내")
            )
    manifest = folder / "tiny.csv"
    write_manifest(pd.DataFrame(rows), manifest)
    return manifest


@pytest.fixture(scope="session")
def tiny_manifest(tmp_path_factory) -> Path:
    """A 12-utterance manifest (6 sentences × one male and one female voice)."""
    return make_tiny_manifest(tmp_path_factory.mktemp("tiny"))
