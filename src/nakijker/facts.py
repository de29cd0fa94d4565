"""A fact sheet for verification: who, where, who said what, when and how many.

``extract_facts`` reads an analysed article and lists its people (with the
roles and affiliations the article gives them), organisations, places,
quotations with their speakers, dates resolved against the publication date,
and numbers with what they count. Every item keeps offsets into
``article.text``, so a checker can hold it against the source.

Frog's tags are what this is built for: its NER finds the names, its POS
tags tell a finite past-tense verb from a present one and a counted noun from
anything else. Frog's NER is noisy on translated news ("Maar Trump" as one
person, a Russian surname as an organisation, "Poetin Trump" as one name), so
its spans are cut back to name-like tokens and re-sorted with what the rest of
the article says about them. Without Frog, capitalised sequences and word
lists stand in for the tags. The word lists are data, in ``rules/facts.yaml``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from functools import cache
from importlib.resources import files
from itertools import pairwise

from nakijker.checks.formats import DAYS_NL, MONTHS_NL
from nakijker.checks.quotes import Quotation, article_quotes
from nakijker.checks.repetition import REPORTING_VERBS
from nakijker.doc import Article, Token
from nakijker.rules import load_yaml

Span = tuple[int, int]

# ---------------------------------------------------------------------------
# Word lists: data in rules/facts.yaml, read once


@cache
def word_lists() -> dict[str, frozenset[str] | dict[str, str | int]]:
    """The lists of ``rules/facts.yaml``: lists (and strings of characters) as
    frozensets, mappings as dicts in the order the file gives them."""
    text = files("nakijker.rules").joinpath("facts.yaml").read_text("utf-8")
    data = load_yaml(text)
    for key, value in data.items():
        words = value if isinstance(value, list | str) else list(value)
        if not all(isinstance(w, str) for w in words):  # YAML reads "no", "on" as booleans
            raise ValueError(f"rules/facts.yaml: {key}: a word that is not text; quote it")
    return {
        key: dict(value) if isinstance(value, dict) else frozenset(value)
        for key, value in data.items()
    }


_W = word_lists()
# Nouns of title or function; a compound ending in one of the longer ones
# counts too (defensieminister, veiligheidsadviseur).
_ROLE_NOUNS: frozenset[str] = _W["role_nouns"]
_ROLE_SUFFIXES = tuple(r for r in _ROLE_NOUNS if len(r) >= 5)
_GENERIC_HEADS: frozenset[str] = _W["generic_heads"]
_MINISTRY_WORDS: frozenset[str] = _W["ministry_words"]
_SOURCE_NOUNS: frozenset[str] = _W["source_nouns"]
_NATIONALITIES: dict[str, str] = _W["nationalities"]
_COUNTRIES = frozenset(_NATIONALITIES.values()) - {"Europese Unie"}
_ORG_HEADS: frozenset[str] = _W["org_heads"]
_PARTICLES: frozenset[str] = _W["particles"]
_HONORIFICS: frozenset[str] = _W["honorifics"]
_PLACE_NOUNS: frozenset[str] = _W["place_nouns"]
_LOCATIVE: frozenset[str] = _W["locative"]
_DETERMINERS: frozenset[str] = _W["determiners"]
_POSSESSIVES: frozenset[str] = _W["possessives"]
_PREPOSITIONS: frozenset[str] = _W["prepositions"]
_AUXILIARIES: frozenset[str] = _W["auxiliaries"]
_SUBJECT_PRONOUNS: frozenset[str] = _W["subject_pronouns"]
_OBJECT_PRONOUNS: frozenset[str] = _W["object_pronouns"]
_ADVERBS: frozenset[str] = _W["adverbs"]
_FUNCTION_WORDS: frozenset[str] = _W["function_words"]
_CLOSED_TAGS: frozenset[str] = _W["closed_tags"]
_PARTICLE_FORMS: dict[str, str] = _W["particle_forms"]
_PARTICLE_LEMMAS: dict[str, str] = _W["particle_lemmas"]
# The repetition check's reporting verbs, less those that need a particle.
_REPORTING_FORMS = (REPORTING_VERBS - set(_PARTICLE_FORMS)) | _W["reporting_forms"]
_REPORTING_LEMMAS: frozenset[str] = _W["reporting_lemmas"]
_CLAUSE_OPENERS: frozenset[str] = _W["clause_openers"]
_CLAUSE_MARKS: frozenset[str] = _W["clause_marks"]
_FUTURE_MARKERS: frozenset[str] = _W["future_markers"]
_PAST_FORMS: frozenset[str] = _W["past_forms"]
_PRESENT_FORMS: frozenset[str] = _W["present_forms"]
_RELATIVE_DAYS: dict[str, int] = _W["relative_days"]
_PAST_MODIFIERS: frozenset[str] = _W["past_modifiers"]
_FUTURE_MODIFIERS: frozenset[str] = _W["future_modifiers"]
_UNITS: dict[str, int] = _W["units"]
_TEENS: dict[str, int] = _W["teens"]
_TENS: dict[str, int] = _W["tens"]
_SCALES: dict[str, int] = _W["scales"]
_VAGUE_NUMBERS: frozenset[str] = _W["vague_numbers"]
_CURRENCIES: dict[str, str] = _W["currencies"]
_PERCENT_WORDS: frozenset[str] = _W["percent_words"]
_UNIT_WORDS: frozenset[str] = _W["unit_words"]

# ---------------------------------------------------------------------------
# Patterns over the text

_DAYS = "|".join(DAYS_NL)
_MONTHS = "|".join(MONTHS_NL)
_DAY_PARTS = "ochtend|middag|avond|nacht|morgen"
_NUMERIC_DATE = re.compile(r"(?<![\d\w])(\d{1,2})([-/])(\d{1,2})\2(\d{4})(?!\d)")
_DAY_MONTH = re.compile(
    rf"\b(?:(?i:{_DAYS})\s+)?(\d{{1,2}})\s+((?i:{_MONTHS}))(?:\s+(\d{{4}}))?\b(?!-)"
)
_MONTH_YEAR = re.compile(
    rf"\b(?:(?:begin|eind|half|medio|midden)\s+)?({_MONTHS})(?:\s+(\d{{4}}))?\b"
)
_WEEKDAY = re.compile(
    rf"\b(?:((?i:vorige|afgelopen|volgende|komende|aanstaande))\s+)?((?i:{_DAYS}))(?:{_DAY_PARTS})?\b"
)
_RELATIVE_DAY = re.compile(
    r"\b((?i:eergisteren|gisteren|gister(?=avond|ochtend|middag|nacht)|vandaag|vanavond"
    r"|vanochtend|vanmorgen|vanmiddag|vannacht|overmorgen|morgen))(?:avond|ochtend|middag|nacht)?\b"
)
_PERIOD = re.compile(
    r"\b(?i:(?:(?:eerder|later|begin|eind|medio)\s+)?(?:vorige|afgelopen|volgende|komende|deze"
    r"|dit|vorig|volgend)\s+(?:week|maand|jaar|weekend|zomer|winter|lente|herfst|voorjaar|najaar)"
    r"|(?:de\s+)?(?:afgelopen|komende|voorbije)\s+(?:dagen|weken|maanden|jaren))\b"
)
_CLOCK = re.compile(
    r"\b(?:om\s+)?((?:[01]?\d|2[0-3])[.:][0-5]\d\s*uur|(?:[01]?\d|2[0-3]):[0-5]\d)(?![\d.,]\d)"
    # "van 12.00 tot 20.00 uur": the first time has no "uur" of its own.
    r"|\b((?:[01]?\d|2[0-3])[.:][0-5]\d)(?=\s+(?:tot|en|-|–)\s+(?:[01]?\d|2[0-3])[.:][0-5]\d\s*uur)"
    r"|\bom\s+((?:[01]?\d|2[0-3])\s+uur)\b"
)
_AGE_PAREN = re.compile(r"\((\d{1,3})\)")
_AGE_JARIG = re.compile(r"\b(\d{1,3})-jarige?\b")
_AGE_WORD_JARIG = re.compile(r"\b([^\W\d_]+?)jarige?\b", re.IGNORECASE)
_AGE_COMMAS = re.compile(r",\s(\d{1,3}),\s")
_AGE_OUD = re.compile(r"\b(\d{1,3}\s+jaar\s+oud)\b")
_AGE_BECAME = re.compile(
    r"\b(?:werd|werden|wordt|worden)\s+(?:[^\W\d_]+\s+){0,3}?(\d{1,3})"
    r"(?=\s*(?:[.,;:!?)](?!\d)|$|(?:en|jaar)\b))"
)
_DUTCH_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_DUTCH_DECIMAL = re.compile(r"\d+(?:,\d+)?")
_POINT_DECIMAL = re.compile(r"\d+\.\d{1,2}")  # "3.5": an English decimal left by the MT
_PARTICIPLE = re.compile(r"(?:\w+)?ge\w+[dt]$")  # without POS: gepubliceerd, aangekondigd
_HYPHEN_NAME = re.compile(r"-[^\W\d_]*[A-ZÀ-Ý]")


# ---------------------------------------------------------------------------
# Public result


@dataclass(slots=True)
class Person:
    name: str
    mentions: list[Span]
    roles: list[str] = field(default_factory=list)
    affiliation: str | None = None

    def as_json(self) -> dict:
        return {
            "name": self.name,
            "mentions": [list(m) for m in self.mentions],
            "roles": list(self.roles),
            "affiliation": self.affiliation,
        }


@dataclass(slots=True)
class Entity:
    name: str
    mentions: list[Span]

    def as_json(self) -> dict:
        return {"name": self.name, "mentions": [list(m) for m in self.mentions]}


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    text: str
    kind: str  # "direct" (between quotation marks) or "indirect" (reported)
    speaker: str | None  # None: nobody to attribute it to, which is worth a look

    def as_json(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "speaker": self.speaker,
        }


@dataclass(slots=True)
class DateFact:
    start: int
    end: int
    text: str
    date: str | None  # ISO date when the text fixes one day
    kind: str  # "relative", "absolute" or "age"

    def as_json(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "date": self.date,
            "kind": self.kind,
        }


@dataclass(slots=True)
class NumberFact:
    start: int
    end: int
    text: str
    value: int | float | None  # None for "honderden", "duizenden"
    counts: str | None  # the counted noun or unit as written, or "procent"

    def as_json(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "counts": self.counts,
        }


@dataclass(slots=True)
class Facts:
    people: list[Person]
    organisations: list[Entity]
    places: list[Entity]
    quotes: list[Quote]
    dates: list[DateFact]
    numbers: list[NumberFact]

    def as_json(self) -> dict:
        return {
            "people": [p.as_json() for p in self.people],
            "organisations": [o.as_json() for o in self.organisations],
            "places": [p.as_json() for p in self.places],
            "quotes": [q.as_json() for q in self.quotes],
            "dates": [d.as_json() for d in self.dates],
            "numbers": [n.as_json() for n in self.numbers],
        }


def extract_facts(article: Article) -> Facts:
    """The fact sheet of an analysed article; every list in text order."""
    ctx = _context(article)
    found = _entities(ctx)
    refs = _refs(ctx, found)
    quotes = _direct_quotes(ctx, refs) + _indirect_quotes(ctx, refs)
    dates = _dates(ctx, _iso_date(article.published))
    numbers = _numbers(ctx, [(d.start, d.end) for d in dates])
    return Facts(
        people=[_person(ctx, c) for c in found.people],
        organisations=_named_entities(found.orgs),
        places=_named_entities(found.places),
        quotes=sorted(quotes, key=lambda q: (q.start, q.end)),
        dates=dates,
        numbers=numbers,
    )


# ---------------------------------------------------------------------------
# The article as one token list


@dataclass(slots=True)
class _Ctx:
    text: str
    toks: list[Token]
    sent: list[int]  # sentence number of each token
    bounds: list[Span]  # first and past-last token index of each sentence
    quoted: list[bool]  # token between the marks of a quotation
    quotes: list[Quotation]
    starts: list[int]  # token start offsets, for lookups by offset
    paragraphs: list[Span]  # character spans
    capitalised_inside: frozenset[str]  # words seen capitalised mid-sentence


def _context(article: Article) -> _Ctx:
    toks: list[Token] = []
    sent: list[int] = []
    bounds: list[Span] = []
    for n, sentence in enumerate(article.sentences):
        bounds.append((len(toks), len(toks) + len(sentence.tokens)))
        toks += sentence.tokens
        sent += [n] * len(sentence.tokens)
    text = article.text
    quotes = [
        q for q in article_quotes(article) if q.depth == 0 and _has_word(text[q.open : q.close])
    ]
    quoted = [any(q.open < t.start and t.end <= q.close for q in quotes) for t in toks]
    inside = frozenset(
        t.lower
        for i, t in enumerate(toks)
        if t.text[:1].isupper() and not _initial_at(toks, bounds, sent, i)
    )
    paragraphs = [(p.start, p.end) for p in article.paragraphs]
    starts = [t.start for t in toks]
    return _Ctx(text, toks, sent, bounds, quoted, quotes, starts, paragraphs, inside)


def _has_word(text: str) -> bool:
    return any(c.isalnum() for c in text)


def _initial_at(toks: list[Token], bounds: list[Span], sent: list[int], i: int) -> bool:
    """Whether token i is the first word of its sentence (quotes and dashes before it aside)."""
    first = bounds[sent[i]][0]
    return not any(_has_word(toks[k].text) for k in range(first, i))


def _initial(ctx: _Ctx, i: int) -> bool:
    return _initial_at(ctx.toks, ctx.bounds, ctx.sent, i)


def _sentence(ctx: _Ctx, i: int) -> Span:
    return ctx.bounds[ctx.sent[i]]


def _token_at(ctx: _Ctx, offset: int) -> int | None:
    """Index of the token that covers an offset."""
    k = bisect_right(ctx.starts, offset) - 1
    if k >= 0 and ctx.toks[k].start <= offset < ctx.toks[k].end:
        return k
    return None


def _slice(ctx: _Ctx, i: int, j: int) -> str:
    return ctx.text[ctx.toks[i].start : ctx.toks[j - 1].end]


def _clean(text: str) -> str:
    return " ".join(text.split())


def _tagged(tok: Token) -> bool:
    return bool(tok.pos)


def _is_proper(tok: Token) -> bool:
    return bool(tok.pos) and tok.pos.startswith(("SPEC(deeleigen", "N(eigen"))


def _is_time_word(low: str) -> bool:
    return low.startswith(tuple(DAYS_NL)) or low in MONTHS_NL


def _is_role(tok: Token, plural: bool = False) -> bool:
    """A noun of title or function; plurals ("functionarissen") only when asked."""
    if tok.pos and tok.tag != "N":
        return False
    if tok.pos and not plural and ",mv," in tok.pos:
        return False
    return any(is_role_word(w) for w in {tok.lower, (tok.lemma or "").lower()} if w)


def is_role_word(word: str) -> bool:
    """A lower-case title or function, also as a compound (juryvoorzitter, oud-minister)."""
    word = word.rsplit("-", 1)[-1]
    return word in _ROLE_NOUNS or word.endswith(_ROLE_SUFFIXES)


def _nationality(tok: Token, initial: bool) -> str | None:
    """The country an adjective of nationality stands for; unknown ones as written."""
    low = tok.lower
    for form in (low, low + "e", re.sub(r"ee(\w)$", r"e\1e", low)):
        if form in _NATIONALITIES:
            return _NATIONALITIES[form]
    if tok.text[:1].isupper() and not initial and tok.tag == "ADJ":
        return tok.text
    return None


# ---------------------------------------------------------------------------
# Names: Frog's entity spans cut back to name-like tokens


@dataclass(slots=True)
class _Run:
    i: int
    j: int
    label: str | None  # Frog's type (PER, ORG, LOC, MISC, PRO) or a guess, or None


def _name_like(ctx: _Ctx, i: int) -> bool:
    tok = ctx.toks[i]
    low = tok.lower
    if not any(c.isupper() for c in tok.text) or _is_time_word(low):
        return False
    if _is_proper(tok):
        return True
    if _is_role(tok):  # "Koning Willem", "Europarlementariër Anneke Vos"
        return False
    if _tagged(tok):
        return tok.tag not in _CLOSED_TAGS and not _initial(ctx, i)
    if low in _FUNCTION_WORDS or low in _REPORTING_FORMS or low in _HONORIFICS:
        return False
    return not _initial(ctx, i) or low in ctx.capitalised_inside


def _runs_in(ctx: _Ctx, a: int, b: int) -> list[Span]:
    """Maximal name-like stretches in tokens a..b; particles only between names."""
    runs: list[Span] = []
    i = a
    while i < b:
        if not _name_like(ctx, i):
            i += 1
            continue
        j = i + 1
        while j < b:
            k = j
            # Particles follow a first name ("Peter van Dam"), not a full name
            # ("Daniel Price van Labour").
            while (
                k < b and j - i == 1 and ctx.toks[k].lower in _PARTICLES and not _name_like(ctx, k)
            ):
                k += 1
            # "Buitenlandse Zaken van Oman": a ministry and a country, not one name.
            ministry = k > j and ctx.toks[j - 1].lower in _MINISTRY_WORDS
            if (
                k < b
                and not ministry
                and (_name_like(ctx, k) or _HYPHEN_NAME.match(ctx.toks[k].text))
            ):
                j = k + 1
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def _ner_spans(ctx: _Ctx) -> list[tuple[int, int, str]]:
    spans = []
    for a, b in ctx.bounds:
        i = a
        while i < b:
            tag = ctx.toks[i].ner or "O"
            if len(tag) < 3 or tag[1] != "-":
                i += 1
                continue
            label = tag[2:]
            j = i + 1
            while j < b and ctx.toks[j].ner == f"I-{label}":
                j += 1
            # "Midden -Oosten": the second half comes untagged after a space.
            while j < b and _HYPHEN_NAME.match(ctx.toks[j].text):
                j += 1
            spans.append((i, j, label))
            i = j
    return spans


def _guess_label(ctx: _Ctx, i: int, j: int) -> str | None:
    """Without Frog's NER: a guess from the shape of a capitalised sequence."""
    if ctx.toks[i].ner is not None:
        return None  # Frog looked at it and saw no entity
    text = _clean(_slice(ctx, i, j))
    if j - i == 1 and re.fullmatch(r"[A-Z]{2,6}", text):
        return "ORG"
    if text in _COUNTRIES:
        return "LOC"
    if ctx.toks[j - 1].lower in _ORG_HEADS:
        return "ORG"
    words = {ctx.toks[k].lower for k in range(i, j)}
    if _nationality(ctx.toks[i], False) or words & _MINISTRY_WORDS:
        return None
    if j - i > 1:
        return "PER"
    if i > 0 and ctx.toks[i - 1].lower in _LOCATIVE:
        return "LOC"
    return None


