"""Fixtures for the gender-classifier tests: a tiny trained checkpoint, synthetic conversations, CLI runs.

Shared things are fixtures (not importable helpers) so that no test module
depends on which ``conftest`` Python imported last.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hydra import compose, initialize_config_dir

from classification.module import train
from preprocessing.audio import SAMPLE_RATE, write_audio
from preprocessing.synthetic.voice import speak

REPO = Path(__file__).resolve().parents[2]
CONFIGS = REPO / "configs" / "classification"
VOICES = {"male": ("m3", 40), "female": ("f3", 70)}  # the voices of the tiny_manifest fixture
# A small, fast gender_cnn that overfits tiny_manifest's two voices in a few seconds on 2 CPU cores.
TINY = ["model.channels=[8,16,32,32]", "model.dropout=0.0", "augment=none", "data.batch_size=4",
        "data.num_workers=0", "data.crop_seconds=2.0", "optim.lr=0.01", "trainer.max_epochs=20",
        "trainer.enable_progress_bar=false", "trainer.num_sanity_val_steps=0", "trainer.log_every_n_steps=1"]


def data_overrides(manifest: Path) -> list[str]:
    return [f"data.train_manifest={manifest}", f"data.valid_manifest={manifest}"]


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def tiny_overrides(tiny_manifest) -> list[str]:
    """Overrides of ``train.yaml`` for a few-second training run on ``tiny_manifest``."""
    return [*TINY, *data_overrides(tiny_manifest)]


@pytest.fixture(scope="session")
def train_config():
    """``train_config(overrides)`` → the composed ``configs/classification/train.yaml``."""
    def compose_train(overrides: list[str]):
        with initialize_config_dir(version_base="1.3", config_dir=str(CONFIGS)):
            return compose("train", overrides=overrides)
    return compose_train


@pytest.fixture(scope="session")
def tiny_run(tiny_overrides, train_config, tmp_path_factory) -> Path:
    """A run folder trained on ``tiny_manifest`` (in-process), with ``export.ckpt`` next to ``checkpoints/``."""
    run_dir = tmp_path_factory.mktemp("gender_run")
    train(train_config([*tiny_overrides, f"export={run_dir / 'export.ckpt'}"]), run_dir)
    return run_dir


@pytest.fixture(scope="session")
def tiny_checkpoint(tiny_run) -> Path:
    """The exported (inference-only) checkpoint of :func:`tiny_run`."""
    return tiny_run / "export.ckpt"


@pytest.fixture(scope="session")
def run_cli():
    """``run_cli(command, *overrides)`` → ``python -m classification.<command> …`` run from the repository root."""
    def run(command: str, *args: str, timeout: float = 180) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", f"classification.{command}", *args], cwd=REPO,
                              capture_output=True, text=True, timeout=timeout)
    return run


def trimmed_speech(text: str, gender: str) -> np.ndarray:
    """``text`` spoken by the tiny_manifest voice of ``gender``, without espeak's leading and trailing silence."""
    voice, pitch = VOICES[gender]
    samples = speak(text, voice, pitch)
    loud = np.flatnonzero(np.abs(samples) > 0.01)
    return samples[loud[0] : loud[-1] + 1]


@pytest.fixture(scope="session")
def conversation(tmp_path_factory) -> dict:
    """A synthetic two-speaker conversation: 8 utterances with pauses of 0.5–1.5 s, written to a WAV file.

    Returns ``path``, ``waveform``, ``turns`` (``(start, end, gender)`` in seconds) and ``seconds`` (speech per
    gender), all known exactly from the trimmed utterances.
    """
    script = [("female", "우리 같이 놀러 가요"), ("male", "저녁에 뭐 먹을까요"), ("female", "엄마 밥 주세요"),
              ("female", "오늘 날씨가 좋아요"), ("male", "아빠 어디 가요 지금"), ("female", "물 좀 주세요"),
              ("male", "학교에 가요"), ("female", "내일 또 만나요")]
    rng = np.random.default_rng(7)
    parts, turns, now = [], [], 0.0
    for gender, text in script:
        pause = np.zeros(round(rng.uniform(0.5, 1.5) * SAMPLE_RATE), dtype=np.float32)
        speech = trimmed_speech(text, gender)
        parts += [pause, speech]
        start = now + len(pause) / SAMPLE_RATE
        now = start + len(speech) / SAMPLE_RATE
        turns.append((start, now, gender))
    waveform = np.concatenate([*parts, np.zeros(SAMPLE_RATE // 2, dtype=np.float32)])
    path = tmp_path_factory.mktemp("conversation") / "conversation.wav"
    write_audio(path, waveform)
    seconds = {g: sum(end - start for start, end, who in turns if who == g) for g in VOICES}
    return {"path": path, "waveform": waveform, "turns": turns, "seconds": seconds}
