"""The embedded synthetic corpus → AI Hub reader → manifests, with its out-of-domain sets, at a tiny size."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from preprocessing.manifest import read_manifest
from preprocessing.synthetic.corpus import TRAINING_TEXT, SynthConfig, plan, prepare_default_corpus

TINY = SynthConfig(hours=0.03, train_speakers=4, held_out_speakers=4, sentences=8000, rooms=4, ood_hand_written=12,
                   ood_written=8, ood_voice=10, workers=2, seed=3)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("synthetic")
    return root, prepare_default_corpus(root, TINY)


def test_plan_is_deterministic_and_sentence_disjoint():
    a, b = plan(TINY), plan(TINY)
    assert [(f, s.recorder_id, t) for f, s, t in a] == [(f, s.recorder_id, t) for f, s, t in b]
    train = {t for f, _, t in a if f == "Training"}
    held = {t for f, _, t in a if f == "Validation"}
    assert train and held and not train & held


def test_layout_counts_and_hours(corpus):
    root, paths = corpus
    summary = json.loads((root / "synthesis.json").read_text(encoding="utf-8"))
    labels = sorted((root / "자유대화").rglob("*.json"))
    assert len(labels) == summary["utterances"]
    assert {p.parts[-3] for p in labels} == {"Training", "Validation"}
    label = json.loads(labels[0].read_text(encoding="utf-8"))
    assert set(label) >= {"발화정보", "대화정보", "녹음자정보"}
    assert label["녹음자정보"]["gender"] in ("남", "여")
    assert labels[0].with_name(label["발화정보"]["fileNm"]).exists()

    splits = {name: read_manifest(paths[name]) for name in ("train", "valid", "test")}
    assert sum(len(df) for df in splits.values()) == summary["utterances"]  # nothing rejected
    hours = sum(df["duration"].sum() for df in splits.values()) / 3600
    assert hours == pytest.approx(summary["hours"], abs=0.002)
    assert 0.6 * TINY.hours < hours < 1.6 * TINY.hours
    report = json.loads((paths["train"].parent / "report.json").read_text(encoding="utf-8"))
    assert report["rejected"] == 0


def test_held_out_speakers_and_sentences_never_in_training(corpus):
    _, paths = corpus
    train, valid, test = (read_manifest(paths[k]) for k in ("train", "valid", "test"))
    for held in (valid, test):
        assert len(held)
        assert not set(held["speaker"]) & set(train["speaker"])
        assert not set(held["text"]) & set(train["text"])
    assert not set(valid["speaker"]) & set(test["speaker"])
    assert set(train["gender"]) == {"male", "female"}


def test_training_text_holds_the_training_sentences_and_nothing_held_out(corpus):
    root, paths = corpus
    pool = (root / TRAINING_TEXT).read_text(encoding="utf-8").splitlines()
    assert len(pool) == len(set(pool)) > 0
    assert set(read_manifest(paths["train"])["text"]) <= set(pool)  # the corpus speaks a part of the pool
    for name in ("valid", "test", "test_ood_text", "test_ood_voice"):
        assert not set(read_manifest(paths[name])["text"]) & set(pool), name


def test_noisy_sets_and_noise_folder(corpus):
    _, paths = corpus
    test = read_manifest(paths["test"])
    for condition in ("noisy_far", "noisy_near"):
        noisy = read_manifest(paths[condition])
        assert sorted(noisy["text"]) == sorted(test["text"])
    assert len(list(paths["noise_dir"].glob("*.wav"))) >= 5
    vocab = json.loads(paths["vocab"].read_text(encoding="utf-8"))
    assert vocab["labels"][:2] == ["_", " "]


def test_default_corpus_is_built_only_when_a_default_path_is_missing(tmp_path, monkeypatch):
    import preprocessing.synthetic.corpus as synth

    built = []
    monkeypatch.setattr(synth, "ensure_default_corpus", built.append)
    monkeypatch.chdir(tmp_path)
    synth.ensure_corpus_for(str(tmp_path / "mine.csv"), None)
    assert built == []
    synth.ensure_corpus_for("data/synthetic/manifests/train.csv")
    assert built == [synth.DEFAULT_ROOT]
    synth.ensure_corpus_for([str(tmp_path / "mine.csv"), "data/synthetic/manifests/valid.csv"])  # one of a list
    assert built == [synth.DEFAULT_ROOT] * 2


def test_out_of_domain_sets_share_nothing_with_training(corpus):
    from preprocessing.synthetic.noise import HELD_OUT_NOISE_TYPES
    from preprocessing.synthetic.voice import TRAIN_VOICES

    root, paths = corpus
    train = read_manifest(paths["train"])
    training_voices = {json.loads(p.read_text(encoding="utf-8"))["synthetic"]["voice"]
                       for p in (root / "자유대화" / "Training").rglob("*.json")}
    for name in ("test_ood_text", "test_ood_voice"):
        ood = read_manifest(paths[name])
        assert len(ood) and not set(ood["text"]) & set(train["text"])
        assert not set(ood["speaker"]) & set(train["speaker"])
        voices = {json.loads(p.read_text(encoding="utf-8"))["synthetic"]["voice"]
                  for p in (root / "ood" / name).rglob("*.json")}
        assert voices and (not voices & training_voices if name == "test_ood_voice" else voices <= {
            f"ko+{v}" for vs in TRAIN_VOICES.values() for v in vs})
        for condition in ("far", "near"):
            noisy = read_manifest(paths[f"{name}_noisy_{condition}"])
            assert sorted(noisy["text"]) == sorted(ood["text"])
        kinds = {json.loads(p.read_text(encoding="utf-8"))["noise"]["type"]
                 for p in (root / "ood" / f"{name}_noisy").rglob("*.json")}
        assert kinds and kinds <= set(HELD_OUT_NOISE_TYPES)
    summary = json.loads((root / "ood.json").read_text(encoding="utf-8"))
    assert summary["rooms"].endswith("held_out")
    assert summary["test_ood_text"]["hand_written"] == TINY.ood_hand_written
    assert summary["test_ood_text"]["written_korean"] == TINY.ood_written


def test_same_seed_gives_identical_manifests(tmp_path):
    config = SynthConfig(hours=0.01, train_speakers=2, held_out_speakers=4, sentences=8000, rooms=2, ood=False,
                         workers=2, seed=5)
    first, second = (prepare_default_corpus(tmp_path / name, config) for name in ("a", "b"))
    for name in ("train", "valid", "test", "noisy_far", "noisy_near"):
        assert first[name].read_bytes() == second[name].read_bytes(), name


def test_a_word_list_reaches_the_spoken_text_and_the_lm_text(tmp_path):
    from preprocessing.synthetic.corpus import LEXICON_SENTENCES, LEXICON_TEXT, synthesize_corpus

    words = ["대법원장", "진드기", "햇볕", "체육복", "반찬"]
    (tmp_path / "words.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
    config = SynthConfig(hours=0.01, train_speakers=2, held_out_speakers=2, sentences=2000, mixed_word_share=1.0,
                         lexicon=str(tmp_path / "words.txt"), ood=False, workers=1, seed=3)
    synthesize_corpus(tmp_path / "c", config)
    lines = (tmp_path / "c" / LEXICON_TEXT).read_text(encoding="utf-8").splitlines()
    assert len(lines) == LEXICON_SENTENCES and {w for line in lines for w in line.split(" ")} == set(words)
    spoken = [json.loads(p.read_text(encoding="utf-8"))["발화정보"]["stt"]
              for p in (tmp_path / "c" / "자유대화" / "Training").rglob("*.json")]
    assert any(set(text.split(" ")) & set(words) for text in spoken)
    plain = SynthConfig(hours=0.01, train_speakers=2, held_out_speakers=2, sentences=2000, ood=False, workers=1)
    synthesize_corpus(tmp_path / "plain", plain)
    assert not (tmp_path / "plain" / LEXICON_TEXT).exists()


def test_speaker_counts_set_how_many_voices_each_folder_has():
    config = SynthConfig(hours=0.2, train_speakers=12, held_out_speakers=6, sentences=2000, ood=False, workers=1)
    jobs = plan(config)
    for folder, count in (("Training", 12), ("Validation", 6)):
        speakers = {s for f, s, _ in jobs if f == folder}
        assert len(speakers) == count
        assert sorted(s.gender for s in speakers) == ["female"] * (count // 2) + ["male"] * (count // 2)


def test_fewer_than_two_speakers_is_a_one_line_error(tmp_path):
    result = subprocess.run([sys.executable, "-m", "preprocessing", "synth", "--root", str(tmp_path / "c"),
                             "--speakers", "1"], capture_output=True, text=True, cwd=Path(__file__).parents[2])
    assert result.returncode != 0 and "must each be at least 2" in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "c").exists()


def test_pitch_ranges_set_the_speakers_pitches():
    wide = SynthConfig(hours=0.2, train_speakers=40, held_out_speakers=6, sentences=2000, male_pitch=(60, 70),
                       female_pitch=(10, 20), ood=False, workers=1)
    speakers = {s for _, s, _ in plan(wide)}
    assert {s.pitch for s in speakers if s.gender == "male"} <= set(range(60, 70))
    assert {s.pitch for s in speakers if s.gender == "female"} <= set(range(10, 20))
    with pytest.raises(ValueError, match="male pitch range must be LOW < HIGH within 0–99, not 70 60"):
        SynthConfig(male_pitch=(70, 60))
