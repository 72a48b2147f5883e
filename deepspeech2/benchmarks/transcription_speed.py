"""Transcription speed and decoders (``python -m deepspeech2.benchmarks.transcription_speed [--checkpoint CKPT] [--quick]``).

For one checkpoint (default: the demo model), on the synthetic test manifest:

* real-time factor (wall seconds per audio second) of transcribing each file
  on its own and of a whole folder in batches, reading and decoding included,
  in float32 and int8 (``quantize=int8``) with greedy decoding, and in float32
  with the checkpoint's default decoder when that is not greedy (the demo
  model's beam search + LM, as in transcribe and the Space); int8's CER change;
* CER of greedy decoding, prefix beam search, and beam search with a token
  n-gram LM built from training transcripts (``--lm-manifest``) and tuned on the validation
  manifest (written to ``--work-dir``);
* wall time and peak memory (RSS) of transcribing synthetic 10, 30 and 60
  minute recordings (test utterances between pauses), each in a fresh process.

Appends a section to ``--results`` (``<work dir>/benchmarks.md``; ``--results docs/benchmarks.md`` adds it
to the project's record) and writes the figures as JSON (``--work-dir``/transcribe.json). The default run takes about 3–5 minutes on 2
CPU cores; ``--quick`` uses 2/4/8-minute recordings and a smaller α/β grid.
"""
from __future__ import annotations

import argparse
import multiprocessing
import os
import platform
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import soundfile as sf
import torch

from deepspeech2.checkpoint import DEFAULT_CHECKPOINT, default_decoder
from deepspeech2.decoding import make_decoder
from deepspeech2.inference import Recognizer, evaluate, load_recognizer
from deepspeech2.lm import ALPHAS, BETAS, DEFAULT_ORDER, build, tune
from deepspeech2.metrics import cer
from deepspeech2.transcription import transcribe_files
from preprocessing.audio import SAMPLE_RATE, load_audio
from preprocessing.files import append_section, atomic_write_json
from preprocessing.manifest import read_manifest
from preprocessing.synthetic.corpus import ensure_corpus_for
from preprocessing.vad import speech_segments

MANIFESTS = {split: Path(f"data/synthetic/manifests/{split}.csv") for split in ("train", "valid", "test")}


def real_time_factors(recognizers: dict[str, Recognizer], paths: list[str], rounds: int = 3) -> dict[str, dict]:
    """RTF of each file on its own (mean, max) and of all of them in batches of 16, for several recognizers.

    The recognizers take turns file by file, in ``rounds`` rounds of alternating order (the batched figure
    likewise), and each figure is the median over rounds: a machine that speeds up or slows down during
    the run then affects them alike, and their ratio holds.
    """
    audio = [sf.info(p).duration for p in paths]
    for recognizer in recognizers.values():
        list(transcribe_files(recognizer, paths[:2]))  # warm-up
    each = {name: [[] for _ in range(rounds)] for name in recognizers}  # per round, per file
    batched: dict[str, list[float]] = {name: [] for name in recognizers}
    for k in range(rounds):
        order = list(recognizers.items())[:: -1 if k % 2 else 1]
        for path, seconds in zip(paths, audio):
            for name, recognizer in order:
                start = time.perf_counter()
                list(transcribe_files(recognizer, [path]))
                each[name][k].append((time.perf_counter() - start) / seconds)
        for name, recognizer in order:
            start = time.perf_counter()
            list(transcribe_files(recognizer, paths, batch_size=16))
            batched[name].append((time.perf_counter() - start) / sum(audio))
    return {name: {"files": len(paths), "audio_s": round(sum(audio), 1), "rounds": rounds,
                   "rtf_per_file_mean": round(float(np.median([np.mean(r) for r in each[name]])), 4),
                   "rtf_per_file_max": round(float(np.median([max(r) for r in each[name]])), 4),
                   "rtf_batched": round(float(np.median(batched[name])), 4)} for name in recognizers}


def decoder_cers(recognizer: Recognizer, lm_path: Path, test: Path) -> dict:
    """Test-manifest CER (and decoding wall time) of greedy, beam and beam+LM decoding."""
    results = {}
    for kind in ("greedy", "beam", "beam_lm"):
        recognizer.decoder = make_decoder(kind, recognizer.tokenizer, lm_path if kind == "beam_lm" else None)
        start = time.perf_counter()
        results[kind] = {"cer": round(evaluate(recognizer, test)[1]["cer"], 4),
                         "wall_s": round(time.perf_counter() - start, 1)}
    recognizer.decoder = make_decoder("greedy", recognizer.tokenizer)
    return results


