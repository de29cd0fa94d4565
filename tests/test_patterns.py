"""The generic pattern engine and pack loading."""

from __future__ import annotations

from dataclasses import replace

import pytest

from nakijker.checks.patterns import PackError, load_pack, match_at, parse_pattern
from nakijker.config import Config
from nakijker.nlp.simple import analyse
from nakijker.pipeline import run_checks

PACK = """
category: style/unidiomatic
rules:
  - code: XX901
    name: test-rule
    pattern: "[=oproep] *2 =leider|president"
    near: [telefoon|gesprek|belde]
    message: "Bedoeld is een telefoongesprek."
    replacements: [telefoongesprek]
    bad: ["Na de [[oproep]] met de president belde hij terug."]
    good: ["De oproep van de president aan de burgers."]
"""


def tokens(text: str):
    return analyse(text).sentences[0].tokens


def test_gap_optional_and_mark():
    items, start, end = parse_pattern("de [grote? =man] *2 liep")
    toks = tokens("de man die daar liep")
    bounds = match_at(items, toks, 0)
    assert bounds is not None and (start, end) == (1, 3)
    assert match_at(items, tokens("de grote mannen liepen"), 0) is None
    assert match_at(items, tokens("de grote mannen liep"), 0) is not None


def test_negation_and_regex():
    items, _, _ = parse_pattern("!de ~.*staking(en)?")
    assert match_at(items, tokens("twee stakingen"), 0) is not None
    assert match_at(items, tokens("de stakingen"), 0) is None


def test_pack_rule_runs_with_context_and_case():
    (rule,) = load_pack(PACK, "test")
    article = analyse("Oproep met de president: hij belde terug.")
    findings = run_checks(article, [rule], Config())
    assert [(f.text, f.replacements) for f in findings] == [("Oproep", ("Telefoongesprek",))]
    assert run_checks(analyse("Oproep met de president."), [rule], Config()) == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("rules: {}", "'rules' list"),
        ("rules: [{code: X1}]", "missing"),
        (PACK.replace("style/unidiomatic", "style/nonsense"), "bad category"),
        (PACK.replace("[[oproep]]", "oproep"), "[[…]]"),
        ("rules: [", "not valid YAML"),
        (PACK.replace("*2 =leider", "~(leider| =leider"), "XX901: spec .* not a valid regex"),
    ],
)
def test_bad_packs_are_refused_with_a_reason(text, message):
    with pytest.raises(PackError, match=message.replace("[", r"\[")):
        load_pack(text, "pack.yaml")


