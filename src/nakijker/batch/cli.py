"""The ``batch`` and ``report`` subcommands: arguments and what they run.

``nakijker.cli`` adds them to its parser (with its own configuration flags
for ``batch``); ``python -m nakijker.batch`` offers the same two commands on
their own.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from nakijker.batch.rows import EnvironmentProblem
from nakijker.batch.run import ENGINES, run_batch
from nakijker.config import Config
from nakijker.read import InputError

EXIT_DONE, EXIT_INPUT, EXIT_ENVIRONMENT, EXIT_INTERRUPTED = 0, 2, 3, 130

BATCH_HELP = "check many articles in parallel; resumable"
REPORT_HELP = "summarise the results of a batch"


def configure_batch(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "input", metavar="INPUT", help="a folder of .txt/.html files, a .jsonl or a .parquet file"
    )
    p.add_argument(
        "--out", required=True, metavar="RESULTS", help="results: .jsonl or .parquet (resumed)"
    )
    p.add_argument(
        "--workers", type=int, default=1, metavar="N", help="parallel workers, one Frog each"
    )
    p.add_argument("--engine", choices=ENGINES, default="local", help="where the workers run")
    p.add_argument("--address", metavar="ADDR", help="Ray cluster to join (--engine ray)")
    p.add_argument("--no-progress", action="store_true", help="no progress line on stderr")


def configure_report(p: argparse.ArgumentParser) -> None:
    p.add_argument("results", metavar="RESULTS", help="a batch's .jsonl or .parquet results")
    p.add_argument("--format", choices=["text", "html"], default="text")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")


def cmd_batch(args: argparse.Namespace, config: Config) -> int:
    """Exit 0 once every article has a row (error rows included); 2 bad usage; 3 no Frog."""
    try:
        summary = run_batch(
            args.input,
            args.out,
            config,
            workers=args.workers,
            engine=args.engine,
            address=args.address,
            progress=not args.no_progress,
        )
    except EnvironmentProblem as err:
        return _fail(str(err), EXIT_ENVIRONMENT)
    except KeyboardInterrupt:
        return _fail("interrupted; run the same command again to go on", EXIT_INTERRUPTED)
    print(summary.line(args.out), file=sys.stderr)
    return EXIT_DONE


def cmd_report(args: argparse.Namespace) -> int:
    from nakijker.batch.report import render

    try:
        document = render(args.results, args.format)
    except EnvironmentProblem as err:
        return _fail(str(err), EXIT_ENVIRONMENT)
    if args.output:
        try:
            Path(args.output).write_text(document, encoding="utf-8")
        except OSError as err:
            raise InputError(f"{args.output}: cannot write ({err.strerror})") from None
    else:
        sys.stdout.write(document)
    return EXIT_DONE


def _fail(message: str, code: int) -> int:
    print(f"nakijker: {message}", file=sys.stderr)
    return code
