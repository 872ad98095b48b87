"""The figures of a report: what a rep (or the team) did in a period, counted the way ../DOMAIN.md counts.

For a period and a rep (by name, as rows are owned; None: the team), each figure is one statement:

- ``visits``: the visits planned to start in the period, by rep, status, result and step reached (visits
  planned, done and cancelled; results; steps of the cycle reached; the team's table by rep);
- ``follow_ups``: follow-ups due in the period, done in it (on time: by their due date), dropped, and those
  still open past their date;
- ``promises``: promises due in the period, kept on time, kept late, broken, still open;
- ``opportunities``: the customers with an opportunity under way (a follow-up done or planned since its
  last end), by the number of follow-ups done: most reps stop after one, most sales come from the 4th on;
- ``wins``: the visits won in the period, by the number of follow-ups done on that opportunity before;
- ``past_frequency``: customers past their tier's visit frequency with no visit planned, now, by tier;
- ``spend``: spend by tier, month by month, over the six months ended by the period's end.

A visit, a follow-up and a promise are their owner's: the customer's owner when they were made, and the new
owner's from a hand-over on while still open (models/team/hand_over.py); the rest counts customers by theirs.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import Select, and_, bindparam, case, func, or_, select
from sqlalchemy.orm import Session

from models.entities import Customer, FollowUp, MonthlySpend, Outcome, Promise, Visit
from models.reports.period import Period, months_ending
from models.storage.db import Database
from models.storage.dialect import day_of
from models.visits.frequency import frequency_params, past_visit_frequency
from models.vocabulary import FollowUpStatus, OutcomeResult, PromiseStatus, Tier, VisitStatus

SPEND_MONTHS = 6
# follow-ups done on an opportunity, as counted: 0 (the first one only planned), 1, 2, 3, 4-11, 12 and more
FOLLOW_UP_BUCKETS = ("0", "1", "2", "3", "4-11", "12+")
ENDING = ("won", "lost", "cancelled")  # results that end an opportunity (as models.book.summaries counts)
TIERS = (Tier.DIAMOND.value, Tier.GOLD.value, Tier.SILVER.value, Tier.NONE.value)


@dataclass(frozen=True)
class VisitFigures:
    by_status: dict[str, int]  # VisitStatus value -> visits
    results: dict[str, int]  # OutcomeResult value -> visits
    steps: dict[str, int]  # CycleStep value reached -> visits
    by_rep: dict[str, dict[str, int]]  # rep -> {"visits": all, "done", "cancelled", "won"} (the non-zero ones)
    unlogged: int = 0  # visits done with no outcome logged

    @property
    def total(self) -> int:
        return sum(self.by_status.values())

    @property
    def done(self) -> int:
        return self.by_status.get(VisitStatus.DONE.value, 0)

    @property
    def cancelled(self) -> int:
        return self.by_status.get(VisitStatus.CANCELLED.value, 0)

    @property
    def open(self) -> int:
        return self.total - self.done - self.cancelled


@dataclass(frozen=True)
class FollowUpFigures:
    due: int = 0  # due in the period
    done: int = 0  # done in the period
    done_on_time: int = 0  # of those, by their due date
    dropped: int = 0  # dropped in the period
    overdue: int = 0  # still open, due before the period's end (or today, if sooner)


@dataclass(frozen=True)
class PromiseFigures:
    due: int = 0  # due in the period
    kept_on_time: int = 0
    kept_late: int = 0
    broken: int = 0
    open: int = 0  # still open

    @property
    def on_time_share(self) -> float | None:
        return self.kept_on_time / self.due if self.due else None


@dataclass(frozen=True)
class Figures:
    period: Period
    rep: str | None
    visits: VisitFigures
    follow_ups: FollowUpFigures
    promises: PromiseFigures
    opportunities: dict[str, int]  # FOLLOW_UP_BUCKETS -> opportunities under way
    wins: dict[str, int]  # FOLLOW_UP_BUCKETS -> visits won in the period
    past_frequency: dict[str, int]  # tier -> customers
    spend: dict[str, list[tuple[tuple[int, int], int]]] = field(default_factory=dict)  # tier -> ((y, m), cents)

    @property
    def reached_fourth(self) -> int:
        """Opportunities with four follow-ups done or more."""
        return self.opportunities.get("4-11", 0) + self.opportunities.get("12+", 0)


def figures(db: Database, period: Period, rep: str | None = None, now: dt.datetime | None = None) -> Figures:
    """Every figure of the period, in one session (one snapshot of the book)."""
    now = now or dt.datetime.now()
    with db.session() as s:
        params = parameters(s, period, rep, now)
        return Figures(period, rep, **{name: figure(s, name, params) for name in FIGURES})


def figure(s: Session, name: str, params: dict):
    """One figure (a name of FIGURES) from its statement, with ``parameters``' values."""
    read = FIGURES[name]
    return read(s.execute(statement(name, params["rep"] is not None), params), params)


