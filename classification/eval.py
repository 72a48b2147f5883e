"""Evaluate a checkpoint on a manifest:  ``python -m classification.eval [checkpoint=PATH] [manifest=PATH]``.

Prints accuracy, macro F1 and the confusion matrix; writes ``predictions.csv``
(path, gender, predicted, probability = P(female)), ``summary.json``,
``confusion.txt`` and ``confusion.png`` to the run folder
(``outputs/classification/eval/<date>/<time>/``). Model and feature settings
come only from the checkpoint.
"""
from __future__ import annotations

import sys
from pathlib import Path

import hydra
from hydra.core.hydra_config import HydraConfig
from omegaconf import DictConfig

from preprocessing.synthetic.corpus import ensure_corpus_for
from classification.inference import USER_ERRORS, evaluate, load_classifier
from classification.metrics import confusion_text
from classification.plots import plot_confusion
from preprocessing.files import atomic_path, atomic_write_json, atomic_write_text
from preprocessing.command_line import run_command


@hydra.main(version_base="1.3", config_path="../configs/classification", config_name="eval")
def main(cfg: DictConfig) -> None:
    out = Path(HydraConfig.get().runtime.output_dir)
    try:
        classifier = load_classifier(cfg.checkpoint, cfg.device, batch_size=cfg.batch_size)
        ensure_corpus_for(cfg.manifest)
        table, summary = evaluate(classifier, cfg.manifest, cfg.num_workers, cfg.progress)
    except USER_ERRORS as err:
        sys.exit(f"error: {err}")
    summary["checkpoint"] = str(cfg.checkpoint)
    matrix = confusion_text(summary["confusion"])
    with atomic_path(out / "predictions.csv") as tmp:
        table.to_csv(tmp, index=False, encoding="utf-8")
    atomic_write_json(out / "summary.json", summary)
    atomic_write_text(out / "confusion.txt", matrix + "\n")
    plot_confusion(summary["confusion"], summary["labels"], out / "confusion.png")
    print(f"accuracy {summary['accuracy']:.4f}  F1 {summary['f1']:.4f}  on {summary['clips']} clips "
          f"({summary['skipped']} skipped)\n{matrix}\n→ {out}")


if __name__ == "__main__":
    run_command(main, "classification", "eval", __doc__)
