"""Agreement that machine translation breaks: subject and verb, adjective and noun.

English marks neither the number of a past-tense verb ("hospitals reported")
nor the form of an attributive adjective, so MT often picks the wrong Dutch
form: "Ziekenhuizen meldde", "de nieuw regels", "meer groot". All checks
here read Frog's CGN tags and stay silent where Dutch allows both forms
(collective nouns, amounts, time spans, fixed combinations with het-words).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from wordfreq import zipf_frequency

from nakijker.checks.base import Check, Example, Finding, register
from nakijker.checks.formats import DAYS_NL, MONTHS_NL
from nakijker.checks.grammar import (
    _APPROXIMATORS,
    _BOTH_GENDERS,
    _RELATIVE_ADVERBS,
    _complementiser_dat,
    _counted,
    _equal_comparison,
    _features,
    _weekday,
    grammar_words,
    is_finite,
    is_noun,
    listed_het_word,
    noun_gender,
    possessive_read_as_verb,
    time_phrase_length,
)
from nakijker.config import Config
from nakijker.doc import Article, Sentence, Token
from nakijker.facts import is_role_word, word_lists
from nakijker.lexicon.genders import head_gender, lexicon_genders
from nakijker.lexicon.hunspell import agent_noun, default_speller

# Nouns of amount, measure and time: with them Dutch agrees either way
# ("Twee weken is te kort", "Een aantal ministers heeft/hebben").
_MEASURE = frozenset(grammar_words()["measure_nouns"])
# Of those, the nouns of quantity that take a plural verb when a plural
# follows or is understood ("Een aantal ministers hebben", "De helft zijn
# vrouwen"). A collective like team or personeel never does: "Het team hebben".
_QUANTITY = frozenset(grammar_words()["quantity_nouns_plural"])
_OPENING = {"“", "‘", '"', "„", "'", "(", "–", "—", "-"}
_CLAUSE_END = {",", ".", ";", ":", "!", "?", "“", "”", "‘", "’", '"', "(", ")", "–", "—"}


def _number(token: Token) -> str | None:
    """'ev' or 'mv' for a common noun or a finite verb, else None."""
    feats = _features(token)
    if is_noun(token) or is_finite(token):
        if "mv" in feats:
            return "mv"
        if "ev" in feats or "met-t" in feats:
            return "ev"
    return None


def _guessed_plural(noun: Token) -> bool:
    """Frog's plural for a word it does not know ("vrouwenkoers"): its lemma is
    the word itself, where a real plural has a singular lemma (ministers →
    minister)."""
    return _number(noun) == "mv" and (noun.lemma or noun.lower).lower() == noun.lower


def _headline(article: Article, sentence: Sentence) -> bool:
    """A paragraph of one sentence with no closing punctuation: a headline."""
    text = article.text[sentence.start : sentence.end].strip()
    if not text or text[-1] in ".!?:”\"’'…":
        return False
    return article.is_whole_paragraph(sentence.start, sentence.end)


def _guessed_singular(noun: Token) -> bool:
    """Frog's singular for a hyphenated word it does not know whose last part
    is a plural ("Cybersecurity-experts"): the lemma is the word itself."""
    last = noun.lower.rsplit("-", 1)[-1]
    return (
        "-" in noun.lower
        and _number(noun) == "ev"
        and (noun.lemma or noun.lower).lower() == noun.lower
        and last.endswith(("s", "en"))
    )


def _is_determiner(token: Token) -> bool:
    feats = _features(token)
    return token.tag == "LID" or (token.tag == "VNW" and "det" in feats) or token.tag == "TW"


def _modifier(token: Token) -> bool:
    feats = _features(token)
    if token.tag in ("WW", "VNW") and "prenom" in feats:
        return True  # "de geplande reis", "de meeste systemen"
    return token.tag in ("ADJ", "TW")


def _subject_np(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """(first, head) of a noun phrase starting at k: det? modifiers* nouns+."""
    i = k
    if i < len(tokens) and _is_determiner(tokens[i]):
        i += 1
    while i < len(tokens) and _modifier(tokens[i]) and i - k < 4:
        i += 1
    if i >= len(tokens) or not is_noun(tokens[i]):
        return None
    while i + 1 < len(tokens) and is_noun(tokens[i + 1]):
        i += 1
    return k, i


_APPOSITION_OPENERS = frozenset({"onder", "waaronder", "zoals", "inclusief"})


def _relative_clause_end(tokens: list[Token], v: int) -> int:
    """Past ", dat elf zwemsters telt," after a subject: its own finite verb at
    the end, then the closing comma."""
    if v + 2 >= len(tokens) or tokens[v].text != ",":
        return v
    if "betr" not in _features(tokens[v + 1]):
        return v
    for k in range(v + 2, min(len(tokens), v + 15)):
        if tokens[k].text == ",":
            last = tokens[k - 1]
            if is_finite(last) or _plural_read_as_infinitive(tokens[v + 2 : k]):
                return k + 1
            return v
    return v


def _plural_read_as_infinitive(clause: list[Token]) -> bool:
    """ ", die friet en chips maken,": a relative clause needs a finite verb; when
    Frog saw none, its last verb is a plural read as an infinitive."""
    if len(clause) < 2 or any(is_finite(t) for t in clause):
        return False
    last = clause[-1]
    return last.tag == "WW" and "inf" in _features(last) and clause[-2].lower != "te"


def _verb_after_singular_read_as_infinitive(tokens: list[Token], v: int) -> bool:
    """ "Het team mikken in Parijs op …": after a singular subject Frog reads
    the plural verb as an infinitive; no other finite verb follows, so it is
    the clause's verb."""
    if v + 1 >= len(tokens):
        return False
    verb, after = tokens[v], tokens[v + 1]
    if verb.tag != "WW" or "inf" not in _features(verb) or verb.lower != verb.lemma:
        return False
    if not verb.text.islower() or after.tag in ("WW", "LET", "VG"):
        return False
    return not any(is_finite(t) for t in tokens[v + 1 :])


def _apposition_end(tokens: list[Token], v: int) -> int:
    """Past ", onder wie een club in Brabant," after a plural subject: the
    verb after it still agrees with the plural ("sponsors, onder wie …, zei")."""
    if (
        v + 1 >= len(tokens)
        or tokens[v].text != ","
        or tokens[v + 1].lower not in _APPOSITION_OPENERS
    ):
        return v
    for k in range(v + 2, min(len(tokens), v + 12)):
        if tokens[k].text == ",":
            return k + 1
        if is_finite(tokens[k]):
            return v
    return v


def _comparison_end(tokens: list[Token], v: int) -> int:
    """Past "zo groot als golfballen" after a plural subject: a comparison of
    equal degree that ends in a noun, after which the verb still agrees with
    the subject ("Hagelstenen zo groot als eieren hebben")."""
    als = next((k for k in (v + 1, v + 2) if k < len(tokens) and tokens[k].lower == "als"), None)
    if als is None or not _equal_comparison(tokens, als):
        return v
    k = als + 1
    while k < len(tokens) and k - als <= 4 and tokens[k].tag in ("LID", "ADJ", "TW", "VNW"):
        k += 1
    return k + 1 if k < len(tokens) and is_noun(tokens[k]) else v


_PARENTHESIS_OPENERS = frozenset({"LID", "ADJ", "TW"})


def _parenthesis_end(tokens: list[Token], v: int) -> int:
    """Past ", verborgen in een lading bananen," or ", allemaal mannen uit
    Rotterdam," after a plural subject: a participle, adjective or noun phrase
    between commas, with no verb of its own and no "en" (an enumeration of
    subjects), after which the verb still agrees with the plural."""
    if v + 2 >= len(tokens) or tokens[v].text != ",":
        return v
    opener = tokens[v + 1]
    participle = opener.tag == "WW" and "vd" in _features(opener)
    if not (participle or opener.tag in _PARENTHESIS_OPENERS or opener.lower == "allemaal"):
        return v
    # "Universiteiten van Nederland, de koepelorganisatie, zei": a singular
    # apposition may say the plural-looking subject is one body
    nouns = [t for t in tokens[v + 1 : v + 16] if is_noun(t)]
    if not participle and opener.tag != "ADJ" and (not nouns or _number(nouns[0]) != "mv"):
        return v
    for k in range(v + 2, min(len(tokens), v + 16)):
        tok = tokens[k]
        if tok.text == ",":
            return k + 1
        if tok.text in _CLAUSE_END or tok.tag == "VG" or is_finite(tok):
            return v
        if "betr" in _features(tok) or (tok.tag == "WW" and "inf" in _features(tok)):
            return v
    return v


def _definite_count(tokens: list[Token], first: int, head: int) -> bool:
    """ "het aantal" + a plural: unlike "een aantal", the count is the subject."""
    return (
        head > first + 1
        and tokens[first].lower in ("het", "dit", "dat")
        and tokens[first + 1].lower == "aantal"
        and _number(tokens[head]) == "mv"
    )


def _capitalised_word(token: Token) -> bool:
    """A common Dutch word with a capital ("Grenzen"): part of a name, not a
    place. Common by frequency too, since hunspell knows many names in lower
    case ("khan" in Khan Younis)."""
    from wordfreq import zipf_frequency

    from nakijker.checks.spelling import default_speller

    return (
        token.tag == "SPEC"
        and zipf_frequency(token.lower, "nl") >= _COMMON_ZIPF
        and default_speller().correct(token.lower)
    )


_COMMON_ZIPF = 4.3


def _pp_end(tokens: list[Token], i: int) -> int:
    """The index after a prepositional phrase starting at i (i itself if there is none)."""
    if i >= len(tokens) or tokens[i].tag != "VZ" or "init" not in _features(tokens[i]):
        return i
    j = i + 1
    while j < len(tokens) and j - i <= 5:
        tok = tokens[j]
        if tok.tag in ("LID", "ADJ", "TW", "SPEC") or is_noun(tok) or _is_determiner(tok):
            named = tok.text[:1].isupper() and (is_noun(tok) or _capitalised_word(tok))
            if named and tokens[i + 1].tag != "LID":
                return i  # a name like "Artsen zonder Grenzen": leave it alone
            j += 1
            continue
        if tok.tag == "N":  # a proper noun
            j += 1
            continue
        break
    return j if j > i + 1 else i


def _may_agree(head: Token, first: Token, number: str) -> bool:
    """A noun phrase in a relative clause that may be the subject of a verb
    of ``number``: a plural one for a plural verb, a singular one opened by an
    article or determiner for a singular verb."""
    if number == "mv":
        return _number(head) == "mv"
    return _number(head) == "ev" and _is_determiner(first)


_DEFINITE = frozenset({"de", "het", "dit", "deze", "dat", "die"})


def _pp_chain_end(tokens: list[Token], i: int, most: int = 3) -> int:
    """The index after up to ``most`` prepositional phrases in a row: "binnen
    500 meter van een school"."""
    for _ in range(most):
        j = _pp_end(tokens, i)
        if j == i:
            break
        i = j
    return i


# Pronouns that are never a subject, and names of days and months, which
# Frog tags as names but which never are the subject after the verb.
_NEVER_SUBJECTS = frozenset(grammar_words()["never_subjects"])
_TIME_NAMES = frozenset(DAYS_NL + MONTHS_NL)


_COUNTRIES = frozenset(str(c) for c in word_lists()["nationalities"].values())


