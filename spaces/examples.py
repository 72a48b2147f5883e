"""Write the demo Spaces' example clips:  ``python -m spaces.examples [--spec spaces/examples.yaml]``.

What is said, by which held-out espeak-ng voice, in which condition (clean, near- or far-field
household noise) and which Space gets which clip is data, in ``spaces/examples.yaml``. The clips come
from outside the training world: only held-out voices
(:data:`preprocessing.synthetic.voice.OOD_VOICES`), held-out noise kinds
(:data:`preprocessing.synthetic.noise.HELD_OUT_NOISE_TYPES`) and held-out rooms
(:data:`preprocessing.synthetic.rooms.HELD_OUT_ROOMS`), and sentences written by hand. Every clip is
spoken with :func:`preprocessing.synthetic.speakers.record` (the corpus' voice, microphone and room
tone) and mixed as the noisy test sets are (:mod:`preprocessing.synthetic.noisy`); the conversation
is its turns one after another. The clips are no test set: nothing evaluates on them.

Each Space folder gets ``examples/<clip>.flac`` and ``examples/references.csv`` (a manifest: path,
text, duration, gender, speaker = the espeak-ng variant, condition, noise, snr_db), plus
``examples/conversation.csv`` (one row per turn, with start and end seconds) where it has the
conversation. The same spec and seed write the same files.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from preprocessing.audio import SAMPLE_RATE, write_audio
from preprocessing.manifest import write_manifest
from preprocessing.noise import mix_at_snr, reverberate
from preprocessing.synthetic.noise import GENERATORS, HELD_OUT_NOISE_TYPES, TRAIN_NOISE_TYPES
from preprocessing.synthetic.noisy import CONDITIONS
from preprocessing.synthetic.rooms import HELD_OUT_ROOMS, random_room
from preprocessing.synthetic.speakers import Speaker, record
from preprocessing.synthetic.voice import OOD_VOICES, TRAIN_VOICES, Channel
from preprocessing.text import normalize

SPACES_DIR = Path(__file__).resolve().parent
SPEC = SPACES_DIR / "examples.yaml"
FOLDER = "examples"  # inside each Space's folder
MAX_BYTES = 1_000_000  # all Spaces' example files together


def load_spec(path: str | Path = SPEC) -> dict:
    """The examples spec, checked: held-out voices of their gender, known conditions, held-out noises,
    SNRs in their condition's range.

    Raises:
        ValueError: with a one-line reason.
    """
    spec = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    for name, voice in spec["voices"].items():
        variant, gender = voice["variant"], voice["gender"]
        if any(variant in variants for variants in TRAIN_VOICES.values()):
            raise ValueError(f"voice {name}: {variant} is a training voice; examples need held-out voices "
                             f"({', '.join(OOD_VOICES['male'] + OOD_VOICES['female'])})")
        if variant not in OOD_VOICES.get(gender, ()):
            raise ValueError(f"voice {name}: {variant} is not a held-out {gender} voice "
                             f"({', '.join(OOD_VOICES.get(gender, ()))})")
    for name, clip in spec["clips"].items():
        condition = clip["condition"]
        if clip["voice"] not in spec["voices"]:
            raise ValueError(f"clip {name}: unknown voice {clip['voice']!r}")
        if condition != "clean" and condition not in CONDITIONS:
            raise ValueError(f"clip {name}: condition must be clean, {' or '.join(CONDITIONS)}, not {condition!r}")
        if condition in CONDITIONS:
            low, high = CONDITIONS[condition][1]
            if clip.get("noise") in TRAIN_NOISE_TYPES:
                raise ValueError(f"clip {name}: {clip['noise']} is a training noise type; examples need held-out "
                                 f"noise ({', '.join(HELD_OUT_NOISE_TYPES)})")
            if clip.get("noise") not in HELD_OUT_NOISE_TYPES or not low <= clip.get("snr_db", high + 1) <= high:
                raise ValueError(f"clip {name}: {condition} needs noise (one of {', '.join(HELD_OUT_NOISE_TYPES)}) "
                                 f"and snr_db in {low:g}…{high:g}")
    known = set(spec["clips"]) | {spec["conversation"]["name"]}
    for space, names in spec["spaces"].items():
        if unknown := set(names) - known:
            raise ValueError(f"space {space}: unknown clips {', '.join(sorted(unknown))}")
    return spec


def speaker(spec: dict, name: str) -> Speaker:
    """The voice ``name`` of the spec as a corpus speaker with a fixed, full-band microphone."""
    voice = spec["voices"][name]
    return Speaker(recorder_id=name, gender=voice["gender"], age=40, region="서울", env="실내",
                   voice=voice["variant"], pitch=int(voice["pitch"]), speed=int(spec["speed"]),
                   channel=Channel(highpass=80.0, lowpass=7600.0, noise_floor_db=-60.0))


def render_clip(spec: dict, clip: dict, rng: np.random.Generator) -> np.ndarray:
    """One clip: the sentence spoken by its voice, then its condition's noise (and held-out room, far-field)."""
    audio = record(speaker(spec, clip["voice"]), clip["text"], rng)
    if clip["condition"] == "clean":
        return audio
    reverb = CONDITIONS[clip["condition"]][2]
    if reverb:
        import pyroomacoustics

        pyroomacoustics.random.seed(int(rng.integers(2**31)))  # its ray tracing draws from its own generator
        audio = reverberate(audio, random_room((HELD_OUT_ROOMS, int(rng.integers(2**31))))[0])
    noise = GENERATORS[clip["noise"]](len(audio) / SAMPLE_RATE + 1.0, SAMPLE_RATE, rng)
    return mix_at_snr(audio, noise, float(clip["snr_db"]), rng)


