"""The gender demo: clip and conversation endpoints, bad input, concurrency, and a real browser."""
from __future__ import annotations

import re
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest
from gradio_client import Client, handle_file
from gradio_client.exceptions import AppError

from preprocessing.audio import SAMPLE_RATE, load_audio, write_audio
from preprocessing.manifest import read_manifest
from spaces.common import read_examples

REPO = Path(__file__).resolve().parents[2]
CHECKPOINT = REPO / "classification" / "pretrained" / "gender_synthetic.ckpt"  # the committed demo model
EXAMPLES = REPO / "spaces" / "audio_gender_classifier" / "examples"


@pytest.fixture(scope="module")
def server(load_app, serve):
    space = load_app("audio_gender_classifier")
    with serve(space.build_app(space.GenderDemo(CHECKPOINT, max_seconds=60.0, device="cpu"))) as url:
        yield url


@pytest.fixture(scope="module")
def clips(tiny_manifest) -> list[tuple[str, str]]:
    """(path, gender) of 12 espeak-ng clips, 6 per gender."""
    table = read_manifest(tiny_manifest)
    return list(zip(table["path"], table["gender"]))


def test_classifies_a_clip(client, clips):
    path, gender = clips[0]
    label, details = client.predict(handle_file(path), api_name="/classify")
    assert label["label"] == gender
    confidences = {c["label"]: c["confidence"] for c in label["confidences"]}
    assert confidences[gender] > 0.5 and abs(sum(confidences.values()) - 1) < 1e-6
    assert details.startswith(gender)


def test_twenty_concurrent_requests_are_all_answered_correctly(server, clips):
    jobs = [clips[i % len(clips)] for i in range(20)]
    clients = [Client(server, verbose=False) for _ in range(4)]

    def ask(i: int) -> str:
        return clients[i % 4].predict(handle_file(jobs[i][0]), api_name="/classify")[0]["label"]

    with ThreadPoolExecutor(20) as pool:
        answers = list(pool.map(ask, range(20)))
    assert answers == [gender for _, gender in jobs]


def test_example_clips_and_conversation_are_answered_right(client):
    """The Space's examples (held-out voices): each clip's gender, and the conversation's turns in order."""
    examples = read_examples(EXAMPLES.parent)
    for row in examples[examples["condition"] != "conversation"].itertuples():
        label, details = client.predict(handle_file(row.path), api_name="/classify")
        assert label["label"] == row.gender
        assert re.fullmatch(rf"{row.gender} \(P = [01]\.\d\d\), {row.duration:.1f} s clip classified in [0-9.]+ s", details)
    turns = read_manifest(EXAMPLES / "conversation.csv")
    summary, _, segments = client.predict(handle_file(turns["path"][0]), api_name="/analyze")
    rows = segments["data"]
    assert [row[2] for row in rows] == list(turns["gender"])
    assert all(turn.start <= row[0] < row[1] <= turn.end for row, turn in zip(rows, turns.itertuples()))
    seconds = examples.loc[examples["condition"] == "conversation", "duration"].iloc[0]
    assert re.search(rf"\n{seconds:.1f} s of audio analyzed in [0-9.]+ s$", summary)


@pytest.fixture(scope="module")
def conversation(clips, tmp_path_factory) -> tuple[Path, dict[str, float]]:
    """Alternating female and male turns with 1-s pauses; returns the file and the true seconds per gender."""
    pause = np.zeros(SAMPLE_RATE, dtype=np.float32)
    pieces, seconds = [pause], {"female": 0.0, "male": 0.0}
    for path, gender in clips[:8]:
        speech = load_audio(path)
        pieces += [speech, pause]
        seconds[gender] += len(speech) / SAMPLE_RATE
    path = tmp_path_factory.mktemp("conversation") / "conversation.wav"
    write_audio(path, np.concatenate(pieces))
    return path, seconds


