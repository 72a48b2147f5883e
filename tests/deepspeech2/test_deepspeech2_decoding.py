import gzip
import itertools
import json
from pathlib import Path

import pytest
import torch

from deepspeech2.decoding import (BEAM_THRESHOLD, UNTUNED, BeamSearchDecoder, DecoderError, GreedyDecoder, greedy_decode,
                                  lm_settings, lm_settings_path, lm_tokens, make_decoder)
from deepspeech2.lm import build
from preprocessing.tokenizer import SyllableTokenizer, build_tokenizer

TOKENIZER = SyllableTokenizer(["_", " ", "가", "나", "다"])


def one_hot_scores(paths: list[list[int]], classes: int = 5) -> torch.Tensor:
    """``(N, T, C)`` scores whose per-frame argmax is ``paths`` (padded with blanks)."""
    length = max(map(len, paths))
    scores = torch.zeros(len(paths), length, classes)
    for i, path in enumerate(paths):
        scores[i, torch.arange(len(path)), torch.tensor(path)] = 1.0
    return scores


def log_probs(rows: list[list[float]]) -> torch.Tensor:
    """Per-frame probabilities over TOKENIZER's labels → ``(1, T, C)`` log-probabilities."""
    probs = torch.tensor(rows)
    return (probs / probs.sum(-1, keepdim=True)).log()[None]


def brute_force(log_probs: torch.Tensor) -> str:
    """The most probable CTC labeling of ``(T, C)`` log-probabilities, summing every alignment (C^T paths)."""
    totals: dict[tuple, float] = {}
    frames, classes = log_probs.shape
    for path in itertools.product(range(classes), repeat=frames):
        labeling = tuple(label for label, _ in itertools.groupby(path) if label != 0)
        probability = float(log_probs[torch.arange(frames), torch.tensor(path)].sum().exp())
        totals[labeling] = totals.get(labeling, 0.0) + probability
    return TOKENIZER.decode(max(totals, key=totals.get)).strip()


def test_collapses_repeats_and_removes_blanks():
    paths = [[1, 1, 0, 1, 2, 2, 0, 0, 3], [0, 0, 4, 4, 4, 0]]
    assert greedy_decode(one_hot_scores(paths), torch.tensor([9, 6])) == [[1, 1, 2, 3], [4]]
    greedy = make_decoder("greedy", TOKENIZER)
    assert greedy(one_hot_scores([[2, 2, 0, 2, 3, 1, 1, 4, 0]]), torch.tensor([9])) == ["가가나 다"]


def test_frames_past_the_length_are_ignored():
    scores = one_hot_scores([[2, 0, 3, 3, 1]])
    assert greedy_decode(scores, torch.tensor([3])) == [[2, 3]]
    assert make_decoder("beam", TOKENIZER)(scores.log_softmax(-1), torch.tensor([3])) == ["가나"]


def test_all_blank_gives_empty():
    assert greedy_decode(one_hot_scores([[0, 0, 0]]), torch.tensor([3])) == [[]]
    peaky = (10 * one_hot_scores([[0, 0, 0]])).log_softmax(-1)
    assert make_decoder("beam", TOKENIZER)(peaky, torch.tensor([3])) == [""]


def test_prefix_beam_search_sums_alignments_where_greedy_takes_the_best_path():
    # The best path is blank-blank (0.36), but "가" has three alignments: 가_, _가, 가가 (0.64).
    scores = log_probs([[0.6, 0, 0.4, 0, 0], [0.6, 0, 0.4, 0, 0]])
    assert make_decoder("greedy", TOKENIZER)(scores, torch.tensor([2])) == [""]
    assert make_decoder("beam", TOKENIZER)(scores, torch.tensor([2])) == ["가"]


def test_prefix_beam_search_finds_the_most_probable_labeling():
    generator = torch.Generator().manual_seed(0)
    beam = make_decoder("beam", TOKENIZER, beam_size=1000, beam_size_token=5, beam_threshold=1000.0)
    for _ in range(20):
        scores = (3 * torch.randn(1, 5, 5, generator=generator)).log_softmax(-1)  # peaky, like CTC outputs
        assert beam(scores, torch.tensor([5])) == [brute_force(scores[0])]