def render_conversation(spec: dict, rng: np.random.Generator) -> tuple[np.ndarray, pd.DataFrame]:
    """The conversation's recording and its turns (text, gender, speaker, start and end in seconds)."""
    pause = np.zeros(round(spec["pause_seconds"] * SAMPLE_RATE), dtype=np.float32)
    pieces, turns, at = [pause], [], len(pause)
    for turn in spec["conversation"]["turns"]:
        audio = record(speaker(spec, turn["voice"]), turn["text"], rng)
        voice = spec["voices"][turn["voice"]]
        turns.append(dict(text=normalize(turn["text"]), gender=voice["gender"], speaker=voice["variant"],
                          start=round(at / SAMPLE_RATE, 2), end=round((at + len(audio)) / SAMPLE_RATE, 2)))
        pieces += [audio, pause]
        at += len(audio) + len(pause)
    return np.concatenate(pieces), pd.DataFrame(turns)


def render_all(spec: dict) -> tuple[dict[str, np.ndarray], dict[str, dict], pd.DataFrame]:
    """Every clip and the conversation → (audio by name, reference row by name, conversation turns)."""
    audio, rows = {}, {}
    for k, (name, clip) in enumerate(spec["clips"].items()):
        audio[name] = render_clip(spec, clip, np.random.default_rng([spec["seed"], k]))
        voice = spec["voices"][clip["voice"]]
        rows[name] = dict(text=normalize(clip["text"]), gender=voice["gender"], speaker=voice["variant"],
                          condition=clip["condition"], noise=clip.get("noise", ""), snr_db=clip.get("snr_db", ""))
    name = spec["conversation"]["name"]
    audio[name], turns = render_conversation(spec, np.random.default_rng([spec["seed"], len(spec["clips"])]))
    rows[name] = dict(text=" ".join(turns["text"]), gender="", speaker="+".join(dict.fromkeys(turns["speaker"])),
                      condition="conversation", noise="", snr_db="")
    return audio, rows, turns


def write_examples(spec: dict, spaces_dir: str | Path = SPACES_DIR) -> list[Path]:
    """Write every Space's ``examples/`` folder (clips, references.csv, conversation.csv); return the files."""
    audio, rows, turns = render_all(spec)
    conversation, written = spec["conversation"]["name"], []
    for space, names in spec["spaces"].items():
        folder = Path(spaces_dir) / space / FOLDER
        for stale in folder.glob("*.flac"):  # clips dropped from the spec
            if stale.stem not in names:
                stale.unlink()
        table = []
        for name in names:
            path = folder / f"{name}.flac"
            write_audio(path, audio[name])
            table.append(dict(path=str(path), duration=round(len(audio[name]) / SAMPLE_RATE, 2), **rows[name]))
            written.append(path)
        written.append(write_manifest(pd.DataFrame(table), folder / "references.csv"))
        if conversation in names:
            written.append(write_manifest(turns.assign(path=str(folder / f"{conversation}.flac")),
                                          folder / "conversation.csv"))
        elif (folder / "conversation.csv").exists():
            (folder / "conversation.csv").unlink()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", default=str(SPEC), help="clips, voices, conditions and Spaces (YAML)")
    parser.add_argument("--spaces-dir", default=str(SPACES_DIR), help="the folder holding the Space folders")
    args = parser.parse_args()
    try:
        files = write_examples(load_spec(args.spec), args.spaces_dir)
    except (OSError, ValueError, KeyError, RuntimeError) as err:
        sys.exit(f"error: {err}")
    total = sum(f.stat().st_size for f in files)
    for f in files:
        print(f"{f}  {f.stat().st_size / 1000:.0f} kB")
    print(f"{len(files)} files, {total / 1e6:.2f} MB in all" + (" — more than 1 MB" if total > MAX_BYTES else ""))


if __name__ == "__main__":
    main()
