"""What XLIFF and TMX share: safe parsing with byte positions, and adding notes.

Parsing goes through defusedxml, so a document type that declares entities
(billion laughs, or an external entity that would read a local file) is
refused before anything is expanded or fetched. While the tree is built the
byte offset of every start and end tag is recorded; notes are then inserted
into the original bytes at those offsets, so an annotated copy differs from
the original only by the inserted text (no re-serialisation, which would
change quotes, namespace prefixes, white space and entity forms).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError, TreeBuilder
from xml.parsers.expat import ErrorString

from defusedxml import EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import DefusedXMLParser

from nakijker.checks.base import Finding
from nakijker.formats import Unit, is_language
from nakijker.read import MAX_BYTES, InputError, decode

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PRIORITY = {"critical": 1, "major": 3, "minor": 6}  # XLIFF note priority: 1 is highest

# A tag up to its closing ">", stepping over quoted attribute values, which
# may themselves contain ">".
_TAG = re.compile(rb"""<[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>""")
_DECLARED_ENCODING = re.compile(
    rb"""(?:\xef\xbb\xbf)?<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']"""
)
_NOT_XML_CHAR = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# Only text content is escaped (our attribute values are constants); a bare
# carriage return would be read back as a line feed, so it is escaped too.
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})


@dataclass(frozen=True, slots=True)
class Span:
    """Byte offsets of one element: ``<a …>`` is [start, open_end), ``</a>`` [close_start, end)."""

    start: int
    open_end: int
    close_start: int
    end: int

    @property
    def self_closing(self) -> bool:
        return self.open_end == self.end


@dataclass
class Parsed:
    data: bytes
    root: Element
    spans: dict[Element, Span]

    @property
    def namespace(self) -> str:
        """The root's namespace: the one the format's own elements live in."""
        return self.root.tag[1:].split("}", 1)[0] if self.root.tag.startswith("{") else ""

    def q(self, name: str) -> str:
        """A format element's name as ElementTree spells it."""
        return f"{{{self.namespace}}}{name}" if self.namespace else name


@dataclass(frozen=True, slots=True)
class Insertion:
    at: int  # byte offset in the original
    text: str


class _Builder(TreeBuilder):
    """A tree builder that also notes the byte offset where each tag event happens."""

    def __init__(self) -> None:
        super().__init__()
        self.where = lambda: 0
        self.opened: dict[Element, int] = {}
        self.closed: dict[Element, int] = {}

    def start(self, tag, attrs):  # type: ignore[override]
        element = super().start(tag, attrs)
        self.opened[element] = self.where()
        return element

    def end(self, tag):  # type: ignore[override]
        element = super().end(tag)
        self.closed[element] = self.where()
        return element


def parse(data: bytes, name: str, max_bytes: int) -> Parsed:
    """The element tree of a UTF-8 XML file with tag positions, or an InputError."""
    _check_bytes(data, name, max_bytes)
    builder = _Builder()
    parser = DefusedXMLParser(target=builder)
    # The pure-Python parser that defusedxml wraps keeps expat in .parser;
    # its byte index during a callback is where that tag starts.
    builder.where = lambda: parser.parser.CurrentByteIndex
    try:
        parser.feed(data)
        root = parser.close()
    except (EntitiesForbidden, ExternalReferenceForbidden):
        raise InputError(
            f"{name}: refused: the document type declares entities or external references"
            " (a way to read other files or exhaust memory); translation files need none"
        ) from None
    except ParseError as err:
        line, column = err.position
        raise InputError(
            f"{name}: malformed XML at line {line}, column {column + 1}: {ErrorString(err.code)}"
        ) from None
    spans = {el: _span(data, at, builder.closed[el]) for el, at in builder.opened.items()}
    return Parsed(data, root, spans)


def _check_bytes(data: bytes, name: str, max_bytes: int) -> None:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: UTF-16 text; save the file as UTF-8")
    decode(data, name, max_bytes)
    declared = _DECLARED_ENCODING.match(data)
    if declared and declared.group(1).lower() not in (b"utf-8", b"utf8", b"us-ascii", b"ascii"):
        encoding = declared.group(1).decode("ascii")
        raise InputError(f"{name}: declares encoding {encoding}; only UTF-8 files are supported")


