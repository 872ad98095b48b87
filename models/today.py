"""The Today page's lists: what to do now, each a single query that stays fast at 100,000 customers.

Today's visits with their readiness; follow-ups due (overdue ones marked); past visits still without an
outcome 24 hours on; promises due; spend-drop alerts; customers past their tier's visit frequency;
opportunities stalled at 1-3 follow-ups; personal and business dates in the next 14 days.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select

from models import dialect
from models.agenda import AgendaVisit, agenda
from models.db import Database
from models.entities import (
    Contact,
    Customer,
    FollowUp,
    KeyDate,
    Outcome,
    Promise,
    Visit,
)
from models.settings import load_visit_frequency
from models.summaries import OPEN_STATUSES

LIMIT = 100
DATES_AHEAD = 14
NO_OUTCOME_AFTER = dt.timedelta(hours=24)
STALLED = (1, 3)


@dataclass(frozen=True)
class Line:
    """One line of a Today list: what it says, and the visit or customer it opens."""

    customer_id: int
    customer_name: str
    text: str
    when: dt.date | dt.datetime | None = None
    visit_id: int | None = None
    overdue: bool = False
    kind: str = ""  # a vocabulary value when the line has one (a key date's kind, a tier…)


def todays_visits(db: Database, today: dt.date) -> list[AgendaVisit]:
    return agenda(db, today, limit=LIMIT)


def follow_ups_due(db: Database, today: dt.date) -> list[Line]:
    with db.session() as s:
        rows = s.execute(
            select(FollowUp.customer_id, Customer.name, FollowUp.due_on, FollowUp.channel, FollowUp.brings,
                   Outcome.visit_id)
            .join(Customer, FollowUp.customer_id == Customer.id)
            .outerjoin(Outcome, FollowUp.outcome_id == Outcome.id)
            .where(FollowUp.done_at.is_(None), FollowUp.due_on <= today)
            .order_by(FollowUp.due_on, FollowUp.id).limit(LIMIT))
        return [Line(cid, name, brings, due, visit_id, overdue=due < today, kind=channel.value)
                for cid, name, due, channel, brings, visit_id in rows]


def visits_without_outcome(db: Database, now: dt.datetime) -> list[Line]:
    with db.session() as s:
        rows = s.execute(
            select(Visit.customer_id, Customer.name, Visit.purpose, Visit.planned_start, Visit.id)
            .join(Customer, Visit.customer_id == Customer.id)
            .outerjoin(Outcome, Outcome.visit_id == Visit.id)
            .where(Visit.status.in_(OPEN_STATUSES), Visit.planned_start < now - NO_OUTCOME_AFTER,
                   Outcome.id.is_(None))
            .order_by(Visit.planned_start.desc()).limit(LIMIT))
        return [Line(cid, name, purpose, when, vid, overdue=True) for cid, name, purpose, when, vid in rows]


def promises_due(db: Database, today: dt.date) -> list[Line]:
    with db.session() as s:
        rows = s.execute(
            select(Visit.customer_id, Customer.name, Promise.text, Promise.due_on, Visit.id, Promise.by)
            .join(Outcome, Promise.outcome_id == Outcome.id).join(Visit, Outcome.visit_id == Visit.id)
            .join(Customer, Visit.customer_id == Customer.id)
            .where(Promise.done_at.is_(None), Promise.due_on <= today)
            .order_by(Promise.due_on, Promise.id).limit(LIMIT))
        return [Line(cid, name, text, due, vid, overdue=due < today, kind=by.value)
                for cid, name, text, due, vid, by in rows]


def spend_drops(db: Database) -> list[Line]:
    with db.session() as s:
        rows = s.execute(
            select(Customer.id, Customer.name, Customer.trend_bp)
            .where(Customer.spend_drop.is_(True), Customer.archived.is_(False))
            .order_by(Customer.trend_bp, Customer.id).limit(LIMIT))
        return [Line(cid, name, f"{(trend or 0) / 100:+.0f}%") for cid, name, trend in rows]


def past_visit_frequency(db: Database, now: dt.datetime) -> list[Line]:
    """Customers of a tier with a visit rule, not visited within it and with no visit planned."""
    with db.session() as s:
        frequency = load_visit_frequency(s)
        overdue = or_(*[and_(Customer.tier == tier, or_(Customer.last_visit_at.is_(None),
                                                         Customer.last_visit_at < now - dt.timedelta(days=days)))
                        for tier, days in frequency.items()])
        rows = s.execute(
            select(Customer.id, Customer.name, Customer.tier, Customer.last_visit_at)
            .where(overdue, Customer.next_visit_at.is_(None), Customer.archived.is_(False))
            .order_by(Customer.last_visit_at.is_not(None), Customer.last_visit_at, Customer.id).limit(LIMIT))
        return [Line(cid, name, "", last, kind=tier.value) for cid, name, tier, last in rows]


def stalled_opportunities(db: Database) -> list[Line]:
    """Customers whose current opportunity has 1-3 follow-ups done and none scheduled: most reps stop there,
    most sales come later. (The counts are kept on the customer by models.summaries.)"""
    with db.session() as s:
        rows = s.execute(
            select(Customer.id, Customer.name, Customer.follow_ups_done, Customer.last_follow_up_at)
            .where(Customer.follow_ups_done.between(*STALLED), Customer.follow_ups_open == 0,
                   Customer.archived.is_(False))
            .order_by(Customer.last_follow_up_at, Customer.id).limit(LIMIT))
        return [Line(cid, name, str(count), last) for cid, name, count, last in rows]


def dates_ahead(db: Database, today: dt.date, days: int = DATES_AHEAD) -> list[Line]:
    """Birthdays, anniversaries and business events from today to ``days`` ahead (yearly dates by their
    month and day; 29 February counts as the 28th in other years). Sorted and cut in SQL: a yearly date's
    month-day before today's belongs to next year, so it sorts after."""
    window = [today + dt.timedelta(days=i) for i in range(days + 1)]
    month_days = {f"{d:%m-%d}" for d in window}
    month_days |= {"02-29" for d in window if d.month == 2 and d.day == 28 and not calendar.isleap(d.year)}
    month_day = dialect.month_day(KeyDate.date)
    columns = (KeyDate.customer_id, Customer.name, KeyDate.kind, KeyDate.label, KeyDate.date, Contact.name)
    base = (select(*columns).join(Customer, KeyDate.customer_id == Customer.id)
            .outerjoin(Contact, KeyDate.contact_id == Contact.id).where(Customer.archived.is_(False)))
    with db.session() as s:
        yearly = s.execute(base.where(KeyDate.yearly.is_(True), month_day.in_(sorted(month_days)))
                           .order_by(month_day < f"{today:%m-%d}", month_day, KeyDate.id).limit(LIMIT)).all()
        once = s.execute(base.where(KeyDate.yearly.is_(False), KeyDate.date.between(today, window[-1]))
                         .order_by(KeyDate.date, KeyDate.id).limit(LIMIT)).all()
    lines = [Line(cid, name, (contact or name) + (f" · {label}" if label else ""),
                  _next_occurrence(date, today) if is_yearly else date, kind=kind.value)
             for rows, is_yearly in ((yearly, True), (once, False))
             for cid, name, kind, label, date, contact in rows]
    return sorted(lines, key=lambda line: (line.when, line.customer_name))[:LIMIT]


def _next_occurrence(date: dt.date, today: dt.date) -> dt.date:
    for year in (today.year, today.year + 1):
        day = min(date.day, calendar.monthrange(year, date.month)[1])
        candidate = dt.date(year, date.month, day)
        if candidate >= today:
            return candidate
    return candidate
