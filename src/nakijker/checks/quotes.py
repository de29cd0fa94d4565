"""Quotation marks: balance, one style per article, Dutch punctuation order."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from nakijker.checks.base import Check, Example, Finding, register
from nakijker.config import Config
from nakijker.doc import Article

STYLE_MARKS = {
    "double": ("“", "”"),
    "low": ("„", "”"),
    "single": ("‘", "’"),
    "straight": ('"', '"'),
}
STYLE_NAMES = {
    "double": "“…”",
    "low": "„…”",
    "single": "‘…’",
    "straight": '"…"',
    "mixed": '“…" (gemengd)',
}
_OPENERS = {"“": "double", "„": "low", "‘": "single"}


@dataclass(frozen=True, slots=True)
class Quotation:
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark
    style: str
    depth: int  # 0 for a quotation not inside another one


@dataclass(slots=True)
class _Open:
    at: int
    style: str


def _is_apostrophe(text: str, i: int) -> bool:
    """’ or ' between letters (zo’n, auto’s) or starting ’s, ’t, ’n is no quote mark."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():
        return True
    return before.isspace() and text[i + 1 : i + 3] in ("s ", "t ", "n ", "s-")


def scan_quotes(text: str, start: int, end: int) -> tuple[list[Quotation], list[_Open], list[int]]:
    """Quotations in text[start:end]; also the unclosed openers and stray closers."""
    quotes: list[Quotation] = []
    stack: list[_Open] = []
    stray: list[int] = []
    for i in range(start, end):
        ch = text[i]
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        if ch in _OPENERS:
            if ch == "‘" and _is_apostrophe(text, i):
                continue
            stack.append(_Open(i, _OPENERS[ch]))
        elif ch == '"':
            opening = prev.isspace() or prev in "([{—–-/" or i == start
            if opening and not nxt.isspace():
                stack.append(_Open(i, "straight"))
            else:
                _close(stack, quotes, stray, i, {"straight"}, mixed={"double", "low"})
        elif ch == "”":
            _close(stack, quotes, stray, i, {"double", "low"}, mixed={"straight"})
        elif ch in "’'":
            if _is_apostrophe(text, i) or prev.isspace() or nxt.isalnum():
                continue
            if any(o.style in ("single", "straight-single") for o in stack):
                _close(stack, quotes, stray, i, {"single"})
    return quotes, stack, stray


def _close(
    stack: list[_Open],
    quotes: list[Quotation],
    stray: list[int],
    i: int,
    styles: set[str],
    mixed: frozenset[str] | set[str] = frozenset(),
) -> None:
    for k in range(len(stack) - 1, -1, -1):
        if stack[k].style in styles:
            opener = stack[k]
            del stack[k:]
            quotes.append(Quotation(opener.at, i, opener.style, k))
            return
    # “…" : a pair of two kinds of double quotes, one wrong mark, not two lone ones.
    if stack and stack[-1].style in mixed:
        opener = stack.pop()
        quotes.append(Quotation(opener.at, i, "mixed", len(stack)))
        return
    stray.append(i)


def article_quotes(article: Article) -> list[Quotation]:
    return [q for p in article.paragraphs for q in scan_quotes(article.text, p.start, p.end)[0]]


def dominant_style(quotes: list[Quotation], house: str = "auto") -> str | None:
    if house != "auto":
        return house
    # Typewriter quotes are no style of a news article, even when they are its
    # only quotes: they mark text pasted from a translation tool.
    outer = [q.style for q in quotes if q.depth == 0 and q.style != "mixed"]
    counts = Counter(style for style in outer if style != "straight")
    if not counts:
        return "double" if outer else None
    preference = ["double", "single", "low"]
    return max(counts, key=lambda s: (counts[s], -preference.index(s)))


