"""Every Hydra configuration composes, builds what it describes, and follows the project's rules."""
import inspect
import itertools

import pytest
import yaml
from hydra import compose, initialize_config_dir

from classification.data import DataConfig
from classification.features import FeatureConfig
from classification.module import build_module, spec_settings
from preprocessing.augment import WaveAugment
from preprocessing.vad import VADConfig

GROUPS = ["data", "features", "model", "augment", "optim", "trainer", "experiment"]


@pytest.fixture(scope="module")
def configs(repo):
    return repo / "configs" / "classification"


def options(configs, group: str) -> list[str]:
    return sorted(path.stem for path in (configs / group).glob("*.yaml"))


def test_every_group_option_composes_and_builds(configs, train_config):
    choices = {group: options(configs, group) for group in GROUPS}
    assert choices["model"] == ["cnn_original", "gender_cnn"] and choices["features"] == ["logmel", "mfcc"]
    combos = itertools.product(choices["features"], choices["model"], choices["augment"], choices["optim"])
    for features, model, augment, optim in combos:
        cfg = train_config([f"features={features}", f"model={model}", f"augment={augment}", f"optim={optim}"])
        module = build_module(cfg)
        assert module.hparams.model["n_features"] == FeatureConfig(**cfg.features).n_features
    for group in ("data", "trainer", "experiment"):
        for option in choices[group]:
            cfg = train_config([f"{group}={option}"])
            DataConfig(**cfg.data)
            spec_settings(cfg.augment.spec)
            if cfg.augment.wave:
                inspect.signature(WaveAugment).bind(**cfg.augment.wave)  # (noise files are not loaded here)


def test_no_specaugment_is_spec_null(train_config):
    assert build_module(train_config(["augment.spec=null"])).spec_augment is None
    assert build_module(train_config(["augment=specaugment"])).spec_augment is not None


def test_the_original_recipe_is_one_override(train_config):
    cfg = train_config(["experiment=original"])
    assert (cfg.model.name, cfg.features.kind, cfg.features.n_mfcc, cfg.features.hop_length) == (
        "cnn_original", "mfcc", 128, 320)
    assert build_module(cfg).model.head[1].in_features == 37888
    assert train_config(["experiment=original", "model.frames=100"]).model.frames == 100


def test_every_value_is_overridable_and_typed(train_config):
    cfg = train_config(["data.crop_seconds=1.5", "model.channels=[4,8]", "trainer.max_epochs=2", "optim.lr=0.1"])
    assert cfg.data.crop_seconds == 1.5 and list(cfg.model.channels) == [4, 8] and cfg.optim.lr == 0.1
    assert isinstance(cfg.optim.lr, float) and isinstance(cfg.data.batch_size, int)
    assert isinstance(train_config([]).optim.weight_decay, float)


@pytest.mark.parametrize("name", ["train", "eval", "transcribe", "analyze"])
def test_entry_point_configs_compose_without_chdir(configs, name):
    with initialize_config_dir(version_base="1.3", config_dir=str(configs)):
        cfg = compose(name, overrides=["inputs=[x.wav]"] if name == "analyze" else [], return_hydra_config=True)
    assert cfg.hydra.job.chdir is False
    if name == "analyze":
        VADConfig(**cfg.vad)


def test_no_absolute_paths(configs):
    for path in configs.rglob("*.yaml"):
        def walk(value):
            if isinstance(value, dict):
                for v in value.values():
                    walk(v)
            elif isinstance(value, list):
                for v in value:
                    walk(v)
            elif isinstance(value, str):
                assert not value.startswith("/"), f"{path}: absolute path {value}"
        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
