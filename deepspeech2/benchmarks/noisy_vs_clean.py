"""Noisy-vs-clean CER benchmark:  ``python -m deepspeech2.benchmark [checkpoints=[A,B]] [key=value ...]``
(``deepspeech2.benchmark`` runs this module, ``deepspeech2.benchmarks.noisy_vs_clean``).

For every checkpoint: CER/WER on the clean test manifest and on the far- and near-field
household-noise manifests (the synthetic corpus's by default, AI Hub's when given), each
with and without ``noisereduce``, plus CER at fixed SNRs for every synthetic noise type and a
competing talker, with one
decoder (greedy by default; ``decoder=beam_lm decoder.lm_path=LM.arpa`` for beam search with an LM).
Writes ``results.csv``, ``results.json``, ``table.md`` and ``cer_vs_snr.png`` to the run
folder (``outputs/deepspeech2/benchmark/<date>/<time>/``); settings in
``configs/deepspeech2/benchmark.yaml``. See :mod:`deepspeech2.benchmarks.robustness`.
"""
from __future__ import annotations

import sys
from pathlib import Path

import hydra
from hydra.core.hydra_config import HydraConfig
from omegaconf import DictConfig, OmegaConf

from deepspeech2.inference import USER_ERRORS, load_recognizer
from deepspeech2.benchmarks.robustness import (TALKER, condition_row, snr_sweep_rows, sweep_noise, sweep_utterances,
                                               talker_clips, write_results)
from preprocessing.command_line import run_command
from preprocessing.manifest import Manifests, manifest_label, manifest_paths
from preprocessing.progress import progress_bar
from preprocessing.synthetic.corpus import ensure_corpus_for


def _present(name: str, manifest: Manifests) -> bool:
    """Whether ``manifest`` (or every manifest of a list) is there; if not, a warning that ``name`` is left out."""
    if all(path.is_file() for path in manifest_paths(manifest)):
        return True
    print(f"warning: no {name} manifest at {manifest_label(manifest)}; left out", file=sys.stderr)
    return False


@hydra.main(version_base="1.3", config_path="../../configs/deepspeech2", config_name="benchmark")
def main(cfg: DictConfig) -> None:
    names = list(cfg.names or [Path(p).stem for p in cfg.checkpoints])
    if len(names) != len(cfg.checkpoints):
        sys.exit(f"error: {len(cfg.checkpoints)} checkpoints but {len(names)} names")
    conditions = {"clean": cfg.clean_manifest, **cfg.noisy}
    talkers = cfg.snr.talkers.manifest if cfg.snr.levels else None
    ensure_corpus_for(*conditions.values(), talkers, cfg.snr.talkers.rir_dir if talkers else None)
    conditions = {name: manifest for name, manifest in conditions.items() if _present(name, manifest)}
    talkers = talkers if talkers and _present(TALKER, talkers) else None
    levels = list(cfg.snr.levels)
    try:
        bank = sweep_noise(cfg.snr.seed, list(cfg.snr.noise_types)) if levels else {}
        if talkers:
            bank[TALKER] = talker_clips(talkers, cfg.snr.talkers.count, cfg.snr.talkers.rir_dir, cfg.snr.seed)
        waveforms, texts = sweep_utterances(cfg.clean_manifest, cfg.snr.utterances) if levels else ([], [])
        decoder = OmegaConf.to_container(cfg.decoder)
        recognizers = {n: load_recognizer(c, cfg.device, decoder, quantize=cfg.quantize)
                       for n, c in zip(names, cfg.checkpoints)}
        jobs = [(n, c, d) for n in names for c in conditions for d in cfg.denoise]
        jobs += [(n, "snr", False) for n in names] if levels else []
        rows = []
        for name, condition, denoise in progress_bar(jobs, "conditions"):
            recognizer = recognizers[name]
            recognizer.denoise = denoise
            rows += (snr_sweep_rows(recognizer, name, waveforms, texts, bank, levels, cfg.snr.seed)
                     if condition == "snr" else [condition_row(recognizer, name, condition, conditions[condition])])
    except (*USER_ERRORS, ValueError) as err:
        sys.exit(f"error: {err}")
    out = Path(HydraConfig.get().runtime.output_dir)
    paths = write_results(rows, out, {"config": OmegaConf.to_container(cfg, resolve=True)})
    print(paths["table.md"].read_text(encoding="utf-8"))
    print("→ " + ", ".join(str(p) for p in paths.values()))


if __name__ == "__main__":
    run_command(main, "deepspeech2", "benchmark", __doc__)
