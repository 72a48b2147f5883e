import numpy as np
import pytest

from preprocessing.noise import mix_at_snr, reverberate, rms
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
