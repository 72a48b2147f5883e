"""Sentence templates: small functions that build one sentence around one lexicon item.

Each template takes ``(rng, item)`` and returns a sentence; :data:`TEMPLATES`
lists them with the lexicon they are built around and their weight when
:func:`preprocessing.synthetic.generation.generate_sentences` fills up at random.
The grammar is combinatorial: every sentence is grammatical, but now and then
a combination is a little odd in meaning (a grandmother who plays volleyball).
"""
from __future__ import annotations

import random

from preprocessing.synthetic.conjugation import ADJECTIVES, VERBS, Verb, conjugate, negate, registered_adjective, registered_verb
from preprocessing.synthetic.hangul import familiar_name, with_particle
from preprocessing.synthetic.lexicon import (
    ACTIONS,
    ADULT_RELATIVES,
    ANIMALS,
    ANIMAL_SOUNDS,
    APPLIANCES,
    APPOINTMENT_TIMES,
    BAD_WEATHER,
    BEFORE_STEPS,
    BILLS,
    BODY_PARTS,
    BUGS,
    CASUAL_PHRASES,
    CHILD_RELATIVES,
    CITIES,
    CLINICS,
    CLOTHING,
    COMMON_SYLLABLES,
    COLOURED_THINGS,
    COLOURS,
    COOKING_STEPS,
    COUNTRIES,
    COUNTRY_HOUSE_THINGS,
    DESCRIBED_THINGS,
    DISHES,
    DRINKS,
    FAIRY_TALES,
    FAMILY_ELDERS,
    FAMILY_EVENTS,
    FLOWERS,
    FRUITS,
    FUTURE_TIMES,
    GIVEN_NAMES,
    GOOD_WEATHER,
    HABIT_TIMES,
    HOLIDAYS,
    HOUSEHOLD_OBJECTS,
    HOUSEPLANTS,
    INGREDIENTS,
    INSTRUMENTS,
    JOBS,
    LANDMARKS,
    MATH_TOPICS,
    MEDICINES,
    MIMETIC_SCENES,
    MUSIC_GENRES,
    NATURE_PLACES,
    NEAR_TIMES,
    NEIGHBOURHOODS,
    NEIGHBOURS,
    NEIGHBOUR_CHILDREN,
    NICKNAMES,
    OTHER_ELDERS,
    PAST_TIMES,
    PERSON_ADJECTIVES,
    PERSON_TRAITS,
    PET_KINDS,
    PET_NAMES,
    PLEASANT_WEATHER,
    POLITE_PHRASES,
    PRICES,
    PROVERBS,
    REASONS,
    ROOMS,
    ROOM_ADJECTIVES,
    ROUTINE_NOUNS,
    SCHOOL_EVENTS,
    SCHOOL_PLACES,
    SCHOOL_SUBJECTS,
    SCHOOL_THINGS,
    SEASONS,
    SERVICE_PHRASES,
    SHAPES,
    SHOPPING_ITEMS,
    SNACKS,
    SOUND_CHANGE_WORDS,
    SPORTS,
    SPOTS,
    STREET_SPOTS,
    SURNAMES,
    SYMPTOMS,
    TECH_THINGS,
    THING_ADJECTIVES,
    TOWN_PLACES,
    TRANSPORT,
    TREES,
    TV_PROGRAMMES,
    UNWELCOME_THING_ADJECTIVES,
    VEHICLES_TO_WATCH,
    WEATHER_EVENTS,
    WEATHER_TIMES,
    WEEKDAYS,
)
from preprocessing.synthetic.numbers import MONTH_NAMES, clock_time, native_number, sino_number, won

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


_HONORIFIC_PREFIX = {"polite": "honorific_", "casual": "casual_honorific_", "formal": "formal_honorific_"}


def _form(verb: Verb, style: str, tense: str, honorific: bool = False) -> str:
    """The finite form for a style ("polite"/"casual"/"formal"), a tense and subject honorific."""
    if honorific:
        return conjugate(verb, _HONORIFIC_PREFIX[style] + tense)
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
                         _form(registered_verb(verb_name), style, tense, honorific)))


