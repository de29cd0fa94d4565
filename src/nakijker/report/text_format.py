"""The report for people: each finding with its line, context and advice."""

from __future__ import annotations

from nakijker.checks.base import Finding
from nakijker.pipeline import Report

_CONTEXT = 40


def line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def context(text: str, finding: Finding) -> str:
    """The marked words in «…» with some text either side, on one line."""
    left = text[max(0, finding.start - _CONTEXT) : finding.start]
    right = text[finding.end : finding.end + _CONTEXT]
    marked = text[finding.start : finding.end]
    return " ".join(f"…{left}«{marked}»{right}…".split())


def render(report: Report, path: str | None = None) -> str:
    text = report.article.text
    name = path or "tekst"
    counts = {
        s: sum(f.severity == s for f in report.findings) for s in ("critical", "major", "minor")
    }
    sc = report.score
    verdict = "publiceerbaar" if sc.passed else "NIET publiceerbaar"
    lines = [
        f"{name}: kwaliteit {sc.quality:.1f}/100, {verdict} "
        f"({sc.per_1000:g} strafpunten per 1000 woorden, grens {sc.threshold:g})",
        f"  {report.words} woorden, {len(report.findings)} bevindingen "
        f"({counts['critical']} kritiek, {counts['major']} ernstig, {counts['minor']} licht)",
        *[f"  let op: {note}" for note in report.notes],
    ]
    for f in report.findings:
        line, col = line_col(text, f.start)
        lines.append(f"{name}:{line}:{col}: {f.rule} [{f.severity}] {f.category}")
        lines.append(f"    {context(text, f)}")
        lines.append(f"    {f.message}")
        if f.replacements:
            shown = ", ".join(repr(r) if r else "(verwijderen)" for r in f.replacements)
            lines.append(f"    → {shown}" + ("  [veilig]" if f.safe else ""))
    if report.facts is not None:
        lines += facts_lines(report.facts.as_json())
    return "\n".join(lines)


def facts_lines(facts: dict) -> list[str]:
    """The fact sheet: who is who, who said what, which day is meant."""
    lines = ["", "Feiten om te controleren:"]
    for p in facts["people"]:
        role = ", ".join(p["roles"])
        of = f" ({p['affiliation']})" if p["affiliation"] else ""
        lines.append(f"  persoon: {p['name']}" + (f" — {role}{of}" if role or of else ""))
    for kind, key in (("organisatie", "organisations"), ("plaats", "places")):
        names = ", ".join(e["name"] for e in facts[key])
        if names:
            lines.append(f"  {kind}: {names}")
    for q in facts["quotes"]:
        if q["kind"] == "direct":
            who = q["speaker"] or "⚠ spreker onbekend"
            text = q["text"] if len(q["text"]) <= 70 else q["text"][:67] + "…"
            lines.append(f"  citaat: {who}: {text}")
    for d in facts["dates"]:
        if d["date"]:
            lines.append(f"  datum: '{d['text']}' = {d['date']}")
    return lines
