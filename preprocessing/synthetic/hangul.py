"""Hangul arithmetic: syllables from and to their jamo, final consonants (받침), particles.

Korean syllables are code points 가 (U+AC00) … 힣 (U+D7A3), laid out as
initial × medial × final; :func:`decompose` and :func:`compose` compute with
that. :func:`with_particle` picks 은/는, 이/가, 을/를, 과/와, 으로/로 … from the
noun's final consonant.
"""
from __future__ import annotations

HANGUL_FIRST = 0xAC00  # 가
HANGUL_LAST = 0xD7A3  # 힣

INITIALS = ("ㄱ", "ㄲ", "ㄴ", "ㄷ", "ㄸ", "ㄹ", "ㅁ", "ㅂ", "ㅃ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅉ", "ㅊ",
            "ㅋ", "ㅌ", "ㅍ", "ㅎ")
MEDIALS = ("ㅏ", "ㅐ", "ㅑ", "ㅒ", "ㅓ", "ㅔ", "ㅕ", "ㅖ", "ㅗ", "ㅘ", "ㅙ", "ㅚ", "ㅛ", "ㅜ", "ㅝ",
           "ㅞ", "ㅟ", "ㅠ", "ㅡ", "ㅢ", "ㅣ")
FINALS = ("", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ",
          "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ")


def is_hangul_syllable(char: str) -> bool:
    """True for one precomposed Hangul syllable (U+AC00..U+D7A3)."""
    return len(char) == 1 and HANGUL_FIRST <= ord(char) <= HANGUL_LAST


def decompose(syllable: str) -> tuple[str, str, str]:
    """Split one syllable into (initial, medial, final) jamo; final is "" when open.

    >>> decompose("밥")
    ('ㅂ', 'ㅏ', 'ㅂ')
    """
    if not is_hangul_syllable(syllable):
        raise ValueError(f"not a Hangul syllable: {syllable!r}")
    index = ord(syllable) - HANGUL_FIRST
    initial, rest = divmod(index, len(MEDIALS) * len(FINALS))
    medial, final = divmod(rest, len(FINALS))
    return INITIALS[initial], MEDIALS[medial], FINALS[final]


def compose(initial: str, medial: str, final: str = "") -> str:
    """Build one syllable from jamo: compose("ㄱ", "ㅏ", "ㅆ") == "갔"."""
    index = (INITIALS.index(initial) * len(MEDIALS) + MEDIALS.index(medial)) * len(FINALS)
    return chr(HANGUL_FIRST + index + FINALS.index(final))


def final_consonant(word: str) -> str:
    """The 받침 of the last syllable of ``word`` ("" when it ends in a vowel)."""
    return decompose(word[-1])[2]


def has_batchim(word: str) -> bool:
    """True when the last syllable of ``word`` ends in a consonant."""
    return final_consonant(word) != ""


def add_final(word: str, final: str) -> str:
    """Give the open last syllable of ``word`` a 받침: add_final("가", "ㄹ") == "갈"."""
    initial, medial, old = decompose(word[-1])
    if old:
        raise ValueError(f"{word!r} already ends in a consonant")
    return word[:-1] + compose(initial, medial, final)


def drop_final(word: str) -> str:
    """Remove the 받침 of the last syllable: drop_final("만들") == "만드"."""
    initial, medial, _ = decompose(word[-1])
    return word[:-1] + compose(initial, medial)


def sentence_syllables(sentences) -> set[str]:
    """All distinct Hangul syllables that occur in ``sentences``."""
    return {char for sentence in sentences for char in sentence if is_hangul_syllable(char)}


# ---------------------------------------------------------------------------
# Particles
# ---------------------------------------------------------------------------