def _candidate_runs(ctx: _Ctx) -> list[_Run]:
    runs: list[_Run] = []
    in_span = [False] * len(ctx.toks)
    for a, b, label in _ner_spans(ctx):
        in_span[a:b] = [True] * (b - a)
        for n, (i, j) in enumerate(_runs_in(ctx, a, b)):
            # "Daniel Price van Labour" as one PER span: what follows "van" is
            # no second person.
            after_van = n > 0 and ctx.toks[i - 1].lower == "van"
            runs.append(_Run(i, j, None if after_van else label))
    for a, b in ctx.bounds:
        k = a
        while k < b:
            if in_span[k]:
                k += 1
                continue
            e = k
            while e < b and not in_span[e]:
                e += 1
            runs += [_Run(i, j, _guess_label(ctx, i, j)) for i, j in _runs_in(ctx, k, e)]
            k = e
    runs = [_acronym_fix(ctx, r) for r in _join_adjacent(ctx, sorted(runs, key=lambda r: r.i))]
    singles = {ctx.toks[r.i].lower for r in runs if r.j - r.i == 1} - _first_names(ctx, runs)
    parts = [p for r in runs for p in _split_known(ctx, r, singles)]
    return sorted(parts, key=lambda r: r.i)


def _join_adjacent(ctx: _Ctx, runs: list[_Run]) -> list[_Run]:
    """One name that Frog tagged in two halves: "Maria"/PER "Helder"/LOC, "Lien De"/LOC
    "Smet"/PER. Two halves both tagged PER are two names (Frog began a new one)."""
    joined: list[_Run] = []
    for r in runs:
        last = joined[-1] if joined else None
        halves = last is not None and last.j == r.i and last.label != r.label
        halves = halves and not (_adjective_run(ctx, last) or _adjective_run(ctx, r))
        # "Buitenlandse Zaken"/MISC + "Sergei Lavrov"/PER: a ministry, then a person.
        halves = halves and _has_proper(ctx, last) and _has_proper(ctx, r)
        if halves and "PER" in (last.label, r.label) and r.j - last.i <= 4:
            joined[-1] = _Run(last.i, r.j, "PER")
        else:
            joined.append(r)
    return joined


