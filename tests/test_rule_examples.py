"""Every rule's own examples: bad ones flag exactly the marked span, good ones nothing.

Like LanguageTool's rule tests, this runs each example through the rule it
belongs to; a rule without both kinds of example fails the structure test.
"""

from __future__ import annotations

import pytest

from nakijker.checks import REGISTRY
from nakijker.config import Config
from nakijker.pipeline import run_checks

CHECKS = list(REGISTRY)
BAD = [(c, e) for c in CHECKS for e in c.bad]
GOOD = [(c, g) for c in CHECKS for g in c.good]


def _analyse(text: str, needs_frog: bool, frog_fixture):
    from nakijker.pipeline import Desk

    if needs_frog:
        return Desk(Config(), frog=frog_fixture()).analyse(text)
    return Desk(Config(use_frog=False)).analyse(text)


@pytest.fixture
def analyse(request):
    return lambda text, needs_frog: _analyse(
        text, needs_frog, lambda: request.getfixturevalue("frog")
    )


def test_registry_structure():
    assert len(CHECKS) >= 10
    for c in CHECKS:
        assert c.code[:2].isalpha() and c.code[2:].isdigit(), c.code
        assert c.name and c.doc.strip(), c.code
        assert c.bad and c.good, f"{c.code} needs examples that must and must not match"
        for e in c.bad:
            assert e.spans, f"{c.code}: bad example without [[…]]: {e.text}"


@pytest.mark.parametrize(
    ("check", "example"), BAD, ids=lambda x: getattr(x, "code", None) or x.text[:40]
)
def test_bad_example_is_flagged(check, example, analyse):
    article = analyse(example.plain, check.needs_frog)
    findings = [f for f in run_checks(article, [check], Config()) if f.rule == check.code]
    got = sorted((f.start, f.end) for f in findings)
    assert got == sorted(example.spans), [(f.text, f.message) for f in findings]
    if example.fix is not None:
        first = min(findings, key=lambda f: f.start)
        assert first.replacements and first.replacements[0] == example.fix


@pytest.mark.parametrize(("check", "text"), GOOD, ids=lambda x: getattr(x, "code", None) or x[:40])
def test_good_example_is_not_flagged(check, text, analyse):
    article = analyse(text, check.needs_frog)
    findings = run_checks(article, [check], Config())
    assert findings == [], [(f.text, f.message) for f in findings]


@pytest.mark.parametrize(
    ("check", "example"),
    [(c, e) for c, e in BAD if e.fix is not None],
    ids=lambda x: getattr(x, "code", None) or x.text[:40],
)
def test_fix_silences_the_rule(check, example, analyse):
    text = example.plain
    for start, end in sorted(example.spans, reverse=True):
        text = text[:start] + example.fix + text[end:]
    article = analyse(text, check.needs_frog)
    assert run_checks(article, [check], Config()) == []
