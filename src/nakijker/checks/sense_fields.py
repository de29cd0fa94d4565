"""English words with several meanings, rendered with the sense of another field.

MT gives an English word with several meanings its most common Dutch word:
the elephant's trunk becomes a "kofferbak", the fish sole a "zool", the
prison yard a "werf", the swimming heats "hitte". An entry of
``rules/senses/*.yaml`` names the English word and, for each of its senses,
the Dutch words and the fields of news in which that sense is meant
(``rules/fields/``). A Dutch word is flagged when the article is about the
field of another sense (two or more different words of that field) and has
no word at all of the fields of its own sense: a "kofferbak" in an article
with "olifant" and "dierentuin" and no "auto". A sense without fields is a
general rendering and never flagged. Each entry is a check of its own
(SDxxx) with its own examples.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from nakijker.checks.base import Check, Example, Finding
from nakijker.config import Config
from nakijker.doc import Article, Token
from nakijker.rules import load_yaml

MIN_EVIDENCE = 2  # different words of the other sense's field
MIN_HEAD = 4  # a compound counts by a listed last part of at least this length
MIN_PREFIX = 3  # ... after a first part of at least this length
_CONTENT = ("N", "WW", "ADJ")


@cache
def _folder(name: str) -> list[dict]:
    folder = files("nakijker.rules").joinpath(name)
    return [
        load_yaml(f.read_text("utf-8"))
        for f in sorted(folder.iterdir(), key=lambda f: f.name)
        if f.name.endswith(".yaml")
    ]


@cache
def field_labels() -> dict[str, str]:
    labels: dict[str, str] = {}
    for data in _folder("fields"):
        for key, value in (data.get("fields") or {}).items():
            labels[key] = value["label"]
    return labels


@cache
def field_words() -> dict[str, frozenset[str]]:
    """Each listed word with the fields it points to."""
    words: dict[str, set[str]] = {}
    for data in _folder("fields"):
        for key, listed in (data.get("words") or {}).items():
            for word in listed:
                words.setdefault(word.lower(), set()).add(key)
    return {w: frozenset(f) for w, f in words.items()}


# First parts that make a derived word, not a compound: "overmacht" is no
# kind of "macht", "opschieten" no kind of "schieten".
_PARTICLES = frozenset(
    {"aan", "achter", "bij", "door", "mee", "mis", "onder", "ont", "over", "tegen", "toe",
     "uit", "ver", "voor", "weg", "her", "neer", "terug", "samen", "tekort", "vast", "los"}
)  # fmt: skip


# Latin prefixes of loanwords: "promotie" is no kind of "motie".
_LATIN_PREFIXES = frozenset({"pro", "con", "com", "pre", "sub", "dis", "per", "trans", "inter"})
_NOT_FIRST_PARTS = _PARTICLES | _LATIN_PREFIXES


def _tokens_with_first(article: Article) -> Iterator[tuple[int, Token, bool]]:
    """Every token with its position in ``article.tokens`` and whether it is
    the first word of its sentence."""
    i = 0
    for sentence in article.sentences:
        first_word = next((t for t in sentence.tokens if t.is_word), None)
        for token in sentence.tokens:
            yield i, token, token is first_word
            i += 1


def _parts(lemma: str, verb: bool = False) -> Iterator[str]:
    """The lemma, then its possible last parts from the longest down; a verb
    has none (its first parts are particles and prefixes)."""
    yield lemma
    if verb:
        return
    for i in range(MIN_PREFIX, len(lemma) - MIN_HEAD + 1):
        first = lemma[:i].rstrip("-")
        if first not in _NOT_FIRST_PARTS:
            tail = lemma[i:].lstrip("-")
            if len(tail) <= _SHORT_TAIL and not _first_part_word(first, lemma):
                continue  # "knolamaniet" does not end in "niet": "knolama" is no word
            yield tail
            if _head_word(tail):
                return  # "winkeldiefstal" ends in diefstal, not in stal


_HEAD_ZIPF = 3.0
_SHORT_TAIL = 4
_FIRST_PART_ZIPF = 2.0
# A compound is seldom far more common than its first part: "diplomaat" (3.7)
# is no "diplo" (2.3) + "maat", but "brandweer" (4.9) is brand (4.5) + weer.
_FIRST_PART_GAP = 1.0


@cache
def _first_part_word(part: str, lemma: str) -> bool:
    """A first part that is a word, with or without its linking s or e(n), and
    not much rarer than the whole word it would start."""
    from wordfreq import zipf_frequency

    forms = {part, part.removesuffix("s"), part.removesuffix("e"), part.removesuffix("en")}
    best = max(zipf_frequency(f, "nl") for f in forms if len(f) >= 2) if len(part) >= 2 else 0.0
    least = max(_FIRST_PART_ZIPF, zipf_frequency(lemma, "nl") - _FIRST_PART_GAP)
    return best >= least


@cache
def _head_word(part: str) -> bool:
    """A tail long and common enough to be the compound's last word itself."""
    from wordfreq import zipf_frequency

    return len(part) >= 5 and zipf_frequency(part, "nl") >= _HEAD_ZIPF