def _i_did_it(rng, action):
    """저는 주말마다 등산을 해요. / 나 어제 숙제 했어."""
    noun, particle, verb_name, _ = action
    style, tense = _style(rng), _tense(rng, action)
    if tense == "present":
        me = rng.choice(("저는", "저도")) if style == "polite" else rng.choice(("나는", "나도", "나"))
    else:
        me = rng.choice(("저는", "저도", "제가")) if style == "polite" else rng.choice(("나는", "나도", "나", "내가"))
    return _finish(_join(me, _time_phrase(rng, tense, action), _object_phrase(rng, noun, particle, style),
                         _form(registered_verb(verb_name), style, tense)))


def _formal_report(rng, action):
    """합쇼체, as on the news or to a guest: 동생이 어제 숙제를 했습니다. / 할머니께서 시장에 가십니까?"""
    noun, particle, verb_name, who = action
    tense = _tense(rng, action)
    person, honorific = _person(rng, who)
    sentence = _join(_subject(rng, person, honorific), _time_phrase(rng, tense, action),
                     _object_phrase(rng, noun, particle, "polite"), _form(registered_verb(verb_name), "formal", tense, honorific))
    if rng.random() < 0.3:  # a formal question: -습니까? / -ㅂ니까?
        return _finish(sentence[: -len("니다")] + "니까?")
    return _finish(sentence)


def _did_you_do_it(rng, action):
    """민준아 어제 숙제 했어? / 할머니 내일 시장에 가실 거예요?"""
    noun, particle, verb_name, who = action
    style, tense = _style(rng), _tense(rng, action)
    vocative, honorific = _listener(rng, style, who)
    return _finish(_join(vocative, _time_phrase(rng, tense, action), _object_phrase(rng, noun, particle, style),
                         _form(registered_verb(verb_name), style, tense, honorific)) + "?")


def _let_us_do_it(rng, action):
    """내일 같이 자전거를 탈까요? / 이따가 같이 축구 하자."""
    noun, particle, verb_name, _ = action
    style = _style(rng)
    verb = registered_verb(verb_name)
    ending = conjugate(verb, "polite_suggestion") + "?" if style == "polite" else rng.choice(
        (conjugate(verb, "casual_suggestion"), conjugate(verb, "casual_question_suggestion") + "?"))
    return _finish(_join(_time_phrase(rng, "future", action), rng.choice(("같이", "우리 같이", "", "다 같이")),
                         _object_phrase(rng, noun, particle, style), ending))


def _please_do_it(rng, action):
    """민준아 손 씻어. / 설거지 좀 해 주세요. / 손 씻으세요."""
    noun, particle, verb_name, who = action
    style = _style(rng)
    verb = registered_verb(verb_name)
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
                         _negated_form(registered_verb(verb_name), style, tense, honorific)))


def _could_not(rng, action):
    """너무 바빠서 운동 못 했어요."""
    noun, particle, verb_name, _ = action
    style = _style(rng)
    return _finish(_join(rng.choice(REASONS), rng.choice(("", "어제", "오늘", "아침에", "이번 주에")),
                         _object_phrase(rng, noun, particle, style),
                         _negated_form(registered_verb(verb_name), style, "past", word="못")))


def _want_to(rng, action):
    """주말에 자전거를 타고 싶어요."""
    noun, particle, verb_name, _ = action
    style = _style(rng)
    ending = conjugate(registered_verb(verb_name), f"{style}_want")
    me = rng.choice(("", "나도", "나는")) if style == "casual" else rng.choice(("", "저도", "저는"))
    return _finish(_join(me, _time_phrase(rng, "future", action), rng.choice(("", "꼭", "정말")),
                         _object_phrase(rng, noun, particle, style), ending))


def _have_to(rng, action):
    """내일 숙제를 해야 해요."""
    noun, particle, verb_name, _ = action
    style = _style(rng)
    return _finish(_join(_time_phrase(rng, "future", action), rng.choice(("", "먼저", "꼭")),
                         _object_phrase(rng, noun, particle, style),
                         conjugate(registered_verb(verb_name), f"{style}_must")))


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
                         _object_phrase(rng, noun, particle, style), conjugate(registered_verb(verb_name), form)))


