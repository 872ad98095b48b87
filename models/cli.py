"""The command line: one parser for the GUI's options and the commands, and the commands themselves.

Expected trouble prints one line to stderr and exits 1; usage errors exit 2 (argparse); a bug keeps its
traceback (and goes to the log) because somebody has to fix it.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable

from models import APP_NAME, __version__
from models.errors import KnownError, as_known_error
from models.paths import DATA_DIR_ENV, DataPaths

log = logging.getLogger(__name__)

EXIT_OK, EXIT_ERROR = 0, 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fieldbrief",
        description=f"{APP_NAME}: plan customer visits, run the pre-visit checklist, print the visit brief. "
        "Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR",
        help=f"folder for the database, backups, logs and settings (default: ${DATA_DIR_ENV} or the user's data folder)",
    )
    parser.add_argument("--database", metavar="URL", help="SQLAlchemy URL of the database (default: the SQLite file in the data folder)")
    parser.add_argument("--lang", metavar="LANG", help="user-interface language, e.g. zh_CN or en (default: the system's)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill an empty database with realistic demo data")
    demo.add_argument("--customers", type=_positive_int, default=500, metavar="N", help="how many customers (default 500)")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="random seed; the same seed gives the same data (default 1)")
    demo.set_defaults(handler=cmd_demo)

    brief = commands.add_parser("brief", help="print the one-page brief of a visit, or a day sheet, as PDF")
    which = brief.add_mutually_exclusive_group(required=True)
    which.add_argument("visit", nargs="?", type=_positive_int, metavar="VISIT_ID", help="the visit's number")
    which.add_argument("--date", type=_day, metavar="YYYY-MM-DD", help="every visit of that day, with a summary page")
    brief.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="where to write the PDF")
    brief.add_argument("--paper", choices=("A4", "Letter"), default="A4", help="paper size (default A4)")
    brief.set_defaults(handler=cmd_brief)
    return parser


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def run_command(args: argparse.Namespace) -> int:
    paths = DataPaths.resolve(args.data_dir).ensure()
    from models.logsetup import setup_logging

    setup_logging(paths.log_file)
    handler: Callable[[argparse.Namespace, DataPaths], int] = args.handler
    try:
        return handler(args, paths)
    except Exception as exc:
        known = as_known_error(exc)
        if known is None:
            log.exception("Command %s failed", args.command)
            raise
        log.warning("Command %s: %s", args.command, known)
        print(f"fieldbrief: error: {known}", file=sys.stderr)
        return EXIT_ERROR


def database_url(args: argparse.Namespace, paths: DataPaths) -> str:
    return args.database or paths.database_url


def cmd_demo(args: argparse.Namespace, paths: DataPaths) -> int:
    from models.db import open_database
    from models.demo import load_demo

    db = open_database(database_url(args, paths))
    try:
        summary = load_demo(db, customers=args.customers, seed=args.seed, progress=_progress_printer())
    finally:
        db.close()
    print(
        f"Loaded demo data into {db.path or db.url}: {summary.customers:,} customers, "
        f"{summary.contacts:,} contacts, {summary.visits:,} visits."
    )
    return EXIT_OK


def cmd_brief(args: argparse.Namespace, paths: DataPaths) -> int:
    from pathlib import Path

    from models.brief.service import write_brief, write_day_sheet
    from models.db import open_database

    target = Path(args.output)
    db = open_database(database_url(args, paths))
    try:
        if args.date is not None:
            count = write_day_sheet(db, args.date, target, lang=args.lang, paper=args.paper)
            print(f"Wrote the day sheet of {args.date:%Y-%m-%d} ({count} visits) to {target}.")
        else:
            write_brief(db, args.visit, target, lang=args.lang, paper=args.paper)
            print(f"Wrote the brief of visit {args.visit} to {target}.")
    finally:
        db.close()
    return EXIT_OK


def _day(text: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-24") from None


def _progress_printer() -> Callable[[int, int], None] | None:
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        print(f"\r{done:,} / {total:,} customers", end="" if done < total else "\n", file=sys.stderr, flush=True)

    return show


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


__all__ = ["KnownError", "build_parser", "parse_args", "run_command"]
