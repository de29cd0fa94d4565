"""Translation and newsroom formats: reading units, and notes written into a copy."""

from __future__ import annotations

import hashlib
import shutil
import time
from pathlib import Path

import defusedxml.ElementTree as SafeET
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nakijker.checks.base import Finding
from nakijker.config import Config
from nakijker.formats import Unit, read_units, tmx, write_notes, xliff
from nakijker.formats._xml import note_text
from nakijker.pipeline import Desk
from nakijker.read import InputError

DATA = Path(__file__).parent / "data"
XLIFF2 = DATA / "nieuws-2.0.xlf"
XLIFF1 = DATA / "nieuws-1.2.xlf"
TMX = DATA / "nieuws.tmx"
PAGE = DATA / "storm-pagina.html"
JSONL = DATA / "nieuws.jsonl"
X2 = "{urn:oasis:names:tc:xliff:document:2.0}"
X1 = "{urn:oasis:names:tc:xliff:document:1.2}"

ANNOTATE = {".xlf": xliff.annotate, ".tmx": tmx.annotate}


@pytest.fixture(scope="module")
def desk() -> Desk:
    return Desk(Config(use_frog=False))


def finding(text: str, word: str, message: str = "Controleer dit woord.") -> Finding:
    start = text.index(word)
    return Finding(
        rule="XX101",
        start=start,
        end=start + len(word),
        text=word,
        category="fluency/grammar",
        severity="major",
        message=message,
        replacements=("iets",),
    )


def without(data: bytes, ranges: list[tuple[int, int]]) -> bytes:
    """The bytes with the given ranges cut out (ranges in ascending order)."""
    kept, last = [], 0
    for start, end in ranges:
        kept.append(data[last:start])
        last = end
    kept.append(data[last:])
    return b"".join(kept)


def xml_char(ch: str) -> bool:
    """Whether XML 1.0 can hold the character at all."""
    return (
        ch in "\t\n\r"
        or ("\x20" <= ch <= "\ud7ff")
        or ("\ue000" <= ch <= "\ufffd")
        or ch > "\uffff"
    )


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def xliff2(units: str, *, src: str = "en", trg: str = "nl", version: str = "2.0") -> bytes:
    return (
        f'<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="{version}"'
        f' srcLang="{src}" trgLang="{trg}"><file id="f">{units}</file></xliff>'
    ).encode()


def unit2(uid: str, target: str, source: str = "Text.") -> str:
    return (
        f'<unit id="{uid}"><segment><source>{source}</source>'
        f"<target>{target}</target></segment></unit>"
    )


# --- reading -----------------------------------------------------------------


def test_xliff2_units_concatenate_segments_without_inline_markup():
    units = read_units(str(XLIFF2))
    assert [u.id for u in units] == ["u1", "u2", "u3"]
    assert units[0].target == (
        "De minister zei dat de regering zal investeren 2 miljard euro in  de zorg."
    )
    assert units[0].source.startswith("The minister said the government will invest")
    # segment + ignorable (source stands in for the missing target) + segment
    assert units[1].target == (
        "De politie arresteerde een 34-jaar oude man in Amsterdam. Hij is verdacht van fraude ."
    )
    assert units[2].target == "Het evenement vond plaats op 3 Maart in Rotterdam & omgeving."


def test_xliff2_inline_elements():
    target = (
        'Een <mrk id="m1" type="term">term</mrk>, <sc id="1"/>vet<ec startRef="1"/>,'
        ' <pc id="2"><pc id="3">dubbel</pc></pc><ph id="4"/> en<cp hex="0009"/>tab &lt;3.'
    )
    [unit] = xliff.read(xliff2(unit2("u1", target)), "t.xlf")
    assert unit.target == "Een term, vet, dubbel en\ttab <3."


def test_xliff22_namespace():
    data = xliff2(unit2("u1", "Tekst."), version="2.2").replace(b":2.0", b":2.2")
    assert xliff.read(data, "t.xlf")[0].target == "Tekst."


