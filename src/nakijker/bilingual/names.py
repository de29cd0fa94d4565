"""Names in the source and where the Dutch text renders them.

A *name* here is a capitalised word of the English source that is not an
ordinary English word: a surname, a place, a brand (Dijkstra, Groningen,
Nvidia). Such a word passes into Dutch unchanged, or in a known Dutch form
(an exonym, a Dutch transliteration). Capitalised ordinary words (Court,
Office, Reform) are the ones translators translate, rightly or not; they are
judged only through the institution table in ``data/names.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache

from wordfreq import zipf_frequency

from nakijker.bilingual.context import Word, words_in
from nakijker.bilingual.lexicon import (
    common_prefix,
    dictionary,
    english_bases,
    fold,
    part_of,
    table,
)
from nakijker.bilingual.quantities import DAYS_EN
from nakijker.checks.formats import MONTHS_EN
from nakijker.checks.transliteration import letter_forms, to_dutch

Span = tuple[int, int]

_NAME = re.compile(r"(?<![\w’'])[A-ZÀ-Ý][\w’'\-]*\w|(?<![\w’'])[A-Z]{2,}\b")
# A wire dateline at the start of a line: "STRASBOURG, France — ", "KYIV, May 14
# (Reuters) - ", "THE HAGUE, Netherlands, Nov. 27 (AFP) -", "WASHINGTON (AP) — ".
_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+)*"  # the place, in capitals
    r"(?:,\s*[A-Z][\w.'’\-]*(?: [\w.'’\-]+){0,3}?)*"  # region, country, date
    r"\s*(?:\([A-Za-z][\w .&/\-]*\))?\s*[—–-]{1,2}\s+",
    re.M,
)
_ENGLISH_WORD = 3.0  # zipf: rarer than this in English, a capitalised word is a name
_COMMON_WORD = 4.0  # zipf: at least this common in English, it is an ordinary word
_CALENDAR = frozenset(m.lower() for m in MONTHS_EN) | frozenset(DAYS_EN)
_FUNCTION = frozenset(
    ["van", "voor", "de", "het", "der", "den", "en", "in", "op", "of", "and", "the", "for"]
)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str


@cache
def dateline_spans(source: str) -> tuple[Span, ...]:
    """Wire datelines ("KYIV, May 14 (Reuters) - ") at the start of a line, after a
    headline too. Dutch papers drop or shorten them: their names, dates and
    numbers need no counterpart."""
    return tuple((m.start(), m.end()) for m in _DATELINE.finditer(source))


def dateline_end(source: str) -> int:
    """Where a dateline opening the source ends (0 without one)."""
    spans = dateline_spans(source)
    return spans[0][1] if spans and spans[0][0] == 0 else 0


def in_dateline(source: str, offset: int) -> bool:
    return any(s <= offset < e for s, e in dateline_spans(source))


@cache
def is_name_word(word: str) -> bool:
    """A rare capitalised English word that a Dutch text keeps (or gives its Dutch form)."""
    low = word.lower().strip("’'")
    if len(low) < 3 or low in _CALENDAR or fold(word) in demonym_forms():
        return False
    if word.isupper():
        return False  # abbreviations are localised: MMR is BMR, UN is VN
    # Rare in English, or a name about as common in Dutch text (Powell,
    # Nvidia): ordinary English words are much rarer in Dutch. Well-known
    # places (Netherlands, London) fail both tests; a Dutch sentence may
    # leave them out where they are obvious.
    english = zipf_frequency(low, "en")
    if english < _ENGLISH_WORD:
        return True
    return english < _COMMON_WORD and zipf_frequency(low, "nl") >= english - 0.5


def name_mentions(
    source: str, sentence_starts: set[int], quotes: Sequence[Span] = ()
) -> list[Mention]:
    """Name words of the source outside datelines and ``quotes`` (titles, speech)."""
    starts = sentence_starts | {end for _, end in dateline_spans(source)}
    found = []
    for m in _NAME.finditer(source):
        word = _name_part(re.sub(r"[’']s?$", "", m.group()))
        if in_dateline(source, m.start()) or not is_name_word(word):
            continue
        if any(s <= m.start() < e for s, e in quotes) or _is_unit(source, m):
            continue
        # At a sentence start a fairly rare word may still be an ordinary one:
        # "Dockworkers" is known to English and unknown to Dutch, unlike a name.
        # "Lashers" is rare, its singular "lasher" is not
        singular = re.sub(r"(?<=[a-z])e?s$", "", word.lower())
        english = max(zipf_frequency(word.lower(), "en"), zipf_frequency(singular, "en"))
        ordinary = english >= 2.0 or (english >= 1.0 and zipf_frequency(word.lower(), "nl") < 1.0)
        if m.start() in starts and ordinary:
            continue
        found.append(Mention(m.start(), m.start() + len(word), word))
    return found


def _name_part(word: str) -> str:
    """ "Hamas-led", "UAE-brokered": the name before a lower-case participle is what
    the Dutch must keep ("onder leiding van Hamas"); "Saint-Germain" stays whole."""
    return re.sub(r"(?:-[a-z][\w’'\-]*)+$", "", word) or word


_UNIT_BEFORE = re.compile(r"(?:\d|°|\bdegrees?)\s*$")


def _is_unit(source: str, m: re.Match[str]) -> bool:
    """A unit named after a person ("34 degrees Celsius", "6.1 on the Richter scale"):
    Dutch news often leaves it out ("34 graden")."""
    before = _UNIT_BEFORE.search(source[max(0, m.start() - 12) : m.start()])
    return bool(before) or bool(re.match(r"\s+scale\b", source[m.end() :]))


@cache
def exonym_forms() -> dict[str, tuple[str, ...]]:
    return {fold(k): tuple(v) for k, v in table("names")["exonyms"].items()}


@cache
def demonym_forms() -> dict[str, tuple[str, ...]]:
    return {fold(k): tuple(v) for k, v in table("names")["demonyms"].items()}


def dutch_forms(name: str) -> set[str]:
    """Folded forms under which a source name may appear in the Dutch text."""
    forms = {fold(name)} | {fold(f) for f in letter_forms(name)}
    # A word of a longer place name takes that name's forms: Hague → Den Haag.
    for english, dutch in exonym_forms().items():
        if fold(name) in english.split():
            forms |= {fold(f) for f in dutch}
    forms |= {fold(f) for f in demonym_forms().get(fold(name), ())}
    forms |= _demonym_stems(fold(name)) | _iotated(name)
    return {f for f in forms if f}


# English nationality endings, longest first: Slovenian, Taiwanese, Kenyan, Kuwaiti, Danish.
_DEMONYM_ENDINGS = ("ians", "ian", "eans", "ean", "ese", "ish", "ans", "an", "is", "i")
# Endings that mark a nationality word by themselves; after the others (Kenyan,
# Kuwaiti, but also Morgan, Ferrari) the country must be a known place.
_DISTINCT_ENDINGS = ("ians", "ian", "eans", "ean", "ese", "ish")
# Dutch country endings to drop for the stem: Slovenië → sloven, Litouwen → litouw.
_COUNTRY_ENDINGS = ("ie", "ije", "ia", "a", "en", "e")


def _demonym_stems(name: str) -> set[str]:
    """Stems of a nationality word and of its country's Dutch name, which the Dutch
    demonym begins with: Slovenian → sloven (Sloveense); Lithuanian → Lithuania →
    Litouwen → litouw (Litouwse). A stem under four letters says nothing."""
    stems: set[str] = set()
    for ending in _DEMONYM_ENDINGS:
        if not name.endswith(ending) or len(name) - len(ending) < 4:
            continue
        stem = name[: -len(ending)]
        countries = [exonym_forms().get(c, ()) for c in (stem + "ia", stem + "a", stem)]
        if ending in _DISTINCT_ENDINGS or any(countries):
            stems.add(stem)
        stems |= {_country_stem(fold(dutch)) for forms in countries for dutch in forms}
        break
    return {s for s in stems if len(s) >= 4}


def _country_stem(country: str) -> str:
    for ending in _COUNTRY_ENDINGS:
        if country.endswith(ending) and len(country) - len(ending) >= 4:
            return country[: -len(ending)]
    return country


def _iotated(name: str) -> set[str]:
    """Russian and Ukrainian names with an initial E (Е) take Je in Dutch:
    Evstigneeva → Jevstignejeva, Elena → Jelena."""
    if len(name) < 4 or not name.startswith("E") or name[1:2] in "aeiouy":
        return set()
    variant = "Je" + name[1:]
    return {fold(variant), fold(to_dutch(variant))}


def appears(name: str, target: str, target_words: list[Word] | None = None) -> bool:
    """The name, or a Dutch form or inflection of it, occurs in the target text.
    A hyphenated name occurs when each of its parts does: Liège-Guillemins is
    Luik-Guillemins, a Belgian-Dutch film a Belgisch-Nederlandse."""
    words = target_words if target_words is not None else words_in(target)
    parts = [p for p in name.split("-") if len(p) >= 3]
    if len(parts) > 1 and all(_appears(p, target, words) for p in parts):
        return True
    return _appears(name, target, words)


def _appears(name: str, target: str, words: list[Word]) -> bool:
    folded = fold(target)
    for form in dutch_forms(name):
        if len(form) >= 3 and re.search(rf"(?<!\w){re.escape(form)}", folded):
            return True
        need = max(4, min(6, len(form) - 2))
        capitals = [fold(w.text) for w in words if w.text[:1].isupper()]
        if any(common_prefix(form, w) >= need for w in capitals):
            return True
        # An inhabitant named after the place by its first part: Friesland → Fries.
        if any(len(w) >= 5 and form.startswith(w) for w in capitals):
            return True
        # Transliterations differ in more than the letter table knows
        # (Synehubov / Synjehoebov): a close enough capitalised word counts.
        if len(form) >= 6 and any(_close(form, w) for w in capitals):
            return True
    return False


# English spellings of shared Latin and Greek words that Dutch writes otherwise:
# volcanology → vulkanologie, physics → fysica, theory → theorie (Dutch keeps
# the inner y of Greek words: cyclus, dynamiek).
_DUTCH_SPELLING = (
    (r"ph", "f"),
    (r"th", "t"),
    (r"qu", "kw"),
    (r"c(?=[aoulrt]|$)", "k"),
    (r"y$", "ie"),
    (r"ics$", "ica"),
    (r"tion$", "tie"),
)
_COMMON_NOUN = 1.5  # zipf: at least this common in English, a capitalised word may be a common noun


def as_common_noun(name: str, target_words: list[Word]) -> bool:
    """A capitalised English common noun of a term or an institution's name (Indian
    Ocean Dipole, Center for Volcanology, Infanta Sofía) that the Dutch renders as
    an ordinary lower-case word or compound part (Oceaan-dipool, centrum voor
    vulkanologie, infante Sofía). A name proper stays capitalised in Dutch, and
    a name more frequent in Dutch than in English (Pereira, Lage) is no English word."""
    low = name.lower()
    english = zipf_frequency(low, "en")
    if english < _COMMON_NOUN:
        return False
    forms = {fold(name), _dutch_spelling(fold(name))}
    if any(_compound_tail(form, fold(w.text)) for form in forms for w in target_words):
        return True  # "Fraud Helpdesk" → "Fraudehelpdesk", a loanword in Dutch too
    if english < zipf_frequency(low, "nl"):
        return False
    lower = [fold(w.text) for w in target_words if w.text[:1].islower()]
    if any(_cognate_part(form, word) for form in forms for word in lower):
        return True
    # Or its dictionary translation, alone or in a compound (Tribunal → rechtbank).
    renderings = [r for r in dictionary().dutch(low) if " " not in r and len(r) >= 4]
    return any(w.startswith(r) or w.endswith(r) for r in renderings for w in lower)


@cache
def _joined_headwords() -> dict[str, frozenset[str]]:
    """FreeDict headwords written with a hyphen, joined: "bee‐keeper" is "beekeeper"."""
    joined: dict[str, set[str]] = {}
    for head, dutch in dictionary().forward.items():
        if re.search(r"\w[‐-]\w", head):
            joined.setdefault(re.sub(r"[‐-]", "", head), set()).update(dutch)
    return {k: frozenset(v) for k, v in joined.items()}


def name_renderings(word: str) -> set[str]:
    """Dutch words that translate an English word of a name: FreeDict's, also under
    its hyphenated headword, and the glossary's for name words FreeDict lacks."""
    low = fold(word)
    found = set(dictionary().dutch(low))
    glossary = table("names").get("glossary", {})
    for base in english_bases(low):
        found |= _joined_headwords().get(base, frozenset())
        found |= {fold(d) for d in glossary.get(base, ())}
    return {r for r in found if len(r) >= 4 and " " not in r}


