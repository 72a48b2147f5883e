import numpy as np
import pandas as pd

from preprocessing.filters import FilterOptions, apply_filters
from preprocessing.report import Rejects


def corpus(n=400, seed=0):
    rng = np.random.default_rng(seed)
    return pd.DataFrame(dict(
        path=[f"{i}.wav" for i in range(n)],
        duration=rng.uniform(0.1, 12, n),
        gender=np.where(rng.random(n) < 0.7, "female", "male"),
        age=rng.integers(15, 70, n),
        env=np.where(rng.random(n) < 0.8, "실내", "실외"),
    ))


def test_each_filter_drops_and_counts():
    df = corpus()
    rejects = Rejects()
    options = FilterOptions(envs=("실내",), min_age=20, max_age=40, min_seconds=0.5, max_seconds=10,
                            female_share=0.5, hours=0.03)
    out = apply_filters(df, options, rejects)
    assert len(out) + len(rejects) == len(df)
    counts = rejects.counts()
    assert set(counts) == {"recording environment", "age out of range", "too short", "too long",
                           "gender balance", "hours budget"}
    assert set(out["env"]) == {"실내"} and out["age"].between(20, 40).all()
    assert out["duration"].between(0.5, 10).all()
    assert out["duration"].sum() <= 0.03 * 3600
    female = out.loc[out["gender"] == "female", "duration"].sum() / out["duration"].sum()
    assert 0.4 < female < 0.6
    assert "dropped" in rejects.summary(len(df))


def test_defaults_keep_reasonable_rows():
    df = corpus()
    rejects = Rejects()
    out = apply_filters(df, FilterOptions(), rejects)
    assert set(rejects.counts()) <= {"too short"}
    assert len(out) == (df["duration"] >= 0.3).sum()


def test_duplicate_index_labels_are_handled():
    df = corpus(50)
    doubled = __import__("pandas").concat([df, df])  # e.g. several manifests concatenated
    rejects = Rejects()
    out = apply_filters(doubled, FilterOptions(min_age=20, max_age=40), rejects)
    assert len(out) + len(rejects) == 100
