import itertools
import json

import pytest
import torch

from deepspeech2.decoding import DecoderError, greedy_decode, lm_settings_path, lm_tokens, make_decoder
from deepspeech2.lm import build
from preprocessing.tokenizer import SyllableTokenizer

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


def test_lm_tokens_are_the_model_labels_with_a_word_separator():
    assert lm_tokens("syllable", " 한  번 ") == ["한", "|", "번"]
    assert lm_tokens("jamo", "한 번") == ["ᄒ", "ᅡ", "ᆫ", "|", "ᄇ", "ᅥ", "ᆫ"]
