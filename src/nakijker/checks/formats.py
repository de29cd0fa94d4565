"""English conventions for numbers, times and dates in Dutch text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from nakijker.checks.base import Check, Example, Finding, register
from nakijker.config import Config
from nakijker.doc import Article

MONTHS_NL = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_MONTH = "|".join(MONTHS_NL + MONTHS_EN)

_ENGLISH_THOUSANDS = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?(?![\d]|[.,]\d)")
# One or two decimals, or four and more (an exchange rate: 1.0850); three
# digits after a point are Dutch thousands.
_DECIMAL_POINT = re.compile(r"(?<![\d.,])\d+\.(?:\d{1,2}|\d{4,})(?![\d]|[.,]\d)")
# Words before a dotted number that make it a section or version, not a decimal.
_NUMBERING = re.compile(
    r"(?:artikel|hoofdstuk|paragraaf|sectie|lid|bijlage|versie|fase|stap|release|update|"
    r"iOS|Android|Windows|macOS|Python|model|nummer|nr\.)\s*$",
    re.IGNORECASE,
)
_UNIT_AFTER = re.compile(
    r"\s*(?:%|procent|miljoen|miljard|biljoen|meter|kilometer|km|kilo|kg|gram|liter|graden|"
    r"euro|dollar|pond|jaar|keer|punt|procentpunt|seconden|minuten|uur\b(?=\s*(?:per|lang)))",
    re.IGNORECASE,
)
_TIME_CONTEXT_BEFORE = re.compile(
    r"(?:om|tot|vanaf|van|rond|omstreeks|tussen|na|voor|en)\s*$", re.I
)
_TIME_CONTEXT_AFTER = re.compile(r"\s*(?:uur|u\b|tot|en|-|–)")
_COLON_TIME = re.compile(r"\b([01]?\d|2[0-3]):([0-5]\d)(?:\s*([ap])\.?\s?m\.?)?(?=\W|$)", re.I)
_AMPM_TIME = re.compile(r"\b(1[0-2]|0?[1-9])\s*([ap])\.\s?m\.(?=\W|$)", re.I)
# "3.40 am", "11.15 p.m.": a Dutch point with an English half of the day.
_POINT_AMPM_TIME = re.compile(
    r"\b(1[0-2]|0?[1-9])\.([0-5]\d)\s?([ap])(?:\.\s?m\.|m\b)(?=\W|$)", re.I
)
# "10 pm", "7am": without points, only in lower case ("AM" is an abbreviation).
_BARE_AMPM_TIME = re.compile(r"\b(1[0-2]|0?[1-9])\s?([ap])m\b")
# Not after a day ("maandag 4 augustus 24 uur" is a date and a duration), nor
# before a unit ("augustus 24 uur", "mei 12 procent").
_ENGLISH_DATE = re.compile(
    rf"(?<!\d )\b({_MONTH})\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?![.,:]?\d)"
    r"(?!\s+(?:uur|minuten|seconden|dagen|weken|maanden|jaar|procent|keer|graden|euro|kilometer|km|meter|mensen)\b)"
    r"(,\s*\d{4})?"
)
_SCALE_NL = {"million": "miljoen", "billion": "miljard", "trillion": "biljoen"}


def _safe_fix(
    check: Check,
    article: Article,
    m: re.Match[str],
    message: str,
    fixed: str,
    start: int | None = None,
) -> Finding:
    """A finding on the match (from ``start`` when given) whose one fix may be applied unasked."""
    return check.finding(
        article, m.start() if start is None else start, m.end(), message, [fixed], safe=True
    )


def _dutch_decimal(number: str) -> str:
    """'2.5' → '2,5'; a number that is already Dutch or whole stays as it is."""
    return number.replace(".", ",") if re.fullmatch(r"\d+\.\d{1,2}", number) else number


def _swap_separators(number: str) -> str:
    return number.translate(str.maketrans({",": ".", ".": ","}))


@register
class EnglishNumberFormat(Check):
    code = "NF701"
    name = "english-number-format"
    category = "locale/convention"
    doc = """A number with English separators: "40,000", "6,362.90", "5.6%", "€32.50".

Dutch uses a decimal comma and a thousands point. A dotted number that is a
time (10.45 uur), a version or a section number (artikel 2.1) is left alone.
The fix swaps the separators; it is safe for a comma-grouped thousands
number and for a decimal with a unit, and offered only otherwise."""
    bad = (
        Example("Er kwamen [[40,000]] mensen.", "40.000"),
        Example("De index sloot op [[6,362.90]] punten.", "6.362,90"),
        Example("De inflatie was [[3.4]]% in mei.", "3,4"),
        Example("Een kaartje kost [[€32.50]].", "€32,50"),
        Example("De euro noteerde op [[$1.0850]].", "$1,0850"),
        Example("Hij gooide een gemiddelde van [[101.6]] en won.", "101,6"),
    )
    good = (
        "Er kwamen 40.000 mensen.",
        "De winkels zijn open van 12.00 tot 20.00 uur.",
        "De golven werden 2,4 meter hoog.",
        "Volgens artikel 2.1 van de wet mag dat.",
        "Om 10.45 uur landde het toestel.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        text = article.text
        for m in _ENGLISH_THOUSANDS.finditer(text):
            fixed = _swap_separators(m.group())
            yield _safe_fix(
                self,
                article,
                m,
                f"Engelse notatie: schrijf '{fixed}' (duizendtallen met een punt).",
                fixed,
            )
        for m in _DECIMAL_POINT.finditer(text):
            if not self._is_decimal(text, m):
                continue
            start = m.start() - 1 if m.start() > 0 and text[m.start() - 1] in "€$£" else m.start()
            fixed = text[start : m.start()] + m.group().replace(".", ",")
            yield _safe_fix(
                self, article, m, f"Engelse decimale punt: schrijf '{fixed}'.", fixed, start=start
            )

    @staticmethod
    def _is_decimal(text: str, m: re.Match[str]) -> bool:
        before, after = text[max(0, m.start() - 20) : m.start()], text[m.end() : m.end() + 20]
        if _NUMBERING.search(before):
            return False
        currency = before.endswith(("€", "$", "£", "€ ", "$ ", "£ "))
        unit = bool(_UNIT_AFTER.match(after))
        hours, minutes = m.group().split(".")
        if len(minutes) >= 4 and not currency and not unit:
            return False  # "1.0850" alone may be a code; with a currency it is a rate
        could_be_time = len(minutes) == 2 and int(hours) <= 24 and int(minutes) <= 59
        if currency or unit:
            return True
        if could_be_time:
            return False
        # "tussen 9.30 en" reads as a time; one decimal never does ("101.6 en")
        return len(minutes) != 2 or not _TIME_CONTEXT_AFTER.match(after)


@register
class EnglishTimeFormat(Check):
    code = "NF702"
    name = "english-time-format"
    category = "locale/convention"
    doc = """A time written the English way: "10:30", "10 a.m.", "3:15 p.m.".

