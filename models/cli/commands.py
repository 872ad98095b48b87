"""The command line: one parser for the GUI's options and the commands, and the commands themselves.

Expected trouble prints one line to stderr and exits 1; usage errors exit 2 (argparse); a bug keeps its
traceback (and goes to the log) because somebody has to fix it. Everything is said in ``--lang``'s language
(else the system's): models.cli.language.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable

from models import APP_NAME, __version__
from models.cli.database_url import checked_url, database_url
from models.cli.language import HelpFormatter, count, say, speak, spoken
from models.errors import KnownError, as_known_error
from models.storage.paths import DATA_DIR_ENV, DataPaths
from models.runtime.translatable import QT_TRANSLATE_NOOP, fill, translate
from models.vocabulary import PAPERS

log = logging.getLogger(__name__)

EXIT_OK, EXIT_ERROR = 0, 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fieldbrief", formatter_class=HelpFormatter,
        description=fill(translate("cli", "%1: plan customer visits, run the pre-visit checklist, print the visit "
                                          "brief. Without a command, opens the desktop app."), [APP_NAME]),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}",
                        help=translate("argparse", "show program's version number and exit"))
    add_common_options(parser)
    # for the packaging tests and bench/startup.py: print the time of the window's first paint, then quit
    parser.add_argument("--exit-on-first-paint", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_CommandParser)

    demo = _command(commands, "demo", help=translate("cli", "fill an empty database with realistic demo data"))
    demo.add_argument("--customers", type=_positive_int, default=500, metavar="N",
                      help=translate("cli", "how many customers (default 500)"))
    demo.add_argument("--seed", type=_whole_number, default=1, metavar="S",
                      help=translate("cli", "random seed; the same seed gives the same data (default 1)"))
    demo.set_defaults(handler=cmd_demo)

    brief = _command(commands, "brief", help=translate("cli", "print the one-page brief of a visit, or a day "
                                                               "sheet, as PDF"))
    which = brief.add_mutually_exclusive_group(required=True)
    which.add_argument("visit", nargs="?", type=_positive_int, metavar="VISIT_ID",
                       help=translate("cli", "the visit's number"))
    which.add_argument("--date", type=_day, metavar="YYYY-MM-DD",
                       help=translate("cli", "every visit of that day, with a summary page"))
    brief.add_argument("-o", "--output", required=True, metavar="FILE.pdf",
                       help=translate("cli", "where to write the PDF"))
    brief.add_argument("--paper", choices=PAPERS, help=translate("cli", "paper size (default: the one chosen in "
                                                                       "Settings, A4 until then)"))
    brief.set_defaults(handler=cmd_brief)

    report = _command(commands, "report", help=translate("cli", "print the weekly report (a rep's, or the team's) "
                                                                 "as PDF"))
    report.add_argument("--week", required=True, type=_week, metavar="YYYY-Www", help=translate(
        "cli", "the ISO week, e.g. 2026-W49: its visits, results and figures, and the next week's plan"))
    report.add_argument("--rep", metavar="NAME", help=translate("cli", "the rep (a customer's owner); default: "
                                                                        "the whole team"))
    report.add_argument("-o", "--output", required=True, metavar="FILE.pdf",
                        help=translate("cli", "where to write the PDF"))
    report.add_argument("--paper", choices=PAPERS, help=translate("cli", "paper size (default: the one chosen in "
                                                                        "Settings, A4 until then)"))
    report.set_defaults(handler=cmd_report)

    backup = _command(commands, "backup", help=translate("cli", "back up the database (verified), into the "
                                                                 "backups folder or FILE"))
    backup.add_argument("-o", "--output", metavar="FILE", help=translate(
        "cli", "where to write the backup (default: the backups folder, which is then thinned)"))
    backup.set_defaults(handler=cmd_backup)

    restore = _command(commands, "restore", help=translate("cli", "replace the database with a backup, after "
                                                                   "checking it"))
    restore.add_argument("file", metavar="FILE", help=translate("cli", "a backup or any Fieldbrief database file"))
    restore.set_defaults(handler=cmd_restore)

    copy = _command(commands, "copy", help=translate("cli", "copy the whole book into an empty database (e.g. a "
                                                             "team database on PostgreSQL), or a whole book from "
                                                             "one into this, empty, one"))
    direction = copy.add_mutually_exclusive_group(required=True)
    direction.add_argument("--to", metavar="URL", help=translate(
        "cli", "copy this book (the laptop's, or --database) into the empty database at URL, e.g. "
               "postgresql+psycopg://USER@HOST:5432/DATABASE"))
    direction.add_argument("--from", dest="source", metavar="URL", help=translate(
        "cli", "copy the book at URL into this one (the laptop's, or --database), which must be empty"))
    copy.set_defaults(handler=cmd_copy)

    check = _command(commands, "check", help=translate("cli", "check the database (integrity, schema, where it "
                                                               "is kept)"))
    check.set_defaults(handler=cmd_check)

    importer = _command(commands, "import", help=translate("cli", "import customers and contacts from CSV or "
                                                                   "vCard (.vcf), or a whole Fieldbrief workbook "
                                                                   "(.xlsx)"))
    importer.add_argument("file", metavar="FILE", help=translate("cli", "the file to import (.csv, .vcf or .xlsx)"))
    importer.add_argument("--mapping", metavar="NAME", help=translate(
        "cli", "CSV columns: google, outlook, fieldbrief or a mapping saved in the import window (default: "
               "guessed from the header)"))
    importer.add_argument("--duplicates", choices=("skip", "merge", "keep"), default="skip", help=translate(
        "cli", "what to do with a contact the book already has (default skip)"))
    importer.add_argument("--dates", choices=("dmy", "mdy"), default="", help=translate(
        "cli", "dates like 04/03/1985 are day/month (dmy) or month/day (mdy); default: what the file's dates "
               "decide (a day over 12), else such dates are kept in the notes to check"))
    importer.set_defaults(handler=cmd_import)

    spend = _command(commands, "import-spend", help=translate("cli", "import monthly spend from a billing export "
                                                                      "(CSV or .xlsx): customer (id, name or "
                                                                      "phone), month, amount"))
    spend.add_argument("file", metavar="FILE", help=translate("cli", "the billing export (.csv or .xlsx)"))
    spend.set_defaults(handler=cmd_import_spend)

    exporter = _command(commands, "export", help=translate("cli", "export everything (xlsx), customers and "
                                                                   "contacts (csv, vcard) or the calendar (ics)"))
    exporter.add_argument("--format", choices=("xlsx", "csv", "vcard", "ics"), required=True, help=translate(
        "cli", "xlsx: everything; csv: customers and contacts; vcard: contacts; ics: visits, follow-ups and dates"))
    exporter.add_argument("-o", "--output", required=True, metavar="FILE", help=translate(
        "cli", "where to write the export"))
    exporter.set_defaults(handler=cmd_export)

    from models.cli.team_commands import add_team_commands

    add_team_commands(commands, _command, _positive_int)
    return parser


def _command(commands, name: str, help: str) -> argparse.ArgumentParser:  # noqa: A002 - argparse's word
    """A command, its line in the list of commands also heading its own --help."""
    return commands.add_parser(name, help=help, description=help[:1].upper() + help[1:])


def add_common_options(parser: argparse.ArgumentParser, default=None) -> None:
    """--data-dir, --database and --lang: before the command, and after it in any order."""
    parser.add_argument("--data-dir", metavar="DIR", default=default, help=fill(translate(
        "cli", "folder for the database, backups, logs and settings (default: $%1 or the user's data folder)"),
        [DATA_DIR_ENV]))
    parser.add_argument("--database", metavar="URL", default=default, help=translate(
        "cli", "SQLAlchemy URL of the database (default: the SQLite file in the data folder)"))
    parser.add_argument("--lang", metavar="LANG", default=default, help=translate(
        "cli", "user-interface language, e.g. zh_CN or en (default: the system's)"))


class _CommandParser(argparse.ArgumentParser):
    """A command's parser also takes the common options; given after the command they win, and left out
    they do not undo the ones given before it. A word it does not know is its own usage mistake, told with
    its own usage."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, formatter_class=HelpFormatter, **kwargs)
        add_common_options(self, default=argparse.SUPPRESS)

    def parse_known_args(self, args=None, namespace=None):
        known, unknown = super().parse_known_args(args, namespace)
        if unknown:
            self.error(argparse._("unrecognized arguments: %s") % " ".join(unknown))
        return known, unknown


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The options and command; the help and usage errors already in --lang's language (else the system's)."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang")
    speak(early.parse_known_args(argv)[0].lang)
    return build_parser().parse_args(argv)


