"""TMX 1.1–1.4: read the English–Dutch pairs, write findings back as notes.

Each ``<tu>`` is one unit: ``target`` is the ``<seg>`` of its Dutch variant
(``xml:lang`` nl, nl-NL, nl-BE …), ``source`` that of its English one. The
id is the ``tuid`` when there is one, else the unit's number in the file
(1, 2, …). Variants in other languages are ignored.

Offsets index the character data of the Dutch ``<seg>``: ``hi`` keeps its
text, while ``bpt``, ``ept``, ``it``, ``ph`` and ``ut`` hold native code
(``&lt;b&gt;``) and are left out, with the text after them kept.

Notes go first in the ``<tu>``, where TMX allows ``note`` and ``prop``.
"""

from __future__ import annotations

from collections.abc import Callable
from xml.etree.ElementTree import Element

from nakijker.checks.base import Finding
from nakijker.formats import Unit, _xml, is_language
from nakijker.formats._xml import XML_LANG, Insertion, Parsed
from nakijker.read import MAX_BYTES, InputError

VERSIONS = ("1.1", "1.2", "1.3", "1.4", "1.4a", "1.4b")
NATIVE_CODE = frozenset({"bpt", "ept", "it", "ph", "ut"})


def read(data: bytes, name: str = "input", max_bytes: int = MAX_BYTES) -> list[Unit]:
    return [unit for unit, _ in _units(_xml.parse(data, name, max_bytes), name)]


def _locate(doc: Parsed, name: str) -> _xml.Located:
    return _units(doc, name), lambda tu, findings: _insertion(doc, tu, findings)


annotate = _xml.annotator(_locate)


def _units(doc: Parsed, name: str) -> list[tuple[Unit, Element]]:
    body = _body(doc, name)
    found = [
        (_unit(doc, tu, tu.get("tuid") or str(number), name), tu)
        for number, tu in enumerate(body.findall(doc.q("tu")), 1)
    ]
    return _xml.require_units(found, name, "<tu>", "no translation units (<tu>) to check")


def _body(doc: Parsed, name: str) -> Element:
    version = _xml.require_root(doc, name, "tmx", "a TMX")
    if version not in VERSIONS:
        raise _xml.unsupported_version(name, "TMX", version, "1.1 to 1.4")
    header = doc.root.find(doc.q("header"))
    srclang = header.get("srclang") if header is not None else None
    if srclang and srclang.lower() != "*all*":
        _xml.require_language(srclang, "en", name, "source")
    body = doc.root.find(doc.q("body"))
    if body is None:
        raise InputError(f"{name}: a TMX file without <body>")
    return body


def _unit(doc: Parsed, tu: Element, unit_id: str, name: str) -> Unit:
    def problem(text: str) -> InputError:
        return _xml.unit_error(doc, tu, name, f"<tu> {unit_id!r} {text}")

    variants = [(_xml.language(v, XML_LANG, "lang"), v) for v in tu.findall(doc.q("tuv"))]
    dutch = [v for lang, v in variants if is_language(lang, "nl")]
    english = [v for lang, v in variants if is_language(lang, "en")]
    if not dutch:
        langs = ", ".join(sorted({lang or "?" for lang, _ in variants})) or "none"
        raise problem(f"has no Dutch (nl) variant ({langs}): expected English→Dutch")
    if len(dutch) > 1 or len(english) > 1:
        raise problem("has more than one Dutch or English variant")
    target = _seg_text(doc, dutch[0], problem)
    if not target.strip():
        raise problem("has an empty Dutch segment")
    source = _seg_text(doc, english[0], problem) if english else None
    return Unit(id=unit_id, target=target, source=source or None)


def _seg_text(doc: Parsed, tuv: Element, problem: Callable[[str], InputError]) -> str:
    seg = tuv.find(doc.q("seg"))
    if seg is None:
        raise problem("has a <tuv> without <seg>")
    return _xml.flat_text(seg, NATIVE_CODE)


def _insertion(doc: Parsed, tu: Element, findings: list[Finding]) -> Insertion:
    """Notes before the first child of the <tu>, each on a line like that child's."""
    first = doc.spans[next(iter(tu))]  # a <tuv>, at least
    ns_prefix = _xml.prefix(doc.data, doc.spans[tu])
    space = _xml.line_space(doc.data, first.start)
    notes = (
        f"<{ns_prefix}note>nakijker: {_xml.escape(_xml.note_text(f))}</{ns_prefix}note>"
        for f in findings
    )
    return Insertion(first.start, "".join(note + space for note in notes))
