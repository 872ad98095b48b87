"""The Today page: the plan for the day, section by section, in the order to do things.

1. today's visits, in time order, with their readiness;
2. follow-ups and promises due today;
3. follow-ups and promises overdue (oldest first);
4. visits still without an outcome 24 hours on;
5. tomorrow's visits not marked ready yet: the checklist to run today;
6. the rest: spend drops, customers past their tier's visit frequency, opportunities stalled at 1-3
   follow-ups, personal and business dates in the next 14 days, suggested tier and stage changes.

Each section is one query for the lines shown (``limit``, ``offset``, ``search`` for the complete list)
and one for its count, so nothing due today is hidden behind older lines, and each stays fast at
100,000 customers (bench/today.py).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import NamedTuple

from sqlalchemy import (ColumnElement, Integer, Row, Select, String, and_, bindparam, exists, func, literal, or_,
                        select, true, type_coerce, union_all)
from sqlalchemy.orm import Session

from models.visits import agenda as agenda_service
from models.book import suggestions as suggestion_service
from models.storage.db import Database
from models.storage.dialect import month_day
from models.entities import Contact, Customer, FollowUp, KeyDate, Outcome, Promise, Visit
from models.visits.frequency import frequency_params, past_visit_frequency
from models.visits.readiness import Readiness
from models.book.suggestions import Suggestion
from models.book.search_text import search_terms
from models.book.summaries import OPEN_STATUSES
from models.vocabulary import VisitStatus

DATES_AHEAD = 14
PARALLEL = 3
NO_OUTCOME_AFTER = dt.timedelta(hours=24)
STALLED = (1, 3)

VISITS, DUE_TODAY, OVERDUE, NO_OUTCOME, TOMORROW = "visits", "due_today", "overdue", "no_outcome", "tomorrow"
DROPS, FREQUENCY, STALLED_OPPORTUNITIES, DATES, SUGGESTIONS = "drops", "frequency", "stalled", "dates", "suggestions"
SECTIONS = (VISITS, DUE_TODAY, OVERDUE, NO_OUTCOME, TOMORROW, DROPS, FREQUENCY, STALLED_OPPORTUNITIES, DATES, SUGGESTIONS)
# what a line is, and so what can be done with it
VISIT, FOLLOW_UP, PROMISE, CUSTOMER, SUGGESTION = "visit", "follow_up", "promise", "customer", "suggestion"
NOT_CANCELLED = [s.value for s in VisitStatus if s is not VisitStatus.CANCELLED]
NOT_READY = [VisitStatus.PLANNED.value]  # (tomorrow's to prepare: neither marked ready nor cancelled)


@dataclass(frozen=True)
class Line:
    """One line of a section: what it says, the visit or customer it opens, what can be done with it."""

    customer_id: int
    customer_name: str
    text: str
    when: dt.date | dt.datetime | None = None
    visit_id: int | None = None
    overdue: bool = False
    kind: str = ""  # a vocabulary value when the line has one (a channel, who promised, a tier…)
    what: str = CUSTOMER  # VISIT, FOLLOW_UP, PROMISE, CUSTOMER or SUGGESTION
    item_id: int | None = None  # the follow-up's or promise's id
    number: int | None = None  # a follow-up's place on its opportunity (1st, 2nd…)
    moves: int = 0  # times a follow-up was rescheduled
    readiness: Readiness | None = None
    suggestion: Suggestion | None = None


@dataclass(frozen=True)
class Section:
    key: str
    lines: list[Line]
    total: int


@dataclass(frozen=True)
class TodayPage:
    day: dt.date
    sections: dict[str, Section] = field(default_factory=dict)

    @property
    def due(self) -> int:
        """What the navigation shows: visits still to make today, and follow-ups and promises due or overdue."""
        open_visits = sum(1 for line in self.sections[VISITS].lines if line.readiness and line.readiness.is_open)
        hidden = self.sections[VISITS].total - len(self.sections[VISITS].lines)  # (the rest of a long day)
        return open_visits + max(hidden, 0) + self.sections[DUE_TODAY].total + self.sections[OVERDUE].total


# the lines each section shows on the Today page (Show all… pages through the rest)
SHOWN = {VISITS: 10, DUE_TODAY: 10, OVERDUE: 6, NO_OUTCOME: 5, TOMORROW: 5, DROPS: 5,
         FREQUENCY: 5, STALLED_OPPORTUNITIES: 5, DATES: 5, SUGGESTIONS: 5}


def page(db: Database, now: dt.datetime, shown: dict[str, int] | None = None, owner: str | None = None) -> TodayPage:
    """Every section with its first lines (``shown[key]`` of them, SHOWN by default) and its count; the sections are asked
    side by side, each on a connection of its own (SQLite reads in parallel; the driver lets go of
    Python's lock while it works). ``owner``: that rep's work only (their visits, follow-ups and promises,
    their customers); None: the whole book's."""
    with ThreadPoolExecutor(max_workers=PARALLEL, thread_name_prefix="today") as pool:
        futures = {key: pool.submit(section, db, key, now, (shown or SHOWN).get(key, 8), owner=owner)
                   for key in SECTIONS}
        return TodayPage(now.date(), {key: future.result() for key, future in futures.items()})


def section(db: Database, key: str, now: dt.datetime, limit: int, offset: int = 0, search: str = "",
            owner: str | None = None) -> Section:
    terms = search_terms(search)
    day = now.date()
    if key == VISITS:
        return _visits(db, day, limit, offset, terms, owner)
    if key == TOMORROW:
        return _visits(db, day + dt.timedelta(days=1), limit, offset, terms, owner, NOT_READY, TOMORROW)
    if key in (DUE_TODAY, OVERDUE):
        return _due(db, day, key == OVERDUE, limit, offset, terms, owner)
    if key == SUGGESTIONS:
        return _suggestions(db, now, limit, offset, terms, owner)
    if key == DATES:
        return _dates(db, day, limit, offset, terms, owner)
    asked = _simple(key, tuple(terms), owner is not None)  # (the section's statements)
    with db.session() as s:
        params = {**asked.params(s, now), "limit": limit, "offset": offset, "owner": owner}
        total = s.scalar(asked.count, params) or 0
        if offset:  # a page further on: its keys from the index alone, then only its own rows are read
            keys = s.scalars(asked.keys_page, params).all()
            rows = s.execute(asked.rows_of, {**params, "keys": keys}).all() if keys else []
        else:
            rows = s.execute(asked.first_page, params).all()
    return Section(key, [asked.line_of(row) for row in rows], total)


def _matching(terms: list[str], *texts) -> list:
    """Each word in the customer's search text (names, contacts, phones, city) or in one of ``texts``."""
    return [or_(Customer.search_text.contains(term, autoescape=True),
                *(func.lower(text).contains(term, autoescape=True) for text in texts)) for term in terms]


def _visits(db: Database, day: dt.date, limit: int, offset: int, terms: list[str], owner: str | None,
            statuses: list[str] = NOT_CANCELLED, key: str = VISITS) -> Section:
    """The day's visits (of these statuses), in time order, with their readiness."""
    where = [*_matching(terms, Visit.purpose), *([Visit.owner == owner] if owner is not None else [])]
    visits, total = agenda_service.agenda_page(db, day, limit, offset, statuses, where)
    lines = [Line(v.customer_id, v.customer_name, v.purpose, v.start, v.id, what=VISIT, readiness=v.readiness)
             for v in visits]
    return Section(key, lines, total)


def _due(db: Database, day: dt.date, overdue: bool, limit: int, offset: int, terms: list[str],
         owner: str | None) -> Section:
    """Follow-ups and promises due today (or overdue), by date, in one list."""
    counts, page = _due_statements(overdue, tuple(terms), owner is not None)
    params = {"day": day, "cut": offset + limit, "limit": limit, "offset": offset, "owner": owner}
    with db.session() as s:  # (one session: each costs a team database round trips of its own)
        total = sum(s.scalar(count, params) or 0 for count in counts)
        lines = _work_lines(s.execute(page, params), day)
    return Section(OVERDUE if overdue else DUE_TODAY, lines, total)


@functools.lru_cache(maxsize=32)
def _due_statements(overdue: bool, terms: tuple[str, ...], mine: bool) -> tuple[list[Select], Select]:
    """The counts and the page of the follow-ups and promises due (or overdue), the day, the page and the
    owner (``mine``) given as parameters: built once for each list and search, as SQLAlchemy took longer to
    build this union and key it for its cache than a team database takes to answer it."""
    day = bindparam("day")
    follow_up_when = FollowUp.due_on < day if overdue else FollowUp.due_on == day
    promise_when = Promise.due_on < day if overdue else Promise.due_on == day
    if mine:
        follow_up_when = and_(follow_up_when, FollowUp.owner == bindparam("owner"))
        promise_when = and_(promise_when, Promise.owner == bindparam("owner"))
    follow_ups, promises = _work_queries(follow_up_when, promise_when, list(terms))
    if terms:  # the customer's name and the rest are in the count's conditions
        counts = [select(func.count()).select_from(q.subquery()) for q in (follow_ups, promises)]
    else:  # from the indexes of open follow-ups and promises alone
        counts = [select(func.count(FollowUp.id)).where(FollowUp.done_at.is_(None), follow_up_when),
                  select(func.count(Promise.id)).where(Promise.done_at.is_(None), promise_when)]
    # each list cut first (in its index's order), so only the lines that can be shown are joined and sorted
    cut = bindparam("cut", type_=Integer)
    page = _merged(follow_ups.limit(cut), promises.limit(cut))
    return counts, page.limit(bindparam("limit", type_=Integer)).offset(bindparam("offset", type_=Integer))


def open_work(db: Database, customer_id: int, day: dt.date) -> list[Line]:
    """A customer's open follow-ups and promises, by due date (for the planner's side panel)."""
    follow_ups, promises = _work_queries(FollowUp.customer_id == customer_id, Visit.customer_id == customer_id, [])
    with db.session() as s:
        return _work_lines(s.execute(_merged(follow_ups, promises)), day)


def _work_queries(follow_up_when, promise_when, terms: list[str]):
    follow_ups = (
        select(literal(FOLLOW_UP).label("what"), FollowUp.id.label("item_id"), FollowUp.customer_id,
               Customer.name, FollowUp.due_on, FollowUp.brings.label("text"),
               type_coerce(FollowUp.channel, String).label("kind"), Outcome.visit_id,
               (Customer.follow_ups_done + 1).label("number"), FollowUp.moves)
        .join(Customer, FollowUp.customer_id == Customer.id).outerjoin(Outcome, FollowUp.outcome_id == Outcome.id)
        .where(FollowUp.done_at.is_(None), follow_up_when, *_matching(terms, FollowUp.brings))
        .order_by(FollowUp.due_on, FollowUp.id))
    promises = (
        select(literal(PROMISE).label("what"), Promise.id, Visit.customer_id, Customer.name, Promise.due_on,
               Promise.text, type_coerce(Promise.by, String), Visit.id, literal(None, Integer), literal(0))
        .join(Outcome, Promise.outcome_id == Outcome.id).join(Visit, Outcome.visit_id == Visit.id)
        .join(Customer, Visit.customer_id == Customer.id)
        .where(Promise.done_at.is_(None), promise_when, *_matching(terms, Promise.text))
        # the undated last: PostgreSQL's own order for NULLs, so that its (due_on, id) index gives it
        .order_by(Promise.due_on.asc().nulls_last(), Promise.id))
    return follow_ups, promises


def _merged(follow_ups, promises) -> Select:
    """The two lists in one, by date."""
    both = union_all(*(select(q.subquery()) for q in (follow_ups, promises))).subquery()
    return select(both).order_by(both.c.due_on.is_(None), both.c.due_on, both.c.what, both.c.item_id)


def _work_lines(rows, day: dt.date) -> list[Line]:
    return [Line(cid, name, text, due, visit_id, overdue=due is not None and due < day, kind=kind, what=what,
                 item_id=item_id, number=number, moves=moves or 0)
            for what, item_id, cid, name, due, text, kind, visit_id, number, moves in rows]


class _Query(NamedTuple):
    """A section asked of one query: the query of its lines in order, the line made of a row, the key its
    further pages are found by, a count of its own for when nothing is searched (None: the query's rows
    are counted), and the values of the query's parameters at a time (``params(session, now)``)."""

    query: Select
    line_of: Callable[[Row], Line]
    row_key: ColumnElement
    bare_count: Select | None = None
    params: Callable[[Session, dt.datetime], dict] = lambda _s, _now: {}
    owner: ColumnElement = Customer.owner  # whose a line is


def _no_outcome() -> _Query:
    """Visits still planned (or ready) a day after their time, with no outcome logged."""
    # NOT EXISTS, which PostgreSQL plans as the anti-join it is: a LEFT JOIN with outcomes.id IS NULL it
    # took for a filter keeping hardly a visit, and hashed every outcome (100 ms at 100,000 customers).
    unlogged = (Visit.status.in_(OPEN_STATUSES), Visit.planned_start < bindparam("before"),
                ~exists().where(Outcome.visit_id == Visit.id))
    query = (select(Visit.customer_id, Customer.name, Visit.purpose, Visit.planned_start, Visit.id)
             .join(Customer, Visit.customer_id == Customer.id).where(*unlogged)
             .order_by(Visit.planned_start.desc(), Visit.id))
    return _Query(query, lambda r: Line(r[0], r[1], r[2], r[3], r[4], overdue=True, what=VISIT), Visit.id,
                  # the count, unsearched, from the visits alone: the (status, planned_start) index answers it
                  select(func.count(Visit.id)).where(*unlogged),
                  lambda _s, now: {"before": now - NO_OUTCOME_AFTER}, Visit.owner)


def _drops() -> _Query:
    query = (select(Customer.id, Customer.name, Customer.trend_bp)
             .where(Customer.spend_drop.is_(True), Customer.archived.is_(False)).order_by(Customer.trend_bp, Customer.id))
    return _Query(query, lambda r: Line(r[0], r[1], f"{(r[2] or 0) / 100:+.0f}%", overdue=True), Customer.id)


def _frequency() -> _Query:
    query = (select(Customer.id, Customer.name, Customer.tier, Customer.last_visit_at)
             .where(past_visit_frequency())
             .order_by(Customer.last_visit_at.asc().nulls_first(), Customer.id))
    return _Query(query, lambda r: Line(r[0], r[1], "", r[3], kind=r[2].value), Customer.id, params=frequency_params)


def _stalled() -> _Query:
    """Customers whose current opportunity has 1-3 follow-ups done and none scheduled: most reps stop there,
    most sales come later. (The counts are kept on the customer by models.book.summaries.)"""
    query = (select(Customer.id, Customer.name, Customer.follow_ups_done, Customer.last_follow_up_at)
             .where(Customer.follow_ups_done.between(*STALLED), Customer.follow_ups_open == 0,
                    Customer.archived.is_(False))
             .order_by(Customer.last_follow_up_at, Customer.id))
    return _Query(query, lambda r: Line(r[0], r[1], str(r[2]), r[3], number=r[2]), Customer.id)


SIMPLE = {NO_OUTCOME: _no_outcome, DROPS: _drops, FREQUENCY: _frequency, STALLED_OPPORTUNITIES: _stalled}


class _Statements(NamedTuple):
    count: Select
    first_page: Select  # (limit)
    keys_page: Select  # a page further on, the keys alone (limit, offset)
    rows_of: Select  # those keys' rows (keys)
    line_of: Callable[[Row], Line]
    params: Callable[[Session, dt.datetime], dict]


@functools.lru_cache(maxsize=64)
def _simple(key: str, terms: tuple[str, ...], mine: bool) -> _Statements:
    """A simple section's statements for a search, built once with the time's values, the page and the
    owner (``mine``) as parameters: building them and keying them for SQLAlchemy's cache took as long as a
    team database takes to answer them."""
    simple = SIMPLE[key]()
    whose = [simple.owner == bindparam("owner")] if mine else []
    query = simple.query.where(*_matching(list(terms)), *whose)
    count = simple.bare_count if simple.bare_count is None else simple.bare_count.where(*whose)
    if count is None or terms:
        count = select(func.count()).select_from(query.order_by(None).subquery())
    limit, offset = bindparam("limit", type_=Integer), bindparam("offset", type_=Integer)
    keys_page = query.with_only_columns(simple.row_key).limit(limit).offset(offset)
    rows_of = query.where(simple.row_key.in_(bindparam("keys", expanding=True)))
    return _Statements(count, query.limit(limit), keys_page, rows_of, simple.line_of, simple.params)


def _dates(db: Database, today: dt.date, limit: int, offset: int, terms: list[str], owner: str | None = None,
           days: int = DATES_AHEAD) -> Section:
    """Birthdays, anniversaries and business events from today to ``days`` ahead, soonest first: yearly
    dates by their month and day (29 February counts as the 28th in other years), one-off dates by their
    date. Only the lines shown are joined to their customer and contact."""
    until = today + dt.timedelta(days=days)
    first, last = today.month * 100 + today.day, until.month * 100 + until.day  # (as models.storage.dialect.month_day)
    if (until.month, until.day) == (2, 28) and not calendar.isleap(until.year):
        last = 229  # a 29 February is on the 28th this year
    count, page = _dates_statements(first > last, tuple(terms), owner is not None)
    params = {"first": first, "last": last, "today": today, "until": until, "cut": offset + limit, "limit": limit,
              "offset": offset, "owner": owner}
    with db.session() as s:
        total = s.scalar(count, params) or 0
        shown = {key_id: _next_occurrence(date, today) if yearly else date
                 for key_id, date, yearly in s.execute(page, params)}
        rows = s.execute(select(KeyDate.id, KeyDate.customer_id, Customer.name, KeyDate.kind, KeyDate.label,
                                Contact.name)
                         .join(Customer, KeyDate.customer_id == Customer.id)
                         .outerjoin(Contact, KeyDate.contact_id == Contact.id).where(KeyDate.id.in_(list(shown)))).all()
    lines = {key_id: Line(cid, name, (contact or name) + (f" · {label}" if label else ""), shown[key_id], kind=kind.value)
             for key_id, cid, name, kind, label, contact in rows}
    return Section(DATES, [lines[key_id] for key_id in shown if key_id in lines], total)


@functools.lru_cache(maxsize=32)
def _dates_statements(across_new_year: bool, terms: tuple[str, ...], mine: bool = False) -> tuple[Select, Select]:
    """The count and the page of the dates ahead: the yearly ones from the ``first`` to the ``last`` month
    and day (a range of ix_key_dates_month_day; two across New Year), the one-off ones from ``today`` to
    ``until``, and the page, given as parameters. Built once for each shape and search, as SQLAlchemy
    took longer to build and key these unions for its cache than the database takes to answer them."""
    md = month_day(KeyDate.date)
    first, last = bindparam("first", type_=Integer), bindparam("last", type_=Integer)
    # (the archived in id order: SQLite then reads them off their own small index, ix_customers_archived,
    # rather than a whole index of every customer)
    archived = select(Customer.id).where(Customer.archived == true()).order_by(Customer.id).scalar_subquery()

    def wanted(*when):
        """The dates so (id, date, yearly, month and day), of customers not archived and matching the search."""
        query = select(KeyDate.id, KeyDate.date, KeyDate.yearly, md.label("month_day")).where(*when)
        if terms or mine:  # the dates found, with their customer and label: a search reads only those
            whose = [Customer.owner == bindparam("owner")] if mine else []
            return (query.join(Customer, Customer.id == KeyDate.customer_id)
                    .where(Customer.archived.is_(False), *_matching(list(terms), KeyDate.label), *whose))
        return query.where(KeyDate.customer_id.not_in(archived))

    # Soonest first: by month and day, those before today's belonging to next year (the window is under a
    # year, so a one-off date sorts the same way). Each part is in that order by itself, as its index gives
    # it (yearly dates by month and day within the year, one-off dates by date): cut first, only the lines
    # that can be shown are sorted.
    yearly = [md >= first, md <= last] if across_new_year else [md.between(first, last)]
    parts = [(wanted(KeyDate.yearly.is_(True), when), (md, KeyDate.id)) for when in yearly]
    parts.append((wanted(KeyDate.yearly.is_(False), KeyDate.date.between(bindparam("today"), bindparam("until"))),
                  (KeyDate.date, KeyDate.id)))
    count = select(func.count()).select_from(union_all(*(part for part, _order in parts)).subquery())
    cut = bindparam("cut", type_=Integer)
    shown = union_all(*(select(part.order_by(*order).limit(cut).subquery()) for part, order in parts)).subquery()
    page = (select(shown.c.id, shown.c.date, shown.c.yearly)
            .order_by(shown.c.month_day < first, shown.c.month_day, shown.c.id)
            .limit(bindparam("limit", type_=Integer)).offset(bindparam("offset", type_=Integer)))
    return count, page


def _suggestions(db: Database, now: dt.datetime, limit: int, offset: int, terms: list[str],
                 owner: str | None) -> Section:
    where = [*_matching(terms), *([Customer.owner == owner] if owner is not None else [])]
    found, total = suggestion_service.pending_page(db, now, limit, offset, where)
    lines = [Line(x.customer_id, x.customer_name, "", what=SUGGESTION, suggestion=x) for x in found]
    return Section(SUGGESTIONS, lines, total)


def _next_occurrence(date: dt.date, today: dt.date) -> dt.date:
    for year in (today.year, today.year + 1):
        day = min(date.day, calendar.monthrange(year, date.month)[1])
        candidate = dt.date(year, date.month, day)
        if candidate >= today:
            return candidate
    return candidate
