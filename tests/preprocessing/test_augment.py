"""WaveAugment: speed, volume, noise at the drawn SNR, reverberation; a clear error without noise files."""
import numpy as np
import pytest
import torch

from preprocessing.audio import write_audio
from preprocessing.augment import AugmentError, WaveAugment


def tone(seconds: float, freq: float = 220.0) -> np.ndarray:
    t = np.arange(int(seconds * 16000)) / 16000
    return (0.3 * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def test_wave_augment(tmp_path):
    for i in range(2):
        write_audio(tmp_path / "noise" / f"n{i}.wav", np.random.default_rng(i).normal(0, 0.1, 8000))
    torch.manual_seed(0)
    speech = tone(1.0)
    slower = WaveAugment(speed_factors=[0.5])(speech)
    assert abs(len(slower) - 2 * len(speech)) <= 2
    louder = WaveAugment(gain_db=[6.0, 6.0])(speech)
    np.testing.assert_allclose(louder, speech * 10 ** (6 / 20), rtol=1e-5)
    noisy = WaveAugment(noise_dir=str(tmp_path / "noise"), noise_prob=1.0, snr_db=[10.0, 10.0])(speech)
    residual = noisy - speech
    assert 10 * np.log10(np.mean(speech**2) / np.mean(residual**2)) == pytest.approx(10.0, abs=0.5)
    with pytest.raises(AugmentError, match="noise_dir"):
        WaveAugment(noise_dir=str(tmp_path / "nothing"), noise_prob=0.5)
    reverberant = WaveAugment(reverb_prob=1.0)(speech)
    assert len(reverberant) == len(speech) and np.sqrt(np.mean(reverberant**2)) == pytest.approx(
        np.sqrt(np.mean(speech**2)), rel=1e-3)  # same length and loudness
    assert np.corrcoef(reverberant, speech)[0, 1] < 0.95  # but smeared by the room
    np.testing.assert_array_equal(WaveAugment(reverb_prob=0.0)(speech), speech)
