import logging
import shutil

import numpy as np
import pandas as pd
import pytest
import torch

from deepspeech2.data import (
    BucketBatchSampler,
    DataError,
    SpeechDataset,
    bucket_batches,
    collate,
    first_epoch_sorted,
    ShardDataset,
    ShardLoader,
    make_loader,
    plan_shards,
    split_evenly,
)
from preprocessing.audio import write_audio
from preprocessing.augment import WaveAugment
from preprocessing.manifest import ManifestError, write_manifest
from preprocessing.tokenizer import build_tokenizer

TEXTS = ["엄마 밥 주세요", "아빠 어디 가요", "물 좀 주세요", "학교에 가요"]


def tone(seconds: float, freq: float = 220.0) -> np.ndarray:
    t = np.arange(int(seconds * 16000)) / 16000
    return (0.3 * np.sin(2 * np.pi * freq * t)).astype(np.float32)


@pytest.fixture
def corpus(tmp_path):
    """Four good rows, then a missing file, a corrupt file and an empty one."""
    rows = []
    for i, text in enumerate(TEXTS):
        write_audio(tmp_path / f"good{i}.wav", tone(0.5 + 0.25 * i))
        rows.append(dict(path=str(tmp_path / f"good{i}.wav"), text=text))
    (tmp_path / "corrupt.wav").write_bytes(b"RIFF not really a wave file" * 10)
    write_audio(tmp_path / "empty.wav", np.zeros(0, dtype=np.float32))
    rows += [dict(path=str(tmp_path / name), text="물") for name in ("missing.wav", "corrupt.wav", "empty.wav")]
    manifest = tmp_path / "manifest.csv"
    write_manifest(pd.DataFrame(rows), manifest)
    return manifest


@pytest.fixture
def tokenizer():
    return build_tokenizer("syllable", TEXTS)


def test_unusable_rows_are_skipped_and_counted(corpus, tokenizer, caplog):
    with caplog.at_level(logging.WARNING):
        dataset = SpeechDataset(corpus, tokenizer)
    assert len(dataset) == 4
    assert dataset.skipped == {"file not found": 1, "not a readable audio file": 1, "empty audio": 1}
    assert "skipped 3 of 7 rows" in caplog.text and "1 file not found" in caplog.text
    item = dataset[1]
    assert item.text == TEXTS[1] and tokenizer.decode(item.tokens.tolist()) == TEXTS[1]
    assert item.waveform.shape == (12000,) and item.waveform.dtype == torch.float32


def test_a_list_of_manifests_is_one_dataset(corpus, tokenizer, caplog):
    with caplog.at_level(logging.WARNING):
        dataset = SpeechDataset([corpus, corpus], tokenizer)
    assert len(dataset) == 8 and dataset.texts == TEXTS + TEXTS
    assert dataset.skipped["file not found"] == 2 and dataset.name == "manifest.csv+manifest.csv"
    assert "manifest.csv+manifest.csv: skipped 6 of 14 rows" in caplog.text


def test_strict_fails_on_the_first_bad_row(corpus, tokenizer):
    with pytest.raises(DataError, match=r"row 5 of .*manifest\.csv: file not found: .*missing\.wav"):
        SpeechDataset(corpus, tokenizer, strict=True)


def test_out_of_vocabulary_characters_are_reported_and_dropped(corpus, tokenizer, tmp_path, caplog):
    manifest = tmp_path / "oov.csv"
    write_manifest(pd.DataFrame([dict(path=str(tmp_path / "good0.wav"), text="엄마 밥 줘요 줘"),
                                 dict(path=str(tmp_path / "good1.wav"), text="아빠 가요")]), manifest)
    with caplog.at_level(logging.WARNING):
        dataset = SpeechDataset(manifest, tokenizer)
    assert dataset.oov == {"줘": 2}
    assert "1 transcripts have characters outside the vocabulary" in caplog.text and "'줘'×2" in caplog.text
    assert tokenizer.decode(dataset[0].tokens.tolist()) == "엄마 밥 요 "
    assert dataset[0].text == "엄마 밥 줘요 줘"  # the reference stays as written


def test_empty_manifest_is_a_clear_error(tmp_path, tokenizer):
    header_only = tmp_path / "empty.csv"
    header_only.write_text("path,text,duration,gender,speaker,age,env\n", encoding="utf-8")
    with pytest.raises(ManifestError, match="no rows"):
        SpeechDataset(header_only, tokenizer)


