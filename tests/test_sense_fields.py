"""The sense-by-field engine (checks/sense_fields.py) on hand-tagged articles.

The entries' own examples run in test_rule_examples.py with Frog; these
tests pin the engine's decisions: what counts as a field's word, that the
word under test is no evidence for anything, and when a sense is flagged.
"""

from __future__ import annotations

import re

import pytest

from nakijker.checks.sense_fields import (
    Sense,
    SenseField,
    article_fields,
    evidence,
    field_labels,
    field_words,
    listed_part,
    sense_rules,
)
from nakijker.config import Config
from nakijker.doc import Article, Paragraph, Sentence, Token


def tagged(text: str, tags: dict[str, tuple[str, str]]) -> Article:
    """An article whose words carry the (POS, lemma) given for them; others are nouns."""
    tokens = []
    for m in re.finditer(r"\w+|[^\w\s]", text):
        word = m.group()
        pos, lemma = tags.get(
            word, ("N(soort,ev,basis,zijd,stan)" if word.isalpha() else "LET()", word.lower())
        )
        tokens.append(Token(m.start(), m.end(), word, lemma=lemma, pos=pos, ner="O"))
    sentence = Sentence(0, len(text), tokens)
    return Article(text, [Paragraph(0, len(text), [sentence])], analyser="frog")


TRUNK = SenseField(
    code="SDT01",
    english="trunk",
    senses=(
        Sense(frozenset({"kofferbak"}), ("auto",), "kofferbak", None),
        Sense(frozenset({"slurf"}), ("dieren",), "slurf", "slurven"),
        Sense(frozenset({"romp"}), (), "romp", None),
    ),
)
SOLE = SenseField(
    code="SDT02",
    english="sole",
    senses=(
        Sense(frozenset({"tong"}), ("vissen", "lichaam"), "tong", "tongen"),
        Sense(frozenset({"zool"}), ("kleding", "lichaam"), "zool", "zolen"),
    ),
)
WORDS = {"olifant": frozenset({"dieren"}), "dierentuin": frozenset({"dieren"}),
         "kudde": frozenset({"dieren"}), "auto": frozenset({"auto"}),
         "kofferbak": frozenset({"auto"}), "slurf": frozenset({"dieren"}),
         "kotter": frozenset({"vissen"}),
         "tong": frozenset({"vissen", "lichaam"}), "zool": frozenset({"kleding", "lichaam"})}  # fmt: skip


@pytest.fixture
def small_fields(monkeypatch):
    """A tiny field list, so that the tests do not depend on the shipped lists."""
    import nakijker.checks.sense_fields as engine

    monkeypatch.setattr(engine, "field_words", lambda: WORDS)
    index = {"kofferbak": [("SDT01", 0)], "slurf": [("SDT01", 1)],
             "tong": [("SDT02", 0)], "zool": [("SDT02", 1)]}  # fmt: skip
    monkeypatch.setattr(engine, "_sense_index", lambda: index)


def findings(article: Article, rule: SenseField = TRUNK) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.text, f.replacements) for f in rule.run(article, Config())]


def test_compound_counts_by_its_listed_last_part():
    words = {"stadium": 1, "tuin": 1}
    assert listed_part("hoofdstadium", words) == "stadium"
    assert listed_part("stadium", words) == "stadium"
    assert listed_part("dierentuin", words) == "tuin"
    assert listed_part("ontuin", words) is None  # first part shorter than three letters
    assert listed_part("tuinman", words) is None  # the listed word must end the compound
    # a particle before a word makes a derived word, not a compound
    assert listed_part("overmacht", {"macht": 1}) is None
    assert listed_part("opschieten", {"schieten": 1}, verb=True) is None
    assert listed_part("schieten", {"schieten": 1}, verb=True) == "schieten"


@pytest.mark.usefixtures("small_fields")
def test_wrong_sense_is_flagged_in_an_article_about_the_other_field():
    article = tagged("De olifant in de dierentuin pakt met haar kofferbak het hooi.", {})
    assert findings(article) == [("kofferbak", ("slurf",))]


@pytest.mark.usefixtures("small_fields")
def test_one_word_of_the_other_field_is_not_enough():
    article = tagged("De olifant pakt met haar kofferbak het hooi.", {})
    assert findings(article) == []


@pytest.mark.usefixtures("small_fields")
def test_a_word_of_its_own_field_keeps_the_sense():
    article = tagged("De olifant uit de dierentuin zat in de kofferbak van de auto.", {})
    assert findings(article) == []


@pytest.mark.usefixtures("small_fields")
def test_a_rendering_of_the_other_sense_is_no_evidence_for_the_word():
    # the fish "tong" is a body word too, but it cannot vouch for a foot's "zool"
    article = tagged("De kotter ving tong en een zool.", {})
    assert findings(article, SOLE) == [("zool", ("tong",))]
    assert findings(tagged("De kotter ving een zool.", {}), SOLE) == []


@pytest.mark.usefixtures("small_fields")
def test_the_word_under_test_is_no_evidence_for_its_own_field():
    # "kofferbak" is itself an auto word: it must not shield itself.
    article = tagged("De kudde en de olifant: een kofferbak.", {})
    assert [f for f, _ in findings(article)] == ["kofferbak"]


@pytest.mark.usefixtures("small_fields")
def test_a_general_sense_is_never_flagged():
    article = tagged("De olifant in de dierentuin heeft een romp.", {})
    assert findings(article) == []


@pytest.mark.usefixtures("small_fields")
def test_plural_takes_the_plural_fix():
    plural = ("N(soort,mv,basis)", "kofferbak")
    article = tagged(
        "Olifanten in de dierentuin en de kudde tillen hun kofferbakken.", {"kofferbakken": plural}
    )
    assert findings(article) == [("kofferbakken", ("slurven",))]


@pytest.mark.usefixtures("small_fields")
def test_a_capitalised_word_inside_a_sentence_is_a_name():
    article = tagged(
        "De olifant in de dierentuin heet Kofferbak.",
        {"Kofferbak": ("N(soort,ev,basis,zijd,stan)", "kofferbak")},
    )
    assert findings(article) == []


@pytest.mark.usefixtures("small_fields")
def test_evidence_counts_different_words_not_repeats():
    article = tagged("De olifant, de olifant en de kofferbak.", {})
    found = article_fields(article)
    kofferbak = next(i for i, t in enumerate(article.tokens) if t.text == "kofferbak")
    assert evidence(found, "dieren", kofferbak) == 1
    assert evidence(found, "auto", kofferbak) == 0


def test_shipped_data_is_consistent():
    """Every field an entry names exists, has a label and words; codes are unique."""
    labels, words = field_labels(), field_words()
    used = {f for fs in words.values() for f in fs}
    assert used <= labels.keys()
    rules = sense_rules()
    assert len({r.code for r in rules}) == len(rules)
    for rule in rules:
        assert rule.code.startswith("SD") and rule.bad and rule.good
        for sense in rule.senses:
            assert set(sense.fields) <= labels.keys(), (rule.code, sense.fields)
            assert set(sense.fields) <= used, (rule.code, "field without words", sense.fields)
        # something can be flagged, and something proposed instead
        assert len(rule.senses) >= 2 and any(s.fields for s in rule.senses), rule.code
