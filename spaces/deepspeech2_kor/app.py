"""Korean speech recognition with DeepSpeech2: a Gradio demo (Hugging Face Spaces or local).

    python spaces/deepspeech2_kor/app.py            # then open http://127.0.0.1:7860

Settings (environment variables): ``DS2_CHECKPOINT`` (default: the toolkit's pretrained
model), ``DS2_LM`` (an ARPA language model made with ``python -m deepspeech2.lm build``;
enables the beam+LM decoder, selected by default; default: the pretrained model's LM when
``DS2_CHECKPOINT`` is the pretrained model), ``MAX_SECONDS`` (longest audio accepted, default 600),
``DEVICE`` (auto, cpu, cuda) and Gradio's own (``GRADIO_SERVER_NAME``, ``GRADIO_SERVER_PORT``). API endpoint:
``/transcribe`` (audio, decoder, denoise) → (transcript, segments, details). Example clips (cached at start-up)
come from ``examples/`` (``python -m spaces.examples``).
"""
from __future__ import annotations

import copy
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE if (HERE / "spaces").is_dir() else HERE.parents[1]  # a bundled Space, or a clone of the repository
sys.path.insert(0, str(ROOT))

import gradio as gr  # noqa: E402

from deepspeech2.checkpoint import DEFAULT_CHECKPOINT, default_decoder  # noqa: E402
from deepspeech2.decoding import make_decoder  # noqa: E402
from deepspeech2.inference import USER_ERRORS, Recognizer, load_recognizer  # noqa: E402
from deepspeech2.transcription import transcribe_files  # noqa: E402
from spaces.common import check_audio, env_float, read_examples, readable, user_error  # noqa: E402

ABOUT = """# Korean speech recognition (DeepSpeech2)
Record or upload Korean speech (any format soundfile reads, any sample rate; long recordings are cut into
speech segments). The default model was trained **from scratch on synthetic espeak-ng speech** only, so
it knows that voice, not real speakers: bring your own checkpoint (`DS2_CHECKPOINT`) for real use.
The examples below are espeak-ng voices and sentences it was not trained on, clean and in synthetic household noise."""


class SpeechDemo:
    """One loaded model; a recognizer per (decoder, denoise) choice, sharing its weights.

    The default decoder is the best one available: beam search with the LM when there is one, else greedy.
    """

    def __init__(self, checkpoint: str | os.PathLike, lm_path: str | None = None, max_seconds: float = 600.0,
                 device: str = "auto"):
        self.base = load_recognizer(checkpoint, device)
        self.lm_path, self.max_seconds = lm_path, max_seconds
        self.decoders = ["greedy", "beam"] + (["beam_lm"] if lm_path else [])
        self.default_decoder = "beam_lm" if lm_path else "greedy"
        self._recognizers: dict[tuple[str, bool], Recognizer] = {}

    def recognizer(self, decoder: str, denoise: bool) -> Recognizer:
        if decoder not in self.decoders:
            raise user_error(f"decoder must be one of {', '.join(self.decoders)}, got {decoder!r}")
        if (decoder, denoise) not in self._recognizers:
            recognizer = copy.copy(self.base)
            recognizer.decoder = make_decoder(decoder, self.base.tokenizer, self.lm_path)
            recognizer.denoise = denoise
            self._recognizers[decoder, denoise] = recognizer
        return self._recognizers[decoder, denoise]

    def transcribe(self, audio: str | None, decoder: str | None = None, denoise: bool = False):
        """→ transcript, segments ``[[start s, end s, text], …]``, a line of details (audio length, time taken)."""
        decoder = decoder or self.default_decoder
        duration = check_audio(audio, self.max_seconds)
        started = time.perf_counter()
        result = next(transcribe_files(self.recognizer(decoder, denoise), [audio]))
        if result.error:
            raise user_error(readable(result.error, audio))
        segments = [[round(s.start, 2), round(s.end, 2), s.text] for s in result.segments]
        details = (f"{duration:.1f} s of audio recognized in {time.perf_counter() - started:.2f} s: "
                   f"{len(segments)} segment(s), {decoder} decoding{' after noisereduce' if denoise else ''}")
        if result.note:
            details += f" — note: {readable(result.note, audio)}"
        return result.text, segments, details


def build_app(demo: SpeechDemo) -> gr.Blocks:
    with gr.Blocks(title="Korean speech recognition (DeepSpeech2)") as app:
        gr.Markdown(ABOUT)
        with gr.Row():
            with gr.Column():
                audio = gr.Audio(sources=["upload", "microphone"], type="filepath", label="Korean speech")
                decoder = gr.Radio(demo.decoders, value=demo.default_decoder, label="Decoder", elem_id="decoder")
                denoise = gr.Checkbox(False, label="Denoise with noisereduce first")
                button = gr.Button("Transcribe", variant="primary")
            with gr.Column():
                text = gr.Textbox(label="Transcript", lines=3, elem_id="transcript")
                segments = gr.Dataframe(headers=["start (s)", "end (s)", "text"], label="Segments")
                details = gr.Markdown(elem_id="details")
        button.click(demo.transcribe, [audio, decoder, denoise], [text, segments, details], api_name="transcribe")
        examples = read_examples(HERE)
        if len(examples):
            gr.Examples([[path, demo.default_decoder, False] for path in examples["path"]], [audio, decoder, denoise],
                        [text, segments, details], demo.transcribe, cache_examples=True,
                        example_labels=list(examples["label"]), label="Examples (held-out synthetic voices)",
                        preload=False)
    return app.queue(max_size=64)


def main() -> None:
    checkpoint = os.environ.get("DS2_CHECKPOINT") or ROOT / DEFAULT_CHECKPOINT
    lm = os.environ["DS2_LM"] or None if "DS2_LM" in os.environ else default_decoder(checkpoint).get("lm_path")
    try:
        demo = SpeechDemo(checkpoint, lm, env_float("MAX_SECONDS", 600.0),
                          os.environ.get("DEVICE", "auto"))
    except USER_ERRORS as err:
        sys.exit(f"error: {err}")
    build_app(demo).launch()


if __name__ == "__main__":
    main()
