"""Running tasks in parallel: worker processes on this machine, or Ray actors.

An engine keeps a few tasks per worker in flight and hands back rows as they
finish; the batch process alone writes them (see ``results``). Each worker
owns one ``Desk``, and so one warm Frog, created inside the worker on its
first article: Frog must be started by the process that talks to it (see
``nakijker.nlp.frog``), and a Frog per worker is what makes workers scale.

Local workers are started with ``spawn``: a clean interpreter that inherits
nothing from the batch process (a fork would copy whatever threads and locks
it holds at that moment), and whose parent is the batch process itself (with
``forkserver`` it would be the server). The worker watches its parent: if the
batch is killed, its workers exit too instead of holding a 1.3 GB Frog each.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import util
from typing import Protocol

from nakijker.batch.rows import EnvironmentProblem, Task, check_task, error_row
from nakijker.config import Config
from nakijker.pipeline import Desk

IN_FLIGHT_PER_WORKER = 2  # one being checked and one waiting, so no worker idles
_PARENT_POLL_S = 0.5


class Engine(Protocol):
    capacity: int

    def submit(self, task: Task) -> None: ...

    def collect(self) -> list[dict]:
        """Rows of finished tasks: at least one, waiting for it if need be."""
        ...

    def close(self) -> None: ...


def run_tasks(engine: Engine, tasks: Iterable[Task]) -> Iterator[dict]:
    """Rows for all tasks, in the order they finish, with a bounded number in flight."""
    in_flight = 0
    for task in tasks:
        if task.error is not None:  # known bad while reading the input: no worker needed
            yield error_row(task, task.error)
            continue
        while in_flight >= engine.capacity:
            rows = engine.collect()
            in_flight -= len(rows)
            yield from rows
        engine.submit(task)
        in_flight += 1
    while in_flight:
        rows = engine.collect()
        in_flight -= len(rows)
        yield from rows


def make_engine(name: str, config: Config, workers: int, address: str | None = None) -> Engine:
    if name == "ray":
        from nakijker.batch.ray_engine import RayEngine

        return RayEngine(config, workers, address)
    return LocalEngine(config, workers)


class LocalEngine:
    """A pool of worker processes on this machine."""

    def __init__(self, config: Config, workers: int) -> None:
        self.capacity = IN_FLIGHT_PER_WORKER * workers
        self._pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(config, os.getpid(), workers),
        )
        self._pending: set[Future[dict]] = set()

    def submit(self, task: Task) -> None:
        try:
            self._pending.add(self._pool.submit(_check_in_worker, task))
        except BrokenProcessPool:
            raise _worker_died() from None

    def collect(self) -> list[dict]:
        done, self._pending = wait(self._pending, return_when=FIRST_COMPLETED)
        try:
            return [future.result() for future in done]
        except BrokenProcessPool:
            raise _worker_died() from None

    def close(self) -> None:
        # Waits for the articles being checked (seconds), drops the queued ones;
        # each worker then stops its Frog on the way out.
        self._pool.shutdown(wait=True, cancel_futures=True)


def _worker_died() -> EnvironmentProblem:
    return EnvironmentProblem(
        "a worker process died (out of memory?); the finished rows are saved, "
        "run the same command again to go on"
    )


# ------------------------------------------------------ inside a worker process

_config: Config | None = None
_desk: Desk | None = None


def share_cores(workers_here: int) -> None:
    """Keep Frogs that run side by side from slowing each other down fourfold.

    Frog runs parts of its analysis in OpenMP threads, and by default an
    OpenMP thread that waits spins on its core. One Frog on two cores gains a
    few percent from that; two Frogs on two cores each ran at a quarter of
    their speed here, so two workers checked half as much as one (measured
    with bench/batch_speed.py). Waiting threads that sleep, and no more
    threads than the worker's share of the cores, let two Frogs run at the
    speed of one each. A value the user set is kept.
    """
    threads = max(1, (os.cpu_count() or 1) // workers_here)
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    os.environ.setdefault("OMP_NUM_THREADS", str(threads))


def _init_worker(config: Config, parent: int, workers: int) -> None:
    global _config
    _config = config
    share_cores(workers)  # before this worker starts its Frog, which inherits it
    # Ctrl-C reaches the whole terminal group: the batch process decides how
    # to stop, and a worker interrupted mid-article would only break the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _check_in_worker(task: Task) -> dict:
    global _desk
    if _desk is None:
        _desk = Desk(_config)
        # Runs on the worker's orderly exit (multiprocessing skips atexit there).
        util.Finalize(_desk, _desk.close, exitpriority=10)
    return check_task(_desk, task)


def _exit_with_parent(parent: int) -> None:
    """Exit once the batch process is gone (killed: it cannot tell us)."""
    while os.getppid() == parent:
        time.sleep(_PARENT_POLL_S)
    # Frog's server dies with this process (PR_SET_PDEATHSIG), its connection
    # child as soon as our socket closes.
    os._exit(1)
