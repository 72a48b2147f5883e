"""The embedded default corpus: synthetic Korean speech in the AI Hub layouts.

Nobody can download AI Hub data at run time, so the toolkit makes its own
stand-in: sentences from the project's grammar (:mod:`preprocessing.synthetic.generation`)
spoken by every training espeak-ng voice variant with per-utterance pitch, speed
and volume, through simulated microphones (:mod:`preprocessing.synthetic.voice`),
written **exactly** in the 자유대화 folder and JSON layout (``자유대화/Training/…``,
``자유대화/Validation/…``). The same readers that parse the real corpus then
build the manifests, so the demo path is the real path.

Held-out speakers (the Validation folder) speak only held-out sentences: test
numbers are on unseen sentences and unseen voices. The out-of-domain sets
(:mod:`preprocessing.synthetic.ood`) go further: other text, other voices,
other rooms and noise kinds.

This is synthetic speech. Numbers measured on it show that the code works and
how settings compare; they say nothing about accuracy on real recordings.
"""
from __future__ import annotations

import os
import shutil
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
from tqdm import tqdm

from preprocessing.audio import SAMPLE_RATE, write_audio
from preprocessing.files import atomic_write_json, atomic_write_text
from preprocessing.manifest import read_manifest
from preprocessing.pipeline import freetalk_manifests, noise_manifests, vocabulary
from preprocessing.synthetic.generation import generate_sentences, split_sentences
from preprocessing.synthetic.hangul import sentence_syllables
from preprocessing.synthetic.noise import HELD_OUT_NOISE_TYPES, TRAIN_NOISE_TYPES
from preprocessing.synthetic.noisy import make_noisy_sets, write_noise_folder
from preprocessing.synthetic.rooms import HELD_OUT_ROOMS, TRAIN_ROOMS, write_room_bank
from preprocessing.synthetic.voice import PITCH, SPEED, TRAIN_VOICES, Channel, random_channel, speak, through_channel

REGIONS = ("서울", "경기", "경상", "전라", "충청", "강원", "제주")
TAGS = ("(SP:)", "(NO:)", "(SN:)")


@dataclass(frozen=True)
class SynthConfig:
    hours: float = 2.0  # total speech, all folders
    train_speakers: int = 160  # ≥ twice the male voice variants, so every variant speaks
    held_out_speakers: int = 16  # the Validation folder, split later into valid and test
    held_out_share: float = 0.15  # share of the hours spoken by held-out speakers
    held_out_sentences: float = 0.15  # share of the sentences reserved for held-out speakers
    sentences: int = 60_000  # distinct sentences the grammar makes for the corpus to draw from
    outdoor_share: float = 0.1  # speakers labelled 실외 (for the environment filter)
    rooms: int = 48  # simulated rooms in the training bank (noisy sets and augment.wave.rir_dir)
    ood: bool = True  # also build the out-of-domain test sets (preprocessing.synthetic.ood)
    ood_hand_written: int = 10_000  # at most this many of the hand-written home-talk sentences (all: 223)
    ood_written: int = 200  # pieces of konlpy's written Korean in test_ood_text
    ood_voice: int = 200  # held-out sentences in test_ood_voice
    seed: int = 0
    workers: int = os.cpu_count() or 1


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


def estimate_seconds(text: str, speed: int) -> float:
    """Rough espeak-ng duration, used only to plan how many utterances make the requested hours."""
    syllables = sum("가" <= c <= "힣" for c in text)
    return 0.9 + syllables * 0.195 * 160 / speed  # calibrated on the default corpus


def training_sentences(config: SynthConfig) -> tuple[list[str], list[str]]:
    """The grammar's (train, held-out) sentences for ``config``: disjoint, deterministic for its seed."""
    return split_sentences(generate_sentences(n=config.sentences, seed=config.seed), config.held_out_sentences,
                           config.seed)


def plan(config: SynthConfig) -> list[tuple[str, Speaker, str]]:
    """Decide (folder, speaker, sentence) for every utterance; deterministic for a seed."""
    rng = np.random.default_rng(config.seed)
    train_text, held_text = training_sentences(config)
    groups = [
        ("Training", make_speakers(config.train_speakers, rng, 1_600_000_000, config.outdoor_share),
         train_text, config.hours * (1 - config.held_out_share)),
        ("Validation", make_speakers(config.held_out_speakers, rng, 1_700_000_000, config.outdoor_share),
         held_text, config.hours * config.held_out_share),
    ]
    jobs = []
    for folder, speakers, sentences, hours in groups:
        order = rng.permutation(len(sentences))
        seconds, k = 0.0, 0
        while seconds < hours * 3600:
            speaker = speakers[k % len(speakers)]
            text = sentences[order[k % len(sentences)]]
            jobs.append((folder, speaker, text))
            seconds += estimate_seconds(text, speaker.speed)
            k += 1
    return jobs


def synthesize_corpus(root: str | os.PathLike, config: SynthConfig = SynthConfig()) -> dict:
    """Write the clean corpus under ``root/자유대화``; return a summary (utterances, hours, sentences, syllables)."""
    speech_root = Path(root) / "자유대화"
    jobs = [(str(speech_root / folder), speaker, text, i, config.seed * 1_000_003 + i)
            for i, (folder, speaker, text) in enumerate(plan(config))]
    durations = record_all(jobs, config.workers, "synthesizing speech")
    texts = [job[2] for job in jobs]
    train_pool, _ = training_sentences(config)
    summary = {
        "utterances": len(jobs),
        "hours": round(sum(durations) / 3600, 3),
        "distinct_sentences": len(set(texts)),
        "distinct_syllables": len(sentence_syllables(texts)),
        "sentence_pool": {"train": len(train_pool), "train_syllables": len(sentence_syllables(train_pool))},
        "speakers": len({job[1].recorder_id for job in jobs}),
        "voices": len({job[1].voice for job in jobs}),
        "config": asdict(config),
    }
    atomic_write_json(Path(root) / "synthesis.json", summary)  # beside, not inside, the label folders
    return summary