Dutch news writes the 24-hour clock with a point: 10.30 uur, 15.15 uur."""
    bad = (
        Example("De storm bereikte de kust om [[10 a.m.]] lokale tijd.", "10.00 uur"),
        Example("Het vliegtuig landde om [[10:45 a.m.]]", "10.45 uur"),
        Example("De rechter sprak om [[14:30]] uur.", "14.30"),
        Example("De inbrekers sloegen rond [[3.40 am]] toe.", "3.40 uur"),
        Example("De bar sluit om [[11 pm]].", "23.00 uur"),
    )
    good = (
        "Het vliegtuig landde om 10.45 uur.",
        "De uitslag werd 2-1.",
        "De zender zit op 3 AM en FM.",
        "Hij liep 5 km in 3.40 minuten.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        text = article.text
        for m in _COLON_TIME.finditer(text):
            hours, minutes, half = int(m.group(1)), m.group(2), m.group(3)
            yield self._time(article, m, hours, minutes, half)
        for m in _POINT_AMPM_TIME.finditer(text):
            yield self._time(article, m, int(m.group(1)), m.group(2), m.group(3))
        for pattern in (_AMPM_TIME, _BARE_AMPM_TIME):
            for m in pattern.finditer(text):
                yield self._time(article, m, int(m.group(1)), "00", m.group(2))

    def _time(
        self, article: Article, m: re.Match[str], hours: int, minutes: str, half: str | None
    ) -> Finding:
        if half:
            hours = hours % 12 + (12 if half.lower() == "p" else 0)
        has_uur = article.text[m.end() : m.end() + 4].strip().startswith("uur")
        fixed = f"{hours:02d}.{minutes}" if hours < 10 and half is None else f"{hours}.{minutes}"
        fixed += "" if has_uur else " uur"
        return _safe_fix(self, article, m, f"Engelse tijdnotatie: schrijf '{fixed}'.", fixed)


@register
class EnglishDateFormat(Check):
    code = "NF703"
    name = "english-date-format"
    category = "locale/convention"
    doc = """A date in English order or with an English month: "september 19", "June 14".

Dutch writes day before month, in lower case: 19 september, 14 juni."""
    bad = (
        Example("De telefoon komt op [[september 19]] uit.", "19 september"),
        Example("Het akkoord werd op [[June 14, 2025]] getekend.", "14 juni 2025"),
    )
    good = (
        "De telefoon komt op 19 september uit.",
        "In september 2025 begon de bouw.",
        "Schoonmakers leggen maandag 4 augustus 24 uur het werk neer.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for m in _ENGLISH_DATE.finditer(article.text):
            month = m.group(1)
            dutch = MONTHS_NL[MONTHS_EN.index(month)] if month in MONTHS_EN else month.lower()
            year = f" {m.group(3).strip(', ')}" if m.group(3) else ""
            fixed = f"{m.group(2)} {dutch}{year}"
            yield _safe_fix(self, article, m, f"Engelse datumnotatie: schrijf '{fixed}'.", fixed)


@register
class EnglishScaleWord(Check):
    code = "NF704"
    name = "english-amount"
    category = "locale/convention"
    doc = """An amount with an English scale word or dollar sign: "$5 million".