def _acronym_fix(ctx: _Ctx, r: _Run) -> _Run:
    """An acronym is no person's name, whatever Frog says ("SNCB")."""
    text = ctx.toks[r.i].text
    if r.label == "PER" and r.j - r.i == 1 and len(text) > 1 and text.isupper():
        return _Run(r.i, r.j, "ORG")
    return r


def _adjective_run(ctx: _Ctx, r: _Run) -> bool:
    """Only adjectives: "Russische" tagged B-LOC is a nationality, not a place."""
    return all(
        ctx.toks[k].tag == "ADJ" or _nationality(ctx.toks[k], _initial(ctx, k))
        for k in range(r.i, r.j)
    )


def _has_proper(ctx: _Ctx, r: _Run) -> bool:
    return any(_is_proper(ctx.toks[k]) or not _tagged(ctx.toks[k]) for k in range(r.i, r.j))


def _after_role(ctx: _Ctx, i: int) -> bool:
    k = i - 1
    if k >= 0 and ctx.toks[k].text == ",":
        k -= 1
    return k >= _sentence(ctx, i)[0] and _is_role(ctx.toks[k])


def _genitive_stem(ctx: _Ctx, i: int, j: int, known: set[str]) -> str:
    """The name without a genitive ending: Trump's → Trump; Poetins → Poetin."""
    name = _clean(_slice(ctx, i, j))
    for ending in ("'s", "’s"):
        if name.endswith(ending):
            return name[: -len(ending)]
    followed_by_role = j < len(ctx.toks) and _is_role(ctx.toks[j]) and j - i == 1
    if name.endswith("s") and (name[:-1] in known or followed_by_role):
        return name[:-1]
    return name


def _split_known(ctx: _Ctx, run: _Run, standalone: set[str]) -> list[_Run]:
    """Split "Poetin Trump" when its leading names occur on their own elsewhere."""
    if any(ctx.toks[k].lower in _PARTICLES for k in range(run.i, run.j)):
        return [run]
    if run.j - run.i < 2 or ctx.toks[run.i].lower not in standalone:
        return [run]
    cuts = [run.i]
    while run.j - cuts[-1] > 1 and ctx.toks[cuts[-1]].lower in standalone:
        cuts.append(cuts[-1] + 1)
    bounds = [*cuts, run.j]
    # Without Frog the guess made for the whole run does not hold for its parts.
    return [_Run(a, b, _relabel(ctx, run.label, a, b)) for a, b in pairwise(bounds)]


def _relabel(ctx: _Ctx, label: str | None, i: int, j: int) -> str | None:
    return _guess_label(ctx, i, j) if ctx.toks[i].ner is None else label


def _name_matches(short: str, full: str) -> bool:
    """Whether a mention can refer to a person of that full name (surname mentions)."""
    s, f = short.lower().split(), full.lower().split()
    return s == f or (0 < len(s) < len(f) and f[-len(s) :] == s)


# ---------------------------------------------------------------------------
# People, organisations and places


@dataclass(slots=True)
class _Cluster:
    name: str
    mentions: list[Span] = field(default_factory=list)  # token index ranges
    roles: list[str] = field(default_factory=list)
    heads: set[str] = field(default_factory=set)
    affiliation: str | None = None


@dataclass(slots=True)
class _Found:
    people: list[_Cluster]
    orgs: dict[str, list[Span]]  # name → character spans
    places: dict[str, list[Span]]
    descriptors: list[tuple[int, int, str]]  # unresolved "de minister": token range, text


def _entities(ctx: _Ctx) -> _Found:
    runs = _candidate_runs(ctx)
    known = {_clean(_slice(ctx, r.i, r.j)) for r in runs}
    first_names = _first_names(ctx, runs)
    seeds = [r for r in runs if _person_seed(ctx, r, first_names)]
    people: list[_Cluster] = []
    # Full names first, so that a bare surname finds the person it belongs to.
    for r in sorted(seeds, key=lambda r: (-(r.j - r.i), r.i)):
        _add_person(people, r.i, r.j, _genitive_stem(ctx, r.i, r.j, known))
    orgs, places, owner = _sort_rest(ctx, [r for r in runs if r not in seeds], people, known)
    _add_leftover_people(ctx, people, owner)
    for n, cluster in enumerate(people):
        owner.update({k: ("PER", str(n), i) for i, j in cluster.mentions for k in range(i, j)})
    used = _assign_titles(ctx, people, owner)
    descriptors = _descriptors(ctx, people, owner, used)
    return _Found(_in_text_order(people), orgs, places, descriptors)


