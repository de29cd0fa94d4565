"""Titles and functions before a name, which Dutch writes in lower case."""

from __future__ import annotations

import re
from collections.abc import Iterator

from nakijker.checks.base import Check, Example, Finding, register
from nakijker.config import Config
from nakijker.doc import Article, Token
from nakijker.facts import is_role_word
from nakijker.lexicon.hunspell import agent_noun, default_speller

_CAPITALISED = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[a-zà-ÿ]+)*")
# A title followed by a name is a street, prize, school or fund named after
# someone: "het Burgemeester Haspelsplein", "de Prins Claus Prijs".
_NAMED_AFTER = re.compile(
    r"(?:plein|laan|straat|weg|kade|park|singel|gracht|dreef|school|college|lyceum|fonds"
    r"|stichting|prijs|ziekenhuis|kazerne|brug|sluis|haven|hof|huis|centrum|instituut"
    r"|museum|zaal|stadion|polder|dijk|kanaal|kerk|kapel|bad|bos|oord|akademie|academie"
    r"|avenue|street|road|boulevard|square|drive|airport|bridge|hall|award|center|centre"
    r"|league|cup|open|trophy|games|wedstrijd|concours|toernooi|beker|trofee|medaille|penning"
    r"|lezing|leerstoel|beurs|festival|paleis|toren|tunnel|station|theater|schouwburg"
    r"|universiteit|kliniek|bibliotheek|staten)$",  # Gedeputeerde Staten: an institution
    re.IGNORECASE,
)
# Titles that take a capital in Dutch: Kamerlid, Statenlid, Europarlementariër.
_CAPITAL_TITLES = re.compile(r"(?:Kamer|Staten|Europ)")
# Prefixes of a hyphenated title; any other first part is a name (Fed-voorzitter).
_TITLE_PREFIXES = frozenset({"oud", "ex", "vice", "co", "interim", "adjunct"})
# "volgens Dr. Jansen": an abbreviated title after a lower-case word.
_ABBREVIATED_TITLE = re.compile(r"(?<=[a-zà-ÿ,] )((?:Dr|Prof|Drs|Ir|Ing)\.)(?= [A-Z])")
# "zei Dr Hannah Voss": an English title without the Dutch full stop, also at
# the start of a sentence. Brands and stage names keep theirs (Dr Oetker).
_UNDOTTED_TITLE = re.compile(
    r"(?<![\w.&-])(Dr|Prof)(?= (?!(?:Oetker|Martens|Dre|Pepper|Who|Seuss|Phil|Feelgood|Strange"
    r"|House|No|Jekyll|Zhivago|Doolittle|Watson|Beat)\b)[A-ZÀ-Ý][a-zà-ÿ])"
)
# After these a capital may open a new sentence or a quotation.
_OPENERS = frozenset("“‘\"'(:–—-")


