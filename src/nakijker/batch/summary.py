"""The numbers of a batch report, computed once for the text and the HTML page.

Everything is sorted with a tie-breaker on names and ids, so the same rows
give the same report whatever order a batch wrote them in.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from nakijker.batch.rows import site_of

TOP_RULES = 15
WORST = 10
TOP_SITES = 20
ERROR_EXAMPLES = 3
BIN_WIDTHS = (1, 2, 2.5, 5, 10)  # quality points per histogram band
MAX_BINS = 20


@dataclass
class Site:
    name: str
    articles: int = 0
    checked: int = 0
    passed: int = 0
    words: int = 0
    penalty: int = 0
    quality: list[float] = field(default_factory=list)
    rules: Counter[str] = field(default_factory=Counter)

    @property
    def mean_quality(self) -> float | None:
        return statistics.fmean(self.quality) if self.quality else None

    @property
    def per_1000(self) -> float | None:
        return 1000 * self.penalty / self.words if self.words else None


@dataclass
class Summary:
    articles: int = 0
    checked: int = 0
    passed: int = 0
    words: int = 0
    findings: int = 0
    quality: list[float] = field(default_factory=list)
    per_1000: list[float] = field(default_factory=list)
    rules: Counter[str] = field(default_factory=Counter)
    rule_articles: Counter[str] = field(default_factory=Counter)
    rule_category: dict[str, str] = field(default_factory=dict)
    categories: Counter[str] = field(default_factory=Counter)
    category_articles: Counter[str] = field(default_factory=Counter)
    severities: Counter[str] = field(default_factory=Counter)
    worst: list[dict] = field(default_factory=list)
    errors: dict[str, list[str]] = field(default_factory=dict)  # reason → ids
    sites: list[Site] = field(default_factory=list)

    @property
    def error_rows(self) -> int:
        return sum(len(ids) for ids in self.errors.values())

    def quantiles(self) -> dict[str, float]:
        """Penalty points per 1000 words: the spread over the checked articles."""
        values = sorted(self.per_1000)
        if not values:
            return {}
        points = {"min": 0.0, "p25": 0.25, "median": 0.5, "p75": 0.75, "p90": 0.9, "max": 1.0}
        return {name: round(percentile(values, p), 1) for name, p in points.items()}

    def histogram(self) -> list[tuple[str, int]]:
        """Articles per quality band, from the lowest decade with an article up to 100.

        Most articles score in the top few points (a pass is 95 or more at the
        default threshold), so the bands narrow to show that range in detail.
        """
        if not self.quality:
            return []
        start = min(int(min(self.quality) // 10) * 10, 90)
        width = next(w for w in BIN_WIDTHS if (100 - start) / w <= MAX_BINS)
        edges = [start + i * width for i in range(round((100 - start) / width))]
        counts = Counter(
            min(int((q - start) // width), len(edges) - 1) for q in self.quality if q >= start
        )
        return [(f"{low:g}–{low + width:g}", counts[i]) for i, low in enumerate(edges)]


def percentile(ordered: list[float], share: float) -> float:
    """Linear interpolation between the two nearest values of a sorted list."""
    place = (len(ordered) - 1) * share
    low = int(place)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (place - low)


def summarise(rows: Iterable[dict]) -> Summary:
    s = Summary()
    sites: dict[str, Site] = defaultdict(lambda: Site(""))
    checked_rows: list[dict] = []
    for row in rows:
        s.articles += 1
        site = _site(row)
        if site:
            sites[site].name = site
            sites[site].articles += 1
        if row.get("error") is not None:
            s.errors.setdefault(_reason_kind(row["error"]), []).append(row["id"])
            continue
        checked_rows.append(row)
        _add_checked(s, row)
        if site:
            _add_site(sites[site], row)
    s.worst = sorted(checked_rows, key=_badness)[:WORST]
    s.errors = {k: sorted(v) for k, v in sorted(s.errors.items(), key=lambda kv: -len(kv[1]))}
    s.sites = sorted(sites.values(), key=lambda x: (-x.articles, x.name))
    return s


def _add_checked(s: Summary, row: dict) -> None:
    score = row["score"]
    s.checked += 1
    s.passed += bool(score["pass"])
    s.words += row["words"] or 0
    s.findings += len(row["findings"])
    s.quality.append(score["quality"])
    s.per_1000.append(score["per_1000_words"])
    rules = Counter(f["rule"] for f in row["findings"])
    categories = Counter(f["category"] for f in row["findings"])
    s.rules.update(rules)
    s.rule_articles.update(rules.keys())
    s.categories.update(categories)
    s.category_articles.update(categories.keys())
    s.severities.update(f["severity"] for f in row["findings"])
    for f in row["findings"]:
        s.rule_category.setdefault(f["rule"], f["category"])


def _add_site(site: Site, row: dict) -> None:
    site.checked += 1
    site.passed += bool(row["score"]["pass"])
    site.words += row["words"] or 0
    site.penalty += row["score"]["penalty"]
    site.quality.append(row["score"]["quality"])
    site.rules.update(f["rule"] for f in row["findings"])


def _site(row: dict) -> str | None:
    return row.get("site") or site_of(row.get("url"))


def _badness(row: dict) -> tuple:
    score = row["score"]
    return (score["quality"], -score["per_1000_words"], -len(row["findings"]), row["id"])


def _reason_kind(reason: str) -> str:
    """Errors that differ only in a number or a quoted value count as one reason."""
    reason = re.sub(r"'[^']*'", "…", reason)  # a value from the input, quoted by repr
    return re.sub(r"(?<![\w-])(0x[0-9a-f]+|\d+)(?!\w)", "…", reason)


def top_rules(s: Summary, n: int = TOP_RULES) -> list[tuple[str, str, int, int]]:
    """(rule, category, findings, articles), most findings first."""
    ranked = sorted(s.rules.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
    return [(rule, s.rule_category[rule], count, s.rule_articles[rule]) for rule, count in ranked]


def top_categories(s: Summary) -> list[tuple[str, int, int]]:
    ranked = sorted(s.categories.items(), key=lambda kv: (-kv[1], kv[0]))
    return [(cat, count, s.category_articles[cat]) for cat, count in ranked]
