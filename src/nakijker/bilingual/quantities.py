"""Amounts, dates and times in English and Dutch text, as comparable values.

A ``Quantity`` carries a set of keys: alternative readings of what it says
("n:40000", "t:10:30", "d:6-14", "m:6", "w:2", "v:100"). Two quantities
agree when their keys meet. A Dutch number written the English way
("40,000") gets both readings, so that a convention error is not taken for a
wrong number; the convention checks report it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache

from nakijker.bilingual.lexicon import table
from nakijker.checks.formats import MONTHS_EN, MONTHS_NL

Span = tuple[int, int]

DAYS_EN = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
DAYS_NL = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int
    end: int
    text: str
    kind: str  # number, ordinal, money, percent, fraction, vague, time, date, month, weekday,
    # duration, decade, term
    keys: frozenset[str]
    digits: bool = False  # written with digits, not in words
    scale: Span | None = None  # the scale word ("billion", "biljoen") inside the span

    def agrees(self, other: Quantity) -> bool:
        return not self.keys.isdisjoint(other.keys)

    @property
    def value(self) -> Decimal | None:
        numbers = sorted(Decimal(k[2:]) for k in self.keys if k.startswith("n:"))
        return numbers[0] if numbers else None


def number_key(value: Decimal) -> str:
    return "n:" + format(value.normalize(), "f")


# ---------------------------------------------------------------------------
# Reading digits


def read_english_number(text: str) -> set[Decimal]:
    try:
        return {Decimal(text.replace(",", ""))}
    except InvalidOperation:
        return set()


def read_dutch_number(text: str) -> set[Decimal]:
    """Every plausible reading: Dutch separators, and English ones left by MT."""
    readings: set[Decimal] = set()
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", text):
        readings.add(Decimal(text.replace(".", "").replace(",", ".")))
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", text):
        readings.add(Decimal(text.replace(",", "")))
    return readings


# ---------------------------------------------------------------------------
# Language tables


@dataclass(frozen=True)
class Language:
    code: str
    cardinals: dict[str, int]
    ordinals: dict[str, int]
    scales: dict[str, int]
    vague: dict[str, int]
    fractions: dict[str, float]
    terms: dict[str, int]
    half_scales: re.Pattern[str]
    skip: tuple[re.Pattern[str], ...]
    months: list[str]
    days: list[str]
    compound_suffixes: str
    read: Callable[[str], set[Decimal]]


@cache
def language(code: str) -> Language:
    data = table("numbers")["english" if code == "en" else "dutch"]
    return Language(
        code=code,
        cardinals={k.lower(): v for k, v in data["cardinals"].items()},
        ordinals={k.lower(): v for k, v in data["ordinals"].items()},
        scales={k.lower(): v for k, v in data["scales"].items()},
        vague={k.lower(): v for k, v in data["vague"].items()},
        fractions={k.lower(): v for k, v in data["fractions"].items()},
        terms={k.lower(): v for k, v in data.get("terms", {}).items()},
        half_scales=re.compile(rf"\b{data['half_scales']}\b", re.I),
        skip=tuple(re.compile(p, re.I) for p in data.get("skip", [])),
        months=[m.lower() for m in (MONTHS_EN if code == "en" else MONTHS_NL)],
        days=DAYS_EN if code == "en" else DAYS_NL,
        compound_suffixes=data.get("compound_suffixes", ""),
        read=read_english_number if code == "en" else read_dutch_number,
    )


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# ---------------------------------------------------------------------------
# The extractor: patterns tried in order; text they take is not read again.


@dataclass
class _Reader:
    text: str
    base: int
    lang: Language
    taken: list[Span]
    found: list[Quantity]

    def free(self, start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in self.taken)

    def take(self, start: int, end: int) -> None:
        self.taken.append((start, end))

    def add(self, start: int, end: int, kind: str, keys: set[str], **extra) -> None:
        if not keys or not self.free(start, end):
            return
        self.take(start, end)
        self.found.append(
            Quantity(
                self.base + start,
                self.base + end,
                self.text[start:end],
                kind,
                frozenset(keys),
                **extra,
            )
        )


def extract(text: str, lang: str, base: int = 0) -> list[Quantity]:
    """Quantities in ``text`` (English "en" or Dutch "nl"), offsets shifted by ``base``."""
    reader = _Reader(text, base, language(lang), [], [])
    for step in _STEPS:
        step(reader)
    return sorted(reader.found, key=lambda q: q.start)


def _skip(r: _Reader) -> None:
    for pattern in r.lang.skip:
        for m in pattern.finditer(r.text):
            r.take(m.start(), m.end())


def _codes(r: _Reader) -> None:
    """Digits glued to letters are codes and names, not amounts: KL691, F-35, COVID-19."""
    for m in re.finditer(r"\b[^\W\d_]+-?\d[\d.,]*[^\W\d_]*\b|\b\d+[^\W\d_]{2,}\b", r.text):
        ordinal = re.fullmatch(r"\d+(?:st|nd|rd|th|e|ste|de)", m.group())
        if ordinal or re.fullmatch(rf"\d+{_GLUED_UNIT}", m.group()) or _glued_scale(r.text, m):
            continue
        r.take(m.start(), m.end())


def _glued_scale(text: str, m: re.Match[str]) -> bool:
    """ "€3.2bn", "£12bn": a scale glued to an amount of money, not a code."""
    glued = re.fullmatch(r"\d+(?:bn|mn|tn)", m.group(), re.I)
    return bool(glued) and re.search(r"(?:[$€£]\s?|\d[.,])$", text[: m.start()]) is not None


_AMPM = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?", re.I)
_CLOCK = re.compile(r"\b([01]?\d|2[0-3])[:.]([0-5]\d)\b(?:\s*uur\b)?")
_PART_OF_DAY = re.compile(r"\s*(?:’|')s\s+(nachts|ochtends|morgens|middags|avonds)", re.I)


_EN_DOTTED_TIME = re.compile(r"\b([01]?\d|2[0-3])\.([0-5]\d)\b(?![.,]\d)")
_EN_TIME_BEFORE = re.compile(
    r"\b(?:at|from|to|until|till|between|by|before|after|since|around|and)\s+$", re.I
)
_EN_TIME_AFTER = re.compile(r"\s*(?:hours|hrs|GMT|CET|CEST|UTC|BST|local time)\b")
# A named time zone after a time: a Dutch text may give the time in Dutch time instead.
_EN_ZONE = re.compile(
    r"\s*\(?(?:GMT|UTC|CET|CEST|BST|[ECMP][SD]?T|AEST|AEDT|JST|MSK|IST|HKT|SGT|Z"
    r"|(?:Eastern|Central|Pacific|Mountain|Greenwich Mean)(?: Standard| Daylight)? Time)\b"
)
_EN_LOCAL = re.compile(r"\s*(?:local time|local)\b", re.I)
_NL_DUTCH_TIME = re.compile(
    r"\s*\(?(?:uur\s+)?(?:Nederlandse|Belgische|onze|Midden-Europese)\s+tijd\b", re.I
)
# Military time in wire copy: "0917 GMT", "at 0001 local time".
_EN_MILITARY = re.compile(
    r"\b([01]\d|2[0-3])([0-5]\d)"
    r"(?=\s*(?:GMT|UTC|ET|EST|EDT|CET|CEST|BST|PST|PDT|CST|CDT|MSK|JST|Z|hours|hrs|local)\b)"
)


def _time_keys(hours: int, minutes: int) -> set[str]:
    return {f"t:{hours % 24:02d}:{minutes:02d}"}


def _zone_keys(r: _Reader, end: int, minutes: int) -> set[str]:
    """Readings that let a time match its conversion to Dutch time (same minutes).

    English: "tz" after a named zone (GMT, EST), "lt" after "local time". Dutch:
    every clock time may be the converted one ("tz"); one marked "Nederlandse
    tijd" may also convert a local time ("lt").
    """
    if r.lang.code == "en":
        if _EN_ZONE.match(r.text, end):
            return {f"tz:{minutes:02d}"}
        return {f"lt:{minutes:02d}"} if _EN_LOCAL.match(r.text, end) else set()
    if _NL_DUTCH_TIME.match(r.text, end):
        return {f"tz:{minutes:02d}", f"lt:{minutes:02d}"}
    return {f"tz:{minutes:02d}"}


def _add_time(r: _Reader, m: re.Match[str], hours: int, minutes: int, **extra) -> None:
    keys = _time_keys(hours, minutes) | _zone_keys(r, m.end(), minutes) | extra.pop("keys", set())
    r.add(m.start(), m.end(), "time", keys, **extra)


# Clock phrases: "half past three" is half vier, "quarter to five" kwart voor vijf.
# English counts from the hour before (half past three = 3.30), Dutch "half"
# from the hour after (half vier = 3.30); each phrase stands for its time in
# the morning and in the afternoon, as the words do not say which.
_CLOCK_PHRASES = {
    "en": ((r"half past", 0, 30), (r"quarter past", 0, 15), (r"quarter to", -1, 45)),
    "nl": ((r"half", -1, 30), (r"kwart over", 0, 15), (r"kwart voor", -1, 45)),
}


def _clock_phrases(r: _Reader) -> None:
    words = _alternation(list(r.lang.cardinals))
    for phrase, shift, minutes in _CLOCK_PHRASES[r.lang.code]:
        for m in re.finditer(rf"\b{phrase}\s+(\d{{1,2}}|{words})\b", r.text, re.I):
            token = m.group(1).lower()
            hour = int(token) if token.isdigit() else r.lang.cardinals.get(token, 99)
            if not 1 <= hour <= 12:
                continue
            hour = (hour + shift) % 12
            r.add(
                m.start(),
                m.end(),
                "time",
                _time_keys(hour, minutes) | _time_keys(hour + 12, minutes),
            )


def _times(r: _Reader) -> None:
    _clock_phrases(r)
    for m in _AMPM.finditer(r.text):
        hours, minutes = int(m.group(1)), int(m.group(2) or 0)
        if hours > 12:
            continue
        hours = hours % 12 + (12 if m.group(3).lower() == "p" else 0)
        _add_time(r, m, hours, minutes, digits=True)
    for word, hours in (("noon", 12), ("midnight", 0), ("middernacht", 0)):
        for m in re.finditer(rf"\b{word}\b", r.text, re.I):
            r.add(m.start(), m.end(), "time", _time_keys(hours, 0))
    if r.lang.code == "en":
        for m in re.finditer(r"\b([01]?\d|2[0-3]):([0-5]\d)\b", r.text):
            _add_time(r, m, int(m.group(1)), int(m.group(2)))
        for m in _EN_MILITARY.finditer(r.text):
            _add_time(r, m, int(m.group(1)), int(m.group(2)))
        # British wire copy writes "from 9.00 to 22.00"; a bare "9.00" is a number
        for m in _EN_DOTTED_TIME.finditer(r.text):
            if _EN_TIME_BEFORE.search(r.text[: m.start()]) or _EN_TIME_AFTER.match(r.text, m.end()):
                # "rose from 1.25 to 3.40" is no time: let it match a Dutch "1,25" too
                number = {number_key(Decimal(m.group()))}
                _add_time(r, m, int(m.group(1)), int(m.group(2)), keys=number)
        return
    _dutch_times(r)


def _dutch_times(r: _Reader) -> None:
    before = re.compile(r"(?:om|tot|vanaf|van|rond|omstreeks|tussen|na|voor|en)\s+$", re.I)
    for m in _CLOCK.finditer(r.text):
        is_time = (
            ":" in m.group() or m.group().endswith("uur") or before.search(r.text[: m.start()])
        )
        if is_time:
            hours = _part_of_day(r.text, m.end(), int(m.group(1)))
            _add_time(r, m, hours, int(m.group(2)), digits=True)
        else:
            _clock_number(r, m)
    words = _alternation(list(r.lang.cardinals))
    for m in re.finditer(rf"\b(\d{{1,2}}|{words})\s+uur\b", r.text, re.I):
        token = m.group(1).lower()
        hours = int(token) if token.isdigit() else r.lang.cardinals.get(token, 99)
        if hours > 24:
            continue
        clock = _part_of_day(r.text, m.end(), hours)
        keys = _time_keys(clock, 0) | {number_key(Decimal(hours))}
        r.add(m.start(), m.end(), "time", keys, digits=token.isdigit())


def _clock_number(r: _Reader, m: re.Match[str]) -> None:
    """ "derde op 1.55": a race time or a clock time without "om" is also a number.
    Both readings, so that it matches the source's "1:55" as well as a "1.55"."""
    if _glued_to_letters(r.text, m.start()) or re.match(r"[.,]\d", r.text[m.end() :]):
        return
    keys = _time_keys(int(m.group(1)), int(m.group(2)))
    keys |= {number_key(v) for v in r.lang.read(m.group())}
    r.add(m.start(), m.end(), "number", keys, digits=True)


