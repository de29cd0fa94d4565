"""Word forms a spell checker cannot judge alone: a d/t ending that depends on
the subject, and a proper adjective written in lower case."""

from __future__ import annotations

from collections.abc import Iterator

from wordfreq import zipf_frequency

from nakijker.checks.base import Check, Example, Finding, register
from nakijker.checks.function_words import _ROLE_VERBS, CLAUSE_MARKS
from nakijker.checks.grammar import (
    _features,
    _possessive,
    is_finite,
    is_noun,
    split_clauses,
)
from nakijker.config import Config
from nakijker.doc import Article, Token
from nakijker.lexicon.hunspell import default_speller

# Third-person subjects that can stand right before the finite verb.
_THIRD_PERSON = {"hij", "zij", "het", "dit", "dat", "men", "u", "iemand", "niemand", "iedereen"}
# After these the stem form is right: "Word je", "vind ik".
_SECOND_OR_FIRST = {"je", "jij", "ik"}


# Unstressed prefixes: the participle of "besteden" is "besteed", the stem.
_PARTICIPLE_IS_STEM = ("be", "ge", "ver", "ont", "her", "er")


def _stem_form(token: Token) -> bool:
    """A present singular finite verb in d without -t ("word", "vind", "houd"):
    only there does the ear not hear the missing t. Frog's lemma must be a verb
    whose participle is not the stem (besteed, verspreid)."""
    feats = _features(token)
    lemma = token.lemma or ""
    return (
        token.tag == "WW"
        and "pv" in feats
        and "tgw" in feats
        and "ev" in feats
        and token.text.isalpha()
        and token.text.islower()
        and token.lower.endswith("d")
        and lemma.endswith("en")
        and not lemma.startswith(_PARTICIPLE_IS_STEM)
        and default_speller().correct(token.lower + "t")
    )


def _third_person_before(token: Token) -> bool:
    if token.lower in _THIRD_PERSON:
        # "het begin", "dat jaar": an article or determiner, not a subject
        return token.tag == "VNW" and "det" not in _features(token)
    feats = _features(token)
    return (is_noun(token) and "ev" in feats) or (token.tag == "SPEC" and "deeleigen" in feats)


