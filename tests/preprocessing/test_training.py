"""Shared training helpers: a one-cycle schedule for any length and resumes, the training-curves PNG, the
checkpoint callbacks, skipping updates with non-finite gradients."""
import warnings

import pytest
import pytorch_lightning as pl
import torch

from preprocessing.training import SkipNonFiniteGradients, checkpoint_callbacks, fit, one_cycle, plot_curves


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


class Improving(pl.LightningModule):
    """3 training steps per epoch; the validation score falls every epoch (1, 1/2, 1/3 …)."""

    def __init__(self):
        super().__init__()
        self.weight = torch.nn.Parameter(torch.zeros(1))

    def training_step(self, batch, index):
        return (self.weight - batch[0]).pow(2).mean()

    def validation_step(self, batch, index):
        self.log("val_cer", 1.0 / (self.current_epoch + 1))

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.1)

    def train_dataloader(self):
        return torch.utils.data.DataLoader(torch.ones(3, 1), batch_size=1)

    def val_dataloader(self):
        return torch.utils.data.DataLoader(torch.ones(1, 1), batch_size=1)


def test_the_best_checkpoint_is_saved_at_its_validation_even_with_step_saving(tmp_path):
    options = dict(monitor="val_cer", mode="min", save_top_k=1, save_last=True, every_n_train_steps=2,
                   filename="best-{step}")
    callbacks = checkpoint_callbacks(tmp_path, options)
    trainer = pl.Trainer(max_epochs=3, callbacks=callbacks, logger=False, enable_progress_bar=False,
                         enable_model_summary=False, accelerator="cpu")
    trainer.fit(Improving())
    best = trainer.checkpoint_callback
    assert best is callbacks[0] and float(best.best_model_score) == pytest.approx(1 / 3)
    assert torch.load(best.best_model_path, weights_only=True)["global_step"] == 9  # the last epoch's end
    assert [p.name for p in sorted(tmp_path.glob("*.ckpt"))] == ["best-step=9.ckpt", "last.ckpt"]
    assert len(checkpoint_callbacks(tmp_path, {**options, "every_n_train_steps": None})) == 1


class Warns(Improving):
    def training_step(self, batch, index):
        warnings.warn("a warning of the model's own")
        return super().training_step(batch, index)


def test_fit_hides_lightning_s_deprecated_pytree_warning_only():
    """Lightning 2.6 + torch 2.11 warn at every run about Lightning's own code; fit hides that warning only."""
    def warnings_of(train) -> set[str]:
        trainer = pl.Trainer(max_epochs=1, logger=False, enable_progress_bar=False, enable_model_summary=False,
                             enable_checkpointing=False, accelerator="cpu")
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            train(trainer)
        return {str(w.message) for w in caught}

    plain = warnings_of(lambda trainer: trainer.fit(Warns()))
    hidden = warnings_of(lambda trainer: fit(trainer, Warns(), None, None))
    assert any("LeafSpec" in message for message in plain)  # the pinned versions do warn
    assert not any("LeafSpec" in message for message in hidden)
    assert "a warning of the model's own" in hidden


class NaNGradient(Improving):
    """The second of 3 batches has a finite loss (0) and a NaN gradient: d/dw sqrt(0 · w) = 0 · inf."""

    def training_step(self, batch, index):
        if batch[0].item() < 0:
            return (self.weight * 0).sqrt().sum()
        return super().training_step(batch, index)

    def train_dataloader(self):
        return torch.utils.data.DataLoader(torch.tensor([[1.0], [-1.0], [1.0]]), batch_size=1)


def test_an_update_with_non_finite_gradients_is_skipped():
    def train(callbacks) -> torch.Tensor:
        module = NaNGradient()
        trainer = pl.Trainer(max_epochs=1, callbacks=callbacks, gradient_clip_val=1.0, logger=False,
                             enable_progress_bar=False, enable_model_summary=False, enable_checkpointing=False,
                             accelerator="cpu")
        fit(trainer, module, None, None)
        return module.weight.detach()

    assert torch.isnan(train([])).all()  # without it, one NaN gradient ruins the weights for good
    skip = SkipNonFiniteGradients()
    # two clipped SGD steps (gradient -2 and -1.8, clipped to -1; lr 0.1) and the NaN one skipped
    assert train([skip]).item() == pytest.approx(0.2) and skip.skipped == 1
