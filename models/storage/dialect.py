"""Where SQLite and PostgreSQL spell things differently, spelled once here: the rest of the core writes
each query once, with these.

- ``contains(text, term)``: whether ``term`` is in ``text`` (case as stored): instr on SQLite, strpos on
  PostgreSQL (LIKE would have to escape % and _ and is slower on both).
- ``might_contain(search_text, name, city, term)``: true of every customer whose search text (or name or
  city, in lower case) holds ``term``, and of few others (``contains`` checks after): on PostgreSQL the texts with all the term's grams, found through
  their index (models/storage/search_grams.py); on SQLite simply true (it reads every text).
- ``read_by_scan(column)``: the column, kept off its indexes on SQLite (a search reads every row).
- ``month_day(date)``: a date's month and day as a number, MMDD (1 December is 1201), for yearly dates.
- ``day_of(datetime)``: the day of a time, to compare with a date column (a promise kept by its due date).
- ``reserve_ids(conn, table, n)``: ids for rows a bulk insert writes itself (an import links its rows by
  them), never given before and never given again.
- ``sync_sequences(conn)``: after rows were written with their own ids (the demo), the next id the
  database gives follows them (PostgreSQL's sequences do not move by themselves).
- ``execute_many``, ``driver_sql``, ``next_free_id``, ``hold_for_bulk_write``: an import's bulk writes
  through the driver, with ids it gives itself.
- ``after_bulk_load``: PostgreSQL's statistics gathered after many rows were written at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Boolean, Date, Integer, text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class contains(FunctionElement):  # noqa: N801 - used like a SQL function
    type = Boolean()
    inherit_cache = True
    name = "fieldbrief_contains"


@compiles(contains)
def _contains_default(element, compiler, **kw):
    haystack, needle = list(element.clauses)
    return f"(instr({compiler.process(haystack, **kw)}, {compiler.process(needle, **kw)}) > 0)"


@compiles(contains, "postgresql")
def _contains_postgresql(element, compiler, **kw):
    haystack, needle = list(element.clauses)
    return f"(strpos({compiler.process(haystack, **kw)}, {compiler.process(needle, **kw)}) > 0)"


class might_contain(FunctionElement):  # noqa: N801
    type = Boolean()
    inherit_cache = True
    name = "fieldbrief_might_contain"


@compiles(might_contain)
def _might_contain_default(element, compiler, **kw):
    return "1"  # SQLite reads every text: ``contains`` alone decides


@compiles(might_contain, "postgresql")
def _might_contain_postgresql(element, compiler, **kw):
    search_text, name, city, term = (compiler.process(c, **kw) for c in element.clauses)
    # ix_customers_search_grams's expression
    return f"(fb_search_grams({search_text}, {name}, {city}) @> fb_term_grams({term}))"


class read_by_scan(FunctionElement):  # noqa: N801
    """A column compared without its indexes on SQLite (unary +): a search reads every row's text anyway,
    and a walk of an index that holds the column (``archived`` is in several) fetches the rows in random
    order, three times slower than the table's own order at 100,000 customers. Plain elsewhere."""

    inherit_cache = True
    name = "fieldbrief_read_by_scan"

    @property
    def type(self):
        return list(self.clauses)[0].type


@compiles(read_by_scan)
def _read_by_scan_default(element, compiler, **kw):
    return compiler.process(list(element.clauses)[0], **kw)


@compiles(read_by_scan, "sqlite")
def _read_by_scan_sqlite(element, compiler, **kw):
    return f"+{compiler.process(list(element.clauses)[0], **kw)}"


class month_day(FunctionElement):  # noqa: N801
    """Immutable on PostgreSQL (to_char and a date cast to text are not, they follow the session's settings),
    so that an index can hold it: ix_key_dates_month_day, whose expression a query must spell the same."""

    type = Integer()
    inherit_cache = True
    name = "fieldbrief_month_day"


@compiles(month_day)
def _month_day_default(element, compiler, **kw):
    (date,) = list(element.clauses)
    return f"CAST(strftime('%m%d', {compiler.process(date, **kw)}) AS INTEGER)"  # SQLite: dates as 'YYYY-MM-DD'