def test_manifest_without_usable_rows_is_a_clear_error(tmp_path, tokenizer):
    manifest = tmp_path / "bad.csv"
    write_manifest(pd.DataFrame([dict(path=str(tmp_path / n), text="물") for n in ("a.wav", "b.wav")]), manifest)
    with pytest.raises(DataError, match="none of its 2 rows is usable.*2 file not found"):
        SpeechDataset(manifest, tokenizer)


def test_too_short_and_too_long_rows_are_skipped(corpus, tokenizer):
    dataset = SpeechDataset(corpus, tokenizer, min_seconds=0.6, max_seconds=1.0)
    assert len(dataset) == 2 and dataset.skipped["shorter than 0.6 s"] == 1 and dataset.skipped["longer than 1 s"] == 1


def test_collate_pads_and_drops_unloadable_items(corpus, tokenizer):
    dataset = SpeechDataset(corpus, tokenizer)
    batch = collate([dataset[0], None, dataset[3]])
    assert batch.waveforms.shape == (2, 20000) and batch.lengths.tolist() == [8000, 20000]
    assert batch.waveforms[0, 8000:].abs().sum() == 0
    assert batch.targets.shape == (2, max(batch.target_lengths)) and batch.indices == [0, 3]
    assert collate([None]) is None


def test_loader_yields_every_utterance_once(corpus, tokenizer):
    dataset = SpeechDataset(corpus, tokenizer)
    seen = [i for batch in make_loader(dataset, hop_ms=10.0, max_frames=250) for i in batch.indices]
    assert sorted(seen) == [0, 1, 2, 3]


def test_a_batch_shares_one_speed_factor(corpus, tokenizer):
    """Utterances of a batch stretch together, so the batch keeps the padding it was planned with."""
    torch.manual_seed(0)
    dataset = SpeechDataset(corpus, tokenizer, augment=WaveAugment(speed_factors=[0.5, 1.0, 2.0]))
    plain = SpeechDataset(corpus, tokenizer)
    lengths = [len(plain[i].waveform) for i in range(4)]
    factors = set()
    for _ in range(12):
        batch = collate(dataset.__getitems__([0, 1, 2, 3]))
        stretch = {round(int(n) / lengths[i], 1) for n, i in zip(batch.lengths, batch.indices)}  # 1 / factor
        assert len(stretch) == 1  # one factor for the whole batch
        factors |= stretch
    assert factors == {0.5, 1.0, 2.0}  # and a new draw per batch
    loader = make_loader(dataset, hop_ms=10.0, max_frames=10_000)  # the DataLoader takes the same path
    batch = next(iter(loader))
    assert len({round(int(n) / lengths[i], 1) for n, i in zip(batch.lengths, batch.indices)}) == 1


def test_keep_clean_gives_the_waveform_before_noise_at_the_same_speed(corpus, tokenizer, tmp_path):
    """The clean copy (for distillation) has the batch's speed change and none of the noise; it lines up sample by
    sample with the noisy one."""
    write_audio(tmp_path / "noise" / "hiss.wav", 0.1 * np.random.default_rng(0).standard_normal(16000))
    augment = WaveAugment(speed_factors=[0.5], noise_dir=str(tmp_path / "noise"), noise_prob=1.0, snr_db=[0.0, 0.0])
    batch = collate(SpeechDataset(corpus, tokenizer, augment=augment, keep_clean=True).__getitems__([0, 1]))
    assert batch.clean_waveforms.shape == batch.waveforms.shape
    assert batch.lengths.tolist() == [16000, 24000]  # 0.5 s and 0.75 s, stretched ×2
    slowed = torch.from_numpy(WaveAugment(speed_factors=[0.5]).change_speed(tone(0.5)))
    assert torch.allclose(batch.clean_waveforms[0, :16000], slowed, atol=1e-4)
    noise = batch.waveforms[0, :16000] - batch.clean_waveforms[0, :16000]
    assert noise.pow(2).mean() > 0.5 * slowed.pow(2).mean()  # 0 dB: as loud as the speech
    assert collate([SpeechDataset(corpus, tokenizer, augment=augment)[0]]).clean_waveforms is None  # off by default


