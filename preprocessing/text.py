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

:func:`hangul_sentences` cuts written documents (plain text, or HTML read with
:func:`document_text`) into Hangul-only sentences: text for a language model.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

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


_SENTENCE_END = re.compile(r"[.!?。\n:;()\[\]{}<>\"'“”‘’「」『』·…/|]+")
ONLY_HANGUL = re.compile(r"[가-힣]+(?: [가-힣]+)*")  # fullmatch: Hangul words and single spaces, nothing else


class _TextParser(HTMLParser):
    """Collects an HTML page's text; every tag ends a line; scripts and styles are skipped."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def document_text(markup: str) -> str:
    """The text of an HTML page (entities decoded, one line per element; scripts and styles left out)."""
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    return "".join(parser.parts)


def hangul_sentences(text: str, min_words: int = 2) -> list[str]:
    """Written text → its Hangul-only sentences of at least ``min_words`` words, in order, each once.

    Sentences end at line breaks and at ``. ! ? : ;``, brackets, quotes and slashes; commas become spaces.
    A piece with anything but Hangul syllables and spaces left (Latin letters, digits, Hanja, symbols) is
    dropped, not cleaned: how it is read aloud is unknown.
    """
    seen: dict[str, None] = {}
    for piece in _SENTENCE_END.split(text):
        piece = _SPACES.sub(" ", piece.replace(",", " ")).strip()
        if len(piece.split(" ")) >= min_words and ONLY_HANGUL.fullmatch(piece):
            seen.setdefault(piece)
    return list(seen)
