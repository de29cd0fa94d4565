"""The knowledge files load as written: YAML silently keeps only the last of
two equal keys, which once hid renderings in kept_names.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import nakijker

PACKAGE = Path(nakijker.__file__).parent
FILES = sorted(PACKAGE.glob("rules/**/*.yaml")) + sorted(PACKAGE.glob("bilingual/data/*.yaml"))


class _StrictLoader(yaml.SafeLoader):
    pass


def _no_duplicates(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise AssertionError(f"line {key_node.start_mark.line + 1}: key {key!r} twice")
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicates)


def test_there_are_knowledge_files():
    assert len(FILES) > 20


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_key_is_written_twice(path: Path):
    yaml.load(path.read_text(encoding="utf-8"), Loader=_StrictLoader)
