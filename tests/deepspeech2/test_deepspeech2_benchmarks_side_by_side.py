"""python -m deepspeech2.benchmarks.side_by_side at tiny size: both versions are timed in alternation and the
worktree is cleaned up."""
from __future__ import annotations

import json
import subprocess

from deepspeech2.benchmarks.side_by_side import ROOT


def test_side_by_side_times_both_versions_and_removes_its_worktree(run_cli, tiny_manifest, tmp_path):
    results = tmp_path / "benchmarks.md"
    result = run_cli("benchmarks.side_by_side", "--before", "HEAD", "--before-precision", "fp32",
                     "--after-precision", "bf16", "--recipes", "ds2_small_synthetic", "--rounds", "2",
                     "--steps", "1", "--max-frames", "500", "--manifest", str(tiny_manifest),
                     "--work-dir", str(tmp_path / "work"), "--results", str(results))
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads((tmp_path / "work" / "side_by_side.json").read_text(encoding="utf-8"))
    row = report["recipes"]["ds2_small_synthetic"]
    assert len(row["before"]) == len(row["after"]) == 2 and min(row["before"] + row["after"]) > 0
    median = lambda values: sum(values) / 2  # of two
    assert row["speedup"] == median(row["after"]) / median(row["before"])
    timings = [line.split()[1:4] for line in result.stdout.splitlines() if line.startswith("ds2_small_synthetic round")]
    assert timings == [["round", "1", "before:"], ["round", "1", "after:"], ["round", "2", "before:"],
                       ["round", "2", "after:"]]  # alternating
    text = results.read_text(encoding="utf-8")
    assert f"| ds2_small_synthetic | {row['before'][0]} / {row['before'][1]} |" in text
    assert f"×{row['speedup']:.2f} |" in text and "(fp32)" in text and "(bf16)" in text
    assert (tmp_path / "work" / "side_by_side.png").stat().st_size > 1000
    worktrees = subprocess.run(["git", "-C", str(ROOT), "worktree", "list"], capture_output=True, text=True).stdout
    assert len(worktrees.strip().splitlines()) == 1  # the temporary checkout is gone


def test_an_unknown_commit_is_a_one_line_error(run_cli, tiny_manifest, tmp_path):
    result = run_cli("benchmarks.side_by_side", "--before", "no-such-commit", "--manifest", str(tiny_manifest),
                     "--work-dir", str(tmp_path))
    assert result.returncode == 1 and result.stderr.startswith("error: cannot check out 'no-such-commit'")
    assert "Traceback" not in result.stderr
