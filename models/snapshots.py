"""Snapshots of a record and everything that dies with it, for exact undo of edits and deletes.

The rows are found by walking the foreign keys declared ON DELETE CASCADE, so a table added later is
covered without touching this module. Restoring deletes the record (its dependants go with it) and
inserts the snapshot's rows again with their original ids. Rows outside the record that point at it
through an ON DELETE SET NULL key (a customer referred by this one) are noted, and restoring points
them at it again.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Table, delete, or_, select, update
from sqlalchemy.engine import Connection

from models.entities import Base


@dataclass(frozen=True)
class Snapshot:
    root_table: str
    root_id: int
    rows: dict[str, list[dict]]  # table name -> rows, tables in dependency order
    links: tuple[tuple[str, str, int, int], ...] = ()  # (table, column, row id, value) of SET NULL keys

    def count(self, table: str) -> int:
        return len(self.rows.get(table, []))


def take(conn: Connection, table: Table, root_id: int) -> Snapshot:
    collected: dict[str, list[dict]] = {}
    root_rows = [dict(r) for r in conn.execute(select(table).where(table.c.id == root_id)).mappings()]
    collected[table.name] = root_rows
    for child in Base.metadata.sorted_tables:
        if child.name in collected:
            continue
        conditions = []
        for fk in child.foreign_keys:
            parent = fk.column.table
            if fk.ondelete != "CASCADE" or parent.name not in collected:
                continue
            keys = [row[fk.column.name] for row in collected[parent.name]]
            if keys:
                conditions.append(fk.parent.in_(keys))
        if conditions:
            rows = [dict(r) for r in conn.execute(select(child).where(or_(*conditions))).mappings()]
            if rows:
                collected[child.name] = rows
    return Snapshot(table.name, root_id, collected, _links(conn, collected))


def _links(conn: Connection, collected: dict[str, list[dict]]) -> tuple[tuple[str, str, int, int], ...]:
    links = []
    for child in Base.metadata.sorted_tables:
        if "id" not in child.c:
            continue
        inside = {row["id"] for row in collected.get(child.name, [])}
        for fk in child.foreign_keys:
            parent = fk.column.table
            if fk.ondelete != "SET NULL" or parent.name not in collected:
                continue
            keys = [row[fk.column.name] for row in collected[parent.name]]
            for row_id, value in conn.execute(select(child.c.id, fk.parent).where(fk.parent.in_(keys))):
                if row_id not in inside:
                    links.append((child.name, fk.parent.name, row_id, value))
    return tuple(links)


def restore(conn: Connection, snapshot: Snapshot) -> None:
    """Put the record back exactly as it was in the snapshot (replacing its current state)."""
    tables = Base.metadata.tables
    root = tables[snapshot.root_table]
    conn.execute(delete(root).where(root.c.id == snapshot.root_id))
    for table in Base.metadata.sorted_tables:
        rows = snapshot.rows.get(table.name)
        if rows:
            conn.execute(table.insert(), [_without_vanished_links(conn, table, row) for row in rows])
    for table_name, column, row_id, value in snapshot.links:
        table = tables[table_name]
        keep = {"updated_at": table.c.updated_at} if "updated_at" in table.c else {}  # not an edit of theirs
        conn.execute(update(table).where(table.c.id == row_id).values({column: value, **keep}))


def _without_vanished_links(conn: Connection, table: Table, row: dict) -> dict:
    """A SET NULL key whose row was deleted since the snapshot becomes NULL, as the delete made it."""
    for fk in table.foreign_keys:
        value = row.get(fk.parent.name)
        if fk.ondelete == "SET NULL" and value is not None:
            target = fk.column.table
            if conn.scalar(select(target.c.id).where(fk.column == value)) is None:
                row = {**row, fk.parent.name: None}
    return row


def remove(conn: Connection, snapshot: Snapshot) -> None:
    root = Base.metadata.tables[snapshot.root_table]
    conn.execute(delete(root).where(root.c.id == snapshot.root_id))
