"""Tests for the project's hand-written household grammar (preprocessing.synthetic: hangul … generation)."""
from __future__ import annotations

import hashlib
import itertools
import os
import random
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from preprocessing.synthetic.conjugation import ADJECTIVES, VERBS, Verb, conjugate, negate
from preprocessing.synthetic.generation import (DEFAULT_SIZE, generate_sentences, is_valid_sentence,
                                                mixed_word_sentences, read_word_list, split_sentences,
                                                word_sequences)
from preprocessing.synthetic.hangul import compose, decompose, final_consonant, has_batchim, sentence_syllables, with_particle
from preprocessing.synthetic.lexicon import (
    ACTIONS,
    ANIMAL_SOUNDS,
    BEFORE_STEPS,
    CITIES,
    CLOTHING,
    COOKING_STEPS,
    COUNTRIES,
    DISHES,
    GIVEN_NAMES,
    INSTRUMENTS,
    MEDICINES,
    MIMETIC_SCENES,
    NEIGHBOURHOODS,
    SYMPTOMS,
    WEATHER_EVENTS,
)
from preprocessing.synthetic.numbers import MONTH_NAMES, clock_time, native_number, sino_number, won

REPO_ROOT = Path(__file__).resolve().parents[2]
# Hangul words separated by single spaces, optionally ending in "." or "?".
SENTENCE_SHAPE = re.compile(r"^[가-힣]+( [가-힣]+)*[.?]?$")


@pytest.fixture(scope="module")
def default_set() -> list[str]:
    return generate_sentences()


# --- the default set -------------------------------------------------------

def test_default_set_is_large_and_distinct(default_set):
    assert len(default_set) == DEFAULT_SIZE
    assert len(default_set) >= 6000
    assert len(set(default_set)) == len(default_set)


def test_default_set_covers_many_syllables(default_set):
    assert len(sentence_syllables(default_set)) >= 1100


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_other_seeds_cover_many_syllables_too(seed):
    sentences = generate_sentences(seed=seed)
    assert len(set(sentences)) >= 6000
    assert len(sentence_syllables(sentences)) >= 1100


def test_generation_takes_under_three_seconds():
    start = time.perf_counter()
    generate_sentences(seed=5)
    assert time.perf_counter() - start < 3.0


def test_every_sentence_has_the_allowed_characters(default_set):
    for sentence in default_set:
        assert SENTENCE_SHAPE.match(sentence), sentence
        assert not re.search(r"[0-9A-Za-z]", sentence), sentence
        assert is_valid_sentence(sentence), sentence


def test_sentence_lengths(default_set):
    lengths = [len(sentence.rstrip(".?").split(" ")) for sentence in default_set]
    assert min(lengths) >= 2 and max(lengths) <= 12
    assert 3 <= statistics.median(lengths) <= 8
    typical = sum(3 <= length <= 8 for length in lengths) / len(lengths)
    assert typical > 0.9


def test_questions_and_statements_both_occur(default_set):
    questions = sum(sentence.endswith("?") for sentence in default_set)
    assert 0.1 < questions / len(default_set) < 0.6


@pytest.mark.parametrize("lexicon", [DISHES, CITIES, GIVEN_NAMES, COUNTRIES, NEIGHBOURHOODS],
                         ids=["dishes", "cities", "names", "countries", "neighbourhoods"])
def test_every_word_of_a_lexicon_is_used(default_set, lexicon):
    text = "\n".join(default_set)
    missing = [word for word in lexicon if word not in text]
    assert not missing


def test_all_lexicon_verbs_are_registered():
    names = [verb for _, _, verb, _ in ACTIONS]
    names += [verb for _, _, verb in BEFORE_STEPS + SYMPTOMS + ANIMAL_SOUNDS + MIMETIC_SCENES]
    names += [verb for _, verb in COOKING_STEPS + CLOTHING + INSTRUMENTS + MEDICINES + WEATHER_EVENTS]
    unknown = sorted({name for name in names if name not in VERBS and name not in ADJECTIVES})
    assert not unknown


