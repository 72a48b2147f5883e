"""The command-line entry points, run as subprocesses."""
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
import torch

from deepspeech2.metrics import cer
from preprocessing.manifest import read_manifest

REPO = Path(__file__).resolve().parents[2]
ONE_THREAD = {**os.environ, "OMP_NUM_THREADS": "1"}  # as conftest's run_cli


@pytest.mark.slow
def test_train_eval_transcribe(run_cli, trained_run, tiny_manifest, tmp_path):
    checkpoints = sorted(p.name for p in (trained_run / "checkpoints").glob("*.ckpt"))
    assert "last.ckpt" in checkpoints and any(name.startswith("best-") for name in checkpoints)
    metrics = pd.read_csv(next((trained_run / "csv").rglob("metrics.csv")))
    assert {"train_loss", "val_loss", "val_cer", "val_wer"} <= set(metrics.columns)
    assert (trained_run / ".hydra" / "config.yaml").is_file()
    checkpoint = f"checkpoint={trained_run / 'checkpoints' / 'last.ckpt'}"

    result = run_cli("eval", checkpoint, f"manifest={tiny_manifest}", f"hydra.run.dir={tmp_path / 'eval'}")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "CER" in result.stdout and "WER" in result.stdout
    predictions = pd.read_csv(tmp_path / "eval" / "predictions.csv", keep_default_na=False)
    assert list(predictions.columns) == ["path", "reference", "hypothesis", "cer", "broken"] and len(predictions) == 12
    assert list(predictions["path"]) == list(read_manifest(tiny_manifest)["path"])  # manifest order
    summary = json.loads((tmp_path / "eval" / "summary.json").read_text(encoding="utf-8"))
    assert summary["utterances"] == 12 and summary["chars"] == 70  # the 6 sentences' syllables, twice
    assert summary["cer"] == pytest.approx(cer(predictions["hypothesis"], predictions["reference"]))  # not self-scored
    assert predictions["cer"].tolist() == pytest.approx(
        [cer([h], [r]) for h, r in zip(predictions["hypothesis"], predictions["reference"])])

    wav_dir = tiny_manifest.parent / "wav"
    (tmp_path / "broken.wav").write_bytes(b"garbage")
    result = run_cli("transcribe", checkpoint, f"inputs=[{wav_dir},{tmp_path / 'broken.wav'}]", "format=csv",
                     f"output={tmp_path / 'out.csv'}")
    assert result.returncode == 1  # one file failed …
    assert "broken.wav: not a readable audio file" in result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 12 and all(line.count("\t") == 1 for line in lines)  # … the others are transcribed
    table = pd.read_csv(tmp_path / "out.csv", keep_default_na=False)
    assert list(table.columns) == ["path", "duration", "text", "error", "note"] and len(table) == 13



def test_eval_reports_the_hand_computed_cer_and_wer(run_cli, constant_checkpoint, known_errors, tmp_path):
    """A model that always says "요" on three utterances whose errors are counted by hand (tests/deepspeech2/conftest.py)."""
    result = run_cli("eval", f"checkpoint={constant_checkpoint}", f"manifest={known_errors.manifest}",
                     f"hydra.run.dir={tmp_path}")
    assert result.returncode == 0, result.stderr[-2000:]
    assert ("greedy: CER 0.7273  WER 0.8333  on 3 utterances (0 skipped, 0 with a broken syllable)"  # 8/11 and 5/6
            in result.stdout)
    summary = json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))
    assert (summary["cer"], summary["wer"]) == (pytest.approx(known_errors.cer), pytest.approx(known_errors.wer))
    assert [summary[k] for k in ("char_errors", "chars", "word_errors", "words", "utterances")] == [8, 11, 5, 6, 3]
    predictions = pd.read_csv(tmp_path / "predictions.csv", keep_default_na=False)
    assert list(predictions["reference"]) == known_errors.texts and set(predictions["hypothesis"]) == {"요"}
    assert predictions["cer"].tolist() == pytest.approx(known_errors.row_cer)

