"""XLIFF 1.2 and 2.x: read the units, write findings back as notes.

A unit's ``target`` is the character data of its target content with the
inline markup taken out, entity and character references resolved and no
white space changed:

* XLIFF 2.x: the targets of the unit's segments and ignorables, joined in
  document order (an ignorable without a target stands for its source, as
  the standard says). Inline ``pc`` and ``mrk`` keep their text; ``ph``,
  ``sc``, ``ec``, ``sm`` and ``em`` are empty and add nothing; ``cp`` adds
  the character it encodes.
* XLIFF 1.2: the text of ``<target>``. ``g`` and ``mrk`` keep their text,
  ``x``, ``bx`` and ``ex`` are empty; ``bpt``, ``ept``, ``it`` and ``ph``
  hold native code (``&lt;b&gt;``), which is not Dutch text and is left out.

So a finding at [start, end) points into that joined string, not into the
file; it is reported to the translator as a note on the unit, which carries
the offsets and the flagged text.

Units marked ``translate="no"`` are skipped. When a file has several
``<file>`` elements, unit ids are written ``fileid/unitid`` so that they stay
unique (XLIFF only makes them unique per file).
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from nakijker.checks.base import Finding
from nakijker.formats import Unit, read_bytes
from nakijker.formats._xml import (
    PRIORITY,
    XML_LANG,
    Insertion,
    Parsed,
    apply,
    check_unique,
    escape,
    flat_text,
    indent_step,
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

NAMESPACES = {
    1: ("urn:oasis:names:tc:xliff:document:1.2", ""),  # old tools leave the namespace out
    # 2.1 kept the 2.0 namespace; 2.2 has its own.
    2: ("urn:oasis:names:tc:xliff:document:2.0", "urn:oasis:names:tc:xliff:document:2.2"),
}
NATIVE_CODE_1 = frozenset({"bpt", "ept", "it", "ph"})


def read(data: bytes, name: str = "input", max_bytes: int = MAX_BYTES) -> list[Unit]:
    doc = parse(data, name, max_bytes)
    return [unit for unit, _ in _units(doc, _version(doc, name), name)]


def write_notes(
    original_path: str,
    out_path: str,
    findings_by_unit_id: dict[str, list[Finding]],
    max_bytes: int = MAX_BYTES,
) -> None:
    """Write a copy of the file with each unit's findings as notes in that unit."""
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
    version = _version(doc, name)
    located = _units(doc, version, name)
    unknown_ids(findings_by_unit_id, (u.id for u, _ in located), name)
    insert = _insertion_2 if version == 2 else _insertion_1
    insertions = [
        insert(doc, element, findings_by_unit_id[unit.id], name)
        for unit, element in located
        if findings_by_unit_id.get(unit.id)
    ]
    return apply(data, insertions)


def _version(doc: Parsed, name: str) -> int:
    if local(doc.root.tag) != "xliff":
        raise InputError(f"{name}: not an XLIFF file (the root element is <{local(doc.root.tag)}>)")
    stated = doc.root.get("version", "")
    version = 1 if stated == "1.2" else 2 if stated.startswith("2.") else 0
    if not version:
        raise InputError(
            f"{name}: XLIFF version {stated or '(none)'} is not supported; expected 1.2 or 2.x"
        )
    if doc.namespace not in NAMESPACES[version]:
        raise InputError(
            f"{name}: XLIFF version {stated} does not match its namespace"
            f" {doc.namespace or '(none)'!r}"
        )
    return version


def _units(doc: Parsed, version: int, name: str) -> list[tuple[Unit, Element]]:
    found = _units_2(doc, name) if version == 2 else _units_1(doc, name)
    if not found:
        raise InputError(f"{name}: no translation units to check")
    check_unique([unit.id for unit, _ in found], name, "unit")
    return found


def _units_2(doc: Parsed, name: str) -> list[tuple[Unit, Element]]:
    require_language(doc.root.get("srcLang"), "en", name, "source")
    require_language(doc.root.get("trgLang"), "nl", name, "target")
    files = doc.root.findall(doc.q("file"))
    found = []
    for file in files:
        for unit in file.iter(doc.q("unit")):
            if unit.get("translate") != "no":
                unit_id = _qualified(doc, unit, file.get("id"), len(files) > 1, name)
                found.append((_unit_2(doc, unit, unit_id, name), unit))
    return found


