"""One call from text to report: read → analyse → check.

``Desk`` holds what is expensive to start (Frog) so that many articles share
it; front ends (CLI, server, batch) create one desk and call ``check``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from nakijker.bilingual import Alignment, alignment_of, usable_source, validate_source
from nakijker.bilingual.termbase import termbase_for
from nakijker.checks import REGISTRY, Check, Finding
from nakijker.checks.base import is_selected
from nakijker.checks.patterns import PatternRule, rule_index, user_rules
from nakijker.config import Config
from nakijker.doc import Article, Paragraph
from nakijker.facts import Facts, extract_facts
from nakijker.nlp import simple
from nakijker.score import Score, score

REPORT_VERSION = 1


@dataclass
class Report:
    article: Article
    findings: list[Finding]
    score: Score
    notes: list[str] = field(default_factory=list)
    facts: Facts | None = None
    alignment: Alignment | None = None  # source ↔ target sentences, when a source was given

    @property
    def words(self) -> int:
        return self.article.words

    def as_json(self) -> dict:
        return {
            "version": REPORT_VERSION,
            "words": self.words,
            "findings": [f.as_json() for f in self.findings],
            "score": self.score.as_json(),
            **({"facts": self.facts.as_json()} if self.facts is not None else {}),
            **({"alignment": self.alignment.as_json()} if self.alignment is not None else {}),
            **({"notes": self.notes} if self.notes else {}),
        }


class Desk:
    """The copy desk: configuration, the checks it runs, and a warm Frog."""

    def __init__(
        self, config: Config | None = None, frog=None, extra_rules: Iterable[Check] = ()
    ) -> None:
        """``extra_rules``: checks built by a front end (a web user's glossary)."""
        self.config = config or Config()
        self._frog = frog
        if self.config.termbase:  # a broken glossary is an error now, not mid-check
            termbase_for(self.config.termbase)
        own = [*user_rules(self.config.packs), *extra_rules]
        selected = [r for r in own if is_selected(r.code, self.config.enable, self.config.disable)]
        self.checks: list[Check] = REGISTRY.select(self.config.enable, self.config.disable)
        self.checks += selected

    @property
    def frog(self):
        if self._frog is None and self.config.use_frog:
            from nakijker.nlp.frog import Frog

            self._frog = Frog()
        return self._frog

    def analyse(self, text: str) -> Article:
        if not self.config.use_frog:
            return simple.analyse(text)
        article = Article(text=text, analyser="frog")
        for start, end in simple.paragraph_spans(text):
            sentences = self.frog.analyse(text[start:end], base=start)
            article.paragraphs.append(Paragraph(start, end, sentences))
        return article

    def check(
        self, text: str, *, published: str | None = None, source: str | None = None
    ) -> Report:
        notes = self._notes()
        if source:
            notes += validate_source(source, text)
            source = source if usable_source(source, text) else None
        article = self.analyse(text)
        article.published, article.source = published, source
        findings = run_checks(article, self.checks, self.config)
        verdict = score(findings, article.words, self.config.penalties, self.config.pass_threshold)
        report = Report(article, findings, verdict, notes, extract_facts(article))
        if source:
            report.alignment = alignment_of(article)
        return report

    def _notes(self) -> list[str]:
        if self.config.use_frog:
            return []
        skipped = sum(1 for c in self.checks if c.needs_frog)
        return [f"Zonder Frog: {skipped} taalkundige controles overgeslagen (--no-frog)."]

    def close(self) -> None:
        if self._frog is not None:
            self._frog.close()
            self._frog = None

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def run_checks(article: Article, checks: Iterable[Check], config: Config) -> list[Finding]:
    """Every finding of the checks that can run on this article, in text order."""
    checks = list(checks)
    findings: set[Finding] = set()
    covers: list[tuple[Finding, tuple[str, ...]]] = []
    patterns = [c for c in checks if isinstance(c, PatternRule)]
    possible = rule_index(patterns).candidates(article) if patterns else set()
    for check in checks:
        if (check.needs_frog and not article.has_frog) or (
            check.needs_source and not article.source
        ):
            continue
        if isinstance(check, PatternRule) and id(check) not in possible:
            continue
        found = set(check.run(article, config))
        findings |= found
        if check.suppresses:
            covers += [(f, check.suppresses) for f in found]
    kept: dict[tuple[int, int], Finding] = {}
    # Two rules that flag exactly the same words report one error: keep one
    # that offers a fix, and of those the lowest code (code-based checks come
    # before the packs).
    for f in sorted(findings, key=lambda f: (f.start, f.end, not f.replacements, f.rule)):
        if not _covered(f, covers):
            kept.setdefault((f.start, f.end), f)
    return list(kept.values())


def _covered(finding: Finding, covers: list[tuple[Finding, tuple[str, ...]]]) -> bool:
    return any(
        finding.rule.startswith(prefixes)
        and outer.start <= finding.start
        and finding.end <= outer.end
        and outer is not finding
        for outer, prefixes in covers
    )
