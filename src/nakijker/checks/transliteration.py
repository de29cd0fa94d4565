"""Russian, Ukrainian and Belarusian names in English transliteration."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from wordfreq import zipf_frequency

from nakijker.checks.base import Check, Example, Finding, register
from nakijker.config import Config
from nakijker.doc import Article, Token
from nakijker.lexicon.hunspell import default_speller
from nakijker.rules import load_yaml

_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_WELL_KNOWN_ENGLISH = 3.3  # zipf: Austin, Martin, Washington are no Russian names
_WELL_KNOWN_DUTCH = 3.0  # zipf: Anouk (3.5) is a Dutch first name, Kozak (2.4) is still converted


@dataclass(frozen=True)
class Tables:
    letters: tuple[tuple[str, str], ...]
    suffixes: tuple[str, ...]
    strong_suffixes: tuple[str, ...]
    tsj_suffixes: tuple[str, ...]
    shapes: tuple[str, ...]
    known: dict[str, str]
    keep: frozenset[str]
    context: frozenset[str]


@cache
def tables() -> Tables:
    data = load_yaml(files("nakijker.rules").joinpath("transliteration.yaml").read_text("utf-8"))
    letters = sorted(data["letters"].items(), key=lambda kv: -len(kv[0].strip("^$")))
    return Tables(
        letters=tuple(letters),
        suffixes=tuple(data["suffixes"]),
        strong_suffixes=tuple(data["strong_suffixes"]),
        tsj_suffixes=tuple(data["tsj_suffixes"]),
        shapes=tuple(data["shapes"]),
        known=dict(data["known"]),
        keep=frozenset(data["keep"]),
        context=frozenset(data["context"]),
    )


def to_dutch(name: str) -> str:
    """Convert an English transliteration to the Dutch one by the letter table.

    English "ch" (ч) is Dutch "tsj", but Dutch "ch" (х) is spelled the same:
    a name whose only English-looking letters are "ch" is taken to be Dutch
    already, so that the conversion never changes a Dutch spelling again.
    """
    t = tables()
    if name in t.known:
        return t.known[name]
    tsj = name.lower().endswith(t.tsj_suffixes)
    if not tsj and _convert(name, t.letters, skip="ch") == name:
        return name
    return _convert(name, t.letters)


def letter_forms(name: str) -> set[str]:
    """Every spelling the letter table allows, for finding a name that is already
    in the Dutch text: the full conversion even where ``to_dutch`` holds back
    (Yulia → Joelia beside the known Julia), and y as j between letters (Boyko →
    Bojko)."""
    forms = {to_dutch(name), _convert(name, tables().letters)}
    return forms | {re.sub(r"(?<=[aeiou])y|y(?=[aeiou])", "j", f.lower()) for f in forms}


def _convert(name: str, letters: tuple[tuple[str, str], ...], skip: str = "") -> str:
    word, out, i = name.lower(), [], 0
    while i < len(word):
        for src, dst in letters:
            if src == skip:
                continue
            core = src.strip("^$")
            if src.startswith("^") and i != 0:
                continue
            if src.endswith("$") and i + len(core) != len(word):
                continue
            if word.startswith(core, i):
                out.append(dst)
                i += len(core)
                break
        else:
            out.append(word[i])
            i += 1
    converted = "".join(out)
    return "-".join(p[:1].upper() + p[1:] for p in converted.split("-"))


def _unmistakable(name: str, before: str, after: str) -> bool:
    """East Slavic whatever the article is about: an ending no Western name has
    (Tkachenko, Khmelnytskyi), or a first name of the gazetteer beside it."""
    t = tables()
    if not _NAME.fullmatch(name):
        return False
    if name.lower().endswith(t.strong_suffixes) or name in t.known:
        return True
    return (before in t.known and looks_east_slavic(name)) or after.lower().endswith(
        t.strong_suffixes
    )


def looks_east_slavic(name: str) -> bool:
    t = tables()
    low = name.lower()
    return name in t.known or low.endswith(t.suffixes) or any(s in low for s in t.shapes)


@register
class Transliteration(Check):
    code = "TL801"
    name = "english-transliteration"
    category = "locale/convention"
    doc = """A Russian, Ukrainian or Belarusian name in English transliteration.

