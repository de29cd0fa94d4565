"""Every rule's own examples: bad ones flag exactly the marked span, good ones nothing.

Like LanguageTool's rule tests, this runs each example through the rule it
belongs to, with Frog (as `nakijker check` runs) and, for rules that do not
need Frog, also without it (as `--no-frog` runs). A rule without both kinds
of example fails the structure test.
"""

from __future__ import annotations

import pytest

from nakijker.checks import REGISTRY
from nakijker.checks.base import split_source
from nakijker.config import Config
from nakijker.pipeline import Desk, run_checks

CHECKS = list(REGISTRY)


def _cases(kind: str) -> list:
    cases = []
    for check in CHECKS:
        for example in check.bad if kind == "bad" else check.good:
            for mode in ("frog",) if check.needs_frog else ("frog", "plain"):
                cases.append(pytest.param(check, example, mode, id=f"{check.code}-{mode}"))
    return cases


@pytest.fixture(scope="module")
def analyse(request):
    """text, mode → Article, cached: many examples share their sentences."""
    cache: dict = {}
    plain = Desk(Config(use_frog=False))
    desks = {"plain": plain}

    def run(text: str, mode: str, source: str | None = None):
        if mode not in desks:
            desks[mode] = Desk(Config(), frog=request.getfixturevalue("frog"))
        if source is not None:  # alignment is cached on the article: never share it
            article = desks[mode].analyse(text)
            article.source = source
            return article
        if (text, mode) not in cache:
            cache[text, mode] = desks[mode].analyse(text)
        return cache[text, mode]

    return run


def _config(check) -> Config:
    """The settings a rule's examples assume (a termbase for the termbase checks)."""
    return Config(**getattr(check, "example_config", {}))


def test_registry_structure():
    assert len(CHECKS) >= 10
    for c in CHECKS:
        assert c.code[:2].isalpha() and c.code[2:].isdigit(), c.code
        assert c.name and c.doc.strip(), c.code
        assert c.bad and c.good, f"{c.code} needs examples that must and must not match"
        for e in c.bad:
            assert e.spans, f"{c.code}: bad example without [[…]]: {e.text}"


@pytest.mark.parametrize(("check", "example", "mode"), _cases("bad"))
def test_bad_example_is_flagged(check, example, mode, analyse):
    article = analyse(example.plain, mode, example.source)
    findings = run_checks(article, [check], _config(check))
    got = sorted((f.start, f.end) for f in findings)
    assert got == sorted(example.spans), [(f.text, f.message) for f in findings]
    if example.fix is not None:
        first = min(findings, key=lambda f: f.start)
        assert first.replacements and first.replacements[0] == example.fix


@pytest.mark.parametrize(("check", "text", "mode"), _cases("good"))
def test_good_example_is_not_flagged(check, text, mode, analyse):
    source, text = split_source(text)
    findings = run_checks(analyse(text, mode, source), [check], _config(check))
    assert findings == [], [(f.text, f.message) for f in findings]


@pytest.mark.parametrize(
    ("check", "example", "mode"),
    [p for p in _cases("bad") if p.values[1].fix is not None],
)
def test_fix_silences_the_rule(check, example, mode, analyse):
    text = example.plain
    for start, end in sorted(example.spans, reverse=True):  # spans index the Dutch part
        text = text[:start] + example.fix + text[end:]
    assert run_checks(analyse(text, mode, example.source), [check], _config(check)) == []
