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

from collections.abc import Callable
from xml.etree.ElementTree import Element

from nakijker.checks.base import Finding
from nakijker.formats import Unit, _xml
from nakijker.formats._xml import PRIORITY, XML_LANG, Insertion, Parsed
from nakijker.read import MAX_BYTES, InputError

NAMESPACES = {
    1: ("urn:oasis:names:tc:xliff:document:1.2", ""),  # old tools leave the namespace out
    # 2.1 kept the 2.0 namespace; 2.2 has its own.
    2: ("urn:oasis:names:tc:xliff:document:2.0", "urn:oasis:names:tc:xliff:document:2.2"),
}
NATIVE_CODE_1 = frozenset({"bpt", "ept", "it", "ph"})


def read(data: bytes, name: str = "input", max_bytes: int = MAX_BYTES) -> list[Unit]:
    doc = _xml.parse(data, name, max_bytes)
    return [unit for unit, _ in _units(doc, _version(doc, name), name)]


def _locate(doc: Parsed, name: str) -> _xml.Located:
    version = _version(doc, name)
    insert = _insertion_2 if version == 2 else _insertion_1
    return _units(doc, version, name), lambda unit, findings: insert(doc, unit, findings, name)


annotate = _xml.annotator(_locate)


def _version(doc: Parsed, name: str) -> int:
    stated = _xml.require_root(doc, name, "xliff", "an XLIFF")
    version = 1 if stated == "1.2" else 2 if stated.startswith("2.") else 0
    if not version:
        raise _xml.unsupported_version(name, "XLIFF", stated, "1.2 or 2.x")
    if doc.namespace not in NAMESPACES[version]:
        raise InputError(
            f"{name}: XLIFF version {stated} does not match its namespace"
            f" {doc.namespace or '(none)'!r}"
        )
    return version


def _units(doc: Parsed, version: int, name: str) -> list[tuple[Unit, Element]]:
    found = _units_2(doc, name) if version == 2 else _units_1(doc, name)
    return _xml.require_units(found, name, "unit", "no translation units to check")


def _english_dutch(source: str | None, target: str | None, name: str) -> None:
    _xml.require_language(source, "en", name, "source")
    _xml.require_language(target, "nl", name, "target")


def _file_units(
    doc: Parsed,
    name: str,
    unit_tag: str,
    key: str,
    read_unit: Callable[[Parsed, Element, str, str], Unit],
    check_file: Callable[[Element], None] = lambda file: None,
) -> list[tuple[Unit, Element]]:
    """The units of every <file>, ids qualified by the file's ``key`` attribute."""
    files = doc.root.findall(doc.q("file"))
    found = []
    for file in files:
        check_file(file)
        for unit in file.iter(doc.q(unit_tag)):
            if unit.get("translate") != "no":
                unit_id = _qualified(doc, unit, file.get(key), len(files) > 1, name)
                found.append((read_unit(doc, unit, unit_id, name), unit))
    return found


def _units_2(doc: Parsed, name: str) -> list[tuple[Unit, Element]]:
    _english_dutch(doc.root.get("srcLang"), doc.root.get("trgLang"), name)
    return _file_units(doc, name, "unit", "id", _unit_2)


def _unit_2(doc: Parsed, unit: Element, unit_id: str, name: str) -> Unit:
    parts = [c for c in unit if c.tag in (doc.q("segment"), doc.q("ignorable"))]
    if not parts:
        raise _xml.unit_error(doc, unit, name, f"unit {unit_id!r} has no segment")
    sources, targets = [], []
    for part in parts:
        source, target = part.find(doc.q("source")), part.find(doc.q("target"))
        if target is None and part.tag == doc.q("segment"):
            raise _xml.unit_error(doc, unit, name, f"unit {unit_id!r} has a segment with no target")
        if target is not None:
            _xml.require_language(target.get(XML_LANG), "nl", name, "target")
        sources.append(_xml.flat_text(source) if source is not None else "")
        targets.append(_xml.flat_text(target if target is not None else source))
    return _unit(doc, unit, unit_id, name, "".join(targets), "".join(sources))


def _units_1(doc: Parsed, name: str) -> list[tuple[Unit, Element]]:
    def check_file(file: Element) -> None:
        # 1.2 states the languages per <file>, not once for the document.
        _english_dutch(file.get("source-language"), file.get("target-language"), name)

    return _file_units(doc, name, "trans-unit", "original", _unit_1, check_file)


def _unit_1(doc: Parsed, unit: Element, unit_id: str, name: str) -> Unit:
    source, target = unit.find(doc.q("source")), unit.find(doc.q("target"))
    if target is None:
        raise _xml.unit_error(doc, unit, name, f"unit {unit_id!r} has no target")
    _xml.require_language(target.get(XML_LANG), "nl", name, "target")
    source_text = _xml.flat_text(source, NATIVE_CODE_1) if source is not None else ""
    return _unit(doc, unit, unit_id, name, _xml.flat_text(target, NATIVE_CODE_1), source_text)


def _unit(doc: Parsed, unit: Element, unit_id: str, name: str, target: str, source: str) -> Unit:
    if not target.strip():
        raise _xml.unit_error(doc, unit, name, f"unit {unit_id!r} has an empty target")
    return Unit(id=unit_id, target=target, source=source or None)


def _qualified(
    doc: Parsed, unit: Element, file_key: str | None, several_files: bool, name: str
) -> str:
    unit_id = unit.get("id")
    if unit_id is None:
        raise _xml.unit_error(doc, unit, name, "a translation unit has no id")
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
        f"{_xml.escape(_xml.note_text(finding))}</{ns_prefix}note>"
    )


def _insertion_2(doc: Parsed, unit: Element, findings: list[Finding], name: str) -> Insertion:
    """Notes go first in a 2.x unit: into its <notes>, or a new <notes> before the rest."""
    ns_prefix = _xml.prefix(doc.data, doc.spans[unit])
    notes = [_note(f, ns_prefix, 2) for f in findings]
    existing = unit.find(doc.q("notes"))
    if existing is not None:
        return _into_notes(doc, existing, notes, name)
    first = next(c for c in unit if c.tag.startswith(doc.q("")))  # a segment, at least
    space = _xml.line_space(doc.data, doc.spans[first].start)
    step = _xml.indent_step(space, _xml.line_space(doc.data, doc.spans[unit].start))
    inner = "".join(space + step + note for note in notes)
    block = f"<{ns_prefix}notes>{inner}{space}</{ns_prefix}notes>{space}"
    return Insertion(doc.spans[first].start, block)


def _into_notes(doc: Parsed, notes_element: Element, notes: list[str], name: str) -> Insertion:
    span = doc.spans[notes_element]
    if span.self_closing:
        raise _xml.unit_error(doc, notes_element, name, "an empty <notes/> cannot take notes")
    children = list(notes_element)
    if not children:
        return Insertion(span.close_start, "".join(notes))
    last = doc.spans[children[-1]]
    space = _xml.line_space(doc.data, last.start)
    return Insertion(last.end, "".join(space + note for note in notes))


def _insertion_1(doc: Parsed, unit: Element, findings: list[Finding], name: str) -> Insertion:
    """In 1.2 notes follow the target, where the schema allows them, indented like it."""
    target = doc.spans[unit.find(doc.q("target"))]
    ns_prefix = _xml.prefix(doc.data, target)
    space = _xml.line_space(doc.data, target.start)
    return Insertion(target.end, "".join(space + _note(f, ns_prefix, 1) for f in findings))