@pytest.mark.parametrize("sentence, valid", [
    ("엄마 밥 주세요.", True),
    ("지금 몇 시예요?", True),
    ("오늘 날씨가 좋아요", True),
    ("안녕.", False),  # one word
    ("세 시 30분이에요.", False),  # digits
    ("TV 꺼 줘.", False),  # Latin letters
    ("엄마,  밥 주세요.", False),  # comma and double space
    ("정말? 그래요.", False),  # "?" inside
])
def test_is_valid_sentence(sentence, valid):
    assert is_valid_sentence(sentence) is valid


# --- determinism -----------------------------------------------------------

def test_same_seed_gives_the_same_list():
    assert generate_sentences(seed=4) == generate_sentences(seed=4)
    assert generate_sentences(n=100, seed=4) == generate_sentences(n=100, seed=4)


def test_n_takes_the_start_of_the_shuffled_default_set():
    full = generate_sentences(seed=0)
    assert generate_sentences(n=30, seed=0) == full[:30]
    assert generate_sentences(n=0) == []


def test_different_seeds_give_different_sentences():
    first, second = generate_sentences(n=200, seed=0), generate_sentences(n=200, seed=1)
    assert len(first) == len(second) == 200
    assert first != second
    assert set(first) != set(second)


def test_more_than_the_default_set_can_be_asked_for():
    sentences = generate_sentences(n=DEFAULT_SIZE + 500, seed=2)
    assert len(sentences) == DEFAULT_SIZE + 500
    assert len(set(sentences)) == len(sentences)


def test_negative_n_is_rejected():
    with pytest.raises(ValueError):
        generate_sentences(n=-1)


def _digest_with_hash_seed(hash_seed: str) -> str:
    code = ("import hashlib; from preprocessing.synthetic.generation import generate_sentences; "
            "print(hashlib.sha256('\\n'.join(generate_sentences(seed=3)).encode()).hexdigest())")
    env = dict(os.environ, PYTHONHASHSEED=hash_seed, PYTHONPATH=str(REPO_ROOT))
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, env=env,
                            capture_output=True, text=True, check=True)
    return result.stdout.strip()


def test_output_does_not_depend_on_string_hashing():
    expected = hashlib.sha256("\n".join(generate_sentences(seed=3)).encode()).hexdigest()
    assert _digest_with_hash_seed("1") == expected
    assert _digest_with_hash_seed("12345") == expected


# --- Hangul arithmetic and particles ---------------------------------------

def test_decompose_and_compose_round_trip_for_every_syllable():
    for code in range(0xAC00, 0xD7A4):
        syllable = chr(code)
        assert compose(*decompose(syllable)) == syllable


@pytest.mark.parametrize("word, final", [("밥", "ㅂ"), ("사과", ""), ("물", "ㄹ"), ("닭", "ㄺ"), ("값", "ㅄ")])
def test_final_consonant(word, final):
    assert final_consonant(word) == final
    assert has_batchim(word) is bool(final)


@pytest.mark.parametrize("noun, particle, expected", [
    ("사과", "을", "사과를"),
    ("밥", "을", "밥을"),
    ("사과", "를", "사과를"),
    ("밥", "을/를", "밥을"),
    ("물", "으로", "물로"),  # ㄹ takes 로
    ("집", "으로", "집으로"),
    ("학교", "으로", "학교로"),
    ("지하철", "로", "지하철로"),
    ("책", "은", "책은"),
    ("나무", "는", "나무는"),
    ("동생", "이", "동생이"),
    ("엄마", "이", "엄마가"),
    ("빵", "과", "빵과"),
    ("우유", "과", "우유와"),
    ("동생", "이랑", "동생이랑"),
    ("친구", "이랑", "친구랑"),
    ("민준", "아", "민준아"),
    ("지우", "아", "지우야"),
    ("선생님", "이에요", "선생님이에요"),
    ("의사", "이에요", "의사예요"),
    ("경찰관", "이세요", "경찰관이세요"),
    ("두 개", "이면", "두 개면"),
    ("삼 인분", "이면", "삼 인분이면"),
    ("집", "에", "집에"),  # invariant particles are appended
    ("학교", "에서", "학교에서"),
])
def test_particles_agree_with_the_final_consonant(noun, particle, expected):
    assert with_particle(noun, particle) == expected


# --- verbs -----------------------------------------------------------------

