"""What the rep should know before planning a visit, gathered for the planner's side panel (and the brief).

Last visit's result and next step, promises still open both ways, the last objections met, the spend
tier and trend, the lifecycle stage, and personal or business dates within 14 days of the visit.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models.storage.db import Database
from models.entities import Contact, Customer, KeyDate, MetObjection, Outcome, Promise, Visit
from models.errors import NO_CUSTOMER, NotFoundError
from models.vocabulary import ChannelKind, VisitStatus

DATES_WINDOW_DAYS = 14
LAST_OBJECTIONS = 5


@dataclass(frozen=True)
class PersonChoice:
    id: int
    name: str
    title: str
    buying_role: str | None
    attitude: str | None
    influence: str | None
    phones: tuple[tuple[str, str], ...] = ()  # (number, label): ("138 0013 8000", "mobile"), in the record's order


@dataclass(frozen=True)
class LastVisit:
    when: dt.datetime
    purpose: str
    result: str | None  # OutcomeResult value, None when no outcome was logged
    next_step: str
    agreed: str


@dataclass(frozen=True)
class OpenPromise:
    by: str  # PromiseBy value
    text: str
    due_on: dt.date | None


@dataclass(frozen=True)
class ObjectionMet:
    when: dt.datetime
    category: str
    said: str
    answer: str
    resolved: bool


@dataclass(frozen=True)
class NearDate:
    on: dt.date  # this year's (or next year's) occurrence
    days_from_visit: int  # negative: before the visit
    kind: str
    label: str
    who: str  # the contact's name, or the customer's


@dataclass(frozen=True)
class Briefing:
    customer_id: int
    customer_name: str
    segment: str | None
    industry: str
    tier: str
    avg_spend_cents: int | None
    last_spend_cents: int | None
    trend_bp: int | None
    spend_drop: bool
    lifecycle_stage: str
    stage_entered_on: dt.date | None
    people: list[PersonChoice]
    last_visit: LastVisit | None
    open_promises: list[OpenPromise]
    last_objections: list[ObjectionMet]
    near_dates: list[NearDate]
    phones: tuple[tuple[str, str], ...] = ()  # the customer's own numbers (a switchboard, a shop), as PersonChoice.phones


def briefing(db: Database, customer_id: int, visit_start: dt.datetime, this_visit: int | None = None) -> Briefing:
    with db.session() as s:
        customer = s.get(Customer, customer_id)
        if customer is None:
            raise NotFoundError(NO_CUSTOMER, customer_id)
        return _briefing(customer, _last_visit(s, customer_id, visit_start, this_visit), _open_promises(s, customer_id),
                         _last_objections(s, customer_id, visit_start), near_dates(s, customer, visit_start.date()))


def briefings(db: Database, wanted: list[tuple[int, dt.datetime, int | None]]) -> list[Briefing]:
    """``briefing()`` for many visits at once (a day sheet's), in the order asked, each given as
    (customer_id, visit_start, this_visit): one query per table for all of them, whatever their number."""
    ids = {customer_id for customer_id, _start, _visit in wanted}
    latest = max((start for _customer, start, _visit in wanted), default=dt.datetime.min)
    with db.session() as s:
        customers = {c.id: c for c in s.scalars(select(Customer).where(Customer.id.in_(ids))
                                                .options(selectinload(Customer.contacts).selectinload(Contact.channels),
                                                         selectinload(Customer.channels)))}
        missing = ids - customers.keys()
        if missing:
            raise NotFoundError(NO_CUSTOMER, min(missing))
        earlier = by_customer(s.execute(
            select(Visit.customer_id, Visit.id, Visit.planned_start, Visit.purpose, Visit.next_step, Outcome.result,
                   Outcome.next_step, Outcome.agreed)
            .outerjoin(Outcome, Outcome.visit_id == Visit.id)
            .where(Visit.customer_id.in_(ids), Visit.planned_start < latest, Visit.status != VisitStatus.CANCELLED)
            .order_by(Visit.planned_start.desc(), Visit.id.desc())))
        promises = by_customer(s.execute(
            select(Visit.customer_id, Promise.by, Promise.text, Promise.due_on).join(Outcome, Promise.outcome_id == Outcome.id)
            .join(Visit, Outcome.visit_id == Visit.id)
            .where(Visit.customer_id.in_(ids), Promise.done_at.is_(None))
            .order_by(Promise.due_on.is_(None), Promise.due_on, Promise.id)))
        objections = by_customer(s.execute(
            select(Visit.customer_id, Visit.planned_start, MetObjection.category, MetObjection.said, MetObjection.answer,
                   MetObjection.resolved)
            .join(Outcome, MetObjection.outcome_id == Outcome.id).join(Visit, Outcome.visit_id == Visit.id)
            .where(Visit.customer_id.in_(ids), Visit.planned_start < latest)
            .order_by(Visit.planned_start.desc(), Visit.id.desc(), MetObjection.position)))
        key_dates = by_customer((k.customer_id, k) for k in s.scalars(select(KeyDate).where(KeyDate.customer_id.in_(ids))))
        found = []
        for customer_id, start, this_visit in wanted:
            customer = customers[customer_id]
            last = next((LastVisit(when, purpose, result.value if result else None, outcome_next or plan_next,
                                   agreed or "")
                         for visit_id, when, purpose, plan_next, result, outcome_next, agreed in earlier[customer_id]
                         if when < start and visit_id != this_visit), None)
            met = [ObjectionMet(when, category.value, said, answer, resolved)
                   for when, category, said, answer, resolved in objections[customer_id] if when < start]
            found.append(_briefing(
                customer, last, [OpenPromise(by.value, text, due_on) for by, text, due_on in promises[customer_id]],
                met[:LAST_OBJECTIONS], _dates_near((k for (k,) in key_dates[customer_id]), customer, start.date())))
        return found


def by_customer(rows) -> defaultdict[int, list[tuple]]:
    """Rows whose first column is a customer id, grouped by it (the rest of each row, in order)."""
    grouped: defaultdict[int, list[tuple]] = defaultdict(list)
    for customer_id, *rest in rows:
        grouped[customer_id].append(tuple(rest))
    return grouped


def _briefing(customer: Customer, last_visit: LastVisit | None, open_promises: list[OpenPromise],
              last_objections: list[ObjectionMet], dates: list[NearDate]) -> Briefing:
    return Briefing(
        customer_id=customer.id, customer_name=customer.name,
        segment=customer.segment.value if customer.segment else None, industry=customer.industry,
        tier=customer.tier.value, avg_spend_cents=customer.avg_spend_cents,
        last_spend_cents=customer.last_spend_cents, trend_bp=customer.trend_bp,
        spend_drop=customer.spend_drop, lifecycle_stage=customer.lifecycle_stage.value,
        stage_entered_on=customer.stage_entered_on,
        people=[PersonChoice(c.id, c.name, c.title, c.buying_role.value if c.buying_role else None,
                             c.attitude.value if c.attitude else None,
                             c.influence.value if c.influence else None, phones(c.channels)) for c in customer.contacts],
        last_visit=last_visit, open_promises=open_promises, last_objections=last_objections, near_dates=dates,
        phones=phones(customer.channels),
    )


def phones(channels) -> tuple[str, ...]:
    """The phone numbers among the channels, each with its label ("" for none)."""
    return tuple((c.value, c.label.strip()) for c in channels if c.kind == ChannelKind.PHONE)


def _last_visit(s: Session, customer_id: int, before: dt.datetime, this_visit: int | None) -> LastVisit | None:
    visit = s.scalars(
        select(Visit).where(Visit.customer_id == customer_id, Visit.planned_start < before,
                            Visit.status != VisitStatus.CANCELLED, Visit.id != (this_visit or -1))
        .order_by(Visit.planned_start.desc()).limit(1)).first()
    if visit is None:
        return None
    outcome = visit.outcome
    return LastVisit(when=visit.planned_start, purpose=visit.purpose,
                     result=outcome.result.value if outcome else None,
                     next_step=(outcome.next_step if outcome and outcome.next_step else visit.next_step),
                     agreed=outcome.agreed if outcome else "")


def _open_promises(s: Session, customer_id: int) -> list[OpenPromise]:
    rows = s.execute(
        select(Promise.by, Promise.text, Promise.due_on).join(Outcome, Promise.outcome_id == Outcome.id)
        .join(Visit, Outcome.visit_id == Visit.id)
        .where(Visit.customer_id == customer_id, Promise.done_at.is_(None))
        .order_by(Promise.due_on.is_(None), Promise.due_on, Promise.id))
    return [OpenPromise(by.value, text, due_on) for by, text, due_on in rows]


def _last_objections(s: Session, customer_id: int, before: dt.datetime) -> list[ObjectionMet]:
    rows = s.execute(
        select(Visit.planned_start, MetObjection.category, MetObjection.said, MetObjection.answer,
               MetObjection.resolved)
        .join(Outcome, MetObjection.outcome_id == Outcome.id).join(Visit, Outcome.visit_id == Visit.id)
        .where(Visit.customer_id == customer_id, Visit.planned_start < before)
        .order_by(Visit.planned_start.desc(), MetObjection.position).limit(LAST_OBJECTIONS))
    return [ObjectionMet(when, category.value, said, answer, resolved) for when, category, said, answer, resolved in rows]


def near_dates(s: Session, customer: Customer, day: dt.date, window: int = DATES_WINDOW_DAYS) -> list[NearDate]:
    return _dates_near(s.scalars(select(KeyDate).where(KeyDate.customer_id == customer.id)), customer, day, window)


def _dates_near(key_dates, customer: Customer, day: dt.date, window: int = DATES_WINDOW_DAYS) -> list[NearDate]:
    names = {c.id: c.name for c in customer.contacts}
    found = []
    for key_date in key_dates:
        on = nearest_occurrence(key_date.date, day) if key_date.yearly else key_date.date
        days = (on - day).days
        if abs(days) <= window:
            who = names.get(key_date.contact_id, customer.name) if key_date.contact_id else customer.name
            found.append(NearDate(on, days, key_date.kind.value, key_date.label, who))
    return sorted(found, key=lambda d: (d.on, d.who))


def nearest_occurrence(date: dt.date, day: dt.date) -> dt.date:
    """The yearly date's occurrence closest to ``day`` (29 February is the 28th in other years)."""
    candidates = [_in_year(date, year) for year in (day.year - 1, day.year, day.year + 1)]
    return min(candidates, key=lambda c: abs((c - day).days))


def _in_year(date: dt.date, year: int) -> dt.date:
    return date.replace(year=year, day=min(date.day, calendar.monthrange(year, date.month)[1]))
