"""The project's own Korean text: a hand-written grammar of household conversation.

The synthetic speech corpus (:mod:`preprocessing.synth`) needs sentences to
speak. No external text corpus is used: every sentence comes from the small,
deterministic grammar in this file, written by hand for this project.

What it covers
--------------
Everyday talk in a family home: parents and children, grandparents, meals and
cooking, cleaning and laundry, shopping and prices, weather, school and
homework, weekend plans and trips, health and clinics, appointments, phone
calls, the television, neighbours, pets, animals and plants, clothes, times,
dates and ages. Sentences are in polite 해요체 and casual 반말, as statements,
questions, requests and suggestions, in the past, present and future, with
negation by 안 and 못; verbs take the honorific 시 when the subject is an elder
(할머니께서 주무세요). A few fixed expressions keep their usual form (잘
먹겠습니다, and proverbs in plain 한다체). Numbers are written out in Hangul
(세 시 반, 이십 분, 삼천 원), never as digits. Sentences hold only Hangul
syllables and single spaces, end in "." or "?", and have 2 to 12 words.

The default set (:data:`DEFAULT_SIZE` = 8,000 sentences) covers about 1,180
distinct Hangul syllables; names of people and places, foods and everyday
objects supply most of them.

How it is built
---------------
* **Lexicon**: module-level tuples (``DISHES``, ``GIVEN_NAMES``, ``CITIES``,
  ``ACTIONS`` …). Extending the corpus means adding words there.
* **Particles**: :func:`with_particle` picks 은/는, 이/가, 을/를, 과/와,
  으로/로 … from the final consonant (받침) of the noun, computed with Hangul
  code-point arithmetic (:func:`decompose`).
* **Verbs**: :func:`conjugate` turns a dictionary form (먹다, 덥다, 만들다)
  into a sentence ending. It knows the regular classes, vowel contraction
  (가+아요→가요, 오+아요→와요, 마시+어요→마셔요, 되+어요→돼요), ㅡ deletion
  (바쁘다→바빠요), ㄹ stems (만들다→만드세요) and the irregular classes ㅂ
  (덥다→더워요), ㄷ (듣다→들어요), 르 (모르다→몰라요), ㅅ (낫다→나아요) and
  ㅎ (빨갛다→빨개요).
* **Templates**: small functions that build one sentence around one lexicon
  item (``_dish_sentence``, ``_action_sentence`` …), listed in
  :data:`TEMPLATES`. :func:`generate_sentences` first uses every lexicon item
  at least once (so every word's syllables are in the set), then fills up with
  random combinations from a ``random.Random(seed)``.
  :func:`split_sentences` splits the set into disjoint train and test parts.

The grammar is combinatorial: every sentence is grammatical, but now and then
a combination is a little odd in meaning (a grandmother who plays volleyball).

A word of caution
-----------------
Synthetic text spoken by a synthetic voice is a functional test bed: numbers
measured on it show that the pipeline works and how settings compare, not how
accurate a model is on real recordings of real people.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

# ---------------------------------------------------------------------------
# Hangul arithmetic
# ---------------------------------------------------------------------------

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


# ---------------------------------------------------------------------------
# Numbers written in Hangul
# ---------------------------------------------------------------------------

_SINO_DIGITS = ("", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구")
_NATIVE_DIGITS = ("", "하나", "둘", "셋", "넷", "다섯", "여섯", "일곱", "여덟", "아홉")
_NATIVE_DIGITS_BEFORE_COUNTER = ("", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉")
_NATIVE_TENS = ("", "열", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔")
MONTH_NAMES = ("일월", "이월", "삼월", "사월", "오월", "유월", "칠월", "팔월", "구월", "시월",
               "십일월", "십이월")


def _sino_below_10000(number: int) -> str:
    text = ""
    for value, unit in ((1000, "천"), (100, "백"), (10, "십")):
        digit, number = divmod(number, value)
        if digit:
            text += ("" if digit == 1 else _SINO_DIGITS[digit]) + unit
    return text + _SINO_DIGITS[number]


def sino_number(number: int) -> str:
    """Sino-Korean numeral: 15 → 십오, 3500 → 삼천오백, 35000 → 삼만 오천, 3억 → 삼억.

    Words are spaced by units of 만 and 억, as in 삼억 오천만.
    """
    if not 0 < number < 10 ** 12:
        raise ValueError(f"sino_number supports 1..999,999,999,999, not {number}")
    hundred_millions, rest = divmod(number, 10 ** 8)
    ten_thousands, units = divmod(rest, 10 ** 4)
    parts = []
    if hundred_millions:
        parts.append(_sino_below_10000(hundred_millions) + "억")
    if ten_thousands:
        one = ten_thousands == 1 and not hundred_millions
        parts.append(("" if one else _sino_below_10000(ten_thousands)) + "만")
    if units:
        parts.append(_sino_below_10000(units))
    return " ".join(parts)


def native_number(number: int, before_counter: bool = True) -> str:
    """Native Korean numeral 1..99: 3 → 세 (before a counter) or 셋; 20 → 스무 / 스물."""
    if not 0 < number < 100:
        raise ValueError(f"native_number supports 1..99, not {number}")
    tens, units = divmod(number, 10)
    if before_counter and number == 20:
        return "스무"
    digits = _NATIVE_DIGITS_BEFORE_COUNTER if before_counter else _NATIVE_DIGITS
    return _NATIVE_TENS[tens] + digits[units]


def clock_time(hour: int, minute: int = 0) -> str:
    """Spoken clock time: (3, 30) → "세 시 반", (10, 20) → "열 시 이십 분"."""
    text = native_number(hour) + " 시"
    if minute == 30:
        return text + " 반"
    if minute:
        return f"{text} {sino_number(minute)} 분"
    return text


def won(amount: int) -> str:
    """A price: 3000 → "삼천 원"."""
    return sino_number(amount) + " 원"


# ---------------------------------------------------------------------------
# Verbs and adjectives
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Verb:
    """A verb or adjective, by its dictionary form.

    ``irregular`` names the irregular class where the spelling alone cannot
    tell it ("ㅂ" 덥다, "ㄷ" 듣다, "르" 모르다, "ㅅ" 낫다, "ㅎ" 빨갛다). ㅡ
    deletion (바쁘다), ㄹ stems (만들다) and 하다 are recognised from the
    spelling. ``honorific`` is the 시-stem of a verb with its own honorific
    word (먹다 → 드시, 자다 → 주무시). ``adjective`` marks descriptive verbs
    (크다, 덥다), which modify nouns as 큰/더운 instead of 하는/먹는.

    A dictionary form may hold several words ("데리러 가다"); only the last
    one is conjugated, and 안/못 go right before it.
    """

    dictionary_form: str
    irregular: str = ""
    honorific: str = ""
    adjective: bool = False

    def __post_init__(self):
        if not self.dictionary_form.endswith("다") or len(self.dictionary_form) < 2:
            raise ValueError(f"not a dictionary form: {self.dictionary_form!r}")
        if self.irregular not in ("", "ㅂ", "ㄷ", "르", "ㅅ", "ㅎ"):
            raise ValueError(f"unknown irregular class {self.irregular!r}")

    @property
    def stem(self) -> str:
        return self.dictionary_form[:-1]


def _is_bright(syllable: str) -> bool:
    """Vowel harmony: ㅏ and ㅗ (and ㅑ) take 아, everything else takes 어."""
    return decompose(syllable)[1] in ("ㅏ", "ㅗ", "ㅑ")


# Vowel-final stems whose vowel merges with 아/어: 가+아→가, 오+아→와, 마시+어→마셔 …
_CONTRACTED_VOWEL = {"ㅏ": "ㅏ", "ㅓ": "ㅓ", "ㅐ": "ㅐ", "ㅔ": "ㅔ", "ㅕ": "ㅕ",
                     "ㅗ": "ㅘ", "ㅜ": "ㅝ", "ㅣ": "ㅕ", "ㅚ": "ㅙ"}
# One-syllable stems whose vowel stays apart in writing: 피다→피어, 삐다→삐어.
_NO_CONTRACTION = ("피", "삐", "비", "기", "띠")
# ㅎ-irregular adjectives: 빨갛+아→빨개, 하얗+아→하얘
_H_IRREGULAR_VOWEL = {"ㅏ": "ㅐ", "ㅓ": "ㅐ", "ㅑ": "ㅒ", "ㅕ": "ㅖ"}


def infinitive(verb: Verb) -> str:
    """The 아/어 form, base of 해요체 and 반말: 가→가, 먹→먹어, 덥→더워, 모르→몰라."""
    stem = verb.stem
    head, last = stem[:-1], stem[-1]
    initial, medial, final = decompose(last)
    if last == "하":
        return head + "해"
    if verb.irregular == "ㅂ":
        return head + compose(initial, medial) + ("와" if stem in ("돕", "곱") else "워")
    if verb.irregular == "ㄷ":
        return head + compose(initial, medial, "ㄹ") + ("아" if _is_bright(last) else "어")
    if verb.irregular == "ㅅ":
        return head + compose(initial, medial) + ("아" if _is_bright(last) else "어")
    if verb.irregular == "ㅎ":
        return head + compose(initial, _H_IRREGULAR_VOWEL[medial])
    if verb.irregular == "르":
        before = head[-1]
        ending = "라" if _is_bright(before) else "러"
        return head[:-1] + add_final(before, "ㄹ") + ending
    if final:
        return stem + ("아" if _is_bright(last) else "어")
    if medial == "ㅡ":  # ㅡ deletion: 크→커, 바쁘→바빠, 예쁘→예뻐
        bright = bool(head) and _is_bright(head[-1])
        return head + compose(initial, "ㅏ" if bright else "ㅓ")
    if medial in _CONTRACTED_VOWEL and stem not in _NO_CONTRACTION:
        return head + compose(initial, _CONTRACTED_VOWEL[medial])
    return stem + "어"  # 쉬어, 뛰어, 띄어


def _eu_base(verb: Verb) -> str:
    """Stem form before endings that begin with (으): 먹으, 가, 더우, 들으, 나으, 빨가, 만들."""
    stem = verb.stem
    head, last = stem[:-1], stem[-1]
    initial, medial, final = decompose(last)
    if verb.irregular == "ㅂ":
        return head + compose(initial, medial) + "우"
    if verb.irregular == "ㄷ":
        return head + compose(initial, medial, "ㄹ") + "으"
    if verb.irregular == "ㅅ":
        return head + compose(initial, medial) + "으"
    if verb.irregular == "ㅎ":
        return head + compose(initial, medial)
    if final in ("", "ㄹ"):
        return stem
    return stem + "으"


def with_eu(verb: Verb, suffix: str) -> str:
    """Attach an ending written with optional 으: "세요", "면", "러", or "ㄹ…"/"ㄴ…".

    A suffix starting with the jamo ㄹ or ㄴ becomes the 받침 of the stem:
    with_eu(가다, "ㄹ까요") == "갈까요", with_eu(먹다, "ㄹ까요") == "먹을까요".
    ㄹ stems keep their ㄹ before 면 and 러 and lose it elsewhere:
    만들면, 놀러, but 만드세요, 만든.
    """
    base = _eu_base(verb)
    if final_consonant(base) == "ㄹ":
        if suffix.startswith("ㄹ"):
            return base + suffix[1:]
        if is_hangul_syllable(suffix[0]) and decompose(suffix[0])[0] in ("ㅁ", "ㄹ"):
            return base + suffix
        base = drop_final(base)
    if suffix[0] in ("ㄴ", "ㄹ"):
        return add_final(base, suffix[0]) + suffix[1:]
    return base + suffix


def honorific_stem(verb: Verb) -> str:
    """The 시-stem: 가시, 읽으시, 만드시, 드시 (먹다), 주무시 (자다)."""
    return verb.honorific or with_eu(verb, "시")


def _past_base(verb: Verb) -> str:
    return add_final(infinitive(verb), "ㅆ")


def _present_modifier(verb: Verb) -> str:
    """Noun modifier in the present: verbs 먹는/만드는, adjectives 큰/더운, 있다/없다 있는."""
    stem = verb.stem
    if stem.endswith("있") or stem.endswith("없") or not verb.adjective:
        if final_consonant(stem) == "ㄹ":
            stem = drop_final(stem)
        return stem + "는"
    return with_eu(verb, "ㄴ")


# Form name -> function building that form. Questions use the same forms plus "?".
FORMS = {
    "polite_present": lambda v: infinitive(v) + "요",
    "casual_present": infinitive,
    "polite_past": lambda v: _past_base(v) + "어요",
    "casual_past": lambda v: _past_base(v) + "어",
    "polite_future": lambda v: with_eu(v, "ㄹ") + " 거예요",
    "casual_future": lambda v: with_eu(v, "ㄹ") + " 거야",
    "honorific_present": lambda v: honorific_stem(v)[:-1] + "세요",
    "honorific_past": lambda v: honorific_stem(v)[:-1] + "셨어요",
    "honorific_future": lambda v: add_final(honorific_stem(v), "ㄹ") + " 거예요",
    "casual_honorific_present": lambda v: honorific_stem(v)[:-1] + "셔",
    "casual_honorific_past": lambda v: honorific_stem(v)[:-1] + "셨어",
    "casual_honorific_future": lambda v: add_final(honorific_stem(v), "ㄹ") + " 거야",
    "polite_suggestion": lambda v: with_eu(v, "ㄹ까요"),
    "casual_suggestion": lambda v: v.stem + "자",
    "casual_question_suggestion": lambda v: with_eu(v, "ㄹ까"),
    "polite_promise": lambda v: with_eu(v, "ㄹ게요"),
    "casual_promise": lambda v: with_eu(v, "ㄹ게"),
    "casual_offer": lambda v: with_eu(v, "ㄹ래"),
    "polite_offer": lambda v: with_eu(v, "ㄹ래요"),
    "polite_want": lambda v: v.stem + "고 싶어요",
    "casual_want": lambda v: v.stem + "고 싶어",
    "polite_progressive": lambda v: v.stem + "고 있어요",
    "casual_progressive": lambda v: v.stem + "고 있어",
    "honorific_progressive": lambda v: (v.honorific or v.stem) + "고 계세요",
    "casual_honorific_progressive": lambda v: (v.honorific or v.stem) + "고 계셔",
    "polite_must": lambda v: infinitive(v) + "야 해요",
    "casual_must": lambda v: infinitive(v) + "야 돼",
    "polite_can": lambda v: with_eu(v, "ㄹ") + " 수 있어요",
    "casual_can": lambda v: with_eu(v, "ㄹ") + " 수 있어",
    "polite_cannot": lambda v: with_eu(v, "ㄹ") + " 수 없어요",
    "polite_please": lambda v: infinitive(v) + " 주세요",
    "casual_please": lambda v: infinitive(v) + " 줘",
    "casual_would_you": lambda v: infinitive(v) + " 줄래",
    "polite_isnt_it": lambda v: v.stem + "지 않아요",
    "casual_isnt_it": lambda v: v.stem + "지 않아",
    "polite_dont": lambda v: v.stem + "지 마세요",
    "casual_dont": lambda v: v.stem + "지 마",
    "polite_try": lambda v: infinitive(v) + " 보세요",
    "casual_try": lambda v: infinitive(v) + " 봐",
    "and": lambda v: v.stem + "고",
    "before": lambda v: v.stem + "기 전에",
    "because": lambda v: infinitive(v) + "서",
    "if": lambda v: with_eu(v, "면"),
    "to_go_and": lambda v: with_eu(v, "러"),
    "past_modifier": lambda v: with_eu(v, "ㄴ"),
    "future_modifier": lambda v: with_eu(v, "ㄹ"),
    "present_modifier": _present_modifier,
}


def conjugate(verb: Verb | str, form: str) -> str:
    """Conjugate a verb or adjective into one of :data:`FORMS`.

    ``verb`` is a :class:`Verb` or a dictionary form; dictionary forms are
    looked up in :data:`VERBS`, then :data:`ADJECTIVES`, so that their
    irregular class is known (an unknown form is treated as regular).

    >>> conjugate("덥다", "polite_present"), conjugate("만들다", "honorific_present")
    ('더워요', '만드세요')
    """
    if isinstance(verb, str):
        verb = VERBS.get(verb) or ADJECTIVES.get(verb) or Verb(verb)
    if form not in FORMS:
        raise ValueError(f"unknown form {form!r}; choose from {sorted(FORMS)}")
    return FORMS[form](verb)


def negate(verb: Verb | str, form: str, word: str = "안") -> str:
    """A negated form with 안 (does not) or 못 (cannot).

    안/못 go right before the conjugated word; 하다 verbs built on a noun
    split around it: 청소하다 → 청소 안 해요, but 좋아하다 → 안 좋아해요.

    >>> negate("가다", "polite_present"), negate("청소하다", "polite_past", "못")
    ('안 가요', '청소 못 했어요')
    """
    if isinstance(verb, str):
        verb = VERBS.get(verb) or ADJECTIVES.get(verb) or Verb(verb)
    if " " in verb.dictionary_form:
        head, tail = verb.dictionary_form.rsplit(" ", 1)
        tail_verb = Verb(tail, verb.irregular, verb.honorific, verb.adjective)
        return f"{head} {word} {conjugate(tail_verb, form)}"
    stem = verb.stem
    noun_part = stem[:-1]
    if (stem.endswith("하") and len(stem) > 1 and not verb.adjective
            and noun_part[-1] not in ("아", "어", "워")):
        return f"{noun_part} {word} {conjugate(HADA, form)}"
    return f"{word} {conjugate(verb, form)}"


# ---------------------------------------------------------------------------
# Verb and adjective registry
# ---------------------------------------------------------------------------

def _adj(dictionary_form: str, irregular: str = "", honorific: str = "") -> Verb:
    """Shorthand for an adjective (descriptive verb)."""
    return Verb(dictionary_form, irregular, honorific, adjective=True)


HADA = Verb("하다")

ACTION_VERBS = (
    HADA,
    # with their own honorific words
    Verb("먹다", honorific="드시"), Verb("마시다", honorific="드시"), Verb("자다", honorific="주무시"),
    Verb("말하다", honorific="말씀하시"), Verb("있다", honorific="계시"),
    # regular (including ㅡ deletion, ㄹ stems and 하다)
    Verb("가꾸다"), Verb("가다"), Verb("가르치다"), Verb("갈다"), Verb("갈아입다"), Verb("감다"), Verb("감동하다"), Verb("갚다"),
    Verb("개다"), Verb("갱신하다"), Verb("걱정되다"), Verb("건너다"), Verb("걸다"), Verb("걸리다"), Verb("결리다"), Verb("계속되다"),
    Verb("고치다"), Verb("공부하다"), Verb("관찰하다"), Verb("구경하다"), Verb("굶다"), Verb("그리다"), Verb("긁다"),
    Verb("기다리다"), Verb("기어가다"), Verb("기침하다"), Verb("긴장되다"), Verb("까다"), Verb("까지다"), Verb("깎다"), Verb("깨다"),
    Verb("꺼내다"), Verb("꺾다"), Verb("꾸다"), Verb("뀌다"), Verb("끄다"), Verb("끊다"), Verb("끓다"), Verb("끓이다"),
    Verb("끼다"), Verb("나누다"), Verb("나다"), Verb("날다"), Verb("날리다"), Verb("날아다니다"), Verb("내다"), Verb("내리다"),
    Verb("널다"), Verb("넘기다"), Verb("넘다"), Verb("넘어지다"), Verb("넣다"), Verb("녹이다"), Verb("놀다"), Verb("놀라다"),
    Verb("놓다"), Verb("놓치다"), Verb("다가오다"), Verb("다녀오다"), Verb("다니다"), Verb("다듬다"), Verb("다지다"), Verb("다치다"),
    Verb("닦다"), Verb("닫다"), Verb("닫히다"), Verb("달다"), Verb("달리다"), Verb("담그다"), Verb("담다"), Verb("당황하다"),
    Verb("대다"), Verb("던지다"), Verb("덮다"), Verb("데우다"), Verb("데치다"), Verb("도착하다"), Verb("돌다"), Verb("돌리다"),
    Verb("돌아오다"), Verb("되다"), Verb("두다"), Verb("두드리다"), Verb("드리다"), Verb("들다"), Verb("들르다"), Verb("따끔거리다"),
    Verb("따다"), Verb("떠다니다"), Verb("떨리다"), Verb("떨어지다"), Verb("떼다"), Verb("뚫다"), Verb("뛰다"), Verb("뛰어오다"),
    Verb("뜨다"), Verb("뜯다"), Verb("막히다"), Verb("만나다"), Verb("만들다"), Verb("말리다"), Verb("맞다"), Verb("맞이하다"),
    Verb("맞추다"), Verb("매다"), Verb("먹이다"), Verb("멈추다"), Verb("메다"), Verb("모으다"), Verb("무치다"), Verb("묶다"),
    Verb("물리다"), Verb("물어보다"), Verb("밀다"), Verb("바꾸다"), Verb("박다"), Verb("받다"), Verb("발표하다"), Verb("밟다"),
    Verb("배우다"), Verb("뱉다"), Verb("버리다"), Verb("벗다"), Verb("베다"), Verb("베이다"), Verb("보내다"), Verb("보다"),
    Verb("볶다"), Verb("부리다"), Verb("부치다"), Verb("분리하다"), Verb("불다"), Verb("불리다"), Verb("붙이다"), Verb("비치다"),
    Verb("빌다"), Verb("빌리다"), Verb("빗다"), Verb("빚다"), Verb("빛나다"), Verb("빨다"), Verb("뽑다"), Verb("뿌리다"),
    Verb("사다"), Verb("산책하다"), Verb("살다"), Verb("삶다"), Verb("새다"), Verb("색칠하다"), Verb("샘나다"), Verb("생기다"),
    Verb("서다"), Verb("섞다"), Verb("설레다"), Verb("세우다"), Verb("소독하다"), Verb("쉬다"), Verb("시들다"), Verb("시작되다"),
    Verb("시키다"), Verb("식다"), Verb("신나다"), Verb("신다"), Verb("신청하다"), Verb("실망하다"), Verb("싫어하다"), Verb("심다"),
    Verb("싸다"), Verb("쌓다"), Verb("쌓이다"), Verb("썰다"), Verb("쏘이다"), Verb("쏟다"), Verb("쏟아지다"), Verb("쐬다"),
    Verb("쑤다"), Verb("쑤시다"), Verb("쓰다"), Verb("쓸다"), Verb("씹다"), Verb("씻기다"), Verb("씻다"), Verb("안다"),
    Verb("앉다"), Verb("알다"), Verb("얼리다"), Verb("업다"), Verb("연습하다"), Verb("열다"), Verb("예약하다"), Verb("오다"),
    Verb("오리다"), Verb("올리다"), Verb("옮기다"), Verb("외우다"), Verb("요리하다"), Verb("운동하다"), Verb("울다"), Verb("울리다"),
    Verb("움직이다"), Verb("웃다"), Verb("이기다"), Verb("익다"), Verb("인화하다"), Verb("일어나다"), Verb("읽다"), Verb("잃다"),
    Verb("잃어버리다"), Verb("입다"), Verb("자라다"), Verb("잠그다"), Verb("잡다"), Verb("재다"), Verb("재우다"), Verb("저리다"),
    Verb("전화하다"), Verb("절이다"), Verb("접다"), Verb("접질리다"), Verb("정리하다"), Verb("조리다"), Verb("조립하다"),
    Verb("졸다"), Verb("좋아하다"), Verb("주다"), Verb("주문하다"), Verb("준비하다"), Verb("지내다"), Verb("지다"), Verb("지우다"),
    Verb("지치다"), Verb("지키다"), Verb("짖다"), Verb("짚다"), Verb("짜다"), Verb("찌그러뜨리다"), Verb("찌다"), Verb("찍다"),
    Verb("찢다"), Verb("차다"), Verb("참다"), Verb("찾다"), Verb("채우다"), Verb("채집하다"), Verb("챙기다"), Verb("청소하다"),
    Verb("추다"), Verb("출발하다"), Verb("충전하다"), Verb("치다"), Verb("치우다"), Verb("칠하다"), Verb("켜다"), Verb("키우다"),
    Verb("타다"), Verb("태우다"), Verb("터지다"), Verb("털다"), Verb("튀기다"), Verb("튀다"), Verb("트다"), Verb("팔다"),
    Verb("풀다"), Verb("피다"), Verb("헹구다"), Verb("화나다"), Verb("확인하다"), Verb("후회되다"), Verb("흔들다"), Verb("흔들리다"),
    Verb("흘리다"),
    # ㅂ irregular
    Verb("굽다", "ㅂ"), Verb("눕다", "ㅂ"), Verb("돕다", "ㅂ"), Verb("줍다", "ㅂ"),
    # ㄷ irregular
    Verb("걷다", "ㄷ"), Verb("듣다", "ㄷ"), Verb("묻다", "ㄷ"), Verb("싣다", "ㄷ"),
    # 르 irregular
    Verb("고르다", "르"), Verb("구르다", "르"), Verb("기르다", "르"), Verb("누르다", "르"), Verb("두르다", "르"),
    Verb("모르다", "르"), Verb("바르다", "르"), Verb("부르다", "르"), Verb("서두르다", "르"), Verb("엎지르다", "르"),
    Verb("오르다", "르"), Verb("자르다", "르"), Verb("주무르다", "르"), Verb("타이르다", "르"), Verb("흐르다", "르"),
    # ㅅ irregular
    Verb("낫다", "ㅅ"), Verb("붓다", "ㅅ"), Verb("젓다", "ㅅ"), Verb("짓다", "ㅅ"),
    # several words; only the last is conjugated
    Verb("깁스를 하다"), Verb("꼬리를 흔들다"), Verb("꽉 끼다"), Verb("데리러 가다"), Verb("등을 두드리다"), Verb("마중 나가다"),
    Verb("소리가 나다"), Verb("소리를 내다"), Verb("젖병을 빨다"), Verb("짜증 나다"), Verb("창문을 두드리다"), Verb("코를 골다"),
    Verb("펄펄 끓다"), Verb("피가 나다"),
)

ADJECTIVE_LIST = (
    # with their own honorific words
    _adj("아프다", honorific="편찮으시"),
    # regular (including ㅡ deletion, ㄹ stems and 하다)
    _adj("간단하다"), _adj("강하다"), _adj("건강하다"), _adj("건조하다"), _adj("겸손하다"), _adj("고소하다"), _adj("괜찮다"),
    _adj("궁금하다"), _adj("귀찮다"), _adj("급하다"), _adj("기쁘다"), _adj("길다"), _adj("까칠하다"), _adj("깨끗하다"),
    _adj("꼼꼼하다"), _adj("나쁘다"), _adj("낮다"), _adj("넉넉하다"), _adj("넓다"), _adj("높다"), _adj("눅눅하다"), _adj("느긋하다"),
    _adj("느끼하다"), _adj("느리다"), _adj("다정하다"), _adj("단단하다"), _adj("달다"), _adj("달달하다"), _adj("달콤하다"),
    _adj("담백하다"), _adj("답답하다"), _adj("대범하다"), _adj("더부룩하다"), _adj("두둑하다"), _adj("든든하다"), _adj("듬직하다"),
    _adj("따뜻하다"), _adj("딱딱하다"), _adj("똑똑하다"), _adj("많다"), _adj("말랑하다"), _adj("맑다"), _adj("맛없다"),
    _adj("맛있다"), _adj("매콤하다"), _adj("멀다"), _adj("멋있다"), _adj("명랑하다"), _adj("무뚝뚝하다"), _adj("묵직하다"),
    _adj("미안하다"), _adj("민망하다"), _adj("믿음직하다"), _adj("밍밍하다"), _adj("바쁘다"), _adj("바삭하다"), _adj("반짝반짝하다"),
    _adj("밝다"), _adj("배고프다"), _adj("복잡하다"), _adj("부지런하다"), _adj("불안하다"), _adj("불편하다"), _adj("붉다"),
    _adj("비리다"), _adj("비싸다"), _adj("뻑뻑하다"), _adj("뿌듯하다"), _adj("상냥하다"), _adj("상쾌하다"), _adj("새콤달콤하다"),
    _adj("새콤하다"), _adj("서운하다"), _adj("선선하다"), _adj("섭섭하다"), _adj("성실하다"), _adj("세다"), _adj("소심하다"),
    _adj("속상하다"), _adj("솔직하다"), _adj("슬프다"), _adj("습하다"), _adj("시다"), _adj("시원하다"), _adj("시큼하다"),
    _adj("신선하다"), _adj("싫다"), _adj("심심하다"), _adj("심하다"), _adj("싱싱하다"), _adj("싸다"), _adj("쌀쌀하다"), _adj("쓰다"),
    _adj("쓰리다"), _adj("씩씩하다"), _adj("약하다"), _adj("얇다"), _adj("얌전하다"), _adj("억울하다"), _adj("얼큰하다"),
    _adj("엄하다"), _adj("엉뚱하다"), _adj("예민하다"), _adj("예쁘다"), _adj("용감하다"), _adj("우울하다"), _adj("유쾌하다"),
    _adj("의젓하다"), _adj("있다"), _adj("자상하다"), _adj("작다"), _adj("재미없다"), _adj("재미있다"), _adj("저렴하다"),
    _adj("적다"), _adj("점잖다"), _adj("정정하다"), _adj("조용하다"), _adj("졸리다"), _adj("좁다"), _adj("좋다"), _adj("지루하다"),
    _adj("지저분하다"), _adj("짜다"), _adj("짜릿하다"), _adj("짧다"), _adj("짭짤하다"), _adj("쫄깃하다"), _adj("차다"),
    _adj("차분하다"), _adj("착하다"), _adj("창피하다"), _adj("초조하다"), _adj("촉촉하다"), _adj("친절하다"), _adj("침착하다"),
    _adj("침침하다"), _adj("칼칼하다"), _adj("크다"), _adj("텁텁하다"), _adj("튼튼하다"), _adj("퍽퍽하다"), _adj("편안하다"),
    _adj("편하다"), _adj("포근하다"), _adj("푹신하다"), _adj("피곤하다"), _adj("행복하다"), _adj("헐렁하다"), _adj("홀가분하다"),
    _adj("화려하다"), _adj("화창하다"), _adj("활발하다"), _adj("황당하다"), _adj("후텁지근하다"), _adj("흐리다"), _adj("힘들다"),
    # ㅂ irregular
    _adj("가깝다", "ㅂ"), _adj("가렵다", "ㅂ"), _adj("가볍다", "ㅂ"), _adj("간지럽다", "ㅂ"), _adj("고맙다", "ㅂ"),
    _adj("귀엽다", "ㅂ"), _adj("그립다", "ㅂ"), _adj("까다롭다", "ㅂ"), _adj("너그럽다", "ㅂ"), _adj("더럽다", "ㅂ"),
    _adj("덥다", "ㅂ"), _adj("두껍다", "ㅂ"), _adj("따갑다", "ㅂ"), _adj("뜨겁다", "ㅂ"), _adj("맵다", "ㅂ"),
    _adj("무겁다", "ㅂ"), _adj("무덥다", "ㅂ"), _adj("무섭다", "ㅂ"), _adj("미끄럽다", "ㅂ"), _adj("반갑다", "ㅂ"),
    _adj("변덕스럽다", "ㅂ"), _adj("부끄럽다", "ㅂ"), _adj("부드럽다", "ㅂ"), _adj("부럽다", "ㅂ"), _adj("새롭다", "ㅂ"),
    _adj("수다스럽다", "ㅂ"), _adj("쉽다", "ㅂ"), _adj("시끄럽다", "ㅂ"), _adj("싱겁다", "ㅂ"), _adj("쑥스럽다", "ㅂ"),
    _adj("아름답다", "ㅂ"), _adj("아쉽다", "ㅂ"), _adj("어둡다", "ㅂ"), _adj("어렵다", "ㅂ"), _adj("어지럽다", "ㅂ"),
    _adj("외롭다", "ㅂ"), _adj("즐겁다", "ㅂ"), _adj("차갑다", "ㅂ"), _adj("촌스럽다", "ㅂ"), _adj("춥다", "ㅂ"),
    # 르 irregular
    _adj("게으르다", "르"), _adj("다르다", "르"), _adj("목마르다", "르"), _adj("배부르다", "르"), _adj("빠르다", "르"),
    # ㅎ irregular
    _adj("그렇다", "ㅎ"), _adj("까맣다", "ㅎ"), _adj("노랗다", "ㅎ"), _adj("빨갛다", "ㅎ"), _adj("어떻다", "ㅎ"),
    _adj("파랗다", "ㅎ"), _adj("하얗다", "ㅎ"),
    # several words; only the last is conjugated
    _adj("재치 있다"),
)

# Lookup by dictionary form. Some forms are both a verb and an adjective
# (싸다 "to pack" / "cheap", 쓰다 "to write" / "bitter"); they conjugate the
# same way except in the present noun modifier, so each has its own table.
VERBS = {verb.dictionary_form: verb for verb in ACTION_VERBS}
ADJECTIVES = {adjective.dictionary_form: adjective for adjective in ADJECTIVE_LIST}


def _verb(dictionary_form: str) -> Verb:
    """A registered action verb; fails loudly on a typo or an unregistered verb."""
    return VERBS[dictionary_form]


def _adjective(dictionary_form: str) -> Verb:
    """A registered adjective; fails loudly on a typo or an unregistered adjective."""
    return ADJECTIVES[dictionary_form]


# ---------------------------------------------------------------------------
# Lexicon: people
# ---------------------------------------------------------------------------

# Given names; casual talk adds 이 after a consonant (민준이가), see familiar_name.
GIVEN_NAMES = (
    # children and young adults
    "민준", "서준", "도윤", "예준", "시우", "하준", "주원", "지호", "지후", "준우", "준서", "건우",
    "도현", "현우", "우진", "선우", "서진", "민재", "현준", "연우", "유준", "정우", "승우", "승현",
    "시윤", "준혁", "은우", "지환", "승민", "지우", "유찬", "윤우", "민성", "준영", "시후", "진우",
    "수호", "재윤", "시현", "동현", "태윤", "민규", "재원", "한결", "민우", "재민", "은찬", "윤호",
    "시원", "이준", "민찬", "지안", "시온", "성민", "준호", "승준", "성현", "이안", "재현", "하율",
    "지한", "우현", "태민", "로운", "율", "도훈", "태현", "건", "하람", "태양", "무진", "강민",
    "서연", "서윤", "서현", "민서", "하은", "하윤", "윤서", "지유", "지민", "채원", "지윤", "은서",
    "수아", "다은", "예은", "지아", "수빈", "소율", "예린", "예원", "지원", "소윤", "하린", "시은",
    "유진", "채은", "가은", "윤아", "아린", "나은", "서아", "다인", "유나", "예나", "수민", "혜원",
    "예서", "나연", "다연", "아윤", "채윤", "소은", "서영", "주아", "하진", "수연", "민지", "혜진",
    "은지", "지현", "수진", "보람", "슬기", "아름", "한별", "초롱", "이슬", "새봄", "가을", "하늘",
    "다솜", "나래", "보미", "예슬", "슬아", "혜린", "채령", "세아", "리아", "다희", "효주", "효린",
    "소희", "유리", "재희", "규리", "단비", "여름", "솔", "빛나", "라온", "누리", "찬희", "해솔",
    # parents and grandparents
    "상훈", "영수", "철수", "영호", "광수", "정훈", "성호", "동욱", "재석", "병철", "상철", "기석",
    "종민", "형준", "경훈", "석진", "남준", "호석", "윤기", "태형", "정국", "범수", "규현", "용준",
    "희철", "봉수", "만석", "덕수", "춘식", "갑수", "형식", "창민", "진혁", "택연", "우영", "찬성",
    "영희", "순자", "영숙", "미숙", "경숙", "정숙", "옥순", "말순", "복순", "금순", "춘자", "명자",
    "혜숙", "은영", "미경", "선영", "현정", "은정", "지혜", "희정", "경희", "명희", "순희", "옥자",
    "금옥", "덕순", "꽃님", "봉순", "미란", "정란", "숙희", "영란", "혜란", "향숙", "애란", "귀순",
    "점순", "분이", "끝순", "막례", "필순", "연실", "효정", "윤정", "미나", "세영", "정화", "은혜",
    "혜경", "수정", "미현", "성희", "진아", "보영", "현주", "지영", "선희", "경아", "인숙", "옥희",
    "병수", "두식", "칠성", "만수", "길동", "판석", "용팔", "억만", "팔봉", "득수", "삼식", "학규",
    "태호", "석규", "명수", "진섭", "웅진", "혁재", "충현", "훈", "욱", "섭", "찬", "규", "탁",
    "도겸", "태겸", "윤겸", "시혁", "은혁", "규빈", "현빈", "태빈", "수혁", "재혁", "상혁", "하빈",
    "원빈", "재훈", "성훈", "태훈", "영훈", "태웅", "지웅", "대웅", "동건", "시헌", "정헌", "승헌",
    "휘성", "지휘", "윤휘", "명륜", "재륜", "승렬", "태렬", "정렬", "병렬", "승엽", "태엽", "종엽",
    "희섭", "병섭", "상협", "재협", "기범", "태범", "승범", "재욱", "태욱", "성욱", "세찬", "경찬",
    "석찬", "준표", "광표", "재필", "광필", "흥민", "흥국", "병곤", "태균", "성균", "재균", "근영",
    "태근", "진락", "상락", "혜령", "수련", "은령", "서령", "하령", "미령", "보라", "아라", "세라",
    "유라", "지란", "가림", "예림", "하림", "서림", "유림", "세림", "서율", "지율", "나율", "예빈",
    "혜빈", "다빈", "은솔", "한솔", "다온", "가온", "단아", "단우", "단희", "말자", "끝분", "간난",
    "언년", "삼순", "덕례", "순례", "복례", "옥례", "춘례", "갑돌", "돌쇠", "칠복", "만복", "오복",
    "봉팔", "필승", "만득", "판돌", "복만", "천석", "백석", "덕칠", "삼돌", "학봉", "길수", "을용",
    "갑동", "을순", "병순", "무순", "기순", "경순", "계순", "임순", "신자", "점례", "귀남", "후남",
    "종숙", "명옥", "춘봉", "곰례", "쌍순", "꽃분", "옥분", "차순", "평순",
    "솔잎", "꽃잎", "이삭", "미르", "아랑", "노을", "여울", "하랑", "시아", "채아",
    "로하", "라희", "도하", "윤슬", "봄빛", "새롬", "은별", "샛별", "나린", "가람", "한울",
)

SURNAMES = (
    "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황",
    "안", "송", "류", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "유", "남", "심", "노",
    "하", "곽", "성", "차", "주", "우", "구", "민", "진", "지", "엄", "채", "원", "천", "방", "공",
    "현", "함", "변", "염", "여", "추", "도", "소", "석", "선", "설", "마", "길", "연", "위", "표",
    "명", "기", "반", "왕", "금", "옥", "육", "인", "맹", "제", "모", "탁", "국", "어", "은", "편",
    "용", "예", "경", "봉", "사", "부", "복", "태", "목", "형", "피", "두", "감", "음", "빈", "동",
    "온", "호", "범", "좌", "팽", "승", "간", "상", "갈", "견", "당", "화", "창", "옹", "순", "단",
    "남궁", "선우", "제갈", "황보", "독고", "사공", "서문",
)

# Relatives and people spoken about without honorifics.
CHILD_RELATIVES = ("동생", "남동생", "여동생", "형", "누나", "오빠", "언니", "아들", "딸", "막내",
                   "조카", "친구", "짝꿍", "사촌 동생", "큰애", "작은애", "손자", "손녀", "큰딸",
                   "작은아들", "쌍둥이 동생", "반 친구")
ADULT_RELATIVES = ("엄마", "아빠", "삼촌", "이모", "고모", "외삼촌", "숙모", "남편", "아내", "형부",
                   "올케", "새언니", "매형", "제부", "사촌 형", "사촌 누나", "작은언니", "큰오빠", "시누이",
                   "시동생", "처제", "처남", "동서", "형수", "제수씨", "매부", "도련님", "아가씨", "육촌 형",
                   "외사촌", "고종사촌", "이종사촌", "새신랑", "막내삼촌", "큰이모", "작은고모")
# Elders: the verb takes the honorific 시 (할머니가 오셨어요).
FAMILY_ELDERS = ("할머니", "할아버지", "외할머니", "외할아버지", "어머니", "아버지", "큰아버지",
                 "큰어머니", "작은아버지", "작은어머니", "시어머니", "시아버지", "장모님", "장인어른",
                 "고모부", "이모부", "증조할머니", "친할머니", "친할아버지", "사돈어른", "아주버님",
                 "큰형님", "시고모님", "당숙 어른", "외숙모님", "증조할아버지", "시할머니")
OTHER_ELDERS = ("선생님", "담임 선생님", "원장님", "교장 선생님", "의사 선생님", "경비 아저씨",
                "관리소장님", "사장님", "택배 기사님", "태권도 관장님", "피아노 선생님",
                "간호사 선생님", "수영 코치님", "학원 선생님", "반장 어머님", "목사님", "스님",
                "신부님", "집주인 아주머니", "약사님", "미용실 원장님", "부녀회장님")
NEIGHBOURS = ("옆집 할머니", "옆집 아저씨", "옆집 아주머니", "아랫집 할아버지", "위층 아주머니",
              "아래층 아저씨", "앞집 할머니", "건너편 슈퍼 사장님", "이웃집 할아버지", "통장님",
              "일 층 할머니", "맞은편 아주머니", "윗집 신혼부부", "반장님")
NEIGHBOUR_CHILDREN = ("앞집 아이", "윗집 아이들", "옆 동 친구", "이웃집 꼬마", "아랫집 쌍둥이",
                      "옆집 형", "옆집 누나", "같은 층 동생")

JOBS = ("선생님", "의사", "간호사", "경찰관", "소방관", "요리사", "가수", "배우", "화가", "작가",
        "기자", "변호사", "판사", "검사", "군인", "농부", "어부", "회사원", "공무원", "은행원",
        "택배 기사", "버스 기사", "택시 기사", "미용사", "약사", "수의사", "치과 의사", "한의사",
        "과학자", "운동선수", "축구 선수", "야구 선수", "수영 선수", "농구 선수", "디자이너",
        "프로그래머", "엔지니어", "교수", "사장", "점원", "사진작가", "피아니스트", "조종사",
        "승무원", "집배원", "환경미화원", "건축가", "목수", "정비사", "제빵사", "바리스타",
        "아나운서", "기상 캐스터", "통역사", "번역가", "상담사", "사회복지사", "보육 교사",
        "유치원 선생님", "영양사", "물리치료사", "연구원", "우주 비행사", "발명가", "탐정",
        "마술사", "만화가", "작곡가", "지휘자", "발레리나", "모델", "코치", "심판", "감독",
        "태권도 사범", "경비원", "정원사", "소설가", "시인", "도예가", "플로리스트", "관광 가이드",
        "항해사", "기관사", "외교관", "국회의원", "대통령", "성우", "개그맨", "유튜버", "헤어 디자이너")

PET_NAMES = ("초코", "콩이", "보리", "구름이", "두부", "별이", "해피", "뭉치", "몽이", "까미", "호두",
             "솜이", "봄이", "루루", "코코", "하루", "나비", "복실이", "바둑이", "흰둥이", "누렁이",
             "똘이", "방울이", "쿠키", "밤이", "모카", "라떼", "설기", "망고", "탄이", "감자", "치즈",
             "사랑이", "행복이", "토리", "달이", "꼬미", "체리", "순이", "뽀삐", "깜순이", "마루",
             "아롱이", "다롱이", "찹쌀이", "백구", "황구", "또또", "삐삐", "양말이", "떡국이", "호떡이")
PET_KINDS = ("강아지", "고양이", "햄스터", "토끼", "앵무새", "거북이", "고슴도치", "금붕어")

# ---------------------------------------------------------------------------
# Lexicon: food and drink
# ---------------------------------------------------------------------------

DISHES = ("김치찌개", "된장찌개", "순두부찌개", "부대찌개", "미역국", "떡국", "콩나물국", "북엇국",
          "육개장", "설렁탕", "갈비탕", "삼계탕", "감자탕", "해장국", "비빔밥", "볶음밥", "김밥",
          "주먹밥", "유부초밥", "오므라이스", "카레라이스", "짜장면", "짬뽕", "탕수육", "냉면",
          "칼국수", "잔치국수", "비빔국수", "라면", "우동", "떡볶이", "라볶이", "순대", "어묵",
          "튀김", "만두", "물만두", "군만두", "불고기", "갈비찜", "제육볶음", "닭갈비", "닭볶음탕",
          "찜닭", "삼겹살", "족발", "보쌈", "돈가스", "생선구이", "고등어조림", "갈치조림",
          "계란말이", "계란찜", "두부조림", "감자조림", "멸치볶음", "어묵볶음", "잡채", "시금치나물",
          "콩나물무침", "오이무침", "김치전", "파전", "해물파전", "감자전", "호박전", "동그랑땡",
          "떡갈비", "샐러드", "피자", "햄버거", "치킨", "스파게티", "샌드위치", "토스트", "핫도그",
          "호박죽", "전복죽", "누룽지", "초밥", "쌀국수", "월남쌈", "김치볶음밥", "새우볶음밥",
          "스테이크", "수제비", "콩국수", "장어구이", "낙지볶음", "오징어볶음", "주꾸미볶음",
          "아귀찜", "꽃게탕", "매운탕", "추어탕", "청국장", "곰탕", "떡만둣국", "편육", "쫄면",
          "밀면", "막국수", "닭죽", "팥죽", "곱창볶음", "양념치킨", "함박스테이크", "볶음우동",
          "규동", "돈부리", "마라탕", "훠궈", "딤섬", "타코", "리소토", "그라탕", "닭강정", "육회",
          "물회", "회덮밥", "알탕", "동태찌개", "고추장찌개", "김치찜", "등갈비", "닭꼬치", "오리백숙",
          "도가니탕", "꼬리곰탕", "순댓국", "뼈해장국", "선짓국", "시래깃국", "아욱국", "뭇국",
          "황탯국", "버섯전골", "샤부샤부", "들깨칼국수", "바지락칼국수", "짜글이", "오삼불고기",
          "주물럭", "너비아니", "궁중떡볶이", "구절판", "신선로", "탕평채", "잡곡밥", "콩밥", "영양밥",
          "솥밥", "돌솥비빔밥", "꼬막비빔밥", "쌈밥", "곤드레밥", "오징어순대", "아바이순대", "떡튀순",
          "쟁반국수", "열무국수", "고기만두", "갈비만두", "육전", "굴전", "빈대떡", "녹두전", "배추전",
          "묵은지찜", "코다리조림", "꽁치찌개", "청국장찌개", "된장국", "뚝배기불고기", "양념게장",
          "간장게장", "낙곱새", "닭한마리", "곱창전골", "부대볶음", "치즈돈가스", "생선까스",
          "크림 스파게티", "토마토 스파게티", "감바스", "숯불갈비", "옻닭", "누룽지백숙")
FRUITS = ("사과", "배", "바나나", "포도", "딸기", "수박", "참외", "복숭아", "귤", "감", "자두",
          "체리", "토마토", "방울토마토", "키위", "망고", "파인애플", "오렌지", "레몬", "블루베리",
          "멜론", "석류", "무화과", "살구", "앵두", "대추", "곶감", "홍시", "한라봉", "천혜향",
          "샤인머스캣", "풋사과", "자몽", "라임", "아보카도", "코코넛", "용과", "리치", "두리안", "유자",
          "모과", "매실", "오디", "산딸기", "단감", "청포도", "거봉")
SNACKS = ("과자", "빵", "케이크", "쿠키", "초콜릿", "사탕", "젤리", "아이스크림", "요구르트",
          "치즈", "떡", "송편", "붕어빵", "호떡", "팥빙수", "약과", "강정", "찐 고구마", "군고구마",
          "군밤", "찐 옥수수", "땅콩", "호두", "아몬드", "도넛", "와플", "마카롱", "팝콘", "식빵",
          "크림빵", "단팥빵", "소보로빵", "바게트", "머핀", "카스텔라", "건포도", "시리얼", "찐빵",
          "뻥튀기", "솜사탕", "꽈배기", "계란빵", "타르트", "푸딩", "인절미", "꿀떡", "백설기",
          "가래떡", "떡꼬치", "핫케이크", "감자칩", "양갱", "유과", "한과", "누가", "쫀드기", "쥐포",
          "달고나", "쌀과자", "곰젤리", "츄러스", "크루아상", "베이글", "프레첼", "치즈볼",
          "에그타르트", "슈크림", "롤케이크", "티라미수", "스콘", "모찌", "찹쌀떡", "경단", "절편",
          "증편", "바람떡", "술빵", "보리빵", "옥수수빵", "찹쌀도넛", "약밥", "호빵", "컵케이크",
          "밀크셰이크", "빙수", "셔벗", "아이스바", "미니 약과", "오란다", "전병", "센베이", "맛밤")
DRINKS = ("물", "우유", "주스", "커피", "녹차", "보리차", "옥수수차", "둥굴레차", "유자차",
          "생강차", "대추차", "매실차", "꿀물", "콜라", "사이다", "두유", "식혜", "수정과",
          "코코아", "홍차", "레몬차", "오렌지 주스", "사과 주스", "포도 주스", "딸기 우유",
          "바나나 우유", "초코 우유", "탄산수", "생수", "미숫가루", "맥주", "막걸리", "와인",
          "허브차", "국화차", "율무차", "쌍화차", "레모네이드", "아이스티", "카페라테", "밀크티",
          "이온 음료", "숭늉", "콩국", "배즙", "양파즙", "호박즙", "칡즙", "오미자차", "구기자차",
          "보리 음료", "흑당 밀크티", "자몽 에이드", "수박 주스", "토마토 주스", "당근 주스")
# Raw ingredients and pantry goods.
INGREDIENTS = ("고사리", "도라지", "취나물", "냉이", "달래", "쑥", "두릅", "씀바귀", "미나리", "시래기",
               "우거지", "열무", "총각김치", "깍두기", "동치미", "백김치", "갓김치", "파김치", "오이소박이",
               "명란젓", "오징어젓", "새우젓", "어리굴젓", "장아찌", "꽈리고추", "메추리알", "장조림",
               "코다리", "황태", "북어", "과메기", "꼬막", "바지락", "홍합", "전복", "소라", "골뱅이",
               "멍게", "해삼", "낙지", "주꾸미", "꽁치", "삼치", "광어", "우럭", "도미", "민어", "명태",
               "동태", "빙어", "곰취", "더덕", "인삼", "잣", "은행", "쌈장", "초고추장", "물엿", "조청",
               "들기름", "들깨", "참깨", "녹두", "수수", "귀리", "보리", "현미", "찹쌀", "흑미", "메밀",
               "토란", "우엉", "연근", "콜라비", "비트", "셀러리", "아스파라거스", "양상추", "치커리",
               "케일", "청경채", "쑥갓", "근대", "아욱", "얼갈이", "봄동", "고구마순", "호박잎", "콩잎",
               "떡국떡", "당면", "어묵", "햄", "소시지", "베이컨", "참치캔", "스팸", "유부", "곤약",
               "묵", "도토리묵", "청포묵", "김", "미역", "다시마", "멸치", "건새우", "굴", "꽃게",
               "대게", "랍스터", "연어", "닭가슴살", "오리고기", "양고기", "차돌박이", "목살", "안심",
               "등심", "갈빗살", "사골", "우족", "순두부", "비지", "두유", "버터", "마요네즈", "케첩",
               "겨자", "와사비", "굴소스", "액젓", "매실청", "식초", "올리브유", "후춧가루", "카레 가루",
               "굵은 소금", "꽃소금", "맛술", "생크림", "연유", "땅콩버터", "누룩", "엿기름")
# (ingredient, verb): one step of cooking
COOKING_STEPS = (
    ("양파", "썰다"), ("감자", "삶다"), ("고기", "굽다"), ("물", "끓이다"), ("마늘", "다지다"),
    ("파", "썰다"), ("당근", "썰다"), ("두부", "자르다"), ("시금치", "데치다"), ("콩나물", "삶다"),
    ("새우", "튀기다"), ("김치", "볶다"), ("국", "데우다"), ("생선", "굽다"), ("고구마", "굽다"),
    ("쌀", "씻다"), ("상추", "씻다"), ("배추", "절이다"), ("오이", "썰다"), ("버섯", "볶다"),
    ("호박", "썰다"), ("소금", "넣다"), ("간장", "넣다"), ("설탕", "넣다"), ("참기름", "두르다"),
    ("식용유", "두르다"), ("고춧가루", "넣다"), ("후추", "뿌리다"), ("깨", "뿌리다"),
    ("국수", "삶다"), ("만두", "찌다"), ("불고기", "재우다"), ("멸치", "볶다"), ("물", "붓다"),
    ("우유", "데우다"), ("치즈", "올리다"), ("빵", "굽다"), ("떡", "썰다"), ("고추", "다지다"),
    ("생강", "다지다"), ("찌개", "끓이다"), ("라면", "끓이다"), ("계란", "삶다"), ("토마토", "갈다"),
    ("옥수수", "찌다"), ("가지", "볶다"), ("브로콜리", "데치다"), ("고등어", "굽다"),
    ("오징어", "데치다"), ("콩", "불리다"), ("미역", "불리다"), ("당면", "삶다"), ("팥", "삶다"),
    ("무", "썰다"), ("대파", "썰다"), ("양념", "만들다"), ("소스", "섞다"), ("반찬", "담다"),
    ("밀가루", "섞다"), ("달걀", "풀다"), ("꿀", "넣다"), ("식초", "넣다"), ("된장", "풀다"),
    ("고추장", "넣다"), ("멸치 육수", "내다"), ("버터", "녹이다"), ("양배추", "썰다"),
    ("부추", "다듬다"), ("깻잎", "씻다"), ("피망", "썰다"), ("파프리카", "볶다"), ("연근", "조리다"),
    ("우엉", "볶다"), ("도라지", "무치다"), ("고사리", "볶다"), ("숙주", "데치다"), ("죽", "젓다"),
)

# ---------------------------------------------------------------------------
# Lexicon: the home
# ---------------------------------------------------------------------------

# Things that get lost, found, lent and put away.
HOUSEHOLD_OBJECTS = (
    "우산", "열쇠", "지갑", "휴대폰", "안경", "가방", "책가방", "필통", "연필", "지우개", "공책",
    "알림장", "장난감", "인형", "로봇", "블록", "퍼즐", "공", "리모컨", "충전기", "이어폰",
    "손목시계", "달력", "수건", "칫솔", "치약", "비누", "샴푸", "휴지", "물티슈", "기저귀", "젖병",
    "컵", "머그잔", "물병", "텀블러", "도시락통", "숟가락", "젓가락", "포크", "가위", "풀",
    "테이프", "스테이플러", "자", "색연필", "크레파스", "물감", "붓", "스케치북", "계산기", "사전",
    "동화책", "만화책", "잡지", "신문", "편지", "택배 상자", "영수증", "교통카드", "신용카드",
    "도장", "통장", "여권", "쿠폰", "반창고", "체온계", "마스크", "손전등", "건전지", "전구",
    "액자", "사진첩", "머리핀", "머리끈", "손거울", "빗", "드라이기", "면도기", "손톱깎이",
    "돋보기", "부채", "손수건", "줄넘기", "축구공", "농구공", "야구 글러브", "킥보드", "자동차 열쇠",
    "현관 열쇠", "우편물", "고지서", "설명서", "보증서", "주사위", "윷", "팽이", "딱지", "구슬",
    "풍선", "색종이", "스티커", "일기장", "수첩", "볼펜", "형광펜", "샤프", "연필깎이", "실내화 주머니",
    "보조 배터리", "노트북 가방", "장바구니", "우비", "양산", "선크림", "립밤", "핸드크림", "머리빗",
    "바늘", "실", "단추", "옷핀", "망치", "드라이버", "못", "줄자", "고무줄", "빨래집게", "옷걸이",
    "베개", "이불", "담요", "방석", "쿠션", "돗자리", "텐트", "침낭", "모기향", "파리채", "효자손",
    "주걱", "뒤집개", "거품기", "채반", "소쿠리", "바구니", "양푼", "석쇠", "찜기", "밀대", "강판",
    "병따개", "수세미", "고무장갑", "행주", "도마", "국자", "깔때기", "밀폐 용기", "랩", "지퍼백",
    "보온병", "아이스박스", "빨래판", "빨랫줄", "다리미판", "세탁망", "섬유 유연제", "표백제", "변기솔",
    "방향제", "살충제", "모기장", "멀티탭", "콘센트", "전선", "나사", "사인펜", "네임펜", "크레용",
    "팔레트", "이젤", "앨범", "클립", "바인더", "지구본", "망원경", "현미경", "나침반", "호루라기",
    "무전기", "손난로", "핫팩", "탁상시계", "자명종", "체중계", "온도계", "습도계", "구급상자",
    "냅킨", "밧줄", "찻잔", "헝겊 인형", "알파벳 카드", "플라스틱 컵", "종이컵", "나무젓가락", "빨대",
)
# Where things are: "{object}이 {spot} 있어요".
SPOTS = ("소파 밑에", "소파 위에", "침대 밑에", "책상 서랍 안에", "식탁 위에", "신발장 안에",
         "현관 앞에", "냉장고 옆에", "텔레비전 뒤에", "책장 맨 위 칸에", "옷장 안에", "가방 안에",
         "주머니 안에", "베란다에", "화장실 선반 위에", "세탁기 위에", "피아노 위에", "의자 밑에",
         "거실 탁자 위에", "차 안에", "신발장 위에", "창문 옆에", "화장대 위에", "서랍장 두 번째 칸에",
         "빨래 바구니 안에", "책상 위에", "침대 머리맡에", "현관 선반에", "식탁 의자 위에",
         "장난감 상자 안에", "할머니 방에", "아빠 차 트렁크에", "쓰레기통 옆에", "이불 속에")
# Appliances and lights that are switched on and off.
APPLIANCES = ("세탁기", "건조기", "식기세척기", "전자레인지", "오븐", "에어프라이어", "에어컨",
              "선풍기", "난로", "히터", "전기장판", "가습기", "제습기", "공기청정기", "텔레비전",
              "컴퓨터", "노트북", "프린터", "청소기", "로봇청소기", "다리미", "드라이기", "보일러",
              "전기 주전자", "토스터", "믹서기", "커피 머신", "라디오", "태블릿", "게임기", "환풍기",
              "형광등", "스탠드", "온수기", "전기밥솥", "정수기", "안마의자", "재봉틀", "빔 프로젝터",
              "러닝머신", "전기 그릴", "와플 기계", "제빙기", "음식물 처리기", "족욕기")
ROOMS = ("거실", "부엌", "주방", "안방", "작은방", "내 방", "동생 방", "아이 방", "공부방", "화장실",
         "욕실", "베란다", "현관", "다락방", "창고", "마당", "옥상", "계단", "복도", "지하실",
         "드레스룸", "서재", "다용도실", "세탁실", "차고", "손님방", "놀이방", "뒷마당")
ROOM_ADJECTIVES = ("춥다", "덥다", "어둡다", "밝다", "깨끗하다", "조용하다", "시끄럽다", "넓다",
                   "좁다", "지저분하다", "따뜻하다", "시원하다", "답답하다", "눅눅하다")
# (item, verb for putting it on)
CLOTHING = (
    ("티셔츠", "입다"), ("바지", "입다"), ("치마", "입다"), ("원피스", "입다"), ("셔츠", "입다"),
    ("블라우스", "입다"), ("스웨터", "입다"), ("조끼", "입다"), ("외투", "입다"), ("코트", "입다"),
    ("패딩", "입다"), ("점퍼", "입다"), ("청바지", "입다"), ("반바지", "입다"), ("내복", "입다"),
    ("잠옷", "입다"), ("교복", "입다"), ("체육복", "입다"), ("수영복", "입다"), ("비옷", "입다"),
    ("한복", "입다"), ("정장", "입다"), ("카디건", "입다"), ("후드티", "입다"), ("양복", "입다"), ("트레이닝복", "입다"), ("겉옷", "입다"),
    ("양말", "신다"), ("신발", "신다"), ("운동화", "신다"), ("구두", "신다"), ("장화", "신다"),
    ("샌들", "신다"), ("슬리퍼", "신다"), ("실내화", "신다"), ("부츠", "신다"), ("스타킹", "신다"),
    ("털신", "신다"), ("고무신", "신다"), ("모자", "쓰다"), ("안경", "쓰다"), ("선글라스", "쓰다"),
    ("마스크", "쓰다"), ("헬멧", "쓰다"), ("털모자", "쓰다"), ("밀짚모자", "쓰다"), ("장갑", "끼다"),
    ("반지", "끼다"), ("벙어리장갑", "끼다"), ("목도리", "하다"), ("스카프", "하다"),
    ("목걸이", "하다"), ("귀걸이", "하다"), ("앞치마", "하다"), ("넥타이", "매다"),
    ("허리띠", "매다"), ("시계", "차다"), ("팔찌", "차다"), ("책가방", "메다"), ("배낭", "메다"),
)
COLOURS = ("빨간색", "주황색", "노란색", "초록색", "파란색", "남색", "보라색", "분홍색", "하얀색",
           "검은색", "회색", "갈색", "하늘색", "연두색", "베이지색", "금색", "은색", "살구색",
           "청록색", "자주색", "민트색", "카키색", "연보라색", "진분홍색", "올리브색", "와인색")
# (thing, ㅎ-irregular colour adjective): 하늘이 파래요, 파란 하늘
COLOURED_THINGS = (("하늘", "파랗다"), ("바다", "파랗다"), ("눈", "하얗다"), ("구름", "하얗다"),
                   ("사과", "빨갛다"), ("단풍", "빨갛다"), ("딸기", "빨갛다"), ("바나나", "노랗다"),
                   ("개나리", "노랗다"), ("병아리", "노랗다"), ("밤하늘", "까맣다"), ("머리카락", "까맣다"),
                   ("얼굴", "빨갛다"), ("은행잎", "노랗다"), ("토마토", "빨갛다"), ("우유", "하얗다"),
                   ("연탄", "까맣다"), ("고추", "빨갛다"), ("호수", "파랗다"), ("두부", "하얗다"),
                   ("노을", "붉다"), ("저녁노을", "붉다"), ("석류", "붉다"))

# ---------------------------------------------------------------------------
# Lexicon: town, country, travel
# ---------------------------------------------------------------------------

TOWN_PLACES = ("학교", "유치원", "어린이집", "학원", "태권도장", "피아노 학원", "영어 학원",
               "수학 학원", "도서관", "병원", "약국", "은행", "우체국", "시장", "마트", "편의점",
               "백화점", "빵집", "꽃집", "정육점", "반찬 가게", "과일 가게", "생선 가게", "세탁소",
               "미용실", "이발소", "문구점", "서점", "카페", "식당", "분식집", "중국집", "치킨집",
               "놀이터", "공원", "수영장", "체육관", "영화관", "박물관", "미술관", "과학관", "동물원",
               "식물원", "놀이공원", "시청", "구청", "주민센터", "경찰서", "소방서", "파출소", "교회",
               "성당", "절", "회사", "주차장", "버스 정류장", "지하철역", "기차역", "터미널", "공항",
               "주유소", "세차장", "목욕탕", "찜질방", "노래방", "키즈카페", "안경점", "철물점",
               "가구점", "휴대폰 가게", "전자 상가", "부동산", "헬스장", "복지관", "경로당",
               "문화센터", "아파트 상가", "재래시장", "호수 공원", "캠핑장", "해수욕장", "스키장",
               "야구장", "축구장", "운동장", "떡집", "방앗간", "사진관", "수선집", "동네 슈퍼",
               "아이스크림 가게", "도넛 가게", "우리 동네 보건소", "구립 도서관", "어린이 박물관",
               "횟집", "뷔페", "고깃집", "국밥집", "칼국숫집", "냉면집", "만둣가게", "족발집", "돈가스집",
               "피자 가게", "햄버거 가게", "푸드코트", "포장마차", "오락실", "볼링장", "당구장",
               "스케이트장", "썰매장", "눈썰매장", "워터파크", "아쿠아리움", "천문대", "템플스테이")
CITIES = ("서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "수원", "성남", "고양",
          "용인", "창원", "청주", "전주", "천안", "안산", "안양", "포항", "김해", "제주도", "강릉",
          "속초", "춘천", "원주", "여수", "순천", "목포", "경주", "안동", "통영", "거제도", "군산",
          "익산", "평택", "파주", "김포", "의정부", "남양주", "구미", "진주", "양양", "평창", "단양",
          "담양", "보령", "태안", "남해", "울릉도", "강화도", "가평", "양평", "공주", "부여", "문경",
          "영주", "포천", "이천", "여주", "충주", "제천", "당진", "서산", "논산", "정읍", "남원",
          "광양", "김천", "상주", "영덕", "울진", "삼척", "동해", "태백", "영월", "정선", "홍천",
          "철원", "하동", "밀양", "거창", "사천", "해남", "완도", "진도", "고흥", "보성", "순창",
          "무주", "서귀포", "청송", "봉화", "예천", "괴산", "옥천", "영동", "홍성", "예산", "부안",
          "고창", "곡성", "구례", "함평", "영광", "장흥", "강진", "합천", "산청", "함양", "의령",
          "창녕", "고성", "인제", "양구", "화천", "횡성", "청도", "칠곡", "성주", "경산", "영천")
LANDMARKS = ("설악산", "한라산", "지리산", "북한산", "해운대", "광안리", "경포대", "남산", "명동",
             "강남", "홍대", "잠실", "여의도", "인사동", "이태원", "신촌", "종로", "동대문", "남대문",
             "광화문", "경복궁", "덕수궁", "창덕궁", "한강 공원", "청계천", "불국사", "석굴암",
             "첨성대", "성산 일출봉", "우도", "남이섬", "대관령", "내장산", "속리산", "오대산",
             "계룡산", "월미도", "을왕리", "대천 해수욕장", "순천만", "보성 녹차밭", "한옥 마을",
             "민속촌", "수원 화성", "부석사", "해인사", "주왕산", "소백산", "덕유산", "감천 문화 마을",
             "자갈치 시장", "낙산사", "정동진", "외도", "비자림", "우포늪", "독립기념관", "판문점",
             "임진각", "서대문 형무소", "국립 중앙 박물관", "올림픽 공원", "어린이 대공원")
# Neighbourhoods and nearby towns, as people name them at home.
NEIGHBOURHOODS = ("압구정", "청담동", "삼성동", "역삼동", "방배동", "서초동", "반포", "잠원동", "논현동",
                  "대치동", "개포동", "일원동", "수서", "송파", "가락동", "문정동", "장지동", "거여동",
                  "마천동", "오금동", "풍납동", "천호동", "암사동", "명일동", "고덕동", "둔촌동", "성내동",
                  "구의동", "자양동", "화양동", "군자동", "중곡동", "왕십리", "행당동", "금호동", "옥수동",
                  "성수동", "마장동", "답십리", "전농동", "휘경동", "이문동", "회기동", "청량리",
                  "제기동", "용두동", "신설동", "보문동", "안암동", "돈암동", "정릉", "길음동", "미아동",
                  "수유동", "우이동", "쌍문동", "창동", "도봉동", "방학동", "월계동", "공릉동",
                  "하계동", "중계동", "상계동", "노원", "태릉", "묵동", "망우동", "신내동", "면목동",
                  "상봉동", "중화동", "석관동", "장위동", "월곡동", "종암동", "성북동", "혜화동",
                  "명륜동", "삼청동", "가회동", "효자동", "부암동", "평창동", "홍은동", "홍제동", "녹번동",
                  "불광동", "갈현동", "구산동", "역촌동", "응암동", "증산동", "수색", "상암동", "망원동",
                  "합정동", "연남동", "서교동", "창전동", "대흥동", "염리동", "아현동", "공덕동", "도화동",
                  "용강동", "마포", "효창동", "청파동", "후암동", "한남동", "보광동", "서빙고동", "이촌동",
                  "흑석동", "노량진", "상도동", "대방동", "사당동", "신림동", "봉천동", "낙성대", "구로동",
                  "개봉동", "고척동", "오류동", "항동", "가리봉동", "독산동", "시흥동", "가산동",
                  "영등포", "당산동", "문래동", "신길동", "대림동", "목동", "신정동", "신월동", "화곡동",
                  "등촌동", "염창동", "가양동", "방화동", "개화동", "분당", "판교", "일산", "동탄",
                  "광교", "위례", "송도", "청라", "산본", "평촌", "부천", "광명", "군포", "의왕", "과천",
                  "하남", "구리", "오산", "안성", "양주", "동두천", "연천", "서면", "남포동", "기장",
                  "동래", "사상", "금정", "연산동", "덕천동", "화명동", "수성구", "범어동", "둔산동",
                  "유성", "충장로", "상무지구", "첨단", "노형동", "연동", "애월", "성산", "구좌", "한림")
COUNTRIES = ("일본", "중국", "미국", "영국", "프랑스", "독일", "이탈리아", "스페인", "베트남", "태국",
             "필리핀", "인도네시아", "말레이시아", "싱가포르", "호주", "뉴질랜드", "캐나다", "멕시코",
             "브라질", "아르헨티나", "이집트", "튀르키예", "그리스", "스위스", "네덜란드", "벨기에",
             "덴마크", "스웨덴", "노르웨이", "핀란드", "러시아", "몽골", "인도", "네팔", "대만", "홍콩",
             "괌", "사이판", "하와이", "도쿄", "오사카", "후쿠오카", "삿포로", "오키나와", "베이징",
             "상하이", "다낭", "방콕", "파리", "런던", "뉴욕", "로마", "발리", "세부", "나트랑",
             "하노이", "호찌민", "시드니", "밴쿠버", "토론토", "샌프란시스코", "라스베이거스",
             "바르셀로나", "마드리드", "베를린", "뮌헨", "프라하", "부다페스트", "암스테르담",
             "이스탄불", "두바이", "카이로", "모스크바", "칭다오", "타이베이", "마카오", "치앙마이",
             "푸껫", "코타키나발루", "보라카이", "블라디보스토크", "알래스카", "아이슬란드", "포르투갈")
# Old-fashioned things at a grandparent's house in the country.
COUNTRY_HOUSE_THINGS = ("한옥", "초가집", "기와집", "온돌방", "아랫목", "장독대", "항아리", "맷돌", "절구",
                        "가마솥", "아궁이", "평상", "툇마루", "대청마루", "우물", "외양간", "닭장", "텃밭",
                        "감나무", "돌담", "싸리문", "장작", "굴뚝", "디딜방아", "지게", "호미", "낫",
                        "경운기", "허수아비", "원두막", "정자", "마을 회관", "물레방아", "빨래터", "놋그릇",
                        "삽", "곡괭이", "멍석", "가마니", "소달구지", "대나무 소쿠리", "짚신", "볏짚",
                        "수탉", "암탉")
TRANSPORT = ("버스", "마을버스", "시내버스", "고속버스", "지하철", "택시", "기차", "고속 열차",
             "비행기", "배", "유람선", "자전거", "자동차", "킥보드", "오토바이", "케이블카",
             "학원 버스", "셔틀버스", "통학 버스", "공항버스", "전철", "여객선", "경전철", "관광버스",
             "리무진 버스", "야간 버스", "모노레일", "열기구", "수상 버스", "카 페리")
# Vehicles children point at.
VEHICLES_TO_WATCH = ("앰뷸런스", "구급차", "소방차", "경찰차", "견인차", "레미콘", "굴착기", "지게차",
                     "잠수함", "헬리콥터", "트럭", "청소차", "덤프트럭", "불도저", "크레인", "탱크",
                     "우주선", "로켓", "제트기", "증기 기관차", "사다리차", "택배 트럭", "이삿짐 트럭")

# ---------------------------------------------------------------------------
# Lexicon: nature
# ---------------------------------------------------------------------------

NATURE_PLACES = ("산", "강", "바다", "호수", "계곡", "폭포", "섬", "들판", "논", "밭", "숲", "동굴",
                 "갯벌", "모래사장", "바위", "언덕", "골짜기", "시냇물", "저수지", "등대", "항구",
                 "방파제", "해변", "절벽", "초원", "오솔길", "개울", "연못", "약수터", "둘레길",
                 "수목원", "자연 휴양림", "억새밭", "보리밭", "과수원", "목장", "꽃밭", "대나무숲", "댐",
                 "습지", "해안 도로", "전망대", "산꼭대기", "약수터 앞 정자")
# (who, sound word, verb): 강아지는 멍멍 짖어요
ANIMAL_SOUNDS = (("강아지", "멍멍", "짖다"), ("고양이", "야옹", "울다"), ("닭", "꼬끼오", "울다"),
                 ("소", "음메", "울다"), ("돼지", "꿀꿀", "울다"), ("병아리", "삐약삐약", "울다"),
                 ("오리", "꽥꽥", "울다"), ("개구리", "개굴개굴", "울다"), ("참새", "짹짹", "울다"),
                 ("부엉이", "부엉부엉", "울다"), ("양", "매애", "울다"), ("염소", "음매", "울다"),
                 ("말", "히힝", "울다"), ("사자", "어흥", "울다"), ("호랑이", "어흥", "울다"),
                 ("뱀", "쉭쉭", "소리를 내다"), ("벌", "윙윙", "날다"), ("모기", "앵앵", "날아다니다"),
                 ("매미", "맴맴", "울다"), ("까마귀", "까악까악", "울다"), ("비둘기", "구구", "울다"),
                 ("뻐꾸기", "뻐꾹뻐꾹", "울다"), ("귀뚜라미", "귀뚤귀뚤", "울다"), ("쥐", "찍찍", "울다"),
                 ("까치", "깍깍", "울다"), ("거위", "꽉꽉", "울다"), ("늑대", "아우우", "울다"))
# (who or what, mimetic word, verb): 비가 주룩주룩 와요
MIMETIC_SCENES = (("비", "주룩주룩", "오다"), ("눈", "펑펑", "오다"), ("해", "쨍쨍", "비치다"),
                  ("별", "반짝반짝", "빛나다"), ("아기", "새근새근", "자다"), ("배", "꼬르륵", "울리다"),
                  ("찌개", "보글보글", "끓다"), ("고기", "지글지글", "익다"), ("토끼", "깡충깡충", "뛰다"),
                  ("거북이", "엉금엉금", "기어가다"), ("오리", "뒤뚱뒤뚱", "걷다"), ("아이들", "깔깔", "웃다"),
                  ("동생", "엉엉", "울다"), ("시냇물", "졸졸", "흐르다"), ("바람", "쌩쌩", "불다"),
                  ("자동차", "쌩쌩", "달리다"), ("시계", "째깍째깍", "가다"), ("심장", "두근두근", "뛰다"),
                  ("할아버지", "뚜벅뚜벅", "걷다"), ("팽이", "빙글빙글", "돌다"), ("공", "데굴데굴", "구르다"),
                  ("나비", "훨훨", "날다"), ("종", "딸랑딸랑", "울리다"), ("문", "쾅", "닫히다"),
                  ("물", "부글부글", "끓다"), ("아기", "방긋방긋", "웃다"), ("고양이", "살금살금", "다가오다"),
                  ("뱀", "스르르", "기어가다"), ("개구리", "폴짝폴짝", "뛰다"), ("빗방울", "똑똑", "떨어지다"),
                  ("할머니", "꾸벅꾸벅", "졸다"), ("아빠", "드르렁드르렁", "코를 골다"),
                  ("강아지", "살랑살랑", "꼬리를 흔들다"), ("낙엽", "우수수", "떨어지다"),
                  ("파도", "철썩철썩", "치다"), ("기차", "칙칙폭폭", "달리다"), ("오토바이", "부릉부릉", "달리다"),
                  ("동생", "훌쩍훌쩍", "울다"), ("형", "콜록콜록", "기침하다"), ("아기", "쪽쪽", "젖병을 빨다"),
                  ("눈", "소복소복", "쌓이다"), ("비", "보슬보슬", "내리다"), ("촛불", "깜빡깜빡", "흔들리다"),
                  ("별", "초롱초롱", "빛나다"), ("아이", "꼼지락꼼지락", "움직이다"), ("병아리", "종종", "걷다"),
                  ("햄스터", "오물오물", "먹다"), ("친구", "헐레벌떡", "뛰어오다"), ("누나", "싱글벙글", "웃다"),
                  ("윗집 아이들", "쿵쿵", "뛰다"), ("수탉", "꼬끼오", "울다"), ("빗방울", "톡톡", "창문을 두드리다"), ("사과", "툭", "떨어지다"),
                  ("폭죽", "팡팡", "터지다"), ("아기", "아장아장", "걷다"), ("엄마", "토닥토닥", "등을 두드리다"),
                  ("수도꼭지", "똑똑", "새다"), ("비눗방울", "둥실둥실", "떠다니다"), ("배추", "쑥쑥", "자라다"))

ANIMALS = ("강아지", "고양이", "토끼", "햄스터", "금붕어", "거북이", "앵무새", "병아리", "닭", "오리",
           "돼지", "소", "말", "양", "염소", "호랑이", "사자", "코끼리", "기린", "원숭이", "곰", "판다",
           "여우", "늑대", "사슴", "다람쥐", "너구리", "고슴도치", "펭귄", "돌고래", "고래", "상어",
           "문어", "게", "개구리", "참새", "비둘기", "까치", "독수리", "부엉이", "뱀", "악어", "하마",
           "얼룩말", "캥거루", "코알라", "낙타", "두더지", "수달", "물개", "공룡", "북극곰", "침팬지",
           "고릴라", "표범", "치타", "하이에나", "타조", "공작새", "백조", "두루미", "까마귀", "제비",
           "오징어", "불가사리", "해파리", "가오리", "연어", "붕어", "잉어", "미꾸라지", "가재", "올빼미",
           "족제비", "멧돼지", "노루", "고라니", "청설모", "라쿤", "알파카", "나무늘보",
           "미어캣", "카멜레온", "도마뱀", "이구아나", "꿩", "오소리", "물범", "바다사자", "홍학",
           "코뿔소", "굼벵이", "넙치", "두꺼비", "도롱뇽", "올챙이", "개똥벌레", "펠리컨", "바다표범",
           "청개구리", "황소", "젖소", "당나귀", "조랑말", "흑염소", "기러기", "뻐꾸기", "딱따구리")
BUGS = ("모기", "파리", "개미", "거미", "바퀴벌레", "나방", "벌", "나비", "잠자리", "매미", "메뚜기",
        "무당벌레", "달팽이", "지렁이", "귀뚜라미", "반딧불이", "사마귀", "풍뎅이", "장수풍뎅이",
        "사슴벌레", "하루살이", "애벌레", "꿀벌", "말벌", "소금쟁이", "방아깨비", "여치", "쇠똥구리",
        "송충이", "노린재", "진드기", "벼룩")
FLOWERS = ("장미", "해바라기", "튤립", "개나리", "진달래", "철쭉", "벚꽃", "국화", "무궁화", "민들레",
           "코스모스", "백합", "나팔꽃", "카네이션", "안개꽃", "수국", "동백꽃", "매화", "목련",
           "라벤더", "제비꽃", "봉숭아", "채송화", "맨드라미", "프리지어", "작약", "연꽃", "유채꽃",
           "메밀꽃", "데이지", "팬지", "히아신스", "수선화", "접시꽃", "금계국", "상사화", "능소화",
           "패랭이꽃", "들국화", "할미꽃", "은방울꽃", "물망초", "아카시아", "라일락")
TREES = ("소나무", "은행나무", "단풍나무", "대나무", "감나무", "사과나무", "밤나무", "느티나무",
         "버드나무", "벚나무", "전나무", "향나무", "자작나무", "플라타너스", "야자나무", "포도나무",
         "대추나무", "배나무", "호두나무", "떡갈나무", "참나무", "편백나무", "매실나무", "뽕나무",
         "석류나무", "오동나무", "메타세쿼이아", "잣나무")
HOUSEPLANTS = ("선인장", "고무나무", "몬스테라", "스투키", "산세베리아", "다육이", "허브", "바질",
               "로즈메리", "상추", "방울토마토", "고추", "깻잎", "난초", "행운목", "스킨답서스",
               "아이비", "금전수", "테이블야자", "알로에", "민트", "파", "딸기 모종", "봉선화",
               "개운죽", "호야", "틸란드시아", "제라늄", "베고니아", "율마")

# (weather noun, verb or adjective): 비가 와요, 바람이 불어요, 미세먼지가 심해요
WEATHER_EVENTS = (
    ("비", "오다"), ("눈", "오다"), ("소나기", "오다"), ("장맛비", "오다"), ("바람", "불다"),
    ("찬바람", "불다"), ("안개", "끼다"), ("천둥", "치다"), ("번개", "치다"), ("태풍", "오다"),
    ("장마", "시작되다"), ("황사", "심하다"), ("미세먼지", "심하다"), ("햇볕", "뜨겁다"),
    ("구름", "많다"), ("무지개", "뜨다"), ("우박", "떨어지다"), ("서리", "내리다"),
    ("눈보라", "치다"), ("함박눈", "내리다"), ("진눈깨비", "내리다"), ("이슬비", "내리다"),
    ("가랑비", "오다"), ("폭우", "쏟아지다"), ("폭설", "내리다"), ("습도", "높다"),
    ("기온", "떨어지다"), ("일교차", "크다"), ("파도", "높다"), ("한파", "오다"), ("폭염", "계속되다"),
    ("열대야", "계속되다"), ("꽃샘추위", "심하다"), ("먹구름", "끼다"), ("해", "뜨다"),
    ("돌풍", "불다"), ("봄비", "내리다"), ("첫눈", "오다"), ("산들바람", "불다"), ("자외선", "강하다"),
    ("날", "개다"), ("하늘", "맑다"), ("바람", "선선하다"),
)
PLEASANT_WEATHER = ("무지개", "해", "산들바람", "봄비", "첫눈", "함박눈", "날", "하늘", "바람")
WEATHER_TIMES = ("내일", "모레", "오후에", "저녁부터", "주말에", "밤새", "내일 아침에", "이번 주말에",
                 "오늘 밤에", "다음 주에", "내일 오후에", "새벽에")
GOOD_WEATHER = ("따뜻하다", "시원하다", "맑다", "포근하다", "화창하다", "좋다", "선선하다", "상쾌하다")
BAD_WEATHER = ("덥다", "춥다", "흐리다", "쌀쌀하다", "습하다", "건조하다", "나쁘다", "무덥다",
               "후텁지근하다", "눅눅하다", "변덕스럽다")
SEASONS = ("봄", "여름", "가을", "겨울", "초봄", "늦가을", "한여름", "한겨울", "장마철", "환절기")

# ---------------------------------------------------------------------------
# Lexicon: health
# ---------------------------------------------------------------------------

# (noun, particle, verb): 감기에 걸리다, 열이 나다, 기침을 하다
SYMPTOMS = (
    ("감기", "에", "걸리다"), ("독감", "에", "걸리다"), ("열", "이", "나다"), ("기침", "을", "하다"),
    ("콧물", "이", "나다"), ("재채기", "를", "하다"), ("배탈", "이", "나다"), ("몸살", "이", "나다"),
    ("두드러기", "가", "나다"), ("목", "이", "붓다"), ("코", "가", "막히다"), ("목", "이", "아프다"),
    ("머리", "가", "아프다"), ("배", "가", "아프다"), ("이", "가", "아프다"), ("허리", "가", "아프다"),
    ("다리", "가", "저리다"), ("멀미", "를", "하다"), ("설사", "를", "하다"), ("충치", "가", "생기다"),
    ("여드름", "이", "나다"), ("모기", "한테", "물리다"), ("땀띠", "가", "나다"),
    ("딸꾹질", "을", "하다"), ("코피", "가", "나다"), ("입병", "이", "나다"), ("눈병", "에", "걸리다"),
    ("장염", "에", "걸리다"), ("비염", "이", "심하다"), ("알레르기", "가", "생기다"),
    ("손", "을", "다치다"), ("무릎", "이", "까지다"), ("발목", "을", "접질리다"), ("손가락", "을", "베이다"),
    ("멍", "이", "들다"), ("식은땀", "이", "나다"), ("가래", "가", "끼다"), ("피부", "가", "가렵다"),
    ("눈", "이", "가렵다"), ("속", "이", "쓰리다"), ("어깨", "가", "결리다"), ("귀", "가", "아프다"),
    ("수두", "에", "걸리다"), ("구내염", "이", "생기다"), ("편도선", "이", "붓다"),
    ("벌", "에", "쏘이다"), ("온몸", "이", "쑤시다"), ("다리", "에", "깁스를 하다"), ("열", "이", "펄펄 끓다"),
    ("목", "이", "따끔거리다"), ("눈", "이", "침침하다"), ("배", "가", "더부룩하다"), ("귀", "에서", "소리가 나다"),
    ("손발", "이", "차다"), ("입술", "이", "트다"), ("잇몸", "에서", "피가 나다"),
)
BODY_PARTS = ("머리", "눈", "코", "입", "귀", "목", "어깨", "팔", "손", "손가락", "손톱", "손목",
              "팔꿈치", "배", "허리", "등", "엉덩이", "다리", "무릎", "발", "발가락", "발목", "발바닥",
              "손바닥", "얼굴", "이마", "볼", "턱", "입술", "혀", "눈썹", "머리카락", "피부", "가슴",
              "종아리", "허벅지", "뒤꿈치", "잇몸", "목구멍", "배꼽", "옆구리", "콧등", "정수리",
              "뒤통수", "새끼손가락", "엄지발가락", "관자놀이", "쇄골", "갈비뼈")
CLINICS = ("소아과", "내과", "외과", "치과", "안과", "이비인후과", "피부과", "정형외과", "한의원",
           "산부인과", "신경외과", "재활의학과", "가정의학과", "응급실", "보건소", "동물 병원",
           "대학 병원", "건강검진 센터", "비뇨기과", "정신건강의학과", "성형외과", "소아 치과")
APPOINTMENT_TIMES = ("내일", "모레", "다음 주에", "이번 주 토요일에", "오늘 오후에", "금요일에",
                     "다음 주 화요일에", "내일 아침에")
# (medicine, how it is taken)
MEDICINES = (("감기약", "먹다"), ("해열제", "먹다"), ("진통제", "먹다"), ("소화제", "먹다"),
             ("기침약", "먹다"), ("비타민", "먹다"), ("유산균", "먹다"), ("영양제", "먹다"),
             ("물약", "먹다"), ("가루약", "먹다"), ("알약", "먹다"), ("멀미약", "먹다"), ("변비약", "먹다"),
             ("두통약", "먹다"), ("시럽", "먹다"), ("한약", "먹다"), ("홍삼", "먹다"), ("연고", "바르다"),
             ("소독약", "바르다"), ("안연고", "바르다"), ("로션", "바르다"), ("안약", "넣다"),
             ("인공눈물", "넣다"), ("파스", "붙이다"), ("밴드", "붙이다"), ("찜질팩", "대다"),
             ("얼음찜질", "하다"), ("가글", "하다"), ("목캔디", "먹다"), ("코 스프레이", "뿌리다"))

# (noun, adjective): 동생은 겁이 많아요, 할머니는 손이 크세요
PERSON_TRAITS = (("키", "크다"), ("키", "작다"), ("눈", "크다"), ("머리", "길다"), ("목소리", "크다"),
                 ("손", "크다"), ("발", "넓다"), ("입", "짧다"), ("귀", "얇다"), ("성격", "좋다"),
                 ("마음", "넓다"), ("눈치", "빠르다"), ("겁", "많다"), ("잠", "많다"), ("말", "많다"),
                 ("웃음", "많다"), ("정", "많다"), ("눈물", "많다"), ("걱정", "많다"),
                 ("호기심", "많다"), ("인기", "많다"), ("장난", "심하다"), ("고집", "세다"),
                 ("힘", "세다"), ("손재주", "좋다"), ("기억력", "좋다"), ("운동 신경", "좋다"),
                 ("머리숱", "많다"), ("피부", "하얗다"), ("얼굴", "까맣다"), ("걸음", "빠르다"),
                 ("말투", "부드럽다"), ("입맛", "까다롭다"), ("식성", "좋다"), ("잠귀", "밝다"),
                 ("눈썰미", "좋다"), ("끈기", "있다"), ("인내심", "강하다"), ("욕심", "많다"),
                 ("샘", "많다"), ("애교", "많다"), ("배짱", "두둑하다"), ("체력", "약하다"))
# How people are: 우리 선생님은 정말 다정하세요.
PERSON_ADJECTIVES = ("친절하다", "착하다", "부지런하다", "게으르다", "똑똑하다", "얌전하다", "씩씩하다",
                     "의젓하다", "활발하다", "명랑하다", "유쾌하다", "꼼꼼하다", "상냥하다", "다정하다",
                     "점잖다", "너그럽다", "엄하다", "무뚝뚝하다", "수다스럽다", "듬직하다", "성실하다",
                     "솔직하다", "용감하다", "겸손하다", "침착하다", "차분하다", "예민하다", "느긋하다",
                     "급하다", "소심하다", "대범하다", "엉뚱하다", "재치 있다", "믿음직하다", "자상하다")
# Things that most of THING_ADJECTIVES fit.
DESCRIBED_THINGS = ("이거", "그거", "저거", "이 가방", "이 옷", "새로 산 신발", "이 의자", "이 상자",
                    "이 소파", "이 모자", "새 이불", "이 장난감", "새로 산 외투", "이 바지", "이 책상")
UNWELCOME_THING_ADJECTIVES = ("무겁다", "비싸다", "더럽다", "불편하다", "복잡하다", "미끄럽다", "촌스럽다",
                              "헐렁하다", "꽉 끼다", "뻑뻑하다", "까칠하다", "딱딱하다", "묵직하다")
# (adjective for a thing): 가방이 너무 무거워요
THING_ADJECTIVES = ("무겁다", "가볍다", "크다", "작다", "비싸다", "싸다", "예쁘다", "귀엽다", "두껍다",
                    "얇다", "길다", "짧다", "넓다", "좁다", "깨끗하다", "더럽다", "부드럽다", "딱딱하다",
                    "편하다", "불편하다", "튼튼하다", "멋있다", "복잡하다", "간단하다", "미끄럽다",
                    "촌스럽다", "화려하다", "단단하다", "헐렁하다", "꽉 끼다", "촉촉하다", "말랑하다",
                    "뻑뻑하다", "푹신하다", "까칠하다", "반짝반짝하다", "묵직하다", "넉넉하다", "저렴하다")

# Affectionate names for a child.
NICKNAMES = ("장난꾸러기", "잠꾸러기", "욕심꾸러기", "개구쟁이", "울보", "먹보", "겁쟁이", "멋쟁이",
             "떼쟁이", "귀염둥이", "막둥이", "꼬맹이", "공주님", "왕자님", "복덩이", "효자", "효녀",
             "느림보", "잠보", "똑똑이", "재간둥이", "말괄량이", "수다쟁이", "심술쟁이", "고집쟁이")
MATH_TOPICS = ("덧셈", "뺄셈", "곱셈", "나눗셈", "분수", "소수", "구구단", "도형", "괄호 문제", "시계 보기",
               "길이 재기", "들이와 무게", "받아올림", "받아내림", "규칙 찾기", "문장제", "어림하기",
               "넓이 구하기", "각도 재기", "그래프 그리기")
SCHOOL_SUBJECTS = ("국어", "수학", "영어", "과학", "사회", "음악", "미술", "체육", "도덕", "역사",
                   "한자", "컴퓨터", "코딩", "실과", "기술", "가정", "지리", "물리", "화학", "생물",
                   "지구과학", "일본어", "중국어", "독일어", "프랑스어", "스페인어", "한국사",
                   "세계사", "경제", "윤리", "문학", "논술", "통합 교과", "바른 생활", "슬기로운 생활",
                   "즐거운 생활", "창의적 체험 활동", "정보", "보건", "진로")
SCHOOL_THINGS = ("준비물", "알림장", "숙제", "받아쓰기 공책", "수학 익힘책", "교과서", "체육복",
                 "실내화", "물통", "리코더", "멜로디언", "탬버린", "캐스터네츠", "줄넘기", "색종이",
                 "가정 통신문", "독서록", "일기장", "그림일기", "학습지", "문제집", "시간표",
                 "방과 후 신청서", "현장 체험 학습 신청서", "급식 메뉴", "성적표", "상장", "이름표",
                 "낱말 카드", "받아쓰기 급수표", "한자 급수 책", "실내화 가방")
SCHOOL_PLACES = ("교실", "운동장", "급식실", "도서실", "보건실", "교무실", "강당", "음악실", "과학실",
                 "미술실", "컴퓨터실", "사물함", "교문", "정문", "후문", "방과 후 교실", "돌봄 교실",
                 "상담실", "행정실", "체육관", "매점", "화단", "분수대", "옥상 정원")
SPORTS = ("씨름", "유도", "검도", "합기도", "펜싱", "양궁", "사격", "역도", "레슬링", "권투", "럭비",
          "핸드볼", "하키", "아이스하키", "컬링", "피겨 스케이팅", "스노보드", "서핑", "스쿠버 다이빙",
          "클라이밍", "승마", "마라톤", "철인 삼종", "팔씨름", "쇼트트랙", "스피드 스케이팅",
          "봅슬레이", "조정", "카누", "태권도", "축구", "야구", "농구", "배구", "탁구", "테니스",
          "배드민턴", "골프", "수영", "체조", "리듬 체조", "육상", "높이뛰기", "멀리뛰기", "투포환",
          "세팍타크로", "족구", "피구", "발야구", "줄다리기", "이어달리기")
# (instrument, verb for playing it): 피아노를 치다, 바이올린을 켜다, 플루트를 불다, 가야금을 타다
INSTRUMENTS = (("피아노", "치다"), ("기타", "치다"), ("드럼", "치다"), ("장구", "치다"), ("북", "치다"),
               ("꽹과리", "치다"), ("징", "치다"), ("실로폰", "치다"), ("하프", "켜다"),
               ("바이올린", "켜다"), ("첼로", "켜다"), ("비올라", "켜다"), ("해금", "켜다"),
               ("콘트라베이스", "켜다"), ("플루트", "불다"), ("클라리넷", "불다"), ("트럼펫", "불다"),
               ("색소폰", "불다"), ("대금", "불다"), ("단소", "불다"), ("오카리나", "불다"),
               ("하모니카", "불다"), ("리코더", "불다"), ("피리", "불다"), ("호른", "불다"),
               ("트롬본", "불다"), ("가야금", "타다"), ("거문고", "타다"), ("우쿨렐레", "치다"),
               ("아코디언", "켜다"), ("탬버린", "치다"), ("캐스터네츠", "치다"), ("마림바", "치다"))
SHAPES = ("동그라미", "세모", "네모", "별 모양", "하트", "마름모", "원", "삼각형", "사각형", "오각형",
          "육각형", "원기둥", "정육면체", "반달 모양", "물방울 모양", "달팽이 모양", "꽃 모양", "타원")
MUSIC_GENRES = ("트로트", "발라드", "힙합", "재즈", "클래식", "국악", "동요", "가요", "팝송", "록 음악",
                "댄스 음악", "판소리", "민요", "아이돌 노래", "영화 음악", "캐럴", "자장가", "뮤지컬 음악",
                "오페라", "찬송가")
SCHOOL_EVENTS = ("쪽지 시험", "받아쓰기 시험", "중간고사", "기말고사", "수행 평가", "발표", "과학 실험",
                 "견학", "개학", "방학식", "종업식", "학부모 총회", "상담 주간", "체육 대회",
                 "합창 대회", "글짓기 대회", "미술 대회", "과학 경진 대회", "줄넘기 대회",
                 "독서 골든벨", "영어 말하기 대회", "학급 회의", "반장 선거", "전교 회장 선거",
                 "안전 교육", "소방 훈련", "건강 검진", "예방 접종", "치과 검진", "독후감 숙제",
                 "모둠 활동", "현장 학습", "방과 후 수업", "영어 캠프", "수학 경시대회", "학예 발표회")
BILLS = ("전기 요금", "수도 요금", "가스비", "관리비", "월세", "전세금", "대출 이자", "보험료",
         "카드값", "통신비", "학원비", "교통비", "식비", "인터넷 요금", "휴대폰 요금", "급식비",
         "우유 급식비", "재산세", "자동차세", "주차비", "난방비", "병원비", "약값", "기름값", "택시비")
STREET_SPOTS = ("사거리", "삼거리", "골목", "신호등", "횡단보도", "육교", "지하도", "모퉁이", "큰길",
                "로터리", "건널목", "편의점 앞", "교회 앞", "주유소 옆", "약국 앞", "은행 건물",
                "파란 대문 집", "아파트 정문", "공사장", "터널", "다리", "고가도로", "톨게이트", "휴게소")
FAIRY_TALES = ("흥부와 놀부", "해님 달님", "선녀와 나무꾼", "콩쥐 팥쥐", "혹부리 영감", "금도끼 은도끼",
               "토끼와 거북이", "백설 공주", "신데렐라", "아기 돼지 삼 형제", "빨간 모자", "피노키오",
               "인어 공주", "헨젤과 그레텔", "잭과 콩나무", "미운 오리 새끼", "개미와 베짱이", "해와 바람",
               "양치기 소년", "견우와 직녀", "심청전", "별주부전", "은혜 갚은 까치", "방귀쟁이 며느리",
               "팥죽 할멈과 호랑이", "요술 램프", "엄지 공주", "장화 신은 고양이", "벌거벗은 임금님",
               "눈의 여왕", "이상한 나라의 앨리스", "어린 왕자", "피터 팬", "오즈의 마법사")
TECH_THINGS = ("와이파이", "인터넷", "유튜브", "이메일", "영상 통화", "배터리", "블루투스", "업데이트",
               "키보드", "마우스", "모니터", "스피커", "헤드폰", "스마트폰", "휴대폰 화면", "알림",
               "저장 공간", "비밀번호", "공유기", "셋톱박스", "무선 충전기", "스마트 워치", "프린터 잉크",
               "카메라 앱", "지도 앱", "번역기", "내비게이션", "화상 회의", "온라인 수업", "인공지능 스피커")
TV_PROGRAMMES = ("뉴스", "드라마", "만화", "만화 영화", "예능", "다큐멘터리", "일기예보", "야구 중계",
                 "축구 경기", "요리 프로그램", "퀴즈 프로그램", "음악 방송", "영화", "동물 다큐멘터리",
                 "어린이 프로그램", "홈쇼핑", "사극", "주말 연속극", "아침 드라마", "토크쇼",
                 "오디션 프로그램", "여행 프로그램", "바둑 중계", "골프 중계", "올림픽 중계",
                 "시사 프로그램", "노래 경연", "공포 영화", "애니메이션", "과학 다큐멘터리",
                 "전국 노래자랑", "역사 강연", "배구 중계", "농구 경기", "인형극", "코미디 프로그램")
WEEKDAYS = ("월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일")
HOLIDAYS = ("설날", "추석", "크리스마스", "어린이날", "어버이날", "스승의 날", "한글날", "광복절",
            "개천절", "삼일절", "현충일", "성탄절", "정월 대보름", "단오", "동지", "여름 방학",
            "겨울 방학", "봄방학", "설 연휴", "추석 연휴", "부처님 오신 날", "새해 첫날", "제헌절",
            "칠석", "한가위", "황금연휴", "밸런타인데이", "화이트데이", "할로윈")
FAMILY_EVENTS = ("생일", "결혼기념일", "졸업식", "입학식", "운동회", "학예회", "소풍", "수학여행",
                 "환갑잔치", "칠순 잔치", "팔순 잔치", "돌잔치", "백일잔치", "집들이", "가족 여행",
                 "학부모 상담", "재롱잔치", "피아노 발표회", "동창회", "송년회", "결혼식", "생일 파티",
                 "졸업 여행", "수련회", "현장 체험 학습", "공개 수업", "태권도 심사", "가족 모임",
                 "김장", "이삿날", "나눔 장터", "벼룩시장", "바자회", "가족 캠핑", "돌잔치 촬영")

# Past, future and habitual time phrases, so that the tense always fits.
PAST_TIMES = ("어제", "아까", "지난주에", "지난 주말에", "그저께", "어젯밤에", "오늘 아침에", "방금",
              "작년에", "지난달에", "지난번에", "점심때", "어제 저녁에", "아까 낮에", "지난 토요일에",
              "며칠 전에", "일주일 전에", "한 시간 전에", "삼십 분 전에", "오랜만에", "그때",
              "어릴 때", "지난 방학 때")
FUTURE_TIMES = ("내일", "이따가", "모레", "다음 주에", "이번 주말에", "내일 아침에", "오늘 저녁에",
                "나중에", "다음 달에", "방학 때", "저녁 먹고", "내일 오후에", "다음 주 월요일에",
                "이번 토요일에", "점심 먹고 나서", "조금 있다가", "주말에", "내일모레", "내년에",
                "새 학기부터", "오늘 밤에")
HABIT_TIMES = ("매일", "보통", "요즘", "주말마다", "가끔", "항상", "아침마다", "저녁마다",
               "일요일마다", "자주", "날마다", "매주", "토요일마다", "일주일에 두 번", "한 달에 한 번",
               "저녁 먹고 나서", "틈날 때마다", "비 오는 날에는", "쉬는 날에는")

PRICES = (100, 500, 800, 1000, 1200, 1500, 2000, 2500, 3000, 3500, 4000, 4500, 5000, 5500, 6000,
          6500, 7000, 7500, 8000, 8900, 9000, 9900, 10000, 12000, 13500, 15000, 16000, 18000,
          19800, 20000, 23000, 25000, 27000, 30000, 35000, 39000, 42000, 45000, 50000, 64000,
          78000, 99000, 100000, 120000, 150000, 270000, 300000, 460000, 1000000, 2500000,
          38000000, 120000000, 350000000)
# Counters that take native numbers; "인분" and "층" take Sino-Korean ones.
# (item, counter): 우유 두 팩, 배추 한 포기
SHOPPING_ITEMS = (
    ("사과", "개"), ("배", "개"), ("우유", "팩"), ("계란", "판"), ("두부", "모"), ("라면", "봉지"),
    ("수박", "통"), ("양파", "망"), ("생수", "병"), ("휴지", "묶음"), ("배추", "포기"), ("파", "단"),
    ("시금치", "단"), ("돼지고기", "근"), ("소고기", "근"), ("고등어", "마리"), ("오징어", "마리"),
    ("포도", "송이"), ("바나나", "송이"), ("양말", "켤레"), ("운동화", "켤레"), ("티셔츠", "벌"),
    ("공책", "권"), ("동화책", "권"), ("연필", "자루"), ("볼펜", "자루"), ("도화지", "장"),
    ("색종이", "묶음"), ("콜라", "캔"), ("맥주", "캔"), ("김밥", "줄"), ("피자", "판"),
    ("치킨", "마리"), ("케이크", "조각"), ("귤", "봉지"), ("감자", "봉지"), ("쌀", "포대"),
    ("밀가루", "봉지"), ("장미", "송이"), ("아이스크림", "개"), ("식빵", "봉지"), ("건전지", "개"),
    ("마스크", "장"), ("기저귀", "팩"), ("물티슈", "팩"), ("칫솔", "개"), ("비누", "개"),
    ("참외", "봉지"), ("옥수수", "개"), ("삼겹살", "인분"), ("갈비", "인분"), ("떡볶이", "인분"),
    ("순대", "인분"), ("짜장면", "그릇"), ("짬뽕", "그릇"), ("만두", "접시"), ("밥", "공기"),
    ("커피", "잔"), ("주스", "잔"), ("김", "봉지"), ("멸치", "상자"), ("고구마", "상자"),
    ("딸기", "팩"), ("방울토마토", "팩"), ("치약", "개"), ("샴푸", "통"), ("세제", "통"),
    ("고무장갑", "켤레"), ("장갑", "켤레"), ("쓰레기봉투", "장"), ("생수", "묶음"),
    ("달걀", "알"), ("꽃", "다발"), ("무", "개"), ("오이", "개"), ("당근", "개"), ("호박", "개"),
    ("마늘", "봉지"), ("고추", "봉지"), ("조기", "두름"), ("굴비", "두름"), ("북어", "쾌"),
    ("화분", "개"), ("소주", "병"), ("막걸리", "병"), ("요구르트", "줄"), ("우표", "장"),
)

# ---------------------------------------------------------------------------
# Lexicon: things people do
# ---------------------------------------------------------------------------

# (noun, particle, verb, kind). The kind says who does it and which sentence
# patterns fit (see PATTERNS_BY_KIND): "kid", "adult" and "any" are everyday
# habits; "moment" is a one-off act (인사하다, 줄을 서다), "custom" a seasonal
# or once-in-a-while job (송편을 빚다, 벽지를 바르다), "oops" something that
# happens to people or that they should not do (우유를 쏟다, 떼를 쓰다). The
# noun may be empty ("", "", "쉬다", "any") and may hold a short phrase.
ACTIONS = (
    # the daily routine
    ("세수", "를", "하다", "any"), ("양치", "를", "하다", "any"), ("이", "를", "닦다", "any"),
    ("손", "을", "씻다", "any"), ("샤워", "를", "하다", "any"), ("머리", "를", "감다", "any"),
    ("머리", "를", "말리다", "any"), ("옷", "을", "갈아입다", "any"), ("밥", "을", "먹다", "any"),
    ("간식", "을", "먹다", "kid"), ("과일", "을", "먹다", "any"), ("비타민", "을", "먹다", "any"),
    ("낮잠", "을", "자다", "any"), ("일찍", "", "자다", "any"), ("학교", "에", "가다", "kid"),
    ("유치원", "에", "가다", "kid"), ("학원", "에", "가다", "kid"), ("회사", "에", "가다", "adult"),
    ("집", "에", "돌아오다", "any"), ("숙제", "를", "하다", "kid"), ("일기", "를", "쓰다", "kid"),
    ("책", "을", "읽다", "any"), ("받아쓰기", "를", "연습하다", "kid"), ("구구단", "을", "외우다", "kid"),
    ("영어 단어", "를", "외우다", "kid"), ("준비물", "을", "챙기다", "kid"), ("가방", "을", "싸다", "kid"),
    ("알림장", "을", "확인하다", "adult"), ("시험 공부", "를", "하다", "kid"), ("목욕", "을", "하다", "any"),
    ("신문", "을", "읽다", "adult"), ("출근", "을", "하다", "adult"), ("야근", "을", "하다", "adult"),
    ("", "", "쉬다", "any"), ("", "", "운동하다", "any"), ("", "", "공부하다", "kid"),
    # housework
    ("방", "을", "청소하다", "any"), ("청소기", "를", "돌리다", "any"), ("설거지", "를", "하다", "any"),
    ("빨래", "를", "하다", "adult"), ("빨래", "를", "널다", "any"), ("빨래", "를", "개다", "any"),
    ("이불", "을", "개다", "any"), ("이불", "을", "털다", "adult"), ("침대", "를", "정리하다", "any"),
    ("쓰레기", "를", "버리다", "any"), ("분리수거", "를", "하다", "any"),
    ("음식물 쓰레기", "를", "버리다", "any"), ("창문", "을", "닦다", "any"), ("바닥", "을", "닦다", "any"),
    ("걸레질", "을", "하다", "any"), ("화장실", "을", "청소하다", "adult"), ("식탁", "을", "치우다", "any"),
    ("장난감", "을", "정리하다", "kid"), ("신발", "을", "정리하다", "any"), ("옷장", "을", "정리하다", "adult"),
    ("냉장고", "를", "정리하다", "adult"), ("다림질", "을", "하다", "adult"),
    ("화분에 물", "을", "주다", "any"), ("강아지 밥", "을", "주다", "any"), ("강아지 산책", "을", "시키다", "any"),
    ("고양이 화장실", "을", "치우다", "any"), ("장", "을", "보다", "adult"), ("밥", "을", "하다", "adult"),
    ("반찬", "을", "만들다", "adult"), ("도시락", "을", "싸다", "adult"), ("아기", "를", "재우다", "adult"),
    ("아기", "를", "씻기다", "adult"), ("아이", "를", "데리러 가다", "adult"), ("김치", "를", "담그다", "custom"),
    ("이불 빨래", "를", "하다", "adult"), ("커튼", "을", "빨다", "adult"), ("수건", "을", "개다", "any"),
    ("신발", "을", "빨다", "any"), ("전구", "를", "갈다", "custom"), ("에어컨 필터", "를", "청소하다", "custom"),
    ("베란다", "를", "청소하다", "adult"), ("택배", "를", "보내다", "adult"), ("은행", "에", "다녀오다", "adult"),
    ("머리", "를", "자르다", "custom"), ("세차", "를", "하다", "adult"), ("우편물", "을", "확인하다", "adult"),
    ("관리비", "를", "내다", "adult"), ("가계부", "를", "쓰다", "adult"), ("손님", "을", "맞이하다", "adult"),
    # hobbies, sports and play
    ("피아노", "를", "치다", "any"), ("기타", "를", "치다", "any"), ("바이올린", "을", "켜다", "any"),
    ("리코더", "를", "불다", "kid"), ("하모니카", "를", "불다", "any"), ("노래", "를", "부르다", "any"),
    ("춤", "을", "추다", "any"), ("그림", "을", "그리다", "any"), ("사진", "을", "찍다", "any"),
    ("축구", "를", "하다", "any"), ("야구", "를", "하다", "any"), ("농구", "를", "하다", "any"),
    ("배구", "를", "하다", "any"), ("배드민턴", "을", "치다", "any"), ("탁구", "를", "치다", "any"),
    ("테니스", "를", "치다", "any"), ("골프", "를", "치다", "adult"), ("볼링", "을", "치다", "any"),
    ("수영", "을", "하다", "any"), ("태권도", "를", "배우다", "kid"), ("발레", "를", "배우다", "kid"),
    ("요가", "를", "하다", "adult"), ("등산", "을", "하다", "adult"), ("낚시", "를", "하다", "any"),
    ("캠핑", "을", "가다", "any"), ("자전거", "를", "타다", "any"), ("인라인스케이트", "를", "타다", "kid"),
    ("스케이트", "를", "타다", "any"), ("스키", "를", "타다", "any"), ("썰매", "를", "타다", "custom"),
    ("그네", "를", "타다", "kid"), ("미끄럼틀", "을", "타다", "kid"), ("시소", "를", "타다", "kid"),
    ("줄넘기", "를", "하다", "kid"), ("훌라후프", "를", "돌리다", "any"), ("종이접기", "를", "하다", "kid"),
    ("레고", "를", "조립하다", "kid"), ("퍼즐", "을", "맞추다", "kid"), ("블록", "을", "쌓다", "kid"),
    ("바둑", "을", "두다", "any"), ("장기", "를", "두다", "adult"), ("체스", "를", "두다", "any"),
    ("윷놀이", "를", "하다", "any"), ("숨바꼭질", "을", "하다", "kid"), ("술래잡기", "를", "하다", "kid"),
    ("공기놀이", "를", "하다", "kid"), ("딱지치기", "를", "하다", "kid"), ("보드게임", "을", "하다", "any"),
    ("게임", "을", "하다", "kid"), ("뜨개질", "을", "하다", "adult"), ("텃밭", "을", "가꾸다", "adult"),
    ("쿠키", "를", "굽다", "any"), ("만화", "를", "그리다", "kid"), ("영화", "를", "보다", "any"),
    ("음악", "을", "듣다", "any"), ("라디오", "를", "듣다", "adult"), ("동요", "를", "부르다", "kid"),
    ("편지", "를", "쓰다", "any"), ("동화책", "을", "읽다", "kid"), ("산책", "을", "하다", "any"),
    ("달리기", "를", "하다", "any"), ("줄다리기", "를", "하다", "kid"), ("눈사람", "을", "만들다", "custom"),
    ("모래성", "을", "쌓다", "kid"), ("연", "을", "날리다", "any"), ("비눗방울", "을", "불다", "kid"),
    ("풍선", "을", "불다", "any"), ("팽이", "를", "돌리다", "kid"), ("물놀이", "를", "하다", "custom"),
    ("눈싸움", "을", "하다", "custom"), ("소풍", "을", "가다", "custom"), ("여행", "을", "가다", "any"),
    ("외식", "을", "하다", "any"), ("쇼핑", "을", "하다", "adult"), ("스트레칭", "을", "하다", "any"),
    ("피아노 연습", "을", "하다", "kid"), ("클레이", "를", "만들다", "kid"), ("모형 비행기", "를", "만들다", "custom"),
    ("우표", "를", "모으다", "any"), ("꽃꽂이", "를", "하다", "adult"), ("서예", "를", "배우다", "any"),
    ("장구", "를", "치다", "any"), ("드럼", "을", "치다", "any"), ("첼로", "를", "켜다", "any"),
    ("마술", "을", "배우다", "kid"), ("줄타기", "를", "구경하다", "custom"), ("별자리", "를", "관찰하다", "custom"),
    ("곤충", "을", "채집하다", "custom"), ("도자기", "를", "빚다", "adult"), ("십자수", "를", "놓다", "adult"),
)
# Customs and errands that also fit the action patterns.
ACTIONS += (
    ("세배", "를", "하다", "custom"), ("차례", "를", "지내다", "custom"), ("성묘", "를", "가다", "custom"),
    ("송편", "을", "빚다", "custom"), ("떡국", "을", "먹다", "custom"), ("세뱃돈", "을", "받다", "custom"),
    ("덕담", "을", "나누다", "custom"), ("보름달", "을", "보다", "custom"), ("소원", "을", "빌다", "custom"),
    ("부럼", "을", "깨다", "custom"), ("오곡밥", "을", "먹다", "custom"), ("김장", "을", "하다", "custom"),
    ("제기차기", "를", "하다", "custom"), ("널뛰기", "를", "하다", "custom"), ("연날리기", "를", "하다", "custom"),
    ("강강술래", "를", "하다", "custom"), ("윷", "을", "던지다", "custom"), ("투호", "를", "하다", "custom"),
    ("통장", "을", "만들다", "custom"), ("적금", "을", "들다", "custom"), ("돈", "을", "찾다", "adult"),
    ("용돈", "을", "모으다", "kid"), ("소포", "를", "부치다", "adult"), ("등기", "를", "보내다", "adult"),
    ("주민등록등본", "을", "떼다", "custom"), ("여권", "을", "신청하다", "custom"),
    ("운전면허증", "을", "갱신하다", "custom"), ("공과금", "을", "내다", "adult"),
    ("보험료", "를", "내다", "adult"), ("세금", "을", "내다", "adult"), ("전입 신고", "를", "하다", "custom"),
    ("이삿짐", "을", "싸다", "custom"), ("가구", "를", "옮기다", "custom"), ("못", "을", "박다", "custom"),
    ("선반", "을", "달다", "custom"), ("벽지", "를", "바르다", "custom"), ("페인트", "를", "칠하다", "custom"),
    ("수도꼭지", "를", "고치다", "custom"), ("하수구", "를", "뚫다", "custom"), ("방충망", "을", "갈다", "custom"),
    ("커튼", "을", "달다", "custom"), ("화장실 타일", "을", "닦다", "adult"), ("창틀", "을", "닦다", "any"),
    ("현관", "을", "쓸다", "any"), ("낙엽", "을", "쓸다", "any"), ("눈", "을", "치우다", "any"),
    ("장독대", "를", "닦다", "custom"), ("고추", "를", "말리다", "custom"), ("메주", "를", "쑤다", "custom"),
    ("껌", "을", "씹다", "moment"), ("모자", "를", "벗다", "moment"), ("줄", "을", "서다", "moment"),
    ("계단", "을", "오르다", "moment"), ("꽃", "을", "꺾다", "oops"), ("쓰레기", "를", "줍다", "moment"),
    ("사진", "을", "뽑다", "adult"), ("흔들리는 이", "를", "뽑다", "moment"), ("택시", "를", "잡다", "moment"),
    ("버스", "를", "놓치다", "oops"), ("숨", "을", "참다", "moment"), ("약속", "을", "지키다", "any"),
    ("비밀", "을", "지키다", "any"), ("전화", "를", "끊다", "moment"), ("땀", "을", "흘리다", "oops"),
    ("뜀틀", "을", "넘다", "kid"), ("공", "을", "차다", "kid"), ("공", "을", "던지다", "kid"),
    ("책장", "을", "넘기다", "moment"), ("단추", "를", "채우다", "moment"), ("머리", "를", "빗다", "any"),
    ("손톱", "을", "깎다", "any"), ("수염", "을", "깎다", "adult"), ("화장", "을", "하다", "adult"),
    ("면도", "를", "하다", "adult"), ("이불", "을", "덮다", "moment"), ("현관문", "을", "잠그다", "moment"),
    ("커튼", "을", "치다", "moment"), ("알람", "을", "맞추다", "moment"), ("휴대폰", "을", "충전하다", "any"),
    ("가족사진", "을", "인화하다", "custom"), ("액자", "를", "걸다", "custom"), ("택배 상자", "를", "뜯다", "moment"),
    ("상자", "를", "접다", "moment"), ("우유갑", "을", "헹구다", "moment"), ("페트병", "을", "찌그러뜨리다", "moment"),
    ("라벨", "을", "떼다", "moment"), ("귤", "을", "까다", "any"), ("마늘", "을", "까다", "adult"),
    ("밤", "을", "까다", "any"), ("손", "을", "들다", "moment"), ("발표", "를", "하다", "moment"),
    ("그림일기", "를", "쓰다", "kid"), ("색칠", "을", "하다", "kid"), ("색종이", "를", "오리다", "kid"),
    ("스티커", "를", "붙이다", "kid"), ("찰흙 놀이", "를", "하다", "kid"), ("방학 계획표", "를", "짜다", "custom"),
    # talk, manners and mischief
    ("농담", "을", "하다", "moment"), ("잔소리", "를", "하다", "oops"), ("거짓말", "을", "하다", "oops"),
    ("칭찬", "을", "받다", "moment"), ("수수께끼", "를", "내다", "moment"), ("끝말잇기", "를", "하다", "any"),
    ("스무고개", "를", "하다", "any"), ("추억", "을", "쌓다", "any"), ("나쁜 습관", "을", "고치다", "any"),
    ("용기", "를", "내다", "moment"), ("실수", "를", "하다", "oops"), ("질문", "을", "하다", "moment"),
    ("계획", "을", "세우다", "custom"), ("기도", "를", "하다", "any"), ("명상", "을", "하다", "adult"),
    ("바람", "을", "쐬다", "any"), ("빚", "을", "갚다", "adult"), ("아침", "을", "굶다", "oops"),
    ("모기 물린 데", "를", "긁다", "oops"), ("동생 발", "을", "밟다", "oops"), ("껌", "을", "뱉다", "oops"),
    ("종이", "를", "찢다", "oops"), ("동생", "을", "태우다", "moment"), ("아기", "를", "업다", "moment"),
    ("아기", "를", "안다", "moment"), ("할머니 어깨", "를", "주무르다", "moment"), ("등", "을", "긁다", "moment"),
    ("이마", "를", "짚다", "moment"), ("열", "을", "재다", "moment"), ("키", "를", "재다", "moment"),
    ("몸무게", "를", "재다", "moment"), ("혈압", "을", "재다", "moment"), ("손", "을", "잡다", "moment"),
    ("길", "을", "건너다", "moment"), ("길", "을", "잃다", "oops"), ("길", "을", "묻다", "moment"),
    ("짐", "을", "싣다", "moment"), ("짐", "을", "들다", "moment"), ("문", "을", "두드리다", "moment"),
    ("초인종", "을", "누르다", "moment"), ("물", "을", "엎지르다", "oops"), ("우유", "를", "쏟다", "oops"),
    ("얼음", "을", "얼리다", "moment"), ("베개", "를", "베다", "moment"), ("낙서", "를", "하다", "oops"),
    ("장난", "을", "치다", "oops"), ("떼", "를", "쓰다", "oops"), ("투정", "을", "부리다", "oops"),
    ("고집", "을", "부리다", "oops"), ("심부름", "을", "하다", "kid"), ("인사", "를", "하다", "moment"),
    ("양보", "를", "하다", "moment"), ("기지개", "를", "켜다", "moment"), ("하품", "을", "하다", "oops"),
    ("코", "를", "풀다", "moment"), ("방귀", "를", "뀌다", "oops"), ("트림", "을", "하다", "oops"),
    # babies
    ("이유식", "을", "먹이다", "adult"), ("걸음마", "를", "연습하다", "adult"), ("기저귀", "를", "갈다", "adult"),
    ("분유", "를", "타다", "adult"), ("젖병", "을", "소독하다", "adult"), ("예방 주사", "를", "맞다", "moment"),
    ("아기 손톱", "을", "깎다", "adult"), ("자장가", "를", "부르다", "adult"), ("아기 띠", "를", "매다", "adult"),
    ("유모차", "를", "밀다", "adult"), ("목욕물", "을", "받다", "moment"), ("딸랑이", "를", "흔들다", "moment"),
    ("무서운 꿈", "을", "꾸다", "oops"), ("블록으로 탑", "을", "쌓다", "kid"), ("플라스틱", "을", "분리하다", "any"),
)
# Things done before something else: "운동하기 전에 스트레칭을 해".
BEFORE_STEPS = (("손", "을", "씻다"), ("옷", "을", "갈아입다"), ("숙제", "를", "하다"),
                ("스트레칭", "을", "하다"), ("물", "을", "마시다"), ("화장실", "에", "다녀오다"),
                ("엄마", "한테", "말하다"), ("준비물", "을", "챙기다"), ("선크림", "을", "바르다"),
                ("마스크", "를", "쓰다"), ("신발 끈", "을", "묶다"), ("일기예보", "를", "확인하다"),
                ("우산", "을", "챙기다"), ("아빠", "한테", "물어보다"), ("간식", "을", "먹다"),
                ("머리", "를", "묶다"), ("창문", "을", "닫다"), ("불", "을", "끄다"))
# Everyday chores and hygiene: talked about with near times (이따가, 자기 전에),
# never with 다음 달에 or 작년에.
ROUTINE_NOUNS = ("세수", "양치", "이", "손", "샤워", "머리", "옷", "밥", "간식", "과일", "비타민", "낮잠",
                 "일찍", "집", "목욕", "", "설거지", "빨래", "이불", "침대", "쓰레기", "음식물 쓰레기",
                 "식탁", "장난감", "신발", "화분에 물", "강아지 밥", "고양이 화장실", "아기", "수건",
                 "현관문", "커튼", "알람", "휴대폰", "손톱", "코", "기지개", "분유", "기저귀", "목욕물",
                 "우유갑", "청소기", "방", "바닥", "걸레질", "강아지 산책", "하품", "도시락", "가방", "준비물")
NEAR_TIMES = {
    "past": ("아까", "오늘 아침에", "방금", "어젯밤에", "자기 전에", "점심 먹고", "조금 전에"),
    "present": HABIT_TIMES,
    "future": ("이따가", "자기 전에", "밥 먹고", "지금", "나가기 전에", "조금 있다가", "오늘 저녁에", "내일 아침에"),
}
# Why something did not happen: "{reason} 숙제를 못 했어요".
REASONS = ("시간이 없어서", "너무 바빠서", "몸이 안 좋아서", "너무 피곤해서", "깜빡해서",
           "손님이 오셔서", "갑자기 일이 생겨서", "정신이 없어서", "배가 아파서")

# ---------------------------------------------------------------------------
# Lexicon: fixed everyday expressions
# ---------------------------------------------------------------------------

# Said to a child or between siblings; may follow a name (민준아 …).
CASUAL_PHRASES = (
    "밥 먹자", "손 씻고 와", "이 닦고 자", "불 끄고 자", "일찍 자야 내일 안 피곤해",
    "천천히 꼭꼭 씹어 먹어", "편식하면 안 돼", "골고루 먹어야 튼튼해져", "숙제 먼저 하고 놀아",
    "장난감은 제자리에 정리해", "동생이랑 사이좋게 지내", "엄마 말 잘 들어", "미안해", "괜찮아",
    "사랑해", "잘했어", "정말 최고야", "힘내", "생일 축하해", "어서 와", "잠깐만 기다려", "정말?",
    "왜 그래?", "어디 가?", "뭐 해?", "다쳤어?", "어디 아파?", "조심해", "뛰지 마", "떠들지 마",
    "울지 마", "싸우지 마", "이제 그만해", "얼른 일어나", "이러다 지각하겠다", "빨리 와",
    "거의 다 왔어", "전화 좀 받아 줄래?", "불 좀 켜 줘", "창문 좀 닫아 줘", "에어컨 틀까?",
    "물 좀 줄래?", "휴지 좀 줄래?", "이거 누구 거야?", "이거 먹어도 돼?", "텔레비전 그만 보고 자",
    "휴대폰 그만하고 밥 먹어", "양치했어?", "손 씻었어?", "오늘 학교에서 뭐 했어?",
    "오늘 재미있었어?", "배 안 고파?", "같이 놀자", "나도 할래", "이번엔 내 차례야", "이거 내 거야",
    "한 번만 더 할래", "잘 자", "좋은 꿈 꿔", "잘 다녀와", "차 조심해", "모르는 사람 따라가면 안 돼",
    "길 건널 때는 손 들고 건너", "신발 바꿔 신었어", "단추 잘못 끼웠어", "머리 빗어 줄게",
    "이불 덮고 자", "옷 따뜻하게 입어", "밥 다 먹고 놀아", "물 엎지르지 않게 조심해", "엄마 금방 올게",
    "누가 먼저 씻을래?", "오늘은 일찍 자자", "책 읽어 줄까?", "한 권만 더 읽어 줘", "무서운 꿈 꿨어?",
    "같이 자도 돼?", "깜짝 놀랐잖아", "조용히 해 아기 자", "다 먹은 그릇은 싱크대에 갖다 놔",
    "숟가락 똑바로 잡아", "흘리지 말고 먹어", "오늘 뭐 먹고 싶어?", "간식 먹을 사람?", "누가 그랬어?",
    "거짓말하면 안 돼", "솔직하게 말해 봐", "약속은 지켜야지", "고맙다고 말해야지", "인사해야지",
    "형한테 양보해", "동생 좀 봐 줄래?", "엄마 좀 도와줄래?", "아빠 좀 깨워 줄래?",
    "할머니한테 가 봐", "창문 열고 환기 좀 하자", "벌써 아침이야", "늦잠 잤다", "지금 몇 시야?",
    "오늘 무슨 요일이야?", "우산 챙겨", "목도리 꼭 해", "괜찮아 다시 해 보자", "넘어져도 괜찮아",
    "천천히 해도 돼", "엄마가 도와줄게", "아빠가 업어 줄까?", "안아 줄까?", "뽀뽀해 줘",
    "코 자자", "쉬 마려워?", "기저귀 갈자", "맘마 먹자", "까꿍", "이리 와", "가만히 있어",
    "줄 서서 기다려", "차례대로 해", "친구한테 사과해", "친구랑 싸우지 말고 잘 놀아",
    "마스크 꼭 써", "놀이터에서 조금만 더 놀자", "이제 집에 가자", "신발 벗고 들어와",
    "가방은 방에 갖다 놔", "외투 걸어 놔", "손톱 깎자", "귀 파 줄게", "머리 말려 줄게",
    "푹 쉬어", "어떤 게 좋아?", "넘어질 뻔했어", "네 탓이 아니야", "이상한 냄새가 나", "뚜껑 좀 열어 줘",
    "몰래 먹었지?", "꾀병 부리지 마", "어른한테는 존댓말 써야지", "괄호 안에 답을 써",
    "냉장고가 텅 비었어", "밖이 벌써 캄캄해", "둘이 정말 비슷하다", "아픈 데 없어?", "그냥 놔둬",
    "바닥에 눕지 마", "동생 장난감 뺏지 마", "특히 차 조심해", "책 펼쳐 봐", "허리 펴고 앉아",
    "꼴찌 해도 괜찮아", "아쉽지만 꽝이야", "어릴 땐 다 그래", "이젠 혼자 할 수 있지?", "느낌이 좋아",
    "쓴 약이 몸에 좋대", "씽씽 달려 보자", "퐁당 빠졌어", "쉿 조용히", "잠이 솔솔 와", "배꼽 빠지게 웃었어",
    "손 시려워?", "발 동동 구르지 마", "콧노래가 절로 나오네", "방이 후끈후끈하다", "얼른 씻고 자자",
    "너에겐 아직 어려워", "그게 아닌데", "내년부터 태권도 다닐 거야", "여기가 어딘지 모르겠어",
    "동생이 너무 얄미워", "심호흡 크게 해", "오늘은 몹시 춥다", "잠이 깼어?", "차가 갑자기 멈췄어",
    "엄마 곁에 있어", "떡이 딱딱하게 굳었어", "물이 깊으니까 조심해", "컵 깬 사람 누구야?",
    "낡은 운동화는 버리자", "신발 밑창이 다 닳았어", "손이 안 닿아", "오늘 많이 덥지?",
    "서로 돕고 살아야지", "딴 데 보지 마", "덜 익은 감은 떫어", "이건 네 몫이야", "다리 쭉 뻗고 앉아",
    "엄마한테는 너뿐이야", "아빠를 쏙 빼닮았네", "옳지 잘한다", "우산 잊지 마", "짠 음식은 조금만 먹어",
    "초콜릿 반으로 쪼개 줄게", "쭈그리고 앉지 마", "밥 좀 퍼 줄래?", "흩어지지 말고 여기 모여",
    "고양이가 손을 핥아", "화분에서 새싹이 났어", "토마토가 열매를 맺었어", "머리가 띵해",
)
# Proverbs, quoted by parents and grandparents in their fixed plain (한다체) form.
PROVERBS = (
    "가는 말이 고와야 오는 말이 곱다", "세 살 버릇 여든까지 간다", "티끌 모아 태산",
    "낮말은 새가 듣고 밤말은 쥐가 듣는다", "원숭이도 나무에서 떨어진다", "백지장도 맞들면 낫다",
    "천 리 길도 한 걸음부터", "소 잃고 외양간 고친다", "바늘 도둑이 소도둑 된다", "누워서 떡 먹기",
    "식은 죽 먹기", "하늘이 무너져도 솟아날 구멍이 있다", "고생 끝에 낙이 온다",
    "발 없는 말이 천 리 간다", "우물 안 개구리", "그림의 떡", "금강산도 식후경", "꿩 먹고 알 먹고",
    "등잔 밑이 어둡다", "호랑이도 제 말 하면 온다", "사공이 많으면 배가 산으로 간다",
    "개구리 올챙이 적 생각 못 한다", "콩 심은 데 콩 나고 팥 심은 데 팥 난다",
    "돌다리도 두들겨 보고 건너라", "빈 수레가 요란하다", "웃는 얼굴에 침 못 뱉는다", "작은 고추가 맵다",
    "윗물이 맑아야 아랫물이 맑다", "말 한마디로 천 냥 빚을 갚는다", "시작이 반이다", "아는 길도 물어 가라",
    "열 번 찍어 안 넘어가는 나무 없다", "될성부른 나무는 떡잎부터 알아본다", "가재는 게 편",
    "오르지 못할 나무는 쳐다보지도 마라", "뛰는 놈 위에 나는 놈 있다",
)
# Polite; may follow 엄마, 할머니, 선생님 … (할머니 안녕히 주무세요).
POLITE_PHRASES = (
    "다녀오겠습니다", "다녀왔습니다", "안녕히 주무세요", "안녕히 주무셨어요?", "안녕히 계세요", "안녕히 가세요", "조심히 다녀오세요",
    "다녀올게요", "다녀왔어요", "밥 다 됐어요", "고마워요", "미안해요", "괜찮으세요?", "수고하셨어요",
    "새해 복 많이 받으세요", "많이 드세요", "맛있게 드세요", "좀 더 드세요", "배불러요",
    "잘 먹었어요", "어서 오세요", "들어오세요", "여기 앉으세요", "잠깐만요", "알겠어요",
    "잘 모르겠어요", "문 좀 열어 주세요", "택배 왔어요", "누가 왔어요", "물 좀 주세요",
    "조금만 더 주세요", "천천히 말씀해 주세요", "다시 한번 말씀해 주세요", "오랜만이에요",
    "잘 지내셨어요?", "요즘 어떻게 지내세요?", "건강하세요", "편히 쉬세요", "조심히 들어가세요",
    "도착하면 연락 주세요", "주말 잘 보내세요", "좋은 하루 보내세요", "식사하셨어요?", "진지 드세요",
    "제가 할게요", "제가 도와드릴게요", "저 왔어요", "언제 오세요?", "오늘 늦으세요?", "저 배고파요",
    "저 졸려요", "이거 해도 돼요?", "친구 집에 놀러 가도 돼요?", "용돈 좀 주세요", "이것 좀 봐 주세요",
    "숙제 다 했어요", "저 이제 자러 갈게요", "내일 일찍 깨워 주세요", "우산 가져가세요",
    "생신 축하드려요", "오래오래 건강하세요", "재밌어요", "이 옷 어때요?", "오늘 정말 즐거웠어요",
    "사람이 너무 많아서 붐벼요", "우리 팀이 이겼어요", "영화 티켓 예매했어요", "새 앱 깔았어요",
    "딸기잼 발라 주세요", "온몸이 쑤셔요", "햅쌀로 밥 지었어요", "오늘 저녁은 뷔페 가요",
    "닷새 동안 여행 다녀왔어요", "친구 여럿이 놀러 왔어요", "어제 보낸 택배 받으셨어요?",
    "곧 도착해요", "바깥 날씨가 어때요?", "아기가 낯을 많이 가려요", "정말 젊어 보이세요",
    "이웃한테 상추를 얻어 왔어요", "국 좀 퍼 주세요", "고양이가 쥐를 쫓아요", "보고 싶었어요", "같이 가요", "저도 갈래요",
    "이거 어떻게 해요?", "어디 편찮으세요?", "무거운 거 제가 들게요", "여기 계셨네요",
    "전화 왔어요", "손님 오셨어요", "식사 준비 다 됐어요", "내일 뵐게요", "또 놀러 오세요",
)
# Polite, said to anyone (shops, phone calls, neighbours); no name in front.
SERVICE_PHRASES = (
    "잘 먹겠습니다", "잘 먹었습니다", "정말 감사합니다", "대단히 죄송합니다",
    "이거 얼마예요?", "계산해 주세요", "포장해 주세요", "봉투 필요하세요?", "카드로 계산할게요",
    "현금으로 낼게요", "영수증 주세요", "화장실이 어디예요?", "몇 시에 문 닫아요?",
    "전화 잘못 거셨어요", "잠시만 기다려 주세요", "지금 통화 괜찮으세요?", "나중에 다시 전화할게요",
    "문자 보내 드릴게요", "길 좀 여쭤봐도 될까요?", "여기 앉아도 돼요?", "창문 좀 열어도 될까요?",
    "사진 좀 찍어 주시겠어요?", "도와주셔서 감사해요", "처음 뵙겠습니다", "만나서 반가워요",
    "여기 주차해도 돼요?", "몇 층이세요?", "엘리베이터 좀 잡아 주세요", "먼저 타세요",
    "택배는 문 앞에 놓아 주세요", "배달 왔습니다", "여기 주문할게요", "메뉴판 좀 주세요",
    "물은 셀프예요", "이 자리 비었어요?", "예약 확인 좀 해 주세요", "교환할 수 있어요?",
    "환불해 주세요", "더 큰 사이즈 있어요?", "입어 봐도 돼요?", "좀 깎아 주세요", "덤으로 하나 더 주세요",
)


# ---------------------------------------------------------------------------
# Sentence-building helpers
# ---------------------------------------------------------------------------

_p = with_particle  # short name for use inside the f-string patterns below
TENSES = ("past", "present", "future")
_TIMES_BY_TENSE = {"past": PAST_TIMES, "present": HABIT_TIMES, "future": FUTURE_TIMES}
_SINO_COUNTERS = ("인분", "층", "호", "동", "번")
_MOVING_VERBS = ("가다", "오다", "다녀오다", "돌아오다", "데리러 가다")


def _finish(text: str) -> str:
    """Collapse spaces and end with "." unless the text is a question."""
    text = " ".join(text.split())
    return text if text.endswith("?") else text + "."


def _join(*parts: str) -> str:
    """Join the non-empty parts with single spaces."""
    return " ".join(part for part in parts if part)


def _form(verb: Verb, style: str, tense: str, honorific: bool = False) -> str:
    """The finite form for a style ("polite"/"casual"), a tense and subject honorific."""
    if honorific:
        return conjugate(verb, ("honorific_" if style == "polite" else "casual_honorific_") + tense)
    return conjugate(verb, f"{style}_{tense}")


def _negated_form(verb: Verb, style: str, tense: str, honorific: bool = False, word: str = "안") -> str:
    """Like :func:`_form` but negated with 안 or 못."""
    if honorific:
        return negate(verb, ("honorific_" if style == "polite" else "casual_honorific_") + tense, word)
    return negate(verb, f"{style}_{tense}", word)


def _predicate(name: str) -> Verb:
    """A registered verb or adjective by dictionary form."""
    return VERBS.get(name) or ADJECTIVES[name]


def _time_phrase(rng: random.Random, tense: str, action=None) -> str:
    """A time expression that fits the tense (어제 / 매일 / 내일 …), sometimes a weekday.

    For an everyday chore (see :data:`ROUTINE_NOUNS`) or a one-off act only
    near times are used.
    """
    if action is not None and (action[0] in ROUTINE_NOUNS or action[3] == "moment"):
        return rng.choice(NEAR_TIMES[tense])
    if rng.random() < 0.2:
        day = rng.choice(WEEKDAYS)
        if tense == "past":
            return f"지난 {day}에"
        if tense == "future":
            return rng.choice((f"이번 {day}에", f"다음 주 {day}에"))
        return f"{day}마다"
    return rng.choice(_TIMES_BY_TENSE[tense])


def _person(rng: random.Random, who: str = "any") -> tuple[str, bool]:
    """Someone to talk about, as (words, honorific). ``who`` is "kid", "adult" or "any"."""
    if who not in ("kid", "adult"):
        who = "any"
    pools = []
    if who in ("kid", "any"):
        pools += [("name", False), (CHILD_RELATIVES, False)]
    if who in ("adult", "any"):
        pools += [(ADULT_RELATIVES, False), (FAMILY_ELDERS, True)]
    pool, honorific = rng.choice(pools)
    if pool == "name":
        return familiar_name(rng.choice(GIVEN_NAMES)), False
    return rng.choice(pool), honorific


def _subject(rng: random.Random, person: str, honorific: bool, topic: bool | None = None) -> str:
    """The person with a subject or topic particle (께서 for elders now and then)."""
    if topic is None:
        topic = rng.random() < 0.5
    if honorific and rng.random() < 0.3:
        return person + ("께서는" if topic else "께서")
    return _p(person, "은" if topic else "이")


def _listener(rng: random.Random, style: str, who: str = "any") -> tuple[str, bool]:
    """Who is addressed, as (vocative words or "", honorific verb)."""
    if style == "casual":
        if who != "adult" and rng.random() < 0.5:
            return _p(rng.choice(GIVEN_NAMES), "아"), False
        return "", False
    if who != "kid" and rng.random() < 0.4:
        return rng.choice(("할머니", "할아버지", "어머니", "아버지", "선생님")), True
    if rng.random() < 0.2:
        return rng.choice(("엄마", "아빠")), False
    return "", False


def _object_phrase(rng: random.Random, noun: str, particle: str, style: str) -> str:
    """Noun plus particle; casual speech often drops 을/를."""
    if not noun:
        return ""
    if not particle:
        return noun
    if particle in ("을", "를") and style == "casual" and rng.random() < 0.4:
        return noun
    return _p(noun, particle)


def _count(rng: random.Random, counter: str) -> str:
    """A small quantity with its counter: "두 개", "삼 인분"."""
    number = rng.choice((1, 1, 2, 2, 3, 4, 5, 6, 10))
    if counter in _SINO_COUNTERS:
        return f"{sino_number(number)} {counter}"
    return f"{native_number(number)} {counter}"


def _duration(rng: random.Random, scale: str = "any", max_hours: int = 4) -> str:
    """How long something takes: "이십 분" (scale "minutes"), "두 시간 반" ("hours") or either."""
    if scale == "any":
        scale = rng.choice(("minutes", "hours"))
    if scale == "minutes":
        return sino_number(rng.choice((5, 10, 15, 20, 25, 30, 40, 45, 50))) + " 분"
    hours = native_number(rng.randint(1, max_hours)) + " 시간"
    return hours + " 반" if rng.random() < 0.3 else hours


def _day_part(rng: random.Random, hour: int) -> str:
    """A part of the day that fits a clock hour (1..12), or "" now and then."""
    if rng.random() < 0.25:
        return ""
    if hour <= 5:
        return rng.choice(("오후", "새벽"))
    if hour <= 8:
        return rng.choice(("아침", "오전", "저녁"))
    if hour <= 11:
        return rng.choice(("아침", "오전", "밤"))
    return rng.choice(("낮", "밤"))


def _clock(rng: random.Random, hour: int) -> str:
    """A clock time around ``hour``, with a part of the day: "오후 세 시 반"."""
    minute = rng.choice((0, 0, 30, 5, 10, 15, 20, 25, 35, 40, 45, 50, 55))
    return _join(_day_part(rng, hour), clock_time(hour, minute))


def _style(rng: random.Random) -> str:
    return rng.choice(("polite", "casual"))


def _random_action(rng: random.Random, who: str) -> tuple[str, str, str, str]:
    """Another everyday action that fits ``who``."""
    while True:
        action = rng.choice(ACTIONS)
        if action[3] in ("kid", "adult", "any") and (who not in ("kid", "adult") or action[3] in (who, "any")):
            return action


# ---------------------------------------------------------------------------
# Templates built around ACTIONS: each takes (rng, action) and returns a sentence
# ---------------------------------------------------------------------------

_TENSES_BY_KIND = {"oops": ("past",), "moment": ("past",), "custom": ("past", "future")}


def _tense(rng: random.Random, action) -> str:
    """A tense that fits the kind of action (no habits for one-off acts)."""
    return rng.choice(_TENSES_BY_KIND.get(action[3], TENSES))


def _someone_did_it(rng, action):
    """동생이 어제 숙제를 했어요. / 할머니께서 내일 시장에 가실 거예요."""
    noun, particle, verb_name, who = action
    style, tense = _style(rng), _tense(rng, action)
    person, honorific = _person(rng, who)
    return _finish(_join(_subject(rng, person, honorific), _time_phrase(rng, tense, action),
                         _object_phrase(rng, noun, particle, style),
                         _form(_verb(verb_name), style, tense, honorific)))


def _i_did_it(rng, action):
    """저는 주말마다 등산을 해요. / 나 어제 숙제 했어."""
    noun, particle, verb_name, _ = action
    style, tense = _style(rng), _tense(rng, action)
    if tense == "present":
        me = rng.choice(("저는", "저도")) if style == "polite" else rng.choice(("나는", "나도", "나"))
    else:
        me = rng.choice(("저는", "저도", "제가")) if style == "polite" else rng.choice(("나는", "나도", "나", "내가"))
    return _finish(_join(me, _time_phrase(rng, tense, action), _object_phrase(rng, noun, particle, style),
                         _form(_verb(verb_name), style, tense)))


def _did_you_do_it(rng, action):
    """민준아 어제 숙제 했어? / 할머니 내일 시장에 가실 거예요?"""
    noun, particle, verb_name, who = action
    style, tense = _style(rng), _tense(rng, action)
    vocative, honorific = _listener(rng, style, who)
    return _finish(_join(vocative, _time_phrase(rng, tense, action), _object_phrase(rng, noun, particle, style),
                         _form(_verb(verb_name), style, tense, honorific)) + "?")


def _let_us_do_it(rng, action):
    """내일 같이 자전거를 탈까요? / 이따가 같이 축구 하자."""
    noun, particle, verb_name, _ = action
    style = _style(rng)
    verb = _verb(verb_name)
    ending = conjugate(verb, "polite_suggestion") + "?" if style == "polite" else rng.choice(
        (conjugate(verb, "casual_suggestion"), conjugate(verb, "casual_question_suggestion") + "?"))
    return _finish(_join(_time_phrase(rng, "future", action), rng.choice(("같이", "우리 같이", "", "다 같이")),
                         _object_phrase(rng, noun, particle, style), ending))


def _please_do_it(rng, action):
    """민준아 손 씻어. / 설거지 좀 해 주세요. / 손 씻으세요."""
    noun, particle, verb_name, who = action
    style = _style(rng)
    verb = _verb(verb_name)
    obj = _object_phrase(rng, noun, particle, style)
    if who == "adult" and verb_name in _MOVING_VERBS:
        return _have_to(rng, action)
    if who == "adult":  # asking a grown-up for a favour
        ending = conjugate(verb, "polite_please" if style == "polite" else rng.choice(
            ("casual_please", "casual_would_you")))
        return _finish(_join(obj, "좀", ending) + ("?" if ending.endswith("줄래") else ""))
    adverbs = ("먼저", "이제", "얼른", "빨리", "지금") if not obj else ("", "먼저", "이제", "얼른", "빨리")
    if style == "polite":
        return _finish(_join(rng.choice(adverbs), obj, conjugate(verb, "honorific_present")))
    vocative = _p(rng.choice(GIVEN_NAMES), "아") if rng.random() < 0.6 else ""
    return _finish(_join(vocative, rng.choice(adverbs), obj, conjugate(verb, "casual_present")))


def _someone_did_not(rng, action):
    """동생이 어제 숙제를 안 했어요. / 아빠는 요즘 운동 안 해."""
    noun, particle, verb_name, who = action
    style, tense = _style(rng), rng.choice(("past", "present"))
    person, honorific = _person(rng, who)
    return _finish(_join(_subject(rng, person, honorific), _time_phrase(rng, tense, action),
                         _object_phrase(rng, noun, particle, style),
                         _negated_form(_verb(verb_name), style, tense, honorific)))


def _could_not(rng, action):
    """너무 바빠서 운동 못 했어요."""
    noun, particle, verb_name, _ = action
    style = _style(rng)
    return _finish(_join(rng.choice(REASONS), rng.choice(("", "어제", "오늘", "아침에", "이번 주에")),
                         _object_phrase(rng, noun, particle, style),
                         _negated_form(_verb(verb_name), style, "past", word="못")))


def _want_to(rng, action):
    """주말에 자전거를 타고 싶어요."""
    noun, particle, verb_name, _ = action
    style = _style(rng)
    ending = conjugate(_verb(verb_name), f"{style}_want")
    me = rng.choice(("", "나도", "나는")) if style == "casual" else rng.choice(("", "저도", "저는"))
    return _finish(_join(me, _time_phrase(rng, "future", action), rng.choice(("", "꼭", "정말")),
                         _object_phrase(rng, noun, particle, style), ending))


def _have_to(rng, action):
    """내일 숙제를 해야 해요."""
    noun, particle, verb_name, _ = action
    style = _style(rng)
    return _finish(_join(_time_phrase(rng, "future", action), rng.choice(("", "먼저", "꼭")),
                         _object_phrase(rng, noun, particle, style),
                         conjugate(_verb(verb_name), f"{style}_must")))


def _doing_it_now(rng, action):
    """할머니께서 지금 낮잠을 주무시고 계세요. / 형은 지금 숙제하고 있어."""
    noun, particle, verb_name, who = action
    if verb_name in _MOVING_VERBS:
        return _someone_did_it(rng, action)
    style = _style(rng)
    person, honorific = _person(rng, who)
    form = ("honorific_progressive" if style == "polite" else "casual_honorific_progressive") \
        if honorific else f"{style}_progressive"
    return _finish(_join(_subject(rng, person, honorific), rng.choice(("지금", "아직")),
                         _object_phrase(rng, noun, particle, style), conjugate(_verb(verb_name), form)))


def _first_this_then_that(rng, action):
    """숙제를 하고 나서 자전거를 타자."""
    noun, particle, verb_name, who = action
    style = _style(rng)
    noun2, particle2, verb_name2, _ = _random_action(rng, who)
    if verb_name2 == verb_name:
        return _want_to(rng, action)
    first = _join(_object_phrase(rng, noun, particle, style), conjugate(_verb(verb_name), "and"), "나서")
    second = _object_phrase(rng, noun2, particle2, style)
    verb2 = _verb(verb_name2)
    if style == "polite":
        ending = rng.choice((conjugate(verb2, "polite_suggestion") + "?", conjugate(verb2, "polite_promise"),
                             conjugate(verb2, "honorific_present")))
    else:
        ending = rng.choice((conjugate(verb2, "casual_suggestion"), conjugate(verb2, "casual_present"),
                             conjugate(verb2, "casual_promise")))
    return _finish(_join(first, second, ending))


def _likes_doing(rng, action):
    """동생은 피아노 치는 걸 좋아해요."""
    noun, particle, verb_name, who = action
    style = _style(rng)
    person, honorific = _person(rng, who)
    feeling = _verb(rng.choice(("좋아하다", "좋아하다", "싫어하다")))
    return _finish(_join(_p(person, "은"), _object_phrase(rng, noun, particle, "casual"),
                         conjugate(_verb(verb_name), "present_modifier"), "걸",
                         rng.choice(("", "정말", "제일", "요즘")), _form(feeling, style, "present", honorific)))


def _can_you(rng, action):
    """혼자 자전거를 탈 수 있어?"""
    noun, particle, verb_name, _ = action
    style = _style(rng)
    return _finish(_join(rng.choice(("혼자", "혼자서", "벌써", "이제", "지금")),
                         _object_phrase(rng, noun, particle, style),
                         conjugate(_verb(verb_name), f"{style}_can")) + "?")


def _go_to_do_it(rng, action):
    """축구 하러 가자. / 이 닦으러 갈까요?"""
    noun, particle, verb_name, who = action
    if verb_name in _MOVING_VERBS:
        return _someone_did_it(rng, action)
    style = _style(rng)
    going = rng.choice(("갈까요?", "가요", "갈게요")) if style == "polite" else rng.choice(("가자", "갈래?", "갈까?", "갈게"))
    return _finish(_join(_time_phrase(rng, "future", action) if rng.random() < 0.5 else "",
                         _object_phrase(rng, noun, particle, style),
                         conjugate(_verb(verb_name), "to_go_and"), going))


def _why_not(rng, action):
    """왜 숙제 안 했어?"""
    noun, particle, verb_name, _ = action
    style = _style(rng)
    return _finish(_join("왜", rng.choice(("", "아직", "오늘", "어제")), _object_phrase(rng, noun, particle, style),
                         _negated_form(_verb(verb_name), style, "past")) + "?")


def _i_will(rng, action):
    """내일은 제가 설거지를 할게요."""
    noun, particle, verb_name, _ = action
    style = _style(rng)
    me = "제가" if style == "polite" else "내가"
    return _finish(_join(_time_phrase(rng, "future", action), me, _object_phrase(rng, noun, particle, style),
                         conjugate(_verb(verb_name), f"{style}_promise")))


def _before_doing(rng, action):
    """자전거를 타기 전에 손을 씻어."""
    noun, particle, verb_name, who = action
    style = _style(rng)
    noun2, particle2, verb_name2 = rng.choice(BEFORE_STEPS)
    if noun2 == noun or who == "adult":
        return _have_to(rng, action)
    ending = conjugate(_verb(verb_name2), "polite_must" if style == "polite" else "casual_present")
    return _finish(_join(_object_phrase(rng, noun, particle, style), conjugate(_verb(verb_name), "before"),
                         _object_phrase(rng, noun2, particle2, style), ending))


def _remember_when(rng, action):
    """지난 주말에 자전거 탄 거 기억나?"""
    noun, particle, verb_name, _ = action
    if noun in ROUTINE_NOUNS:
        remember = rng.choice(("기억나?", "기억나요?", "생각나?"))
    else:
        remember = rng.choice(("기억나?", "기억나요?", "생각나?", "정말 재미있었어", "사진 있어요"))
    obj = noun if particle in ("을", "를") else _object_phrase(rng, noun, particle, "casual")
    return _finish(_join(_time_phrase(rng, "past", action), obj, conjugate(_verb(verb_name), "past_modifier"),
                         "거", remember))


def _did_you_oops(rng, action):
    """민준아 또 거짓말했어? / 어제 길을 잃었어요?"""
    noun, particle, verb_name, _ = action
    style = _style(rng)
    vocative = _p(rng.choice(GIVEN_NAMES), "아") if style == "casual" and rng.random() < 0.5 else ""
    return _finish(_join(vocative, rng.choice(("또", "아까", "어제", "혹시", "설마")),
                         _object_phrase(rng, noun, particle, style),
                         conjugate(_verb(verb_name), f"{style}_past")) + "?")


def _do_not(rng, action):
    """거짓말하지 마. / 우유 쏟지 않게 조심해."""
    noun, particle, verb_name, _ = action
    style = _style(rng)
    verb = _verb(verb_name)
    obj = _object_phrase(rng, noun, particle, style)
    if rng.random() < 0.5:
        return _finish(_join(rng.choice(("이제", "다시는", "절대", "제발")), obj, conjugate(verb, f"{style}_dont")))
    careful = "조심하세요" if style == "polite" else "조심해"
    return _finish(_join(obj, verb.stem + "지 않게", careful))


OOPS_PATTERNS = (_someone_did_it, _did_you_oops, _do_not)
MOMENT_PATTERNS = (_someone_did_it, _did_you_do_it, _please_do_it, _why_not, _i_will, _i_did_it)
CUSTOM_PATTERNS = (_someone_did_it, _did_you_do_it, _let_us_do_it, _want_to, _remember_when, _i_will,
                   _have_to, _i_did_it)

# _someone_did_it is listed twice so that plain statements are the most common.
ACTION_PATTERNS = (_someone_did_it, _someone_did_it, _i_did_it, _did_you_do_it, _let_us_do_it,
                   _please_do_it, _someone_did_not, _could_not, _want_to, _have_to, _doing_it_now,
                   _first_this_then_that, _likes_doing, _can_you, _go_to_do_it, _why_not, _i_will,
                   _before_doing, _remember_when)
PATTERNS_BY_KIND = {"kid": ACTION_PATTERNS, "adult": ACTION_PATTERNS, "any": ACTION_PATTERNS,
                    "oops": OOPS_PATTERNS, "moment": MOMENT_PATTERNS, "custom": CUSTOM_PATTERNS}


def _action_sentence(rng: random.Random, action) -> str:
    """One sentence about an action from :data:`ACTIONS`, in a random pattern."""
    return rng.choice(PATTERNS_BY_KIND[action[3]])(rng, action)


# ---------------------------------------------------------------------------
# Templates built around one noun: each takes (rng, item) and returns a sentence
# ---------------------------------------------------------------------------

DISH_TASTES = ("맛있다", "짜다", "맵다", "싱겁다", "뜨겁다", "맛없다", "느끼하다", "고소하다", "담백하다",
               "짭짤하다", "쫄깃하다", "바삭하다", "퍽퍽하다", "얼큰하다", "칼칼하다", "시원하다", "매콤하다",
               "달달하다", "비리다", "텁텁하다", "새콤달콤하다", "부드럽다", "시큼하다", "밍밍하다")


def _dish_sentence(rng, dish):
    taste = _adjective(rng.choice(DISH_TASTES))
    elder = rng.choice(FAMILY_ELDERS)
    kid = familiar_name(rng.choice(GIVEN_NAMES))
    return _finish(rng.choice((
        f"오늘 저녁은 {_p(dish, '이에요')}",
        f"{rng.choice(('아침에', '점심에', '저녁에', '어제'))} {_p(dish, '을')} 먹었어요",
        f"{_p(dish, '이')} 정말 {conjugate(taste, 'polite_present')}",
        f"{_p(dish, '이')} 좀 {conjugate(taste, 'casual_present')}",
        f"{dish} 먹고 싶어",
        f"저녁에 {dish} 먹을래?",
        f"엄마가 만든 {_p(dish, '이')} 제일 맛있어",
        f"{_p(dish, '을')} 만들어 줄게",
        f"{dish} 좀 더 먹어도 돼요?",
        f"내일은 {_p(dish, '을')} 해 먹자",
        f"오늘은 {dish} 시켜 먹을까요?",
        f"{_p(dish, '이나')} 먹으러 갈까?",
        f"{_p(elder, '은')} {_p(dish, '을')} 좋아하세요",
        f"{_p(kid, '은')} {_p(dish, '을')} 제일 좋아해요",
        f"{dish} 다 먹었어?",
        f"{_p(dish, '이')} 다 식었어요",
        f"{dish} 데워 줄까?",
        f"남은 {_p(dish, '은')} 냉장고에 넣어 둘게요",
        f"{dish} 만드는 법 좀 알려 주세요",
        f"이 집 {_p(dish, '이')} 유명해요",
        f"점심 메뉴는 {_p(dish, '이야')}",
    )))


def _fruit_sentence(rng, fruit):
    taste = _adjective(rng.choice(("달다", "맛있다", "싱싱하다", "달콤하다", "비싸다")))
    return _finish(rng.choice((
        f"{fruit} 좀 먹을래?",
        f"{_p(fruit, '이')} 아주 {conjugate(taste, 'polite_present')}",
        f"올해는 {_p(fruit, '이')} 정말 {conjugate(taste, 'casual_present')}",
        f"시장에서 {_p(fruit, '을')} 샀어요",
        f"{fruit} 한 상자에 얼마예요?",
        f"{_p(fruit, '은')} 냉장고에 넣어 줘",
        f"{_p(fruit, '을')} 깨끗이 씻어서 먹어",
        f"요즘 {_p(fruit, '이')} 제철이에요",
        f"후식으로 {fruit} 먹자",
        f"{_p(fruit, '이')} 너무 비싸요",
        f"할머니가 {_p(fruit, '을')} 보내 주셨어요",
        f"{fruit} 몇 개 남았어?",
        f"{_p(fruit, '은')} 껍질째 먹어도 돼요?",
    )))


def _snack_sentence(rng, snack):
    return _finish(rng.choice((
        f"{snack} 먹어도 돼요?",
        f"밥 먹고 나서 {snack} 먹어",
        f"{_p(snack, '을')} 너무 많이 먹지 마",
        f"간식으로 {_p(snack, '을')} 먹었어요",
        f"{snack} 하나만 사 주세요",
        f"{_p(snack, '은')} 식탁 위에 있어",
        f"할머니가 {_p(snack, '을')} 사 오셨어요",
        f"동생이랑 {snack} 나눠 먹어",
        f"{_p(snack, '이')} 다 떨어졌어요",
        f"자기 전에는 {snack} 먹으면 안 돼",
        f"{snack} 어디서 샀어요?",
        f"{_p(snack, '은')} 하루에 하나만 먹자",
    )))


def _drink_sentence(rng, drink):
    return _finish(rng.choice((
        f"{drink} 한 잔 주세요",
        f"아침에 {_p(drink, '을')} 마셨어요",
        f"{drink} 마실래?",
        f"{_p(drink, '이')} 다 떨어졌어요",
        f"{drink} 좀 더 주세요",
        f"자기 전에 {_p(drink, '을')} 너무 많이 마시지 마",
        f"{_p(drink, '이')} 너무 차가워요",
        f"따뜻한 {drink} 한 잔 드릴까요?",
        f"냉장고에 {_p(drink, '이')} 있어요?",
        f"할아버지는 아침마다 {_p(drink, '을')} 드세요",
        f"{_p(drink, '을')} 쏟았어요",
        f"목마르면 {drink} 마셔",
        f"{drink} 한 병 사 올게요",
    )))


def _cooking_sentence(rng, step):
    ingredient, verb_name = step
    verb = _verb(verb_name)
    ingredient2, verb_name2 = rng.choice(COOKING_STEPS)
    cook = rng.choice(("엄마가", "아빠가", "할머니께서", "삼촌이", "누나가"))
    honorific = cook.endswith("께서")
    return _finish(rng.choice((
        f"{_p(ingredient, '을')} {conjugate(verb, 'polite_please')}",
        f"{_p(ingredient, '을')} 좀 {conjugate(verb, 'casual_would_you')}?",
        f"먼저 {_p(ingredient, '을')} {conjugate(verb, 'polite_must')}",
        f"제가 {_p(ingredient, '을')} {conjugate(verb, 'polite_promise')}",
        f"내가 {ingredient} {conjugate(verb, 'casual_promise')}",
        f"{_p(ingredient, '을')} {conjugate(verb, 'and')} {_p(ingredient2, '을')} "
        f"{conjugate(_verb(verb_name2), 'polite_present')}",
        f"{cook} {_p(ingredient, '을')} "
        f"{conjugate(verb, 'honorific_progressive' if honorific else 'polite_progressive')}",
        f"{_p(ingredient, '을')} 다 {conjugate(verb, 'casual_past')}?",
        f"{_p(ingredient, '을')} 어떻게 {conjugate(verb, 'polite_suggestion')}?",
        f"{_p(ingredient, '을')} {conjugate(verb, 'and')} 나서 조금 기다려",
        f"{_p(ingredient, '은')} 제가 벌써 {conjugate(verb, 'polite_past')}",
    )))


def _shopping_sentence(rng, entry):
    item, counter = entry
    amount = _count(rng, counter)
    price = won(rng.choice(PRICES[3:30]))
    shop = rng.choice(("마트", "시장", "편의점", "동네 슈퍼", "가게"))
    return _finish(rng.choice((
        f"{item} {amount} 주세요",
        f"{item} {amount}에 얼마예요?",
        f"{item} {amount}에 {_p(price, '이에요')}",
        f"{shop}에서 {item} {amount}만 사 와",
        f"{shop}에서 {item} {amount} 샀어요",
        f"{item} {amount}만 더 사 올게요",
        f"{_p(item, '이')} {amount}밖에 없어요",
        f"{item} {amount} 배달시켰어",
        f"{item} {amount} 사 올까?",
        f"{_p(item, '은')} {_p(amount, '이면')} 충분해요",
        f"{item} {amount}하고 {rng.choice(SHOPPING_ITEMS)[0]} 좀 사다 주세요",
    )))


def _household_object_sentence(rng, thing):
    spot = rng.choice(SPOTS)
    return _finish(rng.choice((
        f"{_p(thing, '이')} 어디 있어요?",
        f"{thing} 어디 있어?",
        f"혹시 제 {thing} 못 봤어요?",
        f"{_p(thing, '을')} 어디에 뒀어?",
        f"{_p(thing, '이')} {spot} 있어요",
        f"{thing} {spot} 있더라",
        f"{_p(thing, '을')} 잃어버렸어요",
        f"{_p(thing, '을')} 못 찾겠어요",
        f"{thing} 좀 갖다 줄래?",
        f"{_p(thing, '을')} {spot} 놓았어요",
        f"나가기 전에 {thing} 챙겨",
        f"{_p(thing, '은')} 제자리에 갖다 놔",
        f"새 {_p(thing, '이')} 필요해요",
        f"{thing} 좀 빌려줄 수 있어?",
        f"이 {thing} 버려도 돼요?",
        f"누가 내 {thing} 가져갔어?",
        f"{thing} 찾았다",
    )))


def _appliance_sentence(rng, appliance):
    return _finish(rng.choice((
        f"{appliance} 좀 꺼 줄래?",
        f"{appliance} 좀 켜 줘",
        f"{_p(appliance, '을')} 켜도 돼요?",
        f"{_p(appliance, '이')} 고장 났어요",
        f"{_p(appliance, '을')} 새로 샀어요",
        f"{appliance} 수리 기사님이 내일 오신대요",
        f"{_p(appliance, '이')} 갑자기 안 켜져요",
        f"{appliance}에서 이상한 소리가 나요",
        f"{_p(appliance, '은')} 아까 껐어요",
        f"{appliance} 켜 놓고 나갔어?",
        f"{_p(appliance, '을')} 너무 오래 켜 두지 마",
        f"{appliance} 전기 요금이 많이 나와요",
        f"{appliance} 사용법 좀 알려 주세요",
    )))


def _room_sentence(rng, room):
    adjective = _adjective(rng.choice(ROOM_ADJECTIVES))
    return _finish(rng.choice((
        f"{room}에 누가 있어?",
        f"{_p(room, '이')} 너무 지저분해",
        f"{room} 청소 좀 해 줄래?",
        f"{room}에서 뭐 해?",
        f"{room} 불 좀 꺼 줘",
        f"{_p(room, '이')} 좀 {conjugate(adjective, 'polite_present')}",
        f"{_p(room, '이')} 너무 {conjugate(adjective, 'casual_present')}",
        f"{room}에 가서 기다려",
        f"{room} 창문 좀 열어 줘",
        f"할머니는 {room}에 계세요",
        f"{room}에 모기가 있어요",
        f"{room} 바닥이 미끄러우니까 조심해",
        f"{_p(room, '은')} 오늘 제가 청소했어요",
        f"고양이가 {room}에 숨었어",
    )))


def _clothing_sentence(rng, entry):
    item, verb_name = entry
    verb = _verb(verb_name)
    return _finish(rng.choice((
        f"{_p(item, '을')} {conjugate(verb, 'and')} 나가자",
        f"밖에 추우니까 {item} {conjugate(verb, 'and')} 가",
        f"새 {_p(item, '을')} 샀어요",
        f"{_p(item, '이')} 너무 작아요",
        f"{_p(item, '이')} 좀 커요",
        f"{item} 어디 있어요?",
        f"오늘은 무슨 {item} {conjugate(verb, 'polite_offer')}?",
        f"이 {item} 한번 {conjugate(verb, 'casual_try')}",
        f"{_p(item, '을')} 거꾸로 {conjugate(verb, 'casual_past')}",
        f"{_p(item, '을')} 혼자 {conjugate(verb, 'casual_can')}?",
        f"{rng.choice(COLOURS)} {_p(item, '이')} 잘 어울려요",
        f"{_p(item, '은')} 빨래 바구니에 넣어",
        f"할머니가 {_p(item, '을')} 사 주셨어요",
        f"{item} 벌써 {conjugate(verb, 'casual_past')}?",
        f"오늘은 {_p(item, '을')} 안 {conjugate(verb, 'polite_present')}",
    )))


def _colour_sentence(rng, colour):
    item = rng.choice(CLOTHING)[0]
    return _finish(rng.choice((
        f"{_p(colour, '이')} 제일 좋아요",
        f"{_p(colour, '으로')} 칠할까?",
        f"{colour} 크레파스 좀 빌려줘",
        f"{colour} {item} 어때요?",
        f"{colour} 옷을 입은 아이가 제 딸이에요",
        f"{colour} 우산을 잃어버렸어요",
        f"우리 차는 {_p(colour, '이에요')}",
        f"{colour} 말고 다른 색은 없어요?",
        f"나는 {_p(colour, '이')} 좋아",
        f"벽지를 {_p(colour, '으로')} 바꿨어요",
        f"{colour} 풍선 하나 주세요",
    )))


def _coloured_thing_sentence(rng, entry):
    thing, adjective_name = entry
    adjective = _adjective(adjective_name)
    return _finish(rng.choice((
        f"{_p(thing, '이')} 정말 {conjugate(adjective, 'polite_present')}",
        f"{conjugate(adjective, 'present_modifier')} {thing} 좀 봐",
        f"{_p(thing, '이')} 왜 이렇게 {conjugate(adjective, 'casual_present')}?",
        f"{_p(thing, '이')} 아주 {conjugate(adjective, 'polite_past')}",
    )))


def _town_place_sentence(rng, place):
    with_whom = _p(rng.choice(("엄마", "아빠", "친구", "동생", "할머니", "언니", "형")), "이랑")
    return _finish(rng.choice((
        f"{_time_phrase(rng, 'future')} {place}에 가요",
        f"{place}에 다녀올게요",
        f"{place} 앞에서 만나요",
        f"지금 {place}에 가는 길이야",
        f"{_p(place, '이')} 어디에 있어요?",
        f"{_p(place, '은')} 몇 시에 문을 닫아요?",
        f"여기서 {place}까지 얼마나 걸려요?",
        f"{place}까지 걸어서 {_duration(rng, 'minutes')} 걸려요",
        f"{with_whom} {place}에 갈 거예요",
        f"{place} 앞에서 기다릴게",
        f"{place}에 사람이 너무 많아요",
        f"{_p(place, '이')} 오늘 문을 안 열어요",
        f"{place} 가는 버스가 몇 번이에요?",
        f"{_time_phrase(rng, 'past')} {place}에서 친구를 만났어요",
        f"우리 집 바로 옆에 {_p(place, '이')} 생겼어요",
        f"{place}에 들렀다가 갈게",
    )))


def _city_sentence(rng, city):
    relative = rng.choice(FAMILY_ELDERS)
    return _finish(rng.choice((
        f"{_time_phrase(rng, 'future')} {city}에 가요",
        f"{_p(relative, '은')} {city}에 사세요",
        f"{_p(city, '으로')} 이사 갈 거예요",
        f"{city}까지 기차로 {_duration(rng, 'hours')} 걸려요",
        f"{city}에 여행 가고 싶어요",
        f"작년 여름에 {city}에 갔었어요",
        f"{_p(city, '은')} 오늘 비가 온대요",
        f"저는 {city}에서 태어났어요",
        f"{city} 가는 기차표를 예매했어요",
        f"이번 추석에 {city} 할머니 댁에 가요",
        f"{city}에 사는 사촌이 놀러 왔어요",
        f"{_p(city, '은')} 뭐가 유명해요?",
        f"{city}에서 {_p(rng.choice(DISHES), '을')} 먹었어",
    )))


def _landmark_sentence(rng, landmark):
    return _finish(rng.choice((
        f"{landmark}에 가 본 적 있어요?",
        f"주말에 {landmark}에 놀러 가자",
        f"{landmark}에서 사진을 찍었어요",
        f"{landmark}에 사람이 정말 많았어요",
        f"다음 방학에 {landmark}에 가고 싶어",
        f"{landmark}까지 차로 {_duration(rng)} 걸렸어요",
        f"할아버지랑 {landmark}에 다녀왔어요",
    )))


def _neighbourhood_sentence(rng, place):
    return _finish(rng.choice((
        f"우리 집은 {place}에 있어요",
        f"{_p(place, '으로')} 이사했어요",
        f"{place}에 사는 친구 집에 놀러 가요",
        f"{place}까지 버스로 {_duration(rng, 'minutes')} 걸려요",
        f"{place}에 새로 생긴 빵집에 가 봤어요",
        f"{_p(place, '은')} 집값이 많이 올랐대요",
        f"이모네는 {place}에 살아",
        f"{place} 쪽으로 가 주세요",
        f"{_p(place, '은')} 학교가 가까워서 좋아요",
    )))


def _nature_place_sentence(rng, place):
    return _finish(rng.choice((
        f"주말에 {place}에 가서 놀자",
        f"{_p(place, '이')} 정말 아름다워요",
        f"{place}에서 사진을 찍었어요",
        f"{place}에 가면 꼭 모자를 써",
        f"할아버지랑 {place}에 다녀왔어요",
        f"{place}에서 도시락을 먹자",
        f"{place} 근처에 캠핑장이 있어요",
    )))


def _animal_sound_sentence(rng, entry):
    animal, sound, verb_name = entry
    verb = _verb(verb_name)
    return _finish(rng.choice((
        f"{_p(animal, '은')} {sound} {conjugate(verb, 'polite_present')}",
        f"{_p(animal, '이')} {sound} {conjugate(verb, 'casual_present')}",
        f"{_p(animal, '은')} {sound} 하고 {conjugate(verb, 'polite_present')}",
        f"밖에서 {_p(animal, '이')} {sound} {conjugate(verb, 'polite_past')}",
    )))


def _mimetic_sentence(rng, entry):
    who, word, verb_name = entry
    verb = _verb(verb_name)
    honorific = who in FAMILY_ELDERS
    patterns = [
        f"{_p(who, '이')} {word} {_form(verb, 'polite', 'present', honorific)}",
        f"{_p(who, '이')} {word} {_form(verb, 'casual', 'present', honorific)}",
        f"{_p(who, '이')} {word} {_form(verb, 'polite', 'past', honorific)}",
    ]
    if not honorific:
        patterns.append(f"{word} {conjugate(verb, 'present_modifier')} {who} 좀 봐")
    return _finish(rng.choice(patterns))


def _ingredient_sentence(rng, ingredient):
    return _finish(rng.choice((
        f"{_p(ingredient, '이')} 다 떨어졌어요",
        f"{ingredient} 좀 사 와",
        f"냉장고에 {_p(ingredient, '이')} 있어?",
        f"{_p(ingredient, '은')} 어디에 넣어 둘까요?",
        f"시장에서 {_p(ingredient, '을')} 샀어요",
        f"{_p(ingredient, '이')} 아주 싱싱해요",
        f"{_p(ingredient, '으로')} 뭐 만들까?",
        f"{_p(ingredient, '을')} 조금만 넣어 주세요",
        f"할머니가 {_p(ingredient, '을')} 보내 주셨어요",
    )))


def _school_place_sentence(rng, place):
    return _finish(rng.choice((
        f"{place}에서 기다려",
        f"{place}에 가 봐",
        f"이번 주는 제가 {place} 청소 당번이에요",
        f"{_p(place, '이')} 어디예요?",
        f"쉬는 시간에 {place}에 갔어요",
        f"{place} 앞에서 만나자",
        f"{place}에 우산을 두고 왔어요",
    )))


def _sport_sentence(rng, sport):
    return _finish(rng.choice((
        f"{sport} 경기 봤어?",
        f"우리나라가 {sport}에서 금메달을 땄어요",
        f"{_p(sport, '을')} 배워 보고 싶어요",
        f"{sport} 선수가 되고 싶어",
        f"{_p(sport, '은')} 규칙이 좀 어려워요",
        f"형은 학교에서 {sport} 대표 선수예요",
        f"오늘 저녁에 {sport} 중계 해요",
        f"{_p(sport, '이')} 제일 재미있어",
    )))


def _instrument_sentence(rng, entry):
    instrument, verb_name = entry
    verb = _verb(verb_name)
    kid = familiar_name(rng.choice(GIVEN_NAMES))
    return _finish(rng.choice((
        f"{_p(instrument, '을')} {conjugate(verb, 'future_modifier')} 줄 알아요?",
        f"{_p(kid, '이')} {instrument} 학원에 다녀요",
        f"{instrument} 소리가 정말 좋아요",
        f"{_p(instrument, '을')} {conjugate(verb, 'present_modifier')} 게 어려워요",
        f"발표회에서 {_p(instrument, '을')} {conjugate(verb, 'polite_past')}",
        f"저도 {_p(instrument, '을')} {conjugate(verb, 'polite_want')}",
        f"매일 {_p(instrument, '을')} 한 시간씩 {conjugate(verb, 'polite_present')}",
        f"{instrument} 연습 다 했어?",
    )))


def _country_sentence(rng, place):
    relative = rng.choice(ADULT_RELATIVES)
    return _finish(rng.choice((
        f"{place}에 여행 가고 싶어요",
        f"{place}에서 사촌이 놀러 왔어요",
        f"{_p(relative, '은')} {place}에 살아요",
        f"{place} 음식 먹어 봤어?",
        f"{place}까지 비행기로 {_duration(rng, 'hours', max_hours=14)} 걸려요",
        f"이거 {place}에서 사 온 선물이에요",
        f"이번 여름 방학에 {place}에 가요",
        f"{place}에 가 본 적 있어요?",
        f"{_p(place, '은')} 지금 몇 시예요?",
    )))


def _country_house_sentence(rng, thing):
    return _finish(rng.choice((
        f"할머니 댁에는 {_p(thing, '이')} 있어요",
        f"{thing} 본 적 있어?",
        f"옛날에는 집집마다 {_p(thing, '이')} 있었대요",
        f"시골 할아버지 댁 {_p(thing, '이')} 그리워요",
        f"{thing} 앞에서 사진 찍자",
        f"어릴 때 {thing} 근처에서 자주 놀았어요",
    )))


def _shape_sentence(rng, shape):
    return _finish(rng.choice((
        f"{_p(shape, '을')} 그려 보자",
        f"{shape} 쿠키를 만들었어요",
        f"이건 {_p(shape, '이에요')}",
        f"{_p(shape, '이')} 몇 개 있어?",
        f"색종이를 {_p(shape, '으로')} 오려 줄래?",
        f"{shape} 블록 어디 갔어?",
    )))


def _music_sentence(rng, genre):
    elder = rng.choice(FAMILY_ELDERS)
    return _finish(rng.choice((
        f"{genre} 좋아해?",
        f"{_p(elder, '은')} {_p(genre, '을')} 좋아하세요",
        f"차에서 {genre} 틀어 줄까?",
        f"요즘 {_p(genre, '을')} 자주 들어요",
        f"{genre} 공연 보러 가요",
        f"라디오에서 {_p(genre, '이')} 나와요",
    )))


def _transport_sentence(rng, vehicle):
    other = rng.choice(TRANSPORT)
    return _finish(rng.choice((
        f"{_p(vehicle, '을')} 타고 가요",
        f"{_p(vehicle, '으로')} 가면 {_duration(rng)} 걸려요",
        f"{_p(vehicle, '을')} 놓쳤어요",
        f"{vehicle} 타는 곳이 어디예요?",
        f"{_p(vehicle, '이')} 벌써 출발했어요",
        f"{vehicle} 안에서는 조용히 해야 해",
        f"{vehicle}에 우산을 두고 내렸어요",
        f"{_p(vehicle, '으로')} 갈까 {_p(other, '으로')} 갈까?",
        f"처음으로 {_p(vehicle, '을')} 탔어요",
        f"{_p(vehicle, '이')} 왜 이렇게 안 와?",
        f"내일은 {_p(vehicle, '을')} 타고 갈 거예요",
    )))


def _vehicle_to_watch_sentence(rng, vehicle):
    return _finish(rng.choice((
        f"저기 {vehicle} 좀 봐",
        f"{_p(vehicle, '이')} 지나가요",
        f"{vehicle} 소리가 들려요",
        f"{vehicle} 장난감 사 줘",
        f"{vehicle} 본 적 있어?",
        f"{_p(vehicle, '이')} 정말 크다",
        f"{vehicle} 그림 그려 줄게",
    )))


def _given_name_sentence(rng, name):
    familiar = familiar_name(name)
    vocative = _p(name, "아")
    action = _random_action(rng, "kid")
    return _finish(rng.choice((
        f"{vocative} {rng.choice(CASUAL_PHRASES)}",
        f"{vocative} 밥 먹어",
        f"{_p(familiar, '이')} 어디 있어?",
        f"{familiar} 생일이 언제예요?",
        f"{_p(familiar, '이랑')} 같이 놀았어요",
        f"{familiar}한테서 전화 왔어",
        f"{familiar} 엄마가 오셨어요",
        f"{_p(familiar, '이')} 오늘 우리 집에 놀러 온대요",
        f"{_p(familiar, '은')} 몇 학년이에요?",
        f"{_p(familiar, '이')} {_object_phrase(rng, action[0], action[1], 'polite')} "
        f"{conjugate(_verb(action[2]), 'polite_past')}",
        f"{familiar} 좀 불러 줄래?",
        f"{_p(familiar, '은')} 요즘 뭐 하고 지내?",
        f"{_p(familiar, '이')} 많이 컸네",
        f"제 동생 이름은 {_p(name, '이에요')}",
    )))


def _surname_sentence(rng, surname):
    full = surname + rng.choice(GIVEN_NAMES)
    return _finish(rng.choice((
        f"{full} 씨 계세요?",
        f"{surname} 선생님이 전화하셨어요",
        f"{full} 님 진료실로 들어오세요",
        f"{full} 어린이 보호자분 계세요?",
        f"{surname} 과장님은 회의 중이세요",
        f"{full} 씨한테 택배가 왔어요",
        f"우리 반 담임 선생님은 {surname} 선생님이에요",
        f"저는 {_p(full, '이에요')}",
        f"제 이름은 {_p(full, '이에요')}",
        f"{full} 씨를 아세요?",
        f"{surname} 기사님이 오셨어요",
        f"{full} 학생 교무실로 오세요",
        f"{surname} 원장님께 인사드려",
    )))


def _child_relative_sentence(rng, relative):
    return _finish(rng.choice((
        f"{_p(relative, '이')} 아직 안 일어났어요",
        f"{_p(relative, '이랑')} 또 싸웠어?",
        f"{relative} 좀 깨워 줄래?",
        f"{_p(relative, '이')} 내 과자를 먹었어",
        f"{_p(relative, '은')} 지금 학교에 있어요",
        f"{_p(relative, '이')} 열이 좀 있어요",
        f"{relative} 생일 선물 샀어?",
        f"{_p(relative, '이')} 벌써 이만큼 컸어요",
        f"{relative}한테 양보해",
        f"{_p(relative, '이')} 상을 받았어요",
        f"{relative} 숙제 좀 봐 줄래?",
        f"{_p(relative, '은')} 벌써 자요",
    )))


def _adult_relative_sentence(rng, relative):
    return _finish(rng.choice((
        f"{_p(relative, '이')} 오늘 늦게 와요",
        f"{relative}한테 물어봐",
        f"{_p(relative, '이')} 선물을 보내 줬어요",
        f"{relative} 언제 와?",
        f"{_p(relative, '은')} 요즘 회사 일 때문에 바빠요",
        f"{_p(relative, '이')} 맛있는 거 사 줬어",
        f"{relative} 차 타고 가자",
        f"{_p(relative, '은')} 지금 통화 중이에요",
        f"{relative}한테 고맙다고 했어?",
        f"{_p(relative, '이')} 주말에 놀러 온대",
    )))


def _family_elder_sentence(rng, elder):
    return _finish(rng.choice((
        f"{_subject(rng, elder, True, topic=False)} 내일 오실 거예요",
        f"{elder} 어디 가셨어요?",
        f"{elder}께 전화 드렸어요",
        f"{elder}께서 용돈을 주셨어요",
        f"이번 주말에 {elder} 댁에 가요",
        f"{elder} 진지 드셨어요?",
        f"{elder} 생신 선물로 뭐 살까요?",
        f"{elder}께서 지금 주무세요",
        f"{elder} 말씀 잘 들어야 해",
        f"{_subject(rng, elder, True)} 요즘 많이 바쁘세요",
        f"{elder} 안녕히 주무세요",
        f"{elder} 오늘 뭐 하세요?",
        f"{elder} 다리가 많이 아프세요",
        f"{elder}께 안부 전해 주세요",
        f"{elder} 모시고 병원에 다녀올게요",
        f"{_subject(rng, elder, True)} 옛날이야기를 해 주셨어요",
        f"{elder}께서 김치를 보내 주셨어요",
        f"{elder} 보고 싶어요",
    )))


def _other_elder_sentence(rng, elder):
    return _finish(rng.choice((
        f"{_p(elder, '이')} 부르셨어요",
        f"{elder}께 여쭤볼게요",
        f"{_p(elder, '이')} 칭찬해 주셨어요",
        f"{elder}께 인사드려",
        f"{_p(elder, '은')} 지금 안 계세요",
        f"{_p(elder, '이')} 내일 오신대요",
        f"{elder} 연락처 알아요?",
        f"{elder} 안녕하세요",
        f"{elder}께 감사하다고 말씀드렸어요",
        f"{_p(elder, '이')} 정말 친절하세요",
    )))


def _neighbour_sentence(rng, neighbour):
    return _finish(rng.choice((
        f"{_p(neighbour, '이')} 떡을 가져다주셨어요",
        f"{neighbour}께 인사드렸어?",
        f"{_p(neighbour, '이')} 우리 강아지를 예뻐하세요",
        f"엘리베이터에서 {_p(neighbour, '을')} 만났어요",
        f"{neighbour}께 과일 좀 갖다 드리고 올게",
        f"{_p(neighbour, '이')} 다음 달에 이사 가신대요",
        f"{_p(neighbour, '이')} 택배를 맡아 주셨어요",
        f"{_p(neighbour, '이')} 요즘 안 보이세요",
        f"{neighbour}께서 김장 김치를 나눠 주셨어요",
    )))


def _neighbour_child_sentence(rng, neighbour):
    return _finish(rng.choice((
        f"{_p(neighbour, '이')} 너무 시끄럽게 뛰어요",
        f"{_p(neighbour, '이랑')} 놀이터에서 놀았어요",
        f"{neighbour} 생일 파티에 초대받았어요",
        f"{_p(neighbour, '이')} 우리 집에 놀러 왔어요",
        f"{neighbour}한테 장난감 빌려줘도 돼?",
    )))


def _job_sentence(rng, job):
    relative = rng.choice(ADULT_RELATIVES)
    elder = rng.choice(FAMILY_ELDERS)
    kid = familiar_name(rng.choice(GIVEN_NAMES))
    return _finish(rng.choice((
        f"우리 {_p(relative, '은')} {_p(job, '이에요')}",
        f"우리 {_p(elder, '은')} {_p(job, '이세요')}",
        f"커서 {_p(job, '이')} 되고 싶어요",
        f"{_p(job, '이')} 되려면 뭘 공부해야 해요?",
        f"{_p(job, '은')} 무슨 일을 해요?",
        f"{kid} 꿈은 {_p(job, '이에요')}",
        f"오늘 학교에 {_p(job, '이')} 오셨어요",
        f"{_p(job, '이')} 정말 멋있어요",
        f"아빠 친구분은 {_p(job, '이세요')}",
        f"나중에 {_p(job, '이')} 될 거야",
        f"{_p(job, '은')} 힘든 일이에요",
    )))


def _school_subject_sentence(rng, subject):
    score = sino_number(rng.choice((50, 60, 70, 75, 80, 85, 90, 95, 100)))
    return _finish(rng.choice((
        f"오늘 {subject} 시험 봤어요",
        f"{subject} 숙제 다 했어?",
        f"{_p(subject, '이')} 제일 재미있어요",
        f"{subject} 선생님이 칭찬해 주셨어요",
        f"내일 {subject} 수업이 있어요",
        f"{_p(subject, '이')} 좀 어려워요",
        f"{subject} 점수가 많이 올랐어요",
        f"{subject} 교과서를 안 가져왔어요",
        f"{subject} 시험에서 {score} 점 받았어요",
        f"{subject} 공부 좀 도와줄래?",
        f"{_p(subject, '은')} 일주일에 몇 시간 있어?",
        f"저는 {_p(subject, '이')} 제일 싫어요",
        f"{subject} 어렵지 않아?",
    )))


def _nickname_sentence(rng, nickname):
    return _finish(rng.choice((
        f"우리 {nickname} 일어났어?",
        f"우리 {nickname} 밥 먹자",
        f"{_p(nickname, '은')} 오늘도 말을 안 들어",
        f"누가 {_p(nickname, '이야')}?",
        f"넌 정말 {_p(nickname, '이야')}",
        f"우리 집 {_p(nickname, '이')} 벌써 학교에 가요",
    )))


def _math_topic_sentence(rng, topic):
    return _finish(rng.choice((
        f"{topic} 문제 다 풀었어?",
        f"{_p(topic, '이')} 너무 어려워요",
        f"오늘은 {_p(topic, '을')} 배웠어요",
        f"{topic} 숙제 좀 도와줘",
        f"{_p(topic, '은')} 이제 자신 있어요",
    )))


def _arithmetic_sentence(rng, first):
    """Spoken arithmetic: 삼 더하기 사는 칠이에요."""
    second = rng.randint(1, 9)
    operation = rng.randrange(3)
    if operation == 0:
        words, result = "더하기", first + second
    elif operation == 1 and first > second:
        words, result = "빼기", first - second
    else:
        words, result = "곱하기", first * second
    question = f"{sino_number(first)} {words} {_p(sino_number(second), '은')}"
    return _finish(rng.choice((
        f"{question} {_p(sino_number(result), '이에요')}",
        f"{question} {_p(sino_number(result), '이야')}",
        f"{question} 뭐예요?",
        f"{question} 얼마야?",
    )))


def _school_thing_sentence(rng, thing):
    return _finish(rng.choice((
        f"{thing} 챙겼어?",
        f"내일 {_p(thing, '을')} 가져가야 해요",
        f"{_p(thing, '을')} 학교에 두고 왔어요",
        f"엄마 {thing} 좀 봐 주세요",
        f"{_p(thing, '이')} 어디 있는지 모르겠어요",
        f"{_p(thing, '은')} 가방에 넣어 놨어",
    )))


def _animal_sentence(rng, animal):
    many = native_number(rng.randint(2, 12))
    return _finish(rng.choice((
        f"동물원에서 {_p(animal, '을')} 봤어요",
        f"{_p(animal, '이')} 정말 귀여워요",
        f"{_p(animal, '은')} 뭘 먹어요?",
        f"{animal} 그림을 그렸어요",
        f"{_p(animal, '이')} 무서워?",
        f"{animal} 인형 사 줘",
        f"{animal} 흉내 내 볼까?",
        f"{_p(animal, '은')} 어디에 살아요?",
        f"{animal} 책 읽어 줄게",
        f"{animal} {many} 마리가 있어요",
        f"{_p(animal, '이')} 몇 마리 있어요?",
        f"나는 {_p(animal, '이')} 제일 좋아",
        f"{_p(animal, '은')} 새끼를 몇 마리 낳아요?",
    )))


def _bug_sentence(rng, bug):
    return _finish(rng.choice((
        f"{_p(bug, '이')} 방에 들어왔어요",
        f"{bug} 좀 잡아 줘",
        f"저기 {_p(bug, '이')} 있어요",
        f"{_p(bug, '을')} 처음 봤어요",
        f"{_p(bug, '은')} 무서워하지 마",
        f"놀이터에서 {_p(bug, '을')} 잡았어요",
        f"{_p(bug, '이')} 어디로 갔지?",
        f"{bug} 관찰 일기를 썼어요",
    )))


def _pet_sentence(rng, pet):
    kind = rng.choice(PET_KINDS)
    return _finish(rng.choice((
        f"{pet} 밥 줬어?",
        f"{_p(pet, '이랑')} 산책 가자",
        f"{_p(pet, '이')} 소파에서 자고 있어요",
        f"{_p(pet, '아')} 이리 와",
        f"{pet} 목욕시켜야 해요",
        f"{_p(pet, '이')} 또 신발을 물어뜯었어요",
        f"{_p(pet, '은')} 간식을 제일 좋아해요",
        f"{_p(pet, '이')} 아파서 동물 병원에 갔어요",
        f"{_p(pet, '이')} 꼬리를 흔들어요",
        f"{pet} 털 좀 빗겨 줄래?",
        f"우리 {_p(kind, '은')} 이름이 {_p(pet, '이에요')}",
        f"{_p(pet, '이')} 오늘따라 조용하네",
    )))


def _flower_sentence(rng, flower):
    return _finish(rng.choice((
        f"공원에 {_p(flower, '이')} 많이 폈어요",
        f"{_p(flower, '이')} 정말 예쁘게 피었어요",
        f"{flower} 한 다발 사 왔어요",
        f"{flower} 향기가 좋아요",
        f"{_p(flower, '은')} 언제 피어요?",
        f"{flower} 꽃말이 뭐예요?",
        f"엄마한테 {_p(flower, '을')} 선물했어요",
        f"{flower} 씨앗을 심었어요",
        f"{_p(flower, '이')} 벌써 다 졌어요",
    )))


def _tree_sentence(rng, tree):
    return _finish(rng.choice((
        f"{_p(tree, '이')} 정말 커요",
        f"{tree} 아래에서 쉬자",
        f"마당에 {_p(tree, '을')} 심었어요",
        f"{tree} 잎이 떨어졌어요",
        f"{tree} 그늘이 시원해요",
        f"할아버지가 {_p(tree, '을')} 심으셨어요",
        f"{_p(tree, '은')} 몇 년이나 됐어요?",
    )))


def _houseplant_sentence(rng, plant):
    return _finish(rng.choice((
        f"{plant}에 물 줬어?",
        f"{_p(plant, '이')} 많이 자랐어요",
        f"{plant} 화분을 베란다에 내놓았어요",
        f"{_p(plant, '이')} 시들었어요",
        f"{plant} 키우기 쉬워요?",
        f"{_p(plant, '은')} 햇빛을 좋아해요",
        f"{plant} 화분을 하나 더 샀어요",
    )))


def _weather_event_sentence(rng, entry):
    noun, predicate_name = entry
    predicate = _predicate(predicate_name)
    subject = _p(noun, "이")
    patterns = [
        f"{rng.choice(WEATHER_TIMES)} {subject} {conjugate(predicate, 'polite_future')}",
        f"밖에 {subject} {conjugate(predicate, 'polite_present')}",
        f"밖에 {subject} {conjugate(predicate, 'casual_present')}",
        f"지금 {subject} {conjugate(predicate, 'casual_present')}?",
        f"{'어제는' if predicate.adjective else '어제'} {subject} {conjugate(predicate, 'polite_past')}",
        f"일기예보에서 {subject} {conjugate(predicate, 'future_modifier')} 거래요",
        f"오후부터 {subject} {conjugate(predicate, 'casual_future')}",
        f"오늘은 {subject} {negate(predicate, 'polite_present')}",
    ]
    if noun not in PLEASANT_WEATHER:
        patterns += [
            f"{subject} {conjugate(predicate, 'because')} 집에 있자",
            f"{subject} {conjugate(predicate, 'if')} 밖에 나가지 마",
            f"{subject} {conjugate(predicate, 'because')} 소풍이 취소됐어요",
        ]
    return _finish(rng.choice(patterns))


def _weather_adjective_sentence(rng, adjective_name):
    adjective = _adjective(adjective_name)
    good = adjective_name in GOOD_WEATHER
    return _finish(rng.choice((
        f"오늘 날씨가 정말 {conjugate(adjective, 'polite_present')}",
        f"내일은 날씨가 {conjugate(adjective, 'polite_future')}",
        f"어제는 너무 {conjugate(adjective, 'polite_past')}",
        f"날씨가 {conjugate(adjective, 'because')} " + ("공원에 갔어요" if good else "집에만 있었어요"),
        f"요즘 날씨가 너무 {conjugate(adjective, 'casual_present')}",
        f"{rng.choice(SEASONS)}에는 날씨가 {conjugate(adjective, 'polite_present')}?",
        f"{rng.choice(CITIES)} 날씨는 {conjugate(adjective, 'polite_present')}",
        f"날씨가 {conjugate(adjective, 'if')} " + ("산책 가자" if good else "그냥 집에 있자"),
        f"날씨가 {conjugate(adjective, 'and')} "
        f"{conjugate(_adjective(rng.choice(GOOD_WEATHER if good else BAD_WEATHER)), 'polite_present')}",
        f"밖에 많이 {conjugate(adjective, 'casual_isnt_it')}?",
    )))


def _season_sentence(rng, season):
    return _finish(rng.choice((
        f"{_p(season, '이')} 제일 좋아요",
        f"{season}에는 뭘 하고 놀아?",
        f"벌써 {_p(season, '이')} 다 됐네요",
        f"{season}에 가족 여행을 가기로 했어요",
        f"{season} 옷을 꺼내야겠어요",
    )))


def _symptom_sentence(rng, entry):
    noun, particle, predicate_name = entry
    predicate = _predicate(predicate_name)
    # 편찮으시다 is for being ill as a whole; a sore body part is just 아프시다.
    predicate = Verb(predicate.dictionary_form, predicate.irregular, adjective=predicate.adjective)
    phrase = _p(noun, particle)
    person, honorific = _person(rng)
    return _finish(rng.choice((
        f"{_subject(rng, person, honorific, topic=True)} {phrase} {_form(predicate, 'polite', 'past', honorific)}",
        f"{_p(rng.choice(GIVEN_NAMES), '아')} {phrase} {conjugate(predicate, 'casual_past')}?",
        f"아침부터 {phrase} {conjugate(predicate, 'polite_present')}",
        f"{phrase} {conjugate(predicate, 'because')} 학교에 못 갔어요",
        f"{phrase} {conjugate(predicate, 'if')} 바로 말해",
        f"{phrase} {conjugate(predicate, 'because')} 약을 먹었어요",
        f"저 {phrase} {conjugate(predicate, 'polite_past')}",
        f"어제부터 {phrase} {conjugate(predicate, 'polite_past')}",
        f"{phrase} {conjugate(predicate, 'because')} 병원에 다녀왔어요",
    )))


def _body_part_sentence(rng, part):
    return _finish(rng.choice((
        f"{_p(part, '이')} 아파요",
        f"{_p(part, '을')} 다쳤어요",
        f"{_p(part, '이')} 가려워요",
        f"{_p(part, '을')} 깨끗이 씻어",
        f"{_p(part, '이')} 좀 부었어요",
        f"{part}에 반창고 붙여 줄게",
        f"{part}에 뭐가 묻었어",
        f"{_p(part, '을')} 부딪혔어요",
        f"의사 선생님이 {_p(part, '을')} 보셨어요",
        f"{part} 좀 주물러 드릴까요?",
        f"{part} 괜찮아?",
        f"{_p(part, '이')} 빨개졌어요",
    )))


def _clinic_sentence(rng, clinic):
    time = clock_time(rng.randint(1, 12), rng.choice((0, 30, 0, 20, 40)))
    return _finish(rng.choice((
        f"{rng.choice(APPOINTMENT_TIMES)} {clinic} 예약했어요",
        f"{clinic}에 가 봐야겠어요",
        f"{clinic} 진료가 몇 시까지예요?",
        f"{clinic}에서 약을 받았어요",
        f"{clinic} 대기 시간이 너무 길어요",
        f"{clinic} 예약을 {_p(time, '으로')} 바꿨어요",
        f"할머니 모시고 {clinic}에 다녀올게요",
        f"{clinic}에서 주사를 맞았어요",
        f"{clinic}에서 엑스레이를 찍었어요",
        f"{_p(clinic, '은')} 몇 층이에요?",
    )))


def _medicine_sentence(rng, entry):
    medicine, verb_name = entry
    verb = _verb(verb_name)
    return _finish(rng.choice((
        f"{_p(medicine, '을')} {conjugate(verb, 'future_modifier')} 시간이야",
        f"{medicine} {conjugate(verb, 'casual_past')}?",
        f"{medicine} {conjugate(verb, 'casual_present')}",
        f"약국에서 {_p(medicine, '을')} 샀어요",
        f"{_p(medicine, '이')} 다 떨어졌어요",
        f"{medicine} 어디에 뒀어요?",
        f"하루에 세 번 {_p(medicine, '을')} {conjugate(verb, 'honorific_present')}",
        f"자기 전에 {_p(medicine, '을')} {conjugate(verb, 'polite_must')}",
    )))


def _hour_sentence(rng, hour):
    time = _clock(rng, hour)
    return _finish(rng.choice((
        f"지금 {_p(time, '이에요')}",
        f"{time}에 일어났어요",
        f"{time}까지 와",
        f"{time}에 학원 버스가 와요",
        f"{time}에 만나자",
        f"{time}에 알람 맞춰 줘",
        f"벌써 {_p(time, '이')} 넘었어요",
        f"{time}에 출발할 거예요",
        f"{time}까지 숙제 끝내",
        f"수업이 {time}에 끝나요",
        f"기차가 {time}에 출발해요",
        f"{time}쯤 도착할 것 같아요",
        f"약속 시간이 {_p(time, '이에요')}",
        f"{time}에 전화할게요",
        f"아빠는 {time}에 퇴근해요",
    )))


def _month_sentence(rng, month):
    day = sino_number(rng.randint(1, 30 if month != "이월" else 28)) + " 일"
    date = f"{month} {day}"
    return _finish(rng.choice((
        f"{_p(date, '이')} 할머니 생신이에요",
        f"{month}에 이사 가요",
        f"{month}부터 수영을 배울 거예요",
        f"{_p(date, '은')} 무슨 요일이에요?",
        f"{month}에는 날씨가 어때요?",
        f"오늘이 {month} 며칠이에요?",
        f"오늘은 {_p(date, '이에요')}",
        f"{date}까지 신청해야 해요",
        f"제 생일은 {_p(date, '이에요')}",
        f"{date}에 결혼식이 있어요",
    )))


def _weekday_sentence(rng, weekday):
    return _finish(rng.choice((
        f"오늘은 {_p(weekday, '이에요')}",
        f"이번 주 {weekday}에 시간 있어요?",
        f"{weekday} 아침에는 늘 바빠요",
        f"{_p(weekday, '은')} 분리수거하는 날이에요",
        f"지난 {weekday}에 뭐 했어?",
        f"{weekday} 저녁에 외식할까요?",
        f"{weekday}마다 할머니 댁에 가요",
        f"내일이 벌써 {_p(weekday, '이야')}",
        f"{_p(weekday, '은')} 학원 안 가는 날이야",
    )))


def _holiday_sentence(rng, holiday):
    return _finish(rng.choice((
        f"{holiday}에 뭐 할 거예요?",
        f"{_p(holiday, '이')} 얼마 안 남았어요",
        f"이번 {holiday}에 할머니 댁에 갈 거예요",
        f"{holiday} 잘 보내세요",
        f"작년 {holiday}에는 {rng.choice(CITIES)}에 갔어요",
        f"{holiday}에는 길이 많이 막혀요",
        f"{holiday}까지 며칠 남았어?",
    )))


def _family_event_sentence(rng, event):
    return _finish(rng.choice((
        f"{event}에 누가 와요?",
        f"{_p(event, '이')} 몇 시에 시작해요?",
        f"{event} 사진 보여 줄게",
        f"{event} 준비 때문에 바빠요",
        f"다음 주가 {_p(event, '이에요')}",
        f"{event} 날짜가 언제예요?",
        f"{_p(event, '은')} 잘 끝났어요",
    )))


def _price_sentence(rng, amount):
    price = won(amount)
    item = rng.choice(FRUITS + SNACKS + tuple(name for name, _ in SHOPPING_ITEMS))
    return _finish(rng.choice((
        f"이거 {_p(price, '이에요')}",
        f"모두 {_p(price, '이에요')}",
        f"{price}짜리 {_p(item, '을')} 샀어요",
        f"{price}만 빌려줄래?",
        f"거스름돈 {price} 받으세요",
        f"{_p(item, '이')} {price}밖에 안 해요",
        f"용돈으로 {price} 받았어요",
        f"{price} 더 내야 해요",
        f"택시비가 {price} 나왔어요",
        f"{item} 하나에 {_p(price, '이에요')}",
        f"이번 달 전기 요금이 {price} 나왔어요",
    )))


def _age_sentence(rng, age):
    years = native_number(age) + " 살"
    if age <= 15:
        kid = familiar_name(rng.choice(GIVEN_NAMES))
        return _finish(rng.choice((
            f"{_p(kid, '은')} 올해 {_p(years, '이에요')}",
            f"우리 {_p(rng.choice(('딸', '아들', '막내', '동생')), '은')} {_p(years, '이에요')}",
            f"{years} 때 자전거를 배웠어요",
            f"{years}인데 벌써 글씨를 잘 써요",
            f"저는 {_p(years, '이야')}",
        )))
    if age < 60:
        adult = rng.choice(("엄마", "아빠", "삼촌", "이모", "고모", "형", "누나", "남편", "아내"))
        return _finish(rng.choice((
            f"우리 {_p(adult, '은')} 올해 {_p(years, '이에요')}",
            f"{years}에 결혼했어요",
            f"{years} 때 운전을 배웠어요",
        )))
    elder = rng.choice(FAMILY_ELDERS)
    return _finish(rng.choice((
        f"우리 {_p(elder, '은')} 올해 {_p(years, '이')} 되셨어요",
        f"{_p(elder, '은')} {years}인데도 정정하세요",
        f"{_p(elder, '은')} 올해 연세가 {_p(native_number(age, before_counter=False), '이세요')}",
    )))


def _floor_sentence(rng, floor):
    building = sino_number(rng.randint(101, 115)) + " 동"
    unit = sino_number(floor * 100 + rng.randint(1, 6)) + " 호"
    return _finish(rng.choice((
        f"우리 집은 {sino_number(floor)} 층이에요",
        f"엘리베이터 {sino_number(floor)} 층 좀 눌러 줄래?",
        f"{sino_number(floor)} 층에 사는 할머니가 이사 가셨어요",
        f"{building} {unit}에 택배가 왔어요",
        f"저희 집은 {building} {_p(unit, '이에요')}",
        f"{sino_number(floor)} 층까지 계단으로 올라갔어요",
    )))


def _trait_sentence(rng, entry):
    noun, adjective_name = entry
    adjective = _adjective(adjective_name)
    person, honorific = _person(rng)
    return _finish(rng.choice((
        f"{_p(person, '은')} {_p(noun, '이')} {_form(adjective, 'polite', 'present', honorific)}",
        f"{_p(person, '은')} {_p(noun, '이')} 좀 {_form(adjective, 'casual', 'present', honorific)}",
        f"우리 {_p(rng.choice(CHILD_RELATIVES), '은')} 어릴 때부터 {_p(noun, '이')} "
        f"{conjugate(adjective, 'polite_past')}",
        f"누구 닮아서 {_p(noun, '이')} 이렇게 {conjugate(adjective, 'casual_present')}?",
    )))


def _person_adjective_sentence(rng, adjective_name):
    adjective = _adjective(adjective_name)
    elder = rng.choice(OTHER_ELDERS + FAMILY_ELDERS)
    kid = familiar_name(rng.choice(GIVEN_NAMES))
    return _finish(rng.choice((
        f"우리 {_p(elder, '은')} 정말 {conjugate(adjective, 'honorific_present')}",
        f"{_p(kid, '은')} 참 {conjugate(adjective, 'polite_present')}",
        f"{_p(rng.choice(CHILD_RELATIVES), '은')} 좀 {conjugate(adjective, 'casual_present')}",
        f"{conjugate(adjective, 'present_modifier')} 사람이 좋아",
        f"어릴 때는 정말 {conjugate(adjective, 'polite_past')}",
        f"{_p(rng.choice(ADULT_RELATIVES), '은')} 성격이 {conjugate(adjective, 'polite_present')}",
    )))


def _thing_description_sentence(rng, adjective_name):
    adjective = _predicate(adjective_name)
    thing = rng.choice(DESCRIBED_THINGS)
    patterns = [
        f"{_p(thing, '은')} 너무 {conjugate(adjective, 'polite_present')}",
        f"{_p(thing, '이')} 좀 {conjugate(adjective, 'casual_present')}",
        f"{_p(thing, '이')} 생각보다 {conjugate(adjective, 'polite_present')}",
        f"예전 거는 더 {conjugate(adjective, 'polite_past')}",
    ]
    if adjective_name in UNWELCOME_THING_ADJECTIVES:
        patterns.append(f"{_p(thing, '이')} 너무 {conjugate(adjective, 'because')} 바꿨어요")
    elif adjective.adjective:
        patterns += [f"좀 더 {conjugate(adjective, 'present_modifier')} 거 없어요?",
                     f"{conjugate(adjective, 'present_modifier')} 걸로 주세요"]
    return _finish(rng.choice(patterns))


def _school_event_sentence(rng, event):
    return _finish(rng.choice((
        f"내일 {_p(event, '이')} 있어요",
        f"{event} 때문에 걱정돼요",
        f"{event} 준비 다 했어?",
        f"{event} 끝나면 놀러 가자",
        f"다음 주에 {_p(event, '이')} 있대요",
        f"{event} 어땠어?",
        f"{_p(event, '은')} 몇 시에 끝나요?",
    )))


def _bill_sentence(rng, bill):
    return _finish(rng.choice((
        f"이번 달 {_p(bill, '이')} 많이 나왔어요",
        f"{bill} 냈어요?",
        f"{_p(bill, '을')} 자동 이체로 바꿨어요",
        f"{_p(bill, '이')} 또 올랐대요",
        f"{bill} 내는 날이 언제예요?",
        f"{_p(bill, '이')} {won(rng.choice(PRICES[5:45]))} 나왔어",
        f"{_p(bill, '을')} 좀 아껴야겠어요",
    )))


def _street_spot_sentence(rng, spot):
    return _finish(rng.choice((
        f"{spot}에서 왼쪽으로 가세요",
        f"{spot}에서 오른쪽으로 돌아",
        f"{spot} 지나서 세워 주세요",
        f"{spot} 건너서 조금만 더 가요",
        f"{spot}에서 기다릴게",
        f"{spot} 근처에서 차가 막혀요",
        f"{spot}에서 내려 주세요",
    )))


def _story_sentence(rng, story):
    return _finish(rng.choice((
        f"{story} 읽어 줄까?",
        f"오늘은 {story} 이야기 해 줄게",
        f"{story} 책 어디 있어?",
        f"{story} 한 번 더 읽어 줘",
        f"{story}에서 누가 제일 좋아?",
        f"어제 {story} 연극을 봤어요",
        f"할머니가 {story} 이야기를 해 주셨어요",
    )))


def _tech_sentence(rng, thing):
    elder = rng.choice(FAMILY_ELDERS)
    return _finish(rng.choice((
        f"{_p(thing, '이')} 갑자기 안 돼요",
        f"{thing} 좀 봐 줄 수 있어?",
        f"{elder}께 {thing} 쓰는 법을 알려 드렸어요",
        f"{thing} 때문에 한참 고생했어요",
        f"{_p(thing, '이')} 또 말썽이야",
        f"{thing} 문제는 아빠가 해결해 줬어",
    )))


def _proverb_sentence(rng, proverb):
    """A proverb, alone or introduced by 옛말에 / 할머니 말씀처럼."""
    return _finish(_join(rng.choice(("", "", "옛말에", "할머니 말씀처럼", "그러니까")), proverb))


def _tv_sentence(rng, programme):
    return _finish(rng.choice((
        f"{programme} 할 시간이야",
        f"{programme} 같이 볼래?",
        f"{programme} 다 보면 자야 해",
        f"어제 {programme} 봤어요?",
        f"{_p(programme, '이')} 몇 시에 시작해요?",
        f"할아버지가 {_p(programme, '을')} 보고 계세요",
        f"{programme} 너무 오래 보지 마",
        f"채널 돌려서 {programme} 보자",
        f"{_p(programme, '이')} 너무 재미있었어요",
        f"할머니는 {_p(programme, '을')} 제일 좋아하세요",
        f"{programme} 소리 좀 줄여 줄래?",
        f"오늘은 {_p(programme, '이')} 안 해요",
    )))


def _phone_sentence(rng, relative):
    honorific = relative in FAMILY_ELDERS
    if honorific:
        return _finish(rng.choice((
            f"{relative}께 전화 드려",
            f"{relative}께서 전화하셨어요",
            f"{_p(relative, '이')} 전화를 안 받으세요",
            f"{relative}께 문자 보내 드렸어요",
            f"{_p(relative, '은')} 지금 통화 중이세요",
            f"이따가 {relative}께 영상 통화 하자",
            f"{relative} 전화번호 알아요?",
        )))
    return _finish(rng.choice((
        f"{relative}한테 전화해 봐",
        f"{relative}한테서 전화 왔어요",
        f"{_p(relative, '이')} 전화를 안 받아요",
        f"{relative}한테 문자 보냈어요",
        f"{_p(relative, '은')} 지금 통화 중이에요",
        f"이따가 {relative}한테 영상 통화 하자",
        f"{relative} 전화번호 알아?",
    )))


FEELINGS = ("그립다", "쑥스럽다", "민망하다", "황당하다", "섭섭하다", "우울하다", "짜릿하다",
            "홀가분하다", "편안하다", "불안하다", "초조하다", "샘나다", "짜증 나다", "화나다", "긴장되다",
            "걱정되다", "떨리다", "설레다", "신나다", "당황하다", "실망하다", "감동하다", "후회되다",
            "배고프다", "배부르다", "목마르다", "졸리다", "피곤하다", "심심하다", "행복하다", "슬프다",
            "기쁘다", "무섭다", "아프다", "춥다", "덥다", "외롭다", "답답하다", "속상하다", "창피하다",
            "부끄럽다", "서운하다", "궁금하다", "귀찮다", "힘들다", "지루하다", "즐겁다", "편하다",
            "괜찮다", "뿌듯하다", "든든하다", "억울하다", "어지럽다", "부럽다", "아쉽다", "고맙다",
            "미안하다", "반갑다")


def _feeling_sentence(rng, feeling_name):
    feeling = _predicate(feeling_name)
    elder = rng.choice(FAMILY_ELDERS)
    if not feeling.adjective:  # 설레다, 실망하다 …: talk about how it went
        return _finish(rng.choice((
            f"저 정말 {conjugate(feeling, 'polite_past')}",
            f"나 너무 {conjugate(feeling, 'casual_past')}",
            f"어제는 정말 {conjugate(feeling, 'polite_past')}",
            f"{_p(rng.choice(GIVEN_NAMES), '아')} 많이 {conjugate(feeling, 'casual_past')}?",
            f"{elder} 많이 {conjugate(feeling, 'honorific_past')}?",
            f"그때 조금 {conjugate(feeling, 'polite_past')}",
        )))
    return _finish(rng.choice((
        f"저 {conjugate(feeling, 'polite_present')}",
        f"나 너무 {conjugate(feeling, 'casual_present')}",
        f"오늘은 좀 {conjugate(feeling, 'polite_present')}",
        f"왜 이렇게 {conjugate(feeling, 'casual_present')}?",
        f"{_p(rng.choice(GIVEN_NAMES), '아')} 많이 {conjugate(feeling, 'casual_present')}?",
        f"어제는 정말 {conjugate(feeling, 'polite_past')}",
        f"{elder} 많이 {conjugate(feeling, 'honorific_present')}?",
        f"지금도 {conjugate(feeling, 'casual_present')}?",
        f"많이 {conjugate(feeling, 'casual_isnt_it')}?",
        f"혼자 있으면 {conjugate(feeling, 'polite_isnt_it')}?",
    )))


def _phrase_sentence(rng, phrase):
    """A fixed casual expression, after a child's name now and then (always after one-word ones)."""
    if rng.random() < 0.5 or " " not in phrase:
        phrase = _join(_p(rng.choice(GIVEN_NAMES), "아"), phrase)
    return _finish(phrase)


