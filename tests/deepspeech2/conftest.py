"""Fixtures for the DeepSpeech2 tests: command-line runs and one trained run (tiny modules: tests/conftest.py)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


REPO = Path(__file__).resolve().parents[2]


# The test models are tiny: one thread is as fast as two on an idle machine and many times
# faster on a busy one (two OpenMP threads on contended cores mostly wait for each other).
ONE_THREAD = {**os.environ, "OMP_NUM_THREADS": "1"}


def _run_cli(command: str, *overrides: str, timeout: float = 180) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", f"deepspeech2.{command}", *overrides], cwd=REPO, env=ONE_THREAD,
                          capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="session")
def run_cli():
    """``run_cli("train", "key=value", …)`` runs ``python -m deepspeech2.train …`` from the repository root."""
    return _run_cli


@pytest.fixture(scope="session")
def smoke() -> list[str]:
    """A tiny model and a few CPU steps (configs/deepspeech2/experiment/smoke.yaml), CSV logs only."""
    return ["experiment=smoke", "trainer.loggers=[csv]"]


@pytest.fixture(scope="session")
def tiny_data(tiny_manifest) -> list[str]:
    """Train and validate on the 12-utterance tiny manifest."""
    return [f"data.train_manifest={tiny_manifest}", f"data.valid_manifest={tiny_manifest}"]


@pytest.fixture(scope="session")
def trained_run(smoke, tiny_data, tmp_path_factory) -> Path:
    """A run folder made by ``python -m deepspeech2.train`` with a tiny model (2 epochs of 3 batches)."""
    run_dir = tmp_path_factory.mktemp("run")
    result = _run_cli("train", *smoke, *tiny_data, "trainer.max_steps=-1", "trainer.max_epochs=2",
                      "data.max_frames_per_batch=800", f"hydra.run.dir={run_dir}")
    assert result.returncode == 0, result.stderr[-3000:]
    return run_dir


@pytest.fixture(scope="session")
def tiny_shards(tiny_manifest, tmp_path_factory) -> Path:
    """The tiny manifest in 4 shards of 3 utterances (python -m preprocessing shards)."""
    from preprocessing.shards import write_shards

    out = tmp_path_factory.mktemp("shards") / "tiny"
    write_shards(tiny_manifest, out, max_utterances=3)
    return out