_CAMEL = re.compile(r"(?:[A-Z][a-z]+){2,}")
_KNOWN_NAME = 3.0  # zipf: a Dutch name this common is an established one (GroenLinks)


def translation(name: str, target_words: list[Word]) -> list[Word] | None:
    """The Dutch words that translate each word of the name (GreenLeft: Green,
    Left), whole or as a part of a compound: Bijenhoudersvereniging, GroenLinks,
    lanceerbasis. A coined one-word name (BlueHarbor) is translated only into an
    established Dutch name, not into a new one (BlauweHaven)."""
    camel = _CAMEL.fullmatch(name)
    found = []
    for part in re.findall(r"[A-Z][a-z]+", name) if camel else [name]:
        renderings = name_renderings(part)
        word = next(
            (w for w in target_words if any(_inside(r, fold(w.text)) for r in renderings)), None
        )
        if word is None:
            return None
        found.append(word)
    if camel and any(zipf_frequency(w.lower, "nl") < _KNOWN_NAME for w in found):
        return None
    return found


# The abbreviation in brackets after a name: "Dutch Beekeepers' Association (NBV)".
_ABBREVIATION_AFTER = re.compile(
    r"(?:[’']s?)?(?:\s+(?:of|for|and|the|[A-Z][\w’'-]*))*\s*\(([A-Z][A-Za-z]{1,5})\)"
)


