"""Snapshots of a record and everything that dies with it, for exact undo of edits and deletes.

The rows are found by walking the foreign keys declared ON DELETE CASCADE, so a table added later is
covered without touching this module. Restoring deletes the record (its dependants go with it) and
inserts the snapshot's rows again with their original ids.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Table, delete, or_, select
from sqlalchemy.engine import Connection

from models.entities import Base


@dataclass(frozen=True)
class Snapshot:
    root_table: str
    root_id: int
    rows: dict[str, list[dict]]  # table name -> rows, tables in dependency order

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
    return Snapshot(table.name, root_id, collected)


def restore(conn: Connection, snapshot: Snapshot) -> None:
    """Put the record back exactly as it was in the snapshot (replacing its current state)."""
    tables = Base.metadata.tables
    root = tables[snapshot.root_table]
    conn.execute(delete(root).where(root.c.id == snapshot.root_id))
    for table in Base.metadata.sorted_tables:
        rows = snapshot.rows.get(table.name)
        if rows:
            conn.execute(table.insert(), rows)


def remove(conn: Connection, snapshot: Snapshot) -> None:
    root = Base.metadata.tables[snapshot.root_table]
    conn.execute(delete(root).where(root.c.id == snapshot.root_id))