def run_command(args: argparse.Namespace) -> int:
    if args.lang:
        args.lang = spoken(args.lang)  # (zh, zh-CN… the brief's language too)
    speak(args.lang)  # the core's messages in --lang's language (the system's without one)
    paths = DataPaths.resolve(args.data_dir).ensure()
    from models.runtime.logsetup import setup_logging

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
        _say_error(known)
        return EXIT_ERROR


def _say_error(problem: object) -> None:
    say(translate("cli", "fieldbrief: error: %1"), problem, error=True)


def cmd_demo(args: argparse.Namespace, paths: DataPaths) -> int:
    from models.storage.db import open_database
    from models.demo.book import load_demo

    db = open_database(database_url(args, paths))
    try:
        summary = load_demo(db, customers=args.customers, seed=args.seed, progress=_progress_printer())
    finally:
        db.close()
    say(translate("cli", "Loaded demo data into %1: %2, %3, %4."), db.path or db.url,
        count(summary.customers, "customer"), count(summary.contacts, "contact"), count(summary.visits, "visit"))
    return EXIT_OK


def cmd_brief(args: argparse.Namespace, paths: DataPaths) -> int:
    from pathlib import Path

    from models.book import preferences
    from models.brief.service import write_brief, write_day_sheet
    from models.storage.db import open_database

    target = Path(args.output)
    db = open_database(database_url(args, paths))
    try:
        if args.paper is None:
            args.paper = preferences.paper(db)  # (the window's: Settings > Paper for briefs)
        if args.date is not None:
            visits = write_day_sheet(db, args.date, target, lang=args.lang, paper=args.paper)
            say(translate("cli", "Wrote the day sheet of %1 (%2) to %3."), f"{args.date:%Y-%m-%d}",
                count(visits, "visit"), target)
        else:
            write_brief(db, args.visit, target, lang=args.lang, paper=args.paper)
            say(translate("cli", "Wrote the brief of visit %1 to %2."), args.visit, target)
    finally:
        db.close()
    return EXIT_OK


