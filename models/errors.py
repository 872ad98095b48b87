"""Expected trouble, as opposed to bugs.

A ``KnownError`` carries a message a user can act on; the GUI shows it in a plain message box and the
CLI prints it as one line. Anything else that escapes is a bug and goes to the crash dialog.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Callable

from models.translatable import QT_TRANSLATE_NOOP


class KnownError(Exception):
    """Expected trouble with a message that says what is wrong and what to do."""


class TranslatableError(KnownError):
    """Expected trouble whose message is a template (marked with QT_TRANSLATE_NOOP in ``context``; %1, %2…
    for its values): ``str()`` is in the user's language in the window, in English on the command line."""

    context = ""
    template = ""

    def __init__(self, *values: object):
        self.values = tuple(str(v) for v in values)
        super().__init__(self._fill(self.template))

    def _fill(self, text: str) -> str:
        for number, value in enumerate(self.values, start=1):
            text = text.replace(f"%{number}", value)
        return text

    def __str__(self) -> str:
        from models.translatable import translate

        return self._fill(translate(self.context, self.template))


class NewerSchemaError(KnownError):
    def __init__(self, path: str, revision: str):
        super().__init__(
            f"The database {path} was written by a newer version of Fieldbrief (schema {revision}). "
            "It has not been changed. Install the newer Fieldbrief to open it."
        )
        self.revision = revision


class NotAFieldbriefDatabase(KnownError):
    def __init__(self, path: str, reason: str):
        advice = "Choose another database, or an empty one." if path.startswith("postgresql") else "Choose another file."
        super().__init__(f"{path} is not a Fieldbrief database ({reason}). {advice}")


class DatabaseLockedError(KnownError):
    def __init__(self, detail: str = ""):
        super().__init__(
            "The database is locked by another program or another Fieldbrief window. "
            "Close the other one and try again." + (f" ({detail})" if detail else "")
        )


class DiskFullError(KnownError):
    def __init__(self, detail: str = ""):
        super().__init__(
            "The disk is full or cannot be written, so the change was not saved. "
            "Free some space and try again." + (f" ({detail})" if detail else "")
        )


class NotFoundError(KnownError):
    """A record the user named does not exist."""


class Refused(KnownError):
    """An action the rules do not allow, or input it cannot take, said in words the window translates:
    ``template`` is marked with QT_TRANSLATE_NOOP("errors", ...) where it is written, and %1, %2… are
    filled with ``args`` (ui.errors.message_of translates it; str() is the English)."""

    def __init__(self, template: str, *args: object):
        self.template = template
        self.args_text = tuple(str(a) for a in args)
        super().__init__(fill(template, self.args_text))


def fill(template: str, args) -> str:
    for i, arg in enumerate(args, start=1):
        template = template.replace(f"%{i}", str(arg))
    return template


def as_known_error(exc: BaseException) -> KnownError | None:
    """Map a low-level exception to the expected trouble it means, or None for a bug: by SQLite's result
    code (``sqlite_errorcode``, under SQLAlchemy's wrapper too) and the system's error number, never by the
    wording of a message. (A team database's trouble is sorted by its SQLSTATE: models.server_errors.)"""
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
    return KnownError("The database is damaged (SQLite cannot read part of it). Restore a backup: "
                      "File > Restore from Backup….")


def _read_only(_exc: BaseException) -> KnownError:
    return KnownError("The database is open read-only because it failed its check, so nothing was saved. "
                      "Restore a backup (File > Restore…) to work with it again.")


def _not_a_database(_exc: BaseException) -> KnownError:
    return KnownError("The database file is damaged or is not a database. Restore it from a backup.")


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
