"""The user's glossary as rules: each forbidden wording becomes a pattern rule.

The entries go through the same pattern engine as the built-in rule packs
(``rule_from_entry``), so a house-style finding looks, scores, fixes and
deduplicates like any other; its code is ``HS`` plus the entry's number, and
disabling ``HS`` switches the whole glossary off.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nakijker.checks.patterns import PatternRule, rule_from_entry
from nakijker.nlp import simple
from nakijker.web.store import Term

PREFIX = "HS"
CATEGORY = "style/unidiomatic"
# Characters with a meaning in the pattern language; a token holding one is
# matched by an escaped regular expression instead of as a plain word.
_SPECIAL = re.compile(r"[|%\[\]?*]|^[!=~^]")


def code_of(term: Term) -> str:
    return f"{PREFIX}{term.id:03d}"


def glossary_rules(terms: list[Term]) -> list[PatternRule]:
    return list(_rules(tuple(terms)))


@lru_cache(maxsize=32)
def _rules(terms: tuple[Term, ...]) -> tuple[PatternRule, ...]:
    # Cached on the entries themselves: every check reads the glossary, and
    # it changes only when someone edits it.
    return tuple(rule_for(t) for t in terms if pattern_of(t.forbidden))


def pattern_of(forbidden: str) -> str:
    """One token spec per token of the forbidden wording, tokenised as articles are."""
    return " ".join(_spec(t.text) for t in simple.tokenize(forbidden))


def _spec(token: str) -> str:
    if not _SPECIAL.search(token):
        return token
    return "~" + "".join(c if c.isalnum() else f"\\U{ord(c):08x}" for c in token)


def rule_for(term: Term) -> PatternRule:
    message = f"Huisstijl: schrijf ‘{term.required}’, niet ‘{term.forbidden}’."
    if term.note:
        message += f" {term.note}"
    entry = {
        "code": code_of(term),
        "name": f"huisstijl-{term.id}",
        "pattern": pattern_of(term.forbidden),
        "message": message,
        "replacements": [term.required],
        "severity": term.severity,
        "category": CATEGORY,
        "safe": term.safe,
        "frog": False,
        "bad": [f"[[{term.forbidden}]]"],
        "good": [term.required],
    }
    return rule_from_entry(entry, {}, "huisstijl")
