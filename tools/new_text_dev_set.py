"""A new-text development set: written Korean the synthetic grammar never produced, spoken by training voices.

    apt-get download debian-faq-ko && dpkg-deb -x debian-faq-ko_*.deb debian-faq-ko
    python tools/new_text_dev_set.py debian-faq-ko/usr/share/doc/debian/FAQ/ko \\
        --exclude data/lm_text/libreoffice_help_ko.txt --root data/new_text_dev

Utterance-length pieces of the documents (HTML or text; numbers read out, pieces with Latin letters or symbols
dropped, as for the out-of-domain text set), minus every sentence of the ``--exclude`` files (the LM's text),
``--count`` of them chosen with ``--seed``, spoken by fresh speakers with training voices (``--speakers``, 16 by
default; clean; the same recording as the corpus). Writes ``ROOT/manifests/NAME.csv`` (``--name``, new_text_dev by
default). Use it to tune or choose, e.g. with ``python -m deepspeech2.lm tune --manifest ...``; keep the
out-of-domain test sets for measuring.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

from preprocessing.manifest import write_manifest
from preprocessing.pipeline import NoDataError, document_texts
from preprocessing.synthetic.ood import record_set, utterances
from preprocessing.synthetic.speakers import make_speakers

FIRST_SPEAKER_ID = 1_750_000_000  # apart from the corpus's and the out-of-domain sets' speaker ids


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("documents", nargs="+", help="documents: .html/.htm/.xhtml/.txt files or folders of them")
    parser.add_argument("--exclude", nargs="*", default=[], help="text files whose lines must not be in the set")
    parser.add_argument("--root", default="data/new_text_dev", help="the folder to write (default: %(default)s)")
    parser.add_argument("--count", type=int, default=200, help="utterances (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=2026, help="seed of the choice and the speakers")
    parser.add_argument("--speakers", type=int, default=16, help="fresh speakers, in turn (default: %(default)s)")
    parser.add_argument("--first-speaker-id", type=int, default=FIRST_SPEAKER_ID,
                        help="their recorder ids count up from here (default: %(default)s)")
    parser.add_argument("--name", default="new_text_dev", help="the manifest's and audio folder's name (default: %(default)s)")
    parser.add_argument("--workers", type=int, default=2, help="parallel processes")
    args = parser.parse_args()
    try:
        pieces = list(dict.fromkeys(utterances("\n\n".join(document_texts(args.documents)))))
    except NoDataError as err:
        sys.exit(f"error: {err}")
    excluded = {line for path in args.exclude for line in Path(path).read_text(encoding="utf-8").splitlines()}
    pieces = [p for p in pieces if p not in excluded]
    rng = np.random.default_rng(args.seed)
    chosen = [pieces[i] for i in sorted(rng.permutation(len(pieces))[: args.count])]
    speakers = make_speakers(args.speakers, rng, args.first_speaker_id, outdoor_share=0.1)
    table = record_set(args.name, chosen, speakers, Path(args.root), args.seed, args.workers, 0)
    write_manifest(table, Path(args.root) / "manifests" / f"{args.name}.csv")
    print(f"{len(table)} utterances of {len(pieces)} pieces ({table['duration'].sum() / 60:.1f} min) → "
          f"{args.root}/manifests/{args.name}.csv")


if __name__ == "__main__":
    main()
