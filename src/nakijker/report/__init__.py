"""Output formats: each renders a Report; found by name in FORMATS."""

from __future__ import annotations

from collections.abc import Callable

from nakijker.report import json_format, text_format

FORMATS: dict[str, Callable[..., str]] = {
    "text": text_format.render,
    "json": json_format.render,
}
