"""Evaluating a checkpoint: the reported CER and WER are the right numbers, per utterance and for the corpus."""
from __future__ import annotations

import pytest
import torch

import deepspeech2.model
from deepspeech2.checkpoint import DEFAULT_CHECKPOINT, load_model
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


def test_cpu_inference_runs_the_convolutions_in_float32(monkeypatch):
    """The default model trained its convolutions in bf16 (``conv_precision: bf16``); float32 inference on the CPU
    runs them in float32, even where the CPU multiplies bf16 natively (made to look so here)."""
    monkeypatch.setattr(deepspeech2.model, "native_bf16", lambda device_type: True)
    model, _ = load_model(DEFAULT_CHECKPOINT)
    assert model.config.conv_precision == "bf16"
    recognizer = load_recognizer(DEFAULT_CHECKPOINT, "cpu")
    waveforms, lengths = 0.1 * torch.randn(2, 16000, generator=torch.Generator().manual_seed(0)), torch.tensor([16000, 12000])
    log_probs, _ = recognizer.log_probs(waveforms, lengths)
    with torch.inference_mode():
        features, frames = recognizer.features(waveforms, lengths)
        as_trained, _ = model.eval()(features, frames)  # bf16 convolutions
        model.config.conv_precision = "fp32"
        in_float32, _ = model(features, frames)
    assert torch.equal(log_probs, in_float32.float().log_softmax(-1))
    assert not torch.equal(log_probs, as_trained.float().log_softmax(-1))
