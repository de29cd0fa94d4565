"""The ``nakijker`` command: check articles, score against gold data, list rules."""

from __future__ import annotations

import argparse
import json
import os
import sys
import textwrap
from datetime import date
from pathlib import Path

from nakijker import __version__
from nakijker.bilingual import TermbaseError
from nakijker.checks import REGISTRY
from nakijker.checks.patterns import PackError, user_rules
from nakijker.config import Config, ConfigError, load_config
from nakijker.formats import Unit, read_units, write_notes
from nakijker.pipeline import Desk
from nakijker.read import InputError, ensure_dutch, expand_paths, read_path
from nakijker.report import DOCUMENT_FORMATS, FORMATS

EXIT_CLEAN, EXIT_FOUND, EXIT_INPUT, EXIT_ENVIRONMENT = 0, 1, 2, 3


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line and exit 2, as for bad input
        self.exit(EXIT_INPUT, f"nakijker: {message}\n")


def _config_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", help="configuration file (default: nakijker.toml or pyproject.toml)")
    p.add_argument(
        "--enable",
        action="append",
        default=[],
        metavar="CODES",
        help="only these rules (prefixes, comma-separated)",
    )
    p.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="CODES",
        help="skip these rules (prefixes, comma-separated)",
    )
    p.add_argument(
        "--no-frog", action="store_true", help="skip Frog: only checks that need no linguistics"
    )
    p.add_argument(
        "--quote-style",
        choices=["auto", "double", "single", "low"],
        help="house style for quotation marks",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="nakijker", description="Copy desk for machine-translated Dutch news.")
    parser.add_argument("--version", action="version", version=f"nakijker {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    check = sub.add_parser("check", help="check articles and report findings")
    check.add_argument("paths", nargs="+", metavar="PATH", help="files or folders; - for stdin")
    check.add_argument("--format", choices=sorted(FORMATS), default="text")
    check.add_argument("--published", metavar="YYYY-MM-DD", help="publication date")
    check.add_argument("--source", metavar="ENGLISH", help="the English original (one input only)")
    check.add_argument(
        "--notes", metavar="OUT", help="XLIFF/TMX: write a copy with findings as notes"
    )
    _config_args(check)

    ev = sub.add_parser("eval", help="score the checker on gold data (JSON Lines)")
    ev.add_argument("gold", metavar="GOLD.jsonl")
    ev.add_argument("--format", choices=["text", "json"], default="text")
    # An item that comes with its English source is checked against it, as
    # `check --source` would: omissions, additions and wrong numbers need it.
    # --no-source measures what the Dutch text alone reveals.
    ev.add_argument(
        "--source",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="check items that have an English source against it (default; --no-source: Dutch only)",
    )
    _config_args(ev)

    fx = sub.add_parser("fix", help="write the article with safe fixes applied")
    fx.add_argument("path", metavar="PATH", help="a file, or - for stdin")
    where = fx.add_mutually_exclusive_group()
    where.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    where.add_argument("--in-place", action="store_true", help="overwrite PATH, keeping PATH.bak")
    where.add_argument("--diff", action="store_true", help="print a unified diff instead")
    fx.add_argument(
        "--unsafe", action="store_true", help="also apply the first suggestion of unsafe findings"
    )
    fx.add_argument("--published", metavar="YYYY-MM-DD", help="publication date")
    _config_args(fx)

    srv = sub.add_parser("serve", help="the web desk, a JSON API and a LanguageTool-compatible API")
    srv.add_argument("--host", default="127.0.0.1")
    srv.add_argument("--port", type=int, default=8010)
    srv.add_argument("--workers", type=int, default=1, help="desks, each with its own warm Frog")
    srv.add_argument(
        "--queue", type=int, help="requests that may wait for a desk (default 4×workers+16)"
    )
    srv.add_argument("--db", metavar="PATH", help="house-style database (SQLite)")
    _config_args(srv)

    from nakijker.batch import cli as batch_cli

    bt = sub.add_parser("batch", help=batch_cli.BATCH_HELP)
    batch_cli.configure_batch(bt)
    _config_args(bt)
    rp = sub.add_parser("report", help=batch_cli.REPORT_HELP)
    batch_cli.configure_report(rp)

    sub.add_parser("rules", help="list all rules")
    rule = sub.add_parser("rule", help="show one rule's documentation and examples")
    rule.add_argument("code")
    return parser


def _date(value: str | None) -> str | None:
    """An ISO date (YYYY-MM-DD), or a clear usage error."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise InputError(f"--published {value!r} is not a date (YYYY-MM-DD)") from None


def _split(values: list[str]) -> list[str]:
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def _config(args: argparse.Namespace) -> Config:
    overrides = {"quote_style": args.quote_style, "use_frog": False if args.no_frog else None}
    config = load_config(args.config, **overrides)
    config.enable = _split(args.enable) or config.enable
    config.disable = config.disable + _split(args.disable)
    codes = [c.code for c in REGISTRY] + [r.code for r in user_rules(config.packs)]
    unknown = [
        p for p in config.enable + config.disable if not any(c.startswith(p.upper()) for c in codes)
    ]
    if unknown:
        raise ConfigError(f"no rule code starts with {', '.join(unknown)} (see 'nakijker rules')")
    return config


def cmd_check(args: argparse.Namespace) -> int:
    paths = expand_paths(args.paths)
    if not paths:
        raise InputError("no input files found")
    several = len(paths) > 1
    if several and args.format in DOCUMENT_FORMATS:
        raise InputError(f"--format {args.format} makes one document per article: give one file")
    if several and (args.source or args.notes):
        raise InputError("--source and --notes go with one input file")
    source = read_path(args.source) if args.source else None
    status = EXIT_CLEAN
    with Desk(_config(args)) as desk:
        for path in paths:
            try:
                found = _check_path(desk, args, path, source, several)
            except InputError as err:
                print(f"nakijker: {err}", file=sys.stderr)
                status = EXIT_INPUT
                continue
            if found and status == EXIT_CLEAN:
                status = EXIT_FOUND
    return status


def _check_path(
    desk: Desk, args: argparse.Namespace, path: str, source: str | None, several: bool
) -> bool:
    """Check one input (a text, or every unit of a translation file); True if anything found."""
    units = read_units(path, desk.config.max_bytes)
    if units is None:
        units = [Unit(id="", target=read_path(path, desk.config.max_bytes))]
    elif len(units) > 1 and args.format in DOCUMENT_FORMATS:
        raise InputError(f"--format {args.format} makes one document per article: {path} has units")
    found: dict[str, list] = {}
    for unit in units:
        name = f"{path}#{unit.id}" if unit.id else path
        ensure_dutch(unit.target, name)
        report = desk.check(
            unit.target,
            published=_date(args.published) or unit.published,
            source=source if source is not None else unit.source,
        )
        shown = name if several or unit.id or args.format != "json" else None
        print(FORMATS[args.format](report, shown), flush=True)
        found[unit.id] = report.findings
    if args.notes:
        write_notes(path, args.notes, found, desk.config.max_bytes)
    return any(found.values())


def cmd_fix(args: argparse.Namespace) -> int:
    from nakijker.fix import fix

    if args.in_place and args.path == "-":
        raise InputError("--in-place needs a file, not stdin")
    with Desk(_config(args)) as desk:
        text = read_path(args.path, desk.config.max_bytes)
        ensure_dutch(text, args.path)
        result = fix(desk, text, unsafe=args.unsafe, published=_date(args.published))
    if args.diff:
        sys.stdout.write(result.diff(args.path))
    elif args.in_place:
        _write_atomically(args.path + ".bak", text)
        _write_atomically(args.path, result.text)
    elif args.output:
        _write_atomically(args.output, result.text)
    else:
        sys.stdout.write(result.text)
    left = len(result.report.findings) if result.report else 0
    print(
        f"nakijker: {len(result.applied)} fixes applied, {left} findings left",
        file=sys.stderr,
    )
    return EXIT_FOUND if left else EXIT_CLEAN


def _write_atomically(path: str, text: str) -> None:
    """Write via a temporary file and rename, so a crash never leaves half a file."""
    target = Path(path)
    tmp = target.with_name(f".{target.name}.nakijker-tmp")
    try:
        tmp.write_text(text, encoding="utf-8", newline="")
        os.replace(tmp, target)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise InputError(f"{path}: cannot write ({err.strerror})") from None


def cmd_serve(args: argparse.Namespace) -> int:
    from nakijker.web.server import run_server

    return run_server(
        host=args.host,
        port=args.port,
        workers=args.workers,
        queue=args.queue,
        use_frog=not args.no_frog,
        db=args.db,
        config=_config(args),
    )


def cmd_batch(args: argparse.Namespace) -> int:
    from nakijker.batch import cli as batch_cli

    return batch_cli.cmd_batch(args, _config(args))


def cmd_report(args: argparse.Namespace) -> int:
    from nakijker.batch import cli as batch_cli

    return batch_cli.cmd_report(args)


def cmd_eval(args: argparse.Namespace) -> int:
    from nakijker.evaluate import evaluate, load_gold, render_text

    items = load_gold(args.gold)
    with Desk(_config(args)) as desk:

        def run(item: dict) -> tuple[list, int]:
            source = item.get("source") if args.source else None
            report = desk.check(item["target"], published=item.get("published"), source=source)
            return report.findings, report.words

        summary = evaluate(items, run)
    print(
        json.dumps(summary, ensure_ascii=False) if args.format == "json" else render_text(summary)
    )
    return EXIT_CLEAN


def cmd_rules(args: argparse.Namespace) -> int:
    for c in REGISTRY:
        frog = " (Frog)" if c.needs_frog else ""
        print(f"{c.code:7} {c.name:32} {c.category:26} {c.severity}{frog}")
    return EXIT_CLEAN


def cmd_rule(args: argparse.Namespace) -> int:
    c = REGISTRY.get(args.code)
    if c is None:
        raise InputError(f"no rule {args.code} (see 'nakijker rules')")
    print(
        f"{c.code} {c.name} — {c.category}, {c.severity}" + (", needs Frog" if c.needs_frog else "")
    )
    print()
    print(textwrap.dedent(c.doc).strip())
    print("\nFlagged:")
    print("\n".join(f"  {e.text}" + (f"  → {e.fix!r}" if e.fix is not None else "") for e in c.bad))
    print("Not flagged:")
    print("\n".join(f"  {g}" for g in c.good))
    return EXIT_CLEAN


COMMANDS = {
    "check": cmd_check,
    "fix": cmd_fix,
    "serve": cmd_serve,
    "batch": cmd_batch,
    "report": cmd_report,
    "eval": cmd_eval,
    "rules": cmd_rules,
    "rule": cmd_rule,
}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except (InputError, ConfigError, PackError, TermbaseError) as err:
        print(f"nakijker: {err}", file=sys.stderr)
        return EXIT_INPUT
    except _environment_errors() as err:
        print(f"nakijker: {err}", file=sys.stderr)
        return EXIT_ENVIRONMENT
    except KeyboardInterrupt:
        print("nakijker: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_CLEAN


def _environment_errors() -> tuple[type[BaseException], ...]:
    from nakijker.lexicon.hunspell import SpellerUnavailable

    errors: list[type[BaseException]] = [SpellerUnavailable]
    try:
        from nakijker.nlp.frog import FrogUnavailable

        errors.append(FrogUnavailable)
    except ImportError:
        pass
    return tuple(errors)


if __name__ == "__main__":
    sys.exit(main())
