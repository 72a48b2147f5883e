"""WaveAugment: speed, volume, noise at the drawn SNR, reverberation, a competing talker; a clear error without
noise files.
SpecAugment: per-utterance masks within the widths asked for."""
import numpy as np
import pytest
import torch
from omegaconf import OmegaConf

from preprocessing.audio import write_audio
from preprocessing.augment import AugmentError, SpecAugment, WaveAugment


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
    with pytest.raises(AugmentError, match="rir_dir"):
        WaveAugment(reverb_prob=0.5)
    decay = np.exp(-np.arange(4000) / 800.0) * np.random.default_rng(5).standard_normal(4000)  # an RT60 ≈ 0.35 s tail
    write_audio(tmp_path / "rooms" / "room_0.wav", 0.9 * decay / np.abs(decay).max())
    reverberant = WaveAugment(reverb_prob=1.0, rir_dir=str(tmp_path / "rooms"))(speech)
    assert len(reverberant) == len(speech) and np.sqrt(np.mean(reverberant**2)) == pytest.approx(
        np.sqrt(np.mean(speech**2)), rel=1e-3)  # same length and loudness
    assert np.corrcoef(reverberant, speech)[0, 1] < 0.95  # but smeared by the room
    np.testing.assert_array_equal(WaveAugment(reverb_prob=0.0)(speech), speech)


def test_competing_talker_is_mixed_at_the_drawn_ratio(tmp_path):
    torch.manual_seed(0)
    speech, other = tone(1.0), tone(1.0, freq=530.0)
    write_audio(tmp_path / "other.wav", other)
    (tmp_path / "talkers.csv").write_text(f"path,text\n{tmp_path / 'other.wav'},다른 사람\n", encoding="utf-8")
    mixed = WaveAugment(talker_manifest=str(tmp_path / "talkers.csv"), talker_prob=1.0, talker_snr_db=[0.0, 0.0])(speech)
    residual = mixed - speech
    assert len(mixed) == len(speech)
    assert 10 * np.log10(np.mean(speech**2) / np.mean(residual**2)) == pytest.approx(0.0, abs=0.3)  # equal loudness
    assert np.corrcoef(residual, other)[0, 1] > 0.99  # what was added is the other talker
    decay = np.exp(-np.arange(4000) / 800.0) * np.random.default_rng(5).standard_normal(4000)
    write_audio(tmp_path / "rooms" / "room_0.wav", 0.9 * decay / np.abs(decay).max())
    across_the_room = WaveAugment(talker_manifest=str(tmp_path / "talkers.csv"), talker_prob=1.0,
                                  rir_dir=str(tmp_path / "rooms"))(speech) - speech
    assert np.corrcoef(across_the_room, other)[0, 1] < 0.95  # the other talker is reverberated, the near one is not
    (tmp_path / "missing.csv").write_text(f"path,text\n{tmp_path / 'gone.wav'},없는 파일\n", encoding="utf-8")
    unchanged = WaveAugment(talker_manifest=str(tmp_path / "missing.csv"), talker_prob=1.0)(speech)
    np.testing.assert_array_equal(unchanged, speech)  # an unreadable talker is skipped, not fatal
    with pytest.raises(AugmentError, match="talker_manifest"):
        WaveAugment(talker_prob=0.5)
    with pytest.raises(AugmentError, match="talker_manifest: manifest not found"):
        WaveAugment(talker_prob=0.5, talker_manifest=str(tmp_path / "nothing.csv"))
    both = OmegaConf.create([str(tmp_path / "talkers.csv"), str(tmp_path / "missing.csv")])  # as Hydra passes a list
    assert WaveAugment(talker_manifest=both, talker_prob=1.0).talkers == [str(tmp_path / "other.wav"),
                                                                          str(tmp_path / "gone.wav")]


def test_spec_augment_masks_each_utterance_differently():
    torch.manual_seed(0)
    features = torch.ones(4, 40, 200)  # (N, F, T)
    masked = SpecAugment(freq_masks=2, freq_mask_width=10, time_masks=2, time_mask_width=30)(features)
    assert masked.shape == features.shape
    zeros = masked == 0
    assert zeros.any() and not zeros.all()
    assert len({tuple(zeros[i].flatten().tolist()) for i in range(4)}) > 1  # per-utterance masks


def masked_band(features: torch.Tensor, axis: int) -> int:
    """The most wholly zeroed bins (axis 1) or frames (axis 2) of any utterance: one mask's width."""
    zeroed = (features == 0).all(dim=3 - axis)  # (N, F) or (N, T)
    return max(int(z.sum()) for z in zeroed)


def test_spec_augment_keeps_within_the_widths():
    torch.manual_seed(1)
    features = torch.ones(64, 40, 100)
    freq_only = SpecAugment(freq_masks=1, freq_mask_width=8, time_masks=0)(features)
    assert 0 < masked_band(freq_only, 1) <= 8 and masked_band(freq_only, 2) == 0
    time_only = SpecAugment(freq_masks=0, time_masks=1, time_mask_width=80, time_mask_ratio=0.1)(features)
    assert 0 < masked_band(time_only, 2) <= 10  # the ratio caps the width at 10 % of 100 frames
    short = SpecAugment(freq_masks=1, freq_mask_width=500, time_masks=1, time_mask_width=500)(torch.ones(8, 40, 5))
    assert short.shape == (8, 40, 5)  # widths larger than the features are capped, not an error
    assert torch.equal(SpecAugment(freq_masks=0, time_masks=0)(features), features)
