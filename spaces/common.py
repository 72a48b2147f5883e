"""What both demo apps share: input checks with readable messages, and where the packages come from.

Each app starts with::

    HERE = Path(__file__).resolve().parent
    ROOT = HERE if (HERE / "spaces").is_dir() else HERE.parents[1]  # a bundled Space, or a clone of the repository
    sys.path.insert(0, str(ROOT))

so that ``python spaces/<name>/app.py`` uses the packages of the clone it sits in
(a bundled Space, made by :mod:`spaces.bundle`, has them beside ``app.py``).
"""
from __future__ import annotations

import importlib.util
import os
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Iterator

import gradio as gr
import pandas as pd

from preprocessing.audio import AudioError, audio_info
from preprocessing.manifest import read_manifest

CONDITIONS = {"clean": "clean", "near": "near-field noise ({noise}, {snr_db:g} dB)",  # example labels
              "far": "far-field (echo + {noise}, {snr_db:g} dB)", "conversation": "conversation"}


def env_float(name: str, default: float) -> float:
    """A number from the environment (a Space's settings), ``default`` when unset."""
    value = os.environ.get(name)
    try:
        return float(value) if value else default
    except ValueError:
        raise SystemExit(f"error: {name}={value!r} is not a number") from None


def user_error(message: str) -> gr.Error:
    """An error the page shows for a problem with the user's input; the server log gets no traceback for it."""
    return gr.Error(message, print_exception=False)


def readable(message: str, path: str | os.PathLike) -> str:
    """``message`` with the server-side temporary path of an upload replaced by the file's name."""
    return str(message).replace(str(path), Path(path).name)


def check_audio(path: str | None, max_seconds: float) -> float:
    """Duration in seconds of an uploaded or recorded file, or a :func:`user_error` the page shows.

    Refuses: no audio, a file that is not readable audio or is empty, and audio longer than ``max_seconds``.
    """
    if not path:
        raise user_error("No audio: record with the microphone or upload a file first.")
    try:
        duration = audio_info(path).duration
    except AudioError as err:
        raise user_error(readable(err, path)) from None
    if duration > max_seconds:
        raise user_error(f"{Path(path).name}: {duration:.0f} s of audio is more than this demo accepts "
                         f"({max_seconds:g} s; the limit is the MAX_SECONDS setting)")
    return duration


def read_examples(space_dir: str | os.PathLike) -> pd.DataFrame:
    """The Space's example clips: ``examples/references.csv`` (written by ``python -m spaces.examples``),
    with absolute paths and a ``label`` to show; no rows when the folder has none.

    Also lets Gradio serve the folder as it is, and makes the examples be cached anew at every start
    (Gradio would otherwise reuse an old cache made with other code or clips).
    """
    path = Path(space_dir) / "examples" / "references.csv"
    if not path.is_file():
        return pd.DataFrame(columns=["path", "text", "gender", "condition", "label"])
    table = read_manifest(path)
    gr.set_static_paths([path.parent])
    os.environ.setdefault("GRADIO_RESET_EXAMPLES_CACHE", "True")
    table["label"] = [
        f"{row.gender or 'female + male'}, "
        f"{CONDITIONS[row.condition].format(noise=str(row.noise).replace('_', ' '), snr_db=float(row.snr_db or 0))}"
        f": {row.text}" for row in table.itertuples()]
    return table


def load_space(name: str) -> ModuleType:
    """The module ``spaces/<name>/app.py``, imported from its file as Spaces runs it (for tests and benchmarks)."""
    path = Path(__file__).resolve().parent / name / "app.py"
    spec = importlib.util.spec_from_file_location(f"space_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@contextmanager
def served(app: gr.Blocks) -> Iterator[str]:
    """``with served(app) as url``: the app served on a free localhost port in this process, closed afterwards."""
    app.launch(server_name="127.0.0.1", prevent_thread_lock=True, quiet=True, show_error=True)
    try:
        yield app.local_url
    finally:
        app.close()
