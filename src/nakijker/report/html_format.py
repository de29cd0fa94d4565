"""The report as one self-contained web page, for reading and printing.

The page is a single file with no script and no external resource: it is
opened from disk, mailed around and archived, so it must look the same
offline and must not be able to run anything that came in with the article.
Every piece of text from the article, the checks or the fact sheet goes
through ``html.escape``; a Content-Security-Policy allows nothing but our own
stylesheet (pinned by its hash) as a second line of defence.

Finding details appear on hover and on keyboard focus with CSS alone
(``:has``), so the article text in the page stays exactly the article text:
highlights contain nothing but the marked characters.
"""

from __future__ import annotations

import base64
import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable
from html import escape

from nakijker.checks.base import Finding
from nakijker.pipeline import Report
from nakijker.report import _facts
from nakijker.report.text_format import line_col

SEVERITIES = ("critical", "major", "minor")
LABELS = {"critical": "kritiek", "major": "ernstig", "minor": "licht"}
# A shape per severity, so that the badge does not depend on colour alone.
SYMBOLS = {"critical": "▲", "major": "◆", "minor": "●"}

_CSS = """
:root {
  color-scheme: light;
  --ink: #1b1b1f;
  --muted: #5b5d66;
  --line: #d9dbe1;
  --paper: #fdfdfb;
  --panel: #f3f4f6;
  --focus: #1d4ed8;
  --critical: #b3141b;
  --critical-bg: rgba(222, 45, 45, 0.2);
  --major: #b54708;
  --major-bg: rgba(240, 120, 20, 0.2);
  --minor: #8a6a00;
  --minor-bg: rgba(245, 200, 20, 0.28);
  --pass: #17663a;
  --pass-bg: #ddf5e4;
  --fail: #a3121a;
  --fail-bg: #fde3e3;
}
* { box-sizing: border-box; }
html { scroll-padding: 2rem 0 14rem; }
body {
  margin: 0;
  background: var(--paper);
  color: var(--ink);
  font: 15px/1.5 system-ui, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif;
}
.page { max-width: 78rem; margin: 0 auto; padding: 1.5rem 1.5rem 4rem; }
h1, h2, h3 { line-height: 1.25; margin: 0; }
h1 { font-size: 1.5rem; overflow-wrap: anywhere; }
h2 { font-size: 1.15rem; margin-bottom: 0.75rem; }
h3 {
  font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.06em;
  color: var(--muted); margin: 1.1rem 0 0.35rem;
}
.kicker { margin: 0 0 0.2rem; color: var(--muted); font-size: 0.85rem; }

/* headline */
.headline {
  display: grid; grid-template-columns: auto minmax(0, 1fr); gap: 0.5rem 2rem;
  align-items: start; padding-bottom: 1.25rem; border-bottom: 1px solid var(--line);
}
.headline .title { grid-column: 1 / -1; }
.verdict {
  justify-self: start; border-radius: 0.6rem; padding: 0.7rem 1.1rem; min-width: 12rem; border: 2px solid;
}
.verdict.pass { background: var(--pass-bg); color: var(--pass); }
.verdict.fail { background: var(--fail-bg); color: var(--fail); }
.verdict .quality { font-size: 2.2rem; font-weight: 700; line-height: 1; }
.verdict .outof { font-size: 1rem; }
.verdict .word { display: block; margin-top: 0.35rem; font-weight: 700; }
.stats { display: grid; grid-template-columns: max-content auto; gap: 0.15rem 1rem; margin: 0; }
.stats dt { color: var(--muted); }
.stats dd { margin: 0; font-variant-numeric: tabular-nums; }
.notes { margin: 0.4rem 0 0; padding-left: 1.2rem; color: var(--muted); }
.legend { display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; margin: 0.5rem 0 0; padding: 0; }
.legend li { list-style: none; }

/* article and fact sheet side by side */
.columns {
  display: grid; grid-template-columns: minmax(0, 1fr) minmax(15rem, 21rem);
  gap: 2rem; margin-top: 1.5rem;
}
.columns.solo { grid-template-columns: minmax(0, 1fr); }
.article-text {
  white-space: pre-wrap; overflow-wrap: break-word;
  font: 1.08rem/1.75 Charter, "Iowan Old Style", Georgia, "DejaVu Serif", serif;
  max-width: 48rem; margin: 0;
}
.article-text .gap { display: block; height: 0.55em; }

/* highlights: colour plus an underline style per severity */
mark.hl {
  color: inherit; border-radius: 2px; text-decoration-line: underline;
  text-decoration-thickness: 2px; text-underline-offset: 3px; text-decoration-skip-ink: none;
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
}
mark.hl mark.hl { text-underline-offset: 6px; }
mark.hl mark.hl mark.hl { text-underline-offset: 9px; }
mark.sev-minor { background: var(--minor-bg); text-decoration-color: var(--minor); text-decoration-style: dotted; }
mark.sev-major { background: var(--major-bg); text-decoration-color: var(--major); text-decoration-style: wavy; }
mark.sev-critical {
  background: var(--critical-bg); text-decoration-color: var(--critical);
  text-decoration-style: double; text-decoration-thickness: 3px;
}
/* On paper the number ties a highlight to the table (on screen the details
   say it). Out of flow, so it neither takes the underline nor pushes a line
   break between word and number. */
@media print {
  mark.hl[data-n] { position: relative; }
  mark.hl[data-n]::after {
    content: attr(data-n); position: absolute; margin: -0.55em 0 0 1px;
    font: 600 6pt/1 system-ui, sans-serif; color: var(--muted);
  }
  /* Nested findings often end side by side: lift the inner number clear. */
  mark.hl mark.hl[data-n]::after { margin-top: -1.15em; }
}
mark.hl:empty::before { content: "\\2038"; display: inline-block; color: var(--critical); }
mark.hl:hover { cursor: help; filter: saturate(1.6); }
mark.hl:focus { outline: 2px solid var(--focus); outline-offset: 2px; }
mark.hl:target { outline: 3px solid var(--focus); }

/* finding details: a panel at the foot of the window */
.details {
  /* Under the article column, so that the fact sheet stays readable. */
  position: fixed; bottom: 1rem; z-index: 10; pointer-events: none;
  left: max(1rem, calc((100vw - 78rem) / 2 + 1.5rem)); width: min(46rem, 100vw - 2rem);
}
.tip {
  display: none; margin-top: 0.5rem; padding: 0.7rem 0.95rem; background: #fff;
  border: 1px solid var(--line); border-left: 6px solid var(--muted);
  border-radius: 0.45rem; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
}
.tip.sev-critical { border-left-color: var(--critical); }
.tip.sev-major { border-left-color: var(--major); }
.tip.sev-minor { border-left-color: var(--minor); }
.tip p { margin: 0.15rem 0; }
.tip .meta { color: var(--muted); font-size: 0.88rem; }
.tip .msg { font-weight: 600; }

.badge { font-weight: 600; white-space: nowrap; }
.badge.sev-critical { color: var(--critical); }
.badge.sev-major { color: var(--major); }
.badge.sev-minor { color: var(--minor); }
code, .code { font: 0.88em ui-monospace, "DejaVu Sans Mono", monospace; }
.repl {
  font: 0.9em ui-monospace, "DejaVu Sans Mono", monospace; background: var(--panel);
  border: 1px solid var(--line); border-radius: 3px; padding: 0 0.25rem; white-space: pre-wrap;
}
.safe { color: var(--pass); font-size: 0.85em; }

/* fact sheet */
.facts {
  background: var(--panel); border-radius: 0.6rem; padding: 1rem 1.1rem; align-self: start;
  font-size: 0.92rem;
  /* Stays beside the article while it scrolls; a long sheet scrolls itself. */
  position: sticky; top: 1rem; max-height: calc(100vh - 2rem); overflow-y: auto;
}
.facts ul { list-style: none; margin: 0; padding: 0; }
.facts li { padding: 0.2rem 0; border-bottom: 1px solid var(--line); }
.facts li:last-child { border-bottom: 0; }
.facts .sub { color: var(--muted); display: block; }
.facts .count { color: var(--muted); font-size: 0.85em; }
.facts .quote { font-style: italic; }
.facts .none { color: var(--muted); }
.flag { color: var(--fail); font-weight: 600; }

/* findings table */
.findings { margin-top: 2.5rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.5rem; border-bottom: 1px solid var(--line); }
th { font-size: 0.78rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
td.marked { font-family: Georgia, "DejaVu Serif", serif; white-space: pre-wrap; overflow-wrap: break-word; }
td.num a { color: var(--focus); }
a:focus { outline: 2px solid var(--focus); outline-offset: 2px; }
.empty { color: var(--muted); }

@media (max-width: 60rem) {
  .columns { grid-template-columns: minmax(0, 1fr); }
  .headline { grid-template-columns: minmax(0, 1fr); }
}
@media print {
  body { background: #fff; font-size: 10pt; }
  .page { max-width: none; padding: 0; }
  .details { display: none; }
  .columns { grid-template-columns: minmax(0, 1fr); }
  .article-text { max-width: none; font-size: 11pt; }
  .facts { position: static; max-height: none; overflow: visible; background: none; border: 1px solid var(--line); }
  tr { break-inside: avoid; }
  td.num a { color: inherit; text-decoration: none; }
}
"""


