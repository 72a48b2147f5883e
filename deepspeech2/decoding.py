"""CTC decoding: model log-probabilities → text.

    decoder = make_decoder("beam_lm", tokenizer, lm_path="outputs/deepspeech2/lm/jamo.arpa")
    texts = decoder(log_probs, lengths)  # log_probs (N, T, C) log-softmax outputs, lengths (N,) valid frames

Three kinds (``decoder=greedy|beam|beam_lm`` in the transcribe and eval configs):

* ``greedy`` — the most likely label per frame, repeats collapsed, blanks removed.
* ``beam`` — CTC prefix beam search: the ``beam_size`` most probable label
  sequences so far, each scored with the sum over all its alignments.
* ``beam_lm`` — the same search with a token n-gram LM (ARPA, built by
  :mod:`deepspeech2.lm`). A hypothesis scores
  ``log p_CTC + α · log10 p_LM(tokens) + β · (non-blank frames)``; CTC
  outputs are peaky (a label lasts about one frame, blank fills the rest), so
  β works as a bonus per emitted token that offsets the LM's preference for
  short outputs. With ``alpha``/``beta`` left at ``None`` the values tuned by
  ``python -m deepspeech2.lm tune`` (stored in ``<lm>.json``) are used.

**Whole syllables.** With jamo labels every decoder returns complete Hangul
syllables (an initial, a medial, an optional final), never stray jamo such as
``노ᄅ온대요``. The beam searches are constrained: their LM gives every
transition that breaks a syllable a log10 probability of :data:`FORBIDDEN`
(:func:`write_syllable_arpa`; plain ``beam`` gets an LM of those transitions
only). Greedy output that breaks a syllable is replaced by the best alignment
that does not (:func:`syllable_best_path`); a valid greedy output is that
alignment already. A beam search can still end on an initial (the penalty for
ending there comes after the last frame) or be forced through a broken
transition when none of the labels it tries on a frame fits; it then returns
the most probable whole-syllable hypothesis of its n-best list, else the
repaired best path.

Both beam searches are flashlight-text's lexicon-free decoder
(:func:`torchaudio.models.decoder.ctc_decoder` with ``lexicon=None``), whose
LM is asked for the next *token*: the LM's words are the tokenizer's labels,
with the space written as ``|`` (:func:`lm_tokens`). The decoder's silence
token is the blank, so a hypothesis starts as if after a blank (plain CTC), and
flashlight's silence score on blank frames carries ``−β``.
"""
from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

import numpy as np
import torch
from torchaudio.models.decoder import ctc_decoder

from deepspeech2.model import lengths_to_mask
from preprocessing.tokenizer import (BLANK, FINAL, INITIAL, MEDIAL, OTHER, SPACE, Tokenizer, broken_syllables,
                                     decompose, jamo_role)

KINDS = ("greedy", "beam", "beam_lm")
WORD_SEPARATOR = "|"  # the space label inside the LM (ARPA words cannot contain spaces)
BEAM_SIZE = 32  # hypotheses kept per frame by a beam search without an LM (and with an untuned one)
# Hypotheses scoring this much below the best are dropped. 12 instead of flashlight's customary 25: on the demo model's
# development sets (valid, its far copies, new text; beam 128 + LM and plain beam 32) the transcripts are the same and
# beam + LM decodes about 40 % faster; at 8 they begin to change (deepspeech2/pretrained/MODEL_CARD.md, "Decoding speed").
BEAM_THRESHOLD = 12.0
UNTUNED = {"alpha": 1.0, "beta": 0.5, "beam_size": BEAM_SIZE}  # used when an LM has not been tuned

# Which role may follow which: a transcript is whole syllables (initial, medial, optional final) and OTHER
# labels (the space, punctuation); it starts as if after OTHER and may not end on an initial.
FOLLOWS = {OTHER: (OTHER, INITIAL), INITIAL: (MEDIAL,), MEDIAL: (OTHER, INITIAL, FINAL), FINAL: (OTHER, INITIAL)}
ENDS = (OTHER, MEDIAL, FINAL)
FORBIDDEN = -99.0  # LM log10 probability of a transition that breaks a syllable


class DecoderError(ValueError):
    """A decoder that cannot be built: unknown kind, missing or mismatched language model."""


