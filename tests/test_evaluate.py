"""The evaluation that every closing note quotes: overlap scoring and the figures."""

from __future__ import annotations

import json

import pytest

from nakijker.checks.base import Finding
from nakijker.cli import main
from nakijker.evaluate import evaluate, load_gold, overlaps
from nakijker.read import InputError


def finding(start: int, end: int, rule: str = "XX1", category: str = "fluency/spelling") -> Finding:
    return Finding(rule, start, end, "x", category, "minor", "m")


def gold(start: int, end: int, category: str = "fluency/spelling") -> dict:
    return {"start": start, "end": end, "text": "x", "category": category}


ITEMS = [
    {
        "id": "a",
        "kind": "mt",
        "target": "x" * 40,
        "errors": [gold(0, 5), gold(10, 12, "accuracy/number")],
    },
    {"id": "b", "kind": "mt", "target": "x" * 40, "errors": [gold(3, 4)]},
    {"id": "c", "kind": "clean", "target": "x" * 40, "errors": []},
]
FOUND = {
    "a": [finding(4, 6), finding(20, 25, "XX2")],  # one hit, one finding on nothing
    "b": [],
    "c": [finding(0, 2, "XX3")],  # a false alarm
}


def test_overlap_is_strict_at_the_ends():
    assert overlaps(0, 5, 4, 6) and not overlaps(0, 5, 5, 6) and not overlaps(5, 6, 0, 5)


def test_figures():
    summary = evaluate(ITEMS, lambda item: (FOUND[item["id"]], 500))
    assert summary["hits"] == 1 and summary["gold_errors"] == 3
    assert summary["recall"] == pytest.approx(0.333, abs=1e-3)
    assert summary["precision"] == pytest.approx(0.333, abs=1e-3)  # 1 useful of 3 findings
    assert summary["false_alarms_per_1000_words"] == 2.0  # 1 in 500 clean words
    assert summary["per_category"]["accuracy/number"] == {"hits": 0, "gold": 1, "recall": 0.0}
    assert summary["category_agreement"] == 1.0
    assert [(m["id"], m["category"]) for m in summary["missed"]] == [
        ("a", "accuracy/number"),
        ("b", "fluency/spelling"),
    ]
    assert summary["wrong_findings"] == [{"id": "a", "rule": "XX2", "text": "x"}]
    assert summary["clean_false_alarms"] == [{"id": "c", "rule": "XX3", "text": "x"}]


def test_bad_gold_files(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "a", "kind": "mt"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"gold\.jsonl:1: not a gold item"):
        load_gold(str(path))
    path.write_text("\n", encoding="utf-8")
    with pytest.raises(InputError, match="no gold items"):
        load_gold(str(path))


def test_the_command_scores_a_small_gold_file(tmp_path, capsys):
    target = "De prijs van het het huis steeg. Dat meldt de Financiële Tijden."
    start = target.index("het het")
    fin = target.index("Financiële")
    item = {
        "id": "t1",
        "kind": "mt",
        "target": target,
        "errors": [
            {"start": start, "end": start + 7, "text": "het het", "category": "fluency/repetition"},
            {
                "start": fin,
                "end": fin + 17,
                "text": "Financiële Tijden",
                "category": "accuracy/named-entity",
            },
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(item, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["eval", "--no-frog", "--format", "json", str(path)]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert (summary["recall"], summary["precision"], summary["missed"]) == (1.0, 1.0, [])


def test_eval_checks_items_against_their_source_unless_told_not_to(tmp_path, capsys):
    target = "Bij de brand kwamen vijf mensen om. De brandweer was snel ter plaatse."
    item = {
        "id": "s1",
        "kind": "mt",
        "source": "Three people died in the fire. The fire brigade arrived quickly.",
        "target": target,
        "errors": [
            {"start": 20, "end": 24, "text": "vijf", "category": "accuracy/number"},
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(item, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["eval", "--no-frog", "--format", "json", str(path)]) == 0
    with_source = json.loads(capsys.readouterr().out)
    assert main(["eval", "--no-frog", "--no-source", "--format", "json", str(path)]) == 0
    without = json.loads(capsys.readouterr().out)
    assert (with_source["hits"], without["hits"]) == (1, 0)
