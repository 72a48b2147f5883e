"""Conversation analysis: who speaks how long, by gender.

Command line:  ``python -m classification.analyze REC.wav [FOLDER/ "*.flac" ...] [--asr-checkpoint PATH] [key=value ...]``
(settings in ``configs/classification/analyze.yaml``; the report goes to
``outputs/classification/analyze/<date>/<time>/``, in a sub-folder per recording
when there are several; a folder means every recording in it). As a library:

    classifier = load_classifier("classification/pretrained/gender_synthetic.ckpt")
    report = analyze_recording("dinner.wav", classifier)
    write_report(report, "outputs/dinner")   # report.json, summary.txt, timeline.png

Steps: voice activity detection (:func:`preprocessing.vad.speech_segments`, with the
same settings as ``deepspeech2.transcribe``)
→ each segment classified by gender (segments shorter than
``min_segment_seconds``, or that the classifier refuses, are
"undetermined") → optionally transcribed with a DeepSpeech2 checkpoint →
speaking time per gender, each gender's share of the determined time, and
the female:male ratio.
"""
from __future__ import annotations

import functools
import os
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Sequence

import hydra
import numpy as np
from hydra.core.hydra_config import HydraConfig
from omegaconf import DictConfig

from classification.checkpoint import CheckpointError
from classification.inference import USER_ERRORS, GenderClassifier, load_classifier
from classification.plots import plot_timeline
from preprocessing.audio import AudioError, find_audio_files, load_audio
from preprocessing.command_line import run_command
from preprocessing.files import atomic_write_json, atomic_write_text
from preprocessing.progress import progress_bar
from preprocessing.vad import VADConfig, pad_segments, speech_segments

GENDERS = ("female", "male", "undetermined")


@dataclass
class Segment:
    start: float  # seconds
    end: float
    gender: str  # "female" | "male" | "undetermined"
    probability: float | None = None  # P(female); None when undetermined
    note: str | None = None  # why undetermined
    text: str | None = None  # DeepSpeech2 transcript when asked for

    @property
    def duration(self) -> float:
        return self.end - self.start


def transcribe_segments(asr_checkpoint: str | os.PathLike, device: str, waveforms: Sequence[np.ndarray]) -> list[str]:
    """DeepSpeech2 transcripts of 16 kHz ``waveforms`` (the ``deepspeech2`` package is imported only when asked for).

    Raises:
        CheckpointError: the DeepSpeech2 checkpoint cannot be loaded.
    """
    return _recognizer(str(asr_checkpoint), device).transcribe(list(waveforms))


@functools.lru_cache(maxsize=1)
def _recognizer(asr_checkpoint: str, device: str):
    """The DeepSpeech2 recognizer, loaded once for all the recordings of a run."""
    from deepspeech2.inference import load_recognizer

    try:
        return load_recognizer(asr_checkpoint, device)
    except (OSError, RuntimeError, ValueError) as err:  # DeepSpeech2's own checkpoint errors among them
        raise CheckpointError(f"asr_checkpoint={asr_checkpoint}: {err}") from err


def analyze_recording(recording: str | os.PathLike | np.ndarray, classifier: GenderClassifier,
                      vad: VADConfig = VADConfig(), min_segment_seconds: float = 0.5,
                      asr_checkpoint: str | os.PathLike | None = None, device: str = "auto") -> dict:
    """Segment, classify (and optionally transcribe) a recording; return the report as a plain dict.

    Args:
        recording: an audio file, or a 16 kHz mono waveform.
        min_segment_seconds: shorter speech segments are "undetermined" (too little to judge).
        asr_checkpoint: a DeepSpeech2 checkpoint to transcribe each segment with.

    Raises:
        AudioError: the recording cannot be read.
    """
    is_file = not isinstance(recording, np.ndarray)
    waveform = load_audio(recording, classifier.sample_rate) if is_file else recording
    rate = classifier.sample_rate
    segments, clips = [], []
    speech = speech_segments(waveform, vad, padded=False)  # speaking time is measured on the speech itself …
    for (start, end), (left, right) in zip(speech, pad_segments(speech, vad.speech_pad_ms, len(waveform) / rate)):
        clip = waveform[round(left * rate) : round(right * rate)]  # … the clips keep the pauses' edges, as in transcribe
        problem = (f"shorter than {min_segment_seconds:g} s" if end - start < min_segment_seconds
                   else classifier.problem(clip))
        segments.append(Segment(start, end, "undetermined", note=problem))
        clips.append(clip)
    judged = [k for k, s in enumerate(segments) if s.note is None]
    for k, (gender, probability) in zip(judged, classifier.predict([clips[k] for k in judged])):
        segments[k].gender, segments[k].probability = gender, probability
    if asr_checkpoint and clips:
        for segment, text in zip(segments, transcribe_segments(asr_checkpoint, device, clips)):
            segment.text = text
    return summarize(segments, len(waveform) / rate, str(recording) if is_file else "<waveform>",
                     min_segment_seconds)


