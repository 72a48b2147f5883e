"""The demo models' recipes (configs/deepspeech2/experiment/*.yaml) run as written: 3 steps each."""
import numpy as np
import pytest
import torch

from preprocessing.audio import write_audio


@pytest.mark.parametrize("clean_recipe, noise_recipe, hidden", [("ds2_lstm_world", "ds2_lstm_world_noise", 256),
                                                                 ("ds2_medium_world32x", "ds2_medium_world32x_far", 384)])
def test_clean_then_noise_recipe_runs_three_steps_each(run_cli, tiny_manifest, tmp_path, clean_recipe, noise_recipe,
                                                       hidden):
    write_audio(tmp_path / "noise" / "hum.wav", 0.1 * np.random.default_rng(0).standard_normal(16000))
    write_audio(tmp_path / "rooms" / "room.wav", np.exp(-np.arange(4000) / 800) * np.random.default_rng(1).uniform(-1, 1, 4000))
    quick = [f"data.train_manifest={tiny_manifest}", f"data.valid_manifest={tiny_manifest}", "trainer.max_steps=3",
             "trainer.loggers=[csv]", "trainer.limit_val_batches=1", "trainer.num_sanity_val_steps=0"]
    result = run_cli("train", f"experiment={clean_recipe}", *quick, f"hydra.run.dir={tmp_path / 'clean'}")
    assert result.returncode == 0, result.stderr[-3000:]
    clean = tmp_path / "clean" / "checkpoints" / "last.ckpt"
    stage1 = torch.load(clean, map_location="cpu", weights_only=False)
    assert stage1["global_step"] == 3
    assert stage1["hyper_parameters"]["model"]["rnn_type"] == "lstm"
    assert stage1["hyper_parameters"]["model"]["rnn_hidden"] == hidden

    result = run_cli("train", f"experiment={noise_recipe}", f"init_from={clean}", *quick,
                     f"augment.wave.noise_dir={tmp_path / 'noise'}", f"augment.wave.rir_dir={tmp_path / 'rooms'}",
                     f"hydra.run.dir={tmp_path / 'noise_run'}")
    assert result.returncode == 0, result.stderr[-3000:]
    stage2 = torch.load(tmp_path / "noise_run" / "checkpoints" / "last.ckpt", map_location="cpu", weights_only=False)
    assert stage2["global_step"] == 3  # a fresh optimizer and schedule, warm-started weights
    weights = [name for name in stage1["state_dict"] if name.endswith("weight")]
    assert any(not torch.equal(stage1["state_dict"][n], stage2["state_dict"][n]) for n in weights)  # it trained on


def test_fine_tune_recipes_start_from_the_previous_demo_models(run_cli, tiny_manifest, tmp_path):
    quick = [f"data.train_manifest={tiny_manifest}", f"data.valid_manifest={tiny_manifest}", "trainer.max_steps=3",
             "trainer.loggers=[csv]", "trainer.limit_val_batches=1", "trainer.num_sanity_val_steps=0"]
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
               "ds2_medium_world_text_anneal": two_epochs, "ds2_medium_distill_anneal": two_epochs}
    for recipe, extra in recipes.items():
        result = run_cli("train", f"experiment={recipe}", *quick, *extra, f"hydra.run.dir={tmp_path / recipe}")
        assert result.returncode == 0, result.stderr[-3000:]
        saved = torch.load(tmp_path / recipe / "checkpoints" / "last.ckpt", map_location="cpu", weights_only=False)
        assert saved["global_step"] == 3
        assert saved["hyper_parameters"]["model"]["rnn_type"] == ("lstm" if "medium" in recipe else "gru")