@compiles(month_day, "postgresql")
def _month_day_postgresql(element, compiler, **kw):
    (date,) = list(element.clauses)
    date = compiler.process(date, **kw)
    return f"(EXTRACT(MONTH FROM {date}) * 100 + EXTRACT(DAY FROM {date}))"


class day_of(FunctionElement):  # noqa: N801
    type = Date()
    inherit_cache = True
    name = "fieldbrief_day_of"


@compiles(day_of)
def _day_of_default(element, compiler, **kw):
    (moment,) = list(element.clauses)
    return f"date({compiler.process(moment, **kw)})"  # SQLite: 'YYYY-MM-DD', as its dates are stored


@compiles(day_of, "postgresql")
def _day_of_postgresql(element, compiler, **kw):
    (moment,) = list(element.clauses)
    return f"CAST({compiler.process(moment, **kw)} AS DATE)"


def is_sqlite(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite"


def reserve_ids(conn: Connection, table: str, count: int) -> list[int]:
    """``count`` new ids of ``table``, in increasing order."""
    if count <= 0:
        return []
    if is_sqlite(conn):
        # AUTOINCREMENT keeps the highest id ever given in sqlite_sequence; the writer holds the lock
        given = conn.exec_driver_sql("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)).scalar() or 0
        highest = conn.exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {table}").scalar() or 0
        first = max(given, highest) + 1
        return list(range(first, first + count))
    sequence = conn.scalar(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table})
    return list(conn.scalars(text("SELECT nextval(:s) FROM generate_series(1, :n)"), {"s": sequence, "n": count}))


def sync_sequences(conn: Connection, tables: list[str]) -> None:
    if is_sqlite(conn):
        return  # an AUTOINCREMENT table's sqlite_sequence follows the ids written
    for table in tables:
        conn.execute(text(f"SELECT setval(pg_get_serial_sequence(:t, 'id'), "
                          f"(SELECT coalesce(max(id), 0) + 1 FROM {table}), false)"), {"t": table})


def after_bulk_load(conn: Connection, tables: list[str]) -> None:
    """After many rows were written at once (the demo, a book copied in, a large import): PostgreSQL plans
    by its statistics, which autovacuum only gathers a while later; until then a query for one customer's
    visits may read an index of 400,000 rows (70 ms instead of 0.1). SQLite plans well without them."""
    if is_sqlite(conn):
        return
    for table in tables:
        conn.exec_driver_sql(f"ANALYZE {table}")


def execute_many(conn: Connection, statement: str, rows: Sequence[Sequence[Any]]) -> None:
    """A statement written once with ``?`` for its values, run for many rows through the driver's own
    executemany (sqlite3's, or psycopg's pipeline), in the connection's transaction: a bulk write without
    SQLAlchemy's per-row work."""
    if rows:
        conn.exec_driver_sql(driver_sql(conn, statement), list(rows))


def driver_sql(conn: Connection, statement: str) -> str:
    """``?`` placeholders as the connection's driver wants them (psycopg: ``%s``)."""
    return statement if is_sqlite(conn) else statement.replace("?", "%s")


def next_free_id(conn: Connection, table: str) -> int:
    """The id the next new row of ``table`` gets: after every id it ever gave (SQLite's AUTOINCREMENT
    keeps the highest in sqlite_sequence, PostgreSQL's sequence never goes back), so that a bulk write
    never takes the id of a row that undo may put back. Whoever writes ids so must hold the table
    (``hold_for_bulk_write``) and move the sequence on after (``sync_sequences``)."""
    highest = conn.exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {table}").scalar() or 0
    if is_sqlite(conn):
        given = conn.exec_driver_sql("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)).scalar() or 0
        return max(given, highest) + 1
    sequence = conn.scalar(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table})
    last, called = conn.exec_driver_sql(f"SELECT last_value, is_called FROM {sequence}").one()
    return max(last + 1 if called else last, highest + 1)


def hold_for_bulk_write(conn: Connection, tables: list[str]) -> None:
    """Keep others from writing these tables until the transaction ends (they may still read them): a
    bulk write that gives ids itself must not meet another's insert. SQLite: the write lock does it."""
    if not is_sqlite(conn):
        conn.exec_driver_sql(f"LOCK TABLE {', '.join(tables)} IN EXCLUSIVE MODE")
