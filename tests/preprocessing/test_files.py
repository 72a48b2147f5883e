import json
import os

import pytest

from preprocessing.files import LabelError, atomic_path, atomic_write_json, new_file_mode, read_json

LABEL = {"발화정보": {"stt": "안녕하세요"}}


def test_read_json_utf8_bom_and_cp949(tmp_path):
    text = json.dumps(LABEL, ensure_ascii=False)
    (tmp_path / "a.json").write_text(text, encoding="utf-8")
    (tmp_path / "b.json").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (tmp_path / "c.json").write_bytes(text.encode("cp949"))
    for name in "abc":
        assert read_json(tmp_path / f"{name}.json") == LABEL


@pytest.mark.parametrize("content, message", [
    (b'{"stt": ', "malformed JSON"),
    (b"", "malformed JSON"),
    (b"\xff\xfe\x00\xd8garbage\x80\x81\xfe", "not UTF-8 or cp949"),
])
def test_read_json_errors(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(LabelError, match=message):
        read_json(path)


def test_read_json_missing_file(tmp_path):
    with pytest.raises(LabelError, match="cannot read"):
        read_json(tmp_path / "nope.json")


def test_atomic_path_keeps_old_file_on_error(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old")
    with pytest.raises(RuntimeError):
        with atomic_path(target) as tmp:
            tmp.write_text("half written")
            raise RuntimeError("interrupted")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_atomic_write_json(tmp_path):
    atomic_write_json(tmp_path / "sub" / "x.json", LABEL)
    assert "안녕하세요" in (tmp_path / "sub" / "x.json").read_text(encoding="utf-8")


def test_atomic_writes_get_ordinary_permissions(tmp_path):
    """A new file gets what open() would give it (not the temporary file's owner-only 0600); a replaced one keeps its own."""
    mask = os.umask(0o022)
    try:
        assert new_file_mode() == 0o644
        atomic_write_json(tmp_path / "new.json", LABEL)
        (tmp_path / "plain.json").write_text("{}")
    finally:
        os.umask(mask)
    assert os.stat(tmp_path / "new.json").st_mode & 0o777 == os.stat(tmp_path / "plain.json").st_mode & 0o777 == 0o644
    os.chmod(tmp_path / "plain.json", 0o640)
    atomic_write_json(tmp_path / "plain.json", LABEL)
    assert os.stat(tmp_path / "plain.json").st_mode & 0o777 == 0o640 and read_json(tmp_path / "plain.json") == LABEL
