"""Shared fixtures: one Frog for the whole test session, the seed when present.

Also what the web and browser tests share: a sample of MT-like copy and a
headless Chromium.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_7c82a9d19096d9a2.txt"
DEV = SHARED / "eval" / "dev.jsonl"

# Our own MT-like copy: a detokenisation space (Noord -Oosten), English comma
# order in a quote (,”) and a furniture line the scraper kept.
WEB_SAMPLE = (
    "Minister Jansen van Volkshuisvesting presenteerde dinsdag in Den Haag een plan om "
    "100.000 nieuwe woningen te bouwen.\n"
    "“Wij moeten nu handelen, anders raakt een hele generatie achterop,” zei Jansen tegen "
    "verslaggevers.\n"
    "Aanbevolen video’s\n"
    "De provincies in het Noord -Oosten van het land krijgen het grootste deel van het geld.\n"
    "Critici zeggen dat het plan te laat komt en dat bouwbedrijven te weinig personeel hebben.\n"
)

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
_CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)


@pytest.fixture(scope="session")
def frog():
    from nakijker.nlp.frog import Frog

    f = Frog()
    yield f
    f.close()


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("the seed article is not beside this checkout (../shared/seed)")
    return SEED.read_text(encoding="utf-8")


def require_chromium() -> None:
    """Skip the calling test module unless selenium, Chromium and chromedriver are there."""
    pytest.importorskip(
        "selenium.webdriver", reason="selenium is not installed (pip install selenium)"
    )
    if not (os.access(CHROMIUM, os.X_OK) and os.access(CHROMEDRIVER, os.X_OK)):
        pytest.skip(
            "chromium and chromedriver are not installed (apt-get install chromium chromium-driver)",
            allow_module_level=True,
        )


@contextmanager
def chromium(tmp_path_factory, *args: str, prefs: dict | None = None) -> Iterator:
    """A headless Chromium on a fresh profile, quit on leaving the block."""
    from selenium import webdriver

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in (
        *_CHROMIUM_ARGS,
        *args,
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):
        options.add_argument(arg)
    if prefs:
        options.add_experimental_option("prefs", prefs)
    # The console shows Content-Security-Policy violations, such as our own
    # stylesheet being refused because its hash went stale.
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = webdriver.ChromeService(executable_path=str(CHROMEDRIVER))
    browser = webdriver.Chrome(service=service, options=options)
    try:
        yield browser
    finally:
        browser.quit()
