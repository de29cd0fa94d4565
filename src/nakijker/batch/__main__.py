"""``python -m nakijker.batch batch|report …``: the two commands on their own.

Same arguments, configuration flags and exit codes as ``nakijker batch`` and
``nakijker report``.
"""

from __future__ import annotations

import sys

from nakijker import cli
from nakijker.batch import cli as batch_cli


def build_parser() -> cli._Parser:
    parser = cli._Parser(prog="python -m nakijker.batch", description=batch_cli.BATCH_HELP)
    sub = parser.add_subparsers(dest="command", required=True, parser_class=cli._Parser)
    batch = sub.add_parser("batch", help=batch_cli.BATCH_HELP)
    batch_cli.configure_batch(batch)
    cli._config_args(batch)
    report = sub.add_parser("report", help=batch_cli.REPORT_HELP)
    batch_cli.configure_report(report)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "batch":
            return batch_cli.cmd_batch(args, cli._config(args))
        return batch_cli.cmd_report(args)
    except (cli.InputError, cli.ConfigError, cli.PackError) as err:
        print(f"nakijker: {err}", file=sys.stderr)
        return cli.EXIT_INPUT
    except cli._environment_errors() as err:
        print(f"nakijker: {err}", file=sys.stderr)
        return cli.EXIT_ENVIRONMENT


if __name__ == "__main__":
    sys.exit(main())