@pytest.mark.parametrize("verb, form, expected", [
    # the examples from the brief
    ("덥다", "polite_present", "더워요"),
    ("듣다", "polite_present", "들어요"),
    ("모르다", "polite_present", "몰라요"),
    ("바쁘다", "polite_present", "바빠요"),
    ("하다", "polite_present", "해요"),
    ("가다", "polite_present", "가요"),
    ("오다", "polite_present", "와요"),
    ("마시다", "polite_present", "마셔요"),
    ("되다", "polite_present", "돼요"),
    ("만들다", "polite_present", "만들어요"),
    ("만들다", "honorific_present", "만드세요"),
    # regular stems and vowel contraction
    ("먹다", "polite_past", "먹었어요"),
    ("앉다", "casual_present", "앉아"),
    ("주다", "polite_past", "줬어요"),
    ("보다", "polite_past", "봤어요"),
    ("배우다", "polite_present", "배워요"),
    ("보내다", "polite_past", "보냈어요"),
    ("켜다", "casual_past", "켰어"),
    ("쉬다", "polite_present", "쉬어요"),
    ("피다", "polite_present", "피어요"),
    ("청소하다", "polite_past", "청소했어요"),
    # ㅡ deletion
    ("쓰다", "polite_past", "썼어요"),
    ("끄다", "casual_present", "꺼"),
    ("예쁘다", "polite_past", "예뻤어요"),
    ("아프다", "polite_present", "아파요"),
    ("배고프다", "polite_present", "배고파요"),
    # ㄹ stems
    ("만들다", "polite_future", "만들 거예요"),
    ("만들다", "polite_suggestion", "만들까요"),
    ("만들다", "present_modifier", "만드는"),
    ("만들다", "past_modifier", "만든"),
    ("놀다", "to_go_and", "놀러"),
    ("살다", "honorific_present", "사세요"),
    ("길다", "present_modifier", "긴"),
    # ㅂ irregular
    ("덥다", "polite_future", "더울 거예요"),
    ("춥다", "because", "추워서"),
    ("돕다", "polite_present", "도와요"),
    ("돕다", "honorific_present", "도우세요"),
    ("굽다", "polite_past", "구웠어요"),
    ("무섭다", "present_modifier", "무서운"),
    # ㄷ irregular
    ("듣다", "honorific_present", "들으세요"),
    ("듣다", "polite_future", "들을 거예요"),
    ("걷다", "casual_past", "걸었어"),
    ("묻다", "polite_present", "물어요"),
    # 르 irregular
    ("부르다", "polite_past", "불렀어요"),
    ("빠르다", "polite_present", "빨라요"),
    ("고르다", "casual_present", "골라"),
    ("모르다", "honorific_present", "모르세요"),
    # ㅅ and ㅎ irregular
    ("낫다", "polite_past", "나았어요"),
    ("짓다", "polite_present", "지어요"),
    ("빨갛다", "polite_present", "빨개요"),
    ("하얗다", "polite_present", "하얘요"),
    ("빨갛다", "present_modifier", "빨간"),
    # honorific words, endings
    ("먹다", "honorific_present", "드세요"),
    ("자다", "honorific_past", "주무셨어요"),
    ("있다", "honorific_present", "계세요"),
    ("가다", "honorific_future", "가실 거예요"),
    ("읽다", "honorific_progressive", "읽고 계세요"),
    ("가다", "polite_suggestion", "갈까요"),
    ("먹다", "polite_suggestion", "먹을까요"),
    ("읽다", "casual_suggestion", "읽자"),
    ("가다", "polite_promise", "갈게요"),
    ("먹다", "polite_want", "먹고 싶어요"),
    ("하다", "polite_must", "해야 해요"),
    ("타다", "polite_can", "탈 수 있어요"),
    ("씻다", "casual_dont", "씻지 마"),
    ("맛있다", "present_modifier", "맛있는"),
    ("크다", "present_modifier", "큰"),
])
def test_conjugation_table(verb, form, expected):
    assert conjugate(verb, form) == expected


def test_conjugate_accepts_verb_objects():
    assert conjugate(Verb("덥다", "ㅂ", adjective=True), "polite_present") == "더워요"
    assert conjugate(Verb("춥다", "ㅂ"), "polite_past") == "추웠어요"
    assert conjugate(Verb("잡다"), "polite_present") == "잡아요"  # a regular ㅂ stem


