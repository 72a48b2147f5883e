"""Everyday Korean sentences from programs' Korean translations and a chat corpus: text the grammar never produced.

The grammar's sentences and LibreOffice's help are all the written Korean this toolkit trains on otherwise; game
dialogue and chat lines are closer to what people say at home. Sources (Debian and PyPI packages, free licences):

    mkdir -p text && cd text
    for p in wesnoth-1.16-{core,data,did,dm,dw,ei,httt,l,low,nr,sof,sota,sotbe,thot,trow,tsg,ttb,utbs} \\
             freeciv-data tuxpaint-data; do apt-get download $p && dpkg-deb -x ${p}_*.deb . && rm ${p}_*.deb; done
    pip download --no-deps chatterbot-corpus==1.3.3 && cd ..
    python tools/everyday_text.py text/chatterbot_corpus-1.3.3-py2.py3-none-any.whl \\
        text/usr/share/games/wesnoth/1.16/locale/ko/LC_MESSAGES/*.mo \\
        text/usr/share/locale/ko/LC_MESSAGES/freeciv-*.mo text/usr/share/locale/ko/LC_MESSAGES/tuxpaint.mo \\
        --out data/lm_text/conversation_ko.txt

Licences: chatterbot-corpus BSD-3-Clause; Battle for Wesnoth, Freeciv and Tux Paint GPL-2+. Inputs are gettext
catalogs (``.mo``: every translated string) and chatterbot-corpus wheels (its ``korean/*.yml`` lines). A line is
kept if, after splitting long strings at sentence ends, it has 5–60 characters, only Hangul syllables, spaces and
basic punctuation, at least 70 % (and 4) Hangul syllables, and balanced quotes and brackets; each line once, in
input order. Speak it with ``tools/new_text_dev_set.py`` (which cuts utterance-length pieces and reads numbers).
"""
from __future__ import annotations

import argparse
import gettext
import re
import struct
import sys
import unicodedata
import zipfile
from pathlib import Path
from typing import Iterator

from preprocessing.files import atomic_write_text
from preprocessing.synthetic.hangul import is_hangul_syllable

ALLOWED = re.compile(r"^[\uac00-\ud7a3 .,?!~'\"·…\-()]+$")
QUOTES = {0x2019: "'", 0x2018: "'", 0x201C: '"', 0x201D: '"', 0x2026: "…"}


def catalog_strings(path: Path) -> Iterator[str]:
    """Every translated string of a gettext ``.mo`` catalog, one paragraph per item, whitespace collapsed."""
    with open(path, "rb") as f:
        catalog = gettext.GNUTranslations(f)._catalog
    for key, value in catalog.items():
        if key == "":  # the catalog's header
            continue
        for paragraph in re.split(r"\n\s*\n", str(value)):
            yield " ".join(paragraph.split())


def chat_lines(wheel: Path) -> Iterator[str]:
    """The Korean lines of a chatterbot-corpus wheel (``- - 안녕하세요`` items of ``data/korean/*.yml``)."""
    with zipfile.ZipFile(wheel) as z:
        for name in sorted(z.namelist()):
            if "/data/korean/" in name and name.endswith(".yml"):
                for line in z.read(name).decode("utf-8").splitlines():
                    if item := re.match(r"\s*(- )+(.*)", line):
                        yield item.group(2)


def pieces(strings: Iterator[str]) -> Iterator[str]:
    """Long strings, and strings with a sentence end inside, split after ``. ? !``."""
    for line in strings:
        line = line.strip()
        if len(line) > 60 or re.search(r"[.?!]\s", line):
            yield from re.split(r"(?<=[.?!])\s+", line)
        else:
            yield line


def clean(text: str) -> str | None:
    """The sentence as kept, or None when it is not a clean Hangul sentence of 5–60 characters."""
    s = unicodedata.normalize("NFC", text).translate(QUOTES).replace("&", "")  # & marks a menu accelerator
    s = re.sub(r"\s+", " ", s).strip()
    if len(s) >= 2 and s[0] == s[-1] and s[0] in "\"'" and s[0] not in s[1:-1]:  # quotes around the whole line
        s = s[1:-1].strip()
    s = s.lstrip("-· ").strip()
    if not 5 <= len(s) <= 60 or not ALLOWED.match(s):
        return None
    if s.count('"') % 2 or s.count("'") % 2 or s.count("(") != s.count(")"):
        return None
    letters = s.replace(" ", "")
    hangul = sum(map(is_hangul_syllable, letters))
    return s if hangul >= 0.7 * len(letters) and hangul >= 4 else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("inputs", nargs="+", help=".mo catalogs and chatterbot-corpus .whl files, in this order")
    parser.add_argument("--out", required=True, help="the text file to write, one sentence per line")
    args = parser.parse_args()
    kept: dict[str, None] = {}
    for path in map(Path, args.inputs):
        if not path.is_file():
            sys.exit(f"error: {path}: file not found")
        if path.suffix not in (".mo", ".whl"):
            sys.exit(f"error: {path}: not a .mo catalog or a .whl file")
        try:
            strings = chat_lines(path) if path.suffix == ".whl" else catalog_strings(path)
            kept.update(dict.fromkeys(s for s in map(clean, pieces(strings)) if s))
        except (OSError, zipfile.BadZipFile, UnicodeDecodeError, struct.error, ValueError) as err:  # broken file
            sys.exit(f"error: {path}: not readable ({err})")
    if not kept:
        sys.exit("error: no Hangul sentence in the inputs; nothing written")
    atomic_write_text(args.out, "".join(f"{s}\n" for s in kept))
    print(f"{len(kept)} sentences → {args.out}")


if __name__ == "__main__":
    main()
