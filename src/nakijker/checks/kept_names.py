"""English names that Dutch keeps in English, translated word for word.

The knowledge is data (``rules/kept_names.yaml``): the names, and the Dutch
words MT puts in place of their words. Pattern rules would need one entry per
rendering of each name; here one entry per name covers every rendering
("Financiële Tijden", "Financieel Tijden", "Tijden") in any word order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from nakijker.bilingual.lexicon import dictionary, dutch_bases, fold
from nakijker.checks.base import Check, Example, Finding, register
from nakijker.config import Config
from nakijker.doc import Article, Token
from nakijker.lexicon.hunspell import default_speller
from nakijker.rules import load_yaml

_NAME_FUNCTION = frozenset({"the", "of", "and", "for", "&", "on", "to", "a", "n'"})
_DUTCH_FUNCTION = frozenset(
    {"de", "het", "van", "der", "den", "voor", "en", "&", "op", "'s", "ter"}
)
_ARTICLES = frozenset({"de", "het"})
# Words after which a lone capitalised word is a title: "het tijdschrift Natuur".
_TITLE_NOUNS = frozenset(
    {"krant", "tijdschrift", "blad", "weekblad", "dagblad", "vakblad", "zender", "magazine"}
)


@dataclass(frozen=True)
class KeptName:
    english: str
    content: tuple[str, ...]  # folded content words, "financial", "times"
    fix: str | None = None  # what Dutch news writes, when not the English name ("FBI")
    context: frozenset[str] = frozenset()  # one of these words must be in the article

    @property
    def with_article(self) -> bool:
        return self.english.startswith("The ")

    def fits(self, words: set[str]) -> bool:
        """The article mentions the name's country, where it has one."""
        return not self.context or not self.context.isdisjoint(words)


@dataclass(frozen=True)
class Gazetteer:
    names: tuple[KeptName, ...]
    by_word: dict[str, tuple[KeptName, ...]]  # content word → names that have it
    back: dict[str, frozenset[str]]  # Dutch rendering (folded) → English words

    def english_of(self, word: str) -> set[str]:
        """The English content words this Dutch word may stand for, itself included."""
        folded = fold(word)
        out = {folded}
        for base in dutch_bases(folded):
            out |= self.back.get(base, frozenset())
        return out | dictionary().english(word)

    def english_pairs(self, word: str) -> set[tuple[str, str]]:
        """Two English words a Dutch compound renders, from the table only (Kunstinstituut)."""
        folded, out = fold(word), set()
        for cut in range(3, len(folded) - 2):
            left, right = folded[:cut], folded[cut:]
            rights = self._listed(right)
            if not rights:
                continue
            lefts = self._listed(left) | (self._listed(left[:-1]) if left.endswith("s") else set())
            lefts.add(left)  # a proper name kept as it is: "Alexandrapaleis"
            # Either order: "Onderzoeksbureau" renders "Bureau of Investigation".
            out |= {pair for a in lefts for b in rights for pair in ((a, b), (b, a))}
        return out

    def _listed(self, part: str) -> set[str]:
        found: set[str] = set()
        for base in dutch_bases(part):
            found |= self.back.get(base, frozenset())
        return found


def load_gazetteer(text: str) -> Gazetteer:
    data = load_yaml(text)
    back: dict[str, set[str]] = {}
    for english, renderings in data["words"].items():
        for dutch in renderings:
            back.setdefault(fold(str(dutch)), set()).add(fold(str(english)))
    contexts = {k: frozenset(fold(w) for w in v) for k, v in data.get("contexts", {}).items()}
    names, by_word = [], {}
    for entry in data["names"]:
        entry = entry if isinstance(entry, dict) else {"name": entry}
        english = entry["name"]
        words = english.replace("-", " ").split()
        content = tuple(fold(w) for w in words if fold(w) not in _NAME_FUNCTION)
        context = contexts[entry["context"]] if "context" in entry else frozenset()
        name = KeptName(english, content, entry.get("fix"), context)
        names.append(name)
        for word in set(content):
            by_word.setdefault(word, []).append(name)
    return Gazetteer(
        tuple(names),
        {k: tuple(v) for k, v in by_word.items()},
        {k: frozenset(v) for k, v in back.items()},
    )


@cache
def gazetteer() -> Gazetteer:
    text = files("nakijker.rules").joinpath("kept_names.yaml").read_text("utf-8")
    return load_gazetteer(text)


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def capital_runs(tokens: list[Token]) -> Iterator[tuple[int, int]]:
    """Index ranges of capitalised words, with lower-case function words inside."""
    i = 0
    while i < len(tokens):
        if not _capitalised(tokens[i]):
            i += 1
            continue
        end = i + 1
        while end < len(tokens) and (
            _capitalised(tokens[end])
            or (tokens[end].lower in _DUTCH_FUNCTION and _next_capital(tokens, end))
        ):
            end += 1
        yield i, end
        i = end


