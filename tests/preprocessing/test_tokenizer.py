import pytest

from preprocessing.tokenizer import (
    BLANK, JamoTokenizer, SyllableTokenizer, build_tokenizer, compose, decompose, load_tokenizer,
    tokenizer_from_dict,
)

ALL_SYLLABLES = "".join(chr(c) for c in range(0xAC00, 0xD7A4))


def test_jamo_round_trip_all_syllables():
    assert len(ALL_SYLLABLES) == 11172
    jamo = decompose(ALL_SYLLABLES)
    assert all(not ("\uac00" <= ch <= "\ud7a3") for ch in jamo)
    assert compose(jamo) == ALL_SYLLABLES


def test_jamo_tokenizer_round_trip_all_syllables():
    tok = JamoTokenizer()
    assert len(tok) == 2 + 19 + 21 + 27
    ids = tok.encode(ALL_SYLLABLES)
    assert 0 not in ids
    assert tok.decode(ids) == ALL_SYLLABLES


def test_syllable_tokenizer_build_and_round_trip():
    tok = SyllableTokenizer.build(["엄마 밥 주세요", "아빠 밥"])
    assert tok.labels[0] == BLANK and tok.labels[1] == " "
    assert len(tok) == 2 + len(set("엄마밥주세요아빠"))
    assert tok.decode(tok.encode("엄마 밥")) == "엄마 밥"


def test_unknown_characters_are_reported_and_dropped():
    tok = SyllableTokenizer.build(["가나"])
    assert tok.unknown("가다나") == {"다"}
    assert tok.decode(tok.encode("가다나")) == "가나"


def test_serialisation_round_trip(tmp_path):
    for tok in (build_tokenizer("syllable", ["안녕 하세요"]), build_tokenizer("jamo", ["안녕?"])):
        again = tokenizer_from_dict(tok.to_dict())
        assert type(again) is type(tok) and again.labels == tok.labels
        tok.save(tmp_path / "v.json")
        assert load_tokenizer(tmp_path / "v.json").labels == tok.labels


def test_original_label_list_is_accepted():
    tok = tokenizer_from_dict(["_", " ", "가", "나"])
    assert isinstance(tok, SyllableTokenizer) and tok.encode("가 나") == [2, 1, 3]


def test_jamo_build_keeps_extra_symbols():
    tok = build_tokenizer("jamo", ["뭐?"])
    assert "?" in tok.labels
    assert tok.decode(tok.encode("뭐?")) == "뭐?"


@pytest.mark.parametrize("labels, message", [(["a", "_"], "the first label must be the blank '_'"),
                                             (["_", "a", "a"], "labels must be unique"),
                                             ([], "the first label must be the blank '_'")])
def test_invalid_label_lists(labels, message):
    with pytest.raises(ValueError, match=f"^{message}$"):
        SyllableTokenizer(labels)


def test_only_hangul_syllables_are_decomposed():
    assert decompose("é가?") == "é\u1100\u1161?"  # é stays one character (NFD would split it)
    assert decompose("\u3131") == "\u3131"  # a compatibility jamo is not a syllable


def test_min_count():
    texts = ["가나?", "가다!", "?"]
    assert build_tokenizer("syllable", texts, min_count=2).labels == [BLANK, " ", "?", "가"]
    assert build_tokenizer("syllable", texts).labels == [BLANK, " ", "!", "?", "가", "나", "다"]
    jamo = JamoTokenizer().labels
    assert build_tokenizer("jamo", texts, min_count=2).labels == jamo + ["?"]
    assert JamoTokenizer.build(texts).labels == jamo + ["!", "?"]  # the default: seen once is enough
    assert SyllableTokenizer.build(["다나"]).labels == [BLANK, " ", "나", "다"]


def test_a_vocabulary_file_with_a_byte_order_mark(tmp_path):
    (tmp_path / "labels.json").write_text('["_", " ", "가"]', encoding="utf-8-sig")
    assert load_tokenizer(tmp_path / "labels.json").labels == ["_", " ", "가"]


def test_unknown_tokenizer_kind():
    with pytest.raises(ValueError, match="unknown tokenizer"):
        build_tokenizer("bpe", ["가"])
