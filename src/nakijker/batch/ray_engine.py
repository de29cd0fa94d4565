"""The batch on a Ray cluster: a pool of actors, each a Desk with its own Frog.

The batch process stays the driver and the only writer of the results, so
resuming works exactly as with local workers, and the rows are the same: the
actors run the same ``check_task``.

Without ``--address`` a local Ray instance with one CPU per worker is started
(and stopped at the end); with one, the batch joins that cluster, whose nodes
need nakijker and Frog installed. A driver that already called ``ray.init``
keeps its own instance. Each actor asks for one CPU and, with Frog, for the
memory one Frog needs, so Ray does not crowd more Frogs on a node than fit.
"""

from __future__ import annotations

import logging
import os

from nakijker.batch.engines import IN_FLIGHT_PER_WORKER, share_cores
from nakijker.batch.rows import EnvironmentProblem, Task, check_task
from nakijker.config import Config
from nakijker.pipeline import Desk

FROG_MEMORY = 1_600 * 1024 * 1024  # bytes; Frog's models take some 1.3 GB
READY_TIMEOUT_S = 300.0  # start-up of all actors, Frog included
WARM_UP = Task(id="warm-up", origin="warm-up", text="Dit is een korte zin om mee op te warmen.")


class CheckActor:
    """Lives in a Ray worker process: one Desk, with a Frog started right there."""

    def __init__(self, config: Config) -> None:
        # Ray gives each actor one CPU; how many share a node is Ray's choice.
        share_cores(os.cpu_count() or 1)
        self.desk = Desk(config)

    def ready(self) -> int:
        # A first article now, in parallel with the other actors: it starts
        # Frog and the speller, and turns their absence into EnvironmentProblem.
        check_task(self.desk, WARM_UP)
        return os.getpid()

    def check(self, task: Task) -> dict:
        return check_task(self.desk, task)

    def close(self) -> None:
        self.desk.close()


def _ray():
    try:
        import ray
    except ImportError:
        raise EnvironmentProblem("--engine ray needs Ray: pip install ray") from None
    return ray


class RayEngine:
    def __init__(self, config: Config, workers: int, address: str | None) -> None:
        ray = self._ray = _ray()
        self._owns = not ray.is_initialized()
        if self._owns:
            local = {} if address else {"num_cpus": workers}
            ray.init(
                address=address,
                include_dashboard=False,
                log_to_driver=False,  # worker logs would break the progress line
                logging_level=logging.WARNING,
                **local,
            )
        options: dict = {"num_cpus": 1, "max_restarts": 0}
        if config.use_frog:
            options["memory"] = FROG_MEMORY
        actor = ray.remote(CheckActor).options(**options)
        self._actors = [actor.remote(config) for _ in range(workers)]
        self._load = [0] * workers
        self._refs: dict = {}  # object ref → index of the actor computing it
        self.capacity = IN_FLIGHT_PER_WORKER * workers
        try:
            self._await_ready()
        except BaseException:
            self.close()  # the actors, and the Ray instance if we started it
            raise

    def _await_ready(self) -> None:
        ray = self._ray
        refs = [a.ready.remote() for a in self._actors]
        ready, _ = ray.wait(refs, num_returns=len(refs), timeout=READY_TIMEOUT_S)
        if len(ready) < len(refs):
            raise EnvironmentProblem(
                f"only {len(ready)} of {len(refs)} Ray workers started within "
                f"{READY_TIMEOUT_S:g} s: the cluster lacks CPUs or memory for them"
            )
        for ref in ready:
            self._get(ref)

    def submit(self, task: Task) -> None:
        index = min(range(len(self._actors)), key=self._load.__getitem__)
        self._refs[self._actors[index].check.remote(task)] = index
        self._load[index] += 1

    def collect(self) -> list[dict]:
        ready, _ = self._ray.wait(list(self._refs), num_returns=1)
        rows = []
        for ref in ready:
            self._load[self._refs.pop(ref)] -= 1
            rows.append(self._get(ref))
        return rows

    def _get(self, ref):
        ray = self._ray
        try:
            return ray.get(ref)
        except ray.exceptions.RayTaskError as err:
            cause = getattr(err, "cause", None)
            if isinstance(cause, EnvironmentProblem):
                raise EnvironmentProblem(str(cause)) from None
            raise
        except ray.exceptions.RayActorError:
            raise EnvironmentProblem(
                "a Ray worker died; the finished rows are saved, "
                "run the same command again to go on"
            ) from None

    def close(self) -> None:
        ray = self._ray
        try:
            # Queued behind at most a couple of articles; stops each Frog cleanly.
            ray.wait(
                [a.close.remote() for a in self._actors], num_returns=len(self._actors), timeout=60
            )
            for a in self._actors:
                ray.kill(a)
        finally:
            if self._owns:
                ray.shutdown()
