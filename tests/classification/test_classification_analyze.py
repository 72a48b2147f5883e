"""Conversation analysis end to end: VAD → gender classifier → speaking-time ratio, and the report files."""
import json

import numpy as np
import pytest

from classification import analyze
from classification.analyze import analyze_recording, summary_text, write_report
from classification.checkpoint import CheckpointError
from classification.inference import load_classifier


@pytest.fixture(scope="module")
def classifier(tiny_checkpoint):
    return load_classifier(tiny_checkpoint, "cpu")


@pytest.fixture(scope="module")
def report(classifier, conversation):
    return analyze_recording(conversation["path"], classifier)


def test_speaking_time_ratio_is_within_10_percent_of_the_truth(report, conversation):
    truth = conversation["seconds"]
    true_ratio = truth["female"] / truth["male"]
    assert report["female_to_male"] == pytest.approx(true_ratio, rel=0.10)
    true_share = truth["female"] / (truth["female"] + truth["male"])
    assert report["female_share"] == pytest.approx(true_share, rel=0.10)
    assert report["female_share"] + report["male_share"] == pytest.approx(1.0)
    for gender in ("female", "male"):
        assert report["speech_seconds"][gender] == pytest.approx(truth[gender], rel=0.10)


def test_every_turn_is_found_and_classified_correctly(report, conversation):
    segments = report["segments"]
    assert report["segments_total"] == len(segments) == len(conversation["turns"])
    for segment, (start, end, gender) in zip(segments, conversation["turns"]):
        assert segment["gender"] == gender
        assert abs(segment["start"] - start) < 0.3 and abs(segment["end"] - end) < 0.3
    assert report["segment_counts"] == {"female": 5, "male": 3, "undetermined": 0}


def test_report_files(report, tmp_path):
    paths = write_report(report, tmp_path)
    assert json.loads(paths["json"].read_text(encoding="utf-8"))["female_to_male"] == report["female_to_male"]
    summary = paths["summary"].read_text(encoding="utf-8")
    assert "speaking-time ratio female:male" in summary and summary == summary_text(report)
    assert paths["timeline"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_segments_shorter_than_the_minimum_are_undetermined(classifier, conversation):
    report = analyze_recording(conversation["waveform"], classifier, min_segment_seconds=60.0)
    assert report["segment_counts"]["undetermined"] == report["segments_total"] > 0
    assert report["female_to_male"] is None and report["female_share"] is None
    assert all(s["note"] == "shorter than 60 s" and s["probability"] is None for s in report["segments"])
    assert "undefined" in summary_text(report)


def test_transcripts_come_from_the_asr_hook(classifier, conversation, monkeypatch):
    calls = []

    def fake_transcribe(checkpoint, device, waveforms):
        calls.append((checkpoint, device, len(waveforms)))
        return [f"말 {k}" for k in range(len(waveforms))]

    monkeypatch.setattr(analyze, "transcribe_segments", fake_transcribe)
    report = analyze_recording(conversation["waveform"], classifier, asr_checkpoint="ds2.ckpt", device="cpu")
    assert calls == [("ds2.ckpt", "cpu", report["segments_total"])]
    assert [s["text"] for s in report["segments"]] == [f"말 {k}" for k in range(report["segments_total"])]
    assert "말 0" in summary_text(report)


def test_silence_has_no_segments(classifier):
    report = analyze_recording(np.zeros(16000 * 3, dtype=np.float32), classifier)
    assert report["segments_total"] == 0 and report["female_to_male"] is None


def test_the_segmentation_is_the_one_deepspeech2_transcribe_uses(repo):
    """analyze and deepspeech2.transcribe cut a recording alike (30 ms vs 300 ms padding made transcripts worse)."""
    from omegaconf import OmegaConf

    from preprocessing.vad import VADConfig

    for config in ("classification/analyze.yaml", "deepspeech2/transcribe.yaml"):
        assert VADConfig(**OmegaConf.load(repo / "configs" / config).vad) == VADConfig()
    assert VADConfig().speech_pad_ms == 300


def test_a_missing_asr_checkpoint_is_a_clear_error(tmp_path):
    pytest.importorskip("deepspeech2.inference")
    with pytest.raises(CheckpointError, match="asr_checkpoint=.*nowhere.ckpt"):
        analyze.transcribe_segments(tmp_path / "nowhere.ckpt", "cpu", [np.zeros(16000, dtype=np.float32)])
