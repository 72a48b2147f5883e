"""``init_from``: start training from a checkpoint's weights with a fresh optimizer and schedule."""
from pathlib import Path

import torch
from hydra import compose, initialize_config_dir

from deepspeech2.checkpoint import load_checkpoint, model_state_dict
from deepspeech2.module import warm_start

REPO = Path(__file__).resolve().parents[2]


def test_warm_start_takes_weights_and_settings_but_a_fresh_optimizer(tiny_checkpoint):
    with initialize_config_dir(version_base="1.3", config_dir=str(REPO / "configs" / "deepspeech2")):
        cfg = compose("train", overrides=["optim=onecycle", "optim.lr=0.01", f"init_from={tiny_checkpoint}"])
    module = warm_start(cfg.init_from, cfg)
    saved = load_checkpoint(tiny_checkpoint)
    for name, value in model_state_dict(saved).items():
        assert torch.equal(module.model.state_dict()[name], value), name
    assert module.hparams["tokenizer"] == saved["hyper_parameters"]["tokenizer"]
    assert module.hparams["model"] == saved["hyper_parameters"]["model"]
    assert module.hparams["optim"]["lr"] == 0.01 and module.hparams["optim"]["scheduler"]["name"] == "onecycle"
