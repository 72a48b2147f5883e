"""The grammar's words: read from ``data/lexicon.yaml`` and ``data/verbs.yaml``.

Extending the corpus means adding words to those files; every word is used in at
least one generated sentence (:func:`preprocessing.synthetic.generation.generate_sentences`).
Lists come back as tuples (pairs and triples too), so they are immutable and hashable.
"""
from __future__ import annotations

from pathlib import Path

import yaml

from preprocessing.synthetic.hangul import common_syllables

DATA = Path(__file__).with_name("data")


def _tuples(value):
    """YAML lists → tuples, recursively (dicts keep their keys)."""
    if isinstance(value, list):
        return tuple(_tuples(v) for v in value)
    if isinstance(value, dict):
        return {k: _tuples(v) for k, v in value.items()}
    return value


def load_data(name: str) -> dict:
    """A YAML file of ``data/``, lists as tuples."""
    with open(DATA / name, encoding="utf-8") as f:
        return _tuples(yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))


# --- word lists (comments: see data/lexicon.yaml) ------------------------------------

_LEXICON = load_data("lexicon.yaml")
GIVEN_NAMES = _LEXICON["given_names"]
SURNAMES = _LEXICON["surnames"]
CHILD_RELATIVES = _LEXICON["child_relatives"]
ADULT_RELATIVES = _LEXICON["adult_relatives"]
FAMILY_ELDERS = _LEXICON["family_elders"]
OTHER_ELDERS = _LEXICON["other_elders"]
NEIGHBOURS = _LEXICON["neighbours"]
NEIGHBOUR_CHILDREN = _LEXICON["neighbour_children"]
JOBS = _LEXICON["jobs"]
PET_NAMES = _LEXICON["pet_names"]
PET_KINDS = _LEXICON["pet_kinds"]
DISHES = _LEXICON["dishes"]
FRUITS = _LEXICON["fruits"]
SNACKS = _LEXICON["snacks"]
DRINKS = _LEXICON["drinks"]
INGREDIENTS = _LEXICON["ingredients"]
COOKING_STEPS = _LEXICON["cooking_steps"]
HOUSEHOLD_OBJECTS = _LEXICON["household_objects"]
SPOTS = _LEXICON["spots"]
APPLIANCES = _LEXICON["appliances"]
ROOMS = _LEXICON["rooms"]
ROOM_ADJECTIVES = _LEXICON["room_adjectives"]
CLOTHING = _LEXICON["clothing"]
COLOURS = _LEXICON["colours"]
COLOURED_THINGS = _LEXICON["coloured_things"]
TOWN_PLACES = _LEXICON["town_places"]
CITIES = _LEXICON["cities"]
LANDMARKS = _LEXICON["landmarks"]
NEIGHBOURHOODS = _LEXICON["neighbourhoods"]
COUNTRIES = _LEXICON["countries"]
COUNTRY_HOUSE_THINGS = _LEXICON["country_house_things"]
TRANSPORT = _LEXICON["transport"]
VEHICLES_TO_WATCH = _LEXICON["vehicles_to_watch"]
NATURE_PLACES = _LEXICON["nature_places"]
ANIMAL_SOUNDS = _LEXICON["animal_sounds"]
MIMETIC_SCENES = _LEXICON["mimetic_scenes"]
ANIMALS = _LEXICON["animals"]
BUGS = _LEXICON["bugs"]
FLOWERS = _LEXICON["flowers"]
TREES = _LEXICON["trees"]
HOUSEPLANTS = _LEXICON["houseplants"]
WEATHER_EVENTS = _LEXICON["weather_events"]
PLEASANT_WEATHER = _LEXICON["pleasant_weather"]
WEATHER_TIMES = _LEXICON["weather_times"]
GOOD_WEATHER = _LEXICON["good_weather"]
BAD_WEATHER = _LEXICON["bad_weather"]
SEASONS = _LEXICON["seasons"]
SYMPTOMS = _LEXICON["symptoms"]
BODY_PARTS = _LEXICON["body_parts"]
CLINICS = _LEXICON["clinics"]
APPOINTMENT_TIMES = _LEXICON["appointment_times"]
MEDICINES = _LEXICON["medicines"]
PERSON_TRAITS = _LEXICON["person_traits"]
PERSON_ADJECTIVES = _LEXICON["person_adjectives"]
DESCRIBED_THINGS = _LEXICON["described_things"]
UNWELCOME_THING_ADJECTIVES = _LEXICON["unwelcome_thing_adjectives"]
THING_ADJECTIVES = _LEXICON["thing_adjectives"]
NICKNAMES = _LEXICON["nicknames"]
MATH_TOPICS = _LEXICON["math_topics"]
SCHOOL_SUBJECTS = _LEXICON["school_subjects"]
SCHOOL_THINGS = _LEXICON["school_things"]
SCHOOL_PLACES = _LEXICON["school_places"]
SPORTS = _LEXICON["sports"]
INSTRUMENTS = _LEXICON["instruments"]
SHAPES = _LEXICON["shapes"]
MUSIC_GENRES = _LEXICON["music_genres"]
SCHOOL_EVENTS = _LEXICON["school_events"]
BILLS = _LEXICON["bills"]
STREET_SPOTS = _LEXICON["street_spots"]
FAIRY_TALES = _LEXICON["fairy_tales"]
TECH_THINGS = _LEXICON["tech_things"]
TV_PROGRAMMES = _LEXICON["tv_programmes"]
WEEKDAYS = _LEXICON["weekdays"]
HOLIDAYS = _LEXICON["holidays"]
FAMILY_EVENTS = _LEXICON["family_events"]
PAST_TIMES = _LEXICON["past_times"]
FUTURE_TIMES = _LEXICON["future_times"]
HABIT_TIMES = _LEXICON["habit_times"]
PRICES = _LEXICON["prices"]
SHOPPING_ITEMS = _LEXICON["shopping_items"]
ACTIONS = _LEXICON["actions"]
BEFORE_STEPS = _LEXICON["before_steps"]
ROUTINE_NOUNS = _LEXICON["routine_nouns"]
NEAR_TIMES = _LEXICON["near_times"]
REASONS = _LEXICON["reasons"]
CASUAL_PHRASES = _LEXICON["casual_phrases"]
PROVERBS = _LEXICON["proverbs"]
POLITE_PHRASES = _LEXICON["polite_phrases"]
SERVICE_PHRASES = _LEXICON["service_phrases"]
SOUND_CHANGE_WORDS = _LEXICON["sound_change_words"]

# Reading practice (한글 공부): every syllable in everyday use, each in at least one sentence.
COMMON_SYLLABLES = common_syllables()
