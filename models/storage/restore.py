"""Restoring a backup: the file checked (thoroughly) before anything is touched, copied beside the database,
upgraded there when its schema is older, checked again, the database as it was backed up first (as
"damaged" when it fails its own check), then swapped in at once."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from pathlib import Path

from models.storage.backup import RestoreRefused, check_file, copy_database, fsync_folder, plain_reason, take_backup, why
from models.storage.database_files import quick_check
from models.storage.db import open_database
from models.storage.schema_version import head_revision
from models.runtime.translatable import QT_TRANSLATE_NOOP


def restore(database: Path, source: Path, now: dt.datetime | None = None) -> Path | None:
    """Replace the database with ``source`` after checking it. The database must be closed. Returns the
    backup of the database as it was (None when there was none); an older schema is upgraded."""
    report = check_file(source, thorough=True)
    stage = database.with_name(database.name + ".restore.part")
    try:
        copy_database(source, stage)
        if report.revision != head_revision():
            open_database(f"sqlite:///{stage}", backup_before_upgrade=False).close()
        check_file(stage)
    except (sqlite3.Error, OSError) as exc:
        _remove_with_journals(stage)
        raise RestoreRefused(source, why(QT_TRANSLATE_NOOP("errors", "it could not be copied (%1)"),
                                            plain_reason(exc))) from exc
    except BaseException:
        _remove_with_journals(stage)
        raise
    before = None
    if database.exists() and database.stat().st_size > 0:
        try:
            sound = not quick_check(database)
            before = take_backup(database, reason="before-restore" if sound else "damaged", now=now, verify=sound)
            if sound:  # (a damaged one's log is kept beside its backup as it is)
                conn = sqlite3.connect(database)
                try:
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                finally:
                    conn.close()
        except BaseException:
            _remove_with_journals(stage)
            raise
    os.chmod(stage, 0o600)
    os.replace(stage, database)
    for stale in ("-wal", "-shm", "-journal"):  # they belonged to the file that was replaced, and to the
        for owner in (database, stage):        # stage's read-only checks (an empty WAL and its index)
            with contextlib.suppress(FileNotFoundError):
                Path(str(owner) + stale).unlink()
    fsync_folder(database.parent)
    return before


def _remove_with_journals(path: Path) -> None:
    for leftover in (path, *(Path(str(path) + s) for s in ("-wal", "-shm", "-journal"))):
        with contextlib.suppress(OSError):
            leftover.unlink()
