"""Noun genders from Frog's tagger lexicon (lexicon/genders.py)."""

from __future__ import annotations

from pathlib import Path

from nakijker.lexicon.genders import head_gender, lexicon_genders


def write_lexicon(tmp_path: Path) -> Path:
    path = tmp_path / "frog.lex"
    path.write_text(
        "\n".join(
            [
                "40 oogst N(soort,ev,basis,zijd,stan):38 WW(pv,tgw,ev):2",
                "30 verblijf N(soort,ev,basis,onz,stan):30",
                "21 depot N(soort,ev,basis,onz,stan):12 N(soort,ev,basis,zijd,stan):9",
                "9 depots N(soort,ev,basis,zijd,stan):1 N(soort,mv,basis):8",
                "2 zeldz N(soort,ev,basis,zijd,stan):2",
                "50 Oogst N(soort,ev,basis,zijd,stan):50",
            ]
        ),
        encoding="utf-8",
    )
    return path


def test_only_nouns_with_one_clear_gender_are_read(tmp_path):
    genders = lexicon_genders(write_lexicon(tmp_path))
    assert genders == {"oogst": "zijd", "verblijf": "onz"}
    # both genders (depot), mostly a plural (depots), too rare, capitalised: left out


def test_a_compound_takes_the_gender_of_its_last_part(tmp_path):
    genders = lexicon_genders(write_lexicon(tmp_path))
    assert head_gender("hoofdoogst", genders) == "zijd"
    assert head_gender("olifantenverblijf", genders) == "onz"
    assert head_gender("wapendepots", genders) is None
    assert head_gender("oogst", genders) is None  # no first part: Frog's own tag decides


def test_a_missing_lexicon_gives_no_genders(tmp_path):
    assert lexicon_genders(tmp_path / "absent.lex") == {}
