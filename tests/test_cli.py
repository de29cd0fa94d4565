"""The command line: reports, JSON schema, exit codes and bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from nakijker.cli import main

from .conftest import ROOT

STORM = ROOT / "examples" / "storm.txt"
CLEAN = ROOT / "examples" / "clean.txt"


def run(args: list[str], capsys) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_json_report_matches_schema_and_offsets(capsys):
    code, out, _ = run(["check", "--no-frog", "--format", "json", str(STORM)], capsys)
    assert code == 1
    data = json.loads(out)
    assert set(data) == {"version", "words", "findings", "score", "facts", "notes"}
    assert any("frog" in note.lower() for note in data["notes"])
    assert data["score"]["pass"] is False and data["score"]["penalty"] > 0
    assert data["version"] == 1 and data["words"] > 50
    text = STORM.read_text(encoding="utf-8")
    keys = {
        "rule",
        "start",
        "end",
        "text",
        "category",
        "severity",
        "message",
        "replacements",
        "safe",
    }
    for f in data["findings"]:
        assert set(f) == keys
        assert text[f["start"] : f["end"]] == f["text"]
        assert f["severity"] in ("minor", "major", "critical")
        assert isinstance(f["safe"], bool) and isinstance(f["replacements"], list)
    rules = {f["rule"] for f in data["findings"]}
    assert {"TY101", "QT203", "QT202", "BP401", "NF701", "NF702", "RP301", "LG601"} <= rules


def test_text_report_is_readable(capsys):
    code, out, _ = run(["check", "--no-frog", str(STORM)], capsys)
    assert code == 1
    assert "Noord -Nederland" in out and "→ 'Noord-Nederland'" in out
    assert "zonder frog" in out.lower()
    assert f"{STORM}:1:" in out


def test_clean_article_exits_zero(capsys):
    code, out, _ = run(["check", "--no-frog", "--format", "json", str(CLEAN)], capsys)
    assert code == 0, out
    assert json.loads(out)["findings"] == []


def test_several_paths_one_json_line_each_with_path(capsys, tmp_path):
    code, out, _ = run(["check", "--no-frog", "--format", "json", str(STORM), str(CLEAN)], capsys)
    lines = out.strip().splitlines()
    assert [json.loads(line)["path"] for line in lines] == [str(STORM), str(CLEAN)]
    assert code == 1


def test_disable_and_enable(capsys):
    _, out, _ = run(
        ["check", "--no-frog", "--format", "json", "--disable", "QT,TY", str(STORM)], capsys
    )
    rules = {f["rule"] for f in json.loads(out)["findings"]}
    assert rules and not any(r.startswith(("QT", "TY")) for r in rules)
    _, out, _ = run(
        ["check", "--no-frog", "--format", "json", "--enable", "BP401", str(STORM)], capsys
    )
    assert {f["rule"] for f in json.loads(out)["findings"]} == {"BP401"}


def test_config_file_disables_rules(capsys, tmp_path, monkeypatch):
    (tmp_path / "nakijker.toml").write_text('disable = ["NF"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    _, out, _ = run(["check", "--no-frog", "--format", "json", str(STORM)], capsys)
    assert not any(f["rule"].startswith("NF") for f in json.loads(out)["findings"])


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"De minister\x00 zei", "NUL byte at offset 11"),
        ("Dit is één zin.".encode("latin-1"), "not UTF-8 text (byte 0xe9 at offset 7)"),
        (
            b"The minister said on Tuesday that the government would not change its plans "
            b"for the budget, despite strong criticism from the opposition parties.",
            "not Dutch",
        ),
    ],
)
def test_bad_input_is_one_line_and_exit_2(capsys, tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    code, out, err = run(["check", "--no-frog", str(path)], capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err


def test_too_large_and_missing(capsys, tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"woord " * 400_000)
    code, _, err = run(["check", "--no-frog", str(path)], capsys)
    assert code == 2 and "over the limit" in err
    code, _, err = run(["check", "--no-frog", str(tmp_path / "nope.txt")], capsys)
    assert code == 2 and "no such file" in err


def test_usage_errors_exit_2(capsys):
    code, _, err = run(["check", "--no-frog", "--disable", "ZZ9", str(CLEAN)], capsys)
    assert code == 2 and "no rule code" in err
    with pytest.raises(SystemExit) as exc:
        main(["check", "--format", "yaml", str(CLEAN)])
    assert exc.value.code == 2


def test_stdin_through_the_console_command():
    text = STORM.read_text(encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "nakijker.cli", "check", "--no-frog", "--format", "json", "-"],
        input=text.encode(),
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == 1, proc.stderr
    assert json.loads(proc.stdout)["findings"]


def test_rules_and_rule_docs(capsys):
    code, out, _ = run(["rules"], capsys)
    assert code == 0 and "TY101" in out and "BP401" in out
    code, out, _ = run(["rule", "qt203"], capsys)
    assert code == 0 and "Flagged:" in out and "Not flagged:" in out
    code, _, err = run(["rule", "XX999"], capsys)
    assert code == 2 and "no rule" in err


def test_bad_publication_date_and_source_with_several_inputs(capsys):
    code, _, err = run(["check", "--no-frog", "--published", "2025-13-01", str(CLEAN)], capsys)
    assert code == 2 and "not a date" in err
    code, _, err = run(
        ["check", "--no-frog", "--source", str(CLEAN), str(CLEAN), str(STORM)], capsys
    )
    assert code == 2 and "one input" in err


def test_xliff_units_checked_and_notes_written(capsys, tmp_path):
    xlf = ROOT / "tests" / "data" / "nieuws-2.0.xlf"
    out = tmp_path / "met-notities.xlf"
    before = xlf.read_bytes()
    code, stdout, _ = run(
        ["check", "--no-frog", "--format", "json", "--notes", str(out), str(xlf)], capsys
    )
    reports = [json.loads(line) for line in stdout.splitlines()]
    assert code == 1 and len(reports) >= 2
    assert all(r["path"].startswith(f"{xlf}#") for r in reports)
    assert xlf.read_bytes() == before
    annotated = out.read_text(encoding="utf-8")
    assert annotated.count('category="nakijker"') == sum(len(r["findings"]) for r in reports)


def test_malformed_xliff_is_one_line_and_exit_2(capsys, tmp_path):
    bad = tmp_path / "kapot.xlf"
    bad.write_text('<xliff version="2.0"><file><unit id="1"><segment>', encoding="utf-8")
    code, out, err = run(["check", "--no-frog", str(bad)], capsys)
    assert code == 2 and out == "" and err.count("\n") == 1 and "malformed XML" in err


def test_source_gives_alignment_and_bilingual_findings(capsys, tmp_path):
    nl = tmp_path / "nl.txt"
    en = tmp_path / "en.txt"
    en.write_text(
        "The company said on Monday that it will cut 1,200 jobs. "
        "The union did not expect further layoffs this year.\n",
        encoding="utf-8",
    )
    nl.write_text(
        "Het bedrijf zei maandag dat het 2.100 banen schrapt. "
        "De vakbond verwacht dit jaar verdere ontslagen.\n",
        encoding="utf-8",
    )
    code, out, _ = run(
        ["check", "--no-frog", "--format", "json", "--source", str(en), str(nl)], capsys
    )
    data = json.loads(out)
    assert code == 1 and data["alignment"]
    rules = {f["rule"] for f in data["findings"]}
    assert "BL901" in rules and "BL907" in rules


def test_broken_termbase_is_one_line_and_exit_2(capsys, tmp_path):
    tbx = tmp_path / "t.tbx"
    tbx.write_text(
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "x">]><tbx>&e;</tbx>', encoding="utf-8"
    )
    (tmp_path / "nakijker.toml").write_text(f'termbase = "{tbx}"\n', encoding="utf-8")
    code, _, err = run(
        ["check", "--no-frog", "--config", str(tmp_path / "nakijker.toml"), str(CLEAN)], capsys
    )
    assert code == 2 and err.count("\n") == 1
