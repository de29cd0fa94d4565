"""Spelling with hunspell-nl, leaving names alone."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import cache

from nakijker.checks.base import Check, Example, Finding, register
from nakijker.checks.formats import DAYS_NL, MONTHS_NL
from nakijker.checks.grammar import (
    _ends_clause,
    _features,
    _opens_subordinate,
    grammar_words,
    is_finite,
    is_noun,
    noun_gender,
)
from nakijker.checks.untranslated import loan
from nakijker.config import Config
from nakijker.doc import Article, Sentence, Token
from nakijker.lexicon.hunspell import default_speller

_WORD = re.compile(r"^[^\W\d_]+(?:[’'\-][^\W\d_]+)*$")


def _is_name_like(token: Token) -> bool:
    """Entities, proper-noun tags, abbreviations and capitalised words.

    Without Frog a capitalised word may be a name anywhere, even first in a
    sentence; with Frog only words it tags as common nouns or other word
    classes are checked.
    """
    if token.is_entity or token.tag == "SPEC" or (token.pos or "").startswith("N(eigen"):
        return True
    if token.text.isupper() and len(token.text) > 1:
        return True
    if any(c.isupper() for c in token.text[1:]):
        return True  # rescEU, iPhone, eBay: brand names
    if not token.text[:1].isupper():
        return False
    # Capitalised: a name unless Frog calls it a common word and the
    # dictionary knows its lower-case form (a sentence-initial typo).
    return not token.pos or not default_speller().correct(token.text.lower())


def _candidates(sentence: Sentence) -> Iterator[Token]:
    previous = None
    for token in sentence.tokens:
        before, previous = previous, token
        if len(token.text) < 3 or not _WORD.match(token.text):
            continue
        if _is_name_like(token) or _in_name(token, before):
            continue
        yield token


# Romance particles that open a name's next word: Giro d'Italia, Côte d'Azur.
_NAME_ELISIONS = re.compile(r"^[dl][’'][A-ZÀ-Ý]")


def _in_name(token: Token, before: Token | None) -> bool:
    """Part of a name the simple tokeniser splits: "Booking.com", "d'Italia"."""
    if _NAME_ELISIONS.match(token.text):
        return True
    glued = before is not None and before.end == token.start
    return glued and before.text in (".", "@") and token.text.islower()


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
    return not is_compound(word.lower())


# Dutch writes compounds as one word and makes new ones freely; a word made of
# two known words, with or without a linking s, e or en, is accepted.
_LINKS = ("", "s", "e", "en", "-")


def _probes(word: str, depth: int = 0) -> set[str]:
    """Every part ``is_compound`` may look up, so that one hunspell run answers all."""
    parts: set[str] = set()
    for i in range(3, len(word) - 2):
        head, tail = word[:i], word[i:]
        parts.add(tail)
        parts |= {head[: len(head) - len(link)] for link in _LINKS if head.endswith(link)}
        if depth == 0:
            parts |= _probes(tail, 1)
    return parts


def is_compound(word: str, depth: int = 0) -> bool:
    speller = default_speller()
    if depth == 0:
        speller.prime(_probes(word))
    for i in range(3, len(word) - 2):
        head, tail = word[:i], word[i:]
        if not (speller.correct(tail) or (depth == 0 and is_compound(tail, 1))):
            continue
        stems = [head[: len(head) - len(link)] for link in _LINKS if head.endswith(link)]
        if any(len(stem) >= 3 and speller.correct(stem) for stem in stems):
            return True
        if depth == 0 and len(head) >= 4 and _common_first_part(head):
            return True  # "techinvesteerder": an English first part Dutch news uses
    return False


_FIRST_PART_ZIPF = 3.5  # tech 4.0, cyber 3.6, data 4.6


def _common_first_part(head: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(head, "nl") >= _FIRST_PART_ZIPF


@register
class Spelling(Check):
    code = "SP501"
    name = "spelling"
    category = "fluency/spelling"
    doc = """A word that hunspell-nl does not know, and that looks wrong.

It looks wrong when it is one slip from a more common word hunspell offers
("onmiddelijk"), the same letters as a common word with a consonant doubled
in the wrong place ("abbonees", "comissie"), the English spelling of one
("Archaeologen"), or a common English word ("helpful"). An unknown word with none of these signs is a
coinage, a trade word or a foreign one ("ingeprijsd", "twitcher", "leva")
and is left alone, as are short words Dutch text uses ("pmd").

Names are left alone: words Frog tags as entities or proper nouns, capitalised
words inside a sentence, abbreviations, and hyphenated compounds whose parts
are names ("Rusland-Iran"). Hunspell's suggestions are offered, never applied
automatically. A capitalised word the text repeats, inside a sentence and
never in lower case, is a name too ("het videoplatform Loopr … Loopr zei"):
a slip is seldom made twice alike. A word hunspell accepts is a doubling
slip ("diefstalen") only when no text uses it and it is no past tense of a
weak verb ("kortten")."""
    bad = (
        Example("De regering wil de [[belastignen]] verhogen.", "belastingen"),
        Example("Het kabinet neemt [[maatregelne]] tegen de droogte.", "maatregelen"),
        Example("De [[wetenschapers]] zagen sporen van water.", "wetenschappers"),
        Example("Het Huis nam een [[bipartisan]] wetsvoorstel aan.", None),
        Example("Toeristen werden niet getroffen, aldus het [[Grieske]] ministerie.", "Griekse"),
        Example("Hij verliet [[onmiddelijk]] de zaal.", "onmiddellijk"),
        Example("[[Projectcoordinator]] Hanneke Wolters zei dat.", "Projectcoördinator"),
        Example("[[Archaeologen]] vonden munten bij Nijmegen.", "Archeologen"),
        Example("Op het [[Ijslandse]] schiereiland barstte een vulkaan uit.", "IJslandse"),
        Example("Hij raakte gewond bij een [[autoongeluk]] in Delft.", "auto-ongeluk"),
        Example("Er komen 300 [[apartementen]] aan de haven.", "appartementen"),
        Example("De [[diefstalen]] vonden plaats in maart.", "diefstallen"),
        Example("Het dossier is [[onomgedraaid]] teruggestuurd.", None),
        Example("Critici noemen de maatregel [[naief]].", "naïef"),
        Example("De fabrikant kwam met twee nieuwe [[ideeen]].", "ideeën"),
        Example("Het [[peleton]] reed in een waaier door Zeeland.", "peloton"),
        Example("De krant verloor duizenden [[abbonees]].", "abonnees"),
        Example("De [[comissie]] kwam dinsdag bijeen.", "commissie"),
        Example("Het [[millitaire]] konvooi reed door.", "militaire"),
        Example("Het is [[veraderlijk]] glad op de dijk.", "verraderlijk"),
    )
    good = (
        "De regering wil de belastingen verhogen.",
        "Bij de balies stonden lange rijen voor omboekingen.",
        "Ze verloor in de finale van de als eerste geplaatste Olyna Petrenko.",
        "De relatie tussen Rusland-Iran is verdiept.",
        "De FNV-onderhandelaar sprak met Zelensky in Charkiv.",
        "Het woord “onderzoek” staat tussen aanhalingstekens.",
        "De wetenschappers zagen sporen van water.",
        "De gemeente wil meer windmolenparken en zonneweides.",
        "Hij boekte via Booking.com een hotel en reed de Giro d'Italia.",
        "Een infectioloog zei dat de rijder een gridstraf kreeg.",
        "Toeristen werden niet getroffen, aldus het Griekse ministerie en Olena Zjoek.",
        "Via het hulpprogramma rescEU kwamen blusvliegtuigen, en eBay verkocht ze.",
        "Volgens techinvesteerder Ruud Mertens groeit de cyberafdeling.",
        "Projectcoördinator Hanneke Wolters sprak met Michael Caine en Rafael Nadal.",
        "Hij raakte gewond bij een auto-ongeluk; de zeeoever en het radioprogramma bleven.",
        # no slip of a known word and not English: a currency, a trade word, a coinage
        "In Sofia betalen ouderen nog met leva; een twitcher uit Venlo zag de vogel.",
        "Papier en pmd blijven gratis; beleggers hadden het nieuws al ingeprijsd.",
        "Van de uitgenodigden kwam de helft.",
        # past tenses of weak verbs, rare but correct
        "De ministers kortten de budgetten en de kamerleden praatten lang.",
        "Het IJsselmeer, de IJslandse kust en het ijzererts van Ijmert Sterk.",
        # an invented name the text repeats, capitalised each time
        "De app Boekr kreeg een boete. Volgens Boekr is die onterecht; de topman van Boekr zweeg.",
        # leasen in the white spelling many papers use
        "Het bedrijf heeft twaalf bussen geleast van een Duitse vervoerder.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        speller = default_speller()
        candidates = [t for s in article.sentences for t in _candidates(s)]
        words = {t.text for t in candidates}
        # One hunspell run for every word and every compound part that may be asked.
        parts = words | {w.lower() for w in words} | {p for w in words for p in w.split("-")}
        speller.prime(parts | {p for w in parts if len(w) > 6 for p in _probes(w.lower())})
        for token in _capitalised_typos(article):
            suggestion = _typo_of_capitalised(token.text)
            if suggestion:
                yield self.finding(
                    article,
                    token.start,
                    token.end,
                    f"Onbekend woord: '{token.text}'.",
                    [suggestion],
                )
        lent = {
            id(t) for s in article.sentences for n, t in enumerate(s.tokens) if loan(s.tokens, n)
        }
        for token in candidates:
            if id(token) in lent or _verbal_noun(token.lower):
                continue
            # a missing hyphen or diaeresis is certain and has one fix
            marked = _vowel_clash(token.text) or _missing_diaeresis(token.text)
            if marked:
                what = "Koppelteken" if "-" in marked else "Trema"
                yield self.finding(
                    article, token.start, token.end, f"{what} ontbreekt: '{marked}'.", [marked]
                )
                continue
            if _misspelled_part(token.text):
                suggestions = speller.check(token.text)[1][:3]
                if _current_word(token.text, suggestions) or not _looks_wrong(
                    token.text, suggestions
                ):
                    continue
                # the letters rightly doubled first: "comissie" is commissie, not omissie
                suggestions = sorted(
                    suggestions, key=lambda s: not _doubling_moved(token.lower, s.lower())
                )
            else:
                suggestions = _typo_of_common_word(token.text) or _doubling_slip(token.text)
                if not suggestions:
                    continue
            yield self.finding(
                article, token.start, token.end, f"Onbekend woord: '{token.text}'.", suggestions
            )


def _verbal_noun(word: str) -> bool:
    """A noun in -ing of a verb the dictionary knows, which the dictionary
    itself may lack: "omboekingen" from omboeken."""
    stem = re.sub(r"ing(?:en)?$", "", word)
    return stem != word and len(stem) >= 4 and default_speller().correct(stem + "en")


def _capitalised_typos(article: Article) -> Iterator[Token]:
    """Capitalised words, which _candidates leaves alone as names. A name's
    genitive is no typo: "Van Leeuwens finish" where "Van Leeuwen" is in the text."""
    names = {t.text for t in article.tokens if t.text[:1].isupper()}
    recurring = _recurring_names(article)
    for sentence in article.sentences:
        tokens = sentence.tokens
        for n, token in enumerate(tokens):
            word = token.text
            genitive = word.endswith("s") and word[:-1] in names
            shaped = word[:1].isupper() and word.isalpha() and not word.isupper()
            # a name among names: "de als eerste geplaatste Aryna Sabalenka", "Ait Lahcen"
            neighbours = tokens[max(0, n - 1) : n] + tokens[n + 1 : n + 2]
            surname = token.is_entity and any(t.text[:1].isupper() for t in neighbours)
            recurs = word in recurring
            if shaped and len(word) >= 5 and not genitive and not surname and not recurs:
                yield token


def _recurring_names(article: Article) -> set[str]:
    """Capitalised words the text repeats, at least once inside a sentence, and
    never writes in lower case: a name the writer spells the same each time
    ("het videoplatform Loopr … Loopr zei"); a slip is seldom made twice alike."""
    counts: dict[str, int] = {}
    inside: set[str] = set()
    lower = {t.lower for t in article.tokens if t.text.islower()}
    for sentence in article.sentences:
        for n, token in enumerate(sentence.tokens):
            if token.text[:1].isupper() and token.text.isalpha():
                counts[token.text] = counts.get(token.text, 0) + 1
                if n > 0:
                    inside.add(token.text)
    return {w for w, c in counts.items() if c >= 2 and w in inside and w.lower() not in lower}


_VERY_COMMON_ZIPF = 4.0  # Griekse 4.6
_TRANSLITERATED = re.compile(r"zj|sj|tsj|dzj|kh", re.IGNORECASE)


def _typo_of_capitalised(word: str) -> str | None:
    """ "het Grieske ministerie": a capitalised word that no text uses, in no
    language, one slip from a very common one. A name is in wordfreq, or not
    that close to a common word; Dutch spellings of Slavic names (Zjoek) are
    left alone."""
    from wordfreq import zipf_frequency

    if word.startswith("Ij") and default_speller().correct("IJ" + word[2:]):
        return "IJ" + word[2:]  # one letter, both capitals; wordfreq lowercases it away
    if zipf_frequency(word, "nl") > 0 or zipf_frequency(word, "en") > 0:
        return None
    if _TRANSLITERATED.search(word) or default_speller().correct(word):
        return None
    suggestions = default_speller().check(word)[1][:5]
    return next(
        (s for s in suggestions if spelling_variant(word, s)),
        next(
            (
                s
                for s in suggestions
                if one_slip(word, s) and zipf_frequency(s, "nl") >= _VERY_COMMON_ZIPF
            ),
            None,
        ),
    )


def _plain(word: str) -> str:
    return unicodedata.normalize("NFD", word).encode("ascii", "ignore").decode()


def spelling_variant(word: str, right: str) -> bool:
    """The English habit of a Dutch word: diaeresis or accent left off
    (coordinator), or the Latin ae kept (archaeoloog)."""
    if len(word) < 6 or word == right:
        return False
    return (word == _plain(right) and right != _plain(right)) or (
        "ae" in word.lower() and word.replace("ae", "e") == right
    )


_DIAERESIS = {"a": "ä", "e": "ë", "i": "ï", "o": "ö", "u": "ü"}


def _missing_diaeresis(word: str) -> str | None:
    """ "naief", "ideeen", "geinteresseerd": an unknown word that hunspell
    knows with a diaeresis on a vowel after a vowel, the one mark English
    spelling drops; only when exactly one such place gives a word."""
    speller = default_speller()
    if len(word) < 4 or not word.isalpha() or speller.correct(word):
        return None
    found = {
        word[:k] + _DIAERESIS[ch] + word[k + 1 :]
        for k, ch in enumerate(word)
        if k > 0 and ch in _DIAERESIS and word[k - 1].lower() in "aeiou"
    }
    known = [w for w in found if speller.correct(w)]
    return known[0] if len(known) == 1 else None


# Two vowels that would read as one sound where the parts meet need a hyphen
# (auto-ongeluk, zee-egel); hunspell knows the rule, the compound splitter not.
_CLASH = re.compile(r"(?=([aeiouy])([aeiouy]))", re.IGNORECASE)


def _vowel_clash(word: str) -> str | None:
    speller = default_speller()
    if "-" in word or len(word) < 6:
        return None
    for m in _CLASH.finditer(word):
        head, tail = word[: m.start() + 1], word[m.start() + 1 :]
        if len(head) < 2 or len(tail) < 3 or speller.correct(word):
            continue
        hyphenated = f"{head}-{tail}"
        if speller.correct(head) and speller.correct(tail) and speller.correct(hyphenated):
            return hyphenated
    return None


_COMMON_ZIPF = 3.0  # a word every reader knows (wetenschappers: 4.4)


def _typo_of_common_word(word: str) -> list[str]:
    """A word accepted only as a compound of odd parts ("wetenschapers" as weten
    + schapers) that is one slip away from a common word: that word."""
    from wordfreq import zipf_frequency

    if not word.islower() or len(word) < 6 or default_speller().correct(word):
        return []
    # A word Dutch text uses is no typo unless the word it misses is far more
    # common: "apartementen" (1.5) for "appartementen" (3.9).
    own = zipf_frequency(word, "nl")
    least = max(_COMMON_ZIPF, own + _SLIP_MARGIN) if own else _COMMON_ZIPF
    return [
        s
        for s in default_speller().check(word)[1][:5]
        if " " not in s
        and zipf_frequency(s, "nl") >= least
        and one_slip(word, s)
        and word != s + "n"
    ][:1]  # "uitgenodigden" is neither "uit genodigden" nor a slip of "uitgenodigde"


# A doubling slip is the commonest typo, and the slip itself is in no text, so
# a less common word will do: verraderlijk 2.6 (for "veraderlijk").
_DOUBLING_ZIPF = 2.3


def _doubling_slip(word: str) -> list[str]:
    """A consonant or vowel written once where Dutch doubles it, or twice where
    it does not ("diefstalen" for diefstallen). Hunspell accepts the slip as a
    compound (dief + stalen), but no Dutch text uses it, and the word with the
    letter doubled or undoubled is common."""
    from wordfreq import zipf_frequency

    if not word.isalpha() or not word.islower() or len(word) < 6:
        return []
    if zipf_frequency(word, "nl") > 0 or _weak_past(word):
        return []
    return [v for v in _doubling_variants(word) if zipf_frequency(v, "nl") >= _DOUBLING_ZIPF][:1]


_WEAK_PAST = ("ten", "den", "te", "de")


def _weak_past(word: str) -> bool:
    """A past tense of a weak verb the dictionary knows ("kortten" from korten,
    "praatten" from praten): rare in text, and one d or t from its infinitive,
    but no slip."""
    speller = default_speller()
    for ending in _WEAK_PAST:
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < 3 or stem[-1] in "aeiou":
            continue
        if any(speller.correct(w) for w in _e_forms(stem, "en")):
            return True
    return False


def _single_letters(word: str) -> str:
    return re.sub(r"(.)\1", r"\1", word)


def _doubling_moved(word: str, right: str) -> bool:
    """ "abbonees" for abonnees, "comissie" for commissie: the same letters once
    every doubled letter is written once; a letter doubled in the wrong place
    is two slips, but one mistake."""
    return word != right and len(word) >= 6 and _single_letters(word) == _single_letters(right)


def _doubling_variants(word: str) -> Iterator[str]:
    for i in range(1, len(word) - 1):
        c, after = word[i], word[i + 1]
        if c in "bdfgklmnprstz" and after == c:
            yield word[:i] + word[i + 1 :]
        elif c in "bdfgklmnprstz" and word[i - 1] != c:
            yield word[:i] + c + word[i:]
        elif c in "aeou" and after == c:
            yield word[:i] + word[i + 1 :]


_CURRENT_ZIPF = 1.0  # written often enough to be a word of its own (infectioloog: 1.2)
_SLIP_MARGIN = 1.2  # a typo is much rarer than the word it misses (minster 2.6, minister 5.2;
# onmiddelijk 3.2, onmiddellijk 4.6; peleton 2.6, peloton 3.9)


def _current_word(word: str, suggestions: list[str]) -> bool:
    """A word hunspell lacks but Dutch text uses (infectioloog, gridstraf), and
    that is no common slip of a more frequent word (minster for minister)."""
    from wordfreq import zipf_frequency

    own = zipf_frequency(word, "nl")
    if own < _CURRENT_ZIPF or zipf_frequency(word, "en") >= own + 1.0:
        return False  # rare, or an English word left in the Dutch (bipartisan)
    return not any(
        one_slip(word.lower(), s.lower()) and zipf_frequency(s, "nl") >= own + _SLIP_MARGIN
        for s in suggestions
    )


_ENGLISH_ZIPF = 2.2  # bycatch 2.2, touts 2.7; twitcher 1.4 and leva 2.1 are Dutch news words
_ENGLISH_GAP = 0.5


def _looks_wrong(word: str, suggestions: list[str]) -> bool:
    """An unknown word is an error when it is English (a common English word,
    more common there than in Dutch) or close to a word hunspell offers: one
    slip, the English spelling of it, or a stray syllable ("onomgedraaid").
    A word with neither is a new coinage, a term of a trade or a foreign
    currency (ingeprijsd, twitcher, leva) and is left to the editor. Short
    words have too many neighbours to tell a slip: "pmd" is no "pad"."""
    from wordfreq import zipf_frequency

    lower = word.lower()
    english, dutch = zipf_frequency(lower, "en"), zipf_frequency(lower, "nl")
    if english >= _ENGLISH_ZIPF and english >= dutch + _ENGLISH_GAP:
        return True
    if len(word) <= 4:
        return False
    return any(
        spelling_variant(word, s)
        or (_near(lower, s.lower()) and zipf_frequency(s.lower(), "nl") > dutch)
        or (
            _doubling_moved(lower, s.lower())
            and zipf_frequency(s.lower(), "nl") >= max(_COMMON_ZIPF, dutch + _SLIP_MARGIN)
        )
        for s in suggestions
    )


def _near(word: str, right: str) -> bool:
    extra = len(word) - len(right)
    return one_slip(word, right) or (
        0 < extra <= 2 and (word.endswith(right) or word.startswith(right))
    )


def one_slip(a: str, b: str) -> bool:
    """One letter left out, added, changed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        swapped = a[i + 1 : i + 2] + a[i : i + 1] + a[i + 2 :] == b[i:]
        return swapped or a[i + 1 :] == b[i + 1 :]
    return a[i + 1 :] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1 :]