def listed_part(lemma: str, words: dict | frozenset, verb: bool = False) -> str | None:
    """The lemma itself, or the longest listed last part of a compound."""
    return next((part for part in _parts(lemma, verb) if part in words), None)


def _lemma(token: Token) -> str:
    return (token.lemma or token.text).lower()


def article_fields(article: Article) -> dict[str, dict[str, set[int]]]:
    """For each field, its words in the article and the token positions of each."""
    cache = article.cache
    if "sense-fields" not in cache:
        words = field_words()
        found: dict[str, dict[str, set[int]]] = {}
        for i, token in enumerate(article.tokens):
            if token.tag not in _CONTENT or token.is_entity:
                continue
            part = listed_part(_lemma(token), words, verb=token.tag == "WW")
            for field in words.get(part, ()) if part else ():
                found.setdefault(field, {}).setdefault(part, set()).add(i)
        cache["sense-fields"] = found
    return cache["sense-fields"]


def evidence(
    found: dict[str, dict[str, set[int]]],
    field: str,
    skip: int,
    ignore: frozenset[str] = frozenset(),
) -> int:
    """How many different words of the field the article has besides token
    ``skip``, leaving out the words in ``ignore``."""
    return sum(
        1
        for word, positions in found.get(field, {}).items()
        if positions - {skip} and word not in ignore
    )


@cache
def _sense_index() -> dict[str, list[tuple[str, int]]]:
    """Each Dutch word of a flaggable sense, with the entries and senses it renders."""
    index: dict[str, list[tuple[str, int]]] = {}
    for data in _folder("senses"):
        for entry in data.get("senses") or ():
            for k, sense in enumerate(entry["senses"]):
                if sense.get("fields"):
                    for word in sense["nl"]:
                        index.setdefault(word.lower(), []).append((entry["code"], k))
    return index


def _candidates(article: Article) -> dict[str, list[tuple[int, int, str]]]:
    """For each entry, the tokens that render one of its flaggable senses: token
    position, sense number and the listed word the token ends in. One pass over
    the article serves all the entries. A capital inside a sentence makes the
    word a name."""
    cache = article.cache
    if "sense-candidates" not in cache:
        index, out, tokens = _sense_index(), {}, article.tokens
        for i, token, first in _tokens_with_first(article):
            if token.tag not in _CONTENT or token.is_entity:
                continue
            if token.text[:1].isupper() and not first:
                continue
            seen: set[str] = set()
            for part in _readings(tokens, i, token):
                for code, k in index.get(part, ()):
                    if code not in seen:  # the longest listed part wins
                        seen.add(code)
                        out.setdefault(code, []).append((i, k, part))
        cache["sense-candidates"] = out
    return cache["sense-candidates"]


def _readings(tokens: list[Token], i: int, token: Token) -> list[str]:
    """The token's lemma and its last parts; for a word Frog reads as a verb
    right after an article or a possessive, its spelling as a noun too
    ("zijn boog" is a boat's bow, not the past of buigen)."""
    verb = token.tag == "WW"
    readings = list(_parts(_lemma(token), verb=verb))
    before = tokens[i - 1] if i > 0 else None
    if verb and before is not None and before.lower in _NOUN_OPENERS:
        readings += [r for r in _parts(token.lower) if r not in readings]
    return readings


_NOUN_OPENERS = frozenset({"de", "het", "een", "zijn", "haar", "hun", "ons", "onze", "mijn"})


@dataclass(frozen=True)
class Sense:
    words: frozenset[str]
    fields: tuple[str, ...]
    fix: str
    plural: str | None
    idioms: tuple[re.Pattern[str], ...] = ()  # fixed phrases where the word keeps this sense


def _compound_of_own_field(lemma: str, part: str, sense: Sense) -> bool:
    """A compound that is itself a word of its sense's field ("luchthaven" in
    aviation), or whose first part is one ("schoolexamen"): the compound fixes
    the sense, whatever the rest of the article is about."""
    if lemma == part or not lemma.endswith(part):
        return False
    first = lemma[: len(lemma) - len(part)].rstrip("-")
    words = field_words()
    forms = (lemma, first, first.removesuffix("s"), first.removesuffix("en"))
    return any(set(words.get(form, ())) & set(sense.fields) for form in forms)


