"""Words doubled by translation: "het het", and a reporting verb said twice."""

from __future__ import annotations

import re
from collections.abc import Iterator

from nakijker.checks.base import Check, Example, Finding, register
from nakijker.checks.formats import DAYS_NL, MONTHS_NL
from nakijker.checks.grammar import is_finite, possessive_read_as_verb
from nakijker.config import Config
from nakijker.doc import Article, Token
from nakijker.lexicon.hunspell import default_speller

# Doubles that Dutch grammar allows: "Hij zei dat dat klopt", "de man die die auto".
_ALLOWED_DOUBLES = {"dat", "die", "wat", "zo", "heel", "ver"}
# "al al" is "already all" before a determiner: "ze verkochten al al hun spullen".
_ALL_DETERMINER = re.compile(
    r"\s+(de|het|die|deze|dat|dit|zijn|haar|hun|mijn|onze|ons|jullie|uw)\b", re.IGNORECASE
)
# A verb doubled where one clause ends and the next begins: "Wat het is, is
# duidelijk", "Als hij het geweten had had hij …". Allowed only after a word
# that opens such a clause earlier in the sentence.
_CLAUSE_VERBS = {"is", "was", "had"}
_CLAUSE_OPENERS = re.compile(
    r"\b(wat|wie|waar|hoe|als|of|dat|die|wanneer|omdat|toen|zodra|nadat)\b", re.IGNORECASE
)
_SENTENCE_BREAK = re.compile(r"[.!?:;]\s")
# Subject and reflexive or possessive: "dat je je gegevens terugkrijgt", "als ze ze ziet".
_ALLOWED_DOUBLES |= {"je", "ze", "u", "er", "haar"}
# Subject and object "het" after a conjunction: "zei dat het het bezoek betaalde".
_SUBJECT_OBJECT = re.compile(
    r"\b(dat|of|als|omdat|zodat|nadat|toen|wanneer|hoewel|terwijl|voordat|waar|wat)\s+$",
    re.IGNORECASE,
)
# One to three words said twice in a row: "het het", "in de in de".
_DOUBLED = re.compile(r"\b(\w+(?:\s+\w+){0,2})\s+(\1)\b", re.IGNORECASE)

# Forms of reporting verbs; a clause needs only one of them.
REPORTING_VERBS = {
    "zei",
    "zeiden",
    "zegt",
    "zeggen",
    "verklaarde",
    "verklaarden",
    "verklaart",
    "schreef",
    "schreven",
    "schrijft",
    "meldde",
    "meldden",
    "meldt",
    "vertelde",
    "vertelden",
    "vertelt",
    "stelde",
    "stelden",
    "stelt",
    "benadrukte",
    "voegde",
    "liet",
    "aldus",
    "twitterde",
    "postte",
    "reageerde",
    "antwoordde",
}
# What may stand between two reporting verbs of *different* clauses.
_CLAUSE_BREAKS = {
    ",",
    ";",
    ":",
    "“",
    "”",
    "‘",
    "’",
    '"',
    "(",
    ")",
    "en",
    "maar",
    "of",
    "toen",
    "nadat",
    "omdat",
}
_WINDOW = 14