def cmd_report(args: argparse.Namespace, paths: DataPaths) -> int:
    from pathlib import Path

    from models.book import preferences
    from models.reports.service import write_weekly_report
    from models.storage.db import open_database

    target = Path(args.output)
    db = open_database(database_url(args, paths))
    try:
        report = write_weekly_report(db, args.week, target, rep=args.rep, lang=args.lang,
                                     paper=args.paper or preferences.paper(db))
        say(translate("cli", "Wrote the weekly report of %1 (%2, %3 done) to %4."), args.week.label,
            args.rep or translate("cli", "the team"), count(report.figures.visits.done, "visit"), target)
    finally:
        db.close()
    return EXIT_OK


def database_file(args: argparse.Namespace, paths: DataPaths):
    from sqlalchemy.engine import make_url

    from models.storage.database_files import sqlite_file

    path = sqlite_file(make_url(database_url(args, paths)))
    if path is None:
        raise KnownError(QT_TRANSLATE_NOOP("errors", "Backups, restores and checks work on a SQLite database file or "
                                           "a PostgreSQL team database; --database names another kind."))
    return path


def team_url(args: argparse.Namespace, paths: DataPaths):
    """The team database's URL when --database names one (its password from the keyring), else None."""
    from models.team.team_database import is_team_url

    url = database_url(args, paths)
    return url if is_team_url(url) else None