Dutch writes the unit after the number: 5 miljoen dollar. Note that
English "billion" is Dutch "miljard"."""
    bad = (
        Example("Het bedrijf haalde [[$5 million]] op.", "5 miljoen dollar"),
        Example("De schade bedraagt [[2 billion]] euro.", "2 miljard"),
        Example("De deal is [[$2.5 billion]] waard.", "2,5 miljard dollar"),
    )
    good = ("Het bedrijf haalde 5 miljoen dollar op.", "De schade bedraagt 2 miljard euro.")

    _AMOUNT = re.compile(
        r"(?:(US)?\$\s?)?(\d[\d.,]*)\s*(million|billion|trillion)\b|(?:US)?\$\s?(\d[\d.,]*)",
        re.IGNORECASE,
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for m in self._AMOUNT.finditer(article.text):
            if m.group(3):
                number, scale = _dutch_decimal(m.group(2)), _SCALE_NL[m.group(3).lower()]
                dollars = "$" in m.group()
                fixed = f"{number} {scale}" + (" dollar" if dollars else "")
            else:
                continue  # "$5" alone is accepted Dutch press style
            yield _safe_fix(
                self, article, m, f"Engelse notatie van een bedrag: schrijf '{fixed}'.", fixed
            )


DAYS_NL = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
# Plurals and the adverb in -s ("op Donderdagen", "Maandags") only for
# weekdays: "Maarten" is a name, not a plural of maart.
_CAPITALISED_TIME_WORD = re.compile(
    r"(?<=[\w,] )(?:("
    + "|".join(w.capitalize() for w in MONTHS_NL)
    + r")(?:ochtend|morgen|middag|avond|nacht)?|("
    + "|".join(w.capitalize() for w in DAYS_NL)
    + r")(?:(?:ochtend|middag|avond|nacht)(?:en)?|morgen(?:s)?|en|s)?)\b"
)

_NAMED_DAY = re.compile(r"\b[A-Z]\w+e $")
_WORD_BEFORE = re.compile(r"(\S+) $")


def _in_name(text: str, start: int) -> bool:
    """A month that is part of a name with the capitalised word before it
    ("panda Moeder Mei"), where that word is not capitalised only because it
    opens the sentence. Weekdays are not names: "Alberta Zondag" is a date."""
    m = _WORD_BEFORE.search(text, max(0, start - 60), start)
    word = m.group(1).lstrip("“‘\"'(") if m else ""
    if not word[:1].isupper():
        return False
    before = text[: m.start(1)].rstrip()
    if before and before[-1] not in ".!?:“”\"'‘’\n":
        return True  # "panda Moeder Mei"
    # at the start of a sentence only a time word makes it a date: "Afgelopen Maandag"
    return word.lower() not in _TIME_HEADS_NL


_TIME_HEADS_NL = frozenset(
    {"afgelopen", "vorige", "komende", "volgende", "eind", "begin", "half", "medio", "sinds",
     "op", "in", "tot", "vanaf", "per", "uiterlijk", "eerst", "al", "dinsdag", "maandag"}
)  # fmt: skip


@register
class CapitalisedTimeWord(Check):
    code = "NF705"
    name = "capitalised-month-or-day"
    category = "locale/convention"
    doc = """A month or weekday with a capital inside a sentence: "op Maandag 3 Juni".

English capitalises them; Dutch writes maandag, juni. Only words inside a
sentence (after a word and a space) are flagged, so a sentence may still
start with "Maandag". Lower-casing is safe."""
    bad = (
        Example("De stemming is op [[Maandag]] 3 [[Juni]].", "maandag"),
        Example("Hij vertrok afgelopen [[Vrijdag]] naar Parijs.", "vrijdag"),
        Example("De aardbeving trof [[Woensdagavond]] het eiland.", "woensdagavond"),
        Example("Vorige week. Afgelopen [[Maandag]] sloot de fabriek.", "maandag"),
        Example("Dat meldde de provincie Alberta [[Zondag]].", "zondag"),
        Example("Het museum is op [[Donderdagen]] en vrijdagen open.", "donderdagen"),
        Example(
            "De markt is er op [[Zaterdagochtenden]] en [[Zondagavonden]].", "zaterdagochtenden"
        ),
        Example("Hij werkt [[Maandags]] thuis.", "maandags"),
    )
    good = (
        "Maandag begint de zitting.",
        "De stemming is op maandag 3 juni.",
        "Op Goede Vrijdag en Stille Zaterdag is de winkel dicht.",
        "De verzorgers zien dat panda Moeder Mei haar jongen nauwelijks alleen laat.",
        "Op Goede Vrijdag is de winkel dicht.",
        "Het museum is op donderdagen en vrijdagen tot 22.00 uur open.",
        "Donderdagen zijn het drukst.",
        "Het lied werd gezongen door Maarten en Meike.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for m in _CAPITALISED_TIME_WORD.finditer(article.text):
            weekday = m.group(2) is not None
            if _NAMED_DAY.search(article.text, max(0, m.start() - 60), m.start()) or (
                not weekday and _in_name(article.text, m.start())
            ):
                continue  # Goede Vrijdag, Zwarte Zaterdag, "Moeder Mei" (a panda): names
            word = m.group()
            yield _safe_fix(
                self,
                article,
                m,
                f"Maanden en dagen schrijf je met een kleine letter: '{word.lower()}'.",
                word.lower(),
            )


# Words near "pond" that make it the British currency (or an amount in the
# Dutch "een pond gehakt" sense that needs no conversion).
_POUND_MONEY = (
    r"(?<!\w)(?:sterling|Brit|Londen|Engel|Schot|Wales|Iers|VK|Verenigd Koninkrijk|£|boete|betaal|kost|"
    r"prijs|salaris|loon|lonen|euro|dollar|miljoen|miljard|waarde|geld|bank|belasting|subsidie|"
    r"winst|omzet|schade|premie|budget|contract|transfer|gehakt|kaas|koffie)"
)
# A weight in pounds names what was weighed: "180 pond levende palingen".
_WEIGHED_GOODS = re.compile(
    r"\s+(?!(?:aan|voor|per|naar|van|met|in|op|bij|uit|om|tot|geen|niet|en|of|te|is|was|"
    r"werd|wordt|zijn|waren|extra|meer|minder|netto|bruto|sterling)\b)[a-zà-ÿ]{3,}"
)
# English unit → (Dutch unit, factor, words near it that make the unit normal Dutch usage).
_IMPERIAL: dict[str, tuple[str, float, str]] = {
    "mijl per uur": ("kilometer per uur", 1.609344, ""),
    "mph": ("kilometer per uur", 1.609344, ""),
    "mijl": ("kilometer", 1.609344, ""),
    "mijlen": ("kilometer", 1.609344, ""),
    "voet": (
        "meter",
        0.3048,
        r"vlieg|vlucht|toestel|piloot|kruishoogte|cockpit|bemanning|drone|boeing|airbus|luchtruim",
    ),
    "feet": ("meter", 0.3048, ""),
    "inch": ("centimeter", 2.54, r"scherm|tv|televisie|monitor|laptop|telefoon|wiel|velg|band"),
    "inches": ("centimeter", 2.54, ""),
    "yard": ("meter", 0.9144, r"golf|touchdown|quarterback|NFL|football"),
    "yards": ("meter", 0.9144, r"golf|touchdown|quarterback|NFL|football"),
    "acre": ("hectare", 0.404686, ""),
    "acres": ("hectare", 0.404686, ""),
    # "pond" is also the British currency and, in Dutch, half a kilo
    "pond": ("kilo", 0.453592, _POUND_MONEY),
    "pounds": ("kilo", 0.453592, _POUND_MONEY),
    "gallon": ("liter", 3.78541, ""),
    "gallons": ("liter", 3.78541, ""),
    "ounce": ("gram", 28.3495, r"goud|zilver|platina|palladium|troy"),
    "ounces": ("gram", 28.3495, r"goud|zilver|platina|palladium|troy"),
}
# Counts written out: "ongeveer drie mijl ten noorden van". "een pond" is
# Dutch for half a kilo, so pounds take digits only.
_COUNT_WORDS = {
    "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
    "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "vijftien": 15, "twintig": 20,
    "dertig": 30, "veertig": 40, "vijftig": 50, "honderd": 100, "duizend": 1000,
}  # fmt: skip
_IMPERIAL_UNIT = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[.,]\d{3})+|\d+(?:,\d+)?|"
    + "|".join(_COUNT_WORDS)
    + r")\s+("
    + "|".join(sorted((re.escape(u) for u in _IMPERIAL), key=len, reverse=True))
    + r")(?![\w-])",
    re.IGNORECASE,
)
_FAHRENHEIT = re.compile(r"(?<![\w.,])(-?\d+(?:,\d+)?)\s*(?:graden\s+Fahrenheit|°\s?F\b)")


def _dutch_number(text: str) -> float:
    """'30.000' and '30,000' are thirty thousand; '2,5' is two and a half."""
    # bilingual.quantities reads this module's month names: import it late.
    from nakijker.bilingual.quantities import read_dutch_number

    sign = -1 if text.startswith("-") else 1
    return sign * float(max(read_dutch_number(text.lstrip("-"))))


def _round_dutch(value: float) -> str:
    """A converted measure as a reporter would round it, in Dutch notation."""
    if value >= 100:
        value = round(value / 5) * 5 if value < 1000 else round(value, -2)
        return f"{int(value):,}".replace(",", ".")
    if value >= 10:
        return str(round(value))
    return f"{value:.1f}".replace(".", ",").replace(",0", "")


@register
class ImperialUnit(Check):
    code = "NF706"
    name = "imperial-unit"
    category = "locale/convention"
    doc = """A measure in English units: "75 mijl per uur", "300 voet", "2 inch", "graden Fahrenheit".