def _part_of_day(text: str, end: int, hours: int) -> int:
    m = _PART_OF_DAY.match(text, end)
    if m and m.group(1).lower() in ("middags", "avonds") and hours < 12:
        return hours + 12
    return hours


# Wire copy abbreviates months: "Oct. 7" (AP), "Oct 7" (Reuters), "Sept. 19".
_MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
                        "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}  # fmt: skip
_DAY = r"([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?![.,:]?\d)"
# A range of days in one month: "Nov. 18-19", "18 en 19 november", "18 tot en met 20 mei".
_DAY_LINK = {"en": r"\s*[-–]\s*|\s+(?:to|and|through)\s+",
             "nl": r"\s*[-–]\s*|\s+(?:en|tot(?:\s+en\s+met)?|t/m)\s+"}  # fmt: skip
# The link of a range of days that needs nothing after it: "from Oct. 14 to 18 and …".
_DAY_TO = {"en": r"to|through|until|till", "nl": r"tot(?:\s+en\s+met)?|t/m"}


def _month_number(word: str, lang: Language) -> int:
    """The month of a month name or (English) abbreviation: "Oct." → 10."""
    low = word.lower().rstrip(".")
    if low in _MONTH_ABBREVIATIONS:
        return _MONTH_ABBREVIATIONS[low]
    names = lang.months if low in lang.months else [x.lower() for x in MONTHS_EN]
    return names.index(low) + 1


