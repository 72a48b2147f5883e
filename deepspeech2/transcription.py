"""Transcribing files of any length: cut long recordings into speech, batch, decode.

    recognizer = load_recognizer("deepspeech2/pretrained/ds2_medium_synthetic_noise.ckpt")
    # find_audio_files (preprocessing.audio): files, folders (recursively) and glob patterns
    for result in transcribe_files(recognizer, find_audio_files(["meetings/", "*.flac"]), progress=True):
        print(result.path, result.text)        # result.segments: [Segment(start, end, text)], in seconds

* A file of up to ``long_seconds`` (30 s) is one segment, as the model was
  trained; one quieter than ``silence_db`` gets the note "silent audio".
* A longer file is read ``block_seconds`` (5 min) at a time and cut into speech
  segments (at most 30 s each) by silero-vad (:func:`preprocessing.vad.speech_segments`);
  a segment still open at the end of a block is carried over to the next one.
  Memory holds one block and one batch whatever the length, and time grows
  linearly with it.
* Segments of consecutive files share batches (``batch_size`` segments, at
  most ``batch_seconds`` of padded audio); features exist for one batch at a time.
* A file that cannot be read (not audio, empty, NaN samples, cut inside its
  header) gets an ``error`` and the others carry on; a WAV file shorter than
  its header says is transcribed as far as it goes, with a ``note``.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Sequence

import numpy as np
import soundfile as sf
from tqdm import tqdm

from deepspeech2.inference import Recognizer
from preprocessing.audio import AudioError, audio_info, load_audio, resample
from preprocessing.vad import VAD_SAMPLE_RATE, VADConfig, speech_segments

VAD = VADConfig()  # the segmentation classification.analyze uses as well


@dataclass
class Segment:
    start: float  # seconds from the start of the file
    end: float
    text: str = ""


@dataclass
class FileResult:
    path: str
    duration: float = 0.0  # seconds, from the header
    segments: list[Segment] = field(default_factory=list)
    error: str | None = None  # why the file failed (then there are no segments)
    note: str | None = None  # a warning about a file that was transcribed (silent, truncated)

    @property
    def text(self) -> str | None:
        """The segments' texts joined by spaces; ``None`` when the file failed."""
        return None if self.error else " ".join(s.text for s in self.segments if s.text)


def truncation_note(path: str | os.PathLike) -> str | None:
    """A note when a WAV file holds less audio than its header declares (an interrupted copy or recording)."""
    with open(path, "rb") as f:
        if f.read(4) != b"RIFF" or f.read(8)[4:] != b"WAVE":
            return None
        while len(header := f.read(8)) == 8:
            size = int.from_bytes(header[4:], "little")
            if header[:4] == b"data":
                held = os.fstat(f.fileno()).st_size - f.tell()
                streaming = size in (0, 0xFFFFFFFF)  # writers that did not know the size
                return None if streaming or held >= size else (
                    f"truncated WAV: holds {held / size:.0%} of the audio its header declares")
            f.seek(size + size % 2, os.SEEK_CUR)
    return None


def read_blocks(path: str | os.PathLike, sample_rate: int, block_seconds: float) -> Iterator[np.ndarray]:
    """A file as mono float32 blocks of ``block_seconds`` at ``sample_rate`` (the last one shorter).

    Raises:
        AudioError: the file cannot be read, or holds NaN or infinite samples.
    """
    try:
        with sf.SoundFile(str(path)) as f:
            while len(block := f.read(max(1, round(block_seconds * f.samplerate)), dtype="float32", always_2d=True)):
                if not np.isfinite(block).all():
                    raise AudioError(f"{path}: contains NaN or infinite samples")
                yield resample(block.mean(axis=1), f.samplerate, sample_rate)
    except sf.LibsndfileError as err:
        raise AudioError(f"{path}: not a readable audio file ({err})") from err


