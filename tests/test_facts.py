"""The fact sheet: people and their titles, quotations and speakers, dates, numbers.

The articles below are invented for these tests; the seed article is read from
beside the checkout when it is there. Publication is Saturday 14 June 2025
unless a test says otherwise.
"""

from __future__ import annotations

import json

import pytest

from nakijker.config import Config
from nakijker.facts import extract_facts
from nakijker.pipeline import Desk

SATURDAY = "2025-06-14"

DIPLOMACY = """\
De Russische president Pavel Sokolov sprak woensdag met de Amerikaanse president Michael Harding. Sokolovs adviseur buitenlandse zaken Igor Petrenko zei dat het gesprek ruim een uur duurde.
Maar de minister van Buitenlandse Zaken van Qatar, Khalid al-Harthi, zei donderdag dat er nog geen akkoord is. De speciale gezant van Harding, Daniel Brooks, reist zondag naar Doha.
“We zijn klaar voor een akkoord,” zei Petrenko tegen verslaggevers. “De deur staat open”, zei al-Harthi. Sokolov zei: “Niemand wil deze oorlog.”
“Het is nog te vroeg”, aldus Brooks. “Wij wachten af,” vertelde hij aan de pers. “Morgen praten we verder.”
Volgens Petrenko is de sfeer goed. De Amerikaanse president zei dat hij tevreden was.
Sokolov belde later met Harding. “Het was een goed gesprek,” zei hij.
Op het plein hing een spandoek met de tekst “Vrede nu”.
"""

CALENDAR = """\
Het leger voerde vrijdag nieuwe aanvallen uit op de haven van Odessa. Het parlement heeft woensdag de wet aangenomen. De delegatie zou zondag naar Genève vertrekken, maar de minister trad dinsdag af.
Gisteren sprak de premier met de koning, morgen volgt een nieuw overleg om 14.30 uur. Het verdrag werd op 3 maart 2024 getekend; op 20 juni begint de top in Wenen.
Vorige maandag was het rustig, komende woensdag wordt er gestaakt. Vorige week en eerder deze maand waren er ook gesprekken. De oorlog begon in februari 2022, de onrust al in 2019.
Zangeres Ellis de Boer (71) werd zaterdag geëerd in Utrecht. De 22-jarige student werd gearresteerd. Burgemeester Peter van Dam werd donderdag 65.
"""

AMOUNTS = """\
Rusland vuurde in de nacht 74 drones en drie raketten af op Kyiv. Het steunpakket van de Europese Unie bedraagt 1,2 miljard euro.
Ruim 40.000 huishoudens zaten zonder stroom, zo'n 12 procent van de regio. Het verdrag geldt 25 jaar. De inflatie steeg naar 3,5%.
Tweeëntwintig soldaten raakten gewond en honderden burgers sloegen op de vlucht. De schade bedraagt €2,5 miljoen, meldt de NAVO. Er wonen een miljoen mensen.
"""


@pytest.fixture(scope="module")
def desk(frog):
    return Desk(Config(), frog=frog)


def facts_of(desk: Desk, text: str, published: str | None = SATURDAY) -> dict:
    article = desk.analyse(text)
    article.published = published
    return extract_facts(article).as_json()


@pytest.fixture(scope="module")
def diplomacy(desk) -> dict:
    return facts_of(desk, DIPLOMACY)


@pytest.fixture(scope="module")
def calendar(desk) -> dict:
    return facts_of(desk, CALENDAR)


@pytest.fixture(scope="module")
def amounts(desk) -> dict:
    return facts_of(desk, AMOUNTS)


def person(facts: dict, surname: str) -> dict:
    found = [p for p in facts["people"] if p["name"].split()[-1] == surname]
    assert len(found) == 1, [p["name"] for p in facts["people"]]
    return found[0]


def mentions(text: str, item: dict) -> list[str]:
    return [text[s:e] for s, e in item["mentions"]]


def quote(facts: dict, text: str, fragment: str, kind: str = "direct") -> dict:
    found = [q for q in facts["quotes"] if fragment in q["text"] and q["kind"] == kind]
    assert len(found) == 1, [(q["text"], q["kind"]) for q in facts["quotes"]]
    assert text[found[0]["start"] : found[0]["end"]] == found[0]["text"]
    return found[0]


def dates_by_text(facts: dict) -> dict[str, tuple[str | None, str]]:
    return {d["text"]: (d["date"], d["kind"]) for d in facts["dates"]}