def _sort_rest(
    ctx: _Ctx, rest: list[_Run], people: list[_Cluster], known: set[str]
) -> tuple[dict[str, list[Span]], dict[str, list[Span]], dict[int, tuple[str, str, int]]]:
    """Names that are no person by themselves: a known person's surname after all,
    an organisation, or a place."""
    orgs: dict[str, list[Span]] = {}
    places: dict[str, list[Span]] = {}
    owner: dict[int, tuple[str, str, int]] = {}
    place_runs = [r for r in rest if _place_run(ctx, r)]
    place_names = {_clean(_slice(ctx, r.i, r.j)) for r in place_runs}
    for r in rest:
        name = _genitive_stem(ctx, r.i, r.j, known)
        if _cluster_for(people, name, r.i) is not None:
            _add_person(people, r.i, r.j, name)
        elif r.label == "ORG" and not _adjective_run(ctx, r):
            orgs.setdefault(name, []).append((ctx.toks[r.i].start, ctx.toks[r.j - 1].end))
            owner.update({k: ("ORG", name, r.i) for k in range(r.i, r.j)})
        elif r in place_runs:
            _add_place(ctx, places, r, place_names, owner)
    return orgs, places, owner


def _first_names(ctx: _Ctx, runs: list[_Run]) -> set[str]:
    """First tokens of multi-token person names that never stand alone."""
    alone = {ctx.toks[r.i].lower for r in runs if r.j - r.i == 1}
    return {ctx.toks[r.i].lower for r in runs if r.label == "PER" and r.j - r.i > 1} - alone


def _person_seed(ctx: _Ctx, r: _Run, first_names: set[str]) -> bool:
    if _adjective_run(ctx, r) or _clean(_slice(ctx, r.i, r.j)) in _COUNTRIES:
        return False
    if r.label == "PER":
        return not _in_place_slot(ctx, r)
    if not _has_proper(ctx, r):
        return False
    # Frog tags some Russian surnames as ORG or LOC: the context says person.
    return _after_role(ctx, r.i) or (r.j - r.i > 1 and ctx.toks[r.i].lower in first_names)


def _place_run(ctx: _Ctx, r: _Run) -> bool:
    if _adjective_run(ctx, r):
        return False
    if r.label == "LOC":
        return True
    # Frog calls some cities MISC ("naar Doha"); the preposition says place.
    if r.label == "MISC":
        return r.i > 0 and ctx.toks[r.i - 1].lower in _LOCATIVE
    return r.label == "PER" and _in_place_slot(ctx, r)


def _in_place_slot(ctx: _Ctx, r: _Run) -> bool:
    """A one-word "person" where only a place fits: "uit Leeds", "de regio Zaporizja"."""
    if r.j - r.i > 1 or r.i == 0:
        return False
    before = ctx.toks[r.i - 1].lower
    return before in _PLACE_NOUNS or (before in _LOCATIVE and before != "naar")


def _cluster_for(people: list[_Cluster], name: str, at: int) -> int | None:
    """The person a name refers to; with several candidates, the latest one before."""
    hits = [n for n, c in enumerate(people) if _name_matches(name, c.name)]
    if len(hits) <= 1:
        return hits[0] if hits else None
    before = [(max((i for i, _ in people[n].mentions if i < at), default=-1), n) for n in hits]
    return max(before)[1]


def _add_person(people: list[_Cluster], i: int, j: int, name: str) -> None:
    n = _cluster_for(people, name, i)
    if n is None:
        people.append(_Cluster(name))
        n = len(people) - 1
    people[n].mentions.append((i, j))


def _add_place(
    ctx: _Ctx,
    places: dict[str, list[Span]],
    r: _Run,
    known: set[str],
    owner: dict[int, tuple[str, str, int]],
) -> None:
    text = _clean(_slice(ctx, r.i, r.j))
    tok = ctx.toks[r.i]
    parts = text.split("-") if r.j - r.i == 1 else []
    if len(parts) > 1 and all(p in known for p in parts):
        # "Israël-Iran": two places in one token.
        offset = tok.start
        for part in parts:
            places.setdefault(part, []).append((offset, offset + len(part)))
            offset += len(part) + 1
    else:
        name = text[:-1] if text.endswith("s") and text[:-1] in known else text
        places.setdefault(name, []).append((tok.start, ctx.toks[r.j - 1].end))
    owner.update({k: ("LOC", text, r.i) for k in range(r.i, r.j)})


def _add_leftover_people(
    ctx: _Ctx, people: list[_Cluster], owner: dict[int, tuple[str, str, int]]
) -> None:
    """Surnames and genitives Frog left untagged: "Sokolovs adviseur", "Orlov"."""
    taken = {k for c in people for i, j in c.mentions for k in range(i, j)} | set(owner)
    surnames = {c.name.split()[-1] for c in people}
    for k, tok in enumerate(ctx.toks):
        if k in taken or not tok.text[:1].isupper():
            continue
        name = _genitive_stem(ctx, k, k + 1, surnames)
        if name in surnames:
            _add_person(people, k, k + 1, name)


def _in_text_order(people: list[_Cluster]) -> list[_Cluster]:
    for c in people:
        c.mentions.sort()
    return sorted(people, key=lambda c: c.mentions[0])


def _named_entities(found: dict[str, list[Span]]) -> list[Entity]:
    entities = [Entity(name, sorted(spans)) for name, spans in found.items()]
    return sorted(entities, key=lambda e: e.mentions[0])


def _person(ctx: _Ctx, c: _Cluster) -> Person:
    spans = sorted((ctx.toks[i].start, ctx.toks[j - 1].end) for i, j in c.mentions)
    return Person(c.name, spans, list(c.roles), c.affiliation)


# ---------------------------------------------------------------------------
# Titles: "De Russische president", "Poetins adviseur", "de minister van X van Y,"


def _np_internal(ctx: _Ctx, k: int) -> bool:
    tok = ctx.toks[k]
    if not _has_word(tok.text) or _is_time_word(tok.lower):
        return False
    if tok.lower == "van":
        return True
    if _tagged(tok):
        if tok.tag == "ADJ":  # "de lokale autoriteiten", not "zeker" after them
            return "prenom" in tok.pos or tok.text[:1].isupper()
        return tok.tag in ("N", "SPEC") or tok.pos.startswith(("WW(vd,prenom", "WW(od,prenom"))
    return tok.lower not in _FUNCTION_WORDS and tok.lower not in _REPORTING_FORMS


def _is_det(tok: Token) -> bool:
    if tok.lower in _POSSESSIVES:
        return not _tagged(tok) or tok.pos.startswith("VNW(bez")
    return tok.lower in _DETERMINERS and (not _tagged(tok) or tok.tag == "LID")


def _walk_back(ctx: _Ctx, e: int, owner: dict[int, tuple[str, str, int]]) -> int:
    """Start of the noun phrase that ends before token e (its determiner included)."""
    s0 = _sentence(ctx, e - 1)[0]
    k = e - 1
    while k >= s0 and e - k <= 10:
        tok = ctx.toks[k]
        if _is_det(tok):
            return k
        kind = owner.get(k)
        if kind and kind[0] == "PER":
            first = kind[2]
            if first - 1 >= s0 and ctx.toks[first - 1].lower == "van":
                k = first - 1  # "gezant van Trump": the person is inside the phrase
                continue
            return first  # "Poetins adviseur": the person opens the phrase
        if not _np_internal(ctx, k):
            return k + 1
        k -= 1
    return k + 1


def _walk_forward(ctx: _Ctx, a: int) -> int:
    """End of the noun phrase starting at token a."""
    s1 = _sentence(ctx, a)[1]
    k = a + 1 if a < s1 and _is_det(ctx.toks[a]) else a
    while k < s1 and k - a < 10:
        tok = ctx.toks[k]
        after_van = ctx.toks[k - 1].lower == "van"
        if not (_np_internal(ctx, k) or (after_van and _is_det(tok)) or _name_and(ctx, k, s1)):
            break
        k += 1
    while k > a and ctx.toks[k - 1].lower == "van":
        k -= 1
    return k


def _name_and(ctx: _Ctx, k: int, s1: int) -> bool:
    """The word "en" inside a capitalised title: "de Klimaat en Groene Groei Minister"."""
    if ctx.toks[k].lower != "en" or k + 1 >= s1:
        return False
    return ctx.toks[k - 1].text[:1].isupper() and ctx.toks[k + 1].text[:1].isupper()


def _entityish(ctx: _Ctx, k: int, owner: dict[int, tuple[str, str, int]]) -> bool:
    tok = ctx.toks[k]
    return k in owner or _is_proper(tok) or (not _tagged(tok) and tok.text[:1].isupper())