def _span(data: bytes, start: int, end_event: int) -> Span:
    open_end = _tag_end(data, start)
    if data[open_end - 2 : open_end] == b"/>":
        return Span(start, open_end, open_end, open_end)
    return Span(start, open_end, end_event, _tag_end(data, end_event))


def _tag_end(data: bytes, start: int) -> int:
    match = _TAG.match(data, start)
    if match is None:  # cannot happen after a successful parse
        raise ValueError(f"no tag at byte {start}")
    return match.end()


def line_of(doc: Parsed, element: Element) -> int:
    """The line an element starts on, for messages."""
    return doc.data.count(b"\n", 0, doc.spans[element].start) + 1


def unit_error(doc: Parsed, element: Element, name: str, text: str) -> InputError:
    """An error about one element, with its line; counted only when there is an error."""
    return InputError(f"{name}:{line_of(doc, element)}: {text}")


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def language(element: Element, *names: str) -> str | None:
    """The first language attribute present among ``names``."""
    return next((element.get(n) for n in names if element.get(n)), None)


def require_language(code: str | None, primary: str, name: str, role: str) -> None:
    """Refuse a stated language that is not the expected one; say nothing when absent."""
    if code and not is_language(code, primary):
        raise InputError(f"{name}: {role} language is {code!r}, expected English→Dutch (en → nl)")


def flat_text(element: Element, skip: frozenset[str] = frozenset()) -> str:
    """The character data of an element with inline markup dropped.

    Elements named in ``skip`` hold native code (an HTML tag, say) rather
    than text, so their content is left out; the text after them is kept.
    """
    return "".join(_pieces(element, skip))


def _pieces(element: Element, skip: frozenset[str]) -> Iterator[str]:
    yield element.text or ""
    for child in element:
        name = local(child.tag)
        if name == "cp":  # XLIFF 2: a character XML cannot hold, as hex
            yield _code_point(child.get("hex", ""))
        elif name not in skip:
            yield from _pieces(child, skip)
        yield child.tail or ""


def _code_point(hex_value: str) -> str:
    try:
        return chr(int(hex_value, 16))
    except (ValueError, OverflowError):
        return "\ufffd"


def escape(text: str) -> str:
    """Text safe as element content, with characters XML cannot hold replaced."""
    return _NOT_XML_CHAR.sub("\ufffd", text).translate(_ESCAPES)


def note_text(finding: Finding) -> str:
    """One finding as one line of a note: code, severity, span and advice."""
    span = finding.text if len(finding.text) <= 60 else finding.text[:59] + "…"
    span = span.replace("\n", "↵")
    text = (
        f"{finding.rule} {finding.severity} {finding.category}"
        f' [{finding.start}-{finding.end}] "{span}": {finding.message}'
    )
    if finding.replacements:
        text += f' → "{finding.replacements[0]}"'
    return text.replace("\n", " ")


def prefix(data: bytes, span: Span) -> str:
    """The namespace prefix a tag is written with ("xlf:" or ""), to write siblings alike."""
    name = re.match(rb"<([^\s/>]+)", data[span.start : span.open_end])
    qualified = name.group(1).decode("utf-8") if name else ""
    return qualified.split(":", 1)[0] + ":" if ":" in qualified else ""


def line_space(data: bytes, at: int) -> str:
    """The line break and indentation before a tag, or "" when it shares its line."""
    start = at
    while start > 0 and data[start - 1] in b" \t":
        start -= 1
    if start == 0 or data[start - 1] != ord("\n"):
        return ""
    start -= 1
    if start > 0 and data[start - 1] == ord("\r"):
        start -= 1
    return data[start:at].decode("ascii")


def indent_step(child_space: str, parent_space: str) -> str:
    """One level of indentation, as the file itself indents a child in its parent."""
    if not child_space:
        return ""
    if child_space.startswith(parent_space) and len(child_space) > len(parent_space):
        return child_space[len(parent_space) :]
    return "  "


