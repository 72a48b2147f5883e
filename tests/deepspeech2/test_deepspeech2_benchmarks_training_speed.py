"""python -m deepspeech2.benchmarks.training_speed at tiny size: every figure is there and the results file grows by one section."""
from __future__ import annotations

import json

import pytest
import torch

from deepspeech2.benchmarks.training_speed import build, naive_forward, real_batches, synthetic_batches
from preprocessing.manifest import read_manifest


def test_bench_runs_and_appends_its_section(run_cli, tiny_manifest, tmp_path):
    results = tmp_path / "benchmarks.md"  # in the work folder: the default, not docs/benchmarks.md
    results.write_text("# Benchmarks\n\nearlier figures\n", encoding="utf-8")
    result = run_cli("benchmarks.training_speed", "--manifest", str(tiny_manifest), "--test-manifest", str(tiny_manifest),
                     "--steps", "1", "--utterances", "2", "--max-frames", "500", "--workers", "0",
                     "--work-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr[-3000:]
    text = results.read_text(encoding="utf-8")
    assert text.startswith("# Benchmarks\n\nearlier figures\n") and "## Training and inference speed" in text
    rows = [line for line in text.splitlines() if line.startswith("| ds2_small")]
    assert len(rows) == 2  # synthetic and real batches
    report = json.loads((tmp_path / "bench.json").read_text(encoding="utf-8"))
    model = report["models"][0]
    # ds2_small with 80 mel bins: 3,210,976 parameters + 256 per label (test_deepspeech2_config.py)
    labels = len(build("ds2_small", str(tiny_manifest)).tokenizer)
    assert model["params_m"] == (3_210_976 + 256 * labels) / 1e6
    assert f"| ds2_small | {model['params_m']:.2f} | synthetic | {model['synthetic']['audio_s_per_s']} |" in text
    # the timed step (the first is warm-up) is the second of the synthetic batches the command drew
    durations = [float(d) for d in read_manifest(tiny_manifest)["duration"]]
    _, lengths, _, _ = list(synthetic_batches(durations, 10.0, 500, 2, labels))[1]
    audio, frames = float(lengths.sum()) / 16000, lengths // 160
    for kind in ("synthetic", "real", "straightforward"):
        figures = model[kind]
        assert figures["steps"] == 1 and set(figures["step_ms"]) == {"data", "forward", "backward"}
        assert all(ms >= 0 for ms in figures["step_ms"].values()) and 0 <= figures["padding_share"] < 1
        if kind != "real":  # audio-s/s = the batch's audio over the step's time
            seconds = sum(figures["step_ms"].values()) / 1000
            assert figures["audio_s_per_s"] == pytest.approx(audio / seconds, rel=0.02, abs=0.1)
            assert figures["padding_share"] == round(1 - int(frames.sum()) / (int(frames.max()) * len(frames)), 3)
    assert model["speedup_vs_straightforward"] == round(
        model["synthetic"]["audio_s_per_s"] / model["straightforward"]["audio_s_per_s"], 2)
    # real-time factor × utterances per second = utterances per second of audio (the first 2 utterances)
    two = sum(read_manifest(tiny_manifest)["duration"][:2])
    for batching in ("batch1", "batched"):
        speed = model[batching]
        assert speed["rtf"] * speed["utterances_per_s"] == pytest.approx(2 / two, rel=0.05)
    assert model["loader_audio_s_per_s"] > 0 and model["peak_mb"] > 100  # torch alone takes more than 100 MB


def test_straightforward_forward_computes_the_same_model(tiny_manifest):
    """The comparison is fair: on equal-length utterances (no padding) both ways give the same logits."""
    torch.manual_seed(0)
    module = build("ds2_small", str(tiny_manifest)).eval()
    module.model.config.conv_precision = "fp32"  # the straightforward way has float32 convolutions, as the reference
    waveforms = torch.randn(3, 16000) * 0.1
    lengths = torch.full((3,), 16000)
    with torch.no_grad():
        ours, our_lengths = module(waveforms, lengths)
        theirs, their_lengths = naive_forward(module, waveforms, lengths)
    assert torch.equal(our_lengths, their_lengths)
    torch.testing.assert_close(theirs, ours, atol=1e-4, rtol=1e-4)


def test_synthetic_batches_are_full_even_when_large():
    """Large batches are as full as in training: each of the ``count`` batches holds close to ``max_frames``
    (too few drawn utterances used to give one or two half-empty batches, and a flattering throughput)."""
    durations = [2.0, 3.0, 4.0, 5.0]  # seconds: 200–500 frames at a 10-ms hop
    batches = list(synthetic_batches(durations, 10.0, max_frames=20000, count=5, n_labels=10))
    assert len(batches) == 5
    for waveforms, lengths, targets, target_lengths in batches:
        padded_frames = waveforms.shape[0] * waveforms.shape[1] / 160
        assert 0.8 * 20000 <= padded_frames <= 20000 * 1.01
        assert len(targets) == len(lengths) == len(target_lengths)


def test_real_batches_go_on_into_further_epochs(tiny_manifest):
    """Asking for more batches than one epoch holds (large batches, a small manifest) still gives that many."""
    module = build("ds2_small", str(tiny_manifest))
    batches = list(real_batches(str(tiny_manifest), module, max_frames=2000, count=9, workers=0))
    assert len(batches) == 9
    utterances = sum(len(lengths) for _, lengths, _, _ in batches)
    assert utterances > 12  # the manifest's 12 utterances, and more from the next epochs
