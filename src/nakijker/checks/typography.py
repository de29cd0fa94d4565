"""Spacing left behind by tokenised machine translation (detokenisation)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from nakijker.checks.base import Check, Example, Finding, register
from nakijker.checks.grammar import _SUBJECT_PRONOUNS, is_finite
from nakijker.config import Config
from nakijker.doc import Article

# "Midden -Oosten", "Fed -voorzitter": a hyphen glued to the next part only.
# After a conjunction the hyphen elides a shared first part ("preventie en
# -bestrijding", "import of -export") and the space is correct.
_SPACE_BEFORE_HYPHEN = re.compile(
    r"(?<=\w)(?<!\ben)(?<!\bof)(?<!\btot)(?<!\bnoch)(?<!\bdan)(?<!\bals) +-(?=\w)"
)
# "VS- Iran"; but "Noord- en Zuid-Holland" and "zomer- of wintertijd" elide a part.
_SPACE_AFTER_HYPHEN = re.compile(r"(?<=\w)- +(?!(?:en|of|tot|noch|dan|als|t/m)\b)(?=\w)")
# A space before , . ; : ! ? ) and closing quotes is never Dutch; an
# ellipsis or a leading decimal (" .5") is left alone.
_SPACE_BEFORE_PUNCT = re.compile(
    r"(?<=[\w”’)]) +(?=[,;:!?)](?!\w)|\.(?![.\d\w])|”(?=[\s,.;:!?)]|$))"
)
_SPACE_AFTER_OPEN = re.compile(r"(?<=[(“]) +(?=\w)")
_DOUBLE_SPACE = re.compile(r"(?<=\S) {2,}(?=\S)")
# "open.. Aanbieders", "zei ,, dat": a mark typed twice. Three or more dots are
# an ellipsis; "!!" and "??" are left to the writer of a quote.
_DOUBLED_MARK = re.compile(r"(?<=[\w”’)])(\.\.|,,|;;|::)(?![.\w/])")
# "Israël ’s", "zo ’n", "auto’ s": an apostrophe split from its word.
# A free-standing ’s before a time word or a place ("’s avonds", "’s-Hertogenbosch")
# is the old genitive and correct.
_SPLIT_APOSTROPHE = re.compile(
    r"(?<=\w) [’'](?=s\b)(?!s[ -](?:avonds|morgens|middags|nachts|ochtends|zomers|winters"
    r"|maandags|dinsdags|woensdags|donderdags|vrijdags|zaterdags|zondags|anderendaags"
    r"|lands|werelds|rijks)\b|s-(?-i:[A-Z]))"  # 's-Gravendeel, 's-Hertogenbosch
    r"|(?<=\bzo) [’'](?=n\b)|(?<=\w) ?[’'] (?=s\b)",
    re.IGNORECASE,
)


@register
class HyphenSpacing(Check):
    code = "TY101"
    name = "hyphen-spacing"
    category = "fluency/punctuation"
    doc = """A compound's hyphen with a space on one side ("Midden -Oosten").

