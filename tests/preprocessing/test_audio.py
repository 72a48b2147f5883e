import numpy as np
import pytest
import soundfile as sf

from preprocessing.audio import AudioError, audio_info, load_audio, resample, write_audio


def sine(rate, seconds=0.5, freq=440.0):
    t = np.arange(int(rate * seconds)) / rate
    return (0.5 * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def test_stereo_odd_rate_becomes_16k_mono(tmp_path):
    stereo = np.stack([sine(44100), sine(44100)], axis=1)
    sf.write(tmp_path / "s.wav", stereo, 44100)
    out = load_audio(tmp_path / "s.wav")
    assert out.ndim == 1 and out.dtype == np.float32
    assert abs(len(out) - 8000) <= 1
    assert abs(np.sqrt(np.mean(out**2)) - 0.5 / np.sqrt(2)) < 0.01


@pytest.mark.parametrize("ext", ["wav", "flac", "ogg"])
def test_formats(tmp_path, ext):
    sf.write(tmp_path / f"a.{ext}", sine(16000), 16000)
    assert abs(len(load_audio(tmp_path / f"a.{ext}")) - 8000) <= 1


def test_write_then_read_round_trip(tmp_path):
    x = sine(16000)
    write_audio(tmp_path / "x.wav", x)
    assert np.max(np.abs(load_audio(tmp_path / "x.wav") - x)) < 1e-3
    assert audio_info(tmp_path / "x.wav").duration == pytest.approx(0.5)


def test_resample_identity_and_length():
    x = sine(8000)
    same = resample(x, 8000, 8000)
    assert same.dtype == np.float32 and np.array_equal(same, x)  # the same rate: the input itself
    strided = resample(x.astype(np.float64)[::2], 4000, 4000)  # float64, not contiguous → contiguous float32 copy
    assert strided.dtype == np.float32 and strided.flags.c_contiguous and np.array_equal(strided, x[::2])
    up = resample(x, 8000, 16000)
    assert up.dtype == np.float32 and len(up) == 2 * len(x)
    # the same 440 Hz sine sampled at 16 kHz (away from the edges, where the filter has no samples beyond)
    assert np.abs(up[400:-400] - sine(16000)[400:-400]).max() < 0.01
    down = resample(sine(44100), 44100, 16000)  # 160/441
    assert len(down) == 8000 and np.abs(down[400:-400] - sine(16000)[400:-400]).max() < 0.01


def test_bad_audio_gives_clear_errors(tmp_path):
    (tmp_path / "text.wav").write_text("this is not audio")
    sf.write(tmp_path / "empty.wav", np.zeros(0, dtype=np.float32), 16000)
    good = tmp_path / "good.wav"
    sf.write(good, sine(16000, 2.0), 16000)
    (tmp_path / "truncated.wav").write_bytes(good.read_bytes()[:30])
    sf.write(tmp_path / "nan.wav", np.full(100, np.nan, dtype=np.float32), 16000, subtype="FLOAT")
    expectations = {
        "missing.wav": "file not found",
        "text.wav": "not a readable audio file",
        "empty.wav": "empty audio",
        "truncated.wav": "not a readable audio file|empty audio",
        "nan.wav": "NaN",
    }
    for name, message in expectations.items():
        with pytest.raises(AudioError, match=message):
            load_audio(tmp_path / name)
    with pytest.raises(AudioError, match="longer than"):
        load_audio(good, max_seconds=1.0)
