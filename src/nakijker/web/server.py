"""``nakijker serve``: start the desks, serve them with uvicorn, stop them all on exit."""

from __future__ import annotations

import ipaddress
import logging
from dataclasses import replace
from pathlib import Path

from nakijker.config import Config
from nakijker.pipeline import Desk
from nakijker.web.app import MAX_BODY, TIMEOUT, create_app, warm_up

log = logging.getLogger("nakijker.web")


def run_server(
    *,
    host: str = "127.0.0.1",
    port: int = 8010,
    workers: int = 1,
    use_frog: bool = True,
    db: str | Path | None = None,
    config: Config | None = None,
    queue: int | None = None,
    timeout: float = TIMEOUT,
    max_body: int = MAX_BODY,
    log_level: str = "info",
) -> int:
    """Serve until SIGINT/SIGTERM; returns 0. FrogUnavailable propagates before listening.

    The desks (and their Frogs) are started here, before the port opens, so
    a missing Frog is reported like in every other command and a client that
    gets a connection also gets a warm desk.
    """
    import uvicorn

    config = config or Config()
    if not use_frog:
        config = replace(config, use_frog=False)
    desks = [Desk(config) for _ in range(max(1, workers))]
    try:
        warm_up(desks)
        app = create_app(
            desks,
            config=config,
            queue=queue,
            db=db,
            timeout=timeout,
            max_body=max_body,
            allowed_hosts=allowed_hosts(host, port),
            own_desks=True,
        )
        log.info("nakijker serving on http://%s:%d/ (%d workers)", host, port, len(desks))
        uvicorn.run(
            app,
            host=host,
            port=port,
            log_level=log_level,
            timeout_graceful_shutdown=int(timeout) + 5,
            server_header=False,
        )
    finally:
        for desk in desks:  # also when uvicorn could not bind the port
            desk.close()
    return 0


def allowed_hosts(host: str, port: int) -> list[str] | None:
    """Host header values to accept: the loopback names on loopback, anything otherwise.

    On a loopback address the check stops DNS rebinding (a foreign page that
    renames itself to 127.0.0.1); a server bound to a network interface is
    reached under names we cannot know.
    """
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return None
    if not loopback:
        return None
    return ["127.0.0.1", "localhost", "[::1]", host]


def main(argv: list[str] | None = None) -> int:
    """``python -m nakijker.web.server``: the same server before (or without) the CLI."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m nakijker.web.server")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8010)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--queue", type=int, default=None)
    parser.add_argument("--no-frog", action="store_true")
    parser.add_argument("--db", default=None)
    parser.add_argument("--log-level", default="info")
    args = parser.parse_args(argv)
    return run_server(
        host=args.host,
        port=args.port,
        workers=args.workers,
        queue=args.queue,
        use_frog=not args.no_frog,
        db=args.db,
        log_level=args.log_level,
    )


if __name__ == "__main__":
    raise SystemExit(main())
