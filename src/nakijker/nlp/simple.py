"""A plain segmenter: paragraphs, sentences and tokens without linguistics.

Used for the paragraph layout in every mode, and for sentences and tokens
when Frog is switched off (``--no-frog``). Tokens get no lemma or tags.
"""

from __future__ import annotations

import re

from nakijker.doc import Article, Paragraph, Sentence, Token

# A word keeps inner apostrophes, hyphens, dots and digit separators
# (zo’n, Midden-Oosten, a.m., 1.200,50); everything else is one symbol.
_TOKEN = re.compile(
    r"\d+(?:[.,:]\d+)*(?:[^\W\d_]+\b)?"  # 25ste, 3e, 1990s
    r"|\w(?:\.\w)+\.(?=\W|$)"  # abbreviations such as a.m. and o.a.
    r"|\w+(?:[’'\-]\w+)*"
    r"|\S",
)
# A sentence ends after . ! ? (and any closing quotes) before a capital,
# digit or opening quote; single letters and known abbreviations do not end one.
_SENTENCE_END = re.compile(r"[.!?…]+[”’\"')]*(?=\s+[\"“‘„(A-ZÀ-Ý0-9])")
_ABBREVIATIONS = {
    "dhr",
    "mevr",
    "mr",
    "dr",
    "prof",
    "ir",
    "ing",
    "drs",
    "st",
    "nr",
    "bijv",
    "o.a",
    "ca",
    "vs",
    "jl",
}


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """One paragraph per non-blank line, trimmed of surrounding white space."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        stripped = line.strip()
        if not stripped:
            continue
        start = match.start() + (len(line) - len(line.lstrip()))
        spans.append((start, start + len(stripped)))
    return spans


def tokenize(text: str, base: int = 0) -> list[Token]:
    return [Token(base + m.start(), base + m.end(), m.group()) for m in _TOKEN.finditer(text)]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        word = re.search(r"(\S+?)[.!?…]*$", text[start : match.start() + 1])
        stem = word.group(1).lower().rstrip(".") if word else ""
        if len(stem) == 1 or stem in _ABBREVIATIONS:
            continue
        spans.append((start, match.end()))
        start = match.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        spans.append((start, len(text.rstrip())))
    return [(s, e) for s, e in spans if e > s]


def segment(text: str, base: int = 0) -> list[Sentence]:
    """Sentences with tokens for one paragraph starting at ``base``."""
    sentences = []
    for s, e in sentence_spans(text):
        sentences.append(Sentence(base + s, base + e, tokenize(text[s:e], base + s)))
    return sentences


def analyse(text: str) -> Article:
    article = Article(text=text, analyser="simple")
    for start, end in paragraph_spans(text):
        article.paragraphs.append(Paragraph(start, end, segment(text[start:end], start)))
    return article
