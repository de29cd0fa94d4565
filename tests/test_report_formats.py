"""The HTML and Markdown reports: structure, nesting, escaping, fact sheet."""

from __future__ import annotations

import base64
import hashlib
import re
from collections import defaultdict
from html.parser import HTMLParser
from typing import ClassVar

import pytest

from nakijker.checks.base import Finding
from nakijker.config import Config
from nakijker.nlp import simple
from nakijker.pipeline import Desk, Report
from nakijker.report import html_format, markdown_format
from nakijker.score import score

# An invented article with known errors: a spaced hyphen, English comma
# order, a ‘…’ quote in a “…” article that itself holds a spaced hyphen (a
# finding inside a finding), a "Lees ook" line and an English thousands comma.
SAMPLE = (
    "De havenstaking in Rotterdam legde woensdag het vrachtverkeer naar Zuid -Amerika stil.\n"
    "“We accepteren dit voorstel niet,” zei vakbondsbestuurder Marieke de Vries donderdag "
    "tegen verslaggevers. Volgens haar is de situatie ‘onhoudbaar voor de lijnen naar "
    "Zuid -Amerika’ geworden.\n"
    "Lees ook: Wat betekent de staking voor uw pakketje?\n"
    "Ongeveer 40,000 containers bleven op de kades staan. De directie wil volgende week "
    "weer praten met de bonden.\n"
    "“Het overleg is constructief”, aldus een woordvoerder van het havenbedrijf.\n"
)

# The same kind of errors around markup that must stay text: findings then
# contain markup too (the ‘…’ quote, the "Lees ook" line).
HOSTILE = (
    "De minister sprak dinsdag over het Midden -Oosten.<script>document.title='pwned'</script>\n"
    "“Er komt geen nieuwe regeling,” zei zij. De partij wil 40,000 euro voor R&amp;D "
    "<img src=x onerror=\"document.title='pwned'\"> uittrekken.\n"
    'Volgens de oppositie is het plan ‘"><img src=x onerror=alert(1)> onhaalbaar voor het '
    "Midden -Oosten’ en te duur.\n"
    "Lees ook: <b>Waarom</b> het kabinet wankelt\n"
)


def _span(text: str, part: str, after: int = 0) -> list[int]:
    start = text.index(part, after)
    return [start, start + len(part)]


class Facts:
    """A stand-in for the fact sheet: anything with ``as_json()`` will do."""

    def __init__(self, data: dict) -> None:
        self.data = data

    def as_json(self) -> dict:
        return self.data


def sample_facts() -> Facts:
    t = SAMPLE
    quote = _span(t, "“We accepteren dit voorstel niet,”")
    unsaid = _span(t, "“Het overleg is constructief”")
    return Facts(
        {
            "people": [
                {
                    "name": "Marieke de Vries",
                    "mentions": [_span(t, "Marieke de Vries")],
                    "roles": ["vakbondsbestuurder"],
                    "affiliation": "FNV Havens",
                }
            ],
            "organisations": [{"name": "havenbedrijf", "mentions": [_span(t, "havenbedrijf")]}],
            "places": [
                {"name": "Rotterdam", "mentions": [_span(t, "Rotterdam")]},
                {"name": "Zuid-Amerika", "mentions": [_span(t, "Zuid -Amerika")]},
            ],
            "quotes": [
                {
                    "start": quote[0],
                    "end": quote[1],
                    "text": t[quote[0] : quote[1]],
                    "kind": "direct",
                    "speaker": "Marieke de Vries",
                },
                {
                    "start": unsaid[0],
                    "end": unsaid[1],
                    "text": t[unsaid[0] : unsaid[1]],
                    "kind": "direct",
                    "speaker": None,
                },
            ],
            "dates": [
                {**_date(t, "woensdag"), "date": "2025-03-12", "kind": "weekday"},
                {**_date(t, "volgende week"), "date": None, "kind": "relative"},
            ],
            "numbers": [{**_date(t, "40,000"), "value": 40000, "counts": "containers"}],
        }
    )


def hostile_facts() -> Facts:
    t = HOSTILE
    quote = _span(t, "“Er komt geen nieuwe regeling,”")
    return Facts(
        {
            "people": [
                {
                    "name": "<img src=x onerror=\"document.title='pwned'\">",
                    "mentions": [],
                    "roles": ["<script>document.title='pwned'</script>"],
                    "affiliation": None,
                }
            ],
            "organisations": [],
            "places": [{"name": "Midden-Oosten", "mentions": [_span(t, "Midden -Oosten")]}],
            "quotes": [
                {
                    "start": quote[0],
                    "end": quote[1],
                    "text": t[quote[0] : quote[1]],
                    "kind": "direct",
                    "speaker": None,
                }
            ],
            "dates": [{**_date(t, "dinsdag"), "date": "2025-03-11", "kind": "weekday"}],
            "numbers": [{**_date(t, "40,000"), "value": 40000, "counts": "euro"}],
        }
    )


