"""What the web front end does with a desk: check, fix, extract, speak LanguageTool.

Kept apart from the HTTP routes so each piece is a plain function of a desk
and a request, run in a pool thread, and easy to test on its own.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from nakijker.checks import REGISTRY
from nakijker.checks.base import is_selected
from nakijker.checks.patterns import user_rules
from nakijker.config import Config
from nakijker.formats import format_of, read_units
from nakijker.pipeline import Desk
from nakijker.read import INPUT_SUFFIXES, InputError, decode, ensure_dutch
from nakijker.web import langtool
from nakijker.web.glossary import PREFIX, glossary_rules
from nakijker.web.store import Store

UPLOAD_SUFFIXES = INPUT_SUFFIXES - {""}


class TooLarge(InputError):
    """Text over the size limit: answered with 413 like an oversized body."""


@dataclass
class Settings:
    """The house style in force for one request: stored settings plus the request's own."""

    enable: list[str]
    disable: list[str]


class Service:
    def __init__(self, config: Config, store: Store) -> None:
        self.config = config
        self.store = store

    # -- rules -------------------------------------------------------------

    def known_codes(self) -> list[str]:
        codes = [c.code for c in REGISTRY] + [r.code for r in user_rules(self.config.packs)]
        return codes + [r.code for r in glossary_rules(self.store.terms())] + [PREFIX]

    def unknown_prefixes(self, prefixes: list[str]) -> list[str]:
        codes = self.known_codes()
        return [p for p in prefixes if not any(c.startswith(p.strip().upper()) for c in codes)]

    def rule_names(self) -> dict[str, str]:
        names = {c.code: c.name for c in REGISTRY}
        names |= {r.code: r.message for r in glossary_rules(self.store.terms())}
        return names

    def desk_for(self, base: Desk, settings: Settings) -> Desk:
        """A desk with this request's rules that shares the pooled desk's warm Frog."""
        config = replace(
            base.config,
            enable=settings.enable or list(base.config.enable),
            disable=[*base.config.disable, *settings.disable],
        )
        desk = Desk(config, frog=base.frog if config.use_frog else None)
        desk.checks += [
            r
            for r in glossary_rules(self.store.terms())
            if is_selected(r.code, config.enable, config.disable)
        ]
        return desk

    def settings(self, enable: list[str] | None = None, disable: Sequence[str] = ()) -> Settings:
        return Settings(list(enable or []), [*self.store.disabled_rules(), *disable])

    # -- input -------------------------------------------------------------

    def text(self, text: str, name: str = "text") -> str:
        """The article as the CLI would accept it, or InputError with the reason."""
        data = text.encode("utf-8", "surrogatepass")
        if len(data) > self.config.max_bytes:
            raise TooLarge(
                f"{name}: {len(data)} bytes is over the limit of {self.config.max_bytes}"
            )
        return decode(data, name, self.config.max_bytes)

    # -- work in a pool thread ----------------------------------------------

    def check(
        self,
        base: Desk,
        settings: Settings,
        text: str,
        published: str | None,
        source: str | None,
    ) -> dict:
        ensure_dutch(text, "text")
        report = self.desk_for(base, settings).check(text, published=published, source=source)
        data = report.as_json()
        self.store.record("check", text, data)
        return data

    def fix(
        self, base: Desk, settings: Settings, text: str, published: str | None, unsafe: bool
    ) -> dict:
        from nakijker.fix import fix

        ensure_dutch(text, "text")
        result = fix(self.desk_for(base, settings), text, unsafe=unsafe, published=published)
        report = result.report.as_json() if result.report else {}
        self.store.record("fix", result.text, report)
        return {
            "text": result.text,
            "applied": [f.as_json() for f in result.applied],
            "report": report,
        }

    def languagetool(self, base: Desk, request: langtool.LtRequest) -> dict:
        plain = request.doc.plain
        detected = langtool.detect(plain)
        checked = "nl"
        if request.language == "auto" and detected[0] != "nl" and detected[1] > 0.9:
            checked = detected[0]  # not ours to check: say so, find nothing
        report = None
        if checked == "nl" and plain.strip():
            settings = self.settings(
                request.enabled_rules if request.enabled_only else None, request.disabled_rules
            )
            report = self.desk_for(base, settings).check(plain)
        return {
            "software": langtool.software(),
            "warnings": {"incompleteResults": False},
            "language": langtool.language_block(request, detected, checked),
            "matches": langtool.matches(request, report, self.rule_names()),
            "sentenceRanges": langtool.sentence_ranges(request, report),
        }


def extract(data: bytes, name: str, max_bytes: int) -> dict:
    """The article in an uploaded file: its text, and its source and date where the file has them.

    A translation file's units are joined one per line (a paragraph each):
    for an article translated segment by segment that is the article again.
    """
    shown = Path(name).name[:200] or "upload"
    suffix = Path(shown).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        kinds = ", ".join(sorted(UPLOAD_SUFFIXES))
        raise InputError(f"{shown}: cannot read this kind of file (use {kinds})")
    if len(data) > max_bytes:
        raise TooLarge(f"{shown}: {len(data)} bytes is over the limit of {max_bytes} bytes")
    if format_of(shown) is None:
        text = decode(data, shown, max_bytes)
        return {"text": text, "source": None, "published": None, "title": None, "units": 1}
    with tempfile.TemporaryDirectory(prefix="nakijker-upload-") as folder:
        # read_units works on paths; only the suffix of the client's name is used.
        path = Path(folder) / f"upload{suffix}"
        path.write_bytes(data)
        try:
            units = read_units(str(path), max_bytes) or []
        except InputError as err:
            raise InputError(str(err).replace(str(path), shown)) from None
    if not units:
        raise InputError(f"{shown}: no text found to check")
    sources = [u.source for u in units]
    return {
        "text": "\n".join(u.target for u in units),
        "source": "\n".join(s for s in sources if s) if all(sources) else None,
        "published": next((u.published for u in units if u.published), None),
        "title": next((u.title for u in units if u.title), None),
        "units": len(units),
    }
