"""Saving a list of child rows (a customer's phones, dates, spend…) as the changes it needs: rows that
stayed the same are not touched, an edited row is updated in place under its id, only rows that went
are deleted and only new ones inserted. (Rewriting the whole list would give every row a new id, make
undo see a delete and an insert for each, and overwrite what another window changed meanwhile.)"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Table, delete, select, update
from sqlalchemy.engine import Connection


def sync_rows(conn: Connection, table: Table, where, wanted: Sequence[dict], fields: Sequence[str]) -> None:
    """Make the rows of ``table`` that match ``where`` (a condition) the ``wanted`` ones, compared on
    ``fields``. Each wanted row holds every column a new row needs (its parent's key included)."""
    existing = [dict(r) for r in conn.execute(select(table).where(where).order_by(table.c.id)).mappings()]

    def same(row: dict, want: dict) -> bool:
        return all(row[f] == want[f] for f in fields)

    free = list(existing)
    pending = []
    for want in wanted:
        match = next((row for row in free if same(row, want)), None)
        if match is None:
            pending.append(want)
        else:
            free.remove(match)
            _update(conn, table, match, want)
    for want in pending:  # an edited row keeps its id: the first row left over takes it
        if free:
            _update(conn, table, free.pop(0), want)
        else:
            conn.execute(table.insert().values(want))
    if free:
        conn.execute(delete(table).where(table.c.id.in_([row["id"] for row in free])))


def _update(conn: Connection, table: Table, row: dict, want: dict) -> None:
    values = {k: v for k, v in want.items() if row.get(k) != v}
    if values:
        conn.execute(update(table).where(table.c.id == row["id"]).values(values))


def sync_keyed(conn: Connection, table: Table, where, wanted: dict[tuple, dict], key: Sequence[str]) -> None:
    """The same for rows without an id of their own, known by ``key`` (a month's spend, a tag)."""
    existing = {tuple(r[k] for k in key): dict(r) for r in conn.execute(select(table).where(where)).mappings()}
    for k, want in wanted.items():
        row = existing.pop(k, None)
        if row is None:
            conn.execute(table.insert().values(want))
        else:
            values = {c: v for c, v in want.items() if row.get(c) != v}
            if values:
                conn.execute(update(table).where(where, *(table.c[n] == row[n] for n in key)).values(values))
    for row in existing.values():
        conn.execute(delete(table).where(where, *(table.c[n] == row[n] for n in key)))


def sync_by_id(conn: Connection, table: Table, where, wanted: Sequence[dict], fields: Sequence[str]) -> None:
    """The same for rows the record carries with their ids (a phone, a date loaded with the customer):
    a wanted row with the ``id`` of one of these rows is that row, updated in place; one without (a new
    row) takes a row that says the same (``fields``) and that no other wanted row is, or is inserted;
    the rows no wanted row is are deleted. A row whose id is gone (deleted meanwhile, by another window)
    comes back under that id, as an undo would put it back (so that the undo, later, finds it there)."""
    existing = {r["id"]: dict(r) for r in conn.execute(select(table).where(where).order_by(table.c.id)).mappings()}
    claimed = {want.get("id") for want in wanted} & existing.keys()
    taken: set[int] = set()
    for want in wanted:
        values = {k: v for k, v in want.items() if k != "id"}
        row = existing.get(want.get("id"))
        if row is None or row["id"] in taken:
            row = next((r for i, r in existing.items() if i not in claimed and i not in taken
                        and all(r[f] == values[f] for f in fields)), None)
        if row is None:
            again = free_id(conn, table, want.get("id"))
            conn.execute(table.insert().values(values if again is None else {**values, "id": again}))
        else:
            taken.add(row["id"])
            _update(conn, table, row, values)
    gone = [i for i in existing if i not in taken]
    if gone:
        conn.execute(delete(table).where(table.c.id.in_(gone)))


def free_id(conn: Connection, table: Table, row_id: int | None) -> int | None:
    """``row_id`` if no row of ``table`` has it (now), else None (the database gives a new one)."""
    if row_id is None or conn.scalar(select(table.c.id).where(table.c.id == row_id)) is not None:
        return None
    return row_id
