"""The Ray engine gives the same rows as local workers, and resumes the same way."""

from __future__ import annotations

import subprocess
import sys

import pytest

from nakijker.batch import run_batch
from nakijker.config import Config

from .test_batch import articles, child_env, rows_by_id, write_jsonl

ray = pytest.importorskip("ray", reason="ray is not installed (pip install ray)")


@pytest.fixture(scope="module")
def local_ray():
    if ray.is_initialized():  # another module's instance: use it as it is
        yield
        return
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def test_ray_rows_equal_local_rows(tmp_path, local_ray):
    records = [*articles(12), {"id": "leeg", "text": ""}, {"id": "nul", "text": "a\u0000b"}]
    source = str(write_jsonl(tmp_path / "in.jsonl", records))
    config = Config(use_frog=False)
    local = tmp_path / "local.jsonl"
    run_batch(source, str(local), config, workers=2, progress=False)
    on_ray = tmp_path / "ray.jsonl"
    summary = run_batch(source, str(on_ray), config, workers=2, engine="ray", progress=False)
    assert summary.checked == len(records) and summary.errors == 2
    assert rows_by_id(on_ray) == rows_by_id(local)


def test_ray_batch_resumes(tmp_path, local_ray):
    source = str(write_jsonl(tmp_path / "in.jsonl", articles(6)))
    config = Config(use_frog=False)
    reference = tmp_path / "ref.jsonl"
    run_batch(source, str(reference), config, progress=False)
    out = tmp_path / "out.jsonl"
    lines = reference.read_bytes().splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:2]) + lines[2][:25])  # killed while writing row 3
    summary = run_batch(source, str(out), config, workers=2, engine="ray", progress=False)
    assert (summary.skipped, summary.checked) == (2, 4)
    assert rows_by_id(out) == rows_by_id(reference)


def test_command_starts_and_stops_its_own_ray(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", articles(5))
    (tmp_path / "nakijker.toml").write_text("", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "nakijker.batch", "batch", str(source), "--out", str(out)]
    command += ["--engine", "ray", "--workers", "2", "--no-frog", "--no-progress"]
    env = child_env()
    env.pop("RAY_ADDRESS", None)  # a local instance of its own, not the test's
    done = subprocess.run(
        command, cwd=tmp_path, env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "5 articles (0 errors)" in done.stderr
    reference = tmp_path / "ref.jsonl"
    run_batch(str(source), str(reference), Config(use_frog=False), progress=False)
    assert rows_by_id(out) == rows_by_id(reference)
