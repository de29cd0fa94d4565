"""What the bilingual checks know about words: tables, a dictionary, word matching.

The tables are data (``bilingual/data/*.yaml``). The English–Dutch dictionary
is Debian's FreeDict in both directions (``dict-freedict-eng-nld`` and
``dict-freedict-nld-eng``) in dictd format: a gzip'ed text and an index of
``headword TAB offset TAB length`` with offset and length in dictd's base64
digits. Together they are still small (about 17,000 English and 22,000 Dutch
words), so the dictionary is evidence where it knows a word and silent where
it does not; without the packages every dictionary answer is "unknown".
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from pathlib import Path

from nakijker.rules import load_yaml

DICTD_FOLDER = Path("/usr/share/dictd")
DICTD_NAME = "freedict-eng-nld"
DICTD_REVERSE = "freedict-nld-eng"
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


@cache
def table(name: str) -> dict:
    """One data file of this package, parsed."""
    text = files("nakijker.bilingual").joinpath("data").joinpath(f"{name}.yaml").read_text("utf-8")
    return load_yaml(text)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without accents, "ĳ" as "ij": Oekraïne and Oekraine compare equal."""
    text = text.replace("ĳ", "ij").replace("Ĳ", "IJ").replace("’", "'")
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# ---------------------------------------------------------------------------
# The FreeDict dictionary


def dictd_number(digits: str) -> int:
    """Decode dictd's base64 number (most significant digit first)."""
    value = 0
    for ch in digits:
        value = value * 64 + _B64.index(ch)
    return value


def parse_index(lines: Iterable[str]) -> dict[str, list[tuple[int, int]]]:
    index: dict[str, list[tuple[int, int]]] = {}
    for line in lines:
        parts = line.rstrip("\n").split("\t")
        if len(parts) != 3 or parts[0].startswith("00database"):
            continue
        head, offset, length = parts
        index.setdefault(fold(head), []).append((dictd_number(offset), dictd_number(length)))
    return index


def parse_definition(entry: str) -> set[str]:
    """The Dutch words of one entry: every line after the headword, split on commas."""
    out: set[str] = set()
    for line in entry.splitlines()[1:]:
        line = re.sub(r"^\s*\d+\.\s*", "", line)
        line = re.sub(r"\([^)]*\)", "", line)
        for part in line.split(","):
            word = fold(part.strip().rstrip("‐-"))
            if word and not word.startswith("00"):
                out.add(word)
    return out


@dataclass(frozen=True)
class Dictionary:
    forward: dict[str, frozenset[str]]  # English headword → Dutch renderings
    backward: dict[str, frozenset[str]]  # Dutch word → English headwords

    def dutch(self, english: str) -> frozenset[str]:
        """Renderings of an English word, trying its base forms (strikes → strike)."""
        found: set[str] = set()
        for base in english_bases(fold(english)):
            found |= self.forward.get(base, frozenset())
        return frozenset(found)

    def suggestions(self, english: str, limit: int = 3) -> list[str]:
        """Replacements to offer for an English word, most used Dutch word first.

        Only the word's own entry when it has one: a stripped ending can
        land on another word ("evening" → "even" → "een paar vormend")."""
        from wordfreq import zipf_frequency

        word = fold(english)
        found = self.forward.get(word) or self.dutch(word)
        short = [d for d in found if len(d.split()) <= 2]
        return sorted(short, key=lambda d: (-zipf_frequency(d, "nl"), d))[:limit]

    def knows_dutch(self, word: str) -> bool:
        return any(b in self.backward for b in dutch_bases(fold(word)))

    def english(self, dutch: str) -> frozenset[str]:
        found: set[str] = set()
        for base in dutch_bases(fold(dutch)):
            found |= self.backward.get(base, frozenset())
        return frozenset(found)


def load_dictionary(folder: Path = DICTD_FOLDER, name: str = DICTD_NAME) -> Dictionary:
    """Read a dictd dictionary; an empty one when its files are missing or unreadable."""
    try:
        index_lines = (folder / f"{name}.index").read_text("utf-8").splitlines()
        data = gzip.decompress((folder / f"{name}.dict.dz").read_bytes())
    except (OSError, EOFError, UnicodeDecodeError, gzip.BadGzipFile):
        return Dictionary({}, {})
    forward: dict[str, frozenset[str]] = {}
    backward: dict[str, set[str]] = {}
    for head, places in parse_index(index_lines).items():
        renderings: set[str] = set()
        for offset, length in places:
            entry = data[offset : offset + length].decode("utf-8", errors="replace")
            renderings |= parse_definition(entry)
        forward[head] = frozenset(renderings)
        for dutch in renderings:
            backward.setdefault(dutch, set()).add(head)
    return Dictionary(forward, {k: frozenset(v) for k, v in backward.items()})


