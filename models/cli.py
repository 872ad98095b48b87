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
from models.translatable import QT_TRANSLATE_NOOP, fill, translate
from models.vocabulary import PAPERS

log = logging.getLogger(__name__)

EXIT_OK, EXIT_ERROR = 0, 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fieldbrief",
        description=f"{APP_NAME}: plan customer visits, run the pre-visit checklist, print the visit brief. "
        "Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    add_common_options(parser)
    # for the packaging tests and bench/startup.py: print the time of the window's first paint, then quit
    parser.add_argument("--exit-on-first-paint", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_CommandParser)

    demo = commands.add_parser("demo", help="fill an empty database with realistic demo data")
    demo.add_argument("--customers", type=_positive_int, default=500, metavar="N", help="how many customers (default 500)")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="random seed; the same seed gives the same data (default 1)")
    demo.set_defaults(handler=cmd_demo)

    brief = commands.add_parser("brief", help="print the one-page brief of a visit, or a day sheet, as PDF")
    which = brief.add_mutually_exclusive_group(required=True)
    which.add_argument("visit", nargs="?", type=_positive_int, metavar="VISIT_ID", help="the visit's number")
    which.add_argument("--date", type=_day, metavar="YYYY-MM-DD", help="every visit of that day, with a summary page")
    brief.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="where to write the PDF")
    brief.add_argument("--paper", choices=PAPERS, help="paper size (default: the one chosen in Settings, "
                       "A4 until then)")
    brief.set_defaults(handler=cmd_brief)

    backup = commands.add_parser("backup", help="back up the database (verified), into the backups folder or FILE")
    backup.add_argument("-o", "--output", metavar="FILE", help="where to write the backup (default: the backups "
                        "folder, which is then thinned)")
    backup.set_defaults(handler=cmd_backup)

    restore = commands.add_parser("restore", help="replace the database with a backup, after checking it")
    restore.add_argument("file", metavar="FILE", help="a backup or any Fieldbrief database file")
    restore.set_defaults(handler=cmd_restore)

    copy = commands.add_parser("copy", help="copy the whole book into an empty database (e.g. a team database "
                               "on PostgreSQL), or a whole book from one into this, empty, one")
    direction = copy.add_mutually_exclusive_group(required=True)
    direction.add_argument("--to", metavar="URL", help="copy this book (the laptop's, or --database) into the empty "
                           "database at URL, e.g. postgresql+psycopg://USER@HOST:5432/DATABASE")
    direction.add_argument("--from", dest="source", metavar="URL", help="copy the book at URL into this one "
                           "(the laptop's, or --database), which must be empty")
    copy.set_defaults(handler=cmd_copy)

    check = commands.add_parser("check", help="check the database (integrity, schema, where it is kept)")
    check.set_defaults(handler=cmd_check)

    importer = commands.add_parser("import", help="import customers and contacts from CSV or vCard (.vcf), or a "
                                   "whole Fieldbrief workbook (.xlsx)")
    importer.add_argument("file", metavar="FILE")
    importer.add_argument("--mapping", metavar="NAME", help="CSV columns: google, outlook, fieldbrief or a mapping "
                          "saved in the import window (default: guessed from the header)")
    importer.add_argument("--duplicates", choices=("skip", "merge", "keep"), default="skip",
                          help="what to do with a contact the book already has (default skip)")
    importer.add_argument("--dates", choices=("dmy", "mdy"), default="",
                          help="dates like 04/03/1985 are day/month (dmy) or month/day (mdy); default: what the "
                               "file's dates decide (a day over 12), else such dates are kept in the notes to check")
    importer.set_defaults(handler=cmd_import)

    spend = commands.add_parser("import-spend", help="import monthly spend from a billing export (CSV or .xlsx): "
                                "customer (id, name or phone), month, amount")
    spend.add_argument("file", metavar="FILE")
    spend.set_defaults(handler=cmd_import_spend)

    exporter = commands.add_parser("export", help="export everything (xlsx), customers and contacts (csv, vcard) or "
                                   "the calendar (ics)")
    exporter.add_argument("--format", choices=("xlsx", "csv", "vcard", "ics"), required=True)
    exporter.add_argument("-o", "--output", required=True, metavar="FILE")
    exporter.set_defaults(handler=cmd_export)
    return parser


def add_common_options(parser: argparse.ArgumentParser, default=None) -> None:
    """--data-dir, --database and --lang: before the command, and after it in any order."""
    parser.add_argument(
        "--data-dir", metavar="DIR", default=default,
        help=f"folder for the database, backups, logs and settings (default: ${DATA_DIR_ENV} or the user's data folder)",
    )
    parser.add_argument("--database", metavar="URL", default=default,
                        help="SQLAlchemy URL of the database (default: the SQLite file in the data folder)")
    parser.add_argument("--lang", metavar="LANG", default=default,
                        help="user-interface language, e.g. zh_CN or en (default: the system's)")


