"""Checks against the English source: alignment, numbers, names, omissions, terms.

The public API, loaded on first use:

- ``align(source, article) -> Alignment`` and ``alignment_of(article)``
  (computed once, cached in ``article.cache["alignment"]``);
- ``validate_source(source, target) -> list[str]`` (notes in Dutch) and
  ``usable_source(source, target) -> bool``;
- ``load_termbase(path) -> Termbase`` (CSV or TBX), raising ``TermbaseError``.

The checks themselves (BL901–BL914) live in ``nakijker.bilingual.checks``.
"""

from __future__ import annotations

from importlib import import_module

# nakijker.checks imports this package's checks, which use nakijker.checks:
# load that package completely first, whichever of the two is imported first.
import nakijker.checks  # noqa: F401

_API = {
    "Alignment": "align",
    "Bead": "align",
    "align": "align",
    "alignment_of": "align",
    "split_sentences": "align",
    "validate_source": "source",
    "usable_source": "source",
    "Termbase": "termbase",
    "Term": "termbase",
    "TermbaseError": "termbase",
    "load_termbase": "termbase",
}

__all__ = sorted(_API)


def __getattr__(name: str):
    if name not in _API:
        raise AttributeError(f"module 'nakijker.bilingual' has no attribute {name!r}")
    return getattr(import_module(f"nakijker.bilingual.{_API[name]}"), name)
