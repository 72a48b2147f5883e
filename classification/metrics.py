"""Accuracy, F1 and the confusion matrix of a two-class prediction (plain numpy)."""
from __future__ import annotations

from typing import Sequence

import numpy as np

from classification.data import LABELS


def confusion_matrix(labels: Sequence[int], predicted: Sequence[int]) -> np.ndarray:
    """``(2, 2)`` counts: row = true label, column = predicted label (index order of :data:`LABELS`)."""
    matrix = np.zeros((len(LABELS), len(LABELS)), dtype=np.int64)
    np.add.at(matrix, (np.asarray(labels, dtype=int), np.asarray(predicted, dtype=int)), 1)
    return matrix


def classification_metrics(labels: Sequence[int], predicted: Sequence[int]) -> dict:
    """Accuracy, per-class precision/recall/F1, macro F1 and the confusion matrix (nested lists).

    ``f1`` is the macro average over both genders, so neither class can hide the other's errors.
    """
    matrix = confusion_matrix(labels, predicted)
    total = int(matrix.sum())
    per_class = {}
    for k, name in enumerate(LABELS):
        tp, predicted_k, true_k = matrix[k, k], matrix[:, k].sum(), matrix[k, :].sum()
        precision = tp / predicted_k if predicted_k else 0.0
        recall = tp / true_k if true_k else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_class[name] = {"precision": float(precision), "recall": float(recall), "f1": float(f1),
                           "support": int(true_k)}
    return {
        "clips": total,
        "accuracy": float(np.trace(matrix) / total) if total else 0.0,
        "f1": float(np.mean([c["f1"] for c in per_class.values()])),
        "per_class": per_class,
        "confusion": matrix.tolist(),
        "labels": list(LABELS),
    }


def confusion_text(matrix: Sequence[Sequence[int]]) -> str:
    """The confusion matrix as an aligned text table (rows = true, columns = predicted)."""
    header = [""] + [f"predicted {name}" for name in LABELS]
    rows = [[f"true {name}"] + [str(n) for n in counts] for name, counts in zip(LABELS, matrix)]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    return "\n".join("  ".join([row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])])
                     for row in [header, *rows])
