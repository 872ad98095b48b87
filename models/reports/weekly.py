"""The weekly report (工作周报): the week's figures, its visits with their results and next steps, and the next
week's plan, for a rep to hand in or for the manager (the team: ``rep`` None)."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from sqlalchemy import Select, bindparam, func, select

from models.book.settings import load_currency
from models.entities import Customer, Outcome, Visit
from models.reports.figures import Figures, figures
from models.reports.period import Period
from models.storage.db import Database
from models.vocabulary import VisitStatus

LISTED = 25  # visits listed of each week; the rest are counted ("and 12 more")
OPEN = (VisitStatus.PLANNED.value, VisitStatus.READY.value)


@dataclass(frozen=True)
class ListedVisit:
    start: dt.datetime
    customer_name: str
    rep: str
    status: str  # VisitStatus value
    result: str | None  # OutcomeResult value, once logged
    step: str | None  # CycleStep value reached
    note: str  # the next step (a visit held), why it was cancelled, or its goal (a visit to come)


@dataclass(frozen=True)
class WeeklyReport:
    figures: Figures
    held: list[ListedVisit]  # the week's visits, the first LISTED in time order
    planned: list[ListedVisit]  # the next week's open visits
    planned_total: int
    currency: str
    printed: dt.datetime

    @property
    def period(self) -> Period:
        return self.figures.period

    @property
    def rep(self) -> str | None:
        return self.figures.rep


def weekly_report(db: Database, week: Period, rep: str | None = None, now: dt.datetime | None = None) -> WeeklyReport:
    now = now or dt.datetime.now()
    numbers = figures(db, week, rep, now)
    following = week.following()
    with db.session() as s:
        held = [_listed(row) for row in s.execute(_statement(rep is not None, upcoming=False), _params(week, rep))]
        params = _params(following, rep)
        planned = [_listed(row) for row in s.execute(_statement(rep is not None, upcoming=True), params)]
        planned_total = s.scalar(_count(rep is not None), params) or 0
        currency = load_currency(s)
    return WeeklyReport(numbers, held, planned, planned_total, currency, now)


def _params(period: Period, rep: str | None) -> dict:
    return {"start": period.start_time(), "end": period.end_time(), "rep": rep, "open": list(OPEN),
            "limit": LISTED}


def _listed(row) -> ListedVisit:
    start, name, owner, status, result, step, next_step, visit_next, cancelled, purpose = row
    if status is VisitStatus.CANCELLED:
        note = cancelled
    elif status is VisitStatus.DONE:
        note = next_step or visit_next
    else:
        note = purpose
    return ListedVisit(start, name, owner, status.value, result.value if result else None,
                       step.value if step else None, " ".join((note or "").split()))


def _where(query: Select, by_rep: bool, upcoming: bool) -> Select:
    query = query.where(Visit.planned_start >= bindparam("start"), Visit.planned_start < bindparam("end"))
    if upcoming:
        query = query.where(Visit.status.in_(bindparam("open", expanding=True)))
    return query.where(Visit.owner == bindparam("rep")) if by_rep else query


@functools.cache
def _statement(by_rep: bool, upcoming: bool) -> Select:
    query = (select(Visit.planned_start, Customer.name, Visit.owner, Visit.status, Outcome.result,
                    Outcome.step_reached, Outcome.next_step, Visit.next_step, Visit.cancel_reason, Visit.purpose)
             .join(Customer, Customer.id == Visit.customer_id).outerjoin(Outcome, Outcome.visit_id == Visit.id))
    return _where(query, by_rep, upcoming).order_by(Visit.planned_start, Visit.id).limit(bindparam("limit"))


@functools.cache
def _count(by_rep: bool) -> Select:
    query = select(func.count()).select_from(Visit)
    return _where(query, by_rep, upcoming=True)
