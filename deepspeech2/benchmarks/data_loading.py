"""Training data loading, files vs shards:  ``python -m deepspeech2.benchmarks.data_loading [--workers 1 2 4] …``.

For each number of loader workers, the training loader reads the same manifest from its audio files
(``data.format=files``) and from its shards (``data.format=shards``, made from it by ``python -m
preprocessing shards``), in alternation (files, shards, files, shards … for ``--rounds``), so that a
machine shared with other work slows both alike. Each measurement runs in a fresh process with the
training augmentation (speed and volume perturbation) and shuffled batches, and gives

* **audio-s/s**: seconds of audio delivered per second of wall time, after the first batch (which
  includes starting the workers), over ``--hours`` of audio;
* **setup s**: building the dataset (files: reading every audio header; shards: reading the index);
* **peak RSS** of the main process and of the largest worker (forked workers share pages with the
  main process, so their sum overstates the total).

Both read from the page cache: every file and shard is read once before the first measurement.
Writes ``bench_data.json``, ``bench_data.md`` and ``bench_data.png`` to ``--work-dir``, and appends
the table to ``--results`` only when it is given.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import torch

from deepspeech2.data import ShardDataset, ShardLoader, SpeechDataset, make_loader
from preprocessing.audio import SAMPLE_RATE
from preprocessing.augment import WaveAugment
from preprocessing.files import append_section, atomic_path, atomic_write_json, atomic_write_text
from preprocessing.manifest import read_manifest
from preprocessing.shards import read_index
from preprocessing.tokenizer import build_tokenizer

WAVE = {"speed_factors": [0.9, 1.0, 1.1], "gain_db": [-6.0, 6.0]}  # configs/deepspeech2/augment/specaugment.yaml


def measure(data_format: str, workers: int, manifest: str, shards: str, max_frames: int, hours: float) -> dict:
    """One measurement, in this process (run it in a fresh one: the peak memory is the process's)."""
    torch.set_num_threads(1)  # the main process only receives batches; idle OpenMP threads would spin on a busy CPU
    start = time.perf_counter()
    tokenizer = build_tokenizer("jamo", read_manifest(manifest)["text"])
    augment = WaveAugment(**WAVE)
    if data_format == "files":
        dataset = SpeechDataset(manifest, tokenizer, augment=augment)
        loader = make_loader(dataset, 10.0, max_frames, shuffle=True, sortagrad=False, epoch=1, num_workers=workers)
    else:
        dataset = ShardDataset(shards, tokenizer, augment=augment, max_frames=max_frames, shuffle=True, epoch=1)
        loader = ShardLoader(dataset, workers)
    setup = time.perf_counter() - start
    first, audio = None, 0.0
    for batch in loader:
        if first is None:
            first = time.perf_counter()
        elif batch is not None:
            audio += float(batch.lengths.sum()) / SAMPLE_RATE
            if audio >= hours * 3600:
                break
    elapsed = time.perf_counter() - first
    del loader  # stops and joins the workers, so that their peak memory is counted below
    return {"format": data_format, "workers": workers, "audio_s": round(audio), "audio_s_per_s": round(audio / elapsed),
            "setup_s": round(setup, 1),
            "peak_main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
            "peak_worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024}


def warm_page_cache(manifest: str, shards: str) -> None:
    shard_paths = [str(Path(shards) / name) for name in read_index(shards)["shard"].unique()]
    paths = list(read_manifest(manifest)["path"]) + shard_paths
    for path in paths:
        Path(path).read_bytes()


def markdown(report: dict) -> str:
    lines = [f"\n## Training data loading, files vs shards ({report['date']}, `{report['command']}`)\n",
             f"{report['machine']}; torch {report['torch']}; {report['audio_hours']:.1f} h of audio in "
             f"{report['utterances']} files / {report['shards']} shards; {report['hours']} h per measurement; "
             f"load average {report['load_average'][0]:.1f} before, {report['load_average'][1]:.1f} after "
             "(a shared machine: the alternation makes the comparison, not the absolute figures).\n",
             "| workers | files audio-s/s | shards audio-s/s | shards / files | setup s files / shards | "
             "peak RSS MB main + largest worker, files | shards |",
             "| ---: | ---: | ---: | ---: | --- | --- | --- |"]
    for workers, runs in report["by_workers"].items():
        best = {f: max(runs[f], key=lambda r: r["audio_s_per_s"]) for f in ("files", "shards")}
        speed = {f: " / ".join(str(r["audio_s_per_s"]) for r in runs[f]) for f in ("files", "shards")}
        ratio = best["shards"]["audio_s_per_s"] / best["files"]["audio_s_per_s"]
        memory = {f: f"{best[f]['peak_main_mb']} + {best[f]['peak_worker_mb']}" for f in ("files", "shards")}
        lines.append(f"| {workers} | {speed['files']} | {speed['shards']} | {ratio:.2f} | "
                     f"{best['files']['setup_s']} / {best['shards']['setup_s']} | {memory['files']} | "
                     f"{memory['shards']} |")
    return "\n".join(lines) + "\n\nEach round's figure, in the order measured; the ratio compares the best of each.\n"


def plot(report: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    workers = list(report["by_workers"])
    fig, ax = plt.subplots(figsize=(5, 3.2))
    for offset, data_format in ((-0.2, "files"), (0.2, "shards")):
        best = [max(r["audio_s_per_s"] for r in report["by_workers"][w][data_format]) for w in workers]
        ax.bar([i + offset for i in range(len(workers))], best, width=0.4, label=data_format)
    ax.set_xticks(range(len(workers)), [f"{w} worker{'s' * (int(w) > 1)}" for w in workers])
    ax.set_ylabel("audio-s/s (best round)")
    ax.set_title("training loader: files vs shards")
    ax.legend()
    fig.tight_layout()
    with atomic_path(path) as tmp:
        fig.savefig(tmp, dpi=120)
    plt.close(fig)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--manifest", default="data/synth8/manifests/train.csv",
                        help="the manifest of audio files to load (default: %(default)s)")
    parser.add_argument("--shards", default="data/synth8/shards/train",
                        help="the manifest's shards (python -m preprocessing shards MANIFEST --out SHARDS)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4],
                        help="DataLoader worker counts to measure (default: 1 2 4)")
    parser.add_argument("--rounds", type=int, default=2, help="measurements of each format per worker count")
    parser.add_argument("--hours", type=float, default=1.0, help="audio hours loaded per measurement")
    parser.add_argument("--max-frames", type=int, default=4000, help="padded frames per batch")
    parser.add_argument("--work-dir", default="outputs/deepspeech2/bench_data",
                        help="where bench_data.json, .md and .png go (default: %(default)s)")
    parser.add_argument("--results", help="also append the table to this Markdown file (e.g. docs/benchmarks.md)")
    parser.add_argument("--measure", nargs=2, metavar=("FORMAT", "WORKERS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:  # one measurement, in the fresh process the parent started
        print(json.dumps(measure(args.measure[0], int(args.measure[1]), args.manifest, args.shards, args.max_frames,
                                 args.hours)))
        return
    index = read_index(args.shards)
    warm_page_cache(args.manifest, args.shards)
    report = {"date": f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC",
              "command": "python -m deepspeech2.benchmarks.data_loading " + " ".join(sys.argv[1:]),
              "machine": f"{platform.machine()}, {os.cpu_count()} CPUs", "torch": torch.__version__,
              "audio_hours": float(index["duration"].sum()) / 3600, "utterances": len(index),
              "shards": index["shard"].nunique(), "hours": args.hours, "by_workers": {}}
    load_before = os.getloadavg()[0]
    for workers in args.workers:
        runs = report["by_workers"][str(workers)] = {"files": [], "shards": []}
        for _ in range(args.rounds):
            for data_format in ("files", "shards"):
                result = subprocess.run(
                    [sys.executable, "-m", "deepspeech2.benchmarks.data_loading", "--measure", data_format, str(workers),
                     "--manifest", args.manifest, "--shards", args.shards, "--max-frames", str(args.max_frames),
                     "--hours", str(args.hours)], capture_output=True, text=True, check=True)
                runs[data_format].append(json.loads(result.stdout.strip().splitlines()[-1]))
                print(json.dumps(runs[data_format][-1]), flush=True)
    report["load_average"] = [load_before, os.getloadavg()[0]]
    work = Path(args.work_dir)
    atomic_write_json(work / "bench_data.json", report)
    section = markdown(report)
    atomic_write_text(work / "bench_data.md", section)
    plot(report, work / "bench_data.png")
    print(section)
    if args.results:
        append_section(args.results, section)


if __name__ == "__main__":
    main()