@register
class DtEnding(Check):
    code = "SP507"
    name = "dt-ending"
    category = "fluency/spelling"
    needs_frog = True
    doc = """A present-tense verb without its -t after a third-person subject: "De
ziekte word verspreid", "het bedrijf vind".

Frog tells the stem form ("word") from the form with -t ("wordt"). Flagged
when the stem form follows a singular noun, a name or hij/zij/het/dit/dat/men/u
directly, and no "je", "jij" or "ik" follows it ("Word je lid?", "Vind ik
ook"). The fix adds the -t."""
    bad = (
        Example("De ziekte [[word]] verspreid door sporen in de wind.", "wordt"),
        Example("Het bestuur [[vind]] de plannen te duur.", "vindt"),
        Example("Volgens de politie [[houd]] de dader zich schuil.", None),
    )
    good = (
        "De ziekte wordt verspreid door sporen in de wind.",
        "Word je lid van de vereniging, dan krijg je korting.",
        "Ik word morgen veertig.",
        "Het bestuur vindt de plannen te duur.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            tokens = sentence.tokens
            for i in range(1, len(tokens)):
                verb = tokens[i]
                if not _stem_form(verb):
                    continue
                after = tokens[i + 1].lower if i + 1 < len(tokens) else ""
                if after in _SECOND_OR_FIRST or tokens[i - 1].lower in _SECOND_OR_FIRST:
                    continue
                before = tokens[i - 1]
                # "Nu word het", but not "… en vind het" (ik left out)
                inverted = after in ("hij", "zij", "het", "men", "u") and before.tag == "BW"
                if not (_third_person_before(before) or inverted):
                    continue
                right = verb.text + "t"
                yield self.finding(
                    article,
                    verb.start,
                    verb.end,
                    f"d/t-fout: bij dit onderwerp hoort '{right}'.",
                    [right],
                )


def _proper_shape(token: Token) -> bool:
    """An adjective or proper noun by Frog's tag; without Frog, an adjective
    ending (nederlandse, franse). Common nouns with a capital in hunspell's
    list (kamerleden, eurocommissaris) are a matter of house style."""
    if token.pos:
        return token.tag == "ADJ" or "eigen" in _features(token)
    return token.lower.endswith(("se", "sche"))


_AUXILIARIES = {"hebben", "zijn", "worden"}


def _conjunction(token: Token) -> bool:
    return token.tag == "VG"


def _clause_boundary(token: Token) -> bool:
    """Punctuation or a conjunction; the conjunction opens the next clause."""
    return token.text in CLAUSE_MARKS or token.tag == "VG"


def _opens_clause_between(clause: list[Token], a: Token, b: Token) -> bool:
    """A relative or question word between two verbs starts a clause of its own:
    "is de vraag welke partij de verkiezing wint"."""
    inside = clause[clause.index(a) + 1 : clause.index(b)]
    if inside and _possessive(a, inside[0]):
        return True  # "op zijn finca": Frog's verb "zijn" is the possessive
    return any(
        t.lower.startswith("waar")
        or t.lower in ("die", "dat", "wat", "wie", "welke", "hoe", "wanneer")
        or (t.tag == "VNW" and {"betr", "vb"} & set(_features(t)))
        for t in inside
    )


_COMPARING = frozenset({"als", "zoals", "dan"})


def _compared_participle(clause: list[Token], participle: Token) -> bool:
    """ "wordt … als zeer klein beschouwd", "zoals eerder gepland": after a
    role or comparison word the participle belongs to the clause before; an
    "als" clause that would need a finite verb has a subject of its own."""
    if clause[0].lower not in _COMPARING:
        return False
    if (participle.lemma or "") in _ROLE_VERBS:
        return True
    return not any(t.tag in ("N", "SPEC", "VNW") for t in clause[1:-1])


def _swapped(word: str, ending: str) -> str | None:
    """The word with its last letter d/t swapped, when hunspell knows that form."""
    other = word[:-1] + ending
    return other if default_speller().correct(other) else None


def _plural_read_as_infinitive(clause: list[Token], verbs: list[Token]) -> bool:
    """ "dat westerse sancties binnenkort worden versoepeld": Frog may read a
    plural finite verb as the infinitive it looks like. A bare infinitive
    (no "te" before it) in a clause with no finite verb is that verb."""
    for verb in verbs[:-1]:
        k = clause.index(verb)
        if "inf" in _features(verb) and not (k > 0 and clause[k - 1].lower == "te"):
            return True
    return False


@register
class ParticipleFiniteEnding(Check):
    code = "SP509"
    name = "participle-or-finite-ending"
    category = "fluency/spelling"
    needs_frog = True
    doc = """A participle in -d where the finite verb in -t belongs, or the reverse:
"dat het de steun verlengd", "heeft de steun verlengt".

A subordinate clause (after "dat", "omdat" …) with no finite verb, ended by
a past participle in -d, needs the finite form in -t; a clause with a
finite hebben/zijn/worden whose last verb is a finite form in -t needs the
participle in -d, unless a relative or question word between them opens a
clause of its own. Frog tells participle from finite verb; the other form
must be a word hunspell knows. A bare infinitive before the participle is a
plural finite verb Frog misread ("dat de sancties worden versoepeld")."""
    bad = (
        Example("Het kabinet kondigde aan dat het de steun [[verlengd]].", "verlengt"),
        Example("Het kabinet heeft de steun [[verlengt]].", "verlengd"),
    )
    good = (
        "Het kabinet kondigde aan dat het de steun verlengt.",
        "Het kabinet heeft de steun verlengd.",
        "De steun wordt verlengd, zei de minister.",
        "Verlengd tot juni: de steun voor boeren.",
        "Ze verwacht dat westerse sancties binnenkort worden versoepeld.",
        "Het gevaar wordt door experts als zeer klein beschouwd.",
        "De dijk wordt volgend jaar, zoals eerder gepland, verhoogd.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        for sentence in article.sentences:
            for clause in split_clauses(sentence.tokens, _clause_boundary, _conjunction):
                finding = self._in_clause(article, clause)
                if finding:
                    yield finding

    def _in_clause(self, article: Article, clause: list[Token]) -> Finding | None:
        verbs = [t for t in clause if t.tag == "WW" and t.text.islower() and t.text.isalpha()]
        if not verbs:
            return None
        finite = [t for t in verbs if is_finite(t)]
        last = verbs[-1]
        opened = clause[0].tag == "VG" and "onder" in _features(clause[0])
        if not finite and "vd" in _features(last) and last.lower.endswith("d"):
            at_end = last is clause[-1] and opened and len(clause) > 2
            if not at_end or _plural_read_as_infinitive(clause, verbs):
                return None
            if _compared_participle(clause, last):
                return None
            right = _swapped(last.text, "t")
        elif (
            len(finite) == 2
            and last is finite[-1]
            and (finite[0].lemma or "") in _AUXILIARIES
            and last.lower.endswith("t")
            and "met-t" in _features(last)
            and not _opens_clause_between(clause, finite[0], last)
        ):
            right = _swapped(last.text, "d")
        else:
            return None
        if not right:
            return None
        return self.finding(
            article, last.start, last.end, f"d/t-fout: hier hoort '{right}'.", [right]
        )


_COMMON_PROPER = 2.5  # zipf of the capitalised form: Nederlandse 5.4, Zwolse 2.9


@register
class LowercaseProperAdjective(Check):
    code = "SP508"
    name = "lowercase-proper-word"
    category = "fluency/spelling"
    doc = """A word that Dutch only writes with a capital, in lower case: "een
nederlandse organisatie", "de amerikaanse regering", "het europese parlement".

Flagged when hunspell-nl rejects the word in lower case but knows it with a
capital, and the capitalised form is common in Dutch text. Words inside
addresses, hashtags and handles are left alone. The fix is the capitalised
form."""
    bad = (
        Example("Dat zei een woordvoerder van een [[nederlandse]] organisatie.", "Nederlandse"),
        Example("De [[amerikaanse]] regering reageerde niet.", "Amerikaanse"),
    )
    good = (
        "Dat zei een woordvoerder van een Nederlandse organisatie.",
        "De Amerikaanse regering reageerde niet op www.nederlandse-bank.nl.",
        "Hij spreekt vloeiend Engels en Frans.",
    )

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        speller = default_speller()
        text = article.text
        # One hunspell run for every word asked below, not one per word.
        words = {t.text for t in article.tokens if t.text.isalpha() and t.text.islower()}
        speller.prime(words | {w[0].upper() + w[1:] for w in words})
        for token in article.tokens:
            word = token.text
            if not (word.isalpha() and word.islower() and len(word) > 3):
                continue
            if text[token.start - 1 : token.start] in ("#", "@", "/", ".", "-"):
                continue
            if (
                text[token.end : token.end + 1] in (".", "-", "/")
                and text[token.end + 1 : token.end + 2].isalpha()
            ):
                continue
            if not _proper_shape(token):
                continue
            capital = word[0].upper() + word[1:]
            if speller.correct(word) or not speller.correct(capital):
                continue
            if zipf_frequency(capital, "nl") < _COMMON_PROPER:
                continue
            yield self.finding(
                article,
                token.start,
                token.end,
                f"Met hoofdletter: '{capital}'.",
                [capital],
            )
