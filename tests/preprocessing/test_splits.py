import numpy as np
import pandas as pd
import pytest

from preprocessing.splits import folder_split, speaker_split


def corpus(speakers=40, per_speaker=10, seed=0):
    rng = np.random.default_rng(seed)
    rows = [dict(path=f"{s}_{k}.wav", text="가", duration=float(rng.uniform(1, 5)), speaker=f"S{s:03d}",
                 gender="male" if s % 2 else "female", folder="training" if s < speakers * 3 // 4 else "validation")
            for s in range(speakers) for k in range(per_speaker)]
    return pd.DataFrame(rows)


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_speaker_split_is_disjoint_complete_and_near_fractions(seed):
    df = corpus()
    parts = speaker_split(df, (0.8, 0.1, 0.1), seed=seed)
    speakers = [set(p["speaker"]) for p in parts.values()]
    assert not speakers[0] & speakers[1] and not speakers[0] & speakers[2] and not speakers[1] & speakers[2]
    assert sum(len(p) for p in parts.values()) == len(df)
    share = parts["train"]["duration"].sum() / df["duration"].sum()
    assert 0.7 < share < 0.9
    assert all(len(p) for p in parts.values())


def test_speaker_split_is_deterministic():
    df = corpus()
    a, b = speaker_split(df, seed=5), speaker_split(df, seed=5)
    assert all(a[k].equals(b[k]) for k in a)
    assert not speaker_split(df, seed=6)["test"].equals(a["test"])


def test_few_speakers_still_fill_every_split():
    parts = speaker_split(corpus(speakers=3), (0.9, 0.05, 0.05))
    assert all(len(p["speaker"].unique()) == 1 for p in parts.values())


def test_folder_split():
    df = corpus()
    parts = folder_split(df)
    assert set(parts["train"]["folder"]) == {"training"}
    assert not set(parts["valid"]["speaker"]) & set(parts["test"]["speaker"])
    assert len(parts["valid"]) and len(parts["test"])


def test_bad_fractions():
    with pytest.raises(ValueError):
        speaker_split(corpus(), (0.5, 0.2, 0.2))
