"""Transcribing files of any length: long recordings in segments, output formats, bad inputs."""
import json
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest
import soundfile as sf
import srt

from deepspeech2.formats import OutputWriter, srt_time
from deepspeech2.inference import SettingError, evaluate, load_recognizer
from deepspeech2.transcription import VAD, transcribe_files
from preprocessing.audio import SAMPLE_RATE, find_audio_files, write_audio
from preprocessing.synthetic.voice import speak

UTTERANCES = [("m3", 40, "엄마 밥 주세요"), ("f3", 70, "오늘 날씨가 좋아요"), ("m1", 30, "학교에 가요"),
              ("f1", 80, "내일 만나요"), ("m3", 40, "물 좀 주세요"), ("f3", 70, "아빠 어디 가요")]


@pytest.fixture(scope="module")
def recognizer(tiny_checkpoint):
    return load_recognizer(tiny_checkpoint, "cpu")


@pytest.fixture(scope="module")
def long_recording(tmp_path_factory):
    """About a minute: 18 utterances (espeak's silences trimmed) between pauses of 0.8–2.6 s, as 22.05 kHz stereo FLAC.

    Returns the path and the true (start, end) of each utterance in seconds.
    """
    rng = np.random.default_rng(0)
    parts, truth, now = [], [], 0.0
    for voice, pitch, text in UTTERANCES * 3:
        speech = speak(text, voice, pitch)
        loud = np.flatnonzero(np.abs(speech) > 0.01)
        pause = rng.uniform(0.8, 2.6)
        parts += [np.zeros(round(pause * SAMPLE_RATE), dtype=np.float32), speech[loud[0] : loud[-1] + 1]]
        start = now + pause
        now = start + (loud[-1] + 1 - loud[0]) / SAMPLE_RATE
        truth.append((start, now))
    mono = np.concatenate([*parts, np.zeros(SAMPLE_RATE, dtype=np.float32)])
    path = tmp_path_factory.mktemp("long") / "meeting.flac"
    from scipy.signal import resample_poly

    sf.write(path, np.stack([resample_poly(mono, 441, 320)] * 2, axis=1), 22050)
    return path, truth


def test_a_long_recording_is_cut_into_ordered_segments(recognizer, long_recording):
    path, truth = long_recording
    [result] = transcribe_files(recognizer, [path], long_seconds=10, block_seconds=20)  # 4 blocks, carried over
    assert result.error is None and result.duration == pytest.approx(truth[-1][1] + 1, abs=0.01)
    assert len(result.segments) == len(truth)
    pad = VAD.speech_pad_ms / 1000  # the pauses are longer than two pads: every segment gets its own
    for segment, (start, end) in zip(result.segments, truth):
        assert abs(segment.start - (start - pad)) < 0.3 and abs(segment.end - (end + pad)) < 0.3
    assert [s.start for s in result.segments] == sorted(s.start for s in result.segments)
    [whole] = transcribe_files(recognizer, [path], long_seconds=10, block_seconds=600)  # one block
    assert len(whole.segments) == len(result.segments)
    for one, blocked in zip(whole.segments, result.segments):  # a carried-over segment is segmented again:
        assert abs(one.start - blocked.start) < 0.2 and abs(one.end - blocked.end) < 0.2  # a few 32 ms windows
    assert result.text == " ".join(s.text for s in result.segments if s.text)


def test_segments_of_several_files_share_batches(recognizer, long_recording, tiny_manifest):
    path, _ = long_recording
    short = sorted((tiny_manifest.parent / "wav").glob("*.wav"))[:3]
    alone = [r.text for r in transcribe_files(recognizer, short, batch_size=1)]
    results = list(transcribe_files(recognizer, [short[0], path, *short[1:]], batch_size=4))
    assert [r.path for r in results] == [str(p) for p in [short[0], path, *short[1:]]]  # input order
    assert [results[0].text, results[2].text, results[3].text] == alone  # batching does not change a transcript
    assert [len(r.segments) for r in results] == [1, 18, 1, 1]