Dutch news converts miles, feet, inches, yards, acres and degrees Fahrenheit
to the metric system. The replacement is the converted value, rounded as a
reporter would; it is not safe, because the article may quote the unit on
purpose. Where Dutch keeps the English unit, it is left alone: feet for a
flight's altitude, inches for screens and wheels, yards in golf and
American football. Nautical miles (zeemijl) are Dutch units."""
    bad = (
        Example("De storm bracht windstoten tot [[75 mijl per uur]].", "120 kilometer per uur"),
        Example("De golven waren [[20 voet]] hoog.", "6,1 meter"),
        Example("Er viel [[3 inch]] regen in een nacht.", "7,6 centimeter"),
        Example("Het vuur verwoestte [[5.000 acres]] bos.", "2.000 hectare"),
        Example("Het werd [[104 graden Fahrenheit]] in Phoenix.", "40 graden Celsius"),
        Example("Douaniers namen [[180 pond]] levende palingen in beslag.", "82 kilo"),
        Example("Een auto verbruikt daar [[3 gallon]] per dag.", "11 liter"),
        Example("De spleet ontstond [[drie mijl]] ten noorden van het stadje.", "4,8 kilometer"),
    )
    good = (
        "De storm bracht windstoten tot 120 kilometer per uur.",
        "Het vliegtuig vloog op 35.000 voet toen de motor uitviel.",
        "De bemanning zag de drone op ongeveer 1200 voet hoogte.",
        "Ze kocht een televisie met een scherm van 55 inch.",
        "Het schip lag op 12 zeemijl van de kust.",
        "Hij ging te voet naar het stadion.",
        "De Britse club betaalde 40 miljoen pond voor de spits.",
        "Het kaartje kost in Manchester 25 pond.",
        "Goud steeg naar 2.400 dollar per ounce.",
        "Ze kocht een pond kersen en liep een paar mijl.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        text = article.text
        for m in _IMPERIAL_UNIT.finditer(text):
            unit, factor, kept_near = _IMPERIAL[m.group(2).lower()]
            near = text[max(0, m.start() - 120) : m.end() + 120]
            if kept_near and re.search(kept_near, near, re.IGNORECASE):
                continue
            if unit == "kilo" and not _WEIGHED_GOODS.match(text, m.end()):
                continue  # "wint 500.000 pond", "25 pond per week": money
            written = _COUNT_WORDS.get(m.group(1).lower())
            if written is not None and unit == "kilo":
                continue
            count = written if written is not None else _dutch_number(m.group(1))
            fixed = f"{_round_dutch(count * factor)} {unit}"
            yield self._finding(article, m, fixed)
        for m in _FAHRENHEIT.finditer(text):
            celsius = (_dutch_number(m.group(1)) - 32) * 5 / 9
            yield self._finding(article, m, f"{round(celsius)} graden Celsius")

    def _finding(self, article: Article, m: re.Match[str], fixed: str) -> Finding:
        message = f"Engelse maateenheid: in Nederlandse berichten ongeveer '{fixed}'."
        return self.finding(article, m.start(), m.end(), message, [fixed])


# "31C", "-5 C", "90F": a temperature in English notation, without the degree sign.
_BARE_DEGREES = re.compile(r"(?<![\w.,°-])(-?\d{1,3}(?:[.,]\d)?) ?([CF])\b(?![-.]\w)")
# "het werd 28C": a reading after these needs no weather word in the sentence.
_READING_BEFORE = re.compile(r"\b(?:werd|wordt|was|tot|rond|boven|bijna|ruim)\s+(?:\w+\s+)?$")
# Words that make such a number a temperature, not a gate or a grade.
_TEMPERATURE_CONTEXT = re.compile(
    r"temperatu|graden|warm|heet|hitte|koud|kou\b|vries|vriez|vorst|weer|zon\b|hittegolf|"
    r"klimaat|koel|dooi|tropisch|meteoro|weerkundig|weerman|weervrouw|KNMI",
    re.IGNORECASE,
)


@register
class BareDegrees(Check):
    code = "NF714"
    name = "english-temperature-notation"
    category = "locale/convention"
    doc = """A temperature written the English way, a number and a bare C or F: "tot 31C".

