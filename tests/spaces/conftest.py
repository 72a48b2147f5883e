"""Fixtures for the demo apps: load an app from its file, serve it on localhost, drive headless Chromium."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from gradio_client import Client

from spaces.common import load_space, served

REPO = Path(__file__).resolve().parents[2]
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")


@pytest.fixture(scope="session", autouse=True)
def examples_cache(tmp_path_factory):
    """Gradio caches the apps' examples in a fresh folder, not in the working folder's .gradio/."""
    os.environ["GRADIO_EXAMPLES_CACHE"] = str(tmp_path_factory.mktemp("gradio_examples"))


@pytest.fixture(scope="session")
def load_app():
    """``load_app(name)``: the module ``spaces/<name>/app.py``, imported from its file as Spaces runs it."""
    return load_space


@pytest.fixture(scope="session")
def serve():
    """``with serve(app) as url``: the Gradio app served on a free localhost port in this process."""
    return served


@pytest.fixture(scope="session")
def chromium():
    """A headless Chromium driven by selenium (Debian's chromium and chromium-driver, installed by .ci/setup.sh)."""
    browser, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not (browser and driver):
        pytest.skip("needs Debian's chromium and chromium-driver (bash .ci/setup.sh installs them)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-dev-shm-usage", "--window-size=1280,1400"):
        options.add_argument(flag)
    web = webdriver.Chrome(service=Service(driver), options=options)
    yield web
    web.quit()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    """Where the browser tests save their screenshots: $SCREENSHOT_DIR, else outputs/screenshots."""
    folder = Path(os.environ.get("SCREENSHOT_DIR", REPO / "outputs" / "screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def client(server) -> Client:
    """A gradio_client for the test module's ``server`` fixture (its URL)."""
    return Client(server, verbose=False)
