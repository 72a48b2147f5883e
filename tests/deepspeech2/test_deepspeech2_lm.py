"""The modified Kneser–Ney builder: ARPA written, read back by KenLM and by ArpaLM, probabilities normalized."""
import json
import math
from collections import Counter

import pytest
from flashlight.lib.text.decoder.kenlm import KenLM
from flashlight.lib.text.dictionary import Dictionary

from deepspeech2.decoding import lm_settings_path, lm_tokens
from deepspeech2.inference import load_recognizer
from deepspeech2.lm import FALLBACK_DISCOUNTS, ArpaLM, build, discounts, main, tune
from preprocessing.manifest import read_manifest

SENTENCES = ["엄마 밥 주세요", "아빠 어디 가요", "오늘 날씨가 좋아요", "물 좀 주세요", "학교에 가요", "내일 만나요",
             "엄마 물 주세요", "아빠 밥 주세요", "오늘 학교에 가요", "내일 날씨가 좋아요",
                              "엄마 어디 가요", "물 좀 더 주세요", "오늘 만나요", "아빠 내일 만나요"]


@pytest.fixture(scope="module", params=[("syllable", 4, ()), ("jamo", 6, ()), ("jamo", 6, (0, 0, 1))],
                ids=["syllable", "jamo", "jamo-pruned"])
def model(request, tmp_path_factory):
    units, order, prune = request.param
    path = build(SENTENCES, units, tmp_path_factory.mktemp(units) / "lm.arpa", order, prune=prune)
    return units, path, ArpaLM(path)


def test_probabilities_sum_to_one_over_the_vocabulary(model):
    units, _, lm = model
    vocabulary = [w for w in lm.vocabulary if w != "<s>"]  # </s> and <unk> included
    tokens = lm_tokens(units, "오늘 날씨가")
    for context in [["<s>"], ["<s>", *tokens[:2]], tokens, ["<s>", "|", "|"], lm_tokens(units, "없는 말")]:
        assert sum(10 ** lm.log10_prob(context, w) for w in vocabulary) == pytest.approx(1.0, abs=1e-5)


def test_back_off_weights_and_probabilities_are_sane(model):
    _, path, lm = model
    pruned = any(json.loads(lm_settings_path(path).read_text(encoding="utf-8"))["prune"])
    bound = 1 if pruned else 0  # 0 < γ < 1 unpruned; renormalized after pruning, γ may exceed 1
    assert lm.log10_backoffs and all(-3 < b < bound for b in lm.log10_backoffs.values())
    assert all(-99 <= p <= 0 for p in lm.log10_probs.values())
    assert lm.log10_probs[("<s>",)] == -99  # never predicted
    assert all(ngram[:-1] in lm.log10_backoffs for ngram in lm.log10_probs if len(ngram) > 1)  # contexts exist
    header = path.read_text(encoding="utf-8").split("\n\n")[0].splitlines()[1:]
    counts = Counter(len(ngram) for ngram in lm.log10_probs)
    assert header == [f"ngram {k}={counts[k]}" for k in range(1, lm.order + 1)]


def test_seen_text_is_likelier_than_shuffled_text(model):
    units, _, lm = model
    seen, shuffled = lm_tokens(units, "오늘 날씨가 좋아요"), lm_tokens(units, "좋아요 날씨가 오늘")
    assert lm.sentence_log10_prob(seen) > lm.sentence_log10_prob(shuffled) + 1


def test_kenlm_reads_the_same_model(model):
    units, path, lm = model
    words = Dictionary([w for w in lm.vocabulary if w != "<s>"])
    kenlm = KenLM(str(path), words)
    for text in SENTENCES[:6] + ["없는 말이에요"]:
        tokens, state, total = lm_tokens(units, text), kenlm.start(False), 0.0
        for token in tokens:
            state, score = kenlm.score(state, words.get_index(token if token in lm.vocabulary else "<unk>"))
            total += score
        total += kenlm.finish(state)[1]
        assert total == pytest.approx(lm.sentence_log10_prob(tokens), abs=1e-4)