def _date(text: str, part: str) -> dict:
    start, end = _span(text, part)
    return {"start": start, "end": end, "text": part}


@pytest.fixture(scope="module")
def desk() -> Desk:
    return Desk(Config(use_frog=False))


@pytest.fixture(scope="module")
def sample(desk) -> Report:
    return desk.check(SAMPLE)


@pytest.fixture(scope="module")
def hostile(desk) -> Report:
    return desk.check(HOSTILE)


def make_report(
    text: str,
    spans: list[tuple[str, int, int]],
    message: str = "m",
    replacements: tuple[str, ...] = ("x",),
) -> Report:
    """A report with hand-placed findings, for shapes the checks rarely produce."""
    findings = [
        Finding(rule, s, e, text[s:e], "fluency/punctuation", "minor", message, replacements)
        for rule, s, e in spans
    ]
    article = simple.analyse(text)
    return Report(article, findings, score(findings, article.words))


class Page(HTMLParser):
    """What a browser would build from the page, as far as the tests need it."""

    VOID: ClassVar[set[str]] = {
        "meta",
        "br",
        "img",
        "input",
        "link",
        "hr",
        "wbr",
        "source",
        "area",
        "base",
    }

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.tags: list[tuple[str, dict]] = []
        self.text: dict[str, list[str]] = defaultdict(list)  # by id, nested text included
        self.parents: dict[str, list[str]] = {}  # highlight id → enclosing highlight ids
        self.style = ""
        self.balanced = True
        self.feed(page)
        self.close()
        self.balanced = self.balanced and not self.stack

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k: v or "" for k, v in attrs}
        self.tags.append((tag, attributes))
        if tag in self.VOID:
            return
        if "data-rule" in attributes:
            self.parents[attributes["id"]] = [
                a["id"] for _, a in self.stack if "data-rule" in a and "id" in a
            ]
        self.stack.append((tag, attributes))

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            self.balanced = False
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1][0] == "style":
            self.style += data
        # A highlight split by a crossing finding continues in parts marked
        # data-part-of: their text counts for the highlight they continue.
        keys = {a.get("id") or a.get("data-part-of") for _, a in self.stack}
        for key in keys - {None}:
            self.text[key].append(data)

    def text_of(self, key: str) -> str:
        return "".join(self.text[key])

    def highlights(self) -> list[dict]:
        return [a for tag, a in self.tags if "data-rule" in a]


# --- HTML --------------------------------------------------------------------


def test_sample_has_the_errors_it_was_written_for(sample):
    rules = [f.rule for f in sample.findings]
    assert {"TY101", "QT203", "QT202", "BP401", "NF701"} <= set(rules)
    assert rules.count("TY101") == 2


def test_every_finding_is_a_highlight_with_its_attributes_and_text(sample):
    page = Page(html_format.render(sample, "haven.txt"))
    assert page.balanced
    marks = page.highlights()
    assert len(marks) == len(sample.findings)
    for n, (mark, f) in enumerate(zip(marks, sample.findings, strict=True), 1):
        assert mark["data-rule"] == f.rule
        assert mark["data-severity"] == f.severity
        assert (int(mark["data-start"]), int(mark["data-end"])) == (f.start, f.end)
        assert mark["tabindex"] == "0"
        assert page.text_of(mark["id"]) == f.text == sample.article.text[f.start : f.end]
        # The details travel with the highlight: in its title and in the
        # element that aria-describedby points at.
        assert f.message in mark["title"] and f.rule in mark["title"]
        tip = page.text_of(mark["aria-describedby"])
        assert f.message in tip and f.rule in tip and f.category in tip
        for r in f.replacements:
            assert (r if r.strip() else "(verwijderen)") in tip
        assert f"#t{n}" in page.style  # shown on hover and focus


def test_article_text_survives_markup_unchanged(sample):
    page = Page(html_format.render(sample))
    assert page.text_of("article") == sample.article.text
    assert sample.article.text.count("\n") == 5  # the paragraph breaks are kept


