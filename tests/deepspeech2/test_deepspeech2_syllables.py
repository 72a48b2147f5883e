"""Jamo labels decode into whole Hangul syllables: greedy repair, constrained beam search, eval's count."""
import itertools
import re

import pandas as pd
import pytest
import torch

from deepspeech2.decoding import FORBIDDEN, arpa_sections, make_decoder, syllable_best_path, write_syllable_arpa
from deepspeech2.lm import ArpaLM, build
from preprocessing.tokenizer import (FINAL, INITIAL, MEDIAL, OTHER, JamoTokenizer, broken_syllables, decompose,
                                     jamo_role)

JAMO = JamoTokenizer()
SMALL = JamoTokenizer(["_", " ", "ᄀ", "ᄂ", "ᅡ", "ᆨ"])  # 가 각 나 낙, for exhaustive checks


def test_broken_syllables_counts_stray_jamo():
    assert broken_syllables("안녕하세요") == 0
    assert broken_syllables(decompose("안녕")) == 0  # conjoining jamo that compose are whole syllables
    assert broken_syllables("노\u1105온대요") == 1  # an initial with no medial
    assert broken_syllables("출라에 아\u1165이다 왔어") == 1  # a medial with no initial
    assert broken_syllables("\u116d") == 1 and broken_syllables("ㅋㅋ") == 0  # compatibility jamo are characters
    assert [jamo_role(x) for x in ["ᄀ", "ᅡ", "ᆨ", " ", "가"]] == [INITIAL, MEDIAL, FINAL, OTHER, OTHER]


def path_score(scores: torch.Tensor, path) -> float:
    return float(scores[torch.arange(len(path)), torch.tensor(path)].sum())


def collapse(path) -> list[int]:
    return [label for label, _ in itertools.groupby(path) if label != 0]


def test_the_constrained_best_path_is_the_best_path_of_whole_syllables():
    """Exhaustive: over every alignment of 5 frames × 6 labels, the best one whose text is whole syllables."""
    roles = [jamo_role(label) for label in SMALL.labels]
    generator = torch.Generator().manual_seed(0)
    for _ in range(15):
        scores = (3 * torch.randn(5, len(SMALL), generator=generator)).log_softmax(-1)
        valid = [path for path in itertools.product(range(len(SMALL)), repeat=5)
                 if not broken_syllables(SMALL.decode(collapse(path)))]
        best = max(valid, key=lambda path: path_score(scores, path))
        assert syllable_best_path(scores, roles) == collapse(best)


def random_scores(generator, frames: int, peaky: float = 4.0) -> torch.Tensor:
    """``(1, T, C)`` CTC-like log-probabilities: peaky, the blank often first."""
    logits = peaky * torch.randn(1, frames, len(JAMO), generator=generator)
    logits[..., 0] += peaky * 1.5
    return logits.log_softmax(-1)


def test_no_decoder_ever_emits_a_broken_syllable(tmp_path):
    """Property over random CTC-like outputs: greedy, beam and beam + LM give whole syllables only."""
    lm = build(["가방 안에 뭐가 있어", "밥 먹자", "엄마 아빠"], "jamo", tmp_path / "lm.arpa", order=3)
    every = len(JAMO)  # labels tried per frame (beam_size_token): all, so that the search is never forced
    decoders = {"greedy": make_decoder("greedy", JAMO), "beam": make_decoder("beam", JAMO, beam_size_token=every),
                "beam_lm": make_decoder("beam_lm", JAMO, lm, beam_size_token=every, alpha=0.5, beta=1.0),
                "beam_lm_default": make_decoder("beam_lm", JAMO, lm, alpha=0.5, beta=1.0)}
    generator = torch.Generator().manual_seed(1)
    unconstrained_broken, ends_on_initial = 0, 0
    for trial in range(60):
        frames = 1 + trial % 40
        scores = random_scores(generator, frames)
        length = torch.tensor([frames])
        unconstrained_broken += broken_syllables(JAMO.decode(collapse(scores[0].argmax(-1).tolist()))) > 0
        for name, decoder in decoders.items():
            text = decoder(scores, length)[0]
            assert broken_syllables(text) == 0, (name, trial, text)
            if name in ("beam", "beam_lm"):  # the search itself never breaks a syllable inside the text ...
                best = decoder.search(scores, length)[0][0]
                raw = decompose(JAMO.decode(best.tokens.tolist()))
                inside = raw[:-1] if raw and jamo_role(raw[-1]) == INITIAL else raw
                assert broken_syllables(inside) == 0, (name, trial, raw)
                ends_on_initial += inside != raw  # ... but may end on an initial: the next-best is taken then
    assert unconstrained_broken > 30  # the plain best path breaks syllables most of the time here
    assert ends_on_initial > 0  # (the case that the n-best choice handles occurs)