def _unit_2(doc: Parsed, unit: Element, unit_id: str, name: str) -> Unit:
    parts = [c for c in unit if c.tag in (doc.q("segment"), doc.q("ignorable"))]
    if not parts:
        raise unit_error(doc, unit, name, f"unit {unit_id!r} has no segment")
    sources, targets = [], []
    for part in parts:
        source, target = part.find(doc.q("source")), part.find(doc.q("target"))
        if target is None and part.tag == doc.q("segment"):
            raise unit_error(doc, unit, name, f"unit {unit_id!r} has a segment with no target")
        if target is not None:
            require_language(target.get(XML_LANG), "nl", name, "target")
        sources.append(flat_text(source) if source is not None else "")
        targets.append(flat_text(target if target is not None else source))
    return _unit(doc, unit, unit_id, name, "".join(targets), "".join(sources))


def _units_1(doc: Parsed, name: str) -> list[tuple[Unit, Element]]:
    files = doc.root.findall(doc.q("file"))
    found = []
    for file in files:
        require_language(file.get("source-language"), "en", name, "source")
        require_language(file.get("target-language"), "nl", name, "target")
        for unit in file.iter(doc.q("trans-unit")):
            if unit.get("translate") != "no":
                unit_id = _qualified(doc, unit, file.get("original"), len(files) > 1, name)
                found.append((_unit_1(doc, unit, unit_id, name), unit))
    return found


def _unit_1(doc: Parsed, unit: Element, unit_id: str, name: str) -> Unit:
    source, target = unit.find(doc.q("source")), unit.find(doc.q("target"))
    if target is None:
        raise unit_error(doc, unit, name, f"unit {unit_id!r} has no target")
    require_language(target.get(XML_LANG), "nl", name, "target")
    source_text = flat_text(source, NATIVE_CODE_1) if source is not None else ""
    return _unit(doc, unit, unit_id, name, flat_text(target, NATIVE_CODE_1), source_text)


def _unit(doc: Parsed, unit: Element, unit_id: str, name: str, target: str, source: str) -> Unit:
    if not target.strip():
        raise unit_error(doc, unit, name, f"unit {unit_id!r} has an empty target")
    return Unit(id=unit_id, target=target, source=source or None)


def _qualified(
    doc: Parsed, unit: Element, file_key: str | None, several_files: bool, name: str
) -> str:
    unit_id = unit.get("id")
    if unit_id is None:
        raise unit_error(doc, unit, name, "a translation unit has no id")
    return f"{file_key}/{unit_id}" if several_files else unit_id


# How each version marks a note as ours and as being about the target.
NOTE_ATTRIBUTES = {
    2: 'category="nakijker" appliesTo="target"',
    1: 'from="nakijker" annotates="target"',
}


def _note(finding: Finding, ns_prefix: str, version: int) -> str:
    priority = PRIORITY.get(finding.severity, 5)
    return (
        f'<{ns_prefix}note {NOTE_ATTRIBUTES[version]} priority="{priority}">'
        f"{escape(note_text(finding))}</{ns_prefix}note>"
    )


def _insertion_2(doc: Parsed, unit: Element, findings: list[Finding], name: str) -> Insertion:
    """Notes go first in a 2.x unit: into its <notes>, or a new <notes> before the rest."""
    ns_prefix = prefix(doc.data, doc.spans[unit])
    notes = [_note(f, ns_prefix, 2) for f in findings]
    existing = unit.find(doc.q("notes"))
    if existing is not None:
        return _into_notes(doc, existing, notes, name)
    first = next(c for c in unit if c.tag.startswith(doc.q("")))  # a segment, at least
    space = line_space(doc.data, doc.spans[first].start)
    step = indent_step(space, line_space(doc.data, doc.spans[unit].start))
    inner = "".join(space + step + note for note in notes)
    block = f"<{ns_prefix}notes>{inner}{space}</{ns_prefix}notes>{space}"
    return Insertion(doc.spans[first].start, block)


def _into_notes(doc: Parsed, notes_element: Element, notes: list[str], name: str) -> Insertion:
    span = doc.spans[notes_element]
    if span.self_closing:
        raise unit_error(doc, notes_element, name, "an empty <notes/> cannot take notes")
    children = list(notes_element)
    if not children:
        return Insertion(span.close_start, "".join(notes))
    last = doc.spans[children[-1]]
    space = line_space(doc.data, last.start)
    return Insertion(last.end, "".join(space + note for note in notes))


def _insertion_1(doc: Parsed, unit: Element, findings: list[Finding], name: str) -> Insertion:
    """In 1.2 notes follow the target, where the schema allows them, indented like it."""
    target = doc.spans[unit.find(doc.q("target"))]
    ns_prefix = prefix(doc.data, target)
    space = line_space(doc.data, target.start)
    return Insertion(target.end, "".join(space + _note(f, ns_prefix, 1) for f in findings))
