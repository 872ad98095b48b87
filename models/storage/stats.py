"""Counts for the status bar and the backup list."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from models.storage.db import Database
from models.entities import Customer, Visit


@dataclass(frozen=True)
class DatabaseCounts:
    customers: int
    visits: int

    @property
    def empty(self) -> bool:
        return self.customers == 0


def database_counts(db: Database) -> DatabaseCounts:
    with db.session() as s:
        customers = s.scalar(select(func.count()).select_from(Customer)) or 0
        visits = s.scalar(select(func.count()).select_from(Visit)) or 0
    return DatabaseCounts(customers, visits)