def cmd_backup(args: argparse.Namespace, paths: DataPaths) -> int:
    from pathlib import Path

    from models.storage.backup import back_up_and_thin, take_backup

    team = team_url(args, paths)
    if team is not None:
        from models.team.team_backup import back_up
        from models.team.team_database import where

        saved = back_up(team, paths.backups, target=Path(args.output).absolute() if args.output else None)
        say(translate("cli", "Backed up %1 to %2 (pg_dump, verified with pg_restore)."), where(team), saved)
        return EXIT_OK
    path = database_file(args, paths)
    if not path.exists():
        raise KnownError(QT_TRANSLATE_NOOP("errors", "There is no database at %1 to back up."), path)
    if args.output:
        saved = take_backup(path, Path(args.output).absolute())
        say(translate("cli", "Backed up %1 to %2 (verified)."), path, saved)
        return EXIT_OK
    saved, removed = back_up_and_thin(path, "manual", _backup_settings(path).policy())
    say(translate("cli", "Backed up %1 to %2 (verified); %3 thinned out."), path, saved,
        count(len(removed), "older backup"))
    return EXIT_OK


def _backup_settings(path):
    """The backup settings stored in the database, read without opening it for writing."""
    from models.storage.db import open_read_only
    from models.book.settings import load_backup_settings

    db = open_read_only(path)
    try:
        with db.engine.connect() as conn:
            return load_backup_settings(conn)
    finally:
        db.close()


def cmd_restore(args: argparse.Namespace, paths: DataPaths) -> int:
    from pathlib import Path

    from models.storage.backup import check_file
    from models.storage.restore import restore

    team = team_url(args, paths)
    if team is not None:
        from models.team.team_backup import restore as restore_dump
        from models.team.team_database import where

        customers, visits = restore_dump(Path(args.file).absolute(), team)
        say(translate("cli", "Restored %1 (%2, %3) into %4."), args.file, count(customers, "customer"),
            count(visits, "visit"), where(team))
        return EXIT_OK
    path = database_file(args, paths)
    source = Path(args.file).absolute()
    report = check_file(source, thorough=True)
    before = restore(path, source)
    say(translate("cli", "Restored %1 (%2, %3) into %4."), source, count(report.customers, "customer"),
        count(report.visits, "visit"), path)
    if before:
        say(translate("cli", "The database as it was is kept in %1."), before)
    return EXIT_OK


def cmd_copy(args: argparse.Namespace, paths: DataPaths) -> int:
    from models.team.book_copy import copy_book
    from models.team.team_database import where

    here = database_url(args, paths)
    source, target = (here, checked_url(args.to)) if args.to else (checked_url(args.source), here)
    report = copy_book(source, target, progress=_progress_printer("row"))
    say(translate("cli", "Copied %1 and %2 (%3 in %4, each table's count checked) from %5 into %6."),
        count(report.customers, "customer"), count(report.visits, "visit"), count(report.rows, "row"),
        count(len(report.counts), "table"), where(source), where(target))
    return EXIT_OK


def cmd_check(args: argparse.Namespace, paths: DataPaths) -> int:
    from models.storage.backup import backup_folder
    from models.storage.database_files import quick_check
    from models.storage.location_check import location_warning

    team = team_url(args, paths)
    if team is not None:
        return _check_team(team)
    path = database_file(args, paths)
    warning = location_warning(path.parent)
    if warning:
        say(translate("cli", "Warning: %1"), warning)
    if not path.exists():
        say(translate("cli", "There is no database at %1 yet; it is created when the app first opens."), path)
        return EXIT_OK
    problems = quick_check(path)
    if problems:
        _say_error(fill(translate("cli", "%1 is damaged: %2. Restore a backup (fieldbrief restore FILE; the backups "
                                         "are in %3)."), [path, "; ".join(problems), backup_folder(path)]))
        return EXIT_ERROR
    say(translate("cli", "%1: ok."), path)
    return EXIT_OK


