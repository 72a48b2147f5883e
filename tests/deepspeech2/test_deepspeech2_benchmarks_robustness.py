"""The noise benchmark's parts, in-process: conditions scored right, the SNR sweep's inputs at the requested SNR."""
from __future__ import annotations

import json
import sys

import numpy as np
import pandas as pd
import pytest

from deepspeech2.inference import load_recognizer
from deepspeech2.benchmarks.robustness import (condition_row, markdown_table, snr_sweep_rows, snr_table, sweep_noise,
                                                sweep_utterances, talker_clips, write_results)
from preprocessing.manifest import read_manifest, write_manifest
from preprocessing.audio import write_audio
from preprocessing.noise import mix_at_snr
from preprocessing.synthetic.noise import GENERATORS, TRAIN_NOISE_TYPES as NOISE_TYPES
from preprocessing.synthetic.noisy import noise_bank


class Recorder:
    """Stands in for a Recognizer: says "요" to everything and keeps what it was given."""

    denoise = False

    def __init__(self):
        self.inputs: list[list[np.ndarray]] = []

    def transcribe(self, waveforms):
        self.inputs.append([np.array(w) for w in waveforms])
        return ["요"] * len(waveforms)


def snr_db(speech: np.ndarray, mixture: np.ndarray) -> float:
    """The SNR of ``mixture`` measured against the clean ``speech`` it was made from."""
    noise = mixture.astype(np.float64) - speech
    return 20 * np.log10(np.sqrt(np.mean(speech.astype(np.float64) ** 2)) / np.sqrt(np.mean(noise**2)))


def test_snr_sweep_inputs_have_the_requested_snr():
    rng = np.random.default_rng(0)
    speech = [(0.05 * rng.standard_normal(n)).astype(np.float32) for n in (8000, 12000)]
    bank = {"fan": [GENERATORS["fan"](1.0, 16000, rng) for _ in range(2)],
            "kitchen": [GENERATORS["kitchen"](1.0, 16000, rng)]}
    recorder = Recorder()
    rows = snr_sweep_rows(recorder, "m", speech, ["요", "가요"], bank, [10, 0, -5], seed=3)
    assert [(r["noise_type"], r["snr_db"]) for r in rows] == [(k, s) for k in ("fan", "kitchen") for s in (10.0, 0.0, -5.0)]
    for row, inputs in zip(rows, recorder.inputs):
        assert [len(x) for x in inputs] == [8000, 12000] and all(x.dtype == np.float32 for x in inputs)
        for clean, noisy in zip(speech, inputs):
            assert snr_db(clean, noisy) == pytest.approx(row["snr_db"], abs=0.01)  # no clipping at these levels
    # "요" for "요" and "가요": 1 of 3 characters and 1 of 2 words wrong
    assert all(r["cer"] == pytest.approx(1 / 3) and r["wer"] == 0.5 and r["utterances"] == 2 for r in rows)
    assert all(r["model"] == "m" and r["condition"] == "snr" and r["denoise"] is False for r in rows)
    again = Recorder()
    snr_sweep_rows(again, "m", speech, ["요", "가요"], bank, [10, 0, -5], seed=3)
    assert all(np.array_equal(a, b) for x, y in zip(recorder.inputs, again.inputs) for a, b in zip(x, y))  # seeded
    other = Recorder()
    snr_sweep_rows(other, "m", speech, ["요", "가요"], bank, [10, 0, -5], seed=4)
    assert not np.array_equal(other.inputs[0][0], recorder.inputs[0][0])
    assert not np.array_equal(recorder.inputs[0][0], recorder.inputs[3][0])  # each noise type its own


def test_a_condition_is_scored_against_its_transcripts(constant_checkpoint, known_errors):
    recognizer = load_recognizer(constant_checkpoint, "cpu")
    row = condition_row(recognizer, "const", "far", known_errors.manifest)
    assert row == dict(model="const", condition="far", denoise=False, noise_type=None, snr_db=None, utterances=3,
                       cer=pytest.approx(known_errors.cer), wer=pytest.approx(known_errors.wer), broken=0)


def test_sweep_utterances_are_spread_over_the_manifest(tiny_manifest, tmp_path):
    table = read_manifest(tiny_manifest)
    waveforms, texts = sweep_utterances(tiny_manifest, 3)
    assert texts == list(table["text"][[0, 6, 11]])  # 0, 5.5 and 11 rounded (to even)
    durations = table["duration"][[0, 6, 11]]  # (written to the millisecond: 8 samples)
    assert [len(w) for w in waveforms] == pytest.approx([d * 16000 for d in durations], abs=8)
    table.loc[6, "path"] = str(tmp_path / "missing.wav")
    write_manifest(table, tmp_path / "m.csv")
    waveforms, texts = sweep_utterances(tmp_path / "m.csv", 3)
    assert texts == list(table["text"][[0, 11]]) and len(waveforms) == 2  # the unreadable row is skipped
    assert sweep_utterances(tiny_manifest, 50)[1] == list(table["text"])  # never more than the manifest holds