def _parse_title(
    ctx: _Ctx, a: int, e: int, owner: dict[int, tuple[str, str, int]]
) -> tuple[str, str | None, int] | None:
    """Role, affiliation and the role noun's index of the phrase a..e, if it has a role."""
    ks = list(range(a, e))
    if ks and _is_det(ctx.toks[ks[0]]):
        ks = ks[1:]
    affiliation = None
    if ks and owner.get(ks[0], ("",))[0] == "PER":
        m = [k for k in ks if owner.get(k) == owner[ks[0]]]
        affiliation = _genitive_stem(ctx, m[0], m[-1] + 1, set())
        ks = ks[len(m) :]
    elif len(ks) > 1 and _genitive_before_role(ctx, ks[0]):
        affiliation = _genitive_stem(ctx, ks[0], ks[0] + 1, set())
        ks = ks[1:]
    while ks and _nationality(ctx.toks[ks[0]], _initial(ctx, ks[0])):
        affiliation = affiliation or _nationality(ctx.toks[ks[0]], _initial(ctx, ks[0]))
        ks = ks[1:]
    vans = [n for n, k in enumerate(ks) if ctx.toks[k].lower == "van" and n > 0]
    if vans:
        group = [k for k in ks[vans[-1] + 1 :] if not _is_det(ctx.toks[k])]
        ministry = any(ctx.toks[k].lower in _MINISTRY_WORDS for k in group)
        if group and not ministry and all(_entityish(ctx, k, owner) for k in group):
            affiliation = affiliation or _genitive_stem(ctx, group[0], group[-1] + 1, set())
            ks = ks[: vans[-1]]
    heads = [k for k in ks if _is_role(ctx.toks[k])]
    if not heads:
        return None
    role = _clean(_slice(ctx, ks[0], ks[-1] + 1))
    if _initial(ctx, ks[0]) and not _is_proper(ctx.toks[ks[0]]):
        role = role[:1].lower() + role[1:]
    return role, affiliation, heads[0]


def _genitive_before_role(ctx: _Ctx, k: int) -> bool:
    """A genitive name before a role, as in "Poetins woordvoerder", known or not."""
    tok = ctx.toks[k]
    return tok.text[:1].isupper() and tok.text.endswith("s") and _is_role(ctx.toks[k + 1])


def _title_of(
    ctx: _Ctx, i: int, j: int, owner: dict[int, tuple[str, str, int]]
) -> tuple[str, str | None, int] | None:
    """The title given to the person named at tokens i..j, before or after the name."""
    s0, s1 = _sentence(ctx, i)
    if i - 1 > s0 and ctx.toks[i - 1].text == ",":
        found = _parse_title(ctx, _walk_back(ctx, i - 1, owner), i - 1, owner)
    elif i > s0 and ctx.toks[i - 1].lower != "van":  # "gezant van Trump" titles someone else
        found = _parse_title(ctx, _walk_back(ctx, i, owner), i, owner)
    else:
        found = None
    if found is None and j + 1 < s1 and ctx.toks[j].text == "," and _is_det(ctx.toks[j + 1]):
        found = _parse_title(ctx, j + 1, _walk_forward(ctx, j + 1), owner)
    return found


def _assign_titles(
    ctx: _Ctx, people: list[_Cluster], owner: dict[int, tuple[str, str, int]]
) -> set[int]:
    """Give every person the roles found at their mentions; the role nouns used."""
    used: set[int] = set()
    for cluster in people:
        for i, j in sorted(cluster.mentions):
            found = _title_of(ctx, i, j, owner)
            if found:
                _add_title(ctx, cluster, found)
                used.add(found[2])
    return used


def _add_title(ctx: _Ctx, cluster: _Cluster, found: tuple[str, str | None, int]) -> None:
    role, affiliation, head = found
    if role not in cluster.roles:
        cluster.roles.append(role)
    cluster.heads.add(ctx.toks[head].lower)
    cluster.affiliation = cluster.affiliation or affiliation


def _descriptors(
    ctx: _Ctx,
    people: list[_Cluster],
    owner: dict[int, tuple[str, str, int]],
    used: set[int],
) -> list[tuple[int, int, str]]:
    """Definite titles without a name ("de Amerikaanse president"): merged into the one
    person they fit, or kept as text for a speaker."""
    unresolved = []
    for k, tok in enumerate(ctx.toks):
        if k in used or ctx.quoted[k] or not _is_role(tok):
            continue
        a = _walk_back(ctx, k + 1, owner)
        if a > k or ctx.toks[a].lower != "de":
            continue
        e = _van_tail(ctx, k + 1, owner)
        if _names_follow(ctx, e, owner):
            continue
        found = _parse_title(ctx, a, e, owner)
        if found is None:
            continue
        n = _fitting_person(ctx, people, found, a)
        if n is None:
            unresolved.append((a, e, _clean(_slice(ctx, a, e))))
            continue
        people[n].mentions.append((a, e))
        if ctx.toks[found[2]].lower not in people[n].heads:  # "de minister" adds nothing new
            _add_title(ctx, people[n], found)
        owner.update({m: ("PER", str(n), a) for m in range(a, e)})
    return unresolved


def _van_tail(ctx: _Ctx, e: int, owner: dict[int, tuple[str, str, int]]) -> int:
    """Extend a title over "van X" when X is an entity or a ministry."""
    s1 = _sentence(ctx, e - 1)[1]
    while e + 1 < s1 and ctx.toks[e].lower == "van":
        k = e + 1
        while k < s1 and _is_det(ctx.toks[k]):
            k += 1
        m = k
        while m < s1 and (_entityish(ctx, m, owner) or ctx.toks[m].lower in _MINISTRY_WORDS):
            m += 1
        if m == k:
            break
        e = m
    return e


def _names_follow(ctx: _Ctx, e: int, owner: dict[int, tuple[str, str, int]]) -> bool:
    """Whether a title at ..e is followed by the name it belongs to."""
    s1 = _sentence(ctx, e - 1)[1]
    if e < s1 and (_name_like(ctx, e) or e in owner):
        return True
    return e + 1 < s1 and ctx.toks[e].text == "," and owner.get(e + 1, ("",))[0] == "PER"


def _fitting_person(
    ctx: _Ctx, people: list[_Cluster], found: tuple[str, str | None, int], at: int
) -> int | None:
    _, affiliation, head = found
    word = ctx.toks[head].lower
    fits = []
    for n, c in enumerate(people):
        if not any(i < at for i, _ in c.mentions):
            continue
        if affiliation and (c.affiliation or "").lower() != affiliation.lower():
            continue
        if word in c.heads or (affiliation and word in _GENERIC_HEADS):
            fits.append(n)
    return fits[0] if len(fits) == 1 else None


# ---------------------------------------------------------------------------
# Speakers


@dataclass(slots=True)
class _Ref:
    i: int
    j: int
    name: str
    person: bool


@dataclass(slots=True)
class _Refs:
    people: list[_Ref]
    starts: dict[int, _Ref]
    ends: dict[int, _Ref]  # keyed by the last token


def _refs(ctx: _Ctx, found: _Found) -> _Refs:
    refs = [_Ref(i, j, c.name, True) for c in found.people for i, j in c.mentions]
    for name, spans in found.orgs.items():
        for s, e in spans:
            i, j = _token_at(ctx, s), _token_at(ctx, e - 1)
            if i is not None and j is not None:
                refs.append(_Ref(i, j + 1, name, False))
    refs += [_Ref(a, e, text, False) for a, e, text in found.descriptors]
    return _Refs(
        people=sorted((r for r in refs if r.person), key=lambda r: r.i),
        starts={r.i: r for r in refs},
        ends={r.j - 1: r for r in refs},
    )


def _reporting(ctx: _Ctx, k: int) -> bool:
    tok = ctx.toks[k]
    low, lemma = tok.lower, (tok.lemma or "").lower()
    particle = _PARTICLE_FORMS.get(low) or (tok.tag == "WW" and _PARTICLE_LEMMAS.get(lemma))
    if particle:
        s1 = _sentence(ctx, k)[1]
        return any(ctx.toks[m].lower == particle for m in range(k + 1, min(k + 6, s1)))
    if low in _REPORTING_FORMS:
        return True
    return tok.tag == "WW" and lemma in _REPORTING_LEMMAS


def _skippable(tok: Token) -> bool:
    return tok.lower in _ADVERBS or _is_time_word(tok.lower)


