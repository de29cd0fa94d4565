"""The bilingual checks (BL9xx): alignment, number reading, each check, termbases, the dev set.

Examples of these checks are written "ENGLISH ||| DUTCH" (``Example.source``
and ``Example.plain``); a check's ``example_config`` holds the settings its
examples assume (the termbase checks need a termbase).
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest

import nakijker.bilingual.checks as bl
from nakijker.bilingual import lexicon
from nakijker.bilingual.align import align, alignment_of, split_sentences
from nakijker.bilingual.quantities import extract
from nakijker.bilingual.source import usable_source, validate_source
from nakijker.bilingual.termbase import TermbaseError, load_termbase
from nakijker.checks.base import REGISTRY, Example, split_source
from nakijker.config import Config
from nakijker.pipeline import Desk, run_checks

DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "dev.jsonl"
BL_CHECKS = [c for c in REGISTRY if c.code.startswith("BL")]
DESK = Desk(Config(use_frog=False))


def analysed(target: str, source: str | None):
    article = DESK.analyse(target)
    article.source = source
    return article


def example_config(check) -> Config:
    return Config(**getattr(check, "example_config", {}))


def run_example(check, example: Example):
    article = analysed(example.plain, example.source)
    return run_checks(article, [check], example_config(check))


def findings(target: str, source: str, *codes: str, **config):
    checks = [REGISTRY.get(c) for c in codes] if codes else BL_CHECKS
    return run_checks(analysed(target, source), checks, Config(**config))


# ---------------------------------------------------------------------------
# Every check's own examples (the general example test runs them too)


def _cases(kind: str) -> list:
    out = []
    for check in BL_CHECKS:
        for item in check.bad if kind == "bad" else check.good:
            out.append(pytest.param(check, item, id=check.code))
    return out


def test_every_check_has_examples_with_a_source():
    assert len(BL_CHECKS) >= 12
    for check in BL_CHECKS:
        assert check.needs_source, check.code
        assert check.bad and check.good, check.code
        for example in [*check.bad, *(Example(g) for g in check.good)]:
            assert example.source and "[[" not in example.source, example.text


@pytest.mark.parametrize(("check", "example"), _cases("bad"))
def test_bad_example_is_flagged(check, example):
    found = run_example(check, example)
    assert sorted((f.start, f.end) for f in found) == sorted(example.spans), [
        (f.text, f.message) for f in found
    ]
    if example.fix is not None:
        first = min(found, key=lambda f: f.start)
        assert first.replacements[:1] == (example.fix,)


@pytest.mark.parametrize(("check", "text"), _cases("good"))
def test_good_example_is_not_flagged(check, text):
    found = run_example(check, Example(text))
    assert found == [], [(f.text, f.message) for f in found]


@pytest.mark.parametrize(
    ("check", "example"), [p for p in _cases("bad") if p.values[1].fix is not None]
)
def test_fix_silences_the_check(check, example):
    fixed = example.plain
    for start, end in sorted(example.spans, reverse=True):
        fixed = fixed[:start] + example.fix + fixed[end:]
    found = run_checks(analysed(fixed, example.source), [check], example_config(check))
    assert found == [], [(f.text, f.message) for f in found]


def test_without_the_source_no_check_runs():
    for check in BL_CHECKS:
        for example in check.bad:
            assert run_checks(analysed(example.plain, None), [check], example_config(check)) == []
            source, dutch = split_source(example.text)
            assert source and dutch.replace("[[", "").replace("]]", "") == example.plain


# ---------------------------------------------------------------------------
# Sentence splitting and alignment


def test_english_sentences_respect_abbreviations():
    text = (
        "Mr. Smith met U.S. officials at 10 a.m. The talks ended early. "
        'Dr. J. Powell said: "It went well." Shares rose 1.5%.\nA new line.'
    )
    got = [text[s:e] for s, e in split_sentences(text)]
    assert got == [
        "Mr. Smith met U.S. officials at 10 a.m.",
        "The talks ended early.",
        'Dr. J. Powell said: "It went well."',
        "Shares rose 1.5%.",
        "A new line.",
    ]


SOURCE = (
    "The storm reached the coast on Sunday. Trees fell across the whole region. "
    "Rail traffic stopped for hours. "
    "The weather service KNMI issued a code red warning for Zeeland from 10 a.m. to 4 p.m., "
    "urging people to stay indoors and to avoid the dunes.\n"
    "About 90,000 homes lost power."
)
TARGET = (
    "De storm bereikte zondag de kust. In de hele regio vielen bomen en het treinverkeer lag "
    "urenlang stil. Het KNMI gaf code rood af voor Zeeland, van 10.00 tot 16.00 uur. "
    "Het riep mensen op binnen te blijven en de duinen te mijden.\n"
    "Ongeveer 90.000 huishoudens zaten zonder stroom."
)


def _kinds_and_texts(source: str, target: str):
    article = analysed(target, source)
    alignment = align(source, article)
    texts = [
        (
            " ".join(source[s:e] for s, e in b.source),
            " ".join(target[s:e] for s, e in b.target),
        )
        for b in alignment.beads
    ]
    return [b.kind for b in alignment.beads], texts


def test_alignment_follows_merged_and_split_sentences():
    kinds, texts = _kinds_and_texts(SOURCE, TARGET)
    assert kinds == ["1-1", "2-1", "1-2", "1-1"]
    assert texts[1][0].startswith("Trees fell") and texts[1][1].endswith("urenlang stil.")
    assert texts[2][1].startswith("Het KNMI") and texts[2][1].endswith("duinen te mijden.")


MUSEUM = (
    "The museum opened a Vermeer exhibition on Friday. It shows 14 paintings. "
    "Tickets cost €32.50 and sold out within days. The show runs until June 7."
)


def test_alignment_finds_an_omitted_sentence():
    target = (
        "Het museum opende vrijdag een Vermeer-tentoonstelling. Er hangen 14 schilderijen. "
        "De tentoonstelling is tot en met 7 juni te zien."
    )
    kinds, texts = _kinds_and_texts(MUSEUM, target)
    assert kinds == ["1-1", "1-1", "1-0", "1-1"]
    assert texts[2] == ("Tickets cost €32.50 and sold out within days.", "")


def test_alignment_finds_an_added_sentence():
    target = (
        "Het museum opende vrijdag een Vermeer-tentoonstelling. Er hangen 14 schilderijen. "
        "Kaartjes kosten €32,50 en waren binnen enkele dagen uitverkocht. "
        "De directeur sprak van een historische dag voor de stad en voor al haar bewoners. "
        "De tentoonstelling is tot en met 7 juni te zien."
    )
    kinds, texts = _kinds_and_texts(MUSEUM, target)
    assert kinds == ["1-1", "1-1", "1-1", "0-1", "1-1"]
    assert texts[3][1].startswith("De directeur")


def test_a_replaced_sentence_is_paired_and_its_amount_reported_missing():
    target = (
        "Het museum opende vrijdag een Vermeer-tentoonstelling. Er hangen 14 schilderijen. "
        "De directeur sprak van een historische dag voor de stad. "
        "De tentoonstelling is tot en met 7 juni te zien."
    )
    kinds, _ = _kinds_and_texts(MUSEUM, target)
    assert kinds == ["1-1", "1-1", "1-1", "1-1"]
    (found,) = findings(target, MUSEUM, "BL906")
    assert "€32.50" in found.message and found.text.startswith("De directeur")


def test_alignment_json_offsets_point_into_both_texts():
    article = analysed(TARGET, SOURCE)
    data = align(SOURCE, article).as_json()
    assert set(data[0]) == {"source", "target"}
    assert SOURCE[slice(*data[0]["source"][0])] == "The storm reached the coast on Sunday."
    assert TARGET[slice(*data[0]["target"][0])] == "De storm bereikte zondag de kust."
    covered = [tuple(span) for bead in data for span in bead["target"]]
    assert covered == sorted(covered) and len(covered) == len(article.sentences)


def test_alignment_is_cached_and_absent_without_source():
    article = analysed(TARGET, SOURCE)
    first = alignment_of(article)
    assert first is not None and alignment_of(article) is first
    assert article.cache["alignment"] is first
    assert alignment_of(analysed(TARGET, None)) is None
    assert alignment_of(analysed(TARGET, "  \n")) is None


def test_page_furniture_is_never_paired_with_a_source_sentence():
    source = '"We are determined to break their business model." At least 21 people have died.'
    target = (
        "“We zijn vastbesloten hun verdienmodel kapot te maken.”\n"
        "Lees ook: Britse regering wil asielhotels sneller sluiten\n"
        "Dit jaar zijn al zeker 21 mensen omgekomen."
    )
    kinds, texts = _kinds_and_texts(source, target)
    assert kinds == ["1-1", "0-1", "1-1"]
    assert texts[1][1].startswith("Lees ook")


# ---------------------------------------------------------------------------
# Numbers


@pytest.mark.parametrize(
    ("english", "dutch"),
    [
        ("1,200.50", "1.200,50"),
        ("$5 million", "5 miljoen dollar"),
        ("€1.2 billion", "1,2 miljard euro"),
        ("June 14", "14 juni"),
        ("10:30 a.m.", "10.30 uur"),
        ("4 p.m.", "16.00 uur"),
        ("dozens", "tientallen"),
        ("two", "twee"),
        ("the 11th", "de elfde"),
        ("half a million", "een half miljoen"),
        ("a third", "een derde"),
        ("45%", "45 procent"),
        ("40,000", "40,000"),  # English separators left in the Dutch: a convention error only
        ("Oct. 7", "7 oktober"),  # abbreviated months, AP and Reuters style
        ("Jan 30", "30 januari"),
        ("Nov. 18-19", "18 en 19 november"),  # a range of days
        ("May 3 to 5", "3 tot en met 5 mei"),
        ("25 basis points", "0,25 procentpunt"),
        ("125 basis points", "1,25 procentpunt"),
        ("1:57 p.m. EST", "19.57 uur"),  # a zoned time given in Dutch time
        ("0917 GMT", "10.17 uur"),  # military time
        ("4:17 a.m. local time", "10.17 uur Nederlandse tijd"),
        ("1:55", "1.55"),  # a race time written with a dot
        ("a 22-million-euro mission", "een missie van 22 miljoen euro"),  # scale in a compound
    ],
)
def test_quantities_agree_after_conversion(english, dutch):
    (en,) = extract(english, "en")
    (nl,) = extract(dutch, "nl")
    assert en.agrees(nl)


@pytest.mark.parametrize(
    ("english", "dutch"),
    [
        ("€1.2 billion", "€1,2 biljoen"),
        ("dozens", "honderden"),
        ("June 14", "14 juli"),
        ("Oct. 7", "8 oktober"),
        ("4:17 a.m. local time", "05.17 uur plaatselijke tijd"),  # no zone to convert from
        ("25 basis points", "0,5 procentpunt"),
    ],
)
def test_quantities_that_differ(english, dutch):
    (en,) = extract(english, "en")
    (nl,) = extract(dutch, "nl")
    assert not en.agrees(nl)


def test_codes_and_idioms_are_no_amounts():
    assert extract("Flight KL691 and the F-35 in Ukraine's second-largest city.", "en") == []
    assert extract("de op één na grootste stad", "nl") == []


def test_wrong_scale_word_is_flagged_with_the_right_one():
    found = findings("Het kost 5 biljoen dollar per jaar.", "It costs $5 billion a year.", "BL901")
    assert [(f.text, f.replacements, f.severity) for f in found] == [
        ("biljoen", ("miljard",), "major")
    ]
    assert found[0].source_start is not None


def test_number_moved_to_the_next_sentence_is_not_an_error():
    source = "The plane landed after 40 minutes. The 312 passengers left by bus."
    target = "Het toestel landde. Na 40 minuten verlieten de 312 passagiers het toestel per bus."
    assert findings(target, source, "BL901", "BL906", "BL910") == []


# ---------------------------------------------------------------------------
# Individual checks beyond their examples


def test_dropped_negation_is_critical_and_runs_from_the_verb_to_the_clause_end():
    source = "The company does not expect profits this year."
    (found,) = findings("Het bedrijf verwacht dit jaar winst.", source, "BL907")
    assert found.severity == "critical" and found.text == "verwacht dit jaar winst"
    assert source[found.source_start : found.source_end] == "not"


def test_negation_expressed_otherwise_is_kept():
    source = "No one was hurt, and the school will not reopen until May."
    target = "Er raakte niemand gewond; de school gaat pas in mei weer open."
    assert findings(target, source, "BL907") == []


def test_hedge_kept_by_zou():
    source = "The minister allegedly leaked the report."
    assert findings("De minister zou het rapport hebben gelekt.", source, "BL908") == []
    (found,) = findings("De minister lekte het rapport.", source, "BL908")
    assert found.severity == "critical"


def test_wrong_sense_depends_on_the_english_context():
    military = "Israeli strikes hit targets in Gaza overnight."
    labour = "Rail strikes hit commuters across Belgium, the unions said."
    (found,) = findings(
        "Israëlische stakingen troffen 's nachts doelen in Gaza.", military, "BL912"
    )
    assert found.replacements == ("aanvallen",)
    assert (
        findings(
            "Spoorstakingen troffen pendelaars in heel België, zeiden de bonden.", labour, "BL912"
        )
        == []
    )


def test_a_sense_pattern_with_a_space_matches_a_phrase_across_words():
    took_place = bl.Sense(
        word="took place",
        source=re.compile(r"\btook place\b", re.I),
        near=None,
        topic=None,
        unless=None,
        wrong=bl._wrong_pattern(r"(?:nam|namen)(?: \w+){0,3} plaats"),
        right=("vond plaats",),
        sense="gebeuren",
        severity="major",
        bad=(),
        good=(),
    )
    view = bl.bilingual_of(
        analysed(
            "De vergadering nam maandag in Gent plaats.",
            "The meeting took place in Ghent on Monday.",
        )
    )
    (pair,) = list(bl._paired(view))
    found = list(bl._wrong_renderings(took_place, pair, pair.target_words()))
    assert [w.text for w in found] == ["nam maandag in Gent plaats"]
    assert list(bl._wrong_renderings(took_place, pair, [])) == found  # words are not needed


def test_sense_tables_are_the_main_file_and_its_siblings():
    tables = bl._sense_tables()
    assert tables[0] == "senses" and all(t.startswith("senses_") for t in tables[1:])


def test_every_sense_entry_is_complete():
    for sense in bl.senses():
        assert sense.bad and sense.good and sense.right, sense.word
        for example in sense.bad:
            assert "[[" in example.partition(" ||| ")[2], example


def test_legitimately_translated_institution_is_accepted():
    source = (
        "The European Parliament and the European Commission agreed, Statistics Netherlands said."
    )
    target = "Het Europees Parlement en de Europese Commissie waren het eens, meldde het Centraal Bureau voor de Statistiek."
    assert findings(target, source, "BL902", "BL903") == []


def test_name_in_dutch_transliteration_or_exonym_is_present():
    source = "Mayor Ihor Terekhov said the drones hit Kharkiv. Officials in Munich and The Hague reacted."
    target = "Burgemeester Ihor Terechov zei dat de drones Charkiv troffen. Functionarissen in München en Den Haag reageerden."
    assert findings(target, source, "BL902", "BL903", "BL904") == []


def test_quote_given_to_another_speaker():
    source = '"The market has not cooled down," said Marieke Jansen, an economist.'
    target = "“De markt is niet afgekoeld”, zei Pieter Bakker, econoom."
    found = findings(target, source, "BL905")
    assert [(f.text, f.category) for f in found] == [("Pieter Bakker", "accuracy/mistranslation")]


def test_added_coordinated_noun_and_number_clause():
    source = "Two unvaccinated children have died in Texas."
    target = "In Texas zijn twee niet-gevaccineerde kinderen en een volwassene overleden."
    if not lexicon.dictionary().knows_dutch("volwassene"):
        pytest.skip("the FreeDict English–Dutch dictionary is not installed")
    (found,) = findings(target, source, "BL910")
    assert found.text == "en een volwassene" and found.category == "accuracy/addition"


def test_untranslated_sentence_and_kept_english_names():
    source = "The project will create 1,500 jobs. It is called Lorelei Noord."
    target = "The project will create 1,500 jobs. Het heet Lorelei Noord."
    (found,) = findings(target, source, "BL911")
    assert found.text == "The project will create 1,500 jobs."


# ---------------------------------------------------------------------------
# Dictionary


def test_dictd_numbers_and_entries(tmp_path):
    assert lexicon.dictd_number("B") == 1 and lexicon.dictd_number("BA") == 64
    entry = "strike /straik/\n1. staken\n2. staking, werkstaking\n"
    assert lexicon.parse_definition(entry) == {"staken", "staking", "werkstaking"}
    assert lexicon.load_dictionary(tmp_path, "missing").forward == {}


def test_dictd_files_are_read_by_offset(tmp_path):
    text = "00-database-info\nabout\nseed /si:d/\nzaad\n"
    start = text.index("seed")
    (tmp_path / "tiny.dict.dz").write_bytes(gzip.compress(text.encode()))
    (tmp_path / "tiny.index").write_text(
        f"00databaseinfo\tA\tW\nseed\t{_b64(start)}\t{_b64(len(text) - start)}\n"
    )
    tiny = lexicon.load_dictionary(tmp_path, "tiny")
    assert tiny.dutch("seeds") == {"zaad"} and tiny.english("zaad") == {"seed"}


def test_both_directions_fill_each_other_in():
    english_dutch = lexicon.Dictionary({"seed": frozenset({"zaad"})}, {"zaad": frozenset({"seed"})})
    dutch_english = lexicon.Dictionary(
        {"boter": frozenset({"butter"}), "zaad": frozenset({"semen"})}, {}
    )
    both = lexicon.merged(english_dutch, dutch_english)
    assert both.dutch("butter") == {"boter"} and both.english("boter") == {"butter"}
    assert both.english("zaad") == {"seed", "semen"} and both.dutch("seed") == {"zaad"}


def test_suggestions_keep_to_the_word_and_put_common_words_first():
    tiny = lexicon.Dictionary(
        {
            "evening": frozenset({"avondje", "avond"}),
            "even": frozenset({"een paar vormend", "gelijk"}),
            "strike": frozenset({"staking", "luchtaanval"}),
        },
        {},
    )
    # the entry of "evening" itself, not that of "even" inside it
    assert tiny.suggestions("Evening") == ["avond", "avondje"]
    # no own entry: the base form's, ranked by how common the Dutch word is
    assert tiny.suggestions("strikes") == ["staking", "luchtaanval"]
    assert tiny.suggestions("evens") == ["gelijk"]


def _b64(n: int) -> str:
    digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    out = ""
    while True:
        out = digits[n % 64] + out
        n //= 64
        if n == 0:
            return out


# ---------------------------------------------------------------------------
# Termbase


CSV = "source,target,forbidden\ninterest rate,rente,\ninterest rate,tarieven,yes\n,verzorgende hoedanigheid,ja\n"
TBX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="en">
  <text><body>
    <termEntry id="t1">
      <langSet xml:lang="en"><tig><term>interest rate</term></tig></langSet>
      <langSet xml:lang="nl-NL">
        <tig><term>rente</term></tig>
        <tig><term>tarieven</term>
          <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
      </langSet>
    </termEntry>
  </body></text>
</martif>
"""
EVIL = """<?xml version="1.0"?>
<!DOCTYPE martif [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
<martif><text><body><termEntry>
  <langSet xml:lang="en"><tig><term>&secret;</term></tig></langSet>
  <langSet xml:lang="nl"><tig><term>geheim</term></tig></langSet>
</termEntry></body></text></martif>
"""


