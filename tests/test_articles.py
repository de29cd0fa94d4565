"""Whole articles with the real Frog: the seed (when present) and the samples."""

from __future__ import annotations

import json

import pytest

from nakijker.config import Config
from nakijker.pipeline import Desk

from .conftest import DEV, ROOT


@pytest.fixture(scope="module")
def desk(frog):
    return Desk(Config(), frog=frog)


def spans(report, rule: str) -> list[str]:
    return [f.text for f in report.findings if f.rule == rule]


def test_seed_general_checks_find_every_instance(desk, seed_text):
    report = desk.check(seed_text, published="2025-06-14")
    assert report.article.has_frog
    assert spans(report, "TY101") == ["Midden -Oosten", "Midden -Oosten"]
    assert spans(report, "BP401") == ["Aanbevolen video’s\n"]
    assert spans(report, "RP302") == ["zei "]
    assert len(spans(report, "QT203")) == 4
    assert [s[:6] for s in spans(report, "QT202")] == ["‘onvoo", "‘zeer ", "‘effec", "‘een g"]
    assert spans(report, "TL801").count("Ushakov") == 6
    for f in report.findings:
        assert seed_text[f.start : f.end] == f.text


def test_sample_article_with_frog(desk):
    text = (ROOT / "examples" / "storm.txt").read_text(encoding="utf-8")
    report = desk.check(text)
    rules = {f.rule for f in report.findings}
    assert {"TY101", "QT203", "QT202", "BP401", "NF701", "NF702", "RP301", "LG601"} <= rules
    clean = (ROOT / "examples" / "clean.txt").read_text(encoding="utf-8")
    assert desk.check(clean).findings == []


def test_clean_dev_items_stay_under_one_false_alarm_per_1000_words(desk):
    if not DEV.exists():
        pytest.skip("the development set is not beside this checkout (../shared/eval)")
    items = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line]
    clean = [i for i in items if i["kind"] == "clean"]
    words = alarms = 0
    for item in clean:
        report = desk.check(item["target"])
        words += report.words
        alarms += len(report.findings)
    assert clean and words > 500
    assert 1000 * alarms / words <= 1.0


CLEAN = sorted((ROOT / "tests" / "data" / "clean").glob("*.txt"))


@pytest.mark.parametrize("path", CLEAN, ids=[p.stem for p in CLEAN])
def test_clean_news_articles_get_no_findings(desk, path):
    """Edited Dutch news full of look-alikes (loanwords, correct senses, names,
    bounds, inversions): every finding would be a false alarm. The articles
    were written for the project as a false-alarm corpus; most once drew one."""
    report = desk.check(path.read_text(encoding="utf-8"))
    assert [(f.rule, f.text) for f in report.findings] == []


PAIRS = sorted((ROOT / "tests" / "data" / "clean_pairs").glob("*.en.txt"))


@pytest.mark.parametrize("english", PAIRS, ids=[p.name.removesuffix(".en.txt") for p in PAIRS])
def test_faithful_translations_get_no_findings_against_their_source(desk, english):
    """Wire stories and careful Dutch translations of them, written for the
    project as a false-alarm corpus for the source checks: datelines dropped,
    dates and times in Dutch form, units converted, sentences split. Every
    finding, on the Dutch or against the English, is a false alarm."""
    dutch = english.with_name(english.name.removesuffix(".en.txt") + ".txt")
    report = desk.check(
        dutch.read_text(encoding="utf-8"), source=english.read_text(encoding="utf-8")
    )
    assert [(f.rule, f.text) for f in report.findings] == []
