"""What a check is, what it finds, and the registry that collects checks.

A check is a small class with a stable code (like ruff's rules), an MQM
category, a default severity, its documentation and its own examples (like
LanguageTool's rules): the test suite runs every example of every check.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from nakijker.config import Config
    from nakijker.doc import Article

CATEGORIES = (
    "accuracy/mistranslation",
    "accuracy/named-entity",
    "accuracy/omission",
    "accuracy/addition",
    "accuracy/untranslated",
    "accuracy/number",
    "fluency/grammar",
    "fluency/spelling",
    "fluency/punctuation",
    "fluency/repetition",
    "style/unidiomatic",
    "locale/convention",
    "source/boilerplate",
)
SEVERITIES = ("minor", "major", "critical")


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    start: int
    end: int
    text: str
    category: str
    severity: str
    message: str
    replacements: tuple[str, ...] = ()
    safe: bool = False
    source_start: int | None = None  # the matching span in the English source, if any
    source_end: int | None = None

    def as_json(self) -> dict:
        data = {
            "rule": self.rule,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "category": self.category,
            "severity": self.severity,
            "message": self.message,
            "replacements": list(self.replacements),
            "safe": self.safe,
        }
        if self.source_start is not None:
            data["source_start"], data["source_end"] = self.source_start, self.source_end
        return data


SOURCE_MARK = "|||"


def split_source(text: str) -> tuple[str | None, str]:
    """An example "English ||| Dutch" gives its source and its Dutch text."""
    if SOURCE_MARK not in text:
        return None, text
    source, target = text.split(SOURCE_MARK, 1)
    return source.strip(), target.strip()


@dataclass(frozen=True, slots=True)
class Example:
    """A text a check must flag (``[[…]]`` marks the expected span) or must not.

    For checks that compare with the English source, the text is
    "English source ||| Dutch text", with the marks in the Dutch part.
    """

    text: str
    fix: str | None = None  # the expected first replacement for the marked span

    @property
    def source(self) -> str | None:
        return split_source(self.text)[0]

    @property
    def marked(self) -> str:
        return split_source(self.text)[1]

    @property
    def plain(self) -> str:
        return self.marked.replace("[[", "").replace("]]", "")

    @property
    def spans(self) -> list[tuple[int, int]]:
        spans, plain_pos, i = [], 0, 0
        start, text = None, self.marked
        while i < len(text):
            if text.startswith("[[", i):
                start = plain_pos
                i += 2
            elif text.startswith("]]", i):
                spans.append((start, plain_pos))
                i += 2
            else:
                plain_pos += 1
                i += 1
        return spans


class Check:
    """Base class of code-based checks; subclasses set the class attributes."""

    code: ClassVar[str]
    name: ClassVar[str]
    category: ClassVar[str]
    severity: ClassVar[str] = "minor"
    needs_frog: ClassVar[bool] = False
    needs_source: ClassVar[bool] = False  # runs only when the English source is given
    # Code prefixes of findings that say nothing new inside this check's spans
    # (no spelling advice inside a sentence that is not Dutch at all).
    suppresses: ClassVar[tuple[str, ...]] = ()
    doc: ClassVar[str] = ""
    bad: ClassVar[tuple[Example, ...]] = ()
    good: ClassVar[tuple[str, ...]] = ()

    def run(self, article: Article, config: Config) -> Iterable[Finding]:
        raise NotImplementedError

    def finding(
        self,
        article: Article,
        start: int,
        end: int,
        message: str,
        replacements: Iterable[str] = (),
        *,
        safe: bool = False,
        severity: str | None = None,
        category: str | None = None,
        source_span: tuple[int, int] | None = None,
    ) -> Finding:
        return Finding(
            rule=self.code,
            start=start,
            end=end,
            text=article.text[start:end],
            category=category or self.category,
            severity=severity or self.severity,
            message=message,
            replacements=tuple(replacements),
            safe=safe,
            source_start=source_span[0] if source_span else None,
            source_end=source_span[1] if source_span else None,
        )


@dataclass
class Registry:
    checks: dict[str, Check] = field(default_factory=dict)

    def add(self, check: Check) -> None:
        if check.code in self.checks:
            raise ValueError(f"duplicate check code {check.code}")
        if check.category not in CATEGORIES:
            raise ValueError(f"{check.code}: unknown category {check.category}")
        if check.severity not in SEVERITIES:
            raise ValueError(f"{check.code}: unknown severity {check.severity}")
        self.checks[check.code] = check

    def __iter__(self) -> Iterator[Check]:
        return iter(sorted(self.checks.values(), key=lambda c: c.code))

    def __len__(self) -> int:
        return len(self.checks)

    def get(self, code: str) -> Check | None:
        return self.checks.get(code.upper())

    def select(self, enable: Iterable[str] = (), disable: Iterable[str] = ()) -> list[Check]:
        enable, disable = list(enable), list(disable)
        return [c for c in self if is_selected(c.code, enable, disable)]


def is_selected(code: str, enable: list[str], disable: list[str]) -> bool:
    """A code starting with an enabled prefix (any, if none given) and no disabled one."""
    enabled = not enable or any(code.startswith(e.upper()) for e in enable)
    return enabled and not any(code.startswith(d.upper()) for d in disable)


REGISTRY = Registry()


def register(cls: type[Check]) -> type[Check]:
    """Class decorator: put one instance of the check in the registry."""
    REGISTRY.add(cls())
    return cls
