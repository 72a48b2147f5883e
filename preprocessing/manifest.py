"""CSV manifests: the one table format every stage reads and writes.

A manifest has a header and one row per utterance::

    path,text,duration,gender,speaker,age,env
    Training/일반남여_…/0001.wav,오늘 저녁 뭐 먹을까요,2.41,female,F0003,34,실내

* ``path`` is relative to the folder holding the manifest (absolute paths are
  accepted too), so a corpus folder can be moved or shared as a whole.
* ``gender`` is ``male`` / ``female`` (empty when unknown).
* Files in the original project's header-less two-column form (``path,text``)
  are read as well.

:func:`read_manifest` returns absolute paths; :func:`write_manifest` stores
them relative to the new manifest, durations rounded to the millisecond, and
writes atomically. Wherever a manifest is read, a list of manifests is read as
one table, in order (``data.train_manifest=[data/a/train.csv,data/b/train.csv]``),
so corpora can be mixed without writing a combined file.
"""
from __future__ import annotations

import csv
import io
import os
from pathlib import Path
from typing import Sequence, Union

import pandas as pd

from preprocessing.files import atomic_path

COLUMNS = ["path", "text", "duration", "gender", "speaker", "age", "env"]


Manifests = Union[str, os.PathLike, Sequence[Union[str, os.PathLike]]]  # one manifest, or several read as one


class ManifestError(ValueError):
    """A manifest that is missing, empty or has no ``path``/``text`` columns."""


def manifest_paths(manifests: Manifests) -> list[Path]:
    """One manifest or a list of them (a Python or Hydra list) as a list of paths."""
    if isinstance(manifests, (str, os.PathLike)):
        return [Path(manifests)]
    try:
        items = list(manifests)
    except TypeError:
        raise ManifestError(f"not a manifest path or a list of them: {manifests!r}") from None
    if not items:
        raise ManifestError("an empty list of manifests (give one path, or [a.csv,b.csv])")
    for item in items:
        if not isinstance(item, (str, os.PathLike)):
            raise ManifestError(f"a list of manifests holds {item!r}, not a path")
    return [Path(item) for item in items]


def manifest_label(manifests: Manifests) -> str:
    """For messages: the manifest as given (a path, a shard folder or URL), or the list joined by `` + ``."""
    if isinstance(manifests, (str, os.PathLike)):
        return str(manifests)
    return " + ".join(map(str, manifest_paths(manifests)))


def manifest_name(manifests: Manifests) -> str:
    """A short name for log lines: the file name, or the names joined by ``+``."""
    return "+".join(path.name for path in manifest_paths(manifests))


def read_manifest(manifest: Manifests, require_rows: bool = True) -> pd.DataFrame:
    """Read a manifest (with header, or the original header-less ``path,text``) into a DataFrame.

    ``path`` values come back absolute. Missing optional columns are added empty. Given a list of
    manifests, their rows in order (each must have rows when ``require_rows``).
    """
    paths = manifest_paths(manifest)
    if len(paths) > 1:
        return pd.concat([read_manifest(p, require_rows) for p in paths], ignore_index=True)
    path = paths[0]
    if not path.is_file():
        raise ManifestError(f"manifest not found: {path} (manifests are made by `python -m preprocessing synth "
                            "--root DIR [--hours H]` for a synthetic corpus, or `python -m preprocessing aihub ...`)")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise ManifestError(f"{path}, line {line}: not UTF-8 text (byte 0x{raw[err.start]:02x}); manifests are UTF-8 "
                            "CSV files: convert it, e.g. `iconv -f cp949 -t utf-8`") from None
    first = next(csv.reader(io.StringIO(text, newline="")), None)
    if first is None:
        if require_rows:
            raise ManifestError(f"manifest is empty: {path}")
        return pd.DataFrame(columns=COLUMNS)
    has_header = first and first[0].strip().lower() == "path"
    df = pd.read_csv(
        io.StringIO(text, newline=""),
        header=0 if has_header else None,
        names=None if has_header else ["path", "text"],
        dtype={"path": str, "text": str, "gender": str, "speaker": str, "env": str},
        keep_default_na=False,
    )
    if "path" not in df.columns or "text" not in df.columns:
        raise ManifestError(f"{path}: needs 'path' and 'text' columns, found {list(df.columns)}")
    if require_rows and df.empty:
        raise ManifestError(f"manifest has no rows: {path}")
    for column in COLUMNS:
        if column not in df.columns:
            df[column] = ""
    base = path.parent.resolve()
    df["path"] = [os.path.normpath(p if os.path.isabs(p) else base / p) for p in df["path"]]
    df["duration"] = pd.to_numeric(df["duration"], errors="coerce")
    return df


def write_manifest(df: pd.DataFrame, path: str | os.PathLike) -> Path:
    """Write ``df`` as a manifest with ``path`` relative to the manifest's folder, atomically."""
    path = Path(path)
    base = path.parent.resolve()
    out = df.copy()
    for column in COLUMNS:
        if column not in out.columns:
            out[column] = ""
    out["path"] = [_relative(p, base) for p in out["path"]]
    out["duration"] = pd.to_numeric(out["duration"], errors="coerce").round(3)  # milliseconds
    extra = [c for c in out.columns if c not in COLUMNS]
    with atomic_path(path) as tmp:
        out[COLUMNS + extra].to_csv(tmp, index=False, encoding="utf-8")
    return path


def _relative(p: str, base: Path) -> str:
    p = Path(p).resolve()
    try:
        return os.path.relpath(p, base)
    except ValueError:  # a different drive on Windows
        return str(p)