def test_quote_finding_contains_the_hyphen_finding(sample):
    page = Page(html_format.render(sample))
    by_rule = defaultdict(list)
    for mark in page.highlights():
        by_rule[mark["data-rule"]].append(mark["id"])
    quote = by_rule["QT202"][0]
    outer_hyphen, inner_hyphen = by_rule["TY101"]
    assert page.parents[inner_hyphen] == [quote]
    assert page.parents[outer_hyphen] == []
    assert page.text_of(inner_hyphen) == "Zuid -Amerika"
    assert page.text_of(quote).startswith("‘onhoudbaar") and page.text_of(quote).endswith("’")


def test_crossing_and_empty_findings_stay_well_formed():
    text = "abcdefghij klm"
    report = make_report(text, [("A1", 0, 6), ("B2", 3, 9), ("C3", 5, 5), ("D4", 3, 9)])
    page = Page(html_format.render(report))
    assert page.balanced
    assert page.text_of("article") == text
    marks = {m["data-rule"]: m["id"] for m in page.highlights()}
    assert len(marks) == 4
    for f in report.findings:
        assert page.text_of(marks[f.rule]) == f.text
    # The later crossing finding continues after the earlier one closes.
    parts = [a for _, a in page.tags if "data-part-of" in a]
    assert {p["data-part-of"] for p in parts} == {marks["B2"], marks["D4"]}


def test_hostile_article_renders_as_text(hostile):
    page_html = html_format.render(hostile, "<b>kopij</b>.txt")
    page = Page(page_html)
    assert page.balanced
    tags = {tag for tag, _ in page.tags}
    assert not tags & {"script", "img", "b", "iframe", "object", "embed"}
    assert "<script" not in page_html and "<img" not in page_html
    assert "&lt;script&gt;document." in page_html and "&lt;/script&gt;" in page_html
    assert page.text_of("article") == HOSTILE  # R&amp;D stays literally R&amp;D
    for mark, f in zip(page.highlights(), hostile.findings, strict=True):
        assert page.text_of(mark["id"]) == f.text
    assert any("<img" in f.text for f in hostile.findings)  # markup inside a finding
    assert page.text_of("report-title") == "<b>kopij</b>.txt"


def test_hostile_messages_and_replacements_are_escaped():
    text = "een woord hier"
    report = make_report(
        text,
        [("X1", 4, 9)],
        message='<b onmouseover="x()">vet</b>',
        replacements=('"><img src=x>',),
    )
    page_html = html_format.render(report)
    assert "<b " not in page_html and "<img" not in page_html
    assert "&quot;&gt;&lt;img src=x&gt;" in page_html
    assert not {tag for tag, _ in Page(page_html).tags} & {"b", "img"}


def test_page_loads_nothing_and_runs_nothing(hostile):
    page_html = html_format.render(hostile, "kopij.txt")
    page = Page(page_html)
    assert not re.search(r"https?:|//", page_html)
    assert "url(" not in page.style and "@import" not in page.style
    for tag, attrs in page.tags:
        assert tag != "script"
        assert "src" not in attrs and not any(k.startswith("on") for k in attrs)
        assert attrs.get("href", "#").startswith("#")
    [policy] = [
        a["content"] for t, a in page.tags if a.get("http-equiv") == "Content-Security-Policy"
    ]
    assert "default-src 'none'" in policy and "script-src 'none'" in policy
    # The stylesheet is allowed by its hash, so the hash must be its own.
    digest = base64.b64encode(hashlib.sha256(page.style.encode()).digest()).decode()
    assert f"style-src 'sha256-{digest}'" in policy


def test_headline_shows_score_verdict_counts_and_notes(sample):
    page_html = html_format.render(sample, "haven.txt")
    sc = sample.score
    assert f"{sc.quality:g}".replace(".", ",") in page_html
    assert ("niet publiceerbaar" in page_html) is (not sc.passed)
    assert f"{sc.per_1000:g}".replace(".", ",") in page_html
    assert f"<dd>{sample.words}</dd>" in page_html
    majors = sum(f.severity == "major" for f in sample.findings)
    assert f"{majors} ernstig" in page_html
    assert all(note in page_html for note in sample.notes) and sample.notes


def test_clean_article_has_no_highlights():
    report = make_report("Een schone zin zonder fouten.", [])
    page_html = html_format.render(report)
    assert Page(page_html).highlights() == []
    assert "Geen bevindingen." in page_html and "✓ publiceerbaar" in page_html


