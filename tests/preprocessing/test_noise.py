import numpy as np
import pytest

from preprocessing.noise import fit_length, mix_at_snr, reverberate, rms
from preprocessing.synthetic.noise import GENERATORS
from preprocessing.synthetic.rooms import simulate_room


@pytest.mark.parametrize("snr", [20, 10, 5, 0, -5])
@pytest.mark.parametrize("kind", ["vacuum", "music", "door", "alarm"])
def test_mix_at_requested_snr(kind, snr):
    rng = np.random.default_rng(0)
    speech = (0.05 * rng.standard_normal(16000)).astype(np.float32)
    noise = GENERATORS[kind](2.0, 16000, rng)
    mixture = mix_at_snr(speech, noise, snr, rng)
    # the mixture may be scaled down as a whole to avoid clipping: undo that before measuring
    scale = float(np.dot(mixture, speech) / np.dot(speech, speech)) if snr > 0 else None
    residual = mixture - (scale or 1.0) * speech
    if scale is None:
        scale = 1.0
    measured = 20 * np.log10(rms(scale * speech) / rms(residual))
    assert abs(measured - snr) < 0.5


def test_noise_is_tiled_to_speech_length():
    rng = np.random.default_rng(1)
    out = mix_at_snr(np.ones(5000, dtype=np.float32) * 0.1, np.ones(100, dtype=np.float32), 10, rng)
    assert out.shape == (5000,) and out.dtype == np.float32


def test_generators_are_deterministic_and_normalized():
    for kind, make in GENERATORS.items():
        a = make(1.0, 16000, np.random.default_rng(3))
        b = make(1.0, 16000, np.random.default_rng(3))
        assert np.array_equal(a, b) and len(a) == 16000 and abs(rms(a) - 0.1) < 1e-3


def test_reverberation_keeps_length_and_level():
    rng = np.random.default_rng(0)
    x = (0.1 * rng.standard_normal(16000)).astype(np.float32)
    rir = simulate_room((5.0, 4.0, 2.6), 0.5, 2.0, rng)
    y = reverberate(x, rir)
    assert y.shape == x.shape and abs(rms(y) - rms(x)) < 1e-3
    assert not np.allclose(x, y)


def test_rms():
    assert rms(np.array([3.0, -4.0, 3.0, -4.0]) / 10) == pytest.approx(np.sqrt(12.5) / 10)
    assert rms(np.zeros(8)) == pytest.approx(1e-10)  # never 0: a silent signal can still be divided by
    assert rms(np.full(4, 300, dtype=np.int16)) == pytest.approx(300.0)  # no int16 overflow when squaring


def test_noise_is_mixed_exactly():
    # speech RMS 0.1, noise RMS 0.2, 0 dB: the noise is scaled by 0.5 and added
    speech = np.array([0.1, -0.1, 0.1, -0.1], dtype=np.float32)
    mixture = mix_at_snr(speech, np.full(4, 0.2), 0.0, np.random.default_rng(0))
    assert mixture.dtype == np.float32 and np.allclose(mixture, [0.2, 0.0, 0.2, 0.0], atol=1e-7)
    assert np.allclose(mix_at_snr(speech, np.full(4, 0.2), 20.0), speech + 0.01, atol=1e-7)  # 20 dB: a tenth


def test_a_mixture_that_would_clip_is_scaled_down_as_a_whole():
    speech = np.array([0.8, -0.8, 0.8, -0.8], dtype=np.float32)
    mixture = mix_at_snr(speech, np.full(4, 0.4), 0.0, np.random.default_rng(0))  # [1.6, 0, 1.6, 0] before
    assert np.allclose(mixture, [0.99, 0.0, 0.99, 0.0], atol=1e-7)
    quiet = mix_at_snr(speech / 2, np.full(4, 0.1), 0.0, np.random.default_rng(0))  # peak 0.8: left as it is
    assert np.allclose(quiet, [0.8, 0.0, 0.8, 0.0], atol=1e-7)


@pytest.mark.parametrize("length", [5, 250, 1000])
def test_noise_is_tiled_and_cropped_at_a_seeded_random_start(length):
    noise = np.arange(100, dtype=np.float32)
    tiled = np.tile(noise, -(-length // 100))
    start = int(np.random.default_rng(7).integers(0, len(tiled) - length + 1))
    assert np.array_equal(fit_length(noise, length, np.random.default_rng(7)), tiled[start : start + length])
    assert np.array_equal(fit_length(noise, 100, np.random.default_rng(7)), noise)  # as long: the whole clip


def test_mixing_is_seeded_and_takes_any_input():
    rng = np.random.default_rng(0)
    speech, noise = (0.1 * rng.standard_normal(1000)).astype(np.float32), rng.standard_normal(3000)
    first = mix_at_snr(speech, noise, 5.0, np.random.default_rng(1))
    assert np.array_equal(first, mix_at_snr(speech, noise, 5.0, np.random.default_rng(1)))
    assert not np.array_equal(first, mix_at_snr(speech, noise, 5.0, np.random.default_rng(2)))
    assert mix_at_snr(speech, noise, 5.0).shape == (1000,)  # without a generator


@pytest.mark.filterwarnings("ignore::RuntimeWarning")  # the RMS of nothing
def test_empty_speech_gives_an_empty_mixture():
    noise = np.random.default_rng(0).standard_normal(3000)
    empty = mix_at_snr(np.zeros(0, dtype=np.float32), noise, 5.0, np.random.default_rng(1))
    assert empty.shape == (0,) and empty.dtype == np.float32
