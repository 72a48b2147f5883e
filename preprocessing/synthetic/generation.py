"""The generator: :func:`generate_sentences` and :func:`split_sentences`.

:func:`generate_sentences` first uses every lexicon item at least once (so every
word's syllables are in the set), then fills up with random combinations of
:data:`~preprocessing.synthetic.templates.TEMPLATES` from a ``random.Random(seed)``.
:func:`split_sentences` splits a set into disjoint train and test parts.
:func:`mixed_word_sentences` makes word sequences no grammar produces, for
training text variety, optionally with the words of a word list (:func:`read_word_list`).
"""
from __future__ import annotations

import os
import random
from collections import Counter
from itertools import accumulate
from typing import Iterator

from preprocessing.synthetic.hangul import common_syllables, is_hangul_syllable
from preprocessing.synthetic.templates import TEMPLATES
from preprocessing.tokenizer import compose

DEFAULT_SIZE = 8000  # sentences in the default set
MIN_WORDS, MAX_WORDS = 2, 12
_TRIES_PER_ITEM = 10  # the coverage pass retries an item whose sentence was a duplicate


def is_valid_sentence(sentence: str) -> bool:
    """Hangul words separated by single spaces, 2–12 words, optionally ending in "." or "?"."""
    body = sentence[:-1] if sentence[-1:] in (".", "?") else sentence
    words = body.split(" ")
    if not MIN_WORDS <= len(words) <= MAX_WORDS:
        return False
    return all(word and all(is_hangul_syllable(char) for char in word) for word in words)


def _check(sentence: str) -> str:
    if not is_valid_sentence(sentence):
        raise ValueError(f"the grammar produced an invalid sentence: {sentence!r}")
    return sentence


def generate_sentences(n: int | None = None, seed: int = 0) -> list[str]:
    """Distinct household sentences, deterministic for a given ``seed``.

    With ``n=None`` the full default set of :data:`DEFAULT_SIZE` sentences is
    returned; it uses every lexicon item at least once. With ``n`` the first
    ``n`` sentences of that (shuffled) set are returned, or more are made when
    ``n`` is larger than the default set.
    """
    if n is not None and n < 0:
        raise ValueError(f"n must be >= 0, not {n}")
    rng = random.Random(seed)
    target = DEFAULT_SIZE if n is None else max(n, DEFAULT_SIZE)
    sentences: list[str] = []
    seen: set[str] = set()

    # 1. Coverage: every lexicon item in at least one sentence.
    for template, lexicon, _ in TEMPLATES:
        for item in lexicon:
            for _ in range(_TRIES_PER_ITEM):
                sentence = _check(template(rng, item))
                if sentence not in seen:
                    seen.add(sentence)
                    sentences.append(sentence)
                    break

    # 2. Fill up with random combinations.
    weights = [weight for _, _, weight in TEMPLATES]
    attempts = 0
    while len(sentences) < target:
        attempts += 1
        if attempts > 50 * target:
            raise RuntimeError(f"the grammar ran out of new sentences after {len(sentences)}")
        template, lexicon, _ = rng.choices(TEMPLATES, weights)[0]
        sentence = _check(template(rng, rng.choice(lexicon)))
        if sentence not in seen:
            seen.add(sentence)
            sentences.append(sentence)

    rng.shuffle(sentences)
    return sentences if n is None else sentences[:n]


def split_sentences(sentences, test_fraction: float, seed: int) -> tuple[list[str], list[str]]:
    """Split sentences into (train, test) so that no sentence is in both.

    The choice depends only on the set of distinct sentences and the seed,
    not on their order. Repeated sentences all go to the same side; each
    side keeps the input order. With 0 < test_fraction < 1 and at least two
    distinct sentences, both sides get at least one.
    """
    if not 0.0 <= test_fraction <= 1.0:
        raise ValueError(f"test_fraction must be within [0, 1], not {test_fraction}")
    distinct = sorted(set(sentences))
    random.Random(seed).shuffle(distinct)
    test_count = round(len(distinct) * test_fraction)
    if 0 < test_fraction < 1 and len(distinct) >= 2:
        test_count = min(max(test_count, 1), len(distinct) - 1)
    test_set = set(distinct[:test_count])
    train = [sentence for sentence in sentences if sentence not in test_set]
    test = [sentence for sentence in sentences if sentence in test_set]
    return train, test


def mixed_word_sentences(sentences: list[str], seed: int, new_word_share: float = 0.5,
                         lexicon: list[str] | tuple[str, ...] = ()) -> Iterator[str]:
    """Endless sentences of 2–8 words in random order, no template's: each word is a word of ``sentences`` or,
    with probability ``new_word_share``, a new word of 1–4 syllables, each syllable drawn half from the
    syllable frequencies of ``sentences`` and half uniformly from the 2,350 KS X 1001 syllables.
    With a ``lexicon`` (real words, :func:`read_word_list`), half of the new words are its words instead.

    The grammar's sentences teach word sequences as much as sounds: a model trained only on them transcribes
    words it knows far better than new ones. Sentences like these (``약국 뭅테 거실에서 햐롱``) carry no
    sentence structure and many syllable sequences no word has, so that a model has to listen. A lexicon's
    words add how real words are spelt where their sound does not say it (``없어`` sounds like ``업서``).
    Deterministic for ``seed`` (take as many as needed, e.g. with ``itertools.islice``); every sentence passes
    :func:`is_valid_sentence`. Without a lexicon, the sentences are those of earlier versions for the same seed.
    """
    rng = random.Random(seed)
    words = sorted({word.rstrip(".?") for sentence in sentences for word in sentence.split(" ")} - {""})
    counts = Counter(char for sentence in sentences for char in sentence if is_hangul_syllable(char))
    known, cumulative = list(counts), list(accumulate(counts.values()))
    uniform = common_syllables()
    lexicon = sorted(set(lexicon))
    if not words:
        raise ValueError("mixed_word_sentences needs at least one sentence to take words from")

    def new_word() -> str:
        if lexicon and rng.random() < 0.5:
            return rng.choice(lexicon)
        return "".join(rng.choices(known, cum_weights=cumulative)[0] if rng.random() < 0.5 else rng.choice(uniform)
                       for _ in range(rng.randint(1, 4)))

    while True:
        yield _check(" ".join(new_word() if rng.random() < new_word_share else rng.choice(words)
                              for _ in range(rng.randint(2, 8))))


def word_sequences(words: list[str], seed: int) -> Iterator[str]:
    """Endless sequences of 2–6 words drawn uniformly from ``words``: text that teaches a language model how
    the words are spelt, not how they follow each other. Deterministic for ``seed``."""
    rng = random.Random(seed)
    while True:
        yield _check(" ".join(rng.choice(words) for _ in range(rng.randint(2, 6))))


def read_word_list(path: str | os.PathLike) -> list[str]:
    """The distinct words of a word list: one word per line, as a plain list or a Hunspell dictionary
    (``ko.dic`` of Debian's ``hunspell-ko``: a count line, then ``word/flags``). Unicode is composed (NFC);
    lines that are not one word of whole Hangul syllables are skipped. Raises ValueError when none is left."""
    words = set()
    with open(path, encoding="utf-8-sig", errors="replace") as f:
        for line in f:
            word = compose(line.split("/", 1)[0].strip())  # Hunspell lists are decomposed jamo
            if word and all(is_hangul_syllable(char) for char in word):
                words.add(word)
    if not words:
        raise ValueError(f"{path}: no word of Hangul syllables in it (UTF-8, one word per line, or a Hunspell .dic)")
    return sorted(words)