def test_bucket_batches_bound_padded_frames():
    lengths = [5, 50, 20, 7, 33, 48, 9, 120, 21, 2]
    batches = bucket_batches(lengths, max_frames=60)
    assert sorted(i for b in batches for i in b) == list(range(len(lengths)))
    for batch in batches:
        assert len(batch) == 1 or len(batch) * max(lengths[i] for i in batch) <= 60
    longest = [max(lengths[i] for i in b) for b in batches]
    assert longest == sorted(longest)  # shortest first
    assert [7] in batches  # 120 frames > 60: alone


def test_sortagrad_then_seeded_shuffles():
    lengths = list(range(1, 41))
    sampler = BucketBatchSampler(lengths, max_frames=20, seed=3)
    first = list(sampler)
    assert first == bucket_batches(lengths, 20)  # epoch 0: shortest first
    orders = []
    for epoch in (1, 2):
        sampler.set_epoch(epoch)
        orders.append(list(sampler))
        assert sorted(map(tuple, orders[-1])) == sorted(map(tuple, first))
    assert orders[0] != orders[1] != first
    again = BucketBatchSampler(lengths, max_frames=20, seed=3, epoch=2)
    assert list(again) == orders[1]  # seeded by epoch: the same on every rank and after a resume
    assert BucketBatchSampler(lengths, max_frames=20).sampler is not None  # Lightning's set_epoch hook


def test_sortagrad_auto_sorts_only_models_trained_from_scratch():
    assert first_epoch_sorted("auto", warm_start=False) is True
    assert first_epoch_sorted("auto", warm_start=True) is False  # a fine-tune is shuffled from its first epoch
    assert first_epoch_sorted(True, warm_start=True) is True and first_epoch_sorted(False, warm_start=False) is False
    with pytest.raises(DataError, match="true, false or auto"):
        first_epoch_sorted("yes", warm_start=False)


@pytest.mark.parametrize("replicas", [2, 3])
@pytest.mark.parametrize("epoch", [0, 1])
def test_ranks_get_disjoint_equal_shards_covering_every_utterance(replicas, epoch):
    lengths = [int(x) for x in np.random.default_rng(0).integers(10, 200, size=57)]
    shards = [list(BucketBatchSampler(lengths, 400, seed=1, epoch=epoch, num_replicas=replicas, rank=r))
              for r in range(replicas)]
    assert len({len(shard) for shard in shards}) == 1  # every rank steps the same number of times
    assert len(shards[0]) == len(BucketBatchSampler(lengths, 400, num_replicas=replicas, rank=0))
    batches = [tuple(b) for shard in shards for b in shard]
    assert len(set(batches)) == len(batches)  # disjoint
    indices = [i for b in batches for i in b]
    assert sorted(indices) == list(range(len(lengths)))  # the union is everything, once


def test_split_evenly():
    assert split_evenly([[0, 1, 2, 3], [4]], 3) == [[0, 1], [2, 3], [4]]
    with pytest.raises(DataError, match="cannot be shared evenly"):
        split_evenly([[0], [1], [2]], 2)


def test_plan_shards_balances_frames_and_equalizes_batches():
    shards = {"a": [(0, 10), (1, 10), (2, 10), (3, 10)], "b": [(4, 10), (5, 10)], "c": [(6, 5)]}
    rank0, rank1 = plan_shards(shards, max_frames=20, parts=2)
    # a (40 frames) → rank 0; b (20) → rank 1; c (5) → rank 1, which has fewer frames
    assert [(p.name, p.batches) for p in rank0] == [("a", [[0, 1], [2, 3]])]
    assert [(p.name, p.batches) for p in rank1] == [("b", [[4, 5]]), ("c", [[6]])]  # 2 batches each already
    rank0, rank1 = plan_shards({"a": shards["a"], "b": [(4, 5), (5, 5)]}, max_frames=20, parts=2)
    assert rank0[0].batches == [[0, 1], [2, 3]] and rank1[0].batches == [[4], [5]]  # b's one batch halved
    with pytest.raises(DataError, match="cannot be cut"):  # b's one utterance cannot become 2 batches
        plan_shards({"a": shards["a"], "b": [(4, 10)]}, max_frames=20, parts=2)
    with pytest.raises(DataError, match="3 shards cannot be shared by 4 processes"):
        plan_shards(shards, max_frames=20, parts=4)


