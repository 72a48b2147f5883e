"""silero-vad segmentation of synthetic recordings whose speech boundaries are known."""
import subprocess
import sys

import numpy as np
import pytest

from preprocessing.audio import SAMPLE_RATE
from preprocessing.synthetic.voice import speak
from preprocessing.vad import VADConfig, pad_segments, speech_segments

UTTERANCES = [("m3", 40, "엄마 밥 주세요"), ("f3", 70, "오늘 날씨가 좋아요"), ("m1", 30, "학교에 가요"),
              ("f1", 80, "내일 만나요"), ("m3", 40, "물 좀 주세요")]


@pytest.fixture(scope="module")
def recording():
    """Five utterances (espeak's own leading/trailing silence trimmed) between pauses of 0.6–2.0 s."""
    parts, truth, now = [], [], 0.0
    for (voice, pitch, text), pause in zip(UTTERANCES, [0.6, 1.2, 0.8, 2.0, 1.0]):
        speech = speak(text, voice, pitch)
        loud = np.flatnonzero(np.abs(speech) > 0.01)
        speech = speech[loud[0] : loud[-1] + 1]
        parts += [np.zeros(round(pause * SAMPLE_RATE), dtype=np.float32), speech]
        start = now + pause
        now = start + len(speech) / SAMPLE_RATE
        truth.append((start, now))
    return np.concatenate([*parts, np.zeros(SAMPLE_RATE, dtype=np.float32)]), truth


def test_boundaries_are_within_0_3_s_of_the_truth(recording):
    waveform, truth = recording
    segments = speech_segments(waveform, padded=False)  # the speech itself, without the 0.3-s pads
    assert len(segments) == len(truth)
    for (start, end), (true_start, true_end) in zip(segments, truth):
        assert abs(start - true_start) < 0.3 and abs(end - true_end) < 0.3


def test_thresholds_are_applied(recording):
    waveform, truth = recording
    merged = speech_segments(waveform, VADConfig(min_silence_ms=2500))  # every pause is shorter: one segment
    assert len(merged) == 1  # (running on to the end of the recording, whose last second of silence is too short)
    assert merged[0][0] == pytest.approx(truth[0][0], abs=0.3) and merged[0][1] > truth[-1][1] - 0.3
    padded = speech_segments(waveform, VADConfig(speech_pad_ms=200))
    plain = speech_segments(waveform, VADConfig(speech_pad_ms=0))
    assert all(p[0] < q[0] and p[1] > q[1] for p, q in zip(padded, plain))
    assert speech_segments(waveform, VADConfig(min_speech_ms=5000)) == []  # no utterance lasts 5 s


def test_silence_and_noise_have_no_speech():
    rng = np.random.default_rng(0)
    assert speech_segments(np.zeros(3 * SAMPLE_RATE, dtype=np.float32)) == []
    assert speech_segments((0.001 * rng.standard_normal(3 * SAMPLE_RATE)).astype(np.float32)) == []


def test_a_long_recording_is_segmented_in_time_order(recording):
    waveform, truth = recording
    repeats = 20  # about 4 minutes
    segments = speech_segments(np.tile(waveform, repeats))
    assert len(segments) == repeats * len(truth)
    starts = [s for s, _ in segments]
    assert starts == sorted(starts) and all(e > s for s, e in segments)


def test_importing_silero_keeps_the_torch_thread_count():
    # silero_vad sets torch to one thread when imported; a fresh process shows whether that is undone
    code = ("import numpy, torch; torch.set_num_threads(2); from preprocessing.vad import speech_segments; "
            "speech_segments(numpy.zeros(16000, dtype='float32')); print(torch.get_num_threads())")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "2", result.stderr


def test_padding_afterwards_gives_silero_vads_padded_segments(recording):
    waveform, _ = recording
    config = VADConfig(min_silence_ms=100)  # short pauses: some shared between two pads
    plain = speech_segments(waveform, config, padded=False)
    padded = speech_segments(waveform, config)
    assert len(plain) == len(padded) > 3
    assert all(s2 - s1 >= 0.1 for (_, s1), (s2, _) in zip(plain, plain[1:]))
    ours = np.array(pad_segments(plain, config.speech_pad_ms, len(waveform) / 16000))
    assert np.abs(ours - np.array(padded)).max() < 1e-3
    shared = pad_segments([(1.0, 2.0), (2.2, 3.0)], 300, 3.1)  # a 0.2-s pause is shared, the end is the file's
    assert np.allclose(shared, [(0.7, 2.1), (2.1, 3.1)])
