"""Batches: many articles checked in parallel, resumable, then summarised.

``nakijker batch INPUT --out RESULTS`` checks every article of a folder, a
JSON Lines or a Parquet file (``inputs``) with one Desk per worker process or
Ray actor (``engines``, ``ray_engine``) and writes one row per article
(``rows``) to JSON Lines or Parquet (``results``), in the order they finish.
Killed at any moment and started again with the same command, it goes on
where it stopped: no row is lost or written twice. ``nakijker report
RESULTS`` summarises the rows as text or as a self-contained HTML page
(``report``).
"""

from __future__ import annotations

from nakijker.batch.results import read_results
from nakijker.batch.rows import ROW_KEYS, Task, check_task
from nakijker.batch.run import BatchSummary, run_batch

__all__ = ["ROW_KEYS", "BatchSummary", "Task", "check_task", "read_results", "run_batch"]
