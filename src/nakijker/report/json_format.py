"""The machine-readable report: one JSON object per article."""

from __future__ import annotations

import json

from nakijker.pipeline import Report


def render(report: Report, path: str | None = None) -> str:
    data = report.as_json()
    if path is not None:
        data["path"] = path
    return json.dumps(data, ensure_ascii=False)
