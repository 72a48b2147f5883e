"""Verbs and adjectives: :class:`Verb`, :func:`conjugate` and :func:`negate`, and the registry.

:func:`conjugate` turns a dictionary form (먹다, 덥다, 만들다) into a sentence
ending. It knows the regular classes, vowel contraction (가+아요→가요,
오+아요→와요, 마시+어요→마셔요, 되+어요→돼요), ㅡ deletion (바쁘다→바빠요),
ㄹ stems (만들다→만드세요) and the irregular classes ㅂ (덥다→더워요), ㄷ
(듣다→들어요), 르 (모르다→몰라요), ㅅ (낫다→나아요) and ㅎ (빨갛다→빨개요).
The registry (:data:`VERBS`, :data:`ADJECTIVES`) is read from ``data/verbs.yaml``.
"""
from __future__ import annotations

from dataclasses import dataclass

from preprocessing.synthetic.hangul import (add_final, compose, decompose, drop_final, final_consonant,
                                           is_hangul_syllable)
from preprocessing.synthetic.lexicon import load_data

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
    "formal_present": lambda v: _formal(v.stem),
    "formal_past": lambda v: _past_base(v) + "습니다",
    "formal_future": lambda v: with_eu(v, "ㄹ") + " 겁니다",
    "formal_honorific_present": lambda v: _formal(honorific_stem(v)),
    "formal_honorific_past": lambda v: honorific_stem(v)[:-1] + "셨습니다",
    "formal_honorific_future": lambda v: add_final(honorific_stem(v), "ㄹ") + " 겁니다",
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


def _formal(stem: str) -> str:
    """합쇼체 present: 먹습니다, 갑니다, 만듭니다 (ㄹ drops before ㅂ)."""
    final = decompose(stem[-1])[2]
    if final == "ㄹ":
        return add_final(drop_final(stem), "ㅂ") + "니다"
    return stem + "습니다" if final else add_final(stem, "ㅂ") + "니다"


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


HADA = Verb("하다")


# --- verbs and adjectives -------------------------------------------------------------

_VERBS = load_data("verbs.yaml")


def _registry(kind: str, adjective: bool) -> dict[str, Verb]:
    honorific = _VERBS["honorific_stems"]
    return {form: Verb(form, "" if cls == "regular" else cls, honorific.get(form, ""), adjective)
            for cls, forms in _VERBS[kind].items() for form in forms}


# Lookup by dictionary form. Some forms are both a verb and an adjective
# (싸다 "to pack" / "cheap", 쓰다 "to write" / "bitter"); they conjugate the
# same way except in the present noun modifier, so each has its own table.
VERBS = {HADA.dictionary_form: HADA, **_registry("action_verbs", adjective=False)}
ADJECTIVES = _registry("adjectives", adjective=True)


def registered_verb(dictionary_form: str) -> Verb:
    """A registered action verb; fails loudly on a typo or an unregistered verb."""
    return VERBS[dictionary_form]


def registered_adjective(dictionary_form: str) -> Verb:
    """A registered adjective; fails loudly on a typo or an unregistered adjective."""
    return ADJECTIVES[dictionary_form]
