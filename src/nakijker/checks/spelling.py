"""Spelling with hunspell-nl, leaving names alone."""

from __future__ import annotations

import re
from collections.abc import Iterator

from nakijker.checks.base import Check, Example, Finding, register
from nakijker.config import Config
from nakijker.doc import Article, Sentence, Token
from nakijker.lexicon.hunspell import default_speller

_WORD = re.compile(r"^[^\W\d_]+(?:[’'\-][^\W\d_]+)*$")


def _is_name_like(token: Token, first_in_sentence: bool) -> bool:
    """Entities, proper-noun tags and capitalised words that are not sentence-initial."""
    if token.is_entity or token.tag == "SPEC" or (token.pos or "").startswith("N(eigen"):
        return True
    if token.text.isupper() and len(token.text) > 1:
        return True  # an abbreviation such as NAVO or VS
    return token.text[:1].isupper() and not first_in_sentence


def _candidates(sentence: Sentence) -> Iterator[Token]:
    first = next((t for t in sentence.tokens if t.is_word), None)
    for token in sentence.tokens:
        if len(token.text) < 2 or not _WORD.match(token.text):
            continue
        if _is_name_like(token, token is first):
            continue
        yield token


def _misspelled_part(word: str) -> bool:
    """A word is wrong if it is wrong whole and some hyphen-part is wrong too.

    Hyphenated compounds of names ("Rusland-Iran", "FNV-onderhandelaar") are
    correct when every part is a name or a correct word.
    """
    speller = default_speller()
    if speller.correct(word):
        return False
    parts = [p for p in re.split(r"-", word) if p]
    if len(parts) > 1:
        return any(not (p[:1].isupper() or speller.correct(p)) for p in parts)
    if word[:1].isupper() and speller.correct(word.lower()):
        return False
    return True


@register
class Spelling(Check):
    code = "SP501"
    name = "spelling"
    category = "fluency/spelling"
    doc = """A word that hunspell-nl does not know.

Names are left alone: words Frog tags as entities or proper nouns, capitalised
words inside a sentence, abbreviations, and hyphenated compounds whose parts
are names ("Rusland-Iran"). Hunspell's suggestions are offered, never applied
automatically."""
    bad = (
        Example("De regering wil de [[belastignen]] verhogen.", "belastingen"),
        Example("Er komen strengere [[leeftijds]] controles.", None),
    )
    good = (
        "De regering wil de belastingen verhogen.",
        "De relatie tussen Rusland-Iran is verdiept.",
        "De FNV-onderhandelaar sprak met Zelensky in Charkiv.",
        "Het woord “onderzoek” staat tussen aanhalingstekens.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        speller = default_speller()
        for sentence in article.sentences:
            for token in _candidates(sentence):
                if not _misspelled_part(token.text):
                    continue
                suggestions = speller.check(token.text)[1][:3]
                yield self.finding(
                    article,
                    token.start,
                    token.end,
                    f"Onbekend woord: '{token.text}'.",
                    suggestions,
                )
