"""python -m deepspeech2.benchmark end to end on tiny data, and its markdown table."""
from __future__ import annotations

import json

import pandas as pd
import pytest


def parse_markdown_table(text: str) -> list[list[str]]:
    """Rows of the first markdown table in ``text`` as lists of cell strings (header first, rule dropped)."""
    lines = text[text.index("|"):].split("\n\n")[0].splitlines()  # the first block of table lines
    rows = [[cell.strip() for cell in line.strip().strip("|").split("|")] for line in lines]
    assert set("".join(rows[1])) <= set("-: ") and all(len(row) == len(rows[0]) for row in rows)
    return [rows[0]] + rows[2:]


@pytest.fixture(scope="module")
def benchmark_run(run_cli, tiny_checkpoint, tiny_manifest, tmp_path_factory):
    out = tmp_path_factory.mktemp("benchmark")
    result = run_cli("benchmark", f"checkpoints=[{tiny_checkpoint}]", "names=[tiny]",
                     f"clean_manifest={tiny_manifest}", f"noisy.far={tiny_manifest}", f"noisy.near={tiny_manifest}",
                     "snr.levels=[10,0]", "snr.noise_types=[fan,tv_babble]", "snr.utterances=3",
                     f"snr.talkers.manifest={tiny_manifest}", "snr.talkers.count=2", "snr.talkers.rir_dir=null",
                     f"hydra.run.dir={out}")  # (the default rooms are the embedded corpus's, built on first use)
    assert result.returncode == 0, result.stderr[-3000:]
    return out, result


def test_writes_every_output(benchmark_run):
    out, result = benchmark_run
    results = pd.read_csv(out / "results.csv")
    assert len(results) == 3 * 2 + 3 * 2  # clean/far/near × with/without denoising + 2 noise types and a talker × 2 SNRs
    assert set(results["condition"]) == {"clean", "far", "near", "snr"}
    assert set(results["noise_type"].dropna()) == {"fan", "tv_babble", "talker"}
    assert results["utterances"].tolist() == [12] * 6 + [3] * 6
    assert results["cer"].between(0, 10).all()
    saved = json.loads((out / "results.json").read_text(encoding="utf-8"))
    assert len(saved["results"]) == len(results) and saved["config"]["names"] == ["tiny"]
    assert (out / "cer_vs_snr.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "구분 | 노이즈 제거유무" in result.stdout


def test_markdown_table_parses_and_matches_the_csv(benchmark_run):
    out, _ = benchmark_run
    rows = parse_markdown_table((out / "table.md").read_text(encoding="utf-8"))
    assert rows[0] == ["구분", "노이즈 제거유무", "일반 음성 CER", "원거리 소음 CER", "근거리 소음 CER"]
    results = pd.read_csv(out / "results.csv")
    for model, denoise, *cells in rows[1:]:
        expected = results[(results["model"] == model) & (results["denoise"] == (denoise == "O"))]
        cer = dict(zip(expected["condition"], expected["cer"]))
        assert [float(c.rstrip(" %")) for c in cells] == [round(100 * cer[c], 2) for c in ("clean", "far", "near")]
    assert [row[1] for row in rows[1:]] == ["X", "O"]


def test_missing_noisy_manifest_is_left_out_with_a_warning(run_cli, tiny_checkpoint, tiny_manifest, tmp_path):
    result = run_cli("benchmark", f"checkpoints=[{tiny_checkpoint}]", f"clean_manifest={tiny_manifest}",
                     f"noisy.far={tmp_path / 'none.csv'}", f"noisy.near={tiny_manifest}", "snr.levels=[]",
                     "denoise=[false]", f"hydra.run.dir={tmp_path}")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "no far manifest" in result.stderr
    assert set(pd.read_csv(tmp_path / "results.csv")["condition"]) == {"clean", "near"}
    assert not (tmp_path / "cer_vs_snr.png").exists()
    result = run_cli("benchmark", f"checkpoints=[{tiny_checkpoint}]", f"clean_manifest={tiny_manifest}",
                     f"noisy.far={tiny_manifest}", f"noisy.near={tiny_manifest}", "denoise=[false]",
                     "snr.levels=[0]", "snr.noise_types=[fan]", "snr.utterances=2",
                     f"snr.talkers.manifest={tmp_path / 'no_talkers.csv'}", f"hydra.run.dir={tmp_path / 'talkers'}")
    assert result.returncode == 0 and "no talker manifest" in result.stderr
    assert set(pd.read_csv(tmp_path / "talkers" / "results.csv")["noise_type"].dropna()) == {"fan"}


def test_bad_settings_are_clear_errors(run_cli, tiny_checkpoint, tiny_manifest, tmp_path):
    result = run_cli("benchmark", f"checkpoints=[{tiny_checkpoint}]", "names=[a,b]", f"hydra.run.dir={tmp_path}")
    assert result.returncode == 1 and "1 checkpoints but 2 names" in result.stderr
    result = run_cli("benchmark", f"checkpoints=[{tiny_checkpoint}]", f"clean_manifest={tiny_manifest}",
                     f"noisy.far={tiny_manifest}", f"noisy.near={tiny_manifest}", "snr.noise_types=[thunder]",
                     "snr.talkers.manifest=null", f"hydra.run.dir={tmp_path}")
    assert result.returncode == 1 and "unknown noise types ['thunder']" in result.stderr
    assert "Traceback" not in result.stderr
    # the decoder setting reaches the recognizers: an LM that is not there is a clear error, not greedy decoding
    result = run_cli("benchmark", f"checkpoints=[{tiny_checkpoint}]", f"clean_manifest={tiny_manifest}",
                     f"noisy.far={tiny_manifest}", f"noisy.near={tiny_manifest}",  # (the defaults would build the corpus)
                     "decoder=beam_lm", f"decoder.lm_path={tmp_path / 'missing.arpa'}", "snr.levels=[]",
                     f"hydra.run.dir={tmp_path}")
    assert result.returncode == 1 and "missing.arpa" in result.stderr and "Traceback" not in result.stderr
