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
            if len(words) >= _MIN_SENTENCE_WORDS:
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


def _common_english(token: Token) -> bool:
    return token.text.islower() and zipf_frequency(token.text, "en") >= _ENGLISH_ZIPF


# English function words that may open a run of English.
_FUNCTION_WORDS = {"the", "is", "was", "to", "of", "in", "a", "and", "on", "for", "we", "be"}