def greedy_decode(log_probs: torch.Tensor, lengths: torch.Tensor, blank: int = 0) -> list[list[int]]:
    """Best-path CTC decoding.

    Args:
        log_probs: ``(N, T, C)`` frame scores (log-probabilities or logits; only the argmax matters).
        lengths: ``(N,)`` valid frames per utterance.

    Returns:
        N lists of label ids, repeats collapsed and blanks removed.
    """
    best = log_probs.argmax(dim=-1)  # (N, T)
    previous = torch.nn.functional.pad(best[:, :-1], (1, 0), value=-1)  # (N, T): the label one frame earlier
    keep = (best != blank) & (best != previous) & lengths_to_mask(lengths.to(best.device), best.shape[1])
    best, keep = best.cpu(), keep.cpu()
    return [row[k].tolist() for row, k in zip(best, keep)]


def syllable_best_path(log_probs: torch.Tensor, roles: list[int], blank: int = 0) -> list[int]:
    """The most probable CTC alignment whose labels form whole syllables (Viterbi), collapsed to label ids.

    Args:
        log_probs: ``(T, C)`` frame scores of one utterance (valid frames only).
        roles: :func:`~preprocessing.tokenizer.jamo_role` of each of the C labels (the blank's is ignored).
    """
    scores = log_probs.detach().float().cpu().numpy()  # (T, C)
    n_labels, n_roles = scores.shape[1], len(FOLLOWS)
    role = np.asarray(roles)
    is_label = np.arange(n_labels) != blank
    of_role = [is_label & (role == r) for r in range(n_roles)]
    allowed = np.zeros((n_roles, n_roles), dtype=bool)  # allowed[before, after]
    for before, afters in FOLLOWS.items():
        allowed[before, list(afters)] = True
    may_enter = allowed[:, np.where(is_label, role, OTHER)]  # (roles, C): label c may follow role r
    # States: on[c], the path is on label c; after[r], on a blank after a label of role r (the start: OTHER).
    on = np.full(n_labels, -np.inf)
    after = np.full(n_roles, -np.inf)
    after[OTHER] = 0.0
    back_on = np.empty(scores.shape, dtype=np.int64)  # predecessor of on[c]: a label c', or n_labels + r for after[r]
    back_after = np.empty((len(scores), n_roles), dtype=np.int64)
    for t, frame in enumerate(scores):
        last_on = np.array([np.where(mask, on, -np.inf).argmax() for mask in of_role])  # best label of each role
        best_on = on[last_on]
        enter = np.maximum(best_on, after)  # (roles,) the best way to be "after role r"
        enter_from = np.where(best_on >= after, last_on, n_labels + np.arange(n_roles))
        candidates = np.where(may_enter, enter[:, None], -np.inf)  # (roles, C)
        via = candidates.argmax(axis=0)
        entered = candidates[via, np.arange(n_labels)]
        stay = on >= entered
        back_on[t] = np.where(stay, np.arange(n_labels), enter_from[via])
        new_on = np.where(is_label, np.maximum(on, entered) + frame, -np.inf)
        stay_blank = after >= best_on
        back_after[t] = np.where(stay_blank, n_labels + np.arange(n_roles), last_on)
        after = np.maximum(after, best_on) + frame[blank]
        on = new_on
    ends = np.isin(role, ENDS) & is_label
    final_on = np.where(ends, on, -np.inf)
    final_after = np.where(np.isin(np.arange(n_roles), ENDS), after, -np.inf)
    state = int(final_on.argmax()) if final_on.max() > final_after.max() else n_labels + int(final_after.argmax())
    path = []
    for t in range(len(scores) - 1, -1, -1):
        path.append(state if state < n_labels else blank)
        state = int(back_on[t, state] if state < n_labels else back_after[t, state - n_labels])
    path.reverse()
    return [label for i, label in enumerate(path) if label != blank and (i == 0 or path[i - 1] != label)]


def open_arpa(path: str | os.PathLike, mode: str = "rt"):
    """Open an ARPA file as text (``mode`` ``"rt"`` or ``"wt"``), gzip-compressed when its name ends in ``.gz``
    (``lm.arpa.gz``: about a third of the size; KenLM reads it as it is). Written without a name or time in the
    gzip header, so the same model gives the same bytes."""
    if not str(path).endswith(".gz"):
        return open(path, mode, encoding="utf-8")
    if "w" in mode:
        return _gzip_text_writer(path)
    return gzip.open(path, mode, encoding="utf-8")


