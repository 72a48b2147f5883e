"""Fixtures for the DeepSpeech2 tests: command-line runs and one trained run (tiny modules: tests/conftest.py)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

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
def known_errors(tiny_manifest, tmp_path_factory) -> SimpleNamespace:
    """A manifest whose CER and WER are known by hand for a model that always says "요" (``constant_checkpoint``).

    Three rows of the tiny corpus's audio with the transcripts "엄마 밥 주세요" (against "요": 5 of 6 characters
    wrong, 3 of 3 words), "요" (0 of 1, 0 of 1) and "가요 가요" (3 of 4, 2 of 2): corpus CER 8/11, WER 5/6.
    """
    from preprocessing.manifest import read_manifest, write_manifest

    table = read_manifest(tiny_manifest).iloc[[0, 3, 6]].reset_index(drop=True)
    table["text"] = ["엄마 밥 주세요", "요", "가요 가요"]
    manifest = write_manifest(table, tmp_path_factory.mktemp("known") / "known.csv")
    return SimpleNamespace(manifest=manifest, paths=list(table["path"]), texts=list(table["text"]),
                           row_cer=[5 / 6, 0.0, 3 / 4], char_errors=8, chars=11, word_errors=5, words=6,
                           cer=8 / 11, wer=5 / 6)


def _say_always(module, tokenizer, label: str = "요"):
    import torch

    norm, linear = module.model.head
    with torch.no_grad():
        norm.weight.zero_()
        norm.bias.fill_(1.0)
        linear.weight.zero_()
        linear.weight[tokenizer.labels.index(label)] = 10.0
    return module


@pytest.fixture(scope="session")
def say_always():
    """``say_always(module, tokenizer, label="요")``: make a DeepSpeech2Module predict ``label`` at every frame,
    whatever it hears, in eval mode (the head's batch norm outputs a constant 1 and only ``label``'s row of
    the output layer is non-zero): greedy decoding then gives one ``label`` per utterance."""
    return _say_always


@pytest.fixture(scope="session")
def constant_checkpoint(tiny_tokenizer, tiny_module_kwargs, tmp_path_factory) -> Path:
    """A tiny checkpoint whose model says "요" for any audio (see ``say_always``)."""
    import torch

    from deepspeech2.module import DeepSpeech2Module

    torch.manual_seed(0)
    module = _say_always(DeepSpeech2Module(**tiny_module_kwargs(tiny_tokenizer)), tiny_tokenizer)
    path = tmp_path_factory.mktemp("constant") / "constant.ckpt"
    torch.save({"hyper_parameters": dict(module.hparams), "state_dict": module.state_dict()}, path)
    return path


@pytest.fixture(scope="session")
def tiny_shards(tiny_manifest, tmp_path_factory) -> Path:
    """The tiny manifest in 4 shards of 3 utterances (python -m preprocessing shards)."""
    from preprocessing.shards import write_shards

    out = tmp_path_factory.mktemp("shards") / "tiny"
    write_shards(tiny_manifest, out, max_utterances=3)
    return out