def test_xliff12_drops_native_code_and_skips_untranslatable_units():
    units = read_units(str(XLIFF1))
    assert [u.id for u in units] == ["1", "2"]  # unit 3 is translate="no"
    assert units[0].target == "Aandelen van het bedrijf stegen 5 procent op dinsdag."
    assert units[1].target == "Lees het volledige rapport online ."
    assert units[1].source == "Read the full report online."


def test_tmx_pairs_english_and_dutch_variants():
    units = read_units(str(TMX))
    assert [u.id for u in units] == ["t1", "t2", "3"]  # the third tu has no tuid
    assert units[0] == Unit(
        id="t1",
        target="De storm veroorzaakte grote schade op woensdag.",
        source="The storm caused major damage on Wednesday.",
    )
    assert units[1].target == "Klik hier voor meer ."


def test_offsets_index_the_unit_text(desk):
    for path in (XLIFF2, XLIFF1, TMX):
        for unit in read_units(str(path)):
            for f in desk.check(unit.target, source=unit.source).findings:
                assert unit.target[f.start : f.end] == f.text


def test_other_suffixes_are_left_to_the_caller(tmp_path):
    text = tmp_path / "artikel.txt"
    text.write_text("De storm trok over het land.", encoding="utf-8")
    assert read_units(str(text)) is None
    assert read_units("-") is None


def test_suffix_is_case_insensitive(tmp_path):
    copy = tmp_path / "NIEUWS.XLF"
    shutil.copy(XLIFF2, copy)
    assert len(read_units(str(copy))) == 3


def test_missing_file():
    with pytest.raises(InputError, match="no such file"):
        read_units("/nonexistent/nieuws.xlf")


# --- write-back --------------------------------------------------------------


def some_findings(path: Path, skip_last: bool = True) -> dict[str, list[Finding]]:
    """Two findings for every unit but the last, which keeps its original form."""
    units = read_units(str(path))
    chosen = units[:-1] if skip_last else units
    return {
        u.id: [
            finding(u.target, u.target.split()[0], 'Zin <begint> met & "hoofdletter" ]]>'),
            finding(u.target, u.target.split()[-1]),
        ]
        for u in chosen
    }


@pytest.mark.parametrize("path", [XLIFF2, XLIFF1, TMX], ids=lambda p: p.name)
def test_notes_round_trip(tmp_path, path):
    original = tmp_path / path.name
    shutil.copy(path, original)
    before = sha(original)
    findings = some_findings(path)

    annotated, ranges = ANNOTATE[path.suffix](original.read_bytes(), findings)
    out = tmp_path / f"notes{path.suffix}"
    write_notes(str(original), str(out), findings)

    assert sha(original) == before  # the original is untouched
    assert out.read_bytes() == annotated
    assert len(ranges) == len(findings)
    assert without(annotated, ranges) == original.read_bytes()
    # The copy still reads as the same units.
    assert read_units(str(out)) == read_units(str(original))


def notes_by_unit(path: Path) -> dict[str, list[str]]:
    """The nakijker notes per unit id, read back with an XML parser."""
    root = SafeET.parse(path).getroot()
    if path.suffix == ".tmx":
        return {
            tu.get("tuid") or str(n): [
                note.text for note in tu.findall("note") if note.text.startswith("nakijker: ")
            ]
            for n, tu in enumerate(root.iter("tu"), 1)
        }
    if root.get("version") == "1.2":
        return {
            tu.get("id"): [n.text for n in tu.findall(f"{X1}note") if n.get("from") == "nakijker"]
            for tu in root.iter(f"{X1}trans-unit")
        }
    return {
        unit.get("id"): [
            n.text for n in unit.findall(f"{X2}notes/{X2}note") if n.get("category") == "nakijker"
        ]
        for unit in root.iter(f"{X2}unit")
    }


