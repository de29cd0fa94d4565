"""What a batch reads: a folder of articles, a JSON Lines file or a Parquet file.

Every input becomes a stream of ``Task`` in a fixed order, each with an id
that stays the same from one run to the next, since resuming a batch means
skipping the ids already in the results:

* a folder: every .txt/.text/.html/.htm file in it or in its subfolders
  (hidden ones skipped), in name order; the id is the path inside the folder
  ("2025/06/storm.txt"). The files are read by the workers.
* JSON Lines: one object per line, ``{"id", "text", "source"?, "published"?,
  "url"?, "site"?, "title"?}`` ("target" may stand for "text"), validated as
  ``nakijker check`` validates a .jsonl file.
* Parquet: the same fields as columns.

A record that cannot be used becomes a task that already carries its error,
so it ends up as an error row. When it has no usable id it is keyed by its
place ("line 12", "row 12"); a repeated id is keyed "ID (line 12)", so every
row of the results has its own key.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from nakijker.batch.rows import EnvironmentProblem, Task
from nakijker.formats.jsonl import _id, _unit
from nakijker.read import InputError

ARTICLE_SUFFIXES = {".txt", ".text", ".html", ".htm"}
FIELDS = (
    "id",
    "text",
    "target",
    "source",
    "published",
    "url",
    "site",
    "title",
    "source_lang",
    "target_lang",
)
_PARQUET_BATCH = 512


class BatchInput:
    """One batch input: how many records it holds and the tasks they become."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def count(self) -> int:
        raise NotImplementedError

    def records(self) -> Iterator[Task]:
        raise NotImplementedError

    def tasks(self) -> Iterator[Task]:
        """Every record as a task with a key of its own."""
        seen: dict[str, str] = {}
        for task in self.records():
            first = seen.get(task.id)
            if first is None:
                seen[task.id] = task.origin
                yield task
                continue
            yield Task(
                id=f"{task.id} ({task.origin})",
                origin=task.origin,
                error=f"id {task.id!r} is already used ({first})",
            )


class FolderInput(BatchInput):
    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self._files = sorted(
            p
            for p in path.rglob("*")
            if p.suffix.lower() in ARTICLE_SUFFIXES
            and p.is_file()
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )

    def count(self) -> int:
        return len(self._files)

    def records(self) -> Iterator[Task]:
        for file in self._files:
            key = file.relative_to(self.path).as_posix()
            yield Task(id=key, origin=key, path=str(file))


class JsonLinesInput(BatchInput):
    def count(self) -> int:
        with self.path.open("rb") as fh:
            return sum(1 for line in fh if line.strip())

    def records(self) -> Iterator[Task]:
        with self.path.open("rb") as fh:
            for number, raw in enumerate(fh, 1):
                if raw.strip():
                    yield _from_line(raw, f"line {number}")


class ParquetInput(BatchInput):
    def __init__(self, path: Path) -> None:
        super().__init__(path)
        names = set(self._file().schema_arrow.names)
        if "id" not in names or not names & {"text", "target"}:
            raise InputError(f"{path}: Parquet input needs an id and a text column")
        self._columns = [name for name in FIELDS if name in names]

    def _file(self):
        pq = _pyarrow_parquet()
        try:
            return pq.ParquetFile(self.path)
        except Exception as err:  # pyarrow raises several types for a bad file
            raise InputError(f"{self.path}: not a readable Parquet file ({err})") from None

    def count(self) -> int:
        return self._file().metadata.num_rows

    def records(self) -> Iterator[Task]:
        number = 0
        batches = self._file().iter_batches(batch_size=_PARQUET_BATCH, columns=self._columns)
        for batch in batches:
            for record in batch.to_pylist():
                number += 1
                yield _from_record(_plain(record), f"row {number}")


def open_input(path: str) -> BatchInput:
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file or folder")
    if p.is_dir():
        return FolderInput(p)
    suffix = p.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return JsonLinesInput(p)
    if suffix in (".parquet", ".pq"):
        return ParquetInput(p)
    raise InputError(f"{path}: expected a folder, a .jsonl or a .parquet file")


def _from_line(raw: bytes, origin: str) -> Task:
    try:
        item = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as err:
        return _broken(origin, f"not UTF-8 text (byte 0x{raw[err.start]:02x} at {err.start})")
    except json.JSONDecodeError as err:
        return _broken(origin, f"not JSON ({err.msg} at column {err.colno})")
    if not isinstance(item, dict):
        return _broken(origin, f"expected a JSON object, found {type(item).__name__}")
    return _from_record(item, origin)


def _from_record(item: dict, origin: str) -> Task:
    # The file reader's own validation, so that `batch` and `check` agree on
    # what a usable record is; the id first, to key the error row by it.
    try:
        key = _id(item, origin)
    except InputError as err:
        return _broken(origin, _strip(err, origin))
    try:
        unit = _unit(item, origin)
    except InputError as err:
        return Task(id=key, origin=origin, error=_strip(err, origin), **_extras(item))
    site = item.get("site") if isinstance(item.get("site"), str) else None
    return Task(
        id=key,
        origin=origin,
        text=unit.target,
        source=unit.source,
        published=unit.published,
        url=unit.url,
        site=site or None,
        title=unit.title,
    )


def _extras(item: dict) -> dict[str, str | None]:
    """Where an unusable record came from, so an error row still has its site."""
    return {k: item[k] if isinstance(item.get(k), str) else None for k in ("url", "site")}


def _broken(origin: str, reason: str) -> Task:
    return Task(id=origin, origin=origin, error=reason)


def _strip(err: InputError, origin: str) -> str:
    return str(err).removeprefix(f"{origin}: ")


def _plain(record: dict[str, Any]) -> dict[str, Any]:
    """A Parquet row as a JSON record would be: no nulls, dates as ISO text."""
    out = {}
    for key, value in record.items():
        if value is None:
            continue
        if isinstance(value, datetime | date):
            value = value.isoformat()
        out[key] = value
    return out


def _pyarrow_parquet():
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise EnvironmentProblem("Parquet needs pyarrow: pip install pyarrow") from None
    return pq
