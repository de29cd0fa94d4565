"""Is the given source usable: English, and of a length that fits the translation?

A Dutch news translation runs about 1.0–1.3 times the characters of its
English original. A source far off that ratio is another text, the whole
article for an excerpt, or an excerpt for the whole article: comparing it
sentence by sentence would report every unmatched sentence as an omission
or an addition.
"""

from __future__ import annotations

from nakijker.lexicon.language import confidences

_NAMES = {"en": "Engels", "nl": "Nederlands", "de": "Duits", "fr": "Frans"}
_WARN_RATIO = (0.6, 1.8)  # target/source characters: beyond this, a note
_BLOCK_RATIO = (0.4, 2.5)  # beyond this, the source is not used
_MIN_ENGLISH = 0.5


def length_ratio(source: str, target: str) -> float:
    return len(target.strip()) / max(len(source.strip()), 1)


def _other_language(source: str) -> str | None:
    """The language the source is in when that is not English, else None.

    A short source spreads the detector's confidence over related languages
    ("Well over 2,000 fans came." is 0.36 English, 0.26 Dutch): English as the
    best guess is English, however low its share."""
    found = confidences(source)
    if found.get("en", 0.0) >= _MIN_ENGLISH:
        return None
    best = max(found, key=found.get) if found else "?"
    return None if best == "en" else best


def _language_note(source: str) -> str | None:
    best = _other_language(source)
    if best is None:
        return None
    name = _NAMES.get(best, best)
    return (
        f"De brontekst lijkt geen Engels maar {name}; de vergelijking met de bron is overgeslagen."
    )


def _ratio_note(source: str, target: str) -> str | None:
    ratio = length_ratio(source, target)
    if _WARN_RATIO[0] <= ratio <= _WARN_RATIO[1]:
        return None
    blocked = not _BLOCK_RATIO[0] <= ratio <= _BLOCK_RATIO[1]
    what = "korter" if ratio > 1 else "langer"
    tail = (
        "de vergelijking met de bron is overgeslagen."
        if blocked
        else "weglatingen en toevoegingen zijn minder betrouwbaar."
    )
    return (
        f"De brontekst is veel {what} dan de vertaling "
        f"({len(source.strip())} tegen {len(target.strip())} tekens); {tail}"
    )


def validate_source(source: str, target: str) -> list[str]:
    """Notes (in Dutch, for the report) on problems with the English source."""
    if not source.strip():
        return ["De brontekst is leeg; de vergelijking met de bron is overgeslagen."]
    notes = [n for n in (_language_note(source), _ratio_note(source, target)) if n]
    return notes


def usable_source(source: str, target: str) -> bool:
    """False when the source should be dropped: empty, not English, or far off in length."""
    if not source.strip():
        return False
    if _other_language(source) is not None:
        return False
    return _BLOCK_RATIO[0] <= length_ratio(source, target) <= _BLOCK_RATIO[1]
