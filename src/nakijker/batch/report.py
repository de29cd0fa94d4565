"""``nakijker report``: a batch's results summarised, as text or as one HTML page.

The page stands alone like the single-article report: plots are PNGs drawn
with matplotlib's Agg renderer and embedded as data: URIs, there is no script
and nothing is loaded from elsewhere; a Content-Security-Policy allows only
the page's own stylesheet (pinned by its hash) and data: images. Ids, sites
and error messages come from the input and are escaped everywhere.
"""

from __future__ import annotations

import base64
import hashlib
import io
from html import escape

from nakijker.batch.results import read_results
from nakijker.batch.rows import EnvironmentProblem
from nakijker.batch.summary import Site, Summary, summarise, top_categories, top_rules

SEVERITY_LABELS = (("critical", "kritiek"), ("major", "ernstig"), ("minor", "licht"))
QUANTILE_LABELS = {"median": "mediaan"}
_BAR = "█"


def render(path: str, fmt: str = "text") -> str:
    summary = summarise(read_results(path))
    return render_html(summary, path) if fmt == "html" else render_text(summary, path)


# ---------------------------------------------------------------------- text


def render_text(s: Summary, name: str) -> str:
    lines = [f"Batchrapport: {name}", *_overview(s)]
    if s.checked:
        lines += ["", "Kwaliteit (0–100), aantal artikelen", *_text_histogram(s)]
        lines.append("Strafpunten per 1000 woorden: " + _quantile_text(s))
        lines += ["", "Meest gevonden regels", *_text_rules(s)]
        lines += ["", "Categorieën", *_text_categories(s)]
        lines += ["", "Slechtste artikelen", *_text_worst(s)]
    if s.sites:
        lines += ["", "Per site", *_text_sites(s)]
    if s.errors:
        lines += ["", "Niet nagekeken", *_text_errors(s)]
    return "\n".join(lines) + "\n"


def _overview(s: Summary) -> list[str]:
    severities = ", ".join(f"{s.severities[k]} {label}" for k, label in SEVERITY_LABELS)
    share = f" ({s.passed / s.checked:.0%})" if s.checked else ""
    return [
        f"  {s.articles} artikelen: {s.checked} nagekeken, {s.error_rows} niet te lezen",
        f"  {s.words} woorden, {s.findings} bevindingen ({severities})",
        f"  publiceerbaar: {s.passed} van {s.checked}{share}",
    ]


def _text_histogram(s: Summary) -> list[str]:
    bins = s.histogram()
    most = max((count for _, count in bins), default=0) or 1
    return [f"  {label:>7}  {_BAR * round(30 * count / most):<30} {count}" for label, count in bins]


def _quantile_text(s: Summary) -> str:
    return " · ".join(f"{QUANTILE_LABELS.get(k, k)} {v:g}" for k, v in s.quantiles().items())


def _text_rules(s: Summary) -> list[str]:
    head = f"  {'regel':8} {'categorie':26} {'bevindingen':>11} {'artikelen':>9}"
    return [head] + [
        f"  {rule:8} {cat:26} {count:>11} {articles:>9}"
        for rule, cat, count, articles in top_rules(s)
    ]


def _text_categories(s: Summary) -> list[str]:
    head = f"  {'categorie':26} {'bevindingen':>11} {'artikelen':>9}"
    return [head] + [
        f"  {cat:26} {count:>11} {articles:>9}" for cat, count, articles in top_categories(s)
    ]


def _text_worst(s: Summary) -> list[str]:
    head = f"  {'kwaliteit':>9} {'per 1000':>8} {'woorden':>7}  artikel"
    return [head] + [
        f"  {r['score']['quality']:>9.1f} {r['score']['per_1000_words']:>8g} {r['words']:>7}"
        f"  {r['id']}{_where(r)}  {_main_rules(r)}"
        for r in s.worst
    ]


def _text_sites(s: Summary) -> list[str]:
    head = f"  {'site':30} {'artikelen':>9} {'geslaagd':>8} {'kwaliteit':>9} {'per 1000':>8}  regel"
    return [head] + [
        f"  {site.name[:30]:30} {site.articles:>9} {_site_pass(site):>8} "
        f"{_num(site.mean_quality):>9} {_num(site.per_1000):>8}  {_top_rule(site)}"
        for site in s.sites
    ]


