"""The inference API: predictions, padding invariance, per-file errors for bad input, evaluation."""
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
import torch

from classification.inference import classify_files, evaluate, load_classifier
from preprocessing.audio import find_audio_files
from preprocessing.audio import AudioError, load_audio, resample
from preprocessing.manifest import read_manifest


@pytest.fixture(scope="module")
def classifier(tiny_checkpoint):
    return load_classifier(tiny_checkpoint, "cpu")


@pytest.fixture(scope="module")
def tiny_rows(tiny_manifest):
    return read_manifest(tiny_manifest)


@pytest.fixture
def messy_folder(tmp_path, tiny_rows):
    """Good files in odd formats, and bad files, some in a subfolder."""
    male = load_audio(tiny_rows["path"][0])
    female = load_audio(tiny_rows["path"][1])
    (tmp_path / "sub").mkdir()
    sf.write(tmp_path / "female_stereo_44k.flac", np.stack([resample(female, 16000, 44100)] * 2, axis=1), 44100)
    sf.write(tmp_path / "sub" / "male_8k.wav", resample(male, 16000, 8000), 8000)
    sf.write(tmp_path / "short.wav", female[:4000], 16000)
    sf.write(tmp_path / "silence.wav", np.zeros(32000, dtype=np.float32), 16000)
    (tmp_path / "fake.wav").write_text("not audio")
    (tmp_path / "notes.txt").write_text("ignored: not an audio file name")
    return tmp_path


def test_predict_returns_gender_and_p_female(classifier, tiny_rows):
    waveforms = [load_audio(p) for p in tiny_rows["path"]]
    predictions = classifier.predict(waveforms)
    assert [gender for gender, _ in predictions] == list(tiny_rows["gender"])
    assert all((p > 0.5) == (gender == "female") and 0 <= p <= 1 for gender, p in predictions)
    assert classifier.predict([]) == []


def test_a_clip_gets_the_same_probability_alone_and_in_a_padded_batch(classifier, tiny_rows):
    waveforms = [torch.from_numpy(load_audio(p)) for p in tiny_rows["path"][:4]]
    lengths = torch.tensor([len(w) for w in waveforms])
    batched = classifier.probabilities(torch.nn.utils.rnn.pad_sequence(waveforms, batch_first=True), lengths)
    alone = torch.cat([classifier.probabilities(w[None], lengths[i : i + 1]) for i, w in enumerate(waveforms)])
    assert lengths.unique().numel() > 1
    assert torch.allclose(batched, alone, atol=1e-5)


def test_too_short_and_silent_clips_are_refused_with_a_reason(classifier):
    with pytest.raises(AudioError, match=r"too short: 0.25 s \(the minimum is 0.5 s\)"):
        classifier.predict([np.full(4000, 0.1, dtype=np.float32)])
    with pytest.raises(AudioError, match="silent"):
        classifier.predict([np.zeros(16000, dtype=np.float32)])


def test_find_audio_files_expands_folders_and_globs(messy_folder):
    found = find_audio_files([messy_folder])
    assert [p.name for p in found] == ["fake.wav", "female_stereo_44k.flac", "short.wav", "silence.wav", "male_8k.wav"]
    assert [p.name for p in find_audio_files([str(messy_folder / "**" / "*8k.wav")])] == ["male_8k.wav"]
    assert find_audio_files([messy_folder / "notes.txt", "no/match/*.wav"]) == [
        messy_folder / "notes.txt", Path("no/match/*.wav")]


def test_a_folder_run_reports_each_bad_file_and_classifies_the_rest(classifier, messy_folder):
    results = {r.path.rsplit("/", 1)[-1]: r for r in classify_files(classifier, find_audio_files([messy_folder]))}
    assert (results["female_stereo_44k.flac"].gender, results["male_8k.wav"].gender) == ("female", "male")
    assert "not a readable audio file" in results["fake.wav"].error
    assert "too short" in results["short.wav"].error
    assert "silent" in results["silence.wav"].error
    assert all(r.gender is None for r in results.values() if r.error)


def test_evaluate_scores_every_usable_row(classifier, tiny_manifest):
    table, summary = evaluate(classifier, tiny_manifest)
    assert list(table.columns) == ["path", "gender", "predicted", "probability"]
    assert len(table) == summary["clips"] == 12
    assert summary["accuracy"] == summary["f1"] == 1.0
    assert summary["confusion"] == [[6, 0], [0, 6]] and summary["skipped"] == 0


def test_progress_bars_over_files_and_manifest_batches(classifier, messy_folder, tiny_manifest, tty_stderr):
    tty_stderr = tty_stderr()
    classify_files(classifier, find_audio_files([messy_folder]), progress=True)
    assert "classifying: 100%" in tty_stderr.getvalue() and "5/5 [" in tty_stderr.getvalue()  # 5 audio file names
    evaluate(classifier, tiny_manifest, progress=True)
    assert "1/1 [" in tty_stderr.getvalue()  # 12 clips: one batch of 32