def merged(english_dutch: Dictionary, dutch_english: Dictionary) -> Dictionary:
    """One dictionary from both FreeDict directions: a Dutch–English entry
    (``dutch_english.forward``: Dutch word → English words) is read backwards,
    so each direction fills in the words the other lacks."""
    forward = {k: set(v) for k, v in english_dutch.forward.items()}
    backward = {k: set(v) for k, v in english_dutch.backward.items()}
    for dutch, meanings in dutch_english.forward.items():
        backward.setdefault(dutch, set()).update(meanings)
        for english in meanings:
            forward.setdefault(english, set()).add(dutch)
    return Dictionary(
        {k: frozenset(v) for k, v in forward.items()},
        {k: frozenset(v) for k, v in backward.items()},
    )


@cache
def dictionary() -> Dictionary:
    """The installed FreeDict dictionaries, English–Dutch (about 7,700
    headwords) and Dutch–English (about 22,700), read once on first use."""
    return merged(load_dictionary(), load_dictionary(name=DICTD_REVERSE))


def english_bases(word: str) -> list[str]:
    """The word and the base forms a regular English ending may hide."""
    bases = [word]
    for ending, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")):  # fmt: skip
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            bases.append(word[: -len(ending)] + repl)
    return bases


def dutch_bases(word: str) -> list[str]:
    bases = [word]
    for ending in ("en", "e", "s", "n", "t", "de", "te", "den", "ten"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            bases.append(word[: -len(ending)])
            bases.append(word[: -len(ending)] + "en")
    return bases


# ---------------------------------------------------------------------------
# Does a Dutch word render an English one?


def common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def cognate(english: str, dutch: str) -> bool:
    """Shared stem of at least four letters covering most of the shorter word."""
    en, nl = fold(english), fold(dutch)
    if len(en) < 4 or len(nl) < 4:
        return en == nl
    shared = common_prefix(en, nl)
    return shared >= 4 and shared >= 0.6 * min(len(en), len(nl))


def renders(english: str, dutch: str) -> bool:
    """The Dutch word (or compound) can stand for the English word."""
    en, nl = fold(english), fold(dutch)
    if en == nl or cognate(en, nl):
        return True
    for rendering in dictionary().dutch(en):
        stem = rendering.split()[0] if " " in rendering else rendering
        stem = re.sub(r"(en|e|n)$", "", stem) if len(stem) > 5 else stem
        if len(stem) < 3:
            continue
        if stem in _PARTICLES:
            # A particle starts countless words: "uit" (for) does not stand
            # for "uitverkochte", nor "aan" (on) for "aanval".
            if nl == stem:
                return True
        elif nl.startswith(stem) or (len(stem) >= 5 and _compound_part(stem, nl)):
            return True
    return False


# Dutch prepositions, particles and other short function words that FreeDict
# gives as renderings of English function words.
_PARTICLES = frozenset(
    ["uit", "aan", "mee", "toe", "bij", "tot", "van", "met", "per", "dat", "die", "wat", "wie",
     "hoe", "dan", "als", "een", "het", "der", "des", "ter", "ten", "voor", "over", "door",
     "naar", "onder", "tegen", "open", "weg", "neer", "terug", "mis", "heen", "zo", "nog"]
)  # fmt: skip


def part_of(english: str, compound: str) -> bool:
    """The English word is rendered inside a Dutch compound (Landregistratiekantoor)."""
    en, nl = fold(english), fold(compound)
    if len(en) >= 4 and any(
        cognate(en, nl[i:]) for i in range(len(nl) - 3) if i == 0 or nl[i - 1] in "s-" or i >= 3
    ):
        return True
    return renders(en, nl) or any(
        len(r) >= 4 and _compound_part(r, nl) for r in dictionary().dutch(en) if " " not in r
    )


_INFLECTIONS = frozenset(["", "e", "en", "s", "n", "es"])


def _compound_part(part: str, compound: str) -> bool:
    """The part ends the compound, takes an ending, or another part follows it:
    "staat" in Staatsraad, not "stand" in Tegenstanders (a suffix follows)."""
    for m in re.finditer(re.escape(part), compound):
        rest = compound[m.end() :]
        if rest in _INFLECTIONS or len(rest) >= 4:
            return True
    return False