def test_talker_clips_are_heard_across_a_room(tiny_manifest, tmp_path):
    dry, _ = sweep_utterances(tiny_manifest, 2)
    assert all(np.array_equal(a, b) for a, b in zip(talker_clips(tiny_manifest, 2), dry))
    decay = np.exp(-np.arange(4000) / 800.0) * np.random.default_rng(5).standard_normal(4000)
    write_audio(tmp_path / "rooms" / "room_0.wav", 0.9 * decay / np.abs(decay).max())
    wet = talker_clips(tiny_manifest, 2, tmp_path / "rooms")
    assert [len(w) for w in wet] == [len(w) for w in dry]
    assert all(np.corrcoef(a, b)[0, 1] < 0.95 for a, b in zip(wet, dry))  # reverberated by the room


def test_sweep_noise():
    bank = sweep_noise(3, ["fan", "kitchen"])
    assert list(bank) == ["kitchen", "fan"]  # NOISE_TYPES order
    assert all(len(clips) == 2 and all(len(c) == 20 * 16000 for c in clips) for clips in bank.values())
    assert not np.array_equal(bank["fan"][0], bank["fan"][1])
    assert np.array_equal(sweep_noise(3, ["fan"])["fan"][0], bank["fan"][0])
    with pytest.raises(ValueError, match=r"unknown noise types \['hail', 'thunder'\]; choose from "
                                         + ", ".join(NOISE_TYPES)):
        sweep_noise(3, ["fan", "thunder", "hail"])


ROWS = [dict(model="a", condition="clean", denoise=False, noise_type=None, snr_db=None, utterances=3, cer=0.5, wer=1.0),
        dict(model="a", condition="near", denoise=False, noise_type=None, snr_db=None, utterances=3, cer=0.25, wer=0.5),
        dict(model="a", condition="clean", denoise=True, noise_type=None, snr_db=None, utterances=3, cer=0.125, wer=0.5),
        dict(model="a", condition="snr", denoise=False, noise_type="fan", snr_db=10.0, utterances=2, cer=0.2, wer=0.5),
        dict(model="a", condition="snr", denoise=False, noise_type="fan", snr_db=-5.0, utterances=2, cer=0.75, wer=1.0),
        dict(model="a", condition="snr", denoise=False, noise_type="vacuum", snr_db=10.0, utterances=2, cer=0.5,
             wer=1.0)]


def test_tables():
    results = pd.DataFrame(ROWS)
    assert markdown_table(results) == (
        "| 구분 | 노이즈 제거유무 | 일반 음성 CER | 근거리 소음 CER |\n"
        "| --- | --- | ---: | ---: |\n"
        "| a | X | 50.00 % | 25.00 % |\n"
        "| a | O | 12.50 % | – |\n")
    assert snr_table(results) == (
        "**a** — CER (%) by SNR\n\n"
        "| noise | 10 dB | -5 dB |\n"
        "| --- | ---: | ---: |\n"
        "| fan | 20.0 | 75.0 |\n"
        "| vacuum | 50.0 | – |\n")
    assert snr_table(results[results["condition"] != "snr"]) == ""


def test_tables_keep_the_order_of_the_results():
    """Models, denoising and noise types in the order they were run, not sorted."""
    rows = [{**row, "model": "b"} for row in reversed(ROWS)] + ROWS[:1] + ROWS[3:4]
    results = pd.DataFrame(rows)
    assert markdown_table(results).splitlines()[2:] == [
        "| b | O | 12.50 % | – |", "| b | X | 50.00 % | 25.00 % |", "| a | X | 50.00 % | – |"]
    assert snr_table(results).splitlines() == [
        "**b** — CER (%) by SNR", "", "| noise | 10 dB | -5 dB |", "| --- | ---: | ---: |",
        "| vacuum | 50.0 | – |", "| fan | 20.0 | 75.0 |", "",
        "**a** — CER (%) by SNR", "", "| noise | 10 dB | -5 dB |", "| --- | ---: | ---: |",
        "| fan | 20.0 | – |"]


