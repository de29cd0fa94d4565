"""Grammar that machine translation gets wrong and Frog's tags reveal.

Every check here reads CGN tags (``WW(pv,…)`` finite verb, ``WW(inf,…)``
infinitive, ``N(soort,ev,…,onz,…)`` neuter singular noun …), so all need Frog.
"""

from __future__ import annotations

from collections.abc import Iterator

from nakijker.checks.base import Check, Example, Finding, register
from nakijker.config import Config
from nakijker.doc import Article, Token


def _features(token: Token) -> list[str]:
    pos = token.pos or ""
    return pos[pos.find("(") + 1 : -1].split(",") if "(" in pos else []


def is_noun(token: Token) -> bool:
    return token.tag == "N" and "soort" in _features(token)


def noun_gender(token: Token) -> str | None:
    """'onz' (het-word) or 'zijd' (de-word) for a singular common noun, else None."""
    feats = _features(token)
    if not is_noun(token) or "ev" not in feats or "dim" in feats:
        return None
    return "onz" if "onz" in feats else "zijd" if "zijd" in feats else None


def is_finite(token: Token) -> bool:
    return token.tag == "WW" and "pv" in _features(token)


def is_infinitive(token: Token) -> bool:
    return token.tag == "WW" and "inf" in _features(token)


def _noun_after(tokens: list[Token], i: int, limit: int = 3) -> int | None:
    """Index of the noun after position i, skipping up to ``limit`` adjectives/adverbs."""
    for j in range(i + 1, min(len(tokens), i + 2 + limit)):
        if is_noun(tokens[j]):
            return j
        if tokens[j].tag not in ("ADJ", "BW"):
            return None
    return None


# Person nouns are de-words; Frog's gender for them is reliable even in
# compounds (Europarlementariër), unlike its guesses for other compounds.
_PERSON_SUFFIXES = ("aar", "ier", "iër", "ist", "ant", "ent", "eur", "or", "er", "ster", "rice")
# Het-words that end like person nouns, whose gender Frog gets wrong in compounds.
_NOT_PERSONS = (
    "paar",
    "jaar",
    "papier",
    "plezier",
    "vizier",
    "kwartier",
    "bier",
    "water",
    "theater",
)
_SHORT_NOUN = 7  # Frog's lexicon knows the gender of short, simple nouns


def _trusted_article(tokens: list[Token], j: int) -> str | None:
    """The article a noun demands, where Frog's gender can be trusted."""
    noun = tokens[j]
    gender = noun_gender(noun)
    if (
        gender == "zijd"
        and noun.lower.endswith(_PERSON_SUFFIXES)
        and not noun.lower.endswith(_NOT_PERSONS)
        and len(noun.text) > 5
    ):
        return "de"
    followed_by_number = j + 1 < len(tokens) and tokens[j + 1].tag == "TW"
    if gender == "onz" and len(noun.text) <= _SHORT_NOUN and not followed_by_number:
        return "het"
    return None