def _first_this_then_that(rng, action):
    """숙제를 하고 나서 자전거를 타자."""
    noun, particle, verb_name, who = action
    style = _style(rng)
    noun2, particle2, verb_name2, _ = _random_action(rng, who)
    if verb_name2 == verb_name:
        return _want_to(rng, action)
    first = _join(_object_phrase(rng, noun, particle, style), conjugate(registered_verb(verb_name), "and"), "나서")
    second = _object_phrase(rng, noun2, particle2, style)
    verb2 = registered_verb(verb_name2)
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
    feeling = registered_verb(rng.choice(("좋아하다", "좋아하다", "싫어하다")))
    return _finish(_join(_p(person, "은"), _object_phrase(rng, noun, particle, "casual"),
                         conjugate(registered_verb(verb_name), "present_modifier"), "걸",
                         rng.choice(("", "정말", "제일", "요즘")), _form(feeling, style, "present", honorific)))


def _can_you(rng, action):
    """혼자 자전거를 탈 수 있어?"""
    noun, particle, verb_name, _ = action
    style = _style(rng)
    return _finish(_join(rng.choice(("혼자", "혼자서", "벌써", "이제", "지금")),
                         _object_phrase(rng, noun, particle, style),
                         conjugate(registered_verb(verb_name), f"{style}_can")) + "?")


def _go_to_do_it(rng, action):
    """축구 하러 가자. / 이 닦으러 갈까요?"""
    noun, particle, verb_name, who = action
    if verb_name in _MOVING_VERBS:
        return _someone_did_it(rng, action)
    style = _style(rng)
    going = rng.choice(("갈까요?", "가요", "갈게요")) if style == "polite" else rng.choice(("가자", "갈래?", "갈까?", "갈게"))
    return _finish(_join(_time_phrase(rng, "future", action) if rng.random() < 0.5 else "",
                         _object_phrase(rng, noun, particle, style),
                         conjugate(registered_verb(verb_name), "to_go_and"), going))


def _why_not(rng, action):
    """왜 숙제 안 했어?"""
    noun, particle, verb_name, _ = action
    style = _style(rng)
    return _finish(_join("왜", rng.choice(("", "아직", "오늘", "어제")), _object_phrase(rng, noun, particle, style),
                         _negated_form(registered_verb(verb_name), style, "past")) + "?")


def _i_will(rng, action):
    """내일은 제가 설거지를 할게요."""
    noun, particle, verb_name, _ = action
    style = _style(rng)
    me = "제가" if style == "polite" else "내가"
    return _finish(_join(_time_phrase(rng, "future", action), me, _object_phrase(rng, noun, particle, style),
                         conjugate(registered_verb(verb_name), f"{style}_promise")))


def _before_doing(rng, action):
    """자전거를 타기 전에 손을 씻어."""
    noun, particle, verb_name, who = action
    style = _style(rng)
    noun2, particle2, verb_name2 = rng.choice(BEFORE_STEPS)
    if noun2 == noun or who == "adult":
        return _have_to(rng, action)
    ending = conjugate(registered_verb(verb_name2), "polite_must" if style == "polite" else "casual_present")
    return _finish(_join(_object_phrase(rng, noun, particle, style), conjugate(registered_verb(verb_name), "before"),
                         _object_phrase(rng, noun2, particle2, style), ending))


def _remember_when(rng, action):
    """지난 주말에 자전거 탄 거 기억나?"""
    noun, particle, verb_name, _ = action
    if noun in ROUTINE_NOUNS:
        remember = rng.choice(("기억나?", "기억나요?", "생각나?"))
    else:
        remember = rng.choice(("기억나?", "기억나요?", "생각나?", "정말 재미있었어", "사진 있어요"))
    obj = noun if particle in ("을", "를") else _object_phrase(rng, noun, particle, "casual")
    return _finish(_join(_time_phrase(rng, "past", action), obj, conjugate(registered_verb(verb_name), "past_modifier"),
                         "거", remember))


def _did_you_oops(rng, action):
    """민준아 또 거짓말했어? / 어제 길을 잃었어요?"""
    noun, particle, verb_name, _ = action
    style = _style(rng)
    vocative = _p(rng.choice(GIVEN_NAMES), "아") if style == "casual" and rng.random() < 0.5 else ""
    return _finish(_join(vocative, rng.choice(("또", "아까", "어제", "혹시", "설마")),
                         _object_phrase(rng, noun, particle, style),
                         conjugate(registered_verb(verb_name), f"{style}_past")) + "?")


