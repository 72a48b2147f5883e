import numpy as np
import pytest
import torch

from deepspeech2 import checkpoint as checkpoint_module
from deepspeech2.checkpoint import (
    DEFAULT_CHECKPOINT,
    DEFAULT_LM,
    CheckpointError,
    default_decoder,
    export_checkpoint,
    load_checkpoint,
    resolve_resume,
)
from deepspeech2.decoding import BeamSearchDecoder, GreedyDecoder
from deepspeech2.inference import load_recognizer
from preprocessing.audio import AudioError, load_audio
from preprocessing.manifest import read_manifest

REPOSITORY = DEFAULT_CHECKPOINT.parents[2]

PLAIN = (dict, list, tuple, str, int, float, bool, type(None))


def only_plain_types(value) -> bool:
    if isinstance(value, dict):
        return all(isinstance(k, str) and only_plain_types(v) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return all(only_plain_types(v) for v in value)
    return type(value) in PLAIN


def test_checkpoint_describes_itself_and_loads_weights_only(trained_run):
    checkpoint = torch.load(trained_run / "checkpoints" / "last.ckpt", map_location="cpu", weights_only=True)
    settings = checkpoint["hyper_parameters"]
    assert only_plain_types(settings)
    assert settings["model"]["n_features"] == settings["features"]["n_mels"] == 80
    assert settings["model"]["n_classes"] == len(settings["tokenizer"]["labels"])
    assert settings["tokenizer"]["type"] == "syllable" and settings["tokenizer"]["labels"][0] == "_"
    assert settings["features"]["kind"] == "mel" and settings["optim"]["lr"] == pytest.approx(1.5e-4)
    assert checkpoint["epoch"] == 1 and checkpoint["global_step"] == 6


def test_recognizer_batches_like_single_files(trained_run, tiny_manifest):
    recognizer = load_recognizer(trained_run / "checkpoints" / "last.ckpt", device="cpu")
    paths = list(read_manifest(tiny_manifest)["path"][:5])
    batched = recognizer.transcribe(paths, batch_size=5)
    assert batched == [recognizer.transcribe([p])[0] for p in paths]
    assert recognizer.transcribe([load_audio(paths[0])]) == batched[:1]  # waveforms work too
    with pytest.raises(AudioError, match="file not found"):
        recognizer.transcribe(["missing.wav"])


def test_export_is_small_half_precision_and_loadable(trained_run, tiny_manifest, tmp_path):
    source = trained_run / "checkpoints" / "last.ckpt"
    exported = export_checkpoint(source, tmp_path / "small.ckpt")
    content = torch.load(exported, map_location="cpu", weights_only=True)
    assert set(content) == {"hyper_parameters", "state_dict"}
    assert all(v.dtype == torch.float16 for v in content["state_dict"].values() if v.is_floating_point())
    assert exported.stat().st_size < source.stat().st_size / 2
    full, small = load_recognizer(source, "cpu"), load_recognizer(exported, "cpu")
    waveform = load_audio(read_manifest(tiny_manifest)["path"][0])
    features, frames = full.features(torch.from_numpy(waveform)[None], torch.tensor([len(waveform)]))
    with torch.no_grad():
        logits_full, _ = full.model(features, frames)
        logits_small, _ = small.model(features, frames)
    np.testing.assert_allclose(logits_small.numpy(), logits_full.numpy(), atol=0.05)


def test_missing_default_checkpoint_says_what_to_do(tmp_path, monkeypatch):
    from deepspeech2 import checkpoint

    monkeypatch.setattr(checkpoint, "DEFAULT_CHECKPOINT", tmp_path / "pretrained.ckpt")  # a package without it
    with pytest.raises(CheckpointError, match="train one with `python -m deepspeech2.train`"):
        load_checkpoint(tmp_path / "pretrained.ckpt")
    (tmp_path / "junk.ckpt").write_bytes(b"not a checkpoint")
    with pytest.raises(CheckpointError, match="not a readable checkpoint"):
        load_checkpoint(tmp_path / "junk.ckpt")


def test_default_decoder_is_beam_with_the_lm_for_the_shipped_model_only(tmp_path, monkeypatch):
    beam_lm = {"kind": "beam_lm", "lm_path": str(DEFAULT_LM)}
    assert default_decoder(DEFAULT_CHECKPOINT) == beam_lm
    monkeypatch.chdir(REPOSITORY)
    assert default_decoder("deepspeech2/pretrained/ds2_medium_synthetic_noise.ckpt") == beam_lm  # relative
    assert default_decoder("deepspeech2/pretrained/ds2_medium_synthetic.ckpt") == {"kind": "greedy"}  # LM tuned for the other
    assert default_decoder(tmp_path / DEFAULT_CHECKPOINT.name) == {"kind": "greedy"}  # a copy elsewhere
    monkeypatch.setattr(checkpoint_module, "DEFAULT_LM", tmp_path / "missing.arpa")
    assert default_decoder(DEFAULT_CHECKPOINT) == {"kind": "greedy"}


def test_auto_decoder_loads_the_default():
    shipped = DEFAULT_CHECKPOINT
    clean_trained = DEFAULT_CHECKPOINT.with_name("ds2_medium_synthetic.ckpt")  # its LM weights differ
    assert type(load_recognizer(shipped, "cpu", {"kind": "auto"}).decoder) is BeamSearchDecoder
    assert type(load_recognizer(clean_trained, "cpu", {"kind": "auto"}).decoder) is GreedyDecoder


def test_resume_paths(tmp_path, tiny_checkpoint):
    assert resolve_resume(None, tmp_path) is None
    with pytest.raises(CheckpointError, match="hydra.run.dir=.* ckpt_path=last"):
        resolve_resume("last", tmp_path)
    (tmp_path / "checkpoints").mkdir()
    (tmp_path / "checkpoints" / "last.ckpt").touch()  # an empty file (a crash while saving) is no checkpoint
    with pytest.raises(CheckpointError, match="last.ckpt: not a readable checkpoint"):
        resolve_resume("last", tmp_path)
    (tmp_path / "checkpoints" / "last.ckpt").write_bytes(tiny_checkpoint.read_bytes())
    assert resolve_resume("last", tmp_path) == str(tmp_path / "checkpoints" / "last.ckpt")


def test_load_model_rebuilds_the_model_with_its_weights(tiny_checkpoint):
    from deepspeech2.checkpoint import load_model

    model, settings = load_model(tiny_checkpoint)
    saved = torch.load(tiny_checkpoint, weights_only=True)
    assert settings == saved["hyper_parameters"] and model.config.rnn_hidden == 64
    for key, value in model.state_dict().items():
        assert torch.equal(value, saved["state_dict"][f"model.{key}"].float()), key


def test_average_checkpoints_is_the_weighted_mean_of_the_weights(tiny_checkpoint, tmp_path):
    from deepspeech2.checkpoint import average_checkpoints

    first = torch.load(tiny_checkpoint, weights_only=True)
    second = {"hyper_parameters": first["hyper_parameters"],
              "state_dict": {k: v + 1.0 if v.is_floating_point() else v + 5 for k, v in first["state_dict"].items()}}
    torch.save(second, tmp_path / "second.ckpt")
    out = average_checkpoints([tiny_checkpoint, tmp_path / "second.ckpt"], tmp_path / "mean.ckpt", weights=[3, 1])
    averaged = torch.load(out, weights_only=True)
    assert averaged["hyper_parameters"] == {key: first["hyper_parameters"][key] for key in ("model", "features", "tokenizer")}
    for key, value in averaged["state_dict"].items():
        start = first["state_dict"][key]
        if start.is_floating_point():  # 3/4 of the first + 1/4 of (first + 1), stored as float16
            assert value.dtype == torch.float16 and torch.allclose(value.float(), start + 0.25, atol=2e-3), key
        else:  # batch counts: the first checkpoint's
            assert torch.equal(value, start), key
    load_recognizer(out, "cpu")  # a usable checkpoint


def test_a_training_checkpoint_averages_with_an_exported_one(tiny_checkpoint, tmp_path):
    """A training checkpoint also holds the feature extractor's buffers, which an exported one leaves out."""
    from deepspeech2.checkpoint import average_checkpoints, export_checkpoint

    first = torch.load(tiny_checkpoint, weights_only=True)
    assert any(not key.startswith("model.") for key in first["state_dict"])  # (the buffers this is about)
    exported = export_checkpoint(tiny_checkpoint, tmp_path / "exported.ckpt")
    averaged = torch.load(average_checkpoints([tiny_checkpoint, exported], tmp_path / "mean.ckpt"), weights_only=True)
    assert averaged["state_dict"].keys() == torch.load(exported, weights_only=True)["state_dict"].keys()
    for key, value in averaged["state_dict"].items():  # the mean of a model and its float16 copy: the model
        assert torch.allclose(value.float(), first["state_dict"][key].float(), atol=2e-3), key


def test_average_checkpoints_refuses_different_models_and_bad_weights(tiny_checkpoint, tmp_path):
    from deepspeech2.checkpoint import average_checkpoints

    other = torch.load(tiny_checkpoint, weights_only=True)
    other["hyper_parameters"]["model"] = {**other["hyper_parameters"]["model"], "rnn_hidden": 32}
    torch.save(other, tmp_path / "other.ckpt")
    with pytest.raises(CheckpointError, match="different model settings"):
        average_checkpoints([tiny_checkpoint, tmp_path / "other.ckpt"], tmp_path / "mean.ckpt")
    with pytest.raises(CheckpointError, match="one non-negative weight per checkpoint"):
        average_checkpoints([tiny_checkpoint, tiny_checkpoint], tmp_path / "mean.ckpt", weights=[1.0])
    assert not (tmp_path / "mean.ckpt").exists()