# --- people ---------------------------------------------------------------------


def test_titles_and_affiliations_as_the_article_gives_them(diplomacy):
    sokolov = person(diplomacy, "Sokolov")
    assert (sokolov["name"], sokolov["roles"], sokolov["affiliation"]) == (
        "Pavel Sokolov",
        ["president"],
        "Rusland",
    )
    # A genitive before the role: "Sokolovs adviseur buitenlandse zaken Igor Petrenko".
    petrenko = person(diplomacy, "Petrenko")
    assert (petrenko["roles"], petrenko["affiliation"]) == (
        ["adviseur buitenlandse zaken"],
        "Sokolov",
    )
    # The ministry belongs to the role, the country is the affiliation.
    harthi = person(diplomacy, "al-Harthi")
    assert (harthi["roles"], harthi["affiliation"]) == (
        ["minister van Buitenlandse Zaken"],
        "Qatar",
    )
    brooks = person(diplomacy, "Brooks")
    assert (brooks["roles"], brooks["affiliation"]) == (["speciale gezant"], "Harding")
    # "van Harding" titles Brooks, not Harding.
    assert person(diplomacy, "Harding")["roles"] == ["president"]


def test_mentions_of_one_person_are_merged(diplomacy):
    assert [p["name"] for p in diplomacy["people"]] == [
        "Pavel Sokolov",
        "Michael Harding",
        "Igor Petrenko",
        "Khalid al-Harthi",
        "Daniel Brooks",
    ]
    assert mentions(DIPLOMACY, person(diplomacy, "Sokolov")) == [
        "Pavel Sokolov",
        "Sokolovs",
        "Sokolov",
        "Sokolov",
    ]
    # The title without a name fits only Harding (American, president).
    assert "De Amerikaanse president" in mentions(DIPLOMACY, person(diplomacy, "Harding"))
    assert mentions(DIPLOMACY, person(diplomacy, "al-Harthi")) == ["Khalid al-Harthi", "al-Harthi"]


def test_a_ministry_before_a_name_is_the_role_not_part_of_the_name(desk):
    text = "De Russische minister van Buitenlandse Zaken Sergei Lavrov sprak met zijn collega."
    (person,) = facts_of(desk, text)["people"]
    assert (person["name"], person["roles"]) == (
        "Sergei Lavrov",
        ["minister van Buitenlandse Zaken"],
    )


def test_surname_that_frog_tags_as_a_place_stays_a_person(diplomacy):
    # Frog tags "Petrenko" after "zei" as LOC; only the real places remain places.
    assert [p["name"] for p in diplomacy["places"]] == ["Qatar", "Doha"]
    assert diplomacy["organisations"] == []
    assert len(person(diplomacy, "Petrenko")["mentions"]) == 3


def test_organisations_and_places_are_merged_by_name(amounts, calendar):
    assert [o["name"] for o in amounts["organisations"]] == ["Europese Unie", "NAVO"]
    assert [p["name"] for p in amounts["places"]] == ["Rusland", "Kyiv"]
    assert [p["name"] for p in calendar["places"]] == ["Odessa", "Genève", "Wenen", "Utrecht"]
    # A title read off a name in the article's own words.
    assert person(calendar, "Boer")["roles"] == ["zangeres"]
    assert person(calendar, "Dam")["name"] == "Peter van Dam"


# --- quotations -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fragment", "speaker"),
    [
        ("klaar voor een akkoord", "Igor Petrenko"),  # “…,” zei X
        ("De deur staat open", "Khalid al-Harthi"),  # “…”, zei X
        ("Niemand wil", "Pavel Sokolov"),  # X zei: “…”
        ("nog te vroeg", "Daniel Brooks"),  # “…”, aldus X
        ("Wij wachten af", "Daniel Brooks"),  # “…,” vertelde hij
        ("Morgen praten", "Daniel Brooks"),  # the quotation goes on
        ("goed gesprek", None),  # "zei hij" after a sentence naming two people
        ("Vrede nu", None),  # nobody says it
    ],
)
def test_direct_quotes_have_their_speaker(diplomacy, fragment, speaker):
    found = quote(diplomacy, DIPLOMACY, fragment)
    assert found["speaker"] == speaker
    assert found["text"][0] == "“" and found["text"][-1] == "”"


