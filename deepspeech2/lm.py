"""Token n-gram language models for CTC beam search: build (modified Kneser–Ney, ARPA), read, score, tune.

The LM is over the acoustic model's own labels — syllables or jamo, with the
space written as ``|`` — because the lexicon-free decoder
(:mod:`deepspeech2.decoding`) asks it for the next *token*, not the next word::

    python -m deepspeech2.lm build --units jamo --output outputs/deepspeech2/lm/jamo.arpa
        [--manifest data/synthetic/manifests/train.csv [MORE.csv ...]] [--text sentences.txt ...] [--order 6]
        [--prune 0 0 0 1]
    python -m deepspeech2.lm tune --lm outputs/deepspeech2/lm/jamo.arpa --checkpoint CKPT
        [--manifest data/synthetic/manifests/valid.csv [NOISY_VALID.csv ...]] [--beam-size 32]

``build`` writes the ARPA file and ``<lm>.json`` (its units and order);
``tune`` decodes the validation manifests for a small grid of LM weights α and
insertion bonuses β and adds the best pair (lowest mean CER) and the beam size
to ``<lm>.json``, where ``decoder=beam_lm`` finds them (transcribe, eval). KenLM (the library the decoder
loads ARPA files with) supports orders up to 6. The defaults, syllable 5 and
jamo 6 (about two syllables back), had the lowest held-out perplexity on the
synthetic corpus (validation transcripts, per token: syllable 2–6-grams 23.1,
13.0, 10.5, 9.9, 9.7; jamo 9.3, 6.3, 4.5, 3.8, 3.5); ``--order`` lower
for small corpora or weak acoustic models if tuning says so.

The builder is interpolated modified Kneser–Ney, following KenLM's ``lmplz``
(Chen & Goodman 1998): lower orders use continuation counts, three discounts
per order come from counts of counts (0.5/1/1.5 when those are degenerate, as
on tiny corpora), and the unigrams interpolate with a uniform distribution
that gives ``<unk>`` its mass. It keeps every n-gram in memory: fine for a few
hundred thousand sentences; for more, use ``lmplz`` (same ARPA format).
"""
from __future__ import annotations

import argparse
import math
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable, Sequence

import torch

from deepspeech2.checkpoint import DEFAULT_CHECKPOINT
from deepspeech2.data import DataError, SpeechDataset
from deepspeech2.decoding import (BEAM_SIZE, arpa_sections, lm_settings, lm_settings_path, lm_tokens, make_decoder,
                                  open_arpa)
from deepspeech2.inference import USER_ERRORS, Recognizer, load_recognizer, manifest_log_probs
from deepspeech2.metrics import cer
from preprocessing.progress import progress_bar
from preprocessing.files import atomic_path, atomic_write_json
from preprocessing.manifest import read_manifest
from preprocessing.text import normalize
from preprocessing.synthetic.corpus import ensure_corpus_for

BOS, EOS, UNK = "<s>", "</s>", "<unk>"
MAX_ORDER = 6  # KenLM's compiled-in limit
DEFAULT_ORDER = {"syllable": 5, "jamo": 6}
FALLBACK_DISCOUNTS = (0.5, 1.0, 1.5)  # lmplz --discount_fallback
DEFAULT_LM_MANIFEST = "data/synthetic/manifests/train.csv"
ALPHAS, BETAS = (0.5, 1.0, 1.5, 2.0, 3.0), (0.0, 1.0, 2.0)  # the tuning grid

NGram = tuple[str, ...]


def count_ngrams(sentences: Iterable[Sequence[str]], order: int) -> list[Counter]:
    """``counts[k][ngram]`` for k = 1..order over ``<s> w1 … wn </s>`` (``counts[0]`` is unused)."""
    counts = [Counter() for _ in range(order + 1)]
    for words in sentences:
        padded = (BOS, *words, EOS)
        for k in range(1, order + 1):
            counts[k].update(padded[i : i + k] for i in range(len(padded) - k + 1))
    return counts


