"""The aligned article as the bilingual checks read it, built once per article."""

from __future__ import annotations

import re
from dataclasses import dataclass

from nakijker.bilingual.align import Alignment, Bead, alignment_of
from nakijker.bilingual.quantities import Quantity, extract
from nakijker.doc import Article

Span = tuple[int, int]

# Words without digits; hyphens split, so "Fed-stoel" gives "Fed" and "stoel".
_WORD = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)*")


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()


def words_in(text: str, base: int = 0) -> list[Word]:
    return [Word(base + m.start(), base + m.end(), m.group()) for m in _WORD.finditer(text)]


@dataclass(frozen=True)
class Pair:
    """One bead with its texts and quantities; either side may be empty."""

    index: int
    bead: Bead
    source: str
    target: str
    source_start: int
    target_start: int
    source_quantities: tuple[Quantity, ...]
    target_quantities: tuple[Quantity, ...]

    @property
    def source_span(self) -> Span | None:
        return self.bead.source_span

    @property
    def target_span(self) -> Span | None:
        return self.bead.target_span

    @property
    def both(self) -> bool:
        return bool(self.bead.source and self.bead.target)

    def target_words(self) -> list[Word]:
        return words_in(self.target, self.target_start)

    def source_words(self) -> list[Word]:
        return words_in(self.source, self.source_start)


@dataclass
class Bilingual:
    article: Article
    alignment: Alignment
    pairs: list[Pair]

    @property
    def source(self) -> str:
        return self.alignment.source

    def around(self, pair: Pair, reach: int = 1) -> list[Pair]:
        return self.pairs[max(0, pair.index - reach) : pair.index + reach + 1]

    def pair_at_source(self, offset: int) -> Pair | None:
        return next(
            (
                p
                for p in self.pairs
                if p.source_span and p.source_span[0] <= offset < p.source_span[1]
            ),
            None,
        )

    def pair_at_target(self, offset: int) -> Pair | None:
        return next(
            (
                p
                for p in self.pairs
                if p.target_span and p.target_span[0] <= offset < p.target_span[1]
            ),
            None,
        )


def _pair(index: int, bead: Bead, source: str, target: str) -> Pair:
    s_start, s_end = bead.source_span or (0, 0)
    t_start, t_end = bead.target_span or (0, 0)
    s_text, t_text = source[s_start:s_end], target[t_start:t_end]
    return Pair(
        index=index,
        bead=bead,
        source=s_text,
        target=t_text,
        source_start=s_start,
        target_start=t_start,
        source_quantities=tuple(extract(s_text, "en", s_start)) if s_text else (),
        target_quantities=tuple(extract(t_text, "nl", t_start)) if t_text else (),
    )


def bilingual_of(article: Article) -> Bilingual | None:
    """The article aligned to its source, with each bead's quantities; None without a source."""
    alignment = alignment_of(article)
    if alignment is None:
        return None
    cached = article.cache.get("bilingual")
    if cached is not None and cached.alignment is alignment:
        return cached
    pairs = [_pair(i, b, alignment.source, article.text) for i, b in enumerate(alignment.beads)]
    view = Bilingual(article, alignment, pairs)
    article.cache["bilingual"] = view
    return view
