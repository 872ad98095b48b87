"""Where SQLite and PostgreSQL spell things differently, spelled once here: the rest of the core writes
each query once, with these.

- ``contains(text, term)``: whether ``term`` is in ``text`` (case as stored): instr on SQLite, strpos on
  PostgreSQL (LIKE would have to escape % and _ and is slower on both).
- ``month_day(date)``: a date's month and day as 'MM-DD' text, for yearly dates.
- ``reserve_ids(conn, table, n)``: ids for rows a bulk insert writes itself (an import links its rows by
  them), never given before and never given again.
- ``sync_sequences(conn)``: after rows were written with their own ids (the demo), the next id the
  database gives follows them (PostgreSQL's sequences do not move by themselves).
"""

from __future__ import annotations

from sqlalchemy import Boolean, String, text
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


class month_day(FunctionElement):  # noqa: N801
    type = String()
    inherit_cache = True
    name = "fieldbrief_month_day"


@compiles(month_day)
def _month_day_default(element, compiler, **kw):
    (date,) = list(element.clauses)
    return f"substr({compiler.process(date, **kw)}, 6, 5)"  # SQLite keeps dates as 'YYYY-MM-DD' text


@compiles(month_day, "postgresql")
def _month_day_postgresql(element, compiler, **kw):
    (date,) = list(element.clauses)
    return f"to_char({compiler.process(date, **kw)}, 'MM-DD')"


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
