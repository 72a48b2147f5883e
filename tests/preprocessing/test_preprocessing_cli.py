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
    for command in ("synth", "aihub", "noise", "noisy", "vocab", "shards"):
        assert command in result.stdout


def test_every_option_is_described(argparse_parsers, undocumented_options):
    from preprocessing import bench
    from preprocessing.__main__ import main

    parsers = argparse_parsers(main, []) | argparse_parsers(bench.main, [])
    assert len(parsers) == 8  # python -m preprocessing, its 6 commands, preprocessing.bench
    assert undocumented_options(parsers) == []


def test_the_label_benchmark_writes_to_outputs_not_to_the_docs(tmp_path, monkeypatch):
    from preprocessing import bench

    monkeypatch.chdir(tmp_path)
    bench.main(["--files", "40", "--workers", "1"])
    assert not (tmp_path / "docs").exists()
    assert "## Label parsing" in (tmp_path / "outputs" / "preprocessing" / "bench" / "benchmarks.md").read_text()
