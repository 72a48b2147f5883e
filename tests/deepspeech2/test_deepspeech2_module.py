import math
from types import SimpleNamespace

import pytest
import pytorch_lightning as pl
import torch
from torch.utils.data import DataLoader

from deepspeech2.data import (
    BucketBatchSampler,
    DataConfig,
    SpeechDataset,
    bucket_batches,
    collate,
)
from deepspeech2.checkpoint import CheckpointError
from deepspeech2.decoding import greedy_decode
from deepspeech2.metrics import cer
from deepspeech2.module import DeepSpeech2Module, SpeechDataModule
from preprocessing.manifest import read_manifest
from preprocessing.tokenizer import build_tokenizer


def tiny_batch(tiny_manifest, count: int):
    """The first ``count`` sentences (male voice) as a batch, with a tokenizer of their syllables."""
    rows = list(range(0, 2 * count, 2))
    tokenizer = build_tokenizer("syllable", read_manifest(tiny_manifest)["text"][rows])
    dataset = SpeechDataset(tiny_manifest, tokenizer)
    return collate([dataset[i] for i in rows]), tokenizer


@pytest.mark.slow
def test_overfits_a_few_utterances(tiny_manifest, tiny_module_kwargs):
    """Loss falls and greedy decoding reproduces 4 training utterances (CER ≤ 0.1)."""
    torch.manual_seed(0)
    batch, tokenizer = tiny_batch(tiny_manifest, 4)
    module = DeepSpeech2Module(**tiny_module_kwargs(tokenizer))
    optimizer = torch.optim.Adam(module.parameters(), lr=3e-3)
    losses = []
    for step in range(400):
        module.train()
        loss = module.ctc_step(batch)[0]
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
        if step % 25 == 24:
            module.eval()
            with torch.no_grad():
                _, log_probs, lengths = module.ctc_step(batch)
            hypotheses = [tokenizer.decode(ids) for ids in greedy_decode(log_probs, lengths)]
            if cer(hypotheses, batch.texts) <= 0.1:
                break
    assert losses[-1] < 0.2 * losses[0]
    assert cer(hypotheses, batch.texts) <= 0.1, list(zip(hypotheses, batch.texts))


class NaNOnce(DeepSpeech2Module):
    """Reports a NaN loss on its second step."""

    def ctc_step(self, batch):
        loss, log_probs, lengths = super().ctc_step(batch)
        return (loss * math.nan if self.global_step == 1 and self.training else loss), log_probs, lengths


@pytest.mark.filterwarnings("ignore:`training_step` returned `None`")
def test_non_finite_loss_skips_the_step_and_is_counted(tiny_manifest, tiny_tokenizer, tiny_module_kwargs, tmp_path):
    torch.manual_seed(0)
    module = NaNOnce(**tiny_module_kwargs(tiny_tokenizer, rnn_hidden=16, rnn_layers=1))
    batch = collate([SpeechDataset(tiny_manifest, tiny_tokenizer)[i] for i in range(2)])
    trainer = pl.Trainer(max_steps=3, accelerator="cpu", logger=False, enable_checkpointing=False,
                         enable_progress_bar=False, enable_model_summary=False, default_root_dir=tmp_path)
    trainer.fit(module, train_dataloaders=DataLoader([batch] * 4, batch_size=None))
    assert module.skipped_batches == 1
    assert all(torch.isfinite(p).all() for p in module.parameters())


def test_optimizer_configs(tiny_tokenizer, tiny_module_kwargs):
    kwargs = tiny_module_kwargs(tiny_tokenizer)
    module = DeepSpeech2Module(**kwargs)
    config = module.configure_optimizers()
    assert isinstance(config["optimizer"], torch.optim.AdamW)
    assert config["lr_scheduler"]["interval"] == "epoch" and config["lr_scheduler"]["scheduler"].gamma == 1.0
    kwargs["optim"]["scheduler"] = {"name": "onecycle", "pct_start": 0.25}
    module = DeepSpeech2Module(**kwargs)
    module._trainer = SimpleNamespace(estimated_stepping_batches=100, precision="32-true")
    scheduler = module.configure_optimizers()["lr_scheduler"]
    assert scheduler["interval"] == "step" and scheduler["scheduler"].total_steps == 100


class RecordsClippedNorms(DeepSpeech2Module):
    def configure_gradient_clipping(self, optimizer, gradient_clip_val=None, gradient_clip_algorithm=None):
        super().configure_gradient_clipping(optimizer, gradient_clip_val, gradient_clip_algorithm)
        grads = [p.grad for p in self.parameters() if p.grad is not None]
        self.norms.append(float(torch.linalg.vector_norm(torch.stack([torch.linalg.vector_norm(g) for g in grads]))))


