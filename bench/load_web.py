"""Load test of ``nakijker serve`` from a second process: throughput, latency, no mix-ups.

Starts a server on a free loopback port (without Frog unless ``--frog``), or
uses ``--url`` of one already running on loopback, then holds ``--clients``
concurrent clients for ``--duration`` seconds. Each client sends its own
article (different words, lengths and a marker of its own) and checks every
answer: status 200, every finding's text is its own text at the finding's
offsets, the word count is its own, and its marker is flagged. Prints one
JSON line: requests per second and latency percentiles.

    python bench/load_web.py                     # 20 clients, 30 s, no Frog
    python bench/load_web.py --frog --workers 2  # with one warm Frog per worker

Bounded by design: loopback only, a fixed time, and at most --max-requests.
"""

from __future__ import annotations

import argparse
import http.client
import ipaddress
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

BASE = [
    "Minister Jansen van Volkshuisvesting presenteerde dinsdag in Den Haag een plan om "
    "100.000 nieuwe woningen te bouwen.",
    "“Wij moeten nu handelen, anders raakt een hele generatie achterop,” zei Jansen tegen "
    "verslaggevers.",
    "Aanbevolen video’s",
    "De provincies in het Noord -Oosten van het land krijgen het grootste deel van het geld.",
    "Critici zeggen dat het plan te laat komt en dat bouwbedrijven te weinig personeel hebben.",
    "Volgens de minister moet de eerste paal nog dit jaar de grond in, maar gemeenten "
    "twijfelen daaraan.",
    "De oppositie noemde het plan een verkiezingsstunt en vroeg om een debat in de Tweede Kamer.",
    "Huurders reageerden voorzichtig positief: zij wachten al jaren op betaalbare woningen.",
]
# A spacing artefact with a compound of its own per client: "Zuid -Limburg1"
# cannot turn up in any other client's answer.
REGIONS = ["Zuid", "Noord", "Oost", "West", "Midden"]


def article(client: int) -> tuple[str, str]:
    """The client's own text, and its marker (the flagged span only it contains)."""
    marker = f"{REGIONS[client % len(REGIONS)]} -Gebied{client}"
    lines = BASE[client % len(BASE) :] + BASE[: client % len(BASE)]
    lines = lines[: 4 + client % 5]
    lines.insert(1, f"Ook in het {marker} is de woningnood groot, aldus de gedeputeerde.")
    return "\n".join(lines) + "\n", marker


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def verify(text: str, marker: str, words: list[int], report: dict) -> str | None:
    for f in report["findings"]:
        if text[f["start"] : f["end"]] != f["text"]:
            return f"finding {f['rule']} {f['text']!r} is not at its offsets in this client's text"
    if not any(marker in f["text"] for f in report["findings"]):
        return f"own marker {marker!r} not flagged"
    if words and report["words"] != words[0]:
        return f"word count {report['words']} is not this text's {words[0]}"
    words[:] = [report["words"]]
    return None


def client_loop(
    client: int, host: str, port: int, stop_at: float, budget: threading.Semaphore, tally: Tally
) -> None:
    text, marker = article(client)
    body = json.dumps({"text": text}).encode("utf-8")
    words: list[int] = []
    conn = http.client.HTTPConnection(host, port, timeout=120)
    while time.monotonic() < stop_at and budget.acquire(blocking=False):
        started = time.perf_counter()
        try:
            conn.request("POST", "/api/check", body, {"Content-Type": "application/json"})
            response = conn.getresponse()
            payload = response.read()
        except (OSError, http.client.HTTPException) as err:
            conn.close()
            conn = http.client.HTTPConnection(host, port, timeout=120)
            problem = f"client {client}: {err!r}"
        else:
            elapsed = time.perf_counter() - started
            problem = None
            if response.status != 200:
                problem = f"client {client}: HTTP {response.status} {payload[:200]!r}"
            else:
                reason = verify(text, marker, words, json.loads(payload))
                problem = f"client {client}: {reason}" if reason else None
        with tally.lock:
            if problem:
                tally.errors.append(problem)
            else:
                tally.latencies.append(elapsed)
    conn.close()


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(args: argparse.Namespace, db: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    command = [
        sys.executable, "-m", "nakijker.web.server", "--host", "127.0.0.1",
        "--port", str(port), "--workers", str(args.workers), "--db", db,
        "--log-level", "warning",
    ]  # fmt: skip
    if not args.frog:
        command.append("--no-frog")
    if args.queue is not None:
        command += ["--queue", str(args.queue)]
    server = subprocess.Popen(command, stdin=subprocess.DEVNULL)
    return server, f"http://127.0.0.1:{port}"


def wait_healthy(host: str, port: int, server: subprocess.Popen | None, timeout: float) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server is not None and server.poll() is not None:
            raise SystemExit(f"the server exited with {server.returncode}")
        try:
            conn = http.client.HTTPConnection(host, port, timeout=5)
            conn.request("GET", "/health")
            response = conn.getresponse()
            health = json.loads(response.read())
            conn.close()
            if response.status == 200:
                return health
        except (OSError, http.client.HTTPException, ValueError):
            pass
        time.sleep(0.5)
    raise SystemExit("the server did not become healthy in time")


def run(args: argparse.Namespace, url: str, server: subprocess.Popen | None) -> dict:
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    health = wait_healthy(host, port, server, args.startup_timeout)
    tally = Tally()
    budget = threading.Semaphore(args.max_requests)
    started = time.monotonic()
    stop_at = started + args.duration
    threads = [
        threading.Thread(target=client_loop, args=(i, host, port, stop_at, budget, tally))
        for i in range(args.clients)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - started
    lat = tally.latencies
    return {
        "frog": health["frog"]["enabled"],
        "workers": health["pool"]["workers"],
        "clients": args.clients,
        "seconds": round(wall, 1),
        "requests": len(lat) + len(tally.errors),
        "errors": len(tally.errors),
        "first_errors": tally.errors[:5],
        "requests_per_second": round(len(lat) / wall, 2),
        "latency_p50_s": round(statistics.median(lat), 3) if lat else None,
        "latency_p95_s": round(percentile(lat, 0.95), 3),
        "latency_max_s": round(max(lat), 3) if lat else None,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--url", help="a running server on loopback (default: start one)")
    parser.add_argument("--frog", action="store_true", help="start the server with Frog")
    parser.add_argument("--workers", type=int, default=1, help="desks of the started server")
    parser.add_argument("--queue", type=int, help="waiting line of the started server")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--duration", type=float, default=30.0)
    parser.add_argument("--max-requests", type=int, default=100_000)
    parser.add_argument("--startup-timeout", type=float, default=300.0)
    args = parser.parse_args(argv)
    if (
        args.url
        and not ipaddress.ip_address(
            socket.gethostbyname(urlsplit(args.url).hostname or "")
        ).is_loopback
    ):
        parser.error("--url must be a loopback address: this test sends load")
    with tempfile.TemporaryDirectory(prefix="nakijker-load-") as folder:
        server, url = (
            (None, args.url) if args.url else start_server(args, os.path.join(folder, "db.sqlite"))
        )
        try:
            result = run(args, url, server)
        finally:
            if server is not None:
                server.terminate()  # uvicorn shuts down and closes the desks and their Frogs
                try:
                    server.wait(60)
                except subprocess.TimeoutExpired:
                    server.kill()
    print(json.dumps(result, ensure_ascii=False))
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
