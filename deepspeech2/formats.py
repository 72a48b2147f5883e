"""Writing transcripts: plain text, JSON, SRT subtitles, or one CSV table.

* ``txt`` — one line per segment.
* ``json`` — ``{"path", "duration", "text", "note", "segments": [{"start", "end", "text"}]}`` (seconds).
* ``srt`` — numbered subtitles, ``HH:MM:SS,mmm --> HH:MM:SS,mmm``, one per segment with text.
* ``csv`` — one row per file: ``path, duration, text, error, note`` (failed files included).

:class:`OutputWriter` puts txt/json/srt either in one file (``output`` ends
with ``.txt``/``.json``/``.srt``; one input only) or in a folder with one file
per input, named after it (``out/<path relative to the inputs' common folder>.srt``).
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Sequence

import pandas as pd

from deepspeech2.inference import SettingError
from deepspeech2.transcription import FileResult
from preprocessing.files import atomic_path, atomic_write_text

FORMATS = ("txt", "json", "srt", "csv")


def to_txt(result: FileResult) -> str:
    return "".join(f"{segment.text}\n" for segment in result.segments if segment.text)


def to_json(result: FileResult) -> str:
    segments = [{"start": round(s.start, 3), "end": round(s.end, 3), "text": s.text} for s in result.segments]
    data = {"path": result.path, "duration": round(result.duration, 3), "text": result.text, "note": result.note,
            "segments": segments}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def srt_time(seconds: float) -> str:
    """``3725.5`` → ``01:02:05,500``."""
    milliseconds = round(seconds * 1000)
    hours, rest = divmod(milliseconds, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours:02d}:{minutes:02d}:{rest // 1000:02d},{rest % 1000:03d}"


def to_srt(result: FileResult) -> str:
    cues = [s for s in result.segments if s.text]
    return "\n".join(f"{i}\n{srt_time(s.start)} --> {srt_time(s.end)}\n{s.text}\n" for i, s in enumerate(cues, 1))


RENDER = {"txt": to_txt, "json": to_json, "srt": to_srt}


class OutputWriter:
    """Writes each :class:`FileResult` as it comes (txt/json/srt), or all of them at the end (csv).

    Raises:
        SettingError: an unknown format, or one output file for several inputs.
    """

    def __init__(self, fmt: str, output: str | os.PathLike, paths: Sequence[Path]):
        if fmt not in FORMATS:
            raise SettingError(f"format must be one of {', '.join(FORMATS)}, got {fmt!r}")
        self.fmt, self.output = fmt, Path(output)
        self.single_file = fmt == "csv" or self.output.suffix.lower() == f".{fmt}"
        if self.single_file and fmt != "csv" and len(paths) > 1:
            raise SettingError(f"output={output} is one file but there are {len(paths)} inputs; "
                             "give a folder to write one file per input")
        absolute = [str(Path(p).resolve().parent) for p in paths]
        self.root = Path(os.path.commonpath(absolute)) if absolute else Path.cwd()
        self.rows: list[dict] = []

    def target(self, path: str) -> Path:
        """Where the transcript of ``path`` goes."""
        if self.single_file:
            return self.output
        return self.output / Path(path).resolve().relative_to(self.root).with_suffix(f".{self.fmt}")

    def write(self, result: FileResult) -> None:
        if self.fmt == "csv":
            self.rows.append(dict(path=result.path, duration=result.duration, text=result.text, error=result.error,
                                  note=result.note))
        elif result.error is None:
            atomic_write_text(self.target(result.path), RENDER[self.fmt](result))

    def close(self) -> None:
        if self.fmt == "csv":
            with atomic_path(self.output) as tmp:
                pd.DataFrame(self.rows, columns=["path", "duration", "text", "error", "note"]).to_csv(
                    tmp, index=False, encoding="utf-8")
