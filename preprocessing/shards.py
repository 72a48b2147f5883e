"""Manifest → shards: a few large tar files instead of one small file per utterance.

Training on a cluster reads its data from shared or object storage, where
opening millions of small WAVs is the bottleneck; reading a few hundred
megabyte-sized tar files front to back is not. A shard folder holds::

    index.csv            one row per utterance: shard, key and the manifest's columns
                         (text, duration, gender, …; ``path`` is the original file, for reference)
    shard-000000.tar     WebDataset tars: <key>.<wav|flac|…> (the original audio file's bytes,
    shard-000001.tar     unchanged) and <key>.json (the manifest row)
    rejects.csv          manifest rows left out (missing or unreadable audio), with the reason

The tars are in the WebDataset format (https://github.com/webdataset/webdataset):
plain tar files that ``tar tf`` lists, written with its ``TarWriter`` and read
with its ``gopen`` (local paths, ``file://``, ``http(s)://``, ``gs://``,
``pipe:…``) plus ``s3://`` through the AWS CLI. ``index.csv`` lets a reader
plan length-bucketed batches (``deepspeech2.data.ShardDataset``) before reading
any audio. Each shard and the index are written atomically; the source audio
and manifest are only read.
"""
from __future__ import annotations

import io
import json
import os
import shlex
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import numpy as np
import pandas as pd
from tqdm import tqdm

from preprocessing.audio import AudioError, audio_info
from preprocessing.files import atomic_path
from preprocessing.manifest import ManifestError, read_manifest
from preprocessing.report import Rejects

INDEX = "index.csv"


class ShardError(ManifestError):
    """A shard or index that cannot be read (missing, truncated, not a tar): the index is a shard folder's manifest."""


@dataclass
class ShardSummary:
    shards: int
    utterances: int
    seconds: float
    rejects: Rejects


def write_shards(manifest: str | os.PathLike, out: str | os.PathLike, max_utterances: int = 500,
                 max_megabytes: float = 256.0, seed: int | None = 0) -> ShardSummary:
    """Pack the audio and rows of ``manifest`` into ``out/shard-NNNNNN.tar`` + ``out/index.csv``.

    The rows are packed in a random order drawn with ``seed`` (``None``: the manifest's order). A manifest
    is usually grouped by speaker and session (AI Hub's folders are), and a reader streams one shard at a
    time, so shards in manifest order would feed training long runs of batches from a few speakers; shuffled,
    each shard is a sample of the whole corpus. Keys are the rows' positions in the manifest. A shard closes
    at ``max_utterances`` rows or ``max_megabytes`` of audio. Rows whose audio is missing or unreadable are
    left out and listed in ``out/rejects.csv``.
    """
    if max_utterances < 1 or max_megabytes <= 0:
        raise ValueError("--max-utterances must be ≥ 1 and --max-megabytes > 0")
    table = read_manifest(manifest)
    out = Path(out)
    if out.resolve() == Path(manifest).resolve().parent:
        raise ValueError(f"--out {out} is the manifest's folder: choose a new folder for the shards")
    rejects, rows, shard, shards = Rejects(), [], [], 0
    order = list(range(len(table))) if seed is None else np.random.default_rng(seed).permutation(len(table)).tolist()
    records = table.to_dict("records")
    for key in tqdm(order, desc="shards", unit="utt"):
        row = records[key]
        try:
            duration = audio_info(row["path"]).duration
            data = Path(row["path"]).read_bytes()
        except (AudioError, OSError) as err:
            rejects.add(row["path"], "file not found" if not Path(row["path"]).is_file() else "unreadable audio",
                        str(err))
            continue
        shard.append((f"{key:09d}", Path(row["path"]).suffix.lstrip(".").lower() or "wav", data,
                      {**row, "duration": duration}))
        if len(shard) >= max_utterances or sum(len(s[2]) for s in shard) >= max_megabytes * 1e6:
            rows += _write_shard(out / f"shard-{shards:06d}.tar", shard)
            shards, shard = shards + 1, []
    if shard:
        rows += _write_shard(out / f"shard-{shards:06d}.tar", shard)
    if not rows:
        raise ValueError(f"{manifest}: none of its {len(table)} rows has readable audio ({rejects.summary()})")
    index = pd.DataFrame(rows)
    rejects.write(out / "rejects.csv")
    with atomic_path(out / INDEX) as tmp:  # last: a folder with an index is complete
        index.to_csv(tmp, index=False, encoding="utf-8")
    return ShardSummary(index["shard"].nunique(), len(index), float(index["duration"].sum()), rejects)


def _write_shard(path: Path, utterances: list[tuple[str, str, bytes, dict]]) -> list[dict]:
    """Write one tar atomically; its rows for the index."""
    from webdataset import TarWriter  # imported where used: the Spaces import deepspeech2.data without webdataset
    with atomic_path(path) as tmp, TarWriter(str(tmp)) as sink:
        for key, extension, data, row in utterances:
            sink.write({"__key__": key, extension: data, "json": json.dumps(row, ensure_ascii=False).encode()})
    return [{"shard": path.name, "key": key, **row} for key, _, _, row in utterances]


def shard_url(root: str, name: str) -> str:
    """``root`` (a folder or a URL prefix) joined with a file name in it."""
    return f"{root.rstrip('/')}/{name}" if "://" in root else str(Path(root) / name)


def is_local(url: str) -> bool:
    return "://" not in url and not url.startswith("pipe:")


def _open(url: str):
    """A binary stream of ``url`` through WebDataset's ``gopen``, plus ``s3://`` through the AWS CLI (as the
    WebDataset documentation recommends: ``pipe:aws s3 cp URL -``)."""
    from webdataset.gopen import gopen, gopen_pipe, gopen_schemes

    gopen_schemes.setdefault("s3", lambda url, mode="rb", bufsize=8192, **kw: gopen_pipe(
        f"pipe:aws s3 cp {shlex.quote(url)} -", mode, bufsize))
    return gopen(url)


def read_index(root: str) -> pd.DataFrame:
    """The ``index.csv`` of a shard folder or URL prefix."""
    url = shard_url(root, INDEX)
    if is_local(url) and not Path(url).is_file():
        raise ShardError(f"shard index not found: {url} (shards are made by `python -m preprocessing shards "
                         "MANIFEST --out DIR`)")
    try:
        with _open(url) as stream:
            return pd.read_csv(io.BytesIO(stream.read()), encoding="utf-8", keep_default_na=False,
                               dtype={"shard": str, "key": str, "text": str})
    except (OSError, ValueError) as err:
        raise ShardError(f"{url}: cannot read the shard index ({err})") from err


def read_shard(url: str) -> dict[str, tuple[str, bytes]]:
    """key → (audio file extension, audio bytes) of one shard; :class:`ShardError` if it cannot be read whole."""
    from webdataset.tariterators import tar_file_iterator

    audio: dict[str, tuple[str, bytes]] = {}
    try:
        with _open(url) as stream:
            for member in tar_file_iterator(stream):
                key, _, extension = member["fname"].partition(".")
                if extension != "json":
                    audio[key] = (extension, member["data"])
    except (OSError, ValueError, tarfile.TarError, EOFError) as err:
        raise ShardError(f"{url}: not a readable shard ({err})") from err
    return audio


def iter_shard_members(root: str, names: list[str]) -> Iterator[tuple[str, str, bytes]]:
    """(key, extension, audio bytes) of the named shards in order; unreadable shards are passed over."""
    for name in names:
        try:
            members = read_shard(shard_url(root, name))
        except ShardError:
            continue
        for key, (extension, data) in members.items():
            yield key, extension, data
