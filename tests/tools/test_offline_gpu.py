"""tools/offline_gpu: the audio sample carried to a GPU machine comes back as the same audio and transcripts, and the
packed espeak-ng speaks there as it does here."""
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
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


def test_pack_skips_and_counts_missing_audio_and_rejects_a_missing_manifest(tiny_manifest, tmp_path):
    rows = read_manifest(tiny_manifest).iloc[:3]
    rows.loc[rows.index[1], "path"] = str(tmp_path / "gone.wav")
    manifest = tmp_path / "manifest.csv"
    rows.to_csv(manifest, index=False)
    run = [sys.executable, str(SCRIPT), "pack"]
    result = subprocess.run(run + [str(manifest), str(tmp_path / "pack")], capture_output=True, text=True)
    assert result.returncode == 0 and "2 utterances" in result.stdout and "1 skipped" in result.stdout
    assert "gone.wav: file not found" in result.stderr
    packed = read_manifest(tmp_path / "pack" / "manifest.csv")
    assert len(packed) == 2 and all(Path(p).is_file() for p in packed["path"])
    result = subprocess.run(run + [str(tmp_path / "none.csv"), str(tmp_path / "x")], capture_output=True, text=True)
    assert result.returncode == 1 and result.stderr.startswith("error: manifest not found")


def test_expand_repeat_lists_every_row_that_many_times(tiny_manifest, tmp_path):
    run = [sys.executable, str(SCRIPT)]
    subprocess.run(run + ["pack", str(tiny_manifest), str(tmp_path / "pack"), "--minutes", "1"], check=True)
    subprocess.run(run + ["expand", str(tmp_path / "pack"), str(tmp_path / "once")], check=True)
    subprocess.run(run + ["expand", str(tmp_path / "pack"), str(tmp_path / "three"), "--repeat", "3"], check=True)
    once = read_manifest(tmp_path / "once" / "manifests" / "train.csv")
    three = read_manifest(tmp_path / "three" / "manifests" / "train.csv")
    assert len(three) == 3 * len(once) and three["path"].nunique() == len(once)
    assert three["duration"].sum() == pytest.approx(3 * once["duration"].sum())
    bad = subprocess.run(run + ["expand", str(tmp_path / "pack"), str(tmp_path / "x"), "--repeat", "0"],
                         capture_output=True, text=True)
    assert bad.returncode == 1 and "at least 1" in bad.stderr


PACK_ESPEAK = SCRIPT.parent / "pack_espeak.sh"


def test_packed_espeak_speaks_as_the_installed_one_and_reads_only_its_own_data(tmp_path):
    """The wrapper runs the packed program on the packed data: the same bytes as the system's espeak-ng, and with
    the Korean dictionary taken out of the pack it fails instead of falling back to the system's data."""
    pack = tmp_path / "pack dir"  # a space in the path, as anywhere on a user's machine
    subprocess.run(["bash", str(PACK_ESPEAK), str(pack)], check=True, capture_output=True)
    say = ["-v", "ko+f5", "-p", "50", "-s", "150", "--stdout", "거실 불 좀 켜 줄래"]
    packed = subprocess.run([str(pack / "bin" / "espeak-ng"), *say], check=True, capture_output=True).stdout
    installed = subprocess.run(["espeak-ng", *say], check=True, capture_output=True).stdout
    assert len(packed) > 10_000 and packed == installed
    (pack / "espeak-ng-data" / "ko_dict").unlink()
    broken = subprocess.run([str(pack / "bin" / "espeak-ng"), *say], capture_output=True)
    assert broken.returncode != 0 or broken.stdout != installed
