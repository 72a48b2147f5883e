"""Fixtures for the DeepSpeech2 tests: tiny modules, command-line runs, one trained checkpoint."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from preprocessing.manifest import read_manifest
from preprocessing.tokenizer import build_tokenizer

REPO = Path(__file__).resolve().parents[2]


# The test models are tiny: one thread is as fast as two on an idle machine and many times
# faster on a busy one (two OpenMP threads on contended cores mostly wait for each other).
ONE_THREAD = {**os.environ, "OMP_NUM_THREADS": "1"}


def _run_cli(command: str, *overrides: str, timeout: float = 180) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", f"deepspeech2.{command}", *overrides], cwd=REPO, env=ONE_THREAD,
                          capture_output=True, text=True, timeout=timeout)


@pytest.fixture(autouse=True, scope="module")
def one_thread():
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


def _tiny_module_kwargs(tokenizer, n_mels: int = 40, **model) -> dict:
    model = {"conv_channels": 8, "rnn_type": "gru", "rnn_hidden": 64, "rnn_layers": 2, "dropout": 0.0,
             "n_features": n_mels, "n_classes": len(tokenizer), **model}
    features = {"kind": "mel", "n_mels": n_mels, "window_ms": 20.0, "hop_ms": 10.0}
    optim = {"lr": 3e-3, "betas": [0.9, 0.999], "eps": 1e-8, "weight_decay": 0.0,
             "scheduler": {"name": "exponential", "gamma": 1.0}}
    return dict(model=model, features=features, tokenizer=tokenizer.to_dict(), optim=optim)


@pytest.fixture(scope="session")
def run_cli():
    """``run_cli("train", "key=value", …)`` runs ``python -m deepspeech2.train …`` from the repository root."""
    return _run_cli


@pytest.fixture(scope="session")
def tiny_module_kwargs():
    """``tiny_module_kwargs(tokenizer, **model)``: arguments of a small DeepSpeech2Module (20 ms log-mel)."""
    return _tiny_module_kwargs


@pytest.fixture(scope="session")
def smoke() -> list[str]:
    """A tiny model and a few CPU steps (configs/deepspeech2/experiment/smoke.yaml), CSV logs only."""
    return ["experiment=smoke", "trainer.loggers=[csv]"]


@pytest.fixture(scope="session")
def tiny_data(tiny_manifest) -> list[str]:
    """Train and validate on the 12-utterance tiny manifest."""
    return [f"data.train_manifest={tiny_manifest}", f"data.valid_manifest={tiny_manifest}"]


@pytest.fixture(scope="session")
def tiny_tokenizer(tiny_manifest):
    return build_tokenizer("syllable", read_manifest(tiny_manifest)["text"])


@pytest.fixture(scope="session")
def trained_run(smoke, tiny_data, tmp_path_factory) -> Path:
    """A run folder made by ``python -m deepspeech2.train`` with a tiny model (2 epochs of 3 batches)."""
    run_dir = tmp_path_factory.mktemp("run")
    result = _run_cli("train", *smoke, *tiny_data, "trainer.max_steps=-1", "trainer.max_epochs=2",
                      "data.max_frames_per_batch=800", f"hydra.run.dir={run_dir}")
    assert result.returncode == 0, result.stderr[-3000:]
    return run_dir


@pytest.fixture(scope="session")
def tiny_checkpoint(tiny_tokenizer, tmp_path_factory) -> Path:
    """An untrained tiny DeepSpeech2 checkpoint (20 ms log-mel, 2 × 64 GRU) with random batch-norm statistics.

    Made without training, in a fraction of a second: for tests of the plumbing around the model
    (transcription, formats, export parity), where what the model says does not matter.
    """
    from deepspeech2.module import DeepSpeech2Module

    torch.manual_seed(0)
    module = DeepSpeech2Module(**_tiny_module_kwargs(tiny_tokenizer))
    for norm in module.modules():
        if isinstance(norm, torch.nn.BatchNorm1d):
            norm.running_mean.uniform_(-0.5, 0.5)
            norm.running_var.uniform_(0.5, 2.0)
    path = tmp_path_factory.mktemp("tiny_checkpoint") / "tiny.ckpt"
    torch.save({"hyper_parameters": dict(module.hparams), "state_dict": module.state_dict()}, path)
    return path
