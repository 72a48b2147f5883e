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
from dataclasses import asdict, dataclass
from itertools import islice
from pathlib import Path

import numpy as np

from preprocessing.files import atomic_write_json, atomic_write_text
from preprocessing.manifest import Manifests, manifest_paths, read_manifest
from preprocessing.pipeline import freetalk_manifests, noise_manifests, vocabulary
from preprocessing.synthetic.generation import (generate_sentences, mixed_word_sentences, read_word_list,
                                                split_sentences, word_sequences)
from preprocessing.synthetic.hangul import sentence_syllables, sound_change_contexts
from preprocessing.synthetic.noise import HELD_OUT_NOISE_TYPES, TRAIN_NOISE_TYPES
from preprocessing.synthetic.noisy import make_noisy_sets, write_noise_folder
from preprocessing.synthetic.ood import build_ood_sets
from preprocessing.synthetic.rooms import HELD_OUT_ROOMS, TRAIN_ROOMS, write_room_bank
from preprocessing.synthetic.speakers import make_speakers, record_all
from preprocessing.synthetic.voice import PITCH
from preprocessing.text import normalize

@dataclass(frozen=True)
class SynthConfig:
    hours: float = 2.0  # total speech, all folders
    train_speakers: int = 160  # ≥ twice the male voice variants, so every variant speaks
    held_out_speakers: int = 16  # the Validation folder, split later into valid and test
    # espeak-ng -p ranges (0–99) the speakers' pitches are drawn from; wider, overlapping ranges make men with high
    # voices and women with low ones, so that pitch alone does not tell a classifier the gender
    male_pitch: tuple[int, int] = PITCH["male"]
    female_pitch: tuple[int, int] = PITCH["female"]
    held_out_share: float = 0.15  # share of the hours spoken by held-out speakers
    held_out_sentences: float = 0.15  # share of the sentences reserved for held-out speakers
    sentences: int = 60_000  # distinct sentences the grammar makes for the corpus to draw from
    outdoor_share: float = 0.1  # speakers labelled 실외 (for the environment filter)
    # share of the training utterances that speak word sequences no template makes (generation.mixed_word_sentences)
    mixed_word_share: float = 0.0
    # a word list (one word per line, or a Hunspell .dic such as Debian hunspell-ko's /usr/share/hunspell/ko.dic):
    # half of the mixed-word sentences' new words are its words, and lexicon_sentences.txt holds its words for an LM
    lexicon: str | None = None
    rooms: int = 48  # simulated rooms in the training bank (noisy sets and augment.wave.rir_dir)
    ood: bool = True  # also build the out-of-domain test sets (preprocessing.synthetic.ood)
    ood_hand_written: int = 10_000  # at most this many of the hand-written home-talk sentences (all: 223)
    ood_written: int = 200  # pieces of konlpy's written Korean in test_ood_text
    ood_voice: int = 200  # held-out sentences in test_ood_voice
    seed: int = 0
    workers: int = os.cpu_count() or 1

    def __post_init__(self):
        if min(self.train_speakers, self.held_out_speakers) < 2:
            raise ValueError("training and held-out speakers must each be at least 2 (one of each gender), not "
                             f"{self.train_speakers} and {self.held_out_speakers}")
        for name, (low, high) in (("male", self.male_pitch), ("female", self.female_pitch)):
            if not 0 <= low < high <= 99:
                raise ValueError(f"the {name} pitch range must be LOW < HIGH within 0–99, not {low} {high}")
        if not 0.0 <= self.mixed_word_share <= 1.0:
            raise ValueError(f"the mixed-word share must be within [0, 1], not {self.mixed_word_share}")
        if self.lexicon is not None and not Path(self.lexicon).is_file():
            raise ValueError(f"the word list {self.lexicon} does not exist")


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
    pitch = {"male": tuple(config.male_pitch), "female": tuple(config.female_pitch)}
    groups = [
        ("Training", make_speakers(config.train_speakers, rng, 1_600_000_000, config.outdoor_share, pitch=pitch),
         train_text, config.hours * (1 - config.held_out_share)),
        ("Validation", make_speakers(config.held_out_speakers, rng, 1_700_000_000, config.outdoor_share, pitch=pitch),
         held_text, config.hours * config.held_out_share),
    ]
    mixed = None
    if config.mixed_word_share > 0:
        lexicon = read_word_list(config.lexicon) if config.lexicon else ()
        mixed = mixed_word_sentences(train_text, config.seed + 7, lexicon=lexicon)
    mixing = np.random.default_rng(config.seed + 7)  # its own stream: the grammar's jobs stay as without mixing
    jobs = []
    for folder, speakers, sentences, hours in groups:
        order = rng.permutation(len(sentences))
        seconds, k = 0.0, 0
        while seconds < hours * 3600:
            speaker = speakers[k % len(speakers)]
            text = sentences[order[k % len(sentences)]]
            if mixed is not None and folder == "Training" and mixing.random() < config.mixed_word_share:
                text = next(mixed)
            jobs.append((folder, speaker, text))
            seconds += estimate_seconds(text, speaker.speed)
            k += 1
    return jobs


