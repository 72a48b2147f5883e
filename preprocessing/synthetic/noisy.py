"""Noisy test sets in the AI Hub household-noise layout, and a noise-only folder.

:func:`make_noisy_sets` takes a clean manifest (by default the test split) and
writes two noisy copies of every utterance, in the layout of AI Hub's
"명령어 인식을 위한 소음 환경 데이터" (가정환경)::

    소음환경/01.원천데이터/가정/근거리/<name>.wav     near-field: SNR 5–20 dB
    소음환경/01.원천데이터/가정/원거리/<name>.wav     far-field: a simulated room + SNR −5–5 dB
    소음환경/02.라벨링데이터/가정/…/<name>.json      {"file": {"name", "length"}, "speaker": {"gender"},
                                                   "command": {"text"}, "noise": {...}}

The rooms come from a bank of impulse responses (:mod:`preprocessing.synthetic.rooms`)
and the noise kinds are chosen by the caller: the default noisy sets use the
training kinds and rooms, the out-of-domain ones the held-out kinds and rooms.

:func:`write_noise_folder` writes noise-only clips for noise-injection
training. Its clips come from a different random stream than the test noise,
so a model never hears the exact test noise in training.

Works on real test manifests too: ``python -m preprocessing noisy --manifest test.csv``.
"""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd
from tqdm import tqdm

from preprocessing.audio import SAMPLE_RATE, find_audio_files, load_audio, write_audio
from preprocessing.files import atomic_write_json
from preprocessing.noise import mix_at_snr, reverberate
from preprocessing.synthetic.noise import GENERATORS, NEEDS_VOICES, TRAIN_NOISE_TYPES

CONDITIONS = {  # name → (folder, SNR range in dB, reverberation)
    "near": ("근거리", (5.0, 20.0), False),
    "far": ("원거리", (-5.0, 5.0), True),
}


def noise_bank(seed: int, kinds: tuple[str, ...] = TRAIN_NOISE_TYPES, clips_per_type: int = 3, seconds: float = 20.0,
               babble_voices: list[np.ndarray] | None = None) -> dict[str, list[np.ndarray]]:
    """``clips_per_type`` clips of every noise kind in ``kinds``."""
    rng = np.random.default_rng(seed)
    bank = {}
    for kind in kinds:
        make = GENERATORS[kind]
        extra = {"voices": babble_voices} if kind in NEEDS_VOICES else {}
        bank[kind] = [make(seconds, SAMPLE_RATE, rng, **extra) for _ in range(clips_per_type)]
    return bank


def babble_voices(count: int, seed: int) -> list[np.ndarray]:
    """A few training voices reading random grammar sentences, to build babble and TV noise."""
    from preprocessing.synthetic.generation import generate_sentences
    from preprocessing.synthetic.voice import TRAIN_VOICES, speak

    rng = np.random.default_rng(seed)
    sentences = generate_sentences(n=count * 3, seed=seed + 1)
    voices = TRAIN_VOICES["male"] + TRAIN_VOICES["female"]
    return [np.concatenate([speak(sentences[3 * k + j], voices[int(rng.integers(len(voices)))],
                                  int(rng.integers(20, 85))) for j in range(3)]) for k in range(count)]


def load_rooms(rir_dir: str | os.PathLike | None, seed: int) -> list[np.ndarray]:
    """The impulse responses under ``rir_dir``; without one, eight training rooms simulated in memory."""
    if rir_dir is None:
        from preprocessing.synthetic.rooms import TRAIN_ROOMS, random_room

        return [random_room((TRAIN_ROOMS, seed * 101 + k))[0] for k in range(8)]
    files = find_audio_files([rir_dir]) if Path(rir_dir).is_dir() else []
    if not files:
        raise ValueError(f"no impulse responses (audio files) under {rir_dir}")
    return [load_audio(p) for p in files]


def write_noise_folder(folder: str | os.PathLike, kinds: tuple[str, ...] = TRAIN_NOISE_TYPES, seed: int = 1,
                       clips_per_type: int = 4, seconds: float = 20.0) -> list[Path]:
    """Noise-only WAVs ``<type>_<k>.wav`` for noise-injection training."""
    bank = noise_bank(seed, kinds, clips_per_type, seconds, babble_voices(4, seed))
    paths = []
    for kind, clips in bank.items():
        for k, clip in enumerate(clips):
            path = Path(folder) / f"{kind}_{k}.wav"
            write_audio(path, clip)
            paths.append(path)
    return paths


def make_noisy_sets(manifest: pd.DataFrame, root: str | os.PathLike, rir_dir: str | os.PathLike | None = None,
                    kinds: tuple[str, ...] = TRAIN_NOISE_TYPES, seed: int = 2) -> int:
    """Write near- and far-field noisy copies of every row of ``manifest`` under ``root``; return the count.

    Noise kinds come from ``kinds``; far-field copies are heard in a room from ``rir_dir``.
    """
    root = Path(root)
    voices = babble_voices(4, seed) if set(kinds) & set(NEEDS_VOICES) else None
    bank = noise_bank(seed, kinds, babble_voices=voices)
    rooms = load_rooms(rir_dir, seed)
    rng = np.random.default_rng(seed)
    written = 0
    for row in tqdm(manifest.itertuples(), total=len(manifest), desc="noisy test sets", unit="utt", disable=None):
        clean = load_audio(row.path)
        name = Path(row.path).stem
        for condition, (folder, (low, high), reverb) in CONDITIONS.items():
            kind = kinds[int(rng.integers(len(kinds)))]
            clips = bank[kind]
            noise = clips[int(rng.integers(len(clips)))]
            snr = float(rng.uniform(low, high))
            room = int(rng.integers(len(rooms)))
            speech = reverberate(clean, rooms[room]) if reverb else clean
            noisy = mix_at_snr(speech, noise, snr, rng)
            wav = root / "01.원천데이터" / "가정" / folder / f"{name}.wav"
            write_audio(wav, noisy)
            label = {
                "file": {"name": wav.name, "length": f"{len(noisy) / SAMPLE_RATE:.3f}"},
                "speaker": {"gender": "남" if row.gender == "male" else "여"},
                "command": {"text": row.text},
                "noise": {"type": kind, "snr_db": round(snr, 2), "reverberation": reverb,
                          "room": room if reverb else None, "synthetic": True},
            }
            atomic_write_json(root / "02.라벨링데이터" / "가정" / folder / f"{name}.json", label)
            written += 1
    return written
