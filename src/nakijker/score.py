"""An MQM-style quality score: penalty points per severity, per 1000 words."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from nakijker.checks.base import Finding

DEFAULT_PENALTIES = {"minor": 1, "major": 5, "critical": 25}
DEFAULT_THRESHOLD = 50.0  # penalty points per 1000 words an article may have and pass


@dataclass(frozen=True)
class Score:
    penalty: int  # total penalty points
    words: int
    per_1000: float  # penalty points per 1000 words
    threshold: float

    @property
    def passed(self) -> bool:
        return self.per_1000 <= self.threshold

    @property
    def quality(self) -> float:
        """100 for a clean article, down by one point per penalty point per 100 words."""
        return round(max(0.0, 100.0 - self.per_1000 / 10), 1)

    def as_json(self) -> dict:
        return {
            "penalty": self.penalty,
            "per_1000_words": self.per_1000,
            "quality": self.quality,
            "threshold": self.threshold,
            "pass": self.passed,
        }


def score(
    findings: Iterable[Finding],
    words: int,
    penalties: dict[str, int] | None = None,
    threshold: float = DEFAULT_THRESHOLD,
) -> Score:
    weights = {**DEFAULT_PENALTIES, **(penalties or {})}
    total = sum(weights[f.severity] for f in findings)
    per_1000 = round(1000 * total / words, 1) if words else float(total > 0) * 1000
    return Score(total, words, per_1000, threshold)