def render(report: Report, path: str | None = None) -> str:
    text = report.article.text
    findings = list(report.findings)
    facts = getattr(report, "facts", None)
    sheet = facts.as_json() if facts is not None else None
    name = path or "tekst"
    style = _CSS + _detail_rules(len(findings))
    # The hash pins our stylesheet: anything else the page might contain
    # (it never should) can neither load, run nor restyle.
    digest = base64.b64encode(hashlib.sha256(style.encode("utf-8")).digest()).decode("ascii")
    policy = (
        f"default-src 'none'; style-src 'sha256-{digest}'; img-src 'none'; "
        "script-src 'none'; base-uri 'none'; form-action 'none'"
    )
    parts = [
        "<!DOCTYPE html>",
        '<html lang="nl">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_e(policy)}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Nakijker: {_e(name)}</title>",
        f"<style>{style}</style>",
        "</head>",
        "<body>",
        '<div class="page">',
        _headline(report, name),
        f'<div class="columns{"" if sheet is not None else " solo"}">',
        '<main class="article" aria-labelledby="article-title">',
        '<h2 id="article-title">Artikel</h2>',
        f'<div class="article-text" id="article">{_marked_text(text, findings)}</div>',
        "</main>",
        _fact_sheet(sheet) if sheet is not None else "",
        "</div>",
        _findings_table(text, findings),
        "</div>",
        '<div class="details">',
        *(_tip(text, f, n) for n, f in enumerate(findings, 1)),
        "</div>",
        "</body>",
        "</html>",
    ]
    return "\n".join(p for p in parts if p)


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _nl(value: float) -> str:
    """A number the Dutch way (decimal comma), without a pointless ',0'."""
    return f"{value:g}".replace(".", ",")


