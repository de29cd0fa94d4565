"""The user's termbase: required and forbidden Dutch renderings of English terms.

Two formats are read.

CSV, UTF-8, with a header row naming the columns ``source``, ``target`` and
(optionally) ``forbidden``::

    source,target,forbidden
    interest rate,rente,
    interest rate,tarief,yes
    Federal Reserve,Federal Reserve,
    ,verzorgende hoedanigheid,yes

A row says that ``target`` is a required rendering of the English ``source``
term; with ``forbidden`` set (yes, true, ja, x or 1) it says that ``target``
must not be used for it, and the required renderings of the same term are
offered as the fix. A forbidden row without a source term forbids the Dutch
text everywhere. Rows whose source starts with ``#`` are comments.

TBX (TBX-Basic and TBX v3): each ``termEntry`` (or ``conceptEntry``) holds
``langSet``/``langSec`` elements with ``xml:lang`` en… or nl…; their terms
(``tig``/``ntig``/``termSec`` with ``term``) are the English source terms and
the Dutch renderings. A Dutch term whose ``termNote type="administrativeStatus"``
is ``deprecatedTerm-admn-sts`` (or ``supersededTerm-admn-sts``) is forbidden.
The XML is parsed with defusedxml: a file that declares entities is refused,
so that no external entity is ever resolved.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_YES = {"yes", "y", "true", "ja", "j", "x", "1", "forbidden", "verboden"}
_NO = {"", "no", "n", "false", "nee", "0"}
_DEPRECATED = {"deprecatedterm-admn-sts", "supersededterm-admn-sts"}
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


class TermbaseError(ValueError):
    """A termbase file that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class Term:
    source: str  # the English term; "" for a rendering forbidden everywhere
    required: tuple[str, ...] = ()
    forbidden: tuple[str, ...] = ()


@dataclass(frozen=True)
class Termbase:
    terms: tuple[Term, ...]
    path: str = ""

    def __len__(self) -> int:
        return len(self.terms)


