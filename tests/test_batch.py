"""Batches: rows per article, bad input as error rows, resuming after a kill, reports."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from nakijker.batch import ROW_KEYS, read_results
from nakijker.batch.__main__ import main
from nakijker.batch.results import journal_path
from nakijker.checks.base import CATEGORIES
from nakijker.config import Config
from nakijker.pipeline import Desk

from .conftest import ROOT

EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))
PAGE = Path(__file__).parent / "data" / "storm-pagina.html"
SITES = ("https://www.nu.nl/binnenland/", "https://nos.nl/artikel/", None)


def paragraphs() -> list[str]:
    return [p for f in EXAMPLES for p in f.read_text(encoding="utf-8").splitlines() if p.strip()]


def articles(n: int) -> list[dict]:
    """Small distinct articles made of the examples' paragraphs."""
    paras = paragraphs()
    out = []
    for i in range(n):
        start, size = (i * 3) % len(paras), 2 + i % 4
        text = "\n".join((paras * 2)[start : start + size])
        site = SITES[i % len(SITES)]
        record = {"id": f"a{i:03d}", "text": text, "published": "2025-06-14"}
        out.append(record | ({"url": f"{site}{i}"} if site else {}))
    return out


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


@pytest.fixture
def conf(tmp_path: Path) -> Path:
    """An empty configuration file, so that every run here uses the same settings."""
    path = tmp_path / "nakijker.toml"
    path.write_text("", encoding="utf-8")
    return path


def batch(*args: str | Path, conf: Path, frog: bool = False) -> int:
    flags = ["--config", str(conf), "--no-progress"] + ([] if frog else ["--no-frog"])
    return main(["batch", *map(str, args), *flags])


def rows_by_id(path: Path) -> dict[str, dict]:
    rows = read_results(str(path))
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate rows"
    return {r["id"]: r for r in rows}


def assert_whole_lines(path: Path) -> None:
    data = path.read_bytes()
    assert data.endswith(b"\n")
    for line in data.splitlines():
        assert isinstance(json.loads(line), dict)


def test_rows_for_a_jsonl_batch(tmp_path, conf):
    records = articles(6)
    out = tmp_path / "out.jsonl"
    assert batch(write_jsonl(tmp_path / "in.jsonl", records), "--out", out, conf=conf) == 0
    rows = rows_by_id(out)
    assert set(rows) == {r["id"] for r in records}
    desk = Desk(Config(use_frog=False))
    for record in records:
        row = rows[record["id"]]
        assert tuple(row) == ROW_KEYS and row["error"] is None
        report = desk.check(record["text"], published="2025-06-14").as_json()
        assert row["findings"] == report["findings"] and row["score"] == report["score"]
        assert row["words"] == report["words"] and row["facts"] == report.get("facts")
        assert set(row["counts"]) == set(CATEGORIES)
        assert sum(row["counts"].values()) == len(row["findings"])
        assert row["url"] == record.get("url") and row["published"] == "2025-06-14"
    assert rows["a000"]["site"] == "nu.nl" and rows["a001"]["site"] == "nos.nl"
    assert rows["a002"]["site"] is None