def _next_capital(tokens: list[Token], i: int) -> bool:
    rest = tokens[i + 1 :]
    nxt = next((t for t in rest if t.lower not in _DUTCH_FUNCTION), None)
    return nxt is not None and _capitalised(nxt)


def _unused_compound(word: str) -> bool:
    """A compound of two translated words that Dutch does not use at all:
    "Natiesbeker" (Nations Cup); "Kustwacht" and "Wereldbeker" are Dutch."""
    from wordfreq import zipf_frequency

    low = word.lower()
    if low.endswith(_STREET_WORDS):
        return False  # "de Muurstraat": a street may have any name
    return len(word) >= 8 and zipf_frequency(low, "nl") == 0


_STREET_WORDS = (
    "straat",
    "weg",
    "laan",
    "plein",
    "gracht",
    "kade",
    "dijk",
    "singel",
    "steeg",
    "pad",
    "hof",
    "park",
    "markt",
    "brug",
)


def assign(
    name: KeptName, renders: list[set[str]], pairs: list[set[tuple[str, str]]]
) -> list[int] | None:
    """The token rendering each content word of the name, in name order.

    ``renders[i]`` are the English words token i may stand for; ``pairs[i]``
    the two words in a row it renders when it is a Dutch compound of their
    renderings ("Kunstinstituut" for "Art Institute").
    """
    words = name.content
    options = [[i for i, english in enumerate(renders) if w in english] for w in words]

    def walk(k: int, used: list[int]) -> list[int] | None:
        if k == len(words):
            return used
        for i in options[k]:
            if i not in used and (found := walk(k + 1, [*used, i])):
                return found
        if k + 1 < len(words):
            for i, rendered in enumerate(pairs):
                pair_fits = (words[k], words[k + 1]) in rendered and i not in used
                if pair_fits and (found := walk(k + 2, [*used, i, i])):
                    return found
        return None

    return walk(0, [])