def apply(data: bytes, insertions: Iterable[Insertion]) -> tuple[bytes, list[tuple[int, int]]]:
    """The bytes with every insertion made, and where each inserted text sits in them."""
    out, ranges, last, shift = [], [], 0, 0
    for insertion in sorted(insertions, key=lambda i: i.at):
        blob = insertion.text.encode("utf-8")
        out += [data[last : insertion.at], blob]
        ranges.append((insertion.at + shift, insertion.at + shift + len(blob)))
        shift += len(blob)
        last = insertion.at
    out.append(data[last:])
    return b"".join(out), ranges


def require_root(doc: Parsed, name: str, tag: str, format_name: str) -> str:
    """The root's stated version, once the root is the format's element.

    ``format_name`` carries its article ("a TMX", "an XLIFF") for the message.
    """
    if local(doc.root.tag) != tag:
        raise InputError(
            f"{name}: not {format_name} file (the root element is <{local(doc.root.tag)}>)"
        )
    return doc.root.get("version", "")


def unsupported_version(name: str, format_name: str, stated: str, expected: str) -> InputError:
    return InputError(
        f"{name}: {format_name} version {stated or '(none)'} is not supported; expected {expected}"
    )


def require_units(
    found: list[tuple[Unit, Element]], name: str, what: str, empty: str
) -> list[tuple[Unit, Element]]:
    """The units found, refused when there are none or two share an id."""
    if not found:
        raise InputError(f"{name}: {empty}")
    check_unique([unit.id for unit, _ in found], name, what)
    return found


def with_notes(
    data: bytes,
    located: list[tuple[Unit, Element]],
    findings_by_unit_id: dict[str, list[Finding]],
    name: str,
    insertion: Callable[[Element, list[Finding]], Insertion],
) -> tuple[bytes, list[tuple[int, int]]]:
    """The file's bytes with notes added, and the byte ranges of what was inserted."""
    unknown_ids(findings_by_unit_id, (u.id for u, _ in located), name)
    return apply(
        data,
        [
            insertion(element, findings_by_unit_id[unit.id])
            for unit, element in located
            if findings_by_unit_id.get(unit.id)
        ],
    )


Located = tuple[list[tuple[Unit, Element]], Callable[[Element, list[Finding]], Insertion]]


def annotator(locate: Callable[[Parsed, str], Located]) -> Callable[..., tuple[bytes, list]]:
    """A format's ``annotate``, from what finds its units and places a unit's notes."""

    def annotate(
        data: bytes,
        findings_by_unit_id: dict[str, list[Finding]],
        name: str = "input",
        max_bytes: int = MAX_BYTES,
    ) -> tuple[bytes, list[tuple[int, int]]]:
        """The file's bytes with notes added, and the byte ranges of what was inserted."""
        located, insertion = locate(parse(data, name, max_bytes), name)
        return with_notes(data, located, findings_by_unit_id, name, insertion)

    return annotate


def unknown_ids(wanted: Iterable[str], known: Iterable[str], name: str) -> None:
    missing = sorted(set(wanted) - set(known))
    if missing:
        raise ValueError(f"{name}: no unit with id {', '.join(map(repr, missing))}")


def check_unique(ids: list[str], name: str, what: str) -> None:
    seen: set[str] = set()
    for unit_id in ids:
        if unit_id in seen:
            raise InputError(f"{name}: two {what}s have the id {unit_id!r}")
        seen.add(unit_id)


def write_copy(original_path: str, out_path: str, data: bytes) -> None:
    """Write the annotated copy via a temporary file, never over the original."""
    out = Path(out_path)
    if out.exists() and out.resolve() == Path(original_path).resolve():
        raise InputError(f"{out_path}: is the original file; notes go into a copy")
    tmp = out.with_name(f".{out.name}.nakijker-tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, out)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise InputError(f"{out_path}: cannot write ({err.strerror})") from None
