"""Checks that hold the Dutch text against its English source (codes BL9xx).

Every check here needs the source (``needs_source``); the pipeline skips
them without one. They share one alignment and one reading of the numbers
per article (``context.bilingual_of``). Findings point into the Dutch text
and, where it helps, give the matching source span.

Examples are written "ENGLISH ||| DUTCH": the part after the three bars is
the text checked (with ``[[…]]`` marking what must be flagged), the part
before it is the source.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib.resources import files
from itertools import pairwise
from typing import ClassVar

from wordfreq import zipf_frequency

from nakijker.bilingual import names as nm
from nakijker.bilingual.align import paragraph_spans, split_sentences
from nakijker.bilingual.context import Bilingual, Pair, Word, bilingual_of, words_in
from nakijker.bilingual.lexicon import dictionary, english_bases, fold, renders, table
from nakijker.bilingual.quantities import (
    DAYS_NL,
    Quantity,
    conversions,
    language,
    matched,
    metric_value,
    near_conversion,
)
from nakijker.bilingual.termbase import (
    Term,
    TermbaseError,
    dutch_pattern,
    source_pattern,
    termbase_for,
)
from nakijker.checks.base import Check, Example, Finding, register
from nakijker.checks.formats import MONTHS_NL
from nakijker.checks.furniture import is_furniture
from nakijker.checks.official_names import OfficialName, official_names
from nakijker.checks.quotes import scan_quotes
from nakijker.checks.regex_keys import required_text
from nakijker.checks.transliteration import inside_name
from nakijker.config import Config
from nakijker.doc import Article
from nakijker.facts import word_lists
from nakijker.lexicon.language import confidences

Span = tuple[int, int]


def _examples(*texts: str) -> tuple[Example, ...]:
    return tuple(Example(t) for t in texts)


def _snippet(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _paired(view: Bilingual) -> Iterator[Pair]:
    """The pairs with text on both sides: only those can be compared."""
    return (p for p in view.pairs if p.both)


def _source_span(pair: Pair, m: re.Match[str], group: int = 0) -> Span:
    """A match in the pair's source text as a span of the whole source."""
    start = pair.source_start + m.start(group)
    return start, start + len(m.group(group))


class BilingualCheck(Check):
    """A check that runs on the aligned article; subclasses implement ``compare``."""

    needs_source = True

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        view = bilingual_of(article)
        if view is not None:
            yield from self.compare(view, config)

    def compare(self, view: Bilingual, config: Config) -> Iterator[Finding]:
        raise NotImplementedError


# ---------------------------------------------------------------------------
# Numbers: compared once per article, reported by three checks


@dataclass(frozen=True)
class NumberReading:
    wrong: tuple[tuple[Quantity, Quantity, Pair], ...]  # (target, source, pair)
    added: tuple[tuple[Quantity, Pair], ...]
    missing: tuple[tuple[Quantity, Pair], ...]


_FAMILY = {"ordinal": "number"}


def _comparable(source: Quantity, target: Quantity) -> bool:
    family_s, family_t = (
        _FAMILY.get(source.kind, source.kind),
        _FAMILY.get(target.kind, target.kind),
    )
    if family_s != family_t:
        return False
    # "one" in "one of the unions" is no count: words pair with words, digits with digits.
    return family_s != "number" or source.digits == target.digits


def number_reading(view: Bilingual) -> NumberReading:
    cached = view.article.cache.get("bilingual-numbers")
    if cached is not None and cached[0] is view:
        return cached[1]
    left = _leftovers(view)
    all_source = [q for p in view.pairs for q in p.source_quantities]
    all_target = [q for p in view.pairs for q in p.target_quantities]
    wrong, added, missing = [], [], []
    for pair in view.pairs:
        if pair.index not in left:
            continue
        left_s, left_t = left[pair.index]
        _converted(view, left_s, left_t)
        imperial = [s for s in left_s if _imperial(view.source, s)]
        left_s[:] = [s for s in left_s if s not in imperial]
        for t in left_t:
            partner = next((s for s in left_s if _comparable(s, t)), None)
            if partner is not None:
                wrong.append((t, partner, pair))
                left_s.remove(partner)
            elif (
                t.digits
                and t.kind in ("number", "money", "percent")
                and not any(t.agrees(s) for s in all_source)
                and not (imperial and _METRIC.match(view.article.text, t.end))
            ):
                added.append((t, pair))
        missing += [
            (s, pair)
            for s in left_s
            if s.digits
            and s.kind != "time"
            and not any(s.agrees(t) for t in all_target)
            and not _droppable(view.source, s)
        ]
    reading = NumberReading(tuple(wrong), tuple(added), tuple(missing))
    view.article.cache["bilingual-numbers"] = (view, reading)
    return reading


# Imperial units, which a Dutch text converts: "75 mph" → "120 kilometer per uur".
_IMPERIAL = re.compile(
    r"\s?(?:mph|miles?|mi|feet|foot|ft|inch(?:es)?|yards?|lbs?|ounces?|oz|gallons?|acres?"
    r"|°?\s?F|(?:degrees? )?Fahrenheit|square (?:miles?|feet))(?![\w-])"
)


# The metric unit after a Dutch number that converts an imperial one of the source.
_METRIC = re.compile(
    r"\s?(?:(?:vierkante\s)?(?:kilo|centi|milli)?meters?|km|m|cm|kilo(?:gram)?|kg|gram|g|liters?|l"
    r"|hectare|ha|graden|°\s?C?|km/u|km/h)(?!\w)"
)


def _converted(view: Bilingual, left_s: list[Quantity], left_t: list[Quantity]) -> None:
    """Drop each source amount in imperial units with the Dutch amount that converts
    it: "180 pounds" is "ruim 80 kilo", whether "pounds" was read as weight or money."""
    for s in list(left_s):
        metric = metric_value(view.source, s)
        if metric is None:
            continue
        t = next(
            (
                t
                for t in left_t
                if t.value is not None
                and _METRIC.match(view.article.text, t.end)
                and near_conversion(metric, t.value)
            ),
            None,
        )
        if t is not None:
            left_s.remove(s)
            left_t.remove(t)


def _imperial(source: str, quantity: Quantity) -> bool:
    """A source number in imperial units: the Dutch gives another number, in metric."""
    return _IMPERIAL.match(source, quantity.end) is not None


def _droppable(source: str, quantity: Quantity) -> bool:
    """Source numbers a faithful Dutch text may leave out: the wire dateline's date
    ("KYIV, May 14 (Reuters) -") and a bracketed conversion ("(549 miles)")."""
    return nm.in_dateline(source, quantity.start) or any(
        s <= quantity.start < e for s, e in conversions(source)
    )


def _leftovers(view: Bilingual) -> dict[int, tuple[list[Quantity], list[Quantity]]]:
    """Per pair, the quantities without an equal on the other side.

    A leftover that equals a leftover of a neighbouring pair is forgiven on
    both sides: the aligner put a clause into the sentence next door.
    """
    left = {
        p.index: matched(list(p.source_quantities), list(p.target_quantities))
        for p in _paired(view)
    }
    for pair in view.pairs:
        if pair.index not in left:
            continue
        for other in view.around(pair):
            if other is pair or other.index not in left:
                continue
            mine_s, mine_t = left[pair.index]
            theirs_s, theirs_t = left[other.index]
            _forgive(mine_t, theirs_s)
            _forgive(mine_s, theirs_t)
    return left


def _forgive(mine: list[Quantity], theirs: list[Quantity]) -> None:
    """Drop from both lists each quantity of ``mine`` that agrees with one of ``theirs``."""
    for q in list(mine):
        partner = next((o for o in theirs if q.agrees(o)), None)
        if partner is not None:
            mine.remove(q)
            theirs.remove(partner)


def _scale_value(word: str, lang: str) -> int:
    return language(lang).scales.get(word.lower().rstrip("."), 1)


def _scale_fix(target: Quantity, source: Quantity, view: Bilingual) -> tuple[Span, str] | None:
    """A right number with the wrong scale word ("1,2 biljoen" for 1.2 billion)."""
    if not (target.scale and source.scale):
        return None
    t_word = view.article.text[target.scale[0] : target.scale[1]]
    s_word = view.source[source.scale[0] : source.scale[1]]
    t_scale, s_scale = _scale_value(t_word, "nl"), _scale_value(s_word, "en")
    if t_scale == s_scale or target.value is None or source.value is None:
        return None
    if target.value / t_scale not in {source.value / s_scale}:
        return None
    dutch = {v: k for k, v in language("nl").scales.items() if k.isalpha() and len(k) > 3}
    return (target.scale, dutch.get(s_scale, "")) if s_scale in dutch else None


def _plain_fix(source: Quantity) -> str | None:
    """The Dutch words for a vague amount, a month or a weekday of the source."""
    key = next(iter(source.keys))
    if source.kind == "vague":
        words = {v: k for k, v in language("nl").vague.items() if " " not in k and k != "tiental"}
        return words.get(int(key[2:]))
    if source.kind == "month":
        return MONTHS_NL[int(key[2:]) - 1]
    if source.kind == "weekday":
        return DAYS_NL[int(key[2:]) - 1]
    if source.kind == "duration":
        return _dutch_duration(source.keys)
    return None


