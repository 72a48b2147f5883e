"""Transcript formats checked by real parsers: SRT by the ``srt`` package, JSON by ``json``, CSV by pandas."""
from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pandas as pd
import pytest
import srt

from deepspeech2.formats import OutputWriter, srt_time, to_json, to_srt, to_txt
from deepspeech2.inference import SettingError
from deepspeech2.transcription import FileResult, Segment

# three spoken segments and a silent one (no text: no cue, no line)
RESULT = FileResult("talk.wav", 3725.75, [Segment(0.0, 1.25, "엄마 밥 주세요"), Segment(2.5, 2.9, ""),
                                          Segment(59.9996, 61.0, "물 좀 주세요"),
                                          Segment(3600.0, 3725.5, "내일 만나요")])


def test_srt_is_parsed_by_a_real_parser_with_the_right_cues_and_times():
    text = to_srt(RESULT)
    cues = list(srt.parse(text, ignore_errors=False))  # raises on a cue that is not separated by a blank line
    assert [(c.index, c.start, c.end, c.content) for c in cues] == [
        (1, timedelta(0), timedelta(seconds=1.25), "엄마 밥 주세요"),
        (2, timedelta(minutes=1), timedelta(minutes=1, seconds=1), "물 좀 주세요"),  # 59.9996 s rounds up
        (3, timedelta(hours=1), timedelta(hours=1, minutes=2, seconds=5.5), "내일 만나요"),
    ]
    assert text + "\n" == srt.compose(cues, reindex=False)  # the canonical layout: cues apart by one blank line
    assert text.startswith("1\n00:00:00,000 --> 00:00:01,250\n엄마 밥 주세요\n\n2\n")


def test_a_file_without_speech_has_an_empty_srt():
    assert to_srt(FileResult("silent.wav", 2.0, [Segment(0.0, 2.0, "")])) == ""
    assert list(srt.parse(to_srt(FileResult("none.wav")))) == []


@pytest.mark.parametrize("seconds, text", [(0, "00:00:00,000"), (0.0004, "00:00:00,000"), (0.0005, "00:00:00,000"),
                                           (0.0015, "00:00:00,002"), (61.007, "00:01:01,007"),
                                           (3725.5, "01:02:05,500"), (59.9996, "00:01:00,000"),
                                           (36000 + 59 * 60 + 59.999, "10:59:59,999")])
def test_srt_times(seconds, text):
    assert srt_time(seconds) == text
    assert srt.srt_timestamp_to_timedelta(text) == timedelta(milliseconds=round(seconds * 1000))


def test_txt_and_json():
    assert to_txt(RESULT) == "엄마 밥 주세요\n물 좀 주세요\n내일 만나요\n"
    data = json.loads(to_json(RESULT))
    assert data == {"path": "talk.wav", "duration": 3725.75, "text": "엄마 밥 주세요 물 좀 주세요 내일 만나요", "note": None,
                    "segments": [{"start": 0.0, "end": 1.25, "text": "엄마 밥 주세요"}, {"start": 2.5, "end": 2.9, "text": ""},
                                 {"start": 60.0, "end": 61.0, "text": "물 좀 주세요"},
                                 {"start": 3600.0, "end": 3725.5, "text": "내일 만나요"}]}
    assert to_json(RESULT).endswith("}\n") and "엄마" in to_json(RESULT)  # UTF-8, not \\u escapes


def test_one_file_per_input_mirrors_the_folders(tmp_path):
    paths = [tmp_path / "in" / "a" / "x.wav", tmp_path / "in" / "b" / "c" / "y.flac"]
    writer = OutputWriter("srt", tmp_path / "out", paths)
    assert not writer.single_file
    for path in paths:
        writer.write(FileResult(str(path), 1.0, [Segment(0.0, 1.0, path.stem)]))
    writer.write(FileResult(str(paths[0]), error="not a readable audio file"))  # a failed file writes nothing
    writer.close()
    assert sorted(p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.srt")) == \
        ["a/x.srt", "b/c/y.srt"]
    [cue] = srt.parse((tmp_path / "out" / "b" / "c" / "y.srt").read_text(encoding="utf-8"))
    assert cue.content == "y" and cue.end == timedelta(seconds=1)


def test_one_output_file(tmp_path):
    writer = OutputWriter("json", tmp_path / "one.JSON", [tmp_path / "a.wav"])
    assert writer.single_file and writer.target("whatever.wav") == tmp_path / "one.JSON"
    writer.write(RESULT)
    writer.close()
    assert json.loads((tmp_path / "one.JSON").read_text(encoding="utf-8"))["duration"] == 3725.75
    with pytest.raises(SettingError, match="is one file but there are 2 inputs"):
        OutputWriter("txt", tmp_path / "all.txt", [tmp_path / "a.wav", tmp_path / "b.wav"])
    with pytest.raises(SettingError, match="format must be one of txt, json, srt, csv, got 'vtt'"):
        OutputWriter("vtt", tmp_path / "out", [])
    assert OutputWriter("txt", tmp_path / "out", []).root == Path.cwd()  # no inputs: relative to here


def test_csv_has_one_row_per_file_failed_ones_included(tmp_path):
    writer = OutputWriter("csv", tmp_path / "all.csv", [tmp_path / "a.wav", tmp_path / "b.wav"])
    writer.write(RESULT)
    writer.write(FileResult("bad.wav", error="not a readable audio file", note=None))
    assert not (tmp_path / "all.csv").exists()  # written at the end, in one go
    writer.close()
    table = pd.read_csv(tmp_path / "all.csv", keep_default_na=False)
    assert table.to_dict("records") == [
        dict(path="talk.wav", duration=3725.75, text="엄마 밥 주세요 물 좀 주세요 내일 만나요", error="", note=""),
        dict(path="bad.wav", duration=0.0, text="", error="not a readable audio file", note=""),
    ]


def test_json_rounds_to_milliseconds_and_is_indented():
    result = FileResult("a.wav", 2.00049, [Segment(0.12345, 1.23456, "가")], note="truncated WAV")
    assert to_json(result) == ('{\n  "path": "a.wav",\n  "duration": 2.0,\n  "text": "가",\n  "note": "truncated WAV",\n'
                               '  "segments": [\n    {\n      "start": 0.123,\n      "end": 1.235,\n      "text": "가"\n'
                               '    }\n  ]\n}\n')


def test_csv_is_one_file_whatever_its_name_and_keeps_notes(tmp_path):
    writer = OutputWriter("csv", tmp_path / "table", [tmp_path / "a.wav", tmp_path / "b.wav"])
    assert writer.single_file and writer.target("a.wav") == tmp_path / "table"
    writer.write(FileResult("a.wav", 1.0, [Segment(0.0, 1.0, "가")], note="silent audio"))
    writer.close()
    assert pd.read_csv(tmp_path / "table", keep_default_na=False)["note"].tolist() == ["silent audio"]
    empty = OutputWriter("csv", tmp_path / "empty.csv", [])
    empty.close()  # no files: still a table, with its header
    assert (tmp_path / "empty.csv").read_text(encoding="utf-8") == "path,duration,text,error,note\n"


def test_one_output_file_for_several_inputs_is_an_error(tmp_path):
    with pytest.raises(SettingError) as error:
        OutputWriter("srt", tmp_path / "all.srt", [tmp_path / "a.wav", tmp_path / "b.wav"])
    assert str(error.value) == (f"output={tmp_path / 'all.srt'} is one file but there are 2 inputs; "
                                "give a folder to write one file per input")
