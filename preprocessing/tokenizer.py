"""Label vocabularies shared by the speech model, the language model and the reports.

Two tokenizers, both with the CTC blank ``_`` at index 0 and the space kept as
a label:

* :class:`SyllableTokenizer` — one label per Hangul syllable (or other
  character) seen in a training manifest, as the original project's
  ``labels_korean.json`` (2,538 entries on AI Hub 자유대화).
* :class:`JamoTokenizer` — one label per conjoining jamo (19 initial
  consonants, 21 vowels, 27 final consonants): a fixed, small vocabulary that
  can spell any of the 11,172 modern syllables. Decomposition and
  re-composition use Unicode canonical (de)composition (NFD/NFC), which is
  exact for every modern Hangul syllable.

Both serialise to a small dict (``to_dict``/``tokenizer_from_dict``) that is
stored inside every checkpoint.
"""
from __future__ import annotations

import json
import os
import unicodedata
from collections import Counter
from typing import Iterable

BLANK = "_"
SPACE = " "

# Conjoining jamo blocks (U+1100 initial, U+1161 medial, U+11A8 final).
INITIALS = [chr(c) for c in range(0x1100, 0x1100 + 19)]
MEDIALS = [chr(c) for c in range(0x1161, 0x1161 + 21)]
FINALS = [chr(c) for c in range(0x11A8, 0x11A8 + 27)]


class Tokenizer:
    """Common behaviour: ``labels`` list, index 0 is blank."""

    kind = "base"

    def __init__(self, labels: list[str]):
        if not labels or labels[0] != BLANK:
            raise ValueError(f"the first label must be the blank {BLANK!r}")
        if len(set(labels)) != len(labels):
            raise ValueError("labels must be unique")
        self.labels = list(labels)
        self.index = {label: i for i, label in enumerate(self.labels)}

    @property
    def blank(self) -> int:
        return 0

    def __len__(self) -> int:
        return len(self.labels)

    def split(self, text: str) -> list[str]:
        """Text → label strings (before lookup)."""
        return list(text)

    def join(self, units: list[str]) -> str:
        """Label strings → text."""
        return "".join(units)

    def unknown(self, text: str) -> set[str]:
        """Characters of ``text`` that have no label."""
        return {u for u in self.split(text) if u not in self.index}

    def encode(self, text: str) -> list[int]:
        """Text → label ids. Characters without a label are dropped (use :meth:`unknown` to report them)."""
        return [self.index[u] for u in self.split(text) if u in self.index and u != BLANK]

    def decode(self, ids: Iterable[int]) -> str:
        """Label ids (already CTC-collapsed, no blanks) → text."""
        return self.join([self.labels[i] for i in ids if i != self.blank])

    def to_dict(self) -> dict:
        return {"type": self.kind, "labels": self.labels}

    def save(self, path: str | os.PathLike) -> None:
        from preprocessing.files import atomic_write_json

        atomic_write_json(path, self.to_dict())


class SyllableTokenizer(Tokenizer):
    kind = "syllable"

    @classmethod
    def build(cls, texts: Iterable[str], min_count: int = 1) -> "SyllableTokenizer":
        """Vocabulary of every character seen ``min_count`` times, sorted by code point."""
        counts = Counter(ch for text in texts for ch in text)
        chars = sorted(c for c, n in counts.items() if n >= min_count and c not in (BLANK, SPACE))
        return cls([BLANK, SPACE, *chars])


class JamoTokenizer(Tokenizer):
    kind = "jamo"

    def __init__(self, labels: list[str] | None = None):
        super().__init__(labels or [BLANK, SPACE, *INITIALS, *MEDIALS, *FINALS])

    @classmethod
    def build(cls, texts: Iterable[str], min_count: int = 1) -> "JamoTokenizer":
        """All jamo plus any other character seen (e.g. ``?``) ``min_count`` times."""
        base = [BLANK, SPACE, *INITIALS, *MEDIALS, *FINALS]
        counts = Counter(u for text in texts for u in decompose(text))
        extra = sorted(u for u, n in counts.items() if n >= min_count and u not in base)
        return cls(base + extra)

    def split(self, text: str) -> list[str]:
        return list(decompose(text))

    def join(self, units: list[str]) -> str:
        return compose("".join(units))


def decompose(text: str) -> str:
    """Hangul syllables → conjoining jamo (``'한' → 'ᄒ ᅡ ᆫ'``); other characters unchanged."""
    return "".join(unicodedata.normalize("NFD", ch) if "\uac00" <= ch <= "\ud7a3" else ch for ch in text)


def compose(jamo: str) -> str:
    """Conjoining jamo → Hangul syllables; inverse of :func:`decompose`."""
    return unicodedata.normalize("NFC", jamo)


# The part a label plays in a Hangul syllable, which is an initial, a medial and an optional final.
OTHER, INITIAL, MEDIAL, FINAL = range(4)  # OTHER: the space, punctuation, a whole syllable


def jamo_role(label: str) -> int:
    """:data:`INITIAL`, :data:`MEDIAL` or :data:`FINAL` for a conjoining jamo, else :data:`OTHER`."""
    return INITIAL if label in INITIALS else MEDIAL if label in MEDIALS else FINAL if label in FINALS else OTHER


def broken_syllables(text: str) -> int:
    """Conjoining jamo of ``text`` that do not compose into a complete syllable (``'노ᄅ온대요'`` → 1)."""
    return sum("\u1100" <= ch <= "\u11ff" for ch in compose(text))


TOKENIZERS = {"syllable": SyllableTokenizer, "jamo": JamoTokenizer}


def build_tokenizer(kind: str, texts: Iterable[str], min_count: int = 1) -> Tokenizer:
    """Build a ``"syllable"`` or ``"jamo"`` tokenizer from transcripts."""
    if kind not in TOKENIZERS:
        raise ValueError(f"unknown tokenizer {kind!r}; choose one of {sorted(TOKENIZERS)}")
    return TOKENIZERS[kind].build(texts, min_count=min_count)


def tokenizer_from_dict(data: dict | list) -> Tokenizer:
    """Inverse of ``to_dict``. A bare list is read as the original ``labels_korean.json``."""
    if isinstance(data, list):
        return SyllableTokenizer(data)
    return TOKENIZERS[data["type"]](data["labels"])


def load_tokenizer(path: str | os.PathLike) -> Tokenizer:
    """Load a vocabulary file written by :meth:`Tokenizer.save` (or a plain label list)."""
    with open(path, encoding="utf-8-sig") as f:
        return tokenizer_from_dict(json.load(f))