Dutch news writes these names in the Dutch system: Oesjakov (not Ushakov),
Joeri (Yuri), Sergej (Sergei), Charkiv (Kharkiv), Loekasjenko. Known names
come from a gazetteer (rules/transliteration.yaml), others from a letter
table (sh→sj, kh→ch, zh→zj, ch→tsj, u→oe, yu→joe, ya→ja …), but only for
names of East Slavic shape in an article about that part of the world, and
never for names the gazetteer keeps as they are (Kyiv, Navalny)."""
    bad = (
        Example("Kremlin-adviseur [[Yuri]] [[Ushakov]] sprak met Poetin.", "Joeri"),
        Example("In Oekraïne sprak generaal [[Terekhov]] over het front.", "Terechov"),
        Example("Rusland bestookte [[Kharkiv]] opnieuw met drones.", "Charkiv"),
        Example("De Georgische premier Irakli [[Kobakhidze]] sprak in Tbilisi.", "Kobachidze"),
        Example("Het topzaad, de Georgiër Luka [[Giorgashvili]], verloor.", "Giorgasjvili"),
        Example("De Wit-Rus Pavel [[Sharanok]] werd derde.", "Sjaranok"),
        Example("De Oekraïense schrijfster [[Yaryna]] Bondarenko won.", "Jaryna"),
        Example("Er raakte niemand gewond, zei kapitein [[Yevgeny]] [[Sharov]].", "Jevgeni"),
        Example("Choreograaf Oleksandra [[Tkachenko]] leidt het gezelschap.", "Tkatsjenko"),
        Example("De danseres werd geboren in [[Khmelnytskyi]].", "Chmelnytski"),
        Example("De Kazachse skiester [[Zhumabayeva]] won brons.", "Zjoemabajeva"),
    )
    good = (
        "Kremlin-woordvoerder Dmitri Peskov sprak in Moskou met Joeri Oesjakov.",
        "Lloyd Austin bezocht Kyiv en sprak daar met Zelensky.",
        "De Amerikaanse senator Martin Shields sprak over Oekraïne.",
        "Generaal Terekhov opende een museum in Toronto.",
        "De Georgische premier Irakli Kobachidze sprak in Tbilisi.",
        "Een Rus belde de Fraudehelpdesk en sprak met Anouk de Vries.",
        "De Oekraïense Jaryna Bondarenko sprak met Joshua Petrov en Michael Ivanov.",
        "Kapitein Martin Sharov zei dat niemand gewond raakte.",
        "Choreograaf Oleksandra Tkatsjenko leidt het gezelschap.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        t = tables()
        tokens = article.tokens
        in_context = any(tok.lower in t.context for tok in tokens)
        for i, token in enumerate(tokens):
            following = tokens[i + 1].text if i + 1 < len(tokens) else ""
            before = tokens[i - 1].text if i else ""
            if not in_context and not _unmistakable(token.text, before, following):
                continue
            dutch = self._dutch_form(token, first_name_of=following)
            if dutch:
                known = token.text in t.known
                yield self.finding(
                    article,
                    token.start,
                    token.end,
                    f"Engelse transliteratie: de Nederlandse pers schrijft '{dutch}'.",
                    [dutch],
                    safe=known,
                )

    @staticmethod
    def _dutch_form(token: Token, first_name_of: str = "") -> str | None:
        """The Dutch spelling of a name; a first name counts as East Slavic when
        the surname after it is (Yaryna Bondarenko, Yevhen Klymenko)."""
        t = tables()
        name = token.text
        if not _NAME.fullmatch(name) or name in t.keep:
            return None
        slavic = looks_east_slavic(name) or (
            _NAME.fullmatch(first_name_of) is not None
            and first_name_of not in t.keep
            and looks_east_slavic(first_name_of)
        )
        if name not in t.known:
            if not slavic or default_speller().correct(name.lower()):
                return None  # "Fraudehelpdesk": a Dutch word that ends like a name
            if zipf_frequency(name.lower(), "en") >= _WELL_KNOWN_ENGLISH:
                return None
            if zipf_frequency(name.lower(), "nl") >= _WELL_KNOWN_DUTCH:
                return None  # "Anouk": a name Dutch text uses as it is
        dutch = to_dutch(name)
        return dutch if dutch != name else None


# English place names that are also part of other names, or a person's name.
_EXONYM_AMBIGUOUS = frozenset({"Georgia", "Jordan", "Chad", "America", "Europe", "SNCB", "STIB"})


@register
class EnglishExonym(Check):
    code = "TL802"
    name = "english-exonym"
    category = "locale/convention"
    doc = """A place that Dutch names differently, in its English form: "Munich", "BRUSSELS".

