"""Request latency of the demo apps on this machine, measured through ``gradio_client``.

    python -m spaces.latency [--requests 20] [--seconds 5] [--ds2-checkpoint PATH] [--results FILE]

Starts both apps on localhost with their default checkpoints (or the ones given), sends
sequential requests with a clip of ``--seconds`` of held-out synthetic speech (the speech
Space's example clips, one after another), and prints the median and 90th-percentile
latency per endpoint (upload, queue, inference and download included) and the median
real-time factor (latency / audio length); the speech app with greedy decoding and, when
the checkpoint has its LM (the pretrained model), with its default beam + LM. Appends the
figures to ``--results`` (default ``docs/benchmarks.md``) unless ``--no-save``.
"""
from __future__ import annotations

import argparse
import os
import platform
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np
import torch
from gradio_client import Client, handle_file

from deepspeech2.checkpoint import default_decoder
from preprocessing.audio import SAMPLE_RATE, load_audio, write_audio
from preprocessing.files import append_section
from spaces.common import load_space, read_examples, served

ROOT = Path(__file__).resolve().parents[1]


def test_clip(seconds: float, folder: Path) -> Path:
    """The speech Space's example clips one after another (repeated as needed), cut to exactly ``seconds``."""
    clips = [load_audio(path) for path in read_examples(ROOT / "spaces" / "deepspeech2_kor")["path"]]
    pieces, total = [], 0
    while total < seconds * SAMPLE_RATE:
        pieces.append(clips[len(pieces) % len(clips)])
        total += len(pieces[-1])
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
        lm = default_decoder(ds2).get("lm_path")
        runs = {
            f"deepspeech2_kor /transcribe ({decoder})": measure(
                stt.build_app(stt.SpeechDemo(ds2, lm, device="cpu")), "/transcribe", (clip, decoder, False), args.requests)
            for decoder in ["greedy"] + (["beam_lm"] if lm else [])
        } | {
            "audio_gender_classifier /classify": measure(
                gender.build_app(gender.GenderDemo(gender.ROOT / gender.DEFAULT_CHECKPOINT, device="cpu")),
                "/classify", (clip,), args.requests),
        }
    lines = [f"\n### Demo app latency ({time.strftime('%Y-%m-%d')}, `python -m spaces.latency`)\n",
             f"{platform.processor() or platform.machine()}, {torch.get_num_threads()} torch threads, "
             f"load average {os.getloadavg()[0]:.1f}, "
             f"{args.seconds:g}-s clip, {args.requests} sequential requests after one warm-up, via gradio_client "
             "on localhost (upload, queue, inference and download included).\n",
             "| endpoint | median (s) | p90 (s) | RTF (median) |", "| --- | ---: | ---: | ---: |"]
    for name, times in runs.items():
        p90 = statistics.quantiles(times, n=10)[-1] if len(times) > 1 else times[0]
        lines.append(f"| {name} | {statistics.median(times):.3f} | {p90:.3f} | "
                     f"{statistics.median(times) / args.seconds:.3f} |")
    text = "\n".join(lines) + "\n"
    print(text)
    if not args.no_save:
        append_section(args.results, text)


if __name__ == "__main__":
    main()
