"""Benchmark: AI Hub label files parsed per second (``python -m preprocessing.bench``).

Writes ``--files`` labels in the 자유대화 layout (each with a short WAV beside
it) into a temporary folder, parses them with the real reader — with and
without opening every WAV header — and appends the figures to ``--results``
(``outputs/preprocessing/bench/benchmarks.md``; ``--results docs/benchmarks.md``
adds them to the project's record). The original project's notebook parsed about 785
files per second.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
import time
from datetime import datetime, timezone
from functools import partial
from pathlib import Path

import numpy as np
import soundfile as sf

from preprocessing.aihub import find_labels, parse_freetalk, run_parallel
from preprocessing.files import append_section

SAMPLE = {
    "발화정보": {"stt": "(SP:)오늘 저녁에 뭐 먹을까요? 김치찌개 어때요", "scriptId": "x", "fileNm": "",
               "recrdTime": "2.000", "recrdQuality": "16K", "recrdDt": "2021-01-01", "scriptSetNo": "1"},
    "대화정보": {"recrdEnvrn": "실내", "colctUnitCode": "x", "cityCode": "서울", "recrdUnit": "x", "convrsThema": "x"},
    "녹음자정보": {"gender": "여", "recorderId": "1", "age": 30},
}


def make_labels(root: Path, count: int) -> None:
    wav = np.zeros(3200, dtype=np.int16)
    for i in range(count):
        folder = root / "Training" / f"speaker_{i // 200:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        label = json.loads(json.dumps(SAMPLE))
        label["발화정보"]["fileNm"] = f"{i:06d}.wav"
        (folder / f"{i:06d}.json").write_text(json.dumps(label, ensure_ascii=False), encoding="utf-8")
        sf.write(folder / f"{i:06d}.wav", wav, 16000)


def measure(root: Path, workers: int, check_audio: bool) -> float:
    start = time.perf_counter()
    labels = find_labels(root)
    df, rejects = run_parallel(partial(parse_freetalk, check_audio=check_audio), labels, workers, "parsing")
    seconds = time.perf_counter() - start
    assert len(df) == len(labels) and not len(rejects)
    return len(labels) / seconds


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=20_000, help="label files to write and parse (default: %(default)s)")
    parser.add_argument("--workers", type=int, default=os.cpu_count(), help="parallel processes (default: all CPU cores)")
    parser.add_argument("--results", default="outputs/preprocessing/bench/benchmarks.md",
                        help="Markdown file the section is appended to (default: %(default)s; "
                             "docs/benchmarks.md to add it to the project's record)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        make_labels(Path(tmp), args.files)
        with_audio = measure(Path(tmp), args.workers, check_audio=True)
        labels_only = measure(Path(tmp), args.workers, check_audio=False)
    lines = [
        f"\n## Label parsing — {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC\n",
        f"`python -m preprocessing.bench --files {args.files} --workers {args.workers}` on "
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}\n",
        "| what | files/s |\n| --- | ---: |\n",
        f"| JSON labels + WAV header check | {with_audio:,.0f} |\n",
        f"| JSON labels only (`--no-audio-check`) | {labels_only:,.0f} |\n",
        "| original notebook (for reference) | ~785 |\n",
    ]
    print("".join(lines))
    append_section(args.results, "".join(lines))
    print(f"→ {args.results}")


if __name__ == "__main__":
    main()
