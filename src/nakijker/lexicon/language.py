"""Offline language identification with lingua (models ship in the wheel)."""

from __future__ import annotations

from functools import cache, lru_cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

# The languages a Dutch news article plausibly contains; a small set keeps
# lingua fast and its confidence values sharp.
_LANGUAGES = (Language.DUTCH, Language.ENGLISH, Language.GERMAN, Language.FRENCH)


@cache
def detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*_LANGUAGES).build()


def confidences(text: str) -> dict[str, float]:
    """ISO 639-1 code → confidence, e.g. {"nl": 0.98, "en": 0.01, ...}."""
    return dict(_confidences(text))


# The same text is often judged more than once (a source is validated, then
# judged usable): remember recent answers; callers get their own dict.
@lru_cache(maxsize=256)
def _confidences(text: str) -> tuple[tuple[str, float], ...]:
    values = detector().compute_language_confidence_values(text)
    return tuple((v.language.iso_code_639_1.name.lower(), v.value) for v in values)


def english_share(text: str) -> float:
    return confidences(text).get("en", 0.0)