def summarize(segments: Sequence[Segment], duration: float, recording: str, min_segment_seconds: float) -> dict:
    """Speaking time, segment count and share per gender, and the female:male ratio, as a JSON-ready dict."""
    seconds = {g: sum(s.duration for s in segments if s.gender == g) for g in GENDERS}
    counts = {g: sum(s.gender == g for s in segments) for g in GENDERS}
    determined = seconds["female"] + seconds["male"]
    return {
        "recording": recording,
        "duration": duration,
        "speech_seconds": seconds,
        "segment_counts": counts,
        "segments_total": len(segments),
        "female_share": seconds["female"] / determined if determined else None,
        "male_share": seconds["male"] / determined if determined else None,
        "female_to_male": seconds["female"] / seconds["male"] if seconds["male"] else None,
        "min_segment_seconds": min_segment_seconds,
        "segments": [{**asdict(s), "duration": s.duration} for s in segments],
    }


def summary_text(report: dict) -> str:
    """A readable summary: totals per gender, shares, the ratio, then one line per segment."""
    seconds, counts = report["speech_seconds"], report["segment_counts"]
    lines = [f"{report['recording']}: {report['duration']:.1f} s, {report['segments_total']} speech segments"]
    for gender in GENDERS:
        share = report.get(f"{gender}_share")
        lines.append(f"  {gender:<12} {seconds[gender]:7.1f} s  {counts[gender]:3d} segments"
                     + (f"  {100 * share:5.1f} % of the determined speech" if share is not None else ""))
    ratio = report["female_to_male"]
    lines.append(f"speaking-time ratio female:male = {ratio:.2f} : 1" if ratio is not None
                 else "speaking-time ratio female:male: undefined (no male speech)")
    lines.append("")
    for s in report["segments"]:
        detail = f"P(female)={s['probability']:.2f}" if s["probability"] is not None else s["note"]
        lines.append(f"{s['start']:8.2f}–{s['end']:8.2f} s  {s['gender']:<12} {detail}"
                     + (f"  {s['text']}" if s["text"] else ""))
    return "\n".join(lines) + "\n"


def write_report(report: dict, folder: str | os.PathLike) -> dict[str, Path]:
    """Write ``report.json``, ``summary.txt`` and ``timeline.png`` to ``folder``; return their paths."""
    folder = Path(folder)
    paths = {"json": folder / "report.json", "summary": folder / "summary.txt", "timeline": folder / "timeline.png"}
    atomic_write_json(paths["json"], report)
    atomic_write_text(paths["summary"], summary_text(report))
    plot_timeline(report["segments"], report["duration"], paths["timeline"], title=Path(report["recording"]).name)
    return paths


def report_folders(recordings: Sequence[str | os.PathLike], out: Path) -> list[Path]:
    """Where each recording's report goes: ``out`` for a single one, else ``out/<file stem>`` (numbered if taken)."""
    if len(recordings) == 1:
        return [out]
    folders: list[Path] = []
    for recording in recordings:
        folder, k = out / Path(recording).stem, 1
        while folder in folders:
            k += 1
            folder = out / f"{Path(recording).stem}_{k}"
        folders.append(folder)
    return folders


@hydra.main(version_base="1.3", config_path="../configs/classification", config_name="analyze")
def main(cfg: DictConfig) -> None:
    recordings = find_audio_files(list(cfg.inputs))
    if not recordings:
        sys.exit("error: no recording to analyze; pass audio files or folders: "
                 "python -m classification.analyze REC.wav [FOLDER/ ...]")
    try:
        classifier = load_classifier(cfg.checkpoint, cfg.device)
    except USER_ERRORS as err:
        sys.exit(f"error: {err}")
    failed = 0
    folders = report_folders(recordings, Path(HydraConfig.get().runtime.output_dir))
    for recording, folder in progress_bar(list(zip(recordings, folders)), "analyzing", cfg.progress, unit="file"):
        try:
            report = analyze_recording(recording, classifier, VADConfig(**cfg.vad), cfg.min_segment_seconds,
                                       cfg.asr_checkpoint, cfg.device)
        except CheckpointError as err:
            sys.exit(f"error: {err}")
        except AudioError as err:
            failed += 1
            print(f"error: {err}", file=sys.stderr)
            continue
        paths = write_report(report, folder)
        print(summary_text(report).split("\n\n")[0])
        print("→ " + ", ".join(str(p) for p in paths.values()))
    if failed:
        sys.exit(f"{failed} of {len(recordings)} recordings failed")


if __name__ == "__main__":
    run_command(main, "classification", "analyze", __doc__, inputs_key="inputs")
