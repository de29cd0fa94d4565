"""A saved news page: the article text, its date, title and address.

trafilatura finds the article body in the page and drops menus, footers and
most related-links blocks; it works on the HTML it is given and fetches
nothing. Its text has one paragraph, heading or ``<br>``-separated line per
line, so furniture that stays inside the body ("Lees ook: …", "Advertentie")
stands on a line of its own, which is what the page-furniture check (BP401)
looks for. Findings index that extracted text, not the HTML.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import trafilatura

from nakijker.formats import Unit
from nakijker.read import MAX_BYTES, InputError, decode

# Only the page's own metadata counts as the publication date: a date guessed
# from the running text would anchor "dinsdag" to the wrong week.
DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}


def read(data: bytes, name: str = "input", max_bytes: int = MAX_BYTES) -> list[Unit]:
    html = decode(data, name, max_bytes)
    page = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,  # reader comments are not the article
        date_extraction_params=DATE_PARAMS,
    )
    text = _text(page.text if page is not None else None)
    if not text:
        raise InputError(f"{name}: no article text found in the HTML page")
    return [
        Unit(
            id=Path(name).name,
            target=text,
            published=_iso_date(page.date),
            url=page.url or None,
            title=page.title or None,
        )
    ]


def _text(extracted: str | None) -> str:
    """The extracted text without trailing blanks; lines are kept as they are."""
    return (extracted or "").rstrip()


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None
