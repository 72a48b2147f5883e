"""Every Hydra configuration composes, and what it describes can be built."""
import inspect
import itertools
from pathlib import Path
from types import SimpleNamespace

import pytest
import torch
from hydra import compose, initialize_config_dir
from omegaconf import OmegaConf
from pytorch_lightning.callbacks import Timer
from pytorch_lightning.strategies import DDPStrategy

from deepspeech2.data import DataConfig
from deepspeech2.features import FeatureConfig
from deepspeech2.model import DeepSpeech2, DeepSpeech2Config
from deepspeech2.module import DeepSpeech2Module, build_trainer
from preprocessing.augment import SpecAugment, WaveAugment

CONFIGS = Path(__file__).resolve().parents[2] / "configs" / "deepspeech2"
GROUPS = ["data", "features", "model", "augment", "optim", "trainer", "experiment"]


def options(group: str) -> list[str]:
    return sorted(path.stem for path in (CONFIGS / group).glob("*.yaml"))


@pytest.fixture(scope="module")
def hydra_configs():
    with initialize_config_dir(version_base="1.3", config_dir=str(CONFIGS)):
        yield


def parameters(config: DeepSpeech2Config) -> int:
    return sum(p.numel() for p in DeepSpeech2(config).parameters())


def model_config(cfg, n_classes: int) -> DeepSpeech2Config:
    features = FeatureConfig(**OmegaConf.to_container(cfg.features))
    return DeepSpeech2Config(n_features=features.n_bins, n_classes=n_classes, **OmegaConf.to_container(cfg.model))


def combinations() -> list[list[str]]:
    """Overrides to compose: every combination of the groups' options without an experiment, and each experiment
    (which chooses options itself) alone and with each option of each other group in turn — the pairs where
    settings can clash, without the full product (thousands of compositions, minutes of the suite)."""
    groups = [group for group in GROUPS if group != "experiment"]
    plain = [[f"{group}={option}" for group, option in zip(groups, choice)]
             for choice in itertools.product(*map(options, groups))]
    alone = [[f"experiment={experiment}"] for experiment in options("experiment")]
    paired = [[*experiment, f"{group}={option}"] for experiment in alone for group in groups for option in options(group)]
    return plain + alone + paired


def test_every_experiment_and_option_composes(hydra_configs):
    for overrides in combinations():
        cfg = compose("train", overrides)
        assert not OmegaConf.missing_keys(cfg), overrides
        model_config(cfg, n_classes=100)
        DataConfig(**cfg.data)
        if cfg.augment.spec:
            SpecAugment(**cfg.augment.spec)
        if cfg.augment.wave:
            inspect.signature(WaveAugment).bind(**cfg.augment.wave)  # (noise files are not loaded here)
        assert cfg.tokenizer in ("syllable", "jamo") and cfg.ckpt_path is None, overrides


def test_noise_augmentation_extends_specaugment(hydra_configs):
    noise, spec = compose("train", ["augment=noise"]).augment, compose("train", ["augment=specaugment"]).augment
    assert noise.spec == spec.spec and noise.wave.speed_factors == spec.wave.speed_factors
    assert noise.wave.noise_dir == "data/synthetic/noise" and noise.wave.noise_prob > 0


def test_numbers_are_typed(hydra_configs):
    cfg = compose("train", ["optim=onecycle"])
    assert isinstance(cfg.optim.lr, float) and isinstance(cfg.optim.weight_decay, float)
    assert all(isinstance(b, float) for b in cfg.optim.betas)
    assert isinstance(cfg.trainer.gradient_clip_val, float) and isinstance(cfg.data.max_frames_per_batch, int)


def test_model_configs_instantiate(hydra_configs):
    """ds2 is the original 86.6 M-parameter model (29 English labels); ds2_small trains on a CPU."""
    original = compose("train", ["model=ds2", "features=spectrogram"])
    assert original.features.kind == "spectrogram" and FeatureConfig(**original.features).n_bins == 161
    assert parameters(model_config(original, n_classes=29)) == pytest.approx(86.6e6, rel=2e-3)
    korean = parameters(model_config(original, n_classes=2000))
    assert 80e6 <= korean <= 95e6, korean
    small = parameters(model_config(compose("train"), n_classes=2000))
    # ds2_small by hand (80 mel bins; convolutions without bias; batch norms: a weight and a bias per channel):
    #   conv 1×32×41×11 = 14,432 + norm 64; conv 32×32×21×11 = 236,544 + norm 64; frequency 80 → 40 → 20;
    #   GRU 1, input 32·20 = 640: 2 directions × 3 gates × (256·640 + 256·256 + 2·256) = 1,379,328;
    #   GRUs 2–3, input 256: 2 × (norm 512 + 2 × 3 × (256·256 + 256·256 + 2·256)) = 1,580,032;
    #   head: norm 512 + linear 256 × 2000 labels (no bias) = 512,512.
    assert small == 14_432 + 64 + 236_544 + 64 + 1_379_328 + 1_580_032 + 512_512 == 3_722_976
    print(f"ds2 (161 bins, 2000 labels): {korean / 1e6:.2f} M; ds2_small (80 mel, 2000 labels): {small / 1e6:.2f} M")