def _text_errors(s: Summary) -> list[str]:
    return [f"  {len(ids)}× {reason}: {_examples(ids)}" for reason, ids in s.errors.items()]


def _where(row: dict) -> str:
    site = row.get("site")
    return f" ({site})" if site else ""


def _main_rules(row: dict, n: int = 3) -> str:
    counts: dict[str, int] = {}
    for f in row["findings"]:
        counts[f["rule"]] = counts.get(f["rule"], 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
    return ", ".join(f"{rule}×{count}" for rule, count in ranked)


def _site_pass(site: Site) -> str:
    return f"{site.passed}/{site.checked}"


def _top_rule(site: Site) -> str:
    if not site.rules:
        return ""
    rule, count = min(site.rules.items(), key=lambda kv: (-kv[1], kv[0]))
    return f"{rule}×{count}"


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def _examples(ids: list[str], n: int = 3) -> str:
    more = f", … (+{len(ids) - n})" if len(ids) > n else ""
    return ", ".join(ids[:n]) + more


# ---------------------------------------------------------------------- HTML

_CSS = """
body { margin: 0; background: #fdfdfb; color: #1b1b1f;
  font: 15px/1.5 system-ui, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif; }
main { max-width: 70rem; margin: 0 auto; padding: 1.5rem 1.5rem 4rem; }
h1 { font-size: 1.5rem; overflow-wrap: anywhere; }
h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #d9dbe1; }
table { border-collapse: collapse; margin: 0.5rem 0; font-variant-numeric: tabular-nums; }
th, td { padding: 0.2rem 0.7rem; border-bottom: 1px solid #eceef2; text-align: left;
  vertical-align: top; }
td.n, th.n { text-align: right; }
td.id { overflow-wrap: anywhere; max-width: 28rem; }
img { max-width: 100%; height: auto; display: block; margin: 0.5rem 0; }
.overview { font-size: 1.05rem; }
.muted { color: #5b5d66; }
"""


def render_html(s: Summary, name: str) -> str:
    sections = [_html_overview(s)]
    if s.checked:
        sections += [_html_scores(s), _html_rules(s), _html_categories(s), _html_worst(s)]
    if s.sites:
        sections.append(_html_sites(s))
    if s.errors:
        sections.append(_html_errors(s))
    digest = base64.b64encode(hashlib.sha256(_CSS.encode()).digest()).decode()
    policy = f"default-src 'none'; img-src data:; style-src 'sha256-{digest}'"
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="nl">',
            "<head>",
            '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{escape(policy)}">',
            '<meta name="referrer" content="no-referrer">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>Batchrapport: {escape(name)}</title>",
            f"<style>{_CSS}</style>",
            "</head>",
            "<body><main>",
            f"<h1>Batchrapport: {escape(name)}</h1>",
            *sections,
            "</main></body>",
            "</html>",
            "",
        ]
    )


def _html_overview(s: Summary) -> str:
    items = "".join(f"<li>{escape(line.strip())}</li>" for line in _overview(s))
    return f'<ul class="overview">{items}</ul>'


def _html_scores(s: Summary) -> str:
    bins = s.histogram()
    plot = _bar_chart(
        [label for label, _ in bins],
        [count for _, count in bins],
        "kwaliteit (0–100)",
        "artikelen",
        horizontal=False,
    )
    quantiles = _table(
        [QUANTILE_LABELS.get(k, k) for k in s.quantiles()],
        [[f"{v:g}" for v in s.quantiles().values()]],
        numeric=set(range(len(s.quantiles()))),
    )
    return (
        "<section><h2>Scores</h2>"
        + _img(plot, "Histogram van de kwaliteit per artikel")
        + "<p>Strafpunten per 1000 woorden over de nagekeken artikelen:</p>"
        + quantiles
        + "</section>"
    )


def _html_rules(s: Summary) -> str:
    ranked = top_rules(s)
    plot = _bar_chart([r for r, *_ in ranked], [c for _, _, c, _ in ranked], "bevindingen", "")
    table = _table(
        ["regel", "categorie", "bevindingen", "artikelen"],
        [[r, cat, str(c), str(a)] for r, cat, c, a in ranked],
        numeric={2, 3},
    )
    return f"<section><h2>Meest gevonden regels</h2>{_img(plot, 'Meest gevonden regels')}{table}</section>"


