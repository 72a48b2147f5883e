"""Request latency of the demo apps on this machine, measured through ``gradio_client``.

    python -m spaces.latency [--requests 20] [--seconds 5] [--ds2-checkpoint PATH] [--results FILE]

Starts both apps on localhost with their default checkpoints (or the ones given), sends
sequential requests with a clip of ``--seconds`` of synthetic test speech, and prints the
median and 90th-percentile latency per endpoint (upload, queue, inference and download
included). Appends the figures to ``--results`` (default ``docs/benchmarks.md``) unless
``--no-save``.
"""
from __future__ import annotations

import argparse
import platform
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np
import torch
from gradio_client import Client, handle_file

from preprocessing.audio import SAMPLE_RATE, load_audio, write_audio
from preprocessing.files import append_section
from preprocessing.manifest import read_manifest
from preprocessing.synthetic.corpus import default_paths, ensure_default_corpus
from spaces.common import load_space, served

ROOT = Path(__file__).resolve().parents[1]


def test_clip(seconds: float, folder: Path) -> Path:
    """Consecutive synthetic test utterances cut to exactly ``seconds``."""
    ensure_default_corpus()
    pieces, total = [], 0
    for path in read_manifest(default_paths()["test"])["path"]:
        pieces.append(load_audio(path))
        total += len(pieces[-1])
        if total >= seconds * SAMPLE_RATE:
            break
    path = folder / f"clip_{seconds:g}s.wav"
    write_audio(path, np.concatenate(pieces)[: round(seconds * SAMPLE_RATE)])
    return path


def measure(app, endpoint: str, args: tuple, requests: int) -> list[float]:
    with served(app) as url:
        client = Client(url, verbose=False)
        client.predict(*args, api_name=endpoint)  # warm-up
        times = []
        for _ in range(requests):
            start = time.perf_counter()
            client.predict(*args, api_name=endpoint)
            times.append(time.perf_counter() - start)
        return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--ds2-checkpoint", default=None, help="default: the pretrained DeepSpeech2 model")
    parser.add_argument("--results", default=str(ROOT / "docs" / "benchmarks.md"))
    parser.add_argument("--no-save", action="store_true")
    args = parser.parse_args()
    stt, gender = load_space("deepspeech2_kor"), load_space("audio_gender_classifier")
    with tempfile.TemporaryDirectory() as tmp:
        clip = handle_file(str(test_clip(args.seconds, Path(tmp))))
        ds2 = args.ds2_checkpoint or stt.ROOT / stt.DEFAULT_CHECKPOINT
        runs = {
            "deepspeech2_kor /transcribe (greedy)": measure(
                stt.build_app(stt.SpeechDemo(ds2, device="cpu")), "/transcribe", (clip, "greedy", False), args.requests),
            "audio_gender_classifier /classify": measure(
                gender.build_app(gender.GenderDemo(gender.ROOT / gender.DEFAULT_CHECKPOINT, device="cpu")),
                "/classify", (clip,), args.requests),
        }
    lines = [f"\n### Demo app latency ({time.strftime('%Y-%m-%d')}, `python -m spaces.latency`)\n",
             f"{platform.processor() or platform.machine()}, {torch.get_num_threads()} torch threads, "
             f"{args.seconds:g}-s clip, {args.requests} sequential requests after one warm-up, via gradio_client "
             "on localhost (upload, queue, inference and download included).\n",
             "| endpoint | median (s) | p90 (s) |", "| --- | ---: | ---: |"]
    for name, times in runs.items():
        p90 = statistics.quantiles(times, n=10)[-1] if len(times) > 1 else times[0]
        lines.append(f"| {name} | {statistics.median(times):.3f} | {p90:.3f} |")
    text = "\n".join(lines) + "\n"
    print(text)
    if not args.no_save:
        append_section(args.results, text)


if __name__ == "__main__":
    main()
