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


@cache
def _abbreviations() -> tuple[dict[str, str], dict[str, str]]:
    """English abbreviations that Dutch news spells out or writes otherwise
    (rules/loanwords.yaml): titles before a name, and bodies and figures."""
    data = load_yaml(files("nakijker.rules").joinpath("loanwords.yaml").read_text("utf-8"))
    abbr = data["english_abbreviations"]
    return dict(abbr["titles"]), dict(abbr["others"])


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
    if english >= _KNOWN_ENGLISH_ZIPF and dutch < _RARE_DUTCH_ZIPF and gap >= _KNOWN_GAP:
        return True
    # A Dutch noun in -ing (regering, opening) is common in Dutch text; one that
    # Dutch text barely uses while English often does is the English gerund,
    # even where hunspell lists a Dutch verb beside it ("pacing", pacen).
    return (
        word.endswith("ing")
        and english >= _GERUND_ENGLISH_ZIPF
        and dutch < _GERUND_DUTCH_ZIPF
        and gap >= _GERUND_GAP
    )


_GERUND_ENGLISH_ZIPF = 3.2  # pacing 3.35
_GERUND_DUTCH_ZIPF = 2.0  # pacing 1.68; scouting 3.57, timing 3.97
_GERUND_GAP = 1.5

# A rare English word (Zipf below 2.5 in English) with no Dutch use at all:
# English agent plurals and gerunds that the Dutch dictionary lacks
# ("invigilators", "gritters", "kettling"). Dutch words of that build
# (sponsors, hackers) are in the dictionary or in Dutch text.
_RARE_ENGLISH_ZIPF = 1.2  # gritters 1.45
_RARE_DUTCH_ZIPF_MAX = 1.0
_RARE_SUFFIXES = ("ers", "ors", "ing", "ings")


def english_rare(word: str) -> bool:
    """A rare English plural agent noun or gerund that Dutch does not use."""
    if len(word) < 7 or not word.isalpha() or not word.islower() or loanword(word):
        return False
    if not word.endswith(_RARE_SUFFIXES):
        return False
    if zipf_frequency(word, "en") < _RARE_ENGLISH_ZIPF:
        return False
    if zipf_frequency(word, "nl") >= _RARE_DUTCH_ZIPF_MAX:
        return False
    speller = default_speller()
    if speller.correct(word):
        return False
    if word.endswith("s") and not word.endswith("ings"):
        # the singular is English too, and no Dutch word: "invigilator"
        single = word[:-1]
        return zipf_frequency(single, "en") >= _RARE_ENGLISH_ZIPF and not speller.correct(single)
    return True


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


def _english_part(text: str, pos: str | None, *, built: bool = True) -> str | None:
    """The English word in a token: the token itself, or the first part of a
    hyphenated compound whose other parts are Dutch ("undergraduate-opleidingen").
    built=False leaves out words made of two English words, which at the start
    of a sentence are mostly company names ("Gridwise")."""
    foreign = "vreemd" in (pos or "")
    if english_word(text, foreign) or english_rare(text) or (built and english_build(text)):
        return text
    first, _, rest = text.partition("-")
    if not rest or loanword(first) or not (english_word(first, False) or english_rare(first)):
        return None
    speller = default_speller()
    return first if all(speller.correct(p) for p in rest.split("-")) else None


_OPENING = "\"'“‘„‚«(—–-"


def _lowered_start(article: Article, words: list[Token], n: int) -> str | None:
    """The first word of a sentence in lower case, when its capital is only the
    sentence's: not a name by Frog (no entity, no proper-noun tag), unknown to
    the dictionary as a name ("Amazon-oprichter"), and not followed by another
    capitalised word ("Breaking Bad")."""
    token = words[n]
    text = token.text
    if not text[:1].isupper() or text[1:] != text[1:].lower() or not text.isascii():
        return None
    # after a full stop, a colon, or a line break (a headline needs no stop)
    before = article.text[: token.start].rstrip(" \t").rstrip(_OPENING).rstrip(" \t")
    if before and before[-1] not in ".!?:\n":
        return None
    first, hyphen, _ = text.partition("-")
    # Frog calls most capitalised compounds MISC ("Breaststroke-zwemmer"); the
    # first part of a compound must pass the stricter Dutch-frequency test below
    misc = hyphen and token.ner == "B-MISC"
    if (token.is_entity and not misc) or "eigen" in (token.pos or ""):
        return None
    # a compound with a Dutch tail is no multi-word name, and may stand before
    # one: "Backstroke-zwemster Lieke Bosman"
    if not hyphen and n + 1 < len(words) and words[n + 1].text[:1].isupper():
        return None
    speller = default_speller()
    # hunspell takes the capital but not the lower case: a name ("Amazon"),
    # unless Frog reads a plural, which names seldom are ("Gritters reden …")
    plural = not hyphen and "mv" in (token.pos or "")
    if not plural and speller.correct(first) and not speller.correct(first.lower()):
        return None
    if first in _names_inside(article):
        return None
    # Team, party and league names that Dutch news writes capitalised show up
    # in Dutch text (Lakers 2.8, Tories 2.5, Championship 3.3); the English
    # word left by a translator hardly does (bystanders 0, however 2.0). Before
    # a hyphen, where names stand most ("Premiership-club", "Remain-kamp"),
    # the word must be absent from Dutch text ("Backstroke-zwemster").
    limit = _START_COMPOUND_DUTCH_ZIPF if hyphen else _START_DUTCH_ZIPF
    if zipf_frequency(first.lower(), "nl") >= limit:
        return None
    return text.lower()


