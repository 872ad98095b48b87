"""Opening a Fieldbrief database: engine, SQLite pragmas, schema checks and upgrades.

``open_database(url)`` is the one way in. For a SQLite file it first reads the schema version through a
read-only connection, so that a file from a newer Fieldbrief, or a file that is not ours, is refused
without a single byte changed. Then it upgrades the schema through the Alembic migrations.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.orm import Session, sessionmaker

from models.errors import DatabaseLockedError, NewerSchemaError, NotAFieldbriefDatabase, as_known_error
from models.resources import migrations_dir

log = logging.getLogger(__name__)

# PRAGMA application_id written into every Fieldbrief SQLite file: "FBRF".
APPLICATION_ID = 0x46425246
BUSY_TIMEOUT_MS = 5000
WRITE_OPTION = "fieldbrief_write"  # execution option: this transaction will write (see _configure_sqlite)
VERSION_TABLE = "alembic_version"


@dataclass
class Database:
    """An open database: the engine and a session factory. Services open one session per unit of work."""

    engine: Engine
    path: Path | None = None
    read_only: bool = False  # opened so because it failed its check: nothing may be written to it
    _sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def session(self) -> Session:
        return self._sessions()

    def write_session(self) -> Session:
        """A session for a unit of work that reads what it then writes (a save that checks a version):
        on SQLite its transaction holds the write lock from the start."""
        return Session(self._writing(), expire_on_commit=False)

    def write_transaction(self):
        """``write_session``'s transaction for work written in Core (no unit of work to flush): a
        connection in a transaction, committed at the end of the ``with`` block."""
        return self._writing().begin()

    def _writing(self) -> Engine:
        return self.engine.execution_options(**{WRITE_OPTION: True})

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return current_revision(conn)

    def close(self) -> None:
        self.engine.dispose()


def head_revision() -> str:
    return _script_directory().get_current_head()


def current_revision(conn: Connection) -> str | None:
    from alembic.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def open_database(url: str, *, upgrade: bool = True, backup_before_upgrade: bool = True) -> Database:
    """Open (creating if needed) the database at ``url`` and bring its schema up to date.

    Raises ``NewerSchemaError`` for a database from a newer Fieldbrief, ``NotAFieldbriefDatabase`` for a
    foreign file, and other ``KnownError``s for expected trouble (locked, disk full).
    """
    sa_url = make_url(url)
    path = sqlite_file(sa_url)
    if path is not None:
        _precheck_sqlite_file(path)
        _create_private_file(path)
    if sa_url.get_backend_name() == "postgresql":
        from models.team_database import server_engine

        engine = server_engine(sa_url)  # the keyring's password, timeouts, server trouble in plain words
    else:
        engine = create_engine(sa_url)
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    db = Database(engine, path)
    try:
        if upgrade:
            upgrade_schema(db, backup_before_upgrade)
    except Exception as exc:
        engine.dispose()
        known = as_known_error(exc)
        if known is not None and known is not exc:
            raise known from exc
        raise
    return db


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


def open_read_only(path: Path) -> Database:
    """Open a damaged database to read what can be read; any write fails (SQLite refuses it)."""
    engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    _configure_sqlite(engine, read_only=True)
    return Database(engine, path, read_only=True)


def upgrade_schema(db: Database, backup_first: bool = True) -> None:
    """Run every migration the database has not had yet, in one transaction, after a verified backup of
    the database as it was (in its backups folder).

    On SQLite this follows SQLite's own procedure for schema changes: foreign keys are switched off
    (outside the transaction; it cannot be done inside) so that a table Alembic rebuilds is not
    emptied by ON DELETE CASCADE when the old copy is dropped; ``PRAGMA foreign_key_check`` must then
    find nothing before the transaction commits.
    """
    from alembic import command

    head = head_revision()
    with db.engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                _refuse_foreign_or_newer(conn, str(db.path or db.url))
                if not sqlite:
                    from models.team_database import lift_statement_timeout

                    lift_statement_timeout(conn)  # an upgrade of a big book may take longer than one save
                before = current_revision(conn)
                if before == head:
                    return
                log.info("Upgrading database schema %s -> %s", before, head)
                if backup_first and before is not None and db.path is not None:
                    from models.backup import take_backup

                    saved = take_backup(db.path, reason=f"before-upgrade-{before}")
                    log.info("Backed up %s before the upgrade to %s", db.path, saved)
                command.upgrade(_alembic_config(conn), "head")
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if broken:
                        raise RuntimeError(f"schema upgrade {before} -> {head} broke foreign keys: {broken[:5]}")
                from models.summaries import refresh_all

                refresh_all(conn)  # derived columns are a cache: rebuild it for the new schema
        finally:
            if sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys = ON")


def _alembic_config(conn: Connection):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.attributes["connection"] = conn
    return cfg


def _script_directory():
    from alembic.script import ScriptDirectory

    cfg = _alembic_config(None)  # type: ignore[arg-type]
    return ScriptDirectory.from_config(cfg)


def _refuse_foreign_or_newer(conn: Connection, where: str) -> None:
    revision = current_revision(conn)
    if revision is None:
        tables = set(inspect(conn).get_table_names())
        if tables:
            raise NotAFieldbriefDatabase(where, "it has tables but no Fieldbrief schema version")
        return
    _check_known_revision(revision, where)


def known_revision(revision: str) -> bool:
    """Whether this version of Fieldbrief knows the schema ``revision`` (it is older or the same)."""
    from alembic.util import CommandError

    try:
        return _script_directory().get_revision(revision) is not None
    except CommandError:
        return False


def _check_known_revision(revision: str, where: str) -> None:
    if not known_revision(revision):
        raise NewerSchemaError(where, revision)


def sqlite_file(url) -> Path | None:
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    if url.database.startswith("file:"):
        return None
    return Path(url.database).expanduser().absolute()


def _precheck_sqlite_file(path: Path) -> None:
    """Refuse a newer or foreign SQLite file before anything opens it for writing."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        # immutable=1: read without locks and without creating -wal/-shm files next to somebody's data.
        # A stale read is harmless: the real open checks the version again inside its transaction.
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        raise NotAFieldbriefDatabase(str(path), f"SQLite cannot open it: {exc}") from exc
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
        raise NotAFieldbriefDatabase(str(path), f"it belongs to another application (id {app_id:#x})")
    if revision is None:
        if tables:
            raise NotAFieldbriefDatabase(str(path), "it has tables but no Fieldbrief schema version")
        return
    _check_known_revision(revision, str(path))


def _create_private_file(path: Path) -> None:
    """Create the database file readable by the user only; SQLite gives its -wal and -shm the same mode."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)


def _configure_sqlite(engine: Engine, read_only: bool = False) -> None:
    """Durable, concurrent-safe SQLite: foreign keys, WAL, synchronous=FULL, a busy timeout, real BEGIN.

    pysqlite's own transaction handling skips BEGIN before DDL and SAVEPOINT; we switch it off and emit
    BEGIN ourselves, as SQLAlchemy's documentation recommends, so a migration or a user action is one
    transaction whatever it contains.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys = ON")
            if engine.url.database not in (None, "", ":memory:") and not read_only:
                cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        # Straight to the driver: SQLAlchemy's statement path costs more than BEGIN itself, and every
        # page of the customer list is a (read) transaction. A save that checks a version first takes
        # the write lock at once (IMMEDIATE): what it reads is then what it writes over, even with two
        # windows on one file (a plain BEGIN would read, then find the file written meanwhile).
        immediate = conn.get_execution_options().get(WRITE_OPTION)
        conn.connection.driver_connection.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
