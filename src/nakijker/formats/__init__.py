"""Files that hold more than one plain article: translation and newsroom formats.

Every format is read as a list of ``Unit``: one piece of Dutch text to check
(``target``), with its English original when the file has one. Findings keep
indexing ``Unit.target`` exactly as returned here, so a front end checks each
unit on its own and can write the findings back per unit id.

Supported by file suffix: XLIFF 1.2/2.x (.xlf, .xliff), TMX (.tmx), a saved
news page (.html, .htm) and JSON Lines (.jsonl). Any other suffix is not
handled here (``read_units`` returns None) and the caller reads plain text.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from nakijker.read import MAX_BYTES, InputError, read_bytes

if TYPE_CHECKING:
    from nakijker.checks.base import Finding

# Reader modules load on demand: trafilatura alone takes a good part of a
# second to import and an XLIFF file never needs it.
READERS = {
    ".xlf": "xliff",
    ".xliff": "xliff",
    ".tmx": "tmx",
    ".html": "html_page",
    ".htm": "html_page",
    ".jsonl": "jsonl",
}
NOTE_WRITERS = {"xliff", "tmx"}


@dataclass
class Unit:
    id: str
    target: str  # the Dutch text that is checked; findings index this string
    source: str | None = None  # the English original, when the file has it
    published: str | None = None  # ISO date (YYYY-MM-DD)
    url: str | None = None
    title: str | None = None  # the page title, for HTML pages


def format_of(path: str) -> str | None:
    """The reader module for a path, by suffix; None means plain text."""
    return READERS.get(Path(path).suffix.lower())


def is_language(code: str | None, primary: str) -> bool:
    """Whether a language tag (nl, nl-NL, nl_BE, NL) has the given primary language."""
    return bool(code) and re.split(r"[-_]", code.strip().lower(), maxsplit=1)[0] == primary


def read_units(path: str, max_bytes: int = MAX_BYTES) -> list[Unit] | None:
    """The units of a translation or newsroom file, or None for any other file."""
    kind = format_of(path)
    if kind is None:
        return None
    module = importlib.import_module(f"nakijker.formats.{kind}")
    return module.read(read_bytes(path, max_bytes), path, max_bytes)


def write_notes(
    original_path: str,
    out_path: str,
    findings_by_unit_id: dict[str, list[Finding]],
    max_bytes: int = MAX_BYTES,
) -> None:
    """Write a copy of an XLIFF or TMX file with the findings as notes per unit."""
    kind = format_of(original_path)
    if kind not in NOTE_WRITERS:
        raise InputError(f"{original_path}: notes can be written into XLIFF and TMX files only")
    from nakijker.formats._xml import write_copy  # _xml imports this package

    module = importlib.import_module(f"nakijker.formats.{kind}")
    data = read_bytes(original_path, max_bytes)
    annotated, _ = module.annotate(data, findings_by_unit_id, original_path, max_bytes)
    write_copy(original_path, out_path, annotated)
