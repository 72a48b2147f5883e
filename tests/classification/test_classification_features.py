"""Feature extraction: frame counts, masked per-utterance normalization, MFCC; SpecAugment settings."""
import pytest
import torch

from classification.features import AugmentConfig, FeatureConfig, FeatureExtractor


@pytest.mark.parametrize("config", [FeatureConfig(), FeatureConfig(kind="mfcc", n_fft=2048, hop_length=320,
                                                                   n_mels=128, n_mfcc=128)])
def test_shapes_and_frame_counts(config):
    waveforms = torch.randn(3, 16000)
    lengths = torch.tensor([16000, 9000, 3000])
    features, frames = FeatureExtractor(config)(waveforms, lengths)
    assert features.shape == (3, config.n_features, config.frames(16000))
    assert frames.tolist() == [config.frames(n) for n in lengths.tolist()]
    assert frames[0] == features.shape[-1]


def test_utterance_normalization_uses_valid_frames_only_and_zeroes_padding():
    extractor = FeatureExtractor(FeatureConfig())
    waveforms = torch.randn(2, 16000) * torch.tensor([[1.0], [0.01]])
    features, frames = extractor(waveforms, torch.tensor([16000, 8000]))
    short = features[1, :, : frames[1]]
    assert torch.allclose(short.mean(-1), torch.zeros(64), atol=1e-4)
    assert torch.allclose(short.std(-1, unbiased=False), torch.ones(64), atol=1e-2)
    assert features[1, :, frames[1]:].abs().sum() == 0


def test_a_clip_has_the_same_features_alone_and_in_a_padded_batch():
    extractor = FeatureExtractor(FeatureConfig())
    clip = torch.randn(1, 7000)
    alone, frames = extractor(clip, torch.tensor([7000]))
    batch, _ = extractor(torch.cat([clip, torch.zeros(1, 9000)], dim=1), torch.tensor([7000]))
    assert torch.allclose(alone, batch[..., : frames[0]], atol=1e-5)


def test_clips_shorter_than_one_window_have_zero_frames():
    features, frames = FeatureExtractor(FeatureConfig())(torch.randn(1, 100), torch.tensor([100]))
    assert frames.tolist() == [0] and features.abs().sum() == 0


def test_bad_settings_are_clear_errors():
    with pytest.raises(ValueError, match="features.kind"):
        FeatureConfig(kind="spectrogram")
    with pytest.raises(ValueError, match="n_mfcc"):
        FeatureConfig(kind="mfcc", n_mfcc=0)


def test_augment_settings_build_the_masks_they_name():
    masks = AugmentConfig(freq_masks=2, freq_width=10, time_masks=1, time_width=30).build()
    assert (masks.freq_masks, masks.freq_mask_width, masks.time_masks, masks.time_mask_width) == (2, 10, 1, 30)
    assert not AugmentConfig(0, 0, 0, 0).enabled and AugmentConfig(0, 0, 0, 0).build() is None
