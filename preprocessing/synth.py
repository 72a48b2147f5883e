"""The embedded default corpus: synthetic Korean speech in the AI Hub layouts.

Nobody can download AI Hub data at run time, so the toolkit makes its own
stand-in: sentences from :mod:`preprocessing.sentences` spoken by
``espeak-ng`` with many male and female voice variants, pitches, speeds and
simulated microphones, written **exactly** in the 자유대화 folder and JSON
layout (``자유대화/Training/…``, ``자유대화/Validation/…``). The same readers
that parse the real corpus then build the manifests, so the demo path is the
real path.

Held-out speakers (the Validation folder) speak only held-out sentences: test
numbers are on unseen sentences and unseen voices.

This is synthetic speech. Numbers measured on it show that the code works and
how settings compare; they say nothing about accuracy on real recordings.
"""
from __future__ import annotations

import io
import os
import shutil
import subprocess
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import soundfile as sf
from scipy.signal import butter, sosfilt
from tqdm import tqdm

from preprocessing.audio import SAMPLE_RATE, resample, write_audio
from preprocessing.files import atomic_write_json
from preprocessing.sentences import generate_sentences, split_sentences

MALE_VOICES = ("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "Andy", "Lee", "Denis", "Diogo",
               "Henrique", "Hugo", "Marco", "antonio", "michel", "miguel", "sandro", "travis",
               "victor", "adam", "benjamin", "boris", "caleb", "david", "edward", "john", "max",
               "norbert", "pablo", "paul", "pedro", "robert", "zac")
FEMALE_VOICES = ("f1", "f2", "f3", "f4", "f5", "Andrea", "anika", "belinda", "grandma", "linda",
                 "steph", "steph2", "steph3", "Alicia", "Annie", "aunty")
PITCH = {"male": (20, 50), "female": (50, 85)}  # espeak-ng -p (0–99)
REGIONS = ("서울", "경기", "경상", "전라", "충청", "강원", "제주")
TAGS = ("(SP:)", "(NO:)", "(SN:)")


@dataclass(frozen=True)
class SynthConfig:
    hours: float = 2.0  # total speech, all folders
    train_speakers: int = 60
    held_out_speakers: int = 16  # the Validation folder, split later into valid and test
    held_out_share: float = 0.15  # share of the hours spoken by held-out speakers
    held_out_sentences: float = 0.15  # share of the sentences reserved for held-out speakers
    outdoor_share: float = 0.1  # speakers labelled 실외 (for the environment filter)
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
    lowpass: float  # Hz, simulated microphone bandwidth
    highpass: float
    noise_floor_db: float

    @property
    def folder(self) -> str:
        sex = "M" if self.gender == "male" else "F"
        return f"일반남여_일반통합01_{sex}_{self.recorder_id}_{self.age}_{self.region}_{self.env}"


def make_speakers(count: int, rng: np.random.Generator, first_id: int, outdoor_share: float) -> list[Speaker]:
    """``count`` speakers, alternating gender, with random voice variant, pitch, speed and channel."""
    speakers = []
    for k in range(count):
        gender = "female" if k % 2 == 0 else "male"
        voices = FEMALE_VOICES if gender == "female" else MALE_VOICES
        speakers.append(Speaker(
            recorder_id=str(first_id + k),
            gender=gender,
            age=int(rng.integers(20, 60)),
            region=str(rng.choice(REGIONS)),
            env="실외" if rng.random() < outdoor_share else "실내",
            voice=str(voices[int(rng.integers(len(voices)))]),
            pitch=int(rng.integers(*PITCH[gender])),
            speed=int(rng.integers(135, 195)),
            lowpass=float(rng.uniform(3800, 7800)),
            highpass=float(rng.uniform(60, 250)),
            noise_floor_db=float(rng.uniform(-65, -45)),
        ))
    return speakers


def speak(text: str, voice: str = "", pitch: int = 50, speed: int = 160) -> np.ndarray:
    """Korean ``text`` spoken by espeak-ng (``ko`` plus an optional variant) → 16 kHz float32."""
    if shutil.which("espeak-ng") is None:
        raise RuntimeError("espeak-ng is not installed (Debian/Ubuntu: apt-get install espeak-ng)")
    name = f"ko+{voice}" if voice else "ko"
    wav = subprocess.run(
        ["espeak-ng", "-v", name, "-p", str(pitch), "-s", str(speed), "--stdout", text],
        check=True, capture_output=True,
    ).stdout
    samples, rate = sf.read(io.BytesIO(wav), dtype="float32")
    return resample(samples, rate, SAMPLE_RATE)


def record(speaker: Speaker, text: str, rng: np.random.Generator) -> np.ndarray:
    """Speak ``text`` as ``speaker`` and pass it through a simulated microphone and room tone."""
    speech = speak(text, speaker.voice, speaker.pitch + int(rng.integers(-3, 4)), speaker.speed + int(rng.integers(-8, 9)))
    sos = butter(4, [speaker.highpass, speaker.lowpass], btype="band", fs=SAMPLE_RATE, output="sos")
    speech = sosfilt(sos, speech)
    pad = lambda: np.zeros(int(SAMPLE_RATE * rng.uniform(0.1, 0.4)))  # noqa: E731
    audio = np.concatenate([pad(), speech, pad()])
    audio = audio / (np.max(np.abs(audio)) + 1e-9) * rng.uniform(0.3, 0.9)
    audio += rng.standard_normal(len(audio)) * 10 ** (speaker.noise_floor_db / 20)
    return audio.astype(np.float32)


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
                      "speed": speaker.speed, "spoken_text": text},
    }


