"""Integration tests against the real Frog (Debian packages frog, frogdata, ucto, uctodata).

One Frog serves the whole module; the tests that kill or close it leave it to
restart on demand, so they do not depend on running order.
"""

from __future__ import annotations

import os
import re
import signal
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nakijker.doc import Sentence
from nakijker.nlp.frog import INSTALL_HINT, Frog, FrogUnavailable, align

NASTY = [
    "Hij zei: “Dit is ‘raar’,” en „nee” – echt — ja... Daarna ging hij…naar huis.",
    'Het ’s ochtends zo’n storm, zei de Houthi’s. Israëls aanval op "VS-Iran" in het Midden -Oosten.',
    "Het kostte 1,200.50 dollar ($5 million) om 10:30 a.m. of €1.2 miljard; 5% méér dan 20-30 km/u.",
    "Emoji 😀👍🏽❤️ en 👨‍👩‍👧 en 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 of ﬁnanciën,   met  spaties\ten\t\ttabs.",
    "'Enkel' en ''dubbel'' en ``TeX'' en «Frans» en ‚laag‘ – alles door elkaar.",
    "Decomposed: Israe\u0308ls Citroe\u0308n, zacht\u00adkoppelteken en zero\u200bwidth\u00a0nbsp.",
    "E-mail a.b@c.nl of https://nos.nl/nieuws?id=1 #tag @user (zie p. 3, o.a. J.P. Balkenende).",
    "Regel een\nregel twee\r\nen een\u2028scheiding.",
]


@pytest.fixture(scope="module")
def frog() -> Iterator[Frog]:
    with Frog() as shared:
        shared.start()
        yield shared


def assert_aligned(text: str, sentences: list[Sentence], base: int = 0) -> None:
    previous = base
    for sentence in sentences:
        assert sentence.tokens
        assert sentence.start == sentence.tokens[0].start
        assert sentence.end == sentence.tokens[-1].end
        for token in sentence.tokens:
            assert previous <= token.start < token.end
            assert text[token.start - base : token.end - base] == token.text
            previous = token.end


def uncovered_letters(text: str, sentences: list[Sentence], base: int = 0) -> str:
    covered = {i - base for s in sentences for t in s.tokens for i in range(t.start, t.end)}
    return "".join(ch for i, ch in enumerate(text) if ch.isalnum() and i not in covered)


def texts(sentences: list[Sentence]) -> list[list[str]]:
    return [[t.text for t in s.tokens] for s in sentences]


def group_members(pgid: int) -> list[int]:
    members = []
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":  # a zombie is not a survivor
            members.append(int(entry))
    return members


def frog_children() -> set[int]:
    children = set()
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{entry}/stat") as stat:
                head, rest = stat.read().rsplit(")", 1)
        except OSError:
            continue
        if head.endswith("(frog") and int(rest.split()[1]) == os.getpid():
            children.add(int(entry))
    return children


# ------------------------------------------------------------------ annotation


def test_tags_are_full_and_sane(frog: Frog) -> None:
    sentences = frog.analyse("De Russische president Vladimir Poetin loopt zaterdag naar Moskou.")
    tokens = {t.text: t for s in sentences for t in s.tokens}
    poetin, loopt = tokens["Poetin"], tokens["loopt"]
    assert poetin.ner in ("B-PER", "I-PER") or poetin.pos.startswith(("SPEC(deeleigen", "N(eigen"))
    assert loopt.tag == "WW" and loopt.pos.startswith("WW(pv")
    assert loopt.lemma == "lopen"
    assert tokens["president"].pos == "N(soort,ev,basis,zijd,stan)"
    for token in tokens.values():
        assert re.fullmatch(r"[A-Z]+\(.*\)", token.pos)
        assert re.fullmatch(r"O|[BI]-[A-Z]+", token.ner)
        assert re.fullmatch(r"O|[BI]-[A-Z]+", token.chunk)
        assert token.lemma


def test_multiword_units_are_not_glued(frog: Frog) -> None:
    words = [
        t.text for s in frog.analyse("Donald Trump belde met Vladimir Poetin.") for t in s.tokens
    ]
    assert words[:2] == ["Donald", "Trump"]
    assert not any("_" in w for w in words)


def test_sentences_and_base_offset(frog: Frog) -> None:
    text = "Dit is één zin. En dit is de tweede!"
    sentences = frog.analyse(text, base=1000)
    assert texts(sentences) == [
        ["Dit", "is", "één", "zin", "."],
        ["En", "dit", "is", "de", "tweede", "!"],
    ]
    assert (sentences[1].start, sentences[1].end) == (1016, 1036)
    assert_aligned(text, sentences, base=1000)


# ------------------------------------------------------------------- alignment


@pytest.mark.parametrize("text", NASTY)
def test_offsets_hold_on_nasty_input(frog: Frog, text: str) -> None:
    sentences = frog.analyse(text, base=7)
    assert sentences
    assert_aligned(text, sentences, base=7)
    assert uncovered_letters(text, sentences, base=7) == ""


def test_typography_survives_in_token_text(frog: Frog) -> None:
    text = "„Nee”, zei hij ’s avonds over zo’n ‘klap’ in het Midden -Oosten."
    words = [t.text for s in frog.analyse(text) for t in s.tokens]
    for expected in ("„", "”", "’s", "zo’n", "‘", "’", "-Oosten"):
        assert expected in words


def test_decomposed_and_invisible_characters_stay_in_tokens(frog: Frog) -> None:
    text = "Israe\u0308ls zacht\u00adkoppelteken Citroe\u0308"
    words = [t.text for s in frog.analyse(text) for t in s.tokens]
    assert words == ["Israe\u0308ls", "zacht\u00adkoppelteken", "Citroe\u0308"]