def dutch_abbreviation(source: str, mention: Mention) -> tuple[str, list[str]] | None:
    """The abbreviation after the name holding the mention when it abbreviates no
    English words (NBV for "Dutch Beekeepers' Association"), so that it spells the
    Dutch name, with the English words of the name."""
    after = _ABBREVIATION_AFTER.match(source, mention.end)
    if after is None:
        return None
    run = re.search(r"(?:[A-Z][\w’'-]*\s+(?:(?:of|for|and|the)\s+)*)*$", source[: mention.start])
    words = re.findall(
        r"[A-Z][\w-]*", source[run.start() if run else mention.start : after.start(1)]
    )
    initials = "".join(w[0] for w in words)
    abbr = after.group(1)
    return None if initials.endswith(abbr.upper()) else (abbr, words)


def fits_abbreviation(abbr: str, english: list[str], dutch_run: list[Word]) -> bool:
    """The abbreviation spells the Dutch name: its letters open, in order, the
    words of the name or the parts of a compound that translate an English word
    (NBV: Nederlandse Bijenhouders-Vereniging, not Nederlandse Imkers-Vereniging)."""
    renderings = {r for e in english for r in name_renderings(e)}
    letters = ""
    for word in dutch_run:
        folded = fold(word.text)
        starts = {0} | {folded.find(r) for r in renderings if folded.find(r) > 0}
        letters += "".join(folded[i] for i in sorted(starts))
    wanted = iter(letters)
    return all(ch in wanted for ch in fold(abbr))


