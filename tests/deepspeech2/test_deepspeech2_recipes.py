"""The demo models' recipes (configs/deepspeech2/experiment/*.yaml) run as written: 3 steps each.

They train in this process (:func:`deepspeech2.module.train` on the composed config, which is what
``python -m deepspeech2.train`` calls; the command line itself is tested in test_deepspeech2_cli.py): a new Python
for each of the 19 runs would cost more than the runs.
"""
from pathlib import Path

import numpy as np
import pytest
import torch
from hydra import compose, initialize_config_dir

import preprocessing.command_line  # noqa: F401  (registers the ${package:...} resolver that recipes use)
from deepspeech2.module import train
from preprocessing.audio import write_audio

REPO = Path(__file__).resolve().parents[2]


def quick(manifest: Path) -> list[str]:
    """Overrides for 3 steps on the tiny manifest, one validation batch, CSV logs."""
    return [f"data.train_manifest={manifest}", f"data.valid_manifest={manifest}", "trainer.max_steps=3",
            "trainer.loggers=[csv]", "trainer.limit_val_batches=1", "trainer.num_sanity_val_steps=0",
            "trainer.log_every_n_steps=1", "trainer.enable_progress_bar=false"]


def train_here(run_dir: Path, *overrides: str) -> dict:
    """Compose ``configs/deepspeech2/train.yaml`` with ``overrides``, train into ``run_dir``; its last checkpoint."""
    with initialize_config_dir(version_base="1.3", config_dir=str(REPO / "configs" / "deepspeech2")):
        cfg = compose("train", list(overrides))
    train(cfg, run_dir)
    return torch.load(run_dir / "checkpoints" / "last.ckpt", map_location="cpu", weights_only=False)


@pytest.mark.parametrize("clean_recipe, noise_recipe, hidden", [("ds2_lstm_world", "ds2_lstm_world_noise", 256),
                                                                 ("ds2_medium_world32x", "ds2_medium_world32x_far", 384)])
def test_clean_then_noise_recipe_runs_three_steps_each(tiny_manifest, tmp_path, monkeypatch, clean_recipe,
                                                       noise_recipe, hidden):
    write_audio(tmp_path / "noise" / "hum.wav", 0.1 * np.random.default_rng(0).standard_normal(16000))
    write_audio(tmp_path / "rooms" / "room.wav", np.exp(-np.arange(4000) / 800) * np.random.default_rng(1).uniform(-1, 1, 4000))
    monkeypatch.chdir(REPO)
    stage1 = train_here(tmp_path / "clean", f"experiment={clean_recipe}", *quick(tiny_manifest))
    clean = tmp_path / "clean" / "checkpoints" / "last.ckpt"
    assert stage1["global_step"] == 3
    assert stage1["hyper_parameters"]["model"]["rnn_type"] == "lstm"
    assert stage1["hyper_parameters"]["model"]["rnn_hidden"] == hidden

    stage2 = train_here(tmp_path / "noise_run", f"experiment={noise_recipe}", f"init_from={clean}", *quick(tiny_manifest),
                        f"augment.wave.noise_dir={tmp_path / 'noise'}", f"augment.wave.rir_dir={tmp_path / 'rooms'}")
    assert stage2["global_step"] == 3  # a fresh optimizer and schedule, warm-started weights
    weights = [name for name in stage1["state_dict"] if name.endswith("weight")]
    assert any(not torch.equal(stage1["state_dict"][n], stage2["state_dict"][n]) for n in weights)  # it trained on


def test_fine_tune_recipes_start_from_the_previous_demo_models(tiny_manifest, tmp_path, monkeypatch):
    write_audio(tmp_path / "noise" / "hum.wav", 0.1 * np.random.default_rng(0).standard_normal(16000))
    noise = [f"augment.wave.noise_dir={tmp_path / 'noise'}", "augment.wave.reverb_prob=0.0"]
    two_epochs = [*noise, "augment.wave.rir_dir=null", "trainer.max_epochs=3"]  # (their 2 epochs: one tiny batch each)
    recipes = {"ds2_small_world_finetune": noise, "ds2_small_world_finetune_clean": [],
               "ds2_small_world16_finetune": noise, "ds2_small_talker_finetune": noise,  # (talkers: the tiny manifest's)
               "ds2_small_talker_anneal": [*noise, "trainer.max_epochs=3"],  # (its 2 epochs: one tiny batch each)
               "ds2_small_lexicon_finetune": noise, "ds2_small_far_finetune": noise,
               "ds2_small_world32x_far": two_epochs, "ds2_medium_far_anneal": two_epochs,
               "ds2_medium_balanced_anneal": two_epochs, "ds2_medium_help_anneal": two_epochs,
               "ds2_medium_conv_anneal": two_epochs, "ds2_medium_games_anneal": two_epochs,
               "ds2_medium_world_text_anneal": two_epochs, "ds2_medium_distill_anneal": two_epochs,
               "ds2_medium_far_focus_anneal": two_epochs,
               "ds2_medium_near_talker_anneal": [*two_epochs, "trainer.limit_train_batches=1.0"]}  # (half: 0 tiny batches)
    monkeypatch.chdir(REPO)  # (as the command runs: recipes name the embedded corpus's folders relative to it)
    for recipe, extra in recipes.items():
        saved = train_here(tmp_path / recipe, f"experiment={recipe}", *quick(tiny_manifest), *extra)
        assert saved["global_step"] == 3, recipe
        assert saved["hyper_parameters"]["model"]["rnn_type"] == ("lstm" if "medium" in recipe else "gru")
