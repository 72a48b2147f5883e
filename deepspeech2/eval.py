"""Evaluate a checkpoint on a manifest:  ``python -m deepspeech2.eval checkpoint=PATH manifest=PATH``.

Decoding is greedy unless ``decoder=beam`` or ``decoder=beam_lm decoder.lm_path=LM.arpa``
(configs/deepspeech2/decoder/). Prints corpus CER and WER; writes ``predictions.csv`` (path, reference,
hypothesis, cer, broken) and ``summary.json`` to the run folder
(``outputs/deepspeech2/eval/<date>/<time>/``). Model and feature settings
come only from the checkpoint.
"""
from __future__ import annotations

import sys
from pathlib import Path

import hydra
from hydra.core.hydra_config import HydraConfig
from omegaconf import DictConfig, OmegaConf

from deepspeech2.inference import USER_ERRORS, evaluate, load_recognizer
from preprocessing.files import atomic_path, atomic_write_json
from preprocessing.synthetic.corpus import ensure_corpus_for
from preprocessing.command_line import run_command


@hydra.main(version_base="1.3", config_path="../configs/deepspeech2", config_name="eval")
def main(cfg: DictConfig) -> None:
    out = Path(HydraConfig.get().runtime.output_dir)
    try:
        decoder = OmegaConf.to_container(cfg.decoder)
        recognizer = load_recognizer(cfg.checkpoint, cfg.device, decoder, cfg.precision, cfg.quantize)
        ensure_corpus_for(cfg.manifest)
        table, summary = evaluate(recognizer, cfg.manifest, cfg.max_frames_per_batch, cfg.num_workers, cfg.strict,
                                  cfg.progress)
    except USER_ERRORS as err:
        sys.exit(f"error: {err}")
    summary.update(checkpoint=str(cfg.checkpoint), decoder=decoder, quantize=cfg.quantize)
    with atomic_path(out / "predictions.csv") as tmp:
        table.to_csv(tmp, index=False, encoding="utf-8")
    atomic_write_json(out / "summary.json", summary)
    print(f"{decoder['kind']}: CER {summary['cer']:.4f}  WER {summary['wer']:.4f}  on {summary['utterances']} "
          f"utterances ({summary['skipped']} skipped, {summary['broken_utterances']} with a broken syllable) → {out}")


if __name__ == "__main__":
    run_command(main, "deepspeech2", "eval", __doc__)