English wire copy writes "31C" or "90F"; Dutch news writes "31 graden" (and
converts Fahrenheit). Flagged only in a sentence about weather or
temperature, so that "gate 31C" or "klas 4C" stay."""
    bad = (
        Example("Weerkundigen verwachten temperaturen tot [[31C]].", "31 graden"),
        Example("Het werd dinsdag [[28 C]] in Maastricht, zo warm als in juli.", "28 graden"),
        Example("Het kan vannacht vriezen tot [[-5C]].", "-5 graden"),
        Example("In Phoenix werd het [[104F]] tijdens de hittegolf.", "40 graden"),
    )
    good = (
        "Weerkundigen verwachten temperaturen tot 31 graden.",
        "Het vliegtuig naar Rome vertrekt bij gate 31C, ondanks het slechte weer.",
        "De leerlingen van klas 4C hadden vrij.",
        "Het wordt 31°C in Maastricht.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            text = article.text[sentence.start : sentence.end]
            weather = bool(_TEMPERATURE_CONTEXT.search(text))
            for m in _BARE_DEGREES.finditer(text):
                if not (weather or _READING_BEFORE.search(text[: m.start()])):
                    continue
                if re.search(r"\b(gate|klas|groep|pier|perron|spoor)\s*$", text[: m.start()], re.I):
                    continue
                value = _dutch_number(m.group(1))
                if m.group(2) == "F":
                    value = (value - 32) * 5 / 9
                fixed = f"{round(value)} graden"
                start = sentence.start + m.start()
                yield self.finding(
                    article,
                    start,
                    sentence.start + m.end(),
                    f"Temperatuur in Engelse notatie: schrijf '{fixed}'.",
                    [fixed],
                )


_CURRENCY_WORD = {"€": "euro", "$": "dollar", "£": "pond", "eur": "euro", "usd": "dollar",
                  "gbp": "pond", "chf": "Zwitserse frank", "jpy": "yen"}  # fmt: skip
_SHORT_SCALE = {"m": "miljoen", "mln": "miljoen", "mn": "miljoen", "bn": "miljard",
                "b": "miljard", "mld": "miljard", "k": "duizend"}  # fmt: skip
_SIGN_AMOUNT = re.compile(
    r"(?<![\w$€£])([€$£])\s?(\d+(?:[.,]\d+)?)\s?(mln|mn|bn|mld|m|b|k)\b"
    r"|\b(EUR|USD|GBP|CHF|JPY)\s?(\d[\d.,]*\d|\d)(\s(?:miljoen|miljard))?"
)
# A sign other than € before an amount with a Dutch scale word ("£38 miljoen",
# "$4,3 miljard", "¥2 biljoen"), and the sign "US$" before any amount: Dutch
# news names these currencies after the number (38 miljoen pond).
_SIGN_SCALE = re.compile(
    r"(?<![\w$€£¥])(US\$|[$£¥])\s?(\d[\d.,]*\d|\d)\s(miljoen|miljard|biljoen)\b"
    r"|(?<![\w$€£¥])(US\$)\s?(\d[\d.,]*\d|\d)(?![\d\w])"
)
_YUAN_CONTEXT = re.compile(r"\b(?:China|Chinese?|Chinezen|Peking|Beijing|Shanghai|yuan|renminbi)\b")


@register
class CurrencyNotation(Check):
    code = "NF707"
    name = "currency-notation"
    category = "locale/convention"
    doc = """An amount in English or financial-page notation: "€5m", "$2bn", "EUR 40".

