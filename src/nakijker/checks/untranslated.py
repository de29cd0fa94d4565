"""English left untranslated in the Dutch text."""

from __future__ import annotations

from collections.abc import Iterator

from wordfreq import zipf_frequency

from nakijker.checks.base import Check, Example, Finding, register
from nakijker.config import Config
from nakijker.doc import Article, Token
from nakijker.lexicon.hunspell import default_speller
from nakijker.lexicon.language import confidences

_MIN_SENTENCE_WORDS = 5
_MIN_RUN = 3
_ENGLISH_ZIPF = 3.0  # common in English: at least once per million words


def _englishish(token: Token) -> bool:
    """A lowercase word far more common in English than in Dutch, or unknown to Dutch."""
    word = token.text
    if not word.isalpha() or not word.islower():
        return False
    english = zipf_frequency(word, "en")
    if english < _ENGLISH_ZIPF:
        return False
    return english - zipf_frequency(word, "nl") >= 1.5 or not default_speller().correct(word)


@register
class UntranslatedSentence(Check):
    code = "LG601"
    name = "untranslated-sentence"
    category = "accuracy/untranslated"
    severity = "major"
    suppresses = ("SP",)
    doc = """A sentence, or a run of words, still in English.

A sentence of five or more words that the offline language identifier
(lingua) takes for English with high confidence, or three or more words in
a row that are common English and unknown to the Dutch dictionary. Names
that Dutch keeps in English (Federal Reserve, Truth Social) stand inside
Dutch sentences and are not flagged."""
    bad = (
        Example(
            "De bouw begint in mei. [[The project is expected to create many jobs.]]",
            None,
        ),
        Example("De minister zei dat [[the deal was done]] en vertrok.", None),
    )
    good = (
        "De Federal Reserve hield de rente gelijk.",
        "Trump schreef op Truth Social dat hij tevreden was.",
        "Het Britse Met Office gaf een waarschuwing voor de storm.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            words = [t for t in sentence.tokens if t.is_word]
            text = article.text[sentence.start : sentence.end]
            if len(words) >= _MIN_SENTENCE_WORDS and _may_be_english(words):
                conf = confidences(text)
                if conf.get("en", 0) > 0.9 and conf.get("nl", 0) < 0.05:
                    yield self.finding(
                        article, sentence.start, sentence.end, "Zin is niet vertaald (Engels)."
                    )
                    continue
            yield from self._runs(article, sentence.tokens)

    def _runs(self, article: Article, tokens: list[Token]) -> Iterator[Finding]:
        """Runs of English-looking words holding at least two that Dutch lacks."""
        run: list[Token] = []
        for token in [*tokens, None]:
            if token is not None and token.is_word and _common_english(token):
                run.append(token)
                continue
            while run and not _englishish(run[-1]):
                run.pop()
            while run and not _englishish(run[0]) and run[0].lower not in _FUNCTION_WORDS:
                run.pop(0)
            if len(run) >= _MIN_RUN and sum(map(_englishish, run)) >= 2:
                yield self.finding(
                    article,
                    run[0].start,
                    run[-1].end,
                    f"Engelse woorden: '{article.text[run[0].start : run[-1].end]}'.",
                )
            run = []


def _may_be_english(words: list[Token]) -> bool:
    """A quarter of the words lean English: worth asking the (slower) language identifier."""
    leaning = sum(
        1
        for t in words
        if zipf_frequency(t.lower, "en") - zipf_frequency(t.lower, "nl") >= _LEANING
    )
    return leaning >= _ENGLISH_SHARE * len(words)


_LEANING = 1.0  # ten times more common in English than in Dutch
_ENGLISH_SHARE = 0.25


def _common_english(token: Token) -> bool:
    return token.text.islower() and zipf_frequency(token.text, "en") >= _ENGLISH_ZIPF


# English function words that may open a run of English.
_FUNCTION_WORDS = {"the", "is", "was", "to", "of", "in", "a", "and", "on", "for", "we", "be"}


_WORD_ENGLISH_ZIPF = 4.0  # a common English word: ten times per million words or more
_WORD_DUTCH_ZIPF = 3.0  # and uncommon in Dutch text (which quotes English a lot)
_WORD_GAP = 2.0  # at least a hundred times more common in English


@register
class UntranslatedWord(Check):
    code = "LG602"
    name = "untranslated-word"
    category = "accuracy/untranslated"
    severity = "major"
    suppresses = ("SP",)
    doc = """A single common English word left in a Dutch sentence: "de onderhandelingen waren tough".

A lower-case word that the Dutch dictionary does not know, that is common in
English (Zipf 4 or more in wordfreq) and at least a hundred times rarer in
Dutch. Loanwords
that Dutch news uses (deal, tweet, app, team) are in the Dutch dictionary
and are not flagged; nor are capitalised words (names). The spelling check
is not repeated on the same word."""
    bad = (
        Example("De minister noemde de onderhandelingen [[tough]] maar eerlijk.", None),
        Example("Het bedrijf wil de prijzen [[however]] niet verlagen.", None),
        Example("Het team stond [[meanwhile]] klaar voor de finale.", None),
    )
    good = (
        "De minister sloot een deal met de vakbonden.",
        "Het team van de coach won de finale.",
        "De app werd vaker gedownload dan verwacht.",
        "Trump schreef in een tweet dat hij tevreden was.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        speller = default_speller()
        for sentence in article.sentences:
            words = [t for t in sentence.tokens if t.is_word]
            for n, token in enumerate(words):
                word = token.text
                # One or two English words ("code yellow"): longer stretches are LG601's.
                if _english_run_length(words, n) >= _MIN_RUN:
                    continue
                if len(word) < 4 or not word.isalpha() or not word.islower():
                    continue
                if zipf_frequency(word, "en") < _WORD_ENGLISH_ZIPF:
                    continue
                english, dutch = zipf_frequency(word, "en"), zipf_frequency(word, "nl")
                if dutch >= _WORD_DUTCH_ZIPF or english - dutch < _WORD_GAP:
                    continue
                if speller.correct(word):
                    continue
                yield self.finding(
                    article, token.start, token.end, f"Engels woord niet vertaald: '{word}'."
                )


def _english_run_length(words: list[Token], n: int) -> int:
    """How many common English words stand in a row around words[n]."""

    def english(t: Token) -> bool:
        return _common_english(t) and t.lower not in _SHARED

    if not english(words[n]):
        return 0
    start, end = n, n + 1
    while start > 0 and english(words[start - 1]):
        start -= 1
    while end < len(words) and english(words[end]):
        end += 1
    return end - start


# Words both languages write the same way, which say nothing about the neighbour.
_SHARED = {"in", "is", "de", "op", "was", "had", "over", "die", "hard", "een"}
