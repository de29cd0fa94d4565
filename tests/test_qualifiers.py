"""Every qualifier of bilingual/data/markers.yaml is caught on its bad example
and left alone on its good one (BL916 dropped, BL917 added)."""

from __future__ import annotations

import pytest

from nakijker.bilingual.lexicon import table
from nakijker.checks import REGISTRY
from nakijker.checks.base import split_source
from nakijker.config import Config
from nakijker.pipeline import Desk, run_checks

_QUALIFIERS = table("markers")["qualifiers"]
_CHECKS = [c for c in REGISTRY.select((), ()) if c.code in ("BL916", "BL917")]


@pytest.fixture(scope="module")
def desk():
    return Desk(Config(use_frog=False))


def _findings(desk, example: str) -> list[str]:
    source, target = split_source(example)
    article = desk.analyse(target)
    article.source = source
    return [f.rule for f in run_checks(article, _CHECKS, Config(use_frog=False))]


@pytest.mark.parametrize("entry", _QUALIFIERS, ids=[q["name"] for q in _QUALIFIERS])
def test_qualifier_examples(desk, entry):
    for example in entry["bad"]:
        assert _findings(desk, example), example
    for example in entry["good"]:
        assert not _findings(desk, example), example
