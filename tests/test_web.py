"""The web desk's APIs through FastAPI's TestClient: check, fix, house style, limits, LanguageTool.

Most tests use desks without Frog (fast); one runs the real Frog from the
session fixture.
"""

from __future__ import annotations

import json
import threading
import time
import warnings
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web desk needs fastapi (pip install fastapi uvicorn)")

with warnings.catch_warnings():
    # Starlette asks to move its test client to another HTTP library; not our concern.
    warnings.filterwarnings("ignore", message=".*install `httpx2`")
    from fastapi.testclient import TestClient

from nakijker.config import Config
from nakijker.pipeline import Desk
from nakijker.web import langtool
from nakijker.web.app import create_app
from nakijker.web.server import allowed_hosts
from nakijker.web.service import Service

from .conftest import ROOT, WEB_SAMPLE

DATA = ROOT / "tests" / "data"
SAMPLE = WEB_SAMPLE
LT_FIELDS = (
    "ignoreForIncompleteSentence",
    "contextForSureMatch",
    "message",
    "shortMessage",
    "replacements",
    "offset",
    "length",
    "context",
    "sentence",
    "type",
    "rule",
)


def make_client(tmp_path: Path, desks: list[Desk] | None = None, **options) -> TestClient:
    desks = desks if desks is not None else [Desk(Config(use_frog=False))]
    options.setdefault("db", tmp_path / "desk.sqlite")
    return TestClient(create_app(desks, **options))


@pytest.fixture
def client(tmp_path):
    with make_client(tmp_path) as c:
        yield c


def rules_of(report: dict) -> set[str]:
    return {f["rule"] for f in report["findings"]}


# ---------------------------------------------------------------- JSON API


def test_check_answers_the_cli_json(client):
    response = client.post("/api/check", json={"text": SAMPLE})
    assert response.status_code == 200
    report = response.json()
    expected = Desk(Config(use_frog=False)).check(SAMPLE).as_json()
    assert report == json.loads(json.dumps(expected))
    assert {"TY101", "QT203", "BP401"} <= rules_of(report)
    for f in report["findings"]:
        assert SAMPLE[f["start"] : f["end"]] == f["text"]


def test_check_takes_source_date_and_rule_prefixes(client):
    report = client.post(
        "/api/check",
        json={"text": SAMPLE, "source": "The minister said.", "published": "2025-03-04"},
    ).json()
    assert "TY101" in rules_of(report)
    only = client.post("/api/check", json={"text": SAMPLE, "rules": ["TY", "QT"]}).json()
    assert rules_of(only) and all(r.startswith(("TY", "QT")) for r in rules_of(only))
    bad = client.post("/api/check", json={"text": SAMPLE, "rules": ["ZZ9"]})
    assert bad.status_code == 422 and "ZZ9" in bad.json()["detail"]
    assert (
        client.post("/api/check", json={"text": SAMPLE, "published": "4 maart"}).status_code == 422
    )


def test_check_refuses_empty_and_foreign_text(client):
    assert client.post("/api/check", json={"text": "  \n"}).status_code == 422
    english = "The government said on Tuesday that it would build many new houses. " * 3
    response = client.post("/api/check", json={"text": english})
    assert response.status_code == 422 and "another language" in response.json()["detail"]


def test_fix_applies_safe_fixes(client):
    response = client.post("/api/fix", json={"text": SAMPLE})
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"text", "applied", "report"}
    assert "Noord-Oosten" in body["text"] and "”," in body["text"]
    assert "Aanbevolen video’s" not in body["text"]
    assert {"TY101", "QT203", "BP401"} <= {f["rule"] for f in body["applied"]}
    assert not {"TY101", "QT203", "BP401"} & rules_of(body["report"])


def test_health_says_whether_frog_runs(client):
    body = client.get("/health").json()
    assert body["status"] == "ok"
    assert body["frog"] == {"enabled": False, "alive": False, "workers_alive": []}
    assert body["pool"] == {"workers": 1, "busy": 0, "waiting": 0}


