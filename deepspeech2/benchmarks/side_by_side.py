"""Training speed of two versions of the code, side by side:  ``python -m deepspeech2.benchmarks.side_by_side
--before REF [--before-precision fp32] [--after-precision bf16] …``.

A shared machine's speed drifts from minute to minute, so comparing timings taken at different times says
little. This benchmark checks ``REF`` (a commit, branch or tag) out in a temporary git worktree and times
the training step of the same recipes with that code ("before") and with this checkout ("after"), in
alternation (before, after, before, after … for ``--rounds``), each measurement in a fresh process with
the same threads, batches and seed. The step is
:func:`deepspeech2.benchmarks.training_speed.train_steps` on **real batches** (the training loader:
audio decoding, speed and volume perturbation, length buckets) of ``--manifest``, with each version's
own model, features and optimizer settings; each side runs under its own autocast precision.

Writes ``side_by_side.json``, ``side_by_side.md`` and ``side_by_side.png`` to ``--work-dir`` and appends the
table to ``--results`` when it is given (``docs/benchmarks.md`` for the project's record).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

import torch

from preprocessing.files import append_section, atomic_path, atomic_write_json, atomic_write_text
from preprocessing.synthetic.corpus import ensure_corpus_for

ROOT = Path(__file__).resolve().parents[2]
# name → Hydra overrides of configs/deepspeech2/train.yaml: the model as a recipe trains it
RECIPES = {
    "ds2_small_lstm": ["model=ds2_small_lstm", "features=mel", "tokenizer=jamo"],  # the model config as it is
    "ds2_small_synthetic": ["experiment=ds2_small_synthetic"],  # the demo models' recipe: GRU, 25 frames/s
    "ds2_lstm_world": ["experiment=ds2_lstm_world"],  # LSTM, 25 frames/s
}
# Runs in a fresh process inside either checkout (its own packages first on sys.path): the functions it
# uses exist in both, so the same lines time either version.
PROBE = """
import json, sys, torch
from hydra import compose, initialize_config_dir
from deepspeech2.benchmarks.training_speed import real_batches, train_steps
from deepspeech2.module import build_module
configs, manifest, precision, steps, frames, threads, overrides = json.loads(sys.argv[1])
torch.set_num_threads(threads)
torch.manual_seed(0)
with initialize_config_dir(configs, version_base="1.3"):
    cfg = compose("train", overrides + [f"data.train_manifest={manifest}", f"data.valid_manifest={manifest}"])
module = build_module(cfg)
batches = real_batches(manifest, module, frames, steps + 1, 1)
print(json.dumps(train_steps(module, batches, torch.device("cpu"), precision)))
"""


def measure(tree: Path, recipe: list[str], manifest: str, precision: str, steps: int, frames: int,
            threads: int) -> dict:
    """One timing of ``recipe``'s training step with the code in ``tree``, in a fresh process."""
    args = json.dumps([str(tree / "configs" / "deepspeech2"), str(Path(manifest).resolve()), precision, steps, frames,
                       threads, recipe])
    env = {**os.environ, "PYTHONPATH": str(tree), "OMP_NUM_THREADS": str(threads)}
    result = subprocess.run([sys.executable, "-c", PROBE, args], cwd=tree, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"error: the training step of {' '.join(recipe)} failed with the code in {tree}:\n"
                         f"{result.stderr[-2000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def worktree(ref: str, folder: Path) -> Path:
    """``ref`` checked out (detached) in ``folder``, a git worktree of this repository."""
    result = subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(folder), ref],
                            capture_output=True, text=True)
    if result.returncode != 0:
        reason = (result.stderr.strip().splitlines() or ["git failed"])[-1]
        raise SystemExit(f"error: cannot check out {ref!r} from {ROOT}: {reason}")
    return folder


def markdown(report: dict) -> str:
    lines = [f"\n## Training step side by side ({report['date']}, `{report['command']}`)\n",
             f"{report['machine']}; torch {report['torch']}; {report['threads']} threads; real batches of ≤ "
             f"{report['frames']} frames from `{report['manifest']}`, {report['steps']} timed steps per measurement "
             f"after one; {report['rounds']} rounds, before and after alternating; load average "
             f"{report['load_before']:.1f} before, {report['load_after']:.1f} after.\n",
             f"before: `{report['before']}` ({report['before_precision']}); after: `{report['after']}` "
             f"({report['after_precision']}).\n",
             "| recipe | before audio-s/s (rounds) | after audio-s/s (rounds) | after / before (medians) |",
             "| --- | --- | --- | ---: |"]
    for name, row in report["recipes"].items():
        lines.append(f"| {name} | {' / '.join(map(str, row['before']))} | {' / '.join(map(str, row['after']))} | "
                     f"×{row['speedup']:.2f} |")
    return "\n".join(lines) + "\n"