def _month_pattern(lang: Language) -> str:
    if lang.code == "nl":
        return _alternation(lang.months)
    abbreviations = _alternation([a.capitalize() for a in _MONTH_ABBREVIATIONS])
    return rf"{_alternation(MONTHS_EN)}|(?:{abbreviations})\.?(?=\s)"


def _date_keys(month: int, first: str, last: str | None = None) -> set[str]:
    """Each day of a range is a reading: "18 en 19 november" may be rendered "19 november"."""
    return {f"d:{month}-{int(day)}" for day in (first, last) if day}


def _dates(r: _Reader) -> None:
    flags = re.I if r.lang.code == "nl" else 0
    months, day, link = _month_pattern(r.lang), _DAY, _DAY_LINK[r.lang.code]
    # "June 3 and 12 people": after the month, a second day needs punctuation or a year next;
    # after "to" it needs no count of something ("from May 2 to 18 percent")
    count = r"\s*(?:%|per\s?cent\b|points?\b|[a-z]{3,}s\b)"
    closed = (
        rf"(?:\s*[-–]\s*|(?:{link})(?=\d{{1,2}}(?:\s*[,.;:)]|\s+\d{{4}}|\s*$))"
        rf"|\s+(?:{_DAY_TO[r.lang.code]})\s+(?=\d{{1,2}}\b(?!{count})))"
    )
    for m in re.finditer(rf"\b({months})\s+{day}(?:{closed}{day})?", r.text, flags):
        keys = _date_keys(_month_number(m.group(1), r.lang), m.group(2), m.group(3))
        r.add(m.start(), m.end(), "date", keys, digits=True)
    for m in re.finditer(rf"\b{day}(?:(?:{link}){day})?\s+(?:of\s+)?({months})", r.text, flags):
        keys = _date_keys(_month_number(m.group(3), r.lang), m.group(1), m.group(2))
        r.add(m.start(), m.end(), "date", keys, digits=True)
    # Dutch dates from English text: "september 19" left in English order.
    if r.lang.code == "nl":
        english = _alternation(MONTHS_EN)
        for m in re.finditer(rf"\b({english})\s+{day}", r.text):
            month = [x.lower() for x in MONTHS_EN].index(m.group(1).lower()) + 1
            r.add(m.start(), m.end(), "date", {f"d:{month}-{int(m.group(2))}"}, digits=True)


