"""Rules as data: token patterns with context, read from YAML packs.

A pack (``rules/packs/*.yaml``, or a user's own file named in the config)
holds entries like::

    - code: FF201
      name: intelligentie-inlichtingendiensten
      pattern: "amerikaanse|britse [=intelligentie]"
      message: "…"
      replacements: [inlichtingendiensten]
      bad: ["volgens de Amerikaanse [[intelligentie]]"]
      good: ["Haar intelligentie viel op."]

Pattern language, one token spec per space-separated item:

``word|other``  surface form, case-insensitive
``=lemma|other`` Frog lemma (without Frog: the surface form, or the lemma
                with a short inflectional ending)
``~regex``      surface form matches the regex in full (case-insensitive)
``%TAG``        CGN tag starts with TAG (``%WW``, ``%N(eigen``, ``%ADJ``);
                may follow another spec: ``=oproep%N``
``^Word``       surface form, case-sensitive
``!spec``       any token except one matching spec
``*``           any one token; ``*3`` up to three tokens of any kind
``spec?``       an optional token, taken when present; a trailing ``?`` always
                means this, also after a regex (write ``s{0,1}`` for an
                optional last letter inside a regex)
``[`` ``]``     mark the part of the match that is flagged (default: all);
                they may be glued to a spec: ``[=oproep]``

Context keys: ``near`` (one of these specs must occur in the window),
``not_near`` (none may), ``window`` (tokens either side of the flagged part;
default the whole sentence except the flagged part), ``not_window`` (a
separate window for ``not_near``), ``article_near`` (somewhere in the article).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib.resources import files
from pathlib import Path

import yaml

from nakijker.checks.base import CATEGORIES, SEVERITIES, Check, Example, Finding
from nakijker.checks.regex_keys import regex_keys
from nakijker.config import Config
from nakijker.doc import Article, Sentence, Token
from nakijker.rules import load_yaml

_INFLECTION = re.compile(r"(?:s|en|n|e|es|'s|’s|te|ten|de|den|t|d)?")


class PackError(ValueError):
    """A rule pack that cannot be loaded; the message names the file and rule."""


@dataclass(frozen=True)
class TokenSpec:
    words: frozenset[str] = frozenset()
    lemmas: frozenset[str] = frozenset()
    regex: re.Pattern[str] | None = None
    tag: str = ""
    exact: str = ""
    negate: bool = False
    wildcard: bool = False
    # The words and word endings a regex can match (see regex_keys), for the index.
    regex_words: frozenset[str] = frozenset()
    regex_suffixes: frozenset[str] = frozenset()

    @property
    def keyed_regex(self) -> bool:
        return bool(self.regex_words or self.regex_suffixes)

    def matches(self, token: Token) -> bool:
        return self._matches(token) != self.negate

    def _matches(self, token: Token) -> bool:
        if self.wildcard:
            return True
        low = token.lower
        if self.words and low not in self.words:
            return False
        if self.exact and token.text != self.exact:
            return False
        if self.regex and not self.regex.fullmatch(token.text):
            return False
        if self.lemmas and not self._lemma_ok(token, low):
            return False
        return not (self.tag and token.pos is not None and not token.pos.startswith(self.tag))

    def _lemma_ok(self, token: Token, low: str) -> bool:
        if token.lemma is not None:
            return token.lemma.lower() in self.lemmas
        return any(_inflects(lemma, low) for lemma in self.lemmas)


def _inflects(lemma: str, word: str) -> bool:
    """Without Frog: the word is the lemma plus a regular ending (man → mannen)."""
    if not word.startswith(lemma):
        return False
    rest = word[len(lemma) :]
    if lemma and rest.startswith(lemma[-1]) and lemma[-1] not in "aeiou":
        rest = rest[1:] if rest[1:] in ("en", "e") else rest
    return bool(_INFLECTION.fullmatch(rest))


_ENDINGS = ("", "s", "en", "n", "e", "es", "'s", "’s", "te", "ten", "de", "den", "t", "d")


def _forms(lemma: str) -> set[str]:
    """Surface forms the no-Frog fallback accepts for a lemma."""
    forms = {lemma + e for e in _ENDINGS}
    if lemma and lemma[-1] not in "aeiou":
        forms |= {lemma + lemma[-1] + "en", lemma + lemma[-1] + "e"}
    return forms


@dataclass(frozen=True)
class Words:
    """The words of a stretch of text and where they stand, so that a rule is
    tried only where it can match: a quick test whether it can match at all,
    and the token positions where its first item can."""

    surfaces: frozenset[str]
    exact: frozenset[str]
    lemmas: frozenset[str] | None  # None without Frog
    at: dict[str, tuple[int, ...]]  # lower-case surface → positions
    lemma_at: dict[str, tuple[int, ...]]
    ending_at: dict[str, tuple[int, ...]]  # every ending of a surface, the whole included

    @classmethod
    def of(cls, tokens: list[Token]) -> Words:
        at: dict[str, list[int]] = {}
        lemma_at: dict[str, list[int]] = {}
        for i, t in enumerate(tokens):
            at.setdefault(t.lower, []).append(i)
            if t.lemma is not None:
                lemma_at.setdefault(t.lemma.lower(), []).append(i)
        ending_at: dict[str, set[int]] = {}
        for word, where in at.items():
            for k in range(len(word)):
                ending_at.setdefault(word[k:], set()).update(where)
        return cls(
            frozenset(at),
            frozenset(t.text for t in tokens),
            frozenset(lemma_at) if lemma_at else None,
            {k: tuple(v) for k, v in at.items()},
            {k: tuple(v) for k, v in lemma_at.items()},
            {k: tuple(v) for k, v in ending_at.items()},
        )

    def may_match(self, spec: TokenSpec) -> bool:
        if spec.words:
            return not spec.words.isdisjoint(self.surfaces)
        if spec.exact:
            return spec.exact in self.exact
        if spec.lemmas:
            if self.lemmas is not None:
                return not spec.lemmas.isdisjoint(self.lemmas)
            return any(not _forms(lemma).isdisjoint(self.surfaces) for lemma in spec.lemmas)
        if spec.keyed_regex:
            return not (
                spec.regex_words.isdisjoint(self.surfaces)
                and spec.regex_suffixes.isdisjoint(self.ending_at)
            )
        if spec.regex:
            return any(spec.regex.fullmatch(w) for w in self.exact)
        return True

    def starts(self, lead: tuple[TokenSpec, ...] | None, size: int) -> Iterable[int]:
        """Positions where a token matching one of the lead specs may stand."""
        if lead is None:
            return range(size)
        found: set[int] = set()
        for spec in lead:
            keys = self._keys(spec)
            if keys is None:
                return range(size)
            index = self.lemma_at if spec.lemmas and self.lemmas is not None else self.at
            for key in keys:
                found.update(index.get(key, ()))
            for ending in spec.regex_suffixes:
                found.update(self.ending_at.get(ending, ()))
        return sorted(found)

    def _keys(self, spec: TokenSpec) -> Iterable[str] | None:
        if spec.words:
            return spec.words
        if spec.exact:
            return (spec.exact.lower(),)
        if spec.lemmas:
            if self.lemmas is not None:
                return spec.lemmas
            return {form for lemma in spec.lemmas for form in _forms(lemma)}
        if spec.keyed_regex:
            return spec.regex_words  # the endings are looked up by the caller
        return None  # another regex or a bare tag: every position is a candidate


def lead_of(items: list[Item]) -> tuple[TokenSpec, ...] | None:
    """The specs of which one must match the first token of any match, if known."""
    lead: list[TokenSpec] = []
    for item in items:
        if item.spec.negate or item.spec.wildcard:
            return None
        lead.append(item.spec)
        if item.min >= 1:
            return tuple(lead)
    return None


def anchor_of(items: list[Item]) -> TokenSpec | None:
    """A required, positive, selective item: no match is possible where it is absent."""
    required = [i.spec for i in items if i.min >= 1 and not i.spec.negate and not i.spec.wildcard]
    selective = [s for s in required if s.words or s.exact or s.lemmas or s.keyed_regex]
    return (selective or [s for s in required if s.regex] or [None])[0]


def reach_of(items: list[Item], anchor: TokenSpec | None) -> tuple[int, int] | None:
    """How many tokens, at least and at most, stand between a match's start and its anchor."""
    index = next((k for k, item in enumerate(items) if item.spec is anchor), None)
    if index is None:
        return None
    before = items[:index]
    return sum(i.min for i in before), sum(i.max for i in before)