@register
class ArticleAgreement(Check):
    code = "GR401"
    name = "article-gender"
    category = "fluency/grammar"
    needs_frog = True
    doc = """The definite article does not fit the noun: "het Europarlementariër", "de kabinet".

Frog's tag gives the noun's gender (zijd: de-word, onz: het-word). Its
guesses for compounds are unreliable, so only two cases are checked: "het"
before a person noun (-aar, -ier, -ist, -er …, always de-words), and "de"
before a short het-word that Frog's lexicon knows."""
    bad = (
        Example("[[Het]] Europarlementariër stemde tegen.", "De"),
        Example("De premier verliet [[de]] kabinet na een ruzie.", "het"),
    )
    good = (
        "De Europarlementariër stemde tegen.",
        "Het kabinet viel.",
        "De kabinetten vielen.",
        "Het huisje stond leeg.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = sentence.tokens
            for i, tok in enumerate(tokens):
                if tok.tag != "LID" or tok.lower not in ("de", "het"):
                    continue
                j = _noun_after(tokens, i)
                want = _trusted_article(tokens, j) if j is not None else None
                if want and want != tok.lower:
                    fixed = want.capitalize() if tok.text[0].isupper() else want
                    yield self.finding(
                        article,
                        tok.start,
                        tok.end,
                        f"'{tokens[j].text}' is een {want}-woord: schrijf '{fixed}'.",
                        [fixed],
                    )


_INDEFINITE = {"een", "geen", "elk", "ieder", "zo’n", "zo'n", "welk", "menig"}


@register
class AdjectiveInflection(Check):
    code = "GR402"
    name = "adjective-e-neuter"
    category = "fluency/grammar"
    needs_frog = True
    doc = """An adjective with -e after "een" before a het-word: "een nieuwe kabinet".

After an indefinite article, an adjective before a singular het-word has no
-e: een nieuw kabinet, geen groot probleem. The base form comes from
Frog's lemma."""
    bad = (
        Example("Er komt een [[nieuwe]] kabinet.", "nieuw"),
        Example("Dat is geen [[grote]] probleem.", "groot"),
    )
    good = ("Er komt een nieuw kabinet.", "Er komt een nieuwe regering.", "Het nieuwe kabinet.")

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = sentence.tokens
            for i, tok in enumerate(tokens[:-2]):
                if tok.lower not in _INDEFINITE:
                    continue
                adj = tokens[i + 1]
                if adj.tag != "ADJ" or "met-e" not in _features(adj) or not adj.lemma:
                    continue
                j = _noun_after(tokens, i + 1, limit=2)
                if j is None or noun_gender(tokens[j]) != "onz" or adj.lemma == adj.lower:
                    continue
                yield self.finding(
                    article,
                    adj.start,
                    adj.end,
                    f"Na '{tok.text}' krijgt het bijvoeglijk naamwoord voor een het-woord "
                    f"('{tokens[j].text}') geen -e: '{adj.lemma}'.",
                    [adj.lemma],
                )


# Verbs that take a bare infinitive after a perfect auxiliary ("heeft moeten
# gaan", "is blijven staan"): with them an infinitive is right.
_INFINITIVE_TAKERS = {
    "kunnen", "moeten", "willen", "mogen", "zullen", "laten", "gaan", "blijven", "zien",
    "horen", "helpen", "leren", "zitten", "staan", "liggen", "lopen", "komen", "durven",
    "hoeven", "voelen", "doen", "wezen", "proberen", "beginnen",
}  # fmt: skip
_CLAUSE_END = {",", ".", ";", ":", "!", "?", "“", "”", "‘", "’", '"', "(", ")", "–", "—"}


@register
class PerfectWithInfinitive(Check):
    code = "GR403"
    name = "perfect-with-infinitive"
    category = "fluency/grammar"
    severity = "major"
    needs_frog = True
    doc = """A perfect tense with an infinitive instead of a participle: "hebben … uitsluiten".

English "have not ruled out" comes out as "hebben … niet uitsluiten". When a
clause's verbs are a form of hebben or zijn and one infinitive at the end,
without "te" and without a verb that takes an infinitive (moeten, laten,
blijven …), the infinitive should be a past participle (uitgesloten)."""
    bad = (
        Example("De agenten hadden de aanslag [[verijdelen]].", None),
        Example(
            "De leiders hebben een terugkeer naar de onderhandelingen niet [[uitsluiten]].", None
        ),
    )
    good = (
        "De agenten hadden de aanslag verijdeld.",
        "Ze hebben niets te verliezen.",
        "Hij heeft het huis laten verbouwen.",
        "Ze zijn blijven staan.",
        "De leiders hebben besloten de onderhandelingen te hervatten.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            yield from self._clauses(article, sentence.tokens)

    def _clauses(self, article: Article, tokens: list[Token]) -> Iterator[Finding]:
        clause: list[Token] = []
        for tok in [*tokens, None]:
            if tok is None or tok.text in _CLAUSE_END or tok.tag == "VG":
                finding = self._check_clause(article, clause)
                if finding:
                    yield finding
                clause = []
            else:
                clause.append(tok)

    def _check_clause(self, article: Article, clause: list[Token]) -> Finding | None:
        verbs = [t for t in clause if t.tag == "WW"]
        if len(verbs) != 2 or (verbs[0].lemma or "") not in ("hebben", "zijn"):
            return None
        last = verbs[1]
        if not is_infinitive(last) or last is not clause[-1] or last.lemma in _INFINITIVE_TAKERS:
            return None
        if any(t.lower in ("te", "om") for t in clause):
            return None
        return self.finding(
            article,
            last.start,
            last.end,
            f"Na '{verbs[0].text}' hoort een voltooid deelwoord, geen infinitief '{last.text}'.",
        )


_SUBORDINATORS = {
    "nadat",
    "omdat",
    "toen",
    "terwijl",
    "voordat",
    "zodat",
    "hoewel",
    "doordat",
    "aangezien",
    "nu",
}
_DETERMINERS = ("LID", "VNW")


@register
class SubordinateWordOrder(Check):
    code = "GR404"
    name = "subordinate-verb-order"
    category = "fluency/grammar"
    severity = "major"
    needs_frog = True
    doc = """English word order in a subordinate clause: "nadat ze bezegelde de overwinning".

In a clause opened by nadat, omdat, toen, terwijl … the finite verb goes to
the end: "nadat ze de overwinning bezegelde". Flagged when the finite verb
follows the subject directly and an object with its article comes after it
before the clause ends."""
    bad = (
        Example(
            "De zaal juichte nadat ze [[bezegelde de overwinning]].", "de overwinning bezegelde"
        ),
    )
    good = (
        "De zaal juichte nadat ze de overwinning bezegelde.",
        "Hij bleef thuis omdat hij ziek was.",
        "Toen ze zei dat ze stopte, schrok iedereen.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = sentence.tokens
            for i, tok in enumerate(tokens):
                if tok.lower not in _SUBORDINATORS or tok.tag != "VG":
                    continue
                finding = self._after(article, tokens, i + 1)
                if finding:
                    yield finding

    def _after(self, article: Article, tokens: list[Token], k: int) -> Finding | None:
        if k + 3 >= len(tokens) + 1 or k >= len(tokens):
            return None
        subject = tokens[k]
        if not (subject.tag == "VNW" and "pers" in _features(subject)) and subject.tag != "SPEC":
            return None
        verb_i = k + 1
        while verb_i < len(tokens) and tokens[verb_i].tag == "SPEC":
            verb_i += 1
        if verb_i + 2 > len(tokens) or not is_finite(tokens[verb_i]):
            return None
        det = tokens[verb_i + 1] if verb_i + 1 < len(tokens) else None
        if det is None or det.tag not in _DETERMINERS or det.lower in ("dat", "die", "wat"):
            return None
        end = verb_i + 2
        while end < len(tokens) and tokens[end].tag in ("ADJ", "N", "SPEC"):
            end += 1
        if end == verb_i + 2 or (end < len(tokens) and tokens[end].text not in _CLAUSE_END):
            return None
        verb, obj = tokens[verb_i], tokens[verb_i + 1 : end]
        start, stop = verb.start, obj[-1].end
        fixed = article.text[obj[0].start : obj[-1].end] + " " + verb.text
        return self.finding(
            article,
            start,
            stop,
            "In een bijzin staat de persoonsvorm achteraan.",
            [fixed],
        )


_FRONTED_SUBJECTS = {"er", "ik", "jij", "je", "hij", "zij", "ze", "wij", "we", "jullie", "u", "het"}


@register
class VerbSecond(Check):
    code = "GR405"
    name = "verb-second"
    category = "fluency/grammar"
    severity = "major"
    needs_frog = True
    doc = """The finite verb not in second place after a fronted phrase: "Vorig jaar er werden".

A Dutch main clause that starts with a time or place phrase puts the finite
verb right after it: "Vorig jaar werden er …". Flagged when such a phrase is
followed by "er" or a subject pronoun and only then the finite verb."""
    bad = (Example("[[Vorig jaar er werden]] minder huizen verkocht.", "Vorig jaar werden er"),)
    good = (
        "Vorig jaar werden er minder huizen verkocht.",
        "Toen hij kwam, was het al laat.",
        "De man die hij zag, liep weg.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = [t for t in sentence.tokens if t.text not in '“‘"„']
            for n in range(1, 5):
                if n + 1 >= len(tokens):
                    break
                head, subj, verb = tokens[:n], tokens[n], tokens[n + 1]
                if not self._fronted(head) or subj.lower not in _FRONTED_SUBJECTS:
                    continue
                if subj.tag != "VNW" or not is_finite(verb):
                    continue
                phrase = article.text[head[0].start : head[-1].end]
                yield self.finding(
                    article,
                    head[0].start,
                    verb.end,
                    "Na een vooropgeplaatste bepaling komt eerst de persoonsvorm.",
                    [f"{phrase} {verb.text} {subj.text}"],
                )
                break

    @staticmethod
    def _fronted(head: list[Token]) -> bool:
        """An adverb, or a prepositional or adjective+noun phrase of time or place."""
        if any(t.tag in ("WW", "VG", "LET") or t.text == "," for t in head):
            return False
        first = head[0]
        if len(head) == 1:
            return first.tag == "BW"
        return (first.tag in ("VZ", "ADJ") and is_noun(head[-1])) or first.tag == "VZ"