_START_DUTCH_ZIPF = 2.0
_START_COMPOUND_DUTCH_ZIPF = 1.0


def _names_inside(article: Article) -> set[str]:
    """Capitalised words (and first parts of compounds) that stand inside a
    sentence somewhere in the article: names ("Gridwise haalde … op bij Gridwise")."""
    names = article.cache.get("untranslated.names")
    if names is None:
        names = set()
        for sentence in article.sentences:
            for token in [t for t in sentence.tokens if t.is_word][1:]:
                first = token.text.partition("-")[0]
                if first[:1].isupper():
                    names.add(first)
        article.cache["untranslated.names"] = names
    return names


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
are left alone, except the first word of a sentence, which is tested in
lower case when Frog finds no name in it, the article does not use it as a
name elsewhere, and Dutch text hardly writes it ("Bystanders filmden …",
"Backstroke-zwemster …"). Rarer words count when their build is English and
Dutch never writes them: agent plurals and gerunds unknown to the Dutch
dictionary ("invigilators", "kettling"), and -ing forms Dutch text rarely
uses although hunspell knows them ("pacing"). Two common English words in
one noun phrase, each more common in English and one unknown to the Dutch
dictionary, are flagged together ("heat dome"). English abbreviations that
Dutch news writes otherwise (MP, PM, UN, NATO, GDP) are listed in
rules/loanwords.yaml with their Dutch form. FreeDict's Dutch words, where it
has them, are offered as replacements; the spelling check is not repeated on
the same word."""
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
        Example("De brand woedde urenlang. [[Bystanders]] filmden de reddingsactie.", None),
        Example("[[Hecklers]] onderbraken de toespraak van de minister.", None),
        Example("De school zette extra [[invigilators]] in bij het examen.", None),
        Example("De politie paste [[kettling]] toe bij de demonstratie.", None),
        Example("Hij moet nog werken aan zijn [[pacing]] in de laatste ronde.", None),
        Example("[[Breaststroke-zwemmer]] Tom de Vries won brons.", None),
        Example("Een zogeheten [[heat dome]] zorgt voor hitte in het zuiden.", None),
        Example("De [[sequencing]] van het virus duurde een week.", None),
        Example("De Britse [[PM]] Keir Starmer bezocht Kyiv.", "premier"),
        Example("Volgens de [[UN]] zijn honderden mensen gevlucht.", "VN"),
        Example("De [[Labour-MP]] stemde tegen het voorstel.", "parlementslid"),
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
        "Sponsors trokken zich terug. Hackers stalen gegevens van klanten.",
        "Amazon-oprichter Jeff Bezos trouwde in Venetië.",
        "Championship-club Harwick Town ontsloeg de trainer.",
        "Lakers wonnen met 110-98 van de Celtics.",
        "Breaking Bad is een populaire serie.",
        "Gridwise haalde geld op. Investeerders geloven in Gridwise.",
        "De training, de timing en de scouting waren goed.",
        "In de Ziggo Dome trad zij drie avonden op.",
        "Ze kocht de drugs op het dark web.",
        "De CEO van Shell kreeg een hogere bonus. Het bbp groeide.",
        "UN Women pleit voor meer rechten.",
        "Huishoudens moeten tot nader order hun water koken.",
        "Zij moeten hun aandelen in een blind trust onderbrengen.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            words = [t for t in sentence.tokens if t.is_word]
            flagged: set[int] = set()
            for n, token in enumerate(words):
                abbreviation = _english_abbreviation(words, n)
                if abbreviation is not None:
                    flagged.add(n)
                    yield self.finding(
                        article,
                        token.start,
                        token.end,
                        f"Engelse afkorting niet vertaald: '{abbreviation[0]}'.",
                        [abbreviation[1]],
                    )
                    continue
                # One or two English words ("code yellow"): longer stretches are LG601's.
                if _english_run_length(words, n) >= _MIN_RUN or loan(words, n):
                    continue
                text, built = token.text, True
                if n == 0 and (lowered := _lowered_start(article, words, n)) is not None:
                    # a plural is no company name: "Bushfires bedreigen …"
                    text, built = lowered, "mv" in (token.pos or "")
                part = _english_part(text, token.pos, built=built)
                if part is None:
                    continue
                flagged.add(n)
                part = token.text[: len(part)]
                dutch = dictionary().suggestions(part)
                yield self.finding(
                    article,
                    token.start,
                    token.end,
                    f"Engels woord niet vertaald: '{part}'.",
                    dutch,
                )
            for n in range(len(words) - 1):
                if n in flagged or n + 1 in flagged or not _english_pair(words, n):
                    continue
                first, second = words[n], words[n + 1]
                yield self.finding(
                    article,
                    first.start,
                    second.end,
                    f"Engelse woorden niet vertaald: '{article.text[first.start : second.end]}'.",
                )


def _english_run_length(words: list[Token], n: int) -> int:
    """How many common English words stand in a row around words[n]."""

    def english(t: Token) -> bool:
        # Dutch function words that English also has ("van", "het") do not
        # carry a run: "de sequencing van het virus" is one English word.
        dutchness = zipf_frequency(t.lower, "nl") - zipf_frequency(t.lower, "en")
        return _common_english(t) and t.lower not in _SHARED and dutchness < _DUTCH_LEANING

    if not english(words[n]):
        return 0
    start, end = n, n + 1
    while start > 0 and english(words[start - 1]):
        start -= 1
    while end < len(words) and english(words[end]):
        end += 1
    return end - start


_DUTCH_LEANING = 1.0  # ten times more common in Dutch: van 7.5 nl / 4.8 en

# Words both languages write the same way, which say nothing about the neighbour.
_SHARED = {"in", "is", "de", "op", "was", "had", "over", "die", "hard", "een"}


# Two common English words that stand together in one noun phrase, each more
# common in English than in Dutch, say together what neither says alone:
# "een heat dome" (heat 4.9 en / 3.5 nl; dome 3.9 / 3.5). Each alone is a rare
# Dutch homograph or name; the pair is English. One of the two must be unknown
# to the Dutch dictionary ("hard rock", "open source" are Dutch words twice).
_PAIR_ENGLISH_ZIPF = 3.5
_PAIR_LEANING = 0.3  # each word more common in English
_PAIR_GAP = 1.5  # and the two together far more


def _english_pair(words: list[Token], n: int) -> bool:
    first, second = words[n], words[n + 1]
    if not (first.text.isalpha() and second.text.isalpha()):
        return False
    if not (first.text.islower() and second.text.islower()):
        return False
    # with Frog, the second word heads the noun phrase the first one opens
    if second.chunk is not None and (second.chunk != "I-NP" or second.tag != "N"):
        return False
    if first.lower in _SHARED or second.lower in _SHARED or loan(words, n) or loan(words, n + 1):
        return False
    if _english_run_length(words, n) >= _MIN_RUN:
        return False
    gaps = []
    for token in (first, second):
        english = zipf_frequency(token.text, "en")
        gap = english - zipf_frequency(token.text, "nl")
        if english < _PAIR_ENGLISH_ZIPF or gap < _PAIR_LEANING:
            return False
        gaps.append(gap)
    if sum(gaps) < _PAIR_GAP:
        return False
    speller = default_speller()
    return not (speller.correct(first.text) and speller.correct(second.text))


def _english_abbreviation(words: list[Token], n: int) -> tuple[str, str] | None:
    """An English abbreviation ("MP", "Labour-MP", "NATO-top") and its Dutch form."""
    titles, others = _abbreviations()
    for part in words[n].text.split("-"):
        for key in (part, part.removesuffix("'s").removesuffix("’s"), part.removesuffix("s")):
            if key in titles:
                return key, titles[key]
            if key in others:
                # part of a longer name: "UN Women"
                following = words[n + 1].text if n + 1 < len(words) else ""
                if following[:1].isupper() and "-" not in words[n].text:
                    return None
                return key, others[key]
    return None
