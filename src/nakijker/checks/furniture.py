"""Page furniture scraped into the article ("Aanbevolen video’s", "Lees ook: …")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from importlib.resources import files

from nakijker.checks.base import Check, Example, Finding, register
from nakijker.config import Config
from nakijker.doc import Article
from nakijker.rules import load_yaml

_MAX_WORDS = 14  # a "Lees ook: <headline>" line is short; article paragraphs are not
_SHORT_LINE = 12  # a call to action without the full stop of a sentence


@cache
def _phrases() -> tuple[tuple[str, bool], ...]:
    return tuple((p["text"].lower(), bool(p.get("whole"))) for p in _data()["phrases"])


@cache
def _data() -> dict:
    return load_yaml(files("nakijker.rules").joinpath("furniture.yaml").read_text("utf-8"))


@cache
def _inside() -> tuple[str, ...]:
    return tuple(_normalise(p) for p in _data().get("inside", ()))


_COUNTER = re.compile(r"^\d[\d.,]*\s+")
_PAGE_PAIR_WORDS = 6


def _names_page_part(words: list[str]) -> bool:
    """A part of the web page and something to do with it: "print dit artikel"."""
    bare = [w.strip(".,:;!?()[]«»›") for w in words]
    parts = set(_data()["page_parts"])
    actions = set(_data()["page_actions"])
    return any(w in parts for w in bare) and any(w in actions for w in bare)


def _normalise(line: str) -> str:
    return re.sub(r"\s+", " ", line.replace("'", "’")).strip().lower()


def is_furniture(line: str) -> bool:
    """A line that is a furniture phrase, or starts with one and has no sentence shape."""
    norm = _normalise(line)
    words = norm.split()
    if not words or len(words) > _MAX_WORDS:
        return False
    # "12 reacties", "1.234 keer gedeeld": a counter before the label
    bare = _COUNTER.sub("", norm.rstrip(" .:!›»>"))
    # "Volg het toernooi live in onze app": a promotion inside a short line
    sentence = norm.endswith((".", "?", "!")) or len(words) > _SHORT_LINE
    if not sentence and any(f" {phrase}" in f" {norm}" for phrase in _inside()):
        return True
    if not sentence and len(words) <= _PAGE_PAIR_WORDS and _names_page_part(words):
        return True
    for phrase, whole in _phrases():
        phrase = _normalise(phrase)
        if whole:
            if bare == phrase:
                return True
        elif norm.startswith(phrase) and (
            len(norm) == len(phrase) or not norm[len(phrase)].isalnum() or phrase.endswith(" ")
        ):
            # "Lees ook: kop" or a bare label; a sentence that happens to start
            # with "Meer over" ends in a full stop and runs longer.
            rest = norm[len(phrase) :]
            if not rest.strip() or rest.lstrip().startswith((":", "-", "–", "|", "›", "»")):
                return True
            # A call to action ("Schrijf je in voor onze nieuwsbrief en mis geen
            # nieuws") is a line without the full stop of a sentence.
            if not norm.endswith((".", "?", "!")) and len(words) <= _SHORT_LINE:
                return True
    return False


@register
class PageFurniture(Check):
    code = "BP401"
    name = "page-furniture"
    category = "source/boilerplate"
    severity = "major"
    # The line goes as a whole: what else is wrong inside it does not matter.
    suppresses = ("LG", "SP", "TY", "QT", "NF", "GR", "RP")
    doc = """A line of the web page around the article: a widget heading, a
"Lees ook" link, an advertisement label, share buttons, cookie or newsletter
prompts.

Found by a lexicon of such phrases (rules/furniture.yaml) together with the
shape of the line: short, standing alone, no sentence. Deleting the line,
with its line break, is safe."""
    bad = (
        Example("De storm trok over het land.\n[[Aanbevolen video’s\n]]Er vielen twee doden.", ""),
        Example(
            "Het kabinet viel.\n[[Lees ook: Wat nu met de begroting?\n]]De Kamer vergadert.", ""
        ),
        Example("De rente daalt.\n[[Advertentie\n]]Banken volgen.", ""),
        Example(
            "De brug blijft dicht.\n[[Heeft u een tip? Mail de redactie\n]]Het verkeer staat vast.",
            "",
        ),
        Example("De prijs stijgt.[[\nDeel dit artikel]]", ""),
        Example(
            "De prijs stijgt.\n[[Deel dit artikel via WhatsApp of e-mail\n]]Banken volgen.", ""
        ),
        Example(
            "Het regent.\n[[Schrijf je in voor onze nieuwsbrief en mis niets\n]]Morgen ook.", ""
        ),
        Example("Zij won.\n[[Volg het toernooi live in onze app\n]]Hij verloor.", ""),
        Example(
            "De dieven vluchtten.\n[[Video: Camerabeelden tonen de inbraak\n]]Niemand zag het.", ""
        ),
        Example("Zij won.\n[[12 reacties\n]]Hij verloor.", ""),
        Example("Zij won.\n[[Volg dit onderwerp\n]]Hij verloor.", ""),
        Example("Zij won.\n[[Print dit artikel\n]]Hij verloor.", ""),
        Example("Zij won.\n[[Gerelateerde onderwerpen\n]]Hij verloor.", ""),
        Example("Zij won.\n[[Beeldbron: Getty Images\n]]Hij verloor.", ""),
        Example("Zij won.\n[[Bijgewerkt 3 uur geleden\n]]Hij verloor.", ""),
        Example("Zij won.\n[[Reageren is niet meer mogelijk\n]]Hij verloor.", ""),
        Example("Zij won.\n[[De reacties zijn gesloten\n]]Hij verloor.", ""),
    )
    good = (
        "De video werd vaak bekeken.\nHet aanbevolen advies bleef uit.",
        "Meer over de begroting volgt volgende week, zei de minister tegen de Kamer.",
        "Lees ook de brief die de minister stuurde, schreef hij.",
        "Wie de wedstrijd in onze app volgde, zag het gebeuren.",
        "Een video van de inbraak ging rond op sociale media.",
        "Zij won.\n12 reacties kwamen binnen op het voorstel, zei de gemeente.\nHij verloor.",
        "Zij won.\nReacties uit de politiek\nDe Kamer was verdeeld.",
        "Zij won.\nBijgewerkt werd het plan pas in 2020, zei de wethouder.\nHij verloor.",
        "Zij won.\nReageren is niet meer mogelijk, zegt de wethouder over de inspraak.\nHij won.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        text = article.text
        for p in article.paragraphs:
            if not is_furniture(text[p.start : p.end]):
                continue
            start, end = p.start, p.end
            # Take the line break with the line, so that deleting leaves no blank line.
            if text[end : end + 1] == "\n":
                end += 1
            elif start > 0 and text[start - 1] == "\n":
                start -= 1
            yield self.finding(
                article,
                start,
                end,
                f"Paginarestant van de website: '{text[p.start : p.end]}'. Verwijder de regel.",
                [""],
                safe=True,
            )
