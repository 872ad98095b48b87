"""Saving a list of child rows (a customer's phones, dates, spend…) as the changes it needs: rows that
stayed the same are not touched, an edited row is updated in place under its id, only rows that went
are deleted and only new ones inserted. (Rewriting the whole list would give every row a new id, make
undo see a delete and an insert for each, and overwrite what another window changed meanwhile.)"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import Table, delete, select, update
from sqlalchemy.engine import Connection


def sync_rows(conn: Connection, table: Table, where, wanted: Sequence[dict], fields: Sequence[str]) -> None:
    """Make the rows of ``table`` that match ``where`` (a condition) the ``wanted`` ones, compared on
    ``fields``. Each wanted row holds every column a new row needs (its parent's key included)."""
    existing = _rows(conn, table, where, None)

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
            update_row(conn, table, match, want)
    for want in pending:  # an edited row keeps its id: the first row left over takes it
        if free:
            update_row(conn, table, free.pop(0), want)
        else:
            conn.execute(table.insert().values(want))
    if free:
        conn.execute(delete(table).where(table.c.id.in_([row["id"] for row in free])))


def update_row(conn: Connection, table: Table, row: dict, want: dict) -> bool:
    """Update ``row`` (as read) to ``want`` in the columns where they differ; True when any did."""
    values = {k: v for k, v in want.items() if row.get(k) != v}
    if values:
        conn.execute(update(table).where(table.c.id == row["id"]).values(values))
    return bool(values)


def _rows(conn: Connection, table: Table, where, rows: Iterable[dict] | None) -> list[dict]:
    """The rows ``where`` matches: ``rows`` when the caller has them (read in this transaction already,
    e.g. by the undo snapshot, and matching ``where``), else read now (in id order where there are ids)."""
    if rows is not None:
        return sorted(rows, key=lambda r: r["id"]) if "id" in table.c else list(rows)
    order = (table.c.id,) if "id" in table.c else ()
    return [dict(r) for r in conn.execute(select(table).where(where).order_by(*order)).mappings()]


def sync_keyed(conn: Connection, table: Table, where, wanted: dict[tuple, dict], key: Sequence[str],
               rows: Iterable[dict] | None = None) -> bool:
    """The same for rows without an id of their own, known by ``key`` (a month's spend, a tag). ``rows``:
    the rows ``where`` matches, when the caller has read them already. True when it wrote anything."""
    existing = {tuple(r[k] for k in key): r for r in _rows(conn, table, where, rows)}
    wrote = False
    for k, want in wanted.items():
        row = existing.pop(k, None)
        if row is None:
            conn.execute(table.insert().values(want))
            wrote = True
        else:
            values = {c: v for c, v in want.items() if row.get(c) != v}
            if values:
                conn.execute(update(table).where(where, *(table.c[n] == row[n] for n in key)).values(values))
                wrote = True
    for row in existing.values():
        conn.execute(delete(table).where(where, *(table.c[n] == row[n] for n in key)))
        wrote = True
    return wrote


def sync_by_id(conn: Connection, table: Table, where, wanted: Sequence[dict], fields: Sequence[str],
               rows: Iterable[dict] | None = None) -> bool:
    """The same for rows the record carries with their ids (a phone, a date loaded with the customer):
    a wanted row with the ``id`` of one of these rows is that row, updated in place; one without (a new
    row) takes a row that says the same (``fields``) and that no other wanted row is, or is inserted;
    the rows no wanted row is are deleted. A row whose id is gone (deleted meanwhile, by another window)
    comes back under that id, as an undo would put it back (so that the undo, later, finds it there).
    ``rows`` as for ``sync_keyed`` (given, ``where`` is not used and may be None); True when it wrote anything."""
    existing = {r["id"]: r for r in _rows(conn, table, where, rows)}
    claimed = {want.get("id") for want in wanted} & existing.keys()
    taken: set[int] = set()
    wrote = False
    for want in wanted:
        values = {k: v for k, v in want.items() if k != "id"}
        row = existing.get(want.get("id"))
        if row is None or row["id"] in taken:
            row = next((r for i, r in existing.items() if i not in claimed and i not in taken
                        and all(r[f] == values[f] for f in fields)), None)
        if row is None:
            insert_row(conn, table, values, want.get("id"))
            wrote = True
        else:
            taken.add(row["id"])
            wrote = update_row(conn, table, row, values) or wrote
    gone = [i for i in existing if i not in taken]
    if gone:
        conn.execute(delete(table).where(table.c.id.in_(gone)))
    return wrote or bool(gone)


def insert_row(conn: Connection, table: Table, values: dict, row_id: int | None = None) -> int:
    """Insert a row, under ``row_id`` when no row has that id now (it comes back); returns its id."""
    again = free_id(conn, table, row_id)
    return conn.execute(table.insert().values(values if again is None else {**values, "id": again})
                        ).inserted_primary_key[0]


def free_id(conn: Connection, table: Table, row_id: int | None) -> int | None:
    """``row_id`` if no row of ``table`` has it (now), else None (the database gives a new one)."""
    if row_id is None or conn.scalar(select(table.c.id).where(table.c.id == row_id)) is not None:
        return None
    return row_id