def _dutch_duration(keys: frozenset[str]) -> str | None:
    """ "a fortnight" → "twee weken", "six months" → "zes maanden"."""
    months = next((int(k[3:]) for k in keys if k.startswith("mo:")), 0)
    days = next((Decimal(k[2:]) for k in keys if k.startswith("d:")), None)
    if months:
        count, one, many = (
            (months // 12, "jaar", "jaar") if months % 12 == 0 else (months, "maand", "maanden")
        )
    elif days is not None and days == int(days):
        count, one, many = (
            (int(days) // 7, "week", "weken") if days % 7 == 0 else (int(days), "dag", "dagen")
        )
    else:
        return None
    if count == 1:
        return f"een {one}"
    words = {v: k for k, v in language("nl").cardinals.items() if k.isalpha() and k != "één"}
    return f"{words.get(count, count)} {many}"


@register
class NumberMismatch(BilingualCheck):
    code = "BL901"
    name = "number-differs-from-source"
    category = "accuracy/number"
    severity = "major"
    doc = """A number, amount, percentage, date or time that differs from the source.

Numbers of each aligned sentence pair are compared by value after
conversion: 1,200.50 = 1.200,50; $5 million = 5 miljoen dollar;
June 14 = 14 juni; 10:30 a.m. = 10.30 uur; a fortnight = twee weken =
veertien dagen; two = twee; dozens = tientallen; half a million = een
half miljoen; Oct. 7 = 7 oktober; 25 basis points = 0,25 procentpunt;
the 1990s = de jaren negentig. A time with a named zone (1:57 p.m.
EST) may be given in Dutch time (19.57 uur). English "billion" is Dutch
"miljard": "biljoen" is a thousand times more. A Dutch number that finds
no equal is reported when the source has an unmatched one of the same
kind; a number the source lacks altogether is an addition (BL910)."""
    bad = _examples(
        "The checks would cost as much as €1.2 billion a year. ||| De controles zouden tot €1,2 [[biljoen]] per jaar kosten.",
        "The runway was closed, causing delays for dozens of flights. ||| De baan werd gesloten, wat leidde tot vertraging voor [[honderden]] vluchten.",
        "The storm killed 14 people on Tuesday. ||| De storm doodde [[41]] mensen op dinsdag.",
        "The deal was signed on June 14. ||| Het akkoord werd op [[15 juni]] getekend.",
        "The work will take at least a fortnight. ||| Het werk duurt minstens [[een week]].",
        "The wreck was first found in the 1970s. ||| Het wrak werd in de [[jaren tachtig]] voor het eerst gevonden.",
    )
    good = (
        "The checks would cost as much as €1.2 billion a year. ||| De controles zouden tot 1,2 miljard euro per jaar kosten.",
        "The plane left at 10:45 a.m. with 312 passengers and two pilots. ||| Het toestel vertrok om 10.45 uur met 312 passagiers en twee piloten.",
        "Prices rose 8.5% to a record €478,000 in July. ||| De prijzen stegen in juli met 8,5 procent tot een record van €478.000.",
        "At least 12 people were injured and dozens of flights were delayed. ||| Zeker twaalf mensen raakten gewond en tientallen vluchten liepen vertraging op.",
        "The talks lasted two weeks, the mission six months. ||| De gesprekken duurden veertien dagen, de missie een half jaar.",
        "The grid has been attacked more than four hundred times. ||| Het stroomnet is meer dan vierhonderd keer aangevallen.",
        # English counts the half hour from the hour before, Dutch from the hour after
        "We were woken at half past three, the alarm went at quarter to five. ||| We werden om half vier wakker, het alarm ging om kwart voor vijf.",
        # a time with a named zone may be given in Dutch time
        "The rocket lifted off at 9:42 a.m. EDT from Cape Canaveral. ||| De raket steeg om 15.42 uur Nederlandse tijd op vanaf Cape Canaveral.",
        # a season or fiscal year with the second year short, written out in Dutch
        "The club plans a new stadium for the 2029-30 season and cut costs in fiscal 2024/25. ||| De club plant een nieuw stadion voor het seizoen 2029-2030 en bespaarde in boekjaar 2024/2025.",
        # a decade in digits or in words
        "The mill was first restored in the 1960s and again in the '90s. ||| De molen werd voor het eerst in de jaren zestig gerestaureerd en opnieuw in de jaren negentig.",
    )

    def compare(self, view: Bilingual, config: Config) -> Iterator[Finding]:
        for target, source, _pair in number_reading(view).wrong:
            scale = _scale_fix(target, source, view)
            span, fix = scale if scale else ((target.start, target.end), _plain_fix(source))
            yield self.finding(
                view.article,
                *span,
                f"Wijkt af van de bron: daar staat '{source.text}'.",
                [fix] if fix else [],
                source_span=(source.start, source.end),
            )


# ---------------------------------------------------------------------------
# Names


def _mentions(view: Bilingual) -> list[nm.Mention]:
    """Name words of the source outside quotations, computed once per article."""
    cached = view.article.cache.get("bilingual-names")
    if cached is None or cached[0] is not view:
        starts = {s for s, _ in split_sentences(view.source)}
        cached = (view, nm.name_mentions(view.source, starts, source_quotes(view.source)))
        view.article.cache["bilingual-names"] = cached
    return cached[1]


@register
class NameRendering(BilingualCheck):
    code = "BL902"
    name = "name-rendering"
    category = "accuracy/named-entity"
    severity = "major"
    suppresses = ("NM",)
    doc = """A name from the source rendered in a way Dutch news does not use it.

Two cases, both from the table in bilingual/data/names.yaml. An
organisation, title, work or event with a fixed Dutch rendering (Statistics
Netherlands = het CBS, Dutch Safety Board = Onderzoeksraad voor Veiligheid,
Met Office and Reform UK stay English) that the Dutch text translated word
for word instead ("Statistieken Nederland", "het Met Kantoor"); names Dutch
legitimately translates (Europees Parlement) are accepted. And a place
whose Dutch name differs (The Hague = Den Haag, Brussels-South =
Brussel-Zuid) left in English."""
    bad = (
        Example(
            "House prices rose 8.5%, Statistics Netherlands said. ||| De huizenprijzen stegen 8,5 procent, meldde [[Statistieken Nederland]].",
            "Centraal Bureau voor de Statistiek",
        ),
        Example(
            "In Britain, the Met Office recorded gusts of 145 km/h. ||| In Groot-Brittannië mat het [[Met Kantoor]] windstoten van 145 kilometer per uur.",
            "Met Office",
        ),
        Example(
            "The Mauritshuis in The Hague will lend the painting. ||| Het Mauritshuis in [[The Hague]] leent het schilderij uit.",
            "Den Haag",
        ),
        Example(
            "Opponents said they would take the case to the Council of State. ||| Tegenstanders zeiden naar de [[Staatsraad]] te zullen stappen.",
            "Raad van State",
        ),
    )
    good = (
        "The European Parliament approved the bill, Statistics Netherlands said. ||| Het Europees Parlement keurde het voorstel goed, meldde het CBS.",
        "In Britain, the Met Office recorded gusts of 145 km/h. ||| In Groot-Brittannië mat het Met Office windstoten van 145 kilometer per uur.",
        "The Mauritshuis in The Hague will lend the painting. ||| Het Mauritshuis in Den Haag leent het schilderij uit.",
        # a word that only contains a rendering ("stand" in Tegenstanders) is no literal name
        "Opponents said they would take the case to the Council of State. ||| Tegenstanders zeiden naar de Raad van State te zullen stappen.",
    )

    def compare(self, view: Bilingual, config: Config) -> Iterator[Finding]:
        yield from self._institutions(view)
        yield from self._exonyms(view)

    def _institutions(self, view: Bilingual) -> Iterator[Finding]:
        for pair in _paired(view):
            taken: list[Span] = []
            for inst in nm.institutions():
                for m in inst.pattern.finditer(pair.source):
                    if any(s <= m.start() < e for s, e in taken):
                        continue
                    taken.append((m.start(), m.end()))
                    if finding := self._institution(view, pair, inst, m):
                        yield finding

    def _institution(
        self, view: Bilingual, pair: Pair, inst: nm.Institution, m: re.Match[str]
    ) -> Finding | None:
        rest = pair.source[: m.start()] + " " + pair.source[m.end() :]
        targets = " ".join(p.target for p in view.around(pair))
        if nm.has_rendering(inst, targets, rest):
            return None
        span = nm.literal_rendering(inst, pair.target_words(), view.article.text)
        if span is None:
            return None
        return self.finding(
            view.article,
            *span,
            f"'{inst.english}' heet in het Nederlands '{inst.dutch[0]}'; dit is een letterlijke vertaling.",
            [inst.dutch[0]],
            source_span=_source_span(pair, m),
        )

    def _exonyms(self, view: Bilingual) -> Iterator[Finding]:
        for pattern, english, dutch in nm.kept_english_exonyms():
            if not pattern.search(view.source):
                continue
            for m in pattern.finditer(view.article.text):
                if inside_name(view.article.text, m.start(), m.end()):
                    continue  # "Paris Saint-Germain", "AC Milan" keep the English form
                yield self.finding(
                    view.article,
                    m.start(),
                    m.end(),
                    f"'{english}' heet in het Nederlands '{dutch[0]}'.",
                    [dutch[0]],
                    category="locale/convention",
                )


@register
class NameMissing(BilingualCheck):
    code = "BL903"
    name = "name-missing"
    category = "accuracy/named-entity"
    severity = "major"
    doc = """A name from the source (a person, place or company) absent from the Dutch text.

Only names that Dutch keeps are checked: capitalised words that are not
ordinary English words (Dijkstra, Groningen, Nvidia), found in the Dutch
text unchanged, inflected (Groningse), in Dutch transliteration (to_dutch)
or as a Dutch exonym (München). The dateline is skipped, and a name counts
as present anywhere in the article. A capitalised English common noun of a
term or an institution (Ocean Dipole, Center for Volcanology, Infanta) may
come back as a lower-case Dutch word or compound part (Oceaan-dipool,
vulkanologie, infante). A name whose English words the Dutch translates
(FreeDict, a glossary in data/names.yaml), whole or as parts of a compound,
is present: Beekeepers' Association → Bijenhoudersvereniging, GreenLeft →
GroenLinks, unless the Dutch abbreviation that the source gives does not
spell the translation, or a coined brand name becomes a new Dutch one. A
body whose official Dutch name is in the text is present, also under an
English name that differs from a known one in one word."""
    bad = _examples(
        "Lead author Sanne Okafor of Leiden spoke first. ||| [[Hoofdauteur Sanne Vries uit Leiden sprak als eerste.]]",
        # a coined brand name translated; a translation that the Dutch abbreviation does not spell
        "Subscribers of GreenBridge will pay more. ||| [[Abonnees van GroeneBrug gaan meer betalen.]]",
        "Tim Vos of the Dutch Anglers' Union (NHV) welcomed the ban. ||| [[Tim Vos van de Nederlandse Hengelaarsunie (NHV) is blij met het verbod.]]",
    )
    good = (
        "Eindhoven-based Lumora opened an office in Munich. ||| Het Eindhovense Lumora opende een kantoor in München.",
        "LONDON — Mayor Ihor Terekhov spoke in Kharkiv. ||| Burgemeester Ihor Terechov sprak in Charkiv.",
        "The port of Chornomorsk was hit. ||| De haven van Tsjornomorsk werd getroffen.",
        # the name part of "Fatah-led", "NATO-brokered"; Dutch Je- for a Russian initial E
        "Police said the rockets were fired by Fatah-led militants. ||| Volgens de politie werden de raketten afgevuurd door militanten onder leiding van Fatah.",
        "Both sides agreed to a NATO-brokered truce on Sunday. ||| Beide partijen stemden zondag in met een bestand waarin de NAVO bemiddelde.",
        "Deputy minister Elizaveta Glinskaya spoke first. ||| Viceminister Jelizaveta Glinskaja sprak als eerste.",
        # nationality words: from the table, or from the stem of the place
        "The Dane finished second, ahead of an Azerbaijani wrestler. ||| De Deen werd tweede, voor een Azerbeidzjaanse worstelaar.",
        "The Slovenian rider attacked on the last climb. ||| De Sloveense renner viel aan op de laatste klim.",
        # a unit named after a person; an ordinary word opening the sentence after a dateline
        "It was 38 degrees Celsius in Seville on Sunday. ||| Het was zondag 38 graden in Sevilla.",
        "Rail strike halts trains\nLYON, May 2 (AFP) - Negotiators met in Lyon on Monday. ||| Treinstaking legt spoor plat\nDe onderhandelaars kwamen maandag bijeen in Lyon.",
        # capitalised common nouns of terms and institutions, rendered in lower case
        "The drought is blamed on the Pacific Decadal Oscillation, the Institute of Seismology said. ||| De droogte wordt geweten aan de decadale oscillatie in de Stille Oceaan, aldus het instituut voor seismologie.",
        "The prize was handed over by Infante Carlos. ||| De prijs werd uitgereikt door infant Carlos.",
        # a capitalised common noun glued into a Dutch compound name
        "The Consumer Helpdesk advises buyers to keep receipts. ||| De Consumentenhelpdesk raadt kopers aan bonnetjes te bewaren.",
        # a hyphenated name whose parts each have their Dutch form
        "The train leaves Liège-Guillemins at 6.42. The Belgian-Dutch start-up runs it. ||| De trein vertrekt om 6.42 uur uit Luik-Guillemins. De Belgisch-Nederlandse start-up rijdt hem.",
        # Dutch transliteration beyond the letter table's default (y between vowels, Yu-)
        "Former prime minister Boyko Borisov met Yulia Tymoshenko. ||| Oud-premier Bojko Borisov ontmoette Joelia Timosjenko.",
        # a well-known person named by the surname alone
        "President Volodymyr Zelensky posted photos on Telegram. ||| President Zelensky plaatste foto's op Telegram.",
        # the body named by its official Dutch name
        "The Dutch Digital Infrastructure Inspectorate opened an inquiry. ||| De Rijksinspectie Digitale Infrastructuur is een onderzoek begonnen.",
        # … also where the English name differs from a known one in a single word
        "Officers of the Royal Netherlands Military Constabulary checked the passports. ||| Agenten van de Koninklijke Marechaussee controleerden de paspoorten.",
        # a name whose words are translated, whole or as parts of a compound
        "Tim Vos of the Dutch Anglers' Union (NHV) welcomed the ban. ||| Tim Vos van de Nederlandse Hengelaarsvereniging (NHV) is blij met het verbod.",
        "An amendment by GreenLeft was rejected. ||| Een amendement van GroenLinks werd verworpen.",
        "The rocket lifted off from the Vostochny Cosmodrome. ||| De raket vertrok vanaf de lanceerbasis Vostotsjny.",
        # an inhabitant named after the first part of the place
        "The 31-year-old from Friesland won the sprint. ||| De 31-jarige Fries won de sprint.",
    )

    def compare(self, view: Bilingual, config: Config) -> Iterator[Finding]:
        words = words_in(view.article.text)
        reported: set[str] = set()
        for mention in _mentions(view):
            if mention.text in reported or nm.appears(mention.text, view.article.text, words):
                continue
            body = _body_at(view, mention.start)
            if body is not None and body.rendered:
                continue  # "Royal Netherlands Military Constabulary" → "Koninklijke Marechaussee"
            pair = view.pair_at_source(mention.start)
            if body is None and pair is not None and _translated(view, pair, mention):
                continue  # "Beekeepers' Association" → "Bijenhoudersvereniging"
            if nm.as_common_noun(mention.text, words):
                continue  # "Indian Ocean Dipole" → "Indische Oceaan-dipool"
            if _official_name_present(view, mention):
                continue  # "Digital Infrastructure Inspectorate" → "Rijksinspectie …"
            if _surname_present(view, mention, words):
                continue  # "President Volodymyr Zelensky" → "president Zelensky"
            if pair is None or not pair.both or pair.target_span is None:
                continue
            reported.add(mention.text)
            yield self.finding(
                view.article,
                *pair.target_span,
                f"De naam '{mention.text}' uit de bron ontbreekt in de vertaling.",
                source_span=(mention.start, mention.end),
            )


def _surname_present(view: Bilingual, mention: nm.Mention, words: list[Word]) -> bool:
    """A given name whose surname follows it in the source and is in the Dutch:
    Dutch news names a well-known person by the surname alone."""
    after = re.match(r"\s+([A-Z][\w’'-]+)", view.source[mention.end :])
    return bool(after) and nm.appears(after.group(1), view.article.text, words)


_COUNTRY_WORDS = frozenset(["Dutch", "Netherlands", "Belgian", "Flemish", "Royal"])


@cache
def _bodies_by_word() -> dict[str, list[tuple[tuple[str, ...], OfficialName]]]:
    """Each word of an English name of a body → (the name's other words, the body)."""
    index: dict[str, list[tuple[tuple[str, ...], OfficialName]]] = {}
    for body in official_names():
        for english in body.english:
            words = tuple(w for w in english.split() if w not in _COUNTRY_WORDS)
            for word in words:
                index.setdefault(word, []).append((words, body))
    return index


def _official_name_present(view: Bilingual, mention: nm.Mention) -> bool:
    """The name word belongs to the English name of a body whose official Dutch name
    or abbreviation is in the Dutch text: the body is named, in its Dutch form."""
    around = view.source[max(0, mention.start - 80) : mention.end + 80]
    target = view.article.text
    for words, body in _bodies_by_word().get(mention.text, ()):
        if not all(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", around) for w in words):
            continue
        texts = (*body.texts, *([body.abbr] if body.abbr else []))
        if any(re.search(rf"(?<!\w){re.escape(t)}(?!\w)", target) for t in texts):
            return True
    return False


def _translated(view: Bilingual, pair: Pair, mention: nm.Mention) -> bool:
    """The name word is translated in the Dutch sentence or the ones beside it,
    into a name that the Dutch abbreviation the source gives spells."""
    words = [w for p in view.around(pair) for w in p.target_words()]
    if nm.translation(mention.text, words) is None:
        return False
    abbreviation = nm.dutch_abbreviation(view.source, mention)
    if abbreviation is None:
        return True
    abbr, english = abbreviation
    text = view.article.text
    bracket = re.search(rf"\(\s*{re.escape(abbr)}\s*\)", text)
    if bracket is None:
        return True
    run = _DUTCH_NAME_BEFORE.search(text, 0, bracket.start())
    return run is not None and nm.fits_abbreviation(
        abbr, english, words_in(run.group(), run.start())
    )


# The capitalised words of a Dutch name, before its abbreviation in brackets.
_DUTCH_NAME_BEFORE = re.compile(r"(?:[A-Z][\w’'-]*\s+(?:(?:van|voor|de|het|en|der)\s+)*)+$")


@dataclass(frozen=True)
class _Body:
    content: frozenset[str]  # the English name's words, without nationality and function words
    pattern: re.Pattern[str]
    dutch: tuple[str, ...]
    abbr: str | None


@dataclass(frozen=True)
class _BodyMention:
    start: int
    end: int
    rendered: bool  # its Dutch name is in the Dutch text


_FUNCTION_EN = frozenset(["of", "for", "and", "the", "on", "in", "&"])
_NATIONALITY = _COUNTRY_WORDS - {"Royal"}


def _content(english: str) -> frozenset[str]:
    words = re.findall(r"[\w’'-]+", english)
    return frozenset(
        w.lower().rstrip("’'")
        for w in words
        if w not in _NATIONALITY and w.lower() not in _FUNCTION_EN
    )


@cache
def _bodies() -> tuple[_Body, ...]:
    """English names of Dutch bodies with their Dutch names: the official names
    and the institutions of the names table."""
    entries = [(e, b.texts, b.abbr) for b in official_names() for e in b.english]
    entries += [(i.english, i.dutch, None) for i in nm.institutions()]
    out = []
    for english, dutch, abbr in entries:
        words = english.split()
        while len(words) > 1 and words[0] in _COUNTRY_WORDS:
            words = words[1:]  # "the roads and waterways authority" without "Dutch"
        core = r"\s+".join(re.escape(w) for w in words)
        pattern = re.compile(rf"(?<![\w-]){core}(?![\w-])", re.I)
        out.append(_Body(_content(english), pattern, tuple(dutch), abbr))
    return tuple(out)


# A run of capitalised words, with the function words of a name between them.
_CAPITAL_RUN = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*[A-Z][\w’'-]*)+")


def _body_mentions(view: Bilingual) -> list[_BodyMention]:
    """Where the source names a body with a known Dutch name: by one of its English
    names, or, where the Dutch has that name, by a capitalised name of three words
    or more that differs from one in a single word ("Royal Netherlands Military
    Constabulary" for "… Military Police")."""
    cached = view.article.cache.get("bilingual-bodies")
    if cached is not None and cached[0] is view:
        return cached[1]
    found: list[_BodyMention] = []
    # each run and its tails: "Officers of the Royal … Constabulary" holds the name
    runs = [
        (m.start() + tail.start(), m.end(), _content(m.group()[tail.start() :]))
        for m in _CAPITAL_RUN.finditer(view.source)
        for tail in re.finditer(r"(?<![\w’'-])[A-Z]", m.group())
    ]
    for body in _bodies():
        rendered = _dutch_name_in(view, body)
        spans = [(m.start(), m.end()) for m in body.pattern.finditer(view.source)]
        if rendered and len(body.content) >= 3:
            spans += [(start, end) for start, end, words in runs if _one_word_off(words, body)]
        found += [_BodyMention(s, e, rendered) for s, e in spans]
    view.article.cache["bilingual-bodies"] = (view, found)
    return found


def _one_word_off(words: frozenset[str], body: _Body) -> bool:
    return len(words) == len(body.content) and len(words & body.content) == len(words) - 1


def _dutch_name_in(view: Bilingual, body: _Body) -> bool:
    """The Dutch name in the text, or the abbreviation where the source lacks it
    (an abbreviation copied from the source says nothing about the name)."""
    text = view.article.text
    names = [*body.dutch, *([body.abbr] if body.abbr and body.abbr not in view.source else [])]
    return any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text) for n in names)


def _body_at(view: Bilingual, offset: int) -> _BodyMention | None:
    """The body named at this source offset; a rendered one where there are several."""
    around = [b for b in _body_mentions(view) if b.start <= offset < b.end]
    return max(around, key=lambda b: b.rendered, default=None)


@register
class NameSpelling(BilingualCheck):
    code = "BL904"
    name = "name-spelled-differently"
    category = "accuracy/named-entity"
    severity = "minor"
    doc = """One name from the source spelled in two ways in the Dutch text.

"Zelensky" and later "Zelenskyy", "Terechov" and "Terekhov": forms of a
source name that differ only slightly are grouped, and the less frequent
spelling is flagged with the more frequent one as the fix (on a tie, the
Dutch transliteration wins). A genitive s (Vermeers), an adjective's -e
(Javaans, Javaanse) and the old spelling that a name keeps (De Nederlandsche
Bank beside "Nederlandse banken") are no other spelling."""
    bad = (
        Example(
            "President Zelenskyy urged allies to act. Later, Zelenskyy spoke again. ||| President Zelensky riep de bondgenoten op. Later sprak [[Zelenskyy]] opnieuw.",
            "Zelensky",
        ),
    )
    good = (
        "Vermeer's use of light. Vermeer died in 1675. ||| Vermeers gebruik van licht. Vermeer stierf in 1675.",
        "Femke Dijkstra beat Claire Holloway. ||| Femke Dijkstra versloeg Claire Holloway.",
        # a nationality adjective is no other spelling of its country
        # a common word opening the sentence is no spelling of a name
        "Two nurses from Twente were honoured. ||| Twee verpleegkundigen uit Twente werden geëerd. Twente is trots.",
        "Bhutan's king met Bhutanese students in Thimphu. ||| De Bhutanese koning ontmoette Bhutanese studenten in Thimphu. Bhutan telt weinig studenten.",
        # two names of the source that look alike are two names, not two spellings
        "Coach Marco Silva left Porto for Sliva Rovers. ||| Trainer Marco Silva verruilde Porto voor Sliva Rovers.",
        # an adjective with and without its -e
        "A Javan rhino calf was filmed; fewer than 80 Javan rhinos remain. ||| Er is een Javaans neushoornkalf gefilmd; er leven nog minder dan 80 Javaanse neushoorns.",
        # a word in the old spelling of a name, and in modern spelling elsewhere
        "De Nederlandsche Bank said Dutch banks are sound. ||| De Nederlandsche Bank zei dat de Nederlandse banken gezond zijn.",
    )

    def compare(self, view: Bilingual, config: Config) -> Iterator[Finding]:
        text = view.article.text
        words = [
            w for w in words_in(text) if w.text[:1].isupper() and not _ordinary_opener(text, w)
        ]
        source_words = {fold(w.text) for w in words_in(view.source)}
        base = {w.start: _base(w, words, text) for w in words}
        done: set[str] = set()
        for mention in _mentions(view):
            if mention.text in done or fold(mention.text) in nm.exonym_forms():
                continue
            done.add(mention.text)
            forms = [
                w
                for w in words
                if nm.spelled_like(mention.text, base[w.start])
                and not _other_source_word(mention.text, base[w.start], source_words)
            ]
            counts = Counter(base[w.start] for w in forms)
            if len({fold(f) for f in counts}) < 2:
                continue
            if len(counts) < 2:
                continue
            preferred = _preferred(counts, mention.text)
            for w in forms:
                if base[w.start] != preferred:
                    yield self.finding(
                        view.article,
                        w.start,
                        w.end,
                        f"De naam '{mention.text}' staat elders als '{preferred}'; spel hem overal gelijk.",
                        [preferred],
                        source_span=(mention.start, mention.end),
                    )


def _other_source_word(name: str, form: str, source_words: set[str]) -> bool:
    """A Dutch form that the source also has as a word of its own is another name,
    however alike the two look (Pereira and Primeira, Lage and League)."""
    return fold(form) != fold(name) and fold(form) in source_words


def _ordinary_opener(text: str, word: Word) -> bool:
    """A common Dutch word capitalised because it opens the sentence ("Twee
    brandweerlieden …"): no spelling of a name such as Twente."""
    opens = re.search(r"(?:^|[.!?:\n][\"“”‘’'\s]*)$", text[: word.start])
    return bool(opens) and zipf_frequency(word.lower, "nl") >= 4.5


def _base(word: Word, words: list[Word], text: str) -> str:
    """The form of the word that occurs too, uninflected: without a genitive s
    (Vermeers → Vermeer) or an adjective's e (Sumatraanse → Sumatraans, Europese
    → Europees); or, in another name, a word in old spelling that occurs in the
    modern one (De Nederlandsche Bank, Het Financieele Dagblad → Nederlandse,
    Financiële): one word, spelled the same."""
    forms = {fold(w.text): w.text for w in words}
    bare = [word.text[:-1]] if word.text.endswith("s") else []
    if word.text.endswith("se"):
        bare.append(word.text[:-1])
    bare.append(re.sub(r"([aeo])([^aeiou\W])e$", r"\1\1\2", word.text))
    if re.match(r"\s+[A-Z]", text[word.end :]):
        bare.append(_modern_spelling(word.text))
    return next((forms[fold(b)] for b in bare if b != word.text and fold(b) in forms), word.text)


# Spelling before 1947 that names keep: Nederlandsche → Nederlandse, Financieele → Financiële.
_OLD_SPELLING = ((r"sch(e?)$", r"s\1"), (r"(?<=\w)([eo])\1(?=[^aeiou\W][aeiou])", r"\1"))


def _modern_spelling(word: str) -> str:
    for old, new in _OLD_SPELLING:
        word = re.sub(old, new, word)
    return word


def _preferred(counts: Counter[str], name: str) -> str:
    dutch = fold(nm.to_dutch(name))
    return max(counts, key=lambda f: (counts[f], fold(f) == dutch))


# ---------------------------------------------------------------------------
# Quotations


_SOURCE_QUOTE = re.compile(r"\"([^\"\n]+)\"|“([^”\n]+)”|(?<![\w])‘([^’\n]+?)’(?!\w)")
_TITLE = re.compile(r"(?:(?:[A-Z][\w’'\-]*|a|an|the|of|with|in|on|and|de|het|van)\s*)+")


def source_quotes(source: str) -> list[Span]:
    """(start, end) of the quoted text in the source, quote marks excluded."""
    return [(m.start() + 1, m.end() - 1) for m in _SOURCE_QUOTE.finditer(source)]


def is_title(text: str) -> bool:
    """A quoted title ("Still Water", "Girl with a Pearl Earring"): Dutch sets titles
    without quotes. American style puts the sentence's comma or full stop inside the
    quote marks ("Last Round."), which is no part of the title."""
    text = text.strip().rstrip(".,;:")
    return len(text.split()) <= 7 and text[:1].isupper() and _TITLE.fullmatch(text) is not None


def target_quotes(article: Article) -> list[Span]:
    spans = []
    for p in article.paragraphs:
        for q in scan_quotes(article.text, p.start, p.end)[0]:
            spans.append((q.open + 1, q.close))
    return spans


def _paragraph_of(spans: list[Span], offset: int) -> Span | None:
    return next(((s, e) for s, e in spans if s <= offset < e), None)


def _speaker(
    source: str, quote: Span, paragraph: Span, mentions: list[nm.Mention]
) -> nm.Mention | None:
    """The named speaker of a quotation: the name nearest to it in the sentence
    that holds it ("“…,” said Vos."; "Vos said: “…”"). A name elsewhere in
    the paragraph may be a place or someone else ("In Maastricht, …")."""
    start = max(paragraph[0], source.rfind(". ", paragraph[0], quote[0]) + 1)
    after = source.find(". ", quote[1], paragraph[1])
    end = paragraph[1] if after < 0 else after + 1
    if re.search(r"[.!?][”\"’']*$", source[quote[0] : quote[1]]):
        end = quote[1]  # “But safety comes first.” ends its sentence: the next one is not its tag
    outside = [m for m in mentions if start <= m.start < end]
    if not outside:
        return None
    # A run of names ("Anneke Vos") is one person: the surname is its last word.
    nearest = min(
        outside,
        key=lambda m: (
            abs(m.start - quote[1]) if m.start >= quote[1] else 10_000 + quote[0] - m.start
        ),
    )
    run = [m for m in outside if m.start >= nearest.start and _same_run(source, nearest, m)]
    return run[-1] if run else nearest


def _same_run(source: str, first: nm.Mention, later: nm.Mention) -> bool:
    between = source[first.end : later.start]
    return later is first or re.fullmatch(r"(?:\s+[A-Z][\w.’'\-]*)*\s+", between) is not None


@register
class QuotationMismatch(BilingualCheck):
    code = "BL905"
    name = "quotation-missing-or-misattributed"
    category = "accuracy/omission"
    severity = "major"
    doc = """A quotation of the source missing from the Dutch text, or given to another speaker.

Each quoted passage of the source needs a quotation in the aligned Dutch
sentences; a named speaker in the source paragraph of the quote (said
Anneke Vos) must also be named in the Dutch paragraph that holds it. A
quotation of fewer than four words missing counts as minor."""
    bad = (
        Example(
            '"We are not striking for fun," said Tom Peeters. ||| “We staken niet voor ons plezier”, zei [[Jan Janssens]].',
        ),
        Example(
            'The minister spoke. "We will build the dike," she said. ||| De minister sprak. [[Ze zei dat de dijk gebouwd wordt.]]',
        ),
    )
    good = (
        '"We are not striking for fun," said Tom Peeters. ||| “We staken niet voor ons plezier”, zei Tom Peeters.',
        '"We will build the dike," she said. ||| ‘We gaan de dijk bouwen’, zei ze.',
        'In Maastricht it is the fourth hot day. "Check on your neighbours," said a spokesman for the Red Cross. ||| In Maastricht is het de vierde hete dag.\n“Kijk om naar je buren”, zei een woordvoerder van het Rode Kruis.',
        '"We will keep going," said coach Eva Smit. "Nothing has changed." Fans can meet the team at the De Kooi stadium. ||| “We gaan door”, zei coach Eva Smit. “Er is niets veranderd.”\nFans kunnen het team ontmoeten in stadion De Kooi.',
        # titles, with the sentence's comma or full stop inside the quote marks
        'Her debut novel, "The Quiet Harbour," sold 40,000 copies. She also wrote "Night Train." ||| Haar debuutroman The Quiet Harbour werd 40.000 keer verkocht. Ze schreef ook Night Train.',
        # a title in another language, kept without quote marks; the quotes after it keep their partners
        'Her best-known book is "Het stille water", a novel set in Zeeland. "I wrote it in a winter," said Lies Roos. "Nobody read it at first." ||| Haar bekendste boek is Het stille water, een roman die zich afspeelt in Zeeland. “Ik schreef het in één winter”, zei Lies Roos. “Eerst las niemand het.”',
    )

    def compare(self, view: Bilingual, config: Config) -> Iterator[Finding]:
        quotes_s = source_quotes(view.source)
        quotes_t = target_quotes(view.article)
        paragraphs_s = paragraph_spans(view.source)
        paragraphs_t = [(p.start, p.end) for p in view.article.paragraphs]
        used: set[Span] = set()
        for quote in quotes_s:
            if is_title(view.source[quote[0] : quote[1]]) or _kept_as_is(view, quote):
                continue
            pair = view.pair_at_source(quote[0])
            if pair is None or not pair.both:
                continue
            partner = _partner_quote(view, pair, quotes_t, used)
            if partner is None:
                yield self._missing(view, pair, quote)
                continue
            used.add(partner)
            finding = self._speaker_check(view, quote, partner, paragraphs_s, paragraphs_t)
            if finding:
                yield finding

    def _missing(self, view: Bilingual, pair: Pair, quote: Span) -> Finding:
        text = view.source[quote[0] : quote[1]]
        assert pair.target_span is not None
        return self.finding(
            view.article,
            *pair.target_span,
            f'Het citaat "{_snippet(text)}" uit de bron staat niet als citaat in de vertaling.',
            severity="major" if len(text.split()) >= 4 else "minor",
            source_span=quote,
        )

    def _speaker_check(
        self,
        view: Bilingual,
        quote: Span,
        partner: Span,
        paragraphs_s: list[Span],
        paragraphs_t: list[Span],
    ) -> Finding | None:
        paragraph_s = _paragraph_of(paragraphs_s, quote[0])
        paragraph_t = _paragraph_of(paragraphs_t, partner[0])
        if paragraph_s is None or paragraph_t is None:
            return None
        speaker = _speaker(view.source, quote, paragraph_s, _mentions(view))
        if speaker is None:
            return None
        text_t = view.article.text[paragraph_t[0] : paragraph_t[1]]
        if nm.appears(speaker.text, text_t):
            return None
        other = _other_name(view, paragraph_t, partner)
        span = other or partner
        return self.finding(
            view.article,
            *span,
            f"In de bron spreekt {speaker.text} deze woorden; die naam ontbreekt bij het citaat.",
            category="accuracy/mistranslation",
            source_span=(speaker.start, speaker.end),
        )


def _kept_as_is(view: Bilingual, quote: Span) -> bool:
    """A short quoted title or name that the Dutch text has word for word, without
    quote marks: "De zoutvrouw", a Dutch book title in an English text."""
    text = view.source[quote[0] : quote[1]].strip().rstrip(".,;:")
    if not text or len(text.split()) > 6 or not text[:1].isupper():
        return False
    return (
        re.search(rf"(?<![\w“‘„\"']){re.escape(text)}(?![\w”’\"'])", view.article.text) is not None
    )


def _partner_quote(view: Bilingual, pair: Pair, quotes: list[Span], used: set[Span]) -> Span | None:
    """The first unused Dutch quotation in the pair's sentences, else in its neighbours'."""
    for pairs in ([pair], view.around(pair)):
        region = [p.target_span for p in pairs if p.target_span]
        for q in quotes:
            if q not in used and any(s <= q[0] < e for s, e in region):
                return q
    return None


def _other_name(view: Bilingual, paragraph: Span, quote: Span) -> Span | None:
    """A run of capitalised words in the paragraph, outside the quote, not at a sentence start."""
    words = words_in(view.article.text[paragraph[0] : paragraph[1]], paragraph[0])
    starts = {s.start for s in view.article.sentences}
    names = [
        w
        for w in words
        if w.text[:1].isupper()
        and w.start not in starts
        and not quote[0] <= w.start < quote[1]
        and view.article.text[w.start - 1 : w.start] not in "“‘„\"'"
    ]
    if not names:
        return None
    first = names[0]
    last = first
    for w in names[1:]:
        if re.fullmatch(r"\s+", view.article.text[last.end : w.start]):
            last = w
        else:
            break
    return (first.start, last.end)


# ---------------------------------------------------------------------------
# Omissions


@cache
def _markers() -> dict:
    return table("markers")


def _neg_count(text: str, lang: str, rendered: list[Span] | None = None) -> int:
    data = _markers()["negation"]
    if lang == "en":
        return len(re.findall(data["english"], _mask_idioms(text, rendered), flags=re.I))
    return len(re.findall(data["dutch"], text, flags=re.I))


def _mask_idioms(text: str, rendered: list[Span] | None = None) -> str:
    """The text with blanks for English phrases whose negative word Dutch drops
    ("not until" → pas) and for the ``rendered`` spans (see ``_restrictions``)."""
    for idiom in _markers()["negation"]["idioms"]:
        text = re.sub(idiom, lambda m: " " * len(m.group()), text, flags=re.I)
    for start, end in rendered or ():
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _restrictions(view: Bilingual, pair: Pair) -> list[Span]:
    """Spans of the pair's source with a negation that the Dutch sentence rendering
    them says with a restricting word: "cannot move … before turning 18" → "pas op
    hun achttiende". The word must be in that sentence, not in a neighbour the
    aligner joined to it."""
    spans = []
    for idiom in _markers()["negation"].get("idioms_if_dutch", ()):
        for m in re.finditer(idiom["english"], pair.source, flags=re.I):
            start, end = _region_for(view, pair, pair.source_start + m.start())
            if re.search(idiom["dutch"], view.article.text[start:end], flags=re.I):
                spans.append((m.start(), m.end()))
    return spans


def _finite_verb(article: Article, region: Span) -> Span:
    """The finite verb of the first clause in the region, where "niet" would go after."""
    tokens = [t for t in article.tokens if region[0] <= t.start < region[1]]
    tagged = next((t for t in tokens if t.pos and t.pos.startswith("WW(pv")), None)
    if tagged is not None:
        return (tagged.start, tagged.end)
    text = article.text[region[0] : region[1]]
    m = re.search(_markers()["finite_verbs"], text, flags=re.I)
    if m:
        return (region[0] + m.start(), region[0] + m.end())
    words = words_in(text, region[0])
    chosen = (
        _after_subject(words)
        or _after_pronoun(words)
        or _past_tense(words)
        or (words[1] if len(words) > 1 else words[0] if words else None)
    )
    return (chosen.start, chosen.end) if chosen else region


_PRONOUNS = frozenset(["ik", "jij", "je", "hij", "zij", "ze", "we", "wij", "u", "men", "er"])


def _after_pronoun(words: list[Word]) -> Word | None:
    """A clause opening with a subject pronoun has its finite verb next: "We maken ..."."""
    if len(words) > 1 and words[0].lower in _PRONOUNS:
        return words[1]
    return None


_DETERMINERS = frozenset(["de", "het", "een", "deze", "die", "dit", "dat", "zijn", "haar", "hun"])


def _after_subject(words: list[Word]) -> Word | None:
    """After a subject "de (grote) minister", the finite verb: "De minister beantwoordde …"."""
    if len(words) < 3 or words[0].lower not in _DETERMINERS:
        return None
    i = 1
    while i + 2 < len(words) and words[i].text.islower() and words[i].text.endswith("e"):
        i += 1  # adjectives before the noun
    return words[i + 1] if words[i + 1].text.islower() else None


def _past_tense(words: list[Word]) -> Word | None:
    """The first word shaped like a past-tense verb (beantwoordde), not an adjective after a determiner."""
    for before, word in pairwise(words):
        if (
            word.text.islower()
            and len(word.text) >= 5
            and re.search(r"(?:de|te|den|ten)$", word.text)
            and before.lower not in _DETERMINERS
        ):
            return word
    return None


def _region_for(view: Bilingual, pair: Pair, source_offset: int) -> Span:
    """The Dutch stretch that renders the source text at ``source_offset``.

    Inside a quotation, the Dutch quotation of the same bead; otherwise the
    target sentence at the same relative position in the bead.
    """
    quotes_s = [q for q in source_quotes(view.source) if q[0] <= source_offset < q[1]]
    targets = list(pair.bead.target)
    if quotes_s:
        inside = [q for q in target_quotes(view.article) if any(s <= q[0] < e for s, e in targets)]
        if inside:
            return inside[0]
    assert pair.source_span is not None
    share = (source_offset - pair.source_span[0]) / max(
        1, pair.source_span[1] - pair.source_span[0]
    )
    index = min(int(share * len(targets)), len(targets) - 1)
    return targets[index]


@register
class SentenceOmitted(BilingualCheck):
    code = "BL906"
    name = "source-content-omitted"
    category = "accuracy/omission"
    severity = "major"
    doc = """Source content with no counterpart in the Dutch text.

A source sentence the aligner pairs with nothing (the finding is on the
Dutch sentence after which it belongs); a Dutch sentence far shorter than
its source (less than half the expected length, for a source of 80 or more
characters); or a number, amount or date of the source that the Dutch text
does not have anywhere. The wire dateline ("KYIV, May 14 (Reuters) -") and
a conversion in brackets ("884 kilometers (549 miles)") may be dropped. A
range may write its scale and unit once ("41 tot 45 miljoen pond" for
"£41 million to £45 million"), and an imperial amount is there when the
Dutch gives its metric value, rounded (180 pounds → ruim 80 kilo)."""
    bad = _examples(
        "The storm hit the coast on Sunday. Thousands of homes lost power. Schools stay closed on Monday. ||| [[De storm raasde zondag over de kust.]] De scholen blijven maandag dicht.",
        "Three people were killed and at least 17 were wounded in the attack, local officials said. ||| [[Bij de aanval kwamen drie mensen om]], zeiden lokale functionarissen.",
    )
    good = (
        "The storm hit the coast on Sunday. Thousands of homes lost power. ||| De storm raasde zondag over de kust. Duizenden huizen zaten zonder stroom.",
        "Local officials said three people were killed and at least 17 were wounded. ||| Volgens de lokale autoriteiten kwamen drie mensen om en raakten er zeker 17 gewond.",
        # a word for the number: 24 hours = een etmaal
        "Bus drivers in Utrecht will strike for 24 hours on Monday, the union said. ||| Buschauffeurs in Utrecht staken maandag een etmaal, zei de bond.",
        # the wire dateline, also after a headline, may be dropped
        "Rail strike halts trains across France\nLYON, May 2 (AFP) - Unions met on Monday in Lyon to end the strike, which began on April 28. ||| Treinstaking legt spoor in Frankrijk plat\nDe vakbonden kwamen maandag in Lyon bijeen om een einde te maken aan de staking, die op 28 april begon.",
        # abbreviated months and ranges of days
        "The summit is set for Sept. 4-5 in Lima, after a first round of talks on Aug. 28. ||| De top is op 4 en 5 september in Lima, na een eerste overlegronde op 28 augustus.",
        # military time; a zoned time in Dutch time
        "The walkout began at 0600 local time (0400 GMT) on Monday and will last 48 hours. ||| De staking begon maandag om 06.00 uur plaatselijke tijd (06.00 uur Nederlandse tijd) en duurt 48 uur.",
        # a conversion in brackets; basis points as percentage points
        "The new road runs for 212 kilometers (132 miles) through the desert. ||| De nieuwe weg loopt over 212 kilometer door de woestijn.",
        # a conversion after a unit of several words or with a slash; imperial units converted
        "Gusts reached 160 km/h (100 mph), and the eye crossed the coast at 140 kilometers per hour (87 mph). ||| Windstoten haalden 160 kilometer per uur en het oog trok met 140 kilometer per uur over de kust.",
        "The fire has burned 12,000 acres since Monday. ||| De brand heeft sinds maandag 4.900 hectare verwoest.",
        "The regulator fined the airline 2.5 million euros ($2.7 million) on Friday. ||| De toezichthouder legde de luchtvaartmaatschappij vrijdag een boete op van 2,5 miljoen euro.",
        "The central bank raised its key rate by 75 basis points to 4.5%. ||| De centrale bank verhoogde haar belangrijkste rente met 0,75 procentpunt tot 4,5 procent.",
        # "a.m." followed by a weekday does not end the sentence
        "Police counted 41 arrests between 8 p.m. Friday and 4 a.m. Saturday, the highest number for a single night this year. ||| De politie telde tussen vrijdag 20.00 uur en zaterdag 04.00 uur 41 arrestaties, het hoogste aantal in één nacht dit jaar.",
        # a range whose scale and currency are written once, after its second number
        "The brewer expects sales of $620 million to $650 million and a profit of between €70 million and €75 million. ||| De brouwer verwacht een omzet van 620 tot 650 miljoen dollar en een winst van 70 à 75 miljoen euro.",
        # imperial amounts converted by the Dutch text, rounded; a bare "Fahrenheit"
        "Rangers found 240 pounds of ivory in a truck near the 6-foot fence. ||| Boswachters vonden bijna 110 kilo ivoor in een vrachtwagen bij het 1,80 meter hoge hek.",
        "Highs of 30 degrees Celsius (86 Fahrenheit) are expected, after 95F last week. ||| Er worden maxima van 30 graden verwacht, na 35 graden vorige week.",
        # a range of days after the month
        "The festival runs from July 9 to 13 and is free for children. ||| Het festival duurt van 9 tot en met 13 juli en is gratis voor kinderen.",
    )

    def compare(self, view: Bilingual, config: Config) -> Iterator[Finding]:
        ratio = _length_ratio(view)
        for pair in view.pairs:
            if pair.bead.source and not pair.bead.target:
                if finding := self._unpaired(view, pair):
                    yield finding
            elif pair.both and _too_short(pair, ratio):
                assert pair.target_span is not None
                yield self._omitted(
                    view,
                    pair.target_span,
                    pair,
                    "Deze zin is veel korter dan de bron; mogelijk is een deel weggelaten",
                )
        yield from self._missing_numbers(view)

    def _unpaired(self, view: Bilingual, pair: Pair) -> Finding | None:
        if len(pair.source.split()) < 4:
            return None
        before = [p for p in view.pairs[: pair.index] if p.target_span]
        after = [p for p in view.pairs[pair.index + 1 :] if p.target_span]
        anchor = before[-1] if before else after[0] if after else None
        if anchor is None:
            return None
        span = anchor.bead.target[-1] if before else anchor.bead.target[0]
        return self._omitted(
            view, span, pair, f"Deze zin uit de bron ontbreekt {'hierna' if before else 'hiervoor'}"
        )

    def _omitted(self, view: Bilingual, span: Span, pair: Pair, message: str) -> Finding:
        return self.finding(
            view.article,
            *span,
            f'{message}: "{_snippet(pair.source, 80)}".',
            source_span=pair.source_span,
        )

    def _missing_numbers(self, view: Bilingual) -> Iterator[Finding]:
        """One finding per Dutch clause where source numbers went missing."""
        by_span: dict[Span, list[Quantity]] = {}
        for quantity, pair in number_reading(view).missing:
            by_span.setdefault(_clause_for(pair, quantity), []).append(quantity)
        for span, quantities in by_span.items():
            listed = ", ".join(f"'{q.text}'" for q in quantities)
            yield self.finding(
                view.article,
                *span,
                f"{listed} uit de bron ontbreekt in de vertaling.",
                source_span=(quantities[0].start, quantities[-1].end),
            )


def _clause_for(pair: Pair, quantity: Quantity) -> Span:
    """The Dutch clause that renders the source clause holding ``quantity``."""
    offset = quantity.start - pair.source_start
    start = max(pair.source.rfind(",", 0, offset), pair.source.rfind(";", 0, offset)) + 1
    ends = [i for i in (pair.source.find(",", offset), pair.source.find(";", offset)) if i >= 0]
    clause = pair.source[start : min(ends) if ends else len(pair.source)]
    return _best_clause(pair, clause.replace(quantity.text, " "))


def _length_ratio(view: Bilingual) -> float:
    source = sum(len(p.source) for p in _paired(view)) or 1
    target = sum(len(p.target) for p in _paired(view))
    return min(max(target / source, 0.8), 1.5)


def _too_short(pair: Pair, ratio: float) -> bool:
    return len(pair.source) >= 80 and len(pair.target) < 0.5 * ratio * len(pair.source)


@register
class NegationDropped(BilingualCheck):
    code = "BL907"
    name = "negation-dropped"
    category = "accuracy/omission"
    severity = "critical"
    doc = """A negation of the source (not, never, no, n't, nobody …) missing in the Dutch.

The aligned Dutch sentence has no niet, geen, nooit, niets, nergens,
niemand or noch: the meaning is reversed. The finding runs from the finite
verb of the Dutch clause, after which "niet" is missing, to the end of that
clause, which now says the opposite. English phrases whose
negative word Dutch drops (no more than → hoogstens, not until → pas)
do not count. Where the source says "not … without", the Dutch "zonder"
renders "without" and the negation still needs a word of its own."""
    bad = _examples(
        '"We did not expect such a clear signal," said Sanne de Wit. ||| “We [[hadden zo’n duidelijk signaal verwacht]]”, zei Sanne de Wit.',
        "The minister never answered the question. ||| De minister [[beantwoordde de vraag]].",
        # "ongekookt" renders "unboiled": the "not" is still missing
        "Parents should not use unboiled water for formula. ||| Ouders [[kunnen ongekookt water voor flesvoeding gebruiken]].",
        "Patients should not stop the treatment without consulting a doctor. ||| Patiënten [[moeten zonder overleg met een arts stoppen met de behandeling]].",
        # the negated trailing clause is gone as a whole: flag the clause it followed
        "Those who slept less also reported more stress, although the study could not prove a link. ||| Wie minder sliep, [[meldde ook meer stress]].",
        # "until further notice" is a time adverbial, not the restriction "not until"
        "The tap water is not safe to drink until further notice. ||| Het kraanwater [[is tot nader order veilig om te drinken]].",
    )
    good = (
        '"We did not expect such a clear signal," said Sanne de Wit. ||| “We hadden niet zo’n duidelijk signaal verwacht”, zei Sanne de Wit.',
        "The museum will not open until May. ||| Het museum gaat pas in mei open.",
        "The road will not reopen until Monday. ||| De weg blijft tot maandag dicht.",
        "Officials warned that the water is not safe to drink until further notice. ||| De autoriteiten waarschuwden dat het water tot nader order niet veilig is om te drinken.",
        # a restriction that Dutch says with "pas" or "alleen" instead of a negation
        "Under the new law, teenagers cannot buy energy drinks before they turn 16. ||| Volgens de nieuwe wet mogen tieners pas vanaf hun zestiende energiedrankjes kopen.",
        "Visitors may not enter the reserve unless a ranger accompanies them. ||| Bezoekers mogen het reservaat alleen onder begeleiding van een boswachter betreden.",
        "The milk is not safe to drink unless it has been heated. ||| De melk is pas veilig om te drinken als hij is verhit.",
        "The new dykes do not help much against a storm surge. ||| De nieuwe dijken helpen weinig tegen een stormvloed.",
        "She said she thought about the final and nothing else. ||| Ze zei dat ze alleen aan de finale dacht.",
        # set phrases whose negative word is no negation
        "The council will leave no stone unturned to find the cause. ||| De gemeente stelt alles in het werk om de oorzaak te vinden.",
        "In the coastal towns the no camp won easily. ||| In de kustplaatsen won het nee-kamp ruim.",
        "No one was injured. ||| Niemand raakte gewond.",
        "Patients should not stop the treatment without consulting a doctor. ||| Patiënten moeten niet zonder overleg met een arts stoppen met de behandeling.",
        "He left without saying goodbye. ||| Hij vertrok zonder gedag te zeggen.",
        # the negation in the verb: advising against, preventing
        "The agency advises farmers not to spray before the frost. ||| Het agentschap raadt boeren af om vóór de vorst te sproeien.",
        "Officials urged residents not to drive after dark. ||| De autoriteiten ontraadden bewoners om na het donker te rijden.",
        "New checks should ensure the error does not happen again. ||| Nieuwe controles moeten voorkomen dat de fout opnieuw gebeurt.",
        # a prefix the Dutch shares with the English renders that word, "niet" the "not"
        "Visitors should not drink untreated water. ||| Bezoekers mogen onbehandeld water niet drinken.",
        "The parking fee will not change next year. ||| Het parkeertarief blijft volgend jaar gelijk.",
        "The helpline could not be reached for three hours. ||| De hulplijn was drie uur onbereikbaar.",
        "The buyer, who did not want to be named, paid cash. ||| De koper, die anoniem wilde blijven, betaalde contant.",
        # one long sentence split into four Dutch ones: the negation is in the last
        "The talks, mediated by Norway, focus on a 30-day truce during which the rebels would free 12 hostages in exchange for 40 prisoners, two officials briefed on the plan said, speaking on condition of anonymity because they were not allowed to discuss it. ||| De gesprekken, waarin Noorwegen bemiddelt, gaan over een bestand van dertig dagen. Daarin zouden de rebellen twaalf gijzelaars vrijlaten in ruil voor 40 gevangenen. Dat zeggen twee ingewijde functionarissen. Ze wilden anoniem blijven, omdat ze er niet over mogen praten.",
    )

    def compare(self, view: Bilingual, config: Config) -> Iterator[Finding]:
        for pair in _paired(view):
            if _neg_count(pair.source, "en") == 0:
                continue
            # English left in the Dutch keeps its own "not" (BL911 reports it).
            negations = _neg_count(pair.target, "nl") - _not_without(pair) - _shared_prefixes(pair)
            if negations > 0 or _neg_count(pair.target, "en"):
                continue
            rendered = _restrictions(view, pair)
            if _neg_count(pair.source, "en", rendered) == 0:
                continue
            m = _first_negation(pair.source, rendered)
            offset = pair.source_start + (m.start() if m else 0)
            region = _region_for(view, pair, offset)
            if _not_without(pair):
                region = _before_zonder(pair) or region
            quoted = m.group() if m else "not"
            if m is not None:
                region = _later_clause(pair, m, region) or region
            start, end = _finite_verb(view.article, region)
            end = _clause_end(view.article.text, end)
            if m is not None and (dropped := _dropped_clause(view, pair, m, region)):
                start, end = dropped
            yield self.finding(
                view.article,
                start,
                end,
                f"De ontkenning uit de bron ('{quoted}') ontbreekt: de zin zegt nu het omgekeerde.",
                source_span=(offset, offset + len(quoted)),
            )


def _later_clause(pair: Pair, m: re.Match[str], region: Span) -> Span | None:
    """Where the negation is in a later clause of the source sentence ("…, and should
    not use …"), the Dutch clause of the region that renders that clause."""
    before = pair.source[: m.start()]
    comma = max(before.rfind(","), before.rfind(";"))
    if comma < 0 or re.search(r"[.!?]\s", pair.source[comma : m.start()]):
        return None
    stop = re.search(r"[,;.!?]", pair.source[m.end() :])
    clause = pair.source[comma + 1 : m.end() + (stop.start() if stop else len(pair.source))]
    best = _best_clause(pair, clause)
    if region[0] <= best[0] < region[1] and best != pair.target_span:
        return best[0], region[1]
    return None


def _shared_prefixes(pair: Pair) -> int:
    """Dutch words with a negative prefix that render an English word with one
    ("unboiled" → "ongekookt"): they do not stand for a "not" of the source."""
    data = _markers()["negation"]
    dutch = len(re.findall(data["dutch_affixed"], pair.target, flags=re.I))
    english = len(re.findall(data["english_affixed"], pair.source, flags=re.I))
    return min(dutch, english)


# A negated clause joined on after a comma: "…, although the study could not prove it".
_TRAILING_CLAUSE = re.compile(
    r",\s*(?:although|though|even though|even if|but|while|whereas|because|unless)\b[^,;]*$",
    re.I,
)
_DUTCH_LINKS = re.compile(
    r"\b(?:hoewel|alhoewel|ofschoon|maar|al|ook al|terwijl|omdat|want|doordat|tenzij|toch)\b",
    re.I,
)


def _dropped_clause(view: Bilingual, pair: Pair, m: re.Match[str], region: Span) -> Span | None:
    """Where the negation sits in a trailing clause that the Dutch sentence lacks
    altogether (no hoewel, maar, omdat …): the sentence's last clause, after which
    it went missing."""
    if not _TRAILING_CLAUSE.search(pair.source[: m.start()]):
        return None
    target = view.article.text[region[0] : region[1]]
    if _DUTCH_LINKS.search(target):
        return None
    cut = max(target.rfind(","), target.rfind(";")) + 1
    start = region[0] + cut + len(target[cut:]) - len(target[cut:].lstrip())
    return start, region[0] + len(target.rstrip().rstrip(".!?”’\"' "))


_CLAUSE_MARK = re.compile(r"[,;:.!?“”‘\"()]")  # not ’, which is also an apostrophe


def _clause_end(text: str, start: int) -> int:
    """Where the clause that goes on at ``start`` ends: the next punctuation mark."""
    m = _CLAUSE_MARK.search(text, start)
    return m.start() if m else len(text)


_NOT_WITHOUT = re.compile(r"\b(?:not|never|cannot|n[’']t)\b[^.;]{0,60}\bwithout\b", re.I)


def _not_without(pair: Pair) -> int:
    """1 when the source says "not … without" and the Dutch has "zonder": that
    "zonder" renders "without", and the "not" still needs a word of its own
    ("should not stop without" → "moeten niet zonder overleg stoppen")."""
    both = _NOT_WITHOUT.search(pair.source) and re.search(r"\bzonder\b", pair.target, re.I)
    return 1 if both else 0


def _before_zonder(pair: Pair) -> Span | None:
    """From the last comma before "zonder" to "zonder": the clause whose verb
    "niet" belongs to ("…, moeten zonder overleg stoppen")."""
    m = re.search(r"\bzonder\b", pair.target, re.I)
    if m is None:
        return None
    start = pair.target.rfind(",", 0, m.start()) + 1
    return (pair.target_start + start, pair.target_start + m.start())


def _first_negation(text: str, rendered: list[Span] | None = None) -> re.Match[str] | None:
    return re.search(_markers()["negation"]["english"], _mask_idioms(text, rendered), flags=re.I)


@register
class HedgeDropped(BilingualCheck):
    code = "BL908"
    name = "hedge-dropped"
    category = "accuracy/omission"
    severity = "critical"
    doc = """A hedge of the source (accused of, allegedly, suspected, reportedly) missing in the Dutch.

Without it an accusation reads as a fact: "who are accused of helping
to conceal the fraud" → "die hielpen de fraude te verbergen" presents
untried people as guilty, a libel risk. The aligned Dutch needs a word
such as verdacht, beschuldigd, vermeend, zou/zouden or naar verluidt.
The finding is on the Dutch clause that renders the hedged statement."""
    bad = _examples(
        "Two executives, who are accused of helping to conceal the fraud, are due to stand trial. ||| Twee bestuurders, [[die hielpen de fraude te verbergen]], moeten terechtstaan.",
    )
    good = (
        "Two executives, who are accused of helping to conceal the fraud, are due to stand trial. ||| Twee bestuurders, die ervan worden verdacht de fraude te hebben helpen verbergen, moeten terechtstaan.",
        "The man allegedly stole the painting. ||| De man zou het schilderij hebben gestolen.",
        # the hedge inside a compound: main suspect → hoofdverdachte
        "The main suspect, a woman from Venlo, is still in custody. ||| De hoofdverdachte, een vrouw uit Venlo, zit nog vast.",
        # a verb of supposing keeps the hedge
        "Researchers had suspected that the comet carried water. ||| Onderzoekers vermoedden al dat de komeet water bevatte.",
        "The wreck is believed to be the missing ferry. ||| Aangenomen wordt dat het wrak de vermiste veerboot is.",
    )

    def compare(self, view: Bilingual, config: Config) -> Iterator[Finding]:
        data = _markers()["hedges"]
        for pair in _paired(view):
            m = re.search(data["english"], pair.source, flags=re.I)
            if m is None or re.search(data["dutch"], pair.target, flags=re.I):
                continue
            claim = re.split(r"[,;:.!?]", pair.source[m.end() :])[0]
            yield self.finding(
                view.article,
                *_best_clause(pair, claim),
                f"De bron zegt '{m.group()}': zonder dat voorbehoud staat een beschuldiging hier als feit.",
                source_span=_source_span(pair, m),
            )


# English bounds on a number and the Dutch word that renders each (numbers.yaml).
_BOUNDS: dict[str, str] = table("numbers")["english"]["bounds"]
_ENGLISH_BOUND = re.compile(
    r"\b(" + "|".join(sorted(_BOUNDS, key=len, reverse=True)) + r")\s+(?:\$|€|£)?$", re.I
)
_DUTCH_BOUND = re.compile(
    r"\b(?:" + "|".join(table("numbers")["dutch"]["bounds"]) + r")(?!\w)", re.I
)
_BOUNDED_KINDS = frozenset({"number", "money", "percent"})


# "about" naming a topic, not an estimate: "a drama about three women", "talks
# about two hostages", "worried about three missing climbers".
_TOPIC_ABOUT = re.compile(
    r"\b(?:drama|film|movie|documentary|series|musical|opera|comedy|thriller|book|novel"
    r"|memoir|biography|story|stories|tale|article|piece|essay|paper|song|album|poem|podcast"
    r"|questions|debate|discussion|dispute|news|information|details|concerns?|worries|fears"
    r"|doubts|complaints?|warnings?|speak|speaks|spoke|spoken|talk|talks|talked|talking"
    r"|learn(?:ed|t|s)?|care[sd]?|worried|concerned|anxious|nervous|upset|angry|sorry"
    r"|joke[sd]?|think|thought|forget|forgot)"
    r"\s+(?:about|around)\s+$",
    re.I,
)
# A number of a topic still measures: "a film about three hours long", "talked
# about two hours". (Verbs that count their object, "told about 200 residents",
# are left out of the list above.)
_MEASURE_AFTER = re.compile(
    r"\s+(?:\w+\s+(?:long|old|later|ago|away|earlier|tall|high|wide|deep)"
    r"|(?:\w+\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|miles?|km"
    r"|kilomet(?:er|re)s?|met(?:er|re)s?))\b"
)


def _topic_about(source: str, bound: re.Match[str], q: Quantity) -> bool:
    """ "about" that says what a story or a talk is about, followed by the number."""
    if bound.group(1).lower() not in ("about", "around"):
        return False
    before = _TOPIC_ABOUT.search(source, max(0, bound.start() - 30), bound.end())
    return before is not None and not _MEASURE_AFTER.match(source, q.end)


# "over" just before the number renders "about" as the topic (a novel "over
# drie generaties"); Dutch does not use "over" for an estimate.
_DUTCH_TOPIC = re.compile(r"\b(?:over|aangaande|betreffende)\s+(?:de\s+|het\s+)?$", re.I)


def _dutch_topic(text: str, q: Quantity, bound: re.Match[str]) -> bool:
    if bound.group(1).lower() not in ("about", "around"):
        return False
    return bool(_DUTCH_TOPIC.search(text, max(0, q.start - 20), q.start))


def _bounded(text: str, q: Quantity) -> bool:
    """A Dutch bound in the few words before the number ("op zijn vroegst over vijf")."""
    return bool(_DUTCH_BOUND.search(text, max(0, q.start - 25), q.start))


@register
class BoundDropped(BilingualCheck):
    code = "BL915"
    name = "bound-dropped"
    category = "accuracy/omission"
    severity = "minor"
    doc = """A bound on a number of the source (at least, more than, nearly, up to,
about, an estimated; the list is bilingual/data/numbers.yaml) missing in the
Dutch: "at least four people died" → "vier mensen kwamen om".

The same number stands in the aligned Dutch sentence without minstens,
meer dan, bijna, tot, ongeveer or a word like them before it, so a floor
or an estimate reads as an exact count. The Dutch word for the bound is
offered before the number."""
    bad = _examples(
        "At least four people were killed in the quake. ||| Bij de beving kwamen [[vier]] mensen om het leven.",
        "The company cut more than 300 jobs. ||| Het bedrijf schrapte [[300]] banen.",
        "An estimated 5,000 people joined the march through the city. ||| [[5.000]] mensen liepen mee in de mars door de stad.",
        "Just under 40 percent of members voted for the deal. ||| [[40 procent]] van de leden stemde voor het akkoord.",
    )
    good = (
        "At least four people were killed in the quake. ||| Bij de beving kwamen minstens vier mensen om het leven.",
        "The company cut more than 300 jobs. ||| Het bedrijf schrapte ruim 300 banen.",
        "The company cut 300 jobs. ||| Het bedrijf schrapte 300 banen.",
        "Well over 2,000 fans came to the final. ||| Ruim 2.000 fans kwamen naar de finale.",
        "About 2,000 fans watched. ||| Zo'n 2.000 fans keken toe.",
        "She won 6-3 after almost three hours. ||| Ze won met 6-3 na bijna drie uur.",
        "It will invest €3 billion over five years. ||| Het investeert in vijf jaar €3 miljard.",
        "The asteroid is roughly 300 metres across. ||| De planetoïde is ruwweg 300 meter breed.",
        # "about" naming the topic of a story or a talk
        "Her new novel about two brothers who run a bakery won the prize. ||| Haar nieuwe roman over twee broers die een bakkerij runnen, won de prijs.",
        "Families were worried about four fishermen who had not returned. ||| Families maakten zich zorgen over vier vissers die niet waren teruggekeerd.",
        # the topic, far from the noun it belongs to; Dutch says "over"
        "It is a first film by Utrecht director Sem Bos, 31, about two sisters who run a farm. ||| Het is een eerste film van de Utrechtse regisseur Sem Bos (31) over twee zussen die een boerderij runnen.",
    )

    def compare(self, view: Bilingual, config: Config) -> Iterator[Finding]:
        for pair in _paired(view):
            for q in pair.source_quantities:
                if q.kind not in _BOUNDED_KINDS:
                    continue
                m = _ENGLISH_BOUND.search(view.source, max(0, q.start - 20), q.start)
                if m is None or _topic_about(view.source, m, q):
                    continue
                same = [o for o in pair.target_quantities if o.agrees(q)]
                if not same or any(_bounded(view.article.text, o) for o in same):
                    continue
                if _dutch_topic(view.article.text, same[0], m):
                    continue
                t = same[0]
                dutch = _BOUNDS[m.group(1).lower()]
                yield self.finding(
                    view.article,
                    t.start,
                    t.end,
                    f"De bron zegt '{m.group(1)} {q.text}': zonder '{dutch}' lijkt het een exact getal.",
                    [f"{dutch} {t.text}"],
                    source_span=(m.start(), q.end),
                )


@cache
def _qualifiers() -> tuple[dict, ...]:
    """The qualifier table of markers.yaml, its patterns compiled."""
    out = []
    for q in _markers()["qualifiers"]:
        entry = {k: q[k] for k in ("name", "added")} | {"dropped": q.get("dropped", True)}
        for key in ("english", "dutch", "added_dutch"):
            if key in q:
                entry[key] = re.compile(q[key], re.I)
        out.append(entry)
    return tuple(out)


def _near_target(view: Bilingual, pair: Pair) -> str:
    """The Dutch of a pair and its neighbours: alignment may split a sentence differently."""
    return " ".join(p.target for p in view.around(pair))


def _near_source(view: Bilingual, pair: Pair) -> str:
    return " ".join(p.source for p in view.around(pair))


@register
class QualifierDropped(BilingualCheck):
    code = "BL916"
    name = "qualifier-dropped"
    category = "accuracy/omission"
    severity = "major"
    doc = """A qualifier of the source (temporarily, permanently, free, record,
former, partly, acting, voluntary, mandatory) with no Dutch rendering:
"will temporarily close its maternity ward" → "sluit zijn kraamafdeling".

Without it the claim changes: a temporary closure reads as for good, a
former minister as the minister. The words and their Dutch renderings are
data (bilingual/data/markers.yaml, `qualifiers`); the aligned Dutch sentence
and its neighbours are searched, and the finding is on the Dutch clause
that renders the qualified statement."""
    bad = _examples(
        "The hospital will temporarily close its maternity ward from 1 December. ||| [[Het ziekenhuis sluit vanaf 1 december zijn kraamafdeling]].",
        "Former minister Jan Pronk criticised the plan. ||| [[Minister Jan Pronk bekritiseerde het plan]].",
    )
    good = (
        "The hospital will temporarily close its maternity ward from 1 December. ||| Het ziekenhuis sluit vanaf 1 december tijdelijk zijn kraamafdeling.",
        "Former minister Jan Pronk criticised the plan. ||| Oud-minister Jan Pronk bekritiseerde het plan.",
        "The ward closes for now. ||| De afdeling gaat voorlopig dicht.",
        # "acting" the verb
        "Police said the men were acting on orders from abroad. ||| Volgens de politie handelden de mannen in opdracht uit het buitenland.",
        # "fresh" of water, air or food is no "recent"
        "The lake holds a fifth of the region's fresh water. ||| Het meer bevat een vijfde van het zoete water in de regio.",
        "Patients need fresh air and daylight, the nurses said. ||| Patiënten hebben frisse lucht en daglicht nodig, zeiden de verpleegkundigen.",
        # a lasting state said with "altijd"
        "The valley floor is permanently flooded. ||| De bodem van het dal staat altijd onder water.",
        # "partly because" → "mede omdat"; "not optional" → "niet vrijblijvend"
        "The board rejected the bid, partly because the price was too low. ||| Het bestuur wees het bod af, mede omdat de prijs te laag was.",
        "Training is not optional for new staff. ||| Scholing is voor nieuwe medewerkers niet vrijblijvend.",
    )

    def compare(self, view: Bilingual, config: Config) -> Iterator[Finding]:
        for pair in _paired(view):
            for q in _qualifiers():
                m = q["english"].search(pair.source) if q["dropped"] else None
                if m is None or q["dutch"].search(_near_target(view, pair)):
                    continue
                yield self.finding(
                    view.article,
                    *_best_clause(pair, pair.source),
                    f"De bron zegt '{m.group()}'; dat staat niet in de vertaling "
                    f"(bijvoorbeeld '{q['name']}').",
                    source_span=_source_span(pair, m),
                )


@register
class QualifierAdded(BilingualCheck):
    code = "BL917"
    name = "qualifier-added"
    category = "accuracy/addition"
    severity = "major"
    doc = """A qualifier in the Dutch that the source does not have: "a record 412"
where the English says "412 accidents", "gratis activiteiten" where it
says "activities".

Machine translation sometimes adds such a word from what usually goes with
the phrase, and it changes the claim. Only the qualifiers of
bilingual/data/markers.yaml marked `added` are checked, against the aligned
English sentence and its neighbours. Deleting the word is the suggestion."""
    bad = _examples(
        "Police registered 412 accidents last year. ||| De politie registreerde vorig jaar [[een recordaantal van]] 412 ongelukken.",
        "Parents are offered supervised activities. ||| Ouders krijgen [[gratis]] begeleide activiteiten aangeboden.",
        # a superlative with "ooit" the source does not claim
        "Divers found a large wreck in the lake. ||| Duikers vonden in het meer een groot wrak, het [[grootste ooit]].",
    )
    good = (
        "Police registered a record 412 accidents last year. ||| De politie registreerde vorig jaar een recordaantal van 412 ongelukken.",
        "Parents are offered free supervised activities. ||| Ouders krijgen gratis begeleide activiteiten aangeboden.",
        "The museum is open to visitors at no cost. ||| Het museum is gratis te bezoeken.",
    )

    def compare(self, view: Bilingual, config: Config) -> Iterator[Finding]:
        for pair in _paired(view):
            for q in _qualifiers():
                if not q["added"]:
                    continue
                m = q["added_dutch"].search(pair.target)
                if m is None or q["english"].search(_near_source(view, pair)):
                    continue
                start = pair.target_start + m.start()
                yield self.finding(
                    view.article,
                    start,
                    start + len(m.group()),
                    f"'{m.group()}' staat niet in de bron: de vertaling voegt het toe.",
                    [""],
                )


def _clauses(text: str, base: int) -> list[Span]:
    spans = []
    for m in re.finditer(r"[^,;:“”‘’\"()]+", text):
        chunk = m.group()
        stripped = chunk.strip(" .!?–-")
        if len(stripped.split()) >= 2:
            lead = len(chunk) - len(chunk.lstrip(" .!?–-"))
            spans.append((base + m.start() + lead, base + m.start() + lead + len(stripped)))
    return spans


def _best_clause(pair: Pair, english: str) -> Span:
    """The Dutch clause of the pair that renders most words of the English text."""
    wanted = [w for w in re.findall(r"[A-Za-z]{4,}", english)]
    best: tuple[int, Span] | None = None
    for clause in _clauses(pair.target, pair.target_start):
        words = pair.target[clause[0] - pair.target_start : clause[1] - pair.target_start].split()
        score = sum(1 for e in wanted if any(renders(e, w) for w in words))
        if best is None or score > best[0]:
            best = (score, clause)
    assert pair.target_span is not None
    return best[1] if best and best[0] > 0 else pair.target_span


@cache
def _conjunct_pattern() -> re.Pattern[str]:
    keys = set(table("names")["demonyms"]) | set(table("names")["exonyms"])
    # after the table, any capitalised word: a name Dutch keeps as it is (Taiwan)
    item = "|".join(
        [*(re.escape(k) for k in sorted(keys, key=len, reverse=True)), r"[A-Z][a-z]{2,}"]
    )
    return re.compile(
        rf"(?<![\w.])((?:{item})(?:\s*,\s*(?:{item}))*,?\s+and\s+(?:{item}))(?![\w-])"
    )


def _conjuncts(text: str) -> list[str]:
    return [c.strip() for c in re.split(r",|\band\b", text) if c.strip()]


def _stems(conjunct: str) -> list[str]:
    """The Dutch starts of a conjunct's rendering: from the table of names, or
    the name itself where the dictionary renders it as itself (Taiwan, Japan)."""
    data = table("names")
    stems = list(data["demonyms"].get(conjunct, [])) + list(data["exonyms"].get(conjunct, []))
    if stems or " " in conjunct:
        return stems
    return [conjunct] if fold(conjunct) in dictionary().dutch(conjunct.lower()) else []


def _rendering(stems: list[str], words: list[Word]) -> Word | None:
    """The first Dutch word that starts a rendering; a rendering of several
    words ("Rode Zee", "Saudi-Arabië") must be there whole."""
    for stem in stems:
        folded = _spaced(stem)
        # The inflected adjective: Canadees → Canadese, Europees → Europese.
        inflected = folded[:-3] + "ese" if folded.endswith("ees") else folded
        size = folded.count(" ") + 1
        for i, w in enumerate(words):
            run = words[i : i + size]
            text = _spaced(" ".join(x.text for x in run))
            if text.startswith((folded, inflected)) or (
                len(folded) <= 3 and fold(w.text) == folded
            ):
                return Word(w.start, run[-1].end, " ".join(x.text for x in run))
    return None


def _spaced(text: str) -> str:
    """Folded, with hyphens and runs of spaces as one space: Saudi-Arabië ~ saudi arabie."""
    return re.sub(r"[\s\-]+", " ", fold(text)).strip()


@register
class CoordinationDropped(BilingualCheck):
    code = "BL909"
    name = "coordinated-item-dropped"
    category = "accuracy/omission"
    severity = "major"
    doc = """An item of a coordinated list in the source missing in the Dutch.

"Egyptian and U.S. officials" → "Egyptische functionarissen": a list of
nationalities, countries or places of which the Dutch renders some but not
all. The finding is on the Dutch words that render the shortened list.

Names from the table of exonyms and demonyms count, and so does a single
capitalised word that the dictionary renders as itself, a name Dutch keeps
("South Korea and Taiwan" → "Zuid-Korea"); any other capitalised word
("the House and Senate") leaves the list alone, as its rendering is unknown.

The same for common nouns: "60 drawings and letters" → "60 tekeningen",
"the south and east" → "het oosten". Flagged only when the Dutch sentence
has fewer coordinations (en, of) than the English one, the dropped words
are in the dictionary (FreeDict, both directions) and no Dutch word of the
sentence renders them, while one does render the kept conjunct: the
finding is on that word. Verbs are left out ("killing four and wounding
12" joins clauses, which Dutch often splits)."""
    bad = (
        Example(
            "Egyptian and U.S. officials also attended. ||| Ook [[Egyptische]] functionarissen waren aanwezig.",
            "Egyptische en Amerikaanse",
        ),
        Example(
            "The museum will show 40 paintings and sketches by the artist. ||| Het museum toont 40 [[schilderijen]] van de kunstenaar."
        ),
        Example(
            "The storm hit the north and west of the island. ||| De storm trof het [[westen]] van het eiland."
        ),
        # a name Dutch keeps as it is: the dictionary renders it as itself
        Example(
            "Buyers in Japan and Taiwan cancelled orders. ||| Kopers in [[Japan]] zegden orders af.",
            "Japan en Taiwan",
        ),
        Example(
            "Flights to Jordan and Cyprus resumed. ||| Vluchten naar [[Cyprus]] werden hervat.",
            "Jordanië en Cyprus",
        ),
    )
    good = (
        "Egyptian and U.S. officials also attended. ||| Ook Egyptische en Amerikaanse functionarissen waren aanwezig.",
        "The museum will show 40 paintings and sketches by the artist. ||| Het museum toont 40 schilderijen en schetsen van de kunstenaar.",
        # as many coordinations: a rendering the dictionary lacks (cash → geld)
        "Police seized guns and cash. ||| De politie nam wapens en geld in beslag.",
        "The minister arrived late and left early. ||| De minister kwam laat en vertrok vroeg.",
        "The council approved the budget and the plan for the harbour. ||| De raad keurde de begroting goed, net als het plan voor de haven.",
        "Member states including France, Denmark and Greece want a ban. ||| Lidstaten als Frankrijk, Denemarken en Griekenland willen een verbod.",
        "Officials from Egypt and Saudi Arabia met in Cairo. ||| Functionarissen uit Egypte en Saudi-Arabië kwamen bijeen in Caïro.",
        "NASA runs it with the European and Canadian space agencies. ||| NASA beheert hem met de Europese en de Canadese ruimtevaartorganisatie.",
        # a capitalised word that is no kept name: its rendering is unknown
        "The House and Senate passed the bill. ||| Het Huis van Afgevaardigden keurde de wet goed, net als de Senaat.",
        "Police and Navy divers searched the lake. ||| Duikers van politie en marine doorzochten het meer.",
        "Talks between Israel and Iran stalled. ||| Gesprekken tussen Israël en Iran liepen vast.",
        # the "and" inside the English name of a body that the Dutch names by its Dutch name
        "The Dutch roads and waterways authority closed the lock for repairs. ||| Rijkswaterstaat sloot de sluis voor herstelwerk.",
    )

    def compare(self, view: Bilingual, config: Config) -> Iterator[Finding]:
        for pair in _paired(view):
            words = [w for p in view.around(pair, 0) for w in p.target_words()]
            source = _without_bodies(view, pair)
            for m in _conjunct_pattern().finditer(source):
                if finding := self._list(view, pair, m, words):
                    yield finding
            for kept, dropped, phrase in _dropped_conjuncts(pair, words, source):
                yield self.finding(
                    view.article,
                    kept.start,
                    kept.end,
                    f"De bron noemt '{phrase}'; '{dropped}' ontbreekt in de vertaling.",
                )

    def _list(
        self, view: Bilingual, pair: Pair, m: re.Match[str], words: list[Word]
    ) -> Finding | None:
        items = _conjuncts(m.group(1))
        stems = {c: _stems(c) for c in items}
        if not all(stems.values()):
            return None  # a word that is no name Dutch keeps: its rendering is unknown
        # an item left in English ("Lisbon") is there: another rule asks for its Dutch name
        found = {c: _rendering([*stems[c], c], words) for c in items}
        present = [w for w in found.values() if w is not None]
        absent = [c for c, w in found.items() if w is None]
        if not present or not absent:
            return None
        first = min(present, key=lambda w: w.start)
        fix = _coordinated_fix(items, found) if len(items) == 2 else None
        return self.finding(
            view.article,
            first.start,
            max(w.end for w in present),
            f"De bron noemt '{m.group(1)}'; '{', '.join(absent)}' ontbreekt in de vertaling.",
            [fix] if fix else [],
            source_span=_source_span(pair, m, 1),
        )


# Words between "and" and a conjunct's noun, or that end a left conjunct.
_EN_SKIP = frozenset(
    ["the", "a", "an", "their", "its", "his", "her", "our", "your", "my", "other", "some",
     "all", "both", "more", "most", "many", "several", "these", "those", "this", "that", "of",
     "in", "on", "at", "for", "to", "from", "with", "by", "as"]
)  # fmt: skip


def _conjunct_words(words: list[str], k: int, step: int) -> list[str]:
    """The lower-case content words of the conjunct beside the "and" at k:
    the word before it, or up to two after it past determiners."""
    out: list[str] = []
    i = k + step
    while 0 <= i < len(words) and len(out) < 2:
        w = words[i]
        if not re.fullmatch(r"[a-z][a-z\-]+", w):
            break
        if w in _EN_SKIP:
            if out or step < 0:
                break
            i += step
            continue
        out.append(w)
        i += step
        if step < 0:
            break  # the left conjunct: its head only
    return out


def _without_bodies(view: Bilingual, pair: Pair) -> str:
    """The pair's source with the names of bodies blanked out whose Dutch name the
    text has: "the roads and waterways authority" is Rijkswaterstaat, no list."""
    text = pair.source
    for body in _body_mentions(view):
        start, end = body.start - pair.source_start, body.end - pair.source_start
        if body.rendered and 0 <= start < len(text):
            text = text[:start] + " " * (end - start) + text[end:]
    return text[: len(pair.source)]


def _dropped_conjuncts(
    pair: Pair, near_words: list[Word], source: str
) -> Iterator[tuple[Word, str, str]]:
    """(Dutch word rendering the kept conjunct, the dropped one, the English
    coordination) for "drawings and letters" → "tekeningen". Only where the
    Dutch has fewer coordinations than the English, the dropped words are
    ones the dictionary knows and no Dutch word of the pair renders them,
    and no coordination stands beside the kept word in the Dutch: "gloeiende
    stenen en hete as" renders "rocks and hot ash" with a word FreeDict lacks."""
    tokens = re.findall(r"[A-Za-z][A-Za-z\-’']*|[^\sA-Za-z]", source)
    nl_coord = len(_DUTCH_COORDINATION.findall(pair.target))
    en_coord = sum(1 for t in tokens if t in ("and", "or", "nor"))
    if nl_coord >= en_coord:
        return
    dutch = [w for w in near_words if len(w.text) >= 3 and w.text.lower() not in _NL_FUNCTION]
    for k, t in enumerate(tokens):
        if t not in ("and", "or"):
            continue
        left = _conjunct_words(tokens, k, -1)
        right = _conjunct_words(tokens, k, 1)
        if not left or not right or any(_verbal(w) for w in left + right):
            continue  # verbs: "killing four people and wounding 12" joins clauses
        for missing, present in ((right, left), (left, right)):
            if not any(len(m) >= 4 and dictionary().dutch(m) for m in missing):
                continue
            if any(_stands_for(m, d.text) for m in missing for d in dutch):
                continue
            kept = next((d for d in dutch for p in present if _stands_for(p, d.text)), None)
            if kept is not None and not _coordinated_at(near_words, kept):
                yield kept, " ".join(missing), f"{' '.join(left)} {t} {' '.join(right)}"


_DUTCH_COORDINATION = re.compile(r"(?<!tot )\b(?:en|of|noch)\b")
# Dutch words that render no conjunct (FreeDict has odd entries for some, "een"
# for glide): the closed-class words of rules/facts.yaml.
_NL_FUNCTION: frozenset[str] = word_lists()["function_words"]  # type: ignore[assignment]
# English verb forms that join clauses, not nouns: "made 47 errors and said afterwards".
_EN_VERBS = frozenset(
    ["said", "says", "told", "made", "took", "gave", "went", "came", "held", "met", "saw",
     "found", "got", "put", "won", "lost", "led", "paid", "sent", "spent", "kept", "ran",
     "fell", "rose", "began", "became", "brought", "bought", "thought", "knew", "is", "was",
     "were", "are", "has", "have", "had", "will", "would", "could", "can", "may", "might",
     "must", "should", "did", "does", "then", "also", "not"]
)  # fmt: skip


def _verbal(word: str) -> bool:
    return word in _EN_VERBS or word.endswith(("ing", "ed"))


def _coordinated_at(words: list[Word], word: Word, reach: int = 4) -> bool:
    """An "en" or "of" within a few words of the kept conjunct's rendering."""
    i = next((n for n, w in enumerate(words) if w.start == word.start), None)
    if i is None:
        return False
    around = words[max(0, i - reach) : i + reach + 1]
    return any(_DUTCH_COORDINATION.fullmatch(w.text.lower()) for w in around)


def _stands_for(english: str, dutch: str) -> bool:
    return len(english) >= 3 and _explained(dutch, english)


def _coordinated_fix(items: list[str], found: dict[str, Word | None]) -> str | None:
    """ "Egyptische en Amerikaanse": the missing adjective inflected like the present one."""
    present = next(w for w in found.values() if w is not None)
    parts = []
    for item in items:
        word = found[item]
        if word is not None:
            parts.append(word.text)
            continue
        stems = table("names")["demonyms"].get(item)
        if not stems:  # a place: its Dutch name, uninflected
            names = _stems(item)
            if not names:
                return None
            parts.append(names[0])
            continue
        ending = "e" if present.text.endswith("e") and not stems[0].endswith("e") else ""
        parts.append(stems[0] + ending)
    return " en ".join(parts)


# ---------------------------------------------------------------------------
# Additions


def _clause_around(text: str, start: int, end: int, bounds: Span) -> Span:
    """The clause holding [start, end): from the comma before it to the comma or stop after."""
    left = max(text.rfind(",", bounds[0], start), text.rfind(";", bounds[0], start))
    clause_start = left if left >= 0 else bounds[0]
    right = [i for i in (text.find(",", end, bounds[1]), text.find(";", end, bounds[1])) if i >= 0]
    clause_end = min(right) if right else bounds[1]
    while clause_end > end and text[clause_end - 1] in '.!?”’" ':
        clause_end -= 1
    return clause_start, clause_end


@register
class ContentAdded(BilingualCheck):
    code = "BL910"
    name = "content-added"
    category = "accuracy/addition"
    severity = "major"
    doc = """Dutch content that the source does not have.

A Dutch sentence the aligner pairs with no source sentence (page
furniture such as "Lees ook" is left to BP401), or a clause with a number
or amount that occurs nowhere in the source: ", en kregen elk een
vergoeding van 600 euro". The finding spans the added clause. A sports
word stands for its number ("24 maximums" → "24 keer 180", data/numbers.yaml)."""
    bad = _examples(
        "The passengers were rebooked onto a flight that left at 6:30 p.m. ||| De passagiers werden omgeboekt naar een vlucht die om 18.30 uur vertrok[[, en kregen elk een vergoeding van 600 euro]].",
        "The storm hit the coast on Sunday. Schools stay closed on Monday. ||| De storm raasde zondag over de kust. [[Volgens de politie vielen er vier doden en tientallen gewonden.]] De scholen blijven maandag dicht.",
    )
    good = (
        "The passengers were rebooked onto a flight that left at 6:30 p.m. ||| De passagiers werden omgeboekt naar een vlucht die om 18.30 uur vertrok.",
        "Schools stay closed on Monday.\nRead more\nThe storm moves on. ||| De scholen blijven maandag dicht.\nLees ook: storm trekt weg\nDe storm trekt verder.",
        # a race time with a dot; basis points; a sentence split in four
        "Rivera finished third, 2:13 behind the winner. ||| Rivera werd derde op 2.13 van de winnaar.",
        # a unit glued to the number; an imperial amount converted to metric
        "The mercury rose to 47.5C in Seville, and a 30km stretch of motorway was closed. ||| In Sevilla liep het kwik op tot 47,5 graden en werd een stuk snelweg van 30 kilometer afgesloten.",
        "The storm brought winds of 90 mph to the coast. ||| De storm bracht windsnelheden van 145 kilometer per uur aan de kust.",
        "The central bank raised its key rate by 75 basis points to 4.5%. ||| De centrale bank verhoogde haar belangrijkste rente met 0,75 procentpunt tot 4,5 procent.",
        # a scale glued to the amount; a sports word for a number
        "The insurer rejected a £4.7bn bid. ||| De verzekeraar wees een bod van 4,7 miljard pond af.",
        "She threw 11 maximums in the semi-final. ||| Ze gooide in de halve finale elf keer 180.",
        "The talks, mediated by Norway, focus on a 30-day truce during which the rebels would free 12 hostages in exchange for 40 prisoners, two officials briefed on the plan said, speaking on condition of anonymity because they were not allowed to discuss it. ||| De gesprekken, waarin Noorwegen bemiddelt, gaan over een bestand van dertig dagen. Daarin zouden de rebellen twaalf gijzelaars vrijlaten in ruil voor 40 gevangenen. Dat zeggen twee ingewijde functionarissen. Ze wilden anoniem blijven, omdat ze er niet over mogen praten.",
    )

    def compare(self, view: Bilingual, config: Config) -> Iterator[Finding]:
        for pair in view.pairs:
            if (
                pair.bead.target
                and not pair.bead.source
                and (finding := self._unpaired(view, pair))
            ):
                yield finding
        for pair in _paired(view):
            for span in _added_conjuncts(pair):
                yield self._added(view, span, view.article.text[span[0] : span[1]])
        for quantity, pair in number_reading(view).added:
            span = _clause_around(
                view.article.text, quantity.start, quantity.end, _sentence_of(pair, quantity)
            )
            yield self._added(view, span, quantity.text)

    def _added(self, view: Bilingual, span: Span, text: str) -> Finding:
        return self.finding(
            view.article, *span, f"'{text}' staat niet in de bron: is dit toegevoegd?"
        )

    def _unpaired(self, view: Bilingual, pair: Pair) -> Finding | None:
        assert pair.target_span is not None
        paragraph = next(
            p for p in view.article.paragraphs if p.start <= pair.target_span[0] < p.end
        )
        if is_furniture(view.article.text[paragraph.start : paragraph.end]):
            return None
        if len(pair.target.split()) < 4:
            return None
        if pair.index == 0 and not pair.target.rstrip().endswith((".", "!", "?", "”", "’")):
            return None  # a headline above the article, which the source may lack
        return self.finding(
            view.article,
            *pair.target_span,
            "Deze zin heeft geen tegenhanger in de bron: is hij toegevoegd?",
        )


_ADDED_CONJUNCT = re.compile(
    r"(?<!tot )\ben\s+(?:een|de|het|twee|drie|vier|vijf|zijn|haar|hun|enkele)\s+"
    r"([^\W\d_]+)(?:\s+([^\W\d_]+))?"
)


def _coordinations(text: str, lang: str) -> int:
    if lang == "en":
        return len(re.findall(r"\b(?:and|as well as|plus|along with)\b|&", text))
    return len(re.findall(r"(?<!tot )\ben\b", text))


def _explained(word: str, source: str) -> bool:
    """Some source word stands for the Dutch word, by the dictionary or by form."""
    english = {fold(w) for w in re.findall(r"[A-Za-z][A-Za-z’'\-]+", source)}
    if any(renders(e, word) for e in english if len(e) >= 3):
        return True
    known = {e.replace("‐", "-") for e in dictionary().english(word)}
    return any(b in known for e in english for b in english_bases(e))


def _added_conjuncts(pair: Pair) -> list[Span]:
    """ "… kinderen en een volwassene": a coordinated noun the source does not have.

    Only where the Dutch has more coordinations than the English, and only
    for a noun the dictionary knows (so that its absence from the source
    means something).
    """
    if _coordinations(pair.target, "nl") <= _coordinations(pair.source, "en"):
        return []
    spans = []
    for m in _ADDED_CONJUNCT.finditer(pair.target):
        # The noun is the word after the determiner, or the one after an adjective.
        candidates = [(m.group(1), m.end(1))]
        if m.group(2) and m.group(1).endswith("e"):
            candidates.append((m.group(2), m.end(2)))
        for head, end in candidates:
            if head.islower() and dictionary().knows_dutch(head):
                if not _explained(head, pair.source):
                    spans.append((pair.target_start + m.start(), pair.target_start + end))
                break
    return spans


def _sentence_of(pair: Pair, quantity: Quantity) -> Span:
    return next(
        ((s, e) for s, e in pair.bead.target if s <= quantity.start < e), pair.target_span or (0, 0)
    )


@cache
def _support() -> dict:
    """support.yaml with its patterns compiled."""
    data = table("support")
    evaluative = {
        # an adjective or adverb, not the noun made from it (beroemdheid)
        re.compile(rf"\b{stem}(?![a-z]*hed?e?n?\b|[a-z]*heid)\w*", re.I): re.compile(english, re.I)
        for stem, english in data["evaluative"].items()
    }
    inclusion = {k: re.compile(v, re.I) for k, v in data["inclusion"].items()}
    return {"evaluative": evaluative, "inclusion": inclusion}


def _evaluative_added(pair: Pair, near: str) -> Iterator[Span]:
    """A judging word (populaire, onverwacht) no English word near the pair licenses."""
    for dutch, english in _support()["evaluative"].items():
        for m in dutch.finditer(pair.target):
            if english.search(near) or _explained(m.group(), near):
                continue
            end = m.end() + (1 if pair.target[m.end() : m.end() + 1] == " " else 0)
            yield pair.target_start + m.start(), pair.target_start + end


# ", onder wie huisartsen in de regio," up to the next comma or the end.
_INSERTION_END = re.compile(r"[,;:.!?”)]")


def _inclusion_added(pair: Pair, near: str) -> Iterator[Span]:
    """An inserted list of examples ("onder wie …", "waaronder …") the source lacks:
    the source has no including, among, such as, and most of its words are unknown there."""
    rules = _support()["inclusion"]
    if rules["english"].search(near):
        return
    for m in rules["dutch"].finditer(pair.target):
        comma = pair.target.rfind(",", 0, m.start())
        if comma < 0 or pair.target[comma + 1 : m.start()].strip():
            continue  # only an insertion right after a comma
        stop = _INSERTION_END.search(pair.target, m.end())
        end = stop.start() if stop else len(pair.target)
        words = [w for w in re.findall(r"[^\W\d_]{4,}", pair.target[m.end() : end])]
        if words and sum(not _explained(w, near) for w in words) * 2 >= len(words):
            yield pair.target_start + comma, pair.target_start + end


# A list item between commas or before "en": ", een speedboot en", ", drie luxewagens,".
_LIST_ITEM = re.compile(
    r",\s+(?:(?:een|de|het|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|enkele|diverse"
    r"|verschillende|meerdere|zijn|haar|hun)\s+)?(?:[a-zà-ÿ]+e\s+)?([a-zà-ÿ]{4,})(?=\s+en\s|,)"
)


_CLAUSE_OPENERS = frozenset(
    [
        "die",
        "dat",
        "wat",
        "wie",
        "waar",
        "waarin",
        "waarmee",
        "toen",
        "omdat",
        "als",
        "terwijl",
        "maar",
        "zei",
        "zegt",
        "aldus",
        "who",
        "which",
        "that",
        "where",
        "when",
        "while",
        "because",
        "but",
        "said",
        "says",
        "according",
    ]
)


def _list_items(text: str, lang: str) -> int:
    """The items of the longest list: a head stretch followed by short stretches
    between commas and "en"/"and" (not clauses, which are long or open with die, who)."""
    joiner = r",\s+|\s+and\s+" if lang == "en" else r",\s+|\s+en\s+"
    best = run = 0
    for part in re.split(joiner, text)[1:]:
        words = part.split()
        if words and words[0].lower().strip("“”\"'") in _CLAUSE_OPENERS:
            run = 1  # a clause may head a list: "which excludes energy, food and tobacco"
        else:
            run = run + 1 if 1 <= len(words) <= 7 else 0
        best = max(best, run)
    return best + 1


def _list_item_added(pair: Pair, near: str) -> Iterator[Span]:
    """A list item whose noun nothing in the source stands for, in a Dutch
    sentence that lists more than its source."""
    if _list_items(pair.target, "nl") <= _list_items(pair.source, "en"):
        return
    if _unrendered_item(pair):
        return  # an English item the dictionary cannot find may be the "extra" Dutch one
    for m in _LIST_ITEM.finditer(pair.target):
        if _unsupported_noun(m.group(1), near):
            yield pair.target_start + m.start(), pair.target_start + m.end()


_LIST_FILLERS = frozenset(
    ["about", "around", "some", "more", "than", "with", "from", "their", "other", "such"]
)


def _unrendered_item(pair: Pair) -> bool:
    """A word of a short English list item that no Dutch word of the pair renders."""
    dutch = [w.text for w in pair.target_words()]
    for part in re.split(r",\s+|\s+and\s+", pair.source)[1:]:
        words = re.findall(r"[A-Za-z][a-z]{3,}", part)
        if len(part.split()) > 7 or (words and words[0].lower() in _CLAUSE_OPENERS):
            continue
        for word in words:
            if word.lower() in _LIST_FILLERS or any(renders(word, d) for d in dutch):
                continue
            if not any(_explained(d, word) for d in dutch):
                return True
    return False


def _unsupported_noun(word: str, near: str) -> bool:
    """Neither the word nor a part of it (speed|boot) renders a source word."""
    if _explained(word, near):
        return False
    folded = fold(word)
    parts = [folded[:i] for i in range(4, len(folded) - 2)] + [
        folded[i:] for i in range(3, len(folded) - 3)
    ]
    return not any(_explained(p, near) for p in parts)


@register
class WordAdded(BilingualCheck):
    code = "BL918"
    name = "unsupported-word-added"
    category = "accuracy/addition"
    severity = "minor"
    doc = """A Dutch word or phrase that nothing in the source supports.

Three kinds that machine translation adds from what usually goes with a
phrase: a judging word (populair, onverwacht, beroemd, omstreden; the table
is bilingual/data/support.yaml) with no English word that licenses it; an
inserted list of examples (", onder wie huisartsen in de regio,",
"waaronder") where the source has no including, among or such as; and a
list item whose noun renders no source word, in a Dutch list longer than
the source's. The aligned English sentence and its neighbours are searched,
with the FreeDict dictionary and shared stems. Deleting is the suggestion."""
    bad = _examples(
        "The regulator fined streaming service Vidlo 20 million euros. ||| De toezichthouder legde de [[populaire ]]streamingdienst Vidlo een boete van 20 miljoen euro op.",
        "The mayor resigned after the death of his wife. ||| De burgemeester trad af na het [[onverwachte ]]overlijden van zijn vrouw.",
        "Residents fear that the plan will raise rents. ||| Bewoners[[, onder wie veel gepensioneerden]], vrezen dat het plan de huren verhoogt.",
        "Police found weapons, money and drugs in the house. ||| De politie vond in het huis wapens, geld[[, een speedboot]] en drugs.",
        "Nobody was hurt in the crash. ||| Bij de botsing raakte niemand [[ernstig ]]gewond.",
        "Farmers campaigned against the new rules for weeks. ||| Boeren voerden wekenlang [[fel ]]actie tegen de nieuwe regels.",
        "Economists pointed to a growing number of bankruptcies. ||| Economen wezen op een [[sterk ]]groeiend aantal faillissementen.",
    )
    good = (
        "The regulator fined popular streaming service Vidlo 20 million euros. ||| De toezichthouder legde de populaire streamingdienst Vidlo een boete van 20 miljoen euro op.",
        "The plant closed unexpectedly in March. ||| De fabriek sloot in maart onverwacht.",
        "The surprise resignation of the mayor shocked the town. ||| Het onverwachte aftreden van de burgemeester schokte de stad.",
        "Residents, including many pensioners, fear higher rents. ||| Bewoners, onder wie veel gepensioneerden, vrezen hogere huren.",
        "Police found drugs, two pistols, a jet ski and 40,000 euros in cash. ||| De politie vond drugs, twee pistolen, een jetski en 40.000 euro contant.",
        # an English item the dictionary does not know (butter) may be the Dutch one it lacks
        "The bakery struggled with prices for energy, butter and flour. ||| De bakkerij worstelde met de prijzen voor energie, boter en meel.",
        "The museum, among the most visited in Europe, reopens on Monday. ||| Het museum, een van de drukst bezochte van Europa, gaat maandag weer open.",
        "Police seized cocaine, cash and weapons. ||| De politie nam cocaïne, contant geld en wapens in beslag.",
        "The controversial plan was approved. ||| Het omstreden plan werd goedgekeurd.",
        "Nobody was seriously hurt in the crash. ||| Bij de botsing raakte niemand ernstig gewond.",
        "Farmers fiercely opposed the new rules. ||| Boeren verzetten zich fel tegen de nieuwe regels.",
        "Exports rose sharply in May. ||| De export is in mei sterk gestegen.",
        "Cyclists were asked to take extra care on the dyke. ||| Fietsers werd gevraagd op de dijk extra voorzichtig te zijn.",
        "The club has a strong team this year. ||| De club heeft dit jaar een sterk team.",
        "The mayor congratulated the winners. ||| De burgemeester feliciteerde de winnaars.",
    )

    def compare(self, view: Bilingual, config: Config) -> Iterator[Finding]:
        for pair in _paired(view):
            near = _near_source(view, pair)
            for detector in (_evaluative_added, _inclusion_added, _list_item_added):
                for start, end in detector(pair, near):
                    text = view.article.text[start:end]
                    yield self.finding(
                        view.article,
                        start,
                        end,
                        f"'{text.strip(' ,')}' staat niet in de bron: is dit toegevoegd?",
                        [""],
                    )


# ---------------------------------------------------------------------------
# Untranslated


_MIN_WORDS = 5


def _shared_share(target: str, source_words: set[str]) -> float:
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", target)]
    if len(words) < _MIN_WORDS:
        return 0.0
    return sum(1 for w in words if w in source_words) / len(words)


_RUN = 4  # words in a row that make a copied stretch


def _leans_english(word: str) -> bool:
    return zipf_frequency(word, "en") >= zipf_frequency(word, "nl")


def _copied_run(target_words: list[Word], source: str) -> Span | None:
    """The longest stretch of four or more words (three in lower case) copied from the source."""
    source_words = [fold(w) for w in re.findall(r"[^\W\d_]+(?:[’'][^\W\d_]+)*", source)]
    grams = {tuple(source_words[k : k + _RUN]) for k in range(len(source_words) - _RUN + 1)}
    folded = [fold(w.text) for w in target_words]
    copied = [tuple(folded[k : k + _RUN]) in grams for k in range(len(folded) - _RUN + 1)]
    best: Span | None = None
    k = 0
    while k < len(copied):
        if not copied[k]:
            k += 1
            continue
        end = k
        while end + 1 < len(copied) and copied[end + 1]:
            end += 1
        run = target_words[k : end + _RUN]
        # Lower-case words that lean English: "in Capelle aan den IJssel" is a
        # Dutch name the source keeps, "the deal was done" is not.
        lower = sum(1 for w in run if w.text.islower() and _leans_english(w.text))
        if lower >= 3 and (best is None or run[-1].end - run[0].start > best[1] - best[0]):
            best = (run[0].start, run[-1].end)
        k = end + 1
    return best


@register
class SourceCopied(BilingualCheck):
    code = "BL911"
    name = "source-left-untranslated"
    category = "accuracy/untranslated"
    severity = "major"
    suppresses = ("LG", "SP")
    doc = """A Dutch sentence that is (nearly) its English source, or a stretch copied from it.

A sentence of five or more words of which four fifths occur in the
aligned source and that reads as English, or four or more words (three in
lower case) copied in a row. Names that Dutch keeps in English (European
Chips Act, Trooping the Colour) are capitalised and do not count."""
    bad = _examples(
        "TenneT will build the connection. The project is expected to create around 1,500 jobs. ||| TenneT legt de verbinding aan. [[The project is expected to create around 1,500 jobs.]]",
        "He said the deal was done and left. ||| Hij zei dat [[the deal was done]] en vertrok.",
    )
    good = (
        "The European Chips Act aims to double Europe's share. ||| Met de European Chips Act wil de EU het Europese aandeel verdubbelen.",
        "The parade is known as Trooping the Colour. ||| De parade heet Trooping the Colour.",
        "A school in Capelle aan den IJssel closed. ||| Een school in Capelle aan den IJssel ging dicht.",
    )

    def compare(self, view: Bilingual, config: Config) -> Iterator[Finding]:
        for pair in _paired(view):
            source_words = {fold(w) for w in re.findall(r"[^\W\d_]+", pair.source)}
            for start, end in pair.bead.target:
                text = view.article.text[start:end]
                if (
                    _shared_share(text, source_words) >= 0.8
                    and confidences(text).get("en", 0) > 0.5
                ):
                    yield self.finding(
                        view.article,
                        start,
                        end,
                        "Deze zin is niet vertaald: hij staat zo in de bron.",
                    )
                    continue
                run = _copied_run(words_in(text, start), pair.source)
                if run:
                    yield self.finding(
                        view.article,
                        *run,
                        f"Onvertaald uit de bron overgenomen: '{view.article.text[run[0] : run[1]]}'.",
                    )


# ---------------------------------------------------------------------------
# Word senses


@dataclass(frozen=True)
class Sense:
    word: str
    source: re.Pattern[str]
    near: re.Pattern[str] | None
    topic: re.Pattern[str] | None
    unless: re.Pattern[str] | None
    wrong: re.Pattern[str]
    right: tuple[str, ...]
    sense: str
    severity: str
    bad: tuple[str, ...]
    good: tuple[str, ...]
    needs: frozenset[str] | None = None  # text one of which every source match holds

    def in_text(self, source: str, lowered: str) -> bool:
        if self.needs is not None and not any(n in lowered for n in self.needs):
            return False
        return self.source.search(source) is not None

    def applies(self, sentence: str, article: str) -> re.Match[str] | None:
        m = self.source.search(sentence)
        if m is None or (self.unless and self.unless.search(sentence)):
            return None
        if self.near is None and self.topic is None:
            return m
        if (self.near and self.near.search(sentence)) or (
            self.topic and self.topic.search(article)
        ):
            return m
        return None


def _wrong_pattern(pattern: str) -> re.Pattern[str]:
    """One word's pattern (fullmatched), or a phrase's, bounded by whole words."""
    if " " in pattern:
        return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.I)
    return re.compile(rf"(?:{pattern})", re.I)


def _rx(pattern: str | None) -> re.Pattern[str] | None:
    return re.compile(pattern, re.I) if pattern else None


def _sense_tables() -> list[str]:
    """senses.yaml and its siblings (senses_*.yaml), one theme per file."""
    folder = files("nakijker.bilingual").joinpath("data")
    names = sorted(f.name[:-5] for f in folder.iterdir() if f.name.endswith(".yaml"))
    return [n for n in names if n == "senses" or n.startswith("senses_")]


@cache
def senses() -> tuple[Sense, ...]:
    out = []
    for e in (e for name in _sense_tables() for e in table(name)["entries"]):
        out.append(
            Sense(
                word=e["word"],
                source=re.compile(e["source"], re.I),
                near=_rx(e.get("near")),
                topic=_rx(e.get("topic")),
                unless=_rx(e.get("unless")),
                wrong=_wrong_pattern(e["wrong"]),
                right=tuple(e["right"]),
                sense=e["sense"],
                severity=e.get("severity", "major"),
                bad=tuple(e.get("bad", [])),
                good=tuple(e.get("good", [])),
                needs=required_text(e["source"]),
            )
        )
    return tuple(out)


def _wrong_renderings(sense: Sense, pair: Pair, words: list[Word]) -> Iterator[Word]:
    """The Dutch words of the other sense: one word, or a phrase when the
    pattern has a space ("nam plaats" for "took place")."""
    if " " not in sense.wrong.pattern:
        for w in words:
            lower = w.text.lower()
            if sense.wrong.fullmatch(lower) or _wrong_head(sense.wrong, lower):
                yield w
        return
    for m in sense.wrong.finditer(pair.target):
        yield Word(pair.target_start + m.start(), pair.target_start + m.end(), m.group())


_NOVEL_COMPOUND_ZIPF = 1.5  # below this, a compound is the translation's own coinage
_KNOWN_PART_ZIPF = 2.5


def _wrong_head(wrong: re.Pattern[str], word: str) -> bool:
    """A compound the translation coined around the wrong word, as its head
    ("gevangeniszin", "windboerderij") or as its first part ("krachtonderstation").
    A compound Dutch uses (kinderboerderij) is a word of its own and left alone."""
    if len(word) < 7 or zipf_frequency(word, "nl") >= _NOVEL_COMPOUND_ZIPF:
        return False
    for i in range(3, len(word) - 2):
        first, head = word[:i].rstrip("-"), word[i:]
        if wrong.fullmatch(head) and _known_part(first):
            return True
        if wrong.fullmatch(first) and _known_part(head) and len(head) >= 4:
            return True
    return False


def _known_part(part: str) -> bool:
    if part.endswith("s") and zipf_frequency(part, "nl") < _KNOWN_PART_ZIPF:
        part = part[:-1]  # a linking s: gevangenis|zin, elektriciteits|rooster
    return len(part) >= 3 and zipf_frequency(part, "nl") >= _KNOWN_PART_ZIPF


# Small words inside a name: "Food and Drug Administration", "Ministerie van Defensie".
_NAME_LINKS = frozenset(["and", "of", "for", "the", "&", "en", "van", "voor", "de", "der"])


def _inside_name(word: Word, words: list[Word], text: str, starts: set[int]) -> bool:
    """Part of a multi-word name such as "Binnenlandse Zaken" or "Food and Drug
    Administration": capitals in a row mid-sentence, perhaps joined by a small word."""
    if word not in words:
        return False  # a phrase of several words
    i = words.index(word)
    if i == 0 or word.start in starts or not word.text[:1].isupper():
        return False

    def capital(k: int) -> bool:
        return 0 <= k < len(words) and words[k].text[:1].isupper() and words[k].start not in starts

    def joined(a: int, b: int) -> bool:
        return text[words[a].end : words[b].start].strip() == ""

    before = i - 2 if words[i - 1].lower in _NAME_LINKS else i - 1
    after = i + 2 if i + 1 < len(words) and words[i + 1].lower in _NAME_LINKS else i + 1
    return (capital(before) and joined(before, i - 1) and joined(i - 1, i)) or (
        capital(after) and after < len(words) and joined(i, i + 1) and joined(i + 1, after)
    )


def _same_number(renderings: tuple[str, ...], word: str) -> str:
    """The rendering that is plural when the wrong word is: stakingen → aanvallen."""
    plural = word.lower().endswith(("en", "s")) and len(word) > 4
    fitting = [r for r in renderings if r.endswith("en") == plural]
    return fitting[0] if fitting else renderings[0]


def _match_case(replacement: str, original: str) -> str:
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


@register
class WrongSense(BilingualCheck):
    code = "BL912"
    name = "wrong-word-sense"
    category = "accuracy/mistranslation"
    severity = "major"
    suppresses = ("WS",)
    doc = """An ambiguous English word rendered in the Dutch word for another sense.

The sense is read from the English sentence (bilingual/data/senses.yaml):
military "strikes" are aanvallen, not stakingen; a "bill" in parliament is
a wetsvoorstel, not a rekening; a tennis "seed" is a geplaatste speler, not
zaad; electoral "turnout" is opkomst, not omzet; "power" that households
lose is stroom, not macht. The message names the English word meant.

A compound the translation coined around the wrong word counts too:
"gevangeniszin" (prison sentence), "windboerderij" (wind farm),
"krachtonderstation" (power substation). Only compounds that are rare in
Dutch (wordfreq below 1.5 on the Zipf scale) whose other part is a common
word; a compound Dutch uses (kinderboerderij) is a word of its own."""
    bad = tuple(Example(b) for s in senses() for b in s.bad)
    good = tuple(g for s in senses() for g in s.good)

    def compare(self, view: Bilingual, config: Config) -> Iterator[Finding]:
        starts = {s.start for s in view.article.sentences}
        # A sense whose English is nowhere in the source cannot apply to one
        # of its sentences; a substring test rules out most senses before
        # any regex runs, and one search of the whole text spares one per pair.
        lowered = view.source.lower()
        present = [s for s in senses() if s.in_text(view.source, lowered)]
        for pair in _paired(view):
            words = pair.target_words()
            for sense in present:
                m = sense.applies(pair.source, view.source)
                if m is None:
                    continue
                for word in _wrong_renderings(sense, pair, words):
                    if _inside_name(word, words, view.article.text, starts):
                        continue
                    yield self.finding(
                        view.article,
                        word.start,
                        word.end,
                        f"In de bron staat '{m.group()}' in de betekenis {sense.sense}; "
                        f"'{word.text}' heeft een andere betekenis. Bedoeld is '{sense.right[0]}'.",
                        [_match_case(_same_number(sense.right, word.text), word.text)],
                        severity=sense.severity,
                        source_span=_source_span(pair, m),
                    )


# ---------------------------------------------------------------------------
# Termbase


# The termbase the examples of BL913 and BL914 are written against; a test
# runner sets it as ``config.termbase`` (see ``example_config``).
EXAMPLE_TERMBASE = str(
    files("nakijker.bilingual").joinpath("data").joinpath("example_termbase.csv")
)


def _termbase(config: Config):
    path = getattr(config, "termbase", None)
    if not path:
        return None
    return termbase_for(path)


def _term_hits(term: Term, pair: Pair) -> list[re.Match[str]]:
    return list(source_pattern(term.source).finditer(pair.source)) if term.source else []


def _sourced(view: Bilingual, term: Term) -> Iterator[tuple[Pair, list[re.Match[str]]]]:
    """The pairs whose source has the term, each with the term's occurrences there."""
    for pair in _paired(view):
        hits = _term_hits(term, pair)
        if hits:
            yield pair, hits


def _forbidden_hits(term: Term, text: str) -> list[tuple[re.Match[str], str]]:
    return [
        (m, f) for f in term.forbidden for m in dutch_pattern(f, compounds=False).finditer(text)
    ]


class TermbaseCheck(BilingualCheck):
    """A check of each term in the user's termbase; subclasses implement ``check_term``."""

    example_config: ClassVar[dict] = {"termbase": EXAMPLE_TERMBASE}
    category = "accuracy/mistranslation"
    good = ("The bank held interest rates steady. ||| De bank liet de rente ongewijzigd.",)

    def compare(self, view: Bilingual, config: Config) -> Iterator[Finding]:
        base = _termbase(config)
        if base is None:
            return
        for term in base.terms:
            yield from self.check_term(view, term)

    def check_term(self, view: Bilingual, term: Term) -> Iterator[Finding]:
        raise NotImplementedError


@register
class TermbaseForbidden(TermbaseCheck):
    code = "BL913"
    name = "termbase-forbidden-rendering"
    severity = "major"
    doc = """A rendering the user's termbase forbids for a source term (config: termbase).

The termbase (CSV: source,target,forbidden; or TBX with deprecated terms)
lists Dutch renderings that must not be used for an English term; where
the term occurs in the source and the aligned Dutch uses a forbidden
rendering, the required rendering is offered as the fix. A forbidden
rendering without a source term is flagged wherever it occurs."""
    bad = _examples(
        "The bank held interest rates steady. ||| De bank liet de [[tarieven]] ongewijzigd.",
    )

    def check_term(self, view: Bilingual, term: Term) -> Iterator[Finding]:
        if not term.source:
            yield from self._everywhere(view, term)
            return
        for pair, hits in _sourced(view, term):
            for m, forbidden in _forbidden_hits(term, pair.target):
                start = pair.target_start + m.start()
                fix = [_match_case(r, m.group()) for r in term.required]
                yield self.finding(
                    view.article,
                    start,
                    start + len(m.group()),
                    f"Termenlijst: '{term.source}' niet vertalen met '{forbidden}'"
                    + (f"; gebruik '{term.required[0]}'." if term.required else "."),
                    fix,
                    source_span=_source_span(pair, hits[0]),
                )

    def _everywhere(self, view: Bilingual, term: Term) -> Iterator[Finding]:
        for m, forbidden in _forbidden_hits(term, view.article.text):
            yield self.finding(
                view.article, m.start(), m.end(), f"Termenlijst: '{forbidden}' is niet toegestaan."
            )


@register
class TermbaseRequired(TermbaseCheck):
    code = "BL914"
    name = "termbase-required-rendering-missing"
    severity = "minor"
    doc = """A source term whose required rendering (config: termbase) is not in the Dutch.

Where a term of the termbase occurs in the source, one of its required
Dutch renderings must occur in the aligned Dutch sentences (inflected or
in a compound: "rente" in "renteverlaging"). When a forbidden rendering is
there instead, BL913 reports it; otherwise the Dutch sentence is flagged."""
    bad = _examples(
        "The bank held interest rates steady. ||| [[De bank liet de kosten van lenen ongewijzigd.]]",
    )

    def check_term(self, view: Bilingual, term: Term) -> Iterator[Finding]:
        if not (term.source and term.required):
            return
        for pair, hits in _sourced(view, term):
            if _forbidden_hits(term, pair.target):
                continue
            nearby = " ".join(p.target for p in view.around(pair))
            if any(dutch_pattern(r, compounds=True).search(nearby) for r in term.required):
                continue
            assert pair.target_span is not None
            yield self.finding(
                view.article,
                *pair.target_span,
                f"Termenlijst: '{term.source}' hoort vertaald te worden met '{term.required[0]}'.",
                source_span=_source_span(pair, hits[0]),
            )


__all__ = ["TermbaseError", "number_reading", "senses"]