def _resolve_pronoun(ctx: _Ctx, k: int, refs: _Refs) -> str | None:
    """The person a pronoun at k stands for: the most recent one named before it
    (outside quotations), if that sentence names no other person."""
    prior = [
        r
        for r in refs.people
        if r.j <= k and not ctx.quoted[r.i] and ctx.sent[k] - ctx.sent[r.i] <= 3
    ]
    if not prior:
        return None
    last = ctx.sent[prior[-1].i]
    names = {r.name for r in prior if ctx.sent[r.i] == last}
    return names.pop() if len(names) == 1 else None


def _speaker_at(ctx: _Ctx, k: int, refs: _Refs, forward: bool, any_noun: bool) -> str | None:
    """Who the phrase starting (forward) or ending (backward) at token k names.

    A named person or organisation wins; otherwise a pronoun is resolved, and
    a noun phrase ("een woordvoerder van het ministerie") is kept as written
    when it is a subject (any_noun) or names a role or source."""
    ref = refs.starts.get(k) if forward else refs.ends.get(k)
    if ref:
        return ref.name
    if ctx.toks[k].lower in _SUBJECT_PRONOUNS:
        return _resolve_pronoun(ctx, k, refs)
    a, e = (k, _walk_forward(ctx, k)) if forward else (_subject_start(ctx, k), k + 1)
    if a >= e:
        return None
    # A name after "van" is a complement: "een econoom van het CBS".
    van = next((m for m in range(a, e) if ctx.toks[m].lower == "van"), e)
    inside = [refs.starts[m] for m in range(a, van) if m in refs.starts]
    if inside:  # "productmanager Dana Whitfield": the person, not the phrase
        return inside[0].name
    nouns = [m for m in range(a, e) if _noun(ctx.toks[m])]
    sources = [
        m for m in nouns if _is_role(ctx.toks[m], True) or ctx.toks[m].lower in _SOURCE_NOUNS
    ]
    return _clean(_slice(ctx, a, e)) if (sources or (any_noun and nouns)) else None


def _noun(tok: Token) -> bool:
    if _tagged(tok):
        return tok.tag == "N" or _is_proper(tok)
    return tok.text.isalpha() and tok.lower not in _FUNCTION_WORDS and not _is_time_word(tok.lower)


def _is_preposition(tok: Token) -> bool:
    if _tagged(tok):
        return tok.tag == "VZ"
    return tok.lower in _PREPOSITIONS


def _subject_start(ctx: _Ctx, k: int) -> int:
    """Start of the subject phrase that ends at token k, or k + 1 when the phrase
    is no subject (a prepositional phrase: "In een verklaring zei ...")."""
    s0 = _sentence(ctx, k)[0]
    a = _walk_back(ctx, k + 1, {})
    # "Gezondheidsfunctionarissen in de staat zeiden": one PP after the head.
    if a - 2 >= s0 and _is_preposition(ctx.toks[a - 1]) and _np_internal(ctx, a - 2):
        a = _walk_back(ctx, a - 1, {})
    if a > k or (a > s0 and _is_preposition(ctx.toks[a - 1])):
        return k + 1
    return a


def _subject_after(ctx: _Ctx, v: int, refs: _Refs, inverted: bool) -> str | None:
    """Subject after the verb: "zei Trump", "vertelde hij", "aldus de woordvoerder".

    Only where the order is surely inverted (after a quotation) does any noun
    phrase count; elsewhere it may be the object ("noemde de boete ‘…’")."""
    s1 = _sentence(ctx, v)[1]
    k = v + 1
    while k < s1 and k - v <= 3 and _skippable(ctx.toks[k]):
        k += 1
    while k < s1 and ctx.toks[k].lower.rstrip(".") in _HONORIFICS | {""}:  # "zei dr. Okafor"
        k += 1
    return _speaker_at(ctx, k, refs, forward=True, any_noun=inverted) if k < s1 else None


def _subject_before(ctx: _Ctx, v: int, refs: _Refs) -> str | None:
    """Subject before the verb: "Trump zei", "X, de minister, zei", "Trump, die toevoegde"."""
    s0 = _sentence(ctx, v)[0]
    k = v - 1
    while k >= s0 and v - k <= 3 and (_skippable(ctx.toks[k]) or ctx.toks[k].lower in _AUXILIARIES):
        k -= 1
    if k < s0:
        return None
    tok = ctx.toks[k]
    if tok.text == "," and k - 1 >= s0:
        ref = refs.ends.get(k - 1)
        appositive = ref is not None and ref.i > s0 and ctx.toks[ref.i - 1].text == ","
        return ref.name if ref and appositive else None
    if tok.lower == "die" and k - 2 >= s0 and ctx.toks[k - 1].text == ",":
        ref = refs.ends.get(k - 2)
        return ref.name if ref else None
    return _speaker_at(ctx, k, refs, forward=False, any_noun=True)


def _sentence_subject(ctx: _Ctx, v: int, refs: _Refs) -> str | None:
    """The subject at the head of the sentence, for "X benadrukte ..., en merkte op"."""
    s0 = _sentence(ctx, v)[0]
    k = s0
    while k < v and (not _has_word(ctx.toks[k].text) or ctx.toks[k].lower in ("maar", "en")):
        k += 1
    ref = refs.starts.get(k)
    if ref and ref.j <= v:
        return ref.name
    if ctx.toks[k].lower in _SUBJECT_PRONOUNS:
        return _resolve_pronoun(ctx, k, refs)
    e = _walk_forward(ctx, k)
    # "Milieuorganisaties verwelkomden ..., maar waarschuwden dat": a phrase
    # followed by the finite verb is the subject.
    if k < e < v and (ctx.toks[e].pos or "").startswith("WW(pv"):
        return _speaker_at(ctx, k, refs, forward=True, any_noun=True)
    return None


def _verb_subject(ctx: _Ctx, v: int, refs: _Refs, inverted: bool) -> str | None:
    """The speaker of the reporting verb at v; ``inverted`` right after a quotation."""
    if inverted:
        speaker = _subject_after(ctx, v, refs, True) or _subject_before(ctx, v, refs)
    else:
        fronted = _only_adverbs_before(ctx, v)  # "Intussen zeiden de Houthis dat"
        speaker = _subject_before(ctx, v, refs) or _subject_after(ctx, v, refs, fronted)
    return speaker or _sentence_subject(ctx, v, refs)


def _only_adverbs_before(ctx: _Ctx, v: int) -> bool:
    """Whether nothing that could be a subject stands before the verb in its sentence."""
    s0 = _sentence(ctx, v)[0]
    for k in range(s0, v):
        tok = ctx.toks[k]
        if (_noun(tok) and not _skippable(tok)) or (tok.pos or "").startswith("VNW(pers"):
            return False
    return True


def _volgens_source(ctx: _Ctx, k: int, refs: _Refs) -> str | None:
    """Who the claim is "volgens": a person, an organisation, or a source phrase."""
    m = k + 1
    if m >= _sentence(ctx, k)[1]:
        return None
    ref = refs.starts.get(m)
    if ref:
        return ref.name
    if ctx.toks[m].lower in _OBJECT_PRONOUNS:
        return _resolve_pronoun(ctx, m, refs)
    return _speaker_at(ctx, m, refs, forward=True, any_noun=False)


# ---------------------------------------------------------------------------
# Quotations


def _direct_quotes(ctx: _Ctx, refs: _Refs) -> list[Quote]:
    quotes: list[Quote] = []
    for q in ctx.quotes:
        speaker = _quote_speaker(ctx, q, refs)
        if speaker is None and quotes and _same_paragraph(ctx, quotes[-1].start, q.open):
            # “...,” zei X. “...” — the quotation goes on in X's words.
            speaker = quotes[-1].speaker
        text = ctx.text[q.open : q.close + 1]
        quotes.append(Quote(q.open, q.close + 1, text, "direct", speaker))
    return quotes


def _same_paragraph(ctx: _Ctx, a: int, b: int) -> bool:
    return any(s <= a and b < e for s, e in ctx.paragraphs)


def _quote_speaker(ctx: _Ctx, q: Quotation, refs: _Refs) -> str | None:
    close, open_ = _token_at(ctx, q.close), _token_at(ctx, q.open)
    if close is None or open_ is None:
        return None
    k = close + 1
    while k < len(ctx.toks) and ctx.toks[k].text == ",":
        k += 1
    if k < len(ctx.toks) and not ctx.quoted[k] and _reporting(ctx, k):
        return _verb_subject(ctx, k, refs, inverted=True)
    if k < len(ctx.toks) and ctx.toks[k].text == ".":
        k += 1
    if k + 1 < len(ctx.toks) and ctx.toks[k].lower in ("dat", "dit") and _reporting(ctx, k + 1):
        return _verb_subject(ctx, k + 1, refs, inverted=True)  # “...” Dat zei X.
    if open_ > 0 and ctx.toks[open_ - 1].text == ":":
        speaker = _clause_speaker(ctx, _sentence(ctx, open_ - 1)[0], open_ - 1, refs, last=True)
        if speaker:
            return speaker
    speaker = _clause_speaker(ctx, _sentence(ctx, open_)[0], open_, refs, last=True)
    if speaker:
        return speaker
    return _clause_speaker(ctx, close + 1, _sentence(ctx, close)[1], refs, last=False)


