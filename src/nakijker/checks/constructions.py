"""English constructions copied into Dutch: "of which", "saying that", "could have".

Each is an English way of building a clause that Dutch builds otherwise:
"van welke" for "of which" (waarvan), a present participle for an "-ing"
clause (", zeggende dat"), and a past modal with a perfect infinitive for
"could have happened" (had kunnen gebeuren). Frog's tags tell the
construction from its Dutch look-alikes.
"""

from __future__ import annotations

from collections.abc import Iterator

from nakijker.checks.base import Check, Example, Finding, register
from nakijker.checks.grammar import _PHRASE_WORDS, _SAYING, _features
from nakijker.config import Config
from nakijker.doc import Article, Token

# "waar" + preposition: the Dutch relative pronoun for a thing after a preposition.
_WAAR = {
    "van": "waarvan", "in": "waarin", "op": "waarop", "met": "waarmee", "naar": "waarnaar",
    "over": "waarover", "voor": "waarvoor", "door": "waardoor", "bij": "waarbij",
    "aan": "waaraan", "uit": "waaruit", "tot": "waartoe", "onder": "waaronder",
    "tegen": "waartegen", "om": "waarom", "na": "waarna", "achter": "waarachter",
    "naast": "waarnaast", "tussen": "waartussen", "zonder": "waarzonder",
}  # fmt: skip


