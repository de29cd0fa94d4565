"""Apply fixes: safe ones by default, the first replacement of others on request.

Fixes never overlap: where two findings overlap, the one that starts first
(the longer one on a tie) is applied and the other waits for the next round.
After each round the text is checked again, until no applicable fix is left
or a few rounds have passed (like ruff's fix loop).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from nakijker.checks.base import Finding
from nakijker.pipeline import Desk, Report

MAX_ROUNDS = 4


def applicable(findings: list[Finding], unsafe: bool = False) -> list[Finding]:
    return [f for f in findings if f.replacements and (f.safe or unsafe)]


def select(findings: list[Finding]) -> list[Finding]:
    """A set of non-overlapping findings, earliest (then longest) first."""
    chosen: list[Finding] = []
    end = -1
    for f in sorted(findings, key=lambda f: (f.start, -(f.end - f.start), f.rule)):
        if f.start >= end:
            chosen.append(f)
            end = max(f.end, f.start + (f.end == f.start))
    return chosen


def apply(text: str, findings: list[Finding]) -> str:
    """Replace each finding's span with its first replacement; spans must not overlap."""
    out, pos = [], 0
    for f in sorted(findings, key=lambda f: f.start):
        if f.start < pos:
            raise ValueError(f"overlapping fixes at {f.start}")
        out.append(text[pos : f.start])
        out.append(f.replacements[0])
        pos = f.end
    out.append(text[pos:])
    return "".join(out)


@dataclass
class FixResult:
    original: str
    text: str
    applied: list[Finding] = field(default_factory=list)
    report: Report | None = None  # the check of the fixed text
    rounds: int = 0

    def diff(self, name: str = "artikel") -> str:
        lines = difflib.unified_diff(
            self.original.splitlines(keepends=True),
            self.text.splitlines(keepends=True),
            fromfile=f"a/{name}",
            tofile=f"b/{name}",
        )
        return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def fix(desk: Desk, text: str, *, unsafe: bool = False, published: str | None = None) -> FixResult:
    result = FixResult(original=text, text=text)
    report = desk.check(text, published=published)
    while result.rounds < MAX_ROUNDS:
        todo = select(applicable(report.findings, unsafe))
        if not todo:
            break
        result.text = apply(result.text, todo)
        result.applied.extend(todo)
        result.rounds += 1
        report = desk.check(result.text, published=published)
    result.report = report
    return result
