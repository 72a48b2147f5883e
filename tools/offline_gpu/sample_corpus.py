"""A small, portable sample of a speech manifest for a machine that cannot build the corpus itself.

    python tools/offline_gpu/sample_corpus.py pack data/synthetic/manifests/train.csv .offline_data --minutes 30
    python tools/offline_gpu/sample_corpus.py expand .offline_data /tmp/corpus     # FLAC → WAV + manifest
    python tools/offline_gpu/sample_corpus.py expand .offline_data /tmp/corpus --repeat 30   # each row 30 times

``pack`` copies a seeded random sample of the manifest's rows (about ``--minutes`` of audio) as FLAC files
with ASCII names (``audio/000123.flac``) and writes ``manifest.csv`` beside them (paths relative to it,
all other columns kept). ``expand`` turns such a folder back into 16-bit WAV files and
``manifests/train.csv``, so that a training loader reads the same kind of files as from the corpus;
``--repeat N`` lists every row N times, so that a small sample still fills large batches (a 2,560-second
batch needs more audio than 20 minutes) — the loader then decodes each file several times per epoch.
Audio is read as 16 kHz mono (as training reads it); rows whose audio is missing or unreadable are
skipped and counted. The source manifest and its audio are only read.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from preprocessing.audio import AudioError, load_audio, write_audio  # noqa: E402
from preprocessing.files import atomic_write_text  # noqa: E402
from preprocessing.manifest import ManifestError, read_manifest  # noqa: E402
from preprocessing.synthetic.corpus import ensure_corpus_for  # noqa: E402


def pack(manifest: str, out: Path, minutes: float, seed: int) -> None:
    ensure_corpus_for(manifest)  # the embedded corpus is built on first use, as by every command
    rows = read_manifest(manifest).sample(frac=1.0, random_state=seed)
    rows = rows[rows["duration"].cumsum() <= minutes * 60].reset_index(drop=True)
    kept, paths = [], []
    for i, path in enumerate(rows["path"]):
        try:
            audio = load_audio(path)  # (T,) float32, 16 kHz mono
        except AudioError as err:  # missing or unreadable: left out and counted
            print(f"skipped: {err}", file=sys.stderr)
            continue
        name = f"audio/{i:06d}.flac"
        write_audio(out / name, audio)  # 16-bit FLAC: the 16-bit source exactly
        kept.append(i)
        paths.append(name)
    skipped = len(rows) - len(kept)
    rows = rows.iloc[kept].assign(path=paths)
    atomic_write_text(out / "manifest.csv", rows.to_csv(index=False))
    print(f"{len(rows)} utterances, {rows['duration'].sum() / 60:.1f} min, {skipped} skipped → {out}")


def expand(folder: Path, out: Path, repeat: int = 1) -> None:
    rows = pd.read_csv(folder / "manifest.csv")
    for name in rows["path"]:
        write_audio(out / name.replace(".flac", ".wav"), load_audio(folder / name))
    rows["path"] = ["../" + name.replace(".flac", ".wav") for name in rows["path"]]
    rows = pd.concat([rows] * repeat, ignore_index=True)
    atomic_write_text(out / "manifests" / "train.csv", rows.to_csv(index=False))
    print(f"{len(rows)} utterances → {out / 'manifests' / 'train.csv'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("pack", help="manifest → FLAC sample folder")
    p.add_argument("manifest")
    p.add_argument("out", type=Path)
    p.add_argument("--minutes", type=float, default=30.0)
    p.add_argument("--seed", type=int, default=0)
    e = commands.add_parser("expand", help="FLAC sample folder → WAV files and manifests/train.csv")
    e.add_argument("folder", type=Path)
    e.add_argument("out", type=Path)
    e.add_argument("--repeat", type=int, default=1, help="list every row this many times (default 1)")
    args = parser.parse_args()
    try:
        if args.command == "pack":
            pack(args.manifest, args.out, args.minutes, args.seed)
        else:
            if args.repeat < 1:
                raise SystemExit("error: --repeat must be at least 1")
            expand(args.folder, args.out, args.repeat)
    except (ManifestError, AudioError, FileNotFoundError) as err:
        raise SystemExit(f"error: {err}")


if __name__ == "__main__":
    main()