def _inside(rendering: str, word: str) -> bool:
    """The rendering is the word, or opens or closes it as a compound part."""
    return word.startswith(rendering) or (len(rendering) >= 5 and word.endswith(rendering))


def _compound_tail(form: str, word: str) -> bool:
    """The form ends a longer compound: a capitalised Dutch name glues the words."""
    return len(form) >= 5 and len(word) >= len(form) + 3 and word.endswith(form)


def _dutch_spelling(word: str) -> str:
    for english, dutch in _DUTCH_SPELLING:
        word = re.sub(english, dutch, word)
    return word


def _cognate_part(form: str, word: str) -> bool:
    """The word, or its first or last part (a compound), is spelled nearly like the form."""
    if len(form) < 4 or len(word) < 4:
        return False
    sizes = range(max(4, len(form) - 1), len(form) + 3)
    parts = {word} | {word[:n] for n in sizes} | {word[-n:] for n in sizes if n < len(word)}
    return any(p[:1] == form[:1] and SequenceMatcher(None, form, p).ratio() >= 0.8 for p in parts)


def _close(a: str, b: str) -> bool:
    """Close in spelling, compared on the letters both transliterations share:
    Chornomorsk and Tsjornomorsk have the same skeleton."""
    return any(
        x[:1] == y[:1] and SequenceMatcher(None, x, y).ratio() >= 0.75
        for x, y in ((a, b), (_skeleton(a), _skeleton(b)))
    )


_SKELETON = (("tsj", "ch"), ("sj", "sh"), ("zj", "zh"), ("kh", "ch"), ("oe", "u"), ("j", "y"))


def _skeleton(word: str) -> str:
    for dutch, english in _SKELETON:
        word = word.replace(dutch, english)
    return word


_DUTCH_ENDINGS = ("s", "se", "e", "en", "er", "ers", "sche", "'s", "’s", "ense", "aanse")
# Nationality words derived from a place: Taiwan → Taiwanees, Taiwanese; Kenia → Keniaan.
# (compared folded: Kenia → Keniaan, Georgië → Georgiër = georgier)
_DEMONYM_SUFFIXES = ("ees", "ese", "ezen", "aan", "aans", "aanse", "anen", "iaan", "iaans",
                     "iaanse", "ijn", "ijns", "ijnse", "isch", "ische", "ier", "iers")  # fmt: skip