def load_termbase(path: str | Path) -> Termbase:
    """Read a CSV or TBX termbase; raises TermbaseError with a one-line reason."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise TermbaseError(f"{path}: cannot read termbase ({err.strerror or err})") from None
    if path.suffix.lower() in (".tbx", ".xml") or data.lstrip()[:1] == b"<":
        rows = _tbx_rows(data, str(path))
    else:
        rows = _csv_rows(data, str(path))
    return Termbase(_group(rows), str(path))


@lru_cache(maxsize=8)
def cached_termbase(path: str, mtime_ns: int, size: int) -> Termbase:
    """load_termbase for a file version; the key changes when the file does."""
    return load_termbase(path)


def termbase_for(path: str | Path) -> Termbase:
    stat = Path(path).stat() if Path(path).exists() else None
    if stat is None:
        raise TermbaseError(f"{path}: termbase not found")
    return cached_termbase(str(path), stat.st_mtime_ns, stat.st_size)


# ---------------------------------------------------------------------------
# CSV


def _csv_rows(data: bytes, where: str) -> list[tuple[str, str, bool]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TermbaseError(f"{where}: a CSV termbase must be UTF-8") from None
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip().lower() for h in reader.fieldnames or []]
    if "source" not in header or "target" not in header:
        raise TermbaseError(f"{where}: the header must name the columns source,target[,forbidden]")
    rows = []
    for line, raw in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
        source, target, flag = (
            row.get("source", ""),
            row.get("target", ""),
            row.get("forbidden", ""),
        )
        if source.startswith("#") or not (source or target):
            continue
        rows.append(_row(source, target, flag, f"{where}:{line}"))
    return rows


def _row(source: str, target: str, flag: str, where: str) -> tuple[str, str, bool]:
    if flag.lower() not in _YES | _NO:
        raise TermbaseError(f"{where}: 'forbidden' must be yes or empty, not {flag!r}")
    forbidden = flag.lower() in _YES
    if not target:
        raise TermbaseError(f"{where}: a row needs a target term")
    if not source and not forbidden:
        raise TermbaseError(f"{where}: a required rendering needs its source term")
    return source, target, forbidden


# ---------------------------------------------------------------------------
# TBX


def _tbx_rows(data: bytes, where: str) -> list[tuple[str, str, bool]]:
    root = _parse_xml(data, where)
    rows: list[tuple[str, str, bool]] = []
    for entry in root.iter():
        if _local(entry.tag) in ("termEntry", "conceptEntry"):
            rows.extend(_entry_rows(entry))
    if not rows:
        raise TermbaseError(f"{where}: no termEntry with English and Dutch terms found")
    return rows


def _parse_xml(data: bytes, where: str):
    try:
        from defusedxml import DefusedXmlException
        from defusedxml.ElementTree import ParseError, fromstring
    except ImportError:  # pragma: no cover - a declared dependency
        raise TermbaseError(f"{where}: reading TBX needs the defusedxml package") from None
    try:
        return fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as err:
        raise TermbaseError(
            f"{where}: the TBX file declares an entity or external reference "
            f"({type(err).__name__}); such files are refused, nothing was resolved"
        ) from None
    except ParseError as err:
        raise TermbaseError(f"{where}: not well-formed XML ({err})") from None


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1]


def _entry_rows(entry) -> list[tuple[str, str, bool]]:
    english: list[str] = []
    dutch: list[tuple[str, bool]] = []
    for lang_set in entry:
        if _local(lang_set.tag) not in ("langSet", "langSec"):
            continue
        lang = (lang_set.get(_XML_LANG) or lang_set.get("lang") or "").lower()
        for term, deprecated in _terms(lang_set):
            if lang.startswith("en") and not deprecated:
                english.append(term)
            elif lang.startswith("nl"):
                dutch.append((term, deprecated))
    if not english:
        # A forbidden Dutch term without an English one is forbidden everywhere.
        return [("", term, True) for term, deprecated in dutch if deprecated]
    return [(source, term, deprecated) for source in english for term, deprecated in dutch]


def _terms(lang_set) -> Iterable[tuple[str, bool]]:
    for holder in lang_set.iter():
        if _local(holder.tag) not in ("tig", "ntig", "termSec"):
            continue
        term = next((e for e in holder.iter() if _local(e.tag) == "term"), None)
        if term is None:
            continue
        text = " ".join("".join(term.itertext()).split())
        status = {
            " ".join("".join(note.itertext()).split()).lower()
            for note in holder.iter()
            if _local(note.tag) == "termNote" and note.get("type") == "administrativeStatus"
        }
        if text:
            yield text, bool(status & _DEPRECATED)


# ---------------------------------------------------------------------------


def _group(rows: list[tuple[str, str, bool]]) -> tuple[Term, ...]:
    order: list[str] = []
    required: dict[str, list[str]] = {}
    forbidden: dict[str, list[str]] = {}
    spelling: dict[str, str] = {}
    for source, target, is_forbidden in rows:
        key = " ".join(source.split()).casefold()
        if key not in spelling:
            spelling[key] = " ".join(source.split())
            order.append(key)
        bucket = forbidden if is_forbidden else required
        if target not in bucket.setdefault(key, []):
            bucket[key].append(target)
    return tuple(
        Term(spelling[k], tuple(required.get(k, [])), tuple(forbidden.get(k, []))) for k in order
    )


def source_pattern(term: str) -> re.Pattern[str]:
    """An English term with a plural or possessive ending, spaces flexible."""
    body = r"\s+".join(re.escape(w) for w in term.split())
    return re.compile(rf"(?<![\w-]){body}(?:s|es|['’]s)?(?![\w-])", re.IGNORECASE)


def dutch_pattern(term: str, *, compounds: bool) -> re.Pattern[str]:
    """A Dutch term with an inflection ending; with ``compounds`` also inside a compound."""
    body = r"\s+".join(re.escape(w) for w in term.split())
    if compounds:
        return re.compile(rf"{body}", re.IGNORECASE)
    return re.compile(rf"(?<![\w-]){body}(?:e|en|n|s|es|['’]s)?(?![\w-])", re.IGNORECASE)