def test_a_batch_decodes_like_single_utterances():
    generator = torch.Generator().manual_seed(1)
    scores = (3 * torch.randn(3, 12, 5, generator=generator)).log_softmax(-1)
    lengths = torch.tensor([12, 7, 3])
    beam = make_decoder("beam", TOKENIZER)
    alone = [beam(scores[i : i + 1, :n], lengths[i : i + 1])[0] for i, n in enumerate(lengths.tolist())]
    assert beam(scores, lengths) == alone


@pytest.fixture(scope="module")
def lm_path(tmp_path_factory):
    """A syllable LM that has only ever seen "가나" (and "나가"), never "가다"."""
    return build(["가나", "가나 가나", "나가"], "syllable", tmp_path_factory.mktemp("lm") / "lm.arpa", order=3)


def test_the_language_model_changes_the_ranking(lm_path):
    # Acoustically "가다" is a little more likely than "가나"; the LM prefers "가나".
    scores = log_probs([[0.01, 0, 0.99, 0, 0], [0.02, 0, 0, 0.45, 0.53], [0.98, 0, 0, 0.01, 0.01]])
    length = torch.tensor([3])
    assert make_decoder("beam", TOKENIZER)(scores, length) == ["가다"]
    assert make_decoder("beam_lm", TOKENIZER, lm_path, alpha=1.0, beta=0.0)(scores, length) == ["가나"]
    assert make_decoder("beam_lm", TOKENIZER, lm_path, alpha=0.0, beta=0.0)(scores, length) == ["가다"]


def test_tuned_weights_are_the_defaults(lm_path, tmp_path):
    scores = log_probs([[0.01, 0, 0.99, 0, 0], [0.02, 0, 0, 0.45, 0.53], [0.98, 0, 0, 0.01, 0.01]])
    settings = json.loads(lm_settings_path(lm_path).read_text(encoding="utf-8"))
    assert settings["units"] == "syllable" and settings["order"] == 3
    tuned = tmp_path / "tuned.arpa"
    tuned.write_bytes(lm_path.read_bytes())
    lm_settings_path(tuned).write_text(json.dumps({**settings, "alpha": 0.0, "beta": 0.0}), encoding="utf-8")
    assert make_decoder("beam_lm", TOKENIZER, tuned)(scores, torch.tensor([3])) == ["가다"]  # α = 0: no LM
    assert make_decoder("beam_lm", TOKENIZER, tuned).beam_size == 32  # tuned before the beam size was stored
    lm_settings_path(tuned).write_text(json.dumps({**settings, "beam_size": 96}), encoding="utf-8")
    assert make_decoder("beam_lm", TOKENIZER, tuned).beam_size == 96  # searched as widely as tuned
    assert make_decoder("beam_lm", TOKENIZER, tuned, beam_size=8).beam_size == 8  # unless chosen
    assert make_decoder("beam", TOKENIZER).beam_size == 32


def test_decoder_errors_say_what_to_do(lm_path, tmp_path):
    with pytest.raises(DecoderError, match="unknown decoder 'viterbi'"):
        make_decoder("viterbi", TOKENIZER)
    with pytest.raises(DecoderError, match="needs decoder.lm_path=PATH; build one with `python -m deepspeech2.lm"):
        make_decoder("beam_lm", TOKENIZER)
    with pytest.raises(DecoderError, match="no language model at"):
        make_decoder("beam_lm", TOKENIZER, tmp_path / "missing.arpa")
    jamo_lm = build(["가나"], "jamo", tmp_path / "jamo.arpa")
    with pytest.raises(DecoderError, match="is a jamo LM but the model's labels are syllable"):
        make_decoder("beam_lm", TOKENIZER, jamo_lm)


