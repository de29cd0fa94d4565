"""Settings: which checks run and the house style, from a TOML file or the CLI.

Looked up in ``nakijker.toml`` or in ``[tool.nakijker]`` of ``pyproject.toml``
in the current folder, unless a file is named with ``--config``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

QUOTE_STYLES = ("auto", "double", "single", "low")


class ConfigError(Exception):
    """A configuration file or value that cannot be used."""


@dataclass
class Config:
    enable: list[str] = field(default_factory=list)  # code prefixes; empty = all
    disable: list[str] = field(default_factory=list)
    quote_style: str = "auto"  # auto: the article's own majority style
    use_frog: bool = True
    max_bytes: int = 2_000_000
    penalties: dict[str, int] = field(default_factory=dict)  # severity → points
    pass_threshold: float = 50.0  # penalty points per 1000 words
    packs: list[str] = field(default_factory=list)  # the user's own rule packs (YAML)
    termbase: str | None = None  # a glossary of required/forbidden renderings (CSV or TBX)

    def __post_init__(self) -> None:
        unknown = set(self.penalties) - {"minor", "major", "critical"}
        if unknown:
            raise ConfigError(f"penalties: unknown severity {', '.join(sorted(unknown))}")
        if self.quote_style not in QUOTE_STYLES:
            raise ConfigError(
                f"quote_style must be one of {', '.join(QUOTE_STYLES)}, not {self.quote_style!r}"
            )


def _table(path: Path) -> dict:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise ConfigError(f"{path}: cannot read configuration ({err})") from None
    if path.name == "pyproject.toml":
        return data.get("tool", {}).get("nakijker", {})
    return data


def load_config(path: str | None = None, folder: Path | None = None, **overrides) -> Config:
    """Read the config file (named, or found in ``folder``) and apply overrides."""
    table: dict = {}
    if path:
        table = _table(Path(path))
    else:
        folder = folder or Path.cwd()
        for name in ("nakijker.toml", "pyproject.toml"):
            candidate = folder / name
            if candidate.is_file():
                table = _table(candidate)
                if table:
                    break
    known = {f.name for f in fields(Config)}
    unknown = sorted(set(table) - known)
    if unknown:
        raise ConfigError(f"unknown configuration key(s): {', '.join(unknown)}")
    table.update({k: v for k, v in overrides.items() if v is not None})
    return Config(**table)