def _check_team(url) -> int:
    """A team database: the server answers, the login works, the schema is one this Fieldbrief knows."""
    from models.storage.db import open_database
    from models.storage.schema_version import head_revision
    from models.team.team_database import where

    db = open_database(url, upgrade=False)
    try:
        from models.storage.db import _refuse_foreign_or_newer

        with db.engine.connect() as conn:
            _refuse_foreign_or_newer(conn, where(url))
        revision = db.schema_revision()
    finally:
        db.close()
    if revision is None:
        say(translate("cli", "%1: ok, reachable, no Fieldbrief schema yet (an empty database: Fieldbrief creates it "
                             "when it first opens it)."), where(url))
    elif revision == head_revision():
        say(translate("cli", "%1: ok, reachable, the current schema."), where(url))
    else:
        say(translate("cli", "%1: ok, reachable, an older schema (%2), upgraded when Fieldbrief next opens it."),
            where(url), revision)
    return EXIT_OK


def cmd_import(args: argparse.Namespace, paths: DataPaths) -> int:
    from pathlib import Path

    from models.storage.db import open_database
    from models.interchange.import_text import field_text, reason_text, who_text
    from models.interchange.importer import import_file
    from models.interchange.store import Choice

    db = open_database(database_url(args, paths))
    try:
        summary = import_file(db, Path(args.file), args.mapping, Choice(args.duplicates), date_order=args.dates)
    finally:
        db.close()
    for error in summary.errors:
        say(translate("cli", "  %1: not imported: %2"), who_text(error.where, error.person), reason_text(error.reason))
    for check in summary.checks:
        say(translate("cli", "  %1: %2 %3 kept in the notes: %4"), who_text(check.where, check.person),
            field_text(check.field), repr(check.value), reason_text(check.reason))
    for note in summary.notes:
        say(translate("cli", "  %1: %2"), who_text(note.where, note.person), reason_text(note.reason))
    say(translate("cli", "Imported %1: %2 added, %3 merged, %4 skipped as duplicates, %5 to check, %6 not imported."), args.file, f"{summary.added:,}", f"{summary.merged:,}",
        f"{summary.skipped:,}", count(len(summary.checks), "value"), f"{len(summary.errors):,}")
    _say_backup(summary.backup)
    return EXIT_OK


def _say_backup(backup: str | None) -> None:
    if backup:
        say(translate("cli", "The database was backed up first to %1."), backup)


def cmd_import_spend(args: argparse.Namespace, paths: DataPaths) -> int:
    from pathlib import Path

    from models.storage.db import open_database
    from models.interchange.import_text import reason_text, where_text
    from models.interchange.spend_import import import_spend

    db = open_database(database_url(args, paths))
    try:
        summary = import_spend(db, Path(args.file))
    finally:
        db.close()
    for problem in summary.problems:
        say(translate("cli", "  %1: %2"), where_text(problem.where), reason_text(problem.reason))
    say(translate("cli", "Imported the spend in %1: %2 of %3 (%4 as they were), %5 matched no customer, %6 could "
                         "not be read."), args.file, count(summary.months, "month"),
        count(summary.customers, "customer"), f"{summary.unchanged:,}", count(len(summary.unmatched), "row"),
        count(len(summary.errors), "row"))
    _say_backup(summary.backup)
    return EXIT_OK


def cmd_export(args: argparse.Namespace, paths: DataPaths) -> int:
    from pathlib import Path

    from models.storage.db import open_database
    from models.interchange.exports import FORMATS, export

    target = Path(args.output)
    db = open_database(database_url(args, paths))
    try:
        written = export(db, args.format, target)
    finally:
        db.close()
    say(translate("cli", "Wrote %1 to %2."), count(written, FORMATS[args.format].unit), target)
    return EXIT_OK


def _week(text: str):
    from models.reports.period import Period

    try:
        return Period.iso_week(text)
    except KnownError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _day(text: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(fill(translate("cli", "%1 is not a date like 2026-11-24"),
                                              [repr(text)])) from None


def _progress_printer(noun: str = "customer") -> Callable[[int, int], None] | None:
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        print(f"\r{done:,} / {count(total, noun)}", end="" if done < total else "\n", file=sys.stderr, flush=True)

    return show


def _whole_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(fill(translate("cli", "%1 is not a whole number"), [repr(text)])) from None


def _positive_int(text: str) -> int:
    value = _whole_number(text)
    if value < 1:
        raise argparse.ArgumentTypeError(translate("cli", "must be at least 1"))
    return value


__all__ = ["KnownError", "build_parser", "parse_args", "run_command"]
