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
from nakijker.formats import Unit, is_language, read_bytes
from nakijker.formats._xml import (
    XML_LANG,
    Insertion,
    Parsed,
    apply,
    check_unique,
    escape,
    flat_text,
    language,
    line_space,
    local,
    note_text,
    parse,
    prefix,
    require_language,
    unit_error,
    unknown_ids,
    write_copy,
)
from nakijker.read import MAX_BYTES, InputError

VERSIONS = ("1.1", "1.2", "1.3", "1.4", "1.4a", "1.4b")
NATIVE_CODE = frozenset({"bpt", "ept", "it", "ph", "ut"})


def read(data: bytes, name: str = "input", max_bytes: int = MAX_BYTES) -> list[Unit]:
    return [unit for unit, _ in _units(parse(data, name, max_bytes), name)]


def write_notes(
    original_path: str,
    out_path: str,
    findings_by_unit_id: dict[str, list[Finding]],
    max_bytes: int = MAX_BYTES,
) -> None:
    """Write a copy of the file with each unit's findings as notes in its <tu>."""
    data = read_bytes(original_path, max_bytes)
    annotated, _ = annotate(data, findings_by_unit_id, original_path, max_bytes)
    write_copy(original_path, out_path, annotated)


def annotate(
    data: bytes,
    findings_by_unit_id: dict[str, list[Finding]],
    name: str = "input",
    max_bytes: int = MAX_BYTES,
) -> tuple[bytes, list[tuple[int, int]]]:
    """The file's bytes with notes added, and the byte ranges of what was inserted."""
    doc = parse(data, name, max_bytes)
    located = _units(doc, name)
    unknown_ids(findings_by_unit_id, (u.id for u, _ in located), name)
    insertions = [
        _insertion(doc, element, findings_by_unit_id[unit.id])
        for unit, element in located
        if findings_by_unit_id.get(unit.id)
    ]
    return apply(data, insertions)


def _units(doc: Parsed, name: str) -> list[tuple[Unit, Element]]:
    body = _body(doc, name)
    found = [
        (_unit(doc, tu, tu.get("tuid") or str(number), name), tu)
        for number, tu in enumerate(body.findall(doc.q("tu")), 1)
    ]
    if not found:
        raise InputError(f"{name}: no translation units (<tu>) to check")
    check_unique([unit.id for unit, _ in found], name, "<tu>")
    return found


def _body(doc: Parsed, name: str) -> Element:
    if local(doc.root.tag) != "tmx":
        raise InputError(f"{name}: not a TMX file (the root element is <{local(doc.root.tag)}>)")
    version = doc.root.get("version", "")
    if version not in VERSIONS:
        raise InputError(
            f"{name}: TMX version {version or '(none)'} is not supported; expected 1.1 to 1.4"
        )
    header = doc.root.find(doc.q("header"))
    srclang = header.get("srclang") if header is not None else None
    if srclang and srclang.lower() != "*all*":
        require_language(srclang, "en", name, "source")
    body = doc.root.find(doc.q("body"))
    if body is None:
        raise InputError(f"{name}: a TMX file without <body>")
    return body


def _unit(doc: Parsed, tu: Element, unit_id: str, name: str) -> Unit:
    def problem(text: str) -> InputError:
        return unit_error(doc, tu, name, f"<tu> {unit_id!r} {text}")

    variants = [(language(v, XML_LANG, "lang"), v) for v in tu.findall(doc.q("tuv"))]
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
    return flat_text(seg, NATIVE_CODE)


def _insertion(doc: Parsed, tu: Element, findings: list[Finding]) -> Insertion:
    """Notes before the first child of the <tu>, each on a line like that child's."""
    first = doc.spans[next(iter(tu))]  # a <tuv>, at least
    ns_prefix = prefix(doc.data, doc.spans[tu])
    space = line_space(doc.data, first.start)
    notes = (
        f"<{ns_prefix}note>nakijker: {escape(note_text(f))}</{ns_prefix}note>" for f in findings
    )
    return Insertion(first.start, "".join(note + space for note in notes))
