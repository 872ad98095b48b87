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
    from models.db import open_database

    path = Path(_EMPTY.name) / "empty.sqlite"
    if not path.exists():
        open_database(f"sqlite:///{path}").close()
    return path


def dump(db) -> dict[str, list[tuple]]:
    with db.engine.connect() as conn:
        tables = conn.execute(text("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                                   "AND name != 'alembic_version'")).scalars().all()
        found = {}
        for table in tables:
            columns = [r[1] for r in conn.execute(text(f"PRAGMA table_info({table})")) if r[1] not in BOOKKEEPING]
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
