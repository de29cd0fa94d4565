"""A whole batch: read the input, skip what is done, check the rest, write rows."""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from nakijker.batch.engines import make_engine, run_tasks
from nakijker.batch.inputs import open_input
from nakijker.batch.progress import Progress
from nakijker.batch.results import open_results
from nakijker.batch.rows import Task
from nakijker.config import Config
from nakijker.read import InputError

ENGINES = ("local", "ray")


@dataclass
class BatchSummary:
    total: int  # records in the input
    skipped: int  # already in the results before this run
    checked: int  # rows written by this run
    errors: int  # of which error rows
    words: int
    seconds: float

    def line(self, out: str) -> str:
        if not self.checked:
            return f"nakijker batch: nothing to do, all {self.skipped} articles are in {out}"
        rate = f", {self.words / self.seconds:,.0f} words/s" if self.seconds > 0 else ""
        skipped = f", {self.skipped} already done" if self.skipped else ""
        return (
            f"nakijker batch: {self.checked} articles ({self.errors} errors), "
            f"{self.words:,} words in {self.seconds:.1f} s{rate}{skipped}; results in {out}"
        )


def run_batch(
    input_path: str,
    out_path: str,
    config: Config,
    *,
    workers: int = 1,
    engine: str = "local",
    address: str | None = None,
    progress: bool = True,
    stream: TextIO | None = None,
) -> BatchSummary:
    """Check every article of the input that has no row in the results yet."""
    _validate(workers, engine, address)
    if Path(input_path).resolve() == Path(out_path).resolve():
        raise InputError(f"{out_path}: the results would overwrite the input")
    source = open_input(input_path)
    results = open_results(out_path)
    bar: Progress | None = None
    try:
        done = results.open()
        total = source.count()
        skip = _Skip(done)
        pending = skip(source.tasks())
        first = next(pending, None)  # no worker (and no Frog) started for nothing
        bar = Progress(max(total - len(done), 0), stream or sys.stderr, enabled=progress)
        if first is not None:
            tasks = itertools.chain([first], pending)
            workers = min(workers, max(bar.total, 1))  # no Frog started for nothing
            _run(tasks, results, bar, config, workers, engine, address)
        results.finish()
    finally:
        if bar is not None:
            bar.close()  # a message that follows starts on a clean line
        results.close()
    return BatchSummary(total, skip.skipped, bar.done, bar.errors, bar.words, bar.elapsed())


class _Skip:
    """Drops the tasks that already have a row, counting them."""

    def __init__(self, done: set[str]) -> None:
        self.done = done
        self.skipped = 0

    def __call__(self, tasks: Iterable[Task]) -> Iterator[Task]:
        for task in tasks:
            if task.id in self.done:
                self.skipped += 1
            else:
                yield task


def _run(tasks, results, bar: Progress, config, workers, engine, address) -> None:
    bar.show_start(f"starting {workers} {engine} worker{'s' if workers > 1 else ''}")
    runner = make_engine(engine, config, workers, address)
    try:
        for row in run_tasks(runner, tasks):
            results.append(row)
            bar.advance(row)
    finally:
        runner.close()


def _validate(workers: int, engine: str, address: str | None) -> None:
    if workers < 1:
        raise InputError("--workers must be at least 1")
    if engine not in ENGINES:
        raise InputError(f"--engine must be one of {', '.join(ENGINES)}")
    if address and engine != "ray":
        raise InputError("--address goes with --engine ray")
