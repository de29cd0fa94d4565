"""A progress line on stderr: articles, words per second and the time left.

Rates are taken over the last half minute, not since the start, so the
seconds the workers need to start Frog do not weigh on the estimate for long.
On a terminal the line is redrawn in place a few times a second; into a file
or pipe a plain line is written now and then, so a log stays readable.
"""

from __future__ import annotations

import shutil
import sys
import time
from collections import deque
from typing import TextIO

WINDOW_S = 30.0
TTY_EVERY_S = 0.2
LOG_EVERY_S = 30.0


def clock(seconds: float) -> str:
    seconds = round(seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


class Progress:
    def __init__(self, total: int, stream: TextIO | None = None, enabled: bool = True) -> None:
        self.total = max(total, 0)
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.tty = enabled and self.stream.isatty()
        self.every = TTY_EVERY_S if self.tty else LOG_EVERY_S
        self.started = self._last_shown = time.monotonic()
        self.done = self.words = self.errors = 0
        self._recent: deque[tuple[float, int]] = deque()

    def advance(self, row: dict) -> None:
        now = time.monotonic()
        words = row.get("words") or 0
        self.done += 1
        self.words += words
        self.errors += row.get("error") is not None
        self._recent.append((now, words))
        while self._recent and self._recent[0][0] < now - WINDOW_S:
            self._recent.popleft()
        if self.enabled and now - self._last_shown >= self.every:
            self._show(self.line(now))
            self._last_shown = now

    def rates(self, now: float) -> tuple[float, float]:
        """Articles and words per second over the recent window."""
        since = max(self.started, now - WINDOW_S)
        span = max(now - since, 1e-6)
        return len(self._recent) / span, sum(w for _, w in self._recent) / span

    def line(self, now: float) -> str:
        per_s, words_per_s = self.rates(now)
        left = max(self.total - self.done, 0)
        eta = clock(left / per_s) if per_s > 0 else "?"
        share = self.done / self.total if self.total else 1.0
        counts = f"{self.done}/{self.total} articles {share:4.0%}"
        rates = f"{per_s:.2f} art/s, {words_per_s:,.0f} words/s, {eta} left"
        if not self.tty:
            return f"nakijker batch: {counts}, {rates}"
        width = max(10, min(30, shutil.get_terminal_size().columns - len(counts + rates) - 8))
        filled = int(width * share)
        return f"[{'#' * filled}{'.' * (width - filled)}] {counts} | {rates}"

    def show_start(self, what: str) -> None:
        """Say what happens before the first row: starting workers takes a while."""
        if self.enabled:
            self._show(f"nakijker batch: {self.total} articles to check; {what}…")

    def _show(self, text: str) -> None:
        if self.tty:
            self.stream.write("\r\x1b[K" + text)
        else:
            self.stream.write(text + "\n")
        self.stream.flush()

    def close(self) -> None:
        """Clear the live line; the caller prints the summary."""
        if self.tty:
            self.stream.write("\r\x1b[K")
            self.stream.flush()

    def elapsed(self) -> float:
        return time.monotonic() - self.started