def _polite_phrase_sentence(rng, phrase):
    """A fixed polite expression, after 엄마, 할머니 … now and then (always after one-word ones)."""
    if rng.random() < 0.5 or " " not in phrase:
        phrase = _join(rng.choice(("엄마", "아빠", "할머니", "할아버지", "어머니", "아버지", "선생님")), phrase)
    return _finish(phrase)


def _service_phrase_sentence(rng, phrase):
    return _finish(phrase)


# ---------------------------------------------------------------------------
# The generator
# ---------------------------------------------------------------------------

# (template, the lexicon it is built around, weight when filling up at random)
TEMPLATES = (
    (_action_sentence, ACTIONS, 12),
    (_dish_sentence, DISHES, 3),
    (_fruit_sentence, FRUITS, 1),
    (_snack_sentence, SNACKS, 1),
    (_drink_sentence, DRINKS, 1),
    (_cooking_sentence, COOKING_STEPS, 2),
    (_shopping_sentence, SHOPPING_ITEMS, 2),
    (_household_object_sentence, HOUSEHOLD_OBJECTS, 3),
    (_appliance_sentence, APPLIANCES, 1),
    (_room_sentence, ROOMS, 1),
    (_clothing_sentence, CLOTHING, 2),
    (_colour_sentence, COLOURS, 1),
    (_coloured_thing_sentence, COLOURED_THINGS, 1),
    (_town_place_sentence, TOWN_PLACES, 2),
    (_city_sentence, CITIES, 2),
    (_landmark_sentence, LANDMARKS, 1),
    (_transport_sentence, TRANSPORT, 1),
    (_vehicle_to_watch_sentence, VEHICLES_TO_WATCH, 1),
    (_country_sentence, COUNTRIES, 2),
    (_country_house_sentence, COUNTRY_HOUSE_THINGS, 1),
    (_shape_sentence, SHAPES, 1),
    (_music_sentence, MUSIC_GENRES, 1),
    (_neighbourhood_sentence, NEIGHBOURHOODS, 2),
    (_nature_place_sentence, NATURE_PLACES, 1),
    (_animal_sound_sentence, ANIMAL_SOUNDS, 1),
    (_mimetic_sentence, MIMETIC_SCENES, 1),
    (_ingredient_sentence, INGREDIENTS, 2),
    (_school_place_sentence, SCHOOL_PLACES, 1),
    (_sport_sentence, SPORTS, 1),
    (_instrument_sentence, INSTRUMENTS, 1),
    (_given_name_sentence, GIVEN_NAMES, 3),
    (_surname_sentence, SURNAMES, 2),
    (_child_relative_sentence, CHILD_RELATIVES, 1),
    (_adult_relative_sentence, ADULT_RELATIVES, 1),
    (_family_elder_sentence, FAMILY_ELDERS, 2),
    (_other_elder_sentence, OTHER_ELDERS, 1),
    (_neighbour_sentence, NEIGHBOURS, 1),
    (_neighbour_child_sentence, NEIGHBOUR_CHILDREN, 1),
    (_job_sentence, JOBS, 2),
    (_school_subject_sentence, SCHOOL_SUBJECTS, 2),
    (_school_thing_sentence, SCHOOL_THINGS, 1),
    (_nickname_sentence, NICKNAMES, 1),
    (_math_topic_sentence, MATH_TOPICS, 1),
    (_arithmetic_sentence, tuple(range(1, 21)), 1),
    (_animal_sentence, ANIMALS, 2),
    (_bug_sentence, BUGS, 1),
    (_pet_sentence, PET_NAMES, 1),
    (_flower_sentence, FLOWERS, 1),
    (_tree_sentence, TREES, 1),
    (_houseplant_sentence, HOUSEPLANTS, 1),
    (_weather_event_sentence, WEATHER_EVENTS, 2),
    (_weather_adjective_sentence, GOOD_WEATHER + BAD_WEATHER, 1),
    (_season_sentence, SEASONS, 1),
    (_symptom_sentence, SYMPTOMS, 2),
    (_body_part_sentence, BODY_PARTS, 1),
    (_clinic_sentence, CLINICS, 1),
    (_medicine_sentence, MEDICINES, 1),
    (_hour_sentence, tuple(range(1, 13)), 2),
    (_month_sentence, MONTH_NAMES, 1),
    (_weekday_sentence, WEEKDAYS, 1),
    (_holiday_sentence, HOLIDAYS, 1),
    (_family_event_sentence, FAMILY_EVENTS, 1),
    (_price_sentence, PRICES, 2),
    (_age_sentence, tuple(range(1, 100)), 1),
    (_floor_sentence, tuple(range(1, 31)), 1),
    (_tv_sentence, TV_PROGRAMMES, 1),
    (_tech_sentence, TECH_THINGS, 1),
    (_story_sentence, FAIRY_TALES, 1),
    (_proverb_sentence, PROVERBS, 1),
    (_trait_sentence, PERSON_TRAITS, 1),
    (_person_adjective_sentence, PERSON_ADJECTIVES, 1),
    (_thing_description_sentence, THING_ADJECTIVES, 2),
    (_school_event_sentence, SCHOOL_EVENTS, 1),
    (_bill_sentence, BILLS, 1),
    (_street_spot_sentence, STREET_SPOTS, 1),
    (_phone_sentence, CHILD_RELATIVES + ADULT_RELATIVES + FAMILY_ELDERS, 1),
    (_feeling_sentence, FEELINGS, 1),
    (_phrase_sentence, CASUAL_PHRASES, 2),
    (_polite_phrase_sentence, POLITE_PHRASES, 1),
    (_service_phrase_sentence, SERVICE_PHRASES, 1),
)

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