@pytest.mark.parametrize(
    ("fragment", "text", "speaker"),
    [
        ("ruim een uur", "dat het gesprek ruim een uur duurde", "Igor Petrenko"),
        ("geen akkoord", "dat er nog geen akkoord is", "Khalid al-Harthi"),
        ("sfeer", "Volgens Petrenko is de sfeer goed", "Igor Petrenko"),
        # The subject is a title that fits one person only.
        ("tevreden", "dat hij tevreden was", "Michael Harding"),
    ],
)
def test_indirect_quotes_have_their_speaker(diplomacy, fragment, text, speaker):
    found = quote(diplomacy, DIPLOMACY, fragment, kind="indirect")
    assert (found["text"], found["speaker"]) == (text, speaker)


def test_quotes_are_in_text_order(diplomacy):
    starts = [q["start"] for q in diplomacy["quotes"]]
    assert starts == sorted(starts)
    assert len([q for q in diplomacy["quotes"] if q["kind"] == "direct"]) == 8


# --- dates ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("vrijdag", "2025-06-13"),  # past tense: the Friday before
        ("zondag", "2025-06-15"),  # "zou": the coming Sunday
        ("dinsdag", "2025-06-10"),
        ("Gisteren", "2025-06-13"),
        ("morgen", "2025-06-15"),
        ("Vorige maandag", "2025-06-09"),
        ("komende woensdag", "2025-06-18"),
        ("zaterdag", "2025-06-14"),  # past tense on the day itself: that day
        ("donderdag", "2025-06-12"),
        ("woensdag", "2025-06-11"),  # present perfect "heeft ... aangenomen" is past
    ],
)
def test_relative_days_resolve_against_publication(calendar, text, iso):
    assert dates_by_text(calendar)[text] == (iso, "relative")


def test_present_tense_weekday_lies_ahead(diplomacy):
    # "reist zondag naar Doha" on a Saturday: tomorrow; "sprak woensdag": past.
    dates = dates_by_text(diplomacy)
    assert dates["zondag"] == ("2025-06-15", "relative")
    assert dates["woensdag"] == ("2025-06-11", "relative")


def test_absolute_dates_periods_and_times(calendar):
    dates = dates_by_text(calendar)
    assert dates["3 maart 2024"] == ("2024-03-03", "absolute")
    assert dates["20 juni"] == ("2025-06-20", "absolute")  # the publication year
    assert dates["februari 2022"] == (None, "absolute")  # a month is not a day
    assert dates["Vorige week"] == (None, "relative")
    assert dates["eerder deze maand"] == (None, "relative")
    assert dates["14.30 uur"] == (None, "absolute")
    assert "2019" not in dates  # a year alone is no date


def test_ages(calendar):
    ages = [(d["text"], d["date"]) for d in calendar["dates"] if d["kind"] == "age"]
    assert ages == [("71", None), ("22-jarige", None), ("65", None)]


def test_without_publication_date_days_stay_unresolved(desk):
    facts = facts_of(desk, CALENDAR, published=None)
    dates = dates_by_text(facts)
    assert dates["vrijdag"] == (None, "relative")
    assert dates["Gisteren"] == (None, "relative")
    assert dates["20 juni"] == (None, "absolute")  # no year to give it
    assert dates["3 maart 2024"] == ("2024-03-03", "absolute")


# --- numbers ----------------------------------------------------------------------


def test_numbers_with_what_they_count(amounts):
    assert [(n["text"], n["value"], n["counts"]) for n in amounts["numbers"]] == [
        ("74 drones", 74, "drones"),
        ("drie raketten", 3, "raketten"),
        ("1,2 miljard euro", 1_200_000_000, "euro"),
        ("40.000 huishoudens", 40_000, "huishoudens"),
        ("12 procent", 12, "procent"),
        ("25 jaar", 25, "jaar"),
        ("3,5%", 3.5, "procent"),
        ("Tweeëntwintig soldaten", 22, "soldaten"),
        ("honderden burgers", None, "burgers"),
        ("€2,5 miljoen", 2_500_000, "euro"),
        ("een miljoen mensen", 1_000_000, "mensen"),
    ]


def test_numbers_inside_dates_and_ages_are_skipped(calendar):
    # Only the bare year is left: a number, though not a date.
    assert [(n["text"], n["value"], n["counts"]) for n in calendar["numbers"]] == [
        ("2019", 2019, None)
    ]


# --- shape and modes --------------------------------------------------------------