@register
class CapitalisedTitle(Check):
    code = "NM103"
    name = "capitalised-title-before-name"
    category = "locale/convention"
    doc = """A title or function with a capital inside a sentence, before a name:
"door Juryvoorzitter Anouk de Leeuw", "zei Minister Bruins", "volgens Dr. Jansen".

English capitalises a title before a name (Chairwoman Smith); Dutch writes
it in lower case (juryvoorzitter Anouk de Leeuw, minister Bruins). The
titles are the role nouns of the fact sheet (rules/facts.yaml), compounds
included. A title at the start of a sentence or after a quote mark or colon
is left alone, and so are streets, prizes, contests and funds named after
someone (het Burgemeester Haspelsplein, de Prins Claus Prijs), also where an
article stands before the title and the name ends in a common noun (de
Koningin Elisabethwedstrijd). Lower-casing is safe."""
    bad = (
        Example("“We zijn opgelucht”, zei [[Hoofdverzorger]] Anouk Verbeek.", "hoofdverzorger"),
        Example(
            "De prijs werd uitgereikt door [[Juryvoorzitter]] Anouk de Leeuw.", "juryvoorzitter"
        ),
        Example("Volgens [[Minister]] Bruins is het plan klaar.", "minister"),
        Example("Het plan, zei [[Wethouder]] Joost Verhagen, is te duur.", "wethouder"),
        Example("Dat zei [[Oud-minister]] Jan Pronk.", "oud-minister"),
        Example("Dat zei [[Minister]] Bijleveld tegen de Kamer.", "minister"),
        Example("Ze reed naast de [[Prinses]] Koninklijk.", "prinses"),
        Example("Volgens [[Dr.]] Jansen is het virus ongevaarlijk.", "dr."),
        Example("“Dit is nieuw,” zei hoofdauteur [[Dr]] Hannah Voss.", "dr."),
        Example("Het onderzoek werd geleid door [[Prof]] Anna Berg.", "prof."),
        Example("Het team is klein. [[Dr]] Voss leidt het.", "Dr."),
    )
    good = (
        "Juryvoorzitter Anouk de Leeuw reikte de prijs uit.",
        "De prijs werd uitgereikt door juryvoorzitter Anouk de Leeuw.",
        "Hij woont aan het Burgemeester Haspelsplein bij de Prins Claus Prijs.",
        "Hij zei: “Minister Bruins weet dat.” Daarna: Trainer Koeman bleef stil.",
        "De Minister van Defensie en de President Kennedy Avenue.",
        "Dat zeiden Kamerlid Jansen, Fed-voorzitter Powell en Europarlementariër Vos.",
        "Hij scoorde in de Premier League.",
        "Volgens dr. Jansen klopt het. Dr. Vos is het daarmee eens.",
        "Het gesprek met Bakker Jansen en Visser liep uit.",
        "Zij won vorig jaar de Koningin Elisabethwedstrijd in Brussel.",
        "Ze won het Prinses Christinaconcours en de Koning Boudewijnbeker.",
        "In Moskou zei Kremlinwoordvoerder Dmitri Peskov dat niets vaststond.",
        "Dat meldde Pentagonwoordvoerder John Kirby dinsdag.",
        "Het onderzoek werd geleid door prof. Anna Berg en dr. Hannah Voss.",
        "Hij kocht een pizza van Dr Oetker en schoenen van Dr Martens.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for m in _ABBREVIATED_TITLE.finditer(article.text):
            word = m.group(1)
            yield self.finding(
                article,
                m.start(1),
                m.end(1),
                f"Een titel voor een naam krijgt een kleine letter: '{word.lower()}'.",
                [word.lower()],
                safe=True,
            )
        text = article.text
        for m in _UNDOTTED_TITLE.finditer(text):
            before = text[max(0, m.start() - 2) : m.start()]
            opens = not re.fullmatch(r"[a-zà-ÿ,] ", before)
            dotted = m.group(1) + "." if opens else m.group(1).lower() + "."
            yield self.finding(
                article,
                m.start(1),
                m.end(1),
                f"Een titel voor een naam schrijf je in het Nederlands met een punt"
                f"{'' if opens else ' en een kleine letter'}: '{dotted}'.",
                [dotted],
                safe=True,
            )
        for sentence in article.sentences:
            tokens = sentence.tokens
            for i in range(1, len(tokens) - 1):
                if _capitalised_title(tokens, i):
                    token = tokens[i]
                    yield self.finding(
                        article,
                        token.start,
                        token.end,
                        f"Een titel voor een naam krijgt een kleine letter: '{token.lower}'.",
                        [token.lower],
                        safe=True,
                    )


def _capitalised_title(tokens: list[Token], i: int) -> bool:
    token, before = tokens[i], tokens[i - 1]
    if not _CAPITALISED.fullmatch(token.text) or before.text in _OPENERS:
        return False
    if i > 1 and before.text[:1].isupper() and before.is_word:
        return False  # inside a longer name: "Stichting Burgemeester Jansen"
    if not (is_role_word(token.lower) or _noun_before_person(tokens, i)):
        return False
    if _CAPITAL_TITLES.match(token.text) or _name_first(token.text):
        return False
    if "-" in token.text and token.lower.split("-", 1)[0] not in _TITLE_PREFIXES:
        return False
    name = []
    for follower in tokens[i + 1 : i + 5]:
        if not follower.text[:1].isupper() or not follower.is_word:
            break
        name.append(follower.text)
    if not name or is_role_word(name[0].lower()):
        return False
    if any(_NAMED_AFTER.search(part) for word in name for part in word.split("-")):
        return False
    # "de Koningin Elisabethwedstrijd": an article before the title, and a name
    # ending in a common noun, make one name of the title and a thing.
    return not (before.lower in _ARTICLES and _ends_in_noun(name[0]))


def _name_first(word: str) -> bool:
    """A title compound whose first part is a name keeps its capital:
    "Kremlinwoordvoerder", "Pentagonwoordvoerder" (the speller knows "Kremlin"
    only with a capital; "Jury" and "Hoofd" are common nouns)."""
    speller = default_speller()
    for cut in range(4, len(word) - 3):
        head, rest = word[:cut], word[cut:]
        if not (is_role_word(rest) and speller.correct(rest)):
            continue
        if speller.correct(head) and not speller.correct(head.lower()):
            return True
    return False


_ARTICLES = frozenset({"de", "het", "een"})
# wedstrijd 4.5, concours 3.2; from five letters, as surnames end in veld, kamp, berg
_HEAD_ZIPF = 3.0


def _ends_in_noun(word: str) -> bool:
    """A name and a common noun in one word: "Elisabethwedstrijd", "Amaliafonds"."""
    from wordfreq import zipf_frequency

    speller = default_speller()
    if not word[:1].isupper() or speller.correct(word.lower()) or speller.correct(word):
        return False  # a word of its own: "de Prinses Koninklijk" (the Princess Royal)
    return any(
        word[cut:].islower()
        and zipf_frequency(word[cut:], "nl") >= _HEAD_ZIPF
        and speller.correct(word[cut:])
        for cut in range(3, len(word) - 4)
    )


def _noun_before_person(tokens: list[Token], i: int) -> bool:
    """A common noun that Frog sets apart from the person's name after it
    ("zei Hoofdverzorger Anouk Verbeek"): a function the role list lacks."""
    token, name = tokens[i], tokens[i + 1]
    if token.pos is None:  # without Frog: a first name and a surname follow
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        person = after is not None and name.text.istitle() and after.text.istitle()
    else:
        person = token.pos.startswith("N(soort") and name.ner == "B-PER"
    return person and agent_noun(token.lower) and default_speller().correct(token.lower)


# English abbreviated ranks and offices before a name, which Dutch writes out.
_ENGLISH_TITLE_ABBREVIATIONS = {
    "Sen": "senator", "Gov": "gouverneur", "Gen": "generaal", "Lt": "luitenant",
    "Col": "kolonel", "Sgt": "sergeant", "Capt": "kapitein", "Adm": "admiraal",
    "Maj": "majoor", "Cpl": "korporaal", "Supt": "hoofdinspecteur", "Insp": "inspecteur",
    "Det": "rechercheur", "Rep": "afgevaardigde", "Pres": "president", "Rev": "dominee",
}  # fmt: skip
_ENGLISH_ABBREVIATED = re.compile(
    rf"\b({'|'.join(_ENGLISH_TITLE_ABBREVIATIONS)})\.(?= [A-Z][a-zà-ÿ])"
)


@register
class EnglishAbbreviatedTitle(Check):
    code = "NM105"
    name = "english-abbreviated-title"
    category = "locale/convention"
    doc = """An English abbreviated rank or office before a name: "Sen. Warren", "Gen. Milley".

English wire copy shortens titles (Sen., Gov., Gen., Lt. Col., Sgt.); Dutch
news writes them out, in lower case: senator Warren, generaal Milley. The
fix is the Dutch title; "Rep." (a member of the House) has no short Dutch
form and becomes "afgevaardigde"."""
    bad = (
        Example("Volgens [[Sen.]] Elizabeth Warren is het plan slecht.", "senator"),
        Example("[[Gov.]] Newsom tekende de wet.", "Gouverneur"),
        Example("Het bevel kwam van [[Gen.]] Milley.", "generaal"),
    )
    good = (
        "Volgens senator Elizabeth Warren is het plan slecht.",
        "Het artikel staat in Gen. 3 van de bijbel, zei hij.",
        "De Col. de la Bonette is een bergpas.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        text = article.text
        for m in _ENGLISH_ABBREVIATED.finditer(text):
            dutch = _ENGLISH_TITLE_ABBREVIATIONS[m.group(1)]
            before = text[: m.start()].rstrip()
            if not before or before[-1] in '.!?“"\n':
                dutch = dutch.capitalize()  # it opens the sentence
            yield self.finding(
                article,
                m.start(),
                m.end(),
                f"Engelse afkorting van een titel: schrijf '{dutch}'.",
                [dutch],
            )
