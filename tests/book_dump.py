"""Every row of every table of a book, to compare two states of it (the tests of undo, export and import),
and an empty book to start from.

The bookkeeping columns (``updated_at``, ``version``) are left out: an undo is a change of its own."""

from __future__ import annotations

import tempfile
from pathlib import Path

from sqlalchemy import text

BOOKKEEPING = {"updated_at", "version"}
_EMPTY = tempfile.TemporaryDirectory()


def empty_book() -> Path:
    """An empty book at the current schema, made once (running the migrations for every example of a
    state machine is slow): copy it."""
    from models.storage.db import open_database

    path = Path(_EMPTY.name) / "empty.sqlite"
    if not path.exists():
        open_database(f"sqlite:///{path}").close()
    return path


def dump(db) -> dict[str, list[tuple]]:
    """Every table the database has (as it has them, not as the ORM thinks), on SQLite or PostgreSQL."""
    from sqlalchemy import inspect

    with db.engine.connect() as conn:
        tables = [t for t in inspect(conn).get_table_names() if t != "alembic_version"]
        found = {}
        for table in tables:
            columns = [c["name"] for c in inspect(conn).get_columns(table) if c["name"] not in BOOKKEEPING]
            rows = conn.execute(text(f"SELECT {', '.join(columns)} FROM {table}")).all()
            found[table] = sorted(map(tuple, rows), key=repr)
        return found


def keyed(db) -> dict[str, dict[tuple, dict]]:
    """Every row by its primary key, without bookkeeping and derived columns: what the rep wrote."""
    from sqlalchemy import select

    from models.entities import DERIVED_CUSTOMER_COLUMNS, Base

    skip = BOOKKEEPING | set(DERIVED_CUSTOMER_COLUMNS)
    found = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            key = [c.name for c in table.primary_key.columns]
            found[table.name] = {tuple(r[k] for k in key): {c: v for c, v in r.items() if c not in skip}
                                 for r in (dict(m) for m in conn.execute(select(table)).mappings())}
    return found
