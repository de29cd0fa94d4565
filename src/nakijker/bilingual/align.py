"""Sentence alignment of the English source to the Dutch article.

The English is split into sentences here (with offsets into the source);
the Dutch sentences are the article's own. A dynamic programme over beads
(1-1, 1-2, 2-1, 1-0, 0-1) picks the cheapest path, where a bead costs what
Gale and Church (1993) give for its character lengths, less a bonus for
anchors both sides share (numbers, names, cognate words, quotations) and
plus a penalty for numbers and names only one side has. Anchors keep merged and split sentences on the
right partner when lengths alone are ambiguous.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cache

from nakijker.bilingual.lexicon import fold, table
from nakijker.bilingual.quantities import Quantity, extract
from nakijker.checks.furniture import is_furniture
from nakijker.checks.transliteration import to_dutch
from nakijker.doc import Article

Span = tuple[int, int]

# Abbreviations after which a full stop does not end an English sentence.
_TITLES = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "gov",
    "sen", "rep", "st", "jr", "sr", "rev", "hon", "mt", "ft", "no", "nos", "vs", "etc", "inc",
    "ltd", "corp", "co", "dept", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov",
    "dec", "approx", "est", "fig", "univ",
})  # fmt: skip
# Words that open a new sentence after an abbreviation such as "U.S." or "a.m.".
_OPENERS = frozenset({
    "the", "a", "an", "it", "he", "she", "they", "we", "i", "but", "and", "in", "on", "this",
    "that", "there", "his", "her", "its", "their", "after", "before", "when", "while", "however",
    "meanwhile", "earlier", "later",
})  # fmt: skip
_SPACE = re.compile(r"\s*")
_END = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9À-Ý])")


def paragraph_spans(text: str) -> list[Span]:
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        if line.strip():
            start = m.start() + len(line) - len(line.lstrip())
            spans.append((start, start + len(line.strip())))
    return spans


def _ends_sentence(text: str, stop: int, next_start: int) -> bool:
    """Whether the full stop(s) ending at ``stop`` close a sentence."""
    before = re.search(r"(\S+)$", text[max(0, stop - 60) : stop])
    word = before.group(1) if before else ""
    stem = word.rstrip(".!?…\"”’')]").lower()
    next_word = re.match(r"[\"“‘'(\[]?(\w+)", text[next_start:])
    opener = next_word.group(1).lower() in _OPENERS if next_word else False
    if not word.endswith(".") or "?" in word or "!" in word:
        return True
    if stem in _TITLES:
        return False
    if re.fullmatch(r"[A-Za-z]", stem):  # an initial: "J. Powell"
        return False
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", stem):  # U.S., a.m., e.g.
        return opener or (
            stem in ("a.m", "p.m") and next_word is not None and not _qualifies_time(next_word[1])
        )
    return True


_TIME_QUALIFIERS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "gmt", "utc",
    "et", "est", "edt", "ct", "cst", "cdt", "pt", "pst", "pdt", "bst", "cet", "cest", "eastern",
    "central", "pacific", "mountain", "local",
})  # fmt: skip


def _qualifies_time(word: str) -> bool:
    """ "6 a.m. Tuesday", "9 a.m. EST": the word after a.m./p.m. goes on the time."""
    return word.lower() in _TIME_QUALIFIERS


def split_sentences(text: str) -> list[Span]:
    """English sentences as (start, end) offsets into ``text``, never across a line."""
    spans: list[Span] = []
    for p_start, p_end in paragraph_spans(text):
        start = p_start
        for m in _END.finditer(text, p_start, p_end):
            next_start = _SPACE.match(text, m.end()).end()
            if next_start >= p_end or not _ends_sentence(text, m.end(), next_start):
                continue
            spans.append((start, m.end()))
            start = next_start
        if start < p_end:
            spans.append((start, p_end))
    return spans


# ---------------------------------------------------------------------------
# Anchors


@dataclass(frozen=True)
class Side:
    """One sentence of either language, with what the aligner compares."""

    start: int
    end: int
    paragraph: int
    length: int
    numbers: tuple[frozenset[str], ...]
    names: frozenset[str]
    words: frozenset[str]  # lower-case words, for cognates: bank ↔ bank, drones ↔ drones
    quoted: bool

    number_keys: frozenset[str] = frozenset()  # every reading of every number, for lookups

    @property
    def anchored(self) -> bool:
        return bool(self.numbers or self.names)


_QUOTE = re.compile(r"[\"“”„«»]|(?:^|(?<=\s))‘")
_CAPITAL = re.compile(r"(?<![\w’'])[A-ZÀ-Ý][\w’'\-]*[\w]|(?<![\w’'])[A-Z]{2,}")


@cache
def exonym_keys() -> dict[str, frozenset[str]]:
    """English place name → folded name keys of its Dutch forms."""
    out: dict[str, frozenset[str]] = {}
    data = table("names")
    for english, dutch in [*data["exonyms"].items(), *data["demonyms"].items()]:
        out[fold(english)] = frozenset(name_key(d) for d in dutch)
    return out


def name_key(word: str) -> str:
    """A short key that survives inflection and transliteration: first five letters."""
    return fold(word).replace("-", "")[:5]


def source_names(text: str) -> frozenset[str]:
    keys: set[str] = set()
    for m in _CAPITAL.finditer(text):
        word = m.group()
        if len(word) < 3:
            continue
        keys.add(name_key(word))
        keys.add(name_key(to_dutch(word)))
        keys |= exonym_keys().get(fold(word), frozenset())
    return frozenset(keys)


# Dutch words capitalised only because they open the sentence: a Dutch sentence
# split off a long English one often opens with one ("Hij ontkent …", "Dat zeggen …").
_DUTCH_OPENERS = frozenset({
    "hij", "zij", "ze", "wij", "we", "jij", "het", "de", "een", "dat", "dit", "die", "deze",
    "daar", "daarin", "daarbij", "daarop", "daarna", "daarmee", "daardoor", "daarom", "daarvan",
    "hier", "hierbij", "hierdoor", "toen", "nu", "ook", "wel", "maar", "en", "want", "dus",
    "intussen", "inmiddels", "volgens", "bovendien", "verder", "tegelijk", "sindsdien", "zo",
    "er", "men", "haar", "zijn", "hun", "al", "eerder", "later", "wie", "wat", "waar",
})  # fmt: skip


def target_names(text: str) -> frozenset[str]:
    return frozenset(
        name_key(m.group())
        for m in _CAPITAL.finditer(text)
        if len(m.group()) >= 3 and m.group().lower() not in _DUTCH_OPENERS
    )


# Words spelled alike in both languages that say nothing about correspondence.
_FALSE_COGNATES = frozenset(
    ["over", "want", "door", "been", "even", "will", "werd", "room", "hand"]
)


def word_keys(text: str) -> frozenset[str]:
    """Lower-case words of four or more letters, cut to five: shared ones are cognates."""
    words = re.findall(r"(?<![\w’'])[a-zà-ÿ][a-zà-ÿ\-]{3,}", text)
    return frozenset(name_key(w) for w in words if w not in _FALSE_COGNATES)


def _side(text: str, span: Span, paragraph: int, numbers: list[Quantity], source: bool) -> Side:
    chunk = text[span[0] : span[1]]
    return Side(
        start=span[0],
        end=span[1],
        paragraph=paragraph,
        length=len(chunk),
        numbers=tuple(q.keys for q in numbers),
        number_keys=frozenset().union(*(q.keys for q in numbers)),
        names=(source_names if source else target_names)(chunk),
        words=word_keys(chunk),
        quoted=bool(_QUOTE.search(chunk)),
    )


def source_sides(source: str) -> list[Side]:
    paragraphs = paragraph_spans(source)
    sides = []
    for span in split_sentences(source):
        number = next(i for i, (s, e) in enumerate(paragraphs) if s <= span[0] < e)
        quantities = extract(source[span[0] : span[1]], "en", span[0])
        sides.append(_side(source, span, number, quantities, source=True))
    return sides


def target_sides(article: Article) -> list[Side]:
    sides = []
    for number, paragraph in enumerate(article.paragraphs):
        for sentence in paragraph.sentences:
            span = (sentence.start, sentence.end)
            quantities = extract(article.text[span[0] : span[1]], "nl", span[0])
            sides.append(_side(article.text, span, number, quantities, source=False))
    return sides


# ---------------------------------------------------------------------------
# Costs

# A long wire sentence (with its attribution) may become four short Dutch ones: 1-4.
_PRIORS = {(1, 1): 0.85, (1, 0): 0.01, (0, 1): 0.01, (2, 1): 0.045, (1, 2): 0.085, (1, 3): 0.01,
           (1, 4): 0.003}  # fmt: skip
_VARIANCE = 6.8  # Gale & Church's variance of target characters per source character
_SHARED_BONUS = 1.5  # per anchor found on both sides
_MISSING_COST = 1.0  # per anchor found on one side only
_QUOTE_WEIGHT = 0.7
_WORD_BONUS = 0.6  # per cognate shared by both sides
_ORPHAN_COST = 2.0  # a merged sentence whose anchors the other side lacks entirely
_PARAGRAPH_COST = 3.0  # a bead may join sentences of two paragraphs, but rarely does
_BREAK_COST = 1.5  # a paragraph break on one side only, between two beads


def _normal_tail(z: float) -> float:
    """Two-sided tail probability of the standard normal distribution."""
    return math.erfc(abs(z) / math.sqrt(2))


def length_cost(source_len: int, target_len: int, ratio: float) -> float:
    if source_len == 0 and target_len == 0:
        return 0.0
    mean = (source_len + target_len / ratio) / 2
    delta = (target_len - source_len * ratio) / math.sqrt(max(mean, 1.0) * _VARIANCE)
    return -math.log(max(_normal_tail(delta), 1e-12))


def _union(sets: list[frozenset[str]]) -> frozenset[str]:
    if len(sets) == 1:
        return sets[0]
    return frozenset().union(*sets)


def anchor_cost(source: list[Side], target: list[Side]) -> float:
    cost = 0.0
    if source and target:
        all_s = _union([s.number_keys for s in source])
        all_t = _union([t.number_keys for t in target])
        shared = sum(1 for s in source for k in s.numbers if not k.isdisjoint(all_t))
        numbers_s = sum(len(s.numbers) for s in source)
        missing = numbers_s - shared
        missing += sum(1 for t in target for k in t.numbers if k.isdisjoint(all_s))
        names_s = _union([s.names for s in source])
        names_t = _union([t.names for t in target])
        # Source names come with their Dutch variants; count a target name once.
        shared += len(names_t & names_s)
        missing += len(names_t - names_s)
        words = len(_union([s.words for s in source]) & _union([t.words for t in target]))
        cost = -_SHARED_BONUS * shared + _MISSING_COST * missing - _WORD_BONUS * words
        cost += _ORPHAN_COST * (_orphans(source, all_t, names_t) + _orphans(target, all_s, names_s))
    else:
        side = source or target
        cost = _MISSING_COST * sum(len(x.numbers) for x in side)
        if target:
            cost += _MISSING_COST * len(_union([t.names for t in target]))
    quotes_s, quotes_t = any(s.quoted for s in source), any(t.quoted for t in target)
    if quotes_s and quotes_t:
        cost -= _QUOTE_WEIGHT
    elif quotes_s or quotes_t:
        cost += _QUOTE_WEIGHT
    return cost


def _orphans(sides: list[Side], numbers: frozenset[str], names: frozenset[str]) -> int:
    """Sentences of a merge (2-1, 1-2) with anchors none of which the other side has.

    Such a sentence was not merged but dropped or added: "Tickets cost
    €32.50." next to a sentence the Dutch does render.
    """
    if len(sides) < 2:
        return 0
    return sum(
        1
        for side in sides
        if side.anchored and side.number_keys.isdisjoint(numbers) and side.names.isdisjoint(names)
    )


def bead_cost(source: list[Side], target: list[Side], ratio: float) -> float:
    prior = _PRIORS[(len(source), len(target))]
    cost = -math.log(prior)
    # Gale and Church also charge a deleted sentence for its length; machine
    # translation drops and adds whole sentences of any length, so an empty
    # side costs its prior only and a merge must fit on length to win.
    if source and target:
        cost += length_cost(sum(s.length for s in source), sum(t.length for t in target), ratio)
    cost += anchor_cost(source, target)
    for side in (source, target):
        if len({s.paragraph for s in side}) > 1:
            cost += _PARAGRAPH_COST
    return cost


# ---------------------------------------------------------------------------
# The alignment


@dataclass(frozen=True)
class Bead:
    source: tuple[Span, ...]
    target: tuple[Span, ...]

    @property
    def kind(self) -> str:
        return f"{len(self.source)}-{len(self.target)}"

    @property
    def source_span(self) -> Span | None:
        return (self.source[0][0], self.source[-1][1]) if self.source else None

    @property
    def target_span(self) -> Span | None:
        return (self.target[0][0], self.target[-1][1]) if self.target else None

    def as_json(self) -> dict:
        return {
            "source": [list(s) for s in self.source],
            "target": [list(t) for t in self.target],
        }


@dataclass
class Alignment:
    source: str
    beads: list[Bead] = field(default_factory=list)

    def as_json(self) -> list[dict]:
        return [b.as_json() for b in self.beads]

    @property
    def pairs(self) -> list[Bead]:
        """Beads with text on both sides."""
        return [b for b in self.beads if b.source and b.target]

    def neighbours(self, bead: Bead, reach: int = 1) -> list[Bead]:
        """The bead and those next to it, for looking past small alignment errors."""
        i = self.beads.index(bead)
        return self.beads[max(0, i - reach) : i + reach + 1]

    def bead_at_target(self, offset: int) -> Bead | None:
        return next(
            (b for b in self.beads if b.target_span and _inside(offset, b.target_span)), None
        )

    def bead_at_source(self, offset: int) -> Bead | None:
        return next(
            (b for b in self.beads if b.source_span and _inside(offset, b.source_span)), None
        )


def _inside(offset: int, span: Span) -> bool:
    return span[0] <= offset < span[1]


_MOVES = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (1, 3), (1, 4))


def align_sides(source: list[Side], target: list[Side]) -> list[tuple[list[int], list[int]]]:
    """The cheapest bead sequence, as lists of source and target sentence indexes."""
    total_s = sum(s.length for s in source) or 1
    total_t = sum(t.length for t in target) or 1
    # Dutch runs 1.0–1.4 times the English; outside that, the article itself
    # is short of sentences and its ratio would hide the gap.
    ratio = min(max(total_t / total_s, 1.0), 1.4)
    n, m = len(source), len(target)
    cost = [[math.inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    # Only cells near the diagonal: a long article stays fast, and no real
    # alignment strays further than the difference in sentence counts.
    band = 10 + abs(n - m) + (n + m) // 20
    for i in range(n + 1):
        centre = i * m / max(n, 1)
        for j in range(max(0, int(centre) - band), min(m, int(centre) + band) + 1):
            for di, dj in _MOVES:
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0 or cost[pi][pj] == math.inf:
                    continue
                c = cost[pi][pj] + bead_cost(source[pi:i], target[pj:j], ratio)
                c += _BREAK_COST * _break_mismatch(source, target, pi, pj, di, dj)
                if c < cost[i][j]:
                    cost[i][j], back[i][j] = c, (di, dj)
    path = []
    i, j = n, m
    while i > 0 or j > 0:
        di, dj = back[i][j] or (0, 0)
        path.append((list(range(i - di, i)), list(range(j - dj, j))))
        i, j = i - di, j - dj
    return path[::-1]


def _break_mismatch(
    source: list[Side], target: list[Side], i: int, j: int, di: int, dj: int
) -> bool:
    """A bead starting a new paragraph on one side only (both sides non-empty)."""
    if not (di and dj and 0 < i < len(source) and 0 < j < len(target)):
        return False
    source_break = source[i].paragraph != source[i - 1].paragraph
    target_break = target[j].paragraph != target[j - 1].paragraph
    return source_break != target_break


def align(source: str, article: Article) -> Alignment:
    """Align the English ``source`` to the sentences of ``article``.

    Lines of page furniture ("Lees ook: …", "Advertentie") have no source by
    nature; they stay out of the programme and become 0-1 beads.
    """
    src = source_sides(source)
    every = target_sides(article)
    furniture = {k for k, side in enumerate(every) if _is_furniture(article, side)}
    tgt = [side for k, side in enumerate(every) if k not in furniture]
    beads = [
        Bead(
            tuple((src[i].start, src[i].end) for i in si),
            tuple((tgt[j].start, tgt[j].end) for j in tj),
        )
        for si, tj in align_sides(src, tgt)
    ]
    for k in sorted(furniture):
        bead = Bead((), ((every[k].start, every[k].end),))
        at = next(
            (n for n, b in enumerate(beads) if b.target and b.target[0][0] > every[k].start),
            len(beads),
        )
        beads.insert(at, bead)
    return Alignment(source, beads)


def _is_furniture(article: Article, side: Side) -> bool:
    paragraph = article.paragraphs[side.paragraph]
    line = article.text[paragraph.start : paragraph.end]
    return is_furniture(line)


def alignment_of(article: Article) -> Alignment | None:
    """The article's alignment to its source, computed once; None without a source."""
    if not article.source or not article.source.strip():
        return None
    cached = article.cache.get("alignment")
    if cached is None or cached.source != article.source:
        cached = align(article.source, article)
        article.cache["alignment"] = cached
    return cached
