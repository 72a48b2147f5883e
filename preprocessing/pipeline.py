"""AI Hub folders → manifests: read labels, filter, split, write, report.

These functions are what ``python -m preprocessing aihub|noise|vocab|sentences`` run,
on the real corpus and on the embedded synthetic one alike.
"""
from __future__ import annotations

import os
import sys
from functools import partial
from pathlib import Path
from typing import Sequence

import pandas as pd

from preprocessing.aihub import NoiseLayout, find_labels, parse_freetalk, parse_noise, run_parallel
from preprocessing.files import atomic_write_json, atomic_write_text
from preprocessing.filters import FilterOptions, apply_filters
from preprocessing.manifest import COLUMNS, read_manifest, write_manifest
from preprocessing.report import Rejects
from preprocessing.splits import folder_split, speaker_split
from preprocessing.text import TextOptions, document_text, hangul_sentences
from preprocessing.tokenizer import build_tokenizer


class NoDataError(ValueError):
    """Nothing usable was found where data was expected."""


def freetalk_manifests(
    root: str | os.PathLike,
    out_dir: str | os.PathLike,
    text: TextOptions = TextOptions(),
    filters: FilterOptions = FilterOptions(),
    split: str = "folders",
    fractions: tuple[float, float, float] = (0.9, 0.05, 0.05),
    seed: int = 0,
    workers: int = os.cpu_count() or 1,
    check_audio: bool = True,
) -> dict:
    """Read every 자유대화 label under ``root`` and write ``train/valid/test.csv`` into ``out_dir``.

    ``split="folders"`` uses AI Hub's Training/Validation folders; ``"speakers"``
    makes a seeded speaker-disjoint split with ``fractions``. Also writes
    ``rejects.csv`` and ``report.json``; returns the report.
    """
    labels = find_labels(root)
    if not labels:
        raise NoDataError(f"no *.json label files under {root}")
    parse = partial(parse_freetalk, options=text, check_audio=check_audio)
    df, rejects = run_parallel(parse, labels, workers, desc="reading labels")
    if df.empty:
        raise NoDataError(f"none of the {len(labels)} label files under {root} is usable: {rejects.summary()}")
    warnings: list[str] = []
    df = apply_filters(df, filters, rejects, warnings)
    parts = folder_split(df, seed) if split == "folders" else speaker_split(df, fractions, seed)
    shares = dict(zip(("train", "valid", "test"), fractions if split == "speakers" else (1, 1, 1)))
    for name, part in parts.items():
        if part.empty and shares[name] > 0:
            warnings.append(f"the {name} split is empty: {df['speaker'].nunique()} speakers were left after filtering "
                            f"and no speaker may be in two splits (--split {split})")
    return _write_outputs(parts, rejects, len(labels), out_dir, warnings=warnings)


def noise_manifests(
    root: str | os.PathLike,
    out_dir: str | os.PathLike,
    layout: NoiseLayout = NoiseLayout(),
    text: TextOptions = TextOptions(),
    workers: int = os.cpu_count() or 1,
    prefix: str = "noisy",
) -> dict:
    """Read a household-noise release under ``root``; write ``<prefix>_far.csv`` and ``<prefix>_near.csv``."""
    label_root, audio_root = Path(root) / layout.label_dir, Path(root) / layout.audio_dir
    labels = find_labels(label_root)
    if not labels:
        raise NoDataError(f"no *.json label files under {label_root}")
    parse = partial(parse_noise, label_root=str(label_root), audio_root=str(audio_root), layout=layout, options=text)
    df, rejects = run_parallel(parse, labels, workers, desc="reading noise labels")
    if df.empty:
        raise NoDataError(f"none of the {len(labels)} label files under {label_root} is usable: {rejects.summary()}")
    parts = {f"{prefix}_{condition}": df[df["env"] == condition] for condition in ("far", "near")}
    return _write_outputs(parts, rejects, len(labels), out_dir, report_name=f"{prefix}_report.json",
                          rejects_name=f"{prefix}_rejects.csv")


def _write_outputs(parts: dict[str, pd.DataFrame], rejects: Rejects, total: int, out_dir, *,
                   report_name="report.json", rejects_name="rejects.csv", warnings: Sequence[str] = ()) -> dict:
    """Write the manifests, the rejects and the report (with ``warnings``, also printed to stderr)."""
    out_dir = Path(out_dir)
    report = {"label_files": total, "rejected": len(rejects), "rejects_by_reason": rejects.counts(),
              "warnings": list(warnings), "splits": {}}
    for name, part in parts.items():
        write_manifest(part[[c for c in COLUMNS if c in part.columns]], out_dir / f"{name}.csv")
        report["splits"][name] = {
            "utterances": int(len(part)),
            "hours": round(float(part["duration"].sum()) / 3600, 3),
            "speakers": int(part["speaker"].nunique()),
            "female_share": round(float((part["gender"] == "female").mean()), 3) if len(part) else 0.0,
        }
    rejects.write(out_dir / rejects_name)
    atomic_write_json(out_dir / report_name, report)
    print(rejects.summary(total))
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return report


def vocabulary(manifest: str | os.PathLike, out: str | os.PathLike, kind: str = "syllable", min_count: int = 1) -> int:
    """Build a ``syllable`` or ``jamo`` vocabulary from a training manifest; return its size."""
    tokenizer = build_tokenizer(kind, read_manifest(manifest)["text"], min_count)
    tokenizer.save(out)
    return len(tokenizer)


DOCUMENT_SUFFIXES = (".html", ".htm", ".xhtml", ".txt")


def document_texts(paths: Sequence[str | os.PathLike]) -> list[str]:
    """The text of each document under ``paths`` (files, or folders searched for ``.html``, ``.htm``, ``.xhtml`` and
    ``.txt`` files), in path order; HTML is read as its text (:func:`~preprocessing.text.document_text`), every file
    as UTF-8 with undecodable bytes replaced (U+FFFD), so that no Hangul sentence is made of them.

    Raises:
        NoDataError: a path does not exist, or there is no document under them.
    """
    files = []
    for path in map(Path, paths):
        if not path.exists():
            raise NoDataError(f"{path}: no such file or folder")
        if path.is_dir():
            files += sorted(f for f in path.rglob("*") if f.suffix.lower() in DOCUMENT_SUFFIXES and f.is_file())
        else:
            files.append(path)
    if not files:
        raise NoDataError(f"no {', '.join(DOCUMENT_SUFFIXES)} file under {', '.join(map(str, paths))}")
    texts = [file.read_text(encoding="utf-8", errors="replace") for file in files]
    return [text if file.suffix.lower() == ".txt" else document_text(text) for file, text in zip(files, texts)]


def document_sentences(paths: Sequence[str | os.PathLike], out: str | os.PathLike, min_words: int = 2) -> dict:
    """Hangul sentences of written documents (:func:`document_texts`) → ``out``, one per line, each once.

    The text for ``python -m deepspeech2.lm build --text``; the documents are not changed.

    Returns:
        ``{"files": read, "sentences": written}``.

    Raises:
        NoDataError: no document under ``paths``, or no sentence in them.
    """
    texts = document_texts(paths)
    sentences = dict.fromkeys(sentence for text in texts for sentence in hangul_sentences(text, min_words))
    if not sentences:
        raise NoDataError(f"no Hangul sentence of {min_words}+ words in the {len(texts)} files")
    atomic_write_text(out, "".join(f"{sentence}\n" for sentence in sentences))
    return {"files": len(texts), "sentences": len(sentences)}