The places and their Dutch names are the exonym table of the bilingual
checks (bilingual/data/names.yaml). Without the source, a place is flagged
only where it stands alone: not inside a longer name ("Union Berlin",
"Paris Saint-Germain", "Bank of America", "Jerusalem Post"). A wire
dateline in capitals ("BRUSSELS — ") is flagged too."""
    bad = (
        Example("De veiligheidsconferentie in [[Munich]] begint vrijdag.", "München"),
        Example("[[BRUSSELS]] – De Europese Commissie presenteert dinsdag haar plan.", "BRUSSEL"),
        Example("De trein naar [[Cologne]] had vertraging.", "Keulen"),
        Example("De gevechten in de [[Gaza Strip]] zijn hervat.", "Gazastrook"),
    )
    good = (
        "De veiligheidsconferentie in München begint vrijdag.",
        "Union Berlin won van Bayern.",
        "Paris Saint-Germain speelt in de Champions League.",
        "Analisten van Bank of America zijn positief.",
        "Dat meldt de Jerusalem Post.",
        "BRUSSEL – De Europese Commissie presenteert dinsdag haar plan.",
        "Hij won de Tour de France twee keer.",
        "De film Dunkirk van Christopher Nolan won drie Oscars.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        # a thousand places: only those whose first word is in the text get
        # their regexes run
        words = set(re.findall(r"\S+", article.text))
        words |= {w.strip(".,;:!?()“”‘’\"'") for w in words}
        for pattern, dateline, english, dutch in _exonym_patterns():
            first = english.split()[0]
            if first not in words and first.upper() not in words:
                continue
            for m in pattern.finditer(article.text):
                if inside_name(article.text, m.start(), m.end()):
                    continue
                yield self._found(article, m.start(), m.end(), english, dutch)
            for m in dateline.finditer(article.text):
                yield self._found(article, m.start(), m.end(), english, dutch.upper())

    def _found(self, article: Article, start: int, end: int, english: str, dutch: str) -> Finding:
        return self.finding(
            article, start, end, f"'{english}' heet in het Nederlands '{dutch}'.", [dutch]
        )


@cache
def _exonym_patterns() -> tuple[tuple[re.Pattern[str], re.Pattern[str], str, str], ...]:
    """Per place: its English form in running text, as a capitalised dateline, its Dutch name."""
    from nakijker.bilingual.names import kept_english_exonyms

    return tuple(
        (pattern, re.compile(rf"(?m)^{re.escape(english.upper())}(?=\s*[,–—-])"), english, dutch[0])
        for pattern, english, dutch in kept_english_exonyms()
        if english not in _EXONYM_AMBIGUOUS
    )


def inside_name(text: str, start: int, end: int) -> bool:
    """A capitalised word (or "of", a hyphen) right before or after: part of a longer name."""
    before = text[max(0, start - 40) : start]
    after = text[end : end + 40]
    prev = re.search(r"([\w'’]+)([\s-]*)$", before)
    nxt = re.match(r"([\s-]*)([\w'’]+)", after)
    if after.startswith("-") or before.endswith("-"):
        return True
    if nxt and (nxt.group(2)[:1].isupper() or nxt.group(2) in ("of", "de", "van", "von")):
        return True
    if prev and prev.group(1)[:1].isupper():
        # "Union Berlin"; but a Dutch word that opens the sentence ("Vanuit") is no name.
        word = prev.group(1)
        if not _sentence_start(before[: prev.start(1)]) or not default_speller().correct(
            word.lower()
        ):
            return True
    if prev and prev.group(1) in ("de", "du", "la", "le"):
        # "Tour de France": a French particle after a capitalised word; not
        # after a Dutch word that opens the sentence ("In de Gulf of Mexico").
        earlier = re.search(r"(\w+)\s+$", before[: prev.start(1)])
        if not earlier or not earlier.group(1)[:1].isupper():
            return False
        opener = _sentence_start(before[: earlier.start(1)])
        return not (opener and default_speller().correct(earlier.group(1).lower()))
    return bool(prev and prev.group(1).lower() in _BEFORE_TITLES)


# Words before a place that make it part of a title: "Bank of America", "de film Dunkirk".
_BEFORE_TITLES = frozenset({"of", "the", "film", "boek", "serie", "roman", "album", "single"})


def _sentence_start(text: str) -> bool:
    stripped = text.rstrip(' “‘"(')
    return not stripped or stripped.endswith((".", "!", "?", ":", "\n"))