def _html_categories(s: Summary) -> str:
    ranked = top_categories(s)
    plot = _bar_chart([c for c, *_ in ranked], [n for _, n, _ in ranked], "bevindingen", "")
    table = _table(
        ["categorie", "bevindingen", "artikelen"],
        [[c, str(n), str(a)] for c, n, a in ranked],
        numeric={1, 2},
    )
    return (
        f"<section><h2>Categorieën</h2>{_img(plot, 'Bevindingen per categorie')}{table}</section>"
    )


def _html_worst(s: Summary) -> str:
    table = _table(
        ["artikel", "site", "kwaliteit", "per 1000", "woorden", "regels"],
        [
            [
                r["id"],
                r.get("site") or "",
                f"{r['score']['quality']:.1f}",
                f"{r['score']['per_1000_words']:g}",
                str(r["words"]),
                _main_rules(r),
            ]
            for r in s.worst
        ],
        numeric={2, 3, 4},
        first_is_id=True,
    )
    return f"<section><h2>Slechtste artikelen</h2>{table}</section>"


def _html_sites(s: Summary) -> str:
    shown = [site for site in s.sites if site.mean_quality is not None][:20]
    plot = ""
    if shown:
        chart = _bar_chart(
            [site.name for site in shown],
            [site.mean_quality or 0.0 for site in shown],
            "gemiddelde kwaliteit",
            "",
        )
        plot = _img(chart, "Gemiddelde kwaliteit per site")
    table = _table(
        ["site", "artikelen", "geslaagd", "kwaliteit", "per 1000", "meest gevonden regel"],
        [
            [
                site.name,
                str(site.articles),
                _site_pass(site),
                _num(site.mean_quality),
                _num(site.per_1000),
                _top_rule(site),
            ]
            for site in s.sites
        ],
        numeric={1, 2, 3, 4},
    )
    return f"<section><h2>Per site</h2>{plot}{table}</section>"


def _html_errors(s: Summary) -> str:
    table = _table(
        ["aantal", "reden", "bijvoorbeeld"],
        [[str(len(ids)), reason, _examples(ids)] for reason, ids in s.errors.items()],
        numeric={0},
    )
    return f"<section><h2>Niet nagekeken</h2>{table}</section>"


def _table(
    head: list[str], rows: list[list[str]], numeric: set[int], first_is_id: bool = False
) -> str:
    def cell(tag: str, i: int, text: str) -> str:
        cls = "n" if i in numeric else ("id" if first_is_id and i == 0 else "")
        attr = f' class="{cls}"' if cls else ""
        return f"<{tag}{attr}>{escape(text)}</{tag}>"

    top = "".join(cell("th", i, h) for i, h in enumerate(head))
    body = "".join(
        "<tr>" + "".join(cell("td", i, c) for i, c in enumerate(r)) + "</tr>" for r in rows
    )
    return f"<table><thead><tr>{top}</tr></thead><tbody>{body}</tbody></table>"


def _img(png: bytes, alt: str) -> str:
    data = base64.b64encode(png).decode("ascii")
    return f'<img src="data:image/png;base64,{data}" alt="{escape(alt)}">'


def _bar_chart(
    labels: list[str], values: list[float], xlabel: str, ylabel: str, horizontal: bool = True
) -> bytes:
    """A PNG bar chart, drawn without pyplot so that no GUI backend is involved."""
    try:
        from matplotlib.figure import Figure
    except ImportError:
        raise EnvironmentProblem(
            "the HTML report needs matplotlib: pip install matplotlib"
        ) from None
    height = max(2.5, 0.32 * len(labels) + 1) if horizontal else 3.2
    fig = Figure(figsize=(7.5, height), dpi=100, layout="constrained")
    ax = fig.subplots()
    if horizontal:
        positions = list(range(len(labels)))[::-1]  # the largest on top
        ax.barh(positions, values, color="#4f6bb3")
        ax.set_yticks(positions, labels)
        ax.set_xlabel(xlabel)
    else:
        ax.bar(range(len(labels)), values, color="#4f6bb3")
        ax.set_xticks(range(len(labels)), labels, rotation=0, fontsize=8)
        ax.set_xlabel(xlabel)
        ax.set_ylabel(ylabel)
    ax.spines[["top", "right"]].set_visible(False)
    buffer = io.BytesIO()
    # No date or software stamp: the same results give byte-identical pages.
    fig.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()