_CURRENCY_BEFORE = r"(?:US\s?\$|\$|€|£|USD\s?|EUR\s?|GBP\s?)"
_CURRENCY_AFTER = {
    "en": r"(?:\s+(?:dollars?|euros?|pounds?|sterling)\b)?",
    "nl": r"(?:\s+(?:dollar|euro|pond)\b)?",
}
_NUMBER = {
    "en": r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?",
    "nl": r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?",
}


def _scale_pattern(lang: Language) -> str:
    """A scale word after a space ("5 million"), or glued to the digits ("$5m", "£2bn")."""
    spaced = _alternation([w for w in lang.scales if len(w) > 2 or w in ("bn", "mn", "tn")])
    glued = _alternation([w for w in lang.scales if w in ("m", "bn", "mn", "tn")]) or "(?!)"
    return rf"[\s-]({spaced})(?!\w)|({glued})\b"


_PERCENT = (
    r"\s?(?:%|percent\b|per cent\b|percentage points?\b|procent\b|procentpunt(?:en)?\b"
    r"|basis points?\b|bps\b|basispunt(?:en)?\b)"
)
_BASIS_POINTS = re.compile(r"\s?(?:basis|bps|basispunt)", re.I)


def _amounts(r: _Reader) -> None:
    """Money, percentages and numbers with a scale word, written with digits."""
    lang = r.lang
    pattern = re.compile(
        rf"(?<![\w.,])({_CURRENCY_BEFORE})?\s?({_NUMBER[lang.code]})(?!\d)"
        rf"(?:{_scale_pattern(lang)})?(?:({_PERCENT})|({_CURRENCY_AFTER[lang.code]}))",
        re.I,
    )
    for m in pattern.finditer(r.text):
        currency, scale_group = m.group(1), 3 if m.group(3) else 4
        scale_word = (m.group(scale_group) or "").lower().rstrip(".")
        percent, currency_after = m.group(5), m.group(6)
        if _glued_to_letters(r.text, m.start(2)) or not (
            currency or scale_word or percent or currency_after
        ):
            continue
        if scale_group == 4 and scale_word and not currency:
            continue  # "5m" is five metres unless it is money
        factor = Decimal(lang.scales.get(scale_word, 1))
        keys = {number_key(v * factor) for v in lang.read(m.group(2))}
        if percent and _BASIS_POINTS.match(percent):
            # 25 basis points = 0,25 procentpunt; a Dutch text may also keep "25 basispunten"
            keys |= {number_key(v / 100) for v in lang.read(m.group(2))}
        kind = "percent" if percent else "money" if currency or currency_after else "number"
        scale = (r.base + m.start(scale_group), r.base + m.end(scale_group)) if scale_word else None
        start = m.start(1) if currency else m.start(2)
        r.add(start, m.end(), kind, keys, digits=True, scale=scale)