def test_docs_and_openapi_are_served_without_a_cdn(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/check", "/api/fix", "/v2/check", "/api/glossary", "/api/history"):
        assert path in spec["paths"]
    for page in ("/docs", "/", "/settings"):
        response = client.get(page)
        assert response.status_code == 200
        assert "http://" not in response.text and "https://" not in response.text
        assert "script-src 'self'" in response.headers["content-security-policy"]
    for asset in ("desk.js", "common.js", "settings.js", "docs.js", "desk.css"):
        response = client.get(f"/static/{asset}")
        assert response.status_code == 200
        assert "innerHTML" not in response.text  # article text goes in as text only


# -------------------------------------------------------------- house style


def test_glossary_entries_become_findings(client):
    added = client.post(
        "/api/glossary",
        json={"forbidden": "woningen", "required": "huizen", "note": "Zo schrijven wij het."},
    )
    assert added.status_code == 201
    term = added.json()
    assert term["code"] == f"HS{term['id']:03d}"
    report = client.post("/api/check", json={"text": SAMPLE}).json()
    found = [f for f in report["findings"] if f["rule"] == term["code"]]
    assert [f["text"] for f in found] == ["woningen"]
    assert found[0]["replacements"] == ["huizen"] and "Zo schrijven wij het." in found[0]["message"]

    again = client.post("/api/glossary", json={"forbidden": "Woningen", "required": "x"})
    assert again.status_code == 409
    blank = client.post("/api/glossary", json={"forbidden": "  ", "required": "x"})
    assert blank.status_code == 422
    assert [t["forbidden"] for t in client.get("/api/glossary").json()] == ["woningen"]

    assert client.delete(f"/api/glossary/{term['id']}").status_code == 204
    assert client.delete(f"/api/glossary/{term['id']}").status_code == 404
    report = client.post("/api/check", json={"text": SAMPLE}).json()
    assert not any(r.startswith("HS") for r in rules_of(report))


def test_glossary_handles_phrases_and_pattern_characters(client):
    client.post("/api/glossary", json={"forbidden": "Den Haag", "required": "’s-Gravenhage"})
    client.post("/api/glossary", json={"forbidden": "100.000?", "required": "honderdduizend"})
    text = "Het plan uit Den Haag telt 100.000? Het kabinet zegt van wel, zei de minister."
    report = client.post("/api/check", json={"text": text}).json()
    texts = {f["text"] for f in report["findings"] if f["rule"].startswith("HS")}
    assert texts == {"Den Haag", "100.000?"}


def test_disabled_rules_apply_to_every_check(client):
    assert client.get("/api/disabled-rules").json() == {"rules": []}
    saved = client.put("/api/disabled-rules", json={"rules": ["ty1", "BP401"]})
    assert saved.json() == {"rules": ["BP401", "TY1"]}
    report = client.post("/api/check", json={"text": SAMPLE}).json()
    assert not any(r.startswith(("TY1", "BP401")) for r in rules_of(report))
    assert "QT203" in rules_of(report)
    lt = client.post("/v2/check", data={"text": SAMPLE, "language": "nl"}).json()
    assert "TY101" not in {m["rule"]["id"] for m in lt["matches"]}
    assert client.put("/api/disabled-rules", json={"rules": ["ZZ"]}).status_code == 422
    assert client.get("/api/disabled-rules").json() == {"rules": ["BP401", "TY1"]}


def test_house_style_is_kept_in_the_database(tmp_path):
    with make_client(tmp_path) as first:
        first.post("/api/glossary", json={"forbidden": "woningen", "required": "huizen"})
        first.put("/api/disabled-rules", json={"rules": ["QT"]})
        first.post("/api/check", json={"text": SAMPLE})
    with make_client(tmp_path) as second:
        assert second.get("/api/disabled-rules").json() == {"rules": ["QT"]}
        assert [t["required"] for t in second.get("/api/glossary").json()] == ["huizen"]
        assert len(second.get("/api/history").json()) == 1


def test_history_lists_checked_articles_with_scores(client):
    client.post("/api/check", json={"text": SAMPLE})
    client.post("/api/fix", json={"text": SAMPLE})
    client.post("/v2/check", data={"text": SAMPLE, "language": "nl"})  # typing, not an article
    rows = client.get("/api/history").json()
    assert [r["kind"] for r in rows] == ["fix", "check"]
    check = rows[1]
    assert check["title"].startswith("Minister Jansen") and check["words"] > 50
    assert check["findings"] >= 3 and 0 <= check["quality"] <= 100
    assert isinstance(check["passed"], bool)
    assert len(client.get("/api/history?limit=1").json()) == 1


# ------------------------------------------------------------------ uploads


def test_extract_reads_uploaded_files(client):
    txt = client.post("/api/extract?name=kopij.txt", content=SAMPLE.encode("utf-8"))
    assert txt.status_code == 200 and txt.json()["text"] == SAMPLE
    xlf = client.post(
        "/api/extract?name=nieuws.xlf", content=(DATA / "nieuws-1.2.xlf").read_bytes()
    ).json()
    assert xlf["units"] == 2 and "stegen" in xlf["text"] and "Shares" in xlf["source"]
    page = client.post(
        "/api/extract?name=storm.html", content=(DATA / "storm-pagina.html").read_bytes()
    )
    assert page.status_code == 200 and page.json()["text"].strip()
    odd = client.post("/api/extract?name=/etc/passwd.exe", content=b"x")
    assert odd.status_code == 422 and "/etc" not in odd.json()["detail"]
    broken = client.post("/api/extract?name=stuk.xlf", content=b"<xliff")
    assert broken.status_code == 422
    assert "nakijker-upload" not in broken.json()["detail"]  # no server paths in messages


# ------------------------------------------------------------------- limits


def test_too_large_body_is_413(tmp_path):
    with make_client(tmp_path, max_body=50_000) as c:
        response = c.post("/api/check", json={"text": "woord " * 20_000})
        assert response.status_code == 413
        chunks = (b"x" * 10_000 for _ in range(10))  # no Content-Length: counted as it streams
        assert c.post("/api/extract?name=a.txt", content=chunks).status_code == 413
        assert c.post("/api/check", json={"text": SAMPLE}).status_code == 200


def test_too_long_text_is_413(client):
    response = client.post("/api/check", json={"text": "woord " * 400_000})
    assert response.status_code == 413 and "over the limit" in response.json()["detail"]


def test_busy_pool_answers_503_with_retry_after(tmp_path):
    with make_client(tmp_path, queue=0) as c:
        pool = c.app.state.desk.pool
        with pool.hold():
            response = c.post("/api/check", json={"text": SAMPLE})
            assert response.status_code == 503
            assert int(response.headers["retry-after"]) > 0
            assert c.get("/health").json()["pool"]["busy"] == 1
        assert c.post("/api/check", json={"text": SAMPLE}).status_code == 200


def test_waiting_line_serves_requests_in_turn(tmp_path):
    with make_client(tmp_path, queue=4) as c:
        pool = c.app.state.desk.pool
        results: list[int] = []
        with pool.hold():
            waiter = threading.Thread(
                target=lambda: results.append(
                    c.post("/api/check", json={"text": SAMPLE}).status_code
                )
            )
            waiter.start()
            time.sleep(0.3)
            assert not results  # waiting for the desk, not turned away
        waiter.join(10)
        assert results == [200]


def test_slow_check_is_504(tmp_path, monkeypatch):
    original = Service.check

    def slow(self, *args):
        time.sleep(1.5)
        return original(self, *args)

    monkeypatch.setattr(Service, "check", slow)
    with make_client(tmp_path, timeout=0.5) as c:
        response = c.post("/api/check", json={"text": SAMPLE})
        assert response.status_code == 504
        time.sleep(1.5)  # the desk comes back when the check really ends
        assert c.get("/health").json()["pool"]["busy"] == 0


def test_cross_site_changes_are_refused(tmp_path):
    with make_client(tmp_path, allowed_hosts=["testserver"]) as c:
        entry = {"forbidden": "a", "required": "b"}
        evil = c.post("/api/glossary", json=entry, headers={"Origin": "https://evil.example"})
        assert evil.status_code == 403
        form = c.post(
            "/api/glossary", content=json.dumps(entry), headers={"Content-Type": "text/plain"}
        )
        assert form.status_code == 415
        own = c.post("/api/glossary", json=entry, headers={"Origin": "http://testserver"})
        assert own.status_code == 201
        rebound = c.get("/api/glossary", headers={"Host": "evil.example"})
        assert rebound.status_code == 400
        # LanguageTool clients (a browser add-on) may post from anywhere.
        lt = c.post(
            "/v2/check",
            data={"text": SAMPLE, "language": "nl"},
            headers={"Origin": "chrome-extension://abc"},
        )
        assert lt.status_code == 200 and lt.headers["access-control-allow-origin"] == "*"


def test_loopback_servers_check_the_host_header():
    assert allowed_hosts("127.0.0.1", 8010) == ["127.0.0.1", "localhost", "[::1]", "127.0.0.1"]
    assert allowed_hosts("0.0.0.0", 8010) is None


# ------------------------------------------------------------- LanguageTool


def utf16(text: str, offset: int, length: int) -> str:
    data = text.encode("utf-16-le")
    return data[2 * offset : 2 * (offset + length)].decode("utf-16-le")


def test_languagetool_client_request_gets_languagetools_format(client):
    text = "Dit is 👍 goed nieuws uit het Noord -Oosten, zei hij."
    # As the browser add-on and ltex-ls send it: form-encoded, language with a variant.
    body = (
        "text=" + _quote(text) + "&language=nl-NL&motherTongue=nl&level=picky"
        "&enabledOnly=false&disabledRules=WHITESPACE_RULE"
    )
    response = client.post(
        "/v2/check",
        content=body,
        headers={"Content-Type": "application/x-www-form-urlencoded; charset=UTF-8"},
    )
    assert response.status_code == 200
    answer = response.json()
    assert {"name", "version", "apiVersion"} <= set(answer["software"])
    language = answer["language"]
    assert language["name"] == "Dutch" and language["code"] == "nl-NL"
    assert {"name", "code"} <= set(language["detectedLanguage"])
    (match,) = [m for m in answer["matches"] if m["rule"]["id"] == "TY101"]
    for key in LT_FIELDS:
        assert key in match
    # After the emoji, UTF-16 offsets run one ahead of Python's code points.
    assert match["offset"] == text.index("Noord") + 1
    assert utf16(text, match["offset"], match["length"]) == "Noord -Oosten"
    assert match["replacements"] == [{"value": "Noord-Oosten"}]
    ctx = match["context"]
    assert utf16(ctx["text"], ctx["offset"], ctx["length"]) == "Noord -Oosten"
    assert match["sentence"] == text
    assert match["type"] == {"typeName": "Other"}
    rule = match["rule"]
    assert {"id", "description", "issueType", "category"} <= set(rule)
    assert rule["issueType"] == "typographical"
    assert set(rule["category"]) == {"id", "name"}
    assert isinstance(match["ignoreForIncompleteSentence"], bool)
    assert isinstance(match["contextForSureMatch"], int)


def _quote(text: str) -> str:
    from urllib.parse import quote_plus

    return quote_plus(text)


def test_languagetool_annotated_data_counts_markup(client):
    data = {
        "annotation": [
            {"markup": "<p>"},
            {"text": "Nieuws 🎉 uit het "},
            {"markup": "<b>"},
            {"text": "Noord -Oosten"},
            {"markup": "</b>"},
            {"text": " vandaag."},
            {"markup": "</p>", "interpretAs": "\n\n"},
        ]
    }
    document = "".join(p.get("text", p.get("markup", "")) for p in data["annotation"])
    answer = client.post("/v2/check", data={"data": json.dumps(data), "language": "auto"}).json()
    (match,) = [m for m in answer["matches"] if m["rule"]["id"] == "TY101"]
    assert utf16(document, match["offset"], match["length"]) == "Noord -Oosten"
    assert answer["language"]["code"] == "nl"


def test_languagetool_rule_selection_and_errors(client):
    text = "Het Noord -Oosten zei het ,” en meer."
    fields = {"text": text, "language": "nl"}
    ids = lambda answer: {m["rule"]["id"] for m in answer["matches"]}  # noqa: E731
    both = client.post("/v2/check", data=fields).json()
    assert {"TY101", "QT203"} <= ids(both)
    off = client.post("/v2/check", data={**fields, "disabledRules": "TY101"}).json()
    assert "TY101" not in ids(off) and "QT203" in ids(off)
    only = client.post(
        "/v2/check", data={**fields, "enabledRules": "QT203", "enabledOnly": "true"}
    ).json()
    assert ids(only) == {"QT203"}
    no_cat = client.post(
        "/v2/check", data={**fields, "disabledCategories": "FLUENCY_PUNCTUATION"}
    ).json()
    assert not ids(no_cat) & {"TY101", "QT203"}
    via_get = client.get("/v2/check", params=fields)
    assert via_get.status_code == 200 and ids(via_get.json()) == ids(both)
    empty = client.post("/v2/check", data={"text": "", "language": "nl"})
    assert empty.status_code == 200 and empty.json()["matches"] == []
    for bad in (
        {"text": text},
        {"text": text, "language": "en-US"},
        {"language": "nl"},
        {"text": text, "language": "nl", "enabledOnly": "true"},
        {"data": "{not json", "language": "nl"},
    ):
        response = client.post("/v2/check", data=bad)
        assert response.status_code == 400, bad
        assert response.text.startswith("Error:")


def test_languagetool_auto_leaves_other_languages_alone(client):
    english = "The government said on Tuesday that it would build many new houses this year."
    answer = client.post("/v2/check", data={"text": english, "language": "auto"}).json()
    assert answer["matches"] == []
    assert answer["language"]["detectedLanguage"]["code"] == "en"


def test_languagetool_language_list(client):
    languages = client.get("/v2/languages").json()
    assert {"name": "Dutch", "code": "nl", "longCode": "nl-NL"} in languages


def test_utf16_offsets_and_annotation_mapping():
    units = langtool.Utf16("a😀b😀c")
    assert [units(i) for i in range(6)] == [0, 1, 3, 4, 6, 7]
    doc = langtool.parse_annotation(
        json.dumps(
            {
                "annotation": [
                    {"text": "ab"},
                    {"markup": "<br/>", "interpretAs": "\n"},
                    {"text": "cd"},
                ]
            }
        )
    )
    assert doc.plain == "ab\ncd" and doc.document == "ab<br/>cd"
    assert doc.to_document(3, 5) == (7, 9)  # "cd"
    assert doc.to_document(1, 4) == (1, 8)  # "b", the break, "c"


# -------------------------------------------------------------------- Frog


def test_with_the_real_frog(tmp_path, frog):
    with make_client(tmp_path, [Desk(Config(), frog=frog)]) as c:
        report = c.post("/api/check", json={"text": SAMPLE}).json()
        assert {"TY101", "QT203", "BP401"} <= rules_of(report)
        health = c.get("/health").json()
        assert health["frog"]["enabled"] and health["frog"]["alive"]
        lt = c.post("/v2/check", data={"text": "Het Noord -Oosten 😀 zei het.", "language": "nl"})
        assert lt.status_code == 200 and lt.json()["matches"]
    assert frog.pid is not None  # a desk given to the app stays its owner's


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has ended; only its exit status is left


def test_frog_started_by_the_app_stops_with_it(tmp_path):
    app = create_app(config=Config(), workers=1, db=tmp_path / "desk.sqlite")
    with TestClient(app) as c:
        (desk,) = app.state.desk.pool.desks
        pid = desk._frog.pid  # started at startup, before any request
        assert pid is not None and _running(pid)
        assert c.get("/health").json()["frog"]["alive"] is True
        assert c.post("/api/check", json={"text": SAMPLE}).status_code == 200
        assert desk._frog.pid == pid  # kept warm between requests
    assert not _running(pid)