def test_csv_termbase(tmp_path):
    path = tmp_path / "terms.csv"
    path.write_text(CSV, encoding="utf-8")
    base = load_termbase(path)
    assert [(t.source, t.required, t.forbidden) for t in base.terms] == [
        ("interest rate", ("rente",), ("tarieven",)),
        ("", (), ("verzorgende hoedanigheid",)),
    ]


def test_tbx_termbase_matches_the_csv(tmp_path):
    path = tmp_path / "terms.tbx"
    path.write_text(TBX, encoding="utf-8")
    (term,) = load_termbase(path).terms
    assert (term.source, term.required, term.forbidden) == (
        "interest rate",
        ("rente",),
        ("tarieven",),
    )


def test_tbx_with_an_external_entity_is_refused_unresolved(tmp_path):
    path = tmp_path / "evil.tbx"
    path.write_text(EVIL, encoding="utf-8")
    with pytest.raises(TermbaseError, match="entity"):
        load_termbase(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("term,translation\na,b\n", "header"),
        ("source,target,forbidden\nrate,rente,maybe\n", "forbidden"),
        ("source,target,forbidden\n,rente,\n", "source term"),
        ("source,target\nrate,\n", "target"),
    ],
)
def test_broken_csv_termbase_names_the_problem(tmp_path, content, message):
    path = tmp_path / "terms.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TermbaseError, match=message):
        load_termbase(path)


