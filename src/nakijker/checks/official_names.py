"""Official Dutch names of institutions, rebuilt by MT from their English names.

The English copy calls a Dutch body by an English description ("the Dutch
medicines evaluation board"); MT turns that into a Dutch-looking name of its
own ("de Nederlandse Geneesmiddelenbeoordelingsraad") that no Dutch reader
knows. The official names are data (``rules/official_names.yaml``); a name in
the text is a rebuilt one when it shares most word stems with an official
name without being it, or when it stands before the official abbreviation in
brackets with another wording.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from nakijker.bilingual.lexicon import fold
from nakijker.checks.base import Check, Example, Finding, register
from nakijker.checks.spelling import one_slip
from nakijker.config import Config
from nakijker.doc import Article, Token
from nakijker.lexicon.hunspell import default_speller
from nakijker.rules import load_yaml

# Lower-case words inside a name ("College ter Beoordeling van Geneesmiddelen").
_LINKERS = frozenset(
    {"van", "voor", "en", "ter", "der", "de", "het", "op", "in", "&", "-", "zonder"}
)
# Words MT adds to say whose body it is; they prove nothing either way.
_FILLERS = frozenset({"nederlandse", "nederlands", "nationale", "nationaal", "dutch", "de", "het"})
_OPENERS = frozenset({"de", "het", "een", "in", "op", "bij", "volgens", "van", "voor", "door"})


@dataclass(frozen=True)
class OfficialName:
    name: str
    abbr: str | None
    whole: str  # the name squeezed
    forms: frozenset[str]  # squeezed forms that are correct: the name and its variants
    stems: tuple[tuple[str, ...], ...]  # per content word: its stem and those of its renderings

    def written_right(self, squeezed: str) -> bool:
        """The name itself, a listed variant, or a part or extension of the name
        (given squeezed, see ``_squeeze``)."""
        return squeezed in self.forms or self.whole in squeezed or squeezed in self.whole


def _squeeze(text: str) -> str:
    """Folded, without spaces, hyphens or '&': 'Informatie- en' ~ 'informatieen'."""
    return re.sub(r"[\s\-&]", "", fold(text))


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s\-&]+", fold(text)) if len(w) >= 4 and w not in _LINKERS]


def _stem(word: str) -> str:
    """The part of a word its inflections and compounds keep (beoordeling → beoorde)."""
    return word[: max(5, len(word) - 2)]


def _word_stems(word: str) -> tuple[str, ...]:
    """The stems that show a word of an official name in a rebuilt one: its own;
    its Dutch renderings when it is English ("Cyber Security" → veiligheid);
    and, for a compound, its parts ("Havenbedrijf" → haven, bedrijf)."""
    from wordfreq import zipf_frequency

    from nakijker.bilingual.lexicon import dictionary

    stems = [_stem(word)]
    dutch = zipf_frequency(word, "nl")
    if zipf_frequency(word, "en") >= dutch + 1 and dutch < _DUTCH_WORD_ZIPF:
        stems += [_stem(fold(d)) for d in dictionary().dutch(word) if len(d) >= 5]
    stems += [_stem(p) for p in _compound_parts(word)]
    return tuple(dict.fromkeys(stems))


_DUTCH_WORD_ZIPF = 4.2  # "state" (4.3) is also Dutch (Raad van State); "security" (4.0) is not
_PART = 5  # shorter parts (open|baar, cultu|reel) would match too much


def _compound_parts(word: str) -> list[str]:
    """The two parts of a compound that hunspell knows apart (haven|bedrijf)."""
    speller = default_speller()
    for i in range(_PART, len(word) - _PART + 1):
        head, tail = word[:i], word[i:]
        if not speller.correct(tail):
            continue
        if speller.correct(head):
            return [head, tail]
        if head.endswith("s") and len(head) > _PART and speller.correct(head[:-1]):
            return [head[:-1], tail]
    return []


def _found(stems: tuple[str, ...], squeezed: str) -> bool:
    return any(stem in squeezed for stem in stems)


@cache
def official_names() -> tuple[OfficialName, ...]:
    data = load_yaml(
        files("nakijker.rules").joinpath("official_names.yaml").read_text(encoding="utf-8")
    )
    out = []
    for entry in data["names"]:
        name = entry["name"]
        forms = frozenset(_squeeze(f) for f in [name, *entry.get("also", [])])
        stems = tuple(_word_stems(w) for w in _words(name) if w not in _FILLERS)
        out.append(OfficialName(name, entry.get("abbr"), _squeeze(name), forms, stems))
    return tuple(out)


def _candidates(tokens: list[Token]) -> Iterator[tuple[int, int]]:
    """(first, last) of runs of capitalised words, with linking words inside them."""
    i = 0
    while i < len(tokens):
        if not _capitalised(tokens[i]) or (i == 0 and tokens[i].lower in _OPENERS):
            i += 1
            continue
        j = i
        while True:
            if j + 1 < len(tokens) and _capitalised(tokens[j + 1]):
                j += 1
            elif (k := _after_linkers(tokens, j + 1)) is not None:
                j = k
            else:
                break
        yield i, j
        i = j + 1


def _after_linkers(tokens: list[Token], k: int) -> int | None:
    """The capital after one or two linking words at k ("ter Beoordeling",
    "voor de Rechten"); an article alone links nothing ("de Europese Unie het
    Europese aandeel")."""
    n = k
    while n < len(tokens) and n - k < 2 and tokens[n].lower in _LINKERS:
        n += 1
    if n == k or tokens[k].lower in ("de", "het") or n >= len(tokens):
        return None
    return n if _capitalised(tokens[n]) else None


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and token.text[:1].isalpha()


@dataclass(frozen=True)
class Candidate:
    """A capitalised stretch of the text, in the forms the comparisons need."""

    text: str
    squeezed: str
    words: tuple[str, ...]

    @classmethod
    def of(cls, text: str) -> Candidate:
        return cls(text, _squeeze(text), tuple(_words(text)))


def _apart(candidate: Candidate, official: OfficialName) -> bool:
    """A one-word name written in parts: "Wereld Gezondheid Organisatie"."""
    if " " in official.name or " " not in candidate.text.strip():
        return False
    squeezed = candidate.squeezed
    return squeezed == official.whole or one_slip(squeezed, official.whole)


def _rebuilt(candidate: Candidate, official: OfficialName) -> bool:
    """Most of the official name's stems, and nothing else but fillers."""
    if _apart(candidate, official):
        return True
    if official.written_right(candidate.squeezed):
        return False
    squeezed, whole = candidate.squeezed, official.whole
    found = sum(_found(stems, squeezed) for stems in official.stems)
    if found < 2 or found * 3 < len(official.stems) * 2:
        return False
    # The name's most telling word must be there: "Centraal Planningsbureau"
    # shares centraal and bureau with the CBS, but not statistiek.
    if not _found(max(official.stems, key=lambda st: len(st[0])), squeezed):
        return False
    every = [stem for stems in official.stems for stem in stems]
    return all(
        w in _FILLERS or _stem(w) in whole or any(s in w for s in every) for w in candidate.words
    )


def _spelled_out(candidate: Candidate, official: OfficialName) -> bool:
    """Another wording before the official abbreviation, with a word in common."""
    if official.written_right(candidate.squeezed):
        return False
    ours = {w[:5] for w in candidate.words}
    return bool(ours & {w[:5] for w in _words(official.name)})


@register
class OfficialNameRebuilt(Check):
    code = "NM102"
    name = "official-name-rebuilt"
    category = "accuracy/named-entity"
    severity = "major"
    doc = """A Dutch institution under a name MT built from English: "de Nederlandse Geneesmiddelenbeoordelingsraad".

English copy describes Dutch bodies in English ("the Dutch medicines board",
"the Fiscal Information and Investigation Service (FIOD)"), and MT makes a
Dutch name of its own from those words. The official names are listed in
`rules/official_names.yaml` (College ter Beoordeling van Geneesmiddelen,
Fiscale Inlichtingen- en Opsporingsdienst …). Flagged: a capitalised name
that has most word stems of an official name and no other words but
"Nederlandse" and the like, or another wording, even one word, before the
official abbreviation in brackets, or a one-word official name written in
parts ("Wereld Gezondheid Organisatie"). An English word of an official name also
shows through its Dutch renderings (FreeDict: Cyber Security →
Cyberveiligheid), and a compound through its parts (Havenbedrijf → haven).
The official name is the replacement."""
    bad = (
        Example(
            "Vorige week keurde de [[Nederlandse Geneesmiddelenbeoordelingsraad]] het middel goed.",
            "College ter Beoordeling van Geneesmiddelen",
        ),
        Example(
            "Het onderzoek van de [[Fiscale Informatie- en Onderzoeksdienst]] (FIOD) duurde lang.",
            "Fiscale Inlichtingen- en Opsporingsdienst",
        ),
        Example(
            "Het werk werd gespeeld door het [[Koninklijke Concertgebouw Orkest]].",
            "Koninklijk Concertgebouworkest",
        ),
        Example(
            "Dat meldde de [[Geneesmiddelenevaluatieraad]] (CBG) dinsdag.",
            "College ter Beoordeling van Geneesmiddelen",
        ),
        Example(
            "Het [[Nationaal Cyberveiligheidscentrum]] waarschuwde bedrijven.",
            "Nationaal Cyber Security Centrum",
        ),
        Example(
            "De [[Wereld Gezondheid Organisatie]] waarschuwde voor een nieuwe golf.",
            "Wereldgezondheidsorganisatie",
        ),
    )
    good = (
        "Vorige week keurde het College ter Beoordeling van Geneesmiddelen het middel goed.",
        "Het onderzoek van de Fiscale Inlichtingen- en Opsporingsdienst (FIOD) duurde lang.",
        "Het werk werd gespeeld door het Koninklijk Concertgebouworkest.",
        "De Autoriteit Consument & Markt en de Autoriteit Financiële Markten werken samen.",
        "Het Internationaal Strafhof en het Internationaal Gerechtshof zetelen in Den Haag.",
        "Het Europees Hof voor de Rechten van de Mens deed uitspraak.",
        "Het Centraal Planningsbureau verwacht groei.",
        "Het Nationaal Cyber Security Centrum waarschuwde bedrijven.",
        "Woordvoerder Jansen (CBG) zei dat.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        names = official_names()
        by_abbr = {n.abbr: n for n in names if n.abbr}
        for sentence in article.sentences:
            tokens = sentence.tokens
            for first, last in _candidates(tokens):
                # A sentence's first word is capitalised anyway ("Havenwerkers in Rotterdam")
                capitals = sum(_capitalised(t) for t in tokens[max(first, 1) : last + 1])
                start, end = tokens[first].start, tokens[last].end
                candidate = Candidate.of(article.text[start:end])
                # One word will do before the abbreviation: "de Geneesmiddelenraad (CBG)"
                official = self._abbreviated(tokens, last, by_abbr, candidate)
                if official is None and capitals >= 2:
                    official = next((n for n in names if _rebuilt(candidate, n)), None)
                if official is None:
                    continue
                right = any(n.written_right(candidate.squeezed) for n in names)
                if right and not _apart(candidate, official):
                    continue
                yield self.finding(
                    article,
                    start,
                    end,
                    f"Dit is geen officiële naam; in het Nederlands heet dit '{official.name}'.",
                    [official.name],
                )

    @staticmethod
    def _abbreviated(
        tokens: list[Token], last: int, by_abbr: dict[str, OfficialName], candidate: Candidate
    ) -> OfficialName | None:
        after = [t.text for t in tokens[last + 1 : last + 4]]
        if len(after) < 3 or after[0] != "(" or after[2] != ")" or after[1] not in by_abbr:
            return None
        official = by_abbr[after[1]]
        return official if _spelled_out(candidate, official) else None
