"""The Space folders: front matter, pinned requirements, a self-contained bundle, start-up errors."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import gradio
import pytest
import yaml

from deepspeech2.metrics import cer
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


# Run in the bundle's folder as Spaces runs app.py: load the app, build the page, answer a clean example clip.
PROBE = """
import json, runpy
import classification, deepspeech2, spaces.common
app = runpy.run_path("app.py", run_name="space")
checkpoint = app["ROOT"] / app["DEFAULT_CHECKPOINT"]
examples = app["read_examples"](app["HERE"])
clip = examples[examples["condition"] == "clean"].iloc[0]
if "SpeechDemo" in app:
    demo = app["SpeechDemo"](checkpoint, app["default_decoder"](checkpoint).get("lm_path"), device="cpu")
    answer, files = demo.transcribe(clip.path)[0], [checkpoint, demo.lm_path]
else:
    demo = app["GenderDemo"](checkpoint, device="cpu")
    answer, files = demo.classify(clip.path)[0], [checkpoint]
app["build_app"](demo)
print(json.dumps({"files": [str(f) for f in [deepspeech2.__file__, classification.__file__, spaces.common.__file__,
                                             *files, *examples["path"]]],
                  "answer": answer, "text": clip.text, "gender": clip.gender}))
"""


@pytest.mark.parametrize("name", SPACES)
def test_bundle_runs_on_its_own_copies(name, tmp_path):
    """The bundle holds the code, checkpoints (and LM) and example clips it uses, and answers an example."""
    out = bundle(name, tmp_path / name)
    assert sorted(p.name for p in (out / "examples").iterdir()) == sorted(
        p.name for p in (REPO / "spaces" / name / "examples").iterdir())
    result = subprocess.run([sys.executable, "-c", PROBE], cwd=out, capture_output=True, text=True, timeout=120,
                            env={**os.environ, "PYTHONPATH": ""})
    assert result.returncode == 0, result.stderr[-2000:]
    probe = json.loads(result.stdout.splitlines()[-1])
    assert all(Path(f).is_file() and Path(f).is_relative_to(out) for f in probe["files"])
    assert len(probe["files"]) >= 3 + 1 + 4
    if name == "deepspeech2_kor":  # beam + the bundled LM by default
        assert cer([probe["answer"]], [probe["text"]]) < 0.15, probe
    else:
        assert max(probe["answer"], key=probe["answer"].get) == probe["gender"]  # {"female": p, "male": 1 - p}
    with pytest.raises(FileExistsError):
        bundle(name, out)


def test_bundle_leaves_the_earlier_model_versions_out(tmp_path):
    out = bundle("deepspeech2_kor", tmp_path / "space")
    shipped = {p.name for p in (out / "deepspeech2" / "pretrained").iterdir()}
    assert shipped == {"ds2_medium_synthetic_noise.ckpt", "ds2_small_synthetic_jamo.arpa.gz",
                       "ds2_small_synthetic_jamo.arpa.gz.json", "MODEL_CARD.md"}
    assert {p.name for p in (out / "classification" / "pretrained").iterdir()} == {"gender_synthetic.ckpt",
                                                                                  "MODEL_CARD.md"}
    assert (REPO / "deepspeech2" / "pretrained" / "ds2_small_synthetic_v5_noise.ckpt").is_file()  # the repo keeps them


def test_missing_checkpoint_is_a_clear_error(tmp_path):
    result = subprocess.run([sys.executable, str(REPO / "spaces" / "deepspeech2_kor" / "app.py")], cwd=tmp_path,
                            capture_output=True, text=True, timeout=120,
                            env={**os.environ, "DS2_CHECKPOINT": str(tmp_path / "none.ckpt")})
    assert result.returncode == 1
    assert result.stderr.strip().startswith("error:") and "none.ckpt" in result.stderr
    assert "Traceback" not in result.stderr
