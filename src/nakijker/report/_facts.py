"""What the HTML and Markdown fact sheets share: their sections and how facts read."""

from __future__ import annotations

from collections.abc import Callable

Show = Callable[[dict], str]


def sections(
    sheet: dict, person: Show, entity: Show, quote: Show, date: Show, number: Show
) -> list[tuple[str, list[dict], Show]]:
    """Each section of the sheet: its title, its items and how one item is shown."""
    return [
        ("Personen", sheet.get("people") or [], person),
        ("Organisaties", sheet.get("organisations") or [], entity),
        ("Plaatsen", sheet.get("places") or [], entity),
        ("Citaten", sheet.get("quotes") or [], quote),
        ("Data", sheet.get("dates") or [], date),
        ("Getallen", sheet.get("numbers") or [], number),
    ]


def quoted(text: str) -> str:
    # The fact sheet may hand over a direct quote with or without its marks.
    text = text.strip()
    return text if text[:1] in "“”‘’„\"'«»" else f"“{text}”"


def resolved_date(item: dict, day: Callable[[str], str], unknown: str) -> str:
    """The arrow and the day a date fact stands for, or ``unknown`` when it has none."""
    if item.get("date"):
        return f" → {day(item['date'])}"
    # An age names no day, so there is nothing to resolve.
    return "" if item.get("kind") == "age" else f" → {unknown}"
