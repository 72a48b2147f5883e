import pytest

from deepspeech2.metrics import ErrorCounts, cer, corpus_error_counts, error_counts, wer


def test_cer_ignores_spaces():
    assert error_counts("안녕 하세요", "안녕하세요") == ErrorCounts(0, 5, 2, 1)  # but 2 word errors
    assert cer(["안녕하세여"], ["안녕 하세요"]) == pytest.approx(1 / 5)


def test_wer_counts_word_edits():
    # one substitution (밥 → 빵) and one deletion (주세요) over 3 reference words
    assert wer(["엄마 빵"], ["엄마 밥 주세요"]) == pytest.approx(2 / 3)


def test_corpus_level_is_a_ratio_of_sums_not_a_mean_of_rates():
    hypotheses, references = ["가", "나다라마바"], ["나", "나다라마바"]
    assert cer(hypotheses, references) == pytest.approx(1 / 6)  # the mean of rates would be 0.5
    assert corpus_error_counts(hypotheses, references) == ErrorCounts(1, 6, 1, 2)


def test_insertions_can_exceed_one():
    assert cer(["가나다"], ["가"]) == pytest.approx(2.0)


def test_mismatched_lists_are_an_error():
    with pytest.raises(ValueError):
        cer(["가"], ["가", "나"])
