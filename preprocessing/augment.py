"""Training augmentation, shared by the speech recognizer and the gender classifier.

* :class:`WaveAugment` perturbs one ``(S,)`` waveform in memory, in the data-loading
  workers: speed, reverberation (far-field microphones), a competing talker (another
  utterance, as from a TV or someone else in the room), household noise at a random
  SNR, volume. Settings: ``augment.wave``.
* :class:`SpecAugment` masks bands of feature bins and frames of a feature batch
  ``(N, F, T)``, with the features. Settings: ``augment.spec``.

Both in ``configs/deepspeech2/augment/*.yaml`` and ``configs/classification/augment/*.yaml``.
"""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

import numpy as np
import torch
import torchaudio
from torch import nn

from preprocessing.audio import SAMPLE_RATE, AudioError, find_audio_files, load_audio
from preprocessing.manifest import ManifestError, Manifests, read_manifest
from preprocessing.noise import mix_at_snr, reverberate


class AugmentError(ValueError):
    """Augmentation settings that cannot be used (e.g. noise injection without noise files)."""


class WaveAugment:
    """Speed perturbation, reverberation, a competing talker, noise injection and volume perturbation of one
    ``(S,)`` waveform.

    Reverberation convolves with a room impulse response from ``rir_dir`` (a
    precomputed bank, loaded once: the embedded corpus writes simulated rooms to
    ``data/synthetic/rooms/train``), as far-field microphones hear a room.

    A competing talker is another utterance of ``talker_manifest`` (usually the
    training manifest itself), reverberated by a room of ``rir_dir`` when there
    is one (a talker across the room, or a TV) and mixed in at a speech-to-talker
    ratio drawn from ``talker_snr_db``; the transcript stays the near talker's, so
    the model learns to follow the louder, drier voice and ignore the other.
    Its audio is read when drawn; unreadable files are skipped.

    Runs in the data-loading workers, in memory. Random draws come from a
    NumPy generator seeded from ``torch.initial_seed()``, which Lightning's
    ``seed_everything(workers=True)`` makes distinct per worker and per epoch.
    """

    def __init__(self, speed_factors: Sequence[float] = (1.0,), gain_db: Sequence[float] = (0.0, 0.0),
                 noise_dir: str | None = None, noise_prob: float = 0.0, snr_db: Sequence[float] = (0.0, 20.0),
                 reverb_prob: float = 0.0, rir_dir: str | None = None, talker_manifest: Manifests | None = None,
                 talker_prob: float = 0.0, talker_snr_db: Sequence[float] = (0.0, 10.0),
                 sample_rate: int = SAMPLE_RATE):
        self.speed_factors = [float(f) for f in speed_factors]
        self.reverb_prob = float(reverb_prob)
        self.gain_db = [float(g) for g in gain_db]
        self.noise_prob = float(noise_prob)
        self.snr_db = [float(s) for s in snr_db]
        self.sample_rate = sample_rate
        self.talker_prob = float(talker_prob)
        self.talker_snr_db = [float(s) for s in talker_snr_db]
        self.noises = self._load_clips(noise_dir, "noise_dir", "noise injection") if self.noise_prob > 0 else []
        self.talkers = self._talker_paths(talker_manifest) if self.talker_prob > 0 else []
        use_rooms = self.reverb_prob > 0 or (self.talkers and rir_dir)  # competing talkers are reverberated if they can be
        self.rooms = self._load_clips(rir_dir, "rir_dir", "reverberation") if use_rooms else []
        self._rng: np.random.Generator | None = None

    def _load_clips(self, folder: str | None, setting: str, purpose: str) -> list[np.ndarray]:
        """Every audio clip under ``folder``, loaded once and kept in memory."""
        files = find_audio_files([folder]) if folder and Path(folder).is_dir() else []
        if not files:
            raise AugmentError(f"{purpose} needs audio files in augment.wave.{setting} (got {folder!r}; "
                               "the embedded corpus's are made by `python -m preprocessing synth`)")
        return [load_audio(p, self.sample_rate) for p in files]

    @staticmethod
    def _talker_paths(manifest: Manifests | None) -> list[str]:
        """The audio paths of ``manifest`` (or of a list of manifests), whose utterances serve as competing talkers."""
        if not manifest:
            raise AugmentError("a competing talker (augment.wave.talker_prob > 0) needs a manifest of speech in "
                               "augment.wave.talker_manifest (e.g. the training manifest)")
        try:
            return [str(path) for path in read_manifest(manifest)["path"]]
        except ManifestError as err:
            raise AugmentError(f"augment.wave.talker_manifest: {err}") from err

    def competing_talker(self) -> np.ndarray | None:
        """Another utterance (reverberated when there are rooms), or None if the ones drawn were unreadable."""
        for _ in range(3):
            try:
                talker = load_audio(self.talkers[self.rng.integers(len(self.talkers))], self.sample_rate)
            except AudioError:
                continue
            return reverberate(talker, self.rooms[self.rng.integers(len(self.rooms))]) if self.rooms else talker
        return None

    @property
    def max_stretch(self) -> float:
        """How much longer an utterance can get (slowest speed factor)."""
        return 1.0 / min(self.speed_factors)

    @property
    def rng(self) -> np.random.Generator:
        if self._rng is None:
            self._rng = np.random.default_rng(torch.initial_seed())
        return self._rng

    def draw_speed(self) -> float:
        return float(self.rng.choice(self.speed_factors))

    def __call__(self, waveform: np.ndarray, speed: float | None = None) -> np.ndarray:
        """The perturbed waveform; ``speed`` is drawn from ``speed_factors`` unless given."""
        return self.degrade(self.change_speed(waveform, speed))

    def change_speed(self, waveform: np.ndarray, speed: float | None = None) -> np.ndarray:
        """Speed perturbation alone (``speed``, or one drawn from ``speed_factors``): the words change length,
        so the transcript's timing does too."""
        factor = self.draw_speed() if speed is None else speed
        if factor != 1.0:
            waveform = torchaudio.functional.speed(torch.from_numpy(waveform), self.sample_rate, factor)[0].numpy()
        return waveform

    def degrade(self, waveform: np.ndarray) -> np.ndarray:
        """Reverberation, a competing talker, noise and volume: the length and the timing of the words stay, so
        the result lines up frame by frame with ``waveform`` (what clean-to-noisy distillation needs)."""
        rng = self.rng
        if self.reverb_prob and rng.random() < self.reverb_prob:
            waveform = reverberate(waveform, self.rooms[rng.integers(len(self.rooms))])
        if self.talkers and rng.random() < self.talker_prob:
            talker = self.competing_talker()
            if talker is not None:
                waveform = mix_at_snr(waveform, talker, rng.uniform(*self.talker_snr_db), rng)
        if self.noises and rng.random() < self.noise_prob:
            noise = self.noises[rng.integers(len(self.noises))]
            waveform = mix_at_snr(waveform, noise, rng.uniform(*self.snr_db), rng)
        gain = 10 ** (rng.uniform(*self.gain_db) / 20)
        return (waveform * gain).astype(np.float32)