def test_analyzes_a_conversation(client, conversation):
    path, truth = conversation
    summary, timeline, segments = client.predict(handle_file(str(path)), api_name="/analyze")
    assert Path(timeline).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    rows = segments["data"]
    assert len(rows) == 8 and {row[2] for row in rows} == {"female", "male"}
    found = {g: sum(end - start for start, end, gender, _ in rows if gender == g) for g in truth}
    ratio = found["female"] / found["male"]
    assert ratio == pytest.approx(truth["female"] / truth["male"], rel=0.1)
    shown = float(re.search(r"female:male = ([0-9.]+) : 1", summary).group(1))
    assert shown == pytest.approx(ratio, abs=0.02)  # the table's times are rounded to 10 ms


@pytest.mark.parametrize("endpoint", ["/classify", "/analyze"])
def test_bad_input_is_a_message_and_the_app_keeps_serving(client, clips, tmp_path, endpoint, capfd):
    not_audio = tmp_path / "notes.wav"
    not_audio.write_bytes(b"not audio at all")
    with pytest.raises(AppError, match="notes.wav: not a readable audio file"):
        client.predict(handle_file(str(not_audio)), api_name=endpoint)
    too_long = tmp_path / "long.wav"
    write_audio(too_long, np.zeros(61 * SAMPLE_RATE, dtype=np.float32))
    with pytest.raises(AppError, match="more than this demo accepts"):
        client.predict(handle_file(str(too_long)), api_name=endpoint)
    with pytest.raises(AppError, match="No audio"):
        client.predict(None, api_name=endpoint)
    short = tmp_path / "short.wav"
    write_audio(short, load_audio(clips[0][0])[: SAMPLE_RATE // 10])
    if endpoint == "/classify":
        with pytest.raises(AppError, match=r"short.wav: too short: 0.10 s"):
            client.predict(handle_file(str(short)), api_name=endpoint)
    assert "Traceback" not in capfd.readouterr().err  # a user's mistake, not a server error to log
    assert client.predict(handle_file(clips[1][0]), api_name="/classify")[0]["label"] == clips[1][1]


def test_in_a_browser(server, chromium, clips, screenshots, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    chromium.get(server)
    wait = WebDriverWait(chromium, 60)
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "input[type=file]"))
    path, gender = clips[1]
    chromium.find_element(By.CSS_SELECTOR, "input[type=file]").send_keys(path)
    deadline = time.monotonic() + 60
    while "clip" not in chromium.find_element(By.ID, "clip_details").text and time.monotonic() < deadline:
        chromium.find_element(By.XPATH, "//button[normalize-space()='Classify']").click()
        time.sleep(2)
    chromium.save_screenshot(str(screenshots / "audio_gender_classifier.png"))
    assert chromium.find_element(By.ID, "clip_details").text.startswith(gender)
    assert gender in chromium.find_element(By.ID, "gender").text

    # A file that is not audio: the page shows why, and the next good clip is classified again.
    bad = tmp_path / "notes.wav"
    bad.write_bytes(b"not audio at all")
    chromium.find_element(By.XPATH, "//button[@aria-label='Clear']").click()
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "input[type=file]"))
    chromium.find_element(By.CSS_SELECTOR, "input[type=file]").send_keys(str(bad))
    time.sleep(1)
    chromium.find_element(By.XPATH, "//button[normalize-space()='Classify']").click()
    wait.until(lambda d: "not a readable audio file" in d.find_element(By.TAG_NAME, "body").text)
    chromium.save_screenshot(str(screenshots / "audio_gender_classifier_error.png"))

    # The conversation tab's example: a click shows its (cached) speaking times.
    chromium.find_element(By.XPATH, "//button[@role='tab'][normalize-space()='Conversation']").click()
    wait.until(lambda d: d.find_elements(By.XPATH, "//button[contains(@class, 'gallery-item')]"
                                                   "[starts-with(normalize-space(.), 'female + male, conversation')]"))
    chromium.find_element(By.XPATH, "//button[contains(@class, 'gallery-item')]"
                                    "[starts-with(normalize-space(.), 'female + male, conversation')]").click()
    wait.until(lambda d: "female:male" in d.find_element(By.CSS_SELECTOR, "#summary textarea").get_attribute("value"))
    assert "s of audio analyzed in" in chromium.find_element(By.CSS_SELECTOR, "#summary textarea").get_attribute("value")
    chromium.save_screenshot(str(screenshots / "audio_gender_classifier_conversation.png"))