def test_fact_sheet_is_rendered_beside_the_article(desk):
    report = desk.check(SAMPLE)
    report.facts = None  # a report without a fact sheet has no such column
    assert 'id="facts"' not in html_format.render(report)
    report.facts = sample_facts()  # type: ignore[attr-defined]
    page = Page(html_format.render(report))
    facts = page.text_of("facts")
    for part in ("Marieke de Vries", "vakbondsbestuurder", "FNV Havens", "havenbedrijf"):
        assert part in facts
    assert "Rotterdam" in facts and "Zuid-Amerika" in facts
    assert "“We accepteren dit voorstel niet,”" in facts
    assert "2025-03-12" in facts and "40000" in facts and "containers" in facts
    # The quote nobody said and the date that could not be resolved stand out.
    flagged = [a for t, a in page.tags if "flag" in a.get("class", "").split()]
    assert len(flagged) == 2
    assert "spreker onbekend" in facts and "datum onbekend" in facts


def test_hostile_facts_are_escaped(desk):
    report = desk.check(HOSTILE)
    report.facts = hostile_facts()  # type: ignore[attr-defined]
    page_html = html_format.render(report)
    markdown = markdown_format.render(report)
    assert "<img" not in page_html and "<script" not in page_html
    page = Page(page_html)
    assert not {tag for tag, _ in page.tags} & {"img", "script"}
    assert "<img src=x onerror=\"document.title='pwned'\">" in page.text_of("facts")
    # Outside code spans (where Markdown shows text as is) every < is escaped.
    assert not re.search(r"(?<!\\)<", re.sub(r"`[^`]*`", "", markdown))


# --- Markdown ----------------------------------------------------------------


def cells(row: str) -> list[str]:
    return [c.strip() for c in re.split(r"(?<!\\)\|", row)[1:-1]]


def table_rows(markdown: str) -> list[list[str]]:
    lines = markdown.splitlines()
    start = lines.index("|---|---|---|---|---|---|---|") + 1
    rows = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        rows.append(cells(line))
    return rows


def test_markdown_headline_and_one_row_per_finding(sample):
    md = markdown_format.render(sample, "haven.txt")
    first = md.splitlines()[0]
    assert first == "### Nakijker: haven.txt"
    assert f"Kwaliteit {sample.score.quality:g}".replace(".", ",") in md
    assert ("NIET publiceerbaar" in md) is (not sample.score.passed)
    rows = table_rows(md)
    assert len(rows) == len(sample.findings)
    text = sample.article.text
    for row, f in zip(rows, sample.findings, strict=True):
        assert len(row) == 7
        line = text.count("\n", 0, f.start) + 1
        col = f.start - (text.rfind("\n", 0, f.start) + 1) + 1
        assert row[0] == f"{line}:{col}"
        assert row[1] == f.rule
        assert row[2] == {"minor": "licht", "major": "ernstig", "critical": "kritiek"}[f.severity]
        assert row[3] == f.category
        assert f"«**{' '.join(f.text.split())}**»" in row[4]
    by_rule = {row[1]: row for row in rows}
    assert by_rule["NF701"][6] == "`40.000` (veilig)"
    assert by_rule["BP401"][6] == "(verwijderen) (veilig)"


def test_markdown_escapes_pipes_and_backticks_in_cells():
    text = "Hij typte a|b en `rm` in het |venster| vandaag."
    report = make_report(text, [("P1", 10, 13), ("P2", 17, 21)], message="kies `x` | y")
    row1, row2 = table_rows(markdown_format.render(report))
    assert len(row1) == len(row2) == 7
    assert "«**a\\|b**»" in row1[4] and "\\|venster\\|" in row1[4]
    assert "«**\\`rm\\`**»" in row2[4]
    assert row1[5] == "kies \\`x\\` \\| y"
    assert "`" not in re.sub(r"\\`", "", row2[4])


def test_markdown_fact_sheet(desk):
    report = desk.check(SAMPLE)
    report.facts = None
    assert "Feitenblad" not in markdown_format.render(report)
    report.facts = sample_facts()  # type: ignore[attr-defined]
    md = markdown_format.render(report)
    sheet = md[md.index("#### Feitenblad") :]
    for title in ("Personen", "Organisaties", "Plaatsen", "Citaten", "Data", "Getallen"):
        assert f"**{title}**" in sheet
    assert "- Marieke de Vries (1×) — vakbondsbestuurder, FNV Havens" in sheet
    assert "“Het overleg is constructief” — ⚠ **spreker onbekend**" in sheet
    assert "woensdag → 2025-03-12" in sheet and "volgende week → ⚠ **datum onbekend**" in sheet
    assert "40,000 → 40000 (containers)" in sheet