@settings(max_examples=60, deadline=None)
@given(message=st.text(max_size=80), path=st.sampled_from([XLIFF2, XLIFF1, TMX]))
def test_any_message_round_trips(message, path):
    """Whatever a message holds, the copy is the original plus notes that read back."""
    data = path.read_bytes()
    unit = read_units(str(path))[0]
    f = finding(unit.target, unit.target.split()[0], message)
    annotated, ranges = ANNOTATE[path.suffix](data, {unit.id: [f]})
    assert without(annotated, ranges) == data
    inserted = b"<w>" + b"".join(annotated[start:end] for start, end in ranges) + b"</w>"
    written = "".join(n.text for n in SafeET.fromstring(inserted).iter() if n.tag.endswith("note"))
    expected = "".join(ch if xml_char(ch) else "\ufffd" for ch in note_text(f))
    assert written.removeprefix("nakijker: ") == expected


@pytest.mark.parametrize("path", [XLIFF2, XLIFF1, TMX], ids=lambda p: p.name)
def test_each_unit_has_its_notes(tmp_path, path):
    findings = some_findings(path)
    out = tmp_path / f"notes{path.suffix}"
    write_notes(str(path), str(out), findings)
    notes = notes_by_unit(out)
    for unit_id, unit_notes in notes.items():
        expected = findings.get(unit_id, [])
        assert len(unit_notes) == len(expected)
        for note, f in zip(unit_notes, expected, strict=True):
            assert note.removeprefix("nakijker: ").startswith(
                f"XX101 major fluency/grammar [{f.start}-{f.end}]"
            )
    first = next(iter(findings))
    assert 'met & "hoofdletter" ]]>' in notes[first][0]  # escaped, and read back as written


def test_xliff2_notes_come_first_in_one_notes_element(tmp_path):
    out = tmp_path / "notes.xlf"
    write_notes(str(XLIFF2), str(out), some_findings(XLIFF2, skip_last=False))
    for unit in SafeET.parse(out).getroot().iter(f"{X2}unit"):
        assert unit[0].tag == f"{X2}notes"
        assert len(unit.findall(f"{X2}notes")) == 1
    u3 = next(u for u in SafeET.parse(out).getroot().iter(f"{X2}unit") if u.get("id") == "u3")
    categories = [n.get("category") for n in u3.find(f"{X2}notes")]
    assert categories == ["editor", "nakijker", "nakijker"]  # the editor's note stays first


def test_inserted_notes_copy_the_indentation(tmp_path):
    annotated, _ = xliff.annotate(XLIFF2.read_bytes(), some_findings(XLIFF2))
    text = annotated.decode("utf-8")
    assert '<unit id="u1">\n      <notes>\n        <note category="nakijker"' in text
    assert "</note>\n      </notes>\n      <segment" in text
    annotated, _ = xliff.annotate(XLIFF1.read_bytes(), some_findings(XLIFF1))
    assert b'</target>\n\t\t\t\t<note from="nakijker"' in annotated
    annotated, _ = tmx.annotate(TMX.read_bytes(), some_findings(TMX))
    assert b'<tu tuid="t1">\n      <note>nakijker: ' in annotated


def test_notes_in_a_compact_crlf_file_with_namespace_prefix():
    data = (
        '\ufeff<?xml version="1.0" encoding="utf-8"?>\r\n'
        '<x:xliff xmlns:x="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="nl">\r\n'
        '  <x:file id="f"><x:unit id="a"><x:segment><x:source a=">">Hi</x:source>'
        "<x:target>Hallo  daar</x:target></x:segment></x:unit></x:file>\r\n"
        "</x:xliff>\r\n"
    ).encode("utf-8")
    target = read_units_from(data)[0].target
    annotated, ranges = xliff.annotate(data, {"a": [finding(target, "  ")]})
    assert without(annotated, ranges) == data
    assert b'<x:unit id="a"><x:notes><x:note category="nakijker"' in annotated
    root = SafeET.fromstring(annotated)
    assert root.find(f"{X2}file/{X2}unit/{X2}notes/{X2}note") is not None


def read_units_from(data: bytes) -> list[Unit]:
    return xliff.read(data, "test.xlf")


