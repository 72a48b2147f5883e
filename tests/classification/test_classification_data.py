"""Manifest rows → clips: what is skipped and why, random crops, noise augmentation, padding, gender-balanced sampling."""
import numpy as np
import pandas as pd
import pytest
import torch

from classification.data import DataConfig, DataError, GenderDataset, collate, make_loader
from classification.module import GenderDataModule
from preprocessing.audio import write_audio
from preprocessing.augment import WaveAugment
from preprocessing.manifest import read_manifest, write_manifest


@pytest.fixture
def messy_manifest(tiny_manifest, tmp_path):
    """tiny_manifest plus one row of each kind that must be skipped."""
    rows = read_manifest(tiny_manifest)
    write_audio(tmp_path / "short.wav", np.full(4000, 0.1, dtype=np.float32))  # 0.25 s
    (tmp_path / "fake.wav").write_text("not audio")
    extra = pd.DataFrame([
        dict(path=str(tmp_path / "short.wav"), text="짧다", gender="female"),
        dict(path=str(tmp_path / "fake.wav"), text="가짜", gender="male"),
        dict(path=str(tmp_path / "missing.wav"), text="없다", gender="male"),
        dict(path=rows["path"][0], text="모름", gender=""),
        dict(path=rows["path"][1], text="모름", gender="child"),
    ])
    return write_manifest(pd.concat([rows, extra], ignore_index=True), tmp_path / "messy.csv")


def test_a_list_of_manifests_is_one_dataset(messy_manifest, tiny_manifest):
    dataset = GenderDataset([tiny_manifest, messy_manifest], min_seconds=0.5)
    assert len(dataset) == 24 and dataset.gender_counts() == {"male": 12, "female": 12}
    assert sum(dataset.rejects.counts().values()) == 5


def test_unusable_rows_are_skipped_and_counted_with_a_reason(messy_manifest):
    dataset = GenderDataset(messy_manifest, min_seconds=0.5)
    assert len(dataset) == 12
    assert dataset.gender_counts() == {"male": 6, "female": 6}
    assert dataset.rejects.counts() == {"unknown gender": 2, "too short": 1, "unreadable audio": 1, "file not found": 1}
    messages = {r["reason"] + ": " + r["message"] for r in dataset.rejects.rows}
    assert any("too short: 0.25 s is shorter than the minimum of 0.5 s" in m for m in messages)
    assert any("fake.wav: not a readable audio file" in m for m in messages)
    assert any("'child'" in m for m in messages)


def test_a_manifest_without_usable_rows_is_a_clear_error(tiny_manifest):
    with pytest.raises(DataError, match="none of its 12 rows is usable.*12 too short"):
        GenderDataset(tiny_manifest, min_seconds=60)


def test_training_clips_are_random_crops(tiny_manifest):
    torch.manual_seed(0)
    dataset = GenderDataset(tiny_manifest, crop_seconds=0.75)
    crops = [dataset[0].waveform for _ in range(5)]
    assert all(len(c) == 12000 for c in crops)
    assert any(not torch.equal(crops[0], c) for c in crops[1:])
    assert len(GenderDataset(tiny_manifest)[0].waveform) > 12000  # evaluation: whole clips


def test_collate_pads_and_keeps_lengths_and_labels(tiny_manifest):
    dataset = GenderDataset(tiny_manifest)
    batch = collate([dataset[0], None, dataset[1]])  # a clip that failed to load is left out
    assert batch.lengths.tolist() == [len(dataset[0].waveform), len(dataset[1].waveform)]
    assert batch.waveforms.shape == (2, int(batch.lengths.max()))
    assert batch.labels.tolist() == [0.0, 1.0] and batch.indices == [0, 1]  # male, female
    assert collate([None]) is None


def test_a_file_broken_after_the_header_check_is_skipped(tiny_manifest, tmp_path):
    rows = read_manifest(tiny_manifest)
    copy = tmp_path / "copy.wav"
    copy.write_bytes(open(rows["path"][0], "rb").read())
    dataset = GenderDataset(write_manifest(rows.assign(path=[str(copy)] + list(rows["path"][1:])), tmp_path / "m.csv"))
    copy.unlink()
    assert dataset[0] is None and dataset[1] is not None


def test_balanced_sampling_draws_both_genders_equally(tiny_manifest, tmp_path):
    rows = read_manifest(tiny_manifest)
    unbalanced = pd.concat([rows[rows.gender == "male"]] * 5 + [rows[rows.gender == "female"].head(2)])
    dataset = GenderDataset(write_manifest(unbalanced, tmp_path / "unbalanced.csv"), crop_seconds=0.5)
    assert dataset.gender_counts() == {"male": 30, "female": 2}
    labels = torch.cat([b.labels for _ in range(10) for b in make_loader(dataset, 32, balanced=True, seed=1)])
    assert 0.4 < labels.mean() < 0.6
    plain = torch.cat([b.labels for b in make_loader(dataset, 32, shuffle=True)])
    assert plain.mean() == pytest.approx(2 / 32)


def test_training_clips_can_be_augmented_with_noise(tiny_manifest, tmp_path):
    """The shared WaveAugment mixes a noise clip in at the drawn SNR; without it the clip is as read."""
    write_audio(tmp_path / "noise" / "hum.wav", 0.1 * np.random.default_rng(0).standard_normal(16000))
    augment = WaveAugment(noise_dir=str(tmp_path / "noise"), noise_prob=1.0, snr_db=[10.0, 10.0])
    clean, noisy = GenderDataset(tiny_manifest), GenderDataset(tiny_manifest, augment=augment)
    speech, mixture = clean[0].waveform.numpy(), noisy[0].waveform.numpy()
    assert clean[0].label == noisy[0].label and mixture.shape == speech.shape
    np.testing.assert_array_equal(speech, GenderDataset(tiny_manifest)[0].waveform.numpy())
    residual = mixture - speech
    assert 10 * np.log10(np.mean(speech**2) / np.mean(residual**2)) == pytest.approx(10.0, abs=0.5)


def test_only_training_clips_are_augmented(tiny_manifest):
    augment = WaveAugment(gain_db=[6.0, 6.0])
    datamodule = GenderDataModule(DataConfig(train_manifest=str(tiny_manifest), valid_manifest=str(tiny_manifest)),
                                  16000, augment=augment)
    datamodule.setup("fit")
    assert datamodule.train_set.augment is augment and datamodule.valid_set.augment is None