Dutch news writes a scale in words after the number, and a currency code
as a word: 5 miljoen euro, 2 miljard dollar, 40 euro. A currency sign before
a plain amount (€40, $25, £400.000) is Dutch usage and left alone. The fix
is safe."""
    bad = (
        Example("Het bedrijf haalde [[€5m]] op.", "5 miljoen euro"),
        Example("De overname kostte [[$2.5bn]].", "2,5 miljard dollar"),
        Example("Een abonnement kost [[EUR 40]] per maand.", "40 euro"),
        Example("De club betaalde [[£3m]] voor de spits.", "3 miljoen pond"),
        Example("De verliezen liepen op tot [[£38 miljoen]].", "38 miljoen pond"),
        Example("De omzet bedroeg vorig jaar [[$4,3 miljard]].", "4,3 miljard dollar"),
        Example("De diefstal van [[£1.7 miljoen]] kwam aan het licht.", "1,7 miljoen pond"),
        Example("Het contract is [[US$ 500]] per maand waard.", "500 dollar"),
        Example("Toyota boekte een winst van [[¥2 biljoen]].", "2 biljoen yen"),
    )
    good = (
        "Het bedrijf haalde 5 miljoen euro op.",
        "Een abonnement kost €40 per maand.",
        "De overname kostte 2,5 miljard dollar.",
        "Het kaartje kost $25.",
        "Ze won al £400.000 aan prijzengeld.",
        "De 5m lange boot lag in de haven.",
        "Het fonds haalde €5 miljoen op en de winnaar kreeg £60.000.",
        "De verliezen liepen op tot 38 miljoen pond.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for m in _SIGN_AMOUNT.finditer(article.text):
            if m.group(1):
                sign, number, scale = m.group(1), m.group(2), _SHORT_SCALE[m.group(3).lower()]
                fixed = f"{_dutch_decimal(number)} {scale} {_CURRENCY_WORD[sign]}"
            else:
                scale = (m.group(6) or "").strip()
                currency = _CURRENCY_WORD[m.group(4).lower()]
                fixed = f"{m.group(5)} {scale + ' ' if scale else ''}{currency}"
            yield _safe_fix(self, article, m, f"Bedragen schrijf je voluit: '{fixed}'.", fixed)
        for m in _SIGN_SCALE.finditer(article.text):
            sign = m.group(1) or m.group(4)
            if sign == "¥":
                name = "yuan" if _YUAN_CONTEXT.search(article.text) else "yen"
            else:
                name = "pond" if sign == "£" else "dollar"
            number = _dutch_decimal(m.group(2) or m.group(5))
            fixed = f"{number} {m.group(3)} {name}" if m.group(3) else f"{number} {name}"
            yield self.finding(
                article,
                m.start(),
                m.end(),
                f"Engelse notatie: in het Nederlands komt de munt na het bedrag: '{fixed}'.",
                [fixed],
            )


_SLASH_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])")


@register
class SlashDate(Check):
    code = "NF708"
    name = "slash-date"
    category = "locale/convention"
    doc = """A date in figures with slashes: "03/14/2026", "14/03/2026".

Dutch news writes dates in words: 14 maart 2026. When the second figure is
above 12 the date is in American month/day order and the fix is certain;
otherwise the day is taken to come first, as in Europe, and the fix is
offered, not applied."""
    bad = (
        Example("De rechtszaak begint op [[03/14/2026]].", "14 maart 2026"),
        Example("Het contract loopt af op [[30/06/2027]].", "30 juni 2027"),
    )
    good = ("De rechtszaak begint op 14 maart 2026.", "Hij is 24/7 bereikbaar.")

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for m in _SLASH_DATE.finditer(article.text):
            first, second, year = int(m.group(1)), int(m.group(2)), m.group(3)
            american = second > 12 and first <= 12
            day, month = (second, first) if american else (first, second)
            if not (1 <= month <= 12 and 1 <= day <= 31):
                continue
            year = year if len(year) == 4 else f"20{year}"
            fixed = f"{day} {MONTHS_NL[month - 1]} {year}"
            yield self.finding(
                article,
                m.start(),
                m.end(),
                f"Een datum schrijf je in woorden: '{fixed}'.",
                [fixed],
                safe=american,
            )


# Currencies after a count stay singular in Dutch: "tien dollar", "5 miljoen euro".
_CURRENCY_PLURALS = {"dollars": "dollar", "euro's": "euro", "euros": "euro", "ponden": "pond"}
_COUNTED_PLURAL = re.compile(
    r"(?<![\w.,])(?:\d[\d.,]*|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig|honderd|"
    r"duizend)(?:\s+(?:miljoen|miljard|biljoen|duizend))?\s+(dollars|euro['’]s|euros|ponden)\b",
    re.IGNORECASE,
)


@register
class CountedCurrencyPlural(Check):
    code = "NF709"
    name = "counted-currency-plural"
    category = "locale/convention"
    doc = """A currency in the plural after a number: "5 miljoen dollars", "tien euro's".

English counts "dollars"; Dutch keeps the unit singular after a number:
5 miljoen dollar, tien euro. Without a number the plural is right
("miljoenen dollars"). Making it singular is safe."""
    bad = (
        Example("Het bedrijf haalde 5 miljoen [[dollars]] op.", "dollar"),
        Example("Een kaartje kost tien [[euro's]].", "euro"),
    )
    good = (
        "Het bedrijf haalde 5 miljoen dollar op.",
        "Het kostte miljoenen dollars.",
        "Hij wisselde zijn euro's in voor dollars.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for m in _COUNTED_PLURAL.finditer(article.text):
            word = m.group(1)
            singular = _CURRENCY_PLURALS[word.lower().replace("’", "'")]
            yield self.finding(
                article,
                m.start(1),
                m.end(1),
                f"Na een getal blijft de munt enkelvoud: '{singular}'.",
                [singular],
                safe=True,
            )


_ENGLISH_ORDINAL = re.compile(r"(?<![\w.,])(\d+)(st|nd|rd|th)\b")


@register
class EnglishOrdinal(Check):
    code = "NF710"
    name = "english-ordinal"
    category = "locale/convention"
    doc = """An ordinal with an English ending: "de 5th plaats", "zijn 2nd zege".

