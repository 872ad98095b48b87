"""Opening a Fieldbrief database: engine, SQLite pragmas, schema checks and upgrades.

``open_database(url)`` is the one way in. For a SQLite file it first reads the schema version through a
read-only connection, so that a file from a newer Fieldbrief, or a file that is not ours, is refused
without a single byte changed. Then it upgrades the schema through the Alembic migrations.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.orm import Session, sessionmaker

from models.storage.database_files import create_private_file, precheck_sqlite_file, sqlite_file
from models.errors import NotAFieldbriefDatabase, as_known_error
from models.storage.schema_version import alembic_config, check_known_revision, current_revision, head_revision

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
WRITE_OPTION = "fieldbrief_write"  # execution option: this transaction will write (see _configure_sqlite)


@dataclass
class Database:
    """An open database: the engine and a session factory. Services open one session per unit of work."""

    engine: Engine
    path: Path | None = None
    read_only: bool = False  # opened so because it failed its check: nothing may be written to it
    _sessions: sessionmaker[Session] = field(init=False, repr=False)
    _writer: Engine = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = self.engine.execution_options(**{WRITE_OPTION: True})  # (made once: a save is ~7 ms)

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
        return self._writer

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return current_revision(conn)

    def close(self) -> None:
        self.engine.dispose()


def open_database(url: str, *, upgrade: bool = True, backup_before_upgrade: bool = True) -> Database:
    """Open (creating if needed) the database at ``url`` and bring its schema up to date.

    Raises ``NewerSchemaError`` for a database from a newer Fieldbrief, ``NotAFieldbriefDatabase`` for a
    foreign file, and other ``KnownError``s for expected trouble (locked, disk full).
    """
    sa_url = make_url(url)
    path = sqlite_file(sa_url)
    if path is not None:
        precheck_sqlite_file(path)
        create_private_file(path)
    if sa_url.get_backend_name() == "postgresql":
        from models.team.team_database import server_engine

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
                    from models.team.team_database import lift_statement_timeout

                    lift_statement_timeout(conn)  # an upgrade of a big book may take longer than one save
                before = current_revision(conn)
                if before == head:
                    return
                log.info("Upgrading database schema %s -> %s", before, head)
                if backup_first and before is not None and db.path is not None:
                    from models.storage.backup import take_backup

                    saved = take_backup(db.path, reason=f"before-upgrade-{before}")
                    log.info("Backed up %s before the upgrade to %s", db.path, saved)
                command.upgrade(alembic_config(conn), "head")
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if broken:
                        raise RuntimeError(f"schema upgrade {before} -> {head} broke foreign keys: {broken[:5]}")
                from models.book.summaries import refresh_all

                refresh_all(conn)  # derived columns are a cache: rebuild it for the new schema
        finally:
            if sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys = ON")


def _refuse_foreign_or_newer(conn: Connection, where: str) -> None:
    revision = current_revision(conn)
    if revision is None:
        tables = set(inspect(conn).get_table_names())
        if tables:
            raise NotAFieldbriefDatabase(where, "it has tables but no Fieldbrief schema version")
        return
    check_known_revision(revision, where)


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