class _CommandParser(argparse.ArgumentParser):
    """A command's parser also takes the common options; given after the command they win, and left out
    they do not undo the ones given before it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        add_common_options(self, default=argparse.SUPPRESS)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def run_command(args: argparse.Namespace) -> int:
    from models import language
    from models.translatable import set_translator

    language.use(args.lang)
    set_translator(language.word)  # the core's messages in --lang's language (English without one)
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
        log.warning("Command %s: %s", args.command, known.args[0] if known.args else known)  # (English)
        print(fill(translate("cli", QT_TRANSLATE_NOOP("cli", "fieldbrief: error: %1")), [known]), file=sys.stderr)
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

    from models import preferences
    from models.brief.service import write_brief, write_day_sheet
    from models.db import open_database

    target = Path(args.output)
    db = open_database(database_url(args, paths))
    try:
        if args.paper is None:
            args.paper = preferences.paper(db)  # (the window's: Settings > Paper for briefs)
        if args.date is not None:
            count = write_day_sheet(db, args.date, target, lang=args.lang, paper=args.paper)
            print(f"Wrote the day sheet of {args.date:%Y-%m-%d} ({count} {'visit' if count == 1 else 'visits'}) to {target}.")
        else:
            write_brief(db, args.visit, target, lang=args.lang, paper=args.paper)
            print(f"Wrote the brief of visit {args.visit} to {target}.")
    finally:
        db.close()
    return EXIT_OK


def database_file(args: argparse.Namespace, paths: DataPaths):
    from sqlalchemy.engine import make_url

    from models.database_files import sqlite_file

    path = sqlite_file(make_url(database_url(args, paths)))
    if path is None:
        raise KnownError(QT_TRANSLATE_NOOP("errors", "Backups, restores and checks work on a SQLite database file or "
                                           "a PostgreSQL team database; --database names another kind."))
    return path


def team_url(args: argparse.Namespace, paths: DataPaths):
    """The team database's URL when --database names one (its password from the keyring), else None."""
    from models.team_database import is_team_url

    url = database_url(args, paths)
    return url if is_team_url(url) else None


def cmd_backup(args: argparse.Namespace, paths: DataPaths) -> int:
    from pathlib import Path

    from models.backup import back_up_and_thin, take_backup

    team = team_url(args, paths)
    if team is not None:
        from models.team_backup import back_up
        from models.team_database import where

        saved = back_up(team, paths.backups, target=Path(args.output).absolute() if args.output else None)
        print(f"Backed up {where(team)} to {saved} (pg_dump, verified with pg_restore).")
        return EXIT_OK
    path = database_file(args, paths)
    if not path.exists():
        raise KnownError(QT_TRANSLATE_NOOP("errors", "There is no database at %1 to back up."), path)
    if args.output:
        saved = take_backup(path, Path(args.output).absolute())
        print(f"Backed up {path} to {saved} (verified).")
        return EXIT_OK
    saved, removed = back_up_and_thin(path, "manual", _backup_settings(path).policy())
    print(f"Backed up {path} to {saved} (verified); {len(removed)} older backup(s) thinned out.")
    return EXIT_OK


def _backup_settings(path):
    """The backup settings stored in the database, read without opening it for writing."""
    from models.db import open_read_only
    from models.settings import load_backup_settings

    db = open_read_only(path)
    try:
        with db.engine.connect() as conn:
            return load_backup_settings(conn)
    finally:
        db.close()


def cmd_restore(args: argparse.Namespace, paths: DataPaths) -> int:
    from pathlib import Path

    from models.backup import check_file
    from models.restore import restore

    team = team_url(args, paths)
    if team is not None:
        from models.team_backup import restore as restore_dump
        from models.team_database import where

        customers, visits = restore_dump(Path(args.file).absolute(), team)
        print(f"Restored {args.file} ({customers:,} customers, {visits:,} visits) into {where(team)}.")
        return EXIT_OK
    path = database_file(args, paths)
    source = Path(args.file).absolute()
    report = check_file(source, thorough=True)
    before = restore(path, source)
    print(f"Restored {source} ({report.customers:,} customers, {report.visits:,} visits) into {path}."
          + (f" The database as it was is kept in {before}." if before else ""))
    return EXIT_OK