def test_shard_ranks_and_workers_read_disjoint_shares_covering_every_utterance(tiny_shards, tiny_tokenizer):
    seen = []
    for rank in (0, 1):
        dataset = ShardDataset(str(tiny_shards), tiny_tokenizer, max_frames=800, shuffle=True, seed=3, epoch=1,
                               num_replicas=2, rank=rank)
        assert len(dataset.plan) == 2  # 4 shards of 3 utterances, 2 per rank
        by_workers = {workers: [b.indices for b in ShardLoader(dataset, workers)] for workers in (0, 2)}
        assert len(by_workers[0]) == len(dataset) == len(by_workers[2])
        assert sorted(map(sorted, by_workers[0])) == sorted(map(sorted, by_workers[2]))  # workers split, not repeat
        seen.append({i for batch in by_workers[0] for i in batch})
        assert dataset.epoch == 3  # one epoch per pass
    rank0 = ShardDataset(str(tiny_shards), tiny_tokenizer, max_frames=800, num_replicas=2, rank=0)
    assert len(rank0) == len(dataset)  # as many batches on each rank
    assert not seen[0] & seen[1] and seen[0] | seen[1] == set(range(12))


def test_shard_epochs_reorder_shards_and_batches(tiny_shards, tiny_tokenizer):
    dataset = ShardDataset(str(tiny_shards), tiny_tokenizer, max_frames=800, shuffle=True, seed=3)
    orders = []
    for epoch in range(3):
        dataset.set_epoch(epoch)
        orders.append([batch.indices for batch in ShardLoader(dataset)])
    planned = [batch for plan in dataset.plan for batch in plan.batches]
    for plan in dataset.plan:  # as planned: shortest first within each shard
        lengths = [max(dataset.durations[i] for i in batch) for batch in plan.batches]
        assert lengths == sorted(lengths)
    assert planned != orders[0] != orders[1] != orders[2]  # shuffled from the first epoch on (no SortaGrad)
    assert sorted(map(sorted, orders[1])) == sorted(map(sorted, orders[0])) == sorted(map(sorted, planned))
    valid = ShardDataset(str(tiny_shards), tiny_tokenizer, max_frames=800, shuffle=False)
    assert [batch.indices for batch in ShardLoader(valid)] == planned


def test_shards_give_the_files_waveforms_and_targets(tiny_shards, tiny_manifest, tiny_tokenizer):
    files = SpeechDataset(tiny_manifest, tiny_tokenizer)
    batches = list(ShardLoader(ShardDataset(str(tiny_shards), tiny_tokenizer, max_frames=800)))
    assert sum(len(batch.texts) for batch in batches) == len(files) == 12
    for batch in batches:
        for n, (path, length) in enumerate(zip(batch.paths, batch.lengths)):
            expected = files[files.paths.index(path)]
            assert torch.equal(batch.waveforms[n, :length], expected.waveform)
            assert torch.equal(batch.targets[n, : batch.target_lengths[n]], expected.tokens)


def test_missing_and_corrupt_shards_are_skipped_and_counted(tiny_shards, tiny_tokenizer, tmp_path, caplog):
    shards = tmp_path / "shards"
    shutil.copytree(tiny_shards, shards)
    (shards / "shard-000001.tar").unlink()
    corrupt = shards / "shard-000002.tar"
    corrupt.write_bytes(corrupt.read_bytes()[:5000])
    with caplog.at_level(logging.WARNING):
        dataset = ShardDataset(str(shards), tiny_tokenizer, max_frames=800)
        batches = list(ShardLoader(dataset))
    assert dataset.skipped == {"shard not found": 3} and len(dataset) == len(batches)
    assert "skipped 3 of 12 rows: 3 shard not found" in caplog.text
    assert "skipping a shard (3 utterances)" in caplog.text  # the corrupt one, found when read
    corrupt_rows = [i for plan in dataset.plan if plan.name == corrupt.name for batch in plan.batches for i in batch]
    corrupt_batches = sum(len(plan.batches) for plan in dataset.plan if plan.name == corrupt.name)
    assert sum(batch is None for batch in batches) == corrupt_batches
    assert sorted(i for batch in batches if batch is not None for i in batch.indices) == sorted(
        set(range(9)) - set(corrupt_rows))
    with pytest.raises(DataError, match="strict"):
        ShardDataset(str(shards), tiny_tokenizer, strict=True)
