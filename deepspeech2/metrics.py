"""Character and word error rates, corpus-level.

* CER: edit distance between hypothesis and reference with spaces removed,
  over characters (Hangul syllables), summed over the corpus and divided by
  the total reference length — not an average of per-utterance rates.
* WER: the same over space-separated words.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import Levenshtein


@dataclass
class ErrorCounts:
    """Edit distances and reference lengths, summable over utterances (and DDP ranks)."""

    char_errors: int = 0
    chars: int = 0
    word_errors: int = 0
    words: int = 0

    def __add__(self, other: "ErrorCounts") -> "ErrorCounts":
        return ErrorCounts(self.char_errors + other.char_errors, self.chars + other.chars,
                           self.word_errors + other.word_errors, self.words + other.words)

    @property
    def cer(self) -> float:
        """Character error rate (errors per reference character; 0 references → errors count as rate)."""
        return self.char_errors / max(self.chars, 1)

    @property
    def wer(self) -> float:
        return self.word_errors / max(self.words, 1)


def error_counts(hypothesis: str, reference: str) -> ErrorCounts:
    """Character (spaces removed) and word edit distances of one utterance."""
    hyp_chars, ref_chars = hypothesis.replace(" ", ""), reference.replace(" ", "")
    hyp_words, ref_words = hypothesis.split(), reference.split()
    return ErrorCounts(Levenshtein.distance(hyp_chars, ref_chars), len(ref_chars),
                       Levenshtein.distance(hyp_words, ref_words), len(ref_words))


def corpus_error_counts(hypotheses: Iterable[str], references: Iterable[str]) -> ErrorCounts:
    """Summed :func:`error_counts` of aligned hypothesis/reference pairs."""
    return sum((error_counts(h, r) for h, r in zip(hypotheses, references, strict=True)), ErrorCounts())


def cer(hypotheses: Iterable[str], references: Iterable[str]) -> float:
    """Corpus-level character error rate."""
    return corpus_error_counts(hypotheses, references).cer


def wer(hypotheses: Iterable[str], references: Iterable[str]) -> float:
    """Corpus-level word error rate."""
    return corpus_error_counts(hypotheses, references).wer
