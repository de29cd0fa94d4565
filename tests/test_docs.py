"""docs/rule-packs.md against the data it documents.

The page's "Sizes" table states how many entries each knowledge file holds;
every row is compared with the file, read with yaml.safe_load, and every
rule pack must have a row. The worked entry on the page must be a pack that
loads and whose examples pass, like those of the packs themselves.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from nakijker.checks.patterns import load_pack
from nakijker.config import Config
from nakijker.pipeline import Desk, run_checks

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "rule-packs.md"
PACKS = ROOT / "src" / "nakijker" / "rules" / "packs"


def _section(title: str) -> str:
    text = PAGE.read_text(encoding="utf-8")
    # Headings are ## to ####; a "# comment" in a code block is not one.
    match = re.search(rf"^#{{2,4}} {re.escape(title)}\n(.*?)(?=^#{{2,4}} |\Z)", text, re.M | re.S)
    assert match, f"{PAGE.name}: no section {title!r}"
    return match[1]


def _size_rows() -> list[tuple[str, str, int]]:
    """(file, key, entries) for each row of the Sizes table."""
    rows = []
    for line in _section("Sizes").splitlines():
        cells = [c.strip().strip("`") for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) >= 3 and cells[2].isdigit():
            rows.append((cells[0], cells[1], int(cells[2])))
    return rows


def count(data: dict, key: str) -> int:
    """Entries under key: "." the top-level keys, "a.b" one list or mapping,
    "a.*" (or "*") every list and mapping directly under a (or at the top)."""
    if key == ".":
        return len(data)
    *path, last = key.split(".")
    node = data
    for part in path:
        node = node[part]
    if last == "*":
        return sum(len(v) for v in node.values() if isinstance(v, list | dict))
    value = node[last]
    assert isinstance(value, list | dict), f"{key} is not a list or mapping"
    return len(value)


ROWS = _size_rows()


def test_the_table_has_rows():
    assert len(ROWS) >= 10


@pytest.mark.parametrize(("path", "key", "stated"), ROWS, ids=[f"{p}:{k}" for p, k, _ in ROWS])
def test_stated_size_matches_the_file(path, key, stated):
    data = yaml.safe_load((ROOT / path).read_text(encoding="utf-8"))
    assert count(data, key) == stated, f"{PAGE.name} says {stated}; update the Sizes table"


def test_every_pack_has_a_row():
    listed = {(path, key) for path, key, _ in ROWS}
    for pack in sorted(PACKS.glob("*.y*ml")):
        path = pack.relative_to(ROOT).as_posix()
        assert (path, "rules") in listed, f"{path} is missing from {PAGE.name} (Sizes)"


def test_count():
    data = {"a": [1, 2], "b": {"x": [1], "y": {"p": 1, "q": 2}, "z": "text"}}
    assert count(data, ".") == 2
    assert count(data, "a") == 2
    assert count(data, "b.y") == 2
    assert count(data, "b.*") == 3
    assert count(data, "*") == 5


def test_worked_entry_passes_its_examples():
    block = re.search(r"```yaml\n(.*?)```", _section("A worked entry"), re.S)
    assert block, "the worked entry is a ```yaml block"
    (rule,) = load_pack(block[1], "docs/rule-packs.md")
    assert not rule.needs_frog
    desk = Desk(Config(use_frog=False))
    for example in rule.bad:
        findings = run_checks(desk.analyse(example.plain), [rule], Config())
        assert sorted((f.start, f.end) for f in findings) == sorted(example.spans), example.text
        assert findings[0].replacements[0] == example.fix
        fixed = example.plain
        for start, end in sorted(example.spans, reverse=True):
            fixed = fixed[:start] + example.fix + fixed[end:]
        assert run_checks(desk.analyse(fixed), [rule], Config()) == [], fixed
    for text in rule.good:
        assert run_checks(desk.analyse(text), [rule], Config()) == [], text