# "41 tot 45 miljoen pond", "$41-45 million": a range writes the scale once, after
# its second number; the first takes it too.
_RANGE_LINK = {
    "en": r"\s*[-–]\s*|\s+(?:to|and)\s+",
    "nl": r"\s*[-–]\s*|\s+(?:tot(?:\s+en\s+met)?|à|a|en)\s+",
}


def _range_heads(r: _Reader) -> None:
    lang = r.lang
    number = _NUMBER[lang.code]
    pattern = re.compile(
        rf"(?<![\w.,])({_CURRENCY_BEFORE})?\s?({number})(?:{_RANGE_LINK[lang.code]})"
        rf"(?:{_CURRENCY_BEFORE})?\s?(?:{number})(?:{_scale_pattern(lang)})",
        re.I,
    )
    for m in pattern.finditer(r.text):
        if _glued_to_letters(r.text, m.start(2)):
            continue
        factor = Decimal(lang.scales.get((m.group(3) or m.group(4)).lower().rstrip("."), 1))
        values = lang.read(m.group(2))
        keys = {number_key(v) for v in values} | {number_key(v * factor) for v in values}
        kind = "money" if m.group(1) else "number"
        r.add(m.start(1) if m.group(1) else m.start(2), m.end(2), kind, keys, digits=True)


def _glued_to_letters(text: str, start: int) -> bool:
    before = text[max(0, start - 2) : start]
    return bool(re.search(r"[^\W\d_]-?$", before))


def _phrases(
    r: _Reader, phrases: dict[str, float], kind: str, key: Callable[[float], set[str]]
) -> None:
    if not phrases:
        return
    pattern = re.compile(rf"\b({_alternation(list(phrases))})\b", re.I)
    for m in pattern.finditer(r.text):
        value = phrases[re.sub(r"\s+", " ", m.group(1).lower())]
        r.add(m.start(), m.end(), kind, key(value))


# Lengths of time, as days and (for months and years) as months, so that
# "a fortnight" = "twee weken" = "veertien dagen" and "six months" = "een half jaar".
_UNITS = {
    "en": {"day": (1, 0), "week": (7, 0), "fortnight": (14, 0), "month": (30, 1),
           "year": (365, 12), "decade": (3650, 120)},
    "nl": {"dag": (1, 0), "week": (7, 0), "maand": (30, 1), "jaar": (365, 12),
           "decennium": (3650, 120)},
}  # fmt: skip
_UNIT_FORMS = {
    "en": r"(day|week|fortnight|month|year|decade)s?",
    "nl": r"(dag|dagen|week|weken|maand|maanden|jaar|jaren|decennium|decennia)",
}
_ONE = {"en": r"a|an|one", "nl": r"een|één"}
_HALF = {"en": r"half\s+a", "nl": r"een\s+half|een\s+halve"}
# "twice a week", "€5 a day", "per jaar": a rate, not a length of time
_RATE_BEFORE = re.compile(
    r"(?:times|twice|once|per|every|each|[\d%]|dollars?|euros?|pounds?|cents?)\s*$", re.I
)


def _duration_days(r: _Reader, count: str, unit: str) -> tuple[Decimal, Decimal, int] | None:
    """The count, the days and the months of a length of time."""
    base = {"dagen": "dag", "weken": "week", "maanden": "maand", "jaren": "jaar",
            "decennia": "decennium"}.get(unit.lower(), unit.lower())  # fmt: skip
    days, months = _UNITS[r.lang.code][base]
    if re.fullmatch(_ONE[r.lang.code], count, re.I):
        n = Decimal(1)
    elif re.fullmatch(_HALF[r.lang.code], count, re.I):
        n = Decimal("0.5")
    elif count.lower() in r.lang.cardinals:
        n = Decimal(r.lang.cardinals[count.lower()])
    else:
        readings = r.lang.read(count)
        if not readings:
            return None
        n = min(readings)
    return n, n * days, int(n * months)


@cache
def _duration_pattern(code: str) -> re.Pattern[str]:
    cardinals = _alternation([w for w in language(code).cardinals if w.isalpha()])
    count = rf"{_HALF[code]}|{_ONE[code]}|{cardinals}|\d+(?:[.,]\d+)?"
    # not "a year and a half": that is 1.5, read as a fraction like "anderhalf jaar"
    return re.compile(rf"\b({count})[\s-]+{_UNIT_FORMS[code]}\b(?!\s+and\s+a\s+half)", re.I)


