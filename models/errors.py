"""Expected trouble, as opposed to bugs.

A ``KnownError`` carries a message a user can act on; the GUI shows it in a plain message box and the
CLI prints it as one line. Anything else that escapes is a bug and goes to the crash dialog.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Callable

from models.runtime.translatable import QT_TRANSLATE_NOOP, Text, fill, in_language, translate

__all__ = ["KnownError", "TranslatableError", "Refused"]


class KnownError(Exception):
    """Expected trouble with a message that says what is wrong and what to do.

    The message is a template marked with QT_TRANSLATE_NOOP in ``context`` ("errors" unless a class says
    otherwise), %1, %2… for its values (a value may be a models.runtime.translatable.Text, translated too):
    ``str()`` is in the user's language where a translator is installed (the window, the command line's
    ``--lang``), and in English elsewhere; ``args[0]`` is always the English.
    """

    context = "errors"
    template = ""

    def __init__(self, template: str | Text | None = None, *values: object):
        if isinstance(template, Text):  # a message made elsewhere (a field's check): its own context
            self.context, template, values = template.context, template.template, template.values
        if template is not None:
            self.template = template
        self.values = values
        super().__init__(fill(self.template, [str(v) for v in values]))

    def translated(self) -> str:
        return fill(translate(self.context, self.template), [in_language(v) for v in self.values])

    def __str__(self) -> str:
        return self.translated()


class TranslatableError(KnownError):
    """Expected trouble whose class holds its template: raised with its values only."""

    def __init__(self, *values: object):
        super().__init__(None, *values)


NEWER_SCHEMA = QT_TRANSLATE_NOOP("errors", "The database %1 was written by a newer version of Fieldbrief (schema %2). "
                                 "It has not been changed. Install the newer Fieldbrief to open it.")
NOT_FIELDBRIEF_FILE = QT_TRANSLATE_NOOP("errors", "%1 is not a Fieldbrief database (%2). Choose another file.")
NOT_FIELDBRIEF_SERVER = QT_TRANSLATE_NOOP("errors", "%1 is not a Fieldbrief database (%2). Choose another database, "
                                          "or an empty one.")
LOCKED = QT_TRANSLATE_NOOP("errors", "The database is locked by another program or another Fieldbrief window. "
                           "Close the other one and try again.")
DISK_FULL = QT_TRANSLATE_NOOP("errors", "The disk is full or cannot be written, so the change was not saved. "
                              "Free some space and try again.")
DAMAGED = QT_TRANSLATE_NOOP("errors", "The database is damaged (SQLite cannot read part of it). Restore a backup: "
                            "File > Restore from Backup….")
READ_ONLY = QT_TRANSLATE_NOOP("errors", "The database could not be written (it is read-only: the file or its folder "
                              "is write-protected, or it was opened read-only after failing its check), so nothing "
                              "was saved. Check the file's permissions, or restore a backup (File > Restore…).")
NOT_A_DATABASE = QT_TRANSLATE_NOOP("errors", "The database file is damaged or is not a database. Restore it from a "
                                   "backup.")


class NewerSchemaError(KnownError):
    def __init__(self, path: str, revision: str):
        super().__init__(NEWER_SCHEMA, path, revision)
        self.revision = revision


class NotAFieldbriefDatabase(KnownError):
    def __init__(self, path: str, reason: str):
        super().__init__(NOT_FIELDBRIEF_SERVER if path.startswith("postgresql") else NOT_FIELDBRIEF_FILE, path, reason)


class DatabaseLockedError(KnownError):
    def __init__(self, detail: str = ""):
        super().__init__(LOCKED)
        self.detail = detail  # (for the log: what SQLite said)


class DiskFullError(KnownError):
    def __init__(self, detail: str = ""):
        super().__init__(DISK_FULL)
        self.detail = detail


class NotFoundError(KnownError):
    """A record the user named does not exist."""


NO_CUSTOMER = QT_TRANSLATE_NOOP("errors", "There is no customer with id %1.")
NO_VISIT = QT_TRANSLATE_NOOP("errors", "There is no visit with id %1; it may have been deleted.")


class Refused(KnownError):
    """An action the rules do not allow, or input it cannot take: ``template`` is marked with
    QT_TRANSLATE_NOOP("errors", ...) where it is written, and %1, %2… are filled with the values."""

    @property
    def args_text(self) -> tuple[str, ...]:
        return tuple(str(v) for v in self.values)


def as_known_error(exc: BaseException) -> KnownError | None:
    """Map a low-level exception to the expected trouble it means, or None for a bug: by SQLite's result
    code (``sqlite_errorcode``, under SQLAlchemy's wrapper too) and the system's error number, never by the
    wording of a message. (A team database's trouble is sorted by its SQLSTATE: models.team.server_errors.)"""
    if isinstance(exc, KnownError):
        return exc
    original = getattr(exc, "orig", None) or exc
    code = getattr(original, "sqlite_errorcode", None)
    if code is not None:
        kind = _SQLITE_KINDS.get(code & 0xFF)  # (the primary code: SQLITE_IOERR_WRITE is an SQLITE_IOERR)
        return kind(original) if kind is not None else None
    if isinstance(original, OSError) and original.errno in _NO_SPACE:
        return DiskFullError(str(original)[:200])
    if isinstance(original, PermissionError):
        return Refused(NOT_PERMITTED, original.filename or "")
    if isinstance(original, NotADirectoryError | FileExistsError):
        return Refused(NOT_A_FOLDER, original.filename or "")
    return None


def _damaged(_exc: BaseException) -> KnownError:
    return KnownError(DAMAGED)


def _read_only(_exc: BaseException) -> KnownError:
    return KnownError(READ_ONLY)


def _not_a_database(_exc: BaseException) -> KnownError:
    return KnownError(NOT_A_DATABASE)


_NO_SPACE = tuple(getattr(errno, name) for name in ("ENOSPC", "EFBIG", "EDQUOT") if hasattr(errno, name))
_SQLITE_KINDS: dict[int, Callable[[BaseException], KnownError]] = {
    sqlite3.SQLITE_BUSY: lambda exc: DatabaseLockedError(type(exc).__name__),
    sqlite3.SQLITE_LOCKED: lambda exc: DatabaseLockedError(type(exc).__name__),
    sqlite3.SQLITE_FULL: lambda exc: DiskFullError(str(exc)[:200]),
    sqlite3.SQLITE_IOERR: lambda exc: DiskFullError(str(exc)[:200]),
    sqlite3.SQLITE_CORRUPT: _damaged,
    sqlite3.SQLITE_READONLY: _read_only,
    sqlite3.SQLITE_NOTADB: _not_a_database,
}


NOT_PERMITTED = QT_TRANSLATE_NOOP("errors", "The system does not let Fieldbrief read or write %1. Check who may "
                                  "use that file or folder (its permissions), then try again.")
NOT_A_FOLDER = QT_TRANSLATE_NOOP("errors", "%1 is a file where Fieldbrief keeps a folder. Move or rename that file, "
                                 "then try again.")