def adjust_counts(raw: list[Counter]) -> list[Counter]:
    """Kneser–Ney counts: below the top order, the number of distinct words seen before an n-gram.

    N-grams that start with ``<s>`` keep their raw count (nothing can precede them).
    """
    adjusted = [Counter() for _ in raw]
    adjusted[-1] = raw[-1]
    for k in range(len(raw) - 2, 0, -1):
        for ngram in raw[k + 1]:
            adjusted[k][ngram[1:]] += 1
        for ngram, count in raw[k].items():
            if ngram[0] == BOS:
                adjusted[k][ngram] = count
    del adjusted[1][(BOS,)]  # <s> is a context, never predicted
    return adjusted


def discounts(counts: Counter) -> tuple[float, float, float]:
    """Discounts D1, D2, D3+ from counts of counts t1..t4: ``Dj = j − (j+1)·Y·t(j+1)/t(j)``, ``Y = t1/(t1+2·t2)``."""
    t = [0] + [sum(1 for c in counts.values() if c == j) for j in range(1, 5)]
    if min(t[1:]) == 0:
        return FALLBACK_DISCOUNTS
    y = t[1] / (t[1] + 2 * t[2])
    d = tuple(j - (j + 1) * y * t[j + 1] / t[j] for j in range(1, 4))
    return d if all(0 < d[j - 1] < j for j in range(1, 4)) else FALLBACK_DISCOUNTS


def estimate(sentences: Iterable[Sequence[str]], order: int, prune: Sequence[int] = ()) -> tuple[list[dict], list[dict]]:
    """Interpolated modified Kneser–Ney.

    ``prune``: count thresholds per order, as lmplz's ``--prune`` (see :func:`prune_ngrams`); empty: keep all.

    Returns:
        ``probs[k][ngram]`` = p(last word | the others) for every seen k-gram (and
        ``<unk>``), and ``backoffs[k][ngram]`` = the weight γ given to the lower
        order after that k-gram as a context. Both indexed k = 1..order.
    """
    counts = adjust_counts(count_ngrams(sentences, order))
    if not counts[1]:
        raise DataError("no sentences to build a language model from")
    probs: list[dict] = [{} for _ in counts]
    backoffs: list[dict] = [{} for _ in counts]
    for k in range(1, order + 1):
        d = discounts(counts[k])
        discount = {ngram: d[min(c, 3) - 1] for ngram, c in counts[k].items()}
        totals, discounted = defaultdict(int), defaultdict(float)  # per context: sum of counts, of discounts
        for ngram, c in counts[k].items():
            totals[ngram[:-1]] += c
            discounted[ngram[:-1]] += discount[ngram]
        if k == 1:  # interpolate with the uniform distribution over the vocabulary (<unk> included)
            uniform = discounted[()] / totals[()] / (len(counts[1]) + 1)
            probs[1] = {ngram: (c - discount[ngram]) / totals[()] + uniform for ngram, c in counts[1].items()}
            probs[1][(UNK,)] = uniform
            continue
        for context, total in totals.items():
            backoffs[k - 1][context] = discounted[context] / total
        for ngram, c in counts[k].items():
            context = ngram[:-1]
            lower = probs[k - 1][ngram[1:]]
            probs[k][ngram] = (c - discount[ngram]) / totals[context] + backoffs[k - 1][context] * lower
    if any(prune):
        prune_ngrams(probs, backoffs, counts, prune)
    return probs, backoffs