def test_greedy_keeps_a_valid_best_path_and_repairs_a_broken_one():
    def scores_for(path: str) -> torch.Tensor:  # one frame per character: jamo or "_" (blank)
        ids = [JAMO.index.get(ch, 0) for ch in path]
        scores = torch.full((1, len(ids), len(JAMO)), -8.0)
        scores[0, torch.arange(len(ids)), torch.tensor(ids)] = -0.01
        return scores

    greedy = make_decoder("greedy", JAMO)
    valid = scores_for("ᄂ_ᅩ_ᆯ_ᄋ_ᅩ_ᆫ")
    assert greedy(valid, torch.tensor([valid.shape[1]])) == ["놀온"]
    broken = scores_for("ᄂ_ᅩ_ᄅ_ᄋ_ᅩ_ᆫ")  # 노ᄅ온: the initial ᄅ has no medial
    broken[0, 4, JAMO.index["ᆯ"]] = -0.5  # ... but the final ᆯ is nearly as likely on that frame
    assert greedy(broken, torch.tensor([broken.shape[1]])) == ["놀온"]
    burst = scores_for("__ᅭ__")  # a noise burst read as a lone medial
    assert greedy(burst, torch.tensor([5])) == [""]


def test_the_syllable_lm_keeps_the_lm_scores_and_forbids_broken_transitions(tmp_path):
    lm = build(["가방 안에 뭐가 있어", "밥 먹자"], "jamo", tmp_path / "lm.arpa", order=4)
    tokens = ["|" if label == " " else label for label in JAMO.labels[1:]]
    write_syllable_arpa(lm, tokens, [jamo_role(label) for label in JAMO.labels[1:]], tmp_path / "whole.arpa")
    before, after = ArpaLM(lm), ArpaLM(tmp_path / "whole.arpa")
    for sentence in ["밥 먹자", "가방", "뭐 먹어"]:  # seen and unseen, all whole syllables
        words = ["|" if ch == " " else ch for ch in decompose(sentence)]
        assert after.sentence_log10_prob(words) == pytest.approx(before.sentence_log10_prob(words))
    assert after.log10_prob(["<s>", "ᄇ"], "|") <= FORBIDDEN  # initial → space
    assert after.log10_prob(["<s>"], "ᅡ") <= FORBIDDEN  # starts with a medial
    assert after.log10_prob(["<s>", "ᄇ", "ᅡ", "ᆸ"], "ᆨ") <= FORBIDDEN  # final → final
    assert after.log10_prob(["<s>", "ᄇ"], "</s>") <= FORBIDDEN  # ends on an initial
    assert after.log10_prob(["<s>", "ᄇ"], "ᅣ") > FORBIDDEN  # an unseen medial after an initial: allowed
    # only the unigrams and bigrams change; the header counts every order, as KenLM checks
    sections, text = arpa_sections(tmp_path / "whole.arpa"), (tmp_path / "whole.arpa").read_text(encoding="utf-8")
    assert {int(k): int(n) for k, n in re.findall(r"^ngram (\d+)=(\d+)$", text, re.M)} == \
        {k: len(lines) for k, lines in sections.items()}
    assert sections[3] == arpa_sections(lm)[3] and sections[4] == arpa_sections(lm)[4]


def test_eval_counts_utterances_with_broken_syllables(tiny_checkpoint, tiny_manifest):
    from deepspeech2.inference import evaluate, load_recognizer

    recognizer = load_recognizer(tiny_checkpoint, "cpu")
    texts = iter(["노\u1105온", "엄마", "\u116d\u116d"] * 10)
    recognizer.decoder = lambda log_probs, lengths: [next(texts) for _ in range(len(lengths))]
    table, summary = evaluate(recognizer, tiny_manifest)
    assert sorted(table["broken"]) == [0] * 4 + [1] * 4 + [2] * 4  # (the decoding order is by length)
    assert summary["broken_utterances"] == 8
