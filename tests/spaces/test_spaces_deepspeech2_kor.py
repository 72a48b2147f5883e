"""The speech recognition demo: API answers, bad input, concurrency, and a real browser."""
from __future__ import annotations

import re
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import soundfile as sf
from gradio_client import Client, handle_file
from gradio_client.exceptions import AppError

from deepspeech2.inference import load_recognizer
from deepspeech2.metrics import cer
from preprocessing.audio import SAMPLE_RATE, load_audio, write_audio
from preprocessing.manifest import read_manifest
from preprocessing.synthetic.voice import OOD_VOICES
from spaces.common import read_examples

MAX_SECONDS = 60.0


@pytest.fixture(scope="module")
def space(load_app):
    return load_app("deepspeech2_kor")


REPO = Path(__file__).resolve().parents[2]
CHECKPOINT = REPO / "deepspeech2" / "pretrained" / "ds2_medium_synthetic_noise.ckpt"  # the committed demo default
LM = REPO / "deepspeech2" / "pretrained" / "ds2_small_synthetic_jamo.arpa.gz"


@pytest.fixture(scope="module")
def server(space, serve):
    with serve(space.build_app(space.SpeechDemo(CHECKPOINT, LM, max_seconds=MAX_SECONDS, device="cpu"))) as url:
        yield url


@pytest.fixture(scope="module")
def clips(tiny_manifest):
    return list(read_manifest(tiny_manifest)["path"])


@pytest.fixture(scope="module")
def expected(clips):
    """What the library itself says for each clip: the app must answer the same."""
    return dict(zip(clips, load_recognizer(CHECKPOINT, "cpu").transcribe(clips)))


def test_transcribes_like_the_library(client, clips, expected):
    text, segments, details = client.predict(handle_file(clips[0]), "greedy", False, api_name="/transcribe")
    assert text == expected[clips[0]]
    duration = sf.info(clips[0]).duration
    assert [row[:2] for row in segments["data"]] == [[0.0, round(duration, 2)]]
    assert "greedy decoding" in details


def test_answers_are_close_to_what_was_said(client, tiny_manifest):
    """The demo model on 12 espeak-ng clips it has not heard: beam search with its LM mostly gets them right."""
    table = read_manifest(tiny_manifest)
    answers = [client.predict(handle_file(p), "beam_lm", False, api_name="/transcribe")[0] for p in table["path"]]
    assert cer(answers, table["text"]) < 0.35


def test_decoder_and_denoise_options(client, clips, monkeypatch):
    """The denoise checkbox changes what the model hears: noisereduce's output of the clip, not the clip."""
    import noisereduce
    import torch

    from deepspeech2.features import FeatureExtractor

    heard, forward = [], FeatureExtractor.forward

    def spy(self, waveforms, lengths):  # the server answers in this process: record what reaches the features
        features = forward(self, waveforms, lengths)
        heard.append((waveforms[0, : int(lengths[0])].clone(), features[0][0].clone()))
        return features

    monkeypatch.setattr(FeatureExtractor, "forward", spy)
    texts, details = {}, {}
    for denoise in (False, True):
        texts[denoise], _, details[denoise] = client.predict(handle_file(clips[1]), "beam", denoise,
                                                             api_name="/transcribe")
    assert "beam decoding after noisereduce" in details[True] and "noisereduce" not in details[False]
    assert isinstance(texts[True], str) and len(heard) == 2
    (plain, plain_features), (cleaned, cleaned_features) = heard
    clip = load_audio(clips[1])
    assert torch.equal(plain, torch.from_numpy(clip))
    torch.testing.assert_close(cleaned, torch.from_numpy(noisereduce.reduce_noise(y=clip, sr=SAMPLE_RATE)).float())
    assert not torch.allclose(plain_features, cleaned_features, atol=1e-3)
    with pytest.raises(AppError, match="not in the list of choices"):
        client.predict(handle_file(clips[1]), "nonsense", False, api_name="/transcribe")


def test_long_recording_comes_back_in_segments(client, clips, tmp_path):
    """A 40-s recording (longer than one utterance may be) is cut at its pauses by the VAD."""
    pause = np.zeros(SAMPLE_RATE * 3, dtype=np.float32)
    pieces, starts = [], []
    while sum(len(p) for p in pieces) < 40 * SAMPLE_RATE:
        starts.append(sum(len(p) for p in pieces) / SAMPLE_RATE + 3)
        pieces += [pause, load_audio(clips[len(starts) % len(clips)])]
    path = tmp_path / "long.wav"
    write_audio(path, np.concatenate(pieces + [pause]))
    _, segments, details = client.predict(handle_file(str(path)), "greedy", False, api_name="/transcribe")
    found = [row[0] for row in segments["data"]]
    assert len(found) == len(starts)
    assert np.allclose(found, starts, atol=0.5)  # the segments keep 0.3 s of the pause before the speech
    assert f"{len(starts)} segment(s)" in details


