"""Score the checker against gold annotations (../shared/eval/FORMAT.md).

A finding hits a gold error when their character spans overlap. Recall is
gold errors hit / gold errors; precision is findings that hit something /
findings (every finding on a ``clean`` item is a miss).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from nakijker.checks.base import CATEGORIES, Finding
from nakijker.read import InputError


@dataclass
class ItemResult:
    id: str
    kind: str
    words: int
    gold: list[dict]
    findings: list[Finding]
    hit_gold: list[bool] = field(default_factory=list)
    useful: list[bool] = field(default_factory=list)

    @property
    def misses(self) -> int:
        return self.hit_gold.count(False)


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def score_item(item: dict, findings: list[Finding], words: int) -> ItemResult:
    gold = item.get("errors", [])
    result = ItemResult(item["id"], item["kind"], words, gold, findings)
    result.hit_gold = [
        any(overlaps(f.start, f.end, g["start"], g["end"]) for f in findings) for g in gold
    ]
    result.useful = [
        any(overlaps(f.start, f.end, g["start"], g["end"]) for g in gold) for f in findings
    ]
    return result


def load_gold(path: str) -> list[dict]:
    items = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"{path}: cannot read gold file ({err})") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            item["id"], item["target"], item["kind"]
        except (json.JSONDecodeError, TypeError, KeyError) as err:
            raise InputError(f"{path}:{n}: not a gold item ({err})") from None
        items.append(item)
    if not items:
        raise InputError(f"{path}: no gold items")
    return items


def summarise(results: Iterable[ItemResult]) -> dict:
    results = list(results)
    gold_total = sum(len(r.gold) for r in results)
    hits = sum(sum(r.hit_gold) for r in results)
    n_findings = sum(len(r.findings) for r in results)
    useful = sum(sum(r.useful) for r in results)
    clean = [r for r in results if r.kind == "clean"]
    clean_words = sum(r.words for r in clean)
    clean_findings = sum(len(r.findings) for r in clean)
    recall = hits / gold_total if gold_total else 0.0
    precision = useful / n_findings if n_findings else 0.0
    f1 = 2 * recall * precision / (recall + precision) if recall + precision else 0.0
    per_category: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    agree = Counter()
    for r in results:
        for g, hit in zip(r.gold, r.hit_gold, strict=False):
            per_category[g["category"]][0] += hit
            per_category[g["category"]][1] += 1
            if hit:
                same = any(
                    f.category == g["category"] and overlaps(f.start, f.end, g["start"], g["end"])
                    for f in r.findings
                )
                agree[same] += 1
    by_rule_useful: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in results:
        for f, ok in zip(r.findings, r.useful, strict=False):
            by_rule_useful[f.rule][0] += ok
            by_rule_useful[f.rule][1] += 1
    return {
        "items": len(results),
        "gold_errors": gold_total,
        "hits": hits,
        "findings": n_findings,
        "recall": round(recall, 3),
        "precision": round(precision, 3),
        "f1": round(f1, 3),
        "clean_words": clean_words,
        "clean_findings": clean_findings,
        "false_alarms_per_1000_words": round(1000 * clean_findings / clean_words, 2)
        if clean_words
        else 0.0,
        "category_agreement": round(agree[True] / hits, 3) if hits else 0.0,
        "per_category": {
            c: {"hits": v[0], "gold": v[1], "recall": round(v[0] / v[1], 3)}
            for c in CATEGORIES
            if (v := per_category.get(c))
        },
        "per_rule": {
            k: {"useful": v[0], "findings": v[1]} for k, v in sorted(by_rule_useful.items())
        },
        "most_misses": [
            {"id": r.id, "misses": r.misses, "gold": len(r.gold)}
            for r in sorted(results, key=lambda r: -r.misses)[:5]
            if r.misses
        ],
        "clean_false_alarms": [
            {"id": r.id, "rule": f.rule, "text": f.text} for r in clean for f in r.findings
        ],
        # For whoever improves the rules: what was missed, and what hit nothing.
        "missed": [
            {"id": r.id, "text": g["text"], "category": g["category"], "note": g.get("note")}
            for r in results
            for g, hit in zip(r.gold, r.hit_gold, strict=False)
            if not hit
        ],
        "wrong_findings": [
            {"id": r.id, "rule": f.rule, "text": f.text}
            for r in results
            if r.kind != "clean"
            for f, ok in zip(r.findings, r.useful, strict=False)
            if not ok
        ],
    }


def evaluate(items: list[dict], check: Callable[[dict], tuple[list[Finding], int]]) -> dict:
    """Run ``check`` (item → findings, words) over the items and summarise."""
    return summarise(score_item(item, *check(item)) for item in items)


def render_text(summary: dict) -> str:
    lines = [
        f"items {summary['items']}, gold errors {summary['gold_errors']}, findings {summary['findings']}",
        f"recall {summary['recall']:.3f}  precision {summary['precision']:.3f}  F1 {summary['f1']:.3f}",
        f"false alarms per 1000 words on clean items: {summary['false_alarms_per_1000_words']:.2f} "
        f"({summary['clean_findings']} in {summary['clean_words']} words)",
        f"category agreement on hits: {summary['category_agreement']:.3f}",
        "",
        f"{'category':28} {'hits':>5} {'gold':>5} {'recall':>7}",
    ]
    for cat, v in summary["per_category"].items():
        lines.append(f"{cat:28} {v['hits']:>5} {v['gold']:>5} {v['recall']:>7.3f}")
    lines += ["", f"{'rule':8} {'useful':>6} {'findings':>8}"]
    for rule, v in summary["per_rule"].items():
        lines.append(f"{rule:8} {v['useful']:>6} {v['findings']:>8}")
    if summary["most_misses"]:
        lines += ["", "items with the most misses:"]
        lines += [
            f"  {m['id']}: {m['misses']} of {m['gold']} missed" for m in summary["most_misses"]
        ]
    if summary["clean_false_alarms"]:
        lines += ["", "false alarms on clean items:"]
        lines += [f"  {a['id']} {a['rule']}: {a['text']!r}" for a in summary["clean_false_alarms"]]
    return "\n".join(lines)