def parameters(s: Session, period: Period, rep: str | None, now: dt.datetime) -> dict:
    months = spend_months(period, now.date())
    return {"start": period.start_time(), "end": period.end_time(), "first_day": period.start,
            "end_day": period.end, "until": min(period.end, now.date()), "rep": rep,
            "first_month": _month_number(months[0]), "last_month": _month_number(months[-1]),
            "before_all": dt.datetime(1900, 1, 1), "months": months, **frequency_params(s, now)}


def spend_months(period: Period, today: dt.date) -> list[tuple[int, int]]:
    """The six months whose spend the report shows: those ended by the period's end, and by today (a week's
    report does not show its month's spend, nor this quarter's the month still going: not billed yet)."""
    last = min(period.end, today.replace(day=1))
    return months_ending(last.replace(day=1) - dt.timedelta(days=1), SPEND_MONTHS)


def _month_number(month: tuple[int, int]) -> int:
    return month[0] * 12 + month[1] - 1


def _visit_figures(rows, _params) -> VisitFigures:
    by_status, results, steps = Counter(), Counter(), Counter()
    by_rep: dict[str, Counter] = {}
    unlogged = 0
    for owner, status, result, step, n in rows:
        by_status[status.value] += n
        if result is not None:
            results[result.value] += n
        elif status is VisitStatus.DONE:
            unlogged += n
        if step is not None:
            steps[step.value] += n
        rep = by_rep.setdefault(owner, Counter())
        rep["visits"] += n
        if status in (VisitStatus.DONE, VisitStatus.CANCELLED):
            rep[status.value] += n
        if result is OutcomeResult.WON:
            rep["won"] += n
    # the reps as the team lists them, by pinyin (the pinyin tables are loaded here, off the window's thread,
    # and not when the window imports this module)
    from models.book.search_text import sort_key

    return VisitFigures(dict(by_status), dict(results), dict(steps),
                        {owner: dict(by_rep[owner]) for owner in sorted(by_rep, key=sort_key)}, unlogged)


def _buckets(rows, _params) -> dict[str, int]:
    counted = dict.fromkeys(FOLLOW_UP_BUCKETS, 0)
    for number, n in rows:
        counted[bucket(number)] += n
    return counted


def bucket(follow_ups_done: int) -> str:
    if follow_ups_done >= 12:
        return "12+"
    return "4-11" if follow_ups_done >= 4 else str(follow_ups_done)


def _by_tier(rows, _params) -> dict[str, int]:
    counted = dict.fromkeys(TIERS[:-1], 0)
    for tier, n in rows:
        counted[tier.value] = n
    return counted


def _spend(rows, params) -> dict[str, list[tuple[tuple[int, int], int]]]:
    months = params["months"]
    totals: dict[tuple[str, tuple[int, int]], int] = {}
    for tier, year, month, cents in rows:
        totals[(tier.value, (year, month))] = int(cents or 0)
    return {tier: [(m, totals.get((tier, m), 0)) for m in months] for tier in TIERS}


# -- the statements: each built once for each shape (the rep's or the team's), with the period as parameters


def _of_rep(query: Select, by_rep: bool, owner=Customer.owner) -> Select:
    """The rows of the rep's: by the owner of the row (a visit, a follow-up, a promise: handed over with its
    customer while open, the previous rep's once done), else by the customer's."""
    return query.where(owner == bindparam("rep")) if by_rep else query


def _visits(by_rep: bool) -> Select:
    query = (select(Visit.owner, Visit.status, Outcome.result, Outcome.step_reached, func.count())
             .outerjoin(Outcome, Outcome.visit_id == Visit.id)
             .where(Visit.planned_start >= bindparam("start"), Visit.planned_start < bindparam("end"))
             .group_by(Visit.owner, Visit.status, Outcome.result, Outcome.step_reached))
    return _of_rep(query, by_rep, Visit.owner)


