"""The team's day, rep by rep, for a manager's Today: today's visits (and how many are done), follow-ups and
promises overdue, opportunities stalled at 1-3 follow-ups, tomorrow's visits not yet ready, key accounts whose
spend dropped. One grouped statement each, asked side by side like Today's sections."""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from sqlalchemy import Select, bindparam, func, select

from models.book.search_text import sort_key
from models.entities import Customer, FollowUp, Promise, Visit
from models.storage.db import Database
from models.visits.today import PARALLEL, STALLED
from models.vocabulary import Segment, VisitStatus

COLUMNS = ("visits_today", "done_today", "overdue_follow_ups", "overdue_promises", "stalled", "tomorrow_not_ready",
           "key_account_drops")


@dataclass(frozen=True)
class TeamDay:
    day: dt.date
    by_rep: dict[str, dict[str, int]] = field(default_factory=dict)  # rep -> column -> count (the non-zero)

    @property
    def reps(self) -> list[str]:
        return sorted(self.by_rep, key=sort_key)  # (as the team is listed: by pinyin)

    def total(self, column: str) -> int:
        return sum(counts.get(column, 0) for counts in self.by_rep.values())


def _within(column, start: str, end: str):
    return (column >= bindparam(start), column < bindparam(end))


@functools.cache
def _statement(column: str) -> Select:
    """The statement of one column, by owner: the day's bounds as parameters."""
    if column in ("visits_today", "done_today", "tomorrow_not_ready"):
        day = ("tomorrow", "after_tomorrow") if column == "tomorrow_not_ready" else ("today", "tomorrow")
        statuses = {"visits_today": [s for s in VisitStatus if s is not VisitStatus.CANCELLED],
                    "done_today": [VisitStatus.DONE], "tomorrow_not_ready": [VisitStatus.PLANNED]}[column]
        return (select(Visit.owner, func.count()).where(*_within(Visit.planned_start, *day),
                                                        Visit.status.in_(statuses)).group_by(Visit.owner))
    if column == "overdue_follow_ups":
        return (select(FollowUp.owner, func.count()).where(FollowUp.done_at.is_(None), FollowUp.due_on < bindparam("day"))
                .group_by(FollowUp.owner))
    if column == "overdue_promises":
        return (select(Promise.owner, func.count()).where(Promise.done_at.is_(None), Promise.due_on < bindparam("day"))
                .group_by(Promise.owner))
    customers = [Customer.archived.is_(False)]
    if column == "stalled":
        customers += [Customer.follow_ups_done.between(*STALLED), Customer.follow_ups_open == 0]
    else:  # key_account_drops
        customers += [Customer.segment == Segment.KEY_ACCOUNT, Customer.spend_drop.is_(True)]
    return select(Customer.owner, func.count()).where(*customers).group_by(Customer.owner)


def team_day(db: Database, now: dt.datetime) -> TeamDay:
    day = now.date()
    start = dt.datetime.combine(day, dt.time())
    params = {"day": day, "today": start, "tomorrow": start + dt.timedelta(days=1),
              "after_tomorrow": start + dt.timedelta(days=2)}

    def ask(column: str) -> list:
        with db.session() as s:
            return s.execute(_statement(column), params).all()

    by_rep: dict[str, Counter] = {}
    with ThreadPoolExecutor(max_workers=PARALLEL, thread_name_prefix="team-day") as pool:
        for column, rows in zip(COLUMNS, pool.map(ask, COLUMNS), strict=True):
            for owner, n in rows:
                by_rep.setdefault(owner, Counter())[column] = n
    return TeamDay(day, {rep: dict(counts) for rep, counts in by_rep.items()})
