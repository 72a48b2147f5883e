"""tools/new_text_dev_set.py: pieces of the documents, minus the excluded text, spoken into a manifest."""
import subprocess
import sys
from pathlib import Path

import soundfile as sf

from preprocessing.manifest import read_manifest

SCRIPT = Path(__file__).resolve().parents[2] / "tools" / "new_text_dev_set.py"


def test_writes_a_manifest_of_the_documents_pieces_without_the_excluded_ones(tmp_path):
    docs = tmp_path / "faq"
    docs.mkdir()
    (docs / "a.html").write_text("<p>데비안은 자유 운영 체제입니다.</p><p>패키지는 2개의 파일로 나뉩니다.</p>"
                                 "<p>Latin letters 문장은 빠집니다.</p>", encoding="utf-8")
    (docs / "b.txt").write_text("미러 사이트에서 받을 수 있습니다.\n", encoding="utf-8")
    exclude = tmp_path / "lm.txt"
    exclude.write_text("미러 사이트에서 받을 수 있습니다\n", encoding="utf-8")
    result = subprocess.run([sys.executable, str(SCRIPT), str(docs), "--exclude", str(exclude), "--root",
                             str(tmp_path / "dev"), "--count", "5", "--workers", "1"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    table = read_manifest(tmp_path / "dev" / "manifests" / "new_text_dev.csv")
    assert sorted(table["text"]) == ["데비안은 자유 운영 체제입니다", "패키지는 이개의 파일로 나뉩니다"]  # numbers read
    for path, duration in zip(table["path"], table["duration"]):
        audio, rate = sf.read(path)
        assert rate == 16000 and abs(len(audio) / rate - duration) < 0.01 and duration > 0.5
    assert set(table["gender"]) == {"female", "male"}


def test_a_missing_folder_is_a_clear_error(tmp_path):
    result = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path / "nowhere"), "--root", str(tmp_path / "dev")],
                            capture_output=True, text=True)
    assert result.returncode == 1 and "error: " in result.stderr and "no such file or folder" in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "dev").exists()