@pytest.mark.parametrize("content, message", [
    (b"this is not audio", "not a readable audio file"),
    (None, "empty audio"),
    ("too long", "more than this demo accepts"),
])
def test_bad_input_is_a_message_and_the_app_keeps_serving(client, clips, expected, tmp_path, content, message):
    path = tmp_path / "upload.wav"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is None:
        sf.write(path, np.zeros(0, dtype=np.float32), SAMPLE_RATE)
    else:
        sf.write(path, np.zeros(int((MAX_SECONDS + 1) * SAMPLE_RATE), dtype=np.float32), SAMPLE_RATE)
    with pytest.raises(AppError, match=message) as error:
        client.predict(handle_file(str(path)), "greedy", False, api_name="/transcribe")
    assert str(tmp_path) not in str(error.value)  # the user's file name, not the server's path
    text, _, _ = client.predict(handle_file(clips[0]), "greedy", False, api_name="/transcribe")
    assert text == expected[clips[0]]


def test_no_audio_is_a_message(client, capfd):
    with pytest.raises(AppError, match="No audio"):
        client.predict(None, "greedy", False, api_name="/transcribe")
    assert "Traceback" not in capfd.readouterr().err  # the server log stays clean of user mistakes


def test_twenty_concurrent_requests_are_all_answered(server, clips, expected):
    jobs = [clips[i % len(clips)] for i in range(20)]
    clients = [Client(server, verbose=False) for _ in range(4)]

    def ask(i: int) -> str:
        return clients[i % 4].predict(handle_file(jobs[i]), "greedy", False, api_name="/transcribe")[0]

    with ThreadPoolExecutor(20) as pool:
        answers = list(pool.map(ask, range(20)))
    assert answers == [expected[path] for path in jobs]


@pytest.fixture(scope="module")
def examples(space) -> pd.DataFrame:
    """The Space's example clips and what they say (references.csv, written by ``python -m spaces.examples``)."""
    return read_examples(Path(space.HERE))


def test_examples_are_held_out_voices_in_three_conditions(examples):
    assert set(examples["condition"]) == {"clean", "near", "far"} and set(examples["gender"]) == {"female", "male"}
    assert set(examples["speaker"]) <= set(OOD_VOICES["male"] + OOD_VOICES["female"])  # voices training never heard
    assert all(Path(p).is_file() and Path(p).is_relative_to(Path(__file__).parents[2] / "spaces") for p in examples["path"])


def test_in_a_browser(server, chromium, examples, screenshots):
    """Beam + LM is selected when the page opens; an uploaded clip and a clicked example are both transcribed
    close to what was said (clean held-out voices; CER < 0.15)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    chromium.get(server)
    wait = WebDriverWait(chromium, 60)
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "input[type=file]"))
    assert chromium.find_element(By.CSS_SELECTOR, "#decoder input[value='beam_lm']").is_selected()
    assert not chromium.find_element(By.CSS_SELECTOR, "#decoder input[value='greedy']").is_selected()

    def transcript() -> str:
        return chromium.find_element(By.CSS_SELECTOR, "#transcript textarea").get_attribute("value")

    clean = examples[examples["condition"] == "clean"]
    uploaded, clicked = clean.iloc[0], clean.iloc[1]
    chromium.find_element(By.CSS_SELECTOR, "input[type=file]").send_keys(uploaded.path)
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "audio, [data-testid='waveform-Korean speech']"))
    deadline = time.monotonic() + 60
    while "s of audio" not in chromium.find_element(By.ID, "details").text and time.monotonic() < deadline:
        chromium.find_element(By.XPATH, "//button[normalize-space()='Transcribe']").click()
        time.sleep(2)
    assert "beam_lm decoding" in chromium.find_element(By.ID, "details").text
    assert cer([transcript()], [uploaded.text]) < 0.15, transcript()

    example = chromium.find_element(
        By.XPATH, f"//button[contains(@class, 'gallery-item')][starts-with(normalize-space(.), {clicked.label[:30]!r})]")
    example.click()  # the cached answer is shown at once, and the clip fills the input
    wait.until(lambda d: transcript() and cer([transcript()], [uploaded.text]) > 0.5)  # the other sentence
    assert cer([transcript()], [clicked.text]) < 0.15, transcript()
    details = chromium.find_element(By.ID, "details").text
    assert re.fullmatch(rf"{clicked.duration:.1f} s of audio recognized in [0-9.]+ s: 1 segment\(s\), beam_lm decoding",
                        details), details
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "audio, [data-testid='waveform-Korean speech']"))
    chromium.save_screenshot(str(screenshots / "deepspeech2_kor.png"))