def _linking_head(word: str) -> bool:
    """A compound's first part with its linking s: not a word alone, a word without the s."""
    speller = default_speller()
    return (
        word.islower()
        and len(word) > 4
        and word.endswith("s")
        and not speller.correct(word)
        and speller.correct(word[:-1])
    )


# Words that never end a compound noun: "talks tussen" is not "talkstussen".
_NOT_A_HEAD = frozenset(grammar_words()["not_a_head"])


def _can_head(token: Token) -> bool:
    """The second word can end a compound: a noun (with Frog), no function word."""
    if token.pos:
        return token.tag == "N"
    return token.lower not in _NOT_A_HEAD


@register
class SplitCompound(Check):
    code = "SP502"
    name = "split-compound"
    category = "fluency/spelling"
    doc = """A compound written as two words ("leeftijds controles").

English writes compound nouns apart; Dutch writes them as one word. When
the first part is a word with a linking s that cannot stand alone
("leeftijds", "overheids") and the two joined are a Dutch word, the space
is wrong. Joining them is offered. (A first part whose s-form is also a word,
"handels", "dorps", is SP503's.)"""
    bad = (
        Example(
            "Er komen strengere [[leeftijds controles]] op sociale media.", "leeftijdscontroles"
        ),
        Example("De [[overheids instanties]] zwegen.", "overheidsinstanties"),
    )
    good = (
        "Er komen strengere controles op leeftijd.",
        "Hij kocht een groot huis.",
        "De gesprekken, de talks tussen de landen, gaan door.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        speller = default_speller()
        for sentence in article.sentences:
            tokens = sentence.tokens
            for _, a, b in _spaced_pairs(article, tokens):
                if not (_WORD.match(a.text) and _WORD.match(b.text)) or not a.text.islower():
                    continue
                if len(b.text) < 4 or not b.text.islower() or not _linking_head(a.text):
                    continue
                if not _can_head(b):
                    continue
                joined = a.text + b.text
                if speller.correct(joined) or is_compound(joined):
                    yield self.finding(
                        article,
                        a.start,
                        b.end,
                        f"Samenstelling los geschreven: '{joined}'.",
                        [joined],
                    )


# First parts that take a linking s in a compound: overheidsbeleid,
# wetenschapsjournalist, universiteitsbibliotheek, regeringsleider,
# abonnementsprijzen, eigendomsrecht. (-ie heads take none: informatiebalie.)
_S_HEADS = ("heid", "schap", "teit", "ing", "ment", "dom")
_S_GAP = 1.0  # hunspell knows both: the s-form must be the written one (woningmarkt 3.5)
_S_KNOWN_ZIPF = 2.0


def _missing_linking_s(word: str) -> str | None:
    """The word with its missing linking s, when a compound's first part ends in
    a suffix that takes one and only the form with the s is Dutch."""
    from wordfreq import zipf_frequency

    speller = default_speller()
    lower = word.lower()
    if len(lower) < 9 or not lower.isalpha():
        return None
    known = speller.correct(lower)
    plain = zipf_frequency(lower, "nl")
    for i in range(5, len(lower) - 2):
        head, tail = lower[:i], lower[i:]
        if not (speller.correct(head) and speller.correct(tail)) or _english_part(head):
            continue
        fixed = head + "s" + tail
        if not speller.correct(fixed):
            continue
        linked = zipf_frequency(fixed, "nl")
        if linked < plain:
            continue
        if head.endswith(_S_HEADS):
            found = not known or (linked >= plain + _S_GAP and linked >= _S_KNOWN_ZIPF)
        else:  # another head ("arbeidmarkt"): only a rejected word and a common fix
            found = not known and linked >= _S_KNOWN_ZIPF
        if found:
            return word[:i] + "s" + word[i:]
    return None


def _plain_word(token: Token, first: bool) -> bool:
    """A lower-case word, or the capitalised first word of a sentence that is no name."""
    if not token.text.isalpha() or token.is_entity or token.tag == "SPEC":
        return False
    return token.text.islower() or (first and token.text[1:].islower())


def _english_part(word: str) -> bool:
    """An English first part takes no s: rankingtitel, marketingbudget."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") >= zipf_frequency(word, "nl")


@register
class MissingLinkingS(Check):
    code = "SP511"
    name = "linking-s-missing"
    category = "fluency/spelling"
    suppresses = ("SP501",)
    doc = """A compound written together without its linking s: "abonnementprijzen".

A first part ending in -heid, -schap, -teit, -ing, -ment or -dom takes a
linking s before the next part (overheidsbeleid, ondernemingsraad);
translation and typing drop it. Flagged when the word with the s inserted
at such a boundary is one hunspell knows and the word as written is not,
or is one hunspell builds from parts but wordfreq finds far less often than
the form with the s (verzekeringmaatschappij). Other first parts
(arbeidmarkt) only when hunspell rejects the word and the s-form is common. Words
whose first part takes no s are left alone: hunspell knows them and
wordfreq finds them more often than the s-form (woningmarkt, leidingwater,
rekeningnummer, rijbewijzen); -ie heads take none (informatiebalie), nor
English ones (rankingtitel, marketingbudget)."""
    bad = (
        Example("De bond eist betere [[veiligheidmaatregelen]].", "veiligheidsmaatregelen"),
        Example("De krapte op de [[arbeidmarkt]] houdt aan.", "arbeidsmarkt"),
        Example("De [[ondernemingraad]] stemde niet in.", "ondernemingsraad"),
        Example("De [[abonnementkosten]] stijgen met vijf euro.", "abonnementskosten"),
        Example("Hij werkt bij een [[verzekeringmaatschappij]].", "verzekeringsmaatschappij"),
        Example("De [[universiteitbibliotheek]] gaat vaker open.", "universiteitsbibliotheek"),
        Example("[[Regeringleiders]] kwamen bijeen in Brussel.", "Regeringsleiders"),
    )
    good = (
        "De arbeidsmarkt is krap en de woningmarkt overspannen.",
        "Het leidingwater is veilig; het rekeningnummer stond op de factuur.",
        "De rijbewijzen werden ingenomen bij de informatiebalie.",
        "Meer geld gaat naar woningbouw en de productiekosten stijgen.",
        "Het is zijn eerste rankingtitel; het marketingbudget groeit.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            for k, token in enumerate(sentence.tokens):
                if not _plain_word(token, k == 0):
                    continue
                fixed = _missing_linking_s(token.text)
                if fixed:
                    yield self.finding(
                        article,
                        token.start,
                        token.end,
                        f"Tussen-s ontbreekt: '{fixed}'.",
                        [fixed],
                    )


# Words that count a plural noun phrase ("hoeveel leerlingen", "veel boeren").
_QUANTIFIERS = frozenset(grammar_words()["plural_counters"])
# Nouns of measure and quantity that stand before a bare noun in a normal
# phrase ("een kop koffie", "drie jaar cel", "een paar schoenen").
_MEASURE_NOUNS = frozenset(grammar_words()["measure_nouns_sp503"])
# Words of time that stand before a bare noun: "eind jaren dertig", "medio juni".
_TIME_FIRST = {"eind", "begin", "midden", "medio", "half"}
# Prepositions and adverbs that start compounds ("buitenbanen", "binnenstad").
_PARTICLES = frozenset(grammar_words()["compound_particles"])
_COMPOUND_ZIPF = 1.0  # the joined word is a known Dutch word (wordfreq has it)
_PARTICLE_ZIPF = 1.5
_PLURAL_HEAD_ZIPF = 2.6


# noun → verb lemmas it makes an expression with ("vlam vatten", "kans maken")
@cache
def _noun_verb_expressions() -> dict[str, frozenset[str]]:
    """Noun → the verbs it makes an expression with ("vlam vatten")."""
    pairs = [e.split() for e in grammar_words()["noun_verb_expressions"]]
    return {n: frozenset(v for m, v in pairs if m == n) for n, _ in pairs}


def _noun_verb_expression(tokens: list[Token], j: int) -> bool:
    """ "waarin een accu vlam vatte", "of de club kans zou maken": the noun at j
    and a verb of the cluster right after it make an expression, so the noun
    before j is the subject, not a first part."""
    verbs = _noun_verb_expressions().get(tokens[j].lower)
    if not verbs:
        return False
    k = j + 1
    while k < len(tokens) and tokens[k].tag == "WW":
        if (tokens[k].lemma or tokens[k].lower) in verbs:
            return True
        k += 1
    return False


# A plural in -'s after a vowel: kassa's, auto's.
_APOSTROPHE_PLURAL = re.compile(r"(?<=[aeiouy])['’]s$")


@register
class SplitNounCompound(Check):
    code = "SP503"
    name = "split-noun-compound"
    category = "fluency/spelling"
    needs_frog = True
    doc = """A compound noun written apart without a linking s: "de vak bond", "de buiten banen".

English writes noun + noun apart ("transfer window"); Dutch writes one word.
Flagged when two lower-case nouns stand side by side and the joined word is
a common Dutch word (hunspell knows it and wordfreq puts it at 2 or more on
the Zipf scale), or when an article is followed by a preposition-like part
and a noun that together form a known word ("de buiten banen"). Nouns of
measure ("een kop koffie", "drie jaar cel") are left alone; two nouns whose
joined form is rare are an ordinary phrase ("het woord democratie").
Two signs make the joined word enough, however rare: "de" before a
het-word and a de-word ("de losgeld eis"); or a count
stands before a singular and a plural noun ("40 hulp vrachtwagens"). After
an article, a word Frog calls an inflected adjective that has no -e and no
inflected form ("het trein verkeer") is taken as a noun.

Machine translation splits rare, productive compounds too ("auto veerboot",
"diepvries friet") that no word list has, so where the sentence itself makes
the two nouns one phrase, hunspell or a split into known words is enough:
- the article fits only the second noun, with adjectives between ("het
  Nederlandse defensie ministerie");
- the two follow an article in the phrase before a main clause's finite verb
  ("De enige auto veerboot van het eiland lag stil"): Dutch puts one phrase
  there, so the second cannot be an object. In a subordinate clause only a
  passive or a verb with "zijn" rules the object out ("nadat de enige auto
  veerboot uit de vaart moest worden genomen"); "dat de minister kritiek
  kreeg" is left alone;
- two bare singular nouns before a name ("zei defensie minister Jansen",
  "Budget luchtvaartmaatschappij SkyLark schrapte …"), but not an office and
  its field ("wethouder onderwijs Jansen");
- a bare pair after a noun of measure ("partijen diepvries spinazie") or
  after a preposition, ending the phrase ("tot diepvries friet voor de
  export"). Set phrases with a bare noun ("na afloop", "in ruil") and a pair
  followed by "van" or "aan" ("kreeg in ruil geld van de bank") are objects.
Right after a singular finite verb, "de ploeg steun" is subject and object;
the joined word must then be a common one. A title and the Latin adjective
after it ("rector magnificus", "paus emeritus") are written apart.
A day and a part of it are one word wherever they stand: "maandag
middag", "gisteren avond" are maandagmiddag, gisteravond.

Some first words mark a compound by themselves, whatever Frog makes of the
second word: a first part with a linking s that is also a word, which Frog
reads as a cut-off word or an uninflected adjective after a definite
article ("een handels oorlog", "de dorps bewoners"); a hyphenated
word the dictionary knows before a noun ("de
e-bike fabrikant", "de check-in balie"; not a hyphenated adjective); an
English noun Dutch uses as a first part, when the compound is a known,
used word ("de data lekken", "meer cyber aanvallen"); a unit after a
definite article when the two form a common word ("de euro zone", "het
jaar verslag", but "het glas water"); a preposition after an article,
determiner or adjective, or after "en" that joins it to a bare noun ("de
tegen aanval", "spoor en boven leiding"), but not before a participle ("de
onder water gelopen kelders"). Not where the second word is the clause's
verb ("omdat de data lekken") or may be a second object ("gaf de start-up
geld")."""
    bad = (
        Example("De [[vak bond]] wil meer loon.", "vakbond"),
        Example("Ze is voorzitter van de [[huurders vereniging]], zei ze.", "huurdersvereniging"),
        Example("Het werd een bijzonder mooi [[bloemen tapijt]].", "bloementapijt"),
        Example("Het kabinet wil de [[huur prijzen]] bevriezen.", "huurprijzen"),
        Example("De wedstrijden op de [[buiten banen]] zijn stilgelegd.", "buitenbanen"),
        Example(
            "Een konvooi van 40 [[hulp vrachtwagens]] reed de stad binnen.", "hulpvrachtwagens"
        ),
        Example("Het bedrijf gaat niet in op de [[losgeld eis]].", "losgeldeis"),
        Example("Het [[trein verkeer]] lag urenlang stil.", "treinverkeer"),
        Example("De gemeente verhoogt haar [[toeristen belasting]].", "toeristenbelasting"),
        Example("De meeste [[glas tuinbouwbedrijven]] zijn verzekerd.", "glastuinbouwbedrijven"),
        Example("Twee [[ambulance posten]] gingen dicht.", "ambulanceposten"),
        Example("Banken moeten voorzichtig zijn met [[hypotheek verstrekking]].", None),
        Example("Het gaat om een deel van de [[beroerte patiënten]].", None),
        Example("Hij betaalt mee aan hogere [[schrikdraad rasters]].", None),
        Example("Twee Nederlandse [[zuivel coöperaties]] gaan fuseren.", "zuivelcoöperaties"),
        Example("Bezoekers mogen het [[olifanten verblijf]] niet in.", "olifantenverblijf"),
        Example("[[Haven arbeiders]] leggen vrijdag het werk neer.", "Havenarbeiders"),
        Example("Nederlandse [[aardappel telers]] rooiden minder.", "aardappeltelers"),
        Example("Het Nederlandse [[defensie ministerie]] bevestigde het.", "defensieministerie"),
        Example("De enige [[auto veerboot]] van het eiland lag stil.", "autoveerboot"),
        Example("De haven sloot nadat de enige [[olie tanker]] werd vastgehouden.", "olietanker"),
        Example(
            "Het bedrijf verwerkt ze tot [[diepvries friet]] voor de export.", "diepvriesfriet"
        ),
        Example("Ze kochten drie dozen [[diepvries pizza]] voor de kinderen.", "diepvriespizza"),
        Example("Dat bevestigde [[defensie minister]] Jansen op dinsdag.", "defensieminister"),
        Example("[[Budget luchtvaartmaatschappij]] SkyLark schrapte vluchten.", None),
        Example("Alle bezoekers droegen een [[pols bandje]].", "polsbandje"),
        Example("De staking begon [[dinsdag ochtend]] bij de haven.", "dinsdagochtend"),
        Example("[[Zaterdag avond]] werden drie jongeren aangehouden.", "Zaterdagavond"),
        Example("Hij landde [[gisteren avond]] op Schiphol.", "gisteravond"),
        Example("Het gaat om een klein deel van de [[kanker gevallen]].", "kankergevallen"),
        Example("Het dorp zette een grote [[zoek actie]] op touw.", "zoekactie"),
        Example("De gemeente betaalt voor de [[wacht ruimtes]] bij het station.", "wachtruimtes"),
        Example("Er kwam een nieuwe [[software update]] voor de app.", "software-update"),
        Example("De fabrikant brengt een nieuwe [[computer update]] uit.", "computerupdate"),
        Example("Reizigers betalen voortaan met [[bank pasjes]].", "bankpasjes"),
        Example("Het was een van de grootste [[data lekken]] ooit.", "datalekken"),
        Example("Er waren meer [[cyber aanvallen]] op scholen.", "cyberaanvallen"),
        Example("Beide landen willen een [[handels oorlog]] voorkomen.", "handelsoorlog"),
        Example("De [[dorps bewoners]] kwamen in verzet.", "dorpsbewoners"),
        Example("De prijzen in de hele [[euro zone]] stegen.", "eurozone"),
        Example("Het [[jaar verslag]] verscheen dinsdag.", "jaarverslag"),
        Example("De trein reed tegen de [[boven leiding]] aan.", "bovenleiding"),
        Example("Wegen en [[buiten wijken]] liepen onder.", "buitenwijken"),
        Example("De club plande een snelle [[tegen aanval]].", "tegenaanval"),
        Example("De Duitse [[e-bike fabrikant]] groeit.", "e-bikefabrikant"),
        Example("Bij de [[check-in balie]] stond een rij.", "check-inbalie"),
        Example("Er volgde een uitzonderlijk rijk [[bessen seizoen]].", "bessenseizoen"),
        Example("Ze meldde dat de bank de [[spaar tegoeden]] niet goed beheerde.", "spaartegoeden"),
        Example(
            "Zij zeiden dat de fabrikant de [[product prijzen]] te hoog vaststelde.",
            "productprijzen",
        ),
        Example(
            "Ze meldde dat de [[loon verhogingen]] gemiddeld 3 procent zou bedragen.",
            "loonverhogingen",
        ),
    )
    good = (
        "De wethouder heeft met de bewoners overleg gevoerd.",
        "De vakbond wil meer loon.",
        "Op het eiland heeft een paar ooievaars dit voorjaar met succes gebroed.",
        "Het KNMI had voor delen van de provincie code oranje afgegeven.",
        "Niemand raakte gewond en de boot vaart morgen door naar Harlingen.",
        "De minister ontmoette oppositieleider generaal Haftar in Benghazi.",
        "Hij dronk een kop koffie en een glas water.",
        "Hij kreeg drie jaar cel en een boete.",
        "Ze noemde het plan onzin.",
        "Het woord democratie valt vaak.",
        "Dat is voor al die mensen belangrijk.",
        "Het wit brood is op.",
        "Hij gaf de kinderen cadeaus.",
        "Na de ontmoeting namen de leiders plaats op het podium.",
        "Het platform heeft 400 miljoen gebruikers en drie jaar verlies.",
        "Het treinverkeer lag urenlang stil.",
        "Ze gaf het kind boeken.",
        "Hij noemde de man gek.",
        "De centrale moet eind jaren dertig klaar zijn.",
        "Hij heeft nog dertig hectare aardappelen staan.",
        "Ze gaf haar kinderen geld voor de bus.",
        "Hij dronk alle glazen leeg en twee glas water.",
        "Het net viel uit, waarna de politie mensen opriep thuis te blijven.",
        "Havenarbeiders leggen vrijdag het werk neer.",
        "Maandag demonstranten zijn er niet.",
        "Gisteren kreeg de ploeg steun van de supporters.",
        "Zaterdag maakt de club kans op de titel.",
        "Ook dit jaar kreeg de school bezoek van de burgemeester.",
        "Hij stapte op nadat de minister kritiek had gekregen van de Kamer.",
        "Hij kreeg na afloop kritiek van de fans.",
        "Hij kreeg in ruil geld van de bank.",
        "Volgens wethouder onderwijs Petra de Boer is de school te klein.",
        "Het type auto maakt niet uit voor de verzekering.",
        "Gisteren ontsloeg de club trainer Jansen.",
        "De storm trekt naar verwachting richting Denemarken.",
        "Ze zeiden dat de activiteit donderdagochtend al was afgenomen.",
        "Een ondeugdelijke partij beton was geleverd.",
        "Rector magnificus Anke de Bruin van de TU Delft maakt zich zorgen.",
        "Volgens rector magnificus Carel Stolker is de universiteit te vol.",
        "De school weet nog niet hoeveel leerlingen vervoer nodig hebben.",
        "Zaterdag werden 's avonds drie jongeren aangehouden.",
        "Maandag, in de middag, volgt het besluit.",
        "Hij is van de trap gevallen.",
        "De verbouwing liep een halfjaar vertraging op.",
        "Ze moeten hun examen economie opnieuw maken.",
        "Reizigers moeten voor vertrek de planner raadplegen.",
        "Ze zei dat de bank klanten extra rente gaf.",
        "Ze zeiden dat de club spelers elk jaar verkoopt.",
        "Hij had een vast contract en speelt in de tuin voetbal met de buren.",
        "Ze kocht in ruil boeken voor de school.",
        "Hij vreest dat de winkels in de stad klanten verliezen.",
        "In het huis werden een man en een kind dood aangetroffen.",
        "Omdat de data lekken, is het systeem onveilig.",
        "De sociaal-democratische partij toonde negentiende-eeuwse prenten.",
        "Het museum gaf een zeventiende-eeuws schilderij terug.",
        "Ze gaf de start-up geld om te groeien.",
        "De onder water gelopen kelders worden leeggepompt.",
        "Ze vroegen om geld en voor zorg in de wijk.",
        "Hij kocht het glas water voor zijn vader.",
        "Plastic verpakkingen en duizenden vierkante meters glas.",
        "Het dorp is dorps gebleven en de handel bloeit.",
        "De commissie sprak over het binnenlands bestuur en het buitenlands nieuws.",
        "Er waren twee meldingen waarin een telefoon vlam vatte.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        from wordfreq import zipf_frequency

        speller = default_speller()
        for sentence in article.sentences:
            tokens = sentence.tokens
            for i, a, b in _spaced_pairs(article, tokens):
                if _noun_verb_expression(tokens, i + 1):
                    continue  # "waarin een accu vlam vatte": subject and expression
                if _marked_first_part(tokens, i):
                    yield self._joined(article, a, b)  # "de e-bike fabrikant", "de euro zone"
                    continue
                if not (a.text.isalpha() and _APOSTROPHE_PLURAL.sub("", b.text).isalpha()):
                    continue  # "zelfscan kassa's" is a pair too
                if _postposed_latin(a, b):
                    continue  # "rector magnificus Anke de Bruin"
                day_part = _day_part_compound(a, b)
                if day_part:
                    yield self.finding(
                        article,
                        a.start,
                        b.end,
                        f"Samenstelling los geschreven: '{day_part}'.",
                        [day_part],
                    )
                    continue
                if _opening_compound(tokens, i) or _title_before_name(tokens, i):
                    if speller.correct(a.text + b.lower) or is_compound(a.lower + b.lower):
                        yield self._joined(article, a, b)
                    continue
                if not (a.text.islower() and b.text.islower()) or len(b.text) < 3:
                    continue
                if _participle_read_as_noun(tokens, i + 1):
                    continue  # "heeft … met succes gebroed": the participle, not a noun
                if (
                    _noun_read_as_participle(tokens, i + 1) or _verb_stem_first(tokens, i)
                ) and _known_compound(a.text, b.text):
                    yield self._joined(article, a, b)  # "in het aanmeld centrum"
                    continue
                if _labelled(tokens, i + 1):
                    continue  # "gaf voor de regio code rood af": a label and its value
                if _verb_read_as_noun(tokens, i + 1):
                    continue  # "en het schip vaart door": the clause's only verb
                if _object_before_name(tokens, i):
                    continue  # "ontsloeg de club trainer Jansen"
                counted = _counted_modifier(tokens, i)
                if (_no_room_for_two(tokens, i) or _bare_count_head(tokens, i)) and _known_compound(
                    a.text, b.text
                ):
                    yield self._joined(article, a, b)  # "dat het platform de klant tegoeden"
                    continue
                if not counted and _subject_and_object(tokens, i):
                    continue  # "waarna de politie mensen opriep"
                if not (_common_noun(b) or counted) or a.lower in _TIME_FIRST:
                    continue  # "eind jaren dertig", "begin mei"
                if counted or _article_fits_second(tokens, i) or _after_measure(tokens, i):
                    threshold = 0.0  # "40 hulp vrachtwagens", "de losgeld eis"
                elif _first_constituent(tokens, i) or _bare_pair_object(tokens, i):
                    threshold = 0.0  # "De enige auto veerboot lag stil"
                elif _uninflectable_adjective(tokens, i):
                    threshold = _COMPOUND_ZIPF  # "het trein verkeer": Frog's ADJ is a noun
                elif _common_noun(a):
                    measure = (a.lemma or a.lower) in _MEASURE_NOUNS
                    if (measure and not _plural_determiner(tokens, i)) or _linking_head(a.text):
                        continue
                    # "namen de leiders plaats": a plural subject before its object;
                    # but "haar toeristen belasting": one determiner for both
                    plural = "mv" in (a.pos or "")
                    counted_plural = i > 0 and (
                        tokens[i - 1].tag == "TW" or tokens[i - 1].lower in _QUANTIFIERS
                    )
                    if plural and counted_plural and "ev" in (b.pos or ""):
                        continue  # "hoeveel leerlingen vervoer nodig hebben": subject, object
                    if _one_phrase(tokens, i):
                        threshold = 0.0
                    elif plural and _plural_first_ends_phrase(tokens, i):
                        threshold = _COMPOUND_ZIPF  # "van de huurders vereniging,"
                    elif plural and not (
                        _possessive_before(tokens, i) or tokens[i - 1].tag == "ADJ"
                    ):
                        threshold = _PLURAL_HEAD_ZIPF
                    elif _inverted_subject(tokens, i):
                        threshold = _PLURAL_HEAD_ZIPF  # "kreeg de school bezoek van"
                    else:
                        threshold = _COMPOUND_ZIPF
                else:
                    continue
                joined = a.text + b.text
                if threshold == 0.0:
                    if not (speller.correct(joined) or is_compound(joined)):
                        continue
                elif zipf_frequency(joined, "nl") < threshold or not (
                    speller.correct(joined) or _vowel_clash(joined.lower())
                ):
                    continue  # "de software update": software-update
                yield self._joined(article, a, b)

    def _joined(self, article: Article, a: Token, b: Token) -> Finding:
        joined = a.text + b.lower
        hyphened = f"{a.text}-{b.lower}"  # "minister-president"
        if default_speller().correct(hyphened.lower()) and not default_speller().correct(joined):
            joined = hyphened
        return self.finding(
            article, a.start, b.end, f"Samenstelling los geschreven: '{joined}'.", [joined]
        )


# A day and a part of it are one word: maandagmiddag, zondagavond, gisteravond.
_DAY_HEADS = frozenset([*DAYS_NL, "gisteren", "gister", "eergisteren", "morgen", "overmorgen"])
_DAY_PARTS = frozenset(grammar_words()["day_parts"])


def _day_part_compound(a: Token, b: Token) -> str | None:
    """ "maandag middag", "gisteren avond": English "Monday afternoon" split;
    Dutch writes a day and its part as one word in every position, so the
    joined form the dictionary knows is the fix."""
    if a.lower not in _DAY_HEADS or b.lower not in _DAY_PARTS or not b.text.islower():
        return None
    if a.lower == b.lower or (a.lower.endswith("morgen") and b.lower.startswith("morgen")):
        return None
    speller = default_speller()
    heads = [a.text[:-2], a.text] if a.lower.endswith("gisteren") else [a.text]
    return next((h + b.lower for h in heads if speller.correct((h + b.lower).lower())), None)


# Nouns that name a word or title after them: "het woord democratie valt vaak".
_NAMING_NOUNS = frozenset(grammar_words()["naming_nouns"])
# Nouns that link a phrase to a name like a preposition: "verkeer richting Utrecht".
_LINKING_NOUNS = frozenset(grammar_words()["linking_nouns"])
# Amounts that take a bare noun besides the measures: "een partij beton".
_QUANTITY_NOUNS = frozenset(grammar_words()["quantity_nouns_sp503"])
# Offices and bodies named with their field after them: "wethouder onderwijs Jansen",
# "hoogleraar economie Smit", "de afdeling communicatie".
_FIELD_TITLES = frozenset(grammar_words()["field_titles"])
# Things of learning named with their subject after them: "het examen economie".
_SUBJECT_NOUNS = frozenset(grammar_words()["subject_nouns"])
# Verbs of saying: the name after them is their subject ("zei RIVM epidemioloog Smits").
_SPEECH_VERBS = frozenset(grammar_words()["speech_verbs"])


def _name_at(tokens: list[Token], k: int) -> bool:
    """A person's or company's name starts at k: a capitalised proper noun."""
    if k >= len(tokens):
        return False
    t = tokens[k]
    if not t.text[:1].isupper() or not t.text.isalpha() or t.text.isupper():
        return False
    return t.tag == "SPEC" or t.is_entity


def _bare_before(tokens: list[Token], i: int) -> bool:
    """No article, determiner, adjective or count before the word at i."""
    if i == 0:
        return True
    before = tokens[i - 1]
    if before.tag in ("LID", "ADJ", "TW", "N") or before.text in ("-", "’s", "'s"):
        return False
    return not (before.tag == "VNW" and "prenom" in _features(before))


def _title_before_name(tokens: list[Token], i: int) -> bool:
    """ "zei defensie minister Jansen", "Budget luchtvaartmaatschappij SkyLark
    schrapte …": two bare singular nouns before a name are one title or
    description of it. Dutch puts no bare noun before another in that spot,
    so the first is a compound's first part."""
    a, b = tokens[i], tokens[i + 1]
    if not (a.text.isalpha() and b.text.isalpha() and b.text.islower() and len(b.text) >= 3):
        return False
    if a.text[:1].isupper() and (i > 0 and tokens[i - 1].text not in ("“", '"', "‘", "(")):
        return False  # only a sentence's first word may be capitalised
    if not a.text[1:].islower() or not _name_at(tokens, i + 2):
        return False
    if not (_singular_noun(a) and _singular_noun(b)):
        return False
    if _plain_time_or_measure(a) or _time_word(b) or b.lower in _VERB_NOUNS | _LINKING_NOUNS:
        return False
    if b.lower in _RANKS and a.lower.endswith(_PERSON_HEADS):
        return False  # "legerleider generaal Al-Burhan": a role, then a rank
    return _bare_before(tokens, i)


# Ranks and forms of address that follow a role before a name.
_RANKS = frozenset(grammar_words()["ranks"])
_PERSON_HEADS = tuple(grammar_words()["person_heads"])


# Latin adjectives that follow a title: "rector magnificus", "paus emeritus".
_LATIN_ENDINGS = ("us", "a")
_LATIN_ZIPF = 3.0  # magnificus 2.6, emeritus 2.9; a head noun: bus 4.9, virus 4.5


def _postposed_latin(a: Token, b: Token) -> bool:
    """A title and the Latin adjective after it ("rector magnificus", "professor
    emerita"): Dutch writes them apart, and the adjective heads no compound, so
    hunspell knows no word of the two."""
    from wordfreq import zipf_frequency

    return (
        b.text.islower()
        and b.lower.endswith(_LATIN_ENDINGS)
        and zipf_frequency(b.lower, "nl") < _LATIN_ZIPF
        and not default_speller().correct(a.lower + b.lower)
    )


def _singular_noun(token: Token) -> bool:
    return (token.pos or "").startswith("N(soort,ev")


def _plain_time_or_measure(token: Token) -> bool:
    """A noun that stands before a bare noun in ordinary Dutch: a time, a
    measure, a name for a word, a kind, or an office with its field."""
    word = token.lemma.lower() if token.lemma else token.lower
    return (
        token.lower in _LINKING_NOUNS
        or token.lower in _FIELD_TITLES
        or word in _QUANTITY_NOUNS
        or token.lower in _TIME_NOUNS
        or word in _TIME_NOUNS
        or token.lower in _TIME_FIRST
        or word in _MEASURE_NOUNS
        or token.lower in _NAMING_NOUNS
    )


def _object_before_name(tokens: list[Token], i: int) -> bool:
    """ "Gisteren ontsloeg de club trainer Jansen": after a finite verb an
    article and a noun may be the subject, and the noun and name after it
    the object."""
    return (
        i > 1
        and tokens[i - 1].tag == "LID"
        and (is_finite(tokens[i - 2]) or _opens_subordinate(tokens[i - 2]))
        and _name_at(tokens, i + 2)
    )


def _inverted_subject(tokens: list[Token], i: int) -> bool:
    """An article and a noun right after the finite verb: the subject, and the
    noun after it often a bare object ("kreeg de school bezoek")."""
    verb = tokens[i - 2] if i > 1 else None
    return (
        verb is not None
        and tokens[i - 1].lower in ("de", "het")
        and is_finite(verb)
        and "mv" not in _features(verb)  # "droegen een pols bandje": the subject came first
    )


def _after_measure(tokens: list[Token], i: int) -> bool:
    """ "partijen diepvries spinazie", "een zak diepvries friet": after a noun of
    measure a bare singular noun is what is measured; a second singular noun
    after it makes the two one word."""
    if i == 0:
        return False
    measure, a, b = tokens[i - 1], tokens[i], tokens[i + 1]
    if not _common_noun(measure) or (measure.lemma or measure.lower) not in _MEASURE_NOUNS | {
        "partij"
    }:
        return False
    if measure.lower in _TIME_NOUNS or (measure.lemma or "") in _TIME_NOUNS:
        return False  # "drie jaar cel"
    if not (_singular_noun(a) and _singular_noun(b)) or _plain_time_or_measure(a):
        return False
    return i + 2 >= len(tokens) or tokens[i + 2].tag in ("VZ", "LET", "VG")


# Nouns that stand bare after a preposition as a set phrase, so that the
# noun after them is the clause's object ("kreeg in ruil geld voor").
_ADVERBIAL_NOUNS = frozenset(grammar_words()["adverbial_nouns"])
# Prepositions of time and role whose bare noun is an adverbial: "na afloop", "als dank".
_ADVERBIAL_PREPOSITIONS = frozenset(grammar_words()["adverbial_prepositions"])
# Prepositions after which the noun is an object's source or goal: "kreeg … geld van de bank".
_OBJECT_PREPOSITIONS = frozenset(["van", "aan"])


def _time_word(token: Token) -> bool:
    """A time noun or a compound ending in one: "donderdagochtend", "boekjaar"."""
    return token.lower.endswith(tuple(_TIME_NOUNS))


_LABEL_NOUNS = frozenset(grammar_words()["label_nouns"])
_LABEL_VALUES = frozenset(grammar_words()["label_values"])


def _labelled(tokens: list[Token], k: int) -> bool:
    """A label noun followed by its value: "code rood", "fase 2"."""
    if tokens[k].lower not in _LABEL_NOUNS or k + 1 >= len(tokens):
        return False
    value = tokens[k + 1]
    return value.lower in _LABEL_VALUES or value.tag == "TW" or value.text.isdigit()


def _verb_read_as_noun(tokens: list[Token], k: int) -> bool:
    """A noun after a determiner and a noun, in a clause with no finite verb:
    it is the verb Frog missed ("en het schip vaart door naar …")."""
    if k < 2 or tokens[k - 2].tag != "LID" or not tokens[k].lower.endswith("t"):
        return False
    start = k - 2
    while start > 0 and tokens[start - 1].text not in _PHRASE_END and tokens[start - 1].tag != "VG":
        start -= 1
    end = k + 1
    while end < len(tokens) and tokens[end].text not in _PHRASE_END and tokens[end].tag != "VG":
        end += 1
    return not any(t.tag == "WW" and is_finite(t) for t in tokens[start:end])


def _known_compound(first: str, second: str) -> bool:
    """Hunspell knows the two joined (with a hyphen where vowels clash)."""
    joined = (first + second).lower()
    return default_speller().correct(joined) or _vowel_clash(joined) is not None


def _noun_read_as_participle(tokens: list[Token], k: int) -> bool:
    """ "van de beroerte gevallen.": Frog reads a plural noun in -en after an
    article and a noun as a participle, but the clause has no hebben, zijn or
    worden for it ("is van de trap gevallen") and it ends the phrase."""
    word = tokens[k]
    if word.tag != "WW" or "vd" not in _features(word) or not word.lower.endswith("en"):
        return False
    if k < 2 or tokens[k - 2].tag != "LID" or not _common_noun(tokens[k - 1]):
        return False
    if k + 1 < len(tokens) and tokens[k + 1].text not in _PHRASE_END:
        return False
    singular = word.lower[:-2]
    if singular[-1] == singular[-2]:
        singular = singular[:-1]  # gevallen: geval
    if not default_speller().correct(singular):
        return False
    start = _clause_start(tokens, k)
    return not any(
        t.tag == "WW" and t.lemma in _PERFECT_AUXILIARIES | {"raken", "blijven"}
        for t in tokens[start:k]
    )


_VERB_STEM_ZIPF = 2.5  # the infinitive is a common verb: aanmelden 4.3, scannen 3.2


def _verb_stem_first(tokens: list[Token], i: int) -> bool:
    """ "in het aanmeld centrum", "een grote zoek actie": a verb's stem as the
    first part of a compound. Frog calls it an adjective or a verb; after an
    article, determiner, adjective or preposition and before a noun it can
    only be a first part when it is no adjective (no form in -e: "een vast
    contract" has "vaste") and its infinitive is a common verb."""
    from wordfreq import zipf_frequency

    a, b = tokens[i], tokens[i + 1]
    if i == 0 or a.tag not in ("ADJ", "WW") or not _common_noun(b) or len(a.text) < 3:
        return False
    before = tokens[i - 1]
    opens = before.tag in ("LID", "VZ") or (
        before.tag in ("ADJ", "VNW") and "prenom" in _features(before)
    )
    if not opens or (before.tag == "VZ" and "init" not in _features(before)):
        return False
    word = a.lower
    if _adjective_form(word):
        return False
    speller = default_speller()
    infinitives = _e_forms(word, "en")
    return any(
        speller.correct(w) and zipf_frequency(w, "nl") >= _VERB_STEM_ZIPF for w in infinitives
    )


def _bare_count_first(tokens: list[Token], i: int) -> bool:
    """A bare singular count noun after a preposition, with no article of its
    own: it cannot be a phrase alone ("door zelfscan kassa's"). Set phrases
    ("in ruil", "na afloop") and mass nouns ("met geld") can."""
    before, a = tokens[i - 1], tokens[i]
    if before.lower in _ADVERBIAL_PREPOSITIONS or (a.lemma or a.lower) in _ADVERBIAL_NOUNS:
        return False
    if _plain_time_or_measure(a) or _mass_noun(a):
        return False
    return default_speller().correct(a.lower) or is_compound(a.lower)


# Verbs that take two objects, or an object and a noun as its predicate:
# "gaf de klant boeken", "maakte de club kampioen", "noemde het plan onzin".
_TWO_OBJECT_VERBS = frozenset(grammar_words()["two_object_verbs"])


def _clause_verbs(tokens: list[Token], k: int) -> list[Token]:
    """The verbs of the clause from k on, to its end."""
    verbs = []
    for t in tokens[k:]:
        if t.text in _PHRASE_END or t.tag == "VG" or _opens_subordinate(t):
            break
        if t.tag == "WW":
            verbs.append(t)
    return verbs


def _no_room_for_two(tokens: list[Token], i: int) -> bool:
    """ "dat het platform de klant tegoeden niet teruggaf", "dat de prijs
    verlagingen gemiddeld 8 procent zouden bedragen": in a subordinate clause,
    an article and two nouns cannot be two phrases when that would give the
    clause's verbs more phrases than they take. With a subject before them they
    would be two objects; with another bare phrase between them and the verb
    they would be a subject and two objects. Only verbs with two objects or a
    noun as predicate ("gaf de klant boeken", "maakte de club kampioen") have
    room for that."""
    a, b = tokens[i], tokens[i + 1]
    if not (_common_noun(a) and _common_noun(b)) or "ev" not in _features(a):
        return False
    if i < 2 or tokens[i - 1].tag != "LID" or _plain_time_or_measure(a):
        return False
    if tokens[i - 2].tag == "VZ":
        return False  # "dat de handelaars in de binnenstad klanten verliezen"
    if _time_word(b) or b.lower in _VERB_NOUNS | _LINKING_NOUNS or _adjective_form(b.lower):
        return False
    start = _clause_start(tokens, i)
    if start == 0 or not _opens_subordinate(tokens[start - 1]):
        return False
    verbs = _clause_verbs(tokens, i + 2)
    if not verbs or any((v.lemma or v.lower) in _TWO_OBJECT_VERBS for v in verbs):
        return False
    return _phrase_before(tokens, start, i - 1) or _phrase_after(tokens, i + 2)


def _phrase_before(tokens: list[Token], start: int, end: int) -> bool:
    """A subject between the clause's start and end: a noun phrase no preposition opens."""
    for k in range(start, end):
        t = tokens[k]
        opens = t.chunk == "B-NP" and (k == 0 or tokens[k - 1].tag != "VZ")
        if opens and (t.tag in ("LID", "N", "SPEC") or (t.tag == "VNW" and "pron" in _features(t))):
            return True
    return False


def _phrase_after(tokens: list[Token], k: int) -> bool:
    """A bare noun phrase after k and before the clause's first verb, that is no
    time ("vorige week"), as a third phrase for the verb."""
    for n in range(k, len(tokens)):
        t = tokens[n]
        if t.tag == "WW" or t.text in _PHRASE_END or t.tag == "VG":
            return False
        if t.chunk == "B-NP" and tokens[n - 1].tag != "VZ":
            phrase = [t]
            for u in tokens[n + 1 :]:
                if u.chunk != "I-NP":
                    break
                phrase.append(u)
            if not any(_time_word(u) or u.lower in _TIME_NOUNS for u in phrase):
                return any(u.tag == "N" for u in phrase)
    return False


def _bare_count_head(tokens: list[Token], i: int) -> bool:
    """ "er kwam een nieuwe computer update": a determiner, perhaps adjectives,
    and two singular nouns, the second a count noun. A singular count noun
    cannot be a phrase without an article, so the determiner is the second
    noun's too and the two are one word. Not right after a singular finite
    verb or "dat" ("kreeg de school bezoek", "dat de man les gaf": a subject
    and a bare noun of the verb), nor after a preposition ("speelt in de tuin
    voetbal"); not a person's role ("maakten de club kampioen")."""
    a, b = tokens[i], tokens[i + 1]
    if not (_singular_noun(a) and _singular_noun(b)) or _plain_time_or_measure(a):
        return False
    if _time_word(a) or a.lower in _SUBJECT_NOUNS:
        return False  # "liep een halfjaar vertraging op", "hun examen economie"
    if _time_word(b) or b.lower in _VERB_NOUNS | _LINKING_NOUNS | _RANKS | _LABEL_NOUNS:
        return False
    if _person_noun(b) or _mass_noun(b) or b.lower in ("lid", "kampioen"):
        return False
    if _adjective_form(b.lower):
        return False  # "werden een vrouw en een kind dood aangetroffen": a predicate
    k = i - 1
    while k > 0 and tokens[k].tag == "ADJ" and "prenom" in _features(tokens[k]):
        k -= 1
    opener = tokens[k] if k >= 0 else None
    if opener is None or not (
        opener.tag == "LID" or (opener.tag == "VNW" and "prenom" in _features(opener))
    ):
        return False
    if k > 0 and (
        tokens[k - 1].tag == "VZ"
        or _opens_subordinate(tokens[k - 1])
        or _inverted_subject(tokens, k + 1)
    ):
        return False
    return not _name_at(tokens, i + 2)


def _participle_read_as_noun(tokens: list[Token], k: int) -> bool:
    """A "ge…d/t" word of a verb closing the clause after a finite hebben,
    zijn or worden: Frog may tag the participle as a noun ("gebroed")."""
    word = tokens[k]
    if not (word.lower.startswith("ge") and word.lower.endswith(("d", "t"))):
        return False
    if k + 1 < len(tokens) and tokens[k + 1].text not in _PHRASE_END:
        return False
    from wordfreq import zipf_frequency

    if zipf_frequency(word.lower, "nl") >= 3.5:
        return False  # "in het natuur gebied": a common noun, whatever Frog says
    stems = (word.lower[2:], word.lower[2:-1])  # gebroed ← broeden, gemaakt ← maken
    if not any(default_speller().correct(stem + "en") for stem in stems):
        return False
    return any(
        t.tag == "WW" and is_finite(t) and t.lemma in ("hebben", "zijn", "worden")
        for t in tokens[:k]
    )


def _objectless_clause(tokens: list[Token], start: int) -> bool:
    """The rest of a subordinate clause from start has a passive or a verb with
    "zijn" ("uit de vaart moest worden genomen", "was vertrokken"): no object,
    so a noun before it belongs to the subject."""
    lemmas, participle = set(), False
    for t in tokens[start:]:
        if t.text in _PHRASE_END or (t.tag == "VG") or _opens_subordinate(t):
            break
        if t.tag == "WW":
            lemmas.add(t.lemma)
            participle |= "vd" in _features(t)
    return participle and bool(lemmas & {"worden", "zijn"})


def _bare_pair_object(tokens: list[Token], i: int) -> bool:
    """ "verwerkt tot diepvries friet voor de export": a preposition, two bare
    singular nouns and the end of the phrase. A bare noun is a set phrase
    after some prepositions ("na afloop", "in ruil"); the noun after it is
    then an object, more so when "van" or "aan" follows ("kreeg in ruil geld
    van de bank")."""
    if i == 0:
        return False
    before, a, b = tokens[i - 1], tokens[i], tokens[i + 1]
    if before.tag != "VZ" or "init" not in _features(before):
        return False
    if before.lower in _ADVERBIAL_PREPOSITIONS or (a.lemma or a.lower) in _ADVERBIAL_NOUNS:
        return False
    if not (_singular_noun(a) and _singular_noun(b)) or _plain_time_or_measure(a):
        return False
    if _time_word(b) or b.lower in _VERB_NOUNS | _LINKING_NOUNS:
        return False
    if i + 2 >= len(tokens):
        return True
    after = tokens[i + 2]
    if after.tag == "VZ":
        return "init" in _features(after) and after.lower not in _OBJECT_PREPOSITIONS
    return after.text in (".", ",", ";", ":", "!", "?")


_PHRASE_WORDS = frozenset({"LID", "ADJ", "N", "SPEC", "TW", "VZ"})


def _first_constituent(tokens: list[Token], i: int) -> bool:
    """ "De enige auto veerboot van het eiland lag stil": two singular nouns after
    an article in the first phrase of a main clause, before its finite verb.
    A main clause has one phrase before its verb, so the second noun cannot be
    an object ("kreeg de ploeg steun" has the verb first; "dat de minister
    kritiek kreeg" is a subordinate clause and is left alone)."""
    a, b = tokens[i], tokens[i + 1]
    if not ("ev" in _features(a) and "ev" in _features(b) and _common_noun(b)):
        return False
    if _plain_time_or_measure(a) or _time_word(b) or b.lower in _LINKING_NOUNS:
        return False
    k = i - 1
    while k >= 0 and (
        tokens[k].tag == "ADJ"
        or (tokens[k].tag == "VNW" and "prenom" in _features(tokens[k]))
        or (tokens[k].tag == "TW" and "rang" in _features(tokens[k]))
    ):
        k -= 1
    if k < 0 or tokens[k].tag != "LID":
        return False
    if k > 0 and _opens_subordinate(tokens[k - 1]):
        return _objectless_clause(tokens, i + 2)
    # Only a preposition (or an opening quote) may stand before the article.
    for t in tokens[:k]:
        if not (t.tag == "VZ" and "init" in _features(t)) and t.text not in ("“", '"', "‘"):
            return False
    # After the nouns: a finite verb, perhaps after a prepositional phrase.
    after = tokens[i + 2 : i + 3]
    if not after or not (
        is_finite(after[0]) or (after[0].tag == "VZ" and "init" in _features(after[0]))
    ):
        return False
    for t in tokens[i + 2 :]:
        if is_finite(t):
            return True
        if t.tag not in _PHRASE_WORDS or (t.tag == "VZ" and "init" not in _features(t)):
            return False
    return False


def _opening_compound(tokens: list[Token], i: int) -> bool:
    """ "Eiland ondernemers vrezen …": a sentence that opens with a bare singular
    noun, then a plural noun and a plural verb. Dutch needs an article before
    the singular noun, so the two are one plural subject."""
    if i != 0 or len(tokens) < 3:
        return False
    a, b, verb = tokens[0], tokens[1], tokens[2]
    if not (a.text.isalpha() and a.text[:1].isupper() and a.text[1:].islower()):
        return False
    if not (b.text.isalpha() and b.text.islower() and len(b.text) >= 3):
        return False
    if not (a.pos or "").startswith("N(soort,ev") or "mv" not in _features(b):
        return False
    if a.lower in _TIME_NOUNS or a.lower in _TIME_FIRST or (a.lemma or a.lower) in _MEASURE_NOUNS:
        return False
    return is_finite(verb) and "mv" in _features(verb)


# An abbreviation as the first part of a compound: PFAS, EU, CO2, NAVO.
_ABBREVIATION = re.compile(r"[A-Z][A-Z0-9]{1,5}")
_ROMAN = re.compile(r"[IVXLCDM]+")


def _one_noun_phrase(tokens: list[Token], i: int) -> bool:
    """The abbreviation at i and the noun after it can only be one phrase."""
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if i == 0:
        return after is not None and (is_finite(after) or _name_at(tokens, i + 2))
    before = tokens[i - 1]
    if before.tag == "TW":
        return False  # "300 MB data": a unit
    if before.tag == "VZ" and after is not None and after.tag == "WW" and not is_finite(after):
        return False  # "geld terugvragen bij NS" said as "van NS geld terugvragen": an object
    if before.tag == "VZ" or "prenom" in _features(before):
        return True
    if _name_at(tokens, i + 2) and (
        (is_finite(before) and (before.lemma or "") in _SPEECH_VERBS)
        or _before_first_verb(tokens, i)
    ):
        return True  # "zei RIVM epidemioloog Jeroen Smits", "Ook NAVO chef Rutte was"
    return (
        before.tag == "LID"
        and after is not None
        and is_finite(after)
        and "mv" in _features(tokens[i + 1])
        and "mv" in _features(after)
    )


_SCALE_WORDS = frozenset(grammar_words()["scale_words"])


def _counted_modifier(tokens: list[Token], i: int) -> bool:
    """A count above one, a singular noun, a plural noun: the singular one is the
    first part of a compound ("40 hulp vrachtwagens", "drie tank aanvallen")."""
    a, b = tokens[i], tokens[i + 1]
    # Frog may read the plural as an infinitive: "twee ambulance posten"
    # ("post" is a noun; "4,5 punt hebben" has no noun in "hebb")
    plural = (_common_noun(b) and "mv" in _features(b)) or (
        b.tag == "WW"
        and "inf" in _features(b)
        and b.lemma == b.lower
        and default_speller().correct(b.lower[:-2])
    )
    if i == 0 or not (a.pos or "").startswith("N(soort,ev") or not plural:
        return False
    count = tokens[i - 1]
    if count.tag != "TW" or "hoofd" not in _features(count) or count.lower in ("een", "één", "1"):
        return False
    return (a.lemma or a.lower) not in _MEASURE_NOUNS | _SCALE_WORDS


# Determiners that go with a plural only: "de meeste glas tuinbouwbedrijven"
# cannot mean a glass of them.
_PLURAL_DETERMINERS = frozenset(grammar_words()["plural_only_determiners"])
_POSSESSIVES = frozenset(grammar_words()["possessives"])


def _plural_determiner(tokens: list[Token], i: int) -> bool:
    """A singular measure noun between a plural-only determiner and a plural noun."""
    return (
        i > 0
        and tokens[i - 1].lower in _PLURAL_DETERMINERS
        and "ev" in _features(tokens[i])
        and "mv" in _features(tokens[i + 1])
    )


_PHRASE_END = frozenset({".", ",", ";", ":", "!", "?", ")"})
# Nouns that end a clause as part of its verb: "vond na middernacht plaats".
_VERB_NOUNS = frozenset(grammar_words()["verb_nouns"])


def _plural_first_ends_phrase(tokens: list[Token], i: int) -> bool:
    """ "voorzitter van de huurders vereniging, …": a plural and a noun after a
    preposition and its article, ending the phrase, leave no room for an
    object ("met de bewoners overleg voeren" goes on to its verb)."""
    if i < 2 or tokens[i - 1].lower not in ("de", "het") or tokens[i - 2].tag != "VZ":
        return False
    return i + 2 >= len(tokens) or tokens[i + 2].text in _PHRASE_END


def _one_phrase(tokens: list[Token], i: int) -> bool:
    """Two nouns that the words before them make one noun phrase, so one word:
    a preposition's bare object ("met hypotheek verstrekking", "van de
    beroerte gevallen"), or an inflected adjective that cannot go with the
    het-word after it ("hogere schrikdraad rasters")."""
    a, b = tokens[i], tokens[i + 1]
    if i == 0 or "ev" not in _features(a) or (a.lemma or a.lower) in _MEASURE_NOUNS:
        return False
    before = tokens[i - 1]
    # After a preposition only where the phrase ends with the second noun:
    # "na de storm duizenden schelpen", "vond na middernacht plaats" go on.
    ends = i + 2 >= len(tokens) or tokens[i + 2].text in _PHRASE_END
    after_preposition = before.tag == "VZ" or (
        before.tag == "LID" and i > 1 and tokens[i - 2].tag == "VZ"
    )
    if (
        after_preposition
        and (
            not ends
            or a.lower in _TIME_NOUNS
            or b.lower in _VERB_NOUNS
            or tokens[-1].text not in _PHRASE_END  # a headline drops its articles
            or any(_opens_subordinate(t) for t in tokens[1:i])  # its last word is a verb
        )
    ):
        return False
    if before.tag == "VZ" and "init" in _features(before):
        if "mv" in _features(b):  # "door zelfscan kassa's", not "in ruil boeken"
            return is_noun(b) and _bare_count_first(tokens, i)
        return "ev" in _features(b) and is_noun(b)  # "met hypotheek verstrekking"
    if before.tag == "LID" and i > 1 and tokens[i - 2].tag == "VZ":
        return "mv" in _features(b)  # "van de beroerte gevallen"
    # An inflected adjective and two nouns with no article before them: a
    # het-word cannot take the -e ("hogere schrikdraad rasters"), and after a
    # count the phrase is plural ("twee Nederlandse zuivel coöperaties"). A
    # bare de-word may take it ("Nederlandse kaas"), but then Frog must see
    # the plural noun in the same phrase ("Nederlandse aardappel telers").
    counted = i > 1 and tokens[i - 2].tag == "TW" and tokens[i - 2].lower not in ("een", "één")
    one_chunk = a.chunk == b.chunk == "I-NP"
    return (
        before.tag == "ADJ"
        and "met-e" in _features(before)
        and ("onz" in _features(a) or counted or one_chunk)
        and "mv" in _features(b)
        and (i < 2 or tokens[i - 2].tag not in ("LID", "VNW"))
    )


def _possessive_before(tokens: list[Token], i: int) -> bool:
    """ "haar toeristen belasting": a possessive before a plural noun and a
    singular one is one noun phrase, so the two nouns are one word."""
    return (
        i > 0
        and tokens[i - 1].lower in _POSSESSIVES
        and tokens[i - 1].tag == "VNW"
        and "ev" in _features(tokens[i + 1])
    )


def _subject_and_object(tokens: list[Token], i: int) -> bool:
    """A singular noun, a plural one and then a singular verb: the first is the
    subject and the second its object ("de politie mensen opriep"); the
    compound would be a plural subject."""
    if "ev" not in _features(tokens[i]) or "mv" not in _features(tokens[i + 1]):
        return False
    for token in tokens[i + 2 : i + 10]:
        if _ends_clause(token):
            return False
        if is_finite(token):
            return "ev" in _features(token)
    return False


def _article_fits_second(tokens: list[Token], i: int) -> bool:
    """An article that fits only the second noun, so the two are one word and
    the second is its head: "de losgeld eis" ("de" before a het-word and a
    de-word), "het olifanten verblijf" ("het" before a plural or a de-word and
    a het-word). The het-word must be the one Frog calls so: its het for a
    known noun is reliable, its de for an unknown one a guess ("het junior team")."""
    if i == 0:
        return False
    before, first, second = tokens[i - 1], tokens[i], tokens[i + 1]
    if "mv" in _features(first) and "ev" in _features(second) and _after_een(tokens, i):
        return True  # "een ongewoon rijk paddenstoelen seizoen": "een" fits no plural
    # Adjectives between leave the article's gender to the noun after them:
    # "het Nederlandse defensie ministerie" (a pronoun "het" takes no adjective).
    k = i - 1
    while k > 0 and tokens[k].tag == "ADJ" and "prenom" in _features(tokens[k]):
        k -= 1
    if k < i - 1 and tokens[k].tag == "LID" and "ev" in _features(first):
        before = tokens[k]
    if before.lower == "de" and before.tag == "LID":
        return noun_gender(first) == "onz" and noun_gender(second) == "zijd"
    # Frog may tag this "het" as a pronoun
    first_not_het = "mv" in _features(first) or noun_gender(first) == "zijd"
    return before.lower == "het" and noun_gender(second) == "onz" and first_not_het


def _after_een(tokens: list[Token], i: int) -> bool:
    """The indefinite article before i, with only adjectives and adverbs between."""
    for k in range(i - 1, max(-1, i - 5), -1):
        if tokens[k].lower == "een" and tokens[k].tag == "LID":
            return True
        if tokens[k].tag not in ("ADJ", "BW") and not _adjective_as_noun(tokens, k):
            return False
    return False


def _adjective_as_noun(tokens: list[Token], k: int) -> bool:
    """ "een ongewoon rijk …": an adverb, then a word Frog calls a noun that has
    an inflected adjective form with -e; it is that adjective."""
    word = tokens[k].lower
    if k == 0 or tokens[k - 1].tag not in ("ADJ", "BW") or not word.isalpha():
        return False
    return _adjective_form(word)


def _adjective_form(word: str) -> bool:
    """The word has a common inflected form in -e, so it may be an adjective."""
    from wordfreq import zipf_frequency

    return any(zipf_frequency(w, "nl") >= _ADJECTIVE_E_ZIPF for w in _e_forms(word))


_ADJECTIVE_E_ZIPF = 3.0  # rijke 4.6, vaste 4.5; a noun: werke, lande 1-2


def _e_forms(word: str, ending: str = "e") -> set[str]:
    """The forms with -e an adjective may have (rijk → rijke, dun → dunne,
    groot → grote), or with -en those of a verb's infinitive (zoek → zoeken,
    scan → scannen, spaar → sparen, geef → geven)."""
    forms = {word + ending}
    if len(word) > 2 and word[-2] in "aeiou" and word[-3] not in "aeiou":
        forms.add(word + word[-1] + ending)  # a short vowel doubles the consonant
    stem = word
    if len(word) > 3 and word[-3] == word[-2] and word[-3] in "aeou":
        stem = word[:-2] + word[-1]  # a long vowel is written once
    voiced = {"f": "v", "s": "z"}.get(stem[-1])
    forms.add(stem + ending)
    if voiced and ending == "en":
        forms.add(stem[:-1] + voiced + ending)
    return forms


def _uninflectable_adjective(tokens: list[Token], i: int) -> bool:
    """ "het trein verkeer": after an article Frog calls the first word an
    adjective with -e, but it has none and no form with one, so it is a noun:
    the first part of a compound. (A true uninflected adjective, "het junior
    team", is tagged without -e.)"""
    from wordfreq import zipf_frequency

    a = tokens[i]
    if i == 0 or tokens[i - 1].tag != "LID" or a.tag != "ADJ" or a.lower.endswith("e"):
        return False
    if "met-e" not in _features(a):
        return False
    inflected = (a.lower + "e", a.lower + a.lower[-1] + "e")
    return all(zipf_frequency(w, "nl") < _COMPOUND_ZIPF for w in inflected)


# Signs in the first word itself that it is a compound's first part, wherever
# the pair stands: a hyphenated loan ("e-bike fabrikant"), an English word
# Dutch news uses as a first part ("data lekken"), a unit with a common
# compound ("de euro zone") or a preposition after a determiner or in a list
# of nouns ("spoor en boven leiding").
_LOAN_FIRST_ZIPF = 3.5  # data 4.6, cyber 3.55, tech 4.0
# far more English than Dutch (data +0.7, cyber +0.4); school +0.2, club +0.1
# and bank +0.1 are Dutch words too
_LOAN_GAP = 0.4
_MEASURE_COMPOUND_ZIPF = 2.0  # eurozone 3.3, jaarverslag 3.3, uurloon 2.4; zakgeld 2.9
_MORE_PARTICLES = frozenset(grammar_words()["more_particles"])
_DEFINITE = frozenset({"de", "het", "deze", "dit", "die", "dat"})
_HYPHENATED = re.compile(r"[a-z]+(?:-[a-z]+)+")
_ADJECTIVE_ENDINGS = ("eeuws", "isch", "lijk", "baar", "achtig")


def _marked_first_part(tokens: list[Token], i: int) -> bool:
    a, b = tokens[i], tokens[i + 1]
    if not (b.text.isalpha() and b.text.islower() and len(b.text) >= 3) or _time_word(b):
        return False
    if not a.text.islower() or _verb_after_pair(tokens, i) or _second_object(tokens, i):
        return False
    if _inverted_subject(tokens, i) or _object_before_name(tokens, i):
        return False  # "kreeg de school bezoek", "ontsloeg de club trainer Jansen"
    if _subject_and_object(tokens, i):
        return False  # "dat de bank klanten extra rente gaf"
    if "-" in a.text and a.lower.endswith(_ADJECTIVE_ENDINGS):
        return False  # an uninflected adjective: "een zeventiende-eeuws schilderij"
    return (
        _s_first_part(tokens, i)
        or _hyphenated_loan(tokens, i)
        or _loan_first(tokens, i)
        or _measure_compound(tokens, i)
        or _particle_first(tokens, i)
    )


def _verb_after_pair(tokens: list[Token], i: int) -> bool:
    """The second word is the clause's verb, or a predicate before it: "omdat
    de data lekken", "toen de data lek bleken"."""
    b = tokens[i + 1]
    start = _clause_start(tokens, i)
    if is_finite(b):
        return not any(is_finite(t) for t in tokens[start:i])
    subordinate = start > 0 and _opens_subordinate(tokens[start - 1])
    if (
        subordinate
        and b.lower.endswith(("en", "t"))
        and not any(is_finite(t) for t in tokens[start:i] + _clause_verbs(tokens, i + 2))
    ):
        return True  # Frog read the subordinate clause's verb as a noun
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    return b.tag != "N" and after is not None and after.tag == "WW"


_COPULAS = frozenset({"zijn", "worden", "blijven", "lijken", "heten"})


def _second_object(tokens: list[Token], i: int) -> bool:
    """A singular noun that may be the second object of the verb just before
    the first word's article: "gaf de start-up geld"."""
    if "ev" not in _features(tokens[i + 1]) or i < 2 or tokens[i - 1].tag != "LID":
        return False
    verb = tokens[i - 2]
    lemma = verb.lemma or verb.lower
    return verb.tag == "WW" and lemma in _TWO_OBJECT_VERBS and lemma not in _COPULAS


def _hyphenated_loan(tokens: list[Token], i: int) -> bool:
    """ "de e-bike fabrikant", "het start-up bedrijf": a hyphenated word the
    dictionary knows before a noun. A hyphenated adjective ("sociaal-democratische
    partij", "negentiende-eeuwse prenten") is no first part."""
    a, b = tokens[i], tokens[i + 1]
    if not _HYPHENATED.fullmatch(a.text) or not _common_noun(b):
        return False
    speller = default_speller()
    if not speller.correct(a.text) or not (speller.correct(b.lower) or is_compound(b.lower)):
        return False
    last = a.lower.rsplit("-", 1)[1]
    # a Dutch last part in -e is an inflected adjective ("negentiende-eeuwse")
    return not (last.endswith("e") and not _english_part(last))


def _loan_first(tokens: list[Token], i: int) -> bool:
    """ "de data lekken", "meer cyber aanvallen": an English noun Dutch news
    writes as a first part, and a compound the dictionary knows and Dutch text
    uses. Frog may read the second word as a verb or an adjective."""
    from wordfreq import zipf_frequency

    a, b = tokens[i], tokens[i + 1]
    word = a.lower
    if not word.isalpha() or len(word) < 4 or b.tag not in ("N", "ADJ", "WW"):
        return False
    # an adjective ("plastic verpakkingen") or a unit ("meters glas") is no
    # first part; Frog reads an English noun in -er as a comparative ("cyber")
    if (a.tag == "ADJ" and "comp" not in _features(a)) or (a.lemma or word) in _MEASURE_NOUNS:
        return False
    dutch = zipf_frequency(word, "nl")
    if dutch < _LOAN_FIRST_ZIPF or zipf_frequency(word, "en") < dutch + _LOAN_GAP:
        return False
    return _known_compound(word, b.lower) and zipf_frequency(word + b.lower, "nl") >= _COMPOUND_ZIPF


def _measure_compound(tokens: list[Token], i: int) -> bool:
    """ "de euro zone", "het jaar verslag": a unit after a definite article (and
    adjectives) is no measure of the noun after it ("het glas water" is); a
    common compound of the two is one word."""
    from wordfreq import zipf_frequency

    a, b = tokens[i], tokens[i + 1]
    if (a.lemma or a.lower) not in _MEASURE_NOUNS or "ev" not in _features(a):
        return False
    if not _common_noun(b):
        return False
    k = i - 1
    while k > 0 and tokens[k].tag == "ADJ" and "prenom" in _features(tokens[k]):
        k -= 1
    if k < 0 or tokens[k].lower not in _DEFINITE or tokens[k].tag not in ("LID", "VNW"):
        return False
    joined = a.lower + b.lower
    return (
        default_speller().correct(joined) and zipf_frequency(joined, "nl") >= _MEASURE_COMPOUND_ZIPF
    )


def _particle_first(tokens: list[Token], i: int) -> bool:
    """ "de boven leiding", "wegen en buiten wijken": a preposition cannot open
    a phrase after a determiner or an adjective, nor after "en" that joins it
    to a bare noun; there it is a compound's first part. Not before a
    participle or adjective ("de onder water gelopen kelders")."""
    from wordfreq import zipf_frequency

    a, b = tokens[i], tokens[i + 1]
    if a.lower not in _PARTICLES | _MORE_PARTICLES or not _common_noun(b) or i == 0:
        return False
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if after is not None and (
        (after.tag == "WW" and not is_finite(after))
        or (after.tag == "ADJ" and "prenom" in _features(after))
    ):
        return False
    before = tokens[i - 1]
    opens = before.tag == "LID" or (before.tag in ("VNW", "ADJ") and "prenom" in _features(before))
    if not opens and not (before.lower in ("en", "of") and _bare_noun_conjunct(tokens, i - 2)):
        return False
    joined = a.lower + b.lower
    return default_speller().correct(joined) and zipf_frequency(joined, "nl") >= _PARTICLE_ZIPF


def _bare_noun_conjunct(tokens: list[Token], k: int) -> bool:
    """A noun phrase ending at k that no preposition opens ("spoor en …", not
    "met geld en …")."""
    if k < 0 or tokens[k].tag != "N":
        return False
    while k > 0 and tokens[k - 1].tag in ("N", "ADJ", "TW", "LID") and tokens[k - 1].lower != "en":
        k -= 1
    return k == 0 or tokens[k - 1].tag != "VZ"


def _s_first_part(tokens: list[Token], i: int) -> bool:
    """A first part with its linking s that the dictionary also knows as a
    word ("handels", "dorps"): Frog calls it a cut-off word, or an uninflected
    adjective after a definite article ("de dorps bewoners"), where Dutch
    inflects every adjective."""
    a = tokens[i]
    word = a.text
    if not (word.islower() and len(word) > 4 and word.endswith("s")):
        return False
    if not default_speller().correct(word[:-1]):
        return False
    definite = i > 0 and tokens[i - 1].lower in _DEFINITE and tokens[i - 1].tag == "LID"
    cut_off = a.tag == "SPEC" and "afgebr" in _features(a)
    if not (cut_off or (a.tag == "ADJ" and "zonder" in _features(a) and definite)):
        return False
    joined = word + tokens[i + 1].lower
    if default_speller().correct(joined):
        return True
    return is_compound(joined) and not _common_s_adjective(word)


_S_ADJECTIVE_ZIPF = 3.0  # buitenlandse 4.7, binnenlandse 4.3; dorpse 2.3, handelse 0


def _common_s_adjective(word: str) -> bool:
    """ "het buitenlands beleid": an adjective in -s that Dutch text often
    inflects (buitenlandse) stands uninflected in set phrases after "het";
    only a compound the dictionary itself knows makes it a first part."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word + "e", "nl") >= _S_ADJECTIVE_ZIPF


def _spaced_pairs(article: Article, tokens: list[Token]) -> Iterator[tuple[int, Token, Token]]:
    """Index, word and next word, for two words with exactly one space between them:
    the shape of every compound written apart."""
    for i, (a, b) in enumerate(itertools.pairwise(tokens)):
        if article.text[a.end : b.start] == " ":
            yield i, a, b


def _common_noun(token: Token) -> bool:
    return (token.pos or "").startswith("N(soort")


# Days, months and parts of the day after a name ("Rutte maandag").
_TIME_NOUNS = frozenset([*DAYS_NL, *MONTHS_NL, *grammar_words()["time_nouns_sp504"]])
# Before the name, so that the name and the noun are one phrase ("de NAVO landen").
_DETERMINERS = frozenset(grammar_words()["name_determiners"])
# Championships that Dutch writes apart from their sport: "het WK voetbal".
_APART = frozenset(["WK", "EK", "NK", "OS"])


@register
class NameCompoundHyphen(Check):
    code = "SP504"
    name = "name-compound-hyphen"
    category = "fluency/spelling"
    needs_frog = True
    doc = """A name and a noun written apart where Dutch writes one word with a hyphen.

English puts a name before a noun ("Android phones", "NATO countries");
Dutch joins them: Android-telefoons, NAVO-landen. Flagged when Frog's chunker
puts the name and the lower-case noun after it in one noun phrase that an
article or determiner opens ("de NAVO landen"); after a preposition or a verb
the noun is too often an object ("kreeg van Trump gratie") and is left
alone, as are genitives (Israëls premier) and days or months. An
abbreviation in capitals is joined wherever the two can only be one
phrase: after an adjective or a preposition ("verhoogde PFAS waarden", "met
EU geld"), at the start of a sentence before the verb, or after an article
when a plural verb follows the plural noun ("de EU regels zijn"); after an
article with anything else it may be a subject and the noun its object
("dat de NAVO troepen stuurt"). Before a person's name the abbreviation and
noun are a title ("zei RIVM epidemioloog Jeroen Smits") after a verb of
saying or at the start of a main clause; after another verb the
abbreviation may be the subject and the noun and name its object
("contracteerde PSV spits Jansen"), and so may an article and name after a
verb or "dat" ("toen de KNVB bondscoach Koeman ontsloeg"). An article that
cannot go with the noun is the name's own ("van de EU geld": a het-word);
so is one after a preposition, verb or "dat" when the noun is a mass noun,
seldom plural, that stands bare as an object ("Sancties vereisen in de EU
unanimiteit"). VVD, CDA and
other capitals that read as Roman numerals count unless a name precedes
them (Willem II). Abbreviations of things rather than bodies (CT, MRI,
DNA, IC, tv, gps) are never a subject or indirect object, so before a
common noun they are joined wherever they stand ("gebruikte CT scans",
"een nieuwe tv zender"), except after "op" or "via" ("zag op tv beelden").
A compass word before a place name or its adjective takes a hyphen:
Zuid-Limburg, Noord-Koreaanse, Oost-Europa; not after another capitalised
word (Amsterdam Zuid Oost), nor in names written apart (West Virginia),
and "Centraal" only where the dictionary knows the pair (not "Centraal
Bureau")."""
    bad = (
        Example("Hij kocht vorige week een [[Android telefoon]].", "Android-telefoon"),
        Example("De [[NAVO landen]] kwamen bijeen in Den Haag.", "NAVO-landen"),
        Example("De [[CO2 uitstoot]] van de centrales daalde.", "CO2-uitstoot"),
        Example("De [[G7 landen]] zijn het eens.", "G7-landen"),
        Example("Dat zei een [[GGD woordvoerder]].", "GGD-woordvoerder"),
        Example("Tests toonden verhoogde [[PFAS waarden]] aan.", "PFAS-waarden"),
        Example("Het project is betaald met [[EU geld]].", "EU-geld"),
        Example("[[CO2 uitstoot]] daalt al drie jaar.", "CO2-uitstoot"),
        Example("“Het is klein”, zei [[RIVM epidemioloog]] Jeroen Smits.", "RIVM-epidemioloog"),
        Example("[[VVD leider]] Dilan Yeşilgöz reageerde verrast.", "VVD-leider"),
        Example("Ook [[NAVO chef]] Mark Rutte was aanwezig.", "NAVO-chef"),
        Example("De ministers spraken tijdens de [[EU top]] over migratie.", "EU-top"),
        Example("Artsen maakten [[MRI scans]] van haar knie.", "MRI-scans"),
        Example("Er kwam een nieuwe [[tv zender]] bij.", "tv-zender"),
        Example("In [[Noord Brabant]] vielen de meeste buien.", "Noord-Brabant"),
        Example("De [[Zuid Koreaanse]] president sprak in Seoul.", "Zuid-Koreaanse"),
        Example("Gevechten in [[Noord Syrië]] hielden aan.", "Noord-Syrië"),
    )
    good = (
        "De verkoop van Android-telefoons daalde.",
        "Het land is gastheer van het WK voetbal in 2030.",
        "Ze zeiden dat Amerikanen experts inhuren.",
        "Hij zei dat de EU sancties oplegt.",
        "Apple verkoopt telefoons.",
        "Volgens de VN wonen daar mensen.",
        "De CO2-uitstoot van de centrales daalde.",
        "Er staat een file op de A12 richting Utrecht.",
        "Vorig jaar heeft de NAVO hulp beloofd.",
        "Het toestel haalt 300 MB data per seconde.",
        "Koning Willem II kreeg bezoek.",
        "Vorige week contracteerde PSV spits Jansen voor drie jaar.",
        "Toen de KNVB bondscoach Koeman ontsloeg, was het land in rep en roer.",
        "Sancties vereisen in de EU unanimiteit.",
        "De Oekraïners krijgen via de NAVO munitie en van de EU geld.",
        "Klanten kunnen via de app van KPN korting aanvragen.",
        "Hij zag op tv beelden van de ramp.",
        "Hij speelde jaren voor West Ham en woont nu in West Virginia.",
        "Het Centraal Bureau voor de Statistiek publiceerde cijfers.",
        "De trein naar Amsterdam Zuid Oost had vertraging.",
        "De wethouder van zorg van West Betuwe zei dat de gemeente is overvallen.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = sentence.tokens
            for i, name, noun in _spaced_pairs(article, tokens):
                if _abbreviation_phrase(tokens, i) or _common_abbreviation(tokens, i):
                    yield self._joined(article, name, noun)
                    continue
                if _compass_place(tokens, i):
                    yield self._joined(article, name, noun)
                    continue
                if name.tag not in ("SPEC", "N") or not name.text[:1].isupper():
                    continue
                if name.tag == "N" and default_speller().correct(name.lower):
                    continue  # a capitalised Dutch noun of a name: "De Afdeling bestuursrechtspraak"
                if not (name.text.isalpha() or _code_name(name.text)):
                    continue
                if not _common_noun_lower(noun):
                    continue
                # The chunker often opens a new phrase at the noun after an
                # abbreviation ("een GGD | woordvoerder"); after "een" that
                # cannot be two phrases (after "de" it can: "legde de ACM boetes op").
                if noun.chunk != "I-NP" and not (
                    name.text.isupper() and i > 0 and tokens[i - 1].lower == "een"
                ):
                    continue
                if noun.lower in _TIME_NOUNS:
                    continue
                # Only "de NAVO landen", "een Android telefoon": after a preposition or
                # a verb the noun is often an object ("kreeg van Trump gratie").
                if i == 0 or tokens[i - 1].lower not in _DETERMINERS:
                    continue
                if _object_before_name(tokens, i):
                    continue  # "toen de KNVB bondscoach Koeman ontsloeg"
                if _article_of_name(tokens, i):
                    continue  # "Sancties vereisen in de EU unanimiteit."
                if name.lower.endswith(("s", "se", "sche")) and not name.text.isupper():
                    continue  # a genitive (Israëls premier) or an adjective (Olympische)
                if name.text in _APART:
                    continue
                yield self._joined(article, name, noun)

    def _joined(self, article: Article, name: Token, noun: Token) -> Finding:
        first = (
            name.text.capitalize() if name.text in ("noord", "zuid", "oost", "west") else name.text
        )
        joined = f"{first}-{noun.text}"
        return self.finding(
            article,
            name.start,
            noun.end,
            f"Samenstelling met een naam: schrijf '{joined}'.",
            [joined],
        )


# Abbreviations of things, not of bodies: never a subject or an indirect
# object, so before a noun always a compound's first part (CT-scan, tv-zender).
_THING_ABBREVIATIONS = frozenset(grammar_words()["thing_abbreviations"])
# "zag op tv beelden van": the medium as an adverbial, the noun an object.
_MEDIUM_PREPOSITIONS = frozenset(["op", "via", "per", "met"])


def _common_abbreviation(tokens: list[Token], i: int) -> bool:
    """ "gebruikte CT scans", "een nieuwe tv zender": an abbreviation of a thing
    and a common noun, wherever they stand."""
    abbreviation, noun = tokens[i], tokens[i + 1]
    if abbreviation.text not in _THING_ABBREVIATIONS or not _common_noun_lower(noun):
        return False
    if len(noun.text) < 3 or noun.lower in _TIME_NOUNS:
        return False
    return i == 0 or tokens[i - 1].lower not in _MEDIUM_PREPOSITIONS


_COMPASS = frozenset(grammar_words()["compass_words"])
# Places whose compass word Dutch writes apart, as in English.
_COMPASS_APART = frozenset(grammar_words()["compass_apart"])
_LARGE_PLACE_ZIPF = 3.8  # Soedan 3.8, Gaza 3.9, Syrië 4.5; Betuwe 3.4, Gelre 3.4


def _compass_place(tokens: list[Token], i: int) -> bool:
    """ "Zuid Limburg", "Noord Koreaanse": a compass word before a place name or
    its adjective is joined with a hyphen (Zuid-Limburg, Noord-Koreaanse). The
    place is a capitalised word the dictionary knows only capitalised; after
    another capitalised word the compass word belongs to a name (Amsterdam
    Zuid Oost), and "Centraal" only where the dictionary knows the pair."""
    from wordfreq import zipf_frequency

    compass, place = tokens[i], tokens[i + 1]
    if compass.text not in _COMPASS or place.text in _COMPASS_APART:
        return False
    if not (place.text.isalpha() and place.text[:1].isupper() and place.text[1:].islower()):
        return False
    before = tokens[i - 1] if i > 0 else None
    named = before is not None and before.text[:1].isupper() and before.text.isalpha()
    if named and (i > 1 or before.tag == "SPEC"):
        return False
    if compass.text.islower() and i == 0:
        return False
    speller = default_speller()
    hyphened = f"{compass.text.capitalize()}-{place.text}"
    if speller.correct(hyphened):
        return compass.text == "Centraal" or not speller.correct(place.lower)
    if compass.text == "Centraal" or speller.correct(place.lower):
        return False
    # An unlisted pair only for a country or province: a town may keep the
    # compass word apart in its official name (West Betuwe, Oost Gelre).
    return zipf_frequency(place.text, "nl") >= _LARGE_PLACE_ZIPF


def _abbreviation_phrase(tokens: list[Token], i: int) -> bool:
    """An abbreviation in capitals and a common noun that can only be one phrase."""
    name, noun = tokens[i], tokens[i + 1]
    if not _ABBREVIATION.fullmatch(name.text):
        return False
    if _ROMAN.fullmatch(name.text) and i > 0 and tokens[i - 1].text[:1].isupper():
        return False  # "Willem II kreeg", but "VVD leider"
    if name.text in _APART or not _common_noun_lower(noun) or len(noun.text) < 3:
        return False
    return noun.lower not in _TIME_NOUNS and _one_noun_phrase(tokens, i)


def _article_of_name(tokens: list[Token], i: int) -> bool:
    """The article before the name is the name's own ("de EU", "het UWV") and
    the singular noun after it a bare object: the article cannot go with the
    noun ("van de EU geld": a het-word), or after a preposition, a verb or
    "dat" the noun is one that stands without an article, a mass noun ("vereisen
    in de EU unanimiteit", "krijgen via de NAVO munitie"). A compound of a
    count noun ("tijdens de EU top") keeps its article."""
    article, noun = tokens[i - 1], tokens[i + 1]
    if article.tag != "LID" or "ev" not in _features(noun):
        return False
    gender = noun_gender(noun)
    if (article.lower, gender) in (("de", "onz"), ("het", "zijd")):
        return True
    if i < 2:
        return False
    before = tokens[i - 2]
    opens = (before.tag == "VZ" and "init" in _features(before)) or is_finite(before)
    return (opens or _opens_subordinate(before)) and _mass_noun(noun)


_MASS_GAP = 1.9  # zipf of the singular above its plural: compensatie 3.95/1.97, top 5.3/3.4


def _mass_noun(token: Token) -> bool:
    """A noun Dutch seldom puts in the plural (unanimiteit, toestemming, munitie),
    so that it may stand without an article."""
    from wordfreq import zipf_frequency

    word = token.lower
    if not word.isalpha() or len(word) < 4:
        return False
    forms = {word + "en", word + "s", word + word[-1] + "en", word + "n"}
    if word.endswith("heid"):
        forms.add(word[:-4] + "heden")
    if word.endswith(("ie", "ee")):
        forms.add(word + "ën")  # strategie → strategieën
    if len(word) > 3 and word[-3] == word[-2] and word[-3] in "aeou":
        forms.add(word[:-2] + word[-1] + "en")  # raad → raden
    speller = default_speller()
    plural = max((zipf_frequency(f, "nl") for f in forms if speller.correct(f)), default=0.0)
    return zipf_frequency(word, "nl") - plural >= _MASS_GAP


def _before_first_verb(tokens: list[Token], i: int) -> bool:
    """Only adverbs or an opening quote before i: the start of a main clause."""
    return all(t.tag == "BW" or t.text in ("“", '"', "‘") for t in tokens[:i])


def _code_name(word: str) -> bool:
    """Capitals and digits: CO2, G7, 5G, F35 (not a road: A12, N201)."""
    return (
        word.isalnum()
        and word.upper() == word
        and any(c.isdigit() for c in word)
        and any(c.isalpha() for c in word)
        and not re.fullmatch(r"[ANE]\d+", word)
    )


def _common_noun_lower(token: Token) -> bool:
    return (token.pos or "").startswith("N(soort") and token.text.isalpha() and token.text.islower()


# Prefixes that never stand alone in Dutch: joined ("vicepresident") or, before
# a capital, a vowel clash or by custom, with a hyphen ("ex-president").
_JOINED_PREFIXES = frozenset(["vice", "co", "top", "mede", "oer", "semi", "multi", "post"])
_HYPHEN_PREFIXES = frozenset(["ex", "anti", "pro", "oud"])
_PREFIXES = _JOINED_PREFIXES | _HYPHEN_PREFIXES
# "oud" is an adjective too ("oud papier"): only before a title is it the prefix.
_OLD_TITLES = frozenset(grammar_words()["old_titles"])


@register
class DetachedPrefix(Check):
    code = "SP505"
    name = "detached-prefix"
    category = "fluency/spelling"
    doc = """A prefix written as a word of its own: "vice president", "ex minister", "anti Israëlisch".

English writes "vice president" and "anti-Israeli"; Dutch joins the prefix
to the word (vicepresident, topdiplomaat, medeoprichter) or hyphenates it
(ex-president, oud-premier, anti-Israëlisch, pro-Russisch). The fix is the
form hunspell knows. "oud" counts only before a title ("oud papier" is
Dutch), or where the adjective would need its -e: after an article, a
determiner, a count or an inflected adjective, before a de-word or a plural
for a person ("een 52-jarige oud magazijnmedewerker", "twee oud
bestuurders"); "hoe oud mensen worden" and "een oud huis" are the
adjective. "top" and "post" only before a word they can join ("de top in
Brussel", "de post bezorgen" are Dutch)."""
    bad = (
        Example("De [[vice president]] sprak in Washington.", "vicepresident"),
        Example("De [[ex president]] van Brazilië werd veroordeeld.", "ex-president"),
        Example("Er waren [[anti Israëlische]] protesten in Londen.", "anti-Israëlische"),
        Example("De [[oud premier]] schreef een boek.", "oud-premier"),
        Example("Een [[top diplomaat]] reisde naar Peking.", "topdiplomaat"),
        Example("Een 52-jarige [[oud magazijnmedewerker]] won.", "oud-magazijnmedewerker"),
        Example("De rechter sprak twee [[oud bestuurders]] vrij.", "oud-bestuurders"),
        Example("Haar [[oud collega's]] stonden langs de kant.", "oud-collega's"),
    )
    good = (
        "De vicepresident sprak in Washington.",
        "Het oud papier wordt morgen opgehaald.",
        "De top in Brussel eindigde zonder akkoord.",
        "De post wordt vandaag niet bezorgd.",
        "De oud-premier schreef een boek.",
        "Het was een super dinsdag voor de club.",
        "Het is niet bekend hoe oud mensen daar worden.",
        "Ze had een oud huis in Frankrijk.",
        "Jong en oud kwamen naar het feest.",
        "Hij was dertig jaar oud toen hij vertrok.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        speller = default_speller()
        for sentence in article.sentences:
            for _, a, b in _spaced_pairs(article, sentence.tokens):
                prefix = a.lower
                if prefix not in _PREFIXES or not b.text.replace("'", "").isalpha():
                    continue
                if a.text[:1].isupper() and a.text != "Ex":
                    continue
                if b.tag and b.tag not in ("N", "ADJ", "SPEC"):
                    continue
                former = prefix == "oud" and _former_person(sentence.tokens, a, b)
                if prefix == "oud" and b.lower not in _OLD_TITLES and not former:
                    continue
                fixed = _prefixed(a.text, b.text, speller.correct)
                if fixed is None and former:
                    fixed = f"{a.text}-{b.text}"
                if fixed is None:
                    continue
                yield self.finding(
                    article, a.start, b.end, f"Een voorvoegsel staat niet los: '{fixed}'.", [fixed]
                )


# Endings of nouns for people: medewerker, leraar, directeur, activist, agent.
_PERSON_ENDINGS = ("er", "aar", "eur", "ist", "ent", "ant", "ier", "or", "man", "vrouw",
                   "ling", "ige", "aris", "oot", "ief", "iet", "ege", "ega", "aat", "ijn", "ster")  # fmt: skip
_COUNTS = frozenset(grammar_words()["count_words_sp505"])
_DEGREE_WORDS = frozenset(grammar_words()["degree_words"])


def _former_person(tokens: list[Token], a: Token, b: Token) -> bool:
    """ "een 52-jarige oud magazijnmedewerker", "twee oud bestuurders": an
    uninflected "oud" after an article, a determiner or an inflected
    adjective, before a de-word or a plural, cannot be the adjective (that
    would be "oude"), so before a noun for a person it is the prefix oud-."""
    k = tokens.index(a)
    if k == 0 or k + 1 >= len(tokens):
        return False
    before = tokens[k - 1]
    if before.lower in _DEGREE_WORDS:
        return False
    if not before.tag:  # without Frog: an article, a determiner, a count or a word in -e
        fits = before.lower in _DETERMINERS | _POSSESSIVES | _COUNTS or before.lower.endswith("e")
        return fits and before.lower not in ("het", "dit") and _person_noun(b)
    if before.tag not in ("LID", "VNW", "TW", "ADJ", "N"):
        return False
    if before.tag == "ADJ" and "met-e" not in _features(before):
        return False
    if before.tag == "N" and (before.lower in _TIME_NOUNS or before.lemma in _TIME_NOUNS):
        return False  # "dertig jaar oud"
    return _person_noun(b)


def _person_noun(b: Token) -> bool:
    word = b.lower
    stems = {(b.lemma or word).lower(), word.removesuffix("'s"), word.removesuffix("s")}
    stems.add(word.removesuffix("en"))
    if not any(w.endswith(_PERSON_ENDINGS) or w == "collega" for w in stems):
        return False
    if not default_speller().correct(b.lower) and not is_compound(b.lower):
        return False
    return "onz" not in _features(b)


def _prefixed(prefix: str, word: str, known: Callable[[str], bool]) -> str | None:
    """The joined or hyphenated form that the dictionary knows, if any."""
    joined, hyphenated = prefix + word, f"{prefix}-{word}"
    if prefix.lower() in _HYPHEN_PREFIXES or word[:1].isupper():
        options = [hyphenated]
    else:
        options = [joined, hyphenated]
    return next((o for o in options if known(o.lower()) or known(o)), None)


# Particles of separable verbs. The prepositions may also be stranded from
# an R-pronoun ("daar heeft hij niet aan gedacht") or stand after a noun as a
# postposition ("de trap op gelopen"); the adverbs and adjectives may not.
_PREPOSITION_PARTICLES = frozenset(grammar_words()["preposition_particles"])
_ADVERB_PARTICLES = frozenset(grammar_words()["adverb_particles"])
_R_PRONOUNS = frozenset(["er", "daar", "hier", "waar"])
# Prepositions that follow a noun of path or goal: "de trap op", "het bos in", "naar huis toe".
_POSTPOSITIONS = frozenset(grammar_words()["postpositions"])
# "uit eten gaan" is written apart by rule.
_APART_INFINITIVES = frozenset(["eten"])


@register
class SeparatedParticle(Check):
    code = "SP510"
    name = "separated-particle"
    category = "fluency/spelling"
    needs_frog = True
    doc = """A separable verb's particle written apart from its participle or infinitive: "zijn binnen gekomen".

When the particle stands right before the verb at the end of the clause,
Dutch writes one word: binnengekomen, aangekomen, opgestaan, teruggekeerd,
terugdraaien. Flagged when the two joined are a word the dictionary knows
and the verb is a participle (not one before a noun: "op gezette tijden")
or an infinitive after a finite verb at the end of its clause. A
preposition is left alone after an R-pronoun in the clause ("daar heeft
hij niet aan gedacht", "waar ze op gehoopt hadden") and after a noun, where
it may be a postposition ("de trap op gelopen")."""
    bad = (
        Example("De trein is om acht uur [[aan gekomen]].", "aangekomen"),
        Example("Het bedrijf heeft de bouw vorige week [[uit gesteld]].", "uitgesteld"),
        Example("Drie mensen zijn bij de brand [[om gekomen]].", "omgekomen"),
        Example("De soldaten zijn naar de kazerne [[terug gekeerd]].", "teruggekeerd"),
        Example("Het bestuur wil het besluit [[terug draaien]].", "terugdraaien"),
        Example("De rebellen hebben twee gijzelaars [[vrij gelaten]].", "vrijgelaten"),
        Example("Na de val is hij zelf weer [[op gestaan]].", "opgestaan"),
    )
    good = (
        "De trein is om acht uur aangekomen.",
        "Daar heeft hij niet aan gedacht.",
        "Het is iets waar ze lang op gehoopt hadden.",
        "Hij probeerde binnen te komen.",
        "Door lezen leer je veel.",
        "Op gezette tijden eet hij.",
        "Hij werd binnen een uur gevonden.",
        "Er is veel over gesproken.",
        "Hij heeft de trap op gelopen en is naar de stad toe gegaan.",
        "Er wordt een damwand tot twintig meter diep de grond in gedrukt.",
        "Zaterdag gaan we uit eten.",
        "Kevers die schade aanrichten aan gewassen; het bedrijf is ten onder gegaan.",
        "Het ziekenhuis gaat patiënten thuis laten herstellen.",
        "Hij zei dat de dieven via het dak binnen waren gedrongen.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        speller = default_speller()
        for sentence in article.sentences:
            tokens = sentence.tokens
            for i, particle, verb in _spaced_pairs(article, tokens):
                if not _separated_particle(tokens, i):
                    continue
                joined = particle.text + verb.lower
                if not speller.correct(joined.lower()):
                    continue
                yield self.finding(
                    article,
                    particle.start,
                    verb.end,
                    f"Scheidbaar werkwoord los geschreven: '{joined}'.",
                    [joined],
                )


def _separated_particle(tokens: list[Token], i: int) -> bool:
    particle, verb = tokens[i], tokens[i + 1]
    word = particle.lower
    if word not in _PREPOSITION_PARTICLES | _ADVERB_PARTICLES or verb.tag != "WW":
        return False
    if not verb.text.islower() or not (
        _participle_in_cluster(tokens, i) or _final_infinitive(tokens, i)
    ):
        return False
    if i > 0 and tokens[i - 1].lower in ("ten", "te"):
        return False  # "ten onder gegaan", "te binnen geschoten": written apart
    if word in _ADVERB_PARTICLES:
        return True
    before = tokens[i - 1] if i > 0 else None
    after_noun = before is not None and before.tag in ("N", "SPEC") and not _time_word(before)
    if after_noun and _postposition_of(tokens, i):
        return False  # "de trap op gelopen": a postposition
    return not _r_pronoun_before(tokens, i)


_PERFECT_AUXILIARIES = frozenset(["hebben", "zijn", "worden"])


def _participle_in_cluster(tokens: list[Token], i: int) -> bool:
    """A participle (not one before a noun: "op gezette tijden") closing its
    clause, with hebben, zijn or worden in the clause: a verb, not a noun
    Frog took for one ("schade aan gewassen")."""
    verb = tokens[i + 1]
    feats = _features(verb)
    if "vd" not in feats or "vrij" not in feats:
        return False
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if after is not None and after.tag != "WW" and after.text not in _PHRASE_END:
        return False
    clause = tokens[_clause_start(tokens, i) : i] + ([after] if after is not None else [])
    return any(is_finite(t) and t.lemma in _PERFECT_AUXILIARIES for t in clause)


def _final_infinitive(tokens: list[Token], i: int) -> bool:
    """ "wil het besluit terug draaien": an infinitive closing its clause after a finite verb."""
    verb = tokens[i + 1]
    if "inf" not in _features(verb) or verb.lower in _APART_INFINITIVES:
        return False
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if after is not None and not (is_finite(after) or after.text in _PHRASE_END):
        return False  # "thuis laten herstellen": the word goes with the last verb
    start = _clause_start(tokens, i)
    return any(is_finite(t) for t in tokens[start:i])


# Second parts of circumpositions: "naar huis toe", "van de trap af", "tegen de muur aan".
_CIRCUMPOSITION_ENDS = frozenset(grammar_words()["circumposition_ends"])
_NOUN_PHRASE_TAGS = frozenset(["N", "SPEC", "ADJ", "LID", "TW"])


def _postposition_of(tokens: list[Token], i: int) -> bool:
    """The word at i may follow the noun phrase before it as a postposition
    ("de trap op"); not when a preposition opens that phrase ("bij de brand
    om gekomen", "via een lek binnen gekomen"), except as a circumposition's
    end ("naar de stad toe")."""
    if tokens[i].lower not in _POSTPOSITIONS:
        return False
    k = i - 1
    while (
        k > 0
        and tokens[k].tag != "LID"
        and (
            tokens[k - 1].tag in _NOUN_PHRASE_TAGS
            or (tokens[k - 1].tag == "VNW" and "prenom" in _features(tokens[k - 1]))
        )
    ):
        k -= 1  # back to the phrase's article: "tot twintig meter diep | de grond in"
    opener = tokens[k - 1] if k > 0 else None
    if opener is not None and opener.tag == "VZ" and "init" in _features(opener):
        return tokens[i].lower in _CIRCUMPOSITION_ENDS
    return True


def _clause_start(tokens: list[Token], i: int) -> int:
    k = i
    while k > 0 and tokens[k - 1].text not in _PHRASE_END and not _opens_subordinate(tokens[k - 1]):
        k -= 1
    return k


def _r_pronoun_before(tokens: list[Token], i: int) -> bool:
    """er, daar, hier or waar earlier in the clause: the preposition may be its own."""
    k = i
    while k > 0 and tokens[k - 1].text not in _PHRASE_END:
        k -= 1
        if tokens[k].lower in _R_PRONOUNS:
            return True
    return False


# An English genitive: a word ending in a consonant, then 's. Dutch writes the
# apostrophe only after a vowel (Rutte's, auto's); after a consonant a name
# takes a bare s (Trumps) and a common noun takes "van" (de topman van het bedrijf).
_GENITIVE_NAME = re.compile(r"\b([A-ZÀ-Ý][a-zà-ÿ]*(?:[-\s][A-ZÀ-Ý][a-zà-ÿ]*)*?)(['’])s\b(?=\s+\w)")
_GENITIVE_NOUN = re.compile(
    r"\b(?:de|het|een|dit|deze|dat|die|zijn|haar|hun)\s+([a-zà-ÿ]{4,})(['’])s\s+[a-zà-ÿ]",
    re.IGNORECASE,
)
_VOWEL_SOUND_END = tuple("aeiouyéèëïw")


@cache
def _kept_genitives() -> frozenset[str]:
    """Names Dutch keeps with their English 's: McDonald's, Standard & Poor's."""
    from nakijker.checks.kept_names import gazetteer

    words = (w for n in gazetteer().names for w in n.english.split())
    return frozenset(w.replace("’", "'") for w in words if w.endswith("'s"))


_SIBILANT_END = ("s", "x", "z", "sh", "ch")


@register
class EnglishGenitive(Check):
    code = "SP506"
    name = "english-genitive"
    category = "fluency/spelling"
    doc = """An English genitive 's after a consonant: "Trump's besluit", "het bedrijf's topman".

Dutch writes the apostrophe only where the s would change the sound of a
final vowel (Rutte's, Obama's). A name ending in a consonant takes a bare
s: Trumps besluit, Ruslands invasie (safe fix); one ending in s, x or z only
an apostrophe: Paris' burgemeester. A common noun does not take the genitive
at all: "de topman van het bedrijf". Plurals like auto's and abbreviations
(tv's, NAVO's) are left alone."""
    bad = (
        Example("[[Trump's]] besluit viel slecht in Brussel.", "Trumps"),
        Example("De Russische troepen steunden [[Rusland's]] invasie.", "Ruslands"),
        Example("Volgens [[het bedrijf's topman]] is de winst gestegen.", None),
    )
    good = (
        "Trumps besluit viel slecht in Brussel.",
        "Rutte's opvolger en Obama's memoires.",
        "De auto's en foto's van de regio's staan online.",
        "De tv's en cd's van de NAVO's partners.",
        "Zij werkt ’s avonds en ’s nachts.",
        "Standard & Poor's en McDonald's kwamen met cijfers.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        text = article.text
        kept = _kept_genitives()
        for m in _GENITIVE_NAME.finditer(text):
            name = m.group(1).split()[-1]
            if name.lower().endswith(_VOWEL_SOUND_END) or name.isupper() or len(name) < 3:
                continue
            if f"{name}'s" in kept or text[: m.start()].rstrip().endswith("&"):
                continue
            start = m.end(1) - len(name)
            fixed = name + ("'" if name.lower().endswith(_SIBILANT_END) else "s")
            message = f"Engelse genitief: in het Nederlands '{fixed}', zonder apostrof-s."
            yield self.finding(article, start, m.end(), message, [fixed], safe=True)
        for m in _GENITIVE_NOUN.finditer(text):
            noun = m.group(1)
            if noun.lower().endswith(_VOWEL_SOUND_END) or not noun.islower():
                continue
            end = text.find(" ", m.end(2) + 2)
            end = len(text) if end < 0 else end
            end = end - (text[end - 1] in ".,;:!?")
            yield self.finding(
                article,
                m.start(),
                end,
                f"Engelse genitief bij een zelfstandig naamwoord: schrijf '… van {text[m.start() : m.start(1)].strip()} {noun}'.",
            )


# The second part of an adjective compound: a present participle
# (grensoverschrijdend, levensbedreigend) or an adjective that forms
# compounds with a noun (milieuvriendelijk, prijsbewust). Plain adjectives
# stay out: "het water dicht" (draaien) and "het ijs koud" are phrases.
_ADJECTIVE_HEAD = re.compile(
    r"[a-zà-ÿ]{3,}end(?:e)?|[a-zà-ÿ]*(?:vriendelijk|bewust|gevoelig|bestendig|afhankelijk"
    r"|gerelateerd|intensief|intensiev|neutra(?:a)?l|gericht)(?:e)?"
)
_ADJECTIVE_COMPOUND_ZIPF = 2.0


@register
class SplitAdjectiveCompound(Check):
    code = "SP512"
    name = "split-adjective-compound"
    category = "fluency/spelling"
    needs_frog = True
    doc = """A noun and a participle or adjective written apart where Dutch writes one
word: "grens overschrijdend treinverkeer", "levens bedreigende verwondingen",
"milieu vriendelijke auto's".

English writes "cross-border", "life-threatening" as two parts; Dutch
writes the adjective as one word. Flagged when Frog reads the first word as
a noun, the second is a present participle (-end, -ende) or an adjective that
forms compounds (-vriendelijk, -bewust, -gevoelig, -bestendig, -intensief,
-neutraal, -gericht …), and the joined word is a common Dutch word (hunspell
knows it, wordfreq puts it at 2 or more). Plain adjectives are left alone,
since a noun and a predicate stand side by side in Dutch too ("draai het
water dicht")."""
    bad = (
        Example(
            "Brussel wil belemmeringen voor [[grens overschrijdend]] treinverkeer wegnemen.",
            "grensoverschrijdend",
        ),
        Example("Hij liep [[levens bedreigende]] verwondingen op.", "levensbedreigende"),
        Example("Ze kocht een [[milieu vriendelijke]] auto.", "milieuvriendelijke"),
    )
    good = (
        "Brussel wil belemmeringen voor grensoverschrijdend treinverkeer wegnemen.",
        "Draai het water dicht en wacht op de loodgieter.",
        "Hij vond de reis tijdens de storm erg spannend.",
        "Ze bleef de hele avond staan wachtend op nieuws.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        from wordfreq import zipf_frequency

        speller = default_speller()
        for sentence in article.sentences:
            tokens = sentence.tokens
            for first, second in itertools.pairwise(tokens):
                if not (first.text.isalpha() and first.text.islower() and len(first.text) >= 3):
                    continue
                if not _ADJECTIVE_HEAD.fullmatch(second.text):
                    continue
                if not (first.pos or "").startswith("N(soort"):
                    continue
                if not (second.pos or "").startswith(("ADJ", "WW")):
                    continue
                if article.text[first.end : second.start] != " ":
                    continue
                joined = first.text + second.text
                if not speller.correct(joined):
                    continue
                base = re.sub(r"e$", "", joined)
                if max(zipf_frequency(joined, "nl"), zipf_frequency(base, "nl")) < (
                    _ADJECTIVE_COMPOUND_ZIPF
                ):
                    continue
                yield self.finding(
                    article,
                    first.start,
                    second.end,
                    f"Samenstelling los geschreven: '{joined}'.",
                    [joined],
                )
