"""The knowledge files of nakijker: rule packs, word lists and tables (see docs/rule-packs.md)."""

from __future__ import annotations

from typing import Any

import yaml

# libyaml's parser reads the rule packs several times faster than PyYAML's
# pure-Python one (most of a cold start); both are safe loaders.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """Parse a knowledge file safely (no Python objects), with libyaml when installed."""
    return yaml.load(text, Loader=_LOADER)
