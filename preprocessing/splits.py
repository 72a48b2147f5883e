"""Speaker-disjoint train/valid/test splits.

The original project split by utterance, so the same speakers appeared in
training and test. Here every speaker belongs to exactly one split.

* :func:`speaker_split` — assign whole speakers at random (seeded) until each
  split holds its share of the audio time.
* :func:`folder_split` — use AI Hub's own ``Training``/``Validation`` folders:
  Training → train, and Validation's speakers divided between valid and test.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

SPLITS = ("train", "valid", "test")


def speaker_split(df: pd.DataFrame, fractions=(0.9, 0.05, 0.05), seed: int = 0) -> dict[str, pd.DataFrame]:
    """Split rows so that no speaker is in two splits; shares are by duration."""
    if len(fractions) != len(SPLITS) or abs(sum(fractions) - 1) > 1e-6:
        raise ValueError(f"fractions must be three numbers that sum to 1, got {fractions}")
    seconds = df.groupby("speaker")["duration"].sum()
    speakers = sorted(seconds.index)
    order = np.random.default_rng(seed).permutation(len(speakers))
    total = seconds.sum()
    targets = np.cumsum(fractions) * total
    assigned: dict[str, str] = {}
    running = 0.0
    for i in order:
        speaker = speakers[i]
        # the split whose cumulative target this speaker's midpoint falls into
        middle = running + seconds[speaker] / 2
        split = SPLITS[min(int(np.searchsorted(targets, middle)), len(SPLITS) - 1)]
        assigned[speaker] = split
        running += seconds[speaker]
    _ensure_nonempty(assigned, fractions, [speakers[i] for i in order])
    split_of = df["speaker"].map(assigned)
    return {name: df[split_of == name].reset_index(drop=True) for name in SPLITS}


def folder_split(df: pd.DataFrame, seed: int = 0) -> dict[str, pd.DataFrame]:
    """Training folder → train; the Validation folder's speakers halved into valid and test."""
    train = df[df["folder"] == "training"].reset_index(drop=True)
    held_out = df[df["folder"] != "training"]
    if train.empty or held_out.empty:
        raise ValueError("folder split needs both Training and Validation folders")
    halves = speaker_split(held_out, fractions=(0.0, 0.5, 0.5), seed=seed)
    return {"train": train, "valid": halves["valid"], "test": halves["test"]}


def _ensure_nonempty(assigned: dict[str, str], fractions, order: list[str]) -> None:
    """With few speakers, give each split with a non-zero share at least one speaker."""
    for split, share in zip(SPLITS, fractions):
        if share > 0 and split not in assigned.values() and len(order) >= len(SPLITS):
            donor = max(SPLITS, key=lambda s: list(assigned.values()).count(s))
            speaker = next(s for s in reversed(order) if assigned[s] == donor)
            assigned[speaker] = split
