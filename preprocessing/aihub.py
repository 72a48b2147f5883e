"""Readers for AI Hub label files → manifest rows.

Two corpora, one code path each; the embedded synthetic corpus is written in
the same layouts, so these readers are what every demo and test runs.

**자유대화 음성 (일반남녀)** — one JSON label beside each WAV, a folder per
recording set (``Training/일반남여_일반통합01_F_1536588430_38_경상_실내/…``)::

    {"발화정보": {"stt": "...", "fileNm": "....wav", "recrdTime": "5.000", ...},
     "대화정보": {"recrdEnvrn": "실내", ...},
     "녹음자정보": {"gender": "여", "recorderId": "...", "age": 38}}

**명령어 인식을 위한 소음 환경 데이터 (가정환경)** — labels under
``02.라벨링데이터``, audio under ``01.원천데이터`` in the same sub-folders, with
far-field (원거리) and near-field (근거리) recordings. Field names differ
between releases, so they are set in :class:`NoiseLayout`.

Label files may be UTF-8, UTF-8 with BOM or cp949. Files that cannot be used
are not fatal: they are returned as rejects with a reason.
"""
from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

import pandas as pd
from tqdm import tqdm

from preprocessing.audio import AudioError, audio_info
from preprocessing.files import LabelError, read_json
from preprocessing.report import Rejects
from preprocessing.text import TextOptions, normalize, transcript_problem

GENDERS = {"남": "male", "남성": "male", "m": "male", "male": "male",
           "여": "female", "여성": "female", "f": "female", "female": "female"}


@dataclass(frozen=True)
class NoiseLayout:
    """Where things are in an AI Hub household-noise release (adjust to the exact release)."""

    label_dir: str = "02.라벨링데이터"
    audio_dir: str = "01.원천데이터"
    name_field: str = "file.name"
    length_field: str = "file.length"
    gender_field: str = "speaker.gender"
    text_field: str = "command.text"
    far_marker: str = "원거리"
    near_marker: str = "근거리"


def field(label: dict, dotted: str):
    """``field(label, "발화정보.stt")`` → value; raises LabelError naming the missing key."""
    value = label
    for key in dotted.split("."):
        if not isinstance(value, dict) or key not in value:
            raise LabelError(f"missing key {dotted}")
        value = value[key]
    return value


def gender_of(value) -> str:
    """Map AI Hub gender values (남/여, 남성/여성, M/F) to ``male``/``female``."""
    gender = GENDERS.get(str(value).strip().lower())
    if gender is None:
        raise LabelError(f"unknown gender {value!r}")
    return gender


def parse_freetalk(json_path: str, options: TextOptions = TextOptions(), check_audio: bool = True):
    """One 자유대화 label → ``(row, None)`` or ``(None, (reason, message))``."""
    try:
        label = read_json(json_path)
        raw = field(label, "발화정보.stt")
        wav = Path(json_path).with_name(str(field(label, "발화정보.fileNm")))
        row = {
            "path": str(wav),
            "raw_text": str(raw),
            "duration": float(field(label, "발화정보.recrdTime") or 0),
            "gender": gender_of(field(label, "녹음자정보.gender")),
            "speaker": str(field(label, "녹음자정보.recorderId")),
            "age": int(field(label, "녹음자정보.age")),
            "env": str(field(label, "대화정보.recrdEnvrn")),
            "folder": _release_split(json_path),
        }
    except LabelError as err:
        return None, ("bad label", str(err) if str(json_path) in str(err) else f"{json_path}: {err}")
    except (TypeError, ValueError) as err:
        return None, ("bad label", f"{json_path}: {err}")
    return _finish(row, options, check_audio)


def parse_noise(json_path: str, label_root: str, audio_root: str, layout: NoiseLayout,
                options: TextOptions = TextOptions(), check_audio: bool = True):
    """One household-noise label → ``(row, None)`` or ``(None, (reason, message))``."""
    try:
        label = read_json(json_path)
        relative = Path(json_path).parent.relative_to(label_root)
        name = str(field(label, layout.name_field))
        wav = Path(audio_root) / relative / (name if Path(name).suffix else name + ".wav")
        row = {
            "path": str(wav),
            "raw_text": str(field(label, layout.text_field)),
            "duration": float(field(label, layout.length_field) or 0),
            "gender": gender_of(field(label, layout.gender_field)),
            "speaker": "", "age": "", "env": _condition(json_path, layout),
            "folder": _release_split(json_path),
        }
    except LabelError as err:
        return None, ("bad label", f"{json_path}: {err}")
    except (TypeError, ValueError) as err:
        return None, ("bad label", f"{json_path}: {err}")
    return _finish(row, options, check_audio)


def _finish(row: dict, options: TextOptions, check_audio: bool):
    """Normalize the transcript and check the audio; shared by both readers."""
    row["text"] = normalize(row["raw_text"], options)
    problem = transcript_problem(row["text"], options)
    if problem:
        return None, (problem, f"{row['path']}: {row['raw_text']!r}")
    if check_audio:
        try:
            row["duration"] = round(audio_info(row["path"]).duration, 3)
        except AudioError as err:
            reason = "audio not found" if not os.path.exists(row["path"]) else "unreadable audio"
            return None, (reason, str(err))
    if not row["duration"] > 0:
        return None, ("zero-length audio", row["path"])
    return row, None


def _release_split(path: str) -> str:
    parts = [p.lower() for p in Path(path).parts]
    for name in ("training", "validation", "test"):
        if name in parts:
            return name
    return ""


def _condition(path: str, layout: NoiseLayout) -> str:
    parts = Path(path).parts
    if any(layout.far_marker in p for p in parts):
        return "far"
    if any(layout.near_marker in p for p in parts):
        return "near"
    return ""


def run_parallel(parse: Callable, paths: list[str], workers: int, desc: str) -> tuple[pd.DataFrame, Rejects]:
    """Apply ``parse`` to every path in worker processes; collect rows and rejects, in input order."""
    rows, rejects = [], Rejects()
    chunk = max(1, min(256, len(paths) // (8 * max(workers, 1)) or 1))
    with tqdm(total=len(paths), desc=desc, unit="file", disable=None) as bar:
        if workers > 1:
            with ProcessPoolExecutor(workers) as pool:
                results: Iterable = pool.map(parse, paths, chunksize=chunk)
                for path, (row, reject) in zip(paths, results):
                    _collect(path, row, reject, rows, rejects)
                    bar.update()
        else:
            for path in paths:
                _collect(path, *parse(path), rows, rejects)
                bar.update()
    return pd.DataFrame(rows), rejects


def _collect(path, row, reject, rows, rejects):
    if row is not None:
        rows.append(row)
    else:
        rejects.add(path, *reject)


def find_labels(root: str | os.PathLike) -> list[str]:
    """All ``*.json`` files under ``root``, sorted (deterministic order)."""
    return sorted(str(p) for p in Path(root).rglob("*.json"))