def test_pruning_drops_rare_long_ngrams_and_keeps_what_they_need(tmp_path):
    full = ArpaLM(build(SENTENCES, "jamo", tmp_path / "full.arpa", 6))
    pruned = ArpaLM(build(SENTENCES, "jamo", tmp_path / "pruned.arpa", 6, prune=(0, 0, 1)))
    assert json.loads(lm_settings_path(tmp_path / "pruned.arpa").read_text(encoding="utf-8"))["prune"] == [0, 0, 1]
    sizes = [Counter(len(ngram) for ngram in lm.log10_probs) for lm in (full, pruned)]
    assert sizes[1][1] == sizes[0][1] and sizes[1][2] == sizes[0][2]  # unigrams and bigrams: threshold 0
    assert all(sizes[1][k] < sizes[0][k] for k in range(3, 7))
    kept = [ngram for ngram in pruned.log10_probs if len(ngram) > 1]
    assert all(ngram[1:] in pruned.log10_probs and ngram[:-1] in pruned.log10_probs for ngram in kept)
    for ngram in kept:  # the kept n-grams keep their probabilities; only back-off weights change
        assert pruned.log10_probs[ngram] == pytest.approx(full.log10_probs[ngram], abs=1e-6)
    vocabulary = [w for w in pruned.vocabulary if w != "<s>"]
    for context in list(pruned.log10_backoffs)[::7]:  # the back-off weights renormalize every context
        assert sum(10 ** pruned.log10_prob(context, w) for w in vocabulary) == pytest.approx(1.0, abs=1e-5)


def test_discounts_from_counts_of_counts():
    counts = Counter({f"w{i}": c for i, c in enumerate([1] * 40 + [2] * 15 + [3] * 8 + [4] * 5)})
    y = 40 / (40 + 2 * 15)
    assert discounts(counts) == pytest.approx((1 - 2 * y * 15 / 40, 2 - 3 * y * 8 / 15, 3 - 4 * y * 5 / 8))
    assert discounts(Counter({"a": 1, "b": 2})) == FALLBACK_DISCOUNTS  # no n-gram seen 3 or 4 times


def test_build_reads_text_as_transcripts_are_normalized(tmp_path):
    """A sentence file with punctuation and extra spaces gives the same LM as its clean transcripts."""
    raw = build(["가,  나.", "가!"], "syllable", tmp_path / "raw.arpa", order=2).read_text(encoding="utf-8")
    assert raw == build(["가 나", "가"], "syllable", tmp_path / "clean.arpa", order=2).read_text(encoding="utf-8")


def test_hand_computed_bigram_model(tmp_path):
    """Order 2 on "a b" and "a": with the fallback discounts D1 = 0.5, D2 = 1, D3+ = 1.5."""
    lm = ArpaLM(build(["가 나", "가"], "syllable", tmp_path / "lm.arpa", order=2))
    # Unigram counts are continuation counts (distinct words before): 가 1 (<s>), | 1 (가), 나 1 (|), </s> 2 (나, 가).
    total, discounted = 1 + 1 + 1 + 2, 0.5 * 3 + 1.0  # counts 1, 1, 1, 2
    uniform = discounted / total / 5  # 가, |, 나, </s>, <unk>
    assert 10 ** lm.log10_prob([], "</s>") == pytest.approx((2 - 1.0) / total + uniform, rel=1e-5)
    assert 10 ** lm.log10_prob([], "<unk>") == pytest.approx(uniform, rel=1e-5)
    # p(가 | <s>): "<s> 가" seen twice, the only continuation of <s>.
    unigram = (1 - 0.5) / total + uniform
    assert 10 ** lm.log10_prob(["<s>"], "가") == pytest.approx((2 - 1.0) / 2 + (1.0 / 2) * unigram, rel=1e-5)


def test_build_and_tune_commands(tiny_manifest, tiny_checkpoint, tmp_path, capsys):
    arpa = tmp_path / "lm.arpa"
    main(["build", "--units", "syllable", "--manifest", str(tiny_manifest), "--order", "3", "--output", str(arpa)])
    assert arpa.is_file() and ArpaLM(arpa).order == 3
    main(["tune", "--lm", str(arpa), "--checkpoint", str(tiny_checkpoint), "--manifest", str(tiny_manifest),
          "--alphas", "0.0", "0.5", "--betas", "0.0", "1.0", "--device", "cpu"])
    settings = json.loads(lm_settings_path(arpa).read_text(encoding="utf-8"))
    assert settings["units"] == "syllable" and settings["order"] == 3 and settings["sentences"] == 12
    assert (settings["alpha"], settings["beta"]) in [(0.0, 0.0), (0.0, 1.0), (0.5, 0.0), (0.5, 1.0)]
    assert len(settings["tuning"]["grid"]) == 4 and settings["tuning"]["utterances"] == 12
    assert settings["tuning"]["cer"] == min(point["cer"] for point in settings["tuning"]["grid"])
    assert "alpha" in capsys.readouterr().out
    with pytest.raises(SystemExit, match="error: .*jamo LM but the model's labels are syllable"):
        jamo = build(["가나"], "jamo", tmp_path / "jamo.arpa")
        main(["tune", "--lm", str(jamo), "--checkpoint", str(tiny_checkpoint), "--manifest", str(tiny_manifest)])
    assert not math.isnan(settings["tuning"]["greedy_cer"])