def test_json_and_srt_outputs_are_valid(recognizer, long_recording, tmp_path):
    path, truth = long_recording
    [result] = transcribe_files(recognizer, [path])
    for segment in result.segments:
        segment.text = segment.text or "(빈 구간)"  # an untrained model may say nothing
    for fmt in ("json", "srt", "txt"):
        writer = OutputWriter(fmt, tmp_path / f"meeting.{fmt}", [path])
        writer.write(result)
        writer.close()
    data = json.loads((tmp_path / "meeting.json").read_text(encoding="utf-8"))
    assert data["path"] == str(path) and data["duration"] == pytest.approx(result.duration, abs=1e-3)
    assert [(s["start"], s["end"], s["text"]) for s in data["segments"]] == \
        [(round(s.start, 3), round(s.end, 3), s.text) for s in result.segments]
    text = (tmp_path / "meeting.srt").read_text(encoding="utf-8")
    cues = list(srt.parse(text, ignore_errors=False))  # a real SRT parser
    assert len(cues) == len(truth) and text + "\n" == srt.compose(cues, reindex=False)  # cues apart by a blank line
    for i, (cue, segment) in enumerate(zip(cues, result.segments), 1):
        assert cue.index == i and cue.content == segment.text
        assert cue.start.total_seconds() == pytest.approx(segment.start, abs=1e-3)
        assert cue.end.total_seconds() == pytest.approx(segment.end, abs=1e-3)
    assert (tmp_path / "meeting.txt").read_text(encoding="utf-8").splitlines() == [s.text for s in result.segments]


def test_srt_times():
    assert srt_time(0) == "00:00:00,000" and srt_time(3725.5) == "01:02:05,500" and srt_time(59.9996) == "00:01:00,000"


def test_output_files_mirror_the_input_folders(tmp_path):
    paths = [tmp_path / "in" / "a" / "x.wav", tmp_path / "in" / "b" / "x.wav"]
    writer = OutputWriter("srt", tmp_path / "out", paths)
    assert [writer.target(str(p)) for p in paths] == [tmp_path / "out" / d / "x.srt" for d in ("a", "b")]
    with pytest.raises(SettingError, match="one file but there are 2 inputs"):
        OutputWriter("json", tmp_path / "all.json", paths)
    with pytest.raises(SettingError, match="format must be one of"):
        OutputWriter("vtt", tmp_path / "out", paths)


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory, tiny_manifest):
    """Good utterances next to every kind of bad input."""
    folder = tmp_path_factory.mktemp("bad")
    good = sorted((tiny_manifest.parent / "wav").glob("*.wav"))[:2]
    for i, path in enumerate(good):
        (folder / f"good_{i}.wav").write_bytes(path.read_bytes())
    (folder / "not_audio.wav").write_text("this is not audio", encoding="utf-8")
    sf.write(folder / "empty.wav", np.zeros(0, dtype=np.float32), SAMPLE_RATE)
    write_audio(folder / "silent.wav", np.zeros(2 * SAMPLE_RATE, dtype=np.float32))
    write_audio(folder / "silent_long.wav", np.zeros(40 * SAMPLE_RATE, dtype=np.float32))
    whole = good[0].read_bytes()
    (folder / "truncated.wav").write_bytes(whole[: len(whole) // 2])
    (folder / "header_only.wav").write_bytes(whole[:30])
    noisy = np.full(SAMPLE_RATE, 0.1, dtype=np.float32)
    noisy[100] = np.nan
    sf.write(folder / "nan.wav", noisy, SAMPLE_RATE, subtype="FLOAT")
    return folder


def test_bad_inputs_get_a_message_each_and_the_rest_is_transcribed(recognizer, bad_folder):
    results = {r.path.rsplit("/", 1)[-1]: r for r in transcribe_files(recognizer, find_audio_files([bad_folder]))}
    assert results["not_audio.wav"].error.startswith(f"{bad_folder}/not_audio.wav: not a readable audio file")
    assert "Format not recognised" in results["not_audio.wav"].error
    assert results["header_only.wav"].error.startswith(f"{bad_folder}/header_only.wav: not a readable audio file")
    assert results["empty.wav"].error.endswith("empty.wav: empty audio")
    assert results["nan.wav"].error.endswith("nan.wav: contains NaN or infinite samples")
    assert results["silent.wav"].note == "silent audio (quieter than -60 dBFS)" and results["silent.wav"].text == ""
    assert results["silent_long.wav"].note == "no speech detected" and results["silent_long.wav"].segments == []
    assert results["truncated.wav"].note == "truncated WAV: holds 50% of the audio its header declares"
    assert results["truncated.wav"].error is None and len(results["truncated.wav"].segments) == 1
    assert all(results[f"good_{i}.wav"].error is None and results[f"good_{i}.wav"].note is None for i in range(2))
    assert all(r.text is None for r in results.values() if r.error)


def test_command_line_reports_failures_in_the_exit_code(run_cli, tiny_checkpoint, bad_folder, tmp_path):
    checkpoint = f"checkpoint={tiny_checkpoint}"
    result = run_cli("transcribe", checkpoint, f"inputs=[{bad_folder}]", "format=csv", f"output={tmp_path / 'all.csv'}")
    assert result.returncode == 1 and result.stderr.strip().endswith("4 of 9 files failed")
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    assert len(errors) == 4 and len(warnings) == 3 and "Traceback" not in result.stderr
    assert len(result.stdout.splitlines()) == 5  # 2 good, 2 silent, 1 truncated: transcribed
    table = pd.read_csv(tmp_path / "all.csv", keep_default_na=False)
    assert list(table.columns) == ["path", "duration", "text", "error", "note"] and len(table) == 9
    assert (table["error"] != "").sum() == 4

    good = f"inputs=['{bad_folder}/good_*.wav']"
    result = run_cli("transcribe", checkpoint, good, "format=srt", f"output={tmp_path / 'srt'}")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "srt").iterdir()) == ["good_0.srt", "good_1.srt"]
    result = run_cli("transcribe", checkpoint, good, "format=json")
    assert result.returncode == 1 and "--format json needs --output FILE.json or --output FOLDER" in result.stderr