def test_termbase_checks_use_the_configured_file(tmp_path):
    path = tmp_path / "terms.csv"
    path.write_text(CSV, encoding="utf-8")
    source = "The bank kept interest rates steady. Ministers stay on in a caretaker capacity."
    target = "De bank liet de tarieven ongewijzigd. De ministers blijven in een verzorgende hoedanigheid."
    found = findings(target, source, "BL913", "BL914", termbase=str(path))
    assert [(f.rule, f.text, f.replacements) for f in found] == [
        ("BL913", "tarieven", ("rente",)),
        ("BL913", "verzorgende hoedanigheid", ()),
    ]
    assert findings(target, source, "BL913", "BL914") == []  # no termbase configured
    missing = findings(
        "De bank liet de kosten van lenen ongewijzigd.", source, "BL914", termbase=str(path)
    )
    assert [f.rule for f in missing] == ["BL914"]


# ---------------------------------------------------------------------------
# Is the source usable?


ENGLISH = "The European Parliament on Wednesday approved a bill that would require online platforms to verify the age of users."
DUTCH = "Het Europees Parlement heeft woensdag een wetsvoorstel goedgekeurd dat onlineplatforms verplicht de leeftijd van gebruikers te controleren."


def test_a_fitting_english_source_is_usable():
    assert validate_source(ENGLISH, DUTCH) == []
    assert usable_source(ENGLISH, DUTCH)