def _sev(finding: Finding) -> str:
    # Severity ends up in a class name: only known values may shape the page.
    return finding.severity if finding.severity in SEVERITIES else "minor"


def _headline(report: Report, name: str) -> str:
    sc = report.score
    counts = {s: sum(f.severity == s for f in report.findings) for s in SEVERITIES}
    # The verdict is spelled out with a sign, not only coloured.
    state, word = ("pass", "✓ publiceerbaar") if sc.passed else ("fail", "✗ niet publiceerbaar")
    verdict = (
        f'<div class="verdict {state}"><span class="quality">{_e(_nl(sc.quality))}</span>'
        f'<span class="outof">/100</span><span class="word">{word}</span></div>'
    )
    per_severity = ", ".join(
        f'<span class="badge sev-{s}">{SYMBOLS[s]} {counts[s]} {LABELS[s]}</span>'
        for s in SEVERITIES
    )
    stats = [
        ("Strafpunten per 1000 woorden", f"{_nl(sc.per_1000)} (grens {_nl(sc.threshold)})"),
        ("Strafpunten", _e(sc.penalty)),
        ("Woorden", _e(report.words)),
        ("Bevindingen", f"{len(report.findings)}: {per_severity}"),
    ]
    notes = "".join(f"<li>Let op: {_e(note)}</li>" for note in report.notes)
    legend = "".join(
        f'<li><mark class="hl sev-{s}">{LABELS[s]}</mark> '
        f'<span class="badge sev-{s}">{SYMBOLS[s]}</span></li>'
        for s in SEVERITIES
    )
    return (
        '<header class="headline">'
        '<div class="title"><p class="kicker">Nakijker · rapport van de eindredactie</p>'
        f'<h1 id="report-title">{_e(name)}</h1></div>'
        f"{verdict}"
        "<div>"
        '<dl class="stats">'
        + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in stats)
        + "</dl>"
        + (f'<ul class="notes">{notes}</ul>' if notes else "")
        + f'<ul class="legend" aria-label="Legenda">{legend}</ul>'
        "</div>"
        "</header>"
    )