def _clause_speaker(ctx: _Ctx, a: int, b: int, refs: _Refs, last: bool) -> str | None:
    """The speaker of the reporting verb (or "volgens") in tokens a..b, outside quotes."""
    order = range(b - 1, a - 1, -1) if last else range(a, b)
    for k in order:
        if ctx.quoted[k]:
            continue
        if _reporting(ctx, k):
            return _verb_subject(ctx, k, refs, inverted=False)
        if ctx.toks[k].lower == "volgens":
            return _volgens_source(ctx, k, refs)
    return None


def _indirect_quotes(ctx: _Ctx, refs: _Refs) -> list[Quote]:
    quotes: list[Quote] = []
    for k in range(len(ctx.toks)):
        if ctx.quoted[k]:
            continue
        if ctx.toks[k].lower == "volgens":
            quote = _volgens_quote(ctx, k, refs)
        elif _reporting(ctx, k):
            quote = _dat_quote(ctx, k, refs)
        else:
            continue
        if quote and not any(q.start <= quote.start < q.end for q in quotes):
            quotes.append(quote)
    return quotes


def _dat_quote(ctx: _Ctx, v: int, refs: _Refs) -> Quote | None:
    """Reported speech "X zei dat ...": the dat-clause up to the end of the sentence."""
    s1 = _sentence(ctx, v)[1]
    for k in range(v + 1, min(v + 13, s1)):
        tok = ctx.toks[k]
        if ctx.quoted[k] or tok.text in _CLAUSE_MARKS or tok.text in ".!?":
            return None
        if tok.lower == "dat":
            start, end = tok.start, _sentence_end(ctx, v)
            speaker = _verb_subject(ctx, v, refs, inverted=False)
            return Quote(start, end, ctx.text[start:end], "indirect", speaker)
    return None


def _volgens_quote(ctx: _Ctx, k: int, refs: _Refs) -> Quote | None:
    """A claim "volgens X" (before or after it): the whole sentence is X's."""
    speaker = _volgens_source(ctx, k, refs)
    if speaker is None:
        return None
    s0 = _sentence(ctx, k)[0]
    start, end = ctx.toks[s0].start, _sentence_end(ctx, k)
    return Quote(start, end, ctx.text[start:end], "indirect", speaker)


def _sentence_end(ctx: _Ctx, k: int) -> int:
    """End of the sentence of token k, without its closing full stop."""
    s1 = _sentence(ctx, k)[1]
    end = ctx.toks[s1 - 1].end
    start = ctx.toks[k].start
    return start + len(ctx.text[start:end].rstrip(".!?… "))


# ---------------------------------------------------------------------------
# Dates, times and ages