def prune_ngrams(probs: list[dict], backoffs: list[dict], counts: list[Counter], thresholds: Sequence[int]) -> None:
    """Drop n-grams whose (Kneser–Ney) count is at most their order's threshold, then renormalize, in place.

    ``thresholds`` has one value per order from the unigrams (always kept) up, the last
    one standing for the remaining orders, as lmplz's ``--prune 0 0 1`` (drop trigrams and
    higher seen once). The kept n-grams keep their probabilities; an n-gram stays when it is
    the context or the suffix of a kept longer one (the ARPA format needs both). The
    back-off weight γ(h) of each context is recomputed so that p(· | h) sums to one again:
    ``γ(h) = (1 − Σ p(w | h)) / (1 − Σ p(w | h′))`` over the words kept after ``h``, with
    ``h′`` = ``h`` without its first token.
    """
    order = len(probs) - 1
    limits = [thresholds[min(k - 1, len(thresholds) - 1)] for k in range(order + 1)]
    needed: set[NGram] = set()  # contexts and suffixes of the kept (k+1)-grams
    for k in range(order, 1, -1):
        probs[k] = {ngram: p for ngram, p in probs[k].items() if counts[k][ngram] > limits[k] or ngram in needed}
        needed = {part for ngram in probs[k] for part in (ngram[:-1], ngram[1:])}

    def model_prob(ngram: NGram) -> float:  # p(last token | the others) in the pruned model
        weight = 1.0
        while ngram not in probs[len(ngram)]:
            weight *= backoffs[len(ngram) - 1].get(ngram[:-1], 1.0)
            ngram = ngram[1:]
        return weight * probs[len(ngram)][ngram]

    for k in range(1, order):  # back-off weights of k-token contexts, shortest first (longer ones use them)
        kept, lower = defaultdict(float), defaultdict(float)
        for ngram, p in probs[k + 1].items():
            kept[ngram[:-1]] += p
            lower[ngram[:-1]] += model_prob(ngram[1:])
        backoffs[k] = {context: max(1.0 - kept[context], 1e-12) / max(1.0 - lower[context], 1e-12) for context in kept}


def write_arpa(path: str | os.PathLike, probs: list[dict], backoffs: list[dict]) -> None:
    """Write log10 probabilities and back-off weights as an ARPA file (atomically; gzip-compressed for ``.gz``)."""
    with atomic_path(path) as tmp, open_arpa(tmp, "wt") as f:
        f.write("\\data\\\n")
        sizes = [len(probs[1]) + 1] + [len(p) for p in probs[2:]]  # + the <s> unigram
        f.writelines(f"ngram {k}={n}\n" for k, n in enumerate(sizes, start=1))
        for k in range(1, len(probs)):
            f.write(f"\n\\{k}-grams:\n")
            entries = [((BOS,), 0.0)] + list(probs[k].items()) if k == 1 else probs[k].items()
            for ngram, p in entries:
                log_p = -99.0 if p == 0 else math.log10(p)
                backoff = backoffs[k].get(ngram)
                f.write(f"{log_p:.7f}\t{' '.join(ngram)}" + ("" if backoff is None else f"\t{math.log10(backoff):.7f}")
                        + "\n")
        f.write("\n\\end\\\n")


class ArpaLM:
    """An ARPA back-off model in memory, for checks and small scripts (the decoder uses KenLM)."""

    def __init__(self, path: str | os.PathLike):
        self.log10_probs: dict[NGram, float] = {}
        self.log10_backoffs: dict[NGram, float] = {}
        sections = arpa_sections(path)
        self.order = max(sections, default=0)
        for lines in sections.values():
            for line in lines:
                fields = line.split("\t")
                ngram = tuple(fields[1].split())
                self.log10_probs[ngram] = float(fields[0])
                if len(fields) > 2:
                    self.log10_backoffs[ngram] = float(fields[2])
        self.vocabulary = [ngram[0] for ngram in self.log10_probs if len(ngram) == 1]

    def log10_prob(self, context: Sequence[str], word: str) -> float:
        """log10 p(word | context), backing off to shorter contexts (unknown words are ``<unk>``)."""
        word = word if (word,) in self.log10_probs else UNK
        context = tuple(context)[max(len(context) - self.order + 1, 0) :] if self.order > 1 else ()
        penalty = 0.0
        while context + (word,) not in self.log10_probs:
            penalty += self.log10_backoffs.get(context, 0.0)
            context = context[1:]
        return penalty + self.log10_probs[context + (word,)]

    def sentence_log10_prob(self, words: Sequence[str]) -> float:
        """log10 p(words ``</s>`` | ``<s>``)."""
        history = [BOS, *words]
        return sum(self.log10_prob(history[: i + 1], w) for i, w in enumerate([*words, EOS]))