class SpecAugment(nn.Module):
    """Frequency and time masking (Park et al., 2019) of features ``(N, F, T)``, drawn per utterance.

    Masked values are set to 0, the mean of normalized features. A frequency
    mask is at most ``freq_mask_width`` bins wide; a time mask at most
    ``time_mask_width`` frames and at most ``time_mask_ratio`` of the batch's
    (padded) frames. Zero masks or zero widths: the features pass unchanged.
    """

    def __init__(self, freq_masks: int = 2, freq_mask_width: int = 27, time_masks: int = 2,
                 time_mask_width: int = 40, time_mask_ratio: float = 1.0):
        super().__init__()
        self.freq_masks, self.freq_mask_width = freq_masks, freq_mask_width
        self.time_masks, self.time_mask_width, self.time_mask_ratio = time_masks, time_mask_width, time_mask_ratio

    def forward(self, features: torch.Tensor) -> torch.Tensor:
        x = features.unsqueeze(1)  # (N, 1, F, T): mask_along_axis_iid wants a channel axis
        for count, width, ratio, axis in ((self.freq_masks, self.freq_mask_width, 1.0, 2),
                                          (self.time_masks, self.time_mask_width, self.time_mask_ratio, 3)):
            for _ in range(count):
                # p caps the width at that share of the axis; a width below one frame or bin masks nothing
                x = torchaudio.functional.mask_along_axis_iid(x, min(width, x.shape[axis]), 0.0, axis, p=ratio)
        return x.squeeze(1)  # (N, F, T)
