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

Both beam searches are flashlight-text's lexicon-free decoder
(:func:`torchaudio.models.decoder.ctc_decoder` with ``lexicon=None``), whose
LM is asked for the next *token*: the LM's words are the tokenizer's labels,
with the space written as ``|`` (:func:`lm_tokens`). The decoder's silence
token is the blank, so a hypothesis starts as if after a blank (plain CTC), and
flashlight's silence score on blank frames carries ``−β``.
"""
from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from pathlib import Path

import torch
from torchaudio.models.decoder import ctc_decoder

from deepspeech2.model import lengths_to_mask
from preprocessing.tokenizer import BLANK, SPACE, Tokenizer, decompose

KINDS = ("greedy", "beam", "beam_lm")
WORD_SEPARATOR = "|"  # the space label inside the LM (ARPA words cannot contain spaces)
UNTUNED = {"alpha": 1.0, "beta": 0.5}  # used when an LM has not been tuned


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

    def __call__(self, log_probs: torch.Tensor, lengths: torch.Tensor) -> list[str]:
        raise NotImplementedError


class GreedyDecoder(Decoder):
    def __call__(self, log_probs: torch.Tensor, lengths: torch.Tensor) -> list[str]:
        return [self.tokenizer.decode(ids).strip() for ids in greedy_decode(log_probs, lengths, self.tokenizer.blank)]


class BeamSearchDecoder(Decoder):
    """Prefix beam search (flashlight-text, lexicon-free), with a token LM when ``lm_path`` is given.

    Args:
        beam_size: hypotheses kept after each frame.
        beam_size_token: labels tried per frame (the most likely ones).
        beam_threshold: hypotheses scoring this much below the best are dropped.
        alpha: LM weight (on log10 probabilities); beta: bonus per non-blank frame.
    """

    def __init__(self, tokenizer: Tokenizer, lm_path: str | os.PathLike | None = None, beam_size: int = 32,
                 beam_size_token: int = 8, beam_threshold: float = 25.0, alpha: float = 0.0, beta: float = 0.0):
        super().__init__(tokenizer)
        if WORD_SEPARATOR in tokenizer.labels:
            raise DecoderError(f"the label {WORD_SEPARATOR!r} clashes with the LM's word separator")
        tokens = [WORD_SEPARATOR if label == SPACE else label for label in tokenizer.labels]
        with tempfile.TemporaryDirectory() as tmp, _quiet_stderr():  # KenLM reports its progress on stderr
            # The LM's word list must be the tokens in label order: the lexicon-free decoder asks the LM
            # about label index i, which KenLM looks up as word i (left to itself, torchaudio orders the
            # words differently; see facebookresearch/fairseq#5109).
            words = Path(tmp, "words.txt")
            words.write_text("".join(f"{token}\n" for token in tokens), encoding="utf-8")
            self.search = ctc_decoder(
                lexicon=None, tokens=tokens, lm=None if lm_path is None else str(lm_path), lm_dict=str(words),
                beam_size=beam_size, beam_size_token=min(beam_size_token, len(tokens)),
                beam_threshold=beam_threshold, lm_weight=alpha, sil_score=-beta, log_add=True,
                blank_token=BLANK, sil_token=BLANK,
            )

    def __call__(self, log_probs: torch.Tensor, lengths: torch.Tensor) -> list[str]:
        emissions = log_probs.detach().float().cpu().contiguous()  # (N, T, C)
        hypotheses = self.search(emissions, lengths.cpu())
        return [self.tokenizer.decode(best[0].tokens.tolist()).strip() if best else "" for best in hypotheses]


def is_arpa(path: str | os.PathLike) -> bool:
    """Whether ``path`` looks like an ARPA n-gram file: its first non-empty line is ``\\data\\``."""
    with open(path, "rb") as f:
        for line in f:
            if line.strip():
                return line.strip() == b"\\data\\"
    return False


def make_decoder(kind: str = "greedy", tokenizer: Tokenizer | None = None, lm_path: str | os.PathLike | None = None,
                 beam_size: int = 32, beam_size_token: int = 8, beam_threshold: float = 25.0,
                 alpha: float | None = None, beta: float | None = None) -> Decoder:
    """A :class:`Decoder` of ``kind`` (``greedy``, ``beam`` or ``beam_lm``) for ``tokenizer``'s labels.

    For ``beam_lm``, ``alpha``/``beta`` default to the LM's tuned values (else :data:`UNTUNED`).

    Raises:
        DecoderError: unknown kind; ``beam_lm`` without an LM, with a file that is not ARPA, or with an LM
            built for other units.
    """
    if kind not in KINDS:
        raise DecoderError(f"unknown decoder {kind!r}; choose one of {', '.join(KINDS)}")
    if kind == "greedy":
        return GreedyDecoder(tokenizer)
    if kind == "beam":
        return BeamSearchDecoder(tokenizer, None, beam_size, beam_size_token, beam_threshold, 0.0, beta or 0.0)
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
    return BeamSearchDecoder(tokenizer, lm_path, beam_size, beam_size_token, beam_threshold, alpha, beta)
