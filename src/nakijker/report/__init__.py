"""Output formats: each renders a Report; found by name in FORMATS."""

from __future__ import annotations

from collections.abc import Callable

from nakijker.report import html_format, json_format, markdown_format, text_format

FORMATS: dict[str, Callable[..., str]] = {
    "text": text_format.render,
    "json": json_format.render,
    "html": html_format.render,
    "markdown": markdown_format.render,
}
# Formats that make one whole document per article: never several on stdout.
DOCUMENT_FORMATS = {"html"}