def test_fused_adamw_clips_gradients_under_bf16(tiny_manifest, tiny_tokenizer, tiny_module_kwargs, tmp_path):
    """The configs' fused AdamW, with bf16 autocast and gradient clipping (which Lightning refuses for fused
    optimizers under mixed precision, so the module clips)."""
    kwargs = tiny_module_kwargs(tiny_tokenizer, rnn_hidden=16, rnn_layers=1)
    kwargs["optim"]["fused"] = True
    module = RecordsClippedNorms(**kwargs)
    module.norms = []
    batch = collate([SpeechDataset(tiny_manifest, tiny_tokenizer)[i] for i in range(2)])
    trainer = pl.Trainer(max_steps=2, accelerator="cpu", precision="bf16-mixed", gradient_clip_val=1e-3,
                         logger=False, enable_checkpointing=False, enable_progress_bar=False,
                         enable_model_summary=False, default_root_dir=tmp_path)
    trainer.fit(module, train_dataloaders=DataLoader([batch] * 2, batch_size=None))
    assert trainer.optimizers[0].defaults["fused"] is True
    assert len(module.norms) == 2 and max(module.norms) == pytest.approx(1e-3, rel=1e-3)  # clipped to the limit


class RecordsBatches(DeepSpeech2Module):
    def on_train_batch_start(self, batch, batch_idx):
        self.seen.setdefault(self.current_epoch, []).append(batch.indices)


def test_lightning_sets_the_sampler_epoch(tiny_manifest, tiny_tokenizer, tiny_module_kwargs, tmp_path):
    """Epoch 0 runs shortest-first (SortaGrad); later epochs in the sampler's order for that epoch."""
    module = RecordsBatches(**tiny_module_kwargs(tiny_tokenizer, rnn_hidden=8, rnn_layers=1))
    module.seen = {}
    config = DataConfig(str(tiny_manifest), str(tiny_manifest), max_frames_per_batch=450, num_workers=0)
    data = SpeechDataModule(config, tiny_tokenizer, sample_rate=16000, hop_ms=10.0, seed=7)
    trainer = pl.Trainer(max_epochs=3, accelerator="cpu", logger=False, enable_checkpointing=False,
                         enable_progress_bar=False, enable_model_summary=False, limit_val_batches=0,
                         use_distributed_sampler=False, default_root_dir=tmp_path)
    trainer.fit(module, datamodule=data)
    lengths = data.train_set.frame_counts(10.0)
    for epoch in range(3):
        expected = list(BucketBatchSampler(lengths, 450, seed=7, epoch=epoch))
        assert module.seen[epoch] == expected
    assert module.seen[0] == bucket_batches(lengths, 450) != module.seen[1] != module.seen[2]


def test_validation_cer_and_wer_are_the_hand_computed_values(known_errors, tiny_tokenizer, tiny_module_kwargs,
                                                             say_always, tmp_path):
    """val_cer/val_wer over two batches of the known-errors manifest (corpus-level: sums, not a mean of batches)."""
    module = say_always(DeepSpeech2Module(**tiny_module_kwargs(tiny_tokenizer, rnn_hidden=16, rnn_layers=1)),
                        tiny_tokenizer)
    dataset = SpeechDataset(known_errors.manifest, tiny_tokenizer)
    batches = [collate([dataset[0]]), collate([dataset[1], dataset[2]])]
    trainer = pl.Trainer(accelerator="cpu", logger=False, enable_checkpointing=False, enable_progress_bar=False,
                         enable_model_summary=False, default_root_dir=tmp_path)
    [metrics] = trainer.validate(module, DataLoader(batches, batch_size=None), verbose=False)
    assert metrics["val_cer"] == pytest.approx(known_errors.cer) and metrics["val_wer"] == pytest.approx(known_errors.wer)
    [again] = trainer.validate(module, DataLoader(batches[1:], batch_size=None), verbose=False)  # counts start anew
    assert again["val_cer"] == pytest.approx(3 / 5) and again["val_wer"] == pytest.approx(2 / 3)


def test_validation_scores_whole_syllables_as_eval_does(known_errors, tiny_module_kwargs, say_always, tmp_path):
    """A jamo model whose best path is the stray initial "ᄋ" on every frame, with "ᅭ" second: raw best-path
    decoding gives "ᄋ" (CER 11/11 on the known-errors manifest), eval's greedy repairs it to "요" (8/11), and
    checkpoint selection must score what eval scores."""
    tokenizer = build_tokenizer("jamo", known_errors.texts)
    module = say_always(DeepSpeech2Module(**tiny_module_kwargs(tokenizer, rnn_hidden=16, rnn_layers=1)), tokenizer,
                        label="ᄋ")
    with torch.no_grad():
        module.model.head[1].weight[tokenizer.labels.index("ᅭ")] = 5.0
    dataset = SpeechDataset(known_errors.manifest, tokenizer)
    trainer = pl.Trainer(accelerator="cpu", logger=False, enable_checkpointing=False, enable_progress_bar=False,
                         enable_model_summary=False, default_root_dir=tmp_path)
    [metrics] = trainer.validate(module, DataLoader([collate([dataset[i] for i in range(3)])], batch_size=None),
                                 verbose=False)
    assert metrics["val_cer"] == pytest.approx(known_errors.cer)



