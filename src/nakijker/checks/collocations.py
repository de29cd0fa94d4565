"""Light-verb collocations as data: a noun with the wrong verb, in any word order.

English "make a decision", "pay a visit", "take an exam" come out as "een
beslissing maken", "een bezoek betalen", "een examen nemen"; Dutch says
nemen, brengen, afleggen. One entry of ``rules/collocations.yaml`` names the
nouns, the wrong verbs and the right one; the engine finds the verb (by
Frog's lemma) and the noun in one clause, whatever their order: "maakte de
beslissing", "de beslissing te hebben gemaakt", "nadat hij die beslissing
maakte". Each entry is a check of its own (CL1xx) with its own examples.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from nakijker.checks.base import Check, Example, Finding
from nakijker.checks.grammar import split_clauses
from nakijker.config import Config
from nakijker.doc import Article, Token
from nakijker.rules import load_yaml

# Clause boundaries: a collocation's verb and noun stand in one clause.
_BOUNDARY_TEXT = frozenset(',;:.!?“”‘’"()–—')
_BOUNDARY_WORDS = frozenset(
    {"en", "maar", "of", "want", "dat", "die", "omdat", "nadat", "toen", "als", "terwijl",
     "zodat", "waardoor", "waarna", "hoewel", "voordat", "wanneer", "om",
     # an indirect question is a clause of its own: "gevraagd te onderzoeken hoe de vragen …"
     "hoe", "waarom", "hoeveel", "waar"}
)  # fmt: skip
_NP_WORDS = ("LID", "ADJ", "TW")
_YEAR = re.compile(r"^(1[89]|20)\d\d$")


@cache
def _data() -> dict:
    return load_yaml(files("nakijker.rules").joinpath("collocations.yaml").read_text("utf-8"))


def _forms(verb: str) -> dict[str, str]:
    return _data()["verbs"].get(verb, {})


@dataclass
class Collocation(Check):
    code: str = ""
    name: str = ""
    nouns: frozenset[str] = frozenset()
    wrong: frozenset[str] = frozenset()
    right: str = ""
    english: str = ""
    guards: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    exact: bool = False  # match the noun's form, not its lemma
    indefinite: bool = False  # only after een/geen or no article ("een bezoek betalen")
    bad: tuple[Example, ...] = ()
    good: tuple[str, ...] = ()
    category: str = "style/unidiomatic"
    severity: str = "minor"
    needs_frog: bool = True
    doc: str = ""

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        clauses = _verb_clauses(article)
        for lemma in self.wrong & clauses.keys():
            for clause in clauses[lemma]:
                finding = self._in_clause(article, clause)
                if finding:
                    yield finding

    def _in_clause(self, article: Article, clause: list[Token]) -> Finding | None:
        verb = next(t for t in clause if self._wrong_verb(t))
        noun = next((t for i, t in enumerate(clause) if self._object(clause, i)), None)
        if noun is None:
            return None
        if any(t.lower in self.guards for t in clause) or self._particle(clause):
            return None
        if "maken" in self.wrong and any(_predicate(t) for t in clause[1:]):
            return None  # "maakte de beslissing bekend": maken + adjective is causative
        fix = _same_form(verb, self.right)
        return self.finding(
            article,
            verb.start,
            verb.end,
            f"Anglicisme '{self.english}': bij '{noun.text}' hoort in het Nederlands "
            f"'{self.right}', niet '{verb.lemma or verb.text}'.",
            [fix] if fix else [],
        )

    def _wrong_verb(self, token: Token) -> bool:
        return token.tag == "WW" and (token.lemma or "").lower() in self.wrong

    def _particle(self, clause: list[Token]) -> bool:
        """The particle of a separable verb that makes it right: "nam de eed af",
        "nam de foto's op in de collectie" (no noun phrase after it)."""
        for i, token in enumerate(clause):
            if token.lower not in self.particles:
                continue
            following = clause[i + 1] if i + 1 < len(clause) else None
            if "fin" in (token.pos or "") or following is None or following.tag in ("VZ", "WW"):
                return True
        return False

    def _object(self, clause: list[Token], i: int) -> bool:
        """A noun of the entry that is not the subject ("De belofte maakte indruk")
        and not inside a prepositional phrase ("door de beslissing")."""
        token = clause[i]
        if token.tag != "N" or not _headed_by(token, self.nouns, self.exact):
            return False
        if i + 1 < len(clause) and clause[i + 1].tag in ("LID", "N", "VNW", "TW"):
            return False  # a second object follows: "gaf zijn toespraak meer kleur"
        j = i - 1
        while j >= 0 and (
            clause[j].tag in _NP_WORDS
            or _determiner(clause[j])
            or (_attributive_verb(clause[j]) and not self._wrong_verb(clause[j]))
        ):
            if _YEAR.match(clause[j].text):
                break  # "zou in 2027 effect nemen": the year ends the phrase "in 2027"
            j -= 1
        if self.indefinite and clause[j + 1].lower not in ("een", "geen") and j + 1 < i:
            return False  # "wil het bezoek niet betalen": paying for the visit
        if j < 0:
            following = clause[i + 1] if i + 1 < len(clause) else None
            return not (following and following.tag == "WW" and "pv" in (following.pos or ""))
        return clause[j].tag != "VZ"


def _attributive_verb(token: Token) -> bool:
    """ "groeiende zorgen", "gestegen prijzen": a participle inside the noun phrase."""
    return token.tag == "WW" and "prenom" in (token.pos or "")


def _determiner(token: Token) -> bool:
    return token.tag == "VNW" and "det" in (token.pos or "")


def _predicate(token: Token) -> bool:
    """An adjective standing alone: "maakte de beslissing bekend", "maakte het moeilijk"."""
    return token.tag == "ADJ" and "vrij" in (token.pos or "")


def _headed_by(token: Token, nouns: frozenset[str], exact: bool = False) -> bool:
    """The noun or a compound ending in it whose first part is a word of four
    letters or more (eindbeslissing; not verbod for bod); with ``exact``, the
    form itself ("zorg", not the plural "zorgen")."""
    if exact:
        return token.lower in nouns
    lemma = (token.lemma or token.lower).lower()
    if lemma in nouns or token.lower in nouns:
        return True
    return any(lemma.endswith(n) and len(lemma) - len(n) >= 4 for n in nouns)


def _verb_clauses(article: Article) -> dict[str, list[list[Token]]]:
    """The clauses of the article by the lemmas of their verbs, built once per
    article for all the collocation checks."""
    cache = article.cache
    if "collocation-clauses" not in cache:
        by_lemma: dict[str, list[list[Token]]] = {}
        for sentence in article.sentences:
            for clause in split_clauses(sentence.tokens, _boundary):
                lemmas = {(t.lemma or "").lower() for t in clause if t.tag == "WW"}
                for lemma in lemmas:
                    by_lemma.setdefault(lemma, []).append(clause)
        cache["collocation-clauses"] = by_lemma
    return cache["collocation-clauses"]


def _boundary(token: Token) -> bool:
    return token.text in _BOUNDARY_TEXT or token.lower in _BOUNDARY_WORDS


def _same_form(verb: Token, right: str) -> str | None:
    """The right verb in the wrong one's form (maakte → nam), when one word does it."""
    forms, pos, text = _forms(right), verb.pos or "", verb.lower
    if "vd" in pos:
        key = "participle"
    elif "inf" in pos:
        key = "infinitive"
    elif "verl" in pos:
        key = "past_plural" if "mv" in pos else "past"
    elif "mv" in pos:
        key = "infinitive"
    else:
        key = "present_t" if text.endswith("t") else "present"
    form = forms.get(key)
    return form if form and " " not in form else None


def collocation_rules() -> tuple[Collocation, ...]:
    rules = []
    for entry in _data()["collocations"]:
        rules.append(
            Collocation(
                code=entry["code"],
                name=entry["name"],
                nouns=frozenset(entry["nouns"]),
                wrong=frozenset(entry["wrong"]),
                right=entry["right"],
                english=entry["english"],
                guards=frozenset(entry.get("guards", ())),
                particles=frozenset(entry.get("particles", ())),
                exact=bool(entry.get("exact")),
                indefinite=bool(entry.get("indefinite")),
                bad=tuple(Example(b) for b in entry["bad"]),
                good=tuple(entry["good"]),
                doc=f"'{entry['english']}' rendered with the English verb: "
                f"{', '.join(sorted(entry['nouns']))} + {', '.join(sorted(entry['wrong']))}; "
                f"Dutch says '{entry['right']}'. Data: rules/collocations.yaml.",
            )
        )
    return tuple(rules)