def test_a_gzip_compressed_lm_decodes_as_the_plain_one(lm_path, tmp_path):
    """``--output lm.arpa.gz`` writes the same ARPA text compressed; KenLM (syllable labels) and the whole-syllable
    rewrite (jamo labels) read it, and the transcripts are those of the plain file."""
    packed = build(["가나", "가나 가나", "나가"], "syllable", tmp_path / "lm.arpa.gz", order=3)
    assert gzip.decompress(packed.read_bytes()) == lm_path.read_bytes()
    again = build(["가나", "가나 가나", "나가"], "syllable", tmp_path / "again" / "lm.arpa.gz", order=3)
    assert again.read_bytes() == packed.read_bytes()  # no name or time in the header: rebuilds are byte-identical
    assert lm_settings(packed)["units"] == "syllable"  # (settings in lm.arpa.gz.json)
    scores = log_probs([[0.01, 0, 0.99, 0, 0], [0.02, 0, 0, 0.45, 0.53], [0.98, 0, 0, 0.01, 0.01]])
    assert make_decoder("beam_lm", TOKENIZER, packed, alpha=1.0, beta=0.0)(scores, torch.tensor([3])) == ["가나"]

    sentences = ["가방 안에 뭐가 있어", "밥 먹자", "엄마 아빠 어디 가"]
    jamo = build_tokenizer("jamo", sentences)
    plain, packed = (build(sentences, "jamo", tmp_path / name, order=4) for name in ["jamo.arpa", "jamo.arpa.gz"])
    scores = torch.randn(6, 40, len(jamo), generator=torch.Generator().manual_seed(0)).mul(3).log_softmax(-1)
    lengths = torch.full((6,), 40)
    expected = make_decoder("beam_lm", jamo, plain, alpha=2.0, beta=1.0)(scores, lengths)
    assert make_decoder("beam_lm", jamo, packed, alpha=2.0, beta=1.0)(scores, lengths) == expected
    not_arpa = tmp_path / "words.arpa.gz"
    not_arpa.write_bytes(gzip.compress("가나\n".encode()))
    with pytest.raises(DecoderError, match="not an ARPA language model"):
        make_decoder("beam_lm", TOKENIZER, not_arpa)
    (tmp_path / "cut.arpa.gz").write_bytes(packed.read_bytes()[:10])
    with pytest.raises(DecoderError, match="not an ARPA language model"):
        make_decoder("beam_lm", TOKENIZER, tmp_path / "cut.arpa.gz")


def test_lm_tokens_are_the_model_labels_with_a_word_separator():
    assert lm_tokens("syllable", " 한  번 ") == ["한", "|", "번"]
    assert lm_tokens("jamo", "한 번") == ["ᄒ", "ᅡ", "ᆫ", "|", "ᄇ", "ᅥ", "ᆫ"]


def test_greedy_decoding_with_another_blank_index():
    """The first frame has no predecessor: a label there is kept, even label 0 when the blank is elsewhere."""
    assert greedy_decode(one_hot_scores([[0, 0, 2, 1, 2, 2]]), torch.tensor([6]), blank=2) == [[0, 1]]


def test_beta_rewards_emitting_a_label():
    """β is a bonus per label (a penalty on blank frames): one frame, blank 0.6 against "가" 0.4."""
    scores, length = log_probs([[0.6, 0, 0.4, 0, 0]]), torch.tensor([1])
    assert make_decoder("beam", TOKENIZER)(scores, length) == [""]
    assert make_decoder("beam", TOKENIZER, beta=0.5)(scores, length) == ["가"]  # log 0.6 − 0.5 < log 0.4


@pytest.fixture
def search_settings(monkeypatch):
    """What the decoders ask flashlight's search for: its keyword arguments and the LM's word list."""
    import deepspeech2.decoding as decoding

    calls, real = [], decoding.ctc_decoder

    def spy(**kwargs):
        words = Path(kwargs["lm_dict"])
        calls.append({**kwargs, "words": words.read_text(encoding="utf-8").splitlines(), "folder": words.parent})
        return real(**kwargs)

    monkeypatch.setattr(decoding, "ctc_decoder", spy)
    return calls


TWELVE = SyllableTokenizer(["_", " ", *"가나다라마바사아자차"])  # more labels than the 8 tried per frame


