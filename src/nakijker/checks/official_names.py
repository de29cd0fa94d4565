"""Official Dutch names of institutions, rebuilt by MT from their English names.

The English copy calls a Dutch body by an English description ("the Dutch
medicines evaluation board") or by its English name ("the Netherlands
Gambling Authority"); MT turns that into a Dutch-looking name of its own ("de
Nederlandse Geneesmiddelenbeoordelingsraad", "de Nederlandse Gokautoriteit")
that no Dutch reader knows. The official names, their English names and the
Dutch words MT renders English words with are data
(``rules/official_names.yaml``). A name in the text is a rebuilt one when it
shares most word stems with an official name without being it, when it
stands before the official abbreviation in brackets with another wording, or
when it renders the English name of a body word for word and is no official
name itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from itertools import pairwise

from nakijker.bilingual.lexicon import common_prefix, dictionary, english_bases, fold, table
from nakijker.checks.base import Check, Example, Finding, register
from nakijker.checks.grammar import listed_het_word
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
_FILLERS = frozenset(
    {"nederlandse", "nederlands", "nederland", "nationale", "nationaal", "dutch", "de", "het"}
)
_OPENERS = frozenset({"de", "het", "een", "in", "op", "bij", "volgens", "van", "voor", "door"})


@dataclass(frozen=True)
class OfficialName:
    name: str
    abbr: str | None
    whole: str  # the name squeezed
    forms: frozenset[str]  # squeezed forms that are correct: the name and its variants
    stems: tuple[tuple[str, ...], ...]  # per content word: its stem and those of its renderings
    rare: tuple[int, ...] = ()  # content words (index in stems) rare in Dutch ("hippische")
    own: tuple[tuple[str, ...], ...] = ()  # per content word: stems without compound parts
    land: str = "nl"  # nl, be or int
    article: str = "de"  # "de", "het" or "" (none: "Gedeputeerde Staten")
    english: tuple[str, ...] = ()
    texts: tuple[str, ...] = ()  # the name and its listed forms as written

    def written_right(self, squeezed: str) -> bool:
        """The name itself, a listed variant or a part of one, or an extension
        of the name (given squeezed, see ``_squeeze``)."""
        return (
            self.whole in squeezed
            or squeezed in self.whole
            or any(squeezed in form for form in self.forms)
        )


def _squeeze(text: str) -> str:
    """Folded, without spaces, hyphens, commas or '&': 'Informatie- en' ~ 'informatieen'."""
    return re.sub(r"[\s\-&,]", "", fold(text))


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s\-&]+", fold(text)) if len(w) >= 4 and w not in _LINKERS]


def _stem(word: str) -> str:
    """The part of a word its inflections and compounds keep (beoordeling → beoorde)."""
    return word[: max(5, len(word) - 2)]


def _word_stems(word: str, parts: bool = True) -> tuple[str, ...]:
    """The stems that show a word of an official name in a rebuilt one: its own;
    its Dutch renderings when it is English ("Cyber Security" → veiligheid);
    and, for a compound, its parts ("Havenbedrijf" → haven, bedrijf)."""
    from wordfreq import zipf_frequency

    from nakijker.bilingual.lexicon import dictionary

    stems = [_stem(word)]
    dutch = zipf_frequency(word, "nl")
    if zipf_frequency(word, "en") >= dutch + 1 and dutch < _DUTCH_WORD_ZIPF:
        stems += [_stem(fold(d)) for d in dictionary().dutch(word) if len(d) >= 5]
    if parts:
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
def _data() -> dict:
    text = files("nakijker.rules").joinpath("official_names.yaml").read_text(encoding="utf-8")
    return load_yaml(text)


@cache
def official_names() -> tuple[OfficialName, ...]:
    out = []
    for entry in _data()["names"]:
        name = entry["name"]
        forms = frozenset(_squeeze(f) for f in [name, *entry.get("also", [])])
        content = [w for w in _words(name) if w not in _FILLERS]
        stems = tuple(_word_stems(w) for w in content)
        official = OfficialName(
            name,
            entry.get("abbr"),
            _squeeze(name),
            forms,
            stems,
            rare=_rare(content),
            own=tuple(_word_stems(w, parts=False) for w in content),
            land=entry.get("land", "nl"),
            article=_article(name, entry.get("article")),
            english=tuple(entry.get("english", ())),
            texts=(name, *entry.get("also", [])),
        )
        out.append(official)
    return tuple(out)


_RARE = 3.0  # Zipf: a word of a name this rare tells which body it is


def _rare(words: list[str]) -> tuple[int, ...]:
    from wordfreq import zipf_frequency

    return tuple(i for i, w in enumerate(words) if zipf_frequency(w, "nl") < _RARE)


_ADJECTIVE = re.compile(r"(isch|lijk|aal|eel|ief|baar|ands|aams|ees|air|een|iek|ig|ch)$")


def _article(name: str, given: str | None) -> str:
    """The article a name takes: "het" before a het-word ("het Fonds
    Podiumkunsten") or after an adjective without -e ("het Nationaal Archief"),
    otherwise "de". A name whose head comes later ("het Prins Bernhard
    Cultuurfonds") says so in the data."""
    if given is not None:
        return "" if given == "none" else given
    words = name.split()
    first = fold(words[0])
    if first in _ARTICLES:
        return ""
    if listed_het_word(first.split("-")[0]):
        return "het"
    if len(words) > 1 and words[0][:1].isupper():
        if _ADJECTIVE.search(first):
            return "het"
        if first.endswith("e"):
            return "de"
    return "de"


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
    short: tuple[str, ...] = ()  # words of two or three letters ("VVD", "Jan")
    bare: str = ""  # squeezed without a place after "in" ("Erasmus Universiteit in Rotterdam")
    lead: str = ""  # squeezed without a country adjective before it ("Nederlandse")

    @classmethod
    def of(cls, text: str) -> Candidate:
        parts = re.split(r"[\s\-&]+", fold(text))
        short = tuple(w for w in parts if 2 <= len(w) < 4 and w not in _LINKERS)
        bare = re.sub(r"\s+(in|te)\s+\S+(\s+\S+)?$", "", text)
        lead = re.sub(r"^(Nederlandse|Nederlands|Belgische|Belgisch|Vlaamse|Vlaams)\s+", "", text)
        return cls(text, _squeeze(text), tuple(_words(text)), short, _squeeze(bare), _squeeze(lead))

    def written_right(self, official: OfficialName) -> bool:
        """The official name or a form of it, also with a place after it or
        its country before it ("de Nederlandse Vrije Universiteit")."""
        if official.written_right(self.squeezed) or official.written_right(self.bare):
            return True
        return self.lead in official.forms or official.whole in self.lead


@dataclass(frozen=True)
class Written:
    """Every official name and form at once, to ask whether a stretch is one."""

    forms: frozenset[str]
    joined: str  # the squeezed forms, one a line: a part of one is a substring
    wholes: re.Pattern[str]  # the squeezed names: an extension of one contains one
    belgian: frozenset[str] = frozenset()  # forms of Belgian bodies only

    def right(self, squeezed: str) -> bool:
        return bool(squeezed) and (squeezed in self.joined or bool(self.wholes.search(squeezed)))

    def candidate(self, candidate: Candidate) -> bool:
        """``Candidate.written_right`` for some official name."""
        lead = candidate.lead
        if candidate.text.startswith("Nederlands") and lead in self.belgian:
            return False  # "de Nederlandse Gegevensbeschermingsautoriteit" is no Belgian body
        return (
            self.right(candidate.squeezed)
            or self.right(candidate.bare)
            or lead in self.forms
            or bool(self.wholes.search(lead))
        )


@cache
def written(local: bool = False) -> Written:
    """The index of all official names, or (local) of the Dutch and Belgian ones."""
    names = [n for n in official_names() if not local or n.land != "int"]
    forms = frozenset(f for n in names for f in n.forms)
    wholes = sorted({n.whole for n in names}, key=len, reverse=True)
    others = {f for n in names if n.land != "be" for f in n.forms}
    belgian = frozenset(f for n in names if n.land == "be" for f in n.forms) - others
    return Written(
        forms,
        "\n".join(sorted(forms)),
        re.compile("|".join(map(re.escape, wholes))),
        belgian,
    )


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
    squeezed, whole = candidate.squeezed, official.whole
    found = sum(_found(stems, squeezed) for stems in official.stems)
    if found < 2 or found * 3 < len(official.stems) * 2:
        return False
    if candidate.written_right(official):
        return False
    # The name's most telling word must be there, itself or a rendering, not
    # just a part of it: "Centraal Planningsbureau" shares centraal and bureau
    # with the CBS, but not statistiek; "Maasland Water" has water, not waterschap.
    telling = max(range(len(official.stems)), key=lambda i: len(official.stems[i][0]))
    if not _found(official.own[telling] if official.own else official.stems[telling], squeezed):
        return False
    # ... and its rare words, themselves or a rendering, not just a part of them:
    # "Koninklijke Nederlandse Atletiekfederatie" shares koninklijk and federatie
    # with the Koninklijke Nederlandse Hippische Sportfederatie, not hippisch.
    if not all(_found(official.own[i], squeezed) for i in official.rare):
        return False
    every = [stem for stems in official.stems for stem in stems]
    if any(w not in _FILLERS and w not in whole for w in candidate.short):
        return False  # "Buitenlandse Zaken van de VVD"
    if any(w in ("minister", "ministers") for w in candidate.words):
        return False  # a person: "de Klimaat en Groene Groei Minister" is no ministerie
    lands = {_LAND_OF[w] for w in candidate.words if w in _LAND_OF}
    if lands and lands != {official.land}:
        return False  # "de Nederlandse Voedselveiligheidsautoriteit" is no EU body
    return all(
        w in _FILLERS or _stem(w) in whole or any(s in w for s in every) for w in candidate.words
    )


@cache
def _stem_index() -> tuple[tuple[str, tuple[tuple[int, int], ...]], ...]:
    """Each stem of an official name's words, with the (name, word) it stands for."""
    index: dict[str, set[tuple[int, int]]] = {}
    for i, official in enumerate(official_names()):
        for j, stems in enumerate(official.stems):
            for stem in stems:
                index.setdefault(stem, set()).add((i, j))
    return tuple((stem, tuple(sorted(places))) for stem, places in sorted(index.items()))


@cache
def _one_word() -> tuple[int, ...]:
    return tuple(i for i, n in enumerate(official_names()) if " " not in n.name)


def _rebuilt_from(candidate: Candidate) -> OfficialName | None:
    """The first official name the candidate is rebuilt from: only names with
    two words' stems in it can be, or one-word names written apart."""
    names, squeezed = official_names(), candidate.squeezed
    found: dict[int, set[int]] = {}
    for stem, places in _stem_index():
        if stem in squeezed:
            for i, j in places:
                found.setdefault(i, set()).add(j)
    options = {i for i, words in found.items() if len(words) >= 2}
    if " " in candidate.text.strip():
        options.update(_one_word())
    return next((names[i] for i in sorted(options) if _rebuilt(candidate, names[i])), None)


def _spelled_out(candidate: Candidate, official: OfficialName) -> bool:
    """Another wording before the official abbreviation, with a word in common."""
    if official.written_right(candidate.squeezed):
        return False
    ours = {w[:5] for w in candidate.words}
    return bool(ours & {w[:5] for w in _words(official.name)})


# ---------------------------------------------------------------------------
# Literal renderings of English names ("Netherlands Gambling Authority" →
# "de Nederlandse Gokautoriteit")

# English words that are no content words of a name; the Dutch linking words
# too, so that "De Dommel Water Board" and "Hof van Beroep" compare.
_EN_STOP = frozenset(
    {"the", "of", "for", "and", "in", "on", "at", "to", "a", "an", "without", "against",
     "from", "de", "het", "van", "en", "voor", "der", "den", "s"}
)  # fmt: skip
_NL_LINK = frozenset(
    {"van", "voor", "en", "ter", "der", "den", "de", "het", "op", "in", "zonder", "tot",
     "tegen", "te", "bij", "uit", "s", "the", "of", "and", "for"}
)  # fmt: skip
# Words that say which country a body belongs to, in English and in Dutch.
_LAND_OF = {
    "dutch": "nl", "netherlands": "nl", "nl": "nl", "nederland": "nl",
    "nederlandse": "nl", "nederlands": "nl", "nederlandsche": "nl",
    "belgian": "be", "belgium": "be", "belgie": "be", "belgische": "be", "belgisch": "be",
    "flemish": "be", "flanders": "be", "vlaams": "be", "vlaamse": "be", "vlaanderen": "be",
}  # fmt: skip
# English names that only say which country: "Dutch Central Bank", "Supreme
# Court of the Netherlands". The Dutch text must name the country too.
_DESCRIBED = re.compile(r"\b(dutch|belgian|flemish)\b|\bof (the netherlands|belgium)\b")
_GAP = 3  # letters of a Dutch word no rendering covers: linking s, -en, -e
_COGNATE = 5  # shared letters that make a cognate ("federati|on", "federati|e")
_COMMON_WORD = 2.5  # Zipf: a one-word candidate this frequent is an ordinary word
_ARTICLES = ("de", "het")


@dataclass(frozen=True)
class EnglishName:
    text: str
    units: tuple[str, ...]  # content words, or listed multi-word units ("military police")
    lands: frozenset[str]  # the countries the name says it belongs to
    described: bool  # "Dutch X": the Dutch text must say "Nederlandse" too
    parts: tuple[tuple[str, tuple[str, ...]], ...] = ()  # unit of words → its words

    def weight(self, units: Iterable[str]) -> int:
        return sum(max(1, len(dict(self.parts).get(u, ()))) for u in units)

    def words(self) -> set[str]:
        """Units and the words of multi-word units, which MT may render one by one."""
        return set(self.units) | {w for _, words in self.parts for w in words}


def _clean(text: str) -> str:
    """Folded, without possessive 's and apostrophes: "Consumers' Association"."""
    text = fold(text).replace("'s-", "s-")
    return re.sub(r"'s\b", "", text).replace("'", "")


def _parts(text: str) -> list[str]:
    return [w for w in re.split(r"[\s\-,&*/+.()]+", _clean(text)) if w]


def english_name(text: str, units: dict[str, tuple[str, ...]]) -> EnglishName:
    raw, out, lands = _parts(text), [], set()
    i = 0
    while i < len(raw):
        for n in (4, 3, 2):
            key = " ".join(raw[i : i + n])
            if i + n <= len(raw) and key in units:
                out.append(key)
                i += n
                break
        else:
            word = raw[i]
            i += 1
            if word in _LAND_OF:
                lands.add(_LAND_OF[word])
            elif word not in _EN_STOP:
                out.append(word)
    described = bool(_DESCRIBED.search(_clean(text)))
    parts = tuple(
        (u, tuple(w for w in u.split() if w not in _EN_STOP and w not in _LAND_OF))
        for u in dict.fromkeys(out)
        if " " in u
    )
    return EnglishName(text, tuple(dict.fromkeys(out)), frozenset(lands), described, parts)


def _dutch_stem(word: str) -> str:
    """A rendering without the endings its compounds drop (politie → politi|ebond)."""
    for end in ("en", "e"):
        if len(word) > 5 and word.endswith(end):
            return word[: -len(end)]
    return word


@cache
def _listed_words() -> dict[str, tuple[str, ...]]:
    data = _data()
    return {fold(str(k)): tuple(fold(str(v)) for v in vs) for k, vs in data["words"].items()}


@cache
def _renderings(unit: str) -> tuple[tuple[str, bool], ...]:
    """Dutch stems of an English unit, each with whether the table lists it
    (a listed stem counts at any length; a FreeDict one from five letters)."""
    listed = _listed_words()
    found = listed.get(unit) or next(
        (listed[b] for b in english_bases(unit) if b in listed and " " not in unit), ()
    )
    if found:
        stems = {_dutch_stem(p) for r in found for p in r.split() if len(p) >= 2}
        return tuple((s, True) for s in sorted(stems | {_inflected(s) for s in stems}))
    if " " in unit:
        return ()
    free = {_dutch_stem(r) for r in dictionary().dutch(unit) if " " not in r and len(r) >= 5}
    return tuple((s, False) for s in sorted(free | {_inflected(s) for s in free}))


def _inflected(stem: str) -> str:
    """The stem as an inflected adjective spells it: openbaar → openbar|e, hoog → hog|e."""
    short = re.sub(r"(aa|ee|oo|uu)([^aeiou])$", lambda m: m[1][0] + m[2], stem)
    return short if len(short) >= 5 else stem  # not spoor → spor|t


def _cognate_span(unit: str, word: str, i: int, listed: bool) -> int:
    """Letters of word from i that the English word shares: federati(on) ~
    federati(e). A word the table lists only counts as itself: "minister" is
    no ministry."""
    shared = common_prefix(unit, word[i:])
    if listed:
        return shared if shared == len(unit) else 0
    enough = shared >= _COGNATE or (shared == len(unit) >= 4)
    return shared if enough and shared >= 0.6 * min(len(unit), len(word) - i) else 0


@dataclass(frozen=True)
class Vocabulary:
    """Every unit of every English name, indexed to find them in Dutch words."""

    by_stem: dict[str, tuple[tuple[str, str], ...]]  # first 3 letters → (stem, unit)
    by_start: dict[str, tuple[str, ...]]  # first 4 letters of a unit → units (cognates)
    short: frozenset[str]  # units of 2-3 letters, matched as whole words (NL, MC)
    listed: frozenset[str]  # units in the table: rendered as listed, or left in English


def _vocabulary(units: set[str]) -> Vocabulary:
    by_stem: dict[str, list[tuple[str, str]]] = {}
    by_start: dict[str, list[str]] = {}
    for unit in units:
        for stem, listed in _renderings(unit):
            if listed or len(stem) >= 5:
                by_stem.setdefault(stem[:3], []).append((stem, unit))
        if " " not in unit and len(unit) >= 4:
            by_start.setdefault(unit[:4], []).append(unit)
    short = frozenset(u for u in units if len(u) < 4 and " " not in u)
    listed = frozenset(u for u in units if _renderings(u) and _renderings(u)[0][1])
    return Vocabulary(
        {k: tuple(v) for k, v in by_stem.items()},
        {k: tuple(v) for k, v in by_start.items()},
        short,
        listed,
    )


def _spans(word: str, vocab: Vocabulary) -> dict[str, list[tuple[int, int]]]:
    """For each unit, where the Dutch word renders it."""
    out: dict[str, list[tuple[int, int]]] = {}
    if word in vocab.short:
        out[word] = [(0, len(word))]
    for i in range(len(word) - 1):
        for stem, unit in vocab.by_stem.get(word[i : i + 3], ()):
            if word.startswith(stem, i):
                out.setdefault(unit, []).append((i, i + len(stem)))
        for unit in vocab.by_start.get(word[i : i + 4], ()):
            if n := _cognate_span(unit, word, i, unit in vocab.listed):
                out.setdefault(unit, []).append((i, i + n))
    return out


def _covered(word: str, spans: list[tuple[int, int]]) -> bool:
    """The spans leave no more than a linking s, -e or -en of the word uncovered."""
    if not spans:
        return False
    at, gaps = 0, 0
    for start, end in sorted(spans):
        if start > at:
            if start - at > _GAP:
                return False
            gaps += start - at
        at = max(at, end)
    gaps += len(word) - at
    return len(word) - at <= _GAP and gaps <= max(_GAP, len(word) // 3)


@dataclass(frozen=True)
class Rendering:
    """A capitalised stretch that renders an official body's English name."""

    official: OfficialName
    english: EnglishName
    found: int  # words of the English name the stretch renders
    rank: tuple = ()


def _literal(
    words: list[str], single: bool, names_by_unit: dict[str, list], vocab: Vocabulary
) -> Rendering | None:
    """The official name whose English name the words render, word for word."""
    lands = {_LAND_OF[w] for w in words if w in _LAND_OF}
    content = [w for w in words if w not in _LAND_OF]
    if not content or len(lands) > 1:
        return None
    spans = [_spans(w, vocab) for w in content]
    options = {pair for found in spans for unit in found for pair in names_by_unit.get(unit, ())}
    best: Rendering | None = None
    for official, english in options:
        seen = {u for found in spans for u in found}
        # "Hof van Audit" renders Court of Audit word by word, not as Rekenkamer
        rendered = {u for u in english.units if u in seen} | {
            u for u, words in english.parts if all(w in seen for w in words)
        }
        if not _fits(official, english, rendered, lands, single):
            continue
        known = english.words()
        if not all(
            _covered(w, [s for u, found_spans in found.items() if u in known for s in found_spans])
            for w, found in zip(content, spans, strict=True)
        ):
            continue
        if not any(fold(english.text).find(w) < 0 for w in content) and official.land == "int":
            continue  # the English name itself, which Dutch news may keep for a foreign body
        # Most words rendered, all of them, the country named: one name, whatever the order
        rank = (
            english.weight(rendered),
            len(rendered) == len(english.units),
            bool(english.lands & lands),
            -len(english.units),
            english.text,
        )
        if best is None or rank > best.rank:
            best = Rendering(official, english, english.weight(rendered), rank)
    return best


def _fits(
    official: OfficialName, english: EnglishName, rendered: set[str], lands: set[str], single: bool
) -> bool:
    n = len(english.units)
    if len(rendered) < (n if n <= 3 else n - 1):
        return False
    # A unit of words counts as its words: "Military Police" as two
    found = english.weight(rendered)
    said = bool(lands & english.lands)
    if found + said < 2 or (single and found < 2):
        return False
    if english.described and not lands:
        return False
    # "de Nederlandse Veiligheidsraad" is no body of the UN; "Belgische" no Dutch body
    return not lands or lands == {official.land}


def _stretches(tokens: list[Token], first: int, last: int) -> Iterator[tuple[int, int, bool]]:
    """Where a literal rendering may lie in a run: from "ministerie van" before
    it ("het ministerie van Gezondheid", with an adjective before it: "het
    Palestijnse ministerie van Gezondheid"), from its first word, or from after
    a linking word ("Jansen van de Nederlandse Gokautoriteit"); up to a place
    in the Netherlands or Belgium ("het Nationaal Museum van Oudheden in
    Leiden"), or to its end."""
    ends = _ends(tokens, first, last)
    if first >= 2 and tokens[first - 1].text == "van" and tokens[first - 2].text == "ministerie":
        i = first - 2
        i = i - 1 if i > 1 and _capitalised(tokens[i - 1]) else i
        yield from ((i, j, True) for j in ends)
    yield from ((first, j, False) for j in ends)
    # Not inside an official name: "Statistiek" of "Centraal Bureau voor de Statistiek"
    if written().candidate(Candidate.of(" ".join(t.text for t in tokens[first : last + 1]))):
        return
    for k in range(first + 1, last + 1):
        linked = tokens[k - 1].lower in _LINKERS and tokens[k].lower not in _LINKERS
        if linked and _capitalised(tokens[k]):
            yield from ((k, j, False) for j in ends if j >= k)


def _ends(tokens: list[Token], first: int, last: int) -> list[int]:
    """Where a name in the run may end: before a place in the Netherlands or
    Belgium ("in Leiden"), then at the end of the run."""
    for k in range(first + 1, last):
        tail = " ".join(fold(t.text) for t in tokens[k + 1 : last + 1])
        if tokens[k].lower in ("in", "te") and tail in _places():
            return [k - 1, last]
    return [last]


def _content(tokens: list[Token]) -> list[str]:
    """The words of a stretch that may render an English name: not the linking
    words, nor the country of "in Nederland", which says where, not whose."""
    words, where = [], False
    for token in tokens:
        where = where or token.lower in ("in", "te")
        words += [w for w in _parts(token.text) if not (where and w in _LAND_OF)]
    return [w for w in words if w not in _NL_LINK]


@cache
def _places() -> frozenset[str]:
    return frozenset(fold(m) for markers in _data()["lands"].values() for m in markers)


def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "nl")


@cache
def _literal_index() -> tuple[dict[str, list], Vocabulary]:
    """The English names by unit, and the vocabulary of all their units."""
    units = _listed_words()
    by_unit: dict[str, list[tuple[OfficialName, EnglishName]]] = {}
    for official in official_names():
        for text in official.english:
            english = english_name(text, units)
            for unit in english.words():
                by_unit.setdefault(unit, []).append((official, english))
    return by_unit, _vocabulary(set(by_unit))


def _unlisted(official: OfficialName, text: str, words: list[str]) -> bool:
    """Not an official name or a listed form, nor a variant of the body's own
    name (those are the stems check's: "Nederlandse Kansspelautoriteit"). With
    the country left out too, but "de Nederlandse Veiligheidsraad" is no body
    of the UN."""
    squeezed = _squeeze(text)
    lands = any(w in _LAND_OF for w in words)
    bare = _squeeze(" ".join(w for w in text.split() if _clean(w) not in _LAND_OF))
    local = written(local=True)
    # "de Nederlandse Gegevensbeschermingsautoriteit": a Belgian body's name with
    # the Dutch country adjective is a rendering, not that body
    dutch = {_LAND_OF[w] for w in words if w in _LAND_OF} == {"nl"} and bare in local.belgian
    if not dutch and (written(local=lands).right(squeezed) or local.right(bare)):
        return False
    content = [w for w in words if w not in _LAND_OF]
    return not any(_variant(content, squeezed, form) for form in official.texts)


def _variant(content: list[str], squeezed: str, form: str) -> bool:
    """The words are those of the form, in another order or inflection, and
    most of the form's words are there: "Nederlandse Olympisch Comité" is a
    variant of "Nederlands Olympisch Comité", "Statistieken Nederland" no
    variant of "Centraal Bureau voor de Statistiek"."""
    whole = _squeeze(form)
    if not all(_stem(w) in whole for w in content):
        return False
    own = [w for w in _words(form) if w not in _FILLERS]
    return sum(_stem(w) in squeezed for w in own) * 3 >= len(own) * 2


@cache
def _foreign() -> tuple[tuple[str, ...], ...]:
    """The Dutch forms of each foreign country (demonyms of bilingual/data/names.yaml)."""
    skip = {"Dutch", "Belgian", "European", "African", "Arab", "English"}
    groups = {
        tuple(sorted(fold(f) for f in forms))
        for name, forms in table("names")["demonyms"].items()
        if name not in skip
    }
    return tuple(sorted(groups))


@cache
def _by_abbr() -> dict[str, OfficialName]:
    return {n.abbr: n for n in official_names() if n.abbr}


class _Lands:
    """The countries an article is about, worked out when first asked."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.lands: frozenset[str] | None = None

    def of(self) -> frozenset[str]:
        if self.lands is None:
            self.lands = _lands_of(self.article)
        return self.lands


def _lands_of(article: Article) -> frozenset[str]:
    """The countries (nl, be) an article is about: named at least once, no
    less often than the other one, and no less often than any foreign country."""
    words = [fold(t.text) for t in article.tokens]
    # "Amsterdam-gebaseerde", "Rotterdam-Zuid": the place before the hyphen
    words += [w.split("-", 1)[0] for w in words if "-" in w.strip("-")]
    pairs = [f"{a} {b}" for a, b in pairwise(words)]
    counts = {}
    for land, markers in _data()["lands"].items():
        marked = {fold(m) for m in markers}
        counts[land] = sum(w in marked for w in words) + sum(p in marked for p in pairs)
    capitals = [fold(t.text) for t in article.tokens if t.text[:1].isupper()]
    foreign = max(
        (
            sum(any(w == f or (len(f) >= 4 and w.startswith(f)) for f in forms) for w in capitals)
            for forms in _foreign()
        ),
        default=0,
    )
    return frozenset(
        land
        for land, n in counts.items()
        if n and n >= foreign and all(n >= m for m in counts.values())
    )


@register
class OfficialNameRebuilt(Check):
    code = "NM102"
    name = "official-name-rebuilt"
    category = "accuracy/named-entity"
    severity = "major"
    doc = """A Dutch institution under a name MT built from English: "de Nederlandse Gokautoriteit".

English copy names Dutch and Belgian bodies in English ("the Dutch medicines
board", "the Netherlands Gambling Authority", "the provincial executive of
North Holland"), and MT makes a Dutch name of its own from those words. The
official names are listed in `rules/official_names.yaml` (College ter
Beoordeling van Geneesmiddelen, Kansspelautoriteit, Gedeputeerde Staten van
Noord-Holland …), with the English names wire copy uses for them. Flagged:
a capitalised name that has most word stems of an official name and no
other words but "Nederlandse" and the like; another wording, even one word,
before the official abbreviation in brackets; a one-word official name
written in parts ("Wereld Gezondheid Organisatie"); and a literal rendering
of a body's English name, word by word or as one compound ("Nederlandse
Dierentuinfederatie", "Consumentenvereniging", "Uitvoerende Kunsten Fonds
NL", "Provinciaal Bestuur van Noord-Holland", "het Gezondheidsministerie"):
each English word rendered by a Dutch word or part of a compound from the
file's word table or FreeDict, no other words than "Nederlandse" and the
like, and the stretch no official name or listed form. A Dutch or Belgian
body's rendering is flagged only in an article about that country, so
"het Britse Gezondheidsministerie" and the ministry of health in Gaza stay
quiet. The official name is the replacement, with the article it takes
("het Provinciaal Bestuur van Noord-Holland" → "Gedeputeerde Staten van
Noord-Holland")."""
    bad = (
        Example(
            "Vorige week keurde [[de Nederlandse Geneesmiddelenbeoordelingsraad]] het middel goed.",
            "het College ter Beoordeling van Geneesmiddelen",
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
        # Literal renderings of English names
        Example(
            "Volgens de [[Nederlandse Bankenvereniging]] stijgen de kosten.",
            "Nederlandse Vereniging van Banken",
        ),
        Example(
            "De [[Nederlandse Voertuigautoriteit]] keurde de auto af.",
            "Rijksdienst voor het Wegverkeer",
        ),
        Example(
            "Volgens het [[Landbouwministerie]] in Den Haag is de uitstoot gedaald.",
            "ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur",
        ),
        Example(
            "Eerder kritiseerde [[het Hof van Audit]] het kabinet in Den Haag.",
            "de Algemene Rekenkamer",
        ),
        Example(
            "[[De Provinciale Raad van Gelderland]] stemde in met het plan voor Arnhem.",
            "Provinciale Staten van Gelderland",
        ),
        Example(
            "De [[Nederlandse Persraad]] oordeelde dat de krant fout zat.",
            "Raad voor de Journalistiek",
        ),
        Example(
            "[[Het Vlaams Milieuagentschap]] meet de luchtkwaliteit in Antwerpen.",
            "De Vlaamse Milieumaatschappij",
        ),
        Example(
            "De tender wordt nu onderzocht door [[het Europees Hof van Auditors]].",
            "de Europese Rekenkamer",
        ),
        Example(
            "Het Amsterdamse Payvio meldde het lek bij de [[Autoriteit voor Gegevensbescherming]].",
            "Autoriteit Persoonsgegevens",
        ),
        Example(
            "Het Utrechtse bedrijf meldde het lek bij de [[Nederlandse Gegevensbeschermingsautoriteit]].",
            "Autoriteit Persoonsgegevens",
        ),
        Example(
            "Een woordvoerder van de [[Externe Actiedienst van de EU]] bevestigde het.",
            "Europese Dienst voor extern optreden",
        ),
        Example(
            "Beten in Drenthe kunnen worden gemeld op de website [[Tick Radar]].", "Tekenradar"
        ),
    )
    good = (
        "Vorige week keurde het College ter Beoordeling van Geneesmiddelen het middel goed.",
        "Het onderzoek van de Fiscale Inlichtingen- en Opsporingsdienst (FIOD) duurde lang.",
        "Het werk werd gespeeld door het Koninklijk Concertgebouworkest.",
        "De Autoriteit Consument & Markt en de Autoriteit Financiële Markten werken samen.",
        "Het Gentse bedrijf meldde het lek in Brussel bij de Gegevensbeschermingsautoriteit.",
        "De Europese Dienst voor extern optreden en de Europese Ombudsman reageerden.",
        "Het Internationaal Strafhof en het Internationaal Gerechtshof zetelen in Den Haag.",
        "Het Europees Hof voor de Rechten van de Mens deed uitspraak.",
        "Het Centraal Planbureau verwacht groei.",
        "Extra steun voor Kyiv komt in oktober op de agenda van de Europese Raad.",
        "Het Nationaal Cyber Security Centrum waarschuwde bedrijven.",
        "Woordvoerder Jansen (CBG) zei dat.",
        # Official names, and foreign bodies under the names Dutch gives them
        "De Kansspelautoriteit en de Consumentenbond in Den Haag waarschuwen voor loterijen.",
        "Gedeputeerde Staten van Noord-Holland en het Fonds Podiumkunsten steunen het festival.",
        "Volgens het ministerie van Volksgezondheid, Welzijn en Sport stijgt het aantal in Nederland.",
        "Het Britse Gezondheidsministerie in Londen meldde meer gevallen.",
        "In Gaza zegt het ministerie van Gezondheid dat er doden zijn gevallen. Israël ontkent.",
        "De Amerikaanse Food and Drug Administration keurde het middel in Nederland niet goed.",
        "Het Hooggerechtshof in Washington en het Britse Lagerhuis kwamen bijeen.",
        "Het Hof van Beroep in Antwerpen bevestigde de straf in België.",
        # Company names that render no English name of a body
        "De Nederlandse zoetwarenmaker Van Dijk Zoetwaren en Stichting Groene Stad werken samen.",
        "Het Amsterdamse bedrijf Koninklijke Nederlandse Kaasfabriek opent een winkel.",
        "Dat meldde drinkwaterbedrijf Maasland Water dinsdag in Den Bosch.",
        # The province itself
        "Provincie Noord-Brabant trekt extra geld uit voor natuur in Nederland.",
        "De provincie Noord-Holland en Provincie Zuid-Holland betalen mee in Nederland.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        by_abbr = _by_abbr()
        lands = _Lands(article)
        for sentence in article.sentences:
            tokens = sentence.tokens
            for first, last in _candidates(tokens):
                # A literal rendering in the run, the run rebuilt, a tail rebuilt
                found = self._rendered(article, tokens, first, last, lands)
                found = found or self._rebuilt(article, tokens, first, last, by_abbr, tails=False)
                found = found or self._rebuilt(article, tokens, first, last, by_abbr)
                if found is not None:
                    yield found

    def _rebuilt(
        self,
        article: Article,
        tokens: list[Token],
        first: int,
        last: int,
        by_abbr: dict[str, OfficialName],
        tails: bool = True,
    ) -> Finding | None:
        """The run, or with tails its tail after a linking word ("Ineke Vos van
        Leiden Universiteit"), rebuilt from an official name's stems."""
        # Without a place after it: "de Nederlandse Tandartsenvereniging in Utrecht"
        # has no stems of the Raad voor de Rechtspraak (recht|spraak, Ut|recht).
        stop = _ends(tokens, first, last)[0]
        stretches = [(first, stop)]
        if tails:
            stretches = [
                (i, j) for i, j, _ in _stretches(tokens, first, last) if first < i <= j == stop
            ]
        for i, j in dict.fromkeys(stretches):
            # A sentence's first word is capitalised anyway ("Havenwerkers in Rotterdam")
            capitals = sum(_capitalised(t) for t in tokens[max(i, 1) : j + 1])
            start, end = tokens[i].start, tokens[j].end
            candidate = Candidate.of(article.text[start:end])
            # One word will do before the abbreviation: "de Geneesmiddelenraad (CBG)"
            at_abbr = i == first and j == last
            official = self._abbreviated(tokens, last, by_abbr, candidate) if at_abbr else None
            if official is None and capitals >= 2:
                official = _rebuilt_from(candidate)
            if official is None:
                continue
            right = written().candidate(candidate)
            if right and not _apart(candidate, official):
                return None
            return self.finding(
                article,
                start,
                end,
                f"Dit is geen officiële naam; in het Nederlands heet dit '{official.name}'.",
                [official.name],
            )
        return None

    def _rendered(
        self,
        article: Article,
        tokens: list[Token],
        first: int,
        end: int,
        lands: _Lands,
    ) -> Finding | None:
        """A literal rendering of an English name in the run or a tail of it."""
        for i, last, ministry in _stretches(tokens, first, end):
            word = tokens[i].text
            single = i == last
            # Here a sentence's first word counts: the words must render a name anyway.
            capitals = sum(_capitalised(t) for t in tokens[i : last + 1])
            # One capitalised compound will do inside a sentence: "de Consumentenvereniging"
            one_name = single and i > 0 and tokens[i - 1].is_word and _zipf(word) < _COMMON_WORD
            if not (ministry or capitals >= 2 or one_name):
                continue
            text = article.text[tokens[i].start : tokens[last].end]
            words = _content(tokens[i : last + 1])
            found = _literal(words, single, *_literal_index())
            if found is None or not _unlisted(found.official, text, words):
                continue
            official = found.official
            if official.land != "int" and official.land not in lands.of():
                continue
            start, fix = tokens[i].start, official.name
            before = tokens[i - 1] if i > 0 else None
            if (
                before is not None
                and before.lower in _ARTICLES
                and before.lower != official.article
            ):
                start = before.start
                fix = f"{official.article} {fix}".strip()
                if before.text[:1].isupper():
                    fix = fix[:1].upper() + fix[1:]
            elif i == 0:
                fix = fix[:1].upper() + fix[1:]
            return self.finding(
                article,
                start,
                tokens[last].end,
                f"Letterlijk vertaald uit het Engels ('{found.english.text}'); "
                f"in het Nederlands heet dit '{official.name}'.",
                [fix],
            )
        return None

    @staticmethod
    def _abbreviated(
        tokens: list[Token], last: int, by_abbr: dict[str, OfficialName], candidate: Candidate
    ) -> OfficialName | None:
        after = [t.text for t in tokens[last + 1 : last + 4]]
        if len(after) < 3 or after[0] != "(" or after[2] != ")" or after[1] not in by_abbr:
            return None
        official = by_abbr[after[1]]
        return official if _spelled_out(candidate, official) else None
