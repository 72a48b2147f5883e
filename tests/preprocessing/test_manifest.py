import pandas as pd
import pytest

from preprocessing.manifest import COLUMNS, ManifestError, manifest_name, read_manifest, write_manifest


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


def test_a_list_of_manifests_is_read_as_one_table_in_order(tmp_path):
    """Each manifest's relative paths resolve against its own folder; an empty one in the list is an error."""
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    (tmp_path / "a" / "m.csv").write_text("path,text\nx.wav,가\ny.wav,나\n", encoding="utf-8")
    (tmp_path / "b" / "m.csv").write_text("x.wav,다\n", encoding="utf-8")  # header-less two columns
    both = [tmp_path / "a" / "m.csv", str(tmp_path / "b" / "m.csv")]
    df = read_manifest(both)
    assert list(df["text"]) == ["가", "나", "다"] and list(df.index) == [0, 1, 2]
    assert list(df["path"]) == [str(tmp_path / "a" / "x.wav"), str(tmp_path / "a" / "y.wav"), str(tmp_path / "b" / "x.wav")]
    assert manifest_name(both) == "m.csv+m.csv" and manifest_name(tmp_path / "a" / "m.csv") == "m.csv"
    (tmp_path / "header.csv").write_text("path,text\n")
    with pytest.raises(ManifestError, match="no rows: .*header.csv"):
        read_manifest(both + [tmp_path / "header.csv"])
    with pytest.raises(ManifestError, match="empty list"):
        read_manifest([])
    with pytest.raises(ManifestError, match="holds None, not a path"):
        read_manifest([tmp_path / "a" / "m.csv", None])


def test_durations_are_written_to_the_millisecond(tmp_path):
    write_manifest(pd.DataFrame([{"path": str(tmp_path / "a.wav"), "text": "가", "duration": 1.23456789},
                                 {"path": str(tmp_path / "b.wav"), "text": "나", "duration": ""}]), tmp_path / "m.csv")
    assert (tmp_path / "m.csv").read_text(encoding="utf-8").splitlines()[1:] == ["a.wav,가,1.235,,,,", "b.wav,나,,,,,"]


def test_values_are_read_as_written(tmp_path):
    """Strings stay strings ("007", "NA", empty), missing columns come back empty, durations are numbers."""
    (tmp_path / "m.csv").write_text("path,text,duration,gender,speaker,age,env\n"
                                    "0012,NA,2.5,,007,30,010\n"
                                    "/abs/b.wav,null,,female,12,,1\n"
                                    "c.wav,1,abc,male,S1,41,실내\n", encoding="utf-8")
    table = read_manifest(tmp_path / "m.csv")
    assert list(table["path"]) == [str(tmp_path / "0012"), "/abs/b.wav", str(tmp_path / "c.wav")]
    assert list(table["text"]) == ["NA", "null", "1"]
    assert list(table["gender"]) == ["", "female", "male"] and list(table["speaker"]) == ["007", "12", "S1"]
    assert list(table["env"]) == ["010", "1", "실내"]
    assert table["duration"].tolist()[0] == 2.5 and table["duration"].isna().tolist() == [False, True, True]
    (tmp_path / "digits.csv").write_text("path,text,gender,speaker,env\n0012,1,1,007,010\n0013,02,0,12,1\n",
                                         encoding="utf-8")  # columns of digits only: still strings, "007" not 7
    digits = read_manifest(tmp_path / "digits.csv")
    assert list(digits["path"]) == [str(tmp_path / "0012"), str(tmp_path / "0013")]
    assert [list(digits[c]) for c in ("text", "gender", "speaker", "env")] == [
        ["1", "02"], ["1", "0"], ["007", "12"], ["010", "1"]]
    (tmp_path / "short.csv").write_text("path,text\na.wav,가\n", encoding="utf-8")
    short = read_manifest(tmp_path / "short.csv")
    assert list(short.columns) == COLUMNS and short.loc[0, ["gender", "speaker", "age", "env"]].tolist() == [""] * 4
    assert short["duration"].isna().all()


def test_an_empty_file_may_be_an_empty_table(tmp_path):
    (tmp_path / "empty.csv").write_text("")
    table = read_manifest(tmp_path / "empty.csv", require_rows=False)
    assert table.empty and list(table.columns) == COLUMNS


def test_a_missing_manifest_says_how_to_make_one(tmp_path):
    with pytest.raises(ManifestError) as error:
        read_manifest(tmp_path / "none.csv")
    assert str(error.value) == (f"manifest not found: {tmp_path / 'none.csv'} (manifests are made by `python -m "
                                "preprocessing synth --root DIR [--hours H]` for a synthetic corpus, or `python -m "
                                "preprocessing aihub ...`)")