def test_json_shape_and_offsets(diplomacy, calendar, amounts):
    for text, facts in ((DIPLOMACY, diplomacy), (CALENDAR, calendar), (AMOUNTS, amounts)):
        assert list(facts) == ["people", "organisations", "places", "quotes", "dates", "numbers"]
        json.dumps(facts)
        for p in facts["people"]:
            assert set(p) == {"name", "mentions", "roles", "affiliation"}
            assert p["mentions"] == sorted(p["mentions"])
        for key in ("organisations", "places"):
            for entity in facts[key]:
                assert set(entity) == {"name", "mentions"}
                assert all(text[s:e] for s, e in entity["mentions"])
        for key, fields in (
            ("quotes", {"start", "end", "text", "kind", "speaker"}),
            ("dates", {"start", "end", "text", "date", "kind"}),
            ("numbers", {"start", "end", "text", "value", "counts"}),
        ):
            for item in facts[key]:
                assert set(item) == fields
                assert text[item["start"] : item["end"]] == item["text"]
        firsts = [p["mentions"][0] for p in facts["people"]]
        assert firsts == sorted(firsts)


def test_without_frog_capitalised_names_still_make_a_sheet():
    article = Desk(Config(use_frog=False)).analyse(DIPLOMACY)
    article.published = SATURDAY
    facts = extract_facts(article).as_json()
    assert [p["name"] for p in facts["people"]] == [
        "Pavel Sokolov",
        "Michael Harding",
        "Igor Petrenko",
        "Khalid al-Harthi",
        "Daniel Brooks",
    ]
    assert quote(facts, DIPLOMACY, "klaar voor een akkoord")["speaker"] == "Igor Petrenko"
    assert quote(facts, DIPLOMACY, "Wij wachten af")["speaker"] == "Daniel Brooks"


# --- the seed article -------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_facts(desk, seed_text) -> dict:
    return facts_of(desk, seed_text)


def test_seed_people(seed_facts, seed_text):
    names = [p["name"] for p in seed_facts["people"]]
    for surname in ("Poetin", "Trump", "Ushakov", "Witkoff", "al-Busaidi"):
        assert sum(n.split()[-1] == surname for n in names) == 1, names
    poetin = person(seed_facts, "Poetin")
    assert (poetin["roles"], poetin["affiliation"]) == (["president"], "Rusland")
    ushakov = person(seed_facts, "Ushakov")
    assert any("adviseur" in role for role in ushakov["roles"])
    assert ushakov["affiliation"] == "Poetin"
    # Frog tags the bare surname as ORG; it is still Ushakov.
    assert len(ushakov["mentions"]) == 6
    assert seed_facts["organisations"] == []
    witkoff = person(seed_facts, "Witkoff")
    assert (witkoff["roles"], witkoff["affiliation"]) == (["speciale gezant"], "Trump")
    busaidi = person(seed_facts, "al-Busaidi")
    assert busaidi["name"] == "Badr al-Busaidi"
    assert (busaidi["roles"], busaidi["affiliation"]) == (
        ["minister van Buitenlandse Zaken"],
        "Oman",
    )
    trump = person(seed_facts, "Trump")
    assert "De Amerikaanse leider" in mentions(seed_text, trump)


def test_seed_quotes_and_speakers(seed_facts, seed_text):
    direct = [q for q in seed_facts["quotes"] if q["kind"] == "direct"]
    double = [q for q in direct if q["text"].startswith("“")]
    assert len(double) == 5
    assert "Trump" in double[0]["speaker"]
    for q in double:
        after = seed_text[q["end"] :]
        if after.startswith((" vertelde Ushakov", " zei Ushakov", ", zei Ushakov")):
            assert q["speaker"] == "Yuri Ushakov"
    assert [q["speaker"] for q in double].count("Yuri Ushakov") == 3
    # The short ‘…’ quotations count too; every quotation has a speaker.
    assert all(q["speaker"] for q in direct)
    for q in direct:
        if seed_text[q["end"] :].startswith(", zei Ushakov"):
            assert q["speaker"] == "Yuri Ushakov"


def test_seed_days(seed_facts):
    dates = [(d["text"].lower(), d["date"]) for d in seed_facts["dates"] if d["kind"] == "relative"]
    assert {iso for day, iso in dates if day == "zaterdag"} == {"2025-06-14"}
    assert {iso for day, iso in dates if day == "zondag"} == {"2025-06-15"}
    assert {iso for day, iso in dates if day == "vrijdag"} == {"2025-06-13"}
    assert [d["text"] for d in seed_facts["dates"] if d["kind"] == "age"] == ["79"]
