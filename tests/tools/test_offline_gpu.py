"""tools/offline_gpu: the audio sample carried to a GPU machine comes back as the same audio and transcripts."""
import subprocess
import sys
from pathlib import Path

import numpy as np
import soundfile as sf

from preprocessing.manifest import read_manifest

SCRIPT = Path(__file__).resolve().parents[2] / "tools" / "offline_gpu" / "sample_corpus.py"


def test_pack_then_expand_gives_the_same_audio_and_rows(tiny_manifest, tmp_path):
    source = read_manifest(tiny_manifest)
    before = {path: Path(path).read_bytes() for path in source["path"]}
    minutes = source["duration"].iloc[:5].sum() / 60 + 1e-6  # the first 5 rows of a seeded shuffle fit
    run = [sys.executable, str(SCRIPT)]
    subprocess.run(run + ["pack", str(tiny_manifest), str(tmp_path / "pack"), "--minutes", str(minutes)], check=True)
    subprocess.run(run + ["expand", str(tmp_path / "pack"), str(tmp_path / "corpus")], check=True)
    rows = read_manifest(tmp_path / "corpus" / "manifests" / "train.csv")
    assert 1 <= len(rows) <= 5 and rows["duration"].sum() <= minutes * 60
    for row in rows.itertuples():
        same = source[(source["text"] == row.text) & (source["gender"] == row.gender)]  # one voice per gender
        assert len(same) == 1 and row.duration == same["duration"].iloc[0]
        expanded, rate = sf.read(row.path, dtype="int16")
        assert rate == 16000 and Path(row.path).suffix == ".wav"
        assert np.array_equal(expanded, sf.read(same["path"].iloc[0], dtype="int16")[0])  # FLAC is lossless
    assert {path: Path(path).read_bytes() for path in source["path"]} == before  # the source is only read
