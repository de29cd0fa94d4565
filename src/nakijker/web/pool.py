"""A bounded pool of warm desks, shared by the request handlers.

Each desk owns one Frog (about 1.3 GB), so the pool is small and fixed.
Requests beyond what the pool and a short waiting line can take are turned
away at once (``Busy`` → 503 with Retry-After) instead of piling up threads
and memory while the clients time out anyway.

Checks run in the pool's own threads, not in the event loop: a check is
CPU-bound Python plus a blocking exchange with Frog. A request that times out
keeps its desk until the check really ends (a thread cannot be stopped), so
the pool never hands one Frog to two checks at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from nakijker.pipeline import Desk

_T = TypeVar("_T")


class Busy(Exception):
    """Every desk is taken and the waiting line is full (or waiting took too long)."""


class TimedOut(Exception):
    """The check took longer than the request may."""


class DeskPool:
    def __init__(self, desks: list[Desk], queue: int) -> None:
        if not desks:
            raise ValueError("a desk pool needs at least one desk")
        self.desks = list(desks)
        self.queue = max(0, queue)
        self._free = list(desks)
        self._cond = threading.Condition()
        self._admitted = 0  # requests running or waiting for a desk
        self._closed = False
        # One thread per request that can be admitted, so an admitted request
        # never waits for a thread, only (briefly) for a desk.
        self._executor = ThreadPoolExecutor(
            max_workers=len(desks) + self.queue, thread_name_prefix="nakijker-desk"
        )

    @property
    def size(self) -> int:
        return len(self.desks)

    def stats(self) -> dict[str, int]:
        with self._cond:
            busy = self.size - len(self._free)
            return {"workers": self.size, "busy": busy, "waiting": self._admitted - busy}

    def admit(self) -> None:
        """Take a place in the pool or its waiting line, without blocking."""
        with self._cond:
            if self._closed or self._admitted >= self.size + self.queue:
                raise Busy
            self._admitted += 1

    def leave(self) -> None:
        with self._cond:
            self._admitted -= 1

    def acquire(self, deadline: float) -> Desk:
        """A free desk, waiting until ``deadline`` (time.monotonic) at most."""
        with self._cond:
            while not self._free:
                remaining = deadline - time.monotonic()
                if self._closed or remaining <= 0:
                    raise Busy
                self._cond.wait(remaining)
            return self._free.pop()

    def release(self, desk: Desk) -> None:
        with self._cond:
            self._free.append(desk)
            self._cond.notify()

    @contextlib.contextmanager
    def hold(self, timeout: float = 60.0) -> Iterator[Desk]:
        """Borrow a desk in the calling thread (warm-up, tests, maintenance)."""
        self.admit()
        try:
            desk = self.acquire(time.monotonic() + timeout)
            try:
                yield desk
            finally:
                self.release(desk)
        finally:
            self.leave()

    async def run(self, job: Callable[[Desk], _T], timeout: float) -> _T:
        """Run ``job(desk)`` in a pool thread; Busy or TimedOut when it cannot be done in time."""
        self.admit()
        deadline = time.monotonic() + timeout
        try:
            future = self._executor.submit(self._work, job, deadline)
        except RuntimeError:  # the executor is shutting down
            self.leave()
            raise Busy from None
        try:
            # A little grace, so that a request still waiting for a desk at
            # the deadline reports Busy (nothing started) rather than TimedOut.
            return await asyncio.wait_for(asyncio.wrap_future(future), timeout + 0.5)
        except TimeoutError:
            raise TimedOut from None

    def _work(self, job: Callable[[Desk], _T], deadline: float) -> _T:
        try:
            desk = self.acquire(deadline)
            try:
                return job(desk)
            finally:
                self.release(desk)
        finally:
            self.leave()

    def close(self) -> None:
        """Refuse new work and wait for the checks in progress to end."""
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        self._executor.shutdown(wait=True, cancel_futures=True)