def test_denoising_runs_on_every_waveform_before_the_features(tiny_checkpoint, tiny_manifest, monkeypatch):
    import noisereduce

    sizes, reduce_noise = [], noisereduce.reduce_noise

    def spy(y, sr):
        sizes.append((len(y), sr))
        return reduce_noise(y=y, sr=sr)

    monkeypatch.setattr(noisereduce, "reduce_noise", spy)
    recognizer = load_recognizer(tiny_checkpoint, "cpu", denoise=True)
    noisy = (0.05 * np.random.default_rng(0).standard_normal(SAMPLE_RATE)).astype(np.float32)
    assert len(recognizer.transcribe([noisy, noisy[:8000]])) == 2
    assert sizes == [(SAMPLE_RATE, SAMPLE_RATE), (8000, SAMPLE_RATE)]
    sizes.clear()
    _, summary = evaluate(recognizer, tiny_manifest)  # manifests are denoised too (the noise benchmark relies on it)
    assert len(sizes) == summary["utterances"] == 12


def test_transcription_does_not_import_lightning():
    """Inference needs the datasets and the model, not the training framework (it costs seconds and memory)."""
    code = ("import sys, deepspeech2.inference, deepspeech2.transcription, deepspeech2.formats; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'pytorch_lightning', 'lightning', 'lightning_fabric'}))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_evaluating_shards_gives_what_the_files_give(recognizer, tiny_manifest, tiny_shards):
    files_table, files_summary = evaluate(recognizer, tiny_manifest)
    shards_table, shards_summary = evaluate(recognizer, tiny_shards)
    assert shards_summary["utterances"] == 12 and shards_summary["skipped"] == 0
    pd.testing.assert_frame_equal(shards_table, files_table)
    assert {k: v for k, v in shards_summary.items() if k != "manifest"} == {
        k: v for k, v in files_summary.items() if k != "manifest"}
