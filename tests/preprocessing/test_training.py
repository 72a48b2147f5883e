"""Shared training helpers: a one-cycle schedule for any length and resumes, the training-curves PNG."""
import pytest
import torch

from preprocessing.training import one_cycle, plot_curves


def lrs(scheduler, steps):
    out = []
    for _ in range(steps):
        out.append(scheduler.get_last_lr()[0])
        scheduler.optimizer.step()
        scheduler.step()
    return out


def test_a_few_steps_work():  # torch's OneCycleLR: ZeroDivisionError for total_steps=5, pct_start=0.2
    optimizer = torch.optim.AdamW([torch.zeros(1, requires_grad=True)], lr=1.0)
    rates = lrs(one_cycle(optimizer, 1.0, 5, pct_start=0.2), 5)
    assert rates[0] == pytest.approx(1 / 25) and max(rates) == pytest.approx(1.0)  # warm up to the peak …
    assert rates[-1] < rates[2]  # … then anneal


def test_a_resume_with_more_steps_follows_the_new_length():
    parameter = torch.zeros(1, requires_grad=True)
    first = one_cycle(torch.optim.AdamW([parameter], lr=1.0), 1.0, 10, pct_start=0.3)
    lrs(first, 10)
    resumed = one_cycle(torch.optim.AdamW([parameter], lr=1.0), 1.0, 20, pct_start=0.3)
    resumed.load_state_dict(first.state_dict())
    assert resumed.total_steps == 20
    lrs(resumed, 10)  # steps 11…20: torch's OneCycleLR raised "Tried to step 11 times"


def test_curves_png(tmp_path):
    history = [{"epoch": 0, "train_loss": 0.9, "val_loss": 0.8, "val_cer": 0.7},
               {"epoch": 1, "train_loss": 0.5, "val_loss": 0.6, "val_cer": 0.4}]
    plot_curves(history, "val_cer", "CER", tmp_path / "curves.png")
    assert (tmp_path / "curves.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
