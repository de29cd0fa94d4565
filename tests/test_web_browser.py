"""The desk page in a real headless Chromium against a live server on loopback.

A person's path through the page: paste copy, check it, see the highlights,
accept a fix with the keyboard and one with the mouse, download the result;
plus the things only a browser shows (focus ring, no script from the
article, no Content-Security-Policy complaints). The screenshot is kept in
artifacts/web-desk.png to be looked at.
"""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest

from nakijker.config import Config
from nakijker.pipeline import Desk, Report

from .conftest import ROOT, WEB_SAMPLE, chromium, require_chromium

uvicorn = pytest.importorskip("uvicorn", reason="the web desk needs uvicorn")
require_chromium()

from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

from nakijker.web.app import create_app  # noqa: E402

SCREENSHOT = ROOT / "artifacts" / "web-desk.png"
FACTS_SCREENSHOT = ROOT / "artifacts" / "web-desk-facts.png"
SAMPLE = WEB_SAMPLE + "Volgens de minister moet de eerste paal nog dit jaar de grond in.\n"
HOSTILE = "Het Noord -Oosten <img src=x onerror=\"document.title='pwned'\"> zei <b>hij</b>.\n"


class LiveServer:
    """uvicorn in a thread on a free loopback port, stopped when the test ends."""

    def __init__(self, app) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        config = uvicorn.Config(app, log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(15)
        self.sock.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = tmp_path_factory.mktemp("web") / "desk.sqlite"
    app = create_app([Desk(Config(use_frog=False))], db=db, allowed_hosts=["127.0.0.1"])
    with LiveServer(app) as live:
        yield live


@pytest.fixture(scope="module")
def downloads(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def driver(tmp_path_factory, downloads):
    prefs = {
        "download.default_directory": str(downloads),
        "download.prompt_for_download": False,
        "download.directory_upgrade": True,
    }
    laptop = "--window-size=1366,768"
    with chromium(tmp_path_factory, laptop, "--lang=nl-NL", prefs=prefs) as browser:
        browser.execute_cdp_cmd(
            "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)}
        )
        yield browser


def wait(driver, condition, timeout: float = 20):
    return WebDriverWait(driver, timeout).until(condition)


def paste_and_check(driver, server, text: str) -> None:
    driver.get(server.url + "/")
    box = wait(driver, lambda d: d.find_element(By.ID, "text"))
    box.send_keys(text)
    box.send_keys(Keys.CONTROL, Keys.ENTER)  # the keyboard shortcut, not the mouse
    wait(driver, lambda d: d.find_element(By.ID, "result").is_displayed())
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#article mark.hl"))


def card_for(driver, rule: str):
    for card in driver.find_elements(By.CSS_SELECTOR, "#findings li.card"):
        if card.find_element(By.TAG_NAME, "code").text == rule:
            return card
    raise AssertionError(f"no finding card for {rule}")


def article_text(driver) -> str:
    return driver.execute_script("return document.getElementById('article').textContent")


def test_paste_check_accept_and_download(driver, server, downloads):
    paste_and_check(driver, server, SAMPLE)
    # The article is shown exactly as pasted, with marks over the findings.
    assert article_text(driver) == SAMPLE
    marks = driver.find_elements(By.CSS_SELECTOR, "#article mark.hl")
    titles = " ".join(m.get_attribute("title") for m in marks)
    for rule in ("TY101", "QT203", "BP401"):
        assert rule in titles
    assert driver.find_elements(By.CSS_SELECTOR, "#article mark.sev-major")  # the furniture line
    assert "/100" in driver.find_element(By.ID, "verdict").text

    # Accept the spacing fix with the keyboard: focus its button, press Enter.
    button = card_for(driver, "TY101").find_element(By.CSS_SELECTOR, "button.accept")
    driver.execute_script("arguments[0].focus()", button)
    button.send_keys(Keys.ENTER)
    wait(driver, lambda d: "accepted" in card_for(d, "TY101").get_attribute("class"))
    ins = driver.find_elements(By.CSS_SELECTOR, "#article .fixed ins")
    assert [i.text for i in ins] == ["Noord-Oosten"]
    # Focus stays in the card that was decided, on its undo button.
    assert driver.switch_to.active_element.text == "Ongedaan maken"

    # Accept the quote fix with the mouse; leave the furniture line alone, reject it.
    card_for(driver, "QT203").find_element(By.CSS_SELECTOR, "button.accept").click()
    card_for(driver, "BP401").find_element(By.CSS_SELECTOR, "button.reject").click()
    assert "rejected" in card_for(driver, "BP401").get_attribute("class")

    SCREENSHOT.parent.mkdir(exist_ok=True)
    driver.find_element(By.ID, "result").location_once_scrolled_into_view  # noqa: B018
    driver.execute_script("window.scrollTo(0, 0)")
    time.sleep(0.3)
    driver.save_screenshot(str(SCREENSHOT))

    driver.find_element(By.ID, "download").click()
    target = downloads / "artikel-nagekeken.txt"
    wait(driver, lambda d: target.exists() and target.stat().st_size > 0)
    fixed = target.read_text(encoding="utf-8")
    expected = SAMPLE.replace("Noord -Oosten", "Noord-Oosten").replace("achterop,”", "achterop”,")
    assert fixed == expected

    # The history below the page lists this check.
    rows = wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#history tr"))
    assert "Minister Jansen" in rows[0].text


def test_every_control_is_reachable_by_tab_with_a_visible_focus_ring(driver, server):
    paste_and_check(driver, server, SAMPLE)
    driver.execute_script("document.activeElement.blur(); window.scrollTo(0, 0)")
    body = driver.find_element(By.TAG_NAME, "body")
    reached: list[str] = []
    rings: list[str] = []
    for _ in range(60):
        body.send_keys(Keys.TAB) if not reached else driver.switch_to.active_element.send_keys(
            Keys.TAB
        )
        info = driver.execute_script(
            "const e = document.activeElement; const s = getComputedStyle(e);"
            "return [e.id || e.className || e.tagName, e.textContent.trim().slice(0, 40),"
            " s.outlineStyle + ' ' + s.outlineWidth];"
        )
        reached.append(f"{info[0]}|{info[1]}")
        rings.append(info[2])
    joined = "\n".join(reached)
    for wanted in ("new-copy", "accept-safe", "download", "recheck", "accept", "reject"):
        assert wanted in joined, wanted
    # Every stop shows a focus ring (BODY: focus went past the last control and around).
    bare = [
        (stop, ring)
        for stop, ring in zip(reached, rings, strict=True)
        if not stop.startswith("BODY|") and (ring.startswith("none") or ring.endswith(" 0px"))
    ]
    assert not bare, bare

    # Arrow keys move between findings.
    first = driver.find_element(By.CSS_SELECTOR, "#findings li.card button")
    driver.execute_script("arguments[0].focus()", first)
    first.send_keys(Keys.ARROW_DOWN)
    second_card = driver.find_elements(By.CSS_SELECTOR, "#findings li.card")[1]
    active = driver.switch_to.active_element
    assert driver.execute_script("return arguments[0].contains(arguments[1])", second_card, active)


def test_article_markup_stays_text(driver, server):
    paste_and_check(driver, server, HOSTILE)
    assert article_text(driver) == HOSTILE
    assert not driver.find_elements(By.CSS_SELECTOR, "#article img, #article b")
    assert driver.title != "pwned"
    problems = [
        e
        for e in driver.get_log("browser")
        if e["level"] == "SEVERE" and "favicon" not in e["message"]
    ]
    assert not problems, problems


def test_settings_page_adds_a_glossary_entry(driver, server):
    driver.get(server.url + "/settings")
    forbidden = wait(driver, lambda d: d.find_element(By.ID, "forbidden"))
    forbidden.send_keys("bouwbedrijven")
    driver.find_element(By.ID, "required").send_keys("bouwers")
    driver.find_element(By.ID, "note").send_keys("Korter.", Keys.ENTER)
    wait(driver, lambda d: "bouwbedrijven" in d.find_element(By.ID, "terms").text)
    code = driver.find_element(By.CSS_SELECTOR, "#terms code").text
    assert code.startswith("HS")

    paste_and_check(driver, server, SAMPLE)
    assert code in " ".join(
        m.get_attribute("title") for m in driver.find_elements(By.CSS_SELECTOR, "#article mark")
    )
    driver.get(server.url + "/settings")
    remove = wait(driver, lambda d: d.find_element(By.CSS_SELECTOR, "#terms button"))
    remove.send_keys(Keys.ENTER)
    wait(driver, lambda d: "Nog geen" in d.find_element(By.ID, "terms").text)


FACTS = {
    "people": [
        {
            "name": "Jansen",
            "mentions": [[9, 15], [200, 206]],
            "roles": ["minister"],
            "affiliation": "Volkshuisvesting",
        }
    ],
    "organisations": [],
    "places": [{"name": "Den Haag", "mentions": [[60, 68]]}],
    "quotes": [
        {
            "start": 0,
            "end": 1,
            "text": "“Wij moeten nu handelen”",
            "kind": "direct",
            "speaker": "Jansen",
        },
        {
            "start": 2,
            "end": 3,
            "text": "<img src=x onerror=alert(1)>",
            "kind": "indirect",
            "speaker": None,
        },
    ],
    "dates": [{"start": 0, "end": 7, "text": "dinsdag", "date": "2025-03-04", "kind": "relative"}],
    "numbers": [{"start": 0, "end": 7, "text": "100.000", "value": 100000, "counts": "woningen"}],
}


def test_fact_sheet_is_shown_when_the_report_has_one(driver, server, monkeypatch):
    plain = Report.as_json

    def with_facts(self: Report) -> dict:
        return {**plain(self), "facts": FACTS}

    monkeypatch.setattr(Report, "as_json", with_facts)  # the server runs in this process
    paste_and_check(driver, server, SAMPLE)
    sheet = driver.find_element(By.ID, "facts")
    assert sheet.is_displayed()
    text = sheet.text
    for expected in ("PERSONEN", "Jansen", "minister · Volkshuisvesting", "Den Haag", "2025-03-04"):
        assert expected in text
    assert "spreker onbekend" in text and "<img src=x" in text
    assert not sheet.find_elements(By.TAG_NAME, "img")
    driver.execute_script("arguments[0].scrollIntoView()", sheet)
    driver.save_screenshot(str(FACTS_SCREENSHOT))
