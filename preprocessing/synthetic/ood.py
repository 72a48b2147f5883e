"""Out-of-domain test sets: text, voices, rooms and noise kinds that training never sees.

``python -m preprocessing synth`` writes them next to the default test split;
they are never used for training, vocabularies, language models or tuning.

* ``test_ood_text``: sentences the grammar does not produce, spoken by fresh
  speakers with training voices: conversational home talk written by hand
  (``data/home_talk.txt``) and real human-written Korean, the constitution and
  bills that konlpy ships (``konlpy/data/corpus/kolaw``, ``kobill``), with
  numbers read out in Hangul, lines with Latin letters, Hanja or symbols
  dropped, and long sentences cut into utterance-length pieces.
* ``test_ood_voice``: held-out grammar sentences (as in the default test split)
  spoken by espeak-ng variants no training speaker uses, at pitches and speeds
  outside the training ranges (:data:`~preprocessing.synthetic.voice.OOD_VOICES`).
* ``<set>_noisy_near`` / ``<set>_noisy_far``: noisy copies of both with the
  held-out noise kinds and held-out rooms.

``ood.json`` records the counts and the share of ``test_ood_text``'s syllables
and eojeols (words) that never occur in the training sentences.
"""
from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from preprocessing.files import atomic_write_json
from preprocessing.manifest import read_manifest, write_manifest
from preprocessing.pipeline import noise_manifests
from preprocessing.synthetic.hangul import sentence_syllables
from preprocessing.synthetic.noisy import make_noisy_sets
from preprocessing.synthetic.numbers import sino_number
from preprocessing.synthetic.speakers import make_speakers, record_all
from preprocessing.synthetic.voice import OOD_PITCH, OOD_SPEED, OOD_VOICES
from preprocessing.text import ONLY_HANGUL, normalize, transcript_problem

DATA = Path(__file__).with_name("data")
MAX_WORDS = 10  # longer sentences are cut into pieces of at most this many eojeols
MIN_WORDS = 3
_DIGITS = re.compile(r"\d+")


