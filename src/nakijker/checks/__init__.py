"""All checks; importing this package fills the registry."""

from nakijker.checks import (  # noqa: F401  (imported for their @register side effect)
    agreement,
    constructions,
    formats,
    function_words,
    furniture,
    grammar,
    kept_names,
    official_names,
    quotes,
    repetition,
    spelling,
    titles,
    transliteration,
    typography,
    untranslated,
    word_forms,
)
from nakijker.checks.base import REGISTRY, Check, Example, Finding

__all__ = ["REGISTRY", "Check", "Example", "Finding"]

from nakijker.checks.patterns import builtin_rules

for _rule in builtin_rules():
    REGISTRY.add(_rule)

from nakijker.checks.collocations import collocation_rules  # noqa: E402

for _rule in collocation_rules():
    REGISTRY.add(_rule)

from nakijker.checks.sense_fields import sense_rules  # noqa: E402

for _rule in sense_rules():
    REGISTRY.add(_rule)

import nakijker.bilingual.checks  # noqa: E402,F401  (registers the checks that need the English source)