@register
class LiteralKeptName(Check):
    code = "NM101"
    name = "literal-english-name"
    category = "accuracy/named-entity"
    severity = "major"
    doc = """An English name that Dutch news keeps in English, translated word for word.

"De Financiële Tijden" is the Financial Times, "Fox Nieuws" is Fox News, "de
Australische Open" the Australian Open. The names, and the Dutch words MT
uses for their words, are data (rules/kept_names.yaml). A capitalised
stretch is flagged when it holds every content word of a name, as itself or
in a listed rendering (a compound may render two), at least one
translated, and nothing else but its maker ("van Queen", a person to
Frog); a name that belongs to one country (the FBI)
only in an article that mentions that country; a name of
one word ("The Guardian" → "de Bewaker") only right after "de", "het" or a
word such as "krant" or "tijdschrift". The English name itself is never
flagged."""
    bad = (
        Example("Dat meldt de [[Financiële Tijden]] op basis van bronnen.", "Financial Times"),
        Example("Volgens [[Fox Nieuws]] is de deal rond.", "Fox News"),
        Example("Ze won vorig jaar de [[Australische Open]].", "Australian Open"),
        Example("De ploeg staat in de finale van de [[Natiesbeker]].", "Nations Cup"),
        Example("Het onderzoek staat in het tijdschrift [[Natuur]].", "Nature"),
        Example("Hij speelde jaren voor [[Manchester Verenigd]].", "Manchester United"),
        Example("Dat schreef [[de Bewaker]] dinsdag.", "The Guardian"),
        Example(
            "Het doek hangt in het [[Kunstinstituut van Chicago]].", "Art Institute of Chicago"
        ),
        Example("De finale is in het [[Alexandrapaleis]] in Londen.", "Alexandra Palace"),
    )
    good = (
        "De Kustwacht redde twee zwemmers; de Wereldbeker gaat naar Noorwegen.",
        "Uit rapporten van het Pieter Baan Centrum blijkt dat de man ontoerekeningsvatbaar is.",
        "Dat meldt de Financial Times op basis van bronnen.",
        "Ze won vorig jaar de Australian Open.",
        "De Telegraaf en de Volkskrant openden met het nieuws.",
        "Hij overstak de Atlantische Oceaan in een roeiboot.",
        "De natuur in het Amazonegebied lijdt onder de droogte.",
        "Het bestuur van de Algemene Bank stemde in.",
        "Hij sprak met de Tweede Kamer over het Witte Huis.",
        "Manchester United won met 2-1.",
        "Het Kunstinstituut in Utrecht opent een nieuwe vleugel.",
        "De Oekraïense Nationale Veiligheidsdienst arresteerde twee mannen.",
        "Het paard won de Grote Nationale Prijs in de race van zaterdag.",
        "Ze woont aan de Muurstraat, vlak bij de post van de Kustwacht.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        gaz = gazetteer()
        words = {fold(t.text) for t in article.tokens}
        for sentence in article.sentences:
            tokens = sentence.tokens
            first_word = next((i for i, t in enumerate(tokens) if t.is_word), 0)
            for start, end in capital_runs(tokens):
                found = self._in_run(article, tokens, start, end, first_word, gaz, words)
                if found:
                    yield found

    def _in_run(
        self,
        article: Article,
        tokens: list[Token],
        start: int,
        end: int,
        first: int,
        gaz: Gazetteer,
        words: set[str],
    ) -> Finding | None:
        run = tokens[start:end]
        renders = [gaz.english_of(t.text) for t in run]
        candidates = {
            n
            for english in renders
            for w in english
            for n in gaz.by_word.get(w, ())
            if n.fits(words)
        }
        pairs = [gaz.english_pairs(t.text) for t in run]
        # One compound may hold a whole name of two words, its first kept as
        # it is: "Alexandrapaleis" (but "Kustwacht" is Dutch, not Coast Guard).
        candidates |= {
            n
            for t, rendered in zip(run, pairs, strict=True)
            for first, second in rendered
            if fold(t.text).startswith(first) or _unused_compound(t.text)
            for n in gaz.by_word.get(first, ())
            if n.content == (first, second) and n.fits(words)
        }
        # Most content words first; among equals the longer, more specific name
        # ("Rolling Stones" before "Rolling Stone"), never the order of a set.
        for name in sorted(candidates, key=lambda n: (-len(n.content), -len(n.english), n.english)):
            picked = assign(name, renders, pairs if len(name.content) > 1 else [])
            if picked is None:
                continue
            lo, hi = min(picked), max(picked)
            before = tokens[start + lo - 1] if start + lo > 0 else None
            if not _literal(name, run, picked, start, first, before):
                continue
            english = name.fix or name.english
            span_start = run[lo].start
            if name.with_article and before is not None and before.lower in _ARTICLES:
                span_start = before.start
            elif name.with_article:
                english = english.removeprefix("The ")
            told = (
                f"'{name.english}' heet in Nederlandse berichtgeving '{name.fix}'"
                if name.fix
                else f"'{name.english}' blijft in Nederlandse berichtgeving Engels"
            )
            return self.finding(
                article,
                span_start,
                run[hi].end,
                f"{told}; dit is een letterlijke vertaling.",
                [english],
            )
        return None


def _literal(
    name: KeptName,
    run: list[Token],
    picked: list[int],
    start: int,
    first: int,
    before: Token | None,
) -> bool:
    """The picked words are the whole stretch, one is translated, and it is not just a capital."""
    lo, hi = min(picked), max(picked)
    stretch = run[lo : hi + 1]
    if any(i not in picked and t.lower not in _DUTCH_FUNCTION for i, t in enumerate(stretch, lo)):
        return False
    tail = run[hi + 1 :]
    if any(t.lower not in _DUTCH_FUNCTION for t in tail) and not _by_person(tail):
        return False  # part of a longer name: "de Grote Nationale Prijs"
    if _longer_name_before(run, lo, start, first, name):
        return False  # the end of a longer name: "het Pieter Baan Centrum"
    translated = [i for i, w in zip(picked, name.content, strict=True) if fold(run[i].text) != w]
    if not translated:
        return False  # the English name itself
    if len(name.content) > 1:
        # A capital that opens the sentence says nothing about a name.
        return any(start + i != first for i in translated)
    return (
        len(run) == 1
        and start != first
        and before is not None
        and before.lower in _ARTICLES | _TITLE_NOUNS
    )


def _longer_name_before(run: list[Token], lo: int, start: int, first: int, name: KeptName) -> bool:
    """A capitalised word right before the name, itself no part of it: "Pieter
    Baan Centrum". A function word ends the look ("Mick Jagger en de Rollende
    Stenen"), and the sentence's first word has its capital anyway ("Volgens
    Fox Nieuws"); an adjective may stand before a name ("het Britse …")."""
    i = lo - 1
    while i >= 0 and run[i].lower not in _DUTCH_FUNCTION and start + i != first:
        word = run[i]
        if fold(word.text) not in name.content and word.tag != "ADJ":
            return True
        i -= 1
    return False


def _by_person(tail: list[Token]) -> bool:
    """ "van Queen", "van Pink Floyd": a work's maker after its title, a
    person or band to Frog, ends the name; a place ("van Ierland") does not."""
    return (
        len(tail) > 1
        and tail[0].lower == "van"
        and all((t.ner or "").endswith("-PER") for t in tail[1:])
    )


_CAMEL = re.compile(r"^([A-Z][a-zà-ÿ]{2,})([A-Z][a-zà-ÿ]{2,})$")
_DUTCH_PART_ZIPF = 3.0  # blauwe 4.4, haven 4.0: every reader knows both words


@register
class TranslatedCamelName(Check):
    code = "NM104"
    name = "translated-camelcase-name"
    category = "accuracy/named-entity"
    doc = """An English brand in CamelCase with its words translated: "BlauweHaven" for BlueHarbor.

English brands join words with an inner capital (BlueHarbor, StayFinder);
Dutch brands seldom do, and then with a part that is no common word
(ProRail, ConsuWijzer). Two common Dutch words joined so, the first no
English word, are an English name translated word by word when the first is
an adjective with the -e of a phrase (BlauweHaven: MT renders "Blue Harbor"
as words), or the sentence calls the firm British, American and the like.
A Dutch firm joins an uninflected first part (NoordStroom, VersPlus). The
original name cannot be guessed, so no fix is offered."""
    bad = (
        Example("Het hotelplatform [[BlauweHaven]] schrapt honderd banen.", None),
        Example("Klanten van [[SnelleStroom]] kregen geen stroom.", None),
        Example("Het Britse bedrijf [[VerblijfZoeker]] gaat naar de beurs.", None),
    )
    good = (
        "Het hotelplatform BlueHarbor schrapt honderd banen.",
        "Reizigers lazen het op de site van ProRail en ConsuWijzer.",
        "Het concert in TivoliVredenburg was uitverkocht.",
        "Een motie van GroenLinks en de ChristenUnie werd aangenomen.",
        "Het bedrijf NoordStroom levert stroom aan VersPlus.",
        "Woningcorporatie WoonBron bouwt honderd huizen in Delft.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            yield from self._in_sentence(article, sentence.tokens)

    def _in_sentence(self, article: Article, tokens: list[Token]) -> Iterator[Finding]:
        for k, token in enumerate(tokens):
            m = _CAMEL.match(token.text)
            if not m or _known(token.text):
                continue
            first, second = m.group(1).lower(), m.group(2).lower()
            if not _translated(first, second):
                continue
            if not (_inflected_adjective(first) or _english_speaking_before(tokens, k)):
                continue  # a Dutch firm: "NoordStroom", "VersPlus"
            yield self.finding(
                article,
                token.start,
                token.end,
                f"'{token.text}' lijkt een Engelse merknaam die woord voor woord is "
                "vertaald; merknamen blijven onvertaald.",
            )


def _inflected_adjective(word: str) -> bool:
    """An adjective with the -e of a phrase ("blauwe", "snelle", "rode"): MT
    renders "Blue Harbor" as a phrase, where a Dutch firm joins an uninflected
    first part ("NoordStroom", "GroenLinks")."""
    from nakijker.lexicon.hunspell import default_speller

    if not word.endswith("e") or len(word) < 4:
        return False
    stem = word[:-1]
    bases = {stem}
    if len(stem) > 2 and stem[-1] == stem[-2]:
        bases.add(stem[:-1])  # snelle → snel
    if len(stem) > 2 and stem[-2] in "aeou" and stem[-3] not in "aeiou":
        bases.add(stem[:-1] + stem[-2] + stem[-1])  # rode → rood
    bases |= {b[:-1] + {"v": "f", "z": "s"}[b[-1]] for b in set(bases) if b[-1] in "vz"}
    speller = default_speller()
    # the comparative too: snelle → sneller, rode → roder
    return speller.correct(word + "r") and any(speller.correct(b) for b in bases)


def _english_speaking_before(tokens: list[Token], k: int) -> bool:
    """ "het Britse bedrijf VerblijfZoeker": the sentence says the firm is from
    an English-speaking country."""
    return any(_ENGLISH_SPEAKING.match(t.lower) for t in tokens[:k])


def _known(name: str) -> bool:
    """A camel-case name Dutch text uses often: a Dutch party or firm
    (GroenLinks, ChristenUnie), not a brand MT has just translated."""
    from wordfreq import zipf_frequency

    return zipf_frequency(name, "nl") >= _KNOWN_NAME_ZIPF


_KNOWN_NAME_ZIPF = 3.0


def _translated(first: str, second: str) -> bool:
    from wordfreq import zipf_frequency

    from nakijker.lexicon.hunspell import default_speller

    speller = default_speller()
    if not (speller.correct(first) and speller.correct(second)):
        return False
    if min(zipf_frequency(first, "nl"), zipf_frequency(second, "nl")) < _DUTCH_PART_ZIPF:
        return False
    return zipf_frequency(first, "en") < zipf_frequency(first, "nl")


# Things whose English names Dutch news keeps: bands, brands, ships, programmes,
# animals with a name. Films, books and series are left out: many have an
# official Dutch title.
_NAMED_THINGS = frozenset({
    "band", "popgroep", "rockband", "groep", "merk", "schip", "vrachtschip", "baggerschip",
    "containerschip", "tanker", "jacht", "zeiljacht", "boot", "veerboot", "cruiseschip",
    "programma", "radioprogramma", "tv-programma", "podcast", "album", "single", "bijnaam",
    "paard", "renpaard", "hengst", "merrie", "app", "game", "restaurant", "pub",
})  # fmt: skip
# Nationalities whose names stay English, before the thing: "de Britse band".
_ENGLISH_SPEAKING = re.compile(
    r"^(brits|amerikaans|engels|schots|iers|welsh|australisch|canadees|"
    r"nieuw-zeelands|zuid-afrikaans)e?$"
)
_DUTCH_NAME_ZIPF = 2.5  # each word an ordinary Dutch word: getij 2.9, lantaarns 2.6


@register
class TranslatedThingName(Check):
    code = "NM106"
    name = "translated-thing-name"
    category = "accuracy/named-entity"
    severity = "major"
    needs_frog = True
    doc = """The English name of a band, brand, ship, programme or horse translated word for word:
"de Britse band De Papieren Lantaarns", "het Amerikaanse merk Gouden Boon".

Dutch news keeps such names in English (The Paper Lanterns, Golden Bean).
Flagged when an English-speaking nationality stands before the kind of thing
and the capitalised name after it is made of ordinary Dutch words, each one
in the dictionary and more common in Dutch than in English. Names in English, and
Dutch things with Dutch names ("de Nederlandse band De Dijk"), are left
alone."""
    bad = (
        Example("De Britse band [[De Papieren Lantaarns]] zou zaterdag optreden.", None),
        Example("Het Amerikaanse merk [[Gouden Boon]] verkocht minder repen.", None),
        Example("Het Australische renpaard [[Zwarte Donder]] won de race.", None),
    )
    good = (
        "De Britse band The Paper Lanterns zou zaterdag optreden.",
        "De Nederlandse band De Dijk speelde in Paradiso.",
        "De Britse band speelde zaterdag in Londen.",
        "Het Amerikaanse merk Nike verkocht meer schoenen.",
        "De Britse groep Deutsche Bank Research verwacht een daling.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = sentence.tokens
            for i in range(1, len(tokens) - 1):
                kind = tokens[i]
                named = kind.lower in _NAMED_THINGS or kind.lemma in _NAMED_THINGS
                if not named or not kind.text.islower():  # Frog may read "merk" as a verb
                    continue
                if not _ENGLISH_SPEAKING.match(tokens[i - 1].lower):
                    continue
                end = _dutch_word_name(tokens, i + 1)
                if end is not None:
                    name = article.text[tokens[i + 1].start : tokens[end - 1].end]
                    yield self.finding(
                        article,
                        tokens[i + 1].start,
                        tokens[end - 1].end,
                        f"'{name}' is een vertaalde Engelse naam: Nederlandse media "
                        "houden de oorspronkelijke naam aan.",
                    )


def _dutch_word(word: str) -> bool:
    return dictionary().knows_dutch(word) or default_speller().correct(word)


def _dutch_word_name(tokens: list[Token], k: int) -> int | None:
    """The end of a capitalised name at k made of ordinary Dutch words only."""
    from wordfreq import zipf_frequency

    end, content = k, 0
    if end < len(tokens) and tokens[end].lower in _ARTICLES and tokens[end].text[0].isupper():
        end += 1
    while end < len(tokens) and tokens[end].text[:1].isupper() and tokens[end].text.isalpha():
        word = tokens[end].lower
        dutch, english = zipf_frequency(word, "nl"), zipf_frequency(word, "en")
        if dutch < _DUTCH_NAME_ZIPF or english >= dutch or not _dutch_word(word):
            return None
        end, content = end + 1, content + 1
    return end if content else None