def _durations(r: _Reader) -> None:
    """ "a fortnight", "two weeks", "veertien dagen", "a two-week": a length of time."""
    for m in _duration_pattern(r.lang.code).finditer(r.text):
        if _RATE_BEFORE.search(r.text[max(0, m.start() - 12) : m.start()]):
            continue
        value = _duration_days(r, m.group(1), m.group(2))
        if value is None:
            continue
        n, days, months = value
        keys = {f"d:{format(days.normalize(), 'f')}"}
        if m.group(1)[0].isdigit():
            keys.add(number_key(n))  # "a 54-year-old" is "(54)" in Dutch
        keys |= {f"mo:{months}"} if months else set()
        r.add(m.start(), m.end(), "duration", keys)


def _half_scales(r: _Reader) -> None:
    for m in r.lang.half_scales.finditer(r.text):
        word = m.group(1).lower()
        value = Decimal(r.lang.scales.get(word, 12)) / 2
        r.add(m.start(), m.end(), "number", {number_key(value)})


def _vague(r: _Reader) -> None:
    _phrases(r, r.lang.vague, "vague", lambda v: {f"v:{int(v)}"})
    dozen = r"\b(?:a|one|about a|een|ongeveer een)\s+(?:dozen|dozijn)\b"
    for m in re.finditer(dozen, r.text, re.I):
        r.add(m.start(), m.end(), "vague", {"n:12", "v:10"})


def _terms(r: _Reader) -> None:
    """ "24 maximums": a word for a number, of its own kind so that it is never
    taken for a wrong count, only found as the source of a Dutch "180"."""
    _phrases(r, r.lang.terms, "term", lambda v: {number_key(Decimal(int(v)))})


def _fractions(r: _Reader) -> None:
    _phrases(r, r.lang.fractions, "fraction", lambda v: {number_key(Decimal(str(v)))})


def _words(r: _Reader) -> None:
    """Number words, with a scale word after them: "two million", "twee miljoen"."""
    lang = r.lang
    tens = "twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig"
    units = "een|twee|drie|vier|vijf|zes|zeven|acht|negen"
    cardinals = _alternation(list(lang.cardinals))
    if lang.code == "en":
        compound = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)"
    else:
        compound = rf"(?:{units})[eë]?n(?:{tens})|(?:{units})?(?:honderd|duizend)(?:{units})?"
    scale = _alternation([w for w in lang.scales if len(w) > 2])
    suffix = lang.compound_suffixes
    pattern = re.compile(
        rf"\b((?:a\s+)?(?:{compound}|{cardinals}))(?:\s+({scale}))?(?:({suffix})\b|\b)", re.I
    )
    for m in pattern.finditer(r.text):
        value = _word_value(m.group(1).lower().removeprefix("a ").strip(), lang)
        if value is None:
            continue
        factor = lang.scales.get((m.group(2) or "").lower(), 1)
        scale_span = (r.base + m.start(2), r.base + m.end(2)) if m.group(2) else None
        r.add(m.start(), m.end(), "number", {number_key(Decimal(value) * factor)}, scale=scale_span)