def _count(condition) -> object:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _follow_ups(by_rep: bool) -> Select:
    due = and_(FollowUp.due_on >= bindparam("first_day"), FollowUp.due_on < bindparam("end_day"))
    done_in = and_(FollowUp.done_at >= bindparam("start"), FollowUp.done_at < bindparam("end"))
    done = and_(done_in, FollowUp.status == FollowUpStatus.DONE)
    overdue = and_(FollowUp.done_at.is_(None), FollowUp.due_on < bindparam("until"))
    query = select(_count(due), _count(done), _count(and_(done, day_of(FollowUp.done_at) <= FollowUp.due_on)),
                   _count(and_(done_in, FollowUp.status == FollowUpStatus.DROPPED)), _count(overdue)
                   ).where(or_(due, done_in, overdue))
    return _of_rep(query, by_rep, FollowUp.owner)


def _promises(by_rep: bool) -> Select:
    due = and_(Promise.due_on >= bindparam("first_day"), Promise.due_on < bindparam("end_day"))
    kept = Promise.status == PromiseStatus.KEPT
    query = (select(func.count(), _count(and_(kept, day_of(Promise.done_at) <= Promise.due_on)),
                    _count(and_(kept, day_of(Promise.done_at) > Promise.due_on)),
                    _count(Promise.status == PromiseStatus.BROKEN), _count(Promise.done_at.is_(None)))
             .where(due))
    return _of_rep(query, by_rep, Promise.owner)


def _opportunities(by_rep: bool) -> Select:
    query = (select(Customer.follow_ups_done, func.count())
             .where(or_(Customer.follow_ups_done > 0, Customer.follow_ups_open > 0), Customer.archived.is_(False))
             .group_by(Customer.follow_ups_done))
    return _of_rep(query, by_rep)


def _wins(by_rep: bool) -> Select:
    """Each visit won in the period, with the follow-ups done for its customer after the outcome that ended
    the opportunity before (if any) and before this one."""
    Earlier = Outcome.__table__.alias("earlier")  # noqa: N806
    earlier_visit = Visit.__table__.alias("earlier_visit")
    began = (select(func.max(Earlier.c.logged_at))
             .join(earlier_visit, earlier_visit.c.id == Earlier.c.visit_id)
             .where(earlier_visit.c.customer_id == Visit.customer_id, Earlier.c.result.in_(ENDING),
                    Earlier.c.logged_at < Outcome.logged_at)
             .correlate_except(Earlier, earlier_visit).scalar_subquery())
    done_before = (select(func.count()).select_from(FollowUp)
                   .where(FollowUp.customer_id == Visit.customer_id, FollowUp.status == FollowUpStatus.DONE,
                          FollowUp.done_at < Outcome.logged_at,
                          FollowUp.done_at > func.coalesce(began, bindparam("before_all")))
                   .scalar_subquery())
    inner = (select(done_before.label("done"))
             .select_from(Visit).join(Outcome, Outcome.visit_id == Visit.id)
             .where(Visit.planned_start >= bindparam("start"), Visit.planned_start < bindparam("end"),
                    Outcome.result == OutcomeResult.WON))
    inner = _of_rep(inner, by_rep, Visit.owner).subquery()
    return select(inner.c.done, func.count()).group_by(inner.c.done)


def _past_frequency(by_rep: bool) -> Select:
    query = select(Customer.tier, func.count()).where(past_visit_frequency()).group_by(Customer.tier)
    return _of_rep(query, by_rep)


def _spend_statement(by_rep: bool) -> Select:
    month = MonthlySpend.year * 12 + MonthlySpend.month - 1
    query = (select(Customer.tier, MonthlySpend.year, MonthlySpend.month, func.sum(MonthlySpend.amount_cents))
             .join(Customer, Customer.id == MonthlySpend.customer_id)
             .where(month >= bindparam("first_month"), month <= bindparam("last_month"))
             .group_by(Customer.tier, MonthlySpend.year, MonthlySpend.month))
    return _of_rep(query, by_rep)


FIGURES = {"visits": _visit_figures, "follow_ups": lambda rows, _p: FollowUpFigures(*rows.one()),
           "promises": lambda rows, _p: PromiseFigures(*rows.one()), "opportunities": _buckets, "wins": _buckets,
           "past_frequency": _by_tier, "spend": _spend}
BUILDERS = {"visits": _visits, "follow_ups": _follow_ups, "promises": _promises, "opportunities": _opportunities,
            "wins": _wins, "past_frequency": _past_frequency, "spend": _spend_statement}


@functools.cache
def statement(name: str, by_rep: bool) -> Select:
    """A figure's statement, built once (SQLAlchemy takes a millisecond or two to build and key one)."""
    return BUILDERS[name](by_rep)
