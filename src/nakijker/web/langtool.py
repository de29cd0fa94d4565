"""A LanguageTool-compatible ``/v2/check``, so LanguageTool clients can use the desk.

Editors and the browser add-on speak LanguageTool's HTTP API (form fields
``text`` or ``data``, ``language``, ``enabledRules``, …; a JSON answer with
``matches``). Two things need care at this edge and nowhere else:

* LanguageTool is Java: offsets and lengths count UTF-16 code units, so a
  character outside the Basic Multilingual Plane (an emoji) counts 2, where
  our findings count code points.
* ``data`` is annotated text: ``{"annotation": [{"text": …}, {"markup": …,
  "interpretAs": …}]}``. Only the text parts (and ``interpretAs``) are
  checked, but offsets in the answer index the whole document, markup
  included, as LanguageTool's do.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from dataclasses import dataclass, field

from nakijker import __version__
from nakijker.checks.base import Finding
from nakijker.pipeline import Report

CONTEXT_CHARS = 40  # characters of context either side, as LanguageTool gives
LANGUAGE_NAMES = {"nl": "Dutch", "en": "English", "de": "German", "fr": "French"}
LANGUAGES = [{"name": "Dutch", "code": "nl", "longCode": "nl-NL"}]

# Our MQM categories in LanguageTool's terms: its ITS issue type, its match
# type (UnknownWord makes clients draw a spelling underline) and a category
# name in Dutch, since LanguageTool names categories in the text's language.
ISSUE_TYPES = {
    "accuracy/mistranslation": "mistranslation",
    "accuracy/named-entity": "mistranslation",
    "accuracy/omission": "omission",
    "accuracy/addition": "addition",
    "accuracy/untranslated": "untranslated",
    "accuracy/number": "numbers",
    "fluency/grammar": "grammar",
    "fluency/spelling": "misspelling",
    "fluency/punctuation": "typographical",
    "fluency/repetition": "duplication",
    "style/unidiomatic": "style",
    "locale/convention": "locale-violation",
    "source/boilerplate": "non-conformance",
}
CATEGORY_NAMES = {
    "accuracy/mistranslation": "Vertaalfout",
    "accuracy/named-entity": "Naam",
    "accuracy/omission": "Weglating",
    "accuracy/addition": "Toevoeging",
    "accuracy/untranslated": "Onvertaald",
    "accuracy/number": "Getal",
    "fluency/grammar": "Grammatica",
    "fluency/spelling": "Spelling",
    "fluency/punctuation": "Leestekens",
    "fluency/repetition": "Herhaling",
    "style/unidiomatic": "Stijl",
    "locale/convention": "Notatie",
    "source/boilerplate": "Paginarestant",
}


class LanguageToolError(ValueError):
    """A request LanguageTool would refuse with 400; the message is its plain-text body."""


def category_id(category: str) -> str:
    """ "fluency/spelling" → "FLUENCY_SPELLING": LanguageTool's style of category id."""
    return category.upper().replace("/", "_").replace("-", "_")


# ---------------------------------------------------------------------------
# Offsets


class Utf16:
    """Code-point offsets of one string turned into UTF-16 code-unit offsets."""

    def __init__(self, text: str) -> None:
        # Positions of the characters that take two UTF-16 units; for the
        # usual article there are none and every offset stays as it is.
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def __call__(self, offset: int) -> int:
        return offset + bisect_right(self._astral, offset - 1) if self._astral else offset


@dataclass
class Annotated:
    """Checked plain text, the whole document, and where each plain character sits in it."""

    plain: str
    document: str
    # document offset of each plain character, and of the end of each (a
    # character from interpretAs spans its whole markup)
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)

    @classmethod
    def of_text(cls, text: str) -> Annotated:
        return cls(text, text)

    def to_document(self, start: int, end: int) -> tuple[int, int]:
        if not self.starts:
            return start, end
        size = len(self.plain)
        first = self.starts[start] if start < size else len(self.document)
        if end <= start:
            return first, first
        return first, self.ends[min(end, size) - 1]


def parse_annotation(data: str) -> Annotated:
    try:
        parsed = json.loads(data)
    except json.JSONDecodeError as err:
        raise LanguageToolError(f"Error: 'data' is not valid JSON: {err.msg}") from None
    parts = parsed.get("annotation") if isinstance(parsed, dict) else None
    if not isinstance(parts, list):
        raise LanguageToolError("Error: 'data' needs an 'annotation' list")
    plain: list[str] = []
    document: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for part in parts:
        text, markup, interpret = _annotation_part(part)
        if text is not None:
            plain.append(text)
            starts.extend(range(pos, pos + len(text)))
            ends.extend(range(pos + 1, pos + len(text) + 1))
            document.append(text)
            pos += len(text)
        else:
            # Markup is not checked, but it takes room in the document; what
            # it stands for (a paragraph break for <p>) is checked in its place.
            plain.append(interpret)
            starts.extend([pos] * len(interpret))
            ends.extend([pos + len(markup)] * len(interpret))
            document.append(markup)
            pos += len(markup)
    return Annotated("".join(plain), "".join(document), starts, ends)


def _annotation_part(part: object) -> tuple[str | None, str, str]:
    if not isinstance(part, dict):
        raise LanguageToolError("Error: each annotation must be an object")
    if isinstance(part.get("text"), str):
        return part["text"], "", ""
    if isinstance(part.get("markup"), str):
        interpret = part.get("interpretAs", "")
        if not isinstance(interpret, str):
            raise LanguageToolError("Error: 'interpretAs' must be a string")
        return None, part["markup"], interpret
    raise LanguageToolError("Error: each annotation needs 'text' or 'markup'")


# ---------------------------------------------------------------------------
# Request