def home_talk() -> list[str]:
    """The hand-written conversational sentences (``data/home_talk.txt``), as written."""
    lines = (DATA / "home_talk.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def _read(digits: str) -> str:
    if len(digits) > 9:  # a code or a run of numbers: digit by digit
        return " ".join(_read(d) for d in digits)
    return sino_number(int(digits)) if int(digits) else "영"


def read_numbers(text: str) -> str:
    """Digits read out as Sino-Korean numbers: 제1조 → 제일조, 2010 → 이천십."""
    return _DIGITS.sub(lambda m: _read(m.group()), text)


def unwrap(text: str) -> str:
    """Join kobill's wrapped lines: a line ending in a space ended a word, one without it did not."""
    return re.sub(r"(?<=\S)[ \t]*\n\s*\n(?=\S)", lambda m: " " if m.group()[0] in " \t" else "", text)


def utterances(text: str) -> list[str]:
    """Readable utterance-length pieces of a written text: numbers read, symbols dropped, long lines cut."""
    pieces = []
    for sentence in re.split(r"(?<=[.?!])\s+|\n\s*\n|(?<=다)\.|[①-⑳]", text):
        clean = normalize(read_numbers(" ".join(sentence.split())))
        if transcript_problem(clean) or not ONLY_HANGUL.fullmatch(clean):
            continue  # Latin letters, Hanja, leftover symbols: not something espeak-ng reads as written
        words = clean.split(" ")
        for start in range(0, len(words), MAX_WORDS):
            piece = words[start : start + MAX_WORDS]
            if len(piece) >= MIN_WORDS:
                pieces.append(" ".join(piece))
    return pieces


def written_korean() -> list[str]:
    """Utterance-length pieces of the human-written Korean konlpy ships (constitution and bills)."""
    try:
        import konlpy
    except ImportError as err:
        raise RuntimeError("the out-of-domain text needs konlpy (pip install -r requirements.txt)") from err
    corpus = Path(konlpy.__file__).parent / "data" / "corpus"
    files = sorted((corpus / "kolaw").glob("*.txt")) + sorted((corpus / "kobill").glob("*.txt"))
    seen, pieces = set(), []
    for path in files:
        text = path.read_text(encoding="utf-8")
        for piece in utterances(unwrap(text) if path.parent.name == "kobill" else text):
            if piece not in seen:
                seen.add(piece)
                pieces.append(piece)
    return pieces


def ood_text(training: set[str], hand_written: int, written: int, seed: int) -> list[str]:
    """The first ``hand_written`` sentences and ``written`` seeded pieces of written Korean, none in ``training``."""
    talk = [s for s in home_talk()[:hand_written] if normalize(s) not in training]
    pieces = [p for p in written_korean() if p not in training]
    order = np.random.default_rng(seed).permutation(len(pieces))[:written]
    return talk + [pieces[i] for i in sorted(order)]


def unseen_shares(sentences: list[str], training: list[str]) -> dict:
    """Share of the syllables and eojeols (tokens) of ``sentences`` that never occur in ``training``."""
    seen_syllables = sentence_syllables(training)
    seen_words = {w for s in training for w in normalize(s).split()}
    syllables = [c for s in sentences for c in normalize(s) if "가" <= c <= "힣"]
    words = [w for s in sentences for w in normalize(s).split()]
    return {
        "syllable_tokens_unseen": round(sum(c not in seen_syllables for c in syllables) / len(syllables), 4),
        "syllable_types_unseen": round(len(set(syllables) - seen_syllables) / len(set(syllables)), 4),
        "eojeol_tokens_unseen": round(sum(w not in seen_words for w in words) / len(words), 4),
        "eojeol_types_unseen": round(len(set(words) - seen_words) / len(set(words)), 4),
    }


def record_set(name: str, sentences: list[str], speakers, root: Path, seed: int, workers: int,
               first_index: int) -> pd.DataFrame:
    """Speak ``sentences`` (speakers in turn) into ``root/ood/name``; → their manifest rows."""
    folder = root / "ood" / name
    jobs = [(str(folder), speakers[k % len(speakers)], text, first_index + k, seed * 1_000_003 + first_index + k)
            for k, text in enumerate(sentences)]
    durations = record_all(jobs, workers, name)
    rows = [{"path": str(folder / s.folder / f"{s.folder}_{i:04d}.wav"), "text": normalize(text), "duration": d,
             "gender": s.gender, "speaker": s.recorder_id, "age": s.age, "env": s.env}
            for (_, s, text, i, _), d in zip(jobs, durations)]
    return pd.DataFrame(rows)


def build_ood_sets(root: str | Path, train_text: list[str], held_text: list[str], rir_dir: Path,
                   noise_kinds: tuple[str, ...], hand_written: int = 10_000, written: int = 200,
                   voice_sentences: int = 200, outdoor_share: float = 0.1, seed: int = 0, workers: int = 1) -> dict:
    """Write the out-of-domain sets and their manifests under ``root``; return the ``ood.json`` summary.

    ``train_text`` / ``held_text`` are the grammar's training and held-out
    sentences: the OOD text must avoid both; the OOD voices speak held-out ones.
    """
    root = Path(root)
    manifests = root / "manifests"
    training = {normalize(s) for s in train_text} | {normalize(s) for s in held_text}
    rng = np.random.default_rng(seed + 7)
    text = ood_text(training, hand_written, written, seed)
    text_speakers = make_speakers(16, rng, 1_800_000_000, outdoor_share)
    held = [held_text[i] for i in rng.permutation(len(held_text))[:voice_sentences]]
    voice_speakers = make_speakers(2 * max(len(v) for v in OOD_VOICES.values()), rng, 1_900_000_000,
                                   outdoor_share, OOD_VOICES, OOD_PITCH, OOD_SPEED)
    rooms = Path(rir_dir).resolve().relative_to(root.resolve()).as_posix()
    summary = {"noise_kinds": list(noise_kinds), "rooms": rooms}
    for k, (name, sentences, speakers) in enumerate((("test_ood_text", text, text_speakers),
                                                      ("test_ood_voice", held, voice_speakers))):
        if not (manifests / f"{name}.csv").exists():
            write_manifest(record_set(name, sentences, speakers, root, seed, workers, 10_000_000 * (k + 1)),
                           manifests / f"{name}.csv")
        noisy_root = root / "ood" / f"{name}_noisy"
        if not (noisy_root / "done").exists():
            make_noisy_sets(read_manifest(manifests / f"{name}.csv"), noisy_root, rir_dir, noise_kinds,
                            seed=seed + 11 + k)
            (noisy_root / "done").touch()
        noise_manifests(noisy_root, manifests, workers=workers, prefix=f"{name}_noisy")
        summary[name] = {"utterances": len(sentences), "voices": sorted({s.voice for s in speakers})}
    talk = set(home_talk())
    summary["test_ood_text"].update(hand_written=sum(s in talk for s in text),
                                    written_korean=sum(s not in talk for s in text),
                                    unseen_in_training=unseen_shares(text, train_text))
    atomic_write_json(root / "ood.json", summary)
    return summary
