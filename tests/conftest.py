"""Shared pytest fixtures: tiny synthetic corpora spoken by espeak-ng."""
from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import torch

from preprocessing.audio import SAMPLE_RATE, resample, write_audio
from preprocessing.manifest import read_manifest, write_manifest
from preprocessing.tokenizer import build_tokenizer

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


@pytest.fixture(autouse=True, scope="module")
def one_thread():
    """Tests run torch on one thread: the test models are tiny, and two OpenMP threads on two
    contended cores mostly wait for each other."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


@pytest.fixture(scope="session")
def tiny_manifest(tmp_path_factory) -> Path:
    """A 12-utterance manifest (6 sentences × one male and one female voice)."""
    return make_tiny_manifest(tmp_path_factory.mktemp("tiny"))


def _tiny_module_kwargs(tokenizer, n_mels: int = 40, **model) -> dict:
    model = {"conv_channels": 8, "rnn_type": "gru", "rnn_hidden": 64, "rnn_layers": 2, "dropout": 0.0,
             "n_features": n_mels, "n_classes": len(tokenizer), **model}
    features = {"kind": "mel", "n_mels": n_mels, "window_ms": 20.0, "hop_ms": 10.0}
    optim = {"lr": 3e-3, "betas": [0.9, 0.999], "eps": 1e-8, "weight_decay": 0.0,
             "scheduler": {"name": "exponential", "gamma": 1.0}}
    return dict(model=model, features=features, tokenizer=tokenizer.to_dict(), optim=optim)


@pytest.fixture(scope="session")
def tiny_module_kwargs():
    """``tiny_module_kwargs(tokenizer, **model)``: arguments of a small DeepSpeech2Module (20 ms log-mel)."""
    return _tiny_module_kwargs


@pytest.fixture(scope="session")
def tiny_tokenizer(tiny_manifest):
    return build_tokenizer("syllable", read_manifest(tiny_manifest)["text"])


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


@pytest.fixture(scope="session")
def train_until_sigterm():
    """``train_until_sigterm(module, args, run_dir)``: run ``python -m <module> …``, send SIGTERM once the first
    epoch's ``curves.png`` is written, and return ``(exit code, output)``."""
    import os
    import signal
    import sys
    import time

    repo = Path(__file__).resolve().parents[1]

    def run(module: str, args: list[str], run_dir: Path) -> tuple[int, str]:
        log = run_dir.parent / f"{run_dir.name}.log"
        with open(log, "w") as out:
            process = subprocess.Popen([sys.executable, "-m", module, *args, f"hydra.run.dir={run_dir}"], cwd=repo,
                                       env={**os.environ, "OMP_NUM_THREADS": "1"}, stdout=out, stderr=subprocess.STDOUT)
            try:
                deadline = time.time() + 150
                while not (run_dir / "curves.png").exists() and process.poll() is None and time.time() < deadline:
                    time.sleep(0.05)
                process.send_signal(signal.SIGTERM)
                code = process.wait(timeout=60)
            finally:
                process.kill()
        return code, log.read_text()
    return run


@pytest.fixture()
def tty_stderr(monkeypatch):
    """``terminal = tty_stderr()`` in a test replaces stderr by a buffer that says it is a terminal (progress bars
    show only on terminals). Called in the test itself: pytest's capture resets stderr after fixtures."""
    import io
    import sys

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    def replace() -> Terminal:
        terminal = Terminal()
        monkeypatch.setattr(sys, "stderr", terminal)
        return terminal
    return replace


@pytest.fixture(scope="session")
def argparse_parsers():
    """``argparse_parsers(main, argv)``: every ``ArgumentParser`` (sub-commands too) that ``main(argv)`` builds,
    caught when it parses (nothing runs), as ``{prog: parser}``."""
    import argparse
    import sys
    from unittest import mock

    class Parsed(Exception):
        pass

    def collect(main, argv=None) -> dict:
        caught = []

        def parse_args(self, *args, **kwargs):
            caught.append(self)
            raise Parsed

        with mock.patch.object(argparse.ArgumentParser, "parse_args", parse_args), \
                mock.patch.object(sys, "argv", ["prog"]):
            try:
                main(argv) if argv is not None else main()
            except Parsed:
                pass
        parsers, todo = {}, list(caught)
        while todo:
            parser = todo.pop()
            parsers[main.__module__ if parser.prog == "prog" else parser.prog] = parser
            for action in parser._actions:
                if isinstance(action, argparse._SubParsersAction):
                    todo += action.choices.values()
        return parsers
    return collect


@pytest.fixture(scope="session")
def undocumented_options():
    """``undocumented_options(parsers)``: ``prog option`` for every argument without a help text."""
    import argparse

    def find(parsers: dict) -> list[str]:
        return [f"{prog} {action.dest}" for prog, parser in parsers.items() for action in parser._actions
                if not isinstance(action, (argparse._HelpAction, argparse._SubParsersAction)) and not action.help]
    return find