def test_write_results(tmp_path):
    paths = write_results(ROWS, tmp_path / "out", {"config": {"seed": 3}})
    assert sorted(paths) == ["cer_vs_snr.png", "results.csv", "results.json", "table.md"]
    assert all(p.parent == tmp_path / "out" for p in paths.values())
    saved = pd.read_csv(paths["results.csv"])
    assert list(saved.columns) == ["model", "condition", "denoise", "noise_type", "snr_db", "utterances", "cer", "wer",
                                   "broken"]
    assert saved["cer"].tolist() == [r["cer"] for r in ROWS]
    data = json.loads(paths["results.json"].read_text(encoding="utf-8"))
    assert data["config"] == {"seed": 3} and data["results"][3]["noise_type"] == "fan"
    assert paths["table.md"].read_text(encoding="utf-8") == markdown_table(saved) + "\n" + snr_table(saved)
    assert paths["cer_vs_snr.png"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    empty = write_results([], tmp_path / "empty")  # nothing was measured: the files, with their headers
    assert pd.read_csv(empty["results.csv"]).columns.tolist() == saved.columns.tolist() and "cer_vs_snr.png" not in empty
    paths = write_results(ROWS[:3], tmp_path / "no_sweep")
    assert "cer_vs_snr.png" not in paths and not (tmp_path / "no_sweep" / "cer_vs_snr.png").exists()
    assert json.loads(paths["results.json"].read_text(encoding="utf-8")).keys() == {"results"}


def run_benchmark(monkeypatch, *overrides: str) -> None:
    """``python -m deepspeech2.benchmark OVERRIDES`` in this process (so that mutation testing sees what it runs)."""
    from deepspeech2.benchmarks import noisy_vs_clean as benchmark

    # as under ``python -m``: Hydra then finds configs/ relative to the file rather than as a Python package
    monkeypatch.setattr(benchmark.main.__wrapped__, "__module__", "__main__")
    monkeypatch.setattr(sys, "argv", ["benchmark", *overrides])
    benchmark.main()


def test_benchmark_command_reports_the_hand_computed_cers(constant_checkpoint, known_errors, tmp_path, monkeypatch,
                                                        capsys):
    """``python -m deepspeech2.benchmark`` (run in this process): a model that always says "요" gets CER 8/11 on the
    known-errors manifest (clean), 8/10 without its "요" row (far), and 8/10 in the sweep (its 2 utterances are
    "엄마 밥 주세요" and "가요 가요"), with and without denoising."""
    far = read_manifest(known_errors.manifest).iloc[[0, 2]]
    write_manifest(far, tmp_path / "far.csv")
    run_benchmark(monkeypatch, f"checkpoints=[{constant_checkpoint}]", "names=[const]",
                  f"clean_manifest={known_errors.manifest}", f"noisy.far={tmp_path / 'far.csv'}",
                  f"noisy.near={tmp_path / 'none.csv'}", "denoise=[false,true]", "snr.levels=[10]",
                  "snr.noise_types=[fan]", "snr.utterances=2", f"snr.talkers.manifest={known_errors.manifest}",
                  "snr.talkers.rir_dir=null", "device=cpu", f"hydra.run.dir={tmp_path}")
    out, err = capsys.readouterr()
    assert "warning: no near manifest" in err
    results = pd.read_csv(tmp_path / "results.csv")
    assert results[["condition", "denoise", "noise_type", "utterances"]].fillna("").values.tolist() == [
        ["clean", False, "", 3], ["clean", True, "", 3], ["far", False, "", 2], ["far", True, "", 2],
        ["snr", False, "fan", 2], ["snr", False, "talker", 2]]
    assert results["cer"].tolist() == pytest.approx([8 / 11, 8 / 11, 8 / 10, 8 / 10, 8 / 10, 8 / 10])
    assert results["wer"].tolist() == pytest.approx([5 / 6, 5 / 6, 5 / 5, 5 / 5, 5 / 5, 5 / 5])
    assert "| const | X | 72.73 % | 80.00 % |" in out and "| const | O | 72.73 % | 80.00 % |" in out
    assert "| fan | 80.0 |" in out and (tmp_path / "table.md").read_text(encoding="utf-8") in out


def test_benchmark_command_errors_are_one_line(constant_checkpoint, known_errors, tmp_path, monkeypatch):
    with pytest.raises(SystemExit, match="error: 1 checkpoints but 2 names"):
        run_benchmark(monkeypatch, f"checkpoints=[{constant_checkpoint}]", "names=[a,b]", f"hydra.run.dir={tmp_path}")
    with pytest.raises(SystemExit, match="error: .*none.ckpt"):
        run_benchmark(monkeypatch, f"checkpoints=[{tmp_path / 'none.ckpt'}]", f"clean_manifest={known_errors.manifest}",
                      f"noisy.far={tmp_path / 'none.csv'}", f"noisy.near={tmp_path / 'none.csv'}", "snr.levels=[]",
                      f"hydra.run.dir={tmp_path}")


def test_sweep_inputs_are_seeded_per_seed_noise_type_and_level():
    """Each (noise type, SNR) draws its clip and crop from a generator seeded [seed, type index (99: not a known
    type), SNR + 100]; without a seed the seed is 0."""
    rng = np.random.default_rng(5)
    speech = [(0.05 * rng.standard_normal(4000)).astype(np.float32)]
    bank = {"fan": [rng.standard_normal(6000) * 0.1 for _ in range(3)], "hum": [rng.standard_normal(6000) * 0.1]}
    recorder = Recorder()
    snr_sweep_rows(recorder, "m", speech, ["요"], bank, [10, -5])
    for inputs, (kind, snr) in zip(recorder.inputs, [("fan", 10), ("fan", -5), ("hum", 10), ("hum", -5)]):
        draw = np.random.default_rng([0, NOISE_TYPES.index(kind) if kind in NOISE_TYPES else 99, snr + 100])
        clip = bank[kind][int(draw.integers(len(bank[kind])))]
        assert np.array_equal(inputs[0], mix_at_snr(speech[0], clip, float(snr), draw))


def test_the_plot(tmp_path, monkeypatch):
    """One panel per model (shared CER axis), a line per noise type in CER %, the clean CER dashed; 5.5 × 4 in
    per panel at 120 dpi."""
    import deepspeech2.benchmarks.robustness as robustness

    figures = []
    monkeypatch.setattr(robustness.plt, "close", figures.append)
    # model b's noise types in the other order: the lines keep the order they were run in
    rows = ROWS + [{**row, "model": "b", "cer": row["cer"] / 2} for row in reversed(ROWS) if row["condition"] != "near"]
    robustness.plot_cer_vs_snr(pd.DataFrame(rows), tmp_path / "plot.png")
    png = (tmp_path / "plot.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert (int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")) == (2 * 660, 480)
    robustness.plot_cer_vs_snr(pd.DataFrame(ROWS), tmp_path / "one.png")  # one model: one panel
    one = (tmp_path / "one.png").read_bytes()
    assert (int.from_bytes(one[16:20], "big"), int.from_bytes(one[20:24], "big")) == (660, 480)
    figure, single = figures
    assert len(single.axes) == 1
    first, second = figure.axes
    assert first.get_shared_y_axes().joined(first, second)
    for ax, model, scale in ((first, "a", 1.0), (second, "b", 0.5)):
        assert ax.get_title() == model and ax.get_xlabel() == "SNR (dB)" and ax.get_ylabel() == "CER (%)"
        assert ax.xaxis_inverted()
        lines = {line.get_label(): line for line in ax.get_lines()}
        kinds = ["fan", "vacuum"] if model == "a" else ["vacuum", "fan"]
        assert list(lines) == kinds + ["clean"]
        assert list(lines["fan"].get_xdata()) == [-5.0, 10.0]
        assert list(lines["fan"].get_ydata()) == pytest.approx([75.0 * scale, 20.0 * scale])
        assert list(lines["vacuum"].get_ydata()) == pytest.approx([50.0 * scale])
        assert lines["clean"].get_linestyle() == "--" and list(lines["clean"].get_ydata()) == pytest.approx([50.0 * scale] * 2)
        assert lines["fan"].get_marker() == "o" and lines["clean"].get_color() == "gray"
        assert [(t.get_text(), t.get_fontsize()) for t in ax.get_legend().get_texts()] == [
            (kind, 8) for kind in kinds + ["clean"]]
        assert all(g.get_visible() and g.get_alpha() == 0.3 for g in ax.xaxis.get_gridlines() + ax.yaxis.get_gridlines())


def test_tv_babble_is_spoken_by_four_seeded_voices(monkeypatch):
    import deepspeech2.benchmarks.robustness as robustness

    asked = []
    t = np.arange(16000) / 16000
    talkers = [np.sin(2 * np.pi * f * t).astype(np.float32) for f in (150, 220, 310, 440)]  # stand-ins for espeak-ng
    monkeypatch.setattr(robustness, "babble_voices", lambda count, seed: asked.append((count, seed)) or talkers)
    assert list(sweep_noise(3, ["fan"])) == ["fan"] and asked == []  # no talkers needed
    bank = sweep_noise(3, ["tv_babble"])
    assert asked == [(4, 3)]
    expected = noise_bank(3, NOISE_TYPES, 2, 20.0, talkers)["tv_babble"]
    assert all(np.array_equal(a, b) for a, b in zip(bank["tv_babble"], expected, strict=True))
    assert not np.array_equal(bank["tv_babble"][0], noise_bank(3, NOISE_TYPES, 2, 20.0, None)["tv_babble"][0])  # talkers used