TRAINING_TEXT = "training_sentences.txt"  # the grammar's training sentence pool, one per line
LEXICON_TEXT = "lexicon_sentences.txt"  # with a word list: sequences of its words, one per line, for an LM
LEXICON_SENTENCES = 60_000  # lines of LEXICON_TEXT


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
        "sentence_pool": {"train": len(train_pool), "train_syllables": len(sentence_syllables(train_pool)),
                          "sound_change_contexts": sound_change_contexts(train_pool)},
        "speakers": len({job[1].recorder_id for job in jobs}),
        "voices": len({job[1].voice for job in jobs}),
        "config": asdict(config),
    }
    atomic_write_json(Path(root) / "synthesis.json", summary)  # beside, not inside, the label folders
    # all the text training may see (the corpus speaks a part of it), for a language model: lm build --text
    atomic_write_text(Path(root) / TRAINING_TEXT, "\n".join(normalize(t) for t in train_pool) + "\n")
    if config.lexicon:
        words = word_sequences(read_word_list(config.lexicon), config.seed + 11)
        atomic_write_text(Path(root) / LEXICON_TEXT, "\n".join(islice(words, LEXICON_SENTENCES)) + "\n")
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
    root = Path(root)
    paths = default_paths(root)
    if force and root.exists():
        shutil.rmtree(root)
    rooms = {"train": root / "rooms" / "train", "held_out": root / "rooms" / "held_out"}
    for name, ranges, seed in (("train", TRAIN_ROOMS, config.seed + 5), ("held_out", HELD_OUT_ROOMS, config.seed + 6)):
        if not (rooms[name] / "rooms.json").exists() and (name == "train" or config.ood):
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
        train_text, held_text = training_sentences(config)
        build_ood_sets(root, train_text, held_text, rooms["held_out"], HELD_OUT_NOISE_TYPES, config.ood_hand_written,
                       config.ood_written, config.ood_voice, config.outdoor_share, config.seed, config.workers)
    _write_readme(root)
    return paths


def ensure_default_corpus(root: str | os.PathLike = DEFAULT_ROOT) -> dict[str, Path]:
    """The default corpus's paths, building it first if any of them is missing."""
    paths = default_paths(root)
    if all(p.exists() for p in paths.values()):
        return paths
    print(f"building the embedded synthetic corpus under {root} (about three minutes on 2 cores, once)")
    return prepare_default_corpus(root)


def ensure_corpus_for(*paths: Manifests | None) -> None:
    """Build the default corpus if one of ``paths`` (a path or a list of manifests) lies inside it and is missing.

    Called by command-line entry points only (train, eval, lm, benchmarks), so
    that every command runs with no arguments on a fresh clone; paths anywhere
    else (your own data) are never touched.
    """
    flat = [p for group in paths if group is not None for p in manifest_paths(group)]
    if any(p.is_relative_to(DEFAULT_ROOT) and not p.exists() for p in flat):
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