@pytest.mark.parametrize(
    ("source", "words"),
    [
        (DUTCH, "Nederlands"),
        (ENGLISH[:40], "korter"),
        ("", "leeg"),
    ],
)
def test_an_unusable_source_is_explained(source, words):
    notes = validate_source(source, DUTCH)
    assert notes and words in notes[0]
    assert not usable_source(source, DUTCH)


def test_a_short_english_source_the_detector_is_unsure_of_is_english():
    # One short sentence spreads the detector's confidence over English, Dutch
    # and German; English as the best guess must not be reported as another
    # language ("geen Engels maar Engels") and dropped.
    source, target = "Well over 2,000 fans came.", "Ruim 2.000 fans kwamen."
    assert validate_source(source, target) == []
    assert usable_source(source, target)


def test_a_somewhat_long_source_is_usable_with_a_note():
    notes = validate_source(ENGLISH + " " + ENGLISH, DUTCH)
    assert notes and "langer" in notes[0]
    assert usable_source(ENGLISH + " " + ENGLISH, DUTCH)


# ---------------------------------------------------------------------------
# The dev set


def _dev_items() -> list[dict]:
    if not DEV.exists():
        pytest.skip("the dev set is not beside this checkout (../shared/eval)")
    items = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line]
    return [i for i in items if i.get("source")]


