"""Progress bars for long jobs: one place that decides when tqdm shows them."""
from __future__ import annotations

from typing import Iterable, TypeVar

from tqdm import tqdm

T = TypeVar("T")


def progress_bar(items: Iterable[T], desc: str, enabled: bool = True, **options) -> tqdm:
    """``items`` wrapped in a tqdm bar on stderr, shown when ``enabled`` and stderr is a terminal."""
    return tqdm(items, desc=desc, disable=None if enabled else True, **options)
