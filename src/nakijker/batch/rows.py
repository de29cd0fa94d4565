"""One article in, one result row out: the unit of work every engine runs.

A row is a plain JSON object, the same whichever engine or worker made it::

    {"id", "url", "site", "title", "published",   # where the article came from
     "words", "score", "counts", "findings", "facts",
     "error"}                                      # null, or why it was not checked

``score`` is the score object of ``nakijker check --format json`` kept nested
(penalty, per_1000_words, quality, threshold, pass), so a row and a single
report read the same. ``counts`` has every MQM category as a key, zero when
nothing was found, so a table tool sees the same columns in every row.
``facts`` is the report's fact sheet when the pipeline makes one. An error
row has null for words, score, counts and facts, and an empty findings list.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from nakijker.checks.base import CATEGORIES
from nakijker.formats import Unit, read_units
from nakijker.pipeline import Desk, Report
from nakijker.read import InputError, decode, ensure_dutch, read_path

ROW_KEYS = (
    "id",
    "url",
    "site",
    "title",
    "published",
    "words",
    "score",
    "counts",
    "findings",
    "facts",
    "error",
)


class EnvironmentProblem(Exception):
    """Something outside the article stops the whole batch (Frog or hunspell gone)."""


@dataclass(frozen=True, slots=True)
class Task:
    """One article to check: a file to read, or a text that came inline."""

    id: str
    origin: str  # where it is in the input ("line 12", "a/b.txt"), for messages
    path: str | None = None
    text: str | None = None
    source: str | None = None  # the English original
    published: str | None = None
    url: str | None = None
    site: str | None = None
    title: str | None = None
    error: str | None = None  # already known to be unusable while reading the input


def site_of(url: str | None) -> str | None:
    """The host name of an article's address, without a leading www."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None


def _base(task: Task) -> dict:
    row = dict.fromkeys(ROW_KEYS)
    row |= {
        "id": task.id,
        "url": task.url,
        "site": task.site or site_of(task.url),
        "title": task.title,
        "published": task.published,
        "findings": [],
    }
    return row


def error_row(task: Task, reason: str) -> dict:
    return _base(task) | {"error": " ".join(reason.split())}


def report_row(task: Task, report: Report) -> dict:
    data = report.as_json()
    counts = dict.fromkeys(CATEGORIES, 0)
    for finding in data["findings"]:
        counts[finding["category"]] = counts.get(finding["category"], 0) + 1
    return _base(task) | {
        "words": data["words"],
        "score": data["score"],
        "counts": counts,
        "findings": data["findings"],
        "facts": data.get("facts"),
    }


def check_task(desk: Desk, task: Task) -> dict:
    """The row for one task; a bad article becomes an error row, never an exception.

    Frog or hunspell failing is not the article's fault: that is raised as
    EnvironmentProblem so that the batch stops and a rerun checks the article.
    """
    if task.error is not None:
        return error_row(task, task.error)
    try:
        task, text = _load(task, desk.config.max_bytes)
        ensure_dutch(text, task.id)
        report = desk.check(text, published=task.published, source=task.source)
    except InputError as err:
        return error_row(task, _reason(err, task))
    except Exception as err:
        if _is_environment(err):
            raise EnvironmentProblem(str(err)) from None
        # A check that trips over one odd article must not sink the batch.
        return error_row(task, f"internal error: {type(err).__name__}: {err}")
    return report_row(task, report)


def _load(task: Task, max_bytes: int) -> tuple[Task, str]:
    """The article text, and the task completed with what a page says about itself."""
    if task.path is None:
        # Re-encoding applies the same limits as for a file: size, NUL bytes;
        # a lone surrogate from a JSON escape shows up as "not UTF-8".
        data = (task.text or "").encode("utf-8", errors="surrogatepass")
        return task, decode(data, task.id, max_bytes)
    units = read_units(task.path, max_bytes)
    if units is None:
        return task, read_path(task.path, max_bytes)
    return _with_page(task, units[0]), units[0].target


def _with_page(task: Task, unit: Unit) -> Task:
    return replace(
        task,
        url=task.url or unit.url,
        title=task.title or unit.title,
        published=task.published or unit.published,
        source=task.source or unit.source,
    )


def _reason(err: InputError, task: Task) -> str:
    """The message without the name it starts with: the row already says which article."""
    message = str(err)
    for name in (task.id, task.path, task.origin):
        if name and message.startswith(f"{name}: "):
            return message[len(name) + 2 :]
    return message


def _is_environment(err: Exception) -> bool:
    from nakijker.lexicon.hunspell import SpellerUnavailable
    from nakijker.nlp.frog import FrogUnavailable

    return isinstance(err, FrogUnavailable | SpellerUnavailable)
