"""The word index of the pattern engine: it may only skip places where a rule cannot match.

The engine tries a rule only in sentences that hold its anchor word and only
at positions where its first item can stand. These tests compare every
built-in rule against the same rule with the index switched off, and check
that the keys derived from a regex admit every string the regex matches.
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nakijker import pipeline
from nakijker.bilingual.checks import senses
from nakijker.checks.patterns import builtin_rules, parse_spec
from nakijker.checks.regex_keys import regex_keys, required_text
from nakijker.config import Config
from nakijker.nlp.simple import analyse
from nakijker.pipeline import Desk, run_checks

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "eval" / "heldout.jsonl"


def samples() -> list[str]:
    """The bundled samples and the held-out targets."""
    out = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    return out + [json.loads(line)["target"] for line in HELDOUT.read_text("utf-8").splitlines()]


@pytest.fixture(scope="module")
def frog_article(frog):
    """The samples with Frog's lemmas and tags, analysed once for this module."""
    return Desk(Config(), frog=frog).analyse("\n\n".join(samples()))


def unindexed(rule):
    return dataclasses.replace(rule, anchor=None, lead=None)


def findings(articles, rules) -> list[tuple]:
    return [
        sorted((f.rule, f.start, f.end, f.replacements) for f in run_checks(a, rules, Config()))
        for a in articles
    ]


def test_every_builtin_rule_finds_the_same_with_and_without_the_index():
    """Each rule on its own examples and on whole articles, without Frog."""
    bundled = sorted((ROOT / "examples").glob("*.txt"))
    shared = [analyse(p.read_text(encoding="utf-8")) for p in bundled]
    for rule in builtin_rules():
        if rule.needs_frog:
            continue
        own = [analyse(b.plain) for b in rule.bad] + [analyse(g) for g in rule.good]
        articles = own + shared
        assert findings(articles, [rule]) == findings(articles, [unindexed(rule)]), rule.code


def test_with_frog_the_index_finds_the_same(frog_article):
    """Lemmas and tags from Frog: the samples and held-out targets, every rule."""
    article = frog_article
    rules = list(builtin_rules())
    assert findings([article], rules) == findings([article], [unindexed(r) for r in rules])


@pytest.mark.parametrize(
    ("regex", "words", "endings"),
    [
        ("(was|waren|is)", {"was", "waren", "is"}, set()),
        ("(.*oorlog|invasie)", {"invasie"}, {"oorlog"}),
        ("(\\w+-)?administratie", {"administratie"}, {"-administratie"}),
        ("(ge)?[eë]xecuteer", {"executeer", "ëxecuteer", "geexecuteer", "geëxecuteer"}, set()),
        ("(?!(a|b)$)(ver|be)x", {"verx", "bex"}, set()),
        ("(?-i:Vorig|Dit)", {"vorig", "dit"}, set()),
        ("s{0,1}top", {"top", "stop"}, set()),
    ],
)
def test_keys_of_a_regex(regex, words, endings):
    assert regex_keys(regex) == (frozenset(words), frozenset(endings))


@pytest.mark.parametrize("regex", ["\\d+", "(een|\\d+)", "foo.*", "x\\w+y", ".*", "(?P<n>a)"])
def test_regexes_without_keys(regex):
    assert regex_keys(regex) is None


def keyed_regexes() -> list[str]:
    found = {
        item.spec.regex.pattern
        for rule in builtin_rules()
        for item in rule.items
        if item.spec.regex is not None and item.spec.keyed_regex
    }
    return sorted(found)


@settings(
    max_examples=400, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)
@given(st.data())
def test_keys_admit_every_string_the_regex_matches(data):
    regex = data.draw(st.sampled_from(keyed_regexes()))
    compiled = re.compile(regex, re.IGNORECASE)
    word = data.draw(st.from_regex(compiled, fullmatch=True))
    spec = parse_spec("~" + regex)
    low = word.lower()
    assert low in spec.regex_words or any(low.endswith(e) for e in spec.regex_suffixes)


class _Everything:
    """An index that lets every rule run: the behaviour without the index."""

    def __init__(self, rules) -> None:
        self.rules = rules

    def candidates(self, article) -> set[int]:
        return {id(r) for r in self.rules}


@pytest.mark.parametrize("with_frog", [False, True])
def test_the_article_index_skips_only_rules_that_cannot_match(with_frog, request, monkeypatch):
    if with_frog:
        article = request.getfixturevalue("frog_article")
    else:
        article = analyse("\n\n".join(samples()))
    rules = list(builtin_rules())
    indexed = findings([article], rules)
    monkeypatch.setattr(pipeline, "rule_index", _Everything)
    assert indexed == findings([article], rules)


@pytest.mark.parametrize(
    ("regex", "needed"),
    [
        (r"\bstrik(?:e|es|ing) (?:on|against)\b", {"strik"}),
        (r"\bcalled off\b|\bcall(?:s|ed)? (?:it )?off\b", {"call"}),
        # the parser takes the common start out: "ground" + (ed|ing)
        (r"(?:grounded|grounding) (?:\w+ ){0,3}(?:fleet|planes?)", {"ground"}),
        (r"\w+ly", {"ly"}),
        (r"(?:one|\d+) percent|\d+%", {" percent", "%"}),
        (r"(?:a|b)c", {"c"}),
    ],
)
def test_text_a_sentence_regex_needs(regex, needed):
    assert required_text(regex) == frozenset(needed)


@pytest.mark.parametrize("regex", [r"\d+", r"\w+", r"(?:a|\d+)", r"x?y*", "["])
def test_sentence_regexes_that_need_no_certain_text(regex):
    assert required_text(regex) is None


def sense_regexes() -> list[str]:
    return sorted({sense.source.pattern for sense in senses()})


@settings(
    max_examples=400, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)
@given(st.data())
def test_every_match_of_a_sense_holds_its_needed_text(data):
    """BL912 skips a sense whose needed text is not in the source: no match may lack it."""
    regex = data.draw(st.sampled_from(sense_regexes()))
    needed = required_text(regex)
    text = data.draw(st.from_regex(re.compile(regex, re.IGNORECASE)))
    assert needed is None or any(n in text.lower() for n in needed)