def spelled_like(name: str, word: str) -> bool:
    """The same name, or another spelling of it (Zelenskyy, Zelensky), not an inflection."""
    a, b = fold(name), fold(word)
    if a == b:
        return True
    if len(b) < 4 or a[:1] != b[:1]:
        return False
    short, long = sorted((a, b), key=len)
    if long.startswith(short) and long[len(short) :] in _DUTCH_ENDINGS + _DEMONYM_SUFFIXES:
        return False
    if len(short) < 6 and len(long) - len(short) > 1:
        return False  # two letters more is another word in a short name: Lage, League
    # A place adjective drops the -en of the name: Groningen → Gronings(e).
    if a.endswith("en") and b.startswith(a[:-2]) and b[len(a) - 2 :] in ("s", "se"):
        return False
    return SequenceMatcher(None, a, b).ratio() >= 0.8


# ---------------------------------------------------------------------------
# Institutions and exonyms


@dataclass(frozen=True)
class Institution:
    english: str
    dutch: tuple[str, ...]
    pattern: re.Pattern[str]
    content: tuple[str, ...]  # the words a literal translation renders


@cache
def institutions() -> tuple[Institution, ...]:
    out = []
    for entry in table("names")["institutions"]:
        english = entry["en"]
        pattern = entry.get("source") or rf"(?<![\w-]){re.escape(english)}(?![\w-])"
        content = tuple(w for w in re.findall(r"[A-Za-z]+", english) if w.lower() not in _FUNCTION)
        out.append(Institution(english, tuple(entry["nl"]), re.compile(pattern), content))
    # Longer names first, so that "Land Registry Office" wins over "Land Registry".
    return tuple(sorted(out, key=lambda i: -len(i.english)))


def has_rendering(institution: Institution, target: str, source_rest: str) -> bool:
    """A Dutch form of the name is in the target (and is not just copied from the source)."""
    folded = fold(target)
    for form in institution.dutch:
        pattern = rf"(?<!\w){re.escape(fold(form))}"
        if re.search(pattern, folded) and not (
            fold(form) != fold(institution.english) and re.search(pattern, fold(source_rest))
        ):
            return True
    return False


def literal_rendering(institution: Institution, target_words: list[Word], text: str) -> Span | None:
    """The capitalised Dutch words that translate the name word for word."""
    best: tuple[int, Span] | None = None
    for run in _capital_runs(target_words, text):
        rendering = [
            w
            for w in run
            if len(w.text) > 2 and any(part_of(c, w.text) for c in institution.content)
        ]
        rendered = {c for c in institution.content if any(part_of(c, w.text) for w in rendering)}
        needed = 1 if len(institution.content) == 1 else max(1, len(institution.content) // 2)
        if len(rendered) >= needed and (best is None or len(rendered) > best[0]):
            # The name continues to the end of the run: "District Hof", "Statistieken Nederland".
            best = (len(rendered), (rendering[0].start, run[-1].end))
    return best[1] if best else None


def _capital_runs(words: list[Word], text: str) -> list[list[Word]]:
    """Runs of capitalised words, with lower-case function words between them."""
    runs: list[list[Word]] = []
    current: list[Word] = []
    for word in words:
        gap = text[current[-1].end : word.start] if current else ""
        joined = bool(current) and re.fullmatch(r"[\s\-]*", gap) is not None
        if (word.text[:1].isupper() and (not current or joined)) or (
            current and joined and word.text in _FUNCTION
        ):
            current.append(word)
        else:
            if current:
                runs.append(_trim(current))
            current = [word] if word.text[:1].isupper() else []
    if current:
        runs.append(_trim(current))
    return [r for r in runs if r]


def _trim(run: list[Word]) -> list[Word]:
    while run and run[-1].text in _FUNCTION:
        run = run[:-1]
    return run


@cache
def kept_english_exonyms() -> tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...]:
    """English place names that a Dutch text must not keep, with their Dutch forms."""
    out = []
    for english, dutch in table("names")["exonyms"].items():
        if len(re.sub(r"\W", "", english)) < 4 or english in dutch:
            continue
        pattern = re.compile(rf"(?<![\w-]){re.escape(english)}(?![\w-])")
        out.append((pattern, english, tuple(dutch)))
    return tuple(out)