@pytest.fixture(scope="module")
def dev_reports():
    desk = Desk(Config(use_frog=False, enable=["BL"]))
    return [(item, desk.check(item["target"], source=item["source"])) for item in _dev_items()]


def test_dev_omissions_and_number_errors_are_found(dev_reports):
    missed = []
    for item, report in dev_reports:
        for gold in item["errors"]:
            if gold["category"] not in ("accuracy/omission", "accuracy/number"):
                continue
            if not any(f.start < gold["end"] and gold["start"] < f.end for f in report.findings):
                missed.append((item["id"], gold["text"]))
    assert missed == []
    assert sum(1 for _ in dev_reports) >= 20


def test_dev_clean_items_with_a_source_raise_nothing(dev_reports):
    clean = [(i["id"], r.findings) for i, r in dev_reports if i["kind"] == "clean"]
    assert len(clean) >= 4
    assert [(k, [(f.rule, f.text) for f in fs]) for k, fs in clean if fs] == []


@pytest.mark.parametrize(
    ("name", "word", "other_spelling"),
    [
        ("Zelenskyy", "Zelensky", True),
        ("Groningen", "Gronings", False),  # the place adjective, not a misspelling
        ("Groningen", "Groningse", False),
        ("Amsterdam", "Amsterdamse", False),
        ("Groningen", "Groningen", True),
    ],
)
def test_a_place_adjective_is_no_other_spelling(name, word, other_spelling):
    from nakijker.bilingual.names import spelled_like

    assert spelled_like(name, word) is other_spelling


