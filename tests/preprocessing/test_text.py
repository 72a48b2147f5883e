import pytest

from preprocessing.text import TextOptions, normalize, transcript_problem

CASES = [
    ("(SP:)안녕하세요(NO:)", TextOptions(), "안녕하세요"),
    ("(SN:) 오늘 (FP:음) 좋아", TextOptions(), "오늘 좋아"),
    ("b/ 음/ 그래 n/", TextOptions(), "음 그래"),
    ("o/ l/ 어+ 어 u/", TextOptions(), "어 어"),
    ("*그거 좀 줘", TextOptions(), "그거 좀 줘"),
    ("(3시)/(세 시)에 와", TextOptions(), "세 시에 와"),
    ("(3시)/(세 시)에 와", TextOptions(dual="spelling", drop_digits=False), "3시에 와"),
    ("# 버튼 눌러", TextOptions(), "샾 버튼 눌러"),
    ("a/b+c*d-e@f$g^h&i[j]k=l:m;n,o", TextOptions(), "a b c d e f g h i j k l m n o"),
    ("정말? 좋아! 그래.", TextOptions(), "정말 좋아 그래"),
    ("정말? 좋아! 그래.", TextOptions(keep_question=True), "정말? 좋아 그래"),
    ("정말? 좋아!", TextOptions(keep_question=True, keep_exclamation=True), "정말? 좋아!"),
    ("  여러   칸   띄어쓰기  ", TextOptions(), "여러 칸 띄어쓰기"),
    ("X선 검사", TextOptions(drop_latin=False), "X선 검사"),  # letters are not symbols
]


@pytest.mark.parametrize("raw, options, expected", CASES)
def test_normalize(raw, options, expected):
    assert normalize(raw, options) == expected


PROBLEMS = [
    ("", TextOptions(), "empty transcript"),
    ("hello world", TextOptions(), "no Korean text"),
    ("세 시 3분", TextOptions(), "transcript contains digits"),
    ("세 시 3분", TextOptions(drop_digits=False), None),
    ("TV 켜 줘", TextOptions(), "transcript contains Latin letters"),
    ("TV 켜 줘", TextOptions(drop_latin=False), None),
    ("안녕하세요", TextOptions(), None),
]


@pytest.mark.parametrize("clean, options, expected", PROBLEMS)
def test_transcript_problem(clean, options, expected):
    assert transcript_problem(clean, options) == expected


def test_bad_dual_option():
    with pytest.raises(ValueError, match="^dual must be 'pronunciation' or 'spelling', not 'both'$"):
        normalize("x", TextOptions(dual="both"))


def test_document_text_keeps_the_words_and_drops_scripts():
    from preprocessing.text import document_text

    page = "<html><head><style>p {}</style><script>var 가 = 1;</script></head><body><h1>파일 열기</h1>" \
           "<p>문서를 &quot;엽니다&quot;.<br>다음 줄</p></body></html>"
    lines = [line for line in document_text(page).splitlines() if line.strip()]
    assert lines == ["파일 열기", "문서를 \"엽니다\".", "다음 줄"]


def test_hangul_sentences_cut_at_punctuation_and_drop_what_cannot_be_read():
    from preprocessing.text import hangul_sentences

    text = "파일을 엽니다. 파일을 엽니다!\nCtrl 키를 누르세요; 값은 3입니다, 그리고 끝\n단어\n(괄호 안의 말) 저장, 또는 취소"
    # each sentence once; Latin letters and digits drop the whole piece; one word is too short
    assert hangul_sentences(text) == ["파일을 엽니다", "괄호 안의 말", "저장 또는 취소"]
    assert hangul_sentences(text, min_words=1) == ["파일을 엽니다", "단어", "괄호 안의 말", "저장 또는 취소"]
