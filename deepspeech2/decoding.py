"""CTC decoding of model outputs into label ids.

Greedy (best-path) decoding only for now: take the most likely label per
frame, collapse repeats, remove blanks.
"""
from __future__ import annotations

import torch

from deepspeech2.model import lengths_to_mask


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