def _marked_text(text: str, findings: list[Finding]) -> str:
    """The article with one ``<mark>`` per finding, built by sweeping over offsets.

    Findings may nest (a quote finding around a hyphen finding) and, rarely,
    cross. Marks are opened outermost first; when a finding ends while a
    finding that started later is still open, the later one is closed and
    reopened as a continuation part, so the markup stays well-formed and every
    character is marked by exactly the findings that cover it.
    """
    size = len(text)
    spans = []
    for f in findings:
        start = min(max(f.start, 0), size)
        spans.append((start, min(max(f.end, start), size)))
    opening: dict[int, list[int]] = defaultdict(list)
    for i, (start, _) in enumerate(spans):
        opening[start].append(i)
    for ids in opening.values():
        ids.sort(key=lambda i: (-spans[i][1], i))
    bounds = sorted({0, size, *(s for s, _ in spans), *(e for _, e in spans)})

    out: list[str] = []
    stack: list[int] = []
    done = 0
    for pos in bounds:
        out.append(_article_chunk(text[done:pos]))
        done = pos
        reopen: list[int] = []
        while any(spans[i][1] == pos for i in stack):
            i = stack.pop()
            out.append("</mark>")
            if spans[i][1] != pos:
                reopen.append(i)
        for i in reversed(reopen):
            out.append(_continuation(findings[i], i + 1))
            stack.append(i)
        for i in opening.get(pos, ()):
            out.append(_highlight(text, findings[i], i + 1))
            if spans[i][0] == spans[i][1]:
                out.append("</mark>")
            else:
                stack.append(i)
    return "".join(out)


def _article_chunk(chunk: str) -> str:
    # The newline itself stays in the text (pre-wrap shows it); the empty
    # block after it only adds air between paragraphs and holds no text.
    return _e(chunk).replace("\n", '\n<span class="gap" aria-hidden="true"></span>')


def _highlight(text: str, f: Finding, n: int) -> str:
    line, col = line_col(text, max(0, min(f.start, len(text))))
    hint = f"{f.rule} ({LABELS.get(f.severity, f.severity)}, {f.category}): {f.message}"
    if f.replacements:
        hint += " → " + " / ".join(_plain_replacement(r) for r in f.replacements)
    return (
        f'<mark class="hl sev-{_sev(f)}" id="h{n}" tabindex="0" data-n="{n}"'
        f' data-rule="{_e(f.rule)}" data-severity="{_e(f.severity)}"'
        f' data-start="{f.start}" data-end="{f.end}" data-line="{line}" data-col="{col}"'
        f' title="{_e(hint)}" aria-describedby="t{n}">'
    )


def _continuation(f: Finding, n: int) -> str:
    return f'<mark class="hl part sev-{_sev(f)}" data-part-of="h{n}">'


def _plain_replacement(r: str) -> str:
    return "(verwijderen)" if not r.strip() else r


def _replacements(f: Finding) -> str:
    if not f.replacements:
        return ""
    shown = " ".join(
        '<span class="repl">(verwijderen)</span>'
        if not r.strip()
        else f'<span class="repl">{_e(r)}</span>'
        for r in f.replacements
    )
    return shown + (' <span class="safe">✓ veilig</span>' if f.safe else "")


def _detail_rules(count: int) -> str:
    # One rule per finding: CSS cannot match a highlight to its detail by an
    # attribute value, only by naming both ids.
    if not count:
        return ""
    selectors = ",\n".join(
        f"body:has(#h{n}:hover) #t{n}, body:has(#h{n}:focus) #t{n}" for n in range(1, count + 1)
    )
    return f"{selectors} {{ display: block; }}\n"


def _tip(text: str, f: Finding, n: int) -> str:
    line, col = line_col(text, max(0, min(f.start, len(text))))
    fix = _replacements(f)
    return (
        f'<div class="tip sev-{_sev(f)}" id="t{n}" role="tooltip">'
        f'<p class="meta"><span class="badge sev-{_sev(f)}">{SYMBOLS[_sev(f)]} '
        f"{_e(LABELS.get(f.severity, f.severity))}</span> · <code>{_e(f.rule)}</code> · "
        f"{_e(f.category)} · regel {line}, kolom {col} · #{n}</p>"
        f'<p class="msg">{_e(f.message)}</p>'
        + (f'<p class="fix">Voorstel: {fix}</p>' if fix else "")
        + "</div>"
    )


