"""The command-line tools end to end on tiny data: train → eval → transcribe → analyze (subprocesses)."""
import json
import os

import numpy as np
import torch
import pandas as pd
import pytest

from preprocessing.audio import write_audio

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def trained(run_cli, tiny_overrides, tmp_path_factory):
    run_dir = tmp_path_factory.mktemp("cli_train")
    result = run_cli("train", *tiny_overrides, "trainer.max_epochs=15", f"hydra.run.dir={run_dir}",
                     f"export={run_dir / 'gender.ckpt'}")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "best checkpoint:" in result.stdout
    return run_dir


@pytest.mark.slow
def test_train_eval_transcribe_analyze(run_cli, trained, tiny_manifest, conversation, tmp_path):
    checkpoint = trained / "gender.ckpt"
    assert checkpoint.is_file() and list((trained / "checkpoints").glob("best-*.ckpt"))

    result = run_cli("eval", f"checkpoint={checkpoint}", f"manifest={tiny_manifest}", f"hydra.run.dir={tmp_path / 'e'}")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "accuracy 1.0000  F1 1.0000  on 12 clips" in result.stdout and "true female" in result.stdout
    table = pd.read_csv(tmp_path / "e" / "predictions.csv")
    assert list(table.columns) == ["path", "gender", "predicted", "probability"] and len(table) == 12
    assert json.loads((tmp_path / "e" / "summary.json").read_text())["confusion"] == [[6, 0], [0, 6]]
    assert (tmp_path / "e" / "confusion.png").read_bytes()[:8] == PNG
    assert "predicted female" in (tmp_path / "e" / "confusion.txt").read_text()

    folder = tiny_manifest.parent / "wav"
    (tmp_path / "bad.wav").write_text("not audio")
    result = run_cli("transcribe", f"checkpoint={checkpoint}", f"inputs=[{folder},{tmp_path / 'bad.wav'}]",
                     f"output_csv={tmp_path / 't.csv'}")
    assert result.returncode == 1  # one file failed, the other 12 were classified
    assert "bad.wav: not a readable audio file" in result.stderr and "1 of 13 files failed" in result.stderr
    table = pd.read_csv(tmp_path / "t.csv")
    assert list(table.columns) == ["path", "gender", "probability", "error"]
    good = table.dropna(subset=["gender"])
    truth = pd.read_csv(tiny_manifest).assign(name=lambda t: t.path.str.rsplit("/", n=1).str[-1])
    assert dict(zip(good.path.str.rsplit("/", n=1).str[-1], good.gender)) == dict(zip(truth.name, truth.gender))

    result = run_cli("analyze", str(conversation["path"]), f"checkpoint={checkpoint}",
                     f"hydra.run.dir={tmp_path / 'a'}")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "speaking-time ratio female:male" in result.stdout
    report = json.loads((tmp_path / "a" / "report.json").read_text(encoding="utf-8"))
    truth = conversation["seconds"]
    assert report["female_to_male"] == pytest.approx(truth["female"] / truth["male"], rel=0.10)
    assert (tmp_path / "a" / "timeline.png").read_bytes()[:8] == PNG


def test_training_with_noise_augmentation(run_cli, tiny_overrides, tmp_path):
    write_audio(tmp_path / "noise" / "hum.wav", 0.1 * np.random.default_rng(0).standard_normal(16000))
    write_audio(tmp_path / "rooms" / "room.wav", np.exp(-np.arange(4000) / 800) * np.random.default_rng(1).uniform(-1, 1, 4000))
    quick = [*tiny_overrides, "trainer.max_epochs=1", "augment=noise", "augment.wave.reverb_prob=0.5",
             f"augment.wave.rir_dir={tmp_path / 'rooms'}"]
    result = run_cli("train", *quick, f"augment.wave.noise_dir={tmp_path / 'noise'}", f"hydra.run.dir={tmp_path / 'r'}")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "best checkpoint:" in result.stdout
    result = run_cli("train", *quick, f"augment.wave.noise_dir={tmp_path / 'none'}", f"hydra.run.dir={tmp_path / 'e'}")
    assert result.returncode == 1 and "error: noise injection needs audio files" in result.stderr
    assert "Traceback" not in result.stderr


def test_clear_errors_without_a_traceback(run_cli, tmp_path):
    result = run_cli("eval", f"checkpoint={tmp_path / 'none.ckpt'}", f"hydra.run.dir={tmp_path}")
    assert result.returncode == 1 and "error: no checkpoint at" in result.stderr
    result = run_cli("transcribe", "inputs=[]")
    assert result.returncode == 1 and "nothing to classify" in result.stderr
    assert "Traceback" not in result.stderr


def test_transcribe_and_analyze_take_bare_paths_from_another_folder(tiny_checkpoint, conversation, tiny_manifest,
                                                                     repo, tmp_path):
    """A folder of recordings with Korean, spaces and brackets in the names, from another working directory."""
    import subprocess
    import sys

    folder = tmp_path / "대화 [1]"
    folder.mkdir()
    (folder / "저녁 식사 [2].wav").write_bytes(conversation["path"].read_bytes())
    (folder / "a=b.wav").write_bytes((tiny_manifest.parent / "wav" / "000_1.wav").read_bytes())

    def run(command, *args):
        return subprocess.run([sys.executable, "-m", f"classification.{command}", *args], cwd=tmp_path,
                              env={**os.environ, "PYTHONPATH": str(repo)}, capture_output=True, text=True, timeout=180)

    result = run("transcribe", "대화 [1]/a=b.wav", "--checkpoint", str(tiny_checkpoint), "--output-csv", "out.csv")
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("대화 [1]/a=b.wav\tfemale\t")

    result = run("analyze", "대화 [1]", f"checkpoint={tiny_checkpoint}", "hydra.run.dir=보고서")
    assert result.returncode == 0, result.stderr[-2000:]
    assert sorted(p.name for p in (tmp_path / "보고서").iterdir() if p.is_dir()) == [".hydra", "a=b", "저녁 식사 [2]"]
    report = json.loads((tmp_path / "보고서" / "저녁 식사 [2]" / "report.json").read_text(encoding="utf-8"))
    assert report["segments_total"] == len(conversation["turns"])


def test_analyze_without_a_recording_is_a_one_line_error(run_cli, tmp_path):
    result = run_cli("analyze", f"hydra.run.dir={tmp_path}")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        "error: no recording to analyze; pass audio files or folders: python -m classification.analyze REC.wav [FOLDER/ ...]"]


def test_sigterm_saves_last_and_exits_non_zero(train_until_sigterm, tiny_manifest, tmp_path):
    run_dir = tmp_path / "run"
    code, output = train_until_sigterm("classification.train", [
        "experiment=smoke", f"data.train_manifest={tiny_manifest}", f"data.valid_manifest={tiny_manifest}",
        "trainer.max_steps=-1", "trainer.max_epochs=100000"], run_dir)
    assert code == 1, output[-2000:]
    assert "stopped by SIGTERM at step" in output and "Traceback" not in output
    assert "last.ckpt (resume:" in output  # the message names the file SaveLast wrote
    step = torch.load(run_dir / "checkpoints" / "last.ckpt", weights_only=True)["global_step"]
    assert f"stopped by SIGTERM at step {step};" in output and step >= 3  # after the first epoch's 3 batches
