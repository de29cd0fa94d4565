"""The report in Markdown, for pasting into tickets and chats.

Article text and messages go into table cells and list items, where a stray
``|`` would split a cell and a backtick, asterisk or bracket would turn
copy into markup; every piece of foreign text is escaped before it lands.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from nakijker.checks.base import Finding
from nakijker.pipeline import Report
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
    sections: list[tuple[str, Iterable[dict], Callable[[dict], str]]] = [
        ("Personen", sheet.get("people") or [], _person),
        ("Organisaties", sheet.get("organisations") or [], _entity),
        ("Plaatsen", sheet.get("places") or [], _entity),
        ("Citaten", sheet.get("quotes") or [], _quote),
        ("Data", sheet.get("dates") or [], _date),
        ("Getallen", sheet.get("numbers") or [], _number),
    ]
    for title, items, fmt in sections:
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
    return f"{_md(_quoted(_short(item.get('text', ''))))} {who}"


def _short(text: str, limit: int = 160) -> str:
    # A chat message is no place for a paragraph-long quote: cut at a word.
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"


def _quoted(text: str) -> str:
    # The fact sheet may hand over a direct quote with or without its marks.
    text = text.strip()
    return text if text[:1] in "“”‘’„\"'«»" else f"“{text}”"


def _date(item: dict) -> str:
    date, kind = item.get("date"), item.get("kind")
    if date:
        resolved = f" → {_md(date)}"
    elif kind == "age":
        resolved = ""  # an age names no day, so there is nothing to resolve
    else:
        resolved = " → ⚠ **datum onbekend**"
    return f"{_md(item.get('text', ''))}{resolved}"


def _number(item: dict) -> str:
    value = item.get("value")
    counts = item.get("counts")
    shown = f" → {_md(value)}" if value is not None else ""
    return _md(item.get("text", "")) + shown + (f" ({_md(counts)})" if counts else "")
