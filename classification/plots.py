"""PNG figures: the confusion matrix (eval) and a conversation timeline (analyze)."""
from __future__ import annotations

import os
from typing import Sequence

import matplotlib

matplotlib.use("Agg")  # files only, no display needed
import matplotlib.pyplot as plt  # noqa: E402

from preprocessing.files import atomic_path  # noqa: E402

COLORS = {"female": "tab:red", "male": "tab:blue", "undetermined": "tab:gray"}


def plot_confusion(matrix: Sequence[Sequence[int]], labels: Sequence[str], path: str | os.PathLike) -> None:
    """Confusion matrix (rows = true, columns = predicted) with the counts written in the cells."""
    fig, ax = plt.subplots(figsize=(4, 3.5))
    ax.imshow(matrix, cmap="Blues")
    ax.set_xticks(range(len(labels)), labels)
    ax.set_yticks(range(len(labels)), labels)
    ax.set_xlabel("predicted")
    ax.set_ylabel("true")
    top = max(max(row) for row in matrix) or 1
    for i, row in enumerate(matrix):
        for j, count in enumerate(row):
            ax.text(j, i, str(count), ha="center", va="center", color="white" if count > top / 2 else "black")
    _save(fig, path)


def plot_timeline(segments: Sequence[dict], duration: float, path: str | os.PathLike, title: str = "") -> None:
    """One coloured bar per speech segment (``start``, ``end``, ``gender``) over the recording's time axis."""
    fig, ax = plt.subplots(figsize=(max(6.0, min(20.0, duration / 5)), 1.6))
    for gender, color in COLORS.items():
        spans = [(s["start"], s["end"] - s["start"]) for s in segments if s["gender"] == gender]
        if spans:
            ax.broken_barh(spans, (0, 1), facecolors=color, label=gender)
    ax.set_xlim(0, max(duration, 1e-3))
    ax.set_ylim(0, 1)
    ax.set_yticks([])
    ax.set_xlabel("time (s)")
    ax.set_title(title, fontsize=9, loc="left")
    ax.legend(loc="lower right", bbox_to_anchor=(1.0, 1.0), ncol=len(COLORS), frameon=False, fontsize=8)
    _save(fig, path)


def _save(fig: plt.Figure, path: str | os.PathLike) -> None:
    fig.tight_layout()
    with atomic_path(path) as tmp:
        fig.savefig(tmp, dpi=100)
    plt.close(fig)
