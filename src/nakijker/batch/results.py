"""Where the rows go, written so that a batch killed at any moment can go on.

JSON Lines results are the journal itself: every finished row is appended as
one complete line in a single write and fsync'ed before the next one, by the
one process that writes (the batch's own, never a worker). A kill can only
leave a torn last line; on restart it is cut off, the ids of the complete
lines are read, and those articles are skipped. Rows are in the order they
finished, which differs from run to run; ``nakijker report`` sorts anyway.

Parquet cannot be appended to row by row, so ``out.parquet`` gets its journal
beside it, ``out.parquet.journal.jsonl``, written as above. When every
article is done the journal is converted into a temporary file that replaces
``out.parquet`` atomically, and only then is the journal removed. A journal
always wins over an existing Parquet file: it is a superset of it. To add to a
finished Parquet file, its rows are first copied into a new journal.

The results file (or the journal) is locked while a batch writes to it, so a
second batch on the same results stops with a message instead of writing
duplicates. The lock goes with the process, also when it is killed.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from nakijker.batch.rows import EnvironmentProblem
from nakijker.checks.base import CATEGORIES
from nakijker.read import InputError

JSONL_SUFFIXES = (".jsonl", ".ndjson")
PARQUET_SUFFIXES = (".parquet", ".pq")
JOURNAL_SUFFIX = ".journal.jsonl"
_ROW_GROUP = 1000


class Journal:
    """An append-only JSON Lines file of rows, one fsync'ed line per row."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def open(self) -> set[str]:
        """Lock the file, cut off a torn last line, and return the ids it holds."""
        existed = self.path.exists()
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
        except OSError as err:
            raise InputError(f"{self.path}: cannot write ({err.strerror})") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise InputError(f"{self.path}: another batch is writing these results") from None
        self._fd = fd
        if not existed:
            _fsync_folder(self.path)  # the new file's name must survive a crash too
        ids, good_end = _scan(self.path)
        if good_end < os.fstat(fd).st_size:
            os.ftruncate(fd, good_end)
            os.fsync(fd)
        return ids

    def append(self, row: dict) -> None:
        data = (json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8")
        view = memoryview(data)
        try:
            while view:  # a regular file may take a long line in more than one write
                view = view[os.write(self._fd, view) :]
            os.fsync(self._fd)
        except OSError as err:  # disk full: the rows written stay, a torn line is cut later
            raise EnvironmentProblem(f"{self.path}: cannot write ({err.strerror})") from None

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # also releases the lock
            self._fd = None


def _scan(path: Path) -> tuple[set[str], int]:
    """The ids of the rows and the offset where the last complete line ends.

    Only the very last line may be unfinished (no line feed: killed while
    writing it). Any other line that is not a result row means that this is
    not a results file, or a damaged one, and then nothing is touched.
    """
    ids: set[str] = set()
    good_end = 0
    with path.open("rb") as fh:
        for number, line in enumerate(fh, 1):
            if not line.endswith(b"\n"):
                break  # the torn end, cut off by the caller
            row = _row(line)
            if row is None:
                raise InputError(f"{path}:{number}: not a result row; remove that line to resume")
            ids.add(row["id"])
            good_end += len(line)
    return ids, good_end


def _row(line: bytes) -> dict | None:
    try:
        row = json.loads(line)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    if not isinstance(row, dict) or not isinstance(row.get("id"), str):
        return None
    return row if "error" in row and "findings" in row else None


def read_jsonl(path: Path) -> Iterator[dict]:
    """The complete rows of a results file or journal (a torn last line is left out)."""
    with path.open("rb") as fh:
        for line in fh:
            row = _row(line) if line.endswith(b"\n") else None
            if row is not None:
                yield row


class Results:
    """A results file being written by a batch."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def open(self) -> set[str]:
        raise NotImplementedError

    def append(self, row: dict) -> None:
        raise NotImplementedError

    def finish(self) -> None:
        """Make the results complete (called only when every article has a row)."""

    def close(self) -> None:
        raise NotImplementedError


class JsonLinesResults(Results):
    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.journal = Journal(path)

    def open(self) -> set[str]:
        return self.journal.open()

    def append(self, row: dict) -> None:
        self.journal.append(row)

    def close(self) -> None:
        self.journal.close()


class ParquetResults(Results):
    def __init__(self, path: Path) -> None:
        super().__init__(path)
        _pyarrow()  # fail before any work is done, not at the end
        self.journal = Journal(journal_path(path))
        self._seeded = self._added = False

    def open(self) -> set[str]:
        if not self.journal.path.exists() and self.path.exists():
            _seed_journal(self.journal.path, read_parquet(self.path))
            self._seeded = True
        return self.journal.open()

    def append(self, row: dict) -> None:
        self.journal.append(row)
        self._added = True

    def finish(self) -> None:
        if self._seeded and not self._added:
            # Nothing new: the Parquet file already holds every row of the journal.
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.journal.path)
            return
        write_parquet(self.path, read_jsonl(self.journal.path))
        os.unlink(self.journal.path)
        _fsync_folder(self.path)

    def close(self) -> None:
        self.journal.close()


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + JOURNAL_SUFFIX)


def open_results(path: str) -> Results:
    p = Path(path)
    suffix = p.suffix.lower()
    if p.is_dir():
        raise InputError(f"{path}: is a folder; --out names a .jsonl or .parquet file")
    if suffix in JSONL_SUFFIXES:
        return JsonLinesResults(p)
    if suffix in PARQUET_SUFFIXES:
        return ParquetResults(p)
    raise InputError(f"{path}: --out must end in .jsonl or .parquet")


def read_results(path: str) -> list[dict]:
    """Every row of a results file; an unfinished Parquet batch is read from its journal."""
    p = Path(path)
    if p.suffix.lower() in PARQUET_SUFFIXES:
        if journal_path(p).exists():
            return list(read_jsonl(journal_path(p)))
        if p.exists():
            return read_parquet(p)
    elif p.is_file():
        return list(read_jsonl(p))
    raise InputError(f"{path}: no such results file")


# ------------------------------------------------------------------ Parquet


def _pyarrow():
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise EnvironmentProblem("Parquet needs pyarrow: pip install pyarrow") from None
    return pa, pq


def parquet_schema():
    """Columns for every row key; facts, whose shape belongs to another module, as JSON text."""
    pa, _ = _pyarrow()
    text, whole = pa.string(), pa.int64()
    finding = pa.struct(
        [
            ("rule", text),
            ("start", whole),
            ("end", whole),
            ("text", text),
            ("category", text),
            ("severity", text),
            ("message", text),
            ("replacements", pa.list_(text)),
            ("safe", pa.bool_()),
            ("source_start", whole),
            ("source_end", whole),
        ]
    )
    score = pa.struct(
        [
            ("penalty", whole),
            ("per_1000_words", pa.float64()),
            ("quality", pa.float64()),
            ("threshold", pa.float64()),
            ("pass", pa.bool_()),
        ]
    )
    counts = pa.struct([(c, whole) for c in CATEGORIES])
    return pa.schema(
        [
            ("id", text),
            ("url", text),
            ("site", text),
            ("title", text),
            ("published", text),
            ("words", whole),
            ("score", score),
            ("counts", counts),
            ("findings", pa.list_(finding)),
            ("facts", text),
            ("error", text),
        ]
    )


def write_parquet(path: Path, rows: Iterable[dict]) -> None:
    """Write rows to ``path`` through a temporary file, so it is whole or untouched."""
    pa, pq = _pyarrow()
    schema = parquet_schema()
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        with pq.ParquetWriter(tmp, schema) as writer:
            for chunk in _chunks(rows, _ROW_GROUP):
                prepared = [_to_parquet(row) for row in chunk]
                writer.write_table(pa.Table.from_pylist(prepared, schema=schema))
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def read_parquet(path: Path) -> list[dict]:
    """Rows as they are in JSON Lines results."""
    _, pq = _pyarrow()
    try:
        table = pq.read_table(path)
    except Exception as err:  # pyarrow raises several types for a bad file
        raise InputError(f"{path}: not a readable Parquet file ({err})") from None
    return [_from_parquet(row) for row in table.to_pylist()]


def _to_parquet(row: dict) -> dict:
    facts = row.get("facts")
    return row | {"facts": None if facts is None else json.dumps(facts, ensure_ascii=False)}


def _from_parquet(row: dict) -> dict:
    row["facts"] = None if row.get("facts") is None else json.loads(row["facts"])
    for finding in row.get("findings") or []:
        for key in ("source_start", "source_end"):
            if finding.get(key) is None:
                finding.pop(key, None)
    return row


def _chunks(rows: Iterable[dict], size: int) -> Iterator[list[dict]]:
    chunk: list[dict] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _seed_journal(journal: Path, rows: list[dict]) -> None:
    """Copy a finished Parquet file's rows into a new journal, all or nothing."""
    tmp = journal.with_name(f".{journal.name}.tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, journal)
    _fsync_folder(journal)


def _fsync_folder(path: Path) -> None:
    """Make a rename or unlink in the folder itself durable."""
    fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
