"""Counting what was dropped, and why.

Every reader and filter adds rejected items to a :class:`Rejects` list instead
of stopping; at the end a run writes ``rejects.csv`` (one row per dropped file
with its reason and message) and prints a summary by reason.
"""
from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field

import pandas as pd

from preprocessing.files import atomic_path


@dataclass
class Rejects:
    rows: list[dict] = field(default_factory=list)

    def add(self, path: str, reason: str, message: str = "") -> None:
        self.rows.append({"path": str(path), "reason": reason, "message": message})

    def extend(self, other: "Rejects") -> None:
        self.rows.extend(other.rows)

    def counts(self) -> dict[str, int]:
        """Number of rejected items per reason, most common first."""
        return dict(Counter(r["reason"] for r in self.rows).most_common())

    def __len__(self) -> int:
        return len(self.rows)

    def summary(self, total: int | None = None) -> str:
        """One line such as ``dropped 3 of 120: 2 file not found, 1 empty audio``."""
        if not self.rows:
            return "dropped nothing" + (f" of {total}" if total is not None else "")
        parts = ", ".join(f"{n} {reason}" for reason, n in self.counts().items())
        of = f" of {total}" if total is not None else ""
        return f"dropped {len(self.rows)}{of}: {parts}"

    def write(self, path: str | os.PathLike) -> None:
        """Write ``path,reason,message`` rows as CSV, atomically."""
        with atomic_path(path) as tmp:
            pd.DataFrame(self.rows, columns=["path", "reason", "message"]).to_csv(tmp, index=False)
