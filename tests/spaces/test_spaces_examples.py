"""The Spaces' example clips: from outside the training world, small, and what ``python -m spaces.examples`` writes."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
import yaml

from preprocessing.manifest import read_manifest
from preprocessing.synthetic.generation import generate_sentences
from preprocessing.synthetic.noise import HELD_OUT_NOISE_TYPES, TRAIN_NOISE_TYPES
from preprocessing.synthetic.ood import home_talk
from preprocessing.synthetic.voice import OOD_VOICES, TRAIN_VOICES
from preprocessing.text import normalize
from spaces.examples import MAX_BYTES, SPEC, load_spec, write_examples

SPACES_DIR = Path(__file__).resolve().parents[2] / "spaces"


@pytest.fixture(scope="module")
def spec() -> dict:
    return load_spec()


def test_sentences_are_neither_the_grammar_sentences_nor_the_ood_test_text(spec):
    said = set(map(normalize, [clip["text"] for clip in spec["clips"].values()]
                   + [t["text"] for t in spec["conversation"]["turns"]]))
    assert len(said) == 10
    assert not said & set(map(normalize, generate_sentences())) and not said & set(map(normalize, home_talk()))


def test_voices_and_noises_are_held_out_of_training():
    """Every clip written (both Spaces, the conversation's turns too) is a held-out voice of its gender;
    every noisy one a held-out noise kind."""
    training_voices = set(TRAIN_VOICES["male"] + TRAIN_VOICES["female"])
    for table in [read_manifest(p) for p in SPACES_DIR.glob("*/examples/*.csv")]:
        for row in table.itertuples():
            held_out = OOD_VOICES.get(row.gender, OOD_VOICES["male"] + OOD_VOICES["female"])  # the conversation: both
            for voice in row.speaker.split("+"):
                assert voice not in training_voices and voice in held_out
            if getattr(row, "condition", "clean") in ("near", "far"):
                assert row.noise in HELD_OUT_NOISE_TYPES and row.noise not in TRAIN_NOISE_TYPES


def test_committed_examples_are_what_the_command_writes(spec, tmp_path):
    write_examples(spec, tmp_path)
    committed = sorted(p.relative_to(SPACES_DIR) for p in SPACES_DIR.glob("*/examples/*"))
    assert committed == sorted(p.relative_to(tmp_path) for p in tmp_path.glob("*/examples/*"))
    assert len(committed) == (6 + 1) + (3 + 1 + 1 + 1)  # clips, references.csv; clips, conversation, its turns, references
    for name in committed:
        if name.suffix == ".flac":
            new, rate = sf.read(tmp_path / name)
            old, old_rate = sf.read(SPACES_DIR / name)
            assert rate == old_rate == 16000 and new.ndim == 1
            np.testing.assert_array_equal(new, old)
        else:
            assert (tmp_path / name).read_text() == (SPACES_DIR / name).read_text()
    assert sum((SPACES_DIR / name).stat().st_size for name in committed) <= MAX_BYTES


def test_references_describe_the_clips(spec):
    table = read_manifest(SPACES_DIR / "deepspeech2_kor" / "examples" / "references.csv")
    assert list(table["condition"]) == ["clean", "clean", "near", "near", "far", "far"]
    assert list(table["gender"]) == ["female", "male"] * 3
    assert table["duration"].tolist() == pytest.approx([sf.info(p).duration for p in table["path"]], abs=0.01)
    turns = read_manifest(SPACES_DIR / "audio_gender_classifier" / "examples" / "conversation.csv")
    assert list(turns["gender"]) == ["female", "male", "female", "male"]
    starts, ends = turns["start"].to_numpy(), turns["end"].to_numpy()
    assert starts[0] == spec["pause_seconds"] and np.allclose(starts[1:] - ends[:-1], spec["pause_seconds"], atol=0.01)


@pytest.mark.parametrize("change, message", [
    (lambda s: s["voices"]["quincy"].update(variant="Mike"), "Mike is a training voice"),
    (lambda s: s["voices"]["f5"].update(variant="anikaRobot"), "anikaRobot is a training voice"),
    (lambda s: s["voices"]["f5"].update(variant="quincy"), "quincy is not a held-out female voice"),
    (lambda s: s["clips"]["male_far"].update(snr_db=12.0), r"snr_db in -5…5"),
    (lambda s: s["clips"]["male_near"].update(noise="vacuum"), "vacuum is a training noise type"),
    (lambda s: s["clips"]["male_near"].update(noise="thunder"), "needs noise"),
    (lambda s: s["spaces"]["deepspeech2_kor"].append("cat"), "unknown clips cat"),
])
def test_spec_refuses_training_voices_and_noises_and_wrong_conditions(tmp_path, change, message):
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    change(spec)
    (tmp_path / "spec.yaml").write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_spec(tmp_path / "spec.yaml")
