"""NM101: English names that Dutch keeps, translated word for word."""

from __future__ import annotations

import pytest

from nakijker.checks.kept_names import LiteralKeptName, gazetteer, load_gazetteer
from nakijker.config import Config
from nakijker.nlp.simple import analyse

CHECK = LiteralKeptName()


def flagged(text: str) -> list[tuple[str, tuple[str, ...]]]:
    article = analyse(text)
    return [(f.text, f.replacements) for f in CHECK.run(article, Config())]


@pytest.mark.parametrize("name", [n.english for n in gazetteer().names])
def test_the_english_name_itself_is_never_flagged(name):
    assert flagged(f"Volgens de {name} is dat niet waar, meldde het ANP.") == []
    assert flagged(f"{name} meldde dinsdag dat het klopt.") == []


def test_every_name_has_content_words_and_they_are_unique():
    names = [n.english for n in gazetteer().names]
    assert len(names) == len(set(names))
    assert all(n.content for n in gazetteer().names)


def test_a_rendering_in_the_data_is_enough_in_any_word_order():
    data = """
words:
  guardian: [hoeder]
  harbour: [haven]
names:
  - Harbour Guardian
  - The Guardian
"""
    gaz = load_gazetteer(data)
    assert {n.english for n in gaz.by_word["guardian"]} == {"Harbour Guardian", "The Guardian"}
    assert "guardian" in gaz.english_of("Hoeders")


def test_name_with_the_takes_the_dutch_article_into_the_fix():
    assert flagged("Dat schreef de Britse krant de Econoom dinsdag.") == [
        ("de Econoom", ("The Economist",))
    ]


def test_a_capital_that_opens_the_sentence_is_no_evidence():
    assert flagged("Tijden veranderen, zei hij.") == []
    assert flagged("Open dag bij de Bank van Nederland.") == []


def test_among_equal_candidates_the_more_specific_name_wins_every_time():
    assert flagged("Mick Jagger en de Rollende Stenen gaan op tournee.") == [
        ("Rollende Stenen", ("Rolling Stones",))
    ]
    assert flagged("Volgens de Britse krant de Tijden treedt hij af.") == [
        ("de Tijden", ("The Times",))
    ]


def _with_entity(text: str, words: set[str], tag: str):
    article = analyse(text)
    for token in article.tokens:
        if token.text in words:
            token.ner = tag
    return [(f.text, f.replacements) for f in CHECK.run(article, Config())]


def test_a_title_followed_by_its_maker_is_flagged_when_frog_sees_a_person():
    text = "De radio draaide Bohemiaanse Rapsodie van Queen."
    assert _with_entity(text, {"Queen"}, "B-PER") == [
        ("Bohemiaanse Rapsodie", ("Bohemian Rhapsody",))
    ]
    # a place after "van" belongs to the name, and without Frog nobody knows
    assert _with_entity(text, {"Queen"}, "B-LOC") == []
    assert flagged(text) == []