@pytest.mark.slow
def test_resume_after_kill(run_cli, smoke, tiny_data, tmp_path):
    """Kill a run mid-epoch once a step checkpoint exists; ``ckpt_path=last`` continues from its global step."""
    run_dir = tmp_path / "run"
    last = run_dir / "checkpoints" / "last.ckpt"
    common = [*smoke, *tiny_data, "data.max_frames_per_batch=200",  # 12 batches per epoch
              "trainer.checkpoint.every_n_train_steps=2", f"hydra.run.dir={run_dir}"]
    output = tmp_path / "first_run.log"
    with open(output, "w") as log:
        process = subprocess.Popen([sys.executable, "-m", "deepspeech2.train", *common, "trainer.max_steps=100000"],
                                   cwd=REPO, env=ONE_THREAD, stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.time() + 120
            while not last.exists() and process.poll() is None and time.time() < deadline:
                time.sleep(0.02)
        finally:
            process.kill()
            process.wait()
    assert last.exists(), output.read_text()[-2000:]
    killed_at = torch.load(last, map_location="cpu", weights_only=True)["global_step"]
    assert killed_at % 12 != 0  # the checkpoint is from the middle of an epoch

    result = run_cli("train", *common, "ckpt_path=last", f"trainer.max_steps={killed_at + 5}")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Restoring states from the checkpoint" in result.stdout + result.stderr
    assert torch.load(last, map_location="cpu", weights_only=True)["global_step"] == killed_at + 5
    resumed_log = pd.read_csv(run_dir / "csv" / "version_1" / "metrics.csv")
    assert resumed_log["step"].dropna().min() >= killed_at  # counting went on, not from 0


@pytest.mark.slow
def test_ddp_two_cpu_processes(run_cli, smoke, tiny_data, tmp_path):
    result = run_cli("train", "trainer=ddp", *smoke, *tiny_data, "data.max_frames_per_batch=450",
                     "trainer.max_steps=-1", "trainer.max_epochs=1", f"hydra.run.dir={tmp_path}")
    assert result.returncode == 0, result.stderr[-3000:]
    output = result.stdout + result.stderr
    assert "distributed_backend=gloo" in output and "All distributed processes registered" in output
    checkpoint = torch.load(tmp_path / "checkpoints" / "last.ckpt", map_location="cpu", weights_only=True)
    assert checkpoint["global_step"] == 3  # 6 batches shared by 2 processes


def test_bad_manifest_is_a_one_line_error(run_cli, smoke, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text("path,text\n", encoding="utf-8")
    result = run_cli("train", *smoke, f"data.train_manifest={empty}", f"data.valid_manifest={empty}",
                     f"hydra.run.dir={tmp_path / 'run'}")
    assert result.returncode != 0
    assert "error: manifest has no rows" in result.stderr and "Traceback" not in result.stderr


def test_train_on_a_list_of_manifests(run_cli, smoke, tiny_manifest, tmp_path):
    """``data.train_manifest=[a,b]`` trains on both: one epoch of the tiny manifest twice is twice its 3 batches."""
    result = run_cli("train", *smoke, f"data.train_manifest=[{tiny_manifest},{tiny_manifest}]",
                     f"data.valid_manifest={tiny_manifest}", "data.max_frames_per_batch=800", "trainer.max_steps=-1",
                     "trainer.max_epochs=1", f"hydra.run.dir={tmp_path}")
    assert result.returncode == 0, result.stderr[-3000:]
    checkpoint = torch.load(tmp_path / "checkpoints" / "last.ckpt", map_location="cpu", weights_only=True)
    assert checkpoint["global_step"] == 6


def test_transcribe_a_korean_path_from_another_folder(tiny_manifest, tmp_path):
    """Whisper-style: bare paths (Korean, spaces, brackets, "=") and --options; the default model is found
    from any working directory."""
    folder = tmp_path / "녹음 파일 [1]"
    folder.mkdir()
    for name in ("일반남여 대화 [2].wav", "a=b.wav"):
        (folder / name).write_bytes((tiny_manifest.parent / "wav" / "000_0.wav").read_bytes())
    elsewhere = tmp_path / "다른 곳"
    elsewhere.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "deepspeech2.transcribe", str(folder / "일반남여 대화 [2].wav"), "../녹음 파일 [1]/a=b.wav",
         "--format", "srt", "--output", str(tmp_path / "자막")],
        cwd=elsewhere, env={**ONE_THREAD, "PYTHONPATH": str(REPO)}, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.strip().splitlines()
    assert [line.split("\t")[0] for line in lines] == [str(folder / "일반남여 대화 [2].wav"), "../녹음 파일 [1]/a=b.wav"]
    assert sorted(p.name for p in (tmp_path / "자막").iterdir()) == ["a=b.srt", "일반남여 대화 [2].srt"]
    assert "00:00:00,000 --> " in (tmp_path / "자막" / "a=b.srt").read_text(encoding="utf-8")


def test_help_describes_the_settings(run_cli):
    result = run_cli("transcribe", "--help")
    assert result.returncode == 0 and "batch_size: 16  # segments per batch" in result.stdout
    assert "  decoder (default: auto):" in result.stdout and "augment" not in result.stdout


def test_sigterm_saves_last_and_exits_non_zero(train_until_sigterm, smoke, tiny_data, tmp_path):
    run_dir = tmp_path / "run"
    code, output = train_until_sigterm("deepspeech2.train", [*smoke, *tiny_data, "data.max_frames_per_batch=800",
                                                             "trainer.max_steps=-1", "trainer.max_epochs=100000"], run_dir)
    assert code == 1, output[-2000:]
    assert "stopped by SIGTERM at step" in output and "Traceback" not in output
    assert "last.ckpt (resume:" in output  # the message names the file SaveLast wrote
    step = torch.load(run_dir / "checkpoints" / "last.ckpt", map_location="cpu", weights_only=True)["global_step"]
    assert f"stopped by SIGTERM at step {step};" in output and step >= 3  # after the first epoch's 3 batches
    assert (run_dir / "curves.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_one_line_errors_for_a_non_utf8_manifest_and_a_non_arpa_lm(run_cli, tiny_checkpoint, tiny_manifest, tmp_path):
    lines = tiny_manifest.read_bytes().splitlines(keepends=True)
    bad = tiny_manifest.parent / "cp949.csv"  # next to tiny.csv: its relative paths still point at the audio
    bad.write_bytes(b"".join([*lines[:3], "wav/000_0.wav,오늘 날씨,1.0,male,S0,30,x\n".encode("cp949"), *lines[3:]]))
    result = run_cli("eval", f"checkpoint={tiny_checkpoint}", f"manifest={bad}", f"hydra.run.dir={tmp_path / 'e'}")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        f"error: {bad}, line 4: not UTF-8 text (byte 0xbf); manifests are UTF-8 CSV files: convert it, "
        "e.g. `iconv -f cp949 -t utf-8`"]

    (tmp_path / "lm.arpa").write_text("not a language model\n", encoding="utf-8")
    result = run_cli("transcribe", str(tiny_manifest.parent / "wav" / "000_0.wav"), f"checkpoint={tiny_checkpoint}",
                     "decoder=beam_lm", f"decoder.lm_path={tmp_path / 'lm.arpa'}")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        f"error: {tmp_path / 'lm.arpa'}: not an ARPA language model (it must start with \\data\\); build one with "
        "`python -m deepspeech2.lm build --units syllable --output PATH.arpa`"]


def test_a_trainer_setting_that_does_not_fit_the_data_is_a_one_line_error(run_cli, smoke, tiny_data, tmp_path):
    """Lightning rejects 1 % of a validation set of a few batches; the user gets its message, not a traceback."""
    result = run_cli("train", *smoke, *tiny_data, "trainer.limit_val_batches=0.01", f"hydra.run.dir={tmp_path}")
    assert result.returncode != 0
    assert "error: You requested to check 0.01 of the `val_dataloader`" in result.stderr
    assert "Traceback" not in result.stderr
