"""Backups that restore: taken with SQLite's online backup API, verified before they count, thinned by
age; restored (models/storage/restore.py) only from a file that passed every check.

A backup is written to ``NAME.part`` in the backups folder, verified (quick_check, a Fieldbrief schema
version), given a SHA-256 sidecar (``NAME.sha256``, so a flipped bit is caught at restore even where
SQLite's own checks cannot see it), and only then renamed to its name. A failure leaves nothing under
a backup's name and never touches the database. A live database file is never copied as a file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from models.errors import KnownError
from models.runtime.translatable import QT_TRANSLATE_NOOP, Text

HEADER = b"SQLite format 3\x00"
NAME_PATTERN = re.compile(r"^fieldbrief-(\d{8}-\d{6})-([a-z0-9-]+)\.sqlite$")
CHUNK = 1 << 20


class BackupError(KnownError):
    def __init__(self, where: Path, reason: str):
        super().__init__(QT_TRANSLATE_NOOP("errors", "The backup could not be written to %1: %2. Your database is "
                                           "untouched. Free some space on that disk, then try again."),
                         where, reason)


class RestoreRefused(KnownError):
    def __init__(self, source: Path, reason: str):
        super().__init__(QT_TRANSLATE_NOOP("errors", "%1 was not restored: %2. Your database is as it was."),
                         source, reason)
        self.reason = reason


def why(template: str, *values: object) -> Text:
    """Why a backup or a restore could not be done: a part of their message (marked in "errors")."""
    return Text("errors", template, *values)


@dataclass(frozen=True)
class FileReport:
    """What a database file holds, once it passed the checks."""

    revision: str
    customers: int
    visits: int


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    reason: str
    size: int


def backup_folder(database: Path) -> Path:
    """Where the backups of a database live: ``backups`` beside it (the data folder's layout)."""
    return database.parent / "backups"


def backup_name(now: dt.datetime, reason: str) -> str:
    return f"fieldbrief-{now:%Y%m%d-%H%M%S}-{reason}.sqlite"


def sidecar(path: Path) -> Path:
    return path.with_suffix(".sha256")


# -- checking a file -----------------------------------------------------------------------------------
def check_file(path: Path, *, thorough: bool = False) -> FileReport:
    """Raise ``RestoreRefused`` unless ``path`` is a sound Fieldbrief database of a schema this version
    knows; ``thorough`` runs integrity_check instead of quick_check. Reads only (never writes the file)."""
    from models.storage.schema_version import APPLICATION_ID, VERSION_TABLE, known_revision

    if not path.is_file():
        raise RestoreRefused(path, why(QT_TRANSLATE_NOOP("errors", "there is no such file")))
    size = path.stat().st_size
    if size == 0:
        raise RestoreRefused(path, why(QT_TRANSLATE_NOOP("errors", "the file is empty")))
    with open(path, "rb") as f:
        if f.read(len(HEADER)) != HEADER:
            raise RestoreRefused(path, why(QT_TRANSLATE_NOOP("errors", "it is not a SQLite database")))
    digest_file = sidecar(path)
    if digest_file.is_file() and digest_file.read_text().split()[0] != file_digest(path):
        raise RestoreRefused(path, why(QT_TRANSLATE_NOOP(
            "errors", "its contents changed since the backup was taken (checksum mismatch)")))
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise RestoreRefused(path, why(QT_TRANSLATE_NOOP("errors", "SQLite cannot open it (%1)"), exc)) from exc
    try:
        check = "integrity_check" if thorough else "quick_check"
        problems = [row[0] for row in conn.execute(f"PRAGMA {check}").fetchall()]
        if problems != ["ok"]:
            raise RestoreRefused(path, why(QT_TRANSLATE_NOOP("errors", "it is damaged (%1)"), "; ".join(problems[:3])))
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if app_id not in (0, APPLICATION_ID) or VERSION_TABLE not in tables or "customers" not in tables:
            raise RestoreRefused(path, why(QT_TRANSLATE_NOOP("errors", "it is not a Fieldbrief database")))
        row = conn.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
        if row is None:
            raise RestoreRefused(path, why(QT_TRANSLATE_NOOP("errors", "it has no Fieldbrief schema version")))
        if not known_revision(row[0]):
            raise RestoreRefused(path, why(QT_TRANSLATE_NOOP(
                "errors", "it was written by a newer Fieldbrief (schema %1); install that version to open it"), row[0]))
        customers = conn.execute("SELECT count(*) FROM customers").fetchone()[0]
        visits = conn.execute("SELECT count(*) FROM visits").fetchone()[0] if "visits" in tables else 0
        return FileReport(row[0], customers, visits)
    except sqlite3.DatabaseError as exc:
        raise RestoreRefused(path, why(QT_TRANSLATE_NOOP("errors", "it is damaged or not a database (%1)"), exc)) from exc
    finally:
        conn.close()


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


# -- taking a backup -----------------------------------------------------------------------------------
def take_backup(database: Path, target: Path | None = None, *, reason: str = "manual",
                now: dt.datetime | None = None, verify: bool = True) -> Path:
    """Copy the live database through SQLite's online backup API (a consistent snapshot, whatever is
    being written meanwhile) to ``target`` or a new file in its backups folder; verify it; return it.
    ``verify=False`` only keeps a damaged database's pages before a restore replaces it: copied as they
    are, byte for byte (SQLite's backup API may not read a damaged file at all), its -wal beside it."""
    if target is None:
        folder = backup_folder(database)
        target = folder / backup_name(now or dt.datetime.now(), reason)
        counter = 1
        while target.exists():  # two backups in the same second
            counter += 1
            target = folder / backup_name(now or dt.datetime.now(), f"{reason}-{counter}")
    part = target.with_name(target.name + ".part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if verify:
            copy_database(database, part, self_contained=True)
            check_file(part)
        else:
            _copy_as_it_is(database, part, target)
        digest = file_digest(part)
        _fsync(part)
        digest_part = sidecar(target).with_name(sidecar(target).name + ".part")
        _private_new_file(digest_part)
        digest_part.write_text(f"{digest}  {target.name}\n")
        _fsync(digest_part)
        os.replace(digest_part, sidecar(target))
        os.replace(part, target)
        fsync_folder(target.parent)
    except (sqlite3.Error, OSError, RestoreRefused) as exc:
        for leftover in (part, Path(str(part) + "-journal"), sidecar(target).with_name(sidecar(target).name + ".part")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        if not target.exists():
            with contextlib.suppress(OSError):
                sidecar(target).unlink()
        raise BackupError(target.parent, plain_reason(exc)) from exc
    return target


def copy_database(source: Path, target: Path, self_contained: bool = False) -> None:
    """Copy through SQLite's online backup API (a consistent snapshot, even while others write) into a
    new private file; ``self_contained`` leaves it in rollback-journal mode, one file with no -wal."""
    _private_new_file(target)
    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(target)
        try:
            src.backup(copy)
            if self_contained:
                copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
    finally:
        src.close()


def _copy_as_it_is(database: Path, part: Path, target: Path) -> None:
    """The file's bytes into ``part`` (private), and its write-ahead log, if any, beside ``target``."""
    _private_new_file(part)
    shutil.copyfile(database, part)
    wal = Path(str(database) + "-wal")
    if wal.exists() and wal.stat().st_size:
        kept = Path(str(target) + "-wal")
        _private_new_file(kept)
        shutil.copyfile(wal, kept)


def plain_reason(exc: BaseException) -> str:
    text = str(exc)
    if isinstance(exc, OSError) and exc.errno in (27, 28):  # EFBIG, ENOSPC
        return why(QT_TRANSLATE_NOOP("errors", "the disk is full or the file is too large"))
    if "disk is full" in text or "disk I/O error" in text:
        return why(QT_TRANSLATE_NOOP("errors", "the disk is full or cannot be written"))
    if isinstance(exc, PermissionError):
        return why(QT_TRANSLATE_NOOP("errors", "the folder cannot be written"))
    if isinstance(exc, FileExistsError | NotADirectoryError):
        return why(QT_TRANSLATE_NOOP("errors", "a file is where its folder should be: move or rename that file"))
    return text


def _private_new_file(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    if os.name == "posix":
        _fsync(folder)


def fingerprint(database: Path) -> tuple:
    """Changes whenever a commit reaches the database or its write-ahead log: whether a backup is due."""
    marks = []
    for path in (database, Path(str(database) + "-wal")):
        try:
            info = path.stat()
            marks.append((info.st_mtime_ns, info.st_size))
        except FileNotFoundError:
            marks.append(None)
    return tuple(marks)


def peek(path: Path) -> tuple[int, int] | None:
    """(customers, visits) in a backup, read without checking it; None when it cannot be read."""
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            return (conn.execute("SELECT count(*) FROM customers").fetchone()[0],
                    conn.execute("SELECT count(*) FROM visits").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def newest_good(folder: Path) -> BackupInfo | None:
    """The newest backup that passes its checks."""
    for info in list_backups(folder):
        try:
            check_file(info.path)
        except RestoreRefused:
            continue
        return info
    return None


# -- the list and thinning -----------------------------------------------------------------------------
def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder``, newest first (files named as ours; a ``.part`` is never one)."""
    found = []
    if folder.exists() and not folder.is_dir():  # (a file in the folder's place: said, not an empty list)
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(folder))
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = NAME_PATTERN.match(path.name)
        if match and path.is_file():
            try:
                taken = dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
            except ValueError:  # a file named like one, with no such time (not ours): not listed, not thinned
                continue
            found.append(BackupInfo(path, taken, match.group(2), path.stat().st_size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


@dataclass(frozen=True)
class KeepPolicy:
    """Which backups thinning keeps: everything of the last ``recent_days``, then the newest of each of
    the last ``daily`` days, ``weekly`` weeks and ``monthly`` months that have a backup."""

    recent_days: int = 2
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def to_keep(backups: list[BackupInfo], now: dt.datetime, policy: KeepPolicy) -> set[Path]:
    newest_first = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    keep = {b.path for b in newest_first[:1]}  # the newest good backup, always
    keep |= {b.path for b in newest_first if now - b.taken_at <= dt.timedelta(days=policy.recent_days)}
    for limit, bucket in ((policy.daily, lambda t: t.date()), (policy.weekly, lambda t: t.isocalendar()[:2]),
                          (policy.monthly, lambda t: (t.year, t.month))):
        seen: list = []
        for b in newest_first:
            key = bucket(b.taken_at)
            if key not in seen:
                if len(seen) == limit:
                    break
                seen.append(key)
                keep.add(b.path)
    return keep


def back_up_and_thin(database: Path, reason: str, policy: KeepPolicy | None = None) -> tuple[Path, list[Path]]:
    """A verified backup into the backups folder, then the folder thinned (Back Up Now, the timer, the
    backup on quit, ``fieldbrief backup``): the backup and the older ones removed."""
    saved = take_backup(database, reason=reason)
    return saved, thin(backup_folder(database), policy=policy)


def thin(folder: Path, now: dt.datetime | None = None, policy: KeepPolicy | None = None) -> list[Path]:
    """Delete the backups the policy does not keep (call only after a new backup was verified)."""
    backups = list_backups(folder)
    keep = to_keep(backups, now or dt.datetime.now(), policy or KeepPolicy())
    removed = []
    for b in backups:
        if b.path not in keep:
            b.path.unlink()
            for beside in (sidecar(b.path), Path(str(b.path) + "-wal")):  # (a damaged one's log)
                with contextlib.suppress(FileNotFoundError):
                    beside.unlink()
            removed.append(b.path)
    return removed
