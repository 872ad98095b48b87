"""A SQLite database file before and around SQLAlchemy: its path in a URL, SQLite's own check of it, a
first look that refuses a newer or foreign file without changing a byte, and a new file made private."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from models.runtime.translatable import QT_TRANSLATE_NOOP, Text
from models.errors import DatabaseLockedError, NotAFieldbriefDatabase, as_known_error
from models.storage.schema_version import APPLICATION_ID, VERSION_TABLE, check_known_revision


def sqlite_file(url) -> Path | None:
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    if url.database.startswith("file:"):
        return None
    return Path(url.database).expanduser().absolute()


def precheck_sqlite_file(path: Path) -> None:
    """Refuse a newer or foreign SQLite file before anything opens it for writing."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        # immutable=1: read without locks and without creating -wal/-shm files next to somebody's data.
        # A stale read is harmless: the real open checks the version again inside its transaction.
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        raise NotAFieldbriefDatabase(str(path), Text("errors", QT_TRANSLATE_NOOP("errors", "SQLite cannot open it (%1)"),
                                                     exc)) from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = None
        if VERSION_TABLE in tables:
            row = conn.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
            revision = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        if isinstance(as_known_error(exc), DatabaseLockedError):
            raise DatabaseLockedError() from exc
        raise NotAFieldbriefDatabase(str(path), str(exc)) from exc
    finally:
        conn.close()
    if app_id not in (0, APPLICATION_ID):
        raise NotAFieldbriefDatabase(str(path), Text("errors", QT_TRANSLATE_NOOP(
            "errors", "it belongs to another application (id %1)"), f"{app_id:#x}"))
    if revision is None:
        if tables:
            raise NotAFieldbriefDatabase(str(path), Text("errors", QT_TRANSLATE_NOOP(
                "errors", "it has tables but no Fieldbrief schema version")))
        return
    check_known_revision(revision, str(path))


def create_private_file(path: Path) -> None:
    """Create the database file readable by the user only; SQLite gives its -wal and -shm the same mode."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)


def quick_check(path: Path) -> list[str]:
    """SQLite's quick_check of the file, read-only: ``[]`` when sound, else what it found (at most 10)."""
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            rows = [row[0] for row in conn.execute("PRAGMA quick_check(10)").fetchall()]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if isinstance(as_known_error(exc), DatabaseLockedError):
            raise DatabaseLockedError() from exc
        return [str(exc)]
    return [] if rows == ["ok"] else rows
