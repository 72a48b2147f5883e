"""Selecting utterances as the original project did, with every drop counted.

Filters run in this order: recording environment, age range, duration range,
gender balance, hours budget. Each dropped row goes to the :class:`Rejects`
list with its reason.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from preprocessing.report import Rejects


@dataclass(frozen=True)
class FilterOptions:
    envs: tuple[str, ...] = ()  # keep only these recording environments (e.g. 실내); empty = all
    min_age: int | None = None  # e.g. 20
    max_age: int | None = None  # e.g. 40
    min_seconds: float = 0.3
    max_seconds: float = 30.0
    female_share: float | None = None  # e.g. 0.5 for a 5:5 balance; None = keep as is
    hours: float | None = None  # total budget, e.g. 200 or 1000; None = everything
    seed: int = 0


def apply_filters(df: pd.DataFrame, options: FilterOptions, rejects: Rejects,
                  warnings: list[str] | None = None) -> pd.DataFrame:
    """Return the rows that pass; add the others to ``rejects``.

    A request that cannot be met (``female_share`` with only one gender left) is appended to ``warnings``.

    Raises:
        ValueError: ``female_share`` is not strictly between 0 and 1.
    """
    if options.female_share is not None and not 0 < options.female_share < 1:
        raise ValueError(f"--female-share must be between 0 and 1 (exclusive), got {options.female_share:g}; "
                         "to keep one gender only, filter the manifest instead")
    df = df.reset_index(drop=True)  # unique labels: the masks below align on them

    def drop(mask: pd.Series, reason: str) -> None:
        nonlocal df
        for path in df.loc[mask, "path"]:
            rejects.add(path, reason)
        df = df.loc[~mask]

    if options.envs:
        drop(~df["env"].isin(options.envs), "recording environment")
    age = pd.to_numeric(df["age"], errors="coerce")
    if options.min_age is not None:
        drop(~(age.loc[df.index] >= options.min_age), "age out of range")
    if options.max_age is not None:
        drop(~(age.loc[df.index] <= options.max_age), "age out of range")
    drop(df["duration"] < options.min_seconds, "too short")
    drop(df["duration"] > options.max_seconds, "too long")

    rng = np.random.default_rng(options.seed)
    if options.female_share is not None:
        seconds = {g: float(df.loc[df["gender"] == g, "duration"].sum()) for g in ("female", "male")}
        if not all(seconds.values()) and warnings is not None:
            missing = "female" if not seconds["female"] else "male"
            warnings.append(f"--female-share {options.female_share:g} cannot be met: no {missing} speech is left "
                            f"after the other filters ({seconds['female'] / 3600:.2f} h female, "
                            f"{seconds['male'] / 3600:.2f} h male); kept as it is")
        keep = _balanced_index(df, options.female_share, rng)
        drop(~df.index.isin(keep), "gender balance")
    if options.hours is not None:
        keep = _budget_index(df, options.hours * 3600, rng)
        drop(~df.index.isin(keep), "hours budget")
    return df.reset_index(drop=True)


def _balanced_index(df: pd.DataFrame, female_share: float, rng: np.random.Generator) -> pd.Index:
    """Downsample the larger gender (by hours) so females make up ``female_share`` of the time."""
    female = df[df["gender"] == "female"]
    male = df[df["gender"] == "male"]
    f_time, m_time = female["duration"].sum(), male["duration"].sum()
    if f_time == 0 or m_time == 0:
        return df.index
    target_f = m_time * female_share / (1 - female_share)
    if f_time > target_f:
        female = _take_seconds(female, target_f, rng)
    else:
        male = _take_seconds(male, f_time * (1 - female_share) / female_share, rng)
    return female.index.union(male.index).union(df.index[~df["gender"].isin(["male", "female"])])


def _budget_index(df: pd.DataFrame, seconds: float, rng: np.random.Generator) -> pd.Index:
    """Keep a random subset of ``seconds`` total, taking each gender in proportion."""
    total = df["duration"].sum()
    if total <= seconds:
        return df.index
    parts = [_take_seconds(g, seconds * g["duration"].sum() / total, rng) for _, g in df.groupby("gender")]
    keep = pd.Index([])
    for part in parts:
        keep = keep.union(part.index)
    return keep


def _take_seconds(df: pd.DataFrame, seconds: float, rng: np.random.Generator) -> pd.DataFrame:
    shuffled = df.iloc[rng.permutation(len(df))]
    return shuffled[shuffled["duration"].cumsum() <= seconds]
