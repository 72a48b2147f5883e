"""The Space folders: front matter, pinned requirements, a self-contained bundle, start-up errors."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import gradio
import pytest
import yaml

from spaces.bundle import SPACES, bundle

REPO = Path(__file__).resolve().parents[2]


def pins(path: Path) -> dict[str, str]:
    lines = [line.split("#")[0].strip() for line in path.read_text().splitlines()]
    return dict(line.split("==") for line in lines if "==" in line)


def test_both_spaces_exist():
    assert SPACES == ["audio_gender_classifier", "deepspeech2_kor"]


@pytest.mark.parametrize("name", SPACES)
def test_front_matter_and_requirements(name):
    folder = REPO / "spaces" / name
    front = yaml.safe_load(folder.joinpath("README.md").read_text(encoding="utf-8").split("---")[1])
    assert front["sdk"] == "gradio" and front["app_file"] == "app.py"
    assert str(front["sdk_version"]) == gradio.__version__
    assert str(front["python_version"]).startswith("3.") and front["license"] == "apache-2.0"
    required, toolkit = pins(folder / "requirements.txt"), pins(REPO / "requirements.txt")
    assert {"torch", "torchaudio", "gradio", "silero-vad", "onnxruntime", "soundfile"} <= set(required)
    assert {name: toolkit[name] for name in required} == required  # the same versions as the toolkit


@pytest.mark.parametrize("name", SPACES)
def test_bundle_runs_on_its_own_copies(name, tmp_path):
    out = bundle(name, tmp_path / name)
    probe = ("import runpy, deepspeech2, classification, spaces.common; "
             "app = runpy.run_path('app.py', run_name='space'); "
             "print(deepspeech2.__file__, classification.__file__, spaces.common.__file__, "
             "app['ROOT'] / app['DEFAULT_CHECKPOINT'])")
    result = subprocess.run([sys.executable, "-c", probe], cwd=out, capture_output=True, text=True, timeout=120,
                            env={**os.environ, "PYTHONPATH": ""})
    assert result.returncode == 0, result.stderr[-2000:]
    *modules, checkpoint = result.stdout.split()
    assert all(Path(m).is_relative_to(out) for m in modules)
    if name == "audio_gender_classifier":
        assert Path(checkpoint).is_file() and Path(checkpoint).is_relative_to(out)
    with pytest.raises(FileExistsError):
        bundle(name, out)


def test_missing_checkpoint_is_a_clear_error(tmp_path):
    result = subprocess.run([sys.executable, str(REPO / "spaces" / "deepspeech2_kor" / "app.py")], cwd=tmp_path,
                            capture_output=True, text=True, timeout=120,
                            env={**os.environ, "DS2_CHECKPOINT": str(tmp_path / "none.ckpt")})
    assert result.returncode == 1
    assert result.stderr.strip().startswith("error:") and "none.ckpt" in result.stderr
    assert "Traceback" not in result.stderr
