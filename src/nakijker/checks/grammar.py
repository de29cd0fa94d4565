"""Grammar that machine translation gets wrong and Frog's tags reveal.

Every check here reads CGN tags (``WW(pv,…)`` finite verb, ``WW(inf,…)``
infinitive, ``N(soort,ev,…,onz,…)`` neuter singular noun …), so all need Frog.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cache
from importlib.resources import files
from itertools import pairwise

from nakijker.checks.base import Check, Example, Finding, register
from nakijker.checks.formats import DAYS_NL, MONTHS_NL
from nakijker.config import Config
from nakijker.doc import Article, Token
from nakijker.lexicon.genders import head_gender
from nakijker.lexicon.hunspell import default_speller
from nakijker.rules import load_yaml


@cache
def grammar_words() -> dict:
    """rules/grammar_words.yaml, read once: the Dutch word lists of the
    grammar and spelling checks, one key per list."""
    text = files("nakijker.rules").joinpath("grammar_words.yaml").read_text("utf-8")
    return load_yaml(text)


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


def possessive_read_as_verb(tokens: list[Token], v: int) -> bool:
    """ "nadat het bedrijf zijn omzetverwachting had verlaagd": Frog may tag
    the possessive "zijn" before a noun (or adjective and noun) as the verb."""
    if tokens[v].lower != "zijn" or v + 1 >= len(tokens):
        return False
    k = v + 1
    while k < len(tokens) - 1 and tokens[k].tag == "ADJ" and "prenom" in _features(tokens[k]):
        k += 1
    return is_noun(tokens[k]) and tokens[k].text.islower()


_POSSESSIVE_TAG = "VNW(bez,det,stan,vol,3,ev,prenom,zonder,agr)"


def _possessives_retagged(tokens: list[Token]) -> list[Token]:
    """The tokens with a possessive "zijn" that Frog read as the verb tagged as
    a possessive ("dat het bedrijf had bewust zijn verplichtingen genegeerd");
    not after "er", where "zijn" is the verb ("er zijn mensen")."""
    return [
        replace(t, pos=_POSSESSIVE_TAG)
        if t.tag == "WW"
        and k > 0
        and tokens[k - 1].lower != "er"
        and possessive_read_as_verb(tokens, k)
        else t
        for k, t in enumerate(tokens)
    ]


def is_infinitive(token: Token) -> bool:
    return token.tag == "WW" and "inf" in _features(token)


def infinitive_form(token: Token) -> bool:
    """An infinitive, or the same form that Frog read as a plural present
    ("proberen een koper vinden", "meer wapens kopen")."""
    return is_infinitive(token) or (
        token.tag == "WW" and "mv" in _features(token) and token.lower == token.lemma
    )


def split_clauses(
    tokens: list[Token],
    boundary: Callable[[Token], bool],
    keep: Callable[[Token], bool] = lambda token: False,
) -> Iterator[list[Token]]:
    """The non-empty stretches between boundary tokens: clauses, near enough.
    A boundary for which ``keep`` holds opens the next stretch ("dat …")."""
    clause: list[Token] = []
    for token in tokens:
        if boundary(token):
            if clause:
                yield clause
            clause = [token] if keep(token) else []
        else:
            clause.append(token)
    if clause:
        yield clause


def _noun_after(tokens: list[Token], i: int, limit: int = 3) -> int | None:
    """Index of the noun after position i, skipping up to ``limit`` adjectives/adverbs."""
    for j in range(i + 1, min(len(tokens), i + 2 + limit)):
        if is_noun(tokens[j]):
            return j
        if tokens[j].lower == "genoeg":
            return None  # "of het jong genoeg melk drinkt": a predicate, no noun phrase
        # a participle, an ordinal or "enige" before the noun counts: "het
        # volgende hoofdoogst", "het eerste olifant", "het enige brug"
        feats = _features(tokens[j])
        prenominal = tokens[j].tag in ("WW", "TW", "VNW") and "prenom" in feats
        if tokens[j].tag == "TW" and "rang" not in feats:
            prenominal = False  # "het 94 jaar oude bedrijf": a count is another phrase
        if tokens[j].tag not in ("ADJ", "BW") and not prenominal:
            return None
        if tokens[j].tag in ("TW", "VNW"):
            # only right before its noun: in "de eerste ronde vorig jaar" Frog
            # reads "ronde" as an adjective, and "jaar" is another phrase; and
            # not after "de meeste", whose noun is plural ("de meeste glas
            # tuinbouwbedrijven": a split compound, SP503's)
            if tokens[j].lower in _PLURAL_ONLY:
                return None
            return j + 1 if j + 1 < len(tokens) and is_noun(tokens[j + 1]) else None
    return None


_PLURAL_ONLY = frozenset({"meeste", "vele", "beide", "alle", "sommige", "weinige"})


# Person nouns are de-words; Frog's gender for them is reliable even in
# compounds (Europarlementariër), unlike its guesses for other compounds.
_PERSON_SUFFIXES = ("aar", "ier", "iër", "ist", "ant", "ent", "eur", "or", "er", "ster", "rice")
# Het-words that end like person nouns, whose gender Frog gets wrong in compounds.
_NOT_PERSONS = tuple(grammar_words()["not_persons"])
_SHORT_NOUN = 7  # Frog's lexicon knows the gender of short, simple nouns


@cache
def _het_lists() -> tuple[frozenset[str], frozenset[str]]:
    data = load_yaml(files("nakijker.rules").joinpath("het_words.yaml").read_text("utf-8"))
    return frozenset(data["words"]), frozenset(data["exact"])


@cache
def listed_het_word(word: str) -> bool:
    """A het-word from rules/het_words.yaml, or a compound that ends in one."""
    w = word.lower()
    words, exact = _het_lists()
    if w in words or w in exact:
        return True
    heads = (k for k in range(3, len(w) - 3) if w[k:] in words)
    return any(_compound_head(w[:k].rstrip("-")) for k in heads)


def _compound_head(prefix: str) -> bool:
    """What comes before the last part is a word, perhaps with a linking s, e or en."""
    options = [prefix]
    options += [prefix[: -len(end)] for end in ("s", "e", "en") if prefix.endswith(end)]
    return any(len(p) >= 3 and default_speller().correct(p) for p in options)


def _listed_singular_het(noun: Token) -> bool:
    # Frog may read a compound in -en as a plural ("griepseizoen"); its lemma
    # is then the word itself, where a real plural's lemma is shorter.
    singular = "mv" not in _features(noun) or noun.lemma == noun.text
    return noun.text.islower() and singular and listed_het_word(noun.text)


def _trusted_article(tokens: list[Token], j: int) -> str | None:
    """The article a noun demands, where Frog's gender (or our list) can be trusted."""
    noun = tokens[j]
    if _listed_singular_het(noun):
        return "het"
    # After "het" an adjective takes -e; a bare capitalised one is part of a
    # name ("het Nederlands Kanker Instituut"), whose head comes later.
    before = tokens[j - 1]
    in_name = before.text[:1].isupper() and before.tag == "ADJ" and "zonder" in _features(before)
    if in_name or (noun.lower == "been" and j >= 2 and tokens[j - 2].lower == "op"):
        return None  # part of a name ("het Nederlands Kanker Instituut"), or "op de been"
    gender = noun_gender(noun)
    if gender is None and _compound_read_as_plural(noun):
        head = head_gender(noun.lower)  # "het oudste olijfpers": "pers" is a de-word
        if head is not None and not noun.lower.endswith(tuple(_BOTH_GENDERS)):
            return "het" if head == "onz" else "de"
    if (
        gender == "zijd"
        and noun.lower.endswith(_PERSON_SUFFIXES)
        and not noun.lower.endswith(_NOT_PERSONS)
        and len(noun.text) > 5
    ):
        return "de"
    followed_by_number = j + 1 < len(tokens) and tokens[j + 1].tag == "TW"
    if followed_by_number or gender is None or noun.lower in _BOTH_GENDERS:
        return None
    if gender == "onz" and len(noun.text) <= _SHORT_NOUN:
        return "het"
    if noun.text.islower() and _well_known(noun.lower):
        return "het" if gender == "onz" else "de"  # "het conferentie"
    if noun.text.islower() and head_gender(noun.lower) == gender:
        return "het" if gender == "onz" else "de"  # "het hoofdoogst": Frog and "oogst" agree
    return None


def _compound_read_as_plural(noun: Token) -> bool:
    """ "olijfpers", "wijnpers": Frog reads an unknown compound whose last part
    ends like a plural as one, with the word itself as its lemma; a real
    plural's lemma is its singular."""
    feats = _features(noun)
    return (
        is_noun(noun)
        and "mv" in feats
        and noun.lemma == noun.text
        and noun.text.isalpha()
        and noun.text.islower()
        and len(noun.text) >= 8
        and not noun.lower.endswith("en")  # "olijfpersen" may be a real plural
        # "regelgevers": a real plural Frog did not reduce
        and not (noun.lower.endswith("s") and default_speller().correct(noun.lower[:-1]))
    )


# Nouns with both genders, or a meaning for each (het/de punt, het/de stof).
_BOTH_GENDERS = frozenset(grammar_words()["both_genders"])
_KNOWN_NOUN_ZIPF = 3.0  # common enough to be in Frog's lexicon, so its gender is looked up


def _well_known(word: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "nl") >= _KNOWN_NOUN_ZIPF


@register
class ArticleAgreement(Check):
    code = "GR401"
    name = "article-gender"
    category = "fluency/grammar"
    needs_frog = True
    doc = """The definite article does not fit the noun: "het Europarlementariër", "de kabinet".

Frog's tag gives the noun's gender (zijd: de-word, onz: het-word). Its
guesses for rare compounds are unreliable, so only these are checked: "het"
before a person noun (-aar, -ier, -ist, -er …, always de-words); "de" before
a short het-word that Frog's lexicon knows; and any noun common enough
(Zipf 3 in wordfreq) to be in that lexicon, except nouns with both
genders (het/de punt)."""
    bad = (
        Example("[[Het]] Europarlementariër stemde tegen.", "De"),
        Example("De premier verliet [[de]] kabinet na een ruzie.", "het"),
        Example("Het bedrijf keert [[de]] slotdividend in juni uit.", "het"),
        Example("Zo staat het in [[de]] nieuwe migratiepact.", "het"),
        Example("[[Het]] conferentie werd in Brussel gehouden.", "De"),
        Example("Dat zei [[het]] Nederlandse Europarlementariër Anneke Vos.", "de"),
        Example("De prijzen dalen pas na [[het]] volgende hoofdoogst.", "de"),
        Example("[[De]] griepseizoen begint dit jaar vroeg.", "Het"),
        Example("Hij won [[het]] derde etappe van de ronde.", "de"),
        Example("Experts denken dat [[het]] maatregel weinig effect heeft.", "de"),
        Example("Het museum toont [[het]] oudste olijfpers van het land.", "de"),
    )
    good = (
        "De Europarlementariër stemde tegen.",
        "De griepseizoenen van de laatste jaren waren mild.",
        "Het kabinet viel.",
        "De kabinetten vielen.",
        "Het huisje stond leeg.",
        "Het bedrijf keert het slotdividend in juni uit.",
        "De muur van de cultuur is hoog.",
        "De dividenden stijgen.",
        "Het publiek hield me op de been.",
        "Een arts van het Nederlands Kanker Instituut zei dat.",
        "Zondag neemt de wind af en wordt het droger, met temperaturen rond de 9 graden.",
        "Het bedrijf gaat niet in op de losgeld eis.",
        "Nu is het zaak om rustig te blijven, in de bakkerij waar het zondagochtend druk is.",
        "De conferentie werd in Brussel gehouden, het punt en de punt ook.",
        "Ze wonnen de finale van de Korfbal League in de Ziggo Dome.",
        "We merken dat mensen het zonde vinden om eten weg te gooien.",
        "Verzorgers kijken of het jong genoeg melk drinkt.",
        "Het Israëlische leger zei dat het wapendepots had geraakt.",
        "Het veilinghuis zei dat de koper heeft beloofd het skelet uit te lenen.",
        "De rechter oordeelde dat het schade had veroorzaakt aan de dijk.",
        "Na zijn nederlaag in de eerste ronde vorig jaar trainde hij harder.",
        "Ze zeiden dat het tijd is voor een nieuwe aanpak.",
        "De meeste glastuinbouwbedrijven en het enige bedrijf zijn verzekerd.",
        "De vervoerder zei dat het volgende week nieuwe bussen inzet.",
        "Het museum toont de oudste olijfpers van het land.",
        "De bruikleen omvat twee schilderijen.",
        "Pharma wil het middel voorleggen aan de Europese regelgevers.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = sentence.tokens
            for i, tok in enumerate(tokens):
                if tok.lower not in ("de", "het"):
                    continue
                if tok.tag != "LID" and not _article_read_as_pronoun(tokens, i):
                    continue
                j = _noun_after(tokens, i)
                if j is not None and _pronoun_before_comparative(tokens, i, j):
                    continue
                if j is not None and _pronoun_het(tokens, i, j):
                    continue
                if j is not None and _pronoun_before_time(tokens, i, j):
                    continue
                if j is not None and _compound_apart(tokens, j, tok.lower):
                    continue  # "de losgeld eis": the noun is a compound's first part (SP503)
                if j is not None and _name_goes_on(tokens, j):
                    continue  # "de Korfbal League": the article fits the name's last word
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


# Words that open a noun phrase: after "het" + noun they show that the noun
# is not a bare object of the pronoun "het" ("dat het schade had veroorzaakt").
_PHRASE_OPENERS = ("N", "ADJ", "LID", "TW")


def _article_read_as_pronoun(tokens: list[Token], i: int) -> bool:
    """ "dat het uitspraak gevolgen kan hebben": Frog reads "het" before a
    de-word as the pronoun, but another noun phrase follows the noun, so the
    two were one subject with the wrong article."""
    if tokens[i].lower != "het" or i + 2 >= len(tokens) or i == 0:
        return False
    noun, after = tokens[i + 1], tokens[i + 2]
    if not (is_noun(noun) and noun.text.islower() and "ev" in _features(noun)):
        return False
    if noun.lower.endswith(_TIME_ENDINGS) or noun_gender(noun) != "zijd":
        return False
    opens = after.tag in _PHRASE_OPENERS or (after.tag == "VNW" and "prenom" in _features(after))
    return opens and tokens[i - 1].tag in ("VG", "VZ")


_TIME_ENDINGS = ("ochtend", "middag", "avond", "nacht", "morgen", "week", "dag", "jaar")


def _name_goes_on(tokens: list[Token], j: int) -> bool:
    """A capitalised noun inside a name that goes on ("de Korfbal League"); a
    person's name after a title starts a name of its own ("het
    Europarlementariër Anneke Vos" is still wrong)."""
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    if not tokens[j].text[:1].isupper() or following is None:
        return False
    return (following.ner or "").startswith("I-")


def _compound_apart(tokens: list[Token], j: int, article: str) -> bool:
    """The noun at j is followed by a singular noun that fits the article."""
    if j + 1 >= len(tokens) or tokens[j].start == tokens[j + 1].start:
        return False
    following = tokens[j + 1]
    plural = is_noun(following) and "mv" in _features(following) and following.text.islower()
    if article == "de" and plural:
        return True  # "de water standen": the plural head takes "de"
    return noun_gender(following) == ("onz" if article == "het" else "zijd")


# Verbs of judging whose object "het" a predicate noun follows: "het zonde vinden".
_JUDGING_VERBS = {"vinden", "noemen", "achten", "beschouwen"}


def _pronoun_het(tokens: list[Token], i: int, j: int) -> bool:
    """ "is het zaak om", "waar het zondagochtend druk is": "het" is the subject
    after the verb or a relative adverb, and the bare noun is a predicate or a
    time adverbial, not the head of "het" + noun."""
    if tokens[i].lower != "het" or j != i + 1 or i == 0:
        return False
    before, noun = tokens[i - 1], tokens[j]
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    if after is not None and (after.lemma or "") in _JUDGING_VERBS:
        return True  # "dat mensen het zonde vinden": "het" is the object
    if before.tag == "VG" and after is not None and after.tag == "WW":
        return True  # "dat het schade had veroorzaakt": "het" is the subject
    if not (is_finite(before) or before.lower in _RELATIVE_ADVERBS):
        return False
    timely = noun.lower.endswith(("ochtend", "middag", "avond", "nacht", "morgen", "week"))
    return timely or after is None or after.tag in ("VZ", "BW", "LET", "VG", "ADJ")


def _pronoun_before_time(tokens: list[Token], i: int, j: int) -> bool:
    """ "dat het vorige maand een bod deed": after a conjunction or a verb,
    "het" is the subject and "vorige maand" a time adverbial of its own."""
    if tokens[i].lower != "het" or i == 0:
        return False
    before = tokens[i - 1]
    if not (is_finite(before) or (before.tag == "VG" and "onder" in _features(before))):
        return False
    return time_phrase_length(tokens, i + 1) == j - i


def _pronoun_before_comparative(tokens: list[Token], i: int, j: int) -> bool:
    """ "wordt het droger.": "het" is the subject after the verb, and the "noun"
    Frog found a comparative that ends the clause."""
    return (
        i > 0
        and j == i + 1
        and is_finite(tokens[i - 1])
        and tokens[j].lower.endswith("er")
        and (j + 1 == len(tokens) or tokens[j + 1].text in _CLAUSE_END)
    )


_INDEFINITE = frozenset(grammar_words()["indefinite_determiners"])


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
        Example("De ministers bespraken een [[nieuwe]] akkoord met Mercosur.", "nieuw"),
    )
    good = (
        "Er komt een nieuw kabinet.",
        "Er komt een nieuwe regering.",
        "Het nieuwe kabinet.",
        "Het veilinghuis verkocht het schilderij aan een anonieme koper.",
        "Experts waarschuwen voor een nieuwe golf aanvallen.",
    )

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
                if j is None and _listed_singular_het(tokens[i + 2]):
                    j = i + 2  # "een nieuwe akkoord": Frog took the noun for an adjective
                if j is None or adj.lemma == adj.lower or tokens[j].lower in _BOTH_GENDERS:
                    continue  # "een anonieme koper": the buyer, not the copper
                if noun_gender(tokens[j]) != "onz" and not _listed_singular_het(tokens[j]):
                    continue
                yield self.finding(
                    article,
                    adj.start,
                    adj.end,
                    f"Na '{tok.text}' krijgt het bijvoeglijk naamwoord voor een het-woord "
                    f"('{tokens[j].text}') geen -e: '{adj.lemma}'.",
                    [adj.lemma],
                )


# Endings of relational adjectives (ceremonieel, internationaal, Europees):
# an adverb hardly ever modifies them, so a bare adjective before one is
# attributive, not adverbial as in "wederzijds aanvaardbare".
_RELATIONAL = ("eel", "aal", "isch", "ees", "s", "ief", "air")


def _prenominal(token: Token) -> bool:
    return token.tag in ("ADJ", "WW") and "prenom" in _features(token)


