import pytest
import torch

from deepspeech2.features import FeatureConfig, FeatureExtractor, estimate_global_stats
from deepspeech2.model import lengths_to_mask


def batch(lengths=(16000, 9000, 4001), seed=0):
    """Random padded waveforms ``(N, S)`` (zeros past each length) and their lengths."""
    lengths = torch.tensor(lengths)
    waveforms = torch.randn(len(lengths), int(lengths.max()), generator=torch.Generator().manual_seed(seed)) * 0.1
    return waveforms * lengths_to_mask(lengths, waveforms.shape[1]), lengths


def test_sizes_are_derived_from_milliseconds():
    config = FeatureConfig()  # 20 ms window, 10 ms hop at 16 kHz: the original 161 bins
    assert (config.win_length, config.hop_length, config.n_bins) == (320, 160, 161)
    assert FeatureConfig(kind="mel", n_mels=64, window_ms=25.0).win_length == 400
    assert FeatureConfig(kind="mel", n_mels=64).n_bins == 64


@pytest.mark.parametrize("kind", ["spectrogram", "mel"])
@pytest.mark.parametrize("normalize", ["utterance", "none"])
def test_utterance_alone_equals_padded_batch(kind, normalize):
    extractor = FeatureExtractor(FeatureConfig(kind=kind, n_mels=40, normalize=normalize))
    waveforms, lengths = batch()
    features, frames = extractor(waveforms, lengths)
    assert features.shape[:2] == (3, extractor.config.n_bins)
    for i, length in enumerate(lengths):
        alone, alone_frames = extractor(waveforms[i : i + 1, :length], lengths[i : i + 1])
        assert alone.shape[-1] == alone_frames.item() == frames[i].item()  # frame lengths are exact
        torch.testing.assert_close(alone[0], features[i, :, : frames[i]], atol=1e-4, rtol=1e-4)
        assert features[i, :, frames[i] :].abs().sum() == 0


def test_utterance_normalization_uses_valid_frames_only():
    features, frames = FeatureExtractor(FeatureConfig(kind="mel", n_mels=40))(*batch())
    for i, n in enumerate(frames):
        valid = features[i, :, :n]
        torch.testing.assert_close(valid.mean(-1), torch.zeros(40), atol=1e-4, rtol=0)
        torch.testing.assert_close(valid.std(-1, unbiased=False), torch.ones(40), atol=1e-2, rtol=0)


def test_global_statistics_normalize_the_data_they_come_from():
    waveforms, lengths = batch()
    clips = [w[:n].numpy() for w, n in zip(waveforms, lengths)]
    config = estimate_global_stats(clips, FeatureConfig(kind="mel", n_mels=40, normalize="global"))
    assert len(config.mean) == len(config.std) == 40 and all(isinstance(v, float) for v in config.mean)
    features, frames = FeatureExtractor(config)(waveforms, lengths)
    valid = features.transpose(1, 2)[lengths_to_mask(frames, features.shape[-1])]  # (frames, F)
    torch.testing.assert_close(valid.mean(0), torch.zeros(40), atol=1e-3, rtol=0)


def test_global_normalization_needs_statistics():
    with pytest.raises(ValueError, match="estimate_global_stats"):
        FeatureExtractor(FeatureConfig(normalize="global"))


def test_input_shorter_than_a_window_gives_one_frame():
    features, frames = FeatureExtractor(FeatureConfig())(torch.zeros(1, 100), torch.tensor([100]))
    assert features.shape == (1, 161, 1) and frames.tolist() == [1]


def test_bad_settings_are_rejected():
    with pytest.raises(ValueError, match="kind"):
        FeatureConfig(kind="mfcc")
    with pytest.raises(ValueError, match="normalize"):
        FeatureConfig(normalize="batch")