def make_recording(path: Path, test: Path, minutes: float, seed: int = 0) -> str:
    """Test utterances in random order between 0.3–1.5 s pauses of faint noise, written as it goes; → the reference."""
    rng = np.random.default_rng(seed)
    table = read_manifest(test)
    texts, written = [], 0
    with sf.SoundFile(path, "w", SAMPLE_RATE, 1, subtype="PCM_16") as f:
        while written < minutes * 60 * SAMPLE_RATE:
            row = table.iloc[rng.integers(len(table))]
            pause = (1e-3 * rng.standard_normal(int(rng.uniform(0.3, 1.5) * SAMPLE_RATE))).astype(np.float32)
            speech = load_audio(row["path"])
            f.write(np.concatenate([pause, speech]))
            written += len(pause) + len(speech)
            texts.append(row["text"])
    return " ".join(texts)


def long_recording_run(checkpoint: str, path: str, threads: int) -> dict:
    """Transcribe one long recording in this (fresh) process: wall time, resident memory before and at the peak."""
    torch.set_num_threads(threads)
    recognizer = load_recognizer(checkpoint, "cpu")
    recognizer.recognize_waveforms([np.zeros(5 * SAMPLE_RATE, dtype=np.float32)])  # warm-up
    speech_segments(np.zeros(SAMPLE_RATE, dtype=np.float32))  # loads silero-vad
    Path("/proc/self/clear_refs").write_text("5")  # Linux: the peak (VmHWM) starts again from here
    before = resident_mb("VmRSS")
    start = time.perf_counter()
    [result] = transcribe_files(recognizer, [path])
    wall = time.perf_counter() - start
    return {"wall_s": round(wall, 1), "rtf": round(wall / result.duration, 4), "segments": len(result.segments),
            "rss_before_mb": before, "peak_rss_mb": resident_mb("VmHWM"), "text": result.text}


