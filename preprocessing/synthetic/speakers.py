"""Speakers: who says what, recorded as a WAV and a label in the AI Hub 자유대화 schema.

A :class:`Speaker` is an espeak-ng voice variant with a pitch, a speed and a
microphone channel (:mod:`preprocessing.synthetic.voice`) plus the metadata the
자유대화 labels carry (gender, age, region, recording environment).
"""
from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
from tqdm import tqdm

from preprocessing.audio import SAMPLE_RATE, write_audio
from preprocessing.files import atomic_write_json
from preprocessing.synthetic.voice import PITCH, SPEED, TRAIN_VOICES, Channel, random_channel, speak, through_channel

REGIONS = ("서울", "경기", "경상", "전라", "충청", "강원", "제주")
TAGS = ("(SP:)", "(NO:)", "(SN:)")


@dataclass(frozen=True)
class Speaker:
    recorder_id: str
    gender: str
    age: int
    region: str
    env: str
    voice: str
    pitch: int
    speed: int
    channel: Channel

    @property
    def folder(self) -> str:
        sex = "M" if self.gender == "male" else "F"
        return f"일반남여_일반통합01_{sex}_{self.recorder_id}_{self.age}_{self.region}_{self.env}"


def make_speakers(count: int, rng: np.random.Generator, first_id: int, outdoor_share: float,
                  voices: dict[str, tuple[str, ...]] = TRAIN_VOICES, pitch: dict = PITCH,
                  speeds: tuple[tuple[int, int], ...] = (SPEED,)) -> list[Speaker]:
    """``count`` speakers, alternating gender, with pitch, speed and channel drawn at random.

    Voice variants are dealt out in a shuffled order, so that every variant
    speaks once there are twice as many speakers as variants of a gender.
    """
    order = {gender: [str(v) for v in rng.permutation(list(choices))] for gender, choices in voices.items()}
    speakers = []
    for k in range(count):
        gender = "female" if k % 2 == 0 else "male"
        speed = speeds[int(rng.integers(len(speeds)))]
        speakers.append(Speaker(
            recorder_id=str(first_id + k),
            gender=gender,
            age=int(rng.integers(20, 60)),
            region=str(rng.choice(REGIONS)),
            env="실외" if rng.random() < outdoor_share else "실내",
            voice=order[gender][k // 2 % len(order[gender])],
            pitch=int(rng.integers(*pitch[gender])),
            speed=int(rng.integers(*speed)),
            channel=random_channel(rng),
        ))
    return speakers


def record(speaker: Speaker, text: str, rng: np.random.Generator) -> np.ndarray:
    """Speak ``text`` as ``speaker`` (pitch and speed vary a little per utterance) through their channel."""
    pitch = int(np.clip(speaker.pitch + rng.integers(-4, 5), 0, 99))
    speed = speaker.speed + int(rng.integers(-10, 11))
    return through_channel(speak(text, speaker.voice, pitch, speed), speaker.channel, rng)


def freetalk_label(speaker: Speaker, text: str, stt: str, file_name: str, duration: float, index: int) -> dict:
    """A label in the AI Hub 자유대화 schema (plus a ``synthetic`` block saying how it was made)."""
    return {
        "발화정보": {"stt": stt, "scriptId": f"SYN_{index:06d}", "fileNm": file_name,
                   "recrdTime": f"{duration:.3f}", "recrdQuality": "16K",
                   "recrdDt": "2026-01-01 00:00:00", "scriptSetNo": f"SYN{index // 100:04d}"},
        "대화정보": {"recrdEnvrn": speaker.env, "colctUnitCode": "SYNTH", "cityCode": speaker.region,
                   "recrdUnit": "espeak-ng", "convrsThema": "가정생활"},
        "녹음자정보": {"gender": "남" if speaker.gender == "male" else "여",
                    "recorderId": speaker.recorder_id, "age": speaker.age},
        "synthetic": {"engine": "espeak-ng", "voice": f"ko+{speaker.voice}", "pitch": speaker.pitch,
                      "speed": speaker.speed, "spoken_text": text, "channel": asdict(speaker.channel)},
    }


def write_utterance(job: tuple) -> float:
    """Record one (folder, speaker, text, index, seed) job as a WAV and its 자유대화 label; return seconds."""
    folder, speaker, text, index, seed = job
    rng = np.random.default_rng(seed)
    audio = record(speaker, text, rng)
    stt = text
    if rng.random() < 0.1:  # real labels carry noise tags; the reader must remove them
        stt = f"{rng.choice(TAGS)}{text}" if rng.random() < 0.5 else f"{text} {rng.choice(TAGS)}"
    name = f"{speaker.folder}_{index:04d}.wav"
    out = Path(folder) / speaker.folder
    write_audio(out / name, audio)
    duration = len(audio) / SAMPLE_RATE
    atomic_write_json((out / name).with_suffix(".json"), freetalk_label(speaker, text, stt, name, duration, index))
    return duration


def record_all(jobs: list[tuple], workers: int, desc: str) -> list[float]:
    """Run :func:`write_utterance` over ``jobs`` in a process pool (espeak-ng is a subprocess per utterance)."""
    with ProcessPoolExecutor(max(1, workers)) as pool:
        return list(tqdm(pool.map(write_utterance, jobs, chunksize=16), total=len(jobs),
                         desc=desc, unit="utt", disable=None))