def test_units_of_several_files_are_named_by_file():
    second = f'<file id="g">{unit2("u1", "Twee zinnen.")}</file>'
    data = xliff2(unit2("u1", "Een zin.")).replace(b"</file>", b"</file>" + second.encode())
    units = xliff.read(data, "t.xlf")
    assert [u.id for u in units] == ["f/u1", "g/u1"]
    annotated, ranges = xliff.annotate(data, {"g/u1": [finding(units[1].target, "Twee")]})
    assert without(annotated, ranges) == data
    files = SafeET.fromstring(annotated).findall(f"{X2}file")
    assert [len(f.findall(f".//{X2}note")) for f in files] == [0, 1]


def test_write_notes_refuses_to_overwrite_the_original(tmp_path):
    original = tmp_path / "a.xlf"
    shutil.copy(XLIFF2, original)
    with pytest.raises(InputError, match="original"):
        write_notes(str(original), str(original), some_findings(XLIFF2))
    assert original.read_bytes() == XLIFF2.read_bytes()


def test_write_notes_unknown_unit_and_unsupported_format(tmp_path):
    with pytest.raises(ValueError, match="'u9'"):
        write_notes(str(XLIFF2), str(tmp_path / "out.xlf"), {"u9": []})
    with pytest.raises(InputError, match="XLIFF and TMX"):
        write_notes(str(JSONL), str(tmp_path / "out.jsonl"), {})


def test_checked_units_written_back(tmp_path, desk):
    """The CLI's path: check every unit with its source, then annotate a copy."""
    units = read_units(str(XLIFF2))
    findings = {u.id: desk.check(u.target, source=u.source).findings for u in units}
    assert any(findings.values())
    out = tmp_path / "checked.xlf"
    write_notes(str(XLIFF2), str(out), findings)
    notes = notes_by_unit(out)
    assert {k: len(v) for k, v in notes.items()} == {k: len(v) for k, v in findings.items()}


# --- refusals ----------------------------------------------------------------


def test_malformed_xml_names_line_and_column():
    data = XLIFF2.read_bytes().replace(
        b'</target>\n      </segment>\n    </unit>\n    <unit id="u2">',
        b'</target>\n    </unit>\n    <unit id="u2">',
        1,
    )
    with pytest.raises(
        InputError, match=r"malformed XML at line 10, column 7: mismatched tag"
    ) as err:
        xliff.read(data, "kapot.xlf")
    assert "\n" not in str(err.value)


def test_external_entity_is_refused_and_never_read(tmp_path):
    secret = tmp_path / "geheim.txt"
    secret.write_text("MARKER-7f3a-GEHEIM", encoding="utf-8")
    doctype = f'<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
    data = doctype.encode() + xliff2(unit2("u1", "Tekst &xxe; hier."))
    original = tmp_path / "xxe.xlf"
    original.write_bytes(data)
    out = tmp_path / "out.xlf"
    with pytest.raises(InputError, match="refused") as read_err:
        read_units(str(original))
    with pytest.raises(InputError, match="refused") as write_err:
        write_notes(str(original), str(out), {"u1": []})
    assert "MARKER" not in str(read_err.value) + str(write_err.value)
    assert not out.exists()


def test_external_parameter_entity_and_dtd_are_not_fetched(tmp_path):
    dtd = tmp_path / "extern.dtd"
    dtd.write_text('<!ENTITY m "MARKER-9c1d-DTD">', encoding="utf-8")
    parameter = f'<!DOCTYPE xliff [<!ENTITY % p SYSTEM "{dtd.as_uri()}"> %p;]>'
    with pytest.raises(InputError, match="refused"):
        xliff.read(parameter.encode() + xliff2(unit2("u1", "Tekst &m;.")), "p.xlf")
    # An external DTD is allowed (TMX files name one) but never loaded, so an
    # entity it would define stays undefined.
    external = f'<!DOCTYPE xliff SYSTEM "{dtd.as_uri()}">'
    with pytest.raises(InputError, match="undefined entity") as err:
        xliff.read(external.encode() + xliff2(unit2("u1", "Tekst &m;.")), "d.xlf")
    assert "MARKER" not in str(err.value)
    units = xliff.read(external.encode() + xliff2(unit2("u1", "Tekst.")), "d.xlf")
    assert units[0].target == "Tekst."