def test_the_search_gets_the_settings(search_settings, lm_path, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    BeamSearchDecoder(TWELVE)
    make_decoder("beam", TWELVE)
    make_decoder("beam", TOKENIZER, beam_size=5, beam_size_token=3, beam_threshold=9.0, alpha=7.0, beta=0.25)
    make_decoder("beam_lm", TOKENIZER, lm_path, alpha=2.0, beta=0.75)
    defaults = dict(lexicon=None, lm=None, beam_size=32, beam_size_token=8, beam_threshold=12.0, lm_weight=0.0,
                    sil_score=-0.0, log_add=True, blank_token="_", sil_token="_")
    expected = [
        {**defaults, "tokens": ["_", "|", *"가나다라마바사아자차"]},
        {**defaults, "tokens": ["_", "|", *"가나다라마바사아자차"]},
        {**defaults, "tokens": ["_", "|", "가", "나", "다"], "beam_size": 5, "beam_size_token": 3,
         "beam_threshold": 9.0, "sil_score": -0.25},  # no LM: no LM weight
        {**defaults, "tokens": ["_", "|", "가", "나", "다"], "beam_size_token": 5, "lm": str(lm_path),
         "lm_weight": 2.0, "sil_score": -0.75},  # no more labels to try than there are
    ]
    for call, settings in zip(search_settings, expected, strict=True):
        assert {k: call[k] for k in settings} == settings
        assert call["words"] == call["tokens"]  # the LM's words in label order
        assert call["folder"] != tmp_path and not call["folder"].exists()  # a temporary folder, removed
    assert not list(tmp_path.iterdir())


def test_explicit_weights_override_the_tuned_ones(lm_path, tmp_path):
    tuned = tmp_path / "tuned.arpa"
    tuned.write_bytes(lm_path.read_bytes())
    lm_settings_path(tuned).write_text(json.dumps({"units": "syllable", "alpha": 0.0, "beta": 0.0}), encoding="utf-8")
    scores, length = log_probs([[0.6, 0, 0.4, 0, 0]]), torch.tensor([1])
    assert make_decoder("beam_lm", TOKENIZER, tuned)(scores, length) == [""]
    assert make_decoder("beam_lm", TOKENIZER, tuned, beta=0.5)(scores, length) == ["가"]


def test_an_lm_without_settings_is_used_untuned(lm_path, tmp_path, search_settings):
    bare = tmp_path / "bare.arpa"
    bare.write_bytes(lm_path.read_bytes())  # no bare.arpa.json: any units, α and β of UNTUNED
    assert lm_settings(bare) == {}
    make_decoder("beam_lm", TOKENIZER, bare)
    assert (search_settings[0]["lm_weight"], search_settings[0]["sil_score"]) == (UNTUNED["alpha"], -UNTUNED["beta"])


def test_the_default_decoder_is_greedy():
    assert type(make_decoder(tokenizer=TOKENIZER)) is GreedyDecoder


def test_error_messages_in_full(lm_path, tmp_path):
    with pytest.raises(DecoderError, match=r"^unknown decoder 'viterbi'; choose one of greedy, beam, beam_lm$"):
        make_decoder("viterbi", TOKENIZER)
    with pytest.raises(DecoderError) as error:
        make_decoder("beam_lm", TOKENIZER, tmp_path / "missing.arpa")
    assert str(error.value) == (f"no language model at {tmp_path / 'missing.arpa'}; build one with `python -m "
                                "deepspeech2.lm build --units syllable --output PATH.arpa` (and tune it with "
                                "`python -m deepspeech2.lm tune`)")
    with pytest.raises(DecoderError, match=r"^the label '\|' clashes with the LM's word separator$"):
        make_decoder("beam", SyllableTokenizer(["_", " ", "|", "가"]))


@pytest.mark.parametrize("kind", ["beam", "beam_lm"])
def test_the_decoder_configs_use_the_library_beam_threshold(kind):
    """The command-line decoders and the library (transcribe's and the Space's default) prune alike."""
    import yaml
    config = yaml.safe_load((Path(__file__).parents[2] / "configs/deepspeech2/decoder" / f"{kind}.yaml").read_text())
    assert config["beam_threshold"] == BEAM_THRESHOLD
