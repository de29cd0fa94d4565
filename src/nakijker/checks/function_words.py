"""Function words English leads MT to get wrong: "als" after a comparative, and
"om" before an infinitive without "te"."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from nakijker.checks.base import Check, Example, Finding, register
from nakijker.checks.grammar import (
    _SEPARABLE,
    _features,
    _without_trailing_phrase,
    grammar_words,
    infinitive_form,
    is_finite,
    is_infinitive,
)
from nakijker.config import Config
from nakijker.doc import Article, Token

CLAUSE_MARKS = {",", ".", ";", ":", "!", "?", "“", "”", "(", ")", "–", "—"}
# Verbs that take "als" for a role: "ziet het meer als een kans".
_ROLE_VERBS = frozenset(grammar_words()["als_role_verbs"])
# After these "als" starts a fixed phrase, not a comparison.
_ALS_PHRASES = frozenset(grammar_words()["als_fixed_phrases"])


# Comparatives of time and distance that are adverbs: "later als boekje uitgegeven".
_ADVERB_COMPARATIVES = {"later", "eerder", "langer", "verder", "vroeger"}


def _comparative(token: Token) -> bool:
    feats = _features(token)
    if token.lower in ("meer", "minder"):
        return True
    return token.tag == "ADJ" and "comp" in feats and token.lower not in _ADVERB_COMPARATIVES


def _clause_after(tokens: list[Token], i: int) -> list[Token]:
    out = []
    for token in tokens[i + 1 :]:
        if token.text in CLAUSE_MARKS or (token.tag == "VG" and token.lower != "als"):
            break
        out.append(token)
    return out


def _bare_infinitive_after(
    tokens: list[Token], i: int, infinitive: Callable[[Token], bool]
) -> Token | None:
    """The infinitive that ends the clause after token i with no "te", "om" or
    other verb before it and no article or preposition right before it (that
    makes it a noun: "om het verhuizen")."""
    # "proberen een koper vinden [voor het pand]": the infinitive, perhaps read
    # as a plural present, before a closing prepositional phrase
    rest = _without_trailing_phrase(_clause_after(tokens, i), last_verb=lambda t: True)
    if len(rest) < 2 or not infinitive(rest[-1]):
        return None
    between = rest[:-1]
    if any(t.lower in ("te", "om") or t.tag == "WW" for t in between):
        return None
    if between[-1].tag in ("LID", "VZ") or {"det", "prenom"} & set(_features(between[-1])):
        return None  # "een van de slechtste oogsten": an adjective before a plural noun
    return rest[-1]


def _clause_before(tokens: list[Token], i: int) -> list[Token]:
    k = i
    while k > 0 and tokens[k - 1].text not in CLAUSE_MARKS:
        k -= 1
    return tokens[k:i]


@register
class ComparativeAls(Check):
    code = "GR420"
    name = "comparative-als"
    category = "fluency/grammar"
    needs_frog = True
    doc = """"als" after a comparative where Dutch writing has "dan": "hoger als tien
jaar geleden", "meer als 200 mensen".

