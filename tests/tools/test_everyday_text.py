"""tools/everyday_text.py: clean Hangul sentences of gettext catalogs and chatterbot-corpus wheels, each once."""
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "tools" / "everyday_text.py"


def write_mo(path: Path, messages: dict[str, str]) -> None:
    """A little-endian gettext catalog (the layout msgfmt writes): header, two string tables, the strings."""
    items = sorted({"": "Content-Type: text/plain; charset=UTF-8\n", **messages}.items())
    ids = [k.encode() for k, _ in items]
    strs = [v.encode() for _, v in items]
    start = 7 * 4 + 16 * len(items)
    offsets, data = [], b""
    for s in ids + strs:
        offsets.append((len(s), start + len(data)))
        data += s + b"\0"
    header = struct.pack("<7I", 0x950412DE, 0, len(items), 28, 28 + 8 * len(items), 0, 0)
    path.write_bytes(header + b"".join(struct.pack("<2I", *o) for o in offsets) + data)


def run(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *map(str, args)], capture_output=True, text=True)


def test_keeps_clean_hangul_sentences_once_in_input_order(tmp_path):
    write_mo(tmp_path / "game.mo", {
        "a": "드디어, 이 숲에서 나가는구나! 대체 무슨 짓을 한거냐?",  # two sentences
        "b": "&파일 열기",  # a menu accelerator
        "c": "HP 10 남음",  # Latin letters and digits: left out
        "d": "네",  # too short
        "e": "“안녕하세요, 반갑습니다”",  # curly quotes around the whole line
        "g": '"안녕" 하고 인사했다고 "반가워" 했어',  # quotes that do not enclose the line stay
        "f": "알고 있습니다.",
    })
    wheel = tmp_path / "chat.whl"
    with zipfile.ZipFile(wheel, "w") as z:
        z.writestr("chatterbot_corpus/data/korean/greetings.yml",
                   "categories:\n- greetings\nconversations:\n- - 알고 있습니다.\n  - 너는 무엇을 먹니?\n")
        z.writestr("chatterbot_corpus/data/english/greetings.yml", "conversations:\n- - Hello there\n")
    out = tmp_path / "out" / "text.txt"
    result = run(wheel, tmp_path / "game.mo", "--out", out)
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").splitlines() == [
        "알고 있습니다.", "너는 무엇을 먹니?", "드디어, 이 숲에서 나가는구나!", "대체 무슨 짓을 한거냐?", "파일 열기",
        "안녕하세요, 반갑습니다", '"안녕" 하고 인사했다고 "반가워" 했어']
    assert "7 sentences" in result.stdout


def test_a_file_that_is_no_catalog_is_a_one_line_error(tmp_path):
    (tmp_path / "broken.mo").write_bytes(b"not a catalog at all")
    (tmp_path / "truncated.mo").write_bytes(struct.pack("<I", 0x950412DE) + b"\0\0")  # the right magic, then nothing
    for name in ("broken.mo", "truncated.mo"):
        result = run(tmp_path / name, "--out", tmp_path / "out.txt")
        assert result.returncode != 0 and f"{name}: not readable" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out.txt").exists()
    result = run(tmp_path / "missing.whl", "--out", tmp_path / "out.txt")
    assert result.returncode != 0 and "missing.whl: file not found" in result.stderr
    write_mo(tmp_path / "english.mo", {"a": "Open file"})
    result = run(tmp_path / "english.mo", "--out", tmp_path / "out.txt")
    assert result.returncode != 0 and "no Hangul sentence" in result.stderr and not (tmp_path / "out.txt").exists()
