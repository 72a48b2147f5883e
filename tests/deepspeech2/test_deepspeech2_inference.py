"""Evaluating a checkpoint: the reported CER and WER are the right numbers, per utterance and for the corpus."""
from __future__ import annotations

import pytest

from deepspeech2.inference import evaluate, load_recognizer


def test_evaluate_scores_hypotheses_against_the_references(constant_checkpoint, known_errors):
    """A model that always says "요", on three utterances whose errors are counted by hand."""
    table, summary = evaluate(load_recognizer(constant_checkpoint, "cpu"), known_errors.manifest)
    assert list(table.columns) == ["path", "reference", "hypothesis", "cer", "broken"]
    assert list(table["path"]) == known_errors.paths and list(table["reference"]) == known_errors.texts
    assert list(table["hypothesis"]) == ["요"] * 3
    assert table["cer"].tolist() == pytest.approx(known_errors.row_cer)
    assert summary == {"manifest": str(known_errors.manifest), "utterances": 3, "skipped": 0,
                       "cer": pytest.approx(known_errors.cer), "wer": pytest.approx(known_errors.wer),
                       "broken_utterances": 0, "char_errors": 8, "chars": 11, "word_errors": 5, "words": 6}


def test_a_list_of_manifests_is_scored_as_one(constant_checkpoint, known_errors):
    table, summary = evaluate(load_recognizer(constant_checkpoint, "cpu"), [known_errors.manifest] * 2)
    assert list(table["path"]) == known_errors.paths * 2
    assert summary["manifest"] == f"{known_errors.manifest} + {known_errors.manifest}"
    assert summary["char_errors"] == 16 and summary["cer"] == pytest.approx(known_errors.cer)