Machine translation tokenises "Middle-East" and joins the parts again
without the space rule; a reader sees a broken word. The fix removes the
space, and is safe. A hyphen that elides a shared part ("Noord- en
Zuid-Holland") is correct and left alone."""
    bad = (
        Example("de situatie in het [[Midden -Oosten]] blijft gespannen", "Midden-Oosten"),
        Example("de [[Fed -voorzitter]] sprak", "Fed-voorzitter"),
        Example("de gesprekken tussen de [[VS- Iran]] liepen vast", "VS-Iran"),
    )
    good = (
        "Noord- en Zuid-Holland kregen regen.",
        "Het Midden-Oosten blijft onrustig.",
        "Hij kwam - zoals verwacht - te laat.",
        "De zomer- of wintertijd.",
        "Het instituut voor onderzoek en -ontwikkeling groeide.",
        "De cijfers over import of -export kwamen later.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        text = article.text
        for pattern in (_SPACE_BEFORE_HYPHEN, _SPACE_AFTER_HYPHEN):
            for m in pattern.finditer(text):
                start = _word_start(text, m.start())
                end = _word_end(text, m.end())
                word = text[start:end]
                fixed = text[start : m.start()] + "-" + text[m.end() : end]
                yield self.finding(
                    article,
                    start,
                    end,
                    f"Spatie bij het koppelteken in '{word}': schrijf '{fixed}'.",
                    [fixed],
                    safe=True,
                )


@register
class SpaceBeforePunctuation(Check):
    code = "TY102"
    name = "space-before-punctuation"
    category = "fluency/punctuation"
    doc = """A space before a comma, full stop, colon, semicolon, ! or ?, before a
closing quote or after an opening one.

A leftover of tokenised output. Removing the space is safe."""
    bad = (
        Example("Hij kwam[[ ,]] zag en overwon.", ","),
        Example("Dat is alles[[ .]]", "."),
        Example("Waarom[[ ?]]", "?"),
        Example("Rusland heeft “geen interesse in vrede[[ ”]] en wacht af.", "”"),
        Example("Hij zei: [[“ ]]Wij gaan door.”", "“"),
        Example("“We geven niet op”[[ ,]] zei hij.", ","),
    )
    good = ("Hij kwam, zag en overwon.", "Wacht even ... nee.", "Een kans van .5 is klein.")

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for pattern in (_SPACE_BEFORE_PUNCT, _SPACE_AFTER_OPEN):
            for m in pattern.finditer(article.text):
                is_open = pattern is _SPACE_AFTER_OPEN
                start, end = (m.start() - 1, m.end()) if is_open else (m.start(), m.end() + 1)
                mark = article.text[start] if is_open else article.text[m.end()]
                yield self.finding(
                    article,
                    start,
                    end,
                    f"Overbodige spatie bij '{mark}'.",
                    [mark],
                    safe=True,
                )


@register
class DoubleSpace(Check):
    code = "TY103"
    name = "double-space"
    category = "fluency/punctuation"
    doc = """Two or more spaces between words. One space is enough; the fix is safe."""
    bad = (Example("De minister[[  ]]zei niets.", " "),)
    good = ("De minister zei niets.",)

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for m in _DOUBLE_SPACE.finditer(article.text):
            yield self.finding(article, m.start(), m.end(), "Dubbele spatie.", [" "], safe=True)


@register
class DoubledMark(Check):
    code = "TY107"
    name = "doubled-mark"
    category = "fluency/punctuation"
    doc = """A full stop, comma, semicolon or colon typed twice ("open.. Aanbieders").

An ellipsis (three dots or more), a path or address ("../", "www..") and
"!!"/"??" are left alone. One mark is the fix, and a safe one."""
    bad = (
        Example("De post moet volgend jaar open[[..]] Aanbieders is gevraagd te reageren.", "."),
        Example("De minister zei[[,,]] dat hij niet zou aftreden.", ","),
    )
    good = (
        "De post moet volgend jaar open... Of toch niet.",
        "De post moet volgend jaar open. Aanbieders is gevraagd te reageren.",
        "Zie de map ../data op de server.",
        "Het gaat om 1.200.000 euro.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for m in _DOUBLED_MARK.finditer(article.text):
            mark = m.group(1)[0]
            yield self.finding(
                article, m.start(), m.end(), f"Dubbel leesteken: één '{mark}'.", [mark], safe=True
            )


@register
class SplitApostrophe(Check):
    code = "TY104"
    name = "split-apostrophe"
    category = "fluency/punctuation"
    doc = """An apostrophe split from its word ("auto ’s", "zo ’n").

Tokenisers split "auto’s" into "auto" and "’s"; the space must go. Safe."""
    bad = (
        Example("Er stonden twee [[auto ’s]] voor de deur.", "auto’s"),
        Example("Het was [[zo ’n]] dag.", "zo’n"),
        Example("Er traden dertig [[dj ' s]] op.", "dj's"),
    )
    good = (
        "Er stonden twee auto’s voor de deur.",
        "Hij zei ’s avonds niets.",
        "Daarna reisde het per bus naar 's-Gravendeel en ’s-Hertogenbosch.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        text = article.text
        for m in _SPLIT_APOSTROPHE.finditer(text):
            start = _word_start(text, m.start())
            end = _word_end(text, m.end())
            fixed = text[start:end].replace(" ", "")
            yield self.finding(
                article,
                start,
                end,
                f"Losse apostrof: schrijf '{fixed}'.",
                [fixed],
                safe=True,
            )


def _word_start(text: str, i: int) -> int:
    while i > 0 and (text[i - 1].isalnum() or _inner(text, i - 1)):
        i -= 1
    return i


def _word_end(text: str, i: int) -> int:
    while i < len(text) and (text[i].isalnum() or _inner(text, i)):
        i += 1
    return i


def _inner(text: str, i: int) -> bool:
    """A hyphen or apostrophe inside a word, with a letter on both sides."""
    return (
        text[i] in "-’'"
        and 0 < i < len(text) - 1
        and text[i - 1].isalnum()
        and text[i + 1].isalnum()
    )


# Two words glued by a full stop, comma, semicolon, colon, ! or ?. The word
# before ends in two lower-case letters and the one after starts with a letter;
# a web address or e-mail (nos.nl, Booking.com) has no capital after the dot.
_NO_SPACE_AFTER = re.compile(
    r"(?<![\w@/.])([A-Za-zÀ-ÿ]*[a-zà-ÿ]{2})([.!?;:,])([A-ZÀ-Ý][a-zà-ÿ]+|[a-zà-ÿ]{2,}(?=[\s,.]))"
)
_WEB_TAIL = re.compile(r"(?:com|nl|org|net|be|eu|de|uk|fr|io|gov|edu|html?)\b", re.IGNORECASE)


@register
class MissingSpaceAfterPunctuation(Check):
    code = "TY105"
    name = "missing-space-after-punctuation"
    category = "fluency/punctuation"
    doc = """No space after a full stop, comma, colon or semicolon: "won.Daarna", "zag,en".

Text pasted from a translation tool or a web page often loses the space
between sentences. Web addresses (nos.nl, Booking.com) are left alone. The
fix adds the space and is safe."""
    bad = (
        Example("Hij kwam, zag en [[won.Daarna]] ging hij naar huis.", "won. Daarna"),
        Example("De bond [[zei,dat]] de staking doorgaat.", "zei, dat"),
        Example("Het dorp bestond al voor [[Christus.De]] munten zijn ouder.", "Christus. De"),
    )
    good = (
        "Hij kwam, zag en won. Daarna ging hij naar huis.",
        "Meer op nos.nl en via Booking.com of info@rijksoverheid.nl.",
        "Het kost 1,5 miljoen euro, om 12.30 uur.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        text = article.text
        for m in _NO_SPACE_AFTER.finditer(text):
            tail = m.group(3)
            if tail.islower() and _WEB_TAIL.fullmatch(tail) and m.group(2) == ".":
                continue  # nos.nl; but "Christus.De" is two sentences
            fixed = f"{m.group(1)}{m.group(2)} {m.group(3)}"
            yield self.finding(
                article,
                m.start(),
                m.end(),
                "Spatie ontbreekt na het leesteken.",
                [fixed],
                safe=True,
            )


# "rood, wit, en blauw": a list of short items with a comma before its last
# "en" or "of". Items of up to three words; a longer part before ", en" is
# more likely a clause, where Dutch may put the comma.
_ITEM = r"[\w’'-]+(?: [\w’'-]+){0,2}"
_SERIAL_COMMA = re.compile(rf"(?:^|(?<=[\s(]))({_ITEM}), ({_ITEM})(,) (?:en|of) (?=\w)")


# Verbs that make a part a clause, for text without Frog's tags.
_COMMON_VERBS = frozenset(
    {"is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden", "heeft", "hebben", "had",
     "hadden", "zei", "zeiden", "zegt", "zeggen", "aldus", "meldt", "meldde", "schreef", "kan",
     "kon", "zal", "zou", "moet", "wil", "gaat", "ging", "komt", "kwam", "staat", "stond"}
)  # fmt: skip


@register
class SerialComma(Check):
    code = "TY106"
    name = "serial-comma"
    category = "fluency/punctuation"
    doc = """A comma before the "en" or "of" that ends a list: "rood, wit, en blauw".

English (the Oxford comma) puts one there; Dutch does not: "rood, wit en
blauw". Flagged when at least two short items (up to three words each)
stand before ", en" or ", of"; a comma between two clauses ("Het regende,
en de wedstrijd ging niet door") is left alone, and so is the comma that
closes an apposition before a new clause ("het bedrijf, Alstom, en ze
bouwen", "de praktijk, bekend als krimpflatie, en riep op"): there "en" is
followed by a finite verb or a subject pronoun. Removing the comma is safe."""
    bad = (
        Example("De vlag is rood, wit[[,]] en blauw.", ""),
        Example("De topmannen van Shell, BP[[,]] en TotalEnergies kwamen bijeen.", ""),
    )
    good = (
        "De vlag is rood, wit en blauw.",
        "Het regende de hele dag, en de wedstrijd ging niet door.",
        "Het plan is klaar, zei de minister, en het gaat in mei door.",
        "Hij zei dat het plan, dat al maanden klaarlag en door iedereen was gesteund, en de begroting ook.",
        "De bond hekelde de maatregel, bekend als nullijn, en zei dat overleg nodig was.",
        "Ze huurt de bussen van haar zusterbedrijf, Arriva, en we rijden er vanaf mei mee.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for m in _SERIAL_COMMA.finditer(article.text):
            # The middle item whole, and the last word of the first (which the
            # match may start too early: "vlag is rood, wit, en blauw").
            items = [t for t in article.tokens if m.end(1) - 1 <= t.end <= m.end(2) and t.is_word]
            if any(t.tag == "WW" or t.lower in _COMMON_VERBS for t in items):
                continue  # "Het plan is klaar, zei de minister, en …": clauses
            if _opens_clause(article, m.end()):
                continue  # "de spoorwegen, ÖBB, en ze …": an apposition, then a clause
            yield self.finding(
                article,
                m.start(3),
                m.end(3),
                "Geen komma voor 'en' of 'of' aan het eind van een opsomming.",
                [""],
                safe=True,
            )


def _opens_clause(article: Article, at: int) -> bool:
    """The word after "en"/"of" starts a clause: a finite verb whose subject is
    shared ("en riep op") or a subject pronoun ("en ze bouwen")."""
    nxt = next((t for t in article.tokens if t.start >= at and t.is_word), None)
    if nxt is None:
        return False
    finite = is_finite(nxt) or nxt.lower in _COMMON_VERBS
    return finite or nxt.lower in _SUBJECT_PRONOUNS
