"""JSON Lines: one unit per line, as newsroom pipelines and evaluation sets keep them.

Each non-blank line is an object with ``id`` and ``target`` (or ``text``),
and optionally ``source``, ``published`` (an ISO date or date-time), ``url``
and ``title``. Other keys are allowed and ignored; ``source_lang`` and
``target_lang``, when given, must say English and Dutch. Blank lines are
skipped. Findings index ``target`` exactly as it is in the file.
"""

from __future__ import annotations

import json
from datetime import date, datetime

from nakijker.formats import Unit, is_language
from nakijker.read import MAX_BYTES, InputError, decode

TARGET_KEYS = ("target", "text")


def read(data: bytes, name: str = "input", max_bytes: int = MAX_BYTES) -> list[Unit]:
    units: list[Unit] = []
    first_line: dict[str, int] = {}
    # Split on line feeds only: JSON strings may hold U+2028 and other
    # characters that str.splitlines() would also break at.
    for number, line in enumerate(decode(data, name, max_bytes).split("\n"), 1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        unit = _unit(_object(line, where), where)
        if unit.id in first_line:
            raise InputError(
                f"{where}: id {unit.id!r} is already used on line {first_line[unit.id]}"
            )
        first_line[unit.id] = number
        units.append(unit)
    if not units:
        raise InputError(f"{name}: no units (one JSON object per line expected)")
    return units


def _object(line: str, where: str) -> dict:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError(f"{where}: not JSON ({err.msg} at column {err.colno})") from None
    if not isinstance(item, dict):
        raise InputError(f"{where}: expected a JSON object, found {type(item).__name__}")
    return item


def _unit(item: dict, where: str) -> Unit:
    _check_languages(item, where)
    return Unit(
        id=_id(item, where),
        target=_target(item, where),
        source=_optional_text(item, "source", where),
        published=_published(item, where),
        url=_optional_text(item, "url", where),
        title=_optional_text(item, "title", where),
    )


def _id(item: dict, where: str) -> str:
    value = item.get("id")
    # An integer id is common in exports; a float or bool is a mistake.
    if isinstance(value, bool) or not isinstance(value, str | int) or str(value) == "":
        raise InputError(f'{where}: needs an "id" (a string or whole number)')
    return str(value)


def _target(item: dict, where: str) -> str:
    present = [key for key in TARGET_KEYS if key in item]
    if len(present) != 1:
        found = "both" if present else "neither"
        raise InputError(f'{where}: needs one of "target" or "text", found {found}')
    value = item[present[0]]
    if not isinstance(value, str):
        raise InputError(f'{where}: "{present[0]}" must be a string')
    if not value.strip():
        raise InputError(f'{where}: "{present[0]}" is empty, nothing to check')
    return value


def _optional_text(item: dict, key: str, where: str) -> str | None:
    value = item.get(key)
    if value is not None and not isinstance(value, str):
        raise InputError(f'{where}: "{key}" must be a string or null')
    return value or None


def _published(item: dict, where: str) -> str | None:
    value = _optional_text(item, "published", where)
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(value).date().isoformat()
    except ValueError:
        raise InputError(f'{where}: "published" {value!r} is not an ISO date') from None


def _check_languages(item: dict, where: str) -> None:
    for key, primary in (("source_lang", "en"), ("target_lang", "nl")):
        value = item.get(key)
        if value is not None and not (isinstance(value, str) and is_language(value, primary)):
            raise InputError(f"{where}: {key} is {value!r}, expected English→Dutch (en → nl)")
