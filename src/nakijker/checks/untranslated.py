"""English left untranslated in the Dutch text."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from importlib.resources import files

from wordfreq import zipf_frequency

from nakijker.bilingual.lexicon import dictionary
from nakijker.checks.base import Check, Example, Finding, register
from nakijker.config import Config
from nakijker.doc import Article, Token
from nakijker.lexicon.hunspell import default_speller
from nakijker.lexicon.language import confidences
from nakijker.rules import load_yaml

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
# A less common English word needs a second witness: the Dutch dictionary
# lacks it, or Frog calls it foreign (SPEC(vreemd)).
_RARER_ENGLISH_ZIPF = 2.5  # walkout 2.8, displaced 3.8
_RARER_GAP = 1.0  # ten times more common in English than in Dutch
_FOREIGN_ENGLISH_ZIPF = 3.0
_KNOWN_ENGLISH_ZIPF = 3.5  # landmark 3.9
_RARE_DUTCH_ZIPF = 2.6  # landmark 2.5
_KNOWN_GAP = 1.3


@cache
def _loanwords() -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """English words and pairs that Dutch news writes as they are (rules/loanwords.yaml)."""
    data = load_yaml(files("nakijker.rules").joinpath("loanwords.yaml").read_text("utf-8"))
    words = frozenset(w for w in data["words"])
    pairs = frozenset(tuple(p.split()) for p in data["phrases"])
    return words, pairs


def loanword(word: str) -> bool:
    """A single English word that Dutch news writes as it is."""
    return word.lower() in _loanwords()[0]


def loan(words: list[Token], n: int) -> bool:
    """Word n is a loanword, alone or in a listed pair with its neighbour ("stroke unit")."""
    _, pairs = _loanwords()
    if loanword(words[n].text):
        return True
    before = (words[n - 1].lower, words[n].lower) if n else None
    after = (words[n].lower, words[n + 1].lower) if n + 1 < len(words) else None
    return before in pairs or after in pairs


def english_word(word: str, foreign_tag: bool) -> bool:
    """A lower-case word that is English and not Dutch, by frequency and dictionary."""
    if len(word) < 4 or not word.isalpha() or not word.islower():
        return False
    english, dutch = zipf_frequency(word, "en"), zipf_frequency(word, "nl")
    gap = english - dutch
    if english >= _WORD_ENGLISH_ZIPF and dutch < _WORD_DUTCH_ZIPF and gap >= _WORD_GAP:
        return not default_speller().correct(word)
    if english < _RARER_ENGLISH_ZIPF or gap < _RARER_GAP:
        return False
    if foreign_tag and english >= _FOREIGN_ENGLISH_ZIPF:
        return True
    if not default_speller().correct(word):
        return True
    # Known to hunspell (which lists many English words) but rare in Dutch text
    # and common in English: "de landmark uitspraak".
    return english >= _KNOWN_ENGLISH_ZIPF and dutch < _RARE_DUTCH_ZIPF and gap >= _KNOWN_GAP


_BUILT_PART_ZIPF = 3.5  # each part a common English word: fire 5.0, breaks 4.1
_GERUND_ZIPF = 3.0  # grinding 3.9


def english_build(word: str) -> bool:
    """A rare English word that wordfreq barely knows but whose build is English:
    two common English words, one of them no Dutch word ("firebreaks" = fire +
    breaks), or the plural of a common English gerund ("grindings")."""
    if len(word) < 7 or not word.isalpha() or not word.islower() or loanword(word):
        return False
    speller = default_speller()
    if speller.correct(word) or zipf_frequency(word, "nl") >= 1.0:
        return False
    if word.endswith("ings") and zipf_frequency(word[:-1], "en") >= _GERUND_ZIPF:
        return not speller.correct(word[:-1])
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        if min(zipf_frequency(head, "en"), zipf_frequency(tail, "en")) < _BUILT_PART_ZIPF:
            continue
        # "fire" is no Dutch word, "breaks" is (a tennis break): one will do
        if not (speller.correct(head) and speller.correct(tail)):
            return True
    return False


def _english_part(token: Token) -> str | None:
    """The English word in a token: the token itself, or the first part of a
    hyphenated compound whose other parts are Dutch ("undergraduate-opleidingen")."""
    foreign = "vreemd" in (token.pos or "")
    if english_word(token.text, foreign) or english_build(token.text):
        return token.text
    first, _, rest = token.text.partition("-")
    if not rest or loanword(first) or not english_word(first, False):
        return None
    speller = default_speller()
    return first if all(speller.correct(p) for p in rest.split("-")) else None


@register
class UntranslatedWord(Check):
    code = "LG602"
    name = "untranslated-word"
    category = "accuracy/untranslated"
    severity = "major"
    suppresses = ("SP",)
    doc = """A single English word left in a Dutch sentence: "de onderhandelingen waren tough".

A lower-case word that is far more common in English than in Dutch
(wordfreq) and that the Dutch dictionary does not know: a very common
English word on that evidence alone; a less common one (Zipf 2.5 or more,
ten times more common in English) too, or when Frog tags it as foreign; and
one the Dutch dictionary knows but Dutch text rarely uses (Zipf below 2.6)
while English often does ("landmark"). The
first part of a hyphenated compound counts as well
("undergraduate-opleidingen"). Loanwords that Dutch news uses (deal, tweet,
app) are in the Dutch dictionary; those it lacks are listed in
rules/loanwords.yaml (shutdown, running mate). Capitalised words (names)
are left alone. FreeDict's Dutch words, where it has them, are offered as
replacements; the spelling check is not repeated on the same word."""
    bad = (
        Example("De minister noemde de onderhandelingen [[tough]] maar eerlijk.", None),
        Example("Het bedrijf wil de prijzen [[however]] niet verlagen.", None),
        Example("Het team stond [[meanwhile]] klaar voor de finale.", None),
        Example("De vakbond kondigde een [[walkout]] aan bij de fabriek.", None),
        Example("Zo'n 800 [[displaced]] gezinnen slapen in tenten.", None),
        Example("De [[undergraduate-opleidingen]] worden kleiner.", None),
        Example("Advocaten noemden het een [[landmark]] uitspraak.", None),
        Example("Ploegen leggen [[firebreaks]] aan rond het dorp.", None),
        Example("De [[grindings]] van cacao daalden in het eerste kwartaal.", None),
    )
    good = (
        "De minister sloot een deal met de vakbonden.",
        "Het team van de coach won de finale.",
        "De app werd vaker gedownload dan verwacht.",
        "Trump schreef in een tweet dat hij tevreden was.",
        "De shutdown van de Amerikaanse overheid duurt voort.",
        "Vance werd de running mate van Trump.",
        "De bacheloropleidingen worden kleiner.",
        "Ploegen leggen brandgangen aan rond het sportpark en de webshop.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            words = [t for t in sentence.tokens if t.is_word]
            for n, token in enumerate(words):
                # One or two English words ("code yellow"): longer stretches are LG601's.
                if _english_run_length(words, n) >= _MIN_RUN or loan(words, n):
                    continue
                part = _english_part(token)
                if part is None:
                    continue
                dutch = sorted(dictionary().dutch(part))[:3]
                yield self.finding(
                    article,
                    token.start,
                    token.end,
                    f"Engels woord niet vertaald: '{part}'.",
                    dutch,
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