def _iso_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _safe_date(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _dates(ctx: _Ctx, published: date | None) -> list[DateFact]:
    facts: list[DateFact] = []
    for finder in (
        _numeric_dates,
        _day_month_dates,
        _ages,
        _clock_times,
        _month_dates,
        _weekdays,
        _relative_days,
        _periods,
    ):
        for fact in finder(ctx, published):
            if not any(fact.start < f.end and f.start < fact.end for f in facts):
                facts.append(fact)
    return sorted(facts, key=lambda f: (f.start, f.end))


def _fact(ctx: _Ctx, start: int, end: int, iso: str | None, kind: str) -> DateFact:
    return DateFact(start, end, ctx.text[start:end], iso, kind)


def _numeric_dates(ctx: _Ctx, published: date | None) -> list[DateFact]:
    return [
        _fact(ctx, m.start(), m.end(), _safe_date(int(m[4]), int(m[3]), int(m[1])), "absolute")
        for m in _NUMERIC_DATE.finditer(ctx.text)
    ]


def _day_month_dates(ctx: _Ctx, published: date | None) -> list[DateFact]:
    facts = []
    for m in _DAY_MONTH.finditer(ctx.text):
        # A day and month without a year: the year of publication.
        year = int(m[3]) if m[3] else (published.year if published else None)
        month = MONTHS_NL.index(m[2].lower()) + 1
        facts.append(_fact(ctx, m.start(), m.end(), _safe_date(year, month, int(m[1])), "absolute"))
    return facts


def _month_dates(ctx: _Ctx, published: date | None) -> list[DateFact]:
    """Months, as in "in februari 2022": no single day, so no ISO date, but a date."""
    return [
        _fact(ctx, m.start(), m.end(), None, "absolute") for m in _MONTH_YEAR.finditer(ctx.text)
    ]


def _clock_times(ctx: _Ctx, published: date | None) -> list[DateFact]:
    facts = []
    for m in _CLOCK.finditer(ctx.text):
        group = next(g for g in (1, 2, 3) if m[g])
        facts.append(_fact(ctx, m.start(group), m.end(group), None, "absolute"))
    return facts


def _ages(ctx: _Ctx, published: date | None) -> list[DateFact]:
    spans: list[Span] = []
    for m in _AGE_PAREN.finditer(ctx.text):
        before = ctx.text[: m.start()].rstrip().rsplit(maxsplit=1)
        if before and before[-1][:1].isupper():  # "Ellis (71)", not "drones (74)"
            spans.append(m.span(1))
    spans += [m.span() for m in _AGE_JARIG.finditer(ctx.text)]
    spans += [m.span() for m in _AGE_WORD_JARIG.finditer(ctx.text) if _word_number(m[1].lower())]
    spans += [m.span(1) for m in _AGE_OUD.finditer(ctx.text)]
    for m in _AGE_COMMAS.finditer(ctx.text):
        before = ctx.text[: m.start()].rsplit(maxsplit=1)
        if before and before[-1][:1].isupper():  # "Margaret Ellis, 71, die ..."
            spans.append(m.span(1))
    spans += [m.span(1) for m in _AGE_BECAME.finditer(ctx.text) if int(m[1]) <= 130]
    return [_fact(ctx, s, e, None, "age") for s, e in spans]


def _relative_days(ctx: _Ctx, published: date | None) -> list[DateFact]:
    facts = []
    for m in _RELATIVE_DAY.finditer(ctx.text):
        before = ctx.text[max(0, m.start() - 6) : m.start()].lower().split()
        if before and before[-1] in ("de", "die", "deze", "elke", "iedere", "'s", "’s"):
            continue  # "de morgen": the morning, not tomorrow
        offset = _RELATIVE_DAYS[m[1].lower()]
        iso = (published + timedelta(days=offset)).isoformat() if published else None
        facts.append(_fact(ctx, m.start(), m.end(), iso, "relative"))
    return facts


def _periods(ctx: _Ctx, published: date | None) -> list[DateFact]:
    """Periods such as "vorige week" and "eerder deze maand": relative, no single day."""
    return [_fact(ctx, m.start(), m.end(), None, "relative") for m in _PERIOD.finditer(ctx.text)]


def _weekdays(ctx: _Ctx, published: date | None) -> list[DateFact]:
    facts = []
    for m in _WEEKDAY.finditer(ctx.text):
        iso = None
        k = _token_at(ctx, m.start(2))
        if published and k is not None:
            way = _direction(ctx, k, (m[1] or "").lower())
            iso = _nearest_weekday(published, DAYS_NL.index(m[2].lower()), way).isoformat()
        facts.append(_fact(ctx, m.start(), m.end(), iso, "relative"))
    return facts


def _nearest_weekday(published: date, weekday: int, way: int) -> date:
    """way: -1 on or before publication, -2 strictly before, 1 on or after, 2 strictly after."""
    if way < 0:
        back = (published.weekday() - weekday) % 7 or (7 if way == -2 else 0)
        return published - timedelta(days=back)
    ahead = (weekday - published.weekday()) % 7 or (7 if way == 2 else 0)
    return published + timedelta(days=ahead)


def _direction(ctx: _Ctx, k: int, modifier: str) -> int:
    """Whether a bare weekday lies behind or ahead, from its modifier or its clause's tense.

    News uses a bare weekday for the nearest such day: the one before publication
    in a clause about what happened, the next one in a clause about what is to
    come ("zou", "zal", present tense, or an om-te clause of intent). The
    present perfect ("heeft woensdag goedgekeurd") is past."""
    if modifier in _PAST_MODIFIERS:
        return -2
    if modifier in _FUTURE_MODIFIERS:
        return 2
    a, b = _clause(ctx, k)
    words = [t.lower for t in ctx.toks[a:b]]
    if any(w in _FUTURE_MARKERS for w in words) or (words[0] == "om" and "te" in words):
        return 1
    if k > 0 and ctx.toks[k - 1].lower in ("voor", "vanaf"):  # "code oranje voor zondag"
        return 1
    tense = _finite_tense(ctx, k, a, b) or _finite_tense(ctx, k, *_sentence(ctx, k))
    return 1 if tense == "present" else -1


def _clause(ctx: _Ctx, k: int) -> Span:
    s0, s1 = _sentence(ctx, k)
    a = k
    while a > s0 and not _clause_break(ctx, a - 1):
        a -= 1
    if a > s0 and _opens_clause(ctx, a - 1):
        a -= 1
    b = k + 1
    while b < s1 and not _clause_break(ctx, b):
        b += 1
    return a, b


def _clause_break(ctx: _Ctx, k: int) -> bool:
    return ctx.toks[k].text in _CLAUSE_MARKS or _opens_clause(ctx, k)


def _opens_clause(ctx: _Ctx, k: int) -> bool:
    tok = ctx.toks[k]
    if tok.chunk == "B-SBAR" or tok.pos == "VG(onder)":
        return True
    return tok.lower in _CLAUSE_OPENERS and not (_tagged(tok) and tok.tag == "LID")


def _finite_tense(ctx: _Ctx, k: int, a: int, b: int) -> str | None:
    """Tense of the finite verb nearest to token k in a..b: "past", "present" or None."""
    best: tuple[int, int] | None = None
    for m in range(a, b):
        if _tense_of(ctx.toks[m]) and (best is None or abs(m - k) < best[0]):
            best = (abs(m - k), m)
    if best is None:
        # Frog sometimes reads a plural present ("De stakingen duren") as an
        # infinitive; a clause with no finite verb but an infinitive is present.
        infinitive = any((t.pos or "").startswith("WW(inf") for t in ctx.toks[a:b])
        return "present" if infinitive else None
    m = best[1]
    if _tense_of(ctx.toks[m]) == "present" and _perfect(ctx, m):
        return "past"
    return _tense_of(ctx.toks[m])


def _perfect(ctx: _Ctx, m: int) -> bool:
    """Whether the finite verb at m is the auxiliary of a perfect: "heeft ... goedgekeurd".

    The participle may come after an embedded clause ("heeft dinsdag de rechten om
    ... te bouwen toegekend"), so it is looked for up to the next finite verb."""
    tok = ctx.toks[m]
    words = {"hebben", "zijn"} if _tagged(tok) else {"heeft", "hebben", "is", "zijn"}
    if ((tok.lemma or "").lower() if _tagged(tok) else tok.lower) not in words:
        return False
    s1 = _sentence(ctx, m)[1]
    for n in range(m + 1, s1):
        t = ctx.toks[n]
        if (t.pos or "").startswith("WW(vd") or (not _tagged(t) and _PARTICIPLE.match(t.lower)):
            return True
        if _tense_of(t):
            # "heeft ... bereikt.": Frog may read a clause-final participle as
            # a present-tense verb of the same spelling.
            final = n + 1 == s1 or not _has_word(ctx.toks[n + 1].text)
            return final and (t.pos or "").startswith("WW(pv,tgw,met-t")
    return False


def _tense_of(tok: Token) -> str | None:
    if _tagged(tok):
        if not tok.pos.startswith("WW(pv"):
            return None
        return "past" if ",verl," in tok.pos else "present"
    if tok.lower in _PAST_FORMS:
        return "past"
    return "present" if tok.lower in _PRESENT_FORMS else None


# ---------------------------------------------------------------------------
# Numbers


def _numbers(ctx: _Ctx, taken: list[Span]) -> list[NumberFact]:
    """Numbers and amounts outside dates, times and ages, with what they count."""
    facts = []
    k = 0
    while k < len(ctx.toks):
        tok = ctx.toks[k]
        if any(tok.start < e and s < tok.end for s, e in taken):
            k += 1
            continue
        found = _number_at(ctx, k)
        if found is None:
            k += 1
            continue
        fact, k = found
        facts.append(fact)
    return facts


def _number_at(ctx: _Ctx, k: int) -> tuple[NumberFact, int] | None:
    tok = ctx.toks[k]
    value, year = _token_value(ctx, k)
    vague = tok.lower in _VAGUE_NUMBERS
    if value is None and not vague:
        return None
    s1 = _sentence(ctx, k)[1]
    m = k + 1
    scaled = m < s1 and ctx.toks[m].lower.rstrip(".") in _SCALES
    if scaled:
        value = value * _SCALES[ctx.toks[m].lower.rstrip(".")] if value is not None else None
        m += 1
    elif tok.lower == "een":
        return None  # the article, unless "een miljoen"
    start = tok.start
    counts = None
    if k > 0 and ctx.toks[k - 1].text in _CURRENCIES:
        start, counts = ctx.toks[k - 1].start, _CURRENCIES[ctx.toks[k - 1].text]
    if m < s1 and ctx.toks[m].text == "%":
        counts, m = "procent", m + 1
    elif m < s1 and ctx.toks[m].lower in _PERCENT_WORDS:
        counts, m = ctx.toks[m].lower, m + 1
    elif counts is None and not (year and not scaled):
        noun = _counted_noun(ctx, m, s1)
        if noun is not None:
            counts, m = ctx.toks[noun].text, noun + 1
    end = ctx.toks[m - 1].end
    return NumberFact(start, end, ctx.text[start:end], _plain(value), counts), m


def _token_value(ctx: _Ctx, k: int) -> tuple[Decimal | None, bool]:
    """The value of a number token, and whether it looks like a bare year."""
    tok = ctx.toks[k]
    text = tok.text
    if _DUTCH_THOUSANDS.fullmatch(text):
        return Decimal(text.replace(".", "").replace(",", ".")), False
    if _DUTCH_DECIMAL.fullmatch(text):
        # Without Frog's POS a four-digit figure from 1900 to 2100 is taken for a
        # year and counts nothing; with Frog, a following noun decides.
        year = text.isdigit() and 1900 <= int(text) <= 2100 and not _tagged(tok)
        return Decimal(text.replace(",", ".")), year
    if _POINT_DECIMAL.fullmatch(text):
        return Decimal(text), False
    if _tagged(tok) and (tok.tag != "TW" or "rang" in tok.pos) and tok.lower not in ("een", "één"):
        return None, False
    number = _word_number(tok.lower)
    return (Decimal(number) if number is not None else None), False


def _counted_noun(ctx: _Ctx, m: int, s1: int) -> int | None:
    """The noun a number counts: the next noun, past at most two adjectives."""
    skipped = 0
    while m < s1 and skipped < 2 and _tagged(ctx.toks[m]) and ctx.toks[m].tag == "ADJ":
        m, skipped = m + 1, skipped + 1
    if m >= s1:
        return None
    tok = ctx.toks[m]
    if _tagged(tok):
        return m if tok.tag == "N" else None
    # Without POS tags, take a unit or a word with a plural ending ("drones",
    # "soldaten"), never a verb such as "geldt".
    low = tok.lower
    plural = len(low) > 3 and low.endswith(("en", "s"))
    plain = tok.text.isalpha() and tok.text.islower() and (low in _UNIT_WORDS or plural)
    return m if plain and low not in _FUNCTION_WORDS and not _is_time_word(low) else None


def _plain(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _word_number(word: str) -> int | None:
    """The value of a written-out Dutch number: twee, tweeëntwintig, driehonderd, duizend."""
    if "duizend" in word:
        left, _, right = word.partition("duizend")
        return _times(left, right, 1000, _below_thousand)
    return _below_thousand(word)


def _below_thousand(word: str) -> int | None:
    if "honderd" in word:
        left, _, right = word.partition("honderd")
        return _times(left, right, 100, _below_hundred)
    return _below_hundred(word)


def _times(left: str, right: str, scale: int, part) -> int | None:
    high = part(left) if left else 1
    low = part(right) if right else 0
    if high is None or low is None:
        return None
    return high * scale + low


def _below_hundred(word: str) -> int | None:
    for table in (_UNITS, _TEENS, _TENS):
        if word in table:
            return table[word]
    for tens, value in _TENS.items():
        head = word.removesuffix(tens)
        if head != word:
            for joint in ("en", "ën"):
                unit = head.removesuffix(joint)
                if unit != head and unit in _UNITS:
                    return _UNITS[unit] + value
    return None