def test_bad_articles_become_error_rows(tmp_path, conf):
    conf.write_text("max_bytes = 5000\n", encoding="utf-8")
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(EXAMPLES[0], folder / "goed.txt")
    shutil.copy(PAGE, folder / "sub" / "pagina.html")
    (folder / "leeg.txt").write_bytes(b"  \n")
    (folder / "binair.txt").write_bytes(b"Dit is\x00binair")
    (folder / "latin1.txt").write_bytes("Café in Delft".encode("latin-1"))
    (folder / "groot.txt").write_text("Dit is een zin. " * 400, encoding="utf-8")
    (folder / "engels.txt").write_text(
        "The storm caused widespread damage across the north of the country on Saturday, "
        "and the emergency services received thousands of calls from worried residents.",
        encoding="utf-8",
    )
    (folder / ".verborgen.txt").write_text("niet meenemen", encoding="utf-8")
    (folder / "notities.csv").write_text("geen artikel", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert batch(folder, "--out", out, "--workers", "2", conf=conf) == 0
    rows = rows_by_id(out)
    errors = {k: r["error"] for k, r in rows.items()}
    assert set(rows) == {
        "goed.txt",
        "sub/pagina.html",
        "leeg.txt",
        "binair.txt",
        "latin1.txt",
        "groot.txt",
        "engels.txt",
    }
    assert errors["goed.txt"] is None and errors["sub/pagina.html"] is None
    assert errors["leeg.txt"] == "empty input, nothing to check"
    assert errors["binair.txt"].startswith("binary data (NUL byte at offset 6)")
    assert errors["latin1.txt"].startswith("not UTF-8 text")
    assert "over the limit of 5000 bytes" in errors["groot.txt"]
    assert errors["engels.txt"] == "the text is in another language (en), not Dutch"
    for key in ("leeg.txt", "binair.txt"):
        bad = rows[key]
        assert bad["findings"] == [] and bad["score"] is None and bad["words"] is None
    page = rows["sub/pagina.html"]
    assert page["site"] == "kustblad.example" and page["title"] == "Storm legt treinverkeer plat"
    assert page["published"] == "2024-02-21" and page["words"] > 50


def test_bad_records_in_json_lines(tmp_path, conf):
    good = articles(2)
    lines = [json.dumps(r) for r in good] + [
        "{not json",
        "[1, 2]",
        json.dumps({"text": "Geen id."}),
        json.dumps({"id": "a000", "text": "Dubbel id."}),
        json.dumps({"id": 7, "text": "", "url": "https://ad.nl/x"}),
        json.dumps({"id": "nul", "text": "Een\u0000teken"}),
        json.dumps({"id": "datum", "text": "Tekst.", "published": "gisteren"}),
        "",
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert batch(source, "--out", out, conf=conf) == 0
    errors = {k: r["error"] for k, r in rows_by_id(out).items()}
    assert errors["a000"] is None and errors["a001"] is None
    assert errors["line 3"].startswith("not JSON")
    assert errors["line 4"] == "expected a JSON object, found list"
    assert errors["line 5"].startswith('needs an "id"')
    assert errors["a000 (line 6)"] == "id 'a000' is already used (line 1)"
    assert errors["7"] == '"text" is empty, nothing to check'
    assert errors["nul"].startswith("binary data")
    assert "not an ISO date" in errors["datum"]
    assert rows_by_id(out)["7"]["site"] == "ad.nl"


def test_parquet_in_and_out_give_the_same_rows(tmp_path, conf):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    records = [*articles(5), {"id": "leeg", "text": " "}]
    write_jsonl(tmp_path / "in.jsonl", records)
    table = pa.Table.from_pylist(records)
    pq.write_table(table, tmp_path / "in.parquet")
    assert batch(tmp_path / "in.jsonl", "--out", tmp_path / "a.jsonl", conf=conf) == 0
    assert batch(tmp_path / "in.parquet", "--out", tmp_path / "b.parquet", conf=conf) == 0
    assert not journal_path(tmp_path / "b.parquet").exists()
    assert rows_by_id(tmp_path / "a.jsonl") == rows_by_id(tmp_path / "b.parquet")
    written = pq.read_table(tmp_path / "b.parquet")
    assert written.schema.names == list(ROW_KEYS)


def test_parquet_output_resumes_from_its_journal(tmp_path, conf):
    pytest.importorskip("pyarrow")
    records = articles(8)
    source = write_jsonl(tmp_path / "in.jsonl", records)
    reference = tmp_path / "ref.jsonl"
    assert batch(source, "--out", reference, conf=conf) == 0
    out = tmp_path / "out.parquet"
    lines = reference.read_bytes().splitlines(keepends=True)
    # As a kill leaves it: some rows done, the last one torn.
    journal_path(out).write_bytes(b"".join(lines[:3]) + lines[3][:40])
    assert batch(source, "--out", out, conf=conf) == 0
    assert not journal_path(out).exists()
    assert rows_by_id(out) == rows_by_id(reference)
    # A finished Parquet file is left alone, and grows when the input does.
    before = out.read_bytes()
    assert batch(source, "--out", out, conf=conf) == 0
    assert out.read_bytes() == before
    write_jsonl(source, [*records, *articles(10)[8:]])
    assert batch(source, "--out", out, conf=conf) == 0
    assert set(rows_by_id(out)) == {f"a{i:03d}" for i in range(10)}


def test_torn_last_line_is_dropped_and_redone(tmp_path, conf):
    source = write_jsonl(tmp_path / "in.jsonl", articles(6))
    out = tmp_path / "out.jsonl"
    assert batch(source, "--out", out, conf=conf) == 0
    complete = rows_by_id(out)
    lines = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:4]) + lines[4][: len(lines[4]) // 2])
    assert batch(source, "--out", out, conf=conf) == 0
    assert_whole_lines(out)
    assert rows_by_id(out) == complete


def test_damaged_line_in_the_middle_stops_the_batch(tmp_path, conf, capsys):
    source = write_jsonl(tmp_path / "in.jsonl", articles(3))
    out = tmp_path / "out.jsonl"
    assert batch(source, "--out", out, conf=conf) == 0
    lines = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(lines[0] + b"{garbage\n" + lines[1])
    assert batch(source, "--out", out, conf=conf) == 2
    assert f"{out}:2: not a result row" in capsys.readouterr().err


def test_a_file_that_holds_no_results_is_left_alone(tmp_path, conf, capsys):
    source = write_jsonl(tmp_path / "in.jsonl", articles(2))
    assert batch(source, "--out", source, conf=conf) == 2
    other = write_jsonl(tmp_path / "andere.jsonl", articles(3))  # JSON Lines, not results
    before = other.read_bytes()
    assert batch(source, "--out", other, conf=conf) == 2
    assert other.read_bytes() == before
    err = capsys.readouterr().err
    assert "would overwrite the input" in err and f"{other}:1: not a result row" in err


def test_usage_errors(tmp_path, conf, capsys):
    source = write_jsonl(tmp_path / "in.jsonl", articles(1))
    assert batch(tmp_path / "nope.jsonl", "--out", tmp_path / "o.jsonl", conf=conf) == 2
    assert batch(source, "--out", tmp_path / "o.csv", conf=conf) == 2
    assert batch(source, "--out", tmp_path / "o.jsonl", "--workers", "0", conf=conf) == 2
    assert batch(source, "--out", tmp_path / "o.jsonl", "--address", "x:1", conf=conf) == 2
    err = capsys.readouterr().err
    assert "no such file" in err and "--out must end in .jsonl or .parquet" in err
    assert "--address goes with --engine ray" in err


def test_workers_share_the_cores_among_their_frogs(monkeypatch):
    from nakijker.batch.engines import share_cores

    monkeypatch.setattr(os, "cpu_count", lambda: 4)
    for key in ("OMP_WAIT_POLICY", "OMP_NUM_THREADS"):
        monkeypatch.delenv(key, raising=False)
    share_cores(2)
    assert os.environ["OMP_WAIT_POLICY"] == "PASSIVE" and os.environ["OMP_NUM_THREADS"] == "2"
    monkeypatch.setenv("OMP_NUM_THREADS", "3")  # the user's choice is kept
    share_cores(8)
    assert os.environ["OMP_NUM_THREADS"] == "3"


# ------------------------------------------------------------- kill and resume


def children(pid: int) -> set[int]:
    found = set()
    for entry in os.listdir("/proc"):
        try:
            with open(f"/proc/{entry}/stat", "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
        except (OSError, IndexError, ValueError):
            continue
        if int(fields[1]) == pid:
            found.add(int(entry))
    return found


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            return stat.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except OSError:
        return False


def child_env() -> dict[str, str]:
    """This checkout's package first, whether or not it is installed."""
    paths = [str(ROOT / "src"), *filter(None, [os.environ.get("PYTHONPATH")])]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}


def line_count(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


def test_killed_batch_resumes_without_loss_or_duplicates(tmp_path, conf):
    total = 150
    source = write_jsonl(tmp_path / "in.jsonl", articles(total))
    reference = tmp_path / "ref.jsonl"
    assert batch(source, "--out", reference, "--workers", "2", conf=conf) == 0
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "nakijker.batch", "batch", str(source), "--out", str(out)]
    command += ["--workers", "2", "--no-frog", "--no-progress", "--config", str(conf)]
    env = child_env()
    proc = subprocess.Popen(command, cwd=tmp_path, env=env, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while line_count(out) < 10 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        workers = children(proc.pid)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    done = line_count(out)
    assert 10 <= done < total, "the batch was not killed halfway"
    assert len(workers) >= 2
    # The workers notice that the batch is gone and exit, Frog or not.
    deadline = time.monotonic() + 15
    while any(alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(p) for p in workers)

    assert subprocess.run(command, cwd=tmp_path, env=env, check=False).returncode == 0
    assert_whole_lines(out)
    assert rows_by_id(out) == rows_by_id(reference)
    assert len(out.read_bytes().splitlines()) == total


# ------------------------------------------------------------------ with Frog


def test_two_workers_with_frog_match_a_single_desk(tmp_path, conf, frog):
    records = articles(4)
    out = tmp_path / "out.jsonl"
    source = write_jsonl(tmp_path / "in.jsonl", records)
    assert batch(source, "--out", out, "--workers", "2", conf=conf, frog=True) == 0
    rows = rows_by_id(out)
    desk = Desk(Config(), frog=frog)
    for record in records:
        report = desk.check(record["text"], published="2025-06-14").as_json()
        row = rows[record["id"]]
        assert row["error"] is None
        assert row["findings"] == report["findings"] and row["words"] == report["words"]
        assert row["facts"] == report.get("facts")


def test_missing_frog_stops_the_batch_without_rows(tmp_path, conf, monkeypatch, capsys):
    # Not the article's fault: no error row, so that a rerun checks it after all.
    monkeypatch.setenv("PATH", str(Path(sys.executable).parent))  # workers inherit it
    out = tmp_path / "out.jsonl"
    source = write_jsonl(tmp_path / "in.jsonl", articles(3))
    assert batch(source, "--out", out, "--workers", "2", conf=conf, frog=True) == 3
    assert "Frog unavailable" in capsys.readouterr().err
    assert line_count(out) == 0


# -------------------------------------------------------------------- reports


@pytest.fixture
def results(tmp_path, conf) -> Path:
    records = [*articles(9), {"id": "<b>leeg</b>", "text": "", "url": "https://nos.nl/z"}]
    source = write_jsonl(tmp_path / "in.jsonl", records)
    out = tmp_path / "out.jsonl"
    assert batch(source, "--out", out, conf=conf) == 0
    return out


def test_text_report(results, capsys):
    assert main(["report", str(results)]) == 0
    text = capsys.readouterr().out
    assert text.startswith(f"Batchrapport: {results}\n")
    assert "10 artikelen: 9 nagekeken, 1 niet te lezen" in text
    for heading in ("Kwaliteit", "Meest gevonden regels", "Categorieën", "Slechtste artikelen"):
        assert f"\n{heading}" in text
    assert "Per site" in text and "nu.nl" in text and "nos.nl" in text
    assert '1× "text" is empty, nothing to check: <b>leeg</b>' in text
    rows = read_results(str(results))
    top = max(
        {f["rule"] for r in rows for f in r["findings"]},
        key=lambda rule: (sum(f["rule"] == rule for r in rows for f in r["findings"]), rule),
    )
    assert top in text


def test_html_report_is_self_contained(results, tmp_path):
    pytest.importorskip("matplotlib")
    page = tmp_path / "rapport.html"
    assert main(["report", str(results), "--format", "html", "-o", str(page)]) == 0
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and 'http-equiv="Content-Security-Policy"' in html
    assert html.count('<img src="data:image/png;base64,') >= 4  # scores, rules, categories, sites
    assert "<script" not in html and "<b>leeg</b>" not in html and "&lt;b&gt;leeg&lt;/b&gt;" in html
    assert ' src="http' not in html and "href=" not in html and "url(" not in html
    assert "Per site" in html and "Slechtste artikelen" in html
    again = tmp_path / "opnieuw.html"
    assert main(["report", str(results), "--format", "html", "-o", str(again)]) == 0
    assert again.read_bytes() == page.read_bytes()


def test_report_of_missing_results(tmp_path, capsys):
    assert main(["report", str(tmp_path / "geen.jsonl")]) == 2
    assert "no such results file" in capsys.readouterr().err