def test_lightning_moves_the_shards_to_the_next_epoch(tiny_shards, tiny_tokenizer, tiny_module_kwargs, tmp_path):
    """As above with data.format=shards: every epoch in the dataset's order for that epoch (no SortaGrad)."""
    module = RecordsBatches(**tiny_module_kwargs(tiny_tokenizer, rnn_hidden=8, rnn_layers=1))
    module.seen = {}
    config = DataConfig(max_frames_per_batch=450, num_workers=0, format="shards", train_shards=str(tiny_shards),
                        valid_shards=str(tiny_shards))
    data = SpeechDataModule(config, tiny_tokenizer, sample_rate=16000, hop_ms=10.0, seed=7)
    trainer = pl.Trainer(max_epochs=3, accelerator="cpu", logger=False, enable_checkpointing=False,
                         enable_progress_bar=False, enable_model_summary=False, limit_val_batches=0,
                         use_distributed_sampler=False, default_root_dir=tmp_path)
    trainer.fit(module, datamodule=data)
    for epoch in range(3):
        data.train_set.set_epoch(epoch)
        assert module.seen[epoch] == [batch for plan in data.train_set._ordered() for batch in plan.batches]
    assert module.seen[0] != module.seen[1] != module.seen[2]


def test_distillation_from_the_clean_waveform(tiny_manifest, tiny_module_kwargs, tmp_path):
    """KL(teacher on clean ‖ model on noisy) is 0 for a model taught by itself on clean audio, positive on noisy
    audio, the hand-computed mean over valid frames, and falls when a fresh model learns from the teacher."""
    torch.manual_seed(0)
    batch, tokenizer = tiny_batch(tiny_manifest, 3)
    teacher = DeepSpeech2Module(**tiny_module_kwargs(tokenizer))
    path = tmp_path / "teacher.ckpt"
    torch.save({"hyper_parameters": dict(teacher.hparams), "state_dict": teacher.state_dict()}, path)
    distill = {"teacher": str(path), "weight": 1.0}
    module = DeepSpeech2Module(**tiny_module_kwargs(tokenizer), distill=distill)
    module.model.load_state_dict(teacher.model.state_dict())
    module.eval()
    batch.clean_waveforms = batch.waveforms.clone()
    with torch.no_grad():
        _, log_probs, lengths = module.ctc_step(batch)
        assert module.distill_loss(batch, log_probs, lengths).item() == pytest.approx(0.0, abs=1e-5)
        noisy = SimpleNamespace(**vars(batch))
        noisy.waveforms = batch.waveforms + 0.3 * torch.randn_like(batch.waveforms) * (batch.waveforms != 0)
        _, noisy_log_probs, _ = module.ctc_step(noisy)
        kl = module.distill_loss(noisy, noisy_log_probs, lengths).item()
        by_hand = [(log_probs[i, t].exp() * (log_probs[i, t] - noisy_log_probs[i, t])).sum().item()
                   for i in range(len(lengths)) for t in range(int(lengths[i]))]
    assert kl > 1e-5 and kl == pytest.approx(sum(by_hand) / len(by_hand), rel=1e-4)
    assert "_teacher" not in "".join(module.state_dict())  # the teacher is not saved with the model

    student = DeepSpeech2Module(**tiny_module_kwargs(tokenizer), distill=distill)  # fresh weights
    optimizer = torch.optim.Adam(student.model.parameters(), lr=3e-3)
    kls = []
    for _ in range(30):
        _, log_probs, lengths = student.ctc_step(batch)
        loss = student.distill_loss(batch, log_probs, lengths)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        kls.append(loss.item())
    assert kls[-1] < 0.5 * kls[0]


def test_a_teacher_with_other_labels_or_features_is_refused(tiny_manifest, tiny_module_kwargs, tmp_path):
    """Distillation compares label distributions frame by frame: the teacher must share labels and features."""
    _, tokenizer = tiny_batch(tiny_manifest, 3)
    path = tmp_path / "teacher.ckpt"
    teacher = DeepSpeech2Module(**tiny_module_kwargs(build_tokenizer("jamo", ["가나다"])))
    torch.save({"hyper_parameters": dict(teacher.hparams), "state_dict": teacher.state_dict()}, path)
    with pytest.raises(CheckpointError, match="other labels than the model"):
        DeepSpeech2Module(**tiny_module_kwargs(tokenizer), distill={"teacher": str(path), "weight": 1.0})
    teacher = DeepSpeech2Module(**tiny_module_kwargs(tokenizer, n_mels=32))
    torch.save({"hyper_parameters": dict(teacher.hparams), "state_dict": teacher.state_dict()}, path)
    with pytest.raises(CheckpointError, match="other features than the model"):
        DeepSpeech2Module(**tiny_module_kwargs(tokenizer), distill={"teacher": str(path), "weight": 1.0})