def test_cpu_models_take_fewer_frames_and_bf16_convolutions(hydra_configs):
    """The ds2_small family's training-speed settings (docs/benchmarks.md): time stride 4 (25 output frames per
    second of 10-ms features) and the convolutions in bf16; the paper's ds2 keeps stride 2 and float32."""
    for model in ("ds2_small", "ds2_small_lstm"):
        config = model_config(compose("train", [f"model={model}"]), n_classes=50)
        assert DeepSpeech2(config).output_lengths(torch.tensor([400])).item() == 100, model
        assert config.conv_precision == "bf16", model
    paper = model_config(compose("train", ["model=ds2", "features=spectrogram"]), n_classes=29)
    assert DeepSpeech2(paper).output_lengths(torch.tensor([400])).item() == 200 and paper.conv_precision == "fp32"


def test_optim_configs_build_optimizers(hydra_configs, tiny_tokenizer, tiny_module_kwargs):
    for option in options("optim"):
        cfg = compose("train", [f"optim={option}"])
        kwargs = tiny_module_kwargs(tiny_tokenizer) | {"optim": OmegaConf.to_container(cfg.optim)}
        module = DeepSpeech2Module(**kwargs)
        module._trainer = SimpleNamespace(estimated_stepping_batches=10, precision="32-true")
        optimizer = module.configure_optimizers()["optimizer"]
        assert optimizer.defaults["lr"] == cfg.optim.lr and optimizer.defaults["fused"] is True  # as configured


def test_trainer_configs_build_trainers(hydra_configs, tmp_path):
    trainer = build_trainer(compose("train").trainer, tmp_path)
    assert trainer.gradient_clip_val == 400.0 and trainer.checkpoint_callback.monitor == "val_cer"
    ddp = build_trainer(compose("train", ["trainer=ddp"]).trainer, tmp_path)
    assert isinstance(ddp.strategy, DDPStrategy) and ddp.strategy._process_group_backend == "gloo"
    assert ddp.num_devices == 2
    # shortening a run needs no '+': part of an epoch, or a time limit
    short = build_trainer(compose("train", ["trainer.limit_train_batches=0.5", "trainer.max_time=00:00:10:00"]).trainer,
                          tmp_path)
    assert short.limit_train_batches == 0.5
    assert [c.time_remaining() for c in short.callbacks if isinstance(c, Timer)] == [600.0]


def test_entry_point_configs_compose(hydra_configs):
    eval_cfg = compose("eval")
    assert eval_cfg.checkpoint.endswith("ds2_medium_synthetic_noise.ckpt") and eval_cfg.device == "auto"
    assert compose("transcribe", ["inputs=[a.wav,b.wav]"]).inputs == ["a.wav", "b.wav"]


def test_decoder_options_compose_and_build(hydra_configs, tmp_path):
    from deepspeech2.decoding import make_decoder
    from deepspeech2.lm import build
    from deepspeech2.transcription import VAD
    from preprocessing.tokenizer import SyllableTokenizer
    from preprocessing.vad import VADConfig

    lm = build(["가나 나가"], "syllable", tmp_path / "lm.arpa")
    tokenizer = SyllableTokenizer(["_", " ", "가", "나"])
    for entry, default in (("eval", "greedy"), ("transcribe", "auto")):
        assert compose(entry).decoder.kind == default
        for option in options("decoder"):
            cfg = compose(entry, [f"decoder={option}"] + ([f"decoder.lm_path={lm}"] if option == "beam_lm" else []))
            assert cfg.decoder.kind == option
            if option != "auto":  # the checkpoint's choice, made by load_recognizer (test_deepspeech2_checkpoint)
                make_decoder(tokenizer=tokenizer, **OmegaConf.to_container(cfg.decoder))
    assert VADConfig(**compose("transcribe").vad) == VAD  # the command line and the library agree
    assert compose("export", ["format=torchscript"]).format == "torchscript"