@dataclass(frozen=True)
class Item:
    spec: TokenSpec
    min: int = 1
    max: int = 1


def parse_spec(text: str) -> TokenSpec:
    negate = text.startswith("!")
    text = text.removeprefix("!")
    if text == "*":
        return TokenSpec(wildcard=True, negate=negate)
    tag = ""
    if "%" in text:
        text, tag = text.split("%", 1)
    kwargs: dict = {"tag": tag, "negate": negate}
    alternatives = text.split("|")
    if not text.startswith("~") and any(a[:1] in "=~^!" for a in alternatives[1:] if a):
        raise PackError(f"spec {text!r}: alternatives cannot mix kinds (=, ~, ^); use one regex")
    if not text:
        pass
    elif text.startswith("="):
        kwargs["lemmas"] = frozenset(w.lower() for w in text[1:].split("|"))
    elif text.startswith("~"):
        try:
            kwargs["regex"] = re.compile(text[1:], re.IGNORECASE)
        except re.error as err:
            raise PackError(f"spec {text!r}: not a valid regex ({err})") from None
        keys = regex_keys(text[1:])
        if keys:
            kwargs["regex_words"], kwargs["regex_suffixes"] = keys
    elif text.startswith("^"):
        kwargs["exact"] = text[1:]
    else:
        kwargs["words"] = frozenset(w.lower() for w in text.split("|"))
    return TokenSpec(**kwargs)