def plot(report: dict, path: Path) -> None:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = list(report["recipes"])
    fig, ax = plt.subplots(figsize=(7, 3.5))
    for k, side in enumerate(("before", "after")):
        for i, name in enumerate(names):
            values = report["recipes"][name][side]
            ax.scatter([i + (k - 0.5) * 0.3] * len(values), values, color=f"C{k}", label=side if i == 0 else None)
    ax.set_xticks(range(len(names)), names)
    ax.set_ylabel("training audio-s/s")
    ax.set_ylim(bottom=0)
    ax.legend()
    ax.set_title(f"{report['before_precision']} at {report['before'][:10]} vs {report['after_precision']} now")
    fig.tight_layout()
    with atomic_path(path) as tmp:
        fig.savefig(tmp, format="png", dpi=120)
    plt.close(fig)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", required=True, help="git commit, branch or tag of the code to compare with")
    parser.add_argument("--before-precision", default="fp32", choices=["fp32", "bf16"],
                        help="autocast precision of the steps timed with the --before code (default: %(default)s)")
    parser.add_argument("--after-precision", default="bf16", choices=["fp32", "bf16"],
                        help="autocast precision of the steps timed with this checkout (default: %(default)s)")
    parser.add_argument("--recipes", nargs="+", default=list(RECIPES), choices=list(RECIPES),
                        help="models as these recipes train them (default: all)")
    parser.add_argument("--manifest", default="data/synthetic/manifests/train.csv", help="real training batches")
    parser.add_argument("--rounds", type=int, default=3, help="measurements of each version per recipe")
    parser.add_argument("--steps", type=int, default=10, help="timed training steps per measurement")
    parser.add_argument("--max-frames", type=int, default=3000, help="padded frames per training batch")
    parser.add_argument("--threads", type=int, default=2, help="torch threads of each measurement")
    parser.add_argument("--work-dir", default="outputs/deepspeech2/side_by_side",
                        help="side_by_side.json, .md and .png go here")
    parser.add_argument("--results", help="Markdown file the table is appended to (e.g. docs/benchmarks.md)")
    args = parser.parse_args()
    ensure_corpus_for(args.manifest)
    after = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                           text=True).stdout.strip() or "this checkout"
    dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no", "--",
                            "deepspeech2", "preprocessing", "configs"], capture_output=True, text=True).stdout.strip()
    report = {"date": f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC",
              "command": "python -m deepspeech2.benchmarks.side_by_side " + " ".join(sys.argv[1:]),
              "machine": f"{platform.machine()}, {os.cpu_count()} CPUs", "torch": torch.__version__,
              "threads": args.threads, "frames": args.max_frames, "manifest": args.manifest, "steps": args.steps,
              "rounds": args.rounds, "before": args.before, "after": after + (" + uncommitted changes" if dirty else ""),
              "before_precision": args.before_precision, "after_precision": args.after_precision,
              "load_before": os.getloadavg()[0], "recipes": {}}
    with tempfile.TemporaryDirectory(prefix="side_by_side_") as tmp:
        trees = {"before": worktree(args.before, Path(tmp) / "before"), "after": ROOT}
        precision = {"before": args.before_precision, "after": args.after_precision}
        try:
            for name in args.recipes:
                row = {"before": [], "after": []}
                for round_ in range(args.rounds):
                    for side in ("before", "after"):
                        figures = measure(trees[side], RECIPES[name], args.manifest, precision[side], args.steps,
                                          args.max_frames, args.threads)
                        row[side].append(figures["audio_s_per_s"])
                        print(f"{name} round {round_ + 1} {side}: {figures}", flush=True)
                row["speedup"] = statistics.median(row["after"]) / statistics.median(row["before"])
                report["recipes"][name] = row
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(trees["before"])],
                           capture_output=True)
    report["load_after"] = os.getloadavg()[0]
    work = Path(args.work_dir)
    atomic_write_json(work / "side_by_side.json", report)
    section = markdown(report)
    atomic_write_text(work / "side_by_side.md", section)
    plot(report, work / "side_by_side.png")
    print(section)
    if args.results:
        append_section(args.results, section)


if __name__ == "__main__":
    main()