def test_an_ordinary_english_word_opening_a_sentence_is_no_name():
    from nakijker.bilingual.names import name_mentions

    source = "Dockworkers in Rotterdam went on strike, union leader Dekker said."
    found = [m.text for m in name_mentions(source, {0})]
    assert found == ["Rotterdam", "Dekker"]


def test_a_day_after_a_month_needs_punctuation_to_make_a_range():
    found = [(q.kind, q.text) for q in extract("on June 3 and 12 people died", "en")]
    assert found == [("date", "June 3"), ("number", "12")]


def test_datelines_and_bracketed_conversions_may_be_dropped():
    from nakijker.bilingual.names import dateline_spans
    from nakijker.bilingual.quantities import conversions

    source = "Storm hits coast\nTHE HAGUE, Netherlands, Nov. 27 (AFP) - A storm hit the coast."
    ((start, end),) = dateline_spans(source)
    assert source[start:end] == "THE HAGUE, Netherlands, Nov. 27 (AFP) - "
    assert dateline_spans("STRASBOURG, France — The vote") == ((0, 21),)
    assert dateline_spans("EU leaders agree - again") == ()
    text = "within 884 kilometers (549 miles) of Mars; Smith (54) said"
    assert [text[s:e] for s, e in conversions(text)] == ["(549 miles)"]
    target = "Storm treft kust\nEen storm trof de kust. Hij duurde tot 3 maart."
    assert findings(target, source + " It lasted until March 3.", "BL906") == []


