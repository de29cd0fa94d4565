"""The HTML report in a real headless Chromium: highlights, focus, no script.

The static tests read the markup; only a browser shows that the stylesheet
survives our own Content-Security-Policy, that keyboard focus reveals the
details and that nothing from a hostile article comes alive.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nakijker.config import Config
from nakijker.pipeline import Desk, Report
from nakijker.report import html_format

from .conftest import ROOT, chromium, require_chromium
from .test_report_formats import HOSTILE, hostile_facts

require_chromium()

from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402

NAME = "hostile-kopij.txt"
TITLE = f"Nakijker: {NAME}"
SCREENSHOT = ROOT / "artifacts" / "html-report.png"


@pytest.fixture(scope="module")
def report() -> Report:
    report = Desk(Config(use_frog=False)).check(HOSTILE)
    report.facts = hostile_facts()  # type: ignore[attr-defined]
    return report


@pytest.fixture(scope="module")
def page_file(report, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(html_format.render(report, NAME), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def driver(tmp_path_factory):
    with chromium(tmp_path_factory, "--window-size=1366,900") as browser:
        yield browser


@pytest.fixture
def browser(driver, page_file):
    """The report freshly loaded, so focus and hover start from nothing."""
    driver.get(page_file.as_uri())
    return driver


def test_highlights_are_the_findings(browser, report):
    marks = browser.find_elements(By.CSS_SELECTOR, "[data-rule]")
    # enough marks to cover the hostile spans; the exact number is the checks' business
    assert len(marks) == len(report.findings) > 5
    for mark, f in zip(marks, report.findings, strict=True):
        assert mark.get_attribute("data-rule") == f.rule
        assert mark.get_attribute("data-severity") == f.severity
        assert int(mark.get_attribute("data-start")) == f.start
        assert int(mark.get_attribute("data-end")) == f.end
        assert mark.get_attribute("textContent") == f.text
        assert mark.text == f.text.strip()  # as shown: the number label is not text


def test_article_content_stays_text(browser, report):
    assert browser.title == TITLE
    article = browser.find_element(By.ID, "article")
    assert article.get_attribute("textContent") == report.article.text
    assert browser.find_elements(By.CSS_SELECTOR, "#article img, #article script") == []
    tags = browser.execute_script(
        "return [...new Set([...document.querySelectorAll('body *')].map(e => e.localName))]"
    )
    assert not set(tags) & {"img", "script", "b", "iframe", "object", "embed"}
    assert "<img src=x" in article.text and "<script>" in article.text
    assert "<img src=x" in browser.find_element(By.ID, "facts").text


def test_page_runs_clean_under_its_own_policy(browser):
    problems = [e for e in browser.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]
    assert problems == []
    # Only an applied stylesheet hides the details until they are wanted.
    tips = browser.find_elements(By.CSS_SELECTOR, ".tip")
    assert tips and not any(tip.is_displayed() for tip in tips)
    assert browser.title == TITLE


def test_tab_focus_reveals_the_details(browser, report):
    ActionChains(browser).send_keys(Keys.TAB).perform()
    first = browser.switch_to.active_element
    assert first.get_attribute("id") == "h1"
    tip = browser.find_element(By.ID, first.get_attribute("aria-describedby"))
    assert tip.is_displayed()
    assert report.findings[0].message in tip.text and report.findings[0].rule in tip.text

    first.send_keys(Keys.TAB)
    second = browser.switch_to.active_element
    assert second.get_attribute("id") == "h2"
    assert browser.find_element(By.ID, "t2").is_displayed()
    assert not tip.is_displayed()


def test_focus_on_a_nested_highlight_and_hover(browser, report):
    inner = next(
        i
        for i, f in enumerate(report.findings, 1)
        if f.rule == "TY101"
        and any(o.rule == "QT202" and o.start <= f.start < f.end <= o.end for o in report.findings)
    )
    mark = browser.find_element(By.ID, f"h{inner}")
    assert mark.find_element(By.XPATH, "..").get_attribute("data-rule") == "QT202"
    browser.execute_script("arguments[0].focus()", mark)
    tip = browser.find_element(By.ID, f"t{inner}")
    assert tip.is_displayed()
    assert report.findings[inner - 1].message in tip.text
    shown = [t.get_attribute("id") for t in browser.find_elements(By.CSS_SELECTOR, ".tip")]
    assert [i for i in shown if browser.find_element(By.ID, i).is_displayed()] == [f"t{inner}"]

    last = browser.find_elements(By.CSS_SELECTOR, "[data-rule]")[-1]
    ActionChains(browser).move_to_element(last).perform()
    assert browser.find_element(By.ID, last.get_attribute("aria-describedby")).is_displayed()


def test_screenshot(browser, report):
    """Keep a picture of the page with one highlight focused, for people to look at."""
    quote = next(i for i, f in enumerate(report.findings, 1) if f.rule == "QT202")
    browser.execute_script(
        "arguments[0].focus({preventScroll: true}); window.scrollTo(0, 0)",
        browser.find_element(By.ID, f"h{quote}"),
    )
    assert browser.find_element(By.ID, f"t{quote}").is_displayed()
    SCREENSHOT.parent.mkdir(exist_ok=True)
    assert browser.save_screenshot(str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 10_000
    assert browser.title == TITLE