Spoken Dutch says it; news copy does not. Flagged when "als" follows a
comparative (Frog's degree feature, or meer/minder) within four words and no
finite verb follows "als" in its clause: "duurder als de rente stijgt" is a
condition and stays. Role verbs ("ziet het meer als een kans") and fixed
phrases ("als gevolg van") are left alone, and so is a clause that has its
"dan" already. The fix is "dan"."""
    bad = (
        Example("De vraag is nu al hoger [[als]] tien jaar geleden.", "dan"),
        Example("Er kwamen meer [[als]] tweehonderd mensen op af.", "dan"),
        Example("Hij zei dat de vraag nu al hoger is [[als]] tien jaar geleden.", "dan"),
        Example("De schade is veel groter [[als]] eerder werd gedacht.", "dan"),
    )
    good = (
        "De vraag is nu al hoger dan tien jaar geleden.",
        "Het wordt duurder als de rente stijgt.",
        "Hij ziet de fusie meer als een kans dan als een bedreiging.",
        "De prijzen liggen hoger als gevolg van de droogte.",
        "Zij was even snel als haar zus.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = sentence.tokens
            for i, token in enumerate(tokens):
                if token.lower != "als" or not self._after_comparative(tokens, i):
                    continue
                rest = _clause_after(tokens, i)
                if not rest or rest[0].lower in _ALS_PHRASES:
                    continue
                if any(t.lower == "dan" for t in rest):
                    continue
                # "duurder als de rente stijgt": a condition; Frog may miss its
                # finite verb ("als ze niet worden gestoord", worden as infinitive)
                clause = any(is_finite(t) for t in rest) or (
                    rest[0].tag == "VNW" and any(t.tag == "WW" for t in rest)
                )
                if clause and not _expected(rest):
                    continue
                before = _clause_before(tokens, i)
                if any((t.lemma or "") in _ROLE_VERBS or t.lower == "dan" for t in before):
                    continue
                yield self.finding(
                    article,
                    token.start,
                    token.end,
                    "Na een vergrotende trap schrijft men 'dan', niet 'als'.",
                    ["dan"],
                )

    @staticmethod
    def _after_comparative(tokens: list[Token], i: int) -> bool:
        """A comparative right before "als", or meer/minder with its noun in
        between ("meer geld als"); "minder aantrekkelijk als vestigingsland"
        and "beter toegang tot grondstoffen als lithium" are roles and examples."""
        for k in range(i - 1, max(-1, i - 4), -1):
            token = tokens[k]
            if _comparative(token):
                between = [t for t in tokens[k + 1 : i] if t.tag != "WW"]
                if between and (token.lower not in ("meer", "minder") or between[0].tag != "N"):
                    return False
                # "even snel als", "zo groot als": equality, not a comparison
                return k == 0 or tokens[k - 1].lower not in ("even", "zo", "net")
            # "hoger is als": the verb of a subordinate clause may come between
            if token.text in CLAUSE_MARKS or token.tag not in ("N", "BW", "ADJ", "WW"):
                return False
        return False


def _expected(rest: list[Token]) -> bool:
    """ "groter als eerder werd gedacht": a clause of what was expected compares."""
    return any((t.lemma or "") in _EXPECTING and "vd" in _features(t) for t in rest)


_EXPECTING = frozenset(grammar_words()["expecting_verbs"])


# Finite verbs that take a bare infinitive: "zal om het leven komen".
_BARE_INFINITIVE_TAKERS = frozenset(grammar_words()["bare_infinitive_takers"])


@register
class OmWithoutTe(Check):
    code = "GR421"
    name = "om-without-te"
    category = "fluency/grammar"
    needs_frog = True
    doc = """"om" before an infinitive without "te": "vraagt om voertuigen sturen".

An "om"-clause needs "te" before its infinitive (om voertuigen te sturen).
Flagged when the clause that "om" opens ends in a bare infinitive with no
"te" and no finite verb in between, the infinitive is not a noun ("om het
verhuizen"), and the clause before "om" has no verb that takes a bare
infinitive itself ("zal om het leven komen"). The fix puts "te" before the
infinitive."""
    bad = (
        Example("Het dorp vraagt buurregio's steeds vaker om voertuigen [[sturen]].", "te sturen"),
        Example("Ze reisde naar Brussel om de minister [[spreken]].", "te spreken"),
    )
    good = (
        "Het dorp vraagt buurregio's steeds vaker om voertuigen te sturen.",
        "Hij zal om het leven komen als niemand ingrijpt.",
        "Om tien uur gaan we eten.",
        "Ze vroeg om hulp bij het verhuizen.",
        "De ploeg moest om de bal blijven vechten.",
        "NS zet 120 bussen in, die in de spits om de tien minuten rijden.",
        "De bussen rijden om het kwartier, en de treinen om de paar uur.",
        "Het gaat om zes mannen die om middernacht vertrekken.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = sentence.tokens
            for i, token in enumerate(tokens):
                if token.lower != "om" or token.tag != "VZ":
                    continue
                verb = _bare_infinitive_after(tokens, i, is_infinitive)
                if verb is None:
                    continue
                before = _clause_before(tokens, i)
                if any((t.lemma or "") in _BARE_INFINITIVE_TAKERS for t in before if t.tag == "WW"):
                    continue
                if _time_om(tokens, i):
                    continue  # "die om de tien minuten rijden": "om" of time, not a clause
                if _verb_final_clause(before):
                    continue  # "die in de spits om … rijden": the clause's own finite verb
                yield self.finding(
                    article,
                    verb.start,
                    verb.end,
                    f"Een om-zin heeft 'te' voor het werkwoord: 'te {verb.text}'.",
                    [f"te {verb.text}"],
                )


_TIME_NOUNS = frozenset(grammar_words()["om_time_nouns"])


def _time_om(tokens: list[Token], i: int) -> bool:
    """ "om de tien minuten", "om het uur", "om tien uur", "om middernacht",
    "om beurten": "om" of time or turn, whose phrase is no om-clause."""
    after = [t.lower for t in tokens[i + 1 : i + 5]]
    if not after:
        return False
    if after[0] in ("middernacht", "beurten", "half", "kwart") or after[0] in _TIME_NOUNS:
        return True
    k = 1 if after[0] in ("de", "het") else 0
    while k < len(after) and (
        after[k].isdigit()
        or tokens[i + 1 + k].tag == "TW"
        or after[k] in ("paar", "andere", "zoveel")
    ):
        k += 1
    return k < len(after) and after[k] in _TIME_NOUNS and (k > 0 or after[0] in _TIME_NOUNS)


def _verb_final_clause(before: list[Token]) -> bool:
    """The clause before "om" opens with a relative pronoun or a subordinating
    conjunction and has no finite verb yet: the infinitive after "om" is that
    clause's own plural verb ("die in de spits om de … rijden")."""
    if not before:
        return False
    opener = before[0]
    subordinate = ("betr" in _features(opener) and opener.tag == "VNW") or (
        opener.tag == "VG" and "onder" in _features(opener)
    )
    return subordinate and not any(is_finite(t) for t in before[1:])


_EXISTENTIAL_OPENERS = frozenset(grammar_words()["existential_openers"])
_LEAD_ADVERBS = frozenset(grammar_words()["existential_lead_adverbs"])
_QUANTIFIERS = frozenset(grammar_words()["existential_quantifiers"])


@register
class ExistentialEr(Check):
    code = "GR422"
    name = "existential-er-missing"
    category = "fluency/grammar"
    needs_frog = True
    doc = """"There are" without "er": "dat nog geen aanwijzingen zijn", "omdat twee
doden waren".

English "that there are no signs" loses its "there" in MT. Dutch needs
"er" when an indefinite subject (geen, veel, twee …) is only said to exist:
"dat er nog geen aanwijzingen zijn". Flagged in a clause after dat, omdat
… where an indefinite noun phrase is followed directly by zijn/waren/is/was
at the clause end; a predicate between them ("dat veel mensen ziek zijn")
means the clause says something about them and is left alone."""
    bad = (
        Example(
            "Ze benadrukten dat [[nog geen aanwijzingen zijn]] voor gevaar.",
            "er nog geen aanwijzingen zijn",
        ),
        Example("Hij meldde dat [[twee doden waren]].", "er twee doden waren"),
        Example(
            "Hij waarschuwde dat [[een groot risico is]] op nieuwe overstromingen.",
            "er een groot risico is",
        ),
        Example("Volgens de politie [[is geen gevaar]] voor omwonenden.", "is er geen gevaar"),
        Example("Gisteren [[was een botsing]] op de A2 bij Weert.", "was er een botsing"),
    )
    good = (
        "Ze benadrukten dat er nog geen aanwijzingen zijn voor gevaar.",
        "Hij zei dat veel mensen ziek zijn.",
        "Hij zei dat de meeste mensen thuis waren.",
        "Ze meldde dat geen aanwijzingen zijn gevonden.",
        "Hij zei dat een oplossing is gevonden voor het probleem.",
        "Ze denkt dat een fout is.",
        "Volgens de politie is er geen gevaar voor omwonenden.",
        "Volgens hem is een oplossing nodig.",
        "In Utrecht is een nieuwe burgemeester benoemd.",
        "Op de foto is een man te zien.",
        "Daar is een nieuwe school gebouwd.",
        "Gisteren was een drukke dag voor de brandweer.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = sentence.tokens
            fronted = self._after_fronted_phrase(tokens)
            if fronted is not None:
                verb, end = fronted
                subject = article.text[tokens[verb + 1].start : tokens[end - 1].end]
                yield self.finding(
                    article,
                    tokens[verb].start,
                    tokens[end - 1].end,
                    f"Bij een onbepaald onderwerp dat er alleen 'is', hoort 'er': "
                    f"'{tokens[verb].text} er {subject}'.",
                    [f"{tokens[verb].text} er {subject}"],
                )
            for i, token in enumerate(tokens[:-3]):
                if token.lower not in _EXISTENTIAL_OPENERS or tokens[i + 1].lower == "er":
                    continue
                span = self._existential(tokens, i + 1)
                if span is None:
                    continue
                first, verb = span
                text = article.text[tokens[first].start : tokens[verb].end]
                yield self.finding(
                    article,
                    tokens[first].start,
                    tokens[verb].end,
                    f"Bij een onbepaald onderwerp dat er alleen 'is', hoort 'er': 'er {text}'.",
                    [f"er {text}"],
                )

    @staticmethod
    def _after_fronted_phrase(tokens: list[Token]) -> tuple[int, int] | None:
        """ "Volgens de minister is geen reden tot paniek", "Gisteren was een
        ongeluk op de A12": a fronted adverb or prepositional phrase, a form of
        zijn, an indefinite noun phrase and then only prepositional phrases:
        (verb index, end of the noun phrase). A predicate after the noun phrase
        ("is een oplossing nodig") says something about it, and is left alone."""
        words = [t for t in tokens if t.text not in CLAUSE_MARKS]
        if any(t.lower == "er" for t in words):
            return None
        v = next((k for k, t in enumerate(tokens) if t.tag == "WW"), None)
        if v is None or v == 0 or not is_finite(tokens[v]) or (tokens[v].lemma or "") != "zijn":
            return None
        if not _fronted_adverbial(tokens[:v]):
            return None
        j = v + 1
        while j < len(tokens) and tokens[j].lower in _LEAD_ADVERBS:
            j += 1
        if j >= len(tokens) or not (
            tokens[j].lower in _QUANTIFIERS | {"een"} or tokens[j].tag == "TW"
        ):
            return None
        n = j + 1
        while n < len(tokens) and tokens[n].tag == "ADJ" and "prenom" in _features(tokens[n]):
            n += 1
        if n >= len(tokens) or tokens[n].tag != "N" or tokens[n].text[:1].isupper():
            return None
        if (tokens[n].lemma or tokens[n].lower) in _TIME_PREDICATES:
            return None  # "Gisteren was een mooie dag": the time word is the subject
        if not _only_phrases(tokens[n + 1 :]):
            return None
        return v, n + 1

    @staticmethod
    def _existential(tokens: list[Token], k: int) -> tuple[int, int] | None:
        j = k
        while j < len(tokens) and tokens[j].lower in _LEAD_ADVERBS:
            j += 1
        if j >= len(tokens):
            return None
        quantifier = tokens[j]
        indefinite = quantifier.lower == "een"
        if not (quantifier.lower in _QUANTIFIERS or quantifier.tag == "TW" or indefinite):
            return None
        n = j + 1
        while n < len(tokens) and tokens[n].tag == "ADJ" and "prenom" in _features(tokens[n]):
            n += 1
        if n + 1 >= len(tokens) or tokens[n].tag != "N" or tokens[n].text[:1].isupper():
            return None
        verb, after = tokens[n + 1], tokens[n + 2] if n + 2 < len(tokens) else None
        if (verb.lemma or "") != "zijn" or not is_finite(verb):
            return None
        if after is not None and after.text not in CLAUSE_MARKS and after.tag != "VZ":
            return None
        if indefinite and (after is None or after.tag != "VZ"):
            return None  # "dat een fout is": only "een risico is op …" is clearly existential
        return k, n + 1


_TIME_PREDICATES = frozenset(grammar_words()["time_predicates"])


def _fronted_adverbial(head: list[Token]) -> bool:
    """A sentence-opening adverb ("Gisteren", "Nu") or prepositional phrase
    ("Volgens de minister", "Op dit moment", "In Utrecht") with no subject in it."""
    if all(t.tag == "BW" for t in head):
        return head[0].lower not in ("er", "daar", "hier")
    if head[0].tag != "VZ" or head[-1].tag not in ("N", "SPEC", "TW"):
        return False
    return all(
        t.tag in ("VZ", "LID", "ADJ", "N", "SPEC", "TW") or "det" in _features(t) for t in head
    )


def _only_phrases(rest: list[Token]) -> bool:
    """Nothing after the noun phrase but prepositional phrases or an om-clause
    to the end of the clause: no predicate, no verb."""
    for t in rest:
        if t.text in CLAUSE_MARKS or t.lower == "om":
            return True
        if t.tag not in ("VZ", "LID", "ADJ", "N", "SPEC", "TW") and "det" not in _features(t):
            return False
        if t.tag == "ADJ" and "prenom" not in _features(t):
            return False  # "is een oplossing nodig": a predicate
    return True


# Verbs whose infinitive complement takes "te": "vraagt het publiek hem niet
# te benaderen", "probeerde de deur te openen".
_TE_VERBS = frozenset(grammar_words()["te_verbs"])


@register
class MissingTe(Check):
    code = "GR423"
    name = "te-missing-after-verb"
    category = "fluency/grammar"
    needs_frog = True
    doc = """A verb that takes "te" with a bare infinitive: "vraagt het publiek hem niet benaderen".

English "asks the public not to approach him" has its "to" in front; MT
drops it when the object comes between. Flagged when the finite verb is one
of the verbs that take a te-infinitive (vragen, proberen, besluiten, weigeren
…), its clause ends in a bare infinitive, and nothing in between is a verb,
"te", "om" or an article before the infinitive (a nominal infinitive: "vraagt
hulp bij het zoeken"), nor an inflected adjective before it, which makes the
word a plural noun ("verwachten de slechtste oogsten"). A clause with a modal or another verb that takes a
bare infinitive is left alone. The fix puts "te" before the infinitive."""
    bad = (
        Example("De politie vraagt het publiek hem niet [[benaderen]].", "te benaderen"),
        Example("Ze probeerde de deur met een breekijzer [[openen]].", "te openen"),
        Example("Het bestuur besloot de wedstrijd [[uitstellen]].", None),
        Example("De eigenaren proberen een koper [[vinden]] voor het pand.", "te vinden"),
    )
    good = (
        "De politie vraagt het publiek hem niet te benaderen.",
        "De school weet nog niet hoeveel leerlingen vervoer nodig hebben.",
        "Ze probeerde de deur te openen.",
        "Hij vroeg om hulp bij het zoeken.",
        "Ze vroeg of hij wilde komen.",
        "De politie vraagt getuigen zich te melden.",
        "Hij weet wat hij moet doen.",
        "De eigenaren proberen een koper te vinden voor het pand.",
        "De luchthaven verwacht dat in de eerste week van de zomer ruim een miljoen passagiers via de terminal reizen.",
        "De telers vrezen een van de kleinste oogsten van deze eeuw.",
        "Boeren verwachten de slechtste oogsten in jaren.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = sentence.tokens
            for i, token in enumerate(tokens):
                if token.tag != "WW" or token.lemma not in _TE_VERBS:
                    continue
                if not (is_finite(token) or _plural_read_as_infinitive(tokens, i)):
                    continue
                verb = _bare_infinitive_after(tokens, i, infinitive_form)
                if verb is None:
                    continue
                between = _clause_after(tokens, i)[:-1]
                if any(
                    t.tag == "VG" or {"vb", "betr"} & set(_features(t)) or t.lower in _WH_WORDS
                    for t in between
                ):
                    continue  # "vroeg of hij …", "weet hoeveel leerlingen vervoer nodig hebben"
                if between and between[0].lower == "dat":
                    continue  # "verwacht dat … reizen": Frog may take that "dat" for a pronoun
                # A separable verb takes "te" after its particle (uit te stellen):
                # no one-word fix where the infinitive may be one.
                fix = [] if _maybe_separable(verb.lower) else [f"te {verb.text}"]
                yield self.finding(
                    article,
                    verb.start,
                    verb.end,
                    f"Na '{token.text}' hoort 'te' bij het werkwoord: '{verb.text}' met 'te'.",
                    fix,
                )


# Question words that open an embedded question; Frog tags "hoeveel" as a numeral.
_WH_WORDS = frozenset(grammar_words()["wh_words"])


def _plural_read_as_infinitive(tokens: list[Token], i: int) -> bool:
    """ "De eigenaren proberen een koper …": Frog may tag a plural present
    right after its plural subject as an infinitive."""
    if not is_infinitive(tokens[i]) or i == 0:
        return False
    subject = tokens[i - 1]
    plural = (subject.tag == "N" and "mv" in subject.pos) or subject.lower in (
        "ze",
        "zij",
        "we",
        "wij",
    )
    return plural and not any(t.tag == "WW" for t in tokens[:i])


# The separable particles, and a few that join a verb less often.
_PARTICLES = (*_SEPARABLE, "binnen", "samen", "dicht", "open")


def _maybe_separable(infinitive: str) -> bool:
    return any(infinitive.startswith(p) and len(infinitive) - len(p) >= 5 for p in _PARTICLES)


_ONE_OF_DETERMINERS = frozenset(grammar_words()["one_of_determiners"])


@register
class OneOfSingular(Check):
    code = "GR424"
    name = "een-van-de-singular"
    category = "fluency/grammar"
    needs_frog = True
    doc = """A singular noun after "een van de" + superlative: "een van de laatste kwalificatiewedstrijd".

"One of the …" picks one from many, so the noun is plural: "een van de
laatste kwalificatiewedstrijden". Flagged when "een/één van" and a
determiner are followed by a superlative (or eerste, laatste) and a singular
common noun that ends the phrase. Without a superlative the noun may be a
group ("een van de ploeg") and is left alone."""
    bad = (
        Example("Het is een van de laatste [[kwalificatiewedstrijd]] voor de spelen.", None),
        Example("Dit is een van de grootste [[probleem]] van de stad.", None),
    )
    good = (
        "Het is een van de laatste kwalificatiewedstrijden voor de spelen.",
        "Hij is een van de ploeg.",
        "Een van de grootste problemen is de huur.",
        "Ze is een van de beste van de klas.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = sentence.tokens
            for i in range(len(tokens) - 4):
                if tokens[i].lower not in ("een", "één") or tokens[i + 1].lower != "van":
                    continue
                if tokens[i + 2].lower not in _ONE_OF_DETERMINERS:
                    continue
                noun = self._singular_after_superlative(tokens, i + 3)
                if noun is not None:
                    yield self.finding(
                        article,
                        noun.start,
                        noun.end,
                        f"Na 'een van de' staat het zelfstandig naamwoord in het meervoud, "
                        f"niet '{noun.text}'.",
                    )

    @staticmethod
    def _singular_after_superlative(tokens: list[Token], j: int) -> Token | None:
        superlative = False
        while j < len(tokens) and tokens[j].tag == "ADJ":
            superlative |= "sup" in _features(tokens[j]) or tokens[j].lower in ("eerste", "laatste")
            j += 1
        if not superlative or j >= len(tokens):
            return None
        noun = tokens[j]
        if not (noun.pos or "").startswith("N(soort,ev") or not noun.text.islower():
            return None
        following = tokens[j + 1] if j + 1 < len(tokens) else None
        if following is not None and following.tag == "N":
            return None  # a compound written apart, another check's business
        return noun


# Verbs that take a bare te-infinitive and never "om": "verwacht te winnen",
# "lijkt te werken", "wist te ontsnappen" (managed to), "beweert te weten".
_NO_OM_VERBS = frozenset(grammar_words()["no_om_verbs"])
# Verbs of telling whose "told me to" is a calque with "om": Dutch says "zei dat ik moest".
_TELLING_VERBS = frozenset(grammar_words()["telling_verbs"])
_OBJECT_PRONOUNS = frozenset(grammar_words()["object_pronouns"])
# What may stand between the verb and "om": adverbs, "niet", an object pronoun.
_BETWEEN_TAGS = ("BW",)


@register
class OmAfterTeVerb(Check):
    code = "GR440"
    name = "om-after-te-verb"
    category = "fluency/grammar"
    severity = "minor"
    needs_frog = True
    doc = """"om" before a te-infinitive after a verb that takes none: "had niet
verwacht om te winnen", "zei me om rustig te blijven".

English "to" becomes "om … te" only where Dutch allows it (proberen,
besluiten, weigeren). Verbs of expecting and seeming (verwachten, lijken,
blijken, schijnen, menen, beweren, weten in "managed to") take a bare
te-infinitive: "had niet verwacht zo vroeg in vorm te zijn". "Told me to"
(zeggen, vertellen + a pronoun + om … te) is a calque: "zei dat ik rustig
moest blijven". Flagged when the verb is the last verb before "om" in the
same clause, only adverbs (and for telling, an object pronoun) stand
between them, and a te-infinitive follows; "om" before a time ("om tien
uur") is left alone."""
    bad = (
        Example("De trainer had niet [[verwacht om]] al in de eerste ronde te verliezen.", None),
        Example("Het middel [[lijkt om]] goed te werken bij ouderen.", None),
        Example("De gevangene [[wist om]] via het dak te ontsnappen.", None),
        Example("Haar moeder [[zei haar om]] thuis te blijven.", None),
        Example("De agent [[vertelde ons om]] snel door te lopen.", None),
        Example("Ze [[verwachten om]] volgend jaar winst te maken.", None),
    )
    good = (
        "De trainer had niet verwacht al in de eerste ronde te verliezen.",
        "Het middel lijkt goed te werken bij ouderen.",
        "Ze probeerde om via het dak te ontsnappen.",
        "Haar moeder zei dat ze thuis moest blijven.",
        "Hij zei niets om haar niet ongerust te maken.",
        "We verwachten hem om tien uur te zien.",
        "Hij vertelde het verhaal om de kiezers te overtuigen.",
        "Ze zei dat ze om zes uur thuis zou zijn.",
        "De minister vroeg hem om het rapport te herschrijven.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = sentence.tokens
            for i, token in enumerate(tokens):
                if token.lower != "om" or token.tag != "VZ" or not _te_infinitive_after(tokens, i):
                    continue
                if i + 1 < len(tokens) and _time_word(tokens[i + 1]):
                    continue
                verb = self._governing_verb(tokens, i)
                if verb is not None:
                    yield self.finding(
                        article,
                        verb.start,
                        token.end,
                        f"'{verb.text}' krijgt geen 'om' voor de te-infinitief: {_advice(verb)}",
                    )

    @staticmethod
    def _governing_verb(tokens: list[Token], i: int) -> Token | None:
        """The verb right before "om", past adverbs and pronouns, if it takes no "om"."""
        pronoun = False
        k = i - 1
        while k >= 0 and (tokens[k].tag in _BETWEEN_TAGS or tokens[k].lower in _OBJECT_PRONOUNS):
            pronoun |= tokens[k].lower in _OBJECT_PRONOUNS
            k -= 1
        if k < 0 or tokens[k].tag != "WW":
            return None
        lemma = tokens[k].lemma or ""
        if lemma in _NO_OM_VERBS and not pronoun:
            return tokens[k]
        if lemma in _TELLING_VERBS and pronoun:
            return tokens[k]
        return None


def _te_infinitive_after(tokens: list[Token], i: int) -> bool:
    """ "om … te blijven": a te-infinitive within the clause after "om"."""
    for k in range(i + 1, len(tokens) - 1):
        if tokens[k].text in CLAUSE_MARKS or tokens[k].tag == "VG":
            return False
        if tokens[k].lower == "te" and is_infinitive(tokens[k + 1]):
            return True
    return False


def _time_word(token: Token) -> bool:
    """ "om tien uur", "om half zes", "om middernacht": a clock time, not an om-clause."""
    return token.tag == "TW" or token.lower in ("half", "kwart", "middernacht", "twaalf")


def _advice(verb: Token) -> str:
    if (verb.lemma or "") in _TELLING_VERBS:
        return "schrijf 'zei dat ik/hij … moest' ('told me to')."
    return f"'{verb.text} … te' zonder 'om'."


# "waarvan twee die leidden": the English "two of which" with a relative "die".
_COUNT_WORDS = frozenset(grammar_words()["of_which_count_words"])


@register
class OfWhichRelative(Check):
    code = "GR441"
    name = "waarvan-twee-die"
    category = "fluency/grammar"
    severity = "minor"
    needs_frog = True
    doc = """"waarvan twee die leidden tot …": English "two of which led to" with a
relative pronoun Dutch does not use.

After "waarvan" or "van wie" a count takes the verb of the clause itself:
"waarvan er twee tot kleine branden leidden", "van wie er drie gewond
raakten". Flagged when "waarvan" or "van wie" is followed by a number or a
word of quantity (twee, 17, enkele, de meeste, de helft) and then "die" or
"dat"."""
    bad = (
        Example(
            "Er kwamen 40 klachten binnen, [[waarvan negen die]] over de geluidsoverlast gingen.",
            None,
        ),
        Example("De bond telt twaalf leden, [[van wie drie die]] in het buitenland wonen.", None),
        Example("Er zijn vijf dossiers, [[waarvan de meeste die]] al zijn gesloten.", None),
    )
    good = (
        "Er kwamen 40 klachten binnen, waarvan er negen over de geluidsoverlast gingen.",
        "De bond telt twaalf leden, van wie er drie in het buitenland wonen.",
        "Er vielen vijf gewonden, waaronder twee die ernstig gewond zijn.",
        "Het rapport, waarvan twee versies bestaan, die elkaar tegenspreken, ligt er nu.",
        "Het gaat om drie bedrijven, waarvan twee dat al eerder deden.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = sentence.tokens
            for i, token in enumerate(tokens):
                start = self._of_which(tokens, i)
                if start is None:
                    continue
                end = self._relative_after_count(tokens, start)
                if end is not None:
                    yield self.finding(
                        article,
                        token.start,
                        tokens[end].end,
                        "'Waarvan twee die …' volgt het Engelse 'two of which'; schrijf "
                        "'waarvan er twee …' met het werkwoord achteraan.",
                    )

    @staticmethod
    def _of_which(tokens: list[Token], i: int) -> int | None:
        """The index after "waarvan" or "van wie" at i."""
        if tokens[i].lower == "waarvan":
            return i + 1
        if tokens[i].lower == "van" and i + 1 < len(tokens) and tokens[i + 1].lower == "wie":
            return i + 2
        return None

    @staticmethod
    def _relative_after_count(tokens: list[Token], k: int) -> int | None:
        """The index of "die" right after a count at k ("twee", "de meeste")."""
        counted = False
        while k < len(tokens) and (tokens[k].tag == "TW" or tokens[k].lower in _COUNT_WORDS):
            counted |= tokens[k].tag == "TW" or tokens[k].lower not in ("de", "het", "er")
            k += 1
        if not counted or k >= len(tokens) or tokens[k].lower != "die":
            return None
        following = tokens[k + 1] if k + 1 < len(tokens) else None
        if following is None or following.text in CLAUSE_MARKS:
            return None
        return k