def test_a_time_followed_by_a_weekday_does_not_end_the_sentence():
    text = "It counted 153 jets between 6 a.m. Monday and 6 a.m. Tuesday. It was a record."
    assert len(split_sentences(text)) == 2


def test_a_dutch_sentence_opener_is_no_name_anchor():
    from nakijker.bilingual.align import target_names

    assert target_names("Hij ontkent het. Dat zeggen Albuquerque en Daarin.") == frozenset(
        {"albuq"}
    )


@pytest.mark.parametrize(
    ("name", "present_in"),
    [
        ("Slovenian", "De Sloveense renner"),  # the stem of a nationality word
        ("Lithuanian", "Een Litouwse diplomaat"),  # the stem of its country's Dutch name
        ("Kuwaiti", "Het Koeweitse ministerie"),
        ("Dane", "De Deen won"),  # from the table
        ("Evstigneeva", "Anna Jevstignejeva zei"),  # Russian initial E is Je in Dutch
    ],
)
def test_nationality_words_and_transliterations_appear(name, present_in):
    from nakijker.bilingual.names import appears

    assert appears(name, present_in)


def test_names_in_participles_and_units():
    from nakijker.bilingual.names import name_mentions

    source = "Fatah-led militants fired rockets. It was 38 degrees Celsius in Jenin."
    assert [m.text for m in name_mentions(source, {0})] == ["Jenin"]
    source = "The truce was Fatah-brokered in Jenin."
    assert [m.text for m in name_mentions(source, {0})] == ["Fatah", "Jenin"]