# --- the default corpus, end to end -----------------------------------------------------------

DEFAULT_ROOT = Path("data/synthetic")
OOD_SETS = ("test_ood_text", "test_ood_voice")


def default_paths(root: str | os.PathLike = DEFAULT_ROOT) -> dict[str, Path]:
    """Where :func:`prepare_default_corpus` puts things."""
    root = Path(root)
    manifests = root / "manifests"
    paths = {
        "train": manifests / "train.csv", "valid": manifests / "valid.csv", "test": manifests / "test.csv",
        "noisy_far": manifests / "noisy_far.csv", "noisy_near": manifests / "noisy_near.csv",
        "vocab": manifests / "vocab_syllable.json", "noise_dir": root / "noise", "rir_dir": root / "rooms" / "train",
    }
    for name in OOD_SETS:
        paths[name] = manifests / f"{name}.csv"
        paths[f"{name}_noisy_far"] = manifests / f"{name}_noisy_far.csv"
        paths[f"{name}_noisy_near"] = manifests / f"{name}_noisy_near.csv"
    return paths


def prepare_default_corpus(root: str | os.PathLike = DEFAULT_ROOT, config: SynthConfig = SynthConfig(),
                           force: bool = False) -> dict[str, Path]:
    """Synthesize (if needed) and build every manifest of the default corpus; return :func:`default_paths`.

    Steps: room banks → clean speech → 자유대화 reader → speaker-disjoint folder
    split → noisy copies of the test split in the household-noise layout →
    noise reader → syllable vocabulary → noise-only folder → out-of-domain sets.
    """
    from preprocessing.synthetic.ood import build_ood_sets

    root = Path(root)
    paths = default_paths(root)
    if force and root.exists():
        shutil.rmtree(root)
    rooms = {"train": root / "rooms" / "train", "held_out": root / "rooms" / "held_out"}
    for name, ranges, seed in (("train", TRAIN_ROOMS, config.seed + 5), ("held_out", HELD_OUT_ROOMS, config.seed + 6)):
        if not (rooms[name] / "rooms.json").exists():
            write_room_bank(rooms[name], ranges, config.rooms if name == "train" else max(4, config.rooms // 4),
                            seed, config.workers)
    if not (root / "synthesis.json").exists():
        summary = synthesize_corpus(root, config)
        print(f"synthesized {summary['utterances']} utterances, {summary['hours']} h, "
              f"{summary['distinct_sentences']} sentences, {summary['distinct_syllables']} syllables")
    freetalk_manifests(root / "자유대화", paths["train"].parent, seed=config.seed, workers=config.workers)
    noisy_root = root / "소음환경"
    if not (noisy_root / "done").exists():
        make_noisy_sets(read_manifest(paths["test"]), noisy_root, rooms["train"], TRAIN_NOISE_TYPES,
                        seed=config.seed + 2)
        (noisy_root / "done").touch()
    noise_manifests(noisy_root, paths["train"].parent, workers=config.workers)
    vocabulary(paths["train"], paths["vocab"])
    if not any(paths["noise_dir"].glob("*.wav")):
        write_noise_folder(paths["noise_dir"], TRAIN_NOISE_TYPES, seed=config.seed + 1)
    if config.ood:
        build_ood_sets(root, config, rooms["held_out"], HELD_OUT_NOISE_TYPES)
    _write_readme(root)
    return paths


def ensure_default_corpus(root: str | os.PathLike = DEFAULT_ROOT) -> dict[str, Path]:
    """The default corpus's paths, building it first if any of them is missing."""
    paths = default_paths(root)
    if all(p.exists() for p in paths.values()):
        return paths
    print(f"building the embedded synthetic corpus under {root} (about three minutes on 2 cores, once)")
    return prepare_default_corpus(root)


def ensure_corpus_for(*paths: str | os.PathLike | None) -> None:
    """Build the default corpus if one of ``paths`` lies inside it and is missing.

    Called by command-line entry points only (train, eval, lm, benchmarks), so
    that every command runs with no arguments on a fresh clone; paths anywhere
    else (your own data) are never touched.
    """
    if any(p is not None and Path(p).is_relative_to(DEFAULT_ROOT) and not Path(p).exists() for p in paths):
        ensure_default_corpus(DEFAULT_ROOT)


def _write_readme(root: Path) -> None:
    atomic_write_text(root / "README.md", (
        "# Synthetic Korean speech corpus (made by `python -m preprocessing synth`)\n\n"
        "Everything here is SYNTHETIC: sentences from the toolkit's own grammar, spoken by espeak-ng\n"
        "with varied voices, pitches, speeds and simulated microphones, in simulated rooms\n"
        "(pyroomacoustics), with synthetic household noise. It uses the AI Hub 자유대화 and household-noise\n"
        "layouts so the real readers are exercised. `manifests/test_ood_*` are out-of-domain test sets\n"
        "(other text, voices, rooms and noise kinds than training; never used for training or tuning).\n"
        "Error rates measured on it show that the code works and how settings compare; they are not\n"
        "real-world accuracy. See synthesis.json and ood.json for the exact configuration.\n"
    ))