def resident_mb(field: str) -> int:
    """``VmRSS`` (resident memory now) or ``VmHWM`` (its peak) of this process, in MiB, from /proc/self/status."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return round(int(line.split()[1]) / 1024)
    raise RuntimeError(f"no {field} in /proc/self/status")


def markdown(f: dict) -> str:
    fp32, int8, lm = f["float32"], f["int8"], f["lm"]
    decoders = f["decoders"]
    rows = [
        f"\n## Transcription — {f['date']}\n",
        f"`python -m deepspeech2.benchmarks.transcription_speed --checkpoint {f['checkpoint']} --lm-manifest {f['lm_manifest']} --threads {f['threads']}"
        f"{' --quick' if f['quick'] else ''}` on {platform.machine()}, {os.cpu_count()} cores, torch "
        f"{torch.__version__} ({f['threads']} thread(s); 15-min load average {f['load_average']:.1f} at the end). "
        f"Model: {f['parameters_m']:.2f} M parameters, {lm['units']} labels. Whole run: {f['wall_s'] / 60:.1f} min.\n",
        f"\nSynthetic test set ({fp32['files']} files, {fp32['audio_s'] / 60:.1f} min), real-time factor = "
        "wall / audio (reading, features, model and greedy decoding included; float32 and int8 take turns file "
        f"by file; median of {fp32['rounds']} rounds):\n",
        "| model | RTF per file (mean / max) | RTF batched (16 files) | CER (greedy) |\n| --- | ---: | ---: | ---: |\n",
        f"| float32 | {fp32['rtf_per_file_mean']:.4f} / {fp32['rtf_per_file_max']:.4f} | {fp32['rtf_batched']:.4f} | "
        f"{decoders['greedy']['cer']:.4f} |\n",
        f"| int8 (`quantize=int8`) | {int8['rtf_per_file_mean']:.4f} / {int8['rtf_per_file_max']:.4f} "
        f"(×{int8['speedup_per_file']:.2f} faster) | "
        f"{int8['rtf_batched']:.4f} (×{int8['speedup_batched']:.2f} faster) | "
        f"{int8['cer']:.4f} ({int8['cer_change']:+.4f}) |\n",
        *([f"| float32, the default decoder (beam + LM) | {d['rtf_per_file_mean']:.4f} / {d['rtf_per_file_max']:.4f} | "
           f"{d['rtf_batched']:.4f} | |\n"] if (d := f.get("default_decoder")) else []),
        f"\nDecoders on the same test set (LM: {lm['units']} {lm['order']}-gram from the {lm['sentences']} training "
        f"transcripts, α = {lm['alpha']}, β = {lm['beta']} tuned on the validation set, where greedy CER is "
        f"{lm['valid_greedy_cer']:.4f} and beam + LM {lm['valid_cer']:.4f}):\n",
        "| decoder | CER | wall (model + decoding) |\n| --- | ---: | ---: |\n",
        *[f"| {name} | {d['cer']:.4f} | {d['wall_s']:.1f} s |\n" for name, d in decoders.items()],
        "\nLong recordings (test utterances between 0.3–1.5 s pauses; silero-vad segments, greedy), each in a "
        "fresh process; resident memory before = torch, the model and silero-vad loaded:\n",
        "| length | wall | RTF | segments | RSS before → peak during | CER |\n",
        "| --- | ---: | ---: | ---: | ---: | ---: |\n",
        *[f"| {r['minutes']} min | {r['wall_s']:.1f} s | {r['rtf']:.4f} | {r['segments']} | "
          f"{r['rss_before_mb']} → {r['peak_rss_mb']} MB | {r['cer']:.4f} |\n" for r in f["long"]],
    ]
    return "".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--checkpoint", default=str(DEFAULT_CHECKPOINT), help="the model (default: the pretrained one)")
    parser.add_argument("--lm-manifest", default=str(MANIFESTS["train"]),
                        help="transcripts of the LM (the demo LM: data/synth8/manifests/train.csv)")
    parser.add_argument("--quick", action="store_true", help="2/4/8-minute recordings, a smaller α/β grid")
    parser.add_argument("--threads", type=int, default=torch.get_num_threads(), help="torch threads")
    parser.add_argument("--work-dir", default="outputs/deepspeech2/bench", help="for the LM and transcribe.json")
    parser.add_argument("--results", help="Markdown file the section is appended to (default: <work dir>/benchmarks.md; "
                                          "docs/benchmarks.md to add it to the project's record)")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    ensure_corpus_for(*MANIFESTS.values())
    work, started = Path(args.work_dir), time.perf_counter()
    f: dict = {"checkpoint": args.checkpoint, "lm_manifest": args.lm_manifest, "threads": args.threads, "quick": args.quick,
               "date": f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC"}

    recognizer = load_recognizer(args.checkpoint, "cpu")
    f["parameters_m"] = sum(p.numel() for p in recognizer.model.parameters()) / 1e6
    units = recognizer.tokenizer.kind
    lm_path = build(read_manifest(args.lm_manifest)["text"], units, work / f"lm_{units}.arpa", source=args.lm_manifest)
    grid = ([1.0, 2.0], [0.0, 1.0]) if args.quick else (ALPHAS, BETAS)
    tuned = tune(recognizer, lm_path, MANIFESTS["valid"], *grid)
    f["lm"] = {"units": units, "order": DEFAULT_ORDER[units], "sentences": tuned["sentences"],
               "alpha": tuned["alpha"], "beta": tuned["beta"], "valid_cer": round(tuned["tuning"]["cer"], 4),
               "valid_greedy_cer": round(tuned["tuning"]["greedy_cer"], 4), "path": str(lm_path)}
    f["decoders"] = decoder_cers(recognizer, lm_path, MANIFESTS["test"])

    paths = list(read_manifest(MANIFESTS["test"])["path"])
    int8 = load_recognizer(args.checkpoint, "cpu", quantize="int8")
    recognizers = {"float32": recognizer, "int8": int8}
    if (decoder := default_decoder(args.checkpoint))["kind"] != "greedy":
        recognizers["default_decoder"] = load_recognizer(args.checkpoint, "cpu", decoder=decoder)
    f |= real_time_factors(recognizers, paths)
    f["int8"]["speedup_batched"] = round(f["float32"]["rtf_batched"] / f["int8"]["rtf_batched"], 2)
    f["int8"]["speedup_per_file"] = round(f["float32"]["rtf_per_file_mean"] / f["int8"]["rtf_per_file_mean"], 2)
    f["int8"]["cer"] = round(evaluate(int8, MANIFESTS["test"])[1]["cer"], 4)
    f["int8"]["cer_change"] = round(f["int8"]["cer"] - f["decoders"]["greedy"]["cer"], 4)

    f["long"] = []
    with tempfile.TemporaryDirectory() as tmp:
        for minutes in (2, 4, 8) if args.quick else (10, 30, 60):
            path = Path(tmp) / f"recording_{minutes}min.wav"
            reference = make_recording(path, MANIFESTS["test"], minutes)
            with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
                run = pool.submit(long_recording_run, args.checkpoint, str(path), args.threads).result()
            run["cer"] = round(cer([run.pop("text")], [reference]), 4)
            f["long"].append({"minutes": minutes, **run})
            path.unlink()
            print(f"{minutes}-minute recording: {run}", flush=True)
    f["load_average"] = os.getloadavg()[2]  # 15-minute average: other jobs on the machine
    f["wall_s"] = round(time.perf_counter() - started)

    section = markdown(f)
    print(section)
    atomic_write_json(work / "transcribe.json", f)
    append_section(args.results or work / "benchmarks.md", section)


if __name__ == "__main__":
    main()