@contextlib.contextmanager
def _gzip_text_writer(path: str | os.PathLike):
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as packed, \
            io.TextIOWrapper(packed, encoding="utf-8") as text:
        yield text


def arpa_sections(path: str | os.PathLike) -> dict[int, list[str]]:
    """The entry lines of an ARPA file (or ``.arpa.gz``) by order: ``{1: ["-1.2\\tᄀ\\t-0.3", …], 2: […], …}``."""
    with open_arpa(path) as f:
        return _read_sections(f)[1]


def _read_sections(f: io.TextIOBase, max_order: int | None = None) -> tuple[dict[int, int], dict[int, list[str]], str]:
    """Read an open ARPA file up to the end of its ``max_order``-grams (all of it when ``None``).

    Returns the header's n-gram counts by order, the entry lines by order, and the line where reading stopped
    (the next section's heading or ``\\end\\``; empty at the end of the file), so that the rest can be copied as it is.
    """
    counts: dict[int, int] = {}
    sections: dict[int, list[str]] = {}
    order = 0
    for raw in iter(f.readline, ""):
        line = raw.strip()
        if line.startswith("ngram ") and not order:
            k, n = line[len("ngram "):].split("=")
            counts[int(k)] = int(n)
        elif line.endswith("-grams:"):
            order = int(line[1:].split("-")[0])
            if max_order is not None and order > max_order:
                return counts, sections, raw
            sections.setdefault(order, [])
        elif line == "\\end\\":
            return counts, sections, raw
        elif order and line:
            sections[order].append(line)
    return counts, sections, ""


def write_syllable_arpa(lm_path: str | os.PathLike | None, tokens: list[str], roles: list[int],
                        output: str | os.PathLike) -> None:
    """Write the ARPA LM at ``lm_path`` with every transition that breaks a syllable at :data:`FORBIDDEN`.

    The added bigrams (``initial space``, ``<s> medial``, ``initial </s>``, …) never occur in a transcript, so
    the LM's other scores are unchanged: any longer context backs off to them. Tokens the LM never saw are
    added with ``<unk>``'s probability, which they had before. Without ``lm_path`` the LM scores 0 for every
    allowed transition: the structure alone, for beam search without a language model. Only the unigrams and
    bigrams are read; the longer n-grams are copied as they are (most of a large LM: its copy takes a fraction
    of the time that parsing it would).
    """
    with contextlib.ExitStack() as files:
        if lm_path is None:  # every label and the end have probability 1 after any context
            grams = {1: [f"{FORBIDDEN}\t<s>\t0", "0\t</s>", f"{FORBIDDEN}\t<unk>"] + [f"0\t{token}\t0" for token in tokens]}
            source, counts, rest = io.StringIO(), {}, ""
        else:
            source = files.enter_context(open_arpa(lm_path))
            counts, grams, rest = _read_sections(source, max_order=2)
        grams.setdefault(2, [])
        probs = {line.split("\t")[1]: line.split("\t")[0] for line in grams[1]}
        grams[1] += [f"{probs.get('<unk>', FORBIDDEN)}\t{token}" for token in tokens if token not in probs]
        role = {**dict(zip(tokens, roles)), "<s>": OTHER}
        seen = {line.split("\t")[1] for line in grams[2]}
        banned = [f"{a} {b}" for a in ["<s>", *tokens] for b in [*tokens, "</s>"]
                  if (role[a] not in ENDS if b == "</s>" else role[b] not in FOLLOWS[role[a]])]
        grams[2] += [f"{FORBIDDEN}\t{bigram}" for bigram in banned if bigram not in seen]
        counts.update({k: len(lines) for k, lines in grams.items()})
        out = files.enter_context(open(output, "w", encoding="utf-8"))
        out.write("\\data\\\n" + "".join(f"ngram {k}={n}\n" for k, n in sorted(counts.items())))
        for k, lines in sorted(grams.items()):
            out.write(f"\n\\{k}-grams:\n" + "".join(f"{line}\n" for line in lines))
        out.write("\n" + (rest or "\\end\\\n"))
        shutil.copyfileobj(source, out, 1 << 20)  # the 3-grams and longer, and the end marker


