"""The book read with plain SQL, as a test checks what was stored, on either database."""

import datetime as dt
from contextlib import contextmanager


class _Rows(list):
    def fetchone(self):
        return self[0] if self else None

    def fetchall(self):
        return list(self)


class _PlainSql:
    """The book read with plain SQL and ``?`` placeholders on either database, values as SQLite keeps them
    (a date as its ISO text, a flag as 0 or 1)."""

    def __init__(self, conn):
        self.conn = conn

    def execute(self, sql: str, params=()):
        from models.storage.dialect import driver_sql

        plain = lambda v: v.isoformat() if isinstance(v, dt.date) else int(v) if isinstance(v, bool) else v  # noqa: E731
        result = self.conn.exec_driver_sql(driver_sql(self.conn, sql), tuple(params))
        rows = _Rows(tuple(plain(v) for v in row) for row in result) if result.returns_rows else _Rows()
        rows.description = [(name,) for name in result.keys()] if result.returns_rows else None
        return rows


@contextmanager
def plain_sql(db):
    with db.engine.connect() as conn:
        yield _PlainSql(conn)
