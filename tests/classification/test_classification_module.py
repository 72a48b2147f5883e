"""Training: the model overfits tiny data; checkpoints describe themselves and load with weights_only=True."""
import pandas as pd
import pytest
import torch

from classification import checkpoint as checkpoint_module
from classification.checkpoint import CheckpointError, load_checkpoint
from classification.data import GenderDataset, collate
from classification.inference import load_classifier
from classification.module import build_module, train


def test_overfits_tiny_data(tiny_manifest, tiny_overrides, train_config):
    torch.manual_seed(0)
    module = build_module(train_config(tiny_overrides))
    dataset = GenderDataset(tiny_manifest)
    batch = collate([dataset[i] for i in range(len(dataset))])
    optimizer = torch.optim.Adam(module.parameters(), lr=0.01)
    losses = []
    for _ in range(30):
        loss = module.loss(module(batch.waveforms, batch.lengths), batch.labels)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    assert losses[-1] < 0.2 * losses[0]
    module.eval()
    with torch.no_grad():
        predicted = (module(batch.waveforms, batch.lengths) > 0).float()
    assert torch.equal(predicted, batch.labels)


def plain_types(value) -> bool:
    if isinstance(value, dict):
        return all(isinstance(k, str) and plain_types(v) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return all(plain_types(v) for v in value)
    return value is None or isinstance(value, (str, int, float, bool))


def test_training_checkpoints_load_with_weights_only_and_describe_themselves(tiny_run):
    for path in [tiny_run / "checkpoints" / "last.ckpt", tiny_run / "export.ckpt"]:
        checkpoint = torch.load(path, map_location="cpu", weights_only=True)
        settings = checkpoint["hyper_parameters"]
        assert plain_types(settings)
        assert settings["labels"] == ["male", "female"]
        assert settings["model"] == {"name": "gender_cnn", "channels": [8, 16, 32, 32], "dropout": 0.0,
                                     "pooling": "mean_max", "attention_hidden": 64, "n_features": 64}
        assert settings["features"]["kind"] == "logmel" and settings["min_seconds"] == 0.5


def test_the_exported_checkpoint_is_small_and_has_no_trainer_state(tiny_run):
    exported = torch.load(tiny_run / "export.ckpt", map_location="cpu", weights_only=True)
    assert set(exported) == {"hyper_parameters", "state_dict"}
    assert all(key.startswith("model.") for key in exported["state_dict"])
    assert (tiny_run / "export.ckpt").stat().st_size < (tiny_run / "checkpoints" / "last.ckpt").stat().st_size / 2


def test_training_logs_and_rejects_are_written(tiny_run):
    metrics = pd.read_csv(next(tiny_run.glob("logs/**/metrics.csv")))
    losses = metrics["train_loss"].dropna()
    assert losses.iloc[-1] < losses.iloc[0]
    assert metrics["val_acc"].dropna().iloc[-1] == 1.0
    assert list(pd.read_csv(tiny_run / "rejects.csv").columns) == ["path", "reason", "message"]


def test_missing_and_foreign_checkpoints_are_clear_errors(tmp_path, monkeypatch):
    monkeypatch.setattr(checkpoint_module, "DEFAULT_CHECKPOINT", tmp_path / "pretrained.ckpt")
    with pytest.raises(CheckpointError, match="pretrained model is missing.*python -m classification.train"):
        load_checkpoint(tmp_path / "pretrained.ckpt")
    with pytest.raises(CheckpointError, match="pass checkpoint=PATH"):
        load_checkpoint(tmp_path / "nowhere.ckpt")
    (tmp_path / "junk.ckpt").write_text("junk")
    with pytest.raises(CheckpointError, match="not a readable checkpoint"):
        load_checkpoint(tmp_path / "junk.ckpt")
    torch.save({"state_dict": {}}, tmp_path / "other.ckpt")
    with pytest.raises(CheckpointError, match="not a gender-classifier checkpoint"):
        load_classifier(tmp_path / "other.ckpt", "cpu")


def test_a_few_steps_then_a_longer_resume(train_config, tiny_manifest, tmp_path):
    """experiment=smoke with 5 steps (OneCycleLR divided by zero), then ckpt_path=last with more steps (it refused)."""
    data = [f"data.train_manifest={tiny_manifest}", f"data.valid_manifest={tiny_manifest}"]
    train(train_config(["experiment=smoke", *data, "trainer.max_steps=5"]), tmp_path)
    last = tmp_path / "checkpoints" / "last.ckpt"
    assert torch.load(last, weights_only=True)["global_step"] == 5
    train(train_config(["experiment=smoke", *data, "trainer.max_steps=12", "ckpt_path=last"]), tmp_path)
    assert torch.load(last, weights_only=True)["global_step"] == 12  # 4 epochs of 3 batches
    assert (tmp_path / "curves.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_bad_resume_checkpoint_is_a_clear_error(train_config, tiny_manifest, tmp_path):
    data = [f"data.train_manifest={tiny_manifest}", f"data.valid_manifest={tiny_manifest}"]
    with pytest.raises(CheckpointError, match="cannot resume: no checkpoint at .*nowhere.ckpt"):
        train(train_config(["experiment=smoke", *data, f"ckpt_path={tmp_path / 'nowhere.ckpt'}"]), tmp_path)
    (tmp_path / "random.ckpt").write_bytes(bytes(range(256)) * 8)
    with pytest.raises(CheckpointError, match="random.ckpt: not a readable checkpoint .*gender-classifier") as error:
        train(train_config(["experiment=smoke", *data, f"ckpt_path={tmp_path / 'random.ckpt'}"]), tmp_path)
    assert "weights_only" not in str(error.value) and "\n" not in str(error.value)