def _country(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """A country's name at k as a noun phrase of its own."""
    return (k, k) if k < len(tokens) and tokens[k].text in _COUNTRIES else None


def _may_be_subject_after(tokens: list[Token], v: int) -> bool:
    """The verb may be followed by a subject of its own number ("Die boeken leest hij").

    A pronoun or a name may always be that subject; a noun phrase only when
    it has the verb's number and, for a singular verb, an article or
    determiner (a bare mass noun like "schade" is an object).
    """
    if v + 1 >= len(tokens):
        return False
    nxt = tokens[v + 1]
    if nxt.tag == "VNW" and nxt.lower in _NEVER_SUBJECTS:
        return False  # "Het team hebben me …": an object pronoun
    if nxt.tag == "SPEC" and nxt.lower in _TIME_NAMES:
        return False  # "was dinsdag nog offline"
    determiner = nxt.tag == "VNW" and "det" in _features(nxt)
    if (nxt.tag in ("VNW", "SPEC") and not determiner) or (nxt.tag == "N" and not is_noun(nxt)):
        return True
    np = _subject_np(tokens, v + 1)
    if np is None:
        return determiner
    if time_phrase_length(tokens, np[0]) > np[1] - np[0]:
        return False  # "Veel boeren kan dit seizoen …": a time adverbial, not the subject
    head = tokens[np[1]]
    if head.text[:1].isupper():
        return True
    number = _number(tokens[v])
    determined = _is_determiner(tokens[v + 1])
    return _number(head) == number and (determined or number == "mv")


def _impersonal_passive(tokens: list[Token], v: int) -> bool:
    """A form of worden or zijn with a past participle later in the clause,
    whose person is an indirect object: "Reizigers wordt aangeraden te …",
    "Bewoners wordt gevraagd om …". A participle that takes a direct object
    ("Passagiers wordt omgeboekt") makes the plural the subject."""
    if (tokens[v].lemma or "") not in ("worden", "zijn"):
        return False
    for k in range(v + 1, len(tokens)):
        tok = tokens[k]
        if tok.text in _CLAUSE_END:
            return False
        if tok.tag == "WW" and "vd" in _features(tok):
            return (tok.lemma or "") in _DATIVE_VERBS or _complement_after(tokens, k + 1)
    return False


# Verbs whose person is an indirect object in the passive: "Bewoners wordt gevraagd …".
_DATIVE_VERBS = frozenset(grammar_words()["dative_passive_verbs"])


def _complement_after(tokens: list[Token], k: int) -> bool:
    """A te-infinitive, om-clause, dat-clause or colon after the participle."""
    if k >= len(tokens):
        return False
    return tokens[k].lower in ("te", "om", "dat", ":") or (
        k + 1 < len(tokens) and tokens[k].text == "," and tokens[k + 1].lower in ("om", "dat")
    )


def _clause_starts(tokens: list[Token]) -> Iterator[tuple[int, bool]]:
    """(index, subordinate?) of the clause openings: sentence start, after an
    opening quote, after ", maar"/", want" or ";", and after a subordinating
    conjunction ("terwijl de rentes daalde"), where the subject comes first too."""
    i = 0
    while i < len(tokens) and tokens[i].text in _OPENING:
        i += 1
    yield i, False
    for j in range(1, len(tokens) - 1):
        if tokens[j].text == ";" or (
            tokens[j - 1].text == "," and tokens[j].lower in ("maar", "want")
        ):
            yield j + 1, False
        elif _subordinator(tokens, j):
            yield j + 1, True


def _subordinator(tokens: list[Token], j: int) -> bool:
    """A conjunction that opens a clause with its subject first.

    Comparisons (zoals, als, dan) may stand before an object, and "dat"
    after a noun or a comma is a relative pronoun Frog took for a conjunction.
    """
    tok = tokens[j]
    if tok.tag != "VG" or "onder" not in _features(tok) or tok.lower in ("zoals", "als", "dan"):
        return False
    if tok.lower != "dat":
        return True
    return not (tokens[j - 1].text == "," or is_noun(tokens[j - 1]) or _extraposed(tokens, j))


def _extraposed(tokens: list[Token], j: int) -> bool:
    """ "keurde een wetsvoorstel goed dat …", "schreef een amendement dat …": a
    het-word that "een" introduces a few words before, with only the verb or
    its particle between: "dat" is its relative pronoun, after the verb."""
    for k in range(max(1, j - 5), j - 1):
        noun = tokens[k]
        if not (is_noun(noun) or noun.tag == "SPEC"):
            continue
        det = k - 1
        while det > 0 and tokens[det].tag == "ADJ":
            det -= 1
        between = tokens[k + 1 : j]
        if tokens[det].lower != "een" or not _het_word(noun, tokens[det + 1 : k]):
            continue
        if all(t.tag in ("WW", "VZ", "ADJ", "BW") for t in between):
            return True
    return False


def _het_word(noun: Token, adjectives: list[Token]) -> bool:
    """After "een" a het-word: an adjective without -e ("een Nederlandstalig
    AI-model"), the lexicon's gender of the word or its last part ("een
    app-platform"), else Frog's; a word Frog does not know (SPEC) may be one."""
    if any("zonder" in _features(a) and a.lower[-1] not in "aeiouy" for a in adjectives):
        return True
    gender = lexicon_genders().get(noun.lower) or head_gender(noun.lower)
    if gender:
        return gender == "onz"
    return noun.tag == "SPEC" or {"onz", "ev"} <= set(_features(noun))


@register
class SubjectVerbAgreement(Check):
    code = "GR406"
    name = "subject-verb-number"
    category = "fluency/grammar"
    severity = "major"
    needs_frog = True
    doc = """The finite verb does not agree in number with its subject: "De ministers zegt".

English past tenses do not show number ("hospitals reported"), so MT often
writes a singular verb after a plural subject, or the reverse. Checked where
the subject is clear: a noun phrase opening the main clause and directly
followed by the verb (for a plural subject also after a short prepositional
phrase, or a chain of them, or a comparison "zo groot als eieren"), a noun with a relative clause "die … meldde"
whose verb has the other number and no other possible subject, "er" + a singular verb + a counted plural ("Er werd vijf
mensen …"), and a plural noun phrase right after the verb that follows a
fronted prepositional phrase ("Volgens de fabrikant zou nieuwe accu's …").
Nouns of amount, measure and time, collective nouns and names
are left alone, and so is every verb that may be followed by its own subject
("Die boeken leest hij")."""
    bad = (
        Example("[[Ziekenhuizen in Khan Younis meldde]] tekorten."),
        Example("[[De ministers zegt]] dat het plan niet deugt."),
        Example("[[Boeren in het noorden meldde]] schade aan de oogst."),
        Example("[[Het kabinet willen]] snel duidelijkheid."),
        Example("[[Het team hebben]] het hele seizoen hard gewerkt."),
        Example("[[De meeste systemen van het bedrijf was]] nog offline."),
        Example("[[De meeste systemen van het bedrijf was]] dinsdag nog offline."),
        Example("“[[Het team hebben]] me het hele weekend geholpen”, zei hij."),
        Example("De beurs steeg, terwijl [[de rentes in de hele regio daalde]]."),
        Example("Het gaat om gemeenten [[die extra geld ontving]]."),
        Example("Bij de botsing [[raakte er drie mensen]] gewond."),
        Example("[[Er werd vijf verdachten]] aangehouden."),
        Example("[[Vakbonden en kerken had]] campagne gevoerd tegen het plan."),
        Example("Hij zei dat [[de burgemeester en de wethouder was]] vertrokken."),
        Example("[[De regering en de vakbonden heeft]] een akkoord bereikt."),
        Example("[[Frankrijk en Duitsland wil]] de regels aanpassen."),
        Example("“[[Veel boeren kan]] dit seizoen de kosten niet dekken.”"),
        Example("[[Het aantal waarnemingen in Brabant zijn]] elk jaar gestegen."),
        Example("[[Verschillende sponsors, onder wie een club in Brabant, zei]] te twijfelen."),
        Example("Het werd een finale [[die ruim twee uur duurden]]."),
        Example("[[Woningen binnen 200 meter van de snelweg krijgt]] extra isolatie."),
        Example("[[Het rapport over de kosten van de zorg voor ouderen zijn]] verschenen."),
        Example("[[Het aantal klachten over de dienstregeling van de NS zijn]] gestegen."),
        Example("[[Een van de gewonden die zaterdag werden opgenomen, zijn]] overleden."),
        Example("[[Een van de grootste banken van het land hebben]] een boete gekregen."),
        Example("[[Het team mikken]] in Parijs op vijf medailles."),
        Example("[[De commissie, die uit vijf leden bestaat, hebben]] het rapport gepubliceerd."),
        Example("[[Het Nederlandse team, dat elf zwemsters telt, mikken]] op vijf medailles."),
        Example("[[Reizigers wordt]] doorverwezen naar de bus."),
        Example("[[De wapens, gevonden in een loods bij Breda, was]] afkomstig uit Duitsland."),
        Example("Bij de kettingbotsing [[was zondag minstens twaalf auto's]] betrokken."),
        Example("[[Stenen zo groot als eieren heeft]] in de nacht honderden ruiten vernield."),
        Example("Het ministerie heeft gisteren gemeld dat [[gemeenten betaalt]] voor de opvang."),
        Example("Volgens de inspectie [[was lange wachttijden]] het grootste probleem."),
        Example("Volgens de fabrikant [[zou nieuwe accu's]] twee keer zo lang meegaan."),
        Example("Daarom [[kreeg bewoners]] een brief van de gemeente."),
        Example("[[Telers, die al weken over de prijzen klagen, kreeg]] maandag gelijk."),
        Example("De oproep kwam van de huisartsen, [[die stelt]] dat de wachtlijsten groeien."),
    )
    good = (
        "Artsen zonder Grenzen zei dat een van zijn klinieken is geraakt.",
        "Stille wateren van regisseur Nikola Jovanović heeft de prijs gewonnen.",
        "De ministers zeggen dat het plan niet deugt.",
        "Die boeken leest hij graag.",
        "Drie weken duurde het voordat de brug weer openging.",
        "Een aantal ministers heeft kritiek op het plan.",
        "Een aantal ministers hebben kritiek op het plan.",
        "Het aantal waarnemingen is elk jaar gestegen.",
        "Verschillende sponsors, onder wie een club in Brabant, zeiden te twijfelen.",
        "Het aantal doden dat de autoriteiten meldden, is hoger.",
        "Het team heeft het hele seizoen hard gewerkt.",
        "Hij zei dat de kosten in de hele regio stegen.",
        "De beurs steeg, omdat de rente het laagste niveau bereikte.",
        "Twee weken is te kort voor zo'n onderzoek.",
        "De minister en de staatssecretaris hebben overleg gevoerd.",
        "De boeken die de minister las, lagen op tafel.",
        "Er werd twee dagen onderhandeld over het akkoord.",
        "Artsen zonder Grenzen meldt dat de situatie verslechtert.",
        "Dat besluit nemen ministers pas later.",
        "Reizigers wordt aangeraden de reisplanner te raadplegen.",
        "De gevechten in de Gaza Strip zijn hervat.",
        "Vorige week hebben ongeveer tweehonderd mensen buiten geslapen.",
        "De vrouwenkoers werd eerder op de dag gewonnen door een Italiaanse.",
        "De populatie wolven in Nederland groeit snel.",
        "Die huizen koopt deze gemeente niet.",
        "Vakbonden en kerken hadden campagne gevoerd tegen het plan.",
        "Brood en spelen, dat was het devies.",
        "Maandag en dinsdag was het druk in de winkels.",
        "Procter en Gamble verkoopt zeep.",
        "Frankrijk en Duitsland willen de regels aanpassen.",
        "Volgens de regering en de vakbonden heeft het kabinet een fout gemaakt.",
        "Het gaat om een groep die de kinderen helpen.",
        "Er waren een man en een vrouw die elkaar al jaren kenden.",
        "Woningen binnen 200 meter van de snelweg krijgen extra isolatie.",
        "Het rapport over de kosten van de zorg voor ouderen is verschenen.",
        "De helft van de leden van de bond stemden tegen.",
        "Een van de gewonden die zaterdag werden opgenomen, is overleden.",
        "Een van de twee is vertrokken.",
        "De jongen wegen inmiddels elk zo'n 600 gram.",
        "Rijkswaterstaat zei dat het verschillende bruggen met water gaat koelen.",
        "De koers daalde nadat het bedrijf zijn verwachting had verlaagd.",
        "De teams, die elf zwemsters tellen, mikken in Parijs op vijf medailles.",
        "Het dorp krimpt, omdat het aantal winkels en scholen blijft dalen.",
        "Cyber-experts waarschuwen al jaren dat gemeenten kwetsbaar zijn.",
        "Bewoners wordt gevraagd ramen en deuren te sluiten.",
        "De leraar, de ouders en de leerlingen, hebben samen een plan gemaakt.",
        "Ze leverden kilo's rijst die nooit werden betaald.",
        "Kuipers schreef een amendement dat de regels uitbreidt tot studentenhuizen.",
        "Het parlement keurde een wetsvoorstel goed dat buitenlandse artsen toestaat te blijven.",
        "Stenen zo groot als eieren hebben in de nacht honderden ruiten vernield.",
        "De universiteit heeft een slim ICT-systeem gebouwd dat scholen helpt hun roosters te plannen.",
        "Het bedrijf heeft een app-platform ontwikkeld dat huurders helpt hun klachten te melden.",
        "Volgens de inspectie waren lange wachttijden het grootste probleem.",
        "Sinds maandag wordt reizigers aangeraden de trein te nemen.",
        "In Nederland is jarenlang gewerkt aan het plan.",
        "Volgens de minister is tien procent van de klachten terecht.",
        "Volgens de Commissie bevat het grond- en oppervlaktewater te veel nitraat.",
        "Na de storm kwamen honderden vrijwilligers helpen.",
        "Telers, die al weken over de prijzen klagen, kregen maandag gelijk.",
        "De oproep kwam van de huisartsen, die stellen dat de wachtlijsten groeien.",
        "De oproep kwam van de bond, die stelt dat de wachtlijsten groeien.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = sentence.tokens
            seen: set[int] = set()
            for k, subordinate in _clause_starts(tokens):
                found = (
                    self._main_clause(article, tokens, k, subordinate)
                    or self._coordinated(article, tokens, k)
                    or self._one_of(article, tokens, k)
                )
                if found and found.start not in seen:
                    seen.add(found.start)
                    yield found
            found = self._inverted_count(article, tokens) or self._inverted_plural(article, tokens)
            if found and found.start not in seen:
                seen.add(found.start)
                yield found
            for i, tok in enumerate(tokens):
                found = None
                if tok.tag == "VNW" and "betr" in _features(tok) and tok.lower == "die":
                    found = self._relative(article, tokens, i)
                elif tok.lower == "er" and i + 1 < len(tokens):
                    found = self._er(article, tokens, i)
                if found and found.start not in seen:
                    seen.add(found.start)
                    yield found

    def _main_clause(
        self, article: Article, tokens: list[Token], k: int, subordinate: bool = False
    ) -> Finding | None:
        """The subject opening a clause and the finite verb right after it.

        In a subordinate clause a noun after the subject is an object
        ("nadat de onderzoekers rekening hadden gehouden"), not part of it.
        """
        np = _subject_np(tokens, k)
        if np is None or time_phrase_length(tokens, np[0]) > np[1] - np[0]:
            return None  # "Vorige week hebben …": a time adverbial, not the subject
        first, head = np
        if subordinate and k >= 2 and tokens[k - 1].lower == "dat" and is_noun(tokens[k - 2]):
            return None  # "een amendement dat de regels uitbreidt": "dat" may be the subject
        if _definite_count(tokens, first, head):
            return self._after_definite_count(article, tokens, first, head)
        if tokens[first].lower == "het" and _number(tokens[head]) == "mv":
            return None  # "dat het verschillende bruggen gaat koelen": "het" is the subject
        if _guessed_plural(tokens[head]) or _guessed_singular(tokens[head]):
            return None
        if head > first and is_noun(tokens[head - 1]) and _number(tokens[head - 1]) == "ev":
            return None  # "de populatie wolven groeit": the first noun may be the head
        if subordinate and head > first and is_noun(tokens[head - 1]):
            return None
        nouns = [(t.lemma or t.lower).lower() for t in tokens[first : head + 1] if is_noun(t)]
        number = _number(tokens[head])
        measure = any(n in _MEASURE for n in nouns)
        if measure and (number == "mv" or len(nouns) > 1 or any(n in _QUANTITY for n in nouns)):
            return None
        # a name; but "Het Nederlandse team" is a nationality adjective
        if any(t.text[:1].isupper() and t.tag != "ADJ" for t in tokens[first + 1 : head + 1]):
            return None
        v = head + 1
        if _work_by_creator(tokens, v):
            return None  # "Stille wateren van regisseur Radović heeft …": a title
        if number == "mv":
            v = _apposition_end(tokens, _pp_chain_end(tokens, _comparison_end(tokens, v)))
            v = _relative_clause_end(tokens, _parenthesis_end(tokens, v))
        elif tokens[first].lower in _DEFINITE and not measure:
            # "Het verslag over de gevolgen van de maatregelen zijn": a singular
            # head keeps its number through the phrases after it
            v = _pp_chain_end(tokens, v)
        if number == "ev" and tokens[first].lower in _DEFINITE:
            v = _relative_clause_end(tokens, v)
            # not "De jongen wegen …": "jongen" may be a plural (young animals)
            plural_verb = k == 0 and _verb_after_singular_read_as_infinitive(tokens, v)
            if plural_verb and not tokens[head].lower.endswith("en"):
                return self._finding(article, tokens[first], tokens[v], number)
        if v >= len(tokens) or not is_finite(tokens[v]) or number is None:
            return None
        verb = tokens[v]
        if not verb.text.islower():
            return None  # "in de Gaza Strip": a name Frog took for a verb
        if _number(verb) in (None, number) or _may_be_subject_after(tokens, v):
            return None
        if possessive_read_as_verb(tokens, v):
            return None
        if first == head and _impersonal_passive(tokens, v):
            return None  # "Reizigers wordt aangeraden …": an indirect object up front
        return self._finding(article, tokens[first], verb, number)

    def _after_definite_count(
        self, article: Article, tokens: list[Token], first: int, head: int
    ) -> Finding | None:
        """ "Het aantal waarnemingen zijn": after "het aantal" the verb is singular."""
        v = _pp_chain_end(tokens, head + 1)
        if v >= len(tokens) or not is_finite(tokens[v]) or not tokens[v].text.islower():
            return None
        if _number(tokens[v]) != "mv" or _may_be_subject_after(tokens, v):
            return None
        return self._finding(article, tokens[first], tokens[v], "ev")

    def _relative(self, article: Article, tokens: list[Token], i: int) -> Finding | None:
        """'gemeenten die extra geld ontving', 'een partij die drie uur duurden':
        the relative clause's verb against its antecedent, with only adverbs,
        prepositional phrases and objects between "die" and the verb."""
        j = i - 1 - (i > 0 and tokens[i - 1].text == ",")
        if j < 1 or tokens[j].lemma in _MEASURE:
            return None
        number = _number(tokens[j])
        measured = is_noun(tokens[j - 1]) and (
            tokens[j - 1].lemma in _MEASURE or _number(tokens[j - 1]) not in (None, number)
        )
        if measured:
            return None  # "uren zorg die nooit werden verleend": the hours were not given
        if number == "ev" and not self._singular_antecedent(tokens, j):
            return None
        if number not in ("ev", "mv"):
            return None
        other = "ev" if number == "mv" else "mv"
        p = j
        while p > 0 and (
            tokens[p - 1].tag in ("LID", "ADJ", "TW") or _is_determiner(tokens[p - 1])
        ):
            p -= 1
        if p >= 2 and tokens[p - 1].tag == "VZ" and tokens[p - 2].tag in ("N", "SPEC"):
            return None  # "de leider van de rebellen die …": the antecedent is unclear
        end = i + 1
        while end < len(tokens) and not _relative_clause_over(tokens, end):
            end += 1
        clause = tokens[i + 1 : end]
        finite = [t for t in clause if is_finite(t)]
        if len(finite) != 1 or _number(finite[0]) != other or not finite[0].text.islower():
            return None
        verbs_from = next(n for n, t in enumerate(clause) if t.tag == "WW")
        if any(t.tag != "WW" for t in clause[verbs_from:]):
            return None
        n = 0
        while n < verbs_from:
            after = _pp_end(clause, n)
            if after > n:
                n = after
                continue
            tok = clause[n]
            if tok.tag in ("VNW", "SPEC", "VZ") or (tok.tag == "N" and not is_noun(tok)):
                return None
            np = _subject_np(clause, n)
            if np is not None:
                head = clause[np[1]]
                if head.text[:1].isupper() or _may_agree(head, tok, other):
                    return None  # a subject of the verb's number may stand there
                n = np[1] + 1
                continue
            if tok.tag == "LID":
                return None
            n += 1
        return self._finding(article, tokens[i], finite[0], number)

    @staticmethod
    def _singular_antecedent(tokens: list[Token], j: int) -> bool:
        """A lower-case common noun that is not one of two joined by "en"
        ("een man en een vrouw die …" takes a plural verb)."""
        if not is_noun(tokens[j]) or not tokens[j].text.islower():
            return False
        return not any(t.lower in ("en", "of") for t in tokens[max(0, j - 4) : j])

    def _one_of(self, article: Article, tokens: list[Token], k: int) -> Finding | None:
        """ "Een van de verdachten die vorige week werden opgepakt, zijn vrijgelaten":
        the subject is "een", whatever the plural after "van" and its relative
        clause; the verb is singular."""
        if k + 3 >= len(tokens) or tokens[k].lower not in ("een", "één"):
            return None
        if tokens[k + 1].lower != "van":
            return None
        v = k + 2
        while (
            v < len(tokens)
            and "nom" not in _features(tokens[v])
            and (tokens[v].tag in ("LID", "ADJ", "TW") or _is_determiner(tokens[v]))
        ):
            v += 1
        if v >= len(tokens) or not ({"mv", "mv-n"} & set(_features(tokens[v]))):
            return None  # "een van de verdachten", "een van de gewonden": a plural
        v = _pp_chain_end(tokens, v + 1)
        if v < len(tokens) and tokens[v].lower == "die":
            comma = next((j for j in range(v, len(tokens)) if tokens[j].text == ","), None)
            if comma is None:
                return None
            v = comma + 1
        if v >= len(tokens) or not is_finite(tokens[v]) or _number(tokens[v]) != "mv":
            return None
        if not tokens[v].text.islower() or _may_be_subject_after(tokens, v):
            return None
        return self._finding(article, tokens[k], tokens[v], "ev")

    def _coordinated(self, article: Article, tokens: list[Token], k: int) -> Finding | None:
        """ "Vakbonden en kerken had campagne gevoerd": two noun phrases joined
        by "en" are a plural subject. Names are left alone ("Procter en
        Gamble"), and so are time phrases ("maandag en dinsdag was het druk")."""
        first = _subject_np(tokens, k) or _country(tokens, k)
        if first is None or first[1] + 2 >= len(tokens) or tokens[first[1] + 1].lower != "en":
            return None
        if _definite_count(tokens, *first):
            return None  # "het aantal kerkgangers en priesters blijft": the count is the subject
        second = _subject_np(tokens, first[1] + 2) or _country(tokens, first[1] + 2)
        if second is None or second[1] + 1 >= len(tokens):
            return None
        heads = (first[1], second[1])
        # a capital only on the clause's first word ("Vakbonden en …"), or a
        # name; two countries are two ("Frankrijk en Duitsland wil")
        countries = all(tokens[h].text in _COUNTRIES for h in heads)
        if not countries and any(not tokens[h].text.islower() and h != k for h in heads):
            return None
        if any(tokens[h].lemma in _MEASURE for h in heads):
            return None
        if time_phrase_length(tokens, k) or time_phrase_length(tokens, first[1] + 2):
            return None
        v = second[1] + 1
        verb = tokens[v]
        if not is_finite(verb) or not verb.text.islower() or _number(verb) != "ev":
            return None
        # "heeft een akkoord bereikt": an indefinite noun phrase after the verb
        # is its object; a fronted object is rare with a coordinated phrase.
        indefinite = v + 1 < len(tokens) and tokens[v + 1].lower in ("een", "geen")
        if not indefinite and _may_be_subject_after(tokens, v):
            return None
        return self._finding(article, tokens[first[0]], verb, "mv")

    def _inverted_count(self, article: Article, tokens: list[Token]) -> Finding | None:
        """ "Bij de botsing was maandag minstens 23 voertuigen betrokken": after a
        fronted phrase the singular verb comes before a counted plural subject."""
        v = next((k for k, t in enumerate(tokens) if t.tag == "WW"), None)
        if v is None or v < 2 or tokens[0].tag not in ("VZ", "BW"):
            return None
        verb = tokens[v]
        if not is_finite(verb) or _number(verb) != "ev" or (verb.lemma or "") not in _ER_VERBS:
            return None
        k = v + 1
        while k < len(tokens) and (
            tokens[k].tag == "BW"
            or (tokens[k].tag == "ADJ" and "vrij" in _features(tokens[k]))
            or tokens[k].lower in _APPROXIMATELY
            or _weekday(tokens[k])
            or time_phrase_length(tokens, k)
        ):
            k += max(1, time_phrase_length(tokens, k))
        noun = _counted_plural(tokens, k)
        return None if noun is None else self._finding(article, verb, tokens[noun], "mv", verb)

    def _inverted_plural(self, article: Article, tokens: list[Token]) -> Finding | None:
        """ "Volgens het bedrijf zou fotonische chips het verbruik verlagen": after
        a fronted prepositional phrase (or one adverb) the subject comes right
        after the verb, and a plural noun phrase there wants a plural verb."""
        v = next((k for k, t in enumerate(tokens) if t.tag == "WW"), None)
        if v is None or not _fronted_phrase(tokens, v):
            return None
        verb = tokens[v]
        if not is_finite(verb) or _number(verb) != "ev" or not verb.text.islower():
            return None
        k = v + 1
        if k < len(tokens) and (_is_determiner(tokens[k]) or tokens[k].lower in ("de", "alle")):
            k += 1
        while k < len(tokens) and tokens[k].tag == "ADJ" and "prenom" in _features(tokens[k]):
            k += 1
        if k >= len(tokens) or not tokens[k].text.islower() or _number(tokens[k]) != "mv":
            return None
        if tokens[k].lemma in _MEASURE or not is_noun(tokens[k]) or tokens[k].text.endswith("-"):
            return None  # "bevat het grond- en oppervlaktewater": a compound cut short
        if _impersonal_passive(tokens, v) or _may_be_subject_after(tokens, k):
            return None  # "Sinds maandag wordt reizigers aangeraden …": a dative
        return self._finding(article, verb, tokens[k], "mv", verb)

    def _er(self, article: Article, tokens: list[Token], i: int) -> Finding | None:
        """'Er werd vijf mensen gearresteerd', 'raakte er drie mensen gewond'."""
        if i > 0 and is_finite(tokens[i - 1]):
            verb, first, k = tokens[i - 1], tokens[i - 1], i + 1
        else:
            verb, first, k = tokens[i + 1], tokens[i], i + 2
        if not is_finite(verb) or _number(verb) != "ev" or (verb.lemma or "") not in _ER_VERBS:
            return None
        noun = _counted_plural(tokens, k)
        return None if noun is None else self._finding(article, first, tokens[noun], "mv", verb)

    def _finding(
        self, article: Article, first: Token, last: Token, number: str, verb: Token | None = None
    ) -> Finding:
        verb = verb or last
        want = "meervoud" if number == "mv" else "enkelvoud"
        return self.finding(
            article,
            first.start,
            last.end,
            f"Het onderwerp staat in het {want}; de persoonsvorm '{verb.text}' niet.",
        )


def _relative_clause_over(tokens: list[Token], k: int) -> bool:
    """The relative clause ends before k: at a comma, a conjunction, or a
    "dat" right after its verb that Frog took for a demonstrative ("die zegt
    dat havenwerk te zwaar is")."""
    token = tokens[k]
    if token.text in _CLAUSE_END or token.tag == "VG":
        return True
    return token.lower in ("dat", "of") and tokens[k - 1].tag == "WW"


def _fronted_phrase(tokens: list[Token], v: int) -> bool:
    """Tokens before the verb at v are one prepositional phrase ("Volgens de
    toezichthouder") or one adverb ("Daarom"): nothing there is the subject."""
    if v == 1:
        return tokens[0].tag == "BW" and tokens[0].lower not in ("ook", "alleen", "zelfs", "zo")
    if v < 2 or tokens[0].tag != "VZ" or tokens[0].lower in ("met", "zonder"):
        return False
    return all(
        t.tag in ("LID", "ADJ", "N", "SPEC", "TW") or (t.tag == "VNW" and "bez" in _features(t))
        for t in tokens[1:v]
    )


def _counted_plural(tokens: list[Token], k: int) -> int | None:
    """The plural noun of "vijf (gewonde) mensen" at k: a count above one,
    adjectives, a plural that is not a measure; its index."""
    if k >= len(tokens) or not _counted(tokens[k]):
        return None
    k += 1
    while k < len(tokens) and tokens[k].tag == "ADJ":
        k += 1
    if k >= len(tokens) or _number(tokens[k]) != "mv" or tokens[k].lemma in _MEASURE:
        return None
    return k


# "nog twintig auto's": "nog" may stand before the count here too.
_APPROXIMATELY = _APPROXIMATORS | {"nog"}
_ER_VERBS = frozenset(grammar_words()["er_verbs"])


def inflected(adjective: str) -> str | None:
    """The -e form of a base adjective (groot → grote, wit → witte,
    zeventiende-eeuws → zeventiende-eeuwse), if Dutch has one."""
    head, dash, last = adjective.rpartition("-")
    speller = default_speller()
    if dash:  # hunspell may know only the whole: zeventiende-eeuwse
        forms = [f"{head}-{c}" for c in _e_forms(last.lower())]
        return next(
            (f for f in forms if speller.correct(f) or speller.correct(f.split("-")[-1])), None
        )
    if adjective[:1].isupper():  # a nationality: Amerikaans → Amerikaanse
        forms = [f[:1].upper() + f[1:] for f in _e_forms(adjective.lower())]
        return next((f for f in forms if speller.correct(f)), None)
    return next((c for c in _e_forms(adjective.lower()) if speller.correct(c)), None)


def _e_forms(w: str) -> list[str]:
    """The spellings the -e form may take, most likely first."""
    if w.isalpha() and re.search(r"[aeou]i$", w):
        return [w + "e"]  # mooi → mooie, fraai → fraaie, lui → luie
    if not w.isalpha() or w.endswith(("e", "en", "a", "i", "o", "u", "y", "é")):
        return []
    if w.endswith("ieel"):
        return [w[:-3] + "ële"]  # financieel → financiële
    # "provinciaal", "actueel": a double vowel after another vowel is still one syllable's
    m = re.fullmatch(r"(.*)([aeou])\2([^aeiouyjw])", w)
    if m and not m.group(1).endswith(m.group(2)):
        stem, vowel, last = m.groups()
        voiced = stem + vowel + {"f": "v", "s": "z"}.get(last, last) + "e"
        return [voiced, stem + vowel + last + "e"] if last in "fs" else [voiced]  # boze, Europese
    if re.search(r"(ie|oe|eu|ij|ei|ui|ou|au)[fs]$", w):
        return [w[:-1] + {"f": "v", "s": "z"}[w[-1]] + "e"]
    if re.search(r"[^aeiou][aeiou][bdfgklmnprst]$", w) and (
        len(re.findall(r"[aeiouy]+", w)) == 1
        or not w.endswith(("ig", "lijk", "isch", "er", "el", "em", "es", "or"))
    ):
        return [w + w[-1] + "e", w + "e"]
    return [w + "e"]


def _comparative(adjective: str) -> str | None:
    """groot → groter, snel → sneller, duur → duurder, if Dutch has the form."""
    w = adjective.lower()
    if w.endswith("r"):
        form = w + "der"
        return form if default_speller().correct(form) else None
    e_form = inflected(w)
    if e_form is None:
        return None
    form = e_form + "r"
    return form if default_speller().correct(form) else None


# Words before a plural noun that leave its adjective attributive ("met nieuw regels").
_DETERMINERS = frozenset(grammar_words()["plural_determiners_gr407"])
_PERSON_SUFFIXES = ("aar", "ier", "iër", "ist", "ant", "ent", "eur", "er", "ster", "ing", "heid")
_DE_SUFFIXES = ("heid", "ing", "tie", "sie", "teit", "ij", "ster", "ade", "ine", "ure", "iek")
_NOT_DE = tuple(grammar_words()["not_de_endings"])
# Adverbs, prefixes written apart ("de oud minister": a missing hyphen, not a
# missing -e) and fixed titles (de openbaar aanklager) that stay bare.
_ADVERBIAL = frozenset(grammar_words()["bare_before_noun"])
_PHRASE_MODIFIERS = frozenset(grammar_words()["phrase_modifiers_gr407"])


def _de_word_by_tag(noun: Token) -> bool:
    """A singular de-word, where Frog's gender can be trusted."""
    feats = _features(noun)
    if not is_noun(noun) or "ev" not in feats or "zijd" not in feats or "dim" in feats:
        return False
    low = noun.lower
    if low.endswith(_NOT_DE) or low in _BOTH_GENDERS:
        return False
    if len(low) <= 7 or low.endswith(_DE_SUFFIXES) or low.endswith(_PERSON_SUFFIXES):
        return True
    # "subsidie", "tegenprestatie": nouns in -ie are de-words; or the gender lexicon agrees
    return low.endswith("ie") or head_gender(low) == "zijd"


def _de_word(noun: Token) -> bool:
    """A singular de-word, where Frog's gender can be trusted, or a compound
    whose gender Frog guessed as "het" but whose known head is a de-word."""
    if _de_word_by_tag(noun):
        return True
    feats = _features(noun)
    if not is_noun(noun) or "ev" not in feats or "onz" not in feats or "dim" in feats:
        return False
    return _compound_head_gender(noun.lower) == "zijd"


def _compound_head_gender(word: str) -> str | None:
    """The gender of the head of a compound Frog has not seen ("olieverfschets":
    "schets"), when the first part is long enough to be a word of its own
    ("fortuin" is no compound of "tuin"); nominalisations in ge- keep "het"
    ("getouwtrek")."""
    known = lexicon_genders()
    if word in known or word.startswith("ge") or not word.isalpha():
        return None
    for i in range(_MIN_FIRST_PART, len(word) - 3):
        gender = known.get(word[i:])
        if gender:
            return gender
    return None


_MIN_FIRST_PART = 4


@register
class AdjectiveWithoutE(Check):
    code = "GR407"
    name = "adjective-e-missing"
    category = "fluency/grammar"
    needs_frog = True
    doc = """An attributive adjective without -e where Dutch needs it: "de nieuw regels".

Before a plural noun, before a de-word after any article or a
possessive, and before a bare de-word after a preposition ("met grote
zorg"), an adjective takes -e: de nieuwe regels, een achtervolgende
groep, haar nieuwe auto, de Amerikaanse minister. (Before a het-word
after "het" Dutch has fixed combinations without -e, such as het openbaar
vervoer, so that case is not checked.) Flagged only when the adjective
directly precedes the noun, is not capitalised (names) unless it is a
nationality in -s (Amerikaans), and hunspell knows
its -e form; adjectives that never inflect (gratis, extra, gouden) have
none."""
    bad = (
        Example("Volgens [[de nieuw]] regels mag dat niet.", "de nieuwe"),
        Example("Het proces nam [[een onverwacht]] wending.", "een onverwachte"),
        Example("De overheid zoekt [[deze groot]] bedrijven op.", "deze grote"),
        Example("Er komen [[twee wit]] auto's.", "twee witte"),
        Example("De accijns [[op suikerhoudend]] frisdranken stijgt.", "op suikerhoudende"),
        Example(
            "Het skelet bevat 80 procent van [[de oorspronkelijk]] botten.", "de oorspronkelijke"
        ),
        Example("[[De Amerikaans]] minister landde in Tokio.", "De Amerikaanse"),
        Example("Ze parkeerde [[haar nieuw]] auto voor de deur.", "haar nieuwe"),
        Example("[[Hun financieel]] verantwoording klopte niet.", "Hun financiële"),
        Example("Er kwam [[een droog]] winter na de natte zomer.", "een droge"),
        Example("Het kwam door [[een warm]], natte lente.", "een warme"),
        Example("Het werd een lange, [[zwaar]] strijd om de titel.", "zware"),
        Example("Hij won van [[een Belgisch]] wielrenner.", "een Belgische"),
        Example("Het ging om een hogere [[sociaal]] uitkering.", "sociale"),
        Example("Dat kwam door de zachte winter en [[het nat]] voorjaar.", "het natte"),
        Example("[[Dit groot]] project kost miljoenen.", "Dit grote"),
        Example("Er is behoefte [[aan betaalbaar]] huisvesting.", "aan betaalbare"),
        Example("De zaak werd [[met groot]] zorg voorbereid.", "met grote"),
        Example("Hij verkocht [[zijn groot]] huis aan de gemeente.", "zijn grote"),
    )
    good = (
        "Volgens de nieuwe regels mag dat niet.",
        "Het openbaar vervoer reed zaterdag niet.",
        "Een nieuw kabinet moet voor de zomer aantreden.",
        "De extra kosten vallen hoger uit dan verwacht.",
        "De gouden medaille ging naar Noorwegen.",
        "Het stadion zat vol supporters die zongen.",
        "Ze boekten snel resultaten met de nieuwe aanpak.",
        "De half lege zaal applaudisseerde beleefd.",
        "Een interim directeur neemt het voorlopig over.",
        "Ze hield een achtervolgend peloton op afstand.",
        "De schrijfster staat bekend als een sensibel waarnemer.",
        "De waarnemend president en de openbaar aanklager zochten een veiliger plek.",
        "Ze kwamen met houten stoelen en gratis kaartjes naar de markt.",
        "Zo'n 40.000 leerlingen moeten hun centraal examen opnieuw maken.",
        "Hij sprak met De Jong en Groot over het plan.",
        "Zijn eigen auto en hun gouden medailles bleven thuis.",
        "Ze is een fervent schaatser en een goed verteller.",
        "Het kwam door een warme, natte lente.",
        "Hij werd Nederlands kampioen en is een Brits onderdaan.",
        "Het ging om een hogere sociale uitkering.",
        "Ellison (61), een voormalig onderminister van Defensie, komt naar Brussel.",
        "De operationeel directeur van Nordavia noemde de staking onverantwoordelijk.",
        "De demissionair premier en de scheidend voorzitter spraken elkaar.",
        "Vandaag is het droog weer, morgen regent het.",
        "In het wild leven er nog maar 10.000.",
        "Het groot onderhoud aan de brug duurt een jaar.",
        "Iedereen weet dat het groot nieuws is.",
        "Het openbaar vervoer en het dagelijks bestuur bleven buiten schot.",
        "De voormalige fabriek en het natte voorjaar.",
        "De zaak werd met grote zorg voorbereid.",
        "Het kabinet viel na lang overleg.",
        "Ze reden met hoge snelheid naar huis.",
        "Vanavond is er onweer met plaatselijk hagel.",
        "De prijs is voor debuterend regisseur Anna de Wit.",
        "Het museum blijft tot nader order dicht.",
        "Ze is de schrik van menig burgemeester.",
        "Het werd ontdekt bij de aanleg van een nieuw fiets pad.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = sentence.tokens
            for i in range(1, len(tokens) - 1):
                adj, noun, before = tokens[i], _head_after(tokens, i), _determiner_before(tokens, i)
                if not self._bare_attributive(adj, before) or not is_noun(noun):
                    continue
                nationality = adj.tag == "ADJ" and adj.text.endswith(("s", "sch"))
                if (adj.text[:1].isupper() and not nationality) or noun.text[:1].isupper():
                    continue  # a name; but "De Amerikaans president" is an adjective
                if adj.lower in _ADVERBIAL or adj.lower.endswith("voudig"):
                    continue  # "de drievoudig wereldkampioen": the count of the title
                if _function_before_person(adj, noun):
                    continue  # "een voormalig onderminister", "de financieel directeur"
                if _number(noun) != "mv" and _het_head_apart(tokens, tokens.index(noun, i)):
                    continue  # "een nieuw fiets pad": the head is "pad", a het-word
                plural = _number(noun) == "mv"
                # "heeft donderdag zijn volledig vloot": Frog's verb "zijn" is the possessive
                zijn = before is tokens[i - 1] and _possessive_zijn(tokens, i - 1)
                if (before.tag == "WW" and not zijn) or "betr" in _features(before):
                    continue
                if (_possessive(before) or zijn) and (plural or _de_word(noun)):
                    # "zijn nieuw auto"; before a het-word fixed terms keep the bare
                    # form after a possessive too ("hun centraal examen")
                    ok = True
                elif before.tag == "VZ" and before is tokens[i - 1] and _de_word(noun):
                    # "aan gekwalificeerd bemanning": a bare de-word; but "voor
                    # debuterend regisseur" is a person, "met plaatselijk hagel" an adverb
                    ok = noun is tokens[i + 1] and not _agent(noun)
                    ok = ok and adj.lower not in _PHRASE_MODIFIERS
                elif plural:
                    # "op suikerhoudend frisdranken": a bare plural after a preposition
                    ok = before.lower in _DETERMINERS or before.tag == "VZ"
                    ok = ok or (before.tag == "TW" and before.lower not in ("één", "een"))
                elif before.lower == "een" and (
                    (_agent(noun) and not _nationality_before_person(adj, noun))
                    or "comp" in _features(adj)
                ):
                    continue  # "een goed verteller", "een veiliger plek": Dutch allows both
                else:
                    ok = before.tag == "LID" and _de_word(noun)
                    ok = ok or (before.lower in ("deze", "die", "onze") and _de_word(noun))
                    ok = ok or _bare_before_het_word(tokens, i, adj, noun, before)
                if not ok:
                    continue
                form = inflected(adj.text)
                if form is None:
                    continue
                why = "een meervoud" if plural else f"een de-woord ('{noun.text}')"
                if not plural and not _de_word(noun):
                    why = f"een het-woord ('{noun.text}') na '{before.text}'"
                # "een lange, zwaar strijd": the determiner is not next to it
                start, fix = (before.start, f"{before.text} {form}")
                if before is not tokens[i - 1]:
                    start, fix = adj.start, form
                yield self.finding(
                    article,
                    start,
                    adj.end,
                    f"Een bijvoeglijk naamwoord voor {why} krijgt hier een -e: '{form}'.",
                    [fix],
                )

    @staticmethod
    def _bare_attributive(token: Token, before: Token) -> bool:
        """An adjective without -e before a noun; after an article even if Frog says 'vrij'."""
        feats = _features(token)
        determined = before.tag == "LID" or (before.tag == "VNW" and "det" in _features(before))
        if token.tag == "SPEC" and determined and token.text.islower():
            # Frog calls some uninflected adjectives foreign ("de oorspronkelijk botten")
            return token.lower.endswith(_ADJECTIVE_ENDINGS)
        if "zonder" not in feats or not ("prenom" in feats or determined):
            return False
        if token.tag == "ADJ":
            return "basis" in feats or "comp" in feats
        return token.tag == "WW" and not token.lower.endswith("en")


# Adjectives of function that stay bare before a person noun: "een voormalig
# minister", "de demissionair premier", "de scheidend voorzitter".
_FUNCTION_ADJECTIVES = frozenset(grammar_words()["function_adjectives"])
# Titles of an adjective and a role noun that keep the bare form: "de financieel
# directeur", "de artistiek leider", "de persoonlijk assistent".
_TITLE_ADJECTIVES = frozenset(grammar_words()["title_adjectives"])
_TITLE_HEADS = tuple(grammar_words()["title_heads"])


def _function_before_person(adj: Token, noun: Token) -> bool:
    low = noun.lower
    if adj.lower in _FUNCTION_ADJECTIVES:
        return is_role_word(low) or agent_noun(low)
    return adj.lower in _TITLE_ADJECTIVES and low.endswith(_TITLE_HEADS)


# Adjectives of quality that take -e after "het" before a het-word ("het natte
# voorjaar"); relational ones keep the bare form in fixed terms (het openbaar
# vervoer, het dagelijks bestuur), so only these are checked.
_QUALITY = frozenset(
    grammar_words()["quality_adjectives"]
)  # with _GRADABLE (below), less its relational words
_NOT_QUALITY = frozenset(grammar_words()["not_quality"])
# Fixed terms with a bare adjective after "het": het groot onderhoud, het kort geding.
_FIXED_BARE = frozenset(tuple(term.split()) for term in grammar_words()["fixed_bare_terms"])


def _bare_before_het_word(
    tokens: list[Token], i: int, adj: Token, noun: Token, before: Token
) -> bool:
    """ "het nat voorjaar", "dit groot project": after a definite determiner an
    adjective of quality before a het-word takes -e."""
    quality = adj.lower in _QUALITY or (adj.lower in _GRADABLE and adj.lower not in _NOT_QUALITY)
    if before is not tokens[i - 1] or not quality or adj.text[:1].isupper():
        return False
    if (adj.lower, noun.lower) in _FIXED_BARE or not noun.text.islower():
        return False
    if before.lower == "het":
        # "Vandaag is het droog weer", "dat het groot nieuws is": "het" is the subject
        if before.tag != "LID" or i < 2 or is_finite(tokens[i - 2]):
            return False
        subordinating = tokens[i - 2].tag == "VG" and "onder" in _features(tokens[i - 2])
        if subordinating or tokens[i - 2].lower in ("vond", "vinden", "noemde"):
            return False
    elif before.lower not in ("dit", "zijn", "haar", "hun", "ons", "mijn", "jouw", "uw"):
        return False
    elif not (_possessive(before) or before.lower in ("dit", "zijn")):  # a verb "zijn" is
        # let through by the caller only where it is the possessive
        return False
    if i + 2 < len(tokens) and is_noun(tokens[i + 2]) and tokens[i + 2].text.islower():
        return False  # "het groot chemisch afval", a compound written apart
    single = "ev" in _features(noun) and "dim" not in _features(noun)
    return (
        single
        and "onz" in _features(noun)
        and (listed_het_word(noun.lower) or head_gender(noun.lower) == "onz")
    )


# A compound this frequent (per wordfreq's Zipf scale) is a word in use.
_IN_USE_ZIPF = 1.5


def _het_head_apart(tokens: list[Token], j: int) -> bool:
    """The noun at j is the first part of a compound written apart whose head,
    the next word, is a singular het-word ("fiets pad"); a measure before its
    stuff ("partij beton") makes no word in use."""
    if j + 1 >= len(tokens) or not tokens[j + 1].text.islower():
        return False
    compound = tokens[j].lower + tokens[j + 1].lower
    return noun_gender(tokens[j + 1]) == "onz" and zipf_frequency(compound, "nl") >= _IN_USE_ZIPF


def _head_after(tokens: list[Token], i: int) -> Token:
    """The noun an adjective at i goes with: the next word, or the noun after a
    second, inflected adjective joined by a comma or "en" ("een warm, natte lente")."""
    if (
        i + 3 < len(tokens)
        and tokens[i + 1].text in (",", "en")
        and tokens[i + 2].tag == "ADJ"
        and "met-e" in _features(tokens[i + 2])
    ):
        return tokens[i + 3]
    return tokens[i + 1]


def _determiner_before(tokens: list[Token], i: int) -> Token:
    """The word before an adjective at i, or the determiner before an inflected
    adjective and a comma or "en" ("een lange, zwaar strijd"), or before
    inflected adjectives right in front of it ("een lagere provinciaal subsidie")."""
    if (
        i >= 3
        and tokens[i - 1].text in (",", "en")
        and tokens[i - 2].tag == "ADJ"
        and "met-e" in _features(tokens[i - 2])
        and tokens[i - 3].tag in ("LID", "VNW")
    ):
        return tokens[i - 3]
    k = i
    while k > 1 and _inflected_prenominal(tokens[k - 1]):
        k -= 1
    if k == i and _adverb_between(tokens, i):
        return tokens[i - 2]  # "een snel vergrijzend bevolking": "snel" modifies the adjective
    if k < i and _determiner(tokens[k - 1]) and not agent_noun(tokens[i + 1].lower):
        # "de voormalige financieel directeur": a title keeps its bare adjective
        return tokens[k - 1]
    return tokens[i - 1]


def _adverb_between(tokens: list[Token], i: int) -> bool:
    """A bare adverb or adverbial adjective between a determiner and the
    adjective at i ("een zeer oud", "een snel groeiend", "haar sterk verouderd")."""
    if i < 2 or tokens[i - 1].text[:1].isupper():
        return False
    mod, det = tokens[i - 1], tokens[i - 2]
    adverbial = mod.tag == "BW" or (
        mod.tag == "ADJ" and "vrij" in _features(mod) and "zonder" in _features(mod)
    )
    return adverbial and (_determiner(det) or _possessive(det))


def _inflected_prenominal(token: Token) -> bool:
    """ "lagere", "nieuwe", "geplande": an adjective or participle with its -e."""
    feats = _features(token)
    return token.tag in ("ADJ", "WW") and "prenom" in feats and "met-e" in feats


def _determiner(token: Token) -> bool:
    return token.tag == "LID" or (token.tag == "VNW" and "det" in _features(token))


# Nouns that form a title with a bare nationality: "Nederlands kampioen", "Brits onderdaan".
_NATIONALITY_TITLES = ("kampioen", "onderdaan", "burger", "international", "recordhouder")


def _nationality_before_person(adj: Token, noun: Token) -> bool:
    """ "een Duits tegenstander": a nationality never forms the bare "een goed
    verteller" kind of phrase with a person noun; titles aside."""
    nationality = adj.text[:1].isupper() and adj.lower.endswith(("s", "sch"))
    return nationality and not noun.lower.endswith(_NATIONALITY_TITLES)


def _possessive_zijn(tokens: list[Token], k: int) -> bool:
    """ "SkyNord heeft donderdag zijn volledig vloot gegrond": Frog read the
    possessive as the verb, but the clause already has its finite verb."""
    if tokens[k].lower != "zijn" or not possessive_read_as_verb(tokens, k):
        return False
    for t in reversed(tokens[:k]):
        if t.text in _CLAUSE_END or t.tag == "VG" or "betr" in _features(t):
            return False
        if is_finite(t):
            return True
    return False


def _possessive(token: Token) -> bool:
    return token.tag == "VNW" and "bez" in _features(token) and "prenom" in _features(token)


_ADJECTIVE_ENDINGS = ("lijk", "ig", "isch", "baar", "loos", "zaam", "ief", "eel", "aal", "ant")


def _agent(noun: Token) -> bool:
    """A person noun by its ending, after which "een groot kunstenaar" is Dutch."""
    return agent_noun(noun.lower)


# Short gradable adjectives whose comparative is the only normal form.
_GRADABLE = frozenset(grammar_words()["gradable_adjectives"])
_IRREGULAR = {"goed": "beter", "slecht": "slechter"}
_NO_LONGER = frozenset(grammar_words()["no_longer_words"])


def _gradable(lemma: str) -> bool:
    """An adjective with a comparative in -er that "meer" must not replace.

    The listed common ones, and any other whose -er form hunspell knows,
    except participles ("meer gericht op" is Dutch) and -isch adjectives,
    where "meer" is common usage ("meer praktisch"). A present participle
    counts when its -er form is in common use ("spannender", "dringender")."""
    if lemma in _GRADABLE:
        return True
    participle = lemma.startswith(("ge", "be", "ver", "ont", "her", "er")) and lemma.endswith(
        ("d", "t", "en")
    )
    if participle or lemma.endswith("isch") or len(lemma) < 4 or lemma == "nodig":
        return False
    if lemma.endswith("end"):
        # a present participle, unless Dutch text uses its -er form ("spannender")
        form = _comparative(lemma)
        return form is not None and zipf_frequency(form, "nl") >= _USED_COMPARATIVE_ZIPF
    return _comparative(lemma) is not None


_USED_COMPARATIVE_ZIPF = 2.0


@register
class MoreAdjective(Check):
    code = "GR408"
    name = "meer-plus-adjective"
    category = "fluency/grammar"
    needs_frog = True
    doc = """"meer" + a short adjective where Dutch uses the comparative: "meer groot".

English "more important" becomes "meer belangrijk"; Dutch says
"belangrijker". Checked for common gradable adjectives used predicatively;
"meer" as a quantity before a noun phrase ("meer grote bedrijven"), "niet
meer" (no longer) and "er is meer nodig" are left alone."""
    bad = (
        Example("De gevolgen zijn [[meer ernstig]] dan gedacht.", "ernstiger"),
        Example("Het probleem werd [[meer belangrijk]] na de verkiezingen.", "belangrijker"),
        Example("Het is een [[meer effectieve]] manier om inflatie te bestrijden.", "effectievere"),
        Example("Wetenschappers zijn nu [[meer voorzichtig]] met die conclusie.", "voorzichtiger"),
        Example("De race werd nog [[meer spannend]] na de val.", "spannender"),
    )
    good = (
        "De gevolgen zijn ernstiger dan gedacht.",
        "Er komen meer grote bedrijven naar de regio.",
        "Het gaat niet meer goed met de economie.",
        "Er is meer nodig om de crisis op te lossen.",
        "Het kabinet wil meer oud papier inzamelen.",
        "Het is een effectievere manier om inflatie te bestrijden.",
        "De meer ervaren spelers bleven rustig.",
        "Het beleid is meer gericht op preventie.",
        "Het voorstel is meer praktisch dan principieel.",
        "Die stem was meer beslissend dan gedacht.",
        "Europa heeft de NAVO nu meer nodig dan ooit.",
        "Er wordt onder meer ruim 12 kilometer spoor vernieuwd.",
        "Noorwegen kwam daarna nauwelijks meer gevaarlijk voor het doel.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = sentence.tokens
            for i in range(len(tokens) - 1):
                if tokens[i].lower != "meer" or (i and tokens[i - 1].lower == "onder"):
                    continue  # "onder meer ruim 12 kilometer"
                adj = tokens[i + 1]
                lemma = (adj.lemma or "").lower()
                if adj.tag != "ADJ" or not _gradable(lemma):
                    continue
                if adj.lower != lemma:
                    if finding := self._attributive(article, tokens, i, lemma):
                        yield finding
                    continue
                if i + 2 < len(tokens) and tokens[i + 2].tag in ("N", "ADJ", "SPEC"):
                    continue
                before = [t.lower for t in tokens[max(0, i - 4) : i]]
                if (before and before[-1] in _NO_LONGER) or "er" in before:
                    continue
                form = _IRREGULAR.get(lemma) or _comparative(lemma)
                if form is None:
                    continue
                yield self.finding(
                    article,
                    tokens[i].start,
                    adj.end,
                    f"Gebruik de vergrotende trap: '{form}'.",
                    [form],
                )

    def _attributive(
        self, article: Article, tokens: list[Token], i: int, lemma: str
    ) -> Finding | None:
        """ "een meer effectieve manier": after "een", before a noun, → "een effectievere"."""
        adj = tokens[i + 1]
        if i == 0 or tokens[i - 1].lower not in ("een", "geen") or i + 2 >= len(tokens):
            return None
        if tokens[i + 2].tag != "N" or adj.lower != inflected(lemma):
            return None
        base = _IRREGULAR.get(lemma) or _comparative(lemma)
        form = base + "e" if base else None
        if form is None or not default_speller().correct(form):
            return None
        return self.finding(
            article, tokens[i].start, adj.end, f"Gebruik de vergrotende trap: '{form}'.", [form]
        )


# Singular forms of the plural verbs that most often follow a name in MT.
_SINGULAR = dict(grammar_words()["singular_verb_forms"])


@register
class NameWithPluralVerb(Check):
    code = "GR411"
    name = "name-with-plural-verb"
    category = "fluency/grammar"
    needs_frog = True
    doc = """A club, company or country name with a plural verb: "Feyenoord hebben".

British English lets a team or firm take a plural verb ("Arsenal have
won"); Dutch does not: "Feyenoord heeft gewonnen". Checked where a sentence
opens with a one-word name directly followed by a plural finite verb; a name
that ends in -s or -en may be a plural (de Lakers, de Staten) and is left
alone, as is a name followed by "en" (two subjects)."""
    bad = (
        Example("[[Feyenoord hebben]] de bekerfinale gewonnen.", "Feyenoord heeft"),
        Example("[[Unilever zijn]] van plan de fabriek te sluiten.", "Unilever is"),
        Example("[[Heerenveen hebben]] de wedstrijd gewonnen.", "Heerenveen heeft"),
        Example("[[Emmen blijven]] onderaan en verliest opnieuw.", "Emmen blijft"),
    )
    good = (
        "Feyenoord heeft de bekerfinale gewonnen.",
        "Ajax en PSV hebben allebei gewonnen.",
        "De Lakers hebben de finale gehaald.",
        "Zij hebben de finale gehaald.",
        "Zaterdag staan de finales op het programma.",
        "Landelijk ontbreken zo'n 10.000 leraren.",
        "Parijs hebben we vorig jaar bezocht.",
        "Emmen blijft onderaan en verliest opnieuw.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            words = [t for t in sentence.tokens if t.text not in '“‘"„']
            if len(words) < 3:
                continue
            name, verb = words[0], words[1]
            if name.tag != "SPEC" and not (name.tag == "N" and "eigen" in _features(name)):
                continue
            if not name.text[:1].isupper() or not _plural_verb(words, 1):
                continue
            if "nomin" in _features(words[2]):
                continue  # "Parijs hebben we verlaten": a fronted object
            place = (name.ner or "").endswith("LOC")
            word = default_speller().correct(name.lower)
            # "Heerenveen hebben": a place is one, whatever its ending; but
            # "Zaterdag staan …", "Landelijk ontbreken …" are words, not names
            one = not word and (place or not name.lower.endswith(("s", "en")))
            if not one and not _singular_predicate_after(words, 2, name):
                continue
            singular = _SINGULAR.get(verb.lower)
            yield self.finding(
                article,
                name.start,
                verb.end,
                f"'{name.text}' is één geheel: de persoonsvorm staat in het enkelvoud.",
                [f"{name.text} {singular}"] if singular else [],
            )


def _plural_verb(words: list[Token], v: int) -> bool:
    """A plural finite verb at v, or a plural Frog read as an infinitive after
    the name ("Kempen blijven zonder zege en …"): no finite verb of its own
    follows, only a coordinated one."""
    verb = words[v]
    if is_finite(verb):
        return "mv" in _features(verb)
    if verb.tag != "WW" or "inf" not in _features(verb) or verb.lower != verb.lemma:
        return False
    if v + 1 < len(words) and words[v + 1].tag == "WW":
        return False
    later = next((k for k in range(v + 1, len(words)) if is_finite(words[k])), None)
    return later is None or words[later - 1].lower in ("en", "of")


def _singular_predicate_after(words: list[Token], v: int, name: Token) -> bool:
    """ "Kempen blijven zonder zege en staat vier punten …": the same subject
    goes on with a singular verb after "en", so the name is one club or place."""
    if not (name.ner or "").endswith(("LOC", "ORG")):
        return False
    for k in range(v, len(words) - 1):
        if words[k].text in _CLAUSE_END and words[k].text != ",":
            return False
        if words[k].lower not in ("en", "of") or not is_finite(words[k + 1]):
            continue
        after = words[k + 2] if k + 2 < len(words) else None
        subject_after = after is not None and (
            after.tag in ("LID", "SPEC") or after.lower == "er" or "nomin" in _features(after)
        )
        return _number(words[k + 1]) == "ev" and not subject_after
    return False


# Adjectives that form no fixed term with a het-word ("het openbaar vervoer",
# "het groot onderhoud" are Dutch): after "het" they always take -e.
_ALWAYS_E_AFTER_HET = frozenset(grammar_words()["always_e_after_het"])


@register
class AdjectiveAfterHet(Check):
    code = "GR412"
    name = "adjective-e-after-het"
    category = "fluency/grammar"
    needs_frog = True
    doc = """An adjective without -e after "het" or "dit": "het nieuw migratiepact".

After a definite article or a demonstrative an adjective takes -e, also
before a het-word: het nieuwe pact, dit vorige jaar. Only adjectives that
form no fixed term with the noun are checked ("het openbaar vervoer" and "het
groot onderhoud" are Dutch), before a singular het-word."""
    bad = (
        Example("Zo staat het in het [[nieuw]] migratiepact van de EU.", "nieuwe"),
        Example("Het [[vorig]] jaar was het warmste ooit gemeten.", "vorige"),
    )
    good = (
        "Zo staat het in het nieuwe migratiepact van de EU.",
        "Het openbaar vervoer rijdt weer.",
        "Er komt een nieuw migratiepact.",
        "Het plan is nieuw.",
        "Ze zei dat vorig jaar het aantal daalde.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        from nakijker.checks.grammar import listed_het_word, noun_gender

        for sentence in article.sentences:
            tokens = sentence.tokens
            for i in range(len(tokens) - 2):
                det, adj, noun = tokens[i], tokens[i + 1], tokens[i + 2]
                if det.lower not in ("het", "dit") or det.tag not in ("LID", "VNW"):
                    continue
                lemma = (adj.lemma or "").lower()
                if adj.tag != "ADJ" or adj.lower != lemma or lemma not in _ALWAYS_E_AFTER_HET:
                    continue
                if not is_noun(noun) or "mv" in _features(noun):
                    continue
                if noun_gender(noun) != "onz" and not listed_het_word(noun.text):
                    continue
                form = inflected(lemma)
                if form is None or not default_speller().correct(form):
                    continue
                fixed = form.capitalize() if adj.text[0].isupper() else form
                yield self.finding(
                    article,
                    adj.start,
                    adj.end,
                    f"Na '{det.text}' krijgt het bijvoeglijk naamwoord een -e: '{fixed}'.",
                    [fixed],
                )


# Makers of works: "X van regisseur Y" names a film, book or song whose title
# may be plural ("Stille wateren van regisseur Radović heeft gewonnen").
_CREATORS = frozenset(grammar_words()["creators"])


def _work_by_creator(tokens: list[Token], v: int) -> bool:
    return (
        v + 1 < len(tokens)
        and tokens[v].lower == "van"
        and any(t.lower in _CREATORS for t in tokens[v + 1 : v + 4])
    )


# Adjectives that, before another adjective, say how much of it: the adverb
# takes no -e ("een uitzonderlijk natte lente"). Words that are as often a
# second adjective of their own (enorm, bijzonder, echt) are left out.
_DEGREE_ADVERBS = frozenset(grammar_words()["degree_adverbs"])


@register
class InflectedDegreeAdverb(Check):
    code = "GR429"
    name = "inflected-degree-adverb"
    category = "fluency/grammar"
    needs_frog = True
    doc = """A degree adverb with -e before an adjective: "een uitzonderlijke natte lente".

Before an adjective, words such as uitzonderlijk, extreem, relatief, typisch
and historisch say how much of it; they are adverbs then and take no -e
(een uitzonderlijk natte lente, een historisch lage rente). English has no
inflection to show the difference, so translations inflect both. Flagged
when such a word with -e stands directly before an inflected adjective and
a noun; with a comma between them they are two adjectives and left alone."""
    bad = (
        Example("Telers rooiden minder na een [[uitzonderlijke]] natte lente.", "uitzonderlijk"),
        Example("De centrale bank hield de [[historische]] lage rente vast.", "historisch"),
        Example("Het was een [[typische]] Nederlandse zomer.", "typisch"),
    )
    good = (
        "Telers rooiden minder na een uitzonderlijk natte lente.",
        "Het was een uitzonderlijke, natte lente.",
        "De historische binnenstad trok veel bezoekers.",
        "Het was een typische zomer met een enorme rode ballon.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = sentence.tokens
            for i in range(len(tokens) - 2):
                degree, adjective, noun = tokens[i], tokens[i + 1], tokens[i + 2]
                lemma = degree.lemma or ""
                if lemma not in _DEGREE_ADVERBS or not degree.lower.endswith("e"):
                    continue
                if degree.tag != "ADJ" or "met-e" not in _features(degree):
                    continue
                if "met-e" not in _features(adjective) or adjective.tag != "ADJ":
                    continue
                if not is_noun(noun):
                    continue
                plain = degree.text[: len(lemma)] if degree.lower.startswith(lemma) else lemma
                yield self.finding(
                    article,
                    degree.start,
                    degree.end,
                    f"'{degree.text}' zegt hier hoe '{adjective.text}' iets is en krijgt "
                    f"geen -e: '{plain}'.",
                    [plain],
                )


@register
class CollectivePossessive(Check):
    code = "GR432"
    name = "collective-hun"
    category = "fluency/grammar"
    needs_frog = True
    doc = """"hun" for one organisation: "Het bedrijf meldde dat hun omzet steeg".

English "their" refers to a company or a government; Dutch refers to one
body with "zijn" (a het-word: het bedrijf, het kabinet) or "haar" (a de-word:
de regering, de gemeente). Flagged when the sentence opens with such a
singular body and "hun" follows with no plural noun, pronoun or name in
between that it could refer to."""
    bad = (
        Example("Het bedrijf meldde dat [[hun]] omzet met tien procent steeg.", "zijn"),
        Example("De gemeente heeft [[hun]] begroting dinsdag gepresenteerd.", "haar"),
    )
    good = (
        "Het bedrijf meldde dat zijn omzet met tien procent steeg.",
        "Het bedrijf bedankte de medewerkers voor hun inzet.",
        "De gemeente sprak met Jan en Piet over hun plannen.",
        "De ministers zeiden dat hun plan werkt.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = sentence.tokens
            body = _opening_body(tokens)
            if body is None:
                continue
            for token in tokens[body + 1 :]:
                if token.lower == "hun" and token.tag == "VNW" and "bez" in _features(token):
                    fix = "zijn" if noun_gender(tokens[body]) == "onz" else "haar"
                    yield self.finding(
                        article,
                        token.start,
                        token.end,
                        f"'{tokens[body].text}' is één instantie: '{fix}', niet 'hun'.",
                        [fix],
                    )
                    break
                if _other_antecedent(token):
                    break


def _opening_noun(tokens: list[Token], articles: tuple[str, ...]) -> int | None:
    """The index of the word after the article and adjectives that open the
    sentence ("Het nieuwe kabinet"), when one of ``articles`` opens it."""
    if len(tokens) < 4 or tokens[0].lower not in articles:
        return None
    k = 1
    while k < len(tokens) and tokens[k].tag == "ADJ":
        k += 1
    return k if k < len(tokens) else None


def _opening_body(tokens: list[Token]) -> int | None:
    """The index of the noun of "Het bedrijf", "De regering" opening the sentence."""
    k = _opening_noun(tokens, ("de", "het"))
    if k is None or (tokens[k].lemma or tokens[k].lower) not in _BODIES:
        return None
    return k if _number(tokens[k]) == "ev" else None


def _other_antecedent(token: Token) -> bool:
    """A plural noun, a name or a plural pronoun that "hun" may refer to."""
    if token.tag == "SPEC" or token.lower in ("ze", "zij", "hen", "hun", "wij", "we", "jullie"):
        return True
    return token.tag in ("N", "WW", "ADJ") and "mv" in _features(token)


_BODIES = frozenset(grammar_words()["bodies"])


# het-words for people: "het slachtoffer … hij", "het meisje … zij" are right.
_PERSON_HET_ENDINGS = tuple(grammar_words()["person_het_words"])
_PRONOUN_FOR_HET = {"hij": "het", "zij": "het", "haar": "zijn"}


@register
class PronounForHetWord(Check):
    code = "GR434"
    name = "pronoun-for-het-word"
    category = "fluency/grammar"
    needs_frog = True
    doc = """"hij", "zij" or "haar" for a thing or body that is a het-word: "Het verdrag
werd gesloten, maar hij is nooit geratificeerd".

English refers to a treaty or a ministry with "it" and "its"; machine
translation picks "hij", "zij" or "haar" as if for a de-word. A het-word
takes "het" and "zijn": "maar het is nooit geratificeerd", "Het ministerie
heeft zijn jaarverslag gepubliceerd". Flagged when the sentence opens with a
singular het-word and such a pronoun follows with no other noun, name or
pronoun in between that it could refer to. Het-words for people (het
slachtoffer, het kamerlid, het meisje) take "hij" or "zij" and are left
alone."""
    bad = (
        Example("Het verdrag werd in 2015 gesloten, maar [[hij]] is nooit geratificeerd.", "het"),
        Example("Het ministerie heeft [[haar]] jaarverslag dinsdag gepubliceerd.", "zijn"),
        Example("Het kabinet liet weten dat [[zij]] de plannen volgend jaar uitvoert.", "het"),
        Example("Het museum heropende zaterdag [[haar]] deuren.", "zijn"),
    )
    good = (
        "Het verdrag werd in 2015 gesloten, maar het is nooit geratificeerd.",
        "Het ministerie heeft zijn jaarverslag dinsdag gepubliceerd.",
        "Het slachtoffer zei dat hij niets had gezien.",
        "Het meisje vertelde dat zij bang was.",
        "Het kabinet sprak met de burgemeester, die zei dat zij het plan steunt.",
        "Het bedrijf bedankte Anna voor haar inzet.",
        "Het museum heropende zaterdag zijn deuren.",
        "Het huis waarin hij woonde, is verkocht.",
        "Minister Jansen bezocht de stad. Het bezoek duurde kort, maar hij sprak met bewoners.",
        "Het geld gebruikte hij onder meer voor een nieuwe keuken.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for tokens, before in _with_previous(article):
            noun = _opening_het_word(tokens)
            if noun is None or any(_person(t) for t in before):
                continue  # "Minister Jansen … Het bezoek duurde kort, maar hij …"
            if _fronted_object(tokens, noun):
                continue  # "Het geld gebruikte hij voor …": the het-word is the object
            for token in tokens[noun + 1 :]:
                if "betr" in _features(token) or token.lower.startswith("waar"):
                    break  # "Het huis waarin hij woonde": someone else's clause
                fix = _PRONOUN_FOR_HET.get(token.lower)
                if fix and token.tag == "VNW" and self._fits(token):
                    yield self.finding(
                        article,
                        token.start,
                        token.end,
                        f"'{tokens[noun].text}' is een het-woord: '{fix}', niet '{token.text}'.",
                        [fix],
                    )
                    break
                if _when(token):
                    continue  # "heropende zaterdag haar deuren"
                if token.tag in ("N", "SPEC") or (
                    token.tag == "VNW" and "pers" in _features(token)
                ):
                    break

    @staticmethod
    def _fits(token: Token) -> bool:
        """ "haar" as a possessive, "hij"/"zij" as a subject."""
        feats = _features(token)
        return "bez" in feats if token.lower == "haar" else "pers" in feats


def _fronted_object(tokens: list[Token], noun: int) -> bool:
    """The opening noun phrase, the finite verb, then a personal pronoun as the
    subject: the noun phrase is a fronted object."""
    if noun + 2 >= len(tokens) or not is_finite(tokens[noun + 1]):
        return False
    subject = tokens[noun + 2]
    return subject.tag == "VNW" and "nomin" in _features(subject)


_TIME_WORDS = frozenset(grammar_words()["time_words_gr434"])


def _when(token: Token) -> bool:
    """A day, month or time noun, which no pronoun refers to."""
    word = token.lower
    return word in _TIME_WORDS or word in MONTHS_NL or word.startswith(tuple(DAYS_NL))


def _person(token: Token) -> bool:
    """A person named or referred to, whom a later "hij" or "zij" may mean."""
    person_word = token.text.islower() and is_role_word(token.lower)
    return (token.ner or "").endswith("PER") or person_word or token.lower in ("hij", "zij")


def _with_previous(article: Article) -> Iterator[tuple[list[Token], list[Token]]]:
    """Each sentence's tokens with the previous sentence's (empty for the
    first): a pronoun may refer back across the full stop."""
    before: list[Token] = []
    for sentence in article.sentences:
        yield sentence.tokens, before
        before = sentence.tokens


def _opening_het_word(tokens: list[Token]) -> int | None:
    """The index of the noun of "Het verdrag", "Het nieuwe kabinet" opening the sentence."""
    k = _opening_noun(tokens, ("het",))
    if k is None or noun_gender(tokens[k]) != "onz" or not tokens[k].text.islower():
        return None
    return None if tokens[k].lower.endswith(_PERSON_HET_ENDINGS) else k


def _opened_earlier(tokens: list[Token], i: int) -> bool:
    """ "de ingevallen Noorse spits": modifiers back to an article or determiner."""
    j = i - 1
    while j >= 0 and tokens[j].pos.startswith(("ADJ", "WW(vd", "WW(od")):
        j -= 1
    return j < i - 1 and j >= 0 and (tokens[j].tag == "LID" or tokens[j].lower in _DETERMINER_WORDS)


def _capitalised_as_opener(tokens: list[Token], i: int) -> bool:
    """The adjective opens the sentence and Frog sees no place in it."""
    opener = not any(t.is_word for t in tokens[:i])
    return opener and not (tokens[i].ner or "").endswith(("LOC", "MISC"))


def _describes(noun: Token, name: Token) -> bool:
    """A title before a name, or any singular common noun before a proper
    one: "Deense renner Emil Vestergaard", "Duitse autofabrikant Volkswagen"."""
    if is_role_word(noun.lower):
        return True
    return noun.pos.startswith("N(soort,ev") and name.pos.startswith(("SPEC(deeleigen", "N(eigen"))


# Words before "Amerikaanse president X" that make an article needless.
_TAKES_NO_ARTICLE = frozenset({"LID", "TW", "ADJ"})
# Determiners Frog may tag otherwise: "Zijn" as the verb, "De" after a dateline as a name.
_DETERMINER_WORDS = frozenset(grammar_words()["determiner_words"])


@register
class MissingArticle(Check):
    code = "GR435"
    name = "missing-article"
    category = "fluency/grammar"
    needs_frog = True
    doc = """English zero article: "Amerikaanse president Joe Biden zei", "Politie meldde".

English writes "US President Joe Biden said" and "Police said" without an
article; Dutch needs one: "de Amerikaanse president Joe Biden", "De
politie meldde". Flagged in two shapes: an inflected adjective, a title and
a name with no article or determiner before them; and a singular
organisation (politie, regering, kabinet …) that opens the sentence, or
follows "volgens", bare. A bare title before a name is Dutch ("premier
Schoof", "Amerikaans president Trump") and is left alone, and so is a pair
("Politie en justitie werken samen")."""
    bad = (
        Example("[[Amerikaanse]] president Joe Biden zei woensdag dat de sancties blijven.", None),
        Example("Het plan werd gesteund door [[Franse]] president Macron.", None),
        Example("[[Noorse]] schaatser Lars Dahl won zondag de 1500 meter.", None),
        Example("[[Japanse]] elektronicaconcern Sanyo schrapt vierhonderd banen.", None),
        Example("[[Politie]] zei dat de verdachte nog voortvluchtig is.", "De politie"),
        Example("Volgens [[politie]] was de man dronken.", "de politie"),
        Example("[[Kabinet]] heeft het plan dinsdag gepresenteerd.", "Het kabinet"),
    )
    good = (
        "De Amerikaanse president Joe Biden zei woensdag dat de sancties blijven.",
        "Franse premier stapt op na verloren vertrouwensstemming\n\nDe Franse premier is maandag afgetreden.",
        "Premier Schoof zei dat het kabinet doorgaat.",
        "Amerikaans president Trump zei dat hij komt.",
        "Politie en justitie werken samen.",
        "Volgens de politie was de man dronken.",
        "Zijn Franse collega Macron zei niets.",
        "Politie zoekt getuigen",
        "Hoge vertegenwoordiger Kaja Kallas noemde het akkoord een signaal.",
        "De Noorse schaatser Lars Dahl won zondag de 1500 meter.",
        "Het Japanse elektronicaconcern Sanyo schrapt vierhonderd banen.",
        "Zijn Noorse ploeggenoot Lars Dahl werd tweede.",
        "In de rust kwam de ingevallen Zweedse spits Erik Lund het veld in.",
        "Noorse schaatsers Dahl en Berg wonnen goud.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            if _headline(article, sentence):
                continue  # "Spaanse prinses Leonor begint aan opleidingsreis": headlines drop articles
            tokens = sentence.tokens
            first = next((i for i, t in enumerate(tokens) if t.is_word), None)
            if first is None:
                continue
            for i in range(len(tokens)):
                finding = self._titled_name(article, tokens, i) or self._bare_body(
                    article, tokens, i, first
                )
                if finding:
                    yield finding

    def _titled_name(self, article: Article, tokens: list[Token], i: int) -> Finding | None:
        """ "Amerikaanse president Joe Biden" with nothing before it."""
        if i + 2 >= len(tokens) or tokens[i].tag != "ADJ" or "met-e" not in _features(tokens[i]):
            return None
        title, name = tokens[i + 1], tokens[i + 2]
        if not (title.text.islower() and _describes(title, name) and name.text[:1].isupper()):
            return None
        # an adjective of place ("Amerikaanse", "Europese"); not a fixed title
        # that opens the sentence ("Hoge vertegenwoordiger Kaja Kallas")
        adjective = tokens[i]
        if not (adjective.text[:1].isupper() and adjective.lower.endswith(("se", "sche"))):
            return None
        if not is_role_word(title.lower) and _capitalised_as_opener(tokens, i):
            return None  # "Elektrische autofabrikant Voltara": no adjective of place
        before = tokens[i - 1] if i > 0 else None
        if before is not None and (
            before.tag in _TAKES_NO_ARTICLE
            or "det" in _features(before)
            or before.lower in _DETERMINER_WORDS
            or _opened_earlier(tokens, i)
            or before.text.endswith("-")
        ):
            return None
        return self.finding(
            article,
            tokens[i].start,
            tokens[i].end,
            f"Voor '{tokens[i].text} {title.text}' hoort een lidwoord: 'de {tokens[i].text}'.",
        )

    def _bare_body(
        self, article: Article, tokens: list[Token], i: int, first: int
    ) -> Finding | None:
        """ "Politie zei", "Volgens politie": an organisation without its article."""
        noun = tokens[i]
        if noun.lower not in _BODIES or noun.tag != "N" or "ev" not in _features(noun):
            return None
        opening = i == first and noun.text[0].isupper()
        after_volgens = i > 0 and tokens[i - 1].lower == "volgens"
        if not (opening or after_volgens) or i + 1 >= len(tokens):
            return None
        following = tokens[i + 1]
        if opening and not (following.tag == "WW" and is_finite(following)):
            return None
        if after_volgens and following.tag not in ("LET", "WW"):
            return None  # "volgens politiewoordvoerder", "volgens politie en justitie"
        if not any(t.text in ".!?" for t in tokens[i:]):
            return None  # a headline: "Politie zoekt getuigen"
        article_word = "het" if noun_gender(noun) == "onz" else "de"
        fixed = f"{article_word} {noun.lower}"
        fixed = fixed.capitalize() if opening else fixed
        return self.finding(
            article,
            noun.start,
            noun.end,
            f"In het Nederlands krijgt '{noun.lower}' hier een lidwoord: '{fixed}'.",
            [fixed],
        )


# Organisations that are de-words: English "it" for them is "ze" (or "hij"), never "het".
_DE_BODIES = frozenset(grammar_words()["de_bodies"])
# Verbs whose "het" is empty or a situation, not the organisation: "dat het
# om drie woningen gaat", "dat het de burgers geld kost", "dat het regent".
_EXPLETIVE_VERBS = frozenset(grammar_words()["expletive_verbs"])
_NOUN_PHRASE_OPENERS = frozenset({"LID", "TW"})


@register
class HetForDeWordBody(Check):
    code = "GR439"
    name = "het-for-de-word-body"
    category = "fluency/grammar"
    needs_frog = True
    doc = """"het" for an organisation that is a de-word: "De luchtmacht zei dat het 41
drones had neergeschoten".

English refers to a government, police force or bank with "it"; machine
translation writes "het", which only refers to a het-word. A de-word takes
"ze" (or "hij"): "De politie meldde dat ze twee verdachten heeft
aangehouden". Flagged when the sentence opens with such a body, a
subordinate clause later starts with "het" as its subject, followed by an
object (an article or a count) and a verb of doing, and no het-word, name or
pronoun stands in between, nor in the sentence before, that "het" could
refer to. "dat het om drie woningen gaat", "dat het de burgers geld kost",
"dat het de hele nacht regende" have an empty "het" and are left alone."""
    bad = (
        Example("De politie meldde dinsdag dat [[het]] twee verdachten heeft aangehouden.", "ze"),
        Example("De gemeente liet weten dat [[het]] de subsidie volgend jaar stopzet.", "ze"),
        Example("De Europese Commissie zei dat [[het]] een onderzoek naar de deal start.", "ze"),
        Example(
            "Drones troffen Odesa, zei gouverneur Kiper. De luchtmacht meldde dat [[het]] "
            "dertig drones had neergeschoten.",
            "ze",
        ),
    )
    good = (
        "De politie meldde dinsdag dat ze twee verdachten heeft aangehouden.",
        "De politie zei dat het onderzoek nog loopt.",
        "De gemeente meldde dat het om drie woningen gaat.",
        "De regering zei dat het de burgers twee miljoen euro kost.",
        "De politie meldde dat het de hele nacht had geregend.",
        "De bank meldde dat het bedrijf driehonderd banen schrapt.",
        "De commissie zei dat het kabinet het rapport in mei krijgt.",
        "Het kabinet sloot een akkoord. De regering zei dat het de uitstoot halveert.",
        "Ze sloten een akkoord. De regering zei dat het de uitstoot halveert.",
        "Shell verkoopt zijn raffinaderij. De toezichthouder zei dat het de verkoop goedkeurt.",
        "De rechtbank zei over het bedrijf dat het de boete moet betalen.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for tokens, before in _with_previous(article):
            body = _opening_de_body(tokens)
            if body is None or _het_referent_before(before):
                continue
            for h in range(body + 1, len(tokens) - 2):
                token = tokens[h]
                if token.lower == "het" and self._subject_het(tokens, h):
                    yield self.finding(
                        article,
                        token.start,
                        token.end,
                        f"'{tokens[body].text}' is een de-woord: 'ze', niet 'het'.",
                        ["ze"],
                    )
                    break
                if _het_antecedent(token) or token.lower == "het":
                    break

    @staticmethod
    def _subject_het(tokens: list[Token], h: int) -> bool:
        """ "dat het 41 drones had neergeschoten": "het" right after a
        subordinating conjunction, an object phrase after it, and a clause
        whose verbs are verbs of doing."""
        opener, following = tokens[h - 1], tokens[h + 1]
        if opener.tag != "VG" or "onder" not in _features(opener):
            return False
        determiner = following.tag == "VNW" and "det" in _features(following)
        if following.tag not in _NOUN_PHRASE_OPENERS and not determiner:
            return False
        if following.tag == "TW" and "rang" in _features(following):
            return False  # "het eerste kwartaal": an article
        clause = []
        for t in tokens[h + 1 :]:
            if t.text in _CLAUSE_END or t.tag == "VG" or "betr" in _features(t):
                break
            clause.append(t)
        verbs = [t for t in clause if t.tag == "WW" and "prenom" not in _features(t)]
        if (
            not verbs
            or not any(is_finite(t) for t in verbs)
            or any(t.lower == "te" for t in clause)
        ):
            return False
        return (verbs[-1].lemma or "") not in _EXPLETIVE_VERBS


def _opening_de_body(tokens: list[Token]) -> int | None:
    """The index of the noun of "De (Oekraïense) luchtmacht" opening the sentence."""
    k = _opening_noun(tokens, ("de",))
    while k is not None and k + 1 < len(tokens) and tokens[k].tag == tokens[k + 1].tag == "SPEC":
        k += 1  # "De Europese Commissie": Frog tags the whole name
    if k is None or (tokens[k].lemma or tokens[k].lower).lower() not in _DE_BODIES:
        return None
    if tokens[k].tag == "SPEC":
        return k  # "De Europese Commissie": a name made of the listed word
    return k if _number(tokens[k]) == "ev" and noun_gender(tokens[k]) == "zijd" else None


def _het_referent_before(tokens: list[Token]) -> bool:
    """A referent for "het" in the sentence before: a company or other
    organisation's name ("Shell") or a het-word ("een akkoord").
    People take "hij"/"zij", and a place rarely does what "het" does here."""
    for k, token in enumerate(tokens):
        if token.tag == "SPEC" and (token.ner or "O")[2:] not in ("PER", "LOC", ""):
            return True
        # "het", "dit", "dat" before a noun make it a het-word, and so does Frog's gender
        if k > 0 and tokens[k - 1].lower in ("het", "dit", "dat") and is_noun(token):
            return True
        if is_noun(token) and _number(token) == "ev" and noun_gender(token) == "onz":
            return True
    return False


def _het_antecedent(token: Token) -> bool:
    """A singular het-word, a name or a pronoun that "het" may refer to."""
    if token.tag == "SPEC" and token.text[:1].isupper():
        return True
    if token.tag == "VNW" and token.lower in ("dit", "dat", "hij", "zij", "ze", "zich"):
        return "pers" in _features(token) or "pron" in _features(token)
    return is_noun(token) and _number(token) == "ev" and noun_gender(token) == "onz"


# Verbs whose dative person may come first in a subordinate clause, so that the
# first noun phrase is no subject: "dat de minister de fouten zijn ontgaan".
_DATIVE_FIRST = frozenset(grammar_words()["dative_first_verbs"])


@register
class FinalVerbAgreement(Check):
    code = "GR442"
    name = "final-verb-number"
    category = "fluency/grammar"
    severity = "major"
    needs_frog = True
    doc = """The verb at the end of a subordinate clause does not agree with the
subject that opens it: "dat het personeel een baan krijgen aangeboden",
"dat wachtwoorden en betaalgegevens versleuteld was".

In a clause opened by dat, omdat, nadat … the subject comes first and the
finite verb last, so English number slips there are far from their
subject. Checked when the clause opens with a singular noun phrase (an
article or possessive, adjectives, a singular noun that is no quantity word
like aantal or helft) or a plural one (a plural noun, or two noun phrases
joined by "en"), and ends in a verb cluster whose finite verb has the other
number, with no other verb or subject pronoun in between. A relative
clause opened by "waarvan", "waarin", "waarbij" … after a noun or comma is
read the same way ("waarvan alleen de kelders bewaard is gebleven").
Copulas and verbs
whose dative comes first ("dat de minister de fouten zijn ontgaan") are
left alone."""
    bad = (
        Example("Ze meldt dat het bestuur het voorstel volgende week [[bespreken]].", None),
        Example(
            "Hij zei dat de kinderen en hun ouders na de brand snel [[werd]] opgevangen.", None
        ),
        Example("Omdat de winkels op zondag niet meer [[opengaat]], zijn de straten leeg.", None),
        Example("De bond meldt dat de vereniging haar leden een korting [[geven]].", None),
        Example("Het kasteel, waarvan alleen de kelders bewaard [[is]] gebleven, is open.", None),
        Example(
            "Het rapport, waarin de inspecteurs de cijfers [[noemt]], verscheen maandag.", None
        ),
    )
    good = (
        "Ze meldt dat het bestuur het voorstel volgende week bespreekt.",
        "Hij zei dat de kinderen en hun ouders na de brand snel werden opgevangen.",
        "Hij zei dat het grootste probleem de lange wachtlijsten zijn.",
        "Ze meldt dat de minister de fouten zijn ontgaan.",
        "Hij zei dat het personeel een baan wordt aangeboden.",
        "Ze zei dat een aantal leden het plan steunen.",
        "Hij zei dat het bedrijf hun werknemers meer geld geeft.",
        "Ze zei dat de regering hen niet wil helpen.",
        "De boete volgde omdat die jonge klanten onvoldoende heeft beschermd.",
        "Het is een geschil oplossen dat de handelaren al weken bezighoudt.",
        "Ze verwachten dat de zee niveaus van de oceanen zullen stijgen.",
        "Ze zien dat bomen hun bladeren te vroeg verliezen.",
        "Het kasteel, waarvan alleen de kelders bewaard zijn gebleven, is open.",
        "Het rapport, waarin de inspecteurs de cijfers noemen, verscheen maandag.",
        "Het dorp waar de boeren wonen, is klein.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = sentence.tokens
            for j in range(len(tokens) - 2):
                if _relative_adverb(tokens, j):
                    k = j + 1
                    while k < len(tokens) - 1 and tokens[k].lower in _FOCUS_PARTICLES:
                        k += 1
                    found = self._mismatch(tokens, k)
                elif (
                    _subordinator(tokens, j)
                    or _complementiser_dat(tokens, j)
                    or _dat_before_plural(tokens, j)
                ):
                    found = self._mismatch(tokens, j + 1)
                else:
                    continue
                if found is None or _relative_dat(tokens, j, found[1]):
                    continue
                (first, last, number), verb = found
                yield self.finding(
                    article,
                    verb.start,
                    verb.end,
                    f"De persoonsvorm '{verb.text}' aan het eind van de bijzin past niet bij "
                    f"het onderwerp '{' '.join(t.text for t in tokens[first : last + 1])}' "
                    f"({'enkelvoud' if number == 'ev' else 'meervoud'}).",
                )

    @staticmethod
    def _mismatch(tokens: list[Token], k: int) -> tuple[tuple[int, int, str], Token] | None:
        subject = _opening_np(tokens, k)
        if subject is None:
            return None
        _, last, number = subject
        end = last + 1
        while end < len(tokens) and not (
            tokens[end].text in _CLAUSE_END or tokens[end].tag == "VG" or _relative(tokens[end])
        ):
            end += 1
        cluster = end
        while cluster > last + 1 and tokens[cluster - 1].tag == "WW":
            cluster -= 1
        middle = tokens[last + 1 : cluster]
        if middle and (middle[-1].tag in ("LID", "VZ") or middle[-1].lower == "te"):
            return None  # "te nemen", "het zwemmen", "te vroeg": no finite verb
        if cluster == end or any(_blocks_subject(t) for t in middle):
            return None
        verbs = tokens[cluster:end]
        verb = _finite_in_cluster(verbs)
        if verb is None or _verb_number(verb) in (None, number):
            return None
        if not middle and verb is verbs[0]:
            return None  # "dat de burgemeester en de wethouder was vertrokken": GR406's
        if _other_subject_possible(verb, verbs, middle):
            return None
        return subject, verb


# "waarvan alleen de paalgaten …": a focus word may stand before the subject.
_FOCUS_PARTICLES = frozenset({"alleen", "ook", "zelfs", "slechts", "vooral", "nog", "al"})


def _relative_adverb(tokens: list[Token], j: int) -> bool:
    """ "waarvan", "waarin", "waarbij" after a comma or a noun: a relative
    clause whose subject comes first, like one opened by "dat"."""
    word = tokens[j].lower
    if word == "waar" or word not in _RELATIVE_ADVERBS or tokens[j].tag != "BW":
        return False  # bare "waar" may be the conjunction "where"
    return j > 0 and (tokens[j - 1].text == "," or is_noun(tokens[j - 1]))


def _relative_dat(tokens: list[Token], j: int, verb: Token) -> bool:
    """ "een conflict te ontmijnen dat de markten onrustig maakt": "dat" not
    right after a finite verb may be a relative pronoun, the subject of a
    singular verb, with the plural noun phrase its object."""
    if tokens[j].lower != "dat" or j == 0 or is_finite(tokens[j - 1]):
        return False
    return _verb_number(verb) == "ev"


def _dat_before_plural(tokens: list[Token], j: int) -> bool:
    """ "meldde dat wachtwoorden en …": "dat" that Frog read as a demonstrative
    after a finite verb, before a plural it cannot point at."""
    if tokens[j].lower != "dat" or tokens[j].tag != "VNW" or j == 0:
        return False
    if not is_finite(tokens[j - 1]):
        return False
    return j + 1 < len(tokens) and _number(tokens[j + 1]) == "mv"


def _other_subject_possible(verb: Token, verbs: list[Token], middle: list[Token]) -> bool:
    """A later noun phrase may be the subject: after a copula ("dat het probleem
    de wachtlijsten zijn"), in a passive with a dative ("dat het personeel een
    baan wordt aangeboden") and with a verb whose dative comes first."""
    lemmas = {v.lemma or "" for v in verbs}
    if lemmas & _DATIVE_FIRST:
        return True
    number = _verb_number(verb)
    if (verb.lemma or "") in _COPULAS and len(verbs) == 1 and _bare_noun_of(middle, number):
        return True
    return (verb.lemma or "") in ("worden", "zijn") and bool(lemmas & _DATIVE_VERBS)


def _bare_noun_of(middle: list[Token], number: str | None) -> bool:
    """A noun of this number outside a prepositional phrase: a predicate."""
    for k, t in enumerate(middle):
        if _number(t) != number:
            continue
        j = k - 1
        while j >= 0 and (middle[j].tag in ("LID", "ADJ") or _possessive(middle[j])):
            j -= 1
        if j < 0 or middle[j].tag != "VZ":
            return True
    return False


# Finite verbs that head a verb cluster: "zullen blijven stijgen", "had gezien".
_CLUSTER_VERBS = frozenset(grammar_words()["cluster_verbs"])
_COPULAS = frozenset({"zijn", "worden", "blijven", "lijken", "blijken", "heten"})


def _relative(token: Token) -> bool:
    return token.tag == "VNW" and "betr" in _features(token)


def _blocks_subject(token: Token) -> bool:
    """A verb, or a pronoun that may be the subject itself, in the middle field."""
    if token.tag == "WW":
        return "prenom" not in _features(token)  # "volgende week" is no verb
    if token.lower in ("er", "hij", "zij", "ze", "we", "wij", "ik", "men"):
        return True
    feats = _features(token)
    return token.tag == "VNW" and ("nomin" in feats or ("pron" in feats and "obl" not in feats))


def _finite_in_cluster(verbs: list[Token]) -> Token | None:
    """The finite verb of a clause-final cluster; a first verb in -en that
    Frog read as an infinitive counts when no other is finite."""
    finite = [v for v in verbs if is_finite(v)]
    if len(finite) == 1:
        # before another verb only an auxiliary is finite ("vroeg verliezen" is an adverb)
        leads = finite[0] is not verbs[-1]
        return None if leads and (finite[0].lemma or "") not in _CLUSTER_VERBS else finite[0]
    if finite or "inf" not in _features(verbs[0]):
        return None
    if len(verbs) == 1:
        return verbs[0]  # "dat de regering maatregelen nemen": the clause's only verb
    return verbs[0] if "vd" in _features(verbs[-1]) else None


def _verb_number(verb: Token) -> str | None:
    feats = _features(verb)
    if "inf" in feats or "mv" in feats:
        return "mv"
    return "ev" if "ev" in feats or "met-t" in feats else None


def _opening_np(tokens: list[Token], k: int) -> tuple[int, int, str] | None:
    """(first, last, number) of a noun phrase at k, or of two joined by "en"."""
    one = _simple_np(tokens, k)
    if one is None:
        return None
    last, number = one
    if last + 2 < len(tokens) and tokens[last + 1].lower == "en":
        two = _simple_np(tokens, last + 2)
        if two is None:
            return None
        return k, two[0], "mv"
    if last + 1 < len(tokens) and tokens[last + 1].lower in ("van", "met", "of", "uit", ","):
        return None
    if last + 1 < len(tokens) and tokens[last + 1].tag == "N":
        return None  # "de water standen": a compound written apart  # "het merendeel van de leden": the number is the complement's
    return k, last, number


def _simple_np(tokens: list[Token], k: int) -> tuple[int, str] | None:
    """(last, number) of [determiner] adjective* noun at k."""
    if k < len(tokens) and tokens[k].lower in ("die", "dat"):
        return None  # "omdat die jonge spelers …": "die" may be the subject itself
    determined = k < len(tokens) and (_is_determiner(tokens[k]) or _possessive(tokens[k]))
    j = k + 1 if determined else k
    while j < len(tokens) and tokens[j].tag == "ADJ":
        j += 1
    if j >= len(tokens) or tokens[j].tag != "N" or not tokens[j].text.islower():
        return None
    number = _number(tokens[j])
    if number == "ev" and (not determined or tokens[j].lower in _QUANTITY):
        return None
    if number == "ev" and tokens[k].lower in ("een", "geen"):
        return None  # "een aantal", "geen van": leave indefinite ones alone
    return (j, number) if number in ("ev", "mv") else None