def lm_tokens(units: str, text: str) -> list[str]:
    """Text → the LM's words for ``units`` (``"syllable"``: characters, ``"jamo"``): ``'한 번' → ['한', '|', '번']``."""
    text = " ".join(text.split())
    return [WORD_SEPARATOR if ch == SPACE else ch for ch in (decompose(text) if units == "jamo" else text)]


def lm_settings_path(lm_path: str | os.PathLike) -> Path:
    """``lm.arpa`` → ``lm.arpa.json``: the LM's units, order and tuned α/β."""
    return Path(f"{lm_path}.json")


def lm_settings(lm_path: str | os.PathLike) -> dict:
    """The settings stored next to an LM (``{}`` when there are none)."""
    path = lm_settings_path(lm_path)
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


@contextlib.contextmanager
def _quiet_stderr():
    """Silence what C++ code writes to the process's stderr (file descriptor 2) inside."""
    sys.stderr.flush()
    saved = os.dup(2)
    with open(os.devnull, "w") as devnull:
        os.dup2(devnull.fileno(), 2)
    try:
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


class Decoder:
    """``decoder(log_probs (N, T, C), lengths (N,)) → N texts``."""

    def __init__(self, tokenizer: Tokenizer):
        self.tokenizer = tokenizer
        self.roles = [OTHER if i == tokenizer.blank else jamo_role(label) for i, label in enumerate(tokenizer.labels)]
        self.spells_syllables = any(r != OTHER for r in self.roles)  # labels that can break a syllable

    def __call__(self, log_probs: torch.Tensor, lengths: torch.Tensor) -> list[str]:
        raise NotImplementedError

    def _whole_syllables(self, candidates: list[list[int]], log_probs: torch.Tensor, length: int) -> str:
        """The text of the first of ``candidates`` (label ids, best first) that is whole syllables, else that of
        :func:`syllable_best_path` over the ``(T, C)`` frames ``log_probs[:length]``."""
        for ids in candidates:
            text = self.tokenizer.decode(ids)
            if not broken_syllables(text):
                return text.strip()
        return self.tokenizer.decode(syllable_best_path(log_probs[:length], self.roles, self.tokenizer.blank)).strip()


class GreedyDecoder(Decoder):
    def __call__(self, log_probs: torch.Tensor, lengths: torch.Tensor) -> list[str]:
        return [self._whole_syllables([ids], row, length) for ids, row, length in
                zip(greedy_decode(log_probs, lengths, self.tokenizer.blank), log_probs, lengths.tolist())]


class BeamSearchDecoder(Decoder):
    """Prefix beam search (flashlight-text, lexicon-free), with a token LM when ``lm_path`` is given.

    Args:
        beam_size: hypotheses kept after each frame.
        beam_size_token: labels tried per frame (the most likely ones).
        beam_threshold: hypotheses scoring this much below the best are dropped.
        alpha: LM weight (on log10 probabilities); beta: bonus per non-blank frame.
    """

    def __init__(self, tokenizer: Tokenizer, lm_path: str | os.PathLike | None = None, beam_size: int = BEAM_SIZE,
                 beam_size_token: int = 8, beam_threshold: float = BEAM_THRESHOLD, alpha: float = 0.0, beta: float = 0.0):
        super().__init__(tokenizer)
        self.beam_size = beam_size
        if WORD_SEPARATOR in tokenizer.labels:
            raise DecoderError(f"the label {WORD_SEPARATOR!r} clashes with the LM's word separator")
        tokens = [WORD_SEPARATOR if label == SPACE else label for label in tokenizer.labels]
        with tempfile.TemporaryDirectory() as tmp, _quiet_stderr():  # KenLM reports its progress on stderr
            # The LM's word list must be the tokens in label order: the lexicon-free decoder asks the LM
            # about label index i, which KenLM looks up as word i (left to itself, torchaudio orders the
            # words differently; see facebookresearch/fairseq#5109).
            words = Path(tmp, "words.txt")
            words.write_text("".join(f"{token}\n" for token in tokens), encoding="utf-8")
            if self.spells_syllables:  # the LM, or an LM of the structure alone (weight 1), keeps syllables whole
                constrained = Path(tmp, "syllables.arpa")
                labels = [i for i in range(len(tokens)) if i != tokenizer.blank]
                write_syllable_arpa(lm_path, [tokens[i] for i in labels], [self.roles[i] for i in labels], constrained)
                lm_path, alpha = constrained, alpha if lm_path else 1.0
            self.search = ctc_decoder(
                lexicon=None, tokens=tokens, lm=None if lm_path is None else str(lm_path), lm_dict=str(words),
                nbest=beam_size if self.spells_syllables else 1, beam_size=beam_size, beam_size_token=min(beam_size_token, len(tokens)),
                beam_threshold=beam_threshold, lm_weight=alpha, sil_score=-beta, log_add=True,
                blank_token=BLANK, sil_token=BLANK,
            )

    def __call__(self, log_probs: torch.Tensor, lengths: torch.Tensor) -> list[str]:
        emissions = log_probs.detach().float().cpu().contiguous()  # (N, T, C)
        hypotheses = self.search(emissions, lengths.cpu())
        return [self._whole_syllables([h.tokens.tolist() for h in nbest] or [[]], row, length)
                for nbest, row, length in zip(hypotheses, emissions, lengths.tolist())]


