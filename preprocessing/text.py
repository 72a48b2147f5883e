"""Transcript normalization for AI Hub 자유대화 and KsponSpeech-style labels.

:func:`normalize` turns a raw label into the text a model is trained on:

=============================  ==============================  =====================
rule                           example in                      out
=============================  ==============================  =====================
noise/disfluency tags removed  ``(SP:)안녕하세요(NO:)``          ``안녕하세요``
Kspon noise marks removed      ``b/ 음/ 그래 n/``                ``음 그래``
dual transcriptions            ``(3시)/(세 시)에 와``            ``세 시에 와`` (pronunciation, default)
                                                               ``3시에 와`` (``dual="spelling"``)
``#`` spoken as 샾              ``#``                           ``샾``
symbols dropped                ``/ + * - @ $ ^ & [ ] = : ; ,`` (and ``. ? !`` unless kept)
spaces collapsed               ``안녕   하세요``                   ``안녕 하세요``
=============================  ==============================  =====================

:func:`transcript_problem` says why a normalized transcript should not be used
(empty, no Hangul, digits or Latin letters when those are excluded).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

DROPPED_SYMBOLS = "/+*-@$^&[]=:;,.?!()\"'~·…"

_TAG = re.compile(r"\([A-Z]{2,3}:[^)]*\)")  # (SP:) (NO:) (SN:) (FP:음)
_DUAL = re.compile(r"\(([^()]*)\)/\(([^()]*)\)")  # (spelling)/(pronunciation)
_KSPON_NOISE = re.compile(r"(?<![0-9A-Za-z가-힣])[onblu]/")  # o/ n/ b/ l/ u/
_SPACES = re.compile(r"\s+")
_HANGUL = re.compile(r"[가-힣]")
_DIGIT = re.compile(r"[0-9]")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class TextOptions:
    """How transcripts are cleaned and which ones are rejected."""

    dual: str = "pronunciation"  # or "spelling": which side of (철자)/(발음) to keep
    keep_question: bool = False  # keep "?"
    keep_exclamation: bool = False  # keep "!"
    drop_digits: bool = True  # reject transcripts that still contain 0-9
    drop_latin: bool = True  # reject transcripts that still contain A-Z / a-z


def normalize(text: str, options: TextOptions = TextOptions()) -> str:
    """Clean one raw transcript (see the module table for the rules)."""
    if options.dual not in ("pronunciation", "spelling"):
        raise ValueError(f"dual must be 'pronunciation' or 'spelling', not {options.dual!r}")
    side = 2 if options.dual == "pronunciation" else 1
    text = _DUAL.sub(lambda m: m.group(side), text)
    text = _TAG.sub(" ", text)
    text = _KSPON_NOISE.sub(" ", text)
    text = text.replace("#", "샾")
    kept = ("?" if options.keep_question else "") + ("!" if options.keep_exclamation else "")
    dropped = "".join(c for c in DROPPED_SYMBOLS if c not in kept)
    text = text.translate({ord(c): " " for c in dropped})
    return _SPACES.sub(" ", text).strip()


def transcript_problem(clean: str, options: TextOptions = TextOptions()) -> str | None:
    """Why a normalized transcript is unusable, or ``None`` if it is fine."""
    if not clean:
        return "empty transcript"
    if not _HANGUL.search(clean):
        return "no Korean text"
    if options.drop_digits and _DIGIT.search(clean):
        return "transcript contains digits"
    if options.drop_latin and _LATIN.search(clean):
        return "transcript contains Latin letters"
    return None