def test_special_paragraphs(frog: Frog) -> None:
    assert frog.analyse("") == []
    assert frog.analyse(" \t ") == []
    assert texts(frog.analyse("EOT")) == [["EOT"]]
    assert frog.analyse("EOT")[0].tokens[0].lemma in ("EOT", "eot")
    # the server must still be in step with us after that
    assert texts(frog.analyse("Nog een zin.")) == [["Nog", "een", "zin", "."]]


FRAGMENTS = [
    "woord", "“citaat”", "‘x’", "„laag”", "zo’n", "’s", "10:30", "a.m.", "$5", "€1.2",
    "1,200.50", "—", "–", "...", "…", "😀", "👍🏽", "𝔘", "e\u0308", "x\u00ady", "Midden -Oosten",
    "''", "\"", "VS-Iran", "(haakjes)", "Israëls.", "?!",
]  # fmt: skip


@settings(max_examples=50, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(FRAGMENTS), st.sampled_from([" ", "  ", "\t", "", "\u00a0"])),
        min_size=1,
        max_size=14,
    )
)
def test_offsets_hold_on_random_mixtures(frog: Frog, parts: list[tuple[str, str]]) -> None:
    text = "".join(fragment + gap for fragment, gap in parts)
    sentences = frog.analyse(text)
    assert_aligned(text, sentences)
    assert uncovered_letters(text, sentences) == ""


def test_align_resynchronises_after_a_changed_word() -> None:
    text = "de Citroën rijdt weg"
    assert align(text, ["de", "Citroen?!", "rijdt", "weg"]) == [(0, 2), (3, 10), (11, 16), (17, 20)]
    assert align("a ¤ b", ["a", "b"]) == [(0, 1), (4, 5)]  # Frog dropped a character
    assert align("a b", ["a", "Q", "b"]) == [(0, 1), None, (2, 3)]  # Frog invented a word


def test_align_equates_quote_forms() -> None:
    assert align('"x"', ["''", "x", "''"]) == [(0, 1), (1, 2), (2, 3)]
    assert align("''x''", ["'", "'", "x", "'", "'"]) == [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5)]
    assert align("‘x’ “y”", ["'", "x", "'", '"', "y", '"']) == [
        (0, 1), (1, 2), (2, 3), (4, 5), (5, 6), (6, 7),
    ]  # fmt: skip


def test_align_never_jumps_far_ahead() -> None:
    text = "Q " + "woord " * 50 + "."
    # neither "." far away nor one token over the unclaimed words in between
    assert align(text, ["X", "."]) == [None, None]


# ------------------------------------------------------------------- lifecycle


def test_ping_answers(frog: Frog) -> None:
    frog.start()
    assert frog.ping()


def test_concurrent_requests_match_sequential_ones(frog: Frog) -> None:
    paragraphs = [f"Dit is zin nummer {n}. Hij loopt naar huis." for n in range(12)]
    expected = [texts(frog.analyse(p)) for p in paragraphs]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert [texts(r) for r in pool.map(frog.analyse, paragraphs)] == expected


def test_survives_the_thread_that_started_it(frog: Frog) -> None:
    frog.close()
    starter = threading.Thread(target=frog.start)
    starter.start()
    starter.join()
    pid = frog.pid
    time.sleep(0.5)  # a parent-death signal tied to that thread would have fired by now
    assert frog.ping() and frog.pid == pid


def wait_until(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def is_dead(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


def test_restarts_after_being_killed(frog: Frog) -> None:
    frog.start()
    old = frog.pid
    os.kill(old, signal.SIGKILL)
    wait_until(lambda: is_dead(old))
    assert texts(frog.analyse("Hij loopt naar huis.")) == [["Hij", "loopt", "naar", "huis", "."]]
    assert frog.pid not in (None, old)
    # the child that served the old connection outlived its parent; it must be gone too
    assert group_members(old) == []


def test_restarts_after_losing_the_connection(frog: Frog) -> None:
    frog.start()
    leader = frog.pid
    children = [pid for pid in group_members(leader) if pid != leader]
    assert children  # Frog forks a child per connection
    for child in children:
        os.kill(child, signal.SIGKILL)
    wait_until(lambda: all(is_dead(child) for child in children))
    assert texts(frog.analyse("Hij loopt naar huis.")) == [["Hij", "loopt", "naar", "huis", "."]]
    assert frog.pid is not None and group_members(leader) == []


def test_close_leaves_no_process(frog: Frog) -> None:
    frog.start()
    pid = frog.pid
    assert pid in group_members(pid)
    frog.close()
    assert frog.pid is None
    assert not os.path.exists(f"/proc/{pid}")
    assert group_members(pid) == []
    assert pid not in frog_children()
    frog.close()  # a second close is harmless


def test_missing_executable_is_reported() -> None:
    broken = Frog(executable="/nonexistent/bin/frog")
    assert broken.analyse("  ") == []  # nothing to do, so no start attempted
    with pytest.raises(FrogUnavailable) as caught:
        broken.analyse("Een zin.")
    message = str(caught.value)
    assert INSTALL_HINT in message and "apt-get install frog frogdata ucto uctodata" in message
    assert "\n" not in message and "/nonexistent/bin/frog" in message


def test_executable_that_exits_is_reported() -> None:
    with pytest.raises(FrogUnavailable, match="exited during start-up"):
        Frog(executable="false").start()


def test_startup_timeout_is_reported_and_cleaned_up(frog: Frog) -> None:
    before = frog_children()
    started = time.monotonic()
    with pytest.raises(FrogUnavailable, match="start-up timeout"):
        Frog(startup_timeout=0.5).start()
    assert time.monotonic() - started < 5
    assert frog_children() <= before