# (form after a consonant, form after a vowel)
PARTICLE_PAIRS = (
    ("은", "는"),  # topic
    ("이", "가"),  # subject
    ("을", "를"),  # object
    ("과", "와"),  # "and" (written style)
    ("이랑", "랑"),  # "and / with" (spoken style)
    ("으로", "로"),  # direction, means; nouns ending in ㄹ also take 로
    ("이나", "나"),  # "or", "about"
    ("아", "야"),  # vocative, after a given name: 민준아, 지우야
    ("이에요", "예요"),  # polite copula "is"
    ("이야", "야"),  # casual copula "is"
    ("이었어요", "였어요"),  # polite copula, past
    ("이라서", "라서"),  # copula "because it is"
    ("이세요", "세요"),  # honorific copula: 의사세요, 경찰관이세요
    ("이면", "면"),  # copula "if it is": 두 개면, 삼 인분이면
    ("이라고", "라고"),  # quoting: 닭이라고 읽어
)
# Lookup by either form or by the slash notation ("을", "를", "을/를"). The
# vowel form 야 is left out: it belongs both to 아/야 and to 이야/야.
_PARTICLES = {}
for _pair in PARTICLE_PAIRS:
    _PARTICLES[_pair[0]] = _pair
    _PARTICLES["/".join(_pair)] = _pair
    if _pair[1] != "야":
        _PARTICLES[_pair[1]] = _pair
del _pair


def with_particle(noun: str, particle: str) -> str:
    """Attach a particle that agrees with the noun's final consonant.

    ``particle`` is either form of the pair ("을" or "를") or the pair written
    with a slash ("을/를"); the right form is chosen from the noun. Particles that never change (에, 에서, 도, 한테,
    하고, 까지, 부터 …) are simply appended.

    >>> with_particle("사과", "을"), with_particle("밥", "을/를")
    ('사과를', '밥을')
    >>> with_particle("물", "으로"), with_particle("집", "으로")
    ('물로', '집으로')
    """
    if particle not in _PARTICLES:
        return noun + particle
    after_consonant, after_vowel = _PARTICLES[particle]
    final = final_consonant(noun)
    if after_consonant == "으로" and final == "ㄹ":
        return noun + after_vowel
    return noun + (after_consonant if final else after_vowel)


def familiar_name(given_name: str) -> str:
    """The form of a given name used in casual talk: 민준 → 민준이, 지우 → 지우."""
    return given_name + "이" if has_batchim(given_name) else given_name


def common_syllables() -> tuple[str, ...]:
    """The 2,350 syllables of KS X 1001 (the EUC-KR set): the ones in everyday written use."""
    def common(char: str) -> bool:  # KS X 1001 syllables are cp949 bytes B0–C8, A1–FE (the rest are UHC extensions)
        lead, trail = char.encode("cp949")
        return 0xB0 <= lead <= 0xC8 and trail >= 0xA1

    return tuple(c for c in map(chr, range(HANGUL_FIRST, HANGUL_LAST + 1)) if common(c))


# Where Korean is not read as written: a final consonant (받침) followed by the next syllable's initial.
_OBSTRUENT_FINALS = set("ㄱㄲㄳㄷㅅㅆㅈㅊㅌㅂㅍㅄㄺㄼㄿ")  # sounded as ㄱ, ㄷ or ㅂ
SOUND_CHANGES = {
    "liaison": lambda final, initial: bool(final) and initial == "ㅇ",  # 길을 → 기를
    "nasalization": lambda final, initial: final in _OBSTRUENT_FINALS and initial in "ㄴㅁ",  # 막는 → 망는
    "liquidization": lambda final, initial: (final, initial) in (("ㄴ", "ㄹ"), ("ㄹ", "ㄴ")),  # 신라 → 실라
    "tensing": lambda final, initial: final in _OBSTRUENT_FINALS and initial in "ㄱㄷㅂㅅㅈ",  # 학교 → 학꾜
    "aspiration": lambda final, initial: (final in ("ㅎ", "ㄶ", "ㅀ") and initial in "ㄱㄷㅈ")
    or (final in _OBSTRUENT_FINALS and initial == "ㅎ"),  # 막혀서 → 마켜서
}


def sound_change_contexts(sentences) -> dict[str, int]:
    """How often each :data:`SOUND_CHANGES` context occurs between two syllables of a word in ``sentences``."""
    counts = dict.fromkeys(SOUND_CHANGES, 0)
    for sentence in sentences:
        for word in sentence.split():
            for left, right in zip(word, word[1:]):
                if is_hangul_syllable(left) and is_hangul_syllable(right):
                    final, initial = decompose(left)[2], decompose(right)[0]
                    for name, applies in SOUND_CHANGES.items():
                        counts[name] += applies(final, initial)
    return counts
