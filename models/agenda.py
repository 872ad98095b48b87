"""The agenda: visits of a day or a week with their readiness, in time order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select

from models.db import Database
from models.entities import ChecklistItem, Customer, Outcome, Visit
from models.readiness import Readiness


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
    result: str | None = None  # the outcome's, once logged
    cancel_reason: str = ""

    @property
    def ready_to_go(self) -> bool:
        return self.critical_open == 0

    @property
    def readiness(self) -> Readiness:
        return Readiness(self.status, self.items_done, self.items_total, self.critical_open, self.override_reason,
                         self.result, self.cancel_reason)


def agenda(db: Database, first_day: dt.date, days: int = 1, limit: int | None = None, offset: int = 0,
           statuses: Sequence[str] | None = None, where=()) -> list[AgendaVisit]:
    """The visits from ``first_day`` for ``days`` days (of these ``statuses``, matching ``where``)."""

    def items(*conditions):
        """A count over the visit's checklist, evaluated for the rows returned only."""
        return (select(func.count(ChecklistItem.id)).where(ChecklistItem.visit_id == Visit.id, *conditions)
                .scalar_subquery())

    query = (select(Visit.id, Visit.planned_start, Visit.duration_minutes, Visit.customer_id, Customer.name,
                    Visit.place, Visit.purpose, Visit.status, items(ChecklistItem.done_at.is_not(None)), items(),
                    items(ChecklistItem.critical.is_(True), ChecklistItem.done_at.is_(None)),
                    Visit.ready_override_reason, Outcome.result, Visit.cancel_reason)
             .join(Customer, Visit.customer_id == Customer.id).outerjoin(Outcome, Outcome.visit_id == Visit.id)
             .where(*_conditions(first_day, days, statuses, where))
             .order_by(Visit.planned_start, Visit.id).limit(limit).offset(offset or None))
    with db.session() as s:
        return [AgendaVisit(vid, when, minutes, cid, name, place, purpose, status.value, done, total, still_open,
                            reason, result.value if result is not None else None, cancelled)
                for vid, when, minutes, cid, name, place, purpose, status, done, total, still_open, reason, result,
                cancelled in s.execute(query)]


def count(db: Database, first_day: dt.date, days: int = 1, statuses: Sequence[str] | None = None, where=()) -> int:
    query = select(func.count(Visit.id)).where(*_conditions(first_day, days, statuses, where))
    if where:  # conditions on the customer
        query = query.join(Customer, Visit.customer_id == Customer.id)
    with db.session() as s:
        return s.scalar(query) or 0


def _conditions(first_day: dt.date, days: int, statuses: Sequence[str] | None, where) -> list:
    start = dt.datetime.combine(first_day, dt.time())
    found = [Visit.planned_start >= start, Visit.planned_start < start + dt.timedelta(days=days), *where]
    if statuses is not None:
        found.append(Visit.status.in_(list(statuses)))
    return found