def stream_speech(path: str | os.PathLike, sample_rate: int, vad: VADConfig = VAD,
                  block_seconds: float = 300.0) -> Iterator[tuple[float, float, np.ndarray]]:
    """Speech segments of a (long) file as ``(start s, end s, (S,) waveform at 16 kHz)``, in order.

    silero-vad runs on one block at a time plus what is carried over: a segment that ends within
    ``hold`` of the block's end might go on in the next block, so it is segmented again with it.
    """
    if sample_rate != VAD_SAMPLE_RATE:
        raise ValueError(f"silero-vad works at {VAD_SAMPLE_RATE} Hz, not {sample_rate}")
    hold = round((vad.min_silence_ms + vad.speech_pad_ms + vad.min_speech_ms) / 1000 * sample_rate) + sample_rate
    buffer = np.zeros(0, dtype=np.float32)
    offset = 0  # position of buffer[0] in the file, in samples
    blocks = read_blocks(path, sample_rate, block_seconds)
    block = next(blocks, None)
    while block is not None:
        buffer = np.concatenate([buffer, block])
        block = next(blocks, None)
        settled = len(buffer) if block is None else max(len(buffer) - hold, 0)  # speech before here has ended
        keep = settled
        for start_s, end_s in speech_segments(buffer, vad):
            start, end = round(start_s * sample_rate), round(end_s * sample_rate)
            if end > settled:
                keep = min(start, settled)
                break
            yield (offset + start) / sample_rate, (offset + end) / sample_rate, buffer[start:end].copy()
        buffer, offset = buffer[keep:], offset + keep


def file_segments(result: FileResult, sample_rate: int, long_seconds: float, silence_db: float, vad: VADConfig,
                  block_seconds: float) -> Iterator[tuple[Segment, np.ndarray]]:
    """The segments of one file to transcribe, with their waveforms; fills in ``result.duration`` and ``note``."""
    if not Path(result.path).is_file():
        raise AudioError(f"{result.path}: file not found")
    result.duration = audio_info(result.path).duration
    notes = [truncation_note(result.path)]
    if result.duration <= long_seconds:
        waveform = load_audio(result.path, sample_rate)
        if 20 * np.log10(np.sqrt(np.mean(waveform.astype(np.float64) ** 2)) + 1e-12) < silence_db:
            notes.append(f"silent audio (quieter than {silence_db:g} dBFS)")
        else:
            yield Segment(0.0, len(waveform) / sample_rate), waveform
    else:
        found = False
        for start, end, waveform in stream_speech(result.path, sample_rate, vad, block_seconds):
            found = True
            yield Segment(start, end), waveform
        if not found:
            notes.append("no speech detected")
    result.note = "; ".join(note for note in notes if note) or None


def transcribe_files(recognizer: Recognizer, paths: Sequence[str | os.PathLike], batch_size: int = 16,
                     batch_seconds: float = 240.0, long_seconds: float = 30.0, silence_db: float = -60.0,
                     vad: VADConfig = VAD, block_seconds: float = 300.0,
                     progress: bool = False) -> Iterator[FileResult]:
    """Transcribe ``paths`` in order, yielding each file's :class:`FileResult` once all its segments are decoded.

    Args:
        batch_size: segments per batch; batch_seconds: padded audio per batch (bounds memory).
        long_seconds: longer files are cut into speech segments by ``vad``, read ``block_seconds`` at a time.
        silence_db: a shorter file quieter than this (RMS, dBFS) is transcribed as silent.
        progress: a progress bar in seconds of audio (on stderr, when it is a terminal).
    """
    results = [FileResult(str(p)) for p in paths]
    queue: list[tuple[Segment, np.ndarray]] = []  # segments waiting for the model
    done = 0  # results[:done] have been yielded

    def decode() -> None:
        for (segment, _), text in zip(queue, recognizer.recognize_waveforms([w for _, w in queue])):
            segment.text = text
        queue.clear()

    total = sum(_duration(p) for p in paths)
    bar_format = "{desc}: {percentage:3.0f}%|{bar}| {n:.0f}/{total:.0f} s of audio [{elapsed}<{remaining}]"
    with tqdm(total=total, desc="transcribing", bar_format=bar_format, disable=None if progress else True) as bar:
        for i, result in enumerate(results):
            position = 0.0  # seconds of this file counted on the bar
            try:
                for segment, waveform in file_segments(result, recognizer.sample_rate, long_seconds, silence_db,
                                                       vad, block_seconds):
                    result.segments.append(segment)
                    queue.append((segment, waveform))
                    bar.update(segment.end - position)
                    position = segment.end
                    if len(queue) >= batch_size or len(queue) * max(len(w) for _, w in queue) >= \
                            batch_seconds * recognizer.sample_rate:
                        decode()
                        yield from results[done:i]
                        done = i
            except AudioError as err:
                result.error, result.segments = str(err), []
            bar.update(result.duration - position)
        decode()
    yield from results[done:]


def _duration(path: str | os.PathLike) -> float:
    """Seconds of audio in ``path`` from its header (0 for a file that cannot be read: it is reported later)."""
    try:
        return audio_info(path).duration
    except AudioError:
        return 0.0