@register
class QuoteBalance(Check):
    code = "QT201"
    name = "unbalanced-quotes"
    category = "fluency/punctuation"
    doc = """An opening quotation mark that is never closed, or a closing one never opened.

A quotation that continues into the next paragraph may stay open when the
next paragraph opens again (the usual convention); that is not flagged."""
    bad = (
        Example("[[“]]Wij gaan door, zei de woordvoerder.", None),
        Example("Hij noemde het een schande[[”]], zei ze.", None),
    )
    good = (
        "“Wij gaan door”, zei de woordvoerder.",
        "“Het eerste deel.\n“En het tweede deel”, zei hij.",
        "Het zijn de auto’s van ’s avonds.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        paragraphs = article.paragraphs
        text = article.text
        for n, p in enumerate(paragraphs):
            _, unclosed, stray = scan_quotes(text, p.start, p.end)
            continues = n + 1 < len(paragraphs) and text[paragraphs[n + 1].start] in '“„‘"'
            for opener in unclosed if not continues else []:
                yield self.finding(
                    article, opener.at, opener.at + 1, "Aanhalingsteken wordt niet gesloten."
                )
            for i in stray:
                yield self.finding(article, i, i + 1, "Sluitend aanhalingsteken zonder opening.")


@register
class QuoteStyle(Check):
    code = "QT202"
    name = "mixed-quote-styles"
    category = "fluency/punctuation"
    doc = """A quotation whose marks differ from the article's style.

An article quotes in one style: “…” or ‘…’ (or the house style set with
`quote_style`). A quotation inside another one may use the other style.
The fix rewrites both marks; it is safe."""
    bad = (
        Example(
            "“Wij gaan door”, zei hij. Ze noemde het [[‘zeer zorgelijk’]].", "“zeer zorgelijk”"
        ),
        Example(
            "“Het is klaar”, zei hij. “Het werkt”, zei zij. [[„Het kan beter”]], zei de baas.",
            "“Het kan beter”",
        ),
        Example('“Het is klaar”, zei hij. [[“Het werkt"]], zei zij.', "“Het werkt”"),
        Example('[["Het is klaar"]], zei hij.', "“Het is klaar”"),
    )
    good = (
        "‘Wij gaan door’, zei hij. Ze noemde het ‘zeer zorgelijk’.",
        "“Hij noemde het ‘absurd’, en dat klopt”, zei ze.",
        "De auto’s stonden er ’s avonds nog.",
        "“We praten met iedereen”, zei hij. De partijen houden vast aan een zogeheten ‘cordon sanitaire’.",
        "‘Dit had ik nooit verwacht’\n\n“Dit had ik nooit verwacht”, zei de winnares na afloop.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        # "een zogenoemde ‘Brandmauer’" and a headline in ‘…’ follow rules of their own
        quotes = [
            q
            for q in article_quotes(article)
            if q.style == "mixed"
            or not (
                _named_term(article.text, q.open) or article.is_whole_paragraph(q.open, q.close + 1)
            )
        ]
        style = dominant_style(quotes, config.quote_style)
        if style is None:
            return
        left, right = STYLE_MARKS[style]
        for q in quotes:
            if q.style != "mixed" and (q.depth or q.style == style):
                continue
            inner = article.text[q.open + 1 : q.close]
            yield self.finding(
                article,
                q.open,
                q.close + 1,
                f"Aanhalingstekens {STYLE_NAMES[q.style]} wijken af van de stijl van het "
                f"artikel ({STYLE_NAMES[style]}).",
                [left + inner + right],
                safe=True,
            )


_TERM_BEFORE = re.compile(
    r"\b(?:zogenoemde|zogenoemd|zogeheten|zogenaamde|zogenaamd|term|woord|begrip|naam)\s*$",
    re.IGNORECASE,
)


def _named_term(text: str, at: int) -> bool:
    """A term in quotation marks after "zogenoemde", "de term": no speech."""
    return bool(_TERM_BEFORE.search(text, max(0, at - 20), at))


_COMMA_INSIDE = re.compile(r",([”’\"])(?=\s|$)")


@register
class CommaInsideQuote(Check):
    code = "QT203"
    name = "comma-inside-quote"
    category = "fluency/punctuation"
    doc = """The English order ,” at the end of a quotation.

Dutch puts the comma after the closing mark: “…”, zei hij. The fix swaps
the two characters and is safe."""
    bad = (Example("“We blijven[[,”]] zei de minister.", "”,"),)
    good = ("“We blijven”, zei de minister.", "Hij zei: “We blijven.”")

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for m in _COMMA_INSIDE.finditer(article.text):
            mark = m.group(1)
            yield self.finding(
                article,
                m.start(),
                m.end(),
                f"Engelse volgorde: in het Nederlands komt de komma na het aanhalingsteken ({mark},).",
                [mark + ","],
                safe=True,
            )


_STOP_BEFORE_COMMA = re.compile(r"\.([”’\"]),")


@register
class StopBeforeCommaQuote(Check):
    code = "QT204"
    name = "full-stop-before-quote-comma"
    category = "fluency/punctuation"
    doc = """A full stop closing a quotation that a comma follows: “Het is klaar.”, zei hij.

The sentence goes on after the quotation, so the quotation ends without a
full stop: “Het is klaar”, zei hij. A question or exclamation mark stays
(“Waarom?”, vroeg hij). Deleting the full stop is safe."""
    bad = (Example("“Het is klaar[[.”]], zei de woordvoerder.", "”"),)
    good = ("“Het is klaar”, zei de woordvoerder.", "“Waarom?”, vroeg hij.", "Hij zei: “Klaar.”")

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for m in _STOP_BEFORE_COMMA.finditer(article.text):
            if article.text[max(0, m.start() - 3) : m.start()].endswith(".."):
                continue  # an ellipsis
            yield self.finding(
                article,
                m.start(),
                m.start() + 2,
                "Voor de komma na een citaat vervalt de punt: “…”, zei hij.",
                [m.group(1)],
                safe=True,
            )


# A quotation that opens after a word (not after a colon, a full stop or at the
# start of a paragraph) and with a lower-case letter is part of the reporter's
# sentence: “de inzet … zal versterken”.
_WORD_BEFORE_QUOTE = re.compile(r"[\w)]\s*$")


@register
class StopInsideQuotedFragment(Check):
    code = "QT205"
    name = "full-stop-inside-quoted-fragment"
    category = "fluency/punctuation"
    doc = """A full stop inside the closing mark of a quoted fragment:
zei dat Ellison “de inzet van Amerika zal versterken.” Democraten …

A quotation that starts inside the reporter's sentence, after a word and
with a lower-case letter, is a fragment of that sentence: the sentence's
full stop goes after the closing mark (“… zal versterken”.). A whole
quoted sentence, after a colon or at the start of the sentence, keeps its
full stop inside (Hij zei: “We blijven.”). Moving the full stop is safe."""
    bad = (
        Example(
            "Ze zei dat Ellison “de inzet van Amerika zal versterken[[.”]] Democraten twijfelen.",
            "”.",
        ),
        Example("De minister noemde het besluit ‘volstrekt onbegrijpelijk[[.’]]", "’."),
    )
    good = (
        "Ze zei dat Ellison “de inzet van Amerika zal versterken”. Democraten twijfelen.",
        "Hij zei: “we blijven.” Daarna vertrok hij.",
        "“Het is klaar.” Daarna vertrok hij.",
        "Volgens de minister is het “een ramp. We moeten nu door.”",
        "Ze noemde het plan “onhaalbaar...”",
        "De minister zei “Wij gaan door.” Daarna vertrok hij.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        text = article.text
        for q in article_quotes(article):
            if q.depth or q.close < 2 or text[q.close - 1] != "." or text[q.close - 2] == ".":
                continue
            after = text[q.close + 1 : q.close + 2]
            if after and not after.isspace():
                continue
            inner = text[q.open + 1 : q.close - 1]
            if not inner[:1].islower() or re.search(r"[.!?:]\s", inner):
                continue  # a whole sentence, or more than one
            line_start = text.rfind("\n", 0, q.open) + 1
            if not _WORD_BEFORE_QUOTE.search(text, line_start, q.open):
                continue  # after a colon, a full stop or at the start of the line
            mark = text[q.close]
            yield self.finding(
                article,
                q.close - 1,
                q.close + 1,
                "Een geciteerd zinsdeel hoort bij de zin van de verslaggever: de punt komt na "
                f"het aanhalingsteken ({mark}.).",
                [mark + "."],
                safe=True,
            )