def parse_pattern(pattern: str) -> tuple[list[Item], int, int]:
    """Items, and the index range of items that form the flagged span."""
    items: list[Item] = []
    mark_start, mark_end = 0, None
    for part in _split_marks(pattern):
        if part == "[":
            mark_start = len(items)
        elif part == "]":
            mark_end = len(items)
        elif re.fullmatch(r"\*\d+", part):
            items.append(Item(TokenSpec(wildcard=True), 0, int(part[1:])))
        elif part.endswith("?") and len(part) > 1:
            items.append(Item(parse_spec(part[:-1]), 0, 1))
        else:
            items.append(Item(parse_spec(part)))
    return items, mark_start, len(items) if mark_end is None else mark_end


def _split_marks(pattern: str) -> list[str]:
    """Split on spaces, and split "[" and "]" glued to a spec into items of their own."""
    parts: list[str] = []
    for part in pattern.split():
        head = part.startswith("[") and part != "["
        tail = part.endswith("]") and part != "]" and part.count("]") > part.count("[") - head
        core = part[1 if head else 0 : -1 if tail else None]
        parts += ["["] * head + [core] + ["]"] * tail
    return parts


def match_at(items: list[Item], tokens: list[Token], i: int) -> list[int] | None:
    """Token index where each item starts (plus the end), for a match at i; else None."""
    bounds: list[int] = []

    def walk(k: int, pos: int) -> bool:
        if k == len(items):
            bounds.append(pos)
            return True
        item = items[k]
        # An optional token is taken when it is there; a gap stays as short as it can.
        counts = range(item.min, item.max + 1)
        for count in reversed(counts) if not item.spec.wildcard else counts:
            end = pos + count
            if end > len(tokens) or not all(item.spec.matches(t) for t in tokens[pos:end]):
                continue
            bounds.append(pos)
            if walk(k + 1, end):
                return True
            bounds.pop()
        return False

    return bounds if walk(0, i) else None