@pytest.mark.parametrize("word", ["Taiwanese", "Nepalese", "Keniaanse"])
def test_a_nationality_adjective_is_no_other_spelling(word):
    from nakijker.bilingual.names import spelled_like

    assert not spelled_like(word.removesuffix("ese").removesuffix("aanse") or word, word)


# ---------------------------------------------------------------------------
# Faithful wire translations: what the checks must leave alone


@pytest.mark.parametrize(
    ("name", "dutch", "rendered"),
    [
        ("Dipole", "een sterke Indische Oceaan-dipool", True),  # part of a compound
        ("Volcanology", "het centrum voor vulkanologie", True),  # c → k, y → ie
        ("Infanta", "haar zus, infante Sofía", True),
        ("Oscillation", "de decadale oscillatie", True),
        ("Okafor", "Sanne Vries uit Leiden", False),  # no English word
        ("Pereira", "de pereira-boom", False),  # more frequent in Dutch: a name
    ],
)
def test_a_capitalised_common_noun_may_come_back_in_lower_case(name, dutch, rendered):
    from nakijker.bilingual.context import words_in
    from nakijker.bilingual.names import as_common_noun

    assert as_common_noun(name, words_in(dutch)) is rendered


def test_two_alike_names_of_the_source_are_no_spelling_variants():
    from nakijker.bilingual.names import spelled_like

    assert not spelled_like("Lage", "League")  # two letters more in a short name
    source = "Leila Pereira spoke. Sporting lead the Primeira Liga."
    target = "Leila Pereira sprak. Sporting leidt in de Primeira Liga."
    assert findings(target, source, "BL904") == []


def test_units_glued_to_the_number_and_imperial_conversions():
    assert [q.text for q in extract("It hit 50.2C and a 12km queue formed.", "en")] == [
        "50.2",
        "12",
    ]
    source = "Winds of 185 km/h (115 mph) hit the coast, where it was 41C."
    target = "Windstoten van 185 kilometer per uur troffen de kust, waar het 41 graden was."
    assert findings(target, source, "BL906", "BL910") == []
    source = "The storm brought winds of 90 mph."
    target = "De storm bracht windsnelheden van 145 kilometer per uur."
    assert findings(target, source, "BL901", "BL906", "BL910") == []


def test_a_quoted_title_with_the_sentence_punctuation_inside():
    assert bl.is_title("Last Round.") and bl.is_title("Moonrise,")
    assert not bl.is_title("all the women whose stories are never told.")


def test_a_negation_rendered_by_a_restricting_word():
    source = "Players cannot move abroad before turning 18."
    assert (
        findings("Spelers mogen pas op hun achttiende naar het buitenland.", source, "BL907") == []
    )
    # without the restricting word the negation is still missing
    assert findings("Spelers mogen voor hun achttiende naar het buitenland.", source, "BL907")


@pytest.mark.parametrize(
    ("english", "dutch"),
    [("the 2027-28 season", "het seizoen 2027-2028"), ("fiscal 2024/2025", "boekjaar 2024/25")],
)
def test_a_season_with_a_short_second_year_matches_the_full_year(english, dutch):
    source = extract(english, "en")
    target = extract(dutch, "nl")
    assert len(source) == len(target) == 2
    assert all(s.agrees(t) for s, t in zip(source, target, strict=True))


@pytest.mark.parametrize(
    ("english", "dutch", "rendered"),
    [("state", "Staatsraad", True), ("state", "Tegenstanders", False)],
)
def test_a_rendering_inside_a_word_must_be_a_compound_part(english, dutch, rendered):
    assert lexicon.part_of(english, dutch) is rendered


def test_a_shared_negative_prefix_does_not_render_not():
    pair = bl.Pair(0, None, "Do not use unboiled water.", "Gebruik ongekookt water.", 0, 0, (), ())  # type: ignore[arg-type]
    assert bl._shared_prefixes(pair) == 1
