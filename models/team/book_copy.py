"""Copying a whole book from one database into an empty one: the laptop's SQLite book into a team database
on PostgreSQL, and back (``python main.py copy --to URL`` / ``--from URL``, File > Copy Book to Team
Database…).

Every table is copied row for row with its ids (SQLAlchemy Core, in batches, streamed from one consistent
read of the source), in one transaction on the target, which must be empty. Afterwards the target gives
new ids after the highest the source ever gave (an id is never given twice, not even across the copy), and
each table's count is checked against the source's before the transaction commits.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Table, bindparam, func, select, text, update
from sqlalchemy.engine import Connection, URL

from models.errors import TranslatableError
from models.runtime.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

BATCH = 2000
Progress = Callable[[int, int], None]


class TargetNotEmpty(TranslatableError):
    context = "copy"
    template = QT_TRANSLATE_NOOP(
        "copy", "%1 is not empty (it holds %2 customers and %3 rows in all), so nothing was copied into it. "
        "Copy into an empty database: ask the server's administrator for a new one, or choose another database.")


@dataclass(frozen=True)
class CopyReport:
    counts: dict[str, int]  # rows copied, by table

    @property
    def customers(self) -> int:
        return self.counts.get("customers", 0)

    @property
    def visits(self) -> int:
        return self.counts.get("visits", 0)

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def copy_book(source: str | URL, target: str | URL, progress: Progress | None = None) -> CopyReport:
    """Copy the book at ``source`` into the empty database at ``target`` (created and given the schema
    if it has none). Raises ``TargetNotEmpty``, or a KnownError for a database that cannot be opened."""
    from models.storage.db import open_database
    from models.team.team_database import where

    source_db = open_database(source)  # an older laptop book is upgraded first (after its backup)
    try:
        target_db = open_database(target)
        try:
            with source_db.engine.connect() as reader, target_db.engine.connect() as writer:
                return _copy(reader, writer, where(target), progress or (lambda _done, _total: None))
        finally:
            target_db.close()
    finally:
        source_db.close()


def _tables() -> list[Table]:
    from models.entities import Base

    return list(Base.metadata.sorted_tables)  # parents before children


def _keep_stale_marks(reader: Connection, writer: Connection) -> None:
    """The derived columns came with their customers, as the source had them: the marks the target's
    triggers set while the rows went in are taken off again, except where the source had them too."""
    from models.entities import Customer

    customers = Customer.__table__
    stale = list(reader.scalars(select(customers.c.id).where(customers.c.derived_stale)))
    writer.execute(update(customers).where(customers.c.derived_stale, customers.c.id.not_in(stale))
                   .values(derived_stale=False, updated_at=customers.c.updated_at))  # (not "updated" now)


def _copy(reader: Connection, writer: Connection, where: str, progress: Progress) -> CopyReport:
    from models.storage.dialect import sync_sequences
    from models.team.team_database import lift_statement_timeout

    tables = _tables()
    if reader.dialect.name == "postgresql":  # one consistent snapshot of every table
        reader = reader.execution_options(isolation_level="REPEATABLE READ")
    with reader.begin(), writer.begin():
        lift_statement_timeout(reader)
        lift_statement_timeout(writer)
        _refuse_if_not_empty(writer, tables, where)
        expected = {t.name: reader.scalar(select(func.count()).select_from(t)) or 0 for t in tables}
        total, done = sum(expected.values()), 0
        progress(0, total)
        for table in tables:
            done = _copy_table(reader, writer, table, done, total, progress)
        _keep_stale_marks(reader, writer)
        with_ids = [t.name for t in tables if "id" in t.c and t.c.id.autoincrement is not False
                    and list(t.primary_key) == [t.c.id]]
        sync_sequences(writer, with_ids)
        for name in with_ids:
            _keep_highest_id(writer, name, _highest_id_given(reader, name))
        copied = {t.name: writer.scalar(select(func.count()).select_from(t)) or 0 for t in tables}
        if copied != expected:
            wrong = {name: (expected[name], copied[name]) for name in expected if copied[name] != expected[name]}
            raise RuntimeError(f"the copy's counts differ from the source's (table: (source, copy)): {wrong}")
    log.info("Copied %s rows into %s", f"{total:,}", where)
    return CopyReport(copied)


def _refuse_if_not_empty(writer: Connection, tables: list[Table], where: str) -> None:
    counts = {t.name: writer.scalar(select(func.count()).select_from(t)) or 0 for t in tables}
    if any(counts.values()):
        raise TargetNotEmpty(where, f"{counts.get('customers', 0):,}", f"{sum(counts.values()):,}")


def _copy_table(reader: Connection, writer: Connection, table: Table, done: int, total: int,
                progress: Progress) -> int:
    columns = [c for c in table.c if c.computed is None]
    # A customer may name as referrer a customer copied after it: the links are set once all are in.
    links = [c.name for c in columns if any(fk.column.table is table for fk in c.foreign_keys)]
    # ...without the update touching what an update stamps (updated_at): those keep the source's values
    stamped = [c.name for c in columns if c.onupdate is not None or c.server_onupdate is not None]
    deferred: list[dict] = []
    result = reader.execution_options(yield_per=BATCH).execute(select(*columns).order_by(*table.primary_key))
    for rows in result.partitions():
        batch = [dict(row._mapping) for row in rows]
        for row in batch:
            if any(row[name] is not None for name in links):
                deferred.append({"row_id": row["id"], **{f"link_{name}": row[name] for name in links + stamped}})
                for name in links:
                    row[name] = None
        writer.execute(table.insert(), batch)
        done += len(batch)
        progress(done, total)
    if deferred:
        statement = table.update().where(table.c.id == bindparam("row_id")).values(
            {name: bindparam(f"link_{name}") for name in links + stamped})
        for start in range(0, len(deferred), BATCH):
            writer.execute(statement, deferred[start:start + BATCH])
    return done


def _highest_id_given(conn: Connection, table: str) -> int:
    """The highest id the database ever gave in ``table`` (deleted rows' ids included)."""
    highest = conn.scalar(text(f"SELECT coalesce(max(id), 0) FROM {table}")) or 0
    if conn.dialect.name == "sqlite":
        given = conn.scalar(text("SELECT seq FROM sqlite_sequence WHERE name = :t"), {"t": table})
    else:
        sequence = conn.scalar(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table})
        given = conn.scalar(text(f"SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM {sequence}"))
    return max(highest, given or 0)


def _keep_highest_id(conn: Connection, table: str, highest: int) -> None:
    """The next id ``table`` gives is above ``highest`` (after sync_sequences followed the ids written)."""
    if highest <= (conn.scalar(text(f"SELECT coalesce(max(id), 0) FROM {table}")) or 0):
        return
    if conn.dialect.name == "sqlite":
        updated = conn.execute(text("UPDATE sqlite_sequence SET seq = :h WHERE name = :t"), {"h": highest, "t": table})
        if not updated.rowcount:
            conn.execute(text("INSERT INTO sqlite_sequence (name, seq) VALUES (:t, :h)"), {"h": highest, "t": table})
    else:
        conn.execute(text("SELECT setval(pg_get_serial_sequence(:t, 'id'), :h, true)"), {"h": highest, "t": table})