@dataclass
class PatternRule(Check):
    """One data entry, run by the generic pattern engine."""

    code: str = ""
    name: str = ""
    category: str = ""
    severity: str = "minor"
    doc: str = ""
    message: str = ""
    pattern: str = ""
    replacements: tuple[str, ...] = ()
    safe: bool = False
    near: tuple[TokenSpec, ...] = ()
    not_near: tuple[TokenSpec, ...] = ()
    article_near: tuple[TokenSpec, ...] = ()
    window: int | None = None
    not_window: int | None = None  # the window for not_near, when narrower or wider
    needs_frog: bool = False
    bad: tuple[Example, ...] = ()
    good: tuple[str, ...] = ()
    items: list[Item] = field(default_factory=list)
    mark: tuple[int, int] = (0, 0)
    anchor: TokenSpec | None = None
    lead: tuple[TokenSpec, ...] | None = None
    reach: tuple[int, int] | None = None  # tokens from a match's start to its anchor

    def run(self, article: Article, config: Config) -> Iterator[Finding]:
        if self.anchor and not _words(article, None).may_match(self.anchor):
            return
        if self.article_near and not any(
            s.matches(t) for t in _tokens(article) for s in self.article_near
        ):
            return
        for sentence in article.sentences:
            words = _words(article, sentence)
            if not self.anchor or words.may_match(self.anchor):
                yield from self._in_sentence(article, sentence, words)

    def _in_sentence(self, article: Article, sentence: Sentence, words: Words) -> Iterator[Finding]:
        tokens = sentence.tokens
        resume = 0  # matches do not overlap: the next one starts after the last
        for i in self._starts(words, len(tokens)):
            if i < resume:
                continue
            bounds = match_at(self.items, tokens, i)
            if bounds is None or bounds[-1] == i:
                continue
            first, last = bounds[self.mark[0]], bounds[self.mark[1]]
            if not self._context_ok(tokens, first, last):
                continue
            if last > first:
                start, end = tokens[first].start, tokens[last - 1].end
                initial = all(not t.is_word for t in tokens[:first])
                yield self.finding(
                    article,
                    start,
                    end,
                    self.message,
                    [_match_case(r, article.text[start:end], initial) for r in self.replacements],
                    safe=self.safe,
                )
            resume = bounds[-1]

    def _starts(self, words: Words, size: int) -> Iterable[int]:
        """Where a match may start: at the lead's tokens, or, when any token may
        lead ("~[\\w-]+ , [welke]"), within reach before the anchor's tokens."""
        starts = words.starts(self.lead, size)
        if not isinstance(starts, range) or self.reach is None or self.anchor is None:
            return starts
        at = words.starts((self.anchor,), size)
        if isinstance(at, range):
            return starts
        low, high = self.reach
        return sorted({p - d for p in at for d in range(low, high + 1) if p >= d})

    def _context_ok(self, tokens: list[Token], start: int, end: int) -> bool:
        """Context words are looked for around the flagged tokens tokens[start:end]."""
        near = _around(tokens, start, end, self.window)
        if self.near and not any(s.matches(t) for t in near for s in self.near):
            return False
        window = self.window if self.not_window is None else self.not_window
        unwanted = _around(tokens, start, end, window)
        return not any(s.matches(t) for t in unwanted for s in self.not_near)


def _around(tokens: list[Token], start: int, end: int, window: int | None) -> list[Token]:
    if window is None:
        return tokens[:start] + tokens[end:]
    return tokens[max(0, start - window) : start] + tokens[end : end + window]


