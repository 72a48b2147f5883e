"""Rooms: impulse responses of simulated shoebox rooms (pyroomacoustics), as a precomputed bank.

A room is a box of random size with walls whose absorption gives a requested
reverberation time (RT60, Sabine's formula inverted by
``pyroomacoustics.inverse_sabine``); a talker and a microphone stand at random
places 0.5–5 m apart. Its impulse response comes from the image-source method
plus ray tracing for the late tail. :func:`write_room_bank` writes many such
responses as WAV files once; the noisy test sets and training augmentation
(``augment.wave.rir_dir``) read them, so training never simulates a room.

The training bank and the held-out bank (out-of-domain noisy sets only) use
disjoint room size and RT60 ranges, so held-out rooms are rooms a model has
never heard.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from preprocessing.audio import SAMPLE_RATE, write_audio
from preprocessing.files import atomic_write_json


@dataclass(frozen=True)
class RoomRanges:
    """What rooms a bank holds: sizes in metres, reverberation times in seconds, talker distances in metres."""

    length: tuple[float, float]
    width: tuple[float, float]
    height: tuple[float, float]
    rt60: tuple[float, float]
    distance: tuple[float, float] = (0.5, 5.0)


TRAIN_ROOMS = RoomRanges(length=(3.0, 7.0), width=(2.5, 5.0), height=(2.3, 2.8), rt60=(0.2, 0.7))
HELD_OUT_ROOMS = RoomRanges(length=(7.5, 12.0), width=(5.5, 9.0), height=(2.9, 3.6), rt60=(0.75, 1.2))


def simulate_room(size: tuple[float, float, float], rt60: float, distance: float, rng: np.random.Generator,
                  rate: int = SAMPLE_RATE) -> np.ndarray:
    """Impulse response of a shoebox room with the given RT60, talker ``distance`` m from the microphone."""
    import pyroomacoustics as pra

    size = np.asarray(size, dtype=float)
    absorption, max_order = pra.inverse_sabine(rt60, size)
    room = pra.ShoeBox(size, fs=rate, materials=pra.Material(absorption), max_order=min(max_order, 12),
                       use_rand_ism=False, air_absorption=True, ray_tracing=True)
    room.set_ray_tracing(receiver_radius=0.5, n_rays=2000)
    margin = 0.4
    for _ in range(1000):  # a microphone and a talker inside the room, the requested distance apart
        mic = rng.uniform([margin, margin, 0.8], [size[0] - margin, size[1] - margin, 1.6])
        direction = rng.normal(size=3)
        direction[2] *= 0.1
        source = mic + distance * direction / np.linalg.norm(direction)
        if np.all(source > margin) and np.all(source < size - margin):
            break
    else:
        raise ValueError(f"a {size} m room has no two points {distance} m apart")
    room.add_source(source)
    room.add_microphone(mic)
    room.compute_rir()
    rir = np.asarray(room.rir[0][0], dtype=np.float64)
    rir = rir[int(np.argmax(np.abs(rir) > 0.01 * np.abs(rir).max())) :]  # start at the direct sound
    return (rir / np.sqrt(np.sum(rir**2))).astype(np.float32)


def measure_rt60(rir: np.ndarray, rate: int = SAMPLE_RATE) -> float:
    """RT60 of an impulse response by Schroeder backward integration (T30: the −5…−35 dB slope, ×2)."""
    energy = np.cumsum(np.asarray(rir, dtype=np.float64)[::-1] ** 2)[::-1]
    decay = 10 * np.log10(energy / energy[0] + 1e-300)
    start, end = int(np.argmax(decay <= -5)), int(np.argmax(decay <= -35))
    if end <= start:
        raise ValueError("the impulse response decays by less than 35 dB")
    t = np.arange(start, end) / rate
    slope = np.polyfit(t, decay[start:end], 1)[0]  # dB per second
    return float(-60.0 / slope)


def random_room(job: tuple) -> tuple[np.ndarray, dict]:
    """A room drawn from ``(ranges, seed)``: its impulse response and its settings."""
    ranges, seed = job
    rng = np.random.default_rng(seed)
    size = tuple(float(rng.uniform(*r)) for r in (ranges.length, ranges.width, ranges.height))
    rt60 = float(rng.uniform(*ranges.rt60))
    distance = float(rng.uniform(*ranges.distance))
    distance = min(distance, 0.8 * min(size[0], size[1]))  # fits the room
    info = {"size_m": [round(x, 2) for x in size], "rt60_s": round(rt60, 3), "distance_m": round(distance, 2)}
    return simulate_room(size, rt60, distance, rng), info


def write_room_bank(folder: str | os.PathLike, ranges: RoomRanges, count: int, seed: int,
                    workers: int = 1) -> list[Path]:
    """Simulate ``count`` rooms from ``ranges`` and write ``room_<k>.wav`` plus ``rooms.json`` (their settings)."""
    from concurrent.futures import ProcessPoolExecutor

    folder = Path(folder)
    jobs = [(ranges, seed * 10_007 + k) for k in range(count)]
    with ProcessPoolExecutor(max(1, workers)) as pool:
        results = list(pool.map(random_room, jobs))
    paths, infos = [], {}
    for k, (rir, info) in enumerate(results):
        path = folder / f"room_{k:03d}.wav"
        write_audio(path, rir / max(1e-9, float(np.abs(rir).max())))
        paths.append(path)
        infos[path.name] = info
    atomic_write_json(folder / "rooms.json", infos)
    return paths