def test_billion_laughs_is_refused_quickly():
    levels = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    data = f"<!DOCTYPE xliff [{''.join(levels)}]>".encode() + xliff2(unit2("u1", "&lol9;"))
    began = time.monotonic()
    with pytest.raises(InputError, match="refused"):
        xliff.read(data, "lol.xlf")
    with pytest.raises(InputError, match="refused"):
        tmx.read(data.replace(b"xliff", b"tmx"), "lol.tmx")
    assert time.monotonic() - began < 1


def test_languages_may_be_regional_variants():
    assert xliff.read(xliff2(unit2("u1", "Tekst."), src="EN_us", trg="nl-BE"), "t")
    assert tmx.read(TMX.read_bytes().replace(b'srclang="en"', b'srclang="*all*"'), "t")


@pytest.mark.parametrize(
    ("reader", "data", "message"),
    [
        (xliff.read, xliff2(unit2("u1", "Der Text."), trg="de"), "target language is 'de'"),
        (xliff.read, xliff2(unit2("u1", "Tekst."), src="fr-FR"), "source language is 'fr-FR'"),
        (
            xliff.read,
            XLIFF1.read_bytes().replace(b'target-language="nl"', b'target-language="fr-FR"'),
            "target language is 'fr-FR'",
        ),
        (
            xliff.read,
            xliff2(unit2("u1", "Tekst.").replace("<target>", '<target xml:lang="de">')),
            "target language is 'de'",
        ),
        (
            tmx.read,
            TMX.read_bytes().replace(b'srclang="en"', b'srclang="de"'),
            "source language is 'de'",
        ),
        (
            tmx.read,
            TMX.read_bytes().replace(b'xml:lang="nl-NL"', b'xml:lang="de-DE"'),
            r"<tu> 't1' has no Dutch \(nl\) variant \(de-DE, en\)",
        ),
    ],
)
def test_languages_must_be_english_to_dutch(reader, data, message):
    with pytest.raises(InputError, match=message) as err:
        reader(data, "t")
    assert "expected English→Dutch" in str(err.value)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (xliff2(unit2("u1", "Tekst."), version="1.1"), "XLIFF version 1.1 is not supported"),
        (b"<html><body>Tekst</body></html>", "not an XLIFF file"),
        (xliff2(""), "no translation units"),
        (
            xliff2('<unit id="u1"><segment><source>A.</source></segment></unit>'),
            r":1: unit 'u1' has a segment with no target",
        ),
        (xliff2(unit2("u1", " ")), "unit 'u1' has an empty target"),
        (xliff2(unit2("u1", "Een.") + unit2("u1", "Twee.")), "two units have the id 'u1'"),
        (
            XLIFF1.read_bytes().replace(
                b'<target>Aandelen van het bedrijf stegen <g id="1">5 procent</g> op dinsdag.</target>',
                b"",
            ),
            r":5: unit '1' has no target",
        ),
        (
            b'<?xml version="1.0" encoding="ISO-8859-1"?>' + xliff2(unit2("u1", "Tekst.")),
            "only UTF-8",
        ),
        (xliff2(unit2("u1", "Caf\xe9")).replace("é".encode(), b"\xe9"), "not UTF-8"),
        (b"", "empty input"),
    ],
)
def test_xliff_refusals(data, message):
    with pytest.raises(InputError, match=message) as err:
        xliff.read(data, "t.xlf")
    assert "\n" not in str(err.value)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (b'<tmx version="1.4">', b'<tmx version="2.0">', "TMX version 2.0 is not supported"),
        (b'<tu tuid="t2">', b'<tu tuid="t1">', "two <tu>s have the id 't1'"),
        (b"<seg>Het was", b"<seg/><x>Het was", "malformed XML"),
    ],
)
def test_tmx_refusals(old, new, message):
    with pytest.raises(InputError, match=message):
        tmx.read(TMX.read_bytes().replace(old, new, 1), "t.tmx")