def test_a_users_own_pack_from_the_config(tmp_path, capsys):
    from nakijker.cli import main

    pack = tmp_path / "huisstijl.yaml"
    pack.write_text(
        PACK.replace("XX901", "HS901")
        .replace("*2 =leider|president", "")
        .replace("near: [telefoon|gesprek|belde]", "near: [belde]"),
        encoding="utf-8",
    )
    (tmp_path / "nakijker.toml").write_text(f'packs = ["{pack}"]\n', encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Na de oproep belde hij de burgemeester terug.\n", encoding="utf-8")
    assert (
        main(["check", "--no-frog", "--config", str(tmp_path / "nakijker.toml"), str(article)]) == 1
    )
    assert "HS901" in capsys.readouterr().out


def test_a_broken_pack_is_one_line_and_exit_2(tmp_path, capsys):
    from nakijker.cli import main

    pack = tmp_path / "kapot.yaml"
    pack.write_text("rules: [", encoding="utf-8")
    (tmp_path / "nakijker.toml").write_text(f'packs = ["{pack}"]\n', encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Een zin.\n", encoding="utf-8")
    code = main(["check", "--no-frog", "--config", str(tmp_path / "nakijker.toml"), str(article)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "not valid YAML" in err


def test_replacement_capitalised_only_at_sentence_start():
    pack = PACK.replace("[=oproep] *2 =leider|president", "[=oproep]").replace(
        "near: [telefoon|gesprek|belde]", "near: [belde]"
    )
    (rule,) = load_pack(pack, "test")
    text = "Oproep: hij belde. Hij belde over de Oproep."
    found = [f.replacements[0] for f in run_checks(analyse(text), [rule], Config())]
    assert found == ["Telefoongesprek", "telefoongesprek"]


def test_optional_token_is_taken_when_present():
    items, _, end = parse_pattern("[de grote?]")
    bounds = match_at(items, tokens("de grote man"), 0)
    assert bounds is not None and bounds[end] == 2


def test_mixed_alternatives_are_refused():
    with pytest.raises(PackError, match=r"XX901.*cannot mix"):
        load_pack(PACK.replace("[=oproep]", "[=oproep|~bel.*]"), "pack.yaml")


def test_separate_window_for_exclusions():
    pack = PACK.replace("[=oproep] *2 =leider|president", "[=oproep]").replace(
        "near: [telefoon|gesprek|belde]",
        "near: [belde]\n    not_near: [burgers]\n    not_window: 2",
    )
    (rule,) = load_pack(pack, "test")
    far = "De oproep ging laat uit, want hij belde eerst de burgers."
    close = "De oproep aan burgers ging uit nadat hij belde."
    assert len(run_checks(analyse(far), [rule], Config())) == 1
    assert run_checks(analyse(close), [rule], Config()) == []


def test_a_replacement_that_opens_a_sentence_is_capitalised_the_dutch_way() -> None:
    from nakijker.checks.patterns import _match_case

    assert _match_case("ijzel", "Ice", sentence_initial=True) == "IJzel"
    assert _match_case("regen", "Rain", sentence_initial=True) == "Regen"
    assert _match_case("regen", "Rain", sentence_initial=False) == "regen"
    assert _match_case("regen", "rain", sentence_initial=True) == "regen"


TWO_RULES = """
category: style/unidiomatic
severity: minor
rules:
  - code: XX101
    name: no-fix
    pattern: "[grondbrekend]"
    message: "Zonder voorstel."
    bad: ["Een [[grondbrekend]] plan."]
    good: ["Een baanbrekend plan."]
  - code: XX102
    name: with-fix
    pattern: "[grondbrekend]"
    message: "Met voorstel."
    replacements: [baanbrekend]
    bad: ["Een [[grondbrekend]] plan."]
    good: ["Een baanbrekend plan."]
"""


def test_of_two_rules_on_the_same_words_the_one_with_a_fix_is_kept():
    rules = load_pack(TWO_RULES, "test")
    findings = run_checks(analyse("Een grondbrekend plan."), rules, Config())
    assert [(f.rule, f.replacements) for f in findings] == [("XX102", ("baanbrekend",))]


def test_a_match_is_found_from_its_anchor_when_any_token_may_lead():
    """A pattern whose first spec matches any word is tried only within reach
    of its anchor, and still finds every match a scan from each token finds."""
    pack = """
category: style/unidiomatic
rules:
  - code: XX902
    name: voorzetsel-welke
    pattern: '~[\\w-]+ ,? *1 [uit|tegen welke] ~(de|het)'
    message: "Schrijf waaruit of waartegen."
    bad: ["Het rapport [[uit welke]] de krant citeerde, is geheim."]
    good: ["Uit welke landen zij komen, is niet bekend."]
"""
    (rule,) = load_pack(pack, "test.yaml")
    assert rule.reach == (1, 3)
    text = (
        "Het rapport , juist uit welke de krant citeerde, en de wet tegen welke "
        "het volk protesteerde, zijn oud."
    )
    article = analyse(text)
    found = [f.text for f in run_checks(article, [rule], Config())]
    assert found == ["uit welke", "tegen welke"]
    scanned = replace(rule, reach=None)  # try every token as a start
    assert [f.text for f in run_checks(article, [scanned], Config())] == found