@dataclass
class LtRequest:
    doc: Annotated
    language: str  # as asked: nl, nl-NL, auto
    disabled_rules: list[str]
    enabled_rules: list[str]
    enabled_only: bool
    disabled_categories: set[str]
    enabled_categories: set[str]


def _list(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(",") if v.strip()]


def parse_request(fields: dict[str, str]) -> LtRequest:
    language = (fields.get("language") or "").strip()
    if not language:
        raise LanguageToolError("Error: Missing 'language' parameter")
    primary = language.replace("_", "-").split("-")[0].lower()
    if primary not in ("nl", "auto"):
        raise LanguageToolError(
            f"Error: '{language}' is not a language code known to this server (only nl)"
        )
    if fields.get("text") is not None:
        doc = Annotated.of_text(fields["text"])
    elif fields.get("data") is not None:
        doc = parse_annotation(fields["data"])
    else:
        raise LanguageToolError("Error: Missing 'text' or 'data' parameter")
    request = LtRequest(
        doc=doc,
        language=language,
        disabled_rules=_list(fields.get("disabledRules")),
        enabled_rules=_list(fields.get("enabledRules")),
        enabled_only=(fields.get("enabledOnly") or "").lower() == "true",
        disabled_categories=set(_list(fields.get("disabledCategories"))),
        enabled_categories=set(_list(fields.get("enabledCategories"))),
    )
    if request.enabled_only and not (request.enabled_rules or request.enabled_categories):
        raise LanguageToolError(
            "Error: You cannot specify 'enabledOnly' without 'enabledRules' or 'enabledCategories'"
        )
    return request


def detect(text: str) -> tuple[str, float]:
    """The text's language (ISO code) and lingua's confidence; Dutch when too short to tell."""
    from nakijker.lexicon.language import confidences

    sample = text[:3000]
    if sum(ch.isalpha() for ch in sample) < 20:
        return "nl", 0.0
    conf = confidences(sample)
    best = max(conf, key=conf.get)
    return best, round(conf[best], 3)


# ---------------------------------------------------------------------------
# Response


def software() -> dict:
    return {
        "name": "nakijker",
        "version": __version__,
        "buildDate": "",  # a string in LanguageTool; typed clients expect one
        "apiVersion": 1,
        "premium": False,
        "status": "",
    }


def language_block(request: LtRequest, detected: tuple[str, float], checked: str) -> dict:
    code, confidence = detected
    return {
        "name": LANGUAGE_NAMES.get(checked, checked),
        "code": request.language if checked == "nl" and request.language != "auto" else checked,
        "detectedLanguage": {
            "name": LANGUAGE_NAMES.get(code, code),
            "code": code,
            "confidence": confidence,
        },
    }


def matches(request: LtRequest, report: Report | None, rule_names: dict[str, str]) -> list[dict]:
    if report is None:
        return []
    doc = request.doc
    to_units = Utf16(doc.document)
    plain_units = Utf16(doc.plain)
    sentences = [(s.start, s.end) for s in report.article.sentences]
    out = []
    for f in report.findings:
        if not _category_wanted(request, category_id(f.category)):
            continue
        start, end = doc.to_document(f.start, f.end)
        offset = to_units(start)
        out.append(
            {
                "message": f.message,
                "shortMessage": CATEGORY_NAMES.get(f.category, ""),
                "replacements": [{"value": r} for r in f.replacements],
                "offset": offset,
                "length": to_units(end) - offset,
                "context": context(doc.plain, f, plain_units),
                "sentence": _sentence(doc.plain, sentences, f.start),
                "type": {"typeName": _type_name(f)},
                "rule": _rule(f, rule_names),
                "ignoreForIncompleteSentence": False,
                "contextForSureMatch": 0,
            }
        )
    return out


def _category_wanted(request: LtRequest, cat: str) -> bool:
    if cat in request.disabled_categories:
        return False
    if request.enabled_only and request.enabled_categories and not request.enabled_rules:
        return cat in request.enabled_categories
    return True


def _type_name(f: Finding) -> str:
    if f.category == "fluency/spelling":
        return "UnknownWord"
    return "Hint" if f.category.startswith("style/") else "Other"


def _rule(f: Finding, rule_names: dict[str, str]) -> dict:
    return {
        "id": f.rule,
        "description": rule_names.get(f.rule, f.rule),
        "issueType": ISSUE_TYPES.get(f.category, "uncategorized"),
        "category": {"id": category_id(f.category), "name": CATEGORY_NAMES.get(f.category, "")},
    }


def context(plain: str, f: Finding, units: Utf16) -> dict:
    """The match with up to 40 characters either side, "..." where cut, line breaks as spaces."""
    left = max(0, f.start - CONTEXT_CHARS)
    right = min(len(plain), f.end + CONTEXT_CHARS)
    prefix = "..." if left > 0 else ""
    suffix = "..." if right < len(plain) else ""
    snippet = plain[left:right]
    for ch in "\r\n\t":
        snippet = snippet.replace(ch, " ")
    start = len(prefix) + units(f.start) - units(left)
    return {
        "text": prefix + snippet + suffix,
        "offset": start,
        "length": units(f.end) - units(f.start),
    }


def _sentence(plain: str, sentences: list[tuple[int, int]], at: int) -> str:
    for start, end in sentences:
        if start <= at < end:
            return plain[start:end]
    return ""


def sentence_ranges(request: LtRequest, report: Report | None) -> list[list[int]]:
    if report is None:
        return []
    units = Utf16(request.doc.document)
    ranges = []
    for s in report.article.sentences:
        start, end = request.doc.to_document(s.start, s.end)
        ranges.append([units(start), units(end)])
    return ranges