# --- HTML pages --------------------------------------------------------------


def test_html_page_text_date_title_url():
    [unit] = read_units(str(PAGE))
    assert unit.published == "2024-02-21"
    assert unit.url == "https://kustblad.example/binnenland/storm-legt-treinverkeer-plat"
    assert unit.title == "Storm legt treinverkeer plat"
    lines = unit.target.split("\n")
    assert lines[0] == "Storm legt treinverkeer plat"
    # Furniture inside the body stays a line of its own, whether it was its
    # own paragraph or came after a <br>.
    assert "Lees ook: Treinen rijden donderdag weer volgens dienstregeling" in lines
    assert "Lees ook: Code oranje voor de hele kust" in lines
    assert "Alle rechten voorbehouden" not in unit.target  # the footer is gone
    assert "Binnenland" not in unit.target  # and so is the menu


def test_furniture_in_a_page_is_flagged(desk):
    [unit] = read_units(str(PAGE))
    flagged = [f for f in desk.check(unit.target).findings if f.rule == "BP401"]
    assert [f.text.strip() for f in flagged] == [
        "Lees ook: Code oranje voor de hele kust",
        "Lees ook: Treinen rijden donderdag weer volgens dienstregeling",
    ]


def test_html_page_date_from_time_element(tmp_path):
    page = tmp_path / "p.html"
    html = PAGE.read_text(encoding="utf-8")
    page.write_text(html.replace("article:published_time", "x-other"), encoding="utf-8")
    assert read_units(str(page))[0].published == "2024-02-21"


def test_html_page_without_article(tmp_path):
    page = tmp_path / "leeg.htm"
    page.write_text("<html><head><title>Leeg</title></head><body></body></html>", "utf-8")
    with pytest.raises(InputError, match="no article text"):
        read_units(str(page))


# --- JSON Lines --------------------------------------------------------------


def test_jsonl_units():
    units = read_units(str(JSONL))
    assert [u.id for u in units] == ["a1", "2", "a3"]
    assert units[0].source == "The mayor opened the new bridge on Friday."
    assert units[0].url == "https://kustblad.example/brug"
    assert units[1].target == "Het museum is gesloten voor renovatie tot volgende zomer ."
    assert units[1].published == "2024-05-18"
    assert units[2].source is None


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ('{"id": "a", "target": "Goed."}\n{"id": "b", "target": "Kapot}', r"t\.jsonl:2: not JSON"),
        ('["a", "b"]', r"t\.jsonl:1: expected a JSON object"),
        ('{"target": "Zonder id."}', r":1: needs an \"id\""),
        ('{"id": "a"}', 'needs one of "target" or "text", found neither'),
        ('{"id": "a", "target": "X.", "text": "Y."}', "found both"),
        ('{"id": "a", "target": 3}', '"target" must be a string'),
        ('{"id": "a", "target": "X.", "published": "gisteren"}', "not an ISO date"),
        ('{"id": "a", "target": "X.", "target_lang": "de"}', "expected English→Dutch"),
        (
            '{"id": "a", "target": "X."}\n\n{"id": "a", "target": "Y."}',
            r":3: id 'a' is already used on line 1",
        ),
        ("\n  \n", "empty input"),
    ],
)
def test_jsonl_refusals(lines, message):
    from nakijker.formats import jsonl

    with pytest.raises(InputError, match=message):
        jsonl.read(lines.encode("utf-8"), "t.jsonl")


def test_jsonl_line_separator_inside_a_string():
    from nakijker.formats import jsonl

    units = jsonl.read('{"id": "a", "target": "Een\u2028twee."}\n'.encode(), "t.jsonl")
    assert units[0].target == "Een\u2028twee."