class RuleIndex:
    """Which pattern rules can match in an article, found from its words at once.

    Each rule has an anchor: a word, lemma or ending without which it cannot
    match. Looking the article's words up in a map from anchors to rules
    costs one pass over the words, where asking every rule costs a pass per
    rule; with a thousand rules that is most of the engine's time.
    """

    def __init__(self, rules: list[PatternRule]) -> None:
        self.rules = rules
        self.always: list[PatternRule] = []
        self.by_word: dict[str, list[PatternRule]] = {}
        self.by_lemma: dict[str, list[PatternRule]] = {}
        self.by_form: dict[str, list[PatternRule]] = {}  # lemma anchors without Frog
        self.by_ending: dict[str, list[PatternRule]] = {}
        for rule in rules:
            self._add(rule)

    def _add(self, rule: PatternRule) -> None:
        spec = rule.anchor
        if spec is None or not (spec.words or spec.exact or spec.lemmas or spec.keyed_regex):
            self.always.append(rule)
            return
        for word in spec.words | spec.regex_words | ({spec.exact.lower()} if spec.exact else set()):
            self.by_word.setdefault(word, []).append(rule)
        for ending in spec.regex_suffixes:
            self.by_ending.setdefault(ending, []).append(rule)
        for lemma in spec.lemmas:
            self.by_lemma.setdefault(lemma, []).append(rule)
            for form in _forms(lemma):
                self.by_form.setdefault(form, []).append(rule)

    def candidates(self, article: Article) -> set[int]:
        """ids of the rules whose anchor occurs in the article."""
        words = _words(article, None)
        found = {id(r) for r in self.always}
        for word in words.surfaces:
            found.update(id(r) for r in self.by_word.get(word, ()))
            if words.lemmas is None:
                found.update(id(r) for r in self.by_form.get(word, ()))
        for lemma in words.lemmas or ():
            found.update(id(r) for r in self.by_lemma.get(lemma, ()))
        for ending in words.ending_at:
            found.update(id(r) for r in self.by_ending.get(ending, ()))
        return found


_indexes: dict[tuple[int, ...], RuleIndex] = {}


def rule_index(rules: list[PatternRule]) -> RuleIndex:
    """The index of a set of rules, built once (the index keeps the rules alive)."""
    key = tuple(id(r) for r in rules)
    if key not in _indexes:
        if len(_indexes) >= 16:
            _indexes.pop(next(iter(_indexes)))
        _indexes[key] = RuleIndex(rules)
    return _indexes[key]


def _words(article: Article, sentence: Sentence | None) -> Words:
    """The word index of one sentence, or of the whole article, built once per article."""
    cache = article.cache.setdefault("pattern-words", {})
    key = None if sentence is None else sentence.start
    if key not in cache:
        cache[key] = Words.of(_tokens(article) if sentence is None else sentence.tokens)
    return cache[key]


def _tokens(article: Article) -> list[Token]:
    if "tokens" not in article.cache:
        article.cache["tokens"] = article.tokens
    return article.cache["tokens"]


def _match_case(replacement: str, original: str, sentence_initial: bool) -> str:
    """Capitalise a replacement that opens a sentence, as the original did."""
    if sentence_initial and original[:1].isupper() and replacement[:1].islower():
        head = 2 if replacement.startswith("ij") else 1  # IJzel, not Ijzel
        return replacement[:head].upper() + replacement[head:]
    return replacement


_REQUIRED = ("code", "name", "pattern", "message", "bad", "good")
_KNOWN = {
    *_REQUIRED,
    "category", "severity", "replacements", "safe", "near", "not_near",
    "article_near", "window", "not_window", "doc", "frog",
}  # fmt: skip


def _uses_frog(pattern: str, context: list[str]) -> bool:
    """POS tags need Frog; lemmas have a fallback on the surface form."""
    return any("%" in p for p in [*pattern.split(), *context])