@register
class AdjectivePairInflection(Check):
    code = "GR417"
    name = "adjective-pair-inflection"
    category = "fluency/grammar"
    needs_frog = True
    doc = """Two adjectives before one noun, one with -e and one without:
"een zeventiende-eeuws ceremoniële beker".

Adjectives before the same noun inflect alike: een zeventiende-eeuwse
ceremoniële beker, een groot internationaal onderzoek. Only adjectives that
Frog tags as attributive are compared, and only before a relational
adjective (-eel, -aal, -isch, -s), which an adverb hardly ever modifies: an
adverb before an adjective ("een zwaar beschadigde auto", "wederzijds
aanvaardbare") is left alone, as are adjectives that never inflect (houten,
gesloten, extra). The one without -e gets it."""
    bad = (
        Example(
            "De dieven stalen een [[zeventiende-eeuws]] ceremoniële beker.",
            "zeventiende-eeuwse",
        ),
        Example("Het is een [[groot]] internationale studie.", "grote"),
    )
    good = (
        "De dieven stalen een zeventiende-eeuwse ceremoniële beker.",
        "Ze zagen een zwaar beschadigde auto.",
        "Het is een typisch Nederlandse gewoonte.",
        "Ze vonden een oude houten kist.",
        "Het is een groot internationaal onderzoek.",
        "Ze zochten wederzijds aanvaardbare oplossingen.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = sentence.tokens
            for i in range(len(tokens) - 2):
                a, b, noun = tokens[i], tokens[i + 1], tokens[i + 2]
                if not (_prenominal(a) and _prenominal(b) and is_noun(noun)):
                    continue
                a_e, b_e = "met-e" in _features(a), "met-e" in _features(b)
                if a_e or not b_e or (a.text[:1].isupper() and i > 0):
                    continue
                if not (b.lemma or "").endswith(_RELATIONAL):
                    continue  # "wederzijds aanvaardbare": an adverb Frog took for an adjective
                from nakijker.checks.agreement import inflected

                fixed = inflected(a.text)
                if fixed is None:
                    continue
                yield self.finding(
                    article,
                    a.start,
                    a.end,
                    f"'{a.text}' en '{b.text}' staan voor hetzelfde zelfstandig naamwoord "
                    f"en krijgen allebei -e: '{fixed}'.",
                    [fixed],
                )


_COPULAS = {"zijn", "blijven", "worden", "lijken", "blijken"}


def _degree_word(token: Token) -> bool:
    """An adverb, or a degree word Frog tags as pronoun ("veel grotere")."""
    return token.tag == "BW" or (token.tag == "VNW" and "grad" in _features(token))


@register
class PredicativeInflection(Check):
    code = "GR418"
    name = "predicative-inflection"
    category = "fluency/grammar"
    needs_frog = True
    doc = """An adjective with -e after a copula, where no noun follows: "het risico
blijft zeer kleine", "dat het risico zeer kleine blijft".

A predicative adjective (after zijn, blijven, worden, lijken, blijken) takes
no -e in Dutch: "het risico blijft zeer klein". Flagged when the inflected
adjective ends the clause right after the copula and its adverbs, or stands
right before a copula that ends the clause. A nominalised adjective after an
article, a possessive or a number ("is de oudste", "blijft een grote") is
left alone. The fix is the uninflected form."""
    bad = (
        Example("Het ministerie zei dat het risico zeer [[kleine]] blijft.", "klein"),
        Example("Volgens het ministerie blijft het risico zeer [[kleine]].", "klein"),
        Example("De schade is veel [[grotere]] dan gedacht, zei hij.", "groter"),
    )
    good = (
        "Het ministerie zei dat het risico zeer klein blijft.",
        "Van de twee broers is hij de oudste.",
        "Het verschil blijft een grote, zei hij.",
        "De kleine blijft thuis en de grote gaat mee.",
        "Dat zijn nieuwe regels, en ze worden strenge regels.",
        "Voor fietsen zijn aparte, bredere vakken en grote en kleine rekken ingericht.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = sentence.tokens
            for i, adj in enumerate(tokens[1:-1], start=1):
                if not self._inflected(adj) or not self._predicate(tokens, i):
                    continue
                fixed = adj.text[:-1] if "comp" in _features(adj) else (adj.lemma or "")
                if not fixed or fixed == adj.text:
                    continue
                yield self.finding(
                    article,
                    adj.start,
                    adj.end,
                    f"Na een koppelwerkwoord krijgt het bijvoeglijk naamwoord geen -e: '{fixed}'.",
                    [fixed],
                )

    @staticmethod
    def _inflected(token: Token) -> bool:
        feats = _features(token)
        return (
            token.tag == "ADJ"
            and "met-e" in feats
            and token.text.islower()
            and token.lower.endswith("e")
            and token.lower != (token.lemma or "").lower()
        )

    @staticmethod
    def _predicate(tokens: list[Token], i: int) -> bool:
        """Adverbs only between the adjective and a copula before it that the
        clause end follows, or a copula right after it that ends the clause."""
        k = i - 1
        while k > 0 and _degree_word(tokens[k]):
            k -= 1
        before = tokens[k]
        if before.tag in ("LID", "TW") or (before.tag == "VNW" and "det" in _features(before)):
            return False  # "de oudste", "een grote", "zijn beste": a noun
        after = tokens[i + 1]
        if after.text in ".;!?" or after.lower == "dan":
            # "blijft zeer kleine", or inverted: "blijft het risico zeer kleine"
            while k > 0 and (tokens[k].tag in ("N", "LID") or _degree_word(tokens[k])):
                k -= 1
            return tokens[k].tag == "WW" and (tokens[k].lemma or "") in _COPULAS
        if after.tag == "WW" and (after.lemma or "") in _COPULAS and is_finite(after):
            end = tokens[i + 2] if i + 2 < len(tokens) else None
            return (end is None or end.text in ".;!?,") and before.tag in ("N", "VNW", "BW")
        return False


# Verbs that take a bare infinitive after a perfect auxiliary ("heeft moeten
# gaan", "is blijven staan"): with them an infinitive is right.
_INFINITIVE_TAKERS = frozenset(grammar_words()["infinitive_takers"])
_CLAUSE_END = {",", ".", ";", ":", "!", "?", "“", "”", "‘", "’", '"', "(", ")", "–", "—"}


def _perfect_boundary(token: Token) -> bool:
    return token.text in _CLAUSE_END or token.tag == "VG" or _opens_subordinate(token)


def _perfect_clauses(tokens: list[Token]) -> Iterator[list[Token]]:
    """The clauses GR403 reads. "een teken is dat …", "het probleem is dat …":
    a clause opens there even where Frog reads "dat" as a demonstrative."""
    opens = {
        id(t)
        for t, before in zip(tokens[1:], tokens, strict=False)
        if t.lower == "dat" and is_finite(before) and before.lemma == "zijn"
    }
    return split_clauses(tokens, lambda t: _perfect_boundary(t) or id(t) in opens)


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
        Example("Ze hebben het voorstel [[afwijzen]] tijdens de stemming.", None),
        Example(
            "De leiders hebben een terugkeer naar de onderhandelingen niet [[uitsluiten]].", None
        ),
        Example("De politie had de vluchtende verdachte snel [[aanhouden]].", None),
    )
    good = (
        "Zonder de schippers had deze film niet bestaan.",
        "De keten heeft last van stijgende huren en concurrentie.",
        "Dit is voor ons een kwestie van overleven, zei de minister.",
        "De agenten hadden de aanslag verijdeld.",
        "Ze hebben niets te verliezen.",
        "Hij heeft het huis laten verbouwen.",
        "Ze zijn blijven staan.",
        "De leiders hebben besloten de onderhandelingen te hervatten.",
        "Ze zijn winkelen in de stad.",
        "Het zijn brave burgers die nooit een boete krijgen.",
        "We hebben verliezen, maar die zijn klein.",
        "Toch zijn er ook zorgen.",
        "Het is maar een klein deel van wat wij produceren.",
        "Dat is een halfuur rijden.",
        "Dat ben ik nooit vergeten.",
        "Het is altijd afwachten, zegt de schipper.",
        "Ze zei dat ze begrip heeft voor de zorgen van de boeren.",
        "Het is een teken dat Europese chipmakers eindelijk serieus kapitaal aantrekken.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            for clause in _perfect_clauses(sentence.tokens):
                finding = self._check_clause(article, clause)
                if finding:
                    yield finding

    def _check_clause(self, article: Article, clause: list[Token]) -> Finding | None:
        # Participles used as adjectives ("de beslissende set") are not verbs of the clause.
        verbs = [t for t in clause if t.tag == "WW" and not _attributive(t)]
        if len(verbs) != 2 or (verbs[0].lemma or "") not in ("hebben", "zijn"):
            return None
        last = verbs[1]
        if not is_infinitive(last) or last.lemma in _INFINITIVE_TAKERS:
            return None
        if clause.index(last) == clause.index(verbs[0]) + 1:
            return None  # "we hebben verliezen": a plural noun, not a verb
        before = clause[clause.index(last) - 1]
        if before.tag == "LID" or (before.tag == "VNW" and "prenom" in _features(before)):
            return None  # "begrip heeft voor de zorgen": a noun after its article
        if _not_a_perfect(clause, clause.index(verbs[0]), clause.index(last)):
            return None
        if _participle_in_en(last):
            return None
        after = clause[clause.index(last) + 1 :]
        # "hebben … afwijzen tijdens de stemming": only hebben, since "zijn" +
        # infinitive is Dutch ("ze zijn winkelen"), and only an adverbial after it.
        if after and not (verbs[0].lemma == "hebben" and _adverbial(after)):
            return None
        if any(t.lower in ("te", "om") for t in clause):
            return None
        before = clause[clause.index(last) - 1] if clause.index(last) > 0 else None
        if before is not None and (before.tag == "VZ" or "prenom" in _features(before)):
            return None  # "een kwestie van overleven", "last van stijgende huren": a noun
        return self.finding(
            article,
            last.start,
            last.end,
            f"Na '{verbs[0].text}' hoort een voltooid deelwoord, geen infinitief '{last.text}'.",
        )


# Verbs whose participle is the infinitive: "ik ben het nooit vergeten"
# (besides those _prefixed_strong derives).
_PARTICIPLE_IS_INFINITIVE = frozenset(grammar_words()["participle_is_infinitive"])


def _participle_in_en(verb: Token) -> bool:
    """ "zijn overboden", "ben nooit vergeten": a participle that looks like an
    infinitive; Frog's lemma shows the one (overbieden), a list the other."""
    word = verb.lower
    if verb.lemma and verb.lemma.lower() != word:
        return True
    return word in _PARTICIPLE_IS_INFINITIVE or _prefixed_strong(word)


def _prefixed_strong(word: str) -> bool:
    """An inseparable prefix before a verb whose participle is ge- + its
    infinitive (staan → gestaan), so the prefixed participle is the infinitive
    itself: "had niet bestaan", "is ontstaan"."""
    from nakijker.checks.spelling import default_speller

    speller = default_speller()
    # "ge" is no prefix here: "gebruiken" is not ge- + "bruiken"
    for prefix in (p for p in _PARTICIPLE_PREFIXES if p != "ge"):
        simplex = word[len(prefix) :]
        if not (word.startswith(prefix) and len(simplex) >= 4 and simplex.endswith("n")):
            continue
        # A weak verb has a participle in -d or -t (stellen → gesteld); the
        # one-syllable verbs (gaan, staan, zien, slaan) are all strong.
        stem = simplex[:-2]
        if len(stem) > 1 and stem[-1] == stem[-2]:
            stem = stem[:-1]  # stellen → stel
        weak = simplex.endswith("en") and any(
            speller.correct(f"ge{stem}{end}") for end in ("d", "t")
        )
        if speller.correct("ge" + simplex) and not weak:
            return True
    return False


_PLURAL_SUBJECTS = {"wij", "we", "zij", "ze", "jullie"}
_DURATIONS = frozenset(grammar_words()["durations"])


def _not_a_perfect(clause: list[Token], aux: int, inf: int) -> bool:
    """ "zijn er ook zorgen" (existential), "wat wij produceren" (a finite
    plural), "een halfuur rijden" (an infinitive as a noun of duration)."""
    after_aux = clause[aux + 1].lower if aux + 1 < len(clause) else ""
    before_aux = clause[aux - 1].lower if aux > 0 else ""
    before_inf = clause[inf - 1].lower
    if clause[aux].lower in ("is", "was") and "het" in (before_aux, after_aux):
        return True  # "Het is altijd afwachten": an infinitive as a noun
    return after_aux == "er" or before_inf in _PLURAL_SUBJECTS or before_inf in _DURATIONS


_TIME_WORDS = {*grammar_words()["time_adverbs"], *DAYS_NL}
_TIME_HEADS = frozenset(grammar_words()["time_heads"])
_TIME_NOUNS = {*grammar_words()["time_nouns"], *DAYS_NL}


def time_phrase_length(tokens: list[Token], i: int) -> int:
    """Length of a bare time adverbial at i ("gisteren", "vorig jaar", "eerder deze week")."""
    # "eerder deze week", "later dit jaar": a head word before the phrase.
    n = int(
        i + 1 < len(tokens)
        and tokens[i].lower in ("eerder", "later")
        and tokens[i + 1].lower in _TIME_HEADS
    )
    j = i + n
    if (
        j + 1 < len(tokens)
        and tokens[j].lower in _TIME_HEADS
        and tokens[j + 1].lower in _TIME_NOUNS
    ):
        return n + 2
    if n == 0 and i < len(tokens) and tokens[i].lower in _TIME_WORDS:
        return 1
    return 0


def _adverbial(tokens: list[Token]) -> bool:
    """A prepositional phrase or a bare time adverbial, and nothing else."""
    if tokens[0].tag == "VZ":
        return not any(t.tag == "WW" or t.lower in _COMPLEMENT for t in tokens)
    return time_phrase_length(tokens, 0) == len(tokens)


def _attributive(token: Token) -> bool:
    feats = _features(token)
    return "prenom" in feats or "nom" in feats


# Words that open an indirect question after a verb: "vroegen waarom de regering …".
_QUESTION_WORDS = frozenset({"waarom", "hoeveel", "wanneer"})


def _asked(tokens: list[Token], i: int) -> bool:
    """An indirect question: a question word right after a verb or "zich af"."""
    if tokens[i].lower not in _QUESTION_WORDS or i == 0:
        return False
    before = tokens[i - 1]
    return before.tag == "WW" or before.lower in ("af", "niet") or before.lower in _UNKNOWN


# "Het is niet duidelijk hoeveel mensen …": adjectives an indirect question follows.
_UNKNOWN = frozenset(grammar_words()["unknown_adjectives"])
_PHRASE_WORDS = frozenset({"LID", "N", "ADJ", "SPEC", "TW", "VNW"})


def _without_trailing_phrase(
    rest: list[Token], last_verb: Callable[[Token], bool] = lambda t: not is_finite(t)
) -> list[Token]:
    """The clause without a prepositional phrase after its last verb, which
    Dutch allows there: "dat het kabinet zal niet ingrijpen [in de markt]".
    ``last_verb`` says which verb may stand before the phrase (by default a
    non-finite one)."""
    for j in range(len(rest) - 1, 0, -1):
        if rest[j].tag == "VZ":
            after_verb = rest[j - 1].tag == "WW" and last_verb(rest[j - 1])
            if after_verb and all(t.tag in _PHRASE_WORDS for t in rest[j + 1 :]):
                return rest[:j]
            return rest
    return rest


def _without_trailing_phrases(rest: list[Token]) -> list[Token]:
    """The clause without a chain of prepositional phrases after its last
    non-finite verb: "dat artsen hebben de stad verlaten [na het begin van de
    invasie in februari]". Falls back to one phrase after any verb."""
    last = max((q for q, t in enumerate(rest) if t.tag == "WW" and not is_finite(t)), default=None)
    if (
        last is not None
        and last + 1 < len(rest)
        and rest[last + 1].tag == "VZ"
        and all(t.tag in _PHRASE_WORDS or t.tag == "VZ" for t in rest[last + 2 :])
    ):
        return rest[: last + 1]
    return _without_trailing_phrase(rest)


def _comparison(tokens: list[Token], k: int) -> bool:
    """ "meer dan 12 ton", "groter dan": "dan" or "als" after a comparative
    compares; it opens no clause."""
    if tokens[k].lower not in ("dan", "als") or k == 0:
        return False
    before = tokens[k - 1]
    comparative = "comp" in _features(before) or before.lower in ("meer", "minder", "anders")
    return comparative and k + 1 < len(tokens) and not is_finite(tokens[k + 1])


def _open_clause_before(tokens: list[Token], r: int) -> bool:
    """A subordinate clause that the relative pronoun at r interrupts before
    its own verbs came: "of buren die alleen wonen het redden"."""
    for t in reversed(tokens[:r]):
        if t.text in _CLAUSE_END or is_finite(t):
            return False
        # Frog may tag "of" after "kijk even" as the coordinator
        if (t.tag == "VG" and "onder" in _features(t)) or t.lower == "of":
            return True
    return False


def _opens_subordinate(token: Token) -> bool:
    """A subordinating conjunction (dat, omdat, nadat …) or a relative pronoun (die, dat)."""
    feats = _features(token)
    return (token.tag == "VG" and "onder" in feats) or (token.tag == "VNW" and "betr" in feats)


def _ends_clause(token: Token) -> bool:
    return token.text in _CLAUSE_END or token.tag == "VG" or _opens_subordinate(token)


# Words after the finite verb that start a complement or keep a legal
# construction ("dat hij hielp de fraude te verbergen"): leave such clauses alone.
_NEXT_CLAUSE = frozenset(grammar_words()["next_clause_openers"])
_COMPLEMENT = frozenset(grammar_words()["complement_openers"])


def _te_infinitive_ahead(tokens: list[Token], k: int) -> bool:
    """An object coordinated with "en"/"of" before an extraposed te-infinitive
    ("lukt X en Y te werven"): the te-infinitive past the coordinator, before
    the clause's punctuation, a new subordinate clause or a finite verb."""
    if k >= len(tokens) or tokens[k].lower not in ("en", "of"):
        return False
    for j in range(k + 1, len(tokens) - 1):
        tok = tokens[j]
        if tok.text in _CLAUSE_END or _opens_subordinate(tok) or is_finite(tok):
            return False
        if tok.lower == "te" and tokens[j + 1].tag == "WW" and "inf" in _features(tokens[j + 1]):
            return True
    return False


def _possessive(verb: Token, following: Token, after: Token | None = None) -> bool:
    """Frog sometimes tags the possessive "zijn" before a noun as a verb. Not
    before an adverb-like adjective and a participle ("zijn flink gestegen"):
    an adjective after a possessive would have its -e."""
    if verb.lower != "zijn" or following.tag not in ("N", "ADJ"):
        return False
    adverbial = following.tag == "ADJ" and "vrij" in _features(following)
    return not (adverbial and after is not None and after.tag == "WW" and "vd" in _features(after))


@register
class SubordinateWordOrder(Check):
    code = "GR404"
    name = "subordinate-verb-order"
    category = "fluency/grammar"
    severity = "major"
    needs_frog = True
    doc = """English word order in a subordinate clause: "dat het beleid zou niet veranderen".

In a clause opened by dat, omdat, nadat, die … the finite verb goes to the
end, before any other verbs: "dat het beleid niet zou veranderen", "nadat ze
de overwinning bezegelde". Flagged when the finite verb is followed by words
that must precede it (an object, an adverb such as "niet", a predicate) before
the clause ends. A prepositional phrase or a te-infinitive after the verb is
allowed in Dutch and left alone."""
    bad = (
        Example(
            "De zaal juichte nadat ze [[bezegelde de overwinning]].", "de overwinning bezegelde"
        ),
        Example("De minister zei dat het beleid [[zou niet veranderen]].", "niet zou veranderen"),
        Example("De politie meldde dat de verdachte [[had de auto gestolen]].", None),
        Example("De rechter oordeelde dat het bedrijf [[had bewust zijn plicht genegeerd]].", None),
        Example("Het gaat om bedragen die [[werden niet verantwoord]].", "niet verantwoord werden"),
        Example(
            "Het ministerie zei dat de onderzoekers [[hebben gevonden geen bewijs]].",
            "geen bewijs hebben gevonden",
        ),
        Example(
            "Het water blijft stijgen, tenzij politici [[nemen maatregelen]].",
            "maatregelen nemen",
        ),
        Example(
            "Ze ontmoetten elkaar in Den Haag, waar ze [[bespraken de handel]].",
            "de handel bespraken",
        ),
        Example(
            "Starmer zei dat het VK [[zal blijven steunen Oekraïne]].",
            "Oekraïne zal blijven steunen",
        ),
        Example(
            "“Ik wist dat niemand [[zou mij volgen]] als ik aanviel”, zei hij.",
            "mij zou volgen",
        ),
        Example(
            "Ze zei dat het bestuur [[zou alleen in gesprek gaan]] als het bod beter werd.",
            "alleen in gesprek zou gaan",
        ),
        Example(
            "Het is gevaarlijk, omdat de temperaturen [[zullen in het weekend stijgen]].", None
        ),
        Example(
            "Hij is de eerste Belg sinds Eddy Merckx [[won de Tour in 1974]].",
            "de Tour in 1974 won",
        ),
        Example("Hij zei dat het kabinet [[zal niet ingrijpen]] in de markt.", None),
        Example("Ze vroegen waarom de regering [[had niet eerder ingegrepen]].", None),
        Example("Niemand weet hoeveel mensen [[hebben zich aangemeld]].", None),
        Example(
            "De onderzoekers meldden dat ze [[hadden ontdekt een nieuwe soort]].",
            "een nieuwe soort hadden ontdekt",
        ),
        Example("Hij zei dat de prijzen [[zijn flink gestegen]].", None),
        Example("Telers melden dat veel kassen [[staan nog onder water]].", None),
        Example("Niemand weet hoeveel reizigers [[hebben gemist hun vlucht]].", None),
        Example("Artsen bekijken of de patiënten [[kunnen de operatie doorstaan]].", None),
        Example("Hij meldde dat de weg [[zal worden na de zomer verbreed]].", None),
        Example(
            "Hij zei dat het plan, dat vorig jaar werd gepresenteerd, "
            "[[kan al volgende maand worden uitgevoerd]].",
            None,
        ),
        Example("Ze denkt dat de man, die vermist is, [[is naar Spanje gevlucht]].", None),
        Example(
            "Hij zei dat de boeren [[hebben hun oogst verloren]] door de droogte in het zuiden.",
            None,
        ),
        Example("Zijn boodschap was duidelijk: dat de regering [[zou nu moeten aftreden]].", None),
    )
    good = (
        "Na een jaar was de schade bij de boeren die het middel kregen ruim een derde kleiner.",
        "De voorzitter zei dat de bond zich diep schaamt.",
        "De zaal juichte nadat ze de overwinning bezegelde.",
        "Het wordt pas duidelijk als blijkt hoeveel appels er aan de bomen komen.",
        "Ze melden dat ongeluk aan de politie.",
        "Hij zei dat de prijzen flink zijn gestegen.",
        "Passagiers worden omgeboekt of kunnen hun geld terugvragen.",
        "Hij meldde dat de weg na de zomer zal worden verbreed.",
        "Ze vroeg of hij koffie of thee wilde.",
        "Hij bleef thuis omdat hij ziek was.",
        "Toen ze zei dat ze stopte, schrok iedereen.",
        "Ze zei dat het beleid niet zou veranderen.",
        "Hij zei dat hij probeert te stoppen.",
        "Ze weet dat hij woont in Utrecht.",
        "Hij zei dat hij had proberen te vluchten.",
        "Ze zei dat ze hebben gewonnen van Ajax.",
        "Hij zei dat hij heeft gewerkt als journalist.",
        "Dat bepaalde de Rotterdamse rechtbank woensdag.",
        "Meer dan honderd wereldleiders woonden de begrafenis bij.",
        "In tijden als deze is voorzichtigheid geboden.",
        "Zijn grief is dat de overheid te laat ingreep.",
        "Nadat een man die hij kende tot in de tuin was gekomen, belde de politie.",
        "Hij vroeg met wat hulp van vrienden een vergunning aan.",
        "Het bedrijf bevestigde het nadat Bloomberg erover had bericht.",
        "Hij zei dat hij wil stoppen.",
        "De eerste vrouw die de prijs won was een Française.",
        "Ze ontmoetten elkaar in Den Haag, waar ze de handel bespraken.",
        "Hij zei dat hij heeft gewerkt voor Philips.",
        "Ze reed als laatste, waardoor ze wist welke tijd ze moest verbeteren.",
        "Mijn cliënt is teleurgesteld, dat zal niemand verbazen.",
        "Het is Rania Haddad, die vanuit Beiroet de noodhulp coördineert.",
        "Hij werkt in de bakkerij, waar het zondagochtend al vroeg druk is.",
        "Dit jaar heeft ruim de helft van de mensen die een uitnodiging kregen de prik gehaald.",
        "De gemeente mag de kentekens van auto’s die de zone binnenrijden niet langer bewaren.",
        "Hij zei dat het net zo snel gaat als vorig jaar, omdat hij zou stoppen als het regent.",
        "De start-up, die een app maakt waarmee winkels voedsel verkopen, groeit.",
        "De politie meldde dat de verdachte de auto had gestolen.",
        "Hij zei dat hij zal wonen in Utrecht.",
        "Ze zei dat ze had geprobeerd in het water te springen.",
        "Ze bakt brood in een zaak die ze heeft vlak bij de boulevard.",
        "De brug, die ligt dwars over de rivier, is dicht.",
        "Hij is de eerste Belg sinds Eddy Merckx de Tour won, en woont sinds 2019 in Gent.",
        "Het is sinds de oorlog niet meer gebeurd en de prijs is sinds januari gestegen.",
        "Maar sinds de kerstvakantie hebben we vier vacatures.",
        "Hij zei dat het kabinet niet zal ingrijpen in de markt.",
        "Ze vroegen waarom de regering niet eerder had ingegrepen.",
        "Niemand weet hoeveel mensen zich hebben aangemeld, en wanneer ze komen.",
        "Hij zei dat het plan, dat vorig jaar werd gepresenteerd, al snel kan worden uitgevoerd.",
        "Ze denkt dat de man, die vermist is, vluchtte naar Spanje.",
        "Hij kreeg straf omdat hij de bende had geholpen meer dan 100 kilo heroïne te smokkelen.",
        "Vraag even of collega's die thuis werken het redden.",
        "Stenen zo groot als eieren hebben in de nacht honderden ruiten vernield.",
        "Bomen net zo hoog als kerktorens vielen zondag op de snelweg.",
        "De bakker stopt omdat het niet lukt voldoende bakkers en verkopers te vinden.",
        "“De zorg is geen gunst; die hoort gewoon bij een beschaafd land”, zei de wethouder.",
        "De zorg is geen gunst: die hoort gewoon bij een beschaafd land.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = _possessives_retagged(sentence.tokens)
            first_word = next((i for i, t in enumerate(tokens) if t.is_word), 0)
            for i, tok in enumerate(tokens):
                relative = tok.lower in _RELATIVE_ADVERBS and i > 0 and tokens[i - 1].text == ","
                opens = (
                    _opens_subordinate(tok)
                    or _complementiser_dat(tokens, i)
                    or _asking_of(tokens, i)
                ) and not _false_opener(tokens, i, first_word)
                relative = relative or _relative_wat(tokens, i)
                if opens or relative or _since_clause(tokens, i, first_word) or _asked(tokens, i):
                    finding = self._clause(article, tokens, i + 1)
                    shortened = None if finding else _past_relative(tokens, i + 1)
                    if shortened:
                        finding = self._clause(article, shortened, i + 1)
                    if finding:
                        yield finding

    def _clause(self, article: Article, tokens: list[Token], k: int) -> Finding | None:
        # A participle used as a noun is no verb: "dat de verdachte had de auto gestolen"
        verb_i = next(
            (
                j
                for j in range(k, min(len(tokens), k + 8))
                if tokens[j].tag == "WW"
                and "nom" not in _features(tokens[j])
                and not (j > k and tokens[j - 1].tag == "LID")  # "dat de bond zich …": a noun
            ),
            None,
        )
        if verb_i is None or not is_finite(tokens[verb_i]):
            return None
        if tokens[verb_i - 1].lower == "te":
            return None  # "te laat": an adverb Frog took for a verb
        if not tokens[verb_i].text.islower():
            return None  # "vanuit Beiroet": a name Frog took for a verb
        if k >= 1 and tokens[k - 1].lower == "dat" and verb_i == k:
            return None  # ", dat zal niemand verbazen": "dat" is the subject
        if any(_ends_clause(t) for t in tokens[k:verb_i]):
            return None
        end = verb_i + 1
        # An om-clause starts a clause of its own: "was stabiel genoeg om te reizen",
        # and so does a second subordinate clause: "zou … gaan als Arcalis …".
        while (
            end < len(tokens)
            and (not _ends_clause(tokens[end]) or _comparison(tokens, end))
            and tokens[end].lower not in _NEXT_CLAUSE
            and not tokens[end].lower.startswith("waar")
        ):
            end += 1
        rest = tokens[verb_i + 1 : end]
        if "betr" in _features(tokens[k - 1]) and verb_i == k:
            rest = _before_main_verb(rest)  # "die zag de aanrijding belde"
        if rest and rest[0].tag == "WW":
            return self._after_cluster(article, tokens[verb_i], rest)
        if rest and (rest[0].tag == "VZ" or _modified_phrase(rest)):
            return self._verb_split_by_phrase(article, tokens[verb_i], rest)
        if not rest or rest[0].lower == "er":
            return None
        if "vb" in _features(rest[0]):
            return None  # "wist welke tijd ze moest verbeteren": a question clause follows
        following = rest[1] if len(rest) > 1 else None
        if _possessive(tokens[verb_i], rest[0], following) or any(
            t.lower in _COMPLEMENT for t in rest
        ):
            return None
        if _te_infinitive_ahead(tokens, end):
            return None  # "omdat het niet lukt artsen en verplegers te werven"
        if len(rest) == 1 and rest[0].lower.endswith("en") and _takes_infinitive(tokens[verb_i]):
            return None  # "dat hij wil stoppen": an infinitive Frog took for a plural noun
        if _participle_like(tokens[verb_i], rest):
            return None
        rest = _without_trailing_phrases(rest)
        verbs_at_end = []
        while rest and rest[-1].tag == "WW":
            verbs_at_end.insert(0, rest.pop())
        if any(_own_verb(v, tokens[verb_i]) for v in verbs_at_end):
            return None  # "al vroeg druk is": the clause's own verb is at the end
        relative = "betr" in _features(tokens[k - 1])
        if relative and verbs_at_end and _open_clause_before(tokens, k - 1):
            return None  # "of buren die alleen wonen het redden": the outer clause's verb
        if relative and verbs_at_end and _main_auxiliary_before(tokens, k):
            return None  # "heeft … die een uitnodiging kregen de prik gehaald"
        if relative and _main_predicate(tokens, k, rest):
            return None  # "was de daling bij wie het middel kreeg ongeveer kleiner"
        if not rest or any(t.tag == "VZ" for t in rest[:1]):
            return None
        if any(t.tag == "WW" and not _attributive(t) for t in rest):
            return None  # "volgende maand": an attributive participle is no verb
        verb = tokens[verb_i]
        last = (verbs_at_end or rest)[-1]
        words = [article.text[rest[0].start : rest[-1].end], verb.text]
        words += (
            [article.text[verbs_at_end[0].start : verbs_at_end[-1].end]] if verbs_at_end else []
        )
        return self.finding(
            article,
            verb.start,
            last.end,
            "In een bijzin staat de persoonsvorm achteraan, bij de andere werkwoorden.",
            [" ".join(words)],
        )

    def _verb_split_by_phrase(
        self, article: Article, verb: Token, rest: list[Token]
    ) -> Finding | None:
        """ "omdat de prijzen zullen in het weekend stijgen": an auxiliary, a
        prepositional phrase and then its own infinitive or participle. A phrase
        after the whole cluster ("dat hij zal wonen in Utrecht") is Dutch."""
        if (verb.lemma or "") not in _AUXILIARIES:
            return None
        for j, token in enumerate(rest):
            if token.tag != "WW":
                continue
            if j < 2 or is_finite(token) or rest[j - 1].lower in ("te", "om"):
                return None
            if _attributive(token) or any(t.lower in _COMPLEMENT for t in rest[:j]):
                return None
            # hebben, zijn and worden take a participle, the modals an infinitive;
            # anything else is the next clause's verb ("die … hebben met X krijgen").
            wanted = "inf" if (verb.lemma or "") in _MODALS else "vd"
            if wanted not in _features(token):
                return None
            return self.finding(
                article,
                verb.start,
                token.end,
                "In een bijzin staan de werkwoorden samen achteraan: "
                f"'… {verb.text} {token.text}'.",
            )
        return None

    def _after_cluster(self, article: Article, verb: Token, rest: list[Token]) -> Finding | None:
        """ "dat ze hebben gevonden geen bewijs": words after the whole verb cluster."""
        cluster = []
        # Non-finite verbs only: "die de prijs won was …" closes the clause at "won".
        while rest and rest[0].tag == "WW" and not _attributive(rest[0]):
            if is_finite(rest[0]) and not (not cluster and _read_as_participle(verb, rest[0])):
                break
            cluster.append(rest.pop(0))
        if cluster and rest and self._split_cluster(cluster, rest):
            return self.finding(
                article,
                verb.start,
                rest[-1].end,
                "In een bijzin staan de werkwoorden samen achteraan: "
                f"'… {verb.text} {' '.join(t.text for t in cluster)} {rest[-1].text}'.",
            )
        # Only an object after the cluster ("geen bewijs", "meer dan"): an adverb
        # or particle there may belong to the main clause ("… hebben gemaakt niet af").
        name = bool(rest) and all(t.tag == "SPEC" for t in rest)  # "… blijven steunen Oekraïne"
        if (
            not cluster
            or not rest
            or (rest[0].tag not in ("LID", "VNW", "TW", "N", "ADJ") and not name)
        ):
            return None
        if any(t.lower in _COMPLEMENT or t.tag == "WW" for t in rest):
            return None
        if _possessive(cluster[-1], rest[0]) or (len(rest) == 1 and rest[0].lower.endswith("en")):
            return None
        moved = article.text[rest[0].start : rest[-1].end]
        verbs = article.text[verb.start : cluster[-1].end]
        return self.finding(
            article,
            verb.start,
            rest[-1].end,
            "In een bijzin staan de werkwoorden achteraan, na het lijdend voorwerp en de bepalingen.",
            [f"{moved} {verbs}"],
        )

    @staticmethod
    def _split_cluster(cluster: list[Token], rest: list[Token]) -> bool:
        """ "dat de school moet worden volgend jaar gesloten": an auxiliary
        cluster, a short phrase, then the cluster's own last verb."""
        last, between = rest[-1], rest[:-1]
        if not (last.tag == "WW" and {"vd", "inf"} & set(_features(last))) or _attributive(last):
            return False
        if not 1 <= len(between) <= 4 or (cluster[-1].lemma or "") not in _AUXILIARIES:
            return False
        return not any(
            (t.tag == "WW" and not _attributive(t))
            or t.tag == "VG"
            or t.lower in ("te", "om")
            or t.text in _CLAUSE_END
            for t in between
        )


_PARTICIPLE_PREFIXES = ("ge", "be", "ver", "ont", "her", "er")


# Subject pronouns after which "wat" opens a clause of its own ("in wat zij noemden").
_SUBJECT_PRONOUNS = frozenset(grammar_words()["subject_pronouns"])


def _relative_wat(tokens: list[Token], i: int) -> bool:
    """ "in wat zij noemden een belangrijke stap", ", wat veroorzaakte een file":
    "wat" after a preposition or a comma opens a clause whose verb goes last.
    Its subject must be "wat" itself or a pronoun or determiner right after it,
    so that "met wat hulp" (some help) is no clause; questions are left alone."""
    if tokens[i].lower != "wat" or tokens[i].tag != "VNW" or i == 0 or i + 1 >= len(tokens):
        return False
    if "onbep" in _features(tokens[i]) or tokens[-1].text == "?":
        return False
    before, after = tokens[i - 1], tokens[i + 1]
    if not (before.tag == "VZ" or before.text == ","):
        return False
    subject = after.lower in _SUBJECT_PRONOUNS or after.tag == "LID"
    subject = subject or (after.tag == "VNW" and "det" in _features(after))
    return subject or (before.text == "," and is_finite(after))


def _past_relative(tokens: list[Token], k: int) -> list[Token] | None:
    """ "dat het plan, dat vorig jaar werd gepresenteerd, kan al …": a relative
    clause between commas right after the subject. The tokens without it, when
    a finite verb follows its closing comma, so that the clause can be read on."""
    c1 = next((c for c in range(k + 1, min(len(tokens), k + 6)) if tokens[c].text == ","), None)
    bare = _bare_relative(tokens, k)
    if bare is not None and (c1 is None or bare < c1):
        return _without_bare_relative(tokens, bare)
    if c1 is None or c1 + 1 >= len(tokens) or any(t.tag == "WW" for t in tokens[k:c1]):
        return None
    opener = tokens[c1 + 1]
    if "betr" not in _features(opener) and opener.lower not in _RELATIVE_ADVERBS:
        return None
    for c2 in range(c1 + 2, min(len(tokens) - 1, c1 + 25)):
        if tokens[c2].text in ".;:!?":
            return None
        if tokens[c2].text == ",":
            return tokens[:c1] + tokens[c2 + 1 :] if is_finite(tokens[c2 + 1]) else None
    return None


def _bare_relative(tokens: list[Token], k: int) -> int | None:
    """Where a relative pronoun follows the subject at k without a comma
    before it ("dat de dijken die … zijn aangelegd, houden stand")."""
    for r in range(k + 1, min(len(tokens), k + 6)):
        t = tokens[r]
        if t.tag == "WW" or t.text in _CLAUSE_END:
            return None
        if t.lower in ("die", "dat") and "betr" in _features(t):
            return r if is_noun(tokens[r - 1]) else None
    return None


def _without_bare_relative(tokens: list[Token], r: int) -> list[Token] | None:
    """The tokens without the relative clause at r, when its closing comma
    follows a verb and comes before a finite verb."""
    # the relative clause ends with its verbs, right before the comma
    v = next((c for c in range(r + 1, min(len(tokens), r + 20)) if tokens[c].tag == "WW"), None)
    if v is None:
        return None
    while v < len(tokens) and tokens[v].tag == "WW":
        v += 1
    if v + 1 >= len(tokens) or tokens[v].text != "," or not is_finite(tokens[v + 1]):
        return None
    return tokens[:r] + tokens[v + 1 :]


def _read_as_participle(auxiliary: Token, token: Token) -> bool:
    """ "dat ze hadden ontdekt …": Frog may read a participle in -t after a form
    of hebben or zijn as a present tense ("ontdekt")."""
    return (
        (auxiliary.lemma or "") in ("hebben", "zijn")
        and token.lower.startswith(_PARTICIPLE_PREFIXES)
        and (token.lower.endswith(("t", "d")) or "verl" in _features(token))
    )  # "hebben verloren": a participle in -en read as a past tense


# Verbs of a state that a participle may describe without "zich".
_STATE_VERBS = frozenset(grammar_words()["state_verbs"])


def _adjectival(tokens: list[Token], i: int) -> bool:
    """A participle after a copula and no "hebben": "bleef lang verscholen in
    het wiel", "het dorp ligt verscholen" describe a state and take no zich."""
    if "vd" not in _features(tokens[i]):
        return False
    lemmas = {(t.lemma or "") for t in tokens if t.tag == "WW" and t is not tokens[i]}
    return bool(lemmas & _STATE_VERBS) and "hebben" not in lemmas


def _main_predicate(tokens: list[Token], k: int, rest: list[Token]) -> bool:
    """After a relative clause, the comparative predicate of a main clause whose
    finite verb came before the antecedent: "Na een jaar was de daling bij de
    groep die het middel kreeg ongeveer een kwart kleiner"."""
    main_verb = any(is_finite(t) for t in tokens[: k - 1])
    return main_verb and any(t.tag == "ADJ" and "comp" in _features(t) for t in rest)


def _main_auxiliary_before(tokens: list[Token], k: int) -> bool:
    """An auxiliary of the main clause before the subordinate clause at k, whose
    participle or infinitive may follow that clause."""
    return any(
        is_finite(t) and (t.lemma or "") in ("hebben", "zijn", "worden", *_MODALS)
        for t in tokens[: k - 1]
    )


# After a comma these open a relative clause, with the finite verb at its end.
_RELATIVE_ADVERBS = frozenset(grammar_words()["relative_adverbs"])


def _since_clause(tokens: list[Token], i: int, first_word: int) -> bool:
    """ "sinds Van Gerwen won zijn titel": Frog takes "sinds" for a preposition,
    but a subject after it makes it open a clause. Only inside a sentence:
    "Sinds 2019 woont hij …" fronts a phrase."""
    if tokens[i].lower != "sinds" or i <= first_word or i + 1 >= len(tokens):
        return False
    if not tokens[i - 1].is_word or tokens[i - 1].lower in _COORDINATORS:
        return False  # "Maar sinds de kerstvakantie hebben we …": fronted too
    subject = tokens[i + 1]
    pronoun = subject.tag == "VNW" and "pers" in _features(subject)
    return subject.tag in ("SPEC", "LID") or pronoun


# Words that narrow a prepositional phrase: "die een zaak heeft vlak bij de
# boulevard" puts a whole phrase after the verb, which Dutch allows.
_PHRASE_MODIFIERS = frozenset(grammar_words()["phrase_modifiers"])


def _modified_phrase(rest: list[Token]) -> bool:
    return len(rest) > 1 and rest[0].lower in _PHRASE_MODIFIERS and rest[1].tag == "VZ"


def _before_main_verb(rest: list[Token]) -> list[Token]:
    """ "De vrouw die zag de aanrijding belde …": without a comma the main
    clause's verb follows the relative clause; the clause ends before it when
    only its own verbs and one noun phrase stand between."""
    q = 0
    while q < len(rest) and rest[q].tag == "WW" and not is_finite(rest[q]):
        q += 1
    p = q
    while p < len(rest) and (
        rest[p].tag in ("LID", "ADJ", "TW", "N")
        or (rest[p].tag == "VNW" and "det" in _features(rest[p]))
    ):
        p += 1
    if q < p < len(rest) and is_noun(rest[p - 1]) and is_finite(rest[p]):
        return rest[:p]
    return rest


def _asking_of(tokens: list[Token], i: int) -> bool:
    """ "onderzoeken of de partijen …": Frog may tag "of" after a verb as the
    coordinator; after a verb of asking or finding out it opens an indirect
    question."""
    before = tokens[i - 1] if i > 0 else None
    return tokens[i].lower == "of" and before is not None and (before.lemma or "") in _ASKING


_ASKING = frozenset(grammar_words()["asking_verbs"])


def _complementiser_dat(tokens: list[Token], i: int) -> bool:
    """ "melden dat veel kolonies …": Frog may tag the conjunction "dat" after a
    finite verb as a demonstrative; with a finite verb later in the clause it
    opens one."""
    if tokens[i].lower != "dat" or tokens[i].tag != "VNW" or i == 0:
        return False
    if not is_finite(tokens[i - 1]) or i + 1 >= len(tokens) or tokens[i + 1].tag == "WW":
        return False
    for t in tokens[i + 2 :]:
        if _ends_clause(t):
            return False
        if is_finite(t):
            return True
    return False


_OPENING_QUOTES = ("“", "„", "‘", "«")


def _demonstrative(tokens: list[Token], i: int, first_word: int) -> bool:
    """ "die"/"dat" opening a main clause has no antecedent to be relative to: at
    the sentence start, or after ";", ":" or an opening quote with the verb
    second ("; die vindt plaats"); there "dat hij …" is a dat-clause still."""
    if i == first_word:
        return True
    before = tokens[i - 1].text if i > 0 else ""
    verb_second = i + 1 < len(tokens) and is_finite(tokens[i + 1])
    return verb_second and (before in (";", ":") or before in _OPENING_QUOTES)


def _false_opener(tokens: list[Token], i: int, first_word: int) -> bool:
    """Words Frog tags as clause openers that open no subordinate clause here."""
    word = tokens[i].lower
    if word in ("dat", "die") and _demonstrative(tokens, i, first_word):
        return True  # "Dat bepaalde de rechtbank.", "…; die vindt plaats in …"
    if word == "dan":
        return True  # a comparison: "meer dan honderd leiders woonden …"
    following = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    if word == "als" and _equal_comparison(tokens, i):
        return True
    return word == "als" and following in ("deze", "die", "dit", "dat", "zodanig")


_EQUAL_DEGREE = frozenset(grammar_words()["equal_degree_words"])


def _equal_comparison(tokens: list[Token], i: int) -> bool:
    """ "zo groot als golfballen", "net zo snel als", "zoveel als": "als" after
    a word of equal degree compares; what follows is no clause of its own."""
    before = tokens[i - 1] if i > 0 else None
    if before is None or before.lower in _EQUAL_DEGREE:
        return before is not None
    degree = tokens[i - 2].lower if i > 1 else ""
    return before.tag in ("ADJ", "BW") and degree in _EQUAL_DEGREE


def _participle_like(verb: Token, rest: list[Token]) -> bool:
    """After hebben/zijn/worden, a "noun" like "verzet" or "bericht" that ends the
    clause or comes before a preposition is a participle."""
    if (verb.lemma or "") not in ("hebben", "zijn", "worden"):
        return False
    word = rest[0].lower
    shaped = word.startswith(_PARTICIPLE_PREFIXES) and word.endswith(("d", "t", "en"))
    return shaped and (len(rest) == 1 or rest[1].tag == "VZ")


def _own_verb(verb: Token, finite: Token) -> bool:
    """A finite verb at the clause end; after "zou" a plural-looking "gaan" is
    the infinitive Frog mistook."""
    if not is_finite(verb):
        return False
    return not (_takes_infinitive(finite) and {"tgw", "mv"} <= set(_features(verb)))


def _takes_infinitive(verb: Token) -> bool:
    """A finite verb that an infinitive may follow (wil, moet, gaat, laat …)."""
    return (verb.lemma or "") in _INFINITIVE_TAKERS | {"zullen", "hebben", "zijn"}


_FRONTED_SUBJECTS = frozenset(grammar_words()["fronted_subjects"])
# Determiners that open a subject as an article does: "Volgens de politie zijn broer …".
_SUBJECT_DETERMINERS = frozenset(grammar_words()["subject_determiners"])
_NAME_PARTICLES = frozenset({"de", "la", "le", "du", "des", "van", "der", "den", "di", "da", "del"})


def _particle_name(tokens: list[Token], n: int, first: int) -> bool:
    """A capitalised word, a name particle and another capitalised word: the
    phrase's name goes on ("Tour de France", "Rue de la Loi"), no subject opens."""
    return (
        tokens[n - 1].text[:1].isupper()
        and tokens[first].lower in _NAME_PARTICLES
        and first + 1 < len(tokens)
        and tokens[first + 1].text[:1].isupper()
    )


# Plural nouns of number that take a bare noun: "tientallen plaatsen".
_COUNT_PLURALS = frozenset(grammar_words()["count_plurals"])


@register
class VerbSecond(Check):
    code = "GR405"
    name = "verb-second"
    category = "fluency/grammar"
    severity = "major"
    needs_frog = True
    doc = """The finite verb not in second place after a fronted phrase: "Vorig jaar er werden".

A Dutch main clause that starts with a time or place phrase puts the finite
verb right after it: "Vorig jaar werden er …". Flagged when such a phrase (an
adverb, a weekday, a time phrase, a prepositional phrase) is followed by
"er", a subject pronoun or a noun phrase that an article, a count or a
quantifier opens, or a bare plural ("Vorige week de minister kondigde",
"Tijdens de wedstrijd twee supporters raakten"), and only then the finite
verb; and the same after a fronted subordinate clause ("Omdat het regende,
de wedstrijd werd afgelast"). Phrases that go with the noun after them
("Met name jongeren gebruiken …") are left alone."""
    bad = (
        Example("[[Vorig jaar er werden]] minder huizen verkocht.", "Vorig jaar werden er"),
        Example(
            "[[Vorige week de minister kondigde]] nieuwe maatregelen aan.",
            "Vorige week kondigde de minister",
        ),
        Example(
            "[[In de hoofdstad de politie arresteerde]] drie mannen.",
            "In de hoofdstad arresteerde de politie",
        ),
        Example(
            "Omdat de regering wil bezuinigen, [[de oppositie is]] boos.",
            "is de oppositie",
        ),
        Example("Toen het donker werd, [[we gingen]] naar huis.", "gingen we"),
        Example(
            "Nu de winter nadert, [[de gemeente opent]] een extra opvang.", "opent de gemeente"
        ),
        Example(
            "[[Met nog vier ronden te gaan hij heeft]] een half punt voorsprong.",
            "Met nog vier ronden te gaan heeft hij",
        ),
        Example("[[Na de storm het dak was]] ingestort.", "Na de storm was het dak"),
        Example(
            "De ploeg verloor twee keer, maar [[sindsdien de ploeg heeft]] zes keer gewonnen.",
            "sindsdien heeft de ploeg",
        ),
        Example("[[Daarna de minister vertrok]] naar Brussel.", "Daarna vertrok de minister"),
        Example(
            "[[Met nog twee ritten te gaan, de Belgen hebben]] de leiding.",
            "Met nog twee ritten te gaan hebben de Belgen",
        ),
        Example(
            "[[Na een lange discussie, de raad stemde]] in.",
            "Na een lange discussie stemde de raad",
        ),
        Example("[[In 2023 de economie groeide]] met 2 procent.", "In 2023 groeide de economie"),
        Example("[[Afgelopen week hij zei]] dat hij stopt.", "Afgelopen week zei hij"),
        Example(
            "[[Na zware sneeuwval eerder in de week het lawinegevaar in het gebied was]] verhoogd.",
            "Na zware sneeuwval eerder in de week was het lawinegevaar in het gebied",
        ),
        Example("[[Vrijdag de lonen stijgen]] met 3 procent.", "Vrijdag stijgen de lonen"),
        Example("[[Zondagavond er vielen]] twee gewonden.", "Zondagavond vielen er"),
        Example(
            "[[Volgens de rechter de verdachte handelde]] uit wraak.",
            "Volgens de rechter handelde de verdachte",
        ),
        Example(
            "[[Bij de botsing twee fietsers raakten]] gewond.",
            "Bij de botsing raakten twee fietsers",
        ),
        Example(
            "Toen de dijk brak, [[honderden bewoners moesten]] weg.", "moesten honderden bewoners"
        ),
        Example(
            "[[In Groningen de huurprijzen daalden]] licht.", "In Groningen daalden de huurprijzen"
        ),
        Example(
            "[[Later dit jaar de gemeente opent]] een nieuw zwembad.",
            "Later dit jaar opent de gemeente",
        ),
        Example(
            "[[Sinds 2020 het aantal klachten is]] verdubbeld.",
            "Sinds 2020 is het aantal klachten",
        ),
        Example(
            "[[Maandagochtend vroeg minstens twintig auto's raakten]] betrokken bij een botsing.",
            "Maandagochtend vroeg raakten minstens twintig auto's",
        ),
        Example(
            "[[Vorige week drie verdachten werden]] opgepakt.", "Vorige week werden drie verdachten"
        ),
        Example(
            "[[Na vier nachten vorst de eerste schaatsers waagden]] zich op het ijs.",
            "Na vier nachten vorst waagden de eerste schaatsers",
        ),
        Example(
            "[[Tussen januari en maart de prijzen stegen]] met tien procent.",
            "Tussen januari en maart stegen de prijzen",
        ),
        Example(
            "[[Volgens de Vlaamse omroep VRT de twee mannen kenden]] elkaar.",
            "Volgens de Vlaamse omroep VRT kenden de twee mannen",
        ),
        Example(
            "[[Volgens de politie de drie verdachten vluchtten]] te voet.",
            "Volgens de politie vluchtten de drie verdachten",
        ),
        Example("[[Volgens de krant zijn broer was]] erbij.", "Volgens de krant was zijn broer"),
        Example("[[In 2020 deze regel werd]] ingevoerd.", "In 2020 werd deze regel"),
    )
    good = (
        "In honderden gemeenten bleven de scholen maandag dicht.",
        "Volgens de politie raakten ruim veertig mensen gewond.",
        "Maandagochtend vroeg was het druk op de A12.",
        "Vorig jaar werden er minder huizen verkocht.",
        "Vorige week kondigde de minister nieuwe maatregelen aan.",
        "In de hoofdstad arresteerde de politie drie mannen.",
        "Van de twintig leden stemden de meeste voor.",
        "Toen hij kwam, was het al laat.",
        "De man die hij zag, liep weg.",
        "In een enquête die zij lieten uitvoeren, noemde een op de zeven de zeespiegel.",
        "Om welk bedrag het gaat, wil de coöperatie niet zeggen.",
        "Omdat de regering wil bezuinigen, is de oppositie boos.",
        "Als het regent, de wedstrijd en de training, die gaan niet door.",
        "Met zo'n publiek achter je voelt het alsof je niet kunt verliezen.",
        "Met nog vier ronden te gaan heeft hij een half punt voorsprong.",
        "De ploeg verloor twee keer, maar sindsdien heeft de ploeg zes keer gewonnen.",
        "Het regende en toen de politie kwam, was iedereen weg.",
        "Hij won, en nu de prijzen stijgen, wil hij meer.",
        "Ook de minister heeft getekend, en alleen de oppositie stemde tegen.",
        "In Amsterdam, de hoofdstad, is het rustig.",
        "Na de wedstrijd, de derde van het seizoen, zei de trainer weinig.",
        "Met nog twee ritten te gaan hebben de Belgen de leiding.",
        "Maandag de boodschappen doen.",
        "Zondag de kinderen en maandag de ouders: zo verdeelt de school de dagen.",
        "Dinsdag is de laatste dag van de actie.",
        "Met name jongeren gebruiken de app.",
        "Rond de 2000 mensen kwamen naar het plein.",
        "Maar na een paar maanden is het meestal voorbij.",
        "In de zomer van 2023 trokken duizenden toeristen naar de kust.",
        "Na twee weken onderhandelen bereikten de partijen een akkoord.",
        "Onder de titel Het stille land zijn ruim 140 foto's te zien.",
        "Binnen tien minuten na de hervatting stond het gelijk.",
        "Tussen 2010 en 2015 woonde hij in Gent.",
        "Na de wedstrijd zijn de spelers moe.",
        "Volgens de krant zijn er drie doden gevallen.",
        "Na de wedstrijd zijn zijn twee spelers moe.",
        "Volgens de Vlaamse omroep VRT kenden de twee mannen elkaar.",
        "“In de Tour de France liep het niet zoals ik wilde”, zei hij.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = [t for t in sentence.tokens if t.text not in '“‘"„']
            after_clause = self._after_fronted_clause(article, tokens)
            if after_clause:
                yield after_clause
                continue
            # a main clause starts the sentence, or follows "maar", "en", "want"
            starts = [0] + [k + 1 for k in range(1, len(tokens) - 1) if _joins_clauses(tokens, k)]
            for start in starts:
                finding = self._fronted_phrase(article, tokens[start:], coordinated=start > 0)
                if finding:
                    yield finding

    def _fronted_phrase(
        self, article: Article, tokens: list[Token], coordinated: bool = False
    ) -> Finding | None:
        for n in range(1, 8):
            if n + 1 >= len(tokens):
                break
            head = tokens[:n]
            if coordinated and head[0].tag not in ("BW", "VZ"):
                break  # "voordat Oekraïense en Russische delegaties": no new clause
            # English puts a comma after the phrase: "Met nog twee etappes te gaan, de …"
            comma = tokens[n].text == "," and head[0].tag == "VZ"
            first = n + 1 if comma else n
            end = self._subject_end(tokens, first, after_clause=comma)
            if end is None or end >= len(tokens) or not self._fronted(head):
                continue
            verb = tokens[end]
            if not _finite_here(tokens, end) or not verb.text.islower():
                continue
            if end + 1 < len(tokens) and is_finite(tokens[end + 1]):
                continue  # "Na twee weken onderhandelen bereikten": a verbal noun
            if tokens[first].tag == "LID" and tokens[first].text[:1].isupper():
                continue  # "Onder de titel Het stille land zijn …": a title
            if _particle_name(tokens, n, first):
                continue  # "In de Tour de France liep het niet": one name
            if head[-1].lower in _COUNT_PLURALS and is_noun(tokens[first]):
                continue  # "In tientallen plaatsen gingen …": the noun is counted, not a subject
            if article.text[head[-1].end : tokens[first].start].strip(" ,"):
                continue  # a quotation opens there: "In de zin ‘de koning regeert’"
            phrase = article.text[head[0].start : head[-1].end]
            subject = article.text[tokens[first].start : tokens[end - 1].end]
            return self.finding(
                article,
                head[0].start,
                verb.end,
                "Na een vooropgeplaatste bepaling komt eerst de persoonsvorm.",
                [f"{phrase} {verb.text} {subject}"],
            )
        return None

    def _after_fronted_clause(self, article: Article, tokens: list[Token]) -> Finding | None:
        """ "Omdat het regende, de wedstrijd werd afgelast": after a fronted
        subordinate clause the finite verb comes first."""
        conjunction = tokens[0].tag == "VG" and "onder" in _features(tokens[0])
        # "Nu de winter nadert, …": Frog may tag "nu" or "toen" as an adverb
        if len(tokens) < 6 or not (conjunction or tokens[0].lower in ("nu", "toen", "zodra")):
            return None
        if tokens[0].lower in ("dat", "of", "en", "maar"):
            return None
        comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
        if comma is None or not any(is_finite(t) for t in tokens[1:comma]):
            return None
        end = self._subject_end(tokens, comma + 1, after_clause=True)
        if end is None or end >= len(tokens) or not is_finite(tokens[end]):
            return None
        verb = tokens[end]
        if not verb.text.islower():
            return None
        subject = article.text[tokens[comma + 1].start : tokens[end - 1].end]
        return self.finding(
            article,
            tokens[comma + 1].start,
            verb.end,
            "Na een vooropgeplaatste bijzin komt eerst de persoonsvorm, dan het onderwerp.",
            [f"{verb.text} {subject}"],
        )

    @staticmethod
    def _noun_phrase_end(tokens: list[Token], k: int) -> int | None:
        """The end of "de (adjectives) noun" at k; an ordinal counts as an adjective."""
        j = k + 1
        # "de twee mannen", "de drie Belgische verdachten": a count after the article
        if j < len(tokens) and _counted(tokens[j]) and "prenom" in _features(tokens[j]):
            j += 1
        while j < len(tokens) and (
            (tokens[j].tag == "ADJ" and not _nominalised(tokens[j])) or _ordinal(tokens[j])
        ):
            j += 1
        if j < len(tokens) and is_noun(tokens[j]) and tokens[j].text.islower():
            return j + 1
        if j < len(tokens) and _nominalised(tokens[j]):
            return j + 1  # "de verdachte", "de gewonden"
        if j == k + 1 and j < len(tokens) and tokens[j].tag == "SPEC":
            return j + 1  # "de Nederlanders"
        return None

    @classmethod
    def _subject_end(cls, tokens: list[Token], n: int, after_clause: bool = False) -> int | None:
        """The end of a subject at n: "er" or a pronoun, or a noun phrase that an
        article opens ("Vorige week de minister kondigde"). After a fronted
        phrase that phrase must end in its noun; after a fronted clause and its
        comma, anything may come before."""
        if n >= len(tokens):
            return None
        first = tokens[n]
        if first.lower in _FRONTED_SUBJECTS and first.tag == "VNW":
            return n + 1
        fronted_adverb = (
            n == 1 and (tokens[0].lower in _CLAUSE_ADVERBS or _weekday(tokens[0]))
        ) or (_early_or_late(tokens[:n]))
        # "In 2023 de economie groeide": a year closes the phrase too, and so
        # does a name ("In Amsterdam de huizenprijzen stegen")
        closer = tokens[n - 1]
        year = closer.tag == "TW" and len(closer.text) == 4 and _year_phrase(tokens, n - 2)
        closed = n >= 2 and (is_noun(closer) or year or closer.tag == "SPEC")
        if not (after_clause or fronted_adverb or closed):
            return None
        if " ".join(t.lower for t in tokens[:n]) in _FOCUS_PHRASES:
            return None  # "Met name jongeren gebruiken de app": one constituent
        if first.lower in _APPROXIMATORS and n + 1 < len(tokens) and _counted(tokens[n + 1]):
            n, first = n + 1, tokens[n + 1]  # "minstens 23 voertuigen", "ruim veertig mensen"
        if first.tag == "LID" or (
            first.lower in _SUBJECT_DETERMINERS and first.tag == "VNW" and "det" in _features(first)
        ):
            end = cls._noun_phrase_end(tokens, n)  # "de twee mannen", "zijn broer"
        elif _counted(first) or _quantifier(first):
            end = cls._noun_phrase_end(tokens, n)  # "twee supporters", "veel gezinnen"
            if end is not None and not any(f.startswith("mv") for f in _features(tokens[end - 1])):
                return None  # "mv-n": "drie verdachten", a nominalised participle
        elif _bare_plural(first) and not _quantity(closer):
            end = n + 1  # a bare plural: "duizenden huishoudens zaten"
            if end < len(tokens) and is_noun(tokens[end]) and "mv" in _features(tokens[end]):
                end += 1
        else:
            return None
        # "het aantal asielaanvragen is": the counted noun belongs to the subject
        if end is not None and end < len(tokens) and _counts_next(tokens, end):
            end += 1
        # One prepositional phrase may close the subject: "het lawinegevaar in het gebied"
        if (
            end is not None
            and end + 1 < len(tokens)
            and tokens[end].tag == "VZ"
            and tokens[end + 1].tag == "LID"
        ):
            return cls._noun_phrase_end(tokens, end + 1) or end
        return end

    @staticmethod
    def _fronted(head: list[Token]) -> bool:
        """An adverb, or a prepositional or adjective+noun phrase of time or place."""
        if any(
            t.tag == "LET" or t.text == "," or (t.tag == "VG" and not _joins_in_phrase(head, k))
            for k, t in enumerate(head)
        ):
            return False
        last = head[-1]
        if len(head) > 1 and last.tag in ("VZ", "TW") and {"init", "prenom"} & set(_features(last)):
            return False  # "Binnen tien | minuten na de hervatting stond": one phrase
        if len(head) > 1 and time_phrase_length(head, 0) == len(head):
            return True  # "Eerder deze week", "Later dit jaar"
        if any(
            t.tag == "WW" and not _attributive(t) and (k == 0 or head[k - 1].lower != "te")
            for k, t in enumerate(head)
        ):
            return False  # only a te-infinitive ("Met nog vier ronden te gaan") or
            # an attributive participle ("Afgelopen week")
        if len(head) > 4 and head[-2].lower != "te" and not _phrases_only(head):
            return False  # a long phrase only when it ends so, or is made of phrases
        if any(t.tag == "VNW" and {"betr", "vb"} & set(_features(t)) for t in head):
            return False  # "In een enquête die zij …", "Om welk bedrag het gaat": verb-final
        if head[-1].tag == "VZ":
            return False  # "Met zo'n publiek achter je voelt": the pronoun is its object
        first = head[0]
        if len(head) == 1:
            return first.tag == "BW" or _weekday(first)
        if _early_or_late(head):
            return True
        # an adjective or attributive participle ("Afgelopen week"), not a
        # determiner: "Dit soort grappen vallen slecht" fronts nothing
        adjective = first.tag == "ADJ" or (first.tag == "WW" and _attributive(first))
        return ((first.tag == "VZ" or adjective) and is_noun(head[-1])) or first.tag == "VZ"


def _joins_in_phrase(head: list[Token], k: int) -> bool:
    """ "en" or "of" inside a prepositional phrase, between two words of one
    kind: "Tussen 2017 en 2020", "In Utrecht en Amsterdam"."""
    if head[k].lower not in ("en", "of") or head[0].tag != "VZ" or not 1 < k < len(head) - 1:
        return False
    kinds = {head[k - 1].tag, head[k + 1].tag}
    return kinds <= {"TW", "SPEC"} or kinds <= {"N", "LID"} or len(kinds) == 1


def _year_phrase(tokens: list[Token], k: int) -> bool:
    """The word before a year closes a phrase: "In 2023", "Tussen 2017 en 2020"."""
    if tokens[k].tag == "VZ":
        return True
    return (
        k >= 2
        and tokens[k].lower == "en"
        and tokens[k - 1].tag == "TW"
        and tokens[k - 2].tag == "VZ"
    )


# Adverbs that stand alone before the verb; "ook", "alleen", "zelfs" may go
# with the subject instead ("Ook de minister heeft …").
_CLAUSE_ADVERBS = frozenset(grammar_words()["clause_adverbs"])
_COORDINATORS = frozenset({"maar", "en", "want"})
_DAY_PARTS = ("", "avond", "ochtend", "middag", "nacht", "morgen")


# Words before a number that leave it the head of the subject: "minstens 23 voertuigen".
_APPROXIMATORS = frozenset(grammar_words()["approximators"])


def _early_or_late(head: list[Token]) -> bool:
    """ "Maandagochtend vroeg", "Zaterdagavond laat": a weekday and when in it."""
    return len(head) == 2 and _weekday(head[0]) and head[1].lower in ("vroeg", "laat")


def _weekday(token: Token) -> bool:
    """A weekday on its own fronts a clause as an adverb does ("Donderdag
    stijgen de temperaturen"); Frog tags it as a name or a noun."""
    return any(token.lower == day + part for day in DAYS_NL for part in _DAY_PARTS)


# Phrases that go with the noun phrase after them, not before the verb.
_FOCUS_PHRASES = frozenset(grammar_words()["focus_phrases"])
_COUNT_HEADS = frozenset(grammar_words()["count_heads"])


def _counts_next(tokens: list[Token], end: int) -> bool:
    """ "het aantal asielaanvragen": a count noun and the plural it counts."""
    counted = tokens[end]
    return tokens[end - 1].lemma in _COUNT_HEADS and is_noun(counted) and "mv" in _features(counted)


def _counted(token: Token) -> bool:
    """A count above one opening a noun phrase: "twee", "40", "honderden"."""
    return token.tag == "TW" and token.lower not in ("een", "één", "1")


def _quantifier(token: Token) -> bool:
    """ "veel", "enkele", "sommige", "alle" before a plural noun."""
    return token.tag == "VNW" and token.lower in _PLURAL_QUANTIFIERS


def _bare_plural(token: Token) -> bool:
    return is_noun(token) and "mv" in _features(token) and token.text.islower()


def _quantity(token: Token) -> bool:
    """A noun that counts the plural after it: "na een paar maanden is het …"."""
    return token.lower in _QUANTITY_NOUNS or token.lower.endswith("tal")


_QUANTITY_NOUNS = frozenset(grammar_words()["quantity_nouns_gr405"])
_PLURAL_QUANTIFIERS = frozenset(grammar_words()["plural_quantifiers"])


def _nominalised(token: Token) -> bool:
    """An adjective or participle used as a noun: "de verdachte", "de gewonden"."""
    return token.tag in ("ADJ", "WW") and "nom" in _features(token)


def _finite_here(tokens: list[Token], k: int) -> bool:
    """The finite verb at k. Frog reads a plural present after a fronted
    phrase and its subject as an infinitive ("Donderdag de temperaturen
    stijgen tot …"), the order it expects of an infinitive; with a plural
    subject before it and more of the clause after it, it is the finite verb."""
    if is_finite(tokens[k]):
        return True
    if not is_infinitive(tokens[k]) or k + 1 >= len(tokens) or tokens[k + 1].tag == "LET":
        return False
    return "mv" in _features(tokens[k - 1]) and tokens[k - 1].tag == "N"


# Adverbs that also open a subordinate clause ("en toen de politie kwam, …")
# or a question ("en hoe je leeft").
_CONJUNCTION_ADVERBS = frozenset(grammar_words()["conjunction_adverbs"])


def _joins_clauses(tokens: list[Token], k: int) -> bool:
    """A coordinator at k after a main clause with its finite verb: a new main clause may follow."""
    if tokens[k].lower not in _COORDINATORS or tokens[k + 1].lower in _CONJUNCTION_ADVERBS:
        return False
    if tokens[k + 1].lower.startswith("waar"):
        return False
    before = tokens[:k]
    return any(is_finite(t) for t in before) and not any(_opens_subordinate(t) for t in before)


def _phrases_only(head: list[Token]) -> bool:
    """ "Na zware sneeuwval eerder in de week": prepositional phrases and
    adverbs only, from a preposition to a noun."""
    return (
        len(head) <= 8
        and head[0].tag == "VZ"
        and (is_noun(head[-1]) or head[-1].tag == "SPEC")
        and all(t.tag in ("VZ", "LID", "ADJ", "N", "BW", "TW", "SPEC") for t in head)
    )


@register
class RelativePronounGender(Check):
    code = "GR409"
    name = "relative-pronoun-gender"
    category = "fluency/grammar"
    needs_frog = True
    doc = """"die" after a singular het-word: "het bedrijf, die …" is "het bedrijf, dat …";
and relative "dat" after a de-word or a plural: "de man dat …" is "de man die …".

English "which/that/who" has one form; Dutch picks "dat" for a singular
het-word and "die" for the rest. Only nouns whose gender Frog's lexicon
knows (short, simple words, and diminutives, which are all het-words) are
checked; "die" must start the clause, not stand before a noun ("het huis,
die man …"), unless Frog tags it as relative ("het besluit, die kritiek
kreeg"). The noun must clearly be what "die" refers to: the phrase
just before a comma (not one after "van": "de storm van het seizoen, die"),
or, without a comma, the phrase that opens the sentence."""
    bad = (
        Example("Het bedrijf, [[die]] in Amsterdam zit, maakt verlies.", "dat"),
        Example("Het kabinet [[die]] in maart aantrad, is gevallen.", "dat"),
        Example("Het 80 jaar oude warenhuis, [[die]] twaalf filialen heeft, sluit.", "dat"),
        Example("Het meisje, [[die]] vijf jaar oud is, werd gevonden.", "dat"),
        Example("Het staakt-het-vuren, [[die]] in januari inging, houdt stand.", "dat"),
        Example("Hij werkte voor Havenlijn, het bedrijf [[die]] hem ontsloeg.", "dat"),
        Example("Het besluit, [[die]] kritiek kreeg van studenten, viel dinsdag.", "dat"),
        Example("Hij sprak met de man [[dat]] het plan had bedacht.", "die"),
        Example("De nieuwe regeling, [[dat]] in mei ingaat, is getekend.", "die"),
        Example("De brug [[dat]] vorig jaar werd geopend, is alweer dicht.", "die"),
        Example("Ze verlengden een lange reeks [[dat]] nu op tien zeges staat.", "die"),
        Example("De politie onderzoekt een ongeluk [[die]] dinsdag gebeurde.", "dat"),
        Example(
            "Nu heeft de gemeente een muziekfestival [[die]] gepland stond, uitgesteld.", "dat"
        ),
        Example(
            "Het werd onderzocht door het Nederlands Forensisch Instituut, [[die]] dna aantrof.",
            "dat",
        ),
        Example("Ze wachtten op een gerepareerd onderdeel [[die]] uit Breda kwam.", "dat"),
        Example("Polen, [[die]] de grens vorig jaar sloot, wil nu meer geld.", "dat"),
        Example("De minister bezocht Oostenrijk, [[die]] de regels net had aangescherpt.", "dat"),
    )
    good = (
        "Het bedrijf, dat in Amsterdam zit, maakt verlies.",
        "De bedrijven, die in Amsterdam zitten, maken verlies.",
        "Het boek van de man, die in Amsterdam woont, is uit.",
        "Hij kocht het huis, die buurt bevalt hem.",
        "Hij is de achtste trainer dit seizoen die zijn baan verliest.",
        "Het is de tweede storm van het seizoen, die een naam kreeg.",
        "Hij werkte voor Havenlijn, het bedrijf dat hem ontsloeg.",
        "Ze sprak met Jansen, het hoofd van de afdeling die de fraude ontdekte.",
        "Hij sprak met de man die het plan had bedacht, en zei dat het klopte.",
        "Het stuk gaat over drie zussen in een provinciestadje, die op een dag terugkeren.",
        "Hij kocht het huis, die buurt bevalt hem, en het plan van het bureau, die man belde op.",
        "Hij zag het huis van de man die daar woont, en gaf het meisje die bloemen.",
        "De minister zei in de Kamer, dat het plan doorgaat.",
        "Het nieuwe verdrag, dat in mei ingaat, is getekend.",
        "De premier van Polen, die de grens sloot, zei niets.",
        "Letland en Polen, die de grens sloten, zeiden niets.",
        "De hoofdstad Warschau, die aan de Wisla ligt, is rustig.",
        "Ze wachtten op een gerepareerd onderdeel dat uit Breda kwam.",
        "Ze verlengden een lange reeks die nu op tien zeges staat.",
        "Hij zag de grote kans dat het plan mislukt.",
        "Het was bijna het hoogste figuur dat ooit is gemeten.",
        "“Dit vergeet ik nooit meer”, zei Oudshoorn, die in een fietsenwinkel werkt.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = [t for t in sentence.tokens if t.text not in '“‘"„']
            for i, tok in enumerate(tokens):
                relative = "betr" in _features(tok) or _gapped_dat(tokens, i)
                if tok.lower == "dat" and relative and i >= 2:
                    finding = self._dat(article, tokens, i)
                    if finding:
                        yield finding
                    continue
                if tok.lower != "die" or tok.tag != "VNW" or i < 2:
                    continue
                following = tokens[i + 1] if i + 1 < len(tokens) else None
                before_noun = following is not None and (
                    is_noun(following) or following.tag == "ADJ"
                )
                if before_noun and "betr" not in _features(tok) and not _verb_final(tokens, i + 2):
                    continue  # "die man": a demonstrative before its noun
                noun = _antecedent(tokens, i)
                het = noun is not None and (_neuter_singular(noun) or _named_by_het(tokens, noun))
                het = het and noun.lower not in _BOTH_GENDERS  # "een koper die": the buyer
                if not het:
                    noun = _place_antecedent(tokens, i)
                if noun is not None and (het or noun.tag == "SPEC"):
                    fixed = "Dat" if tok.text[0].isupper() else "dat"
                    yield self.finding(
                        article,
                        tok.start,
                        tok.end,
                        f"'{noun.text}' is een het-woord: het betrekkelijk voornaamwoord is 'dat'.",
                        [fixed],
                    )

    def _dat(self, article: Article, tokens: list[Token], i: int) -> Finding | None:
        """ "de man dat …": relative "dat" (so Frog tags it) after a plural or a
        de-word whose gender Frog's lexicon knows."""
        if tokens[i - 1].text == ",":
            noun = _opening_antecedent(tokens, i)
        else:
            noun, p = tokens[i - 1], i - 2
            while p > 0 and tokens[p].tag == "ADJ":
                p -= 1  # "een ongeslagen reeks dat …"
            if tokens[p].tag != "LID" or (p >= 1 and tokens[p - 1].lower == "van"):
                return None  # "het hoofd van de afdeling dat …" may mean the head
            if tokens[p].lower == "het":
                return None  # "het hoogste figuur dat": the article settles it
        if noun is None or not is_noun(noun) or not noun.text.islower():
            return None
        plural = "mv" in _features(noun)
        de_word = noun_gender(noun) == "zijd" and (
            _well_known(noun.lower) or head_gender(noun.lower) == "zijd"
        )
        if not (plural or de_word) or _listed_singular_het(noun):
            return None
        fixed = "Die" if tokens[i].text[:1].isupper() else "die"
        what = "een meervoud" if plural else "een de-woord"
        return self.finding(
            article,
            tokens[i].start,
            tokens[i].end,
            f"'{noun.text}' is {what}: het betrekkelijk voornaamwoord is 'die'.",
            [fixed],
        )


# Verbs of saying: their "dat" opens what is said, never a relative clause.
_SAYING = frozenset(grammar_words()["saying_verbs_gr409"])


def _gapped_dat(tokens: list[Token], i: int) -> bool:
    """ "De wet dat vorig jaar werd aangenomen": Frog tags the conjunction (or
    the demonstrative pronoun), but no subject stands before the clause's finite verb, only time words,
    adverbs and prepositional phrases, so "dat" is the relative subject."""
    if tokens[i].lower != "dat" or not 0 < i < len(tokens) - 1:
        return False
    # or a demonstrative: "een reeks dat nu op tien zeges staat"
    if tokens[i].tag != "VG" and "pron" not in _features(tokens[i]):
        return False
    if not is_noun(tokens[i - 1]):
        return False
    if any(t.tag == "WW" and (t.lemma or "") in _SAYING | {"vertellen"} for t in tokens[:i]):
        return False  # "zei tegen de minister dat vorig jaar al werd gewaarschuwd"
    j = i + 1
    while j < len(tokens):
        step = time_phrase_length(tokens, j)
        if step:
            j += step
        elif tokens[j].tag == "BW" and tokens[j].lower != "er":
            j += 1
        elif tokens[j].tag == "VZ":
            j += 1
            while j < len(tokens) and tokens[j].tag in ("LID", "ADJ", "TW"):
                j += 1
            if j >= len(tokens) or not is_noun(tokens[j]):
                return False
            j += 1
        else:
            break
    return j < len(tokens) and is_finite(tokens[j])


def _opening_antecedent(tokens: list[Token], i: int) -> Token | None:
    """The noun of "De Aziatische tijgermug, dat …": after a comma the
    antecedent is clear only when its phrase opens the sentence, with an
    article and adjectives only."""
    n = i - 2
    start = n
    while start > 0 and tokens[start - 1].tag == "ADJ":
        start -= 1
    if start != 1 or tokens[0].tag != "LID":
        return None
    return tokens[n]


def _antecedent(tokens: list[Token], i: int) -> Token | None:
    """The noun "die" at i refers to, where that is clear.

    After a comma, the noun phrase just before it, unless that phrase hangs
    from "van" ("de storm van het seizoen, die …" may mean the storm).
    Without a comma, only a noun phrase that opens the sentence, stands in
    apposition after a comma ("Havenlijn, het bedrijf die …") or is the
    object after a verb or a subject ("heeft de gemeente een muziekfestival
    die …").
    """
    comma = tokens[i - 1].text == ","
    n = i - 2 if comma else i - 1
    start = n
    name = tokens[n].tag == "SPEC"  # "het Forensisch Instituut": a name's parts
    # a measure before an adjective: "het 94 jaar oude bedrijf"
    while start > 0 and (
        tokens[start - 1].tag in ("ADJ", "BW", "TW")
        or _prenominal_participle(tokens[start - 1])  # "een vervangend onderdeel"
        or (name and tokens[start - 1].tag == "SPEC")
        or (tokens[start - 1].tag == "N" and tokens[start].tag == "ADJ")
    ):
        start -= 1
    if start == 0 or tokens[start - 1].tag not in ("LID", "VNW"):
        return None
    start -= 1
    # "de storm van het seizoen, die": which noun is meant is unclear; "werd
    # onderzocht door het instituut, die": a phrase after a verb is clear.
    if comma and (start < 2 or tokens[start - 1].tag != "VZ" or tokens[start - 2].tag == "WW"):
        return tokens[n]
    # "heeft (de gemeente) een muziekfestival die …": an object is clear too
    # ("de trainer dit seizoen die": a time phrase after a noun is no object)
    after_noun = tokens[start - 1].tag == "N" and tokens[start].tag == "LID"
    clear = start == 0 or tokens[start - 1].text == "," or tokens[start - 1].tag == "WW"
    # "wachten op een onderdeel die": a phrase that hangs from a verb, not a noun
    verb_object = (
        start >= 2 and tokens[start - 1].tag == "VZ" and _verb_or_particle(tokens[start - 2])
    )
    clear = clear or after_noun or verb_object
    return tokens[n] if clear else None


@cache
def _countries() -> frozenset[str]:
    from nakijker.facts import word_lists  # facts imports the checks package

    return frozenset(str(c) for c in word_lists()["nationalities"].values())


def _known_place(name: str) -> bool:
    """A country, or a name hunspell knows only with its capital (Utrecht,
    Litouwen): Frog's LOC alone also marks surnames ("Hazelaar, die")."""
    speller = default_speller()
    return name in _countries() or (speller.correct(name) and not speller.correct(name.lower()))


def _verb_or_particle(token: Token) -> bool:
    """A verb, or its separated particle ("stemde in met")."""
    return token.tag == "WW" or (token.tag == "VZ" and "fin" in _features(token))


def _prenominal_participle(token: Token) -> bool:
    """ "vervangend", "gewijzigd" before a noun: Frog tags them as verbs."""
    feats = _features(token)
    return token.tag == "WW" and "prenom" in feats and ("od" in feats or "vd" in feats)


def _place_antecedent(tokens: list[Token], i: int) -> Token | None:
    """The bare place name of "Litouwen, die …": a country or city without an
    article is a het-word. Only where the name clearly is what "die" refers
    to: it opens the sentence or is the object right after a verb, not a
    phrase after a noun or preposition ("de premier van Litouwen, die"), not
    one of two names ("Letland en Litouwen, die") and not after its title
    noun ("de hoofdstad Vilnius, die")."""
    if i < 2 or tokens[i - 1].text != ",":
        return None
    name = tokens[i - 2]
    start = i - 2
    while start > 0 and tokens[start - 1].tag == "SPEC":
        start -= 1
    if name.tag != "SPEC" or not (name.ner or "").endswith("LOC") or not _known_place(name.text):
        return None
    if not name.text[:1].isupper():
        return None
    if start < i - 2 and name.lower.endswith(("en", "s")):
        return None  # "Nederlandse Antillen": a plural name
    if start > 0 and tokens[start - 1].tag != "WW":
        return None
    if start > 0 and (tokens[start - 1].lemma or "").lower() in _SAYING_VERBS:
        return None  # "zei Oudshoorn, die …": a speaker whose name is also a village's
    return name


# After these the name is the speaker, a person: "zei Oudshoorn", "vertelde Baarn".
_SAYING_VERBS = frozenset(grammar_words()["speaker_verbs"])


_SEPARABLE = ("aan", "op", "af", "uit", "in", "mee", "door", "over", "terug", "toe", "voor",
              "bij", "na", "om", "weg", "neer", "vast", "los")  # fmt: skip


def _verb_final(tokens: list[Token], k: int) -> bool:
    """A finite verb at k with its particle joined ("aantrof"), as only a
    subordinate clause has it: "…, die dna aantrof" is relative."""
    if k >= len(tokens) or not is_finite(tokens[k]):
        return False
    lemma, text = (tokens[k].lemma or "").lower(), tokens[k].lower
    return any(
        lemma.startswith(p) and text.startswith(p) and len(lemma) > len(p) + 3 for p in _SEPARABLE
    )


def _named_by_het(tokens: list[Token], noun: Token) -> bool:
    """A noun phrase that "het" opens and a het-word ends, a name's too:
    "het Nederlands Forensisch Instituut"."""
    if not (listed_het_word(noun.lower) or (is_noun(noun) and noun_gender(noun) == "onz")):
        return False
    if "mv" in _features(noun):
        return False
    k = tokens.index(noun)
    while k > 0 and tokens[k - 1].tag in ("SPEC", "ADJ"):
        k -= 1
    return k > 0 and tokens[k - 1].lower == "het"


def _neuter_singular(noun: Token) -> bool:
    """A singular het-word whose gender Frog can be trusted on."""
    feats = _features(noun)
    if not is_noun(noun) or "ev" not in feats:
        return False
    if "dim" in feats or _listed_singular_het(noun):
        return True
    if noun_gender(noun) != "onz":
        return False
    # a compound whose last part Frog's lexicon also calls a het-word ("muziekfestival")
    known = len(noun.text) <= _SHORT_NOUN or _well_known(noun.lower)
    return known or (noun.text.islower() and head_gender(noun.lower) == "onz")


# Words before an infinitive that make it a noun: "naar eigen zeggen", "het zoeken".
_NOUN_MAKERS = frozenset(grammar_words()["noun_makers"])


@register
class TimeAfterVerbs(Check):
    code = "GR410"
    name = "time-after-final-verbs"
    category = "fluency/grammar"
    needs_frog = True
    doc = """A time adverbial after the final verbs, in English order: "werd gesloopt vorig jaar".

English puts "last year", "on Tuesday", "yesterday" after the verb; Dutch
puts a bare time adverbial before the verbs that close the clause: "werd
vorig jaar gesloopt", "is gisteren overleden". Flagged when a participle
or infinitive (after a finite verb in the same clause) is followed directly
by such an adverbial and then the end of the clause. A prepositional phrase
after the verbs ("geboren op 5 mei") is allowed in Dutch and left alone, as
is an afterthought behind a comma."""
    bad = (
        Example("Het oude gebouw werd [[gesloopt vorig jaar]].", "vorig jaar gesloopt"),
        Example("De zangeres is [[overleden gisteren]], meldt haar familie.", "gisteren overleden"),
        Example(
            "Hij zei dat de wet zal [[worden ingevoerd volgende maand]].",
            "volgende maand worden ingevoerd",
        ),
        Example("Het museum werd [[geopend vorige week]] door de koning.", "vorige week geopend"),
        Example(
            "Het risico wordt [[beschouwd nog steeds]] als zeer klein.", "nog steeds beschouwd"
        ),
        Example("De brug is [[geopend opnieuw]] voor verkeer.", "opnieuw geopend"),
        Example("Boeren hebben [[geprotesteerd al maanden]] tegen het plan.", None),
    )
    good = (
        "Het oude gebouw werd vorig jaar gesloopt.",
        "Ze is geboren op 5 mei.",
        "De zangeres is overleden, vorige week al.",
        "Hij kwam gisteren terug.",
        "Ze had het eerder gezegd.",
        "Het risico wordt nog steeds als zeer klein beschouwd.",
        "Hij werd gearresteerd niet ver van de grens.",
        "Ze is geboren in Gent en woont nog steeds in Brussel.",
        "Het instituut neemt de cijfers naar eigen zeggen deze winter mee.",
        "Ook wordt aangeraden niet in parken en bossen te wandelen.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = sentence.tokens
            for i, tok in enumerate(tokens):
                if not _non_finite(tok) or (i > 0 and tokens[i - 1].lower in _NOUN_MAKERS):
                    continue  # "naar eigen zeggen deze winter": a verb used as a noun
                n = time_phrase_length(tokens, i + 1)
                adverb = not n and _middle_adverb_length(tokens, i + 1)
                n = n or adverb
                end = i + 1 + n
                # The adverbial ends the clause, or a prepositional phrase or an
                # als-phrase follows it.
                if not n or (
                    end < len(tokens)
                    and not _ends_clause(tokens[end])
                    and tokens[end].tag != "VZ"
                    and tokens[end].lower != "als"
                ):
                    continue
                first = i
                while (
                    first > 0 and tokens[first - 1].tag == "WW" and not is_finite(tokens[first - 1])
                ):
                    first -= 1
                if not self._after_finite(tokens, first):
                    continue
                # After the verbs that close a subordinate clause a bare adverb
                # belongs to the main clause: "mensen die … hebben gemaakt niet af".
                if adverb and (_in_subordinate(tokens, first) or _particle_at(tokens, end)):
                    continue
                # "wordt aangeraden niet in parken te wandelen": the adverb opens
                # the te-clause that follows
                if adverb and _te_clause_follows(tokens, end):
                    continue
                verbs = article.text[tokens[first].start : tok.end]
                when = article.text[tokens[i + 1].start : tokens[end - 1].end]
                yield self.finding(
                    article,
                    tokens[first].start,
                    tokens[end - 1].end,
                    f"Een tijdsbepaling of bijwoord staat in het Nederlands voor de werkwoorden "
                    f"aan het eind: '{when} {verbs}'.",
                    [f"{when} {verbs}"],
                )

    @staticmethod
    def _after_finite(tokens: list[Token], first: int) -> bool:
        """A finite verb earlier in the same clause: these verbs close the clause."""
        for t in reversed(tokens[:first]):
            if _ends_clause(t):
                return False
            if is_finite(t):
                return True
        return False


# Adverbs of the middle field that English puts after the verbs: "wordt
# beschouwd nog steeds als klein", "werd gekozen opnieuw".
_MIDDLE_ADVERBS = tuple(tuple(adverb.split()) for adverb in grammar_words()["middle_adverbs"])


def _in_subordinate(tokens: list[Token], first: int) -> bool:
    """The verbs before ``first`` close a subordinate clause: an opener comes
    before them with no clause end between."""
    for t in reversed(tokens[:first]):
        if _opens_subordinate(t):
            return True
        if t.text in _CLAUSE_END:
            return False
    return False


def _particle_at(tokens: list[Token], j: int) -> bool:
    return j < len(tokens) and tokens[j].tag == "VZ" and "fin" in _features(tokens[j])


def _middle_adverb_length(tokens: list[Token], j: int) -> int:
    words = [t.lower for t in tokens[j : j + 2]]
    for adverb in _MIDDLE_ADVERBS:
        if tuple(words[: len(adverb)]) == adverb:
            return len(adverb)
    return 0


_MODALS = {"kunnen", "moeten", "mogen", "willen", "zullen", "hoeven"}
# Fixed phrases where a bare participle after a modal is Dutch ("het moet gezegd").
_MODAL_IDIOMS = {"gezegd", "gedaan"}


@register
class ParticipleAfterModal(Check):
    code = "GR413"
    name = "participle-after-modal"
    category = "fluency/grammar"
    needs_frog = True
    doc = """A past participle where a modal verb needs an infinitive: "kunnen behandeld".

English "could treat" / "have been able to treat" and Dutch participles look
alike to MT, which then writes "We hebben de patiënten kunnen behandeld". A
modal (kunnen, moeten, mogen, willen, zullen, hoeven), or laten right before
it ("liet onderzocht"), followed by a participle that ends the clause, with no worden, zijn or hebben after it, needs the
infinitive. The fix is Frog's lemma of the participle, so it is offered,
not applied."""
    bad = (
        Example("We hebben de eerste patiënten ermee kunnen [[behandeld]].", "behandelen"),
        Example("Volgens de bond zal de staking morgen [[beëindigd]], zei hij.", "beëindigen"),
        Example("Ze zeiden dat de brug pas in juni kan [[geopend]].", "openen"),
        Example("De trein heeft moeten [[gestopt]] in Utrecht.", "stoppen"),
        Example("Ze bewaarde de brief tot ze hem liet [[vertaald]].", "vertalen"),
        Example("De gemeente meldt dat ze de zieke bomen liet [[gekapt]].", "kappen"),
    )
    good = (
        "We hebben de eerste patiënten ermee kunnen behandelen.",
        "De brug kan pas in juni geopend worden.",
        "Het moet gezegd: de ploeg speelde sterk.",
        "De patiënten moeten behandeld en verzorgd worden.",
        "Hij zal opgelucht zijn.",
        "De schade kan beperkt blijven.",
        "Het moet gezegd in alle eerlijkheid: de ploeg speelde sterk.",
        "De conciërge liet de deur gesloten.",
        "Ze bewaarde de brief tot ze hem liet vertalen.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = sentence.tokens
            for i in range(1, len(tokens) - 1):
                tok = tokens[i]
                if tok.tag != "WW" or "vd" not in _features(tok) or _attributive(tok):
                    continue
                if not _ends_verbs(tokens, i + 1) or tok.lower in _MODAL_IDIOMS:
                    continue
                if not tok.lemma or tok.lemma == tok.lower:
                    continue  # "wil vervangen": participle and infinitive alike
                modal = self._modal_before(tokens, i)
                if modal is None:
                    continue
                yield self.finding(
                    article,
                    tok.start,
                    tok.end,
                    f"Na '{modal.text}' hoort een infinitief, geen voltooid deelwoord: '{tok.lemma}'.",
                    [tok.lemma],
                )

    @staticmethod
    def _modal_before(tokens: list[Token], i: int) -> Token | None:
        """The clause's verb before the participle, when that is a modal."""
        for t in reversed(tokens[:i]):
            if t.text in _CLAUSE_END or t.tag == "VG" or t.lower == "te":
                return None
            if t.tag == "WW" and not _attributive(t):
                lemma = t.lemma or ""
                # laten only right before the participle: "liet de deur
                # gesloten" (kept it closed) is Dutch, "liet onderzocht" is not
                adjacent_laten = lemma == "laten" and t is tokens[i - 1]
                return t if lemma in _MODALS or adjacent_laten else None
        return None


def _ends_verbs(tokens: list[Token], k: int) -> bool:
    """Nothing but a prepositional phrase after position k, up to the clause end:
    the verb before k closes the clause ("moeten gestopt in Utrecht.")."""
    if k < len(tokens) and tokens[k].text not in _CLAUSE_END and tokens[k].tag != "VZ":
        return False
    for t in tokens[k:]:
        if t.text in _CLAUSE_END:
            return True
        if t.tag in ("WW", "VG"):
            return False
    return True


_AUXILIARIES = {"hebben", "zijn", "worden", "zullen", *_MODALS}


def _ordinal(token: Token) -> bool:
    """ "eerste", "derde", "laatste" before a noun."""
    return token.tag == "TW" and "rang" in _features(token)


def _non_finite(token: Token) -> bool:
    """A participle or an infinitive that looks like one (Frog tags "gigawatt" WW too)."""
    if token.tag != "WW" or _attributive(token):
        return False
    feats = _features(token)
    return (
        "vd" in feats
        or ("inf" in feats and token.lower.endswith("n"))
        or _participle_as_present(token)
    )


_INSEPARABLE = ("be", "ge", "ver", "ont", "her", "onder", "over", "door", "mis")


def _participle_as_present(token: Token) -> bool:
    """ "heeft onderschept": the participle of a verb with a fixed prefix is
    spelled like its present tense, and Frog may tag it so."""
    lemma = (token.lemma or "").lower()
    feats = _features(token)
    return (
        "tgw" in feats
        and "met-t" in feats
        and lemma.startswith(_INSEPARABLE)
        and token.lower.startswith(_INSEPARABLE)
        and token.lower.endswith("t")
    )


# Verbs whose te-clause needs no object of their own: the noun phrases before
# "te" belong to the te-clause ("heeft besloten de boeren geld te geven").
_OWN_TE_CLAUSE = frozenset(grammar_words()["own_te_clause_verbs"])


@register
class ObjectAfterFinalVerbs(Check):
    code = "GR414"
    name = "object-after-final-verbs"
    category = "fluency/grammar"
    severity = "major"
    needs_frog = True
    doc = """English word order in a main clause: the object after the final verbs.

"Hij had nooit gewonnen een wereldbekerrace" follows English "had never won
a World Cup race"; Dutch puts the object before the participle or
infinitive at the end: "had nooit een wereldbekerrace gewonnen". Flagged when
an auxiliary (hebben, zijn, worden, zullen or a modal) is followed in its
clause by its non-finite verbs and then a noun phrase that ends the clause
or comes before a prepositional phrase, and likewise an object after a
te-infinitive ("om te verhogen de belastingen" for "om de belastingen te
verhogen"). A prepositional phrase, a
te-infinitive or a subordinate clause after the verbs is Dutch and left alone,
and so is a participle used as an adjective ("is verboden terrein")."""
    bad = (
        Example(
            "Brouwer (23) had nooit [[gewonnen een wereldbekerrace]] voor dit seizoen.",
            "een wereldbekerrace gewonnen",
        ),
        Example("Het bedrijf heeft vorig jaar [[verkocht 500 auto's]].", "500 auto's verkocht"),
        Example(
            "De raad had [[gereserveerd €6,5 miljoen]] voor de brug.", "€6,5 miljoen gereserveerd"
        ),
        Example("De regering zal [[invoeren nieuwe regels]].", "nieuwe regels invoeren"),
        Example(
            "Het kabinet besloot om [[te verhogen de belastingen]] voor bedrijven.",
            "de belastingen te verhogen",
        ),
        Example(
            "Het bedrijf probeert [[te verkopen zijn fabriek]] in Duitsland.",
            "zijn fabriek te verkopen",
        ),
        Example(
            "De regering besloot om [[te investeren meer geld]] in onderwijs.",
            "meer geld te investeren",
        ),
        Example(
            "De raad had [[opgeroepen de kiezers]] het voorstel te verwerpen.",
            "de kiezers opgeroepen",
        ),
        Example(
            "De burgemeester heeft [[gevraagd de inspectie]] om de brand te onderzoeken.",
            "de inspectie gevraagd",
        ),
        Example(
            "De bond had [[aangespoord zijn leden]] om het akkoord te steunen.",
            "zijn leden aangespoord",
        ),
        Example(
            "De politie heeft [[aangehouden drie jongens]] die ervan worden verdacht brand te hebben gesticht.",
            "drie jongens aangehouden",
        ),
        Example(
            "De politie heeft zaterdag [[aangehouden twee verdachten]].",
            "twee verdachten aangehouden",
        ),
        Example(
            "De spits, die nog geblesseerd was, had [[gescoord het winnende doelpunt]].",
            "het winnende doelpunt gescoord",
        ),
        Example(
            "De politie heeft [[aangehouden vijf mannen]] die worden verdacht van fraude.",
            "vijf mannen aangehouden",
        ),
        Example(
            "Het kabinet heeft [[goedgekeurd drie nieuwe wetten]] over wonen.",
            "drie nieuwe wetten goedgekeurd",
        ),
        Example(
            "De marechaussee heeft [[onderschept 40 kilo cocaïne]] op Schiphol.",
            "40 kilo cocaïne onderschept",
        ),
    )
    good = (
        "Brouwer had nooit een wereldbekerrace gewonnen voor dit seizoen.",
        "Hij heeft gewerkt als journalist.",
        "Ze heeft gezegd dat ze stopt.",
        "De prijs werd uitgereikt door de burgemeester.",
        "Ze hebben besloten de fabriek te sluiten.",
        "Het kabinet besloot om de belastingen te verhogen voor bedrijven.",
        "Hij hoopt te kunnen beginnen in januari.",
        "Ze probeert te bewijzen dat het klopt.",
        "Dit is verboden terrein.",
        "Het kabinet heeft meer geld uitgetrokken dan vorig jaar.",
        "Hij is gekozen tot voorzitter van de bond.",
        "Het bedrijf heeft last van gestegen kosten.",
        "De politie heeft gevraagd de omgeving te mijden.",
        "De raad had de kiezers opgeroepen het voorstel te verwerpen.",
        "De burgemeester heeft de inspectie gevraagd om de brand te onderzoeken.",
        "De reizigers hebben gewacht de hele dag om een plek te krijgen.",
        "Het kabinet heeft besloten drie nieuwe wetten in te voeren.",
        "Hij heeft geholpen twee kinderen uit het water te halen.",
        "De inspectie heeft geadviseerd een middel dat bij kinderen werkt snel toe te laten.",
        "De politie heeft vijf mannen aangehouden die worden verdacht van fraude.",
        "De raad heeft gevraagd de dijken elk jaar te controleren.",
        "Het waterschap heeft besloten de boeren een vergoeding te geven.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = sentence.tokens
            for i, tok in enumerate(tokens):
                finding = None
                if is_finite(tok) and (tok.lemma or "") in _AUXILIARIES:
                    finding = self._clause(article, tokens, i)
                elif tok.lower == "te" and i + 1 < len(tokens) and _non_finite(tokens[i + 1]):
                    finding = self._after_verbs(article, tokens, i + 1, lead=i)
                if finding:
                    yield finding

    def _clause(self, article: Article, tokens: list[Token], v: int) -> Finding | None:
        if self._in_subordinate(tokens, v):
            return None  # GR404's business
        j = v + 1
        while j < len(tokens) and not (tokens[j].tag == "WW" and not _attributive(tokens[j])):
            if _ends_clause(tokens[j]) or tokens[j].lower in ("te", "om"):
                return None
            j += 1
        return self._after_verbs(article, tokens, j)

    def _after_verbs(
        self, article: Article, tokens: list[Token], first: int, lead: int | None = None
    ) -> Finding | None:
        """Non-finite verbs from ``first`` on (after "te" at ``lead``), then an
        object: "gewonnen een race", "te verhogen de belastingen"."""
        if lead is None and first > 0 and tokens[first - 1].tag in ("VZ", "LID"):
            return None  # "last van gestegen kosten": an attributive participle
        lead = first if lead is None else lead
        j = first
        while j < len(tokens) and _non_finite(tokens[j]):
            j += 1
        if j == first or j >= len(tokens) or _possessive(tokens[j - 1], tokens[j]):
            return None
        end = self._object_end(tokens, j)
        if end is None or (self._verbs_follow(tokens, end) and not self._before_om(tokens, end)):
            end = self._object_before_te_clause(tokens, j)
            if end is None:
                return None
        verbs = article.text[tokens[lead].start : tokens[j - 1].end]
        moved = article.text[tokens[j].start : tokens[end - 1].end]
        return self.finding(
            article,
            tokens[lead].start,
            tokens[end - 1].end,
            "Het lijdend voorwerp staat in het Nederlands voor de werkwoorden aan het eind.",
            [f"{moved} {verbs}"],
        )

    @staticmethod
    def _object_before_te_clause(tokens: list[Token], j: int) -> int | None:
        """ "had opgeroepen de kiezers het initiatief te verwerpen": two noun
        phrases before the te-infinitive, so the first is the object of the
        final verbs ("had de kiezers opgeroepen …"); one alone may belong to
        the te-clause ("heeft gevraagd de omgeving te mijden")."""
        if (tokens[j - 1].lemma or "") in _OWN_TE_CLAUSE:
            return None  # "heeft beloofd de boeren het geld terug te geven": both in the te-clause
        first = _bare_noun_phrase_end(tokens, j)
        second = _bare_noun_phrase_end(tokens, first) if first is not None else None
        if second is None or second + 1 >= len(tokens) or tokens[second].lower != "te":
            return None
        if time_phrase_length(tokens, first):
            return None  # "het geluid elk jaar te meten": a time phrase, one object
        return first if is_infinitive(tokens[second + 1]) else None

    @staticmethod
    def _before_om(tokens: list[Token], end: int) -> bool:
        """ "heeft gevraagd de politie om te onderzoeken": "om" opens the
        te-clause, so the noun phrase before it is the object of the final
        verbs; a stretch of time is not ("heeft gewacht drie uur om …" is
        left alone)."""
        return (
            end < len(tokens)
            and tokens[end].lower == "om"
            and tokens[end - 1].lemma not in _TIME_NOUNS | {"uur", "dag", "minuut", "tijd"}
        )

    @staticmethod
    def _verbs_follow(tokens: list[Token], k: int) -> bool:
        """More verbs in the clause: an extraposed te-clause ("heeft beloofd de
        grens te sluiten"), or the real verb cluster after a mistagged noun."""
        # A relative clause inside the object has verbs of its own. A te-clause
        # counts after it has closed on its finite verb ("geadviseerd een vaccin
        # dat werkt goed te keuren"), not inside its verb cluster ("vijf mannen
        # die worden verdacht … te hebben opgeblazen").
        relative = closed = False
        for n, t in enumerate(tokens[k:], k):
            # "goedgekeurd drie wetten over wonen": an infinitive after a
            # preposition is a noun, not more verbs
            if t.tag == "WW" and tokens[n - 1].tag == "VZ" and "inf" in _features(t):
                continue
            if t.lower in ("te", "om"):
                return not relative or closed
            if t.tag == "WW":
                if not relative:
                    return True
                if is_finite(t):
                    closed = n + 1 < len(tokens) and tokens[n + 1].tag != "WW"
                continue
            if t.text in ".;:!?" or (_opens_subordinate(t) and "betr" not in _features(t)):
                return False
            relative = relative or "betr" in _features(t)
        return False

    @staticmethod
    def _in_subordinate(tokens: list[Token], v: int) -> bool:
        for t in reversed(tokens[:v]):
            if _opens_subordinate(t):
                return True
            if t.text in _CLAUSE_END:
                return False
        return False

    @staticmethod
    def _object_end(tokens: list[Token], j: int) -> int | None:
        """The end of a noun phrase at j that closes the clause or precedes a preposition."""
        if not _in_noun_phrase(tokens[j]) or tokens[j].lower in _COMPLEMENT:
            return None
        if tokens[j].tag == "VNW" and not {"det", "prenom"} & set(_features(tokens[j])):
            return None  # a determiner or quantifier ("meer geld") may open the object
        k = j
        while (
            k < len(tokens)
            and k - j < 6
            and (_in_noun_phrase(tokens[k]) or _nominalised(tokens[k]))
            and "betr" not in _features(tokens[k])
        ):
            if tokens[k].lower in _COMPLEMENT:
                return None
            k += 1
        if not (is_noun(tokens[k - 1]) or _nominalised(tokens[k - 1])):
            return None
        # a relative clause may follow: "heeft aangehouden vijf mannen die …"
        relative = "betr" in _features(tokens[k]) if k < len(tokens) else False
        if k < len(tokens) and not (tokens[k].text in ".,;:!?" or tokens[k].tag == "VZ"):
            return k if relative else None
        return k


def _bare_noun_phrase_end(tokens: list[Token], j: int) -> int | None:
    """The end of "de kiezers", "het nieuwe initiatief" at j: an article or
    determiner, adjectives, and a common noun."""
    if j >= len(tokens) or not (
        tokens[j].tag == "LID" or (tokens[j].tag == "VNW" and "det" in _features(tokens[j]))
    ):
        return None
    k = j + 1
    while k < len(tokens) and tokens[k].tag == "ADJ":
        k += 1
    return k + 1 if k < len(tokens) and is_noun(tokens[k]) else None


def _in_noun_phrase(token: Token) -> bool:
    """A word of a noun phrase; an amount ("€6,5 miljoen") and an attributive
    participle ("het winnende doelpunt") count."""
    return (
        token.tag in ("LID", "VNW", "TW", "ADJ", "N")
        or token.text in ("€", "$", "£")
        or (token.tag == "WW" and "prenom" in _features(token))
    )


@cache
def _reflexive_verbs() -> tuple[frozenset[str], dict[str, frozenset[str]], frozenset[str]]:
    """Verbs that need "zich" (rules/reflexive_verbs.yaml): always, before a
    preposition, or with a predicate ("zich machteloos voelen")."""
    data = _reflexive_data()
    frames = {verb: frozenset(preps) for verb, preps in data["with_preposition"].items()}
    return frozenset(data["always"]), frames, frozenset(data["with_predicate"])


@cache
def _reflexive_data() -> dict:
    """rules/reflexive_verbs.yaml, read once."""
    text = files("nakijker.rules").joinpath("reflexive_verbs.yaml").read_text("utf-8")
    return load_yaml(text)


@cache
def _reflexive_objects() -> dict[str, frozenset[str]]:
    """Verbs that need "zich" with a fixed bare object ("zich zorgen maken")."""
    return {verb: frozenset(nouns) for verb, nouns in _reflexive_data()["with_object"].items()}


# Words that may stand between such a verb and its object: "maakten geen zorgen".
_OBJECT_FILLERS = frozenset(grammar_words()["object_fillers"])


def _bare_object(tokens: list[Token], i: int, nouns: frozenset[str]) -> Token | None:
    """The fixed object of the verb at i, next to it in either order."""
    for step in (1, -1):
        k = i + step
        while 0 <= k < len(tokens) and (
            tokens[k].lower in _OBJECT_FILLERS or _adverbial_word(tokens[k])
        ):
            k += step
        # Frog may read "zorgen" as the verb; an article makes it a subject
        # ("De zorgen maken plaats"), "los" another verb ("maakte zorgen los")
        if not (0 <= k < len(tokens) and tokens[k].lower in nouns):
            continue
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        before = tokens[k - 1] if k > 0 else None
        determined = (
            before is not None
            and before.tag in ("LID", "VNW")
            and before.lower not in _OBJECT_FILLERS
        )
        if not determined and (after is None or after.lower != "los"):
            return tokens[k]
    return None


_REFLEXIVES = frozenset(grammar_words()["reflexive_pronouns"])


@register
class MissingReflexive(Check):
    code = "GR419"
    name = "missing-reflexive"
    category = "fluency/grammar"
    needs_frog = True
    doc = """A reflexive verb without its pronoun: "dat het ministerie voorbereidt op
bezwaren", "hij schaamde voor de uitslag".

English "prepare for", "spread to", "be ashamed of" have no reflexive, and
machine translation drops the Dutch "zich". The verbs are data
(rules/reflexive_verbs.yaml): verbs that always take one are flagged in any
clause without a reflexive or object pronoun; verbs that are transitive too
only before their fixed preposition, in a subordinate clause where nothing
but the subject stands before the verb ("dat het virus verspreidt naar").
The fix puts "zich" before the verb; it is a suggestion, since the person
may need "me" or "ons"."""
    bad = (
        Example(
            "Ze zei dat het ministerie [[voorbereidt]] op bezwaren van omwonenden.",
            "zich voorbereidt",
        ),
        Example(
            "Artsen vrezen dat het virus [[verspreidt]] naar andere provincies.", "zich verspreidt"
        ),
        Example("De trainer [[schaamde]] voor de uitslag.", "schaamde zich"),
        Example("Klanten kunnen [[melden]] bij de curator.", "zich melden"),
        Example("Bedrijven moeten beter [[voorbereiden]] op een cyberaanval.", "zich voorbereiden"),
        Example("De keeper [[concentreert]] nu volledig op de finale.", "concentreert zich"),
        Example("Veel bewoners [[voelen]] vaak machteloos tegenover de gemeente.", "voelen zich"),
        Example("De ouders [[voelden]] verraden door de school.", "voelden zich"),
        Example("Hij zei dat veel inwoners [[machteloos]] voelen.", "zich machteloos"),
        Example("Sommigen maakten [[zorgen]] over de overlast.", "zich zorgen"),
        Example("Hij zei dat veel ouders [[zorgen]] maken over de veiligheid.", "zich zorgen"),
        Example("De minister maakte geen [[zorgen]] over de kosten.", "zich zorgen"),
        Example(
            "Bewoners, die [[tegen de plannen hadden verzet]], zijn teleurgesteld.",
            "zich tegen de plannen hadden verzet",
        ),
        Example(
            "Hij zei dat hij goed [[op de storm had voorbereid]].",
            "zich op de storm had voorbereid",
        ),
        Example(
            "Omdat de bewoners [[tegen de bouw verzetten]], stopte het project.",
            "zich tegen de bouw verzetten",
        ),
    )
    good = (
        "De renner bleef de hele dag verscholen in het peloton.",
        "Ze zei dat het ministerie zich voorbereidt op bezwaren van omwonenden.",
        "De trainer concentreert de training op de verdediging.",
        "De keeper concentreert zich nu volledig op de finale.",
        "Ze zei dat het ministerie een wet voorbereidt op verzoek van de Kamer.",
        "De trainer schaamde zich voor de uitslag, en ik schaamde me ook.",
        "Het virus verspreidt zich naar andere provincies.",
        "Het kabinet wil dat de gemeente de regels aanpast aan de praktijk.",
        "Klanten kunnen zich melden bij de curator, of fraude melden bij de politie.",
        "Je kunt het melden bij de gemeente.",
        "Veel bewoners voelen zich vaak machteloos tegenover de gemeente.",
        "Het voelt vreemd om hier terug te zijn.",
        "Het water voelde koud aan.",
        "Hij voelde snel dat er iets mis was.",
        "Hij zei dat het vreemd voelt.",
        "De overlast maakte zorgen los bij de bewoners.",
        "Hittegolf houdt aan, tropische temperaturen in het zuiden",
        "De zorgen maken plaats voor hoop.",
        "Wij maken ons grote zorgen, en zij maken zich geen zorgen.",
        "Bewoners, die zich tegen de plannen hadden verzet, zijn teleurgesteld.",
        "De afspraak, die hij tegen zijn zin had verzet, ging niet door.",
        "Het team, dat goed op de finale was voorbereid, won.",
        "Ze steunde een amendement dat de regels uitbreidt tot studenten.",
        "Het verzet tegen de plannen groeide, en de bewoners hadden het verzet.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        always, frames, predicated = _reflexive_verbs()
        for sentence in article.sentences:
            tokens = sentence.tokens
            for i, verb in enumerate(tokens):
                frame = _final_frame_lemma(verb, frames)
                if frame is not None:
                    p = self._verb_final_frame(tokens, i, frames[frame])
                    if p is not None:
                        span = article.text[tokens[p].start : verb.end]
                        yield self.finding(
                            article,
                            tokens[p].start,
                            verb.end,
                            f"'{frame}' is hier wederkerend: 'zich {span}'.",
                            [f"zich {span}"],
                        )
                        continue
                lemma = (verb.lemma or "").lower()
                if verb.tag != "WW" or _attributive(verb) or not verb.text.islower():
                    continue
                if lemma in predicated:
                    finding = self._bare_predicate(article, tokens, i)
                    if finding:
                        yield finding
                    continue
                objects = _reflexive_objects().get(lemma)
                if objects:
                    noun = _bare_object(tokens, i, objects)
                    if noun is not None and not _reflexive_in_clause(tokens, i):
                        yield self.finding(
                            article,
                            noun.start,
                            noun.end,
                            f"'{noun.text} {lemma}' is wederkerend: 'zich {noun.text}'.",
                            [f"zich {noun.text}"],
                        )
                    continue
                if lemma in always:
                    missing = not _reflexive_in_clause(tokens, i) and not _adjectival(tokens, i)
                elif lemma in frames:
                    missing = self._bare_frame(tokens, i, frames[lemma])
                else:
                    continue
                if missing:
                    before = lemma in frames and not (
                        is_finite(verb) and self._main_clause_frame(tokens, i, frames[lemma])
                    )
                    fix = f"zich {verb.text}" if before else f"{verb.text} zich"
                    yield self.finding(
                        article,
                        verb.start,
                        verb.end,
                        f"'{lemma}' is hier wederkerend: '{fix}'.",
                        [fix],
                    )

    def _bare_predicate(self, article: Article, tokens: list[Token], i: int) -> Finding | None:
        """ "Veel bewoners voelen vaak machteloos", "omdat ze verraden voelden":
        the verb and a predicate (an adjective or participle) with no pronoun in
        the clause. A thing as subject needs none ("Het voelt vreemd", "De
        stof voelt zacht aan"), so a clause with "het", "dat" … or a particle
        after the predicate is left alone."""
        if _reflexive_in_clause(tokens, i) or _impersonal_clause(tokens, i):
            return None
        verb = tokens[i]
        j = i + 1  # past adverbs ("vaak", "nog") to the last word before the clause goes on
        while j < len(tokens) and (_adverbial_word(tokens[j]) or _predicate(tokens[j])):
            if tokens[j].lower in ("aan", "er"):
                return None
            j += 1
        if j > i + 1 and _predicate(tokens[j - 1]) and _clause_goes_on(tokens, j):
            return self.finding(
                article,
                verb.start,
                verb.end,
                f"'{verb.lemma}' met een toestand is wederkerend: '{verb.text} zich'.",
                [f"{verb.text} zich"],
            )
        k = i - 1
        if (
            k < 1
            or not _predicate(tokens[k])
            or not (i + 1 >= len(tokens) or _ends_clause(tokens[i + 1]))
        ):
            return None
        opener = next(
            (t for t in reversed(tokens[:k]) if _ends_clause(t) or t.lower == "dat"), None
        )
        if opener is None or not (opener.lower == "dat" or "onder" in _features(opener)):
            return None
        return self.finding(
            article,
            tokens[k].start,
            tokens[k].end,
            f"'{verb.lemma}' met een toestand is wederkerend: 'zich {tokens[k].text}'.",
            [f"zich {tokens[k].text}"],
        )

    @staticmethod
    def _bare_frame(tokens: list[Token], i: int, prepositions: frozenset[str]) -> bool:
        """ "dat het virus verspreidt naar": finite, its preposition next, and only
        the subject between the subordinator and the verb; or "klanten kunnen
        melden bij": an infinitive with its preposition next and only adverbs
        between it and the modal verb, so it has no object."""
        if is_finite(tokens[i]) and MissingReflexive._main_clause_frame(tokens, i, prepositions):
            return True
        if i + 1 >= len(tokens) or tokens[i + 1].lower not in prepositions:
            return False
        if is_infinitive(tokens[i]):
            k = i - 1
            while k >= 0 and _adverbial_word(tokens[k]):
                k -= 1
            return k >= 0 and tokens[k].tag == "WW" and (tokens[k].lemma or "") in _FRAME_MODALS
        if not is_finite(tokens[i]):
            return False
        k = i - 1
        while k >= 0 and tokens[k].tag in ("ADJ", "N", "SPEC"):
            k -= 1
        if k >= 0 and tokens[k].tag == "LID":
            k -= 1
        if _object_not_subject(tokens, k, i):
            return False
        return k >= 0 and k < i - 1 and tokens[k].tag == "VG" and "onder" in _features(tokens[k])

    @staticmethod
    def _main_clause_frame(tokens: list[Token], i: int, prepositions: frozenset[str]) -> bool:
        """ "De speler concentreert nu volledig op zijn herstel": the subject opens
        the sentence, the verb follows, then only adverbs and time words, the
        preposition, and its noun phrase up to the end of the clause: there is
        no object, so the pronoun is missing."""
        if i == 0 or not all(t.tag in ("LID", "ADJ", "N", "SPEC") for t in tokens[:i]):
            return False
        j = i + 1
        while j < len(tokens) and (_adverbial_word(tokens[j]) or time_phrase_length(tokens, j)):
            j += max(1, time_phrase_length(tokens, j))
        if j >= len(tokens) or tokens[j].lower not in prepositions:
            return False
        j += 1
        if j >= len(tokens) or tokens[j].text in _CLAUSE_END:
            return False  # "Hittegolf houdt aan,": the particle of a split verb
        while j < len(tokens) and tokens[j].tag in ("LID", "ADJ", "N", "SPEC", "TW", "VNW"):
            if tokens[j].lower in _REFLEXIVES and tokens[j].tag == "VNW" and "pr" in tokens[j].pos:
                return False
            j += 1
        return j >= len(tokens) or tokens[j].text in _CLAUSE_END or tokens[j].tag == "VG"

    @staticmethod
    def _verb_final_frame(tokens: list[Token], v: int, prepositions: frozenset[str]) -> int | None:
        """ "Bewoners, die tegen de plannen hadden verzet, …": a relative or
        subordinate clause whose verb comes last, after its auxiliary "hebben"
        (or none) and after the fixed preposition and its noun phrase, with
        only the subject before that phrase: no object, so the pronoun is
        missing. The index of the preposition, or None."""
        if v + 1 < len(tokens) and not (
            tokens[v + 1].text in (",", ".", ";", ":", "!", "?")
            or tokens[v + 1].lower in ("en", "maar", "want")
        ):
            return None
        k = v - 1
        if k >= 0 and tokens[k].tag == "WW":
            if (tokens[k].lemma or "").lower() != "hebben" or not is_finite(tokens[k]):
                return None  # "die op de storm was voorbereid": a passive or a state
            k -= 1
        elif not (tokens[v].tag == "WW" and (is_finite(tokens[v]) or is_infinitive(tokens[v]))):
            return None  # a plural at the end of the clause, which Frog may read as an infinitive
        end = k
        while k >= 0 and (
            tokens[k].tag in ("LID", "ADJ", "N", "SPEC", "TW")
            or (tokens[k].tag == "VNW" and {"det", "bez"} & set(_features(tokens[k])))
        ):
            k -= 1
        if k < 0 or k == end or tokens[k].tag != "VZ" or tokens[k].lower not in prepositions:
            return None
        p = k
        k -= 1
        while k >= 0 and _adverbial_word(tokens[k]):
            k -= 1
        if k < 0 or _reflexive_in_clause(tokens, v):
            return None
        opener = tokens[k]
        if opener.tag == "VNW" and "betr" in _features(opener):
            return p if opener.lower in ("die", "dat") else None  # the relative is the subject
        # "omdat de bewoners tegen …", "dat ze tegen …": one subject after a conjunction
        if opener.lower in _FRONTED_SUBJECTS and opener.lower not in ("er", "het"):
            k -= 1
        else:
            while k >= 0 and tokens[k].tag in ("ADJ", "N", "SPEC"):
                k -= 1
            if k >= 0 and tokens[k].tag == "LID":
                k -= 1
            if k == p - 1 or _object_not_subject(tokens, k, v, end=p):
                return None
        while k >= 0 and _adverbial_word(tokens[k]):
            k -= 1
        if k >= 0 and tokens[k].tag == "VG" and "onder" in _features(tokens[k]):
            return p
        return None


def _object_not_subject(tokens: list[Token], k: int, v: int, end: int | None = None) -> bool:
    """The noun phrase after the conjunction at k is the object, not the subject:
    "een amendement dat de regels uitbreidt": "dat" is the relative after a
    noun, or the noun's number is not the finite verb's."""
    if (
        k >= 1
        and tokens[k].lower == "dat"
        and (is_noun(tokens[k - 1]) or tokens[k - 1].text == ",")
    ):
        return True
    nouns = [t for t in tokens[k + 1 : v if end is None else end] if is_noun(t) or t.tag == "SPEC"]
    verb = next((t for t in tokens[k + 1 : v + 1] if is_finite(t)), None)
    if not nouns or verb is None:
        return False
    noun_plural = "mv" in _features(nouns[-1])
    verb_plural = "mv" in _features(verb)
    return nouns[-1].tag == "N" and noun_plural != verb_plural


def _final_frame_lemma(token: Token, frames: dict[str, frozenset[str]]) -> str | None:
    """The frame verb of a token that ends a clause: Frog's lemma, or, for a
    participle Frog reads as a noun ("verzet"), the verb it comes from."""
    if token.tag == "WW":
        lemma = (token.lemma or "").lower()
        return lemma if lemma in frames else None
    if token.tag == "N" and token.text.islower():
        return _participles_as_nouns(frozenset(frames)).get(token.lower)
    return None


@cache
def _participles_as_nouns(verbs: frozenset[str]) -> dict[str, str]:
    """Participles of the frame verbs with an unstressed prefix, which look
    like a noun: verzetten → verzet, verdedigen → verdedigd."""
    forms: dict[str, str] = {}
    for verb in verbs:
        if not verb.startswith(("ver", "be", "ont", "her", "er")) or not verb.endswith("en"):
            continue
        stem = verb[:-2]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            stem = stem[:-1]  # verzett → verzet
        forms[stem if stem[-1] in "td" else stem + "d"] = verb
        forms[stem + "t"] = verb
    return forms


# The verbs before a bare frame infinitive: "kunnen melden bij", "gaan voorbereiden op"
_FRAME_MODALS = frozenset(_MODALS | {"gaan"})


def _adverbial_word(token: Token) -> bool:
    """ "nu", "beter", "snel": a word that cannot be the verb's object."""
    if token.lower in _REFLEXIVES:
        return False
    return token.tag == "BW" or (token.tag == "ADJ" and "vrij" in _features(token))


_IMPERSONAL = frozenset(grammar_words()["impersonal_subjects"])


def _impersonal_clause(tokens: list[Token], i: int) -> bool:
    """A pronoun for a thing near the verb: "Het voelt vreemd", "dat voelt goed"."""
    near = tokens[max(0, i - 3) : i + 2]
    return any(t.lower in _IMPERSONAL and t.tag == "VNW" for t in near)


def _predicate(token: Token) -> bool:
    """An adjective or participle used on its own: "machteloos", "verraden"."""
    feats = _features(token)
    return token.tag in ("ADJ", "WW") and "vrij" in feats and (token.tag == "ADJ" or "vd" in feats)


def _clause_goes_on(tokens: list[Token], k: int) -> bool:
    """The predicate ends the clause or a preposition or clause follows; a
    particle ("voelt zacht aan") makes it another verb."""
    if k >= len(tokens):
        return True
    nxt = tokens[k]
    if nxt.lower == "aan" or nxt.lower in _COMPLEMENT:
        return False  # "voelde snel dat …": what is felt follows
    return _ends_clause(nxt) or nxt.tag == "VZ" or nxt.lower in ("om", "en")


def _clause_around(tokens: list[Token], i: int) -> list[Token]:
    """The tokens of the clause around position i, between clause boundaries."""
    start, end = i, i
    while start > 0 and not _ends_clause(tokens[start - 1]):
        start -= 1
    while end < len(tokens) and not _ends_clause(tokens[end]):
        end += 1
    return tokens[start:end]


_QUOTE_MARKS = frozenset('“”‘’"„')


def _reflexive_in_clause(tokens: list[Token], i: int) -> bool:
    """A reflexive or object pronoun in the clause around position i; a quoted
    phrase inside the clause does not end it ("zich niet met “…” moet bemoeien")."""
    unquoted = [t for t in tokens if t.text not in _QUOTE_MARKS]
    k = next((n for n, t in enumerate(unquoted) if t is tokens[i]), None)
    if k is None:
        return False
    return any(t.lower in _REFLEXIVES for t in _clause_around(unquoted, k))


@cache
def _zijn_verbs() -> frozenset[str]:
    """Verbs whose perfect takes "zijn" only (rules/zijn_verbs.yaml)."""
    text = files("nakijker.rules").joinpath("zijn_verbs.yaml").read_text("utf-8")
    return frozenset(load_yaml(text)["verbs"])


_ZIJN_FORM = {"heeft": "is", "hebben": "zijn", "had": "was", "hadden": "waren",
              "heb": "ben", "hebt": "bent"}  # fmt: skip


@register
class PerfectWithHebben(Check):
    code = "GR416"
    name = "perfect-with-hebben"
    category = "fluency/grammar"
    needs_frog = True
    doc = """"hebben" with a verb whose perfect takes "zijn": "De inflatie heeft gestegen".

English forms every perfect with "have"; Dutch uses "zijn" for verbs of
change, of coming and going, and of happening: is gestegen, is overleden,
zijn vertrokken, is gebeurd. Flagged when a form of hebben and such a
participle are the verbs of one clause. Verbs that take both auxiliaries
(lopen, veranderen, stoppen, afnemen) are left alone. The fix replaces the
form of hebben."""
    bad = (
        Example("De inflatie [[heeft]] in mei verder gestegen.", "is"),
        Example("Twee klimmers [[hebben]] gisteren op de berg overleden.", "zijn"),
        Example("Ze zei dat de koersen [[hadden]] gekelderd na het nieuws.", "waren"),
    )
    good = (
        "De inflatie is in mei verder gestegen.",
        "Hij heeft gelopen en gefietst.",
        "De prijzen hebben het bedrijf geen goed gedaan.",
        "Het kabinet heeft de belasting verlaagd.",
        "Ze hebben veel veranderd.",
        "Het bedrijf heeft last van gestegen kosten, en de gebleven bewoners hadden geen stroom.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = sentence.tokens
            for i, tok in enumerate(tokens):
                if tok.lower not in _ZIJN_FORM or tok.tag != "WW" or (tok.lemma or "") != "hebben":
                    continue
                verbs = self._clause_verbs(tokens, i)
                if len(verbs) != 1 or (verbs[0].lemma or "") not in _zijn_verbs():
                    continue
                if "vd" not in _features(verbs[0]):
                    continue
                fixed = _ZIJN_FORM[tok.lower]
                yield self.finding(
                    article,
                    tok.start,
                    tok.end,
                    f"'{verbs[0].text}' krijgt in de voltooide tijd 'zijn', niet 'hebben': '{fixed}'.",
                    [fixed],
                )

    @staticmethod
    def _clause_verbs(tokens: list[Token], i: int) -> list[Token]:
        """The other verbs of the clause of tokens[i], before and after it."""
        verbs = []
        for step in (-1, 1):
            k = i + step
            while 0 <= k < len(tokens) and not _ends_clause(tokens[k]) and tokens[k].lower != "te":
                attributive = _attributive(tokens[k]) or tokens[k - 1].tag in ("LID", "VZ")
                if tokens[k].tag == "WW" and not attributive:
                    verbs.append(tokens[k])  # not "last van gestegen kosten"
                k += step
        return verbs


@cache
def _durative_verbs() -> frozenset[str]:
    """Verbs of a lasting state (rules/durative_verbs.yaml)."""
    text = files("nakijker.rules").joinpath("durative_verbs.yaml").read_text("utf-8")
    return frozenset(load_yaml(text)["verbs"])


# Words that make the perfect right: a negation ("heeft sinds mei niet
# gespeeld") or a count of events ("heeft sinds 2019 drie clubs geleid").
_EVENT_COUNTERS = frozenset(grammar_words()["event_counters"])


@register
class PerfectWithSinds(Check):
    code = "GR433"
    name = "perfect-with-sinds"
    category = "fluency/grammar"
    needs_frog = True
    doc = """The present perfect for a state that still lasts: "Hij heeft sinds 2019 in Utrecht gewoond".

English "has lived in Utrecht since 2019" uses the perfect; Dutch says what
still holds in the present tense: "Hij woont sinds 2019 in Utrecht", "is
sinds maart voorzitter". Flagged when a present form of hebben or zijn, a
phrase with "sinds" (or "sindsdien") and the participle of a verb of a
lasting state (rules/durative_verbs.yaml) make one clause. A negation or a
count of events keeps the perfect right ("heeft sinds mei niet gespeeld",
"heeft sindsdien drie clubs geleid") and is left alone."""
    bad = (
        Example("Hij [[heeft]] sinds 2019 in Utrecht gewoond.", None),
        Example("De club [[heeft]] sinds de zomer zonder trainer gespeeld.", None),
        Example("Het bedrijf [[heeft]] sindsdien verlies gedraaid.", None),
        Example("Ze zei dat ze sinds januari bij de bank [[heeft]] gewerkt.", None),
    )
    good = (
        "Hij woont sinds 2019 in Utrecht.",
        "Hij heeft sinds mei niet meer gespeeld.",
        "Sinds 2019 heeft hij drie boeken geschreven.",
        "Hij heeft sindsdien drie clubs geleid.",
        "De brug is sinds maandag gesloten.",
        "Hij had sinds zijn jeugd in Gent gewoond.",
        "Ze heeft tot 2019 in Utrecht gewoond, en sinds 2020 woont ze in Delft.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = sentence.tokens
            for i, tok in enumerate(tokens):
                if tok.tag != "WW" or not is_finite(tok) or "tgw" not in _features(tok):
                    continue
                if (tok.lemma or "") not in ("hebben", "zijn"):
                    continue
                clause = _clause_around(tokens, i)
                if not any(t.lower in ("sinds", "sindsdien") for t in clause):
                    continue
                if any(t.lower in _EVENT_COUNTERS for t in clause) or self._counts(clause):
                    continue
                verbs = PerfectWithHebben._clause_verbs(tokens, i)
                if len(verbs) != 1 or "vd" not in _features(verbs[0]):
                    continue
                if (verbs[0].lemma or "") not in _durative_verbs():
                    continue
                yield self.finding(
                    article,
                    tok.start,
                    tok.end,
                    f"Een toestand die sinds toen voortduurt, staat in de tegenwoordige tijd: "
                    f"niet '{tok.text} … {verbs[0].text}' maar de tegenwoordige tijd van "
                    f"'{verbs[0].lemma}'.",
                )

    @staticmethod
    def _counts(clause: list[Token]) -> bool:
        """A number before a noun ("drie clubs"), not a year or a date ("sinds 3 mei")."""
        return any(
            _counted(t) and nxt.tag in ("N", "ADJ") and nxt.lower not in MONTHS_NL
            for t, nxt in pairwise(clause)
        )


_LINKING_VERBS = frozenset(_COPULAS | {"raken"})


@register
class PredicateAfterVerbs(Check):
    code = "GR431"
    name = "predicate-after-verbs"
    category = "fluency/grammar"
    needs_frog = True
    doc = """A predicate adjective after the final verbs: "De situatie zal worden duidelijk".

English puts the adjective after "become", "remain", "seem"; Dutch puts it
before the verbs at the end of the clause: "zal duidelijk worden", "is hoog
gebleven". Flagged when an infinitive or participle of a linking verb
(worden, blijven, lijken, blijken, raken) follows a finite verb and is
itself followed by an adjective that ends the clause or precedes a
prepositional phrase."""
    bad = (
        Example("De situatie zal [[worden duidelijk]] na het onderzoek.", "duidelijk worden"),
        Example("De rente is [[gebleven hoog]] sinds maart.", "hoog gebleven"),
        Example("De analisten denken dat de markt zal [[blijven onrustig]].", "onrustig blijven"),
    )
    good = (
        "De situatie zal na het onderzoek duidelijk worden.",
        "De rente is sinds maart hoog gebleven.",
        "Hij is gebleven, blij dat het voorbij was.",
        "Het is gebleven bij een waarschuwing.",
        "Ze zal worden gekozen tot voorzitter.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = sentence.tokens
            for i in range(1, len(tokens) - 1):
                verb, adjective = tokens[i], tokens[i + 1]
                if verb.tag != "WW" or (verb.lemma or "") not in _LINKING_VERBS:
                    continue
                # Frog reads an infinitive right after a modal as a plural ("zal worden")
                infinitive = verb.lower == verb.lemma and is_finite(tokens[i - 1])
                if not infinitive and (is_finite(verb) or not {"inf", "vd"} & set(_features(verb))):
                    continue
                if adjective.tag != "ADJ" or "vrij" not in _features(adjective):
                    continue
                after = tokens[i + 2] if i + 2 < len(tokens) else None
                if after is not None and not (_ends_clause(after) or after.tag == "VZ"):
                    continue
                start = i
                while start > 0 and not _ends_clause(tokens[start - 1]):
                    start -= 1
                # the finite verb of this clause, not of one before "maar"
                if not any(is_finite(t) for t in tokens[start:i]):
                    continue
                yield self.finding(
                    article,
                    verb.start,
                    adjective.end,
                    "Het naamwoordelijk deel staat in het Nederlands voor de werkwoorden: "
                    f"'{adjective.text} {verb.text}'.",
                    [f"{adjective.text} {verb.text}"],
                )


# Words that may make up the object or adverbs of a second infinitive.
_SECOND_VP_WORDS = ("N", "ADJ", "LID", "TW", "BW", "VZ", "SPEC", "VNW")


def _new_clause_after_te(tokens: list[Token], t: int, k: int) -> bool:
    """The verb at k belongs to a clause of its own, outside the scope of "te":
    "te controleren of de scholen het aankunnen" (an indirect question after
    a verb of finding out) or "te bekijken of leden die thuis werken …" (a
    relative or subordinate clause opens before it)."""
    joiner = tokens[t + 2]
    asking = (tokens[t + 1].lemma or tokens[t + 1].lower) in _ASKING
    if joiner.lower == "of" and (asking or _opens_subordinate(joiner)):
        return True
    return any(
        _opens_subordinate(w) or _relative_after_noun(tokens, j)
        for j, w in enumerate(tokens[t + 3 : k], t + 3)
    )


def _relative_after_noun(tokens: list[Token], j: int) -> bool:
    """ "die"/"dat" right after a noun: a relative pronoun Frog may tag otherwise."""
    return tokens[j].lower in ("die", "dat") and is_noun(tokens[j - 1])


def _te_clause_follows(tokens: list[Token], k: int) -> bool:
    """ "te" + an infinitive from k on, before the clause ends."""
    for a, b in pairwise(tokens[k:]):
        if a.text in _CLAUSE_END or _opens_subordinate(a):
            return False  # "en" may join two nouns ("in parken en bossen te wandelen")
        if a.lower == "te" and is_infinitive(b):
            return True
    return False


@register
class BareSecondInfinitive(Check):
    code = "GR436"
    name = "te-missing-in-second-infinitive"
    category = "fluency/grammar"
    needs_frog = True
    doc = """The second of two joined te-infinitives without "te": "om meer uit te geven
en meer wapens kopen".

English writes "to" once for both ("to spend more and buy more weapons");
Dutch repeats "te" when the second infinitive has words of its own: "en meer
wapens te kopen". Flagged when "te" + infinitive is followed by "en" or "of",
then words that are no verb, then a bare infinitive that ends the clause. A
second infinitive right after "en" ("om te eten en drinken") may share the
"te"; a finite verb after "en" starts a new clause ("en wil nieuwe klanten
vinden"), and so do "of" after a verb of finding out ("te onderzoeken of de
scholen het aankunnen") and a subordinator or relative pronoun before the
verb ("of leden die thuis werken, …"). For a separable verb the fix splits it ("terug te dringen"), so
none is offered."""
    bad = (
        Example("Ze proberen meer uit te geven en meer wapens [[kopen]].", "te kopen"),
        Example("Het bedrijf probeert de kosten te verlagen en nieuwe klanten [[vinden]].", None),
        Example("De gemeente besloot het plein te vernieuwen en meer bomen [[planten]].", None),
        Example("Hij probeert geld te sparen of een lening [[krijgen]].", "te krijgen"),
    )
    good = (
        "Ze proberen meer uit te geven en meer wapens te kopen.",
        "Het bedrijf probeert de kosten te verlagen en wil nieuwe klanten vinden.",
        "Ze gingen naar buiten om te eten en drinken.",
        "Ze probeert te winnen en haar titel verdedigen is het doel.",
        "De gemeente zal de inspectie vragen te onderzoeken of de scholen de extra leerlingen aankunnen.",
        "De bond zegt te bekijken of scholen die vaak online lessen geven, geld kunnen krijgen.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = sentence.tokens
            for t in range(len(tokens) - 3):
                if tokens[t].lower != "te" or not is_infinitive(tokens[t + 1]):
                    continue
                if tokens[t + 2].lower not in ("en", "of"):
                    continue
                k = t + 3
                while k < len(tokens) and tokens[k].tag in _SECOND_VP_WORDS:
                    k += 1
                if k == t + 3 or k >= len(tokens) or not infinitive_form(tokens[k]):
                    continue
                if k + 1 < len(tokens) and tokens[k + 1].text not in _CLAUSE_END:
                    continue
                if any(w.lower == "te" for w in tokens[t + 3 : k]):
                    continue
                if _new_clause_after_te(tokens, t, k):
                    continue
                verb = tokens[k]
                separable = (verb.lemma or verb.lower).startswith(_SEPARABLE)
                yield self.finding(
                    article,
                    verb.start,
                    verb.end,
                    f"Ook het tweede infinitief krijgt hier 'te': 'te {verb.text}'.",
                    [] if separable else [f"te {verb.text}"],
                )


# Verbs whose person is an indirect object: "Bewoners werd verteld …", not "werden".
_DATIVE_PARTICIPLES = {"verteld", "gezegd", "aangeraden", "opgedragen", "meegedeeld"}


@register
class PluralDativePassive(Check):
    code = "GR437"
    name = "plural-dative-passive"
    category = "fluency/grammar"
    needs_frog = True
    doc = """A passive that makes the person told the subject: "Bewoners werden verteld
ramen dicht te houden".

English "residents were told to" has the person as subject; in Dutch the
person of vertellen, zeggen, aanraden, opdragen stays an indirect object,
and the verb is singular: "Bewoners werd verteld …" (or "werd gevraagd").
Flagged when plural "werden"/"worden" is followed by such a participle and,
later in the sentence, a te-infinitive; "Er werden verhalen verteld" and
"De verhalen werden verteld door …" have no te-infinitive."""
    bad = (
        Example("Bewoners [[werden verteld]] ramen en deuren gesloten te houden.", "werd verteld"),
        Example("Reizigers [[worden aangeraden]] hun bagage niet achter te laten.", None),
    )
    good = (
        "Bewoners werd verteld ramen en deuren gesloten te houden.",
        "Bewoners werden gevraagd ramen en deuren gesloten te houden.",
        "De verhalen werden verteld door oud-strijders.",
        "Er werden verhalen verteld over de oorlog, om niet te vergeten.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = sentence.tokens
            for v in range(1, len(tokens) - 1):
                verb, participle = tokens[v], tokens[v + 1]
                if verb.lower not in ("werden", "worden") or participle.lower not in (
                    _DATIVE_PARTICIPLES
                ):
                    continue
                if any(t.lower == "er" for t in tokens[:v]) or tokens[v - 1].text in _CLAUSE_END:
                    continue
                rest = tokens[v + 2 :]
                if not any(a.lower == "te" and is_infinitive(b) for a, b in pairwise(rest)):
                    continue
                singular = "werd" if verb.lower == "werden" else "wordt"
                yield self.finding(
                    article,
                    verb.start,
                    participle.end,
                    "Wie iets verteld of aangeraden wordt, is meewerkend voorwerp: "
                    f"'{singular} {participle.text}'.",
                    [f"{singular} {participle.text}"],
                )


@register
class PluralPossessiveForWie(Check):
    code = "GR438"
    name = "hun-after-wie"
    category = "fluency/grammar"
    needs_frog = True
    doc = """"hun" for a singular "wie": "Wie klachten krijgt, moet contact opnemen met hun arts".

English uses singular "their" ("Anyone who … should contact their doctor");
Dutch "wie" is singular, so its possessive is "zijn" (or "zijn of haar"),
and often an article reads best: "met een arts", "met de huisarts". Flagged
when a sentence opens with "Wie" and a clause whose finite verb is singular,
and the main clause after the comma has the possessive "hun"."""
    bad = (
        Example("Wie deze klachten krijgt, moet contact opnemen met [[hun]] arts.", None),
        Example("Wie zijn pas verliest, moet dat melden bij [[hun]] gemeente.", None),
    )
    good = (
        "Wie deze klachten krijgt, moet contact opnemen met een arts.",
        "Wie het niet weet, kan het vragen aan de ouders van de kinderen en hun leraar.",
        "Wat de ouders willen, is dat hun kinderen veilig zijn.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = [t for t in sentence.tokens if t.text not in _QUOTE_MARKS]
            if not tokens or tokens[0].lower != "wie":
                continue
            comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
            if comma is None:
                continue
            finite = [t for t in tokens[1:comma] if is_finite(t)]
            if not finite or "mv" in _features(finite[-1]):
                continue
            for k in range(comma + 1, len(tokens)):
                token = tokens[k]
                if token.lower == "hun" and "bez" in _features(token):
                    # "de ouders … en hun leraar": a plural noun may be what it means
                    if any("mv" in _features(t) and is_noun(t) for t in tokens[comma + 1 : k]):
                        break
                    yield self.finding(
                        article,
                        token.start,
                        token.end,
                        "'wie' is enkelvoud: niet 'hun' maar 'zijn' (of 'zijn of haar', "
                        "of een lidwoord).",
                    )
                    break
