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
