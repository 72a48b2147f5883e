"""Two "nodes" on one machine: two torchrun launchers (one process each) meeting on 127.0.0.1 over gloo."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
import torch

REPO = Path(__file__).resolve().parents[2]
ONE_THREAD = {**os.environ, "OMP_NUM_THREADS": "1"}  # as conftest's run_cli


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def launch_two_nodes(*overrides: str, timeout: float = 300) -> list[subprocess.CompletedProcess]:
    """``torchrun --nnodes=2 --nproc-per-node=1 --node-rank=K`` for K = 0, 1, as on two machines."""
    port = free_port()
    launchers = [
        subprocess.Popen([sys.executable, "-m", "torch.distributed.run", "--nnodes=2", "--nproc-per-node=1",
                          f"--node-rank={rank}", "--master-addr=127.0.0.1", f"--master-port={port}",
                          "-m", "deepspeech2.train", "trainer=multinode", *overrides],
                         cwd=REPO, env=ONE_THREAD, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        for rank in (0, 1)
    ]
    try:
        outputs = [launcher.communicate(timeout=timeout)[0] for launcher in launchers]
    finally:
        for launcher in launchers:
            launcher.kill()
    return [subprocess.CompletedProcess(l.args, l.returncode, output) for l, output in zip(launchers, outputs)]


@pytest.mark.slow
def test_two_nodes_train_on_disjoint_shards_in_step_and_resume_on_one(run_cli, smoke, tiny_manifest, tiny_shards,
                                                                        tmp_path):
    """2 epochs on 2 nodes from the 12-utterance corpus in 4 shards. (Manifests of files are shared out over the
    ranks by BucketBatchSampler: test_deepspeech2_data.py, and trainer=ddp in test_deepspeech2_cli.py.)"""
    run_dir = tmp_path / "run"
    data = ["data.format=shards", f"data.train_shards={tiny_shards}", f"data.valid_shards={tiny_shards}"]
    nodes = launch_two_nodes(*smoke, *data, "trainer.accelerator=cpu", "trainer.devices=1", "trainer.max_steps=-1",
                             "trainer.max_epochs=2", "data.max_frames_per_batch=800", "rank_log=true",
                             f"hydra.run.dir={run_dir}")
    for node in nodes:
        assert node.returncode == 0, node.stdout[-3000:]

    seen = [pd.read_csv(run_dir / "ranks" / f"rank{rank}.csv") for rank in (0, 1)]
    all_paths = set(pd.read_csv(tiny_manifest)["path"].map(lambda p: str((tiny_manifest.parent / p).resolve())))
    for epoch in (0, 1):
        rank0, rank1 = (set(s.loc[s["epoch"] == epoch, "path"]) for s in seen)
        assert rank0 and rank1 and not rank0 & rank1, f"epoch {epoch}: the ranks shared utterances"
        assert rank0 | rank1 == all_paths  # and together they saw the whole epoch
    assert seen[0]["step"].nunique() == seen[1]["step"].nunique() == seen[0]["step"].max() + 1  # stepped together

    weights = [torch.load(run_dir / "ranks" / f"rank{rank}_weights.pt") for rank in (0, 1)]
    assert weights[0].keys() == weights[1].keys()
    for name in weights[0]:
        assert torch.equal(weights[0][name], weights[1][name]), f"{name} differs between the ranks"

    checkpoints = sorted(p.name for p in (run_dir / "checkpoints").iterdir())
    assert len(checkpoints) == 2 and "last.ckpt" in checkpoints  # the best and the last, written once (rank 0)
    resumed = run_cli("train", *smoke, *data, "trainer.max_steps=-1", "trainer.max_epochs=3",
                      "data.max_frames_per_batch=800", f"ckpt_path={run_dir / 'checkpoints' / 'last.ckpt'}",
                      f"hydra.run.dir={tmp_path / 'resumed'}")
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert torch.load(tmp_path / "resumed" / "checkpoints" / "last.ckpt", weights_only=False)["epoch"] == 2
