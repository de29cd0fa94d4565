"""The document model: an article whose text is never modified.

Every paragraph, sentence and token holds ``start``/``end`` offsets (Python
string indices, end exclusive) into ``Article.text``; checks report spans in
the same unit, so a finding can always be sliced back out of the input.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    lemma: str | None = None
    pos: str | None = None  # full CGN tag, e.g. "N(soort,ev,basis,zijd,stan)"
    ner: str | None = None  # BIO tag, e.g. "B-PER"; "O" outside entities
    chunk: str | None = None  # BIO chunk tag, e.g. "B-NP"

    @property
    def tag(self) -> str:
        """The main CGN word class ("N", "WW", "ADJ", ...), or "" when untagged."""
        if not self.pos:
            return ""
        return self.pos.split("(", 1)[0]

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_entity(self) -> bool:
        return bool(self.ner) and self.ner != "O"

    @property
    def is_word(self) -> bool:
        return any(ch.isalnum() for ch in self.text)


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    tokens: list[Token] = field(default_factory=list)


@dataclass(slots=True)
class Paragraph:
    start: int
    end: int
    sentences: list[Sentence] = field(default_factory=list)


@dataclass(slots=True)
class Article:
    text: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    analyser: str = "none"  # "frog" when Frog's annotations are on the tokens
    published: str | None = None  # ISO date, when known
    source: str | None = None  # the English original, when given
    # Derived data that several checks share (word indexes); never part of the model.
    cache: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def sentences(self) -> list[Sentence]:
        return [s for p in self.paragraphs for s in p.sentences]

    @property
    def tokens(self) -> list[Token]:
        return [t for s in self.sentences for t in s.tokens]

    @property
    def has_frog(self) -> bool:
        return self.analyser == "frog"

    @property
    def words(self) -> int:
        return sum(1 for t in self.tokens if t.is_word)

    def is_whole_paragraph(self, start: int, end: int) -> bool:
        """The span is a paragraph of its own, white space aside (a headline)."""
        span = self.text[start:end].strip()
        return any(self.text[p.start : p.end].strip() == span for p in self.paragraphs)