def _in_idiom(article: Article, token: Token, idioms: tuple[re.Pattern[str], ...]) -> bool:
    """The token is inside one of the sense's fixed phrases ("een mes op de keel",
    "de Nederlandse tak"): whatever the article is about, the word means itself there."""
    low = max(0, token.start - 60)
    window = article.text[low : token.end + 60].lower()
    return any(
        low + m.start() <= token.start and token.end <= low + m.end()
        for pattern in idioms
        for m in pattern.finditer(window)
    )


@dataclass
class SenseField(Check):
    code: str = ""
    name: str = ""
    english: str = ""
    senses: tuple[Sense, ...] = ()
    bad: tuple[Example, ...] = ()
    good: tuple[str, ...] = ()
    category: str = "accuracy/mistranslation"
    severity: str = "major"
    needs_frog: bool = True
    doc: str = ""

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        candidates = _candidates(article).get(self.code)
        if not candidates:
            return
        found = article_fields(article)
        for i, k, part in candidates:
            sense = self.senses[k]
            if sense.idioms and _in_idiom(article, article.tokens[i], sense.idioms):
                continue
            if _compound_of_own_field(_lemma(article.tokens[i]), part, sense):
                continue
            others = self._other_words(sense)
            if any(evidence(found, f, i, others) for f in sense.fields):
                continue
            better = self._better(found, i, sense)
            if better is not None:
                yield self._finding(article, article.tokens[i], part, better)

    def _other_words(self, sense: Sense) -> frozenset[str]:
        """The renderings of the entry's other senses: the fish "tong" in an
        article is no evidence that a "zool" is a foot's."""
        return frozenset().union(*(s.words for s in self.senses if s is not sense))

    def _better(self, found: dict, i: int, wrong: Sense) -> tuple[Sense, str] | None:
        """The other sense whose field the article is most clearly about."""
        best, best_count = None, MIN_EVIDENCE - 1
        for sense in self.senses:
            if sense is wrong:
                continue
            for field in sense.fields:
                count = evidence(found, field, i)
                if count > best_count:
                    best, best_count = (sense, field), count
        return best

    def _finding(
        self, article: Article, token: Token, part: str, better: tuple[Sense, str]
    ) -> Finding:
        sense, field = better
        label = field_labels().get(field, field)
        message = (
            f"'{token.text}' past niet in een artikel over {label}: het Engelse "
            f"'{self.english}' betekent hier '{sense.fix}'."
        )
        return self.finding(article, token.start, token.end, message, _fix(token, part, sense))


def _fix(token: Token, part: str, sense: Sense) -> list[str]:
    """The right word in the wrong one's place, for nouns whose number is known;
    a compound keeps its first part (hoofdstadium → hoofdpodium)."""
    text, lemma = token.text, _lemma(token)
    prefix = lemma[: len(lemma) - len(part)] if lemma.endswith(part) else ""
    if token.tag != "N":
        return []
    if "mv" in (token.pos or ""):
        return [prefix + sense.plural] if sense.plural else []
    word = prefix + sense.fix
    return [word[:1].upper() + word[1:] if text[:1].isupper() else word]


def _slug(*words: str) -> str:
    return "-".join(re.sub(r"[^\w]+", "-", w.lower()).strip("-") for w in words)


def sense_rules() -> tuple[SenseField, ...]:
    rules = []
    for data in _folder("senses"):
        for entry in data.get("senses") or ():
            senses = tuple(
                Sense(
                    words=frozenset(w.lower() for w in s["nl"]),
                    fields=tuple(s.get("fields") or ()),
                    fix=s["nl"][0],
                    plural=s.get("plural"),
                    idioms=tuple(re.compile(p) for p in s.get("idioms") or ()),
                )
                for s in entry["senses"]
            )
            rules.append(
                SenseField(
                    code=entry["code"],
                    name=_slug(entry["english"], *(s.fix for s in senses)),
                    english=entry["english"],
                    senses=senses,
                    bad=tuple(Example(b) for b in entry["bad"]),
                    good=tuple(entry["good"]),
                    doc=f"English '{entry['english']}' has several Dutch renderings, each "
                    "right in its own field: "
                    + "; ".join(f"{s.fix} ({', '.join(s.fields) or 'general'})" for s in senses)
                    + ". Data: rules/senses/.",
                )
            )
    return tuple(rules)