def test_unknown_form_is_rejected():
    with pytest.raises(ValueError):
        conjugate("가다", "subjunctive")


@pytest.mark.parametrize("verb, form, word, expected", [
    ("가다", "polite_present", "안", "안 가요"),
    ("먹다", "casual_past", "못", "못 먹었어"),
    ("청소하다", "polite_past", "못", "청소 못 했어요"),
    ("좋아하다", "polite_present", "안", "안 좋아해요"),
    ("데리러 가다", "polite_future", "안", "데리러 안 갈 거예요"),
    ("먹다", "honorific_present", "안", "안 드세요"),
])
def test_negation(verb, form, word, expected):
    assert negate(verb, form, word) == expected


# --- numbers ---------------------------------------------------------------

@pytest.mark.parametrize("number, expected", [
    (1, "일"), (10, "십"), (15, "십오"), (16, "십육"), (20, "이십"), (100, "백"), (3000, "삼천"),
    (3500, "삼천오백"), (10000, "만"), (15000, "만 오천"), (35000, "삼만 오천"), (120000, "십이만"),
    (350000000, "삼억 오천만"),
])
def test_sino_numbers(number, expected):
    assert sino_number(number) == expected


@pytest.mark.parametrize("number, before_counter, expected", [
    (1, True, "한"), (3, True, "세"), (4, True, "네"), (20, True, "스무"), (20, False, "스물"),
    (21, True, "스물한"), (45, True, "마흔다섯"), (2, False, "둘"), (99, True, "아흔아홉"),
])
def test_native_numbers(number, before_counter, expected):
    assert native_number(number, before_counter) == expected


def test_times_prices_and_months():
    assert clock_time(3, 30) == "세 시 반"
    assert clock_time(10, 20) == "열 시 이십 분"
    assert clock_time(12) == "열두 시"
    assert won(3000) == "삼천 원"
    assert MONTH_NAMES[5] == "유월" and MONTH_NAMES[9] == "시월"


# --- splitting -------------------------------------------------------------

def test_split_is_disjoint_and_sized(default_set):
    train, test = split_sentences(default_set, 0.15, seed=0)
    assert not set(train) & set(test)
    assert len(train) + len(test) == len(default_set)
    assert abs(len(test) - 0.15 * len(default_set)) <= 1


def test_split_is_deterministic_and_order_independent(default_set):
    first = split_sentences(default_set, 0.2, seed=7)
    assert split_sentences(default_set, 0.2, seed=7) == first
    shuffled = list(default_set)
    random.Random(1).shuffle(shuffled)
    train, test = split_sentences(shuffled, 0.2, seed=7)
    assert set(test) == set(first[1]) and set(train) == set(first[0])
    assert split_sentences(default_set, 0.2, seed=8)[1] != first[1]


def test_split_keeps_repeated_sentences_on_one_side():
    sentences = ["가 나.", "다 라.", "마 바.", "가 나.", "사 아.", "다 라."]
    train, test = split_sentences(sentences, 0.5, seed=0)
    assert not set(train) & set(test)
    assert sorted(train + test) == sorted(sentences)


def test_split_edge_fractions():
    sentences = ["가 나.", "다 라.", "마 바."]
    assert split_sentences(sentences, 0.0, seed=0) == (sentences, [])
    assert split_sentences(sentences, 1.0, seed=0) == ([], sentences)
    train, test = split_sentences(sentences, 0.01, seed=0)
    assert len(test) == 1 and len(train) == 2
    with pytest.raises(ValueError):
        split_sentences(sentences, 1.5, seed=0)


# --- mixed-word sentences ----------------------------------------------------

def test_mixed_word_sentences_bring_new_words_and_syllables(default_set):
    train = default_set[:2000]
    def take(seed):
        return list(itertools.islice(mixed_word_sentences(train, seed=seed), 3000))

    mixed = take(5)
    assert mixed == take(5) and mixed != take(6)
    assert all(is_valid_sentence(s) and 2 <= len(s.split(" ")) <= 8 for s in mixed)
    known_words = {w.rstrip(".?") for s in train for w in s.split(" ")}
    words = [w for s in mixed for w in s.split(" ")]
    new_share = sum(w not in known_words for w in words) / len(words)
    assert 0.4 < new_share < 0.6  # half the words are new (a few new ones happen to be known words)
    assert len(sentence_syllables(mixed) - sentence_syllables(train)) > 500  # uniform KS X 1001 draws
    assert not set(mixed) & set(train)


