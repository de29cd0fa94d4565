"""Shared fixtures: one Frog for the whole test session, the seed when present."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_7c82a9d19096d9a2.txt"
DEV = SHARED / "eval" / "dev.jsonl"


@pytest.fixture(scope="session")
def frog():
    from nakijker.nlp.frog import Frog

    f = Frog()
    yield f
    f.close()


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("the seed article is not beside this checkout (../shared/seed)")
    return SEED.read_text(encoding="utf-8")