def _word_value(word: str, lang: Language) -> int | None:
    if word in lang.cardinals:
        return lang.cardinals[word]
    if lang.code == "en":
        left, _, right = word.partition("-")
        return lang.cardinals.get(left, 0) + lang.cardinals.get(right, 0) or None
    unit_values = {w: lang.cardinals.get("één" if w == "een" else w, 0) for w in
                   ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")}  # fmt: skip
    m = re.fullmatch(
        r"(\w+?)[eë]?n(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)", word
    )
    if m and m.group(1) in unit_values:
        return unit_values[m.group(1)] + lang.cardinals[m.group(2)]
    m = re.fullmatch(r"(\w+?)?(honderd|duizend)(\w+)?", word)
    if m:
        head = unit_values.get(m.group(1), 1) if m.group(1) else 1
        tail = unit_values.get(m.group(3), 0) if m.group(3) else 0
        return head * lang.cardinals[m.group(2)] + tail
    return None


# A unit symbol written against the digits: "50C", "50.2C", "12km", "3.5GW", "115mph".
_GLUED_UNIT = (
    r"(?:°?[CF]|km[²2]?|m[²2]|cm|mm|kg|mg|g|t|mph|kph|kmh|mi|ft|lbs?|oz|ha|[kMGT]Wh?|[kMG]Hz"
    r"|[KMGT]B|kV|mAh)"
)


def _digits(r: _Reader) -> None:
    """Plain numbers and ordinals in digits: 412, 131st, 3e, and the number of a
    unit glued to it (50C, 12km)."""
    number = _NUMBER[r.lang.code]
    pattern = re.compile(
        rf"(?<![\w.,])({number})(?:(st|nd|rd|th|e|ste|de)?(?![\d]|[.,]\d|\w)"
        rf"|(?={_GLUED_UNIT}(?![\w°])))"
    )
    for m in pattern.finditer(r.text):
        if _glued_to_letters(r.text, m.start()):
            continue
        keys = {number_key(v) for v in r.lang.read(m.group(1))}
        r.add(m.start(), m.end(), "ordinal" if m.group(2) else "number", keys, digits=True)


def _ordinal_words(r: _Reader) -> None:
    _phrases(r, {k: float(v) for k, v in r.lang.ordinals.items()}, "ordinal",
             lambda v: {number_key(Decimal(int(v)))})  # fmt: skip


_MAY_CONTEXT = re.compile(
    r"(?:in|on|of|since|until|by|from|to|early|late|mid|next|last|this)\s+$", re.I
)


def _calendar(r: _Reader) -> None:
    """Bare month and weekday names: "in July" ↔ "in juli", "on Tuesday" ↔ "dinsdag"."""
    flags = re.I if r.lang.code == "nl" else 0
    months = r.lang.months if r.lang.code == "nl" else MONTHS_EN
    for m in re.finditer(rf"\b({_alternation(months)})\b", r.text, flags):
        if m.group(1) == "May" and not _MAY_CONTEXT.search(r.text[: m.start()]):
            continue
        month = [x.lower() for x in months].index(m.group(1).lower()) + 1
        r.add(m.start(), m.end(), "month", {f"m:{month}"})
    days = r.lang.days if r.lang.code == "nl" else [d.capitalize() for d in DAYS_EN]
    tail = r"(?:avond|ochtend|middag|nacht|morgen)?" if r.lang.code == "nl" else r"s?"
    for m in re.finditer(rf"\b({_alternation(days)}){tail}\b", r.text, flags):
        day = [d.lower() for d in days].index(m.group(1).lower()) + 1
        r.add(m.start(), m.end(), "weekday", {f"w:{day}"})


# A season or fiscal year "2027-28", written in full in Dutch ("2027-2028"), or
# the other way round: the short second year stands for the full one.
_YEAR_SPAN = re.compile(
    r"(?<![\w.,])((?:19|20)\d{2})\s?[-–/]\s?(\d{2}|(?:19|20)\d{2})(?!\w|[.,]\d)"
)


def _year_spans(r: _Reader) -> None:
    for m in _YEAR_SPAN.finditer(r.text):
        first, second = int(m.group(1)), m.group(2)
        full = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        if not first < full <= first + 2:
            continue
        r.add(m.start(1), m.end(1), "number", {number_key(Decimal(first))}, digits=True)
        keys = {number_key(Decimal(full)), number_key(Decimal(full % 100 or full))}
        r.add(m.start(2), m.end(2), "number", keys, digits=True)


# A decade: "the 1990s", "the '90s", "the nineties" ↔ "de jaren negentig", "de
# jaren '90", "de negentiger jaren". Each pattern has the digit or the word of the tens.
_DECADE_WORDS = {
    "en": "twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties",
    "nl": "twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig",
}
_DECADES = {
    "en": (
        r"(?<![\w.,])(?:1[5-9]|20)(\d)0['’]?s\b",
        r"(?:['’‘]|(?<=\bthe\s)|(?<=\bearly\s)|(?<=\blate\s)|(?<=\bmid-))(\d)0s\b",
        rf"\bthe\s+(?:early\s+|late\s+|mid-)?({_DECADE_WORDS['en']})\b",
    ),
    "nl": (
        # not "de afgelopen jaren 90 procent meer"
        r"\bjaren[\s-]+['’‘]?(?:19|20)?(\d)0\b(?!\s*(?:%|procent)|[.,]\d)",
        rf"\bjaren[\s-]+({_DECADE_WORDS['nl']})\b",
        rf"\b({_DECADE_WORDS['nl']})er\s+jaren\b",
    ),
}
# A number in the plural names things by their number: "24 180s", "two 747s".
_NUMBER_PLURAL = re.compile(r"(?<![\w.,’'-])(\d+)['’]?s\b")


def _decades(r: _Reader) -> None:
    tens = _DECADE_WORDS[r.lang.code].split("|")
    for pattern in _DECADES[r.lang.code]:
        for m in re.finditer(pattern, r.text, re.I):
            tag, digits = m.group(1).lower(), m.group(1).isdigit()
            ten = int(tag) if digits else tens.index(tag) + 2
            r.add(m.start(), m.end(), "decade", {f"dec:{ten}0"}, digits=digits)
    if r.lang.code == "en":
        for m in _NUMBER_PLURAL.finditer(r.text):
            r.add(m.start(), m.end(), "number", {number_key(Decimal(m.group(1)))})


_STEPS: tuple[Callable[[_Reader], None], ...] = (
    _skip,
    _decades,
    _codes,
    _year_spans,
    _range_heads,
    _amounts,
    _times,
    _dates,
    _durations,
    _half_scales,
    _vague,
    _terms,
    _fractions,
    _words,
    _digits,
    _ordinal_words,
    _calendar,
)


_UNIT = (
    r"(?:(?:square|sq|cubic)\s)?(?:miles?|mi|km|kilometers?|kilometres?|meters?|metres?|m|feet|foot"
    r"|ft|inch(?:es)?|in|yards?|cm|mm|mph|km/h|kph|knots?|pounds?|lbs?|kg|kilograms?|grams?|g"
    r"|ounces?|oz|tons?|tonnes?|t|acres?|hectares?|ha|gallons?|liters?|litres?|barrels?"
    r"|(?:degrees?\s)?(?:Fahrenheit|Celsius)|°?\s?[FC]|euros?|dollars?|pounds?|yuan|yen|rupees?)"
)
# "884 kilometers (549 miles)", "34C (93F)", "$5 million (4.6 million euros)":
# a conversion in brackets right after an amount with its unit.
_APPROX = r"(?:about|around|roughly|some|nearly|almost|more than|over|up to)?\s?"
_SCALE = r"(?:\s?(?:million|billion|trillion|mln|bln|m|bn))?"
_CONVERSION = re.compile(
    rf"(?<=[\w%°.]\s)\({_APPROX}[$€£]?\d[\d,.]*{_SCALE}\s?{_UNIT}\.?\)"
    rf"|(?<=\d[FC])\s\(\d[\d,.]*\s?[FC]\)"
    # a sum in another currency, by its symbol: "5 million euros ($5.4 million)"
    rf"|(?<=[\w%°.]\s)\({_APPROX}(?:US|A|C|NZ|HK|S)?[$€£¥]\s?\d[\d,.]*{_SCALE}\)"
)
# The amount before the brackets, its unit in up to three words or with a slash:
# "185 kilometers per hour (115 mph)", "185 km/h (115 mph)".
_AMOUNT_BEFORE = re.compile(r"\d[\d,.]*\s?(?:[^\W\d]+(?:/[^\W\d]+)?\.?\s?){0,3}$")


@cache
def conversions(text: str) -> tuple[Span, ...]:
    """Bracketed conversions of an amount into other units; a Dutch text may drop them."""
    return tuple(
        (m.start(), m.end())
        for m in _CONVERSION.finditer(text)
        if _AMOUNT_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
    )


_FAHRENHEIT = re.compile(r"\s?(?:degrees?\s)?(?:°\s?F|Fahrenheit)\b|F\b")


@cache
def _imperial_units() -> tuple[tuple[re.Pattern[str], Decimal], ...]:
    units = table("numbers")["english"].get("imperial", {})
    return tuple(
        (re.compile(rf"[\s-]?(?:{pattern})(?![\w-])", re.I), Decimal(str(factor)))
        for pattern, factor in units.items()
    )


def metric_value(source: str, quantity: Quantity) -> tuple[Decimal, Decimal] | None:
    """The metric value of a source amount in imperial units, and how far a rounded
    Dutch value may stray from it: 93 Fahrenheit is 34 graden, 180 pounds 80 kilo."""
    value = quantity.value
    if value is None:
        return None
    # the unit follows the amount, or closes it where it was read as money ("180 pounds")
    digits_end = re.match(r"\D*[\d.,]+", quantity.text)
    tail = quantity.text[digits_end.end() :] if digits_end else ""
    if _FAHRENHEIT.match(source, quantity.end):
        return (value - 32) * 5 / 9, Decimal(1)
    for pattern, factor in _imperial_units():
        if pattern.match(source, quantity.end) or (tail and pattern.fullmatch(tail)):
            return value * factor, Decimal(0)
    return None


def near_conversion(metric: tuple[Decimal, Decimal], dutch: Decimal) -> bool:
    """A Dutch value that rounds the converted one: within 5 per cent (or the
    slack of a temperature), or the conversion to one significant digit."""
    value, slack = metric
    if abs(dutch - value) <= max(abs(value) * Decimal("0.05"), slack):
        return True
    return value > 0 and dutch == Decimal(f"{value:.1g}")


def matched(
    source: list[Quantity], target: list[Quantity]
) -> tuple[list[Quantity], list[Quantity]]:
    """The quantities on each side that find no equal on the other, pairing one to one."""
    left = list(source)
    unmatched_target: list[Quantity] = []
    for q in target:
        # The partner sharing most readings: "04.17 uur" is the "4:17 a.m.", not the "0917 GMT"
        partner = max(
            (s for s in left if s.agrees(q)), key=lambda s: len(s.keys & q.keys), default=None
        )
        if partner is None:
            unmatched_target.append(q)
        else:
            left.remove(partner)
    return left, unmatched_target