Dutch writes 5e or 5de (vijfde); the English endings st, nd, rd and th stay
behind when a translation keeps the digits. The fix writes "e" after the
number, right for every number (1e, 8e), which is safe."""
    bad = (
        Example("Hij eindigde als [[5th]] in de race.", "5e"),
        Example("Het was haar [[2nd]] zege dit jaar.", "2e"),
    )
    good = ("Hij eindigde als 5e in de race.", "Het was haar tweede zege, op de A2nd-weg.")

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for m in _ENGLISH_ORDINAL.finditer(article.text):
            fixed = f"{m.group(1)}e"
            yield _safe_fix(self, article, m, f"Engels rangtelwoord: schrijf '{fixed}'.", fixed)


# A rate (a share of something, given in percent) and its change in the same
# sentence: the change of a rate is counted in percentage points.
_RATE_NOUNS = re.compile(
    r"\b(?:werkloosheid\w*|inflatie\w*|\w*rente|rentevoet|btw|\w*tarief|marktaandeel|opkomst"
    r"|peiling\w*|armoedecijfer|rendement|kiezersaandeel|staatsschuld|begrotingstekort)\b",
    re.IGNORECASE,
)
_RATE_LEVEL = re.compile(r"\b(?:tot|naar|op|van)\s+(\d+(?:,\d+)?)\s*(?:procent\b|%)", re.IGNORECASE)
_RATE_CHANGE = re.compile(
    # "een economische groei van 1,4 procent" is a rate of its own, not a change
    r"\b(?:(?:stijging|daling|toename|afname|verhoging|verlaging|sprong|(?<!economische )groei"
    r"|teruggang)\s+van"
    r"|met)\s+(?:nog\s+|ruim\s+|bijna\s+)?(\d+(?:,\d+)?)\s*(procent\b|%)",
    re.IGNORECASE,
)


@register
class PercentForPoints(Check):
    code = "NF711"
    name = "percent-for-percentage-points"
    category = "accuracy/number"
    severity = "major"
    doc = """The change of a rate given in percent where Dutch counts percentage points.

