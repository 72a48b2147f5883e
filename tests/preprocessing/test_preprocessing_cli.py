import subprocess
import sys


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "preprocessing", *args], capture_output=True, text=True, cwd=cwd)


def test_missing_folder_is_a_clear_error(tmp_path):
    result = run("aihub", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "error: no *.json label files" in result.stderr
    assert "Traceback" not in result.stderr


def test_vocab_command(tmp_path, tiny_manifest):
    result = run("vocab", str(tiny_manifest), "--kind", "jamo", "--out", str(tmp_path / "v.json"))
    assert result.returncode == 0, result.stderr
    assert "wrote 69 labels" in result.stdout


def test_help_lists_subcommands():
    result = run("--help")
    assert result.returncode == 0
    for command in ("synth", "aihub", "noise", "noisy", "vocab", "shards", "sentences"):
        assert command in result.stdout


def test_every_option_is_described(argparse_parsers, undocumented_options):
    from preprocessing import bench
    from preprocessing.__main__ import main

    parsers = argparse_parsers(main, []) | argparse_parsers(bench.main, [])
    assert len(parsers) == 9  # python -m preprocessing, its 7 commands, preprocessing.bench
    assert undocumented_options(parsers) == []


def test_the_label_benchmark_writes_to_outputs_not_to_the_docs(tmp_path, monkeypatch):
    from preprocessing import bench

    monkeypatch.chdir(tmp_path)
    bench.main(["--files", "40", "--workers", "1"])
    assert not (tmp_path / "docs").exists()
    assert "## Label parsing" in (tmp_path / "outputs" / "preprocessing" / "bench" / "benchmarks.md").read_text()


def test_sentences_command_reads_html_and_text_without_changing_them(tmp_path):
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / "a.html").write_text("<p>새 파일을 엽니다.</p><p>English only</p>", encoding="utf-8")
    (docs / "sub" / "b.txt").write_text("저장하고 닫습니다\n새 파일을 엽니다\n", encoding="utf-8")
    (docs / "sub" / "c.txt").write_bytes("깨진 글자\n".encode("cp949") + "다음 문장입니다\n".encode("utf-8"))
    (docs / "image.png").write_bytes(b"\x89PNG")
    before = {p: p.read_bytes() for p in docs.rglob("*") if p.is_file()}
    result = run("sentences", str(docs), "--out", str(tmp_path / "lm" / "text.txt"))
    assert result.returncode == 0, result.stderr
    assert "wrote 3 sentences of 3 files" in result.stdout
    assert (tmp_path / "lm" / "text.txt").read_text(encoding="utf-8").splitlines() == [
        "새 파일을 엽니다", "저장하고 닫습니다", "다음 문장입니다"]  # cp949 bytes: that piece dropped
    assert {p: p.read_bytes() for p in docs.rglob("*") if p.is_file()} == before


def test_sentences_command_says_when_there_is_nothing_to_read(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "english.txt").write_text("no Korean here\n", encoding="utf-8")
    for path, message in ((tmp_path / "nowhere", "no such file or folder"), (tmp_path / "empty", "no .html"),
                          (tmp_path / "english.txt", "no Hangul sentence")):
        result = run("sentences", str(path), "--out", str(tmp_path / "out.txt"))
        assert result.returncode == 1 and message in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out.txt").exists()
