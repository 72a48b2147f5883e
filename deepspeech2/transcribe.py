"""Transcribe audio files:  ``python -m deepspeech2.transcribe inputs=[a.wav,b.wav]`` (or folders).

Prints ``path<TAB>text`` per file on stdout. A file that cannot be read is
reported on stderr and the others carry on; the exit code is 1 if any file
failed. ``output_csv=PATH`` also writes ``path,text,error``.
"""
from __future__ import annotations

import sys

import hydra
import pandas as pd
from omegaconf import DictConfig, ListConfig

from deepspeech2.inference import USER_ERRORS, find_audio_files, load_recognizer, transcribe_files
from preprocessing.files import atomic_path


@hydra.main(version_base="1.3", config_path="../configs/deepspeech2", config_name="transcribe")
def main(cfg: DictConfig) -> None:
    inputs = list(cfg.inputs) if isinstance(cfg.inputs, ListConfig) else [cfg.inputs]
    paths = find_audio_files(inputs)
    if not paths:
        sys.exit("error: nothing to transcribe; pass inputs=[a.wav,b.wav] or inputs=FOLDER")
    try:
        recognizer = load_recognizer(cfg.checkpoint, cfg.device)
    except USER_ERRORS as err:
        sys.exit(f"error: {err}")
    results = transcribe_files(recognizer, paths, cfg.batch_size)
    for result in results:
        if result.error is None:
            print(f"{result.path}\t{result.text}", flush=True)
        else:
            print(f"error: {result.error}", file=sys.stderr)
    if cfg.output_csv:
        with atomic_path(cfg.output_csv) as tmp:
            pd.DataFrame([vars(r) for r in results]).to_csv(tmp, index=False, encoding="utf-8")
    failed = sum(r.error is not None for r in results)
    if failed:
        sys.exit(f"{failed} of {len(results)} files failed")


if __name__ == "__main__":
    main()