"De werkloosheid steeg tot 3,8 procent, een stijging van 0,2 procent": the
rate went up by 0.2 points, which is a rise of about 5 percent. English
"percentage points" is often shortened to "percent" and MT follows. Flagged
when a sentence names a rate (werkloosheid, inflatie, rente, btw, opkomst …),
gives its level ("tot 3,8 procent") and a change ("een stijging van 0,2
procent", "met 0,2 procent") smaller than that level."""
    bad = (
        Example(
            "De werkloosheid steeg tot 3,8 procent, een stijging van [[0,2 procent]].",
            "0,2 procentpunt",
        ),
        Example(
            "De ECB verhoogde de rente met [[0,25 procent]] tot 4 procent.", "0,25 procentpunt"
        ),
    )
    good = (
        "De werkloosheid steeg tot 3,8 procent, een stijging van 0,2 procentpunt.",
        "De economie groeide met 0,3 procent.",
        "De omzet steeg met 12 procent tot 4 miljard euro.",
        "De inflatie daalde tot 2,1 procent; de lonen stegen met 5 procent.",
        "De bank rekent op een inflatie van 2,4 procent en een economische groei van 0,9 procent.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            start = sentence.start
            text = article.text[start : sentence.end]
            if not _RATE_NOUNS.search(text):
                continue
            levels = [_dutch_number(m.group(1)) for m in _RATE_LEVEL.finditer(text)]
            for m in _RATE_CHANGE.finditer(text):
                change = _dutch_number(m.group(1))
                others = [v for v in levels if v != change]
                if not others or change >= min(others) or change > 5:
                    continue
                fix = f"{m.group(1)} procentpunt"
                yield self.finding(
                    article,
                    start + m.start(1),
                    start + m.end(2),
                    f"Een verandering van een percentage telt in procentpunten: '{fix}'.",
                    [fix],
                )


# A person, then an age between commas: "De vrouw, 54, werd …", "Jansen, 61, zei".
_PERSON_NOUNS = (
    r"man|vrouw|jongen|meisje|moeder|vader|zoon|dochter|broer|zus|opa|oma|bestuurder|"
    r"chauffeur|bewoner|inwoner|eigenaar|verdachte|slachtoffer|patiënt|patiënte|agent|"
    r"leraar|lerares|boer|boerin|visser|automobilist|fietser|voetganger|wandelaar|"
    r"toerist|student|studente|scholier|oprichter|directeur|trainer|coach|speler|"
    r"speelster|zanger|zangeres|acteur|actrice|schrijver|schrijfster|kunstenaar|arts|"
    r"verpleegkundige|piloot|soldaat|militair|agente|burgemeester|wethouder|minister"
)
_AGE_IN_COMMAS = re.compile(
    rf"(?:\b(?:{_PERSON_NOUNS})|\b[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?)"
    r"(,\s(1?\d{1,2}),)(?=\s(?:[a-zà-ÿ]|[A-Z][a-zà-ÿ]+\s[a-zà-ÿ]))"
)


@register
class AgeInCommas(Check):
    code = "NF712"
    name = "age-in-commas"
    category = "locale/convention"
    doc = """A person's age between commas, as English writes it: "De vrouw, 54, werd …".

Dutch news puts the age in brackets straight after the person: "De vrouw
(54) werd …", "Jansen (61) zei". Flagged when a person noun or a name is
followed by a number up to 119 between commas and the sentence goes on in
lower case ("werd", "uit", "die"), which a list of numbers does not."""
    bad = (
        Example("[[De vrouw, 54,]] werd met koorts opgenomen.", "De vrouw (54)"),
        Example("Trainer Peter [[Bosz, 61,]] zei dat hij blijft.", "Bosz (61)"),
    )
    good = (
        "De vrouw (54) werd met koorts opgenomen.",
        "Hij won in 2019, 2021 en 2023.",
        "Bij de stemming waren de uitslagen: Ajax, 54, PSV, 50.",
        "De wedstrijd eindigde in Rotterdam, 3-1, na verlenging.",
        "Volgens artikel 5, 12, lid 3 van de wet mag dat.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for m in _AGE_IN_COMMAS.finditer(article.text):
            if int(m.group(2)) > 119:
                continue
            person = m.group()[: m.start(1) - m.start()]
            start = m.start()
            # "De vrouw, 54,": the article belongs to the phrase that is rewritten
            before = article.text[max(0, start - 4) : start]
            if re.search(r"\b(?:[Dd]e|[Ee]en)\s$", before):
                start -= len(before.rstrip().split()[-1]) + 1
                person = article.text[start : m.start(1)]
            fixed = f"{person} ({m.group(2)})"
            yield self.finding(
                article,
                start,
                m.end(),
                f"Een leeftijd staat in het Nederlands tussen haakjes: '{fixed}'.",
                [fixed],
            )


# "the 1990s", "the '90s", "de jaren 1990": a decade the English way.
_DECADE = re.compile(
    r"\b(?:(?P<art>[Dd]e)\s+)?(?:(?P<c>1[89]|20)(?P<d>\d)0['’]?s\b"
    r"|['’](?P<d2>\d)0['’]?s\b|jaren\s+(?P<c3>1[89])(?P<d3>\d)0\b)"
)
_TENS_NL = {"1": "tien", "2": "twintig", "3": "dertig", "4": "veertig", "5": "vijftig",
            "6": "zestig", "7": "zeventig", "8": "tachtig", "9": "negentig"}  # fmt: skip


@register
class EnglishDecade(Check):
    code = "NF713"
    name = "english-decade"
    category = "locale/convention"
    doc = """A decade written the English way: "de 1990s", "de jaren 1980", "de '70s".

Dutch names a decade "de jaren negentig" (or "de jaren 90"). MT copies the
English plural in -s, or puts the full year after "jaren". Years with an
apostrophe and a plain year ("in 1990") are left alone."""
    bad = (
        Example("Het bedrijf groeide in [[de 1990s]] snel.", "de jaren negentig"),
        Example("Het gebouw stamt uit [[de jaren 1960]].", "de jaren zestig"),
        Example("Muziek uit [[de '80s]] is weer populair.", "de jaren tachtig"),
    )
    good = (
        "Het bedrijf groeide in de jaren negentig snel.",
        "Het gebouw stamt uit de jaren 60 en werd in 1990 verbouwd.",
        "In 1990 en in '91 won hij de titel.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for m in _DECADE.finditer(article.text):
            digit = m.group("d") or m.group("d2") or m.group("d3")
            century = m.group("c") or m.group("c3") or "19"
            tens = _TENS_NL.get(digit, "") if century != "20" else f"20{digit}0"
            fixed = f"{m.group('art') or ''} jaren {tens or century + digit + '0'}".strip()
            yield self.finding(
                article,
                m.start(),
                m.end(),
                f"Een decennium heet in het Nederlands '{fixed}'.",
                [fixed],
            )


# A football score before a home or away result: "een 0-4-thuisnederlaag".
# Dutch gives the home side's goals first; English gives the winner's, so MT
# writes "een 4-0 thuisnederlaag" for "a 4-0 home defeat". Only the score as a
# modifier of the noun: after it ("een thuisnederlaag van 4-0", "verloor thuis
# met 4-0") Dutch references read the numbers as a margin and keep them.
_SCORE_BEFORE_RESULT = re.compile(
    r"\b(?P<a>\d{1,2})\s?[-–]\s?(?P<b>\d{1,2})(?:[-–]|\s)"
    r"(?P<venue>thuis|uit)(?P<noun>nederla(?:ag|gen)|verlies|zeges?|overwinning(?:en)?)\b"
)


@register
class ScoreOrder(Check):
    code = "NF715"
    name = "score-home-side-first"
    category = "locale/convention"
    doc = """A score before a home or away result in the English order: "een 4-0 thuisnederlaag".

Dutch gives the home side's goals first, so a home defeat and an away win
have the larger number second ("een 0-4-thuisnederlaag", "een 1-3-uitzege"),
a home win and an away defeat have it first. English gives the winner's
goals first whatever the venue, and MT copies it. Flagged when the order of
the numbers contradicts thuis/uit + nederlaag, verlies, zege or overwinning;
a draw says nothing. The fix writes the score as part of the compound, with
a hyphen."""
    bad = (
        Example(
            "De club zakte na een [[4-0 thuisnederlaag]] naar de laatste plaats.",
            "0-4-thuisnederlaag",
        ),
        Example("Het was de tweede [[3-1-uitzege]] op rij.", "1-3-uitzege"),
        Example("Na twee [[2-0 thuisnederlagen]] volgde een zege.", "0-2-thuisnederlagen"),
        Example("Het werd een pijnlijke [[1-3 uitnederlaag]].", "3-1-uitnederlaag"),
    )
    good = (
        "De club zakte na een 0-4-thuisnederlaag naar de laatste plaats.",
        "Na de 3-1 thuiszege tegen Twente is de ploeg weer koploper.",
        "Het was de tweede 1-3-uitzege op rij.",
        "Een 2-2 gelijkspel in een uitwedstrijd volgde.",
        "Het team leed een thuisnederlaag van 3-1 en won daarna uit met 0-2.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for m in _SCORE_BEFORE_RESULT.finditer(article.text):
            first, second = int(m.group("a")), int(m.group("b"))
            lost = m.group("noun").startswith(("nederla", "verlies"))
            home_lost = lost == (m.group("venue") == "thuis")
            if first == second or (first > second) != home_lost:
                continue
            fixed = f"{m.group('b')}-{m.group('a')}-{m.group('venue')}{m.group('noun')}"
            yield self.finding(
                article,
                m.start(),
                m.end(),
                f"In het Nederlands staat de score van de thuisploeg eerst: '{fixed}'.",
                [fixed],
            )
