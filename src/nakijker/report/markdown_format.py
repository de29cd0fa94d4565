"""The report in Markdown, for pasting into tickets and chats.

Article text and messages go into table cells and list items, where a stray
``|`` would split a cell and a backtick, asterisk or bracket would turn
copy into markup; every piece of foreign text is escaped before it lands.
"""

from __future__ import annotations

import re

from nakijker.checks.base import Finding
from nakijker.pipeline import Report
from nakijker.report import _facts
from nakijker.report.text_format import line_col

SEVERITIES = ("critical", "major", "minor")
LABELS = {"critical": "kritiek", "major": "ernstig", "minor": "licht"}
_CONTEXT = 30
# Backslash first, so that the escapes added for the others stay single.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#])")


def render(report: Report, path: str | None = None) -> str:
    text = report.article.text
    sc = report.score
    name = path or "tekst"
    counts = {s: sum(f.severity == s for f in report.findings) for s in SEVERITIES}
    verdict = "✅ publiceerbaar" if sc.passed else "❌ NIET publiceerbaar"
    lines = [
        f"### Nakijker: {_md(name)}",
        "",
        f"**Kwaliteit {_nl(sc.quality)}/100 — {verdict}** "
        f"({_nl(sc.per_1000)} strafpunten per 1000 woorden, grens {_nl(sc.threshold)})",
        "",
        f"{report.words} woorden · {len(report.findings)} bevindingen: "
        + ", ".join(f"{counts[s]} {LABELS[s]}" for s in SEVERITIES),
    ]
    if report.notes:
        lines += ["", *(f"> Let op: {_md(note)}" for note in report.notes)]
    lines.append("")
    if report.findings:
        lines += [
            "| Plaats | Code | Ernst | Categorie | Tekst | Melding | Voorstel |",
            "|---|---|---|---|---|---|---|",
            *(_row(text, f) for f in report.findings),
        ]
    else:
        lines.append("Geen bevindingen.")
    facts = getattr(report, "facts", None)
    if facts is not None:
        lines += ["", *_fact_sheet(facts.as_json())]
    return "\n".join(lines)


def _md(value: object) -> str:
    """Foreign text as inert Markdown on one line (cells and list items)."""
    return _SPECIAL.sub(r"\\\1", re.sub(r"\s+", " ", str(value)))


def _nl(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def _row(text: str, f: Finding) -> str:
    line, col = line_col(text, max(0, min(f.start, len(text))))
    cells = [
        f"{line}:{col}",
        _md(f.rule),
        _md(LABELS.get(f.severity, f.severity)),
        _md(f.category),
        _in_context(text, f),
        _md(f.message),
        _suggestion(f),
    ]
    return "| " + " | ".join(cells) + " |"


def _in_context(text: str, f: Finding) -> str:
    """The marked words in «…», bold, with some words either side."""
    left = text[max(0, f.start - _CONTEXT) : f.start]
    right = text[f.end : f.end + _CONTEXT]
    # Cut at word edges so the context does not start or end mid-word.
    if f.start > _CONTEXT:
        left = "…" + left.split(" ", 1)[-1]
    if f.end + _CONTEXT < len(text):
        right = right.rsplit(" ", 1)[0] + "…"
    # Emphasis must not start or end with a space, or it is not emphasis:
    # edge white space of the marked words moves outside the brackets.
    marked = _md(text[f.start : f.end])
    core = marked.strip() or "␣"
    lead = " " if marked.startswith(" ") and marked.strip() else ""
    trail = " " if marked.endswith(" ") and marked.strip() else ""
    return f"{_md(left).lstrip()}{lead}«**{core}**»{trail}{_md(right).rstrip()}"


def _suggestion(f: Finding) -> str:
    if not f.replacements:
        return ""
    shown = ", ".join(_code(r) if r.strip() else "(verwijderen)" for r in f.replacements)
    return shown + (" (veilig)" if f.safe else "")


def _code(value: str) -> str:
    # A code span shows the replacement exactly, but cannot hold a backtick
    # or edge spaces: such values fall back to escaped plain text.
    if "`" in value or value != value.strip() or "\n" in value:
        return "“" + _md(value) + "”"
    return "`" + value.replace("|", "\\|") + "`"


def _fact_sheet(sheet: dict) -> list[str]:
    lines = ["#### Feitenblad"]
    for title, items, fmt in _facts.sections(sheet, _person, _entity, _quote, _date, _number):
        shown = [f"- {fmt(item)}" for item in items]
        lines += ["", f"**{title}**", *(shown or ["- geen"])]
    return lines


def _entity(item: dict) -> str:
    count = len(item.get("mentions") or [])
    return _md(item.get("name", "")) + (f" ({count}×)" if count else "")


def _person(item: dict) -> str:
    about = [_md(r) for r in item.get("roles") or []]
    if item.get("affiliation"):
        about.append(_md(item["affiliation"]))
    return _entity(item) + (" — " + ", ".join(about) if about else "")


def _quote(item: dict) -> str:
    indirect = item.get("kind") == "indirect"
    speaker = item.get("speaker")
    who = f"— {_md(speaker)}" if speaker else "— ⚠ **spreker onbekend**"
    if indirect:
        return f"{_md(_short(item.get('text', '')))} {who} (indirect)"
    return f"{_md(_facts.quoted(_short(item.get('text', ''))))} {who}"


def _short(text: str, limit: int = 160) -> str:
    # A chat message is no place for a paragraph-long quote: cut at a word.
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"


def _date(item: dict) -> str:
    return _md(item.get("text", "")) + _facts.resolved_date(item, _md, "⚠ **datum onbekend**")


def _number(item: dict) -> str:
    value = item.get("value")
    counts = item.get("counts")
    shown = f" → {_md(value)}" if value is not None else ""
    return _md(item.get("text", "")) + shown + (f" ({_md(counts)})" if counts else "")