def is_arpa(path: str | os.PathLike) -> bool:
    """Whether ``path`` looks like an ARPA n-gram file (or ``.arpa.gz``): its first non-empty line is ``\\data\\``."""
    try:
        with open_arpa(path) as f:
            for line in f:
                if line.strip():
                    return line.strip() == "\\data\\"
    except (UnicodeDecodeError, gzip.BadGzipFile, EOFError):  # not text, not gzip, or cut short
        return False
    return False


def make_decoder(kind: str = "greedy", tokenizer: Tokenizer | None = None, lm_path: str | os.PathLike | None = None,
                 beam_size: int | None = None, beam_size_token: int = 8, beam_threshold: float = BEAM_THRESHOLD,
                 alpha: float | None = None, beta: float | None = None) -> Decoder:
    """A :class:`Decoder` of ``kind`` (``greedy``, ``beam`` or ``beam_lm``) for ``tokenizer``'s labels.

    For ``beam_lm``, ``alpha``/``beta``/``beam_size`` default to the values the LM was tuned with
    (``python -m deepspeech2.lm tune``; else :data:`UNTUNED`); for ``beam``, ``beam_size`` defaults to
    :data:`BEAM_SIZE`.

    Raises:
        DecoderError: unknown kind; ``beam_lm`` without an LM, with a file that is not ARPA, or with an LM
            built for other units.
    """
    if kind not in KINDS:
        raise DecoderError(f"unknown decoder {kind!r}; choose one of {', '.join(KINDS)}")
    if kind == "greedy":
        return GreedyDecoder(tokenizer)
    if kind == "beam":
        return BeamSearchDecoder(tokenizer, None, beam_size or BEAM_SIZE, beam_size_token, beam_threshold, 0.0, beta or 0.0)
    if lm_path is None or not Path(lm_path).is_file():
        where = "decoder=beam_lm needs decoder.lm_path=PATH" if lm_path is None else f"no language model at {lm_path}"
        raise DecoderError(f"{where}; build one with `python -m deepspeech2.lm build --units {tokenizer.kind} "
                           "--output PATH.arpa` (and tune it with `python -m deepspeech2.lm tune`)")
    if not is_arpa(lm_path):
        raise DecoderError(f"{lm_path}: not an ARPA language model (it must start with \\data\\); build one with "
                           f"`python -m deepspeech2.lm build --units {tokenizer.kind} --output PATH.arpa`")
    settings = {**UNTUNED, **lm_settings(lm_path)}
    if settings.get("units", tokenizer.kind) != tokenizer.kind:
        raise DecoderError(f"{lm_path} is a {settings['units']} LM but the model's labels are {tokenizer.kind}; "
                           f"build one with --units {tokenizer.kind}")
    alpha = settings["alpha"] if alpha is None else alpha
    beta = settings["beta"] if beta is None else beta
    beam_size = settings["beam_size"] if beam_size is None else beam_size
    return BeamSearchDecoder(tokenizer, lm_path, beam_size, beam_size_token, beam_threshold, alpha, beta)