def _do_not(rng, action):
    """거짓말하지 마. / 우유 쏟지 않게 조심해."""
    noun, particle, verb_name, _ = action
    style = _style(rng)
    verb = registered_verb(verb_name)
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
ACTION_PATTERNS = (_formal_report, _formal_report, _formal_report, _someone_did_it, _someone_did_it, _i_did_it, _did_you_do_it, _let_us_do_it,
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
    taste = registered_adjective(rng.choice(DISH_TASTES))
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
    taste = registered_adjective(rng.choice(("달다", "맛있다", "싱싱하다", "달콤하다", "비싸다")))
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
    verb = registered_verb(verb_name)
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
        f"{conjugate(registered_verb(verb_name2), 'polite_present')}",
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
    adjective = registered_adjective(rng.choice(ROOM_ADJECTIVES))
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
    verb = registered_verb(verb_name)
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
    adjective = registered_adjective(adjective_name)
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
    verb = registered_verb(verb_name)
    return _finish(rng.choice((
        f"{_p(animal, '은')} {sound} {conjugate(verb, 'polite_present')}",
        f"{_p(animal, '이')} {sound} {conjugate(verb, 'casual_present')}",
        f"{_p(animal, '은')} {sound} 하고 {conjugate(verb, 'polite_present')}",
        f"밖에서 {_p(animal, '이')} {sound} {conjugate(verb, 'polite_past')}",
    )))


def _mimetic_sentence(rng, entry):
    who, word, verb_name = entry
    verb = registered_verb(verb_name)
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
    verb = registered_verb(verb_name)
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
        f"{conjugate(registered_verb(action[2]), 'polite_past')}",
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
    adjective = registered_adjective(adjective_name)
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
        f"{conjugate(registered_adjective(rng.choice(GOOD_WEATHER if good else BAD_WEATHER)), 'polite_present')}",
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
    verb = registered_verb(verb_name)
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
    adjective = registered_adjective(adjective_name)
    person, honorific = _person(rng)
    return _finish(rng.choice((
        f"{_p(person, '은')} {_p(noun, '이')} {_form(adjective, 'polite', 'present', honorific)}",
        f"{_p(person, '은')} {_p(noun, '이')} 좀 {_form(adjective, 'casual', 'present', honorific)}",
        f"우리 {_p(rng.choice(CHILD_RELATIVES), '은')} 어릴 때부터 {_p(noun, '이')} "
        f"{conjugate(adjective, 'polite_past')}",
        f"누구 닮아서 {_p(noun, '이')} 이렇게 {conjugate(adjective, 'casual_present')}?",
    )))


def _person_adjective_sentence(rng, adjective_name):
    adjective = registered_adjective(adjective_name)
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


def _pronunciation_sentence(rng, word):
    """Reading practice with a word not read as written: 국물은 궁물이라고 읽어요."""
    return _finish(rng.choice((
        f"{_p(word, '은')} 어떻게 읽어요?",
        f"받아쓰기에 {_p(word, '이')} 나왔어",
        f"{_p(rng.choice(GIVEN_NAMES), '아')} {word} 한번 읽어 봐",
        f"{_p(word, '은')} 쓰는 거랑 읽는 게 달라요",
        f"선생님이 {word} 발음을 가르쳐 주셨어요",
    )))


def _reading_practice_sentence(rng, syllable):
    """Learning to read and write Hangul: one syllable, said on its own or before a vowel (닭이라고 → 달기라고)."""
    return _finish(rng.choice((
        f"이 글자는 {_p(syllable, '이라고')} 읽어",
        f"{_p(rng.choice(GIVEN_NAMES), '아')} 이 글자는 {_p(syllable, '이야')}",
        f"받아쓰기에서 {syllable} 자를 틀렸어요",
        f"{syllable} 자는 어떻게 써요?",
        f"엄마 이거 {_p(syllable, '이에요')}?",
        f"{_p(syllable, '이랑')} {_p(rng.choice(COMMON_SYLLABLES), '은')} 소리가 달라",
    )))


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
    (_reading_practice_sentence, COMMON_SYLLABLES, 1),
    (_pronunciation_sentence, SOUND_CHANGE_WORDS, 2),
)