def _findings_table(text: str, findings: list[Finding]) -> str:
    head = '<section class="findings" aria-labelledby="findings-title"><h2 id="findings-title">'
    if not findings:
        return head + 'Bevindingen</h2><p class="empty">Geen bevindingen.</p></section>'
    rows = []
    for n, f in enumerate(findings, 1):
        line, col = line_col(text, max(0, min(f.start, len(text))))
        rows.append(
            f'<tr id="f{n}"><td class="num"><a href="#h{n}">{n}</a></td>'
            f"<td>{line}:{col}</td>"
            f'<td><span class="badge sev-{_sev(f)}">{SYMBOLS[_sev(f)]} '
            f"{_e(LABELS.get(f.severity, f.severity))}</span></td>"
            f"<td><code>{_e(f.rule)}</code></td>"
            f"<td>{_e(f.category)}</td>"
            f'<td class="marked">{_e(text[f.start : f.end].strip() or f.text)}</td>'
            f"<td>{_e(f.message)}</td>"
            f"<td>{_replacements(f)}</td>"
            "</tr>"
        )
    return (
        head + f"Bevindingen ({len(findings)})</h2>"
        "<table><thead><tr><th>#</th><th>Plaats</th><th>Ernst</th><th>Code</th>"
        "<th>Categorie</th><th>Tekst</th><th>Melding</th><th>Voorstel</th></tr></thead>"
        "<tbody>" + "".join(rows) + "</tbody></table></section>"
    )


def _fact_sheet(sheet: dict) -> str:
    sections = _facts.sections(sheet, _person, _entity, _quote, _date, _number)
    body = "".join(f"<h3>{title}</h3>" + _items(items, fmt) for title, items, fmt in sections)
    return (
        # Focusable, so that the sheet's own scrollbar works from the keyboard.
        '<aside class="facts" id="facts" tabindex="0" aria-labelledby="facts-title">'
        f'<h2 id="facts-title">Feitenblad</h2>{body}</aside>'
    )


def _items(items: Iterable[dict], fmt: Callable[[dict], str]) -> str:
    shown = [f"<li>{fmt(item)}</li>" for item in items]
    if not shown:
        return '<p class="none">geen</p>'
    return "<ul>" + "".join(shown) + "</ul>"


def _mentions(item: dict) -> str:
    count = len(item.get("mentions") or [])
    return f' <span class="count">{count}×</span>' if count else ""


def _entity(item: dict) -> str:
    return f"<strong>{_e(item.get('name', ''))}</strong>{_mentions(item)}"


def _person(item: dict) -> str:
    about = [_e(r) for r in item.get("roles") or []]
    if item.get("affiliation"):
        about.append(_e(item["affiliation"]))
    sub = f'<span class="sub">{" · ".join(about)}</span>' if about else ""
    return _entity(item) + sub


def _quote(item: dict) -> str:
    indirect = item.get("kind") == "indirect"
    speaker = item.get("speaker")
    who = f"— {_e(speaker)}" if speaker else '<span class="flag">⚠ spreker onbekend</span>'
    shown = item.get("text", "").strip() if indirect else _facts.quoted(item.get("text", ""))
    return (
        f'<span class="quote">{_e(shown)}</span>'
        f'<span class="sub">{who} · {"indirecte rede" if indirect else "citaat"}</span>'
    )


DATE_KINDS = {"relative": "relatief", "absolute": "absoluut", "age": "leeftijd"}


def _date(item: dict) -> str:
    kind = item.get("kind")
    resolved = _facts.resolved_date(
        item, lambda day: f"<code>{_e(day)}</code>", '<span class="flag">⚠ datum onbekend</span>'
    )
    shown = f" · {_e(DATE_KINDS.get(kind, kind))}" if kind else ""
    return f"{_e(item.get('text', ''))}{resolved}{shown}"


def _number(item: dict) -> str:
    value = item.get("value")
    counts = item.get("counts")
    shown = f" → <code>{_e(value)}</code>" if value is not None else ""
    what = f' <span class="count">({_e(counts)})</span>' if counts else ""
    return f"{_e(item.get('text', ''))}{shown}{what}"