def test_mixed_words_replace_a_share_of_the_training_sentences_only():
    from preprocessing.synthetic.corpus import SynthConfig, plan, training_sentences

    config = SynthConfig(hours=0.3, train_speakers=4, held_out_speakers=4, sentences=8000, seed=3)
    mixed = SynthConfig(**{**config.__dict__, "mixed_word_share": 0.5})
    pool, held = training_sentences(config)
    grammar = set(pool) | set(held)
    jobs = plan(mixed)
    train = [t for f, _, t in jobs if f == "Training"]
    share = sum(t not in grammar for t in train) / len(train)
    assert 0.35 < share < 0.65
    assert all(t in set(held) for f, _, t in jobs if f == "Validation")  # held-out speakers: grammar only
    assert [t for f, _, t in plan(config) if f == "Validation"] == [t for f, _, t in jobs if f == "Validation"]


def test_a_mixed_word_share_outside_zero_to_one_is_a_one_line_error(tmp_path):
    result = subprocess.run([sys.executable, "-m", "preprocessing", "synth", "--root", str(tmp_path / "c"),
                             "--mixed-words", "1.5"], capture_output=True, text=True, cwd=Path(__file__).parents[2])
    assert result.returncode != 0 and "mixed-word share must be within [0, 1], not 1.5" in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "c").exists()


# --- a word list (--lexicon) ---------------------------------------------------

def test_a_word_list_is_read_as_plain_lines_or_as_a_hunspell_dictionary(tmp_path):
    import unicodedata

    hunspell = tmp_path / "ko.dic"  # Debian hunspell-ko's layout: a count line, word/flags, decomposed jamo
    hunspell.write_text("4\n" + unicodedata.normalize("NFD", "없어/2\n대법원장/25\n사과\n") + "USB/10\n",
                        encoding="utf-8")
    assert read_word_list(hunspell) == ["대법원장", "사과", "없어"]
    plain = tmp_path / "words.txt"
    plain.write_text("\ufeff사과\n사과\n\n두 단어\n", encoding="utf-8")  # BOM, a duplicate, a blank, two words
    assert read_word_list(plain) == ["사과"]
    plain.write_text("apple\n1234\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no word of Hangul syllables"):
        read_word_list(plain)


def test_mixed_word_sentences_take_half_their_new_words_from_a_lexicon():
    train = ["집에 가자", "밥 먹었어"]
    # without a lexicon, the sentences of earlier versions (corpora built before --lexicon stay reproducible)
    assert list(itertools.islice(mixed_word_sentences(train, 5), 4)) == [
        "푸자껸 가자 집먹 전었 집묵렀솝 몹어", "집에 어가갖 밥", "가먹어 곕쨍밥", "먼에 집에"]
    lexicon = [f"가{chr(0xAC00 + 28 * 21 * 10 + i * 28)}다" for i in range(21)]  # 21 made-up three-syllable words
    mixed = list(itertools.islice(mixed_word_sentences(train, 5, lexicon=lexicon), 3000))
    words = [w for s in mixed for w in s.split(" ")]
    share = sum(w in set(lexicon) for w in words) / len(words)
    assert 0.2 < share < 0.3  # half the words are new, half of those the lexicon's
    assert all(is_valid_sentence(s) for s in mixed)


def test_word_sequences_speak_only_the_lists_words():
    words = ["사과", "배", "포도나무"]
    lines = list(itertools.islice(word_sequences(words, 3), 500))
    assert lines == list(itertools.islice(word_sequences(words, 3), 500))
    assert {len(line.split(" ")) for line in lines} == {2, 3, 4, 5, 6}
    assert {w for line in lines for w in line.split(" ")} == set(words)


def test_a_missing_word_list_is_a_one_line_error(tmp_path):
    result = subprocess.run([sys.executable, "-m", "preprocessing", "synth", "--root", str(tmp_path / "c"),
                             "--mixed-words", "0.5", "--lexicon", str(tmp_path / "nope.dic")],
                            capture_output=True, text=True, cwd=Path(__file__).parents[2])
    assert result.returncode != 0 and "nope.dic does not exist" in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "c").exists()
