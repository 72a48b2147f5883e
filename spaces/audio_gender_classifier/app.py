"""Speaker gender and speaking time per gender: a Gradio demo (Hugging Face Spaces or local).

    python spaces/audio_gender_classifier/app.py    # then open http://127.0.0.1:7860

Settings (environment variables): ``GENDER_CHECKPOINT`` (default: the toolkit's pretrained
classifier), ``MAX_SECONDS`` (longest audio accepted, default 600), ``DEVICE`` (auto, cpu,
cuda) and Gradio's own (``GRADIO_SERVER_NAME``, ``GRADIO_SERVER_PORT``). API endpoints:
``/classify`` (clip) → (probabilities, details) and ``/analyze`` (conversation) →
(summary, timeline PNG, segments). Example clips (cached at start-up) come from ``examples/``
(``python -m spaces.examples``).
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE if (HERE / "spaces").is_dir() else HERE.parents[1]  # a bundled Space, or a clone of the repository
sys.path.insert(0, str(ROOT))

import gradio as gr  # noqa: E402

from classification.analyze import analyze_recording, summary_text, write_report  # noqa: E402
from classification.checkpoint import DEFAULT_CHECKPOINT  # noqa: E402
from classification.inference import USER_ERRORS, classify_files, load_classifier  # noqa: E402
from spaces.common import check_audio, env_float, read_examples, readable, user_error  # noqa: E402

ABOUT = """# Speaker gender and speaking time
**Clip**: the speaker's gender with its probability. **Conversation**: speech is found with silero-vad, each
segment classified, and the speaking time per gender summed up — e.g. how long each parent speaks in a home
recording. The default classifier was trained on **synthetic espeak-ng voices** only (see its model card);
set `GENDER_CHECKPOINT` to use your own. The examples are espeak-ng voices it was not trained on."""


class GenderDemo:
    def __init__(self, checkpoint: str | os.PathLike, max_seconds: float = 600.0, device: str = "auto"):
        self.classifier = load_classifier(checkpoint, device)
        self.max_seconds = max_seconds

    def classify(self, audio: str | None):
        """One clip → ``{"female": p, "male": 1 − p}`` and a line of details (audio length, time taken)."""
        duration = check_audio(audio, self.max_seconds)
        started = time.perf_counter()
        result = classify_files(self.classifier, [audio])[0]
        if result.error:
            raise user_error(readable(result.error, audio))
        p = result.probability
        return {"female": p, "male": 1.0 - p}, (f"{result.gender} (P = {max(p, 1 - p):.2f}), {duration:.1f} s clip "
                                                f"classified in {time.perf_counter() - started:.2f} s")

    def analyze(self, audio: str | None):
        """A conversation → summary text (with audio length and time taken), timeline image path,
        segments ``[[start, end, gender, P(female)], …]``."""
        duration = check_audio(audio, self.max_seconds)
        started = time.perf_counter()
        try:
            report = analyze_recording(audio, self.classifier)
        except USER_ERRORS as err:
            raise user_error(readable(err, audio)) from None
        report["recording"] = Path(audio).name
        paths = write_report(report, tempfile.mkdtemp(prefix="gender_analyze_"))
        segments = [[round(s["start"], 2), round(s["end"], 2), s["gender"],
                     None if s["probability"] is None else round(s["probability"], 3)] for s in report["segments"]]
        totals = summary_text(report).split("\n\n")[0]  # without the per-segment lines (the table shows them)
        took = f"{duration:.1f} s of audio analyzed in {time.perf_counter() - started:.2f} s"
        return f"{totals}\n{took}", str(paths["timeline"]), segments


def build_app(demo: GenderDemo) -> gr.Blocks:
    examples = read_examples(HERE)
    with gr.Blocks(title="Speaker gender and speaking time") as app:
        gr.Markdown(ABOUT)
        with gr.Tab("Clip"):
            with gr.Row():
                with gr.Column():
                    clip = gr.Audio(sources=["upload", "microphone"], type="filepath", label="One speaker")
                    classify = gr.Button("Classify", variant="primary")
                with gr.Column():
                    label = gr.Label(label="Gender", elem_id="gender")
                    details = gr.Markdown(elem_id="clip_details")
            classify.click(demo.classify, [clip], [label, details], api_name="classify")
            if len(clips := examples[examples["condition"] != "conversation"]):
                gr.Examples(list(clips["path"]), [clip], [label, details], demo.classify, cache_examples=True,
                            example_labels=list(clips["label"]), label="Examples (held-out synthetic voices)",
                            preload=False)
        with gr.Tab("Conversation"):
            with gr.Row():
                with gr.Column():
                    recording = gr.Audio(sources=["upload", "microphone"], type="filepath", label="Conversation")
                    analyze = gr.Button("Analyze", variant="primary")
                with gr.Column():
                    summary = gr.Textbox(label="Speaking time", lines=6, elem_id="summary")
                    timeline = gr.Image(type="filepath", label="Timeline")
            segments = gr.Dataframe(headers=["start (s)", "end (s)", "gender", "P(female)"], label="Segments")
            analyze.click(demo.analyze, [recording], [summary, timeline, segments], api_name="analyze")
            if len(talks := examples[examples["condition"] == "conversation"]):
                gr.Examples(list(talks["path"]), [recording], [summary, timeline, segments], demo.analyze,
                            cache_examples=True, example_labels=list(talks["label"]), label="Example", preload=False)
    return app.queue(max_size=64)


def main() -> None:
    checkpoint = os.environ.get("GENDER_CHECKPOINT") or ROOT / DEFAULT_CHECKPOINT
    try:
        demo = GenderDemo(checkpoint, env_float("MAX_SECONDS", 600.0), os.environ.get("DEVICE", "auto"))
    except USER_ERRORS as err:
        sys.exit(f"error: {err}")
    build_app(demo).launch()


if __name__ == "__main__":
    main()
