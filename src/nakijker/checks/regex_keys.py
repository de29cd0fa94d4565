"""The words a pattern regex can match, so that it can be looked up in an index.

Most regexes in the packs are lists of word forms, ``~(was|waren|is)``, or of
word endings, ``~(.*oorlog|invasie)``. Such a regex is a finite set of words
and of suffixes; knowing them, the engine tries a rule only in sentences that
hold one of them, instead of running the regex over every word.

The keys only have to be necessary, not sufficient: the regex itself still
decides. So what cannot narrow the set is widened: a repeat at the start
(``\\w+-``, ``\\d.*``) becomes "any prefix", lookaheads are dropped, and a
case-sensitive group ``(?-i:…)`` is read case-insensitively. A regex whose
matches cannot be reduced to words or endings (a repeat at the end, ``\\d+``
alone) has no keys and is run on every word.
"""

from __future__ import annotations

import re
import re._parser as _sre  # the standard library's own parse of a pattern
from re._constants import BRANCH, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN

_SPECIAL = set(".^$*+?{}[]|()\\")
_LIMIT = 2000  # more alternatives than this: not worth expanding

# A language: (text, open_start) pairs; open_start means "any prefix + text".
Language = frozenset[tuple[str, bool]]


class _Unsupported(Exception):
    pass


def regex_keys(source: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """Lower-case whole words and suffixes that every match is one of, or None."""
    try:
        language, rest = _alternation(source, 0)
    except _Unsupported:
        return None
    if rest != len(source) or any(open_ and not text for text, open_ in language):
        return None
    words = frozenset(text.lower() for text, open_ in language if not open_)
    suffixes = frozenset(text.lower() for text, open_ in language if open_)
    return words, suffixes


def _alternation(source: str, i: int) -> tuple[Language, int]:
    language, i = _sequence(source, i)
    while i < len(source) and source[i] == "|":
        more, i = _sequence(source, i + 1)
        language = _limit(language | more)
    return language, i


_ANY_PREFIX: Language = frozenset({("", True)})
_EMPTY: Language = frozenset({("", False)})
_REPEAT = re.compile(r"[*+]|\{\d*,?\d*\}")
_OPTIONAL = re.compile(r"\?|\{0,1\}")
_LOOKAROUND = ("(?!", "(?=", "(?<!", "(?<=")


def _sequence(source: str, i: int) -> tuple[Language, int]:
    language = _EMPTY
    while i < len(source) and source[i] not in "|)":
        atom, i = _atom(source, i)
        if optional := _OPTIONAL.match(source, i):
            atom, i = atom | _EMPTY, optional.end()
        elif repeat := _REPEAT.match(source, i):
            atom, i = _ANY_PREFIX, repeat.end()  # wider, and valid only at the start
        language = _concat(language, atom)
    return language, i


def _atom(source: str, i: int) -> tuple[Language, int]:
    char = source[i]
    if source.startswith(_LOOKAROUND, i):
        return _EMPTY, _after_group(source, i)  # it only narrows the matches
    if char == "(":
        i += 1
        if source.startswith("?", i):
            flags = re.match(r"\?[-a-zA-Z]*:", source[i:])
            if not flags:
                raise _Unsupported  # named groups, back references
            i += flags.end()
        inner, i = _alternation(source, i)
        if source[i : i + 1] != ")":
            raise _Unsupported
        return inner, i + 1
    if char == "[":
        end = source.index("]", i + 2)
        members = source[i + 1 : end]
        if "-" in members[1:-1] or "\\" in members or members.startswith("^"):
            return _ANY_PREFIX, end + 1  # a range: unknown letters, usable only at the start
        return frozenset((m, False) for m in members), end + 1
    if char == "\\":
        escaped = source[i + 1 : i + 2]
        if escaped.isalnum():
            return _ANY_PREFIX, i + 2  # \d, \w: unknown letters
        return frozenset({(escaped, False)}), i + 2
    if char == ".":
        return _ANY_PREFIX, i + 1
    if char in _SPECIAL:
        raise _Unsupported
    return frozenset({(char, False)}), i + 1


def _concat(left: Language, right: Language) -> Language:
    out = set()
    for a, a_open in left:
        for b, b_open in right:
            if b_open and (a or a_open):
                raise _Unsupported  # "x.*y": a gap inside a word
            out.add((a + b, a_open or b_open))
    return _limit(frozenset(out))


def _limit(language: Language) -> Language:
    if len(language) > _LIMIT:
        raise _Unsupported
    return language


def _after_group(source: str, i: int) -> int:
    """The index after the group that opens at i."""
    depth, in_class = 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise _Unsupported


def required_text(pattern: str) -> frozenset[str] | None:
    """Lower-case strings one of which every match of a case-insensitive
    pattern contains, or None when no such text is certain.

    This serves regexes over whole sentences, which ``regex_keys`` cannot
    reduce to words: every match of "strik(?:e|es|ing) (?:on|against)" holds
    "strik", so a text without it need not be searched at all.
    """
    try:
        return _needed(_sre.parse(pattern, re.I))
    except (re.error, TypeError, ValueError):
        return None


def _needed(items) -> frozenset[str] | None:
    """The most selective requirement of a sequence: a run of literal
    characters, or a group, an alternation or a repeat that has one."""
    best: frozenset[str] | None = None
    run: list[str] = []
    for op, arg in [*items, (None, None)]:
        if op is LITERAL:
            run.append(chr(arg).lower())
            continue
        candidates = [frozenset({"".join(run)}) if run else None]
        run = []
        if op is SUBPATTERN:
            candidates.append(_needed(arg[-1]))
        elif op is BRANCH:
            options = [_needed(option) for option in arg[1]]
            if all(options):
                candidates.append(frozenset().union(*options))
        elif op in (MAX_REPEAT, MIN_REPEAT) and arg[0] >= 1:
            candidates.append(_needed(arg[2]))
        for candidate in filter(None, candidates):
            if best is None or min(map(len, candidate)) > min(map(len, best)):
                best = candidate
    return best
