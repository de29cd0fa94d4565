"""The house style and the history of checks, kept in one SQLite file.

SQLite because it is embedded (nothing to install or run), one file to back
up, and safe for the few small writes a copy desk makes. The default file is
``$XDG_DATA_HOME/nakijker/nakijker.sqlite`` (``~/.local/share/...``): the
house style belongs to the user, not to whichever folder the server happens
to be started from. ``--db PATH`` names another file; ``:memory:`` keeps
nothing.

One connection is shared by all threads behind a lock: writes are tiny and
rare next to a check, and a single connection also works for ``:memory:``.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

SCHEMA_VERSION = 1
HISTORY_KEEP = 1000  # older rows are dropped: the history is a log, not an archive
_SCHEMA = """
CREATE TABLE IF NOT EXISTS glossary (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    forbidden TEXT NOT NULL,
    required TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    severity TEXT NOT NULL DEFAULT 'minor',
    safe INTEGER NOT NULL DEFAULT 0,
    key TEXT NOT NULL UNIQUE,
    created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS disabled_rules (code TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    checked_at TEXT NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    digest TEXT NOT NULL,
    words INTEGER NOT NULL,
    findings INTEGER NOT NULL,
    penalty INTEGER NOT NULL,
    per_1000_words REAL NOT NULL,
    quality REAL NOT NULL,
    passed INTEGER NOT NULL
);
"""


class DuplicateTerm(ValueError):
    """The glossary already has an entry for this forbidden wording."""


def default_db_path() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "nakijker" / "nakijker.sqlite"


@dataclass(frozen=True)
class Term:
    id: int
    forbidden: str
    required: str
    note: str = ""
    severity: str = "minor"
    safe: bool = False

    def as_json(self) -> dict:
        return asdict(self)


def term_key(forbidden: str) -> str:
    # "Putin" and "putin" are one entry: the rule matches case-insensitively.
    return " ".join(forbidden.casefold().split())


class Store:
    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        with self._lock:
            if self.path != ":memory:":
                self._db.execute("PRAGMA journal_mode=WAL")
            self._db.executescript(_SCHEMA)
            self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # -- glossary ----------------------------------------------------------

    def terms(self) -> list[Term]:
        with self._lock:
            rows = self._db.execute(
                "SELECT id, forbidden, required, note, severity, safe FROM glossary ORDER BY id"
            ).fetchall()
        return [Term(**{**dict(r), "safe": bool(r["safe"])}) for r in rows]

    def add_term(
        self,
        forbidden: str,
        required: str,
        note: str = "",
        severity: str = "minor",
        safe: bool = False,
    ) -> Term:
        created = datetime.now(UTC).isoformat(timespec="seconds")
        try:
            with self._lock:
                cur = self._db.execute(
                    "INSERT INTO glossary (forbidden, required, note, severity, safe, key, created)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (forbidden, required, note, severity, int(safe), term_key(forbidden), created),
                )
        except sqlite3.IntegrityError:
            raise DuplicateTerm(forbidden) from None
        return Term(int(cur.lastrowid or 0), forbidden, required, note, severity, bool(safe))

    def delete_term(self, term_id: int) -> bool:
        with self._lock:
            cur = self._db.execute("DELETE FROM glossary WHERE id = ?", (term_id,))
        return cur.rowcount > 0

    # -- disabled rules ----------------------------------------------------

    def disabled_rules(self) -> list[str]:
        with self._lock:
            rows = self._db.execute("SELECT code FROM disabled_rules ORDER BY code").fetchall()
        return [r["code"] for r in rows]

    def set_disabled_rules(self, codes: list[str]) -> list[str]:
        unique = sorted({c.strip().upper() for c in codes if c.strip()})
        with self._lock:
            self._db.execute("BEGIN")
            try:
                self._db.execute("DELETE FROM disabled_rules")
                self._db.executemany(
                    "INSERT INTO disabled_rules (code) VALUES (?)", [(c,) for c in unique]
                )
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
        return unique

    # -- history -----------------------------------------------------------

    def record(self, kind: str, text: str, report: dict) -> None:
        """One line of history for a checked article: what it was and how it scored."""
        score = report.get("score", {})
        row = (
            datetime.now(UTC).isoformat(timespec="seconds"),
            kind,
            title_of(text),
            hashlib.sha256(text.encode("utf-8")).hexdigest()[:16],
            int(report.get("words", 0)),
            len(report.get("findings", [])),
            int(score.get("penalty", 0)),
            float(score.get("per_1000_words", 0.0)),
            float(score.get("quality", 0.0)),
            int(bool(score.get("pass", False))),
        )
        with self._lock:
            self._db.execute(
                "INSERT INTO history (checked_at, kind, title, digest, words, findings, penalty,"
                " per_1000_words, quality, passed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row,
            )
            self._db.execute(
                "DELETE FROM history WHERE id <= (SELECT MAX(id) FROM history) - ?",
                (HISTORY_KEEP,),
            )

    def history(self, limit: int = 50) -> list[dict]:
        with self._lock:
            rows = self._db.execute(
                "SELECT id, checked_at, kind, title, digest, words, findings, penalty,"
                " per_1000_words, quality, passed FROM history ORDER BY id DESC LIMIT ?",
                (limit,),
            ).fetchall()
        return [{**dict(r), "passed": bool(r["passed"])} for r in rows]


def title_of(text: str, width: int = 80) -> str:
    """The first non-empty line, shortened: enough to recognise the article."""
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"
