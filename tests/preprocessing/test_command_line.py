"""Whisper-style command lines → Hydra overrides, ``${package:…}`` defaults and ``--help`` (preprocessing.command_line)."""
from pathlib import Path

import pytest
from hydra.core.override_parser.overrides_parser import OverridesParser
from omegaconf import OmegaConf

from preprocessing.command_line import help_text, hydra_argv, quote


def parsed(override: str):
    """What Hydra makes of one override: (key, value)."""
    o = OverridesParser.create().parse_override(override)
    return o.key_or_group, o.value()


@pytest.mark.parametrize("text", ["녹음 [1].wav", "it's.wav", "a\\'b", "ends\\", "x=y,z", "${not}"[:3]])
def test_quoted_values_come_back_unchanged(text):
    assert parsed(f"k={quote(text)}") == ("k", text)


def test_bare_paths_become_the_inputs_list(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a=b.wav").touch()  # an existing path with "=" is an input …
    argv = hydra_argv(["녹음 [1].wav", "회의 자료/", "*.flac", "a=b.wav", "decoder=beam", "--format", "srt",
                       "--batch-size=8", "--denoise", "--cfg", "job"])
    assert argv[:6] == ["decoder=beam", "format=srt", "batch_size=8", "denoise=true", "--cfg", "job"]
    assert parsed(argv[6]) == ("inputs", ["녹음 [1].wav", "회의 자료/", "*.flac", "a=b.wav"])
    assert parsed(argv[2]) == ("batch_size", 8)  # numbers stay numbers


def test_a_missing_path_with_equals_is_an_override_and_korean_values_are_quoted(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    argv = hydra_argv(["checkpoint=모델/최고 [1].ckpt", "inputs=[가.wav,b.wav]", "--output", "자막 파일.srt"])
    assert [parsed(a) for a in argv] == [("checkpoint", "모델/최고 [1].ckpt"), ("inputs", ["가.wav", "b.wav"]),
                                         ("output", "자막 파일.srt")]


def test_inputs_both_ways_is_an_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit, match="either as paths or as inputs"):
        hydra_argv(["a.wav", "inputs=[b.wav]"])


def test_package_resolver_finds_the_pretrained_models_from_anywhere(tmp_path, monkeypatch):
    repo_root = Path(__file__).resolve().parents[2]
    monkeypatch.chdir(tmp_path)
    cfg = OmegaConf.create({"checkpoint": "${package:deepspeech2}/pretrained/ds2_medium_synthetic_noise.ckpt"})
    assert cfg.checkpoint == str(repo_root / "deepspeech2" / "pretrained" / "ds2_medium_synthetic_noise.ckpt")


def test_help_explains_each_setting_and_only_the_groups_used():
    text = help_text("deepspeech2", "transcribe", "Transcribe audio.")
    assert "format: txt  # txt | json | srt | csv" in text and "speech_pad_ms: 300  # added" in text
    assert "  decoder (default: auto):" in text and "    beam_lm " in text
    assert "augment" not in text and "optim" not in text and "hydra:" not in text  # groups transcribe does not use
    train = help_text("classification", "train", "Train.")
    assert "  optim (default: adamw):" in train and "    smoke " in train and "decoder" not in train
