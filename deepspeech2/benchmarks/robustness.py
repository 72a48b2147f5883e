"""How much noise hurts a model: clean vs noisy CER, with and without denoising, and CER against SNR.

    rows = robustness_rows(recognizer, "ds2_small", clean="test.csv",
                           noisy={"far": "noisy_far.csv", "near": "noisy_near.csv"})
    rows += snr_sweep_rows(recognizer, "ds2_small", "test.csv", levels=[20, 10, 5, 0, -5])
    write_results(rows, "outputs/benchmark")   # results.csv/json, table.md, cer_vs_snr.png

* **Conditions** are manifests: the clean test split and the household-noise sets
  (far- and near-field; AI Hub's, or the synthetic corpus's made by
  :func:`preprocessing.synthetic.noisy.make_noisy_sets`), each decoded as it is and after
  ``noisereduce`` (:class:`~deepspeech2.inference.Recognizer` ``denoise``).
* **The SNR sweep** mixes clean test utterances with each synthetic household
  noise type (:func:`preprocessing.synthetic.noisy.noise_bank`, a seed of its own) at
  fixed SNRs, in memory (:func:`preprocessing.noise.mix_at_snr`), and with a **competing
  talker** (:func:`talker_clips`: utterances of other speakers, heard across a room), the
  household condition that hurts most: 0 dB is a TV or another person as loud as the near talker.
* The **table** has the original project's layout: 구분 | 노이즈 제거유무 | 일반 음성 CER |
  원거리 소음 CER | 근거리 소음 CER.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Iterable, Sequence

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from deepspeech2.inference import Recognizer, evaluate  # noqa: E402
from deepspeech2.metrics import corpus_error_counts  # noqa: E402
from preprocessing.audio import AudioError, load_audio  # noqa: E402
from preprocessing.files import atomic_path, atomic_write_json, atomic_write_text  # noqa: E402
from preprocessing.manifest import read_manifest  # noqa: E402
from preprocessing.noise import mix_at_snr, reverberate  # noqa: E402
from preprocessing.synthetic.noise import NEEDS_VOICES, TRAIN_NOISE_TYPES as NOISE_TYPES  # noqa: E402
from preprocessing.synthetic.noisy import babble_voices, load_rooms, noise_bank  # noqa: E402

TALKER = "talker"  # the sweep's competing-talker noise type

COLUMNS = ["model", "condition", "denoise", "noise_type", "snr_db", "utterances", "cer", "wer", "broken"]
TABLE_CONDITIONS = {"clean": "일반 음성 CER", "far": "원거리 소음 CER", "near": "근거리 소음 CER"}


def condition_row(recognizer: Recognizer, model: str, condition: str, manifest: str | os.PathLike) -> dict:
    """CER/WER of one model on one manifest, with the recognizer's current denoise setting, and how many
    transcripts have a broken syllable (stray jamo)."""
    _, summary = evaluate(recognizer, manifest)
    return dict(model=model, condition=condition, denoise=recognizer.denoise, noise_type=None, snr_db=None,
                utterances=summary["utterances"], cer=summary["cer"], wer=summary["wer"],
                broken=summary["broken_utterances"])


def sweep_utterances(manifest: str | os.PathLike, count: int) -> tuple[list[np.ndarray], list[str]]:
    """``count`` utterances spread evenly over ``manifest`` (waveforms, transcripts); unreadable rows skipped."""
    table = read_manifest(manifest)
    picks = np.unique(np.linspace(0, len(table) - 1, min(count, len(table))).round().astype(int))
    waveforms, texts = [], []
    for i in picks:
        try:
            waveforms.append(load_audio(table["path"][i]))
            texts.append(table["text"][i])
        except AudioError:
            continue
    return waveforms, texts


def snr_sweep_rows(recognizer: Recognizer, model: str, waveforms: Sequence[np.ndarray], texts: Sequence[str],
                   bank: dict[str, list[np.ndarray]], levels: Iterable[float], seed: int = 0) -> list[dict]:
    """CER at every SNR in ``levels`` for every noise type of ``bank`` (type → noise clips)."""
    rows = []
    for kind, clips in bank.items():
        for snr in levels:
            rng = np.random.default_rng([seed, NOISE_TYPES.index(kind) if kind in NOISE_TYPES else 99, int(snr + 100)])
            noisy = [mix_at_snr(w, clips[int(rng.integers(len(clips)))], float(snr), rng) for w in waveforms]
            counts = corpus_error_counts(recognizer.transcribe(noisy), texts)
            rows.append(dict(model=model, condition="snr", denoise=recognizer.denoise, noise_type=kind,
                             snr_db=float(snr), utterances=len(noisy), cer=counts.cer, wer=counts.wer))
    return rows


def sweep_noise(seed: int, types: Sequence[str]) -> dict[str, list[np.ndarray]]:
    """Two 20-s clips of each requested synthetic noise type (TV babble spoken by espeak-ng)."""
    unknown = set(types) - set(NOISE_TYPES)
    if unknown:
        raise ValueError(f"unknown noise types {sorted(unknown)}; choose from {', '.join(NOISE_TYPES)}")
    voices = babble_voices(4, seed) if set(types) & set(NEEDS_VOICES) else None
    return {kind: clips for kind, clips in noise_bank(seed, NOISE_TYPES, 2, 20.0, voices).items() if kind in types}


def talker_clips(manifest: str | os.PathLike, count: int = 20, rir_dir: str | os.PathLike | None = None,
                 seed: int = 0) -> list[np.ndarray]:
    """``count`` utterances of ``manifest`` (spread over it) as competing talkers, each reverberated by a room of
    ``rir_dir`` in turn when given (someone talking across the room); unreadable rows skipped."""
    waveforms, _ = sweep_utterances(manifest, count)
    rooms = load_rooms(rir_dir, seed) if rir_dir else []
    return [reverberate(w, rooms[k % len(rooms)]) if rooms else w for k, w in enumerate(waveforms)]


def markdown_table(results: pd.DataFrame) -> str:
    """The clean/far/near CERs as a markdown table in the original project's layout (CER in %)."""
    conditions = [c for c in TABLE_CONDITIONS if c in set(results["condition"])]
    lines = ["| 구분 | 노이즈 제거유무 | " + " | ".join(TABLE_CONDITIONS[c] for c in conditions) + " |",
             "| --- | --- | " + " | ".join("---:" for _ in conditions) + " |"]
    table = results[results["condition"].isin(conditions)]
    for (model, denoise), group in table.groupby(["model", "denoise"], sort=False):
        cer = dict(zip(group["condition"], group["cer"]))
        cells = [f"{100 * cer[c]:.2f} %" if c in cer else "–" for c in conditions]
        lines.append(f"| {model} | {'O' if denoise else 'X'} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def snr_table(results: pd.DataFrame) -> str:
    """CER (%) by noise type (rows) and SNR (columns), per model, as markdown."""
    sweep = results[results["condition"] == "snr"]
    if sweep.empty:
        return ""
    levels = sorted(sweep["snr_db"].unique(), reverse=True)
    lines = []
    for model, group in sweep.groupby("model", sort=False):
        lines += [f"**{model}** — CER (%) by SNR", "",
                  "| noise | " + " | ".join(f"{s:g} dB" for s in levels) + " |",
                  "| --- | " + " | ".join("---:" for _ in levels) + " |"]
        for kind, rows in group.groupby("noise_type", sort=False):
            cer = dict(zip(rows["snr_db"], rows["cer"]))
            lines.append(f"| {kind} | " + " | ".join(f"{100 * cer[s]:.1f}" if s in cer else "–" for s in levels) + " |")
        lines.append("")
    return "\n".join(lines)


def plot_cer_vs_snr(results: pd.DataFrame, path: str | os.PathLike) -> None:
    """One panel per model: CER against SNR, a line per noise type, the clean CER as a dashed line."""
    sweep = results[results["condition"] == "snr"]
    models = list(dict.fromkeys(sweep["model"]))
    fig, axes = plt.subplots(1, max(len(models), 1), figsize=(5.5 * max(len(models), 1), 4), squeeze=False,
                             sharey=True)
    for ax, model in zip(axes[0], models):
        for kind, rows in sweep[sweep["model"] == model].groupby("noise_type", sort=False):
            rows = rows.sort_values("snr_db")
            ax.plot(rows["snr_db"], 100 * rows["cer"], marker="o", label=kind)
        clean = results[(results["model"] == model) & (results["condition"] == "clean") & ~results["denoise"]]
        if len(clean):
            ax.axhline(100 * clean["cer"].iloc[0], color="gray", linestyle="--", label="clean")
        ax.set(title=model, xlabel="SNR (dB)", ylabel="CER (%)")
        ax.invert_xaxis()
        ax.grid(alpha=0.3)
        ax.legend(fontsize=8)
    fig.tight_layout()
    with atomic_path(path) as tmp:
        fig.savefig(tmp, format="png", dpi=120)
    plt.close(fig)


def write_results(rows: list[dict], folder: str | os.PathLike, meta: dict | None = None) -> dict[str, Path]:
    """``results.csv``, ``results.json``, ``table.md`` and ``cer_vs_snr.png`` in ``folder``; returns their paths."""
    folder = Path(folder)
    results = pd.DataFrame(rows, columns=COLUMNS)
    paths = {name: folder / name for name in ("results.csv", "results.json", "table.md", "cer_vs_snr.png")}
    with atomic_path(paths["results.csv"]) as tmp:
        results.to_csv(tmp, index=False, encoding="utf-8")
    atomic_write_json(paths["results.json"], {**(meta or {}), "results": json.loads(results.to_json(orient="records"))})
    atomic_write_text(paths["table.md"], markdown_table(results) + "\n" + snr_table(results))
    if (results["condition"] == "snr").any():
        plot_cer_vs_snr(results, paths["cer_vs_snr.png"])
    else:
        del paths["cer_vs_snr.png"]
    return paths
