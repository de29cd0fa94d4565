"""Noun genders from Frog's tagger lexicon, for the last part of a compound.

Frog tags a compound it has never seen with a guess; a Dutch compound takes
the gender of its last part, which the lexicon of Debian's frogdata knows
from its training corpus ("hoofdoogst" is a de-word because "oogst" is).
Each lexicon line reads "count word tag:count …".
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

FROG_LEXICON = Path("/usr/share/frog/nld/Frog.mbt.1.0.lex")
MIN_COUNT = 3  # seen a few times: one sighting may be a tagging slip
MIN_PART = 4  # "oogst"; shorter tails end too many unrelated words ("uur" in "muur")
MIN_HEAD = 3
DOMINANT = 0.9  # share of the noun readings that must be singular with this gender


@cache
def lexicon_genders(path: Path = FROG_LEXICON) -> dict[str, str]:
    """Singular common nouns whose every tag gives the same gender: 'onz' or 'zijd'."""
    genders: dict[str, str] = {}
    if not path.exists():
        return genders
    with path.open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            parts = line.split()
            if len(parts) < 3 or not parts[0].isdigit() or int(parts[0]) < MIN_COUNT:
                continue
            word = parts[1]
            if not (word.isalpha() and word.islower() and len(word) >= MIN_PART):
                continue
            gender = _dominant_gender(parts[2:])
            if gender:
                genders[word] = gender
    return genders


def _dominant_gender(tags: list[str]) -> str | None:
    """The gender of nearly all the word's noun readings: "depots" is a plural
    once tagged singular, "depot" has both genders."""
    counts: dict[str | None, int] = {}
    for item in tags:
        tag, _, count = item.rpartition(":")
        if tag.startswith("N(soort"):
            key = _gender(tag) if tag.startswith("N(soort,ev") else None
            counts[key] = counts.get(key, 0) + int(count or 0)
    total = sum(counts.values())
    best = max((g for g in counts if g), key=lambda g: counts[g], default=None)
    return best if best and counts[best] >= DOMINANT * total else None


def _gender(tag: str) -> str | None:
    return "onz" if ",onz," in tag else "zijd" if ",zijd," in tag else None


def head_gender(word: str, genders: dict[str, str] | None = None) -> str | None:
    """The gender of the longest known last part of a compound, or None."""
    known = lexicon_genders() if genders is None else genders
    for i in range(MIN_HEAD, len(word) - MIN_PART + 1):
        gender = known.get(word[i:])
        if gender:
            return gender
    return None
