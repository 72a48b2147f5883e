"""The generator: :func:`generate_sentences` and :func:`split_sentences`.

:func:`generate_sentences` first uses every lexicon item at least once (so every
word's syllables are in the set), then fills up with random combinations of
:data:`~preprocessing.synthetic.templates.TEMPLATES` from a ``random.Random(seed)``.
:func:`split_sentences` splits a set into disjoint train and test parts.
"""
from __future__ import annotations

import random

from preprocessing.synthetic.hangul import is_hangul_syllable
from preprocessing.synthetic.templates import TEMPLATES

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
