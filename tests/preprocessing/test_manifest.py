import pandas as pd
import pytest

from preprocessing.manifest import COLUMNS, ManifestError, read_manifest, write_manifest


def test_round_trip_relative_paths(tmp_path):
    df = pd.DataFrame([
        dict(path=str(tmp_path / "wav" / "a.wav"), text="안녕 하세요", duration=1.5, gender="female",
             speaker="S1", age=30, env="실내"),
        dict(path=str(tmp_path / "wav" / "b.wav"), text="밥, 먹자", duration=2.0, gender="male",
             speaker="S2", age=41, env="실외"),
    ])
    out = write_manifest(df, tmp_path / "m.csv")
    raw = out.read_text(encoding="utf-8").splitlines()
    assert raw[0] == ",".join(COLUMNS)
    assert raw[1].startswith("wav/a.wav,")  # stored relative to the manifest
    back = read_manifest(out)
    assert list(back["path"]) == list(df["path"])
    assert list(back["text"]) == list(df["text"])
    assert list(back["duration"]) == [1.5, 2.0]
    assert list(back["gender"]) == ["female", "male"]


def test_original_headerless_two_column_format(tmp_path):
    (tmp_path / "old.csv").write_text("/abs/a.wav,안녕\nrel/b.wav,반가워\n", encoding="utf-8")
    df = read_manifest(tmp_path / "old.csv")
    assert list(df["path"]) == ["/abs/a.wav", str(tmp_path / "rel" / "b.wav")]
    assert list(df["text"]) == ["안녕", "반가워"]
    assert set(COLUMNS) <= set(df.columns)


def test_bom_header(tmp_path):
    (tmp_path / "bom.csv").write_bytes("\ufeffpath,text\na.wav,가\n".encode("utf-8"))
    assert list(read_manifest(tmp_path / "bom.csv")["text"]) == ["가"]


def test_missing_and_empty(tmp_path):
    with pytest.raises(ManifestError, match="not found"):
        read_manifest(tmp_path / "none.csv")
    (tmp_path / "empty.csv").write_text("")
    with pytest.raises(ManifestError, match="empty"):
        read_manifest(tmp_path / "empty.csv")
    (tmp_path / "header.csv").write_text("path,text\n")
    with pytest.raises(ManifestError, match="no rows"):
        read_manifest(tmp_path / "header.csv")
    assert read_manifest(tmp_path / "header.csv", require_rows=False).empty
    (tmp_path / "wrong.csv").write_text("path,foo\na,b\n")
    with pytest.raises(ManifestError, match="needs 'path' and 'text'"):
        read_manifest(tmp_path / "wrong.csv")


def test_durations_are_written_to_the_millisecond(tmp_path):
    write_manifest(pd.DataFrame([{"path": str(tmp_path / "a.wav"), "text": "가", "duration": 1.23456789},
                                 {"path": str(tmp_path / "b.wav"), "text": "나", "duration": ""}]), tmp_path / "m.csv")
    assert (tmp_path / "m.csv").read_text(encoding="utf-8").splitlines()[1:] == ["a.wav,가,1.235,,,,", "b.wav,나,,,,,"]