def _write_utterance(job: tuple) -> float:
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


def estimate_seconds(text: str, speed: int) -> float:
    """Rough espeak-ng duration, used only to plan how many utterances make the requested hours."""
    syllables = sum("가" <= c <= "힣" for c in text)
    return 0.9 + syllables * 0.195 * 160 / speed  # calibrated on the default corpus


def plan(config: SynthConfig) -> list[tuple[str, Speaker, str]]:
    """Decide (folder, speaker, sentence) for every utterance; deterministic for a seed."""
    rng = np.random.default_rng(config.seed)
    train_text, held_text = split_sentences(generate_sentences(seed=config.seed), config.held_out_sentences, config.seed)
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
    with ProcessPoolExecutor(max(1, config.workers)) as pool:
        durations = list(tqdm(pool.map(_write_utterance, jobs, chunksize=16), total=len(jobs),
                              desc="synthesizing speech", unit="utt", disable=None))
    texts = [job[2] for job in jobs]
    summary = {
        "utterances": len(jobs),
        "hours": round(sum(durations) / 3600, 3),
        "distinct_sentences": len(set(texts)),
        "distinct_syllables": len({c for t in texts for c in t if "가" <= c <= "힣"}),
        "speakers": len({job[1].recorder_id for job in jobs}),
        "config": asdict(config),
    }
    atomic_write_json(Path(root) / "synthesis.json", summary)  # beside, not inside, the label folders
    return summary


# --- the default corpus, end to end -----------------------------------------------------------

DEFAULT_ROOT = Path("data/synthetic")


def default_paths(root: str | os.PathLike = DEFAULT_ROOT) -> dict[str, Path]:
    """Where :func:`prepare_default_corpus` puts things."""
    root = Path(root)
    manifests = root / "manifests"
    return {
        "train": manifests / "train.csv", "valid": manifests / "valid.csv", "test": manifests / "test.csv",
        "noisy_far": manifests / "noisy_far.csv", "noisy_near": manifests / "noisy_near.csv",
        "vocab": manifests / "vocab_syllable.json", "noise_dir": root / "noise",
    }


def prepare_default_corpus(root: str | os.PathLike = DEFAULT_ROOT, config: SynthConfig = SynthConfig(),
                           force: bool = False) -> dict[str, Path]:
    """Synthesize (if needed) and build every manifest of the default corpus; return :func:`default_paths`.

    Steps: clean speech → 자유대화 reader → speaker-disjoint folder split →
    noisy copies of the test split in the household-noise layout → noise
    reader → syllable vocabulary → noise-only folder.
    """
    from preprocessing.noisy import make_noisy_sets, write_noise_folder
    from preprocessing.pipeline import freetalk_manifests, noise_manifests, vocabulary

    root = Path(root)
    paths = default_paths(root)
    if force and root.exists():
        shutil.rmtree(root)
    if not (root / "synthesis.json").exists():
        summary = synthesize_corpus(root, config)
        print(f"synthesized {summary['utterances']} utterances, {summary['hours']} h, "
              f"{summary['distinct_sentences']} sentences, {summary['distinct_syllables']} syllables")
    freetalk_manifests(root / "자유대화", paths["train"].parent, seed=config.seed, workers=config.workers)
    from preprocessing.manifest import read_manifest

    noisy_root = root / "소음환경"
    if not (noisy_root / "done").exists():
        make_noisy_sets(read_manifest(paths["test"]), noisy_root, seed=config.seed + 2)
        (noisy_root / "done").touch()
    noise_manifests(noisy_root, paths["train"].parent, workers=config.workers)
    vocabulary(paths["train"], paths["vocab"])
    if not any(paths["noise_dir"].glob("*.wav")):
        write_noise_folder(paths["noise_dir"], seed=config.seed + 1)
    _write_readme(root)
    return paths


def ensure_default_corpus(root: str | os.PathLike = DEFAULT_ROOT) -> dict[str, Path]:
    """The default corpus's paths, building it first if any manifest is missing."""
    paths = default_paths(root)
    if all(p.exists() for p in paths.values()):
        return paths
    print(f"building the embedded synthetic corpus under {root} (a few minutes, once)")
    return prepare_default_corpus(root)


def ensure_corpus_for(*paths: str | os.PathLike | None) -> None:
    """Build the default corpus if one of ``paths`` lies inside it and is missing.

    This is what lets every train/eval command run with no arguments on a
    fresh clone; paths anywhere else (your own data) are never touched.
    """
    if any(p is not None and Path(p).is_relative_to(DEFAULT_ROOT) and not Path(p).exists() for p in paths):
        ensure_default_corpus(DEFAULT_ROOT)


def _write_readme(root: Path) -> None:
    from preprocessing.files import atomic_write_text

    atomic_write_text(root / "README.md", (
        "# Synthetic Korean speech corpus (made by `python -m preprocessing synth`)\n\n"
        "Everything here is SYNTHETIC: sentences from the toolkit's own grammar, spoken by espeak-ng\n"
        "with varied voices, pitches, speeds and simulated microphones, plus synthetic household noise.\n"
        "It uses the AI Hub 자유대화 and household-noise layouts so the real readers are exercised.\n"
        "Error rates measured on it show that the code works and how settings compare; they are not\n"
        "real-world accuracy. See synthesis.json for the exact configuration.\n"
    ))