def rule_from_entry(entry: dict, defaults: dict, where: str) -> PatternRule:
    try:
        return _rule_from_entry(entry, defaults, where)
    except PackError as err:
        if str(err).startswith(where):
            raise
        raise PackError(f"{where}: rule {entry.get('code', '?')}: {err}") from None


def _rule_from_entry(entry: dict, defaults: dict, where: str) -> PatternRule:
    missing = [k for k in _REQUIRED if k not in entry]
    unknown = sorted(set(entry) - _KNOWN)
    code = entry.get("code", "?")
    if missing or unknown:
        raise PackError(f"{where}: rule {code}: missing {missing} / unknown keys {unknown}")
    category = entry.get("category", defaults.get("category"))
    severity = entry.get("severity", defaults.get("severity", "minor"))
    if category not in CATEGORIES or severity not in SEVERITIES:
        raise PackError(f"{where}: rule {code}: bad category {category!r} or severity {severity!r}")
    items, mark_start, mark_end = parse_pattern(entry["pattern"])
    context = [*entry.get("near", []), *entry.get("not_near", []), *entry.get("article_near", [])]
    replacements = tuple(entry.get("replacements", []))
    bad = tuple(Example(b, replacements[0] if replacements else None) for b in entry["bad"])
    if not bad or not entry["good"] or any(not e.spans for e in bad):
        raise PackError(f"{where}: rule {code}: needs bad examples with [[…]] and good examples")
    return PatternRule(
        code=code,
        name=entry["name"],
        category=category,
        severity=severity,
        doc=entry.get("doc") or entry["message"],
        message=entry["message"],
        pattern=entry["pattern"],
        replacements=replacements,
        safe=bool(entry.get("safe", defaults.get("safe", False))),
        near=tuple(parse_spec(s) for s in entry.get("near", [])),
        not_near=tuple(parse_spec(s) for s in entry.get("not_near", [])),
        article_near=tuple(parse_spec(s) for s in entry.get("article_near", [])),
        window=entry.get("window"),
        not_window=entry.get("not_window"),
        needs_frog=bool(entry.get("frog", _uses_frog(entry["pattern"], context))),
        bad=bad,
        good=tuple(entry["good"]),
        items=items,
        mark=(mark_start, mark_end),
        anchor=anchor_of(items),
        lead=lead_of(items),
        reach=reach_of(items, anchor_of(items)),
    )


def load_pack(text: str, where: str) -> list[PatternRule]:
    try:
        data = load_yaml(text)
    except yaml.YAMLError as err:
        raise PackError(f"{where}: not valid YAML ({' '.join(str(err).split())})") from None
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise PackError(f"{where}: a pack is a mapping with a 'rules' list")
    defaults = {k: data[k] for k in ("category", "severity", "safe") if k in data}
    return [rule_from_entry(e, defaults, where) for e in data["rules"]]


@cache
def builtin_rules() -> tuple[PatternRule, ...]:
    packs = files("nakijker.rules").joinpath("packs")
    rules: list[PatternRule] = []
    for entry in sorted(packs.iterdir(), key=lambda p: p.name):
        if entry.name.endswith((".yaml", ".yml")):
            rules.extend(load_pack(entry.read_text("utf-8"), f"rules/packs/{entry.name}"))
    return tuple(rules)


def user_rules(paths: list[str]) -> list[PatternRule]:
    """The rules of the user's own packs, parsed once per version of each file.

    Every Desk asks for them (the web server builds one per request), so a
    pack is read again only when its file changed.
    """
    rules = []
    for path in paths:
        try:
            stat = Path(path).stat()
            rules.extend(_user_pack(path, stat.st_mtime_ns, stat.st_size))
        except OSError as err:
            raise PackError(f"{path}: cannot read rule pack ({err.strerror})") from None
    return rules


@lru_cache(maxsize=32)
def _user_pack(path: str, mtime_ns: int, size: int) -> tuple[PatternRule, ...]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise PackError(f"{path}: cannot read rule pack ({err})") from None
    return tuple(load_pack(text, path))