def cmd_copy(args: argparse.Namespace, paths: DataPaths) -> int:
    from models.book_copy import copy_book
    from models.team_database import where

    here = database_url(args, paths)
    source, target = (here, args.to) if args.to else (args.source, here)
    report = copy_book(source, target, progress=_progress_printer("rows"))
    print(f"Copied {report.customers:,} customers and {report.visits:,} visits ({report.rows:,} rows in "
          f"{len(report.counts)} tables, each table's count checked) from {where(source)} into {where(target)}.")
    return EXIT_OK


def cmd_check(args: argparse.Namespace, paths: DataPaths) -> int:
    from models.backup import backup_folder
    from models.database_files import quick_check
    from models.storage_location import location_warning

    team = team_url(args, paths)
    if team is not None:
        return _check_team(team)
    path = database_file(args, paths)
    warning = location_warning(path.parent)
    if warning:
        print(f"Warning: {warning}")
    if not path.exists():
        print(f"There is no database at {path} yet; it is created when the app first opens.")
        return EXIT_OK
    problems = quick_check(path)
    if problems:
        print(f"fieldbrief: error: {path} is damaged: {'; '.join(problems)}. Restore a backup "
              f"(fieldbrief restore FILE; the backups are in {backup_folder(path)}).", file=sys.stderr)
        return EXIT_ERROR
    print(f"{path}: ok.")
    return EXIT_OK


def _check_team(url) -> int:
    """A team database: the server answers, the login works, the schema is one this Fieldbrief knows."""
    from models.db import open_database
    from models.schema_version import head_revision
    from models.team_database import where

    db = open_database(url, upgrade=False)
    try:
        from models.db import _refuse_foreign_or_newer

        with db.engine.connect() as conn:
            _refuse_foreign_or_newer(conn, where(url))
        revision = db.schema_revision()
    finally:
        db.close()
    state = ("no Fieldbrief schema yet (an empty database: Fieldbrief creates it when it first opens it)"
             if revision is None else "the current schema" if revision == head_revision()
             else f"an older schema ({revision}), upgraded when Fieldbrief next opens it")
    print(f"{where(url)}: ok, reachable, {state}.")
    return EXIT_OK


def cmd_import(args: argparse.Namespace, paths: DataPaths) -> int:
    from pathlib import Path

    from models.db import open_database
    from models.interchange.importer import import_file
    from models.interchange.store import Choice

    db = open_database(database_url(args, paths))
    try:
        summary = import_file(db, Path(args.file), args.mapping, Choice(args.duplicates), date_order=args.dates)
    finally:
        db.close()
    for error in summary.errors:
        print(f"  {error.where}{' ' + error.person if error.person else ''}: not imported: {error.reason}")
    for check in summary.checks:
        print(f"  {check.where} {check.person}: {check.field} {check.value!r} kept in the notes: {check.reason}")
    for note in summary.notes:
        print(f"  {note.where} {note.person}: {note.reason}")
    print(f"Imported {args.file}: {summary.added} added, {summary.merged} merged, {summary.skipped} skipped as "
          f"duplicates, {len(summary.checks)} values to check, {len(summary.errors)} not imported (listed above)."
          + (f" The database was backed up first to {summary.backup}." if summary.backup else ""))
    return EXIT_OK


def cmd_import_spend(args: argparse.Namespace, paths: DataPaths) -> int:
    from pathlib import Path

    from models.db import open_database
    from models.interchange.spend_import import import_spend

    db = open_database(database_url(args, paths))
    try:
        summary = import_spend(db, Path(args.file))
    finally:
        db.close()
    for problem in summary.unmatched + summary.errors:
        print(f"  {problem.where}: {problem.reason}")
    print(f"Imported the spend in {args.file}: {summary.months:,} months of {summary.customers:,} customers "
          f"({summary.unchanged:,} as they were), {len(summary.unmatched):,} rows matched no customer, "
          f"{len(summary.errors):,} could not be read (listed above)."
          + (f" The database was backed up first to {summary.backup}." if summary.backup else ""))
    return EXIT_OK


def cmd_export(args: argparse.Namespace, paths: DataPaths) -> int:
    from pathlib import Path

    from models.db import open_database
    from models.interchange.exports import FORMATS, export

    target = Path(args.output)
    db = open_database(database_url(args, paths))
    try:
        count = export(db, args.format, target)
    finally:
        db.close()
    print(f"Wrote {count:,} {FORMATS[args.format].unit} to {target}.")
    return EXIT_OK


def _day(text: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-24") from None


def _progress_printer(unit: str = "customers") -> Callable[[int, int], None] | None:
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        print(f"\r{done:,} / {total:,} {unit}", end="" if done < total else "\n", file=sys.stderr, flush=True)

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
