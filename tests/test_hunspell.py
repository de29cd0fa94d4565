"""The warm hunspell processes: right answers, one process reused, nothing left behind."""

from __future__ import annotations

import os
import shutil

import pytest

from nakijker.lexicon import hunspell
from nakijker.lexicon.hunspell import BATCH, Hunspell, SpellerUnavailable

KNOWN = ["huis", "regering", "verkiezingen", "ministerie", "gezondheidszorg"]
UNKNOWN = ["hiuss", "regeringg", "xqzwv", "gezondheids"]


def many_words() -> list[str]:
    """More words than one batch, some right and some wrong."""
    words = [f"{w}{i}" for i in range(BATCH) for w in ("huis", "qv")]
    return words + KNOWN + UNKNOWN


def test_correct_and_suggestions():
    speller = Hunspell()
    try:
        assert all(speller.correct(w) for w in KNOWN)
        assert not any(speller.correct(w) for w in UNKNOWN)
        ok, suggestions = speller.check("regeringg")
        assert not ok and "regering" in suggestions
    finally:
        speller.close()


def test_warm_lister_answers_like_a_fresh_run_and_is_reused():
    speller = Hunspell()
    try:
        words = many_words()
        speller.prime(words)
        assert speller._lister is not None
        pid = speller._lister.pid
        fresh = speller._listed_once(sorted(set(words)))
        assert {w for w in words if not speller.correct(w)} == {w for w in words if w in fresh}
        speller.prime(["boom", "bomen", "bbooom"])
        assert speller._lister.pid == pid
        assert speller.correct("bomen") and not speller.correct("bbooom")
    finally:
        speller.close()
    assert speller._lister is None and speller._proc is None
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_without_stdbuf_one_run_per_batch(monkeypatch):
    real = shutil.which
    monkeypatch.setattr(hunspell.shutil, "which", lambda n: None if n == "stdbuf" else real(n))
    speller = Hunspell()
    try:
        speller.prime(KNOWN + UNKNOWN)
        assert speller._lister is None
        assert [speller.correct(w) for w in KNOWN + UNKNOWN] == [True] * 5 + [False] * 4
    finally:
        speller.close()


def test_missing_dictionary_or_program_is_a_clear_error():
    with pytest.raises(SpellerUnavailable, match="apt-get install hunspell-nl"):
        Hunspell(dictionary="xx_NOPE").correct("huis")
    with pytest.raises(SpellerUnavailable, match="not installed"):
        Hunspell(executable="no-such-hunspell").correct("huis")


def test_one_slip_is_one_edit_or_one_swap() -> None:
    from nakijker.checks.spelling import one_slip

    assert one_slip("wetenschapers", "wetenschappers")  # a letter left out
    assert one_slip("regeirng", "regering")  # two neighbours swapped
    assert one_slip("minster", "minister")
    assert one_slip("kabinit", "kabinet")  # a letter changed
    assert not one_slip("kabinet", "kabinet")
    assert not one_slip("kabnit", "kabinet")  # two slips
    assert not one_slip("bond", "vakbond")