@register
class PrepositionWelke(Check):
    code = "GR425"
    name = "preposition-welke"
    category = "fluency/grammar"
    needs_frog = True
    doc = """ "van welke" for English "of which": "tien banen, van welke er drie …".

English opens a relative clause with "of which", "in which", "for which";
Dutch joins "waar" and the preposition: waarvan, waarin, waarvoor. Flagged
when a preposition and "welke" follow a comma or a noun and "welke" stands
alone (no noun after it). With a noun after it ("in welke stad") it asks a
question, which Dutch says the same way; after a person Dutch uses "wie"
("met wie"), which is left alone."""
    bad = (
        Example("Er zijn 400 plaatsen, [[van welke]] er 60 leeg staan.", "waarvan"),
        Example("Het is een plan [[voor welke]] geen geld is.", "waarvoor"),
        Example("Ze kocht twee huizen, [[in welke]] nu studenten wonen.", "waarin"),
    )
    good = (
        "Er zijn 400 plaatsen, waarvan er 60 leeg staan.",
        "Hij vroeg in welke stad ze woont.",
        "Het is niet bekend van welke partij hij lid is.",
        "De man met wie ze sprak, vertrok.",
        "Ze weet niet in welke mate het helpt.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = sentence.tokens
            for i in range(1, len(tokens) - 2):
                prep, welke = tokens[i], tokens[i + 1]
                if welke.lower not in ("welke", "welk") or prep.lower not in _WAAR:
                    continue
                before, after = tokens[i - 1], tokens[i + 2]
                if not (before.text == "," or before.tag == "N") or after.tag in ("N", "ADJ"):
                    continue
                fix = _WAAR[prep.lower]
                yield self.finding(
                    article,
                    prep.start,
                    welke.end,
                    f"Engelse constructie ('{prep.lower} which'): in het Nederlands '{fix}'.",
                    [fix.capitalize() if prep.text[:1].isupper() else fix],
                )


# Verbs of saying whose present participle MT writes for an English "-ing" clause.
@register
class SayingParticiple(Check):
    code = "GR426"
    name = "saying-participle"
    category = "fluency/grammar"
    needs_frog = True
    doc = """A present participle for an English "-ing" clause: ", zeggende dat …".

English adds "saying that …", "adding that …", "warning that …" to a
sentence; Dutch makes a clause of it: "en zei dat …", "voegde hij eraan toe",
or a new sentence. Flagged when a present participle of a verb of saying
follows a comma and is followed by "dat", and always for the inflected form
("zeggende"), which current Dutch does not use this way. "erop wijzend dat"
and other participles with a pronominal adverb are left alone: Dutch news
writes them."""
    bad = (
        Example("De minister reageerde[[, zeggende dat]] het plan niet deugt.", None),
        Example("De bond staakte[[, eisend dat]] de lonen stijgen.", None),
        Example("Hij stapte op[[, verklarende dat]] hij moe was.", None),
    )
    good = (
        "De minister reageerde en zei dat het plan niet deugt.",
        "Hij stapte op, erop wijzend dat hij moe was.",
        "Ze liep weg, huilend.",
        "De stijgende prijzen en de zeggende blik.",
        "Hij zei, wijzend naar de kaart, dat het klopte.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = sentence.tokens
            for i in range(1, len(tokens) - 1):
                comma, verb, then = tokens[i - 1], tokens[i], tokens[i + 1]
                if comma.text != "," or then.lower != "dat":
                    continue
                lemma = _participle_of(verb)
                if lemma is None or (lemma not in _SAYING and not verb.lower.endswith("ende")):
                    continue
                yield self.finding(
                    article,
                    comma.start,
                    then.end,
                    f"Engelse '-ing'-constructie: '{verb.text} dat' wordt in het Nederlands een "
                    "eigen zin ('en zei dat', 'voegde eraan toe dat').",
                )


def _participle_of(token: Token) -> str | None:
    """The verb of a present participle; Frog may tag an inflected one as an
    adjective ("verklarende"), which counts for verbs of saying only."""
    feats = _features(token)
    if token.tag == "WW" and "od" in feats and "prenom" not in feats:
        return token.lemma
    lemma = token.lemma or ""
    if token.tag == "ADJ" and lemma.endswith("end") and lemma[:-3] + "en" in _SAYING:
        return lemma[:-3] + "en"
    return None


_PAST_CAN = {"kon": "had", "konden": "hadden"}


@register
class CouldHave(Check):
    code = "GR427"
    name = "could-have"
    category = "fluency/grammar"
    needs_frog = True
    doc = """ "kon hebben plaatsgevonden" for English "could have happened".

English puts the perfect after the modal ("could have happened"); Dutch
puts it on the modal and keeps the infinitive: "had kunnen plaatsvinden",
"hadden kunnen winnen". Flagged when "kon" or "konden" is followed directly
by "hebben" or "zijn" and a participle. The present "kan hebben
plaatsgevonden" (it may have happened) is Dutch and left alone."""
    bad = (
        Example(
            "Volgens de politie [[kon hebben plaatsgevonden]] een ruil.",
            "had kunnen plaatsvinden",
        ),
        Example("De ploeg [[konden zijn vertrokken]] voor de storm.", "hadden kunnen vertrekken"),
    )
    good = (
        "De ruil kan hebben plaatsgevonden in de nacht.",
        "Het ongeluk had kunnen worden voorkomen.",
        "Hij kon hebben wat hij wilde.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = sentence.tokens
            for i in range(len(tokens) - 2):
                modal, aux, verb = tokens[i : i + 3]
                if modal.lower not in _PAST_CAN or aux.lower not in ("hebben", "zijn"):
                    continue
                if verb.tag != "WW" or "vd" not in _features(verb) or not verb.lemma:
                    continue
                fix = f"{_PAST_CAN[modal.lower]} kunnen {verb.lemma}"
                yield self.finding(
                    article,
                    modal.start,
                    verb.end,
                    f"Engelse volgorde ('could have'): in het Nederlands '{fix}'.",
                    [fix],
                )


# Nouns of places (by their last part): "het vissersstadje Grindavik, wiens".
_PLACE_NOUNS = ("stad", "stadje", "dorp", "dorpje", "plaats", "gemeente", "land", "eiland",
                "provincie", "regio", "wijk", "streek", "gebied", "haven", "vallei")  # fmt: skip


@register
class WiensForPlace(Check):
    code = "GR428"
    name = "wiens-for-place"
    category = "fluency/grammar"
    needs_frog = True
    doc = """ "wiens" after a place: "het stadje Grindavik, wiens inwoners …".

English "whose" goes with people and things alike; Dutch "wiens" and
"wier" point to a person, and a place takes "waarvan": "het stadje,
waarvan de inwoners …". Flagged when "wiens" or "wier" follows a comma
after a name Frog tags as a location, or after a noun of place (stad, dorp,
eiland, gemeente …) with or without its name. Organisations are left alone:
Dutch news often writes "het bedrijf, wiens …"."""
    bad = (
        Example("Het gaat om het stadje Grindavik, [[wiens]] inwoners vluchtten.", None),
        Example("De brand bedreigde het dorp, [[wiens]] school dicht ging.", None),
    )
    good = (
        "Het gaat om het stadje Grindavik, waarvan de inwoners vluchtten.",
        "Het gaat om exporteur Youssef Amrani, wiens bedrijf groeit.",
        "De Commissie stelde vast dat Vireo, wiens app populair is, te ver ging.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = sentence.tokens
            for i in range(2, len(tokens)):
                if tokens[i].lower not in ("wiens", "wier") or tokens[i - 1].text != ",":
                    continue
                if _place_before(tokens, i - 1):
                    yield self.finding(
                        article,
                        tokens[i].start,
                        tokens[i].end,
                        f"'{tokens[i].text}' verwijst naar een persoon; na een plaats schrijf je "
                        "'waarvan de …'.",
                    )


def _place_before(tokens: list[Token], comma: int) -> bool:
    """The phrase before the comma names a place: a location, or a noun of place
    with or without a name after it."""
    j = comma - 1
    # the name's words, which Frog may tag as nouns ("Grindavik")
    while j >= 0 and tokens[j].tag in ("SPEC", "N") and tokens[j].text[:1].isupper():
        if (tokens[j].ner or "").endswith("LOC"):
            return True
        j -= 1
    if j < 0 or tokens[j].tag != "N" or not tokens[j].text.islower():
        return False
    return tokens[j].lower.endswith(_PLACE_NOUNS) or (tokens[j].lemma or "").endswith(_PLACE_NOUNS)


_SUBJECT_PRONOUNS = frozenset({"hij", "zij", "ze", "het", "ik", "wij", "we"})
_SAID_AT_END = _SAYING | {"vertellen"}
_ATTRIBUTION_TAIL = _PHRASE_WORDS | {"VZ"}


@register
class AttributionOrder(Check):
    code = "GR430"
    name = "attribution-order"
    category = "fluency/grammar"
    needs_frog = True
    doc = """A closing attribution in English order: "…, zij zeiden." / "…, de minister zei."

English puts the subject before "said" after a quotation or a statement;
Dutch inverts: ", zeiden zij", ", zei de minister". Flagged when a sentence
ends in a comma, a pronoun or short noun phrase, a finite verb of saying and
at most a prepositional phrase ("op X", "tegen de NOS"). The fix puts the
verb first."""
    bad = (
        Example("De onderzoekers vonden geen bewijs, [[zij zeiden]].", "zeiden zij"),
        Example("Het plan is van tafel, [[de minister schreef]] op X.", "schreef de minister"),
        Example("“We gaan door”, [[hij zei]] tegen de NOS.", "zei hij"),
    )
    good = (
        "De onderzoekers vonden geen bewijs, zeiden zij.",
        "Het plan is van tafel, schreef de minister op X.",
        "Ik weet het niet, ik zei het al.",
        "Het is te laat, hij zei dat het te laat was.",
        "Het is duidelijk wat hij zei.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = sentence.tokens
            for i in range(1, len(tokens) - 1):
                if (
                    tokens[i - 1].text not in (",", "”", "’")
                    or tokens[i - 1].text == tokens[0].text
                ):
                    continue
                verb = _subject_then_said(tokens, i)
                if verb is None or not _only_phrase_after(tokens, verb + 1):
                    continue
                subject = article.text[tokens[i].start : tokens[verb - 1].end]
                said = tokens[verb].text
                yield self.finding(
                    article,
                    tokens[i].start,
                    tokens[verb].end,
                    f"Na een uitspraak staat het werkwoord voor het onderwerp: '{said} {subject}'.",
                    [f"{said} {subject}"],
                )


def _subject_then_said(tokens: list[Token], i: int) -> int | None:
    """The position of the verb of saying after a pronoun or "de/het" + noun at i."""
    if tokens[i].lower in _SUBJECT_PRONOUNS and tokens[i].tag == "VNW":
        verb = i + 1
    elif tokens[i].tag == "LID" and i + 2 < len(tokens) and tokens[i + 1].tag == "N":
        verb = i + 2
    else:
        return None
    said = tokens[verb] if verb < len(tokens) else None
    if said is None or said.tag != "WW" or "pv" not in _features(said):
        return None
    return verb if (said.lemma or "") in _SAID_AT_END else None


def _only_phrase_after(tokens: list[Token], k: int) -> bool:
    """Nothing after the verb but the sentence's end, or a prepositional phrase."""
    rest = [t for t in tokens[k:] if t.text not in (".", "!", "?", "”", "’")]
    return not rest or (rest[0].tag == "VZ" and all(t.tag in _ATTRIBUTION_TAIL for t in rest))
