"""Fixing: non-overlapping edits, and the round trip fix → check finds nothing fixed again."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from nakijker.checks.base import Finding
from nakijker.cli import main
from nakijker.config import Config
from nakijker.fix import applicable, apply, fix, select
from nakijker.pipeline import Desk

from .conftest import DEV, ROOT

EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))


def finding(start: int, end: int, replacement: str, safe: bool = True) -> Finding:
    return Finding("XX1", start, end, "", "fluency/punctuation", "minor", "", (replacement,), safe)


def test_select_skips_overlaps_and_keeps_the_earliest_longest():
    chosen = select([finding(5, 8, "b"), finding(0, 10, "a"), finding(10, 12, "c")])
    assert [(f.start, f.end) for f in chosen] == [(0, 10), (10, 12)]


def test_apply_replaces_spans_and_refuses_overlap():
    assert apply("abcdef", [finding(4, 6, "X"), finding(0, 1, "")]) == "bcdX"
    with pytest.raises(ValueError):
        apply("abcdef", [finding(0, 3, "x"), finding(2, 4, "y")])


def test_only_safe_fixes_unless_unsafe():
    fs = [finding(0, 1, "a"), finding(2, 3, "b", safe=False)]
    assert applicable(fs) == fs[:1]
    assert applicable(fs, unsafe=True) == fs


def _unsafe(findings: list[Finding]) -> Counter:
    return Counter(f.rule for f in findings if not (f.safe and f.replacements))


def assert_round_trip(desk: Desk, text: str) -> None:
    before = desk.check(text)
    result = fix(desk, text)
    after = result.report
    assert applicable(after.findings) == [], [(f.rule, f.text) for f in after.findings]
    # Nothing new: no rule finds more than before (compared per rule, since
    # offsets move and a fix inside a flagged sentence changes its words).
    new = _unsafe(after.findings) - _unsafe(before.findings)
    assert not new, new
    assert len(result.text) <= len(text) + 40 * len(result.applied)


@pytest.fixture(scope="module")
def frog_desk(frog):
    return Desk(Config(), frog=frog)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_round_trip_on_examples_with_frog(frog_desk, path):
    assert_round_trip(frog_desk, path.read_text(encoding="utf-8"))


def test_round_trip_on_the_seed_with_frog(frog_desk, seed_text):
    assert_round_trip(frog_desk, seed_text)
    result = fix(frog_desk, seed_text)
    assert "Midden -Oosten" not in result.text and "Aanbevolen video’s" not in result.text
    assert ",”" not in result.text and "‘" not in result.text


def test_round_trip_on_the_dev_set_without_frog():
    if not DEV.exists():
        pytest.skip("the development set is not beside this checkout (../shared/eval)")
    desk = Desk(Config(use_frog=False))
    for line in DEV.read_text(encoding="utf-8").splitlines():
        assert_round_trip(desk, json.loads(line)["target"])


def test_fix_command_diff_in_place_and_output(tmp_path, capsys):
    source = ROOT / "examples" / "storm.txt"
    original = source.read_text(encoding="utf-8")
    path = tmp_path / "a.txt"
    path.write_text(original, encoding="utf-8")
    assert main(["fix", "--no-frog", "--diff", str(path)]) == 1
    out = capsys.readouterr().out
    assert "-Storm Elin" in out and "+Storm Elin" in out and "Noord-Nederland" in out
    out_file = tmp_path / "b.txt"
    main(["fix", "--no-frog", "-o", str(out_file), str(path)])
    assert "Lees ook" not in out_file.read_text(encoding="utf-8")
    assert path.read_text(encoding="utf-8") == original
    main(["fix", "--no-frog", "--in-place", str(path)])
    assert (tmp_path / "a.txt.bak").read_text(encoding="utf-8") == original
    assert path.read_text(encoding="utf-8") == out_file.read_text(encoding="utf-8")
