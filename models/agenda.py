"""The agenda: visits of a day or a week with their readiness, in time order."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from models.db import Database
from models.entities import ChecklistItem, Customer, Visit


@dataclass(frozen=True)
class AgendaVisit:
    id: int
    start: dt.datetime
    duration_minutes: int
    customer_id: int
    customer_name: str
    place: str
    purpose: str
    status: str  # VisitStatus value
    items_done: int
    items_total: int
    critical_open: int
    override_reason: str | None

    @property
    def ready_to_go(self) -> bool:
        return self.critical_open == 0


def agenda(db: Database, first_day: dt.date, days: int = 1, limit: int | None = None) -> list[AgendaVisit]:
    start = dt.datetime.combine(first_day, dt.time())
    end = start + dt.timedelta(days=days)

    def items(*conditions):
        """A count over the visit's checklist, evaluated for the rows returned only."""
        return (select(func.count(ChecklistItem.id)).where(ChecklistItem.visit_id == Visit.id, *conditions)
                .scalar_subquery())

    with db.session() as s:
        rows = s.execute(
            select(Visit.id, Visit.planned_start, Visit.duration_minutes, Visit.customer_id, Customer.name,
                   Visit.place, Visit.purpose, Visit.status, items(ChecklistItem.done_at.is_not(None)), items(),
                   items(ChecklistItem.critical.is_(True), ChecklistItem.done_at.is_(None)),
                   Visit.ready_override_reason)
            .join(Customer, Visit.customer_id == Customer.id)
            .where(Visit.planned_start >= start, Visit.planned_start < end)
            .order_by(Visit.planned_start, Visit.id).limit(limit))
        return [AgendaVisit(vid, when, minutes, cid, name, place, purpose, status.value, done, total, still_open,
                            reason)
                for vid, when, minutes, cid, name, place, purpose, status, done, total, still_open, reason in rows]
