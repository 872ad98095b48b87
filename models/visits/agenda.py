"""The agenda: visits of a day or a week with their readiness, in time order."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Integer, Select, bindparam, func, select

from models.storage.db import Database
from models.entities import ChecklistItem, Customer, Outcome, Visit
from models.visits.readiness import Readiness


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
    owner: str = ""  # the rep whose visit it is

    @property
    def ready_to_go(self) -> bool:
        return self.critical_open == 0

    @property
    def readiness(self) -> Readiness:
        return Readiness(self.status, self.items_done, self.items_total, self.critical_open, self.override_reason,
                         self.result, self.cancel_reason)


def agenda(db: Database, first_day: dt.date, days: int = 1, owner: str | None = None) -> list[AgendaVisit]:
    """The visits from ``first_day`` for ``days`` days, cancelled ones too (``owner``: that rep's only)."""
    rows, _count = _statements(by_status=False, paged=False, mine=owner is not None)
    with db.session() as s:
        return [_visit(row) for row in s.execute(rows, {**_span(first_day, days), "owner": owner})]


def agenda_page(db: Database, first_day: dt.date, limit: int, offset: int = 0, statuses: Sequence[str] | None = None,
                where=(), days: int = 1) -> tuple[list[AgendaVisit], int]:
    """``limit`` of those visits from ``offset`` (of these ``statuses``, matching ``where``), and how many
    there are in all: in one session, as each session costs a team database round trips of its own (the
    pool's ping, BEGIN, ROLLBACK)."""
    rows, count = _statements(by_status=statuses is not None, paged=True)
    if where:  # a search: its words make a statement of their own, the count joined to the customer for them
        rows, count = rows.where(*where), count.join(Customer, Visit.customer_id == Customer.id).where(*where)
    params = {**_span(first_day, days), "limit": limit, "offset": offset}
    if statuses is not None:
        params["statuses"] = list(statuses)
    with db.session() as s:
        return [_visit(row) for row in s.execute(rows, params)], s.scalar(count, params) or 0


@functools.cache
def _statements(by_status: bool, paged: bool, mine: bool = False) -> tuple[Select, Select]:
    """The agenda's query and its count, built once for each shape, with the day and the rest as parameters:
    SQLAlchemy takes a millisecond or two to build a statement this size and key it for its cache, as long
    as a team database takes to answer it."""

    def items(*conditions):
        """A count over the visit's checklist, evaluated for the rows returned only."""
        return (select(func.count(ChecklistItem.id)).where(ChecklistItem.visit_id == Visit.id, *conditions)
                .scalar_subquery())

    when = [Visit.planned_start >= bindparam("start"), Visit.planned_start < bindparam("end")]
    if by_status:
        when.append(Visit.status.in_(bindparam("statuses", expanding=True)))
    if mine:
        when.append(Visit.owner == bindparam("owner"))
    rows = (select(Visit.id, Visit.planned_start, Visit.duration_minutes, Visit.customer_id, Customer.name,
                   Visit.place, Visit.purpose, Visit.status, items(ChecklistItem.done_at.is_not(None)), items(),
                   items(ChecklistItem.critical.is_(True), ChecklistItem.done_at.is_(None)),
                   Visit.ready_override_reason, Outcome.result, Visit.cancel_reason, Visit.owner)
            .join(Customer, Visit.customer_id == Customer.id).outerjoin(Outcome, Outcome.visit_id == Visit.id)
            .where(*when).order_by(Visit.planned_start, Visit.id))
    if paged:
        rows = rows.limit(bindparam("limit", type_=Integer)).offset(bindparam("offset", type_=Integer))
    return rows, select(func.count(Visit.id)).where(*when)


def _span(first_day: dt.date, days: int) -> dict[str, dt.datetime]:
    start = dt.datetime.combine(first_day, dt.time())
    return {"start": start, "end": start + dt.timedelta(days=days)}


def _visit(row) -> AgendaVisit:
    vid, when, minutes, cid, name, place, purpose, status, done, total, still_open, reason, result, cancelled, owner = row
    return AgendaVisit(vid, when, minutes, cid, name, place, purpose, status.value, done, total, still_open, reason,
                       result.value if result is not None else None, cancelled, owner)