def test_tune_scores_several_manifests_by_their_mean_cer(tiny_manifest, tiny_checkpoint, tmp_path):
    other = tmp_path / "other.csv"  # the same audio with other transcripts: another CER
    read_manifest(tiny_manifest).assign(text="새로운 문장 하나").to_csv(other, index=False)
    arpa = build(read_manifest(tiny_manifest)["text"], "syllable", tmp_path / "lm.arpa", order=3)
    recognizer = load_recognizer(tiny_checkpoint, "cpu")
    alone = [tune(recognizer, arpa, manifest, [0.0, 0.5], [0.0], beam_size=4)["tuning"] for manifest in (tiny_manifest, other)]
    both = tune(recognizer, arpa, [tiny_manifest, other], [0.0, 0.5], [0.0], beam_size=4)
    for k, point in enumerate(both["tuning"]["grid"]):
        assert point["cers"] == pytest.approx([alone[0]["grid"][k]["cer"], alone[1]["grid"][k]["cer"]])
        assert point["cer"] == pytest.approx((alone[0]["grid"][k]["cer"] + alone[1]["grid"][k]["cer"]) / 2)
    assert alone[0]["grid"][0]["cer"] != alone[1]["grid"][0]["cer"]
    assert both["tuning"]["utterances"] == 24 and both["beam_size"] == 4
    assert json.loads(lm_settings_path(arpa).read_text(encoding="utf-8"))["beam_size"] == 4


def test_build_reads_every_manifest_given(tiny_manifest, tmp_path):
    other = tmp_path / "other.csv"
    rows = read_manifest(tiny_manifest)
    rows.assign(text="새로운 문장 하나").to_csv(other, index=False)
    arpa = tmp_path / "lm.arpa"
    main(["build", "--units", "syllable", "--manifest", str(tiny_manifest), str(other), "--output", str(arpa)])
    settings = json.loads(lm_settings_path(arpa).read_text(encoding="utf-8"))
    assert settings["sentences"] == 2 * len(rows)
    assert settings["source"] == f"{tiny_manifest}, {other}"
    assert ("새", "로") in ArpaLM(arpa).log10_probs  # a bigram of the second manifest's text


def test_build_reads_text_files_with_the_manifests_given_or_alone(tiny_manifest, tmp_path):
    rows = read_manifest(tiny_manifest)
    words = tmp_path / "words.txt"
    words.write_text("대법원장 임기\n없어 사과\n", encoding="utf-8")
    arpa = tmp_path / "lm.arpa"
    main(["build", "--units", "syllable", "--manifest", str(tiny_manifest), "--text", str(words), "--output", str(arpa)])
    settings = json.loads(lm_settings_path(arpa).read_text(encoding="utf-8"))
    assert settings["sentences"] == len(rows) + 2 and settings["source"] == f"{tiny_manifest}, {words}"
    spoken = tuple(rows["text"].iloc[0].replace(" ", "|")[:2])  # a bigram of the manifest's text
    assert ("법", "원") in ArpaLM(arpa).log10_probs and spoken in ArpaLM(arpa).log10_probs
    main(["build", "--units", "syllable", "--text", str(words), "--output", str(arpa)])  # the text alone
    assert json.loads(lm_settings_path(arpa).read_text(encoding="utf-8"))["sentences"] == 2
    assert spoken not in ArpaLM(arpa).log10_probs


def test_tune_and_evaluate_show_progress(tiny_manifest, tiny_checkpoint, tmp_path, tty_stderr):
    from deepspeech2.inference import evaluate

    recognizer = load_recognizer(tiny_checkpoint, "cpu")
    tty_stderr = tty_stderr()
    evaluate(recognizer, tiny_manifest, max_frames_per_batch=800, progress=True)
    assert "decoding: 100%" in tty_stderr.getvalue()
    arpa = build(read_manifest(tiny_manifest)["text"], "syllable", tmp_path / "lm.arpa", order=2)
    tune(recognizer, arpa, tiny_manifest, [0.0, 0.5], [0.0], progress=True)
    assert "tuning α, β: 100%" in tty_stderr.getvalue() and "2/2 [" in tty_stderr.getvalue()


def test_every_option_of_the_argparse_commands_is_described(argparse_parsers, undocumented_options):
    from deepspeech2.benchmarks import data_loading, side_by_side, training_speed, transcription_speed

    parsers = {**argparse_parsers(main, []), **argparse_parsers(training_speed.main),
               **argparse_parsers(transcription_speed.main), **argparse_parsers(data_loading.main),
               **argparse_parsers(side_by_side.main)}
    assert len(parsers) == 7  # lm, lm build, lm tune, the two speed benchmarks, data loading, side by side
    assert undocumented_options(parsers) == []
