"""Transcribe audio:  ``python -m deepspeech2.transcribe 녹음.wav FOLDER/ "rec/*.flac" [--key value | key=value ...]``.

Files of any length, folders (searched recursively) and glob patterns; a path that exists is an
input even with ``=`` in its name (:mod:`preprocessing.command_line`). Prints ``path<TAB>text`` per file on
stdout as it is done; ``--format txt|json|srt|csv`` with ``--output FILE`` or ``--output FOLDER``
also writes transcripts with segment
times (:mod:`deepspeech2.formats`). Recordings longer than ``long_seconds`` are cut
into speech segments with silero-vad (:mod:`deepspeech2.transcription`). A file
that cannot be read is reported on stderr and the others carry on; the exit code
is 1 if any file failed. Options: ``configs/deepspeech2/transcribe.yaml``
(decoder: beam + LM for the shipped model, else greedy; int8 quantization, GPU precision, denoising).
"""
from __future__ import annotations

import sys

import hydra
from omegaconf import DictConfig, ListConfig, OmegaConf

from deepspeech2.formats import OutputWriter
from deepspeech2.inference import USER_ERRORS, load_recognizer
from deepspeech2.transcription import transcribe_files
from preprocessing.audio import find_audio_files
from preprocessing.command_line import run_command
from preprocessing.vad import VADConfig


@hydra.main(version_base="1.3", config_path="../configs/deepspeech2", config_name="transcribe")
def main(cfg: DictConfig) -> None:
    inputs = list(cfg.inputs) if isinstance(cfg.inputs, ListConfig) else [cfg.inputs]
    paths = find_audio_files(inputs)
    if not paths:
        sys.exit("error: nothing to transcribe; pass audio files, folders or quoted patterns: a.wav FOLDER/ '*.wav'")
    if cfg.output is None and cfg.format != "txt":
        sys.exit(f"error: --format {cfg.format} needs --output FILE.{cfg.format} or --output FOLDER")
    try:
        writer = OutputWriter(cfg.format, cfg.output, paths) if cfg.output else None
        recognizer = load_recognizer(cfg.checkpoint, cfg.device, OmegaConf.to_container(cfg.decoder),
                                     cfg.precision, cfg.quantize, cfg.denoise)
    except USER_ERRORS as err:
        sys.exit(f"error: {err}")
    failed = 0
    for result in transcribe_files(recognizer, paths, cfg.batch_size, cfg.batch_seconds, cfg.long_seconds,
                                   cfg.silence_db, VADConfig(**cfg.vad), cfg.block_seconds, cfg.progress):
        if result.error is None:
            print(f"{result.path}\t{result.text}", flush=True)
        else:
            failed += 1
            print(f"error: {result.error}", file=sys.stderr)
        if result.note:
            print(f"warning: {result.path}: {result.note}", file=sys.stderr)
        if writer:
            writer.write(result)
    if writer:
        writer.close()
    if failed:
        sys.exit(f"{failed} of {len(paths)} files failed")


if __name__ == "__main__":
    run_command(main, "deepspeech2", "transcribe", __doc__, inputs_key="inputs")