@register
class DoubledWord(Check):
    code = "RP301"
    name = "doubled-word"
    category = "fluency/repetition"
    doc = """The same word, or the same two or three words, twice in a row ("het het").

Dutch allows a few doubles ("dat dat", "die die"); those are left alone.
Removing the second word is safe."""
    bad = (
        Example("De prijs van [[het het]] huis steeg.", "het"),
        Example("Hij zag [[de de]] auto.", "de"),
        Example("De schade loopt [[in de in de]] miljoenen.", "in de"),
        Example("Het [[is is]] de eerste titel voor de speler.", "is"),
        Example("“We zijn [[al al]] twee keer gestopt.”", "al"),
    )
    good = (
        "Hij zei dat dat klopt.",
        "De man die die auto kocht.",
        "Het is heel heel koud.",
        "Je weet niet of je je gegevens terugkrijgt.",
        "Wat het ergste is is dat niemand het wist.",
        "Als hij het geweten had had hij het gezegd.",
        "Het ministerie zei dat het het bezoek betaalde.",
        "Deskundigen bekeken het paneel van Van Eyck.",
        "Ze zag dat haar haar grijs was geworden.",
        "De familie had al al haar spaargeld uitgegeven.",
        "De paus droeg de mis op op het Sint-Pietersplein.",
        "Reizigers belden de maatschappij om om te boeken naar een latere vlucht.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for m in _DOUBLED.finditer(article.text):
            word = m.group(1)
            if word.lower() in _ALLOWED_DOUBLES or word.replace(" ", "").isdigit():
                continue
            if word.lower() == "al" and _ALL_DETERMINER.match(article.text, m.end()):
                continue
            if _particle_then_preposition(article.text, m):
                continue  # "droeg de mis op op het plein": opdragen's particle, then a preposition
            if _preposition_then_particle(article.text, m):
                continue  # "bij de balie om om te boeken": "om", then omboeken's particle
            if word.lower() in _CLAUSE_VERBS and _after_clause_opener(article.text, m.start()):
                continue
            if m.group(2)[0].isupper() and not word[0].isupper():
                continue  # a name: "het paneel van Van Eyck"
            before = max(0, m.start() - 40)
            if word.lower() == "het" and _SUBJECT_OBJECT.search(article.text, before, m.start()):
                continue
            yield self.finding(
                article,
                m.start(),
                m.end(),
                f"Woord dubbel: '{word}'.",
                [word],
                safe=True,
            )


_PARTICLE_PREPOSITIONS = frozenset({"op", "aan", "in", "door", "over", "uit", "om", "af", "mee"})
_PHRASE_START = re.compile(r"\s+(?:de|het|een)\b|\s+[A-Z]")


def _particle_then_preposition(text: str, m: re.Match[str]) -> bool:
    """ "droeg de mis op op het plein": a separable verb's particle, then the
    same word as a preposition opening a phrase."""
    word = m.group(1).lower()
    return word in _PARTICLE_PREPOSITIONS and bool(_PHRASE_START.match(text, m.end()))


_TE_VERB = re.compile(r"\s+te\s+(\w+)")


def _preposition_then_particle(text: str, m: re.Match[str]) -> bool:
    """ "om om te boeken": the word, then the particle of a separable verb
    whose infinitive follows with "te" (omboeken)."""
    word = m.group(1).lower()
    verb = _TE_VERB.match(text, m.end())
    if word not in _PARTICLE_PREPOSITIONS or verb is None:
        return False
    return default_speller().correct(word + verb.group(1).lower())


def _after_clause_opener(text: str, at: int) -> bool:
    starts = [m.end() for m in _SENTENCE_BREAK.finditer(text, 0, at)]
    return bool(_CLAUSE_OPENERS.search(text, starts[-1] if starts else 0, at))


@register
class DoubledReportingVerb(Check):
    code = "RP302"
    name = "doubled-reporting-verb"
    category = "fluency/repetition"
    severity = "major"
    doc = """One clause with two reporting verbs: "Trump zei in een bericht … zei dat".

English "X said in a post on Y that …" comes out with the verb twice. When
the same verb recurs within a few words with no clause boundary between
(comma, quote, conjunction) and the second is not the start of a new
subordinate clause ("zei dat hij zei"), the second is redundant.

English "X, who …, said" also comes out as "X zei, die …, zei dat": the
same verb right before and after one comma-bounded relative clause or
apposition (no quotes in it). There the first is redundant."""
    bad = (
        Example(
            "De minister zei in een verklaring op de website [[zei ]]dat het plan doorgaat.", ""
        ),
        Example("Zij schreef in een brief aan het bestuur [[schreef ]]dat ze stopt.", ""),
        Example("Jansen[[ zei]], die sinds maart de club leidt, zei dat hij blijft.", ""),
    )
    good = (
        "Hij zei dat zij zei dat het klopte.",
        "Hij zei het, en zij zei het ook.",
        "“Ja”, zei hij. “Nee”, zei zij.",
        "Jansen, die sinds maart de club leidt, zei dat hij blijft.",
        "Wat hij zei, zei hij met overtuiging.",
        "Hij zei, de hand op het hart, dat hij het niet wist.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            yield from self._in_sentence(article, sentence.tokens)

    def _in_sentence(self, article: Article, tokens: list[Token]) -> Iterator[Finding]:
        for i, j in _twice_in_clause(tokens, REPORTING_VERBS):
            if tokens[i + 1].lower not in ("dat", "te", "het"):
                yield _drop_second(self, article, tokens[j])
        for i in _said_around_insertion(tokens):
            yield _drop_first(self, article, tokens[i - 1], tokens[i])


# Words that open a relative clause or an apposition set off by commas.
_INSERTION_OPENERS = frozenset({"die", "dat", "wie", "welke", "de", "het", "een", "zelf", "sinds"})


def _said_around_insertion(tokens: list[Token]) -> Iterator[int]:
    """ "Lindqvist zei, die een operahuis leidt, zei dat": English "X, who …,
    said" with the verb put after the subject too. The same reporting verb
    before and after one comma-bounded relative clause or apposition, the
    second going on with "dat" or a quote; the first is redundant."""
    for i, first in enumerate(tokens[:-3]):
        if i == 0 or first.lower not in REPORTING_VERBS or tokens[i + 1].text != ",":
            continue
        if tokens[i + 2].lower not in _INSERTION_OPENERS:
            continue
        close = next(
            (k for k in range(i + 3, min(len(tokens) - 1, i + 25)) if tokens[k].text == ","), None
        )
        if close is None or any(t.text in _QUOTES for t in tokens[i:close]):
            continue
        if tokens[close + 1].lower == first.lower:
            yield i


def _drop_first(check: Check, article: Article, before: Token, first: Token) -> Finding:
    return check.finding(
        article,
        before.end,
        first.end,
        f"'{first.text}' staat voor en na de bijzin; schrap de eerste.",
        [""],
    )


def _twice_in_clause(
    tokens: list[Token], words: frozenset[str] | set[str], window: int = _WINDOW
) -> Iterator[tuple[int, int]]:
    """Pairs of positions where one of ``words`` recurs with no clause break between."""
    for i, first in enumerate(tokens):
        if first.lower not in words:
            continue
        for j in range(i + 2, min(len(tokens), i + window)):
            if tokens[j - 1].lower in _CLAUSE_BREAKS:
                break
            if tokens[j].lower == first.lower:
                yield i, j
                break


def _drop_second(check: Check, article: Article, second: Token) -> Finding:
    end = second.end + (1 if article.text[second.end : second.end + 1] == " " else 0)
    return check.finding(
        article,
        second.start,
        end,
        f"'{second.text}' staat twee keer in dezelfde zin; schrap de tweede.",
        [""],
    )


# Finite auxiliaries and modals: a clause has one finite verb.
_AUXILIARIES = frozenset(
    {"heeft", "hebben", "had", "hadden", "is", "zijn", "was", "waren", "wordt", "worden",
     "werd", "werden", "zal", "zullen", "zou", "zouden", "kan", "kunnen", "kon", "konden",
     "moet", "moeten", "moest", "moesten", "wil", "willen", "wilde", "wilden", "mag",
     "mogen", "mocht", "mochten"}
)  # fmt: skip
# What separates two clauses, each with its own finite verb.
_CLAUSE_OPENING_WORDS = frozenset(
    {"dat", "die", "wat", "wie", "welke", "waar", "hoe", "wanneer", "waarom", "of", "als",
     "dan", "en", "maar", "want", "dus", "omdat", "toen", "zoals", "terwijl", "nadat"}
)  # fmt: skip


@register
class DoubledAuxiliary(Check):
    code = "RP306"
    name = "doubled-auxiliary"
    category = "fluency/repetition"
    needs_frog = True
    doc = """A finite auxiliary said twice in one clause: "dat uitgevers al hebben vertalingen hebben aangevraagd".

English puts the auxiliary before the object ("have requested
translations"); a translation that keeps it there and adds the Dutch one
at the end says it twice. Flagged when the same finite form of hebben,
zijn, worden or a modal recurs within a few words, with an object between
and no clause boundary (comma, conjunction, relative or question word),
and the second stands next to its participle or infinitive. "Wat hij
heeft gezegd heeft gevolgen" (a verb right after the first) and "Het is
wat het is" are two clauses. Removing the first is the fix."""
    bad = (
        Example("Ze meldde dat de verdachte [[heeft ]]het geld heeft teruggegeven.", ""),
        Example("De ministers [[hebben ]]in Brussel een akkoord hebben bereikt.", ""),
        Example("Hij denkt dat de trainer [[wordt ]]volgende week wordt ontslagen.", ""),
    )
    good = (
        "Wat hij heeft gezegd heeft grote gevolgen gehad.",
        "Wie de macht heeft, heeft ook de plicht.",
        "Het is wat het is.",
        "Hij heeft een huis en heeft een auto.",
        "De man die het geld heeft gestolen heeft bekend.",
        "Hij heeft meer boeken dan zij heeft gelezen.",
        "Zijn resultaten sinds januari zijn geschrapt.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = sentence.tokens
            for i, j in _twice_in_clause(tokens, _AUXILIARIES, window=12):
                if _auxiliary_twice(tokens, i, j):
                    end = tokens[i + 1].start
                    yield self.finding(
                        article,
                        tokens[i].start,
                        end,
                        f"'{tokens[i].text}' staat twee keer in dezelfde zin; schrap de eerste.",
                        [""],
                    )


def _auxiliary_twice(tokens: list[Token], i: int, j: int) -> bool:
    """Both finite verbs; between them an object but no verb or clause opener;
    the second beside its participle or infinitive."""
    first, second = tokens[i], tokens[j]
    if not (is_finite(first) and is_finite(second)) or possessive_read_as_verb(tokens, i):
        return False  # "Zijn resultaten zijn geschrapt": the possessive
    between = tokens[i + 1 : j]
    if any(t.lower in _CLAUSE_OPENING_WORDS or t.tag == "VG" for t in between):
        return False
    if _non_finite(tokens[i + 1]) or not any(t.tag in ("N", "SPEC", "VNW", "LID") for t in between):
        return False
    neighbours = [tokens[k] for k in (j - 1, j + 1) if 0 <= k < len(tokens)]
    return any(_non_finite(t) for t in neighbours)


def _non_finite(token: Token) -> bool:
    """A participle or infinitive; a "participle" Frog could not trace to a
    verb is an unknown noun ("proefvertalingen")."""
    feats = token.pos or ""
    if token.tag != "WW":
        return False
    return "inf" in feats or ("vd" in feats and (token.lemma or token.lower) != token.lower)


# Adverbs that a clause needs once: English "also … too" or a translation
# that repeats one gives "ook haar tijd … ook had verbeterd".
_ONCE_ADVERBS = frozenset(
    {"ook", "zelfs", "eveneens", "echter", "immers", "namelijk", "bovendien", "inmiddels",
     "slechts", "ongeveer", "bijna", "opnieuw", "alsnog", "tevens", "evenmin"}
)  # fmt: skip


# Adverbs that may recur in a clause, but not one word apart: "nog steeds nog".
_NEAR_ADVERBS = frozenset({"nog", "steeds", "altijd", "wel", "niet"})


@register
class DoubledAdverb(Check):
    code = "RP304"
    name = "doubled-adverb"
    category = "fluency/repetition"
    doc = """One clause with the same adverb twice: "ze had ook haar tijd … ook verbeterd".

Adverbs such as ook, zelfs, echter, inmiddels and bijna belong once in a
clause. When one recurs within a few words with no clause boundary between
(comma, quote, conjunction), the second is redundant."""
    bad = (
        Example("Ze zei dat ze ook haar tijd op de halve marathon [[ook ]]had verbeterd.", ""),
        Example("De prijzen zijn echter in maart [[echter ]]gestegen.", ""),
        Example("De brug is nog steeds [[nog ]]dicht.", ""),
    )
    good = (
        "Ze zei dat ze ook haar tijd op de halve marathon had verbeterd.",
        "Hij won ook de sprint, en ook de tijdrit.",
        "Ook Ajax won, maar ook PSV en ook Feyenoord.",
        "Het is nog niet duidelijk of hij nog komt; wel of niet, het blijft wel spannend.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            pairs = [
                *_twice_in_clause(sentence.tokens, _ONCE_ADVERBS),
                *_twice_in_clause(sentence.tokens, _NEAR_ADVERBS, window=3),
            ]
            for _, j in sorted(pairs):
                yield _drop_second(self, article, sentence.tokens[j])


# Verbs of saying, singular and plural, present and past ("zeiden de aanklagers").
_ATTRIBUTION_VERBS = {
    "aldus", "zei", "zeiden", "zegt", "zeggen", "meldde", "meldden", "meldt", "melden",
    "schreef", "schreven", "schrijft", "schrijven", "verklaarde", "verklaarden", "verklaart",
    "stelde", "stelden", "stelt", "stellen", "bevestigde", "bevestigden", "bevestigt",
    "liet", "lieten", "berichtte", "berichtten", "bericht",
}  # fmt: skip
_SENTENCE_END = {".", "!", "?"}


@register
class DoubledAttribution(Check):
    code = "RP303"
    name = "doubled-attribution"
    category = "fluency/repetition"
    doc = """One source named twice in a sentence: "Volgens de luchtmacht … , aldus de luchtmacht."

English wire copy attributes at the start ("according to") and again at the
end ("the air force said"); machine translation keeps both. Flagged when the
closing ", aldus …" / ", zei …" names a word of the "volgens …" phrase again;
two different sources ("volgens astronomen …, schrijft de krant") are left
alone. Also flagged: a second closing attribution with only a pronoun
(", schreef de minister in een brief, schreef hij."). Removing the closing
attribution is the fix."""
    bad = (
        Example(
            "Volgens de Oekraïense luchtmacht werden 40 drones neergeschoten"
            "[[, aldus de luchtmacht]].",
            "",
        ),
        Example(
            "Volgens het ministerie is de brand onder controle[[, meldde het ministerie]].", ""
        ),
        Example(
            "Volgens de aanklagers zullen zij getuigen oproepen[[, zeiden de aanklagers]].", ""
        ),
        Example(
            "Het kabinet beslist deze maand, schreef de minister in een brief aan de Kamer"
            "[[, schreef hij]].",
            "",
        ),
    )
    good = (
        "Volgens de Oekraïense luchtmacht werden 40 drones neergeschoten.",
        "Er werden 40 drones neergeschoten, aldus de luchtmacht.",
        "De Zon is volgens astronomen halverwege haar leven, schrijft de krant.",
        "Het plan is klaar, zei de minister, en het gaat in mei door.",
        "Het plan gaat door, zei de minister, en de oppositie is boos, meldt de NOS.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = sentence.tokens
            lowers = [t.lower for t in tokens]
            closing = _closing_attributions(tokens)
            if "volgens" in lowers:
                at = lowers.index("volgens")
                named = _content(tokens[at + 1 : at + 5])
                for i, end in closing:
                    if end - i <= 7 and not named.isdisjoint(_content(tokens[i + 2 : end])):
                        yield self._doubled(article, tokens, i, end, "in 'volgens …'")
                        break
            elif len(closing) >= 2 and _pronoun_only(tokens, *closing[-1]):
                i, end = closing[-1]
                yield self._doubled(article, tokens, i, end, "eerder in de zin")

    def _doubled(self, article: Article, tokens: list[Token], i: int, end: int, where: str):
        return self.finding(
            article,
            tokens[i].start,
            tokens[end - 1].end,
            f"De bron staat al {where}: deze tweede bronvermelding is dubbel.",
            [""],
        )


_QUOTES = set("“”‘’\"'„")
_PRONOUNS = {"hij", "zij", "ze", "het", "men"}


def _closing_attributions(tokens: list[Token]) -> list[tuple[int, int]]:
    """(comma, end) of each ", zei …" that runs to the end of a sentence or to
    the next comma, outside quotes: the attributions English puts after a clause."""
    found = []
    for i in range(len(tokens) - 2):
        if tokens[i].text != "," or tokens[i + 1].lower not in _ATTRIBUTION_VERBS:
            continue
        end = i + 2
        while end < len(tokens) and tokens[end].text not in _SENTENCE_END | {","}:
            end += 1
        if any(t.text in _QUOTES for t in tokens[i:end]):
            return []  # quoted speech: "“Ja”, zei hij, “en nee.”" attributes twice
        found.append((i, end))
    return found


def _pronoun_only(tokens: list[Token], i: int, end: int) -> bool:
    """ ", schreef hij." at the end of a sentence: only a pronoun as its subject."""
    return (
        end - i == 3
        and tokens[i + 2].lower in _PRONOUNS
        and (end == len(tokens) or tokens[end].text in _SENTENCE_END)
    )


def _content(tokens: list[Token]) -> set[str]:
    return {t.lower for t in tokens if len(t.text) >= 4 and t.is_word}


_COMPLEMENTISERS = frozenset({"dat", "of", "omdat", "als", "wanneer", "toen", "nadat"})


@register
class DoubledComplementiser(Check):
    code = "RP305"
    name = "doubled-complementiser"
    category = "fluency/repetition"
    needs_frog = True
    doc = """A subordinate clause opened twice around an insertion: "dat hij, na de nederlaag, dat hij …".

English lets an adverbial phrase stand between "that" and its clause; a
translation that restarts the clause after the insertion says "dat hij"
twice. Flagged when the same conjunction (and the same subject word, if any)
follows a comma-bounded insertion without a verb of its own. Removing the
repeated opening is the fix."""
    bad = (
        Example(
            "Hij zei dat hij, na zijn nederlaag vorig jaar, [[dat hij ]]elke week had getraind.",
            "",
        ),
        Example("Ze vroeg of, gezien de kosten, [[of ]]het plan doorgaat.", ""),
    )
    good = (
        "Hij zei dat hij, na zijn nederlaag vorig jaar, elke week had getraind.",
        "Hij zei dat hij moe was, en dat hij stopte.",
        "Ze zei dat ze, toen ze hoorde dat het plan doorging, dat ze blij was.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = sentence.tokens
            for i, tok in enumerate(tokens):
                if tok.lower in _COMPLEMENTISERS and tok.tag == "VG":
                    repeat = _reopened(tokens, i)
                    if repeat:
                        first, last = repeat
                        end = tokens[last + 1].start if last + 1 < len(tokens) else tokens[last].end
                        yield self.finding(
                            article,
                            tokens[first].start,
                            end,
                            f"'{tok.lower}' staat twee keer voor dezelfde bijzin.",
                            [""],
                        )


def _reopened(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """The span of the repeated opening after the insertion that follows tokens[i]."""
    k = i + 1
    subject = None
    if k < len(tokens) and tokens[k].text != ",":
        subject, k = tokens[k].lower, k + 1
    if k >= len(tokens) or tokens[k].text != ",":
        return None
    close = next((j for j in range(k + 1, min(len(tokens), k + 16)) if tokens[j].text == ","), None)
    if close is None or any(is_finite(t) for t in tokens[k + 1 : close]):
        return None
    again = close + 1
    if again >= len(tokens) or tokens[again].lower != tokens[i].lower:
        return None
    if subject is None:
        return again, again
    if again + 1 < len(tokens) and tokens[again + 1].lower == subject:
        return again, again + 1
    return None


# A time phrase with a year, month or weekday: "in 2025", "in maart", "op dinsdag".
_TIME_PHRASE = re.compile(
    rf"\b(?:in|op|sinds)\s+(?:(?:{'|'.join(MONTHS_NL)})(?:\s+\d{{4}})?|\d{{4}}"
    rf"|(?:{'|'.join(DAYS_NL)}))\b",
    re.IGNORECASE,
)
# Between two mentions of the same time, these open another clause or a comparison.
_CLAUSE_BREAK = re.compile(
    r"[,;:()“”\"]|\b(?:en|of|maar|dan|terwijl|tegen|vergeleken|als|dat|die|dit|wat|waar|toen|nadat)\b",
    re.IGNORECASE,
)


@register
class RepeatedTimePhrase(Check):
    code = "RP307"
    name = "repeated-time-phrase"
    category = "fluency/repetition"
    doc = """The same time phrase twice in one clause: "Huisartsen registreerden in
2025 naar schatting 92.000 consulten voor tekenbeten in 2025".

Machine translation sometimes keeps the English time phrase at the end and
adds a Dutch one after the verb. Flagged when the same "in 2025", "in
maart" or "op dinsdag" comes back in the same sentence with no comma,
conjunction or comparison between (a second clause may name the time
again). Delete the second one."""
    bad = (
        Example(
            "Huisartsen registreerden in 2025 naar schatting 92.000 consulten voor "
            "tekenbeten[[ in 2025]], meer dan een jaar eerder.",
            "",
        ),
        Example("De fabriek sloot op dinsdag de poorten voor bezoekers[[ op dinsdag]].", ""),
    )
    good = (
        "De omzet steeg in 2025 met 4 procent, terwijl de kosten in 2025 gelijk bleven.",
        "In 2024 waren het er 80.000 en in 2025 92.000.",
        "Het museum is in maart open, net als in maart vorig jaar.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        text = article.text
        for sentence in article.sentences:
            seen: dict[str, int] = {}
            for m in _TIME_PHRASE.finditer(text, sentence.start, sentence.end):
                key = " ".join(m.group().lower().split())
                if key in seen and not _CLAUSE_BREAK.search(text, seen[key], m.start()):
                    start = m.start() - 1 if text[m.start() - 1] == " " else m.start()
                    yield self.finding(
                        article,
                        start,
                        m.end(),
                        f"'{m.group()}' staat al eerder in deze zin: schrap de herhaling.",
                        [""],
                    )
                seen[key] = m.end()