def build(sentences: Iterable[str], units: str, output: str | os.PathLike, order: int | None = None,
          source: str = "", prune: Sequence[int] = ()) -> Path:
    """Write a token n-gram LM of ``sentences`` split into ``units`` (syllable | jamo), and ``<lm>.json``.

    ``prune``: count thresholds per order (:func:`prune_ngrams`), for a smaller file."""
    order = order or DEFAULT_ORDER[units]
    tokens = [words for text in sentences if (words := lm_tokens(units, normalize(text)))]  # as transcripts are
    write_arpa(output, *estimate(tokens, order, prune))
    atomic_write_json(lm_settings_path(output), {"units": units, "order": order, "prune": list(prune),
                                                 "sentences": len(tokens), "source": source})
    return Path(output)


def tune(recognizer: Recognizer, lm_path: str | os.PathLike, manifests: str | os.PathLike | Sequence[str | os.PathLike],
         alphas: Sequence[float], betas: Sequence[float], beam_size: int = BEAM_SIZE, progress: bool = False) -> dict:
    """Decode the manifests with every (α, β) of the grid; store the pair with the lowest mean CER in ``<lm>.json``.

    Several manifests (e.g. a validation split and its far-field copies) count alike: the score of a
    grid point is the mean of their corpus CERs, so the weights suit clean and noisy speech together.
    The beam size is stored with them: decoders built from the LM search as widely as it was tuned.
    The acoustic model runs once per manifest; its log-probabilities are kept in memory
    (use validation manifests of a few hundred utterances). ``progress``: a bar over the grid on stderr.

    Returns:
        The updated settings: ``alpha``, ``beta``, ``beam_size`` and a ``tuning`` record (greedy CER, the
        grid's CERs: the mean and one per manifest).
    """
    manifests = [manifests] if isinstance(manifests, (str, os.PathLike)) else list(manifests)
    sets = []  # per manifest: (T, C) log-probabilities and transcripts, one per utterance
    for manifest in manifests:
        dataset = SpeechDataset(manifest, recognizer.tokenizer, recognizer.sample_rate)
        outputs, references = [], []
        for batch, log_probs, lengths in manifest_log_probs(recognizer, dataset):
            outputs += [row[:n] for row, n in zip(log_probs, lengths.tolist())]
            references += batch.texts
        sets.append((outputs, references))

    def decode_all(decoder) -> list[float]:
        return [cer([decoder(x[None], torch.tensor([len(x)]))[0] for x in outputs], references)
                for outputs, references in sets]

    grid = []
    for a, b in progress_bar([(a, b) for a in alphas for b in betas], "tuning α, β", progress):
        cers = decode_all(make_decoder("beam_lm", recognizer.tokenizer, lm_path, beam_size, alpha=a, beta=b))
        grid.append({"alpha": a, "beta": b, "cer": sum(cers) / len(cers), "cers": cers})
    best = min(grid, key=lambda point: point["cer"])
    greedy = decode_all(make_decoder("greedy", recognizer.tokenizer))
    settings = {**lm_settings(lm_path), "alpha": best["alpha"], "beta": best["beta"], "beam_size": beam_size, "tuning": {
        "manifest": ", ".join(map(str, manifests)), "utterances": sum(len(refs) for _, refs in sets),
        "greedy_cer": sum(greedy) / len(greedy), "cer": best["cer"], "grid": grid}}
    atomic_write_json(lm_settings_path(lm_path), settings)
    return settings


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m deepspeech2.lm", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("build", help="token n-gram LM (modified Kneser-Ney) from transcripts → ARPA")
    p.add_argument("--units", choices=sorted(DEFAULT_ORDER), required=True, help="the acoustic model's labels")
    p.add_argument("--manifest", nargs="+",
                   help=f"transcripts (text column); several manifests are read as one text (default without "
                        f"--text: {DEFAULT_LM_MANIFEST})")
    p.add_argument("--text", nargs="+", default=[],
                   help="text files, one sentence per line, read with the manifests given (e.g. the "
                        "lexicon_sentences.txt of preprocessing synth --lexicon)")
    p.add_argument("--order", type=int, choices=range(1, MAX_ORDER + 1),
                   help=f"n-gram order (default: syllable {DEFAULT_ORDER['syllable']}, jamo {DEFAULT_ORDER['jamo']})")
    p.add_argument("--prune", type=int, nargs="+", default=[], metavar="COUNT",
                   help="drop n-grams seen at most COUNT times, one value per order from the unigrams (always kept) "
                        "up, the last for the remaining orders: 0 0 0 1 drops 4-grams and longer seen once "
                        "(lmplz's --prune; default: keep all)")
    p.add_argument("--output", required=True, help="the ARPA file to write (gzip-compressed if it ends in .gz)")
    p = sub.add_parser("tune", help="grid-search the LM weight α and bonus β on a validation manifest")
    p.add_argument("--lm", required=True, help="the ARPA file; the tuned α/β are written next to it (LM.arpa.json)")
    p.add_argument("--checkpoint", default=str(DEFAULT_CHECKPOINT), help="the acoustic model (default: the pretrained one)")
    p.add_argument("--manifest", nargs="+", default=["data/synthetic/manifests/valid.csv"],
                   help="validation manifests to tune on; several count alike (the mean of their CERs), e.g. a "
                        "valid split and its noisy copies (default: %(default)s)")
    p.add_argument("--alphas", type=float, nargs="+", default=list(ALPHAS), help="LM weights to try (default: %(default)s)")
    p.add_argument("--betas", type=float, nargs="+", default=list(BETAS),
                   help="bonuses per emitted label to try (default: %(default)s)")
    p.add_argument("--beam-size", type=int, default=BEAM_SIZE,
                   help="hypotheses kept per frame, stored with α and β (default: %(default)s)")
    p.add_argument("--device", default="auto", help="auto | cpu | cuda (default: %(default)s)")
    p.add_argument("--no-progress", dest="progress", action="store_false", help="no progress bar")
    args = parser.parse_args(argv)
    try:
        if args.command == "build":
            manifests = args.manifest or ([] if args.text else [DEFAULT_LM_MANIFEST])
            sources = manifests + args.text
            ensure_corpus_for(*sources)
            sentences = [text for manifest in manifests for text in read_manifest(manifest)["text"]]
            sentences += [line for text in args.text for line in Path(text).read_text(encoding="utf-8").splitlines()]
            path = build(sentences, args.units, args.output, args.order, ", ".join(sources), args.prune)
            print(f"wrote {path} and {lm_settings_path(path)}")
        else:
            recognizer = load_recognizer(args.checkpoint, args.device)
            ensure_corpus_for(*args.manifest)
            settings = tune(recognizer, args.lm, args.manifest, args.alphas, args.betas, args.beam_size, args.progress)
            tuning = settings["tuning"]
            print(f"alpha {settings['alpha']}  beta {settings['beta']}: CER {tuning['cer']:.4f} "
                  f"(greedy {tuning['greedy_cer']:.4f}; means over the manifests) on {tuning['utterances']} utterances, "
                  f"beam {settings['beam_size']} "
                  f"→ {lm_settings_path(args.lm)}")
    except (*USER_ERRORS, OSError) as err:
        sys.exit(f"error: {err}")


if __name__ == "__main__":
    main()
