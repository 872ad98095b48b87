"""A customer's activity, newest first: visits, their outcomes, follow-ups, promises and hand-overs, each with where it
stands, for the customer's record. Open follow-ups and promises carry their id, so the record can close
them as Today does (models.visits.follow_ups); every line names the visit it opens.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from models.storage.db import Database
from models.entities import ChecklistItem, FollowUp, HandOver, Outcome, Promise, Visit
from models.visits.readiness import Readiness

VISIT, OUTCOME, FOLLOW_UP, PROMISE, HAND_OVER = "visit", "outcome", "follow_up", "promise", "hand_over"


@dataclass(frozen=True)
class Event:
    kind: str  # VISIT, OUTCOME, FOLLOW_UP, PROMISE or HAND_OVER (text: to whom; detail: from whom)
    when: dt.datetime  # a date-only event (a follow-up due) at the start of its day
    text: str
    visit_id: int | None = None
    item_id: int | None = None  # the follow-up's or promise's id
    status: str = ""  # the vocabulary value of the visit's, follow-up's or promise's status, or the outcome's result
    detail: str = ""  # a follow-up's channel, who promised
    note: str = ""  # what happened, why it was dropped, broken or cancelled
    moved_from: dt.date | None = None
    move_reason: str = ""
    due_on: dt.date | None = None
    readiness: Readiness | None = None  # a visit's

    @property
    def is_open(self) -> bool:
        return self.kind in (FOLLOW_UP, PROMISE) and self.status == "open"


def _at(day: dt.date | None) -> dt.datetime:
    return dt.datetime.combine(day or dt.date.min, dt.time())


def activity(db: Database, customer_id: int) -> list[Event]:
    """Everything that happened with the customer or is planned, newest (or furthest ahead) first."""
    def items(*conditions):
        return (select(func.count(ChecklistItem.id)).where(ChecklistItem.visit_id == Visit.id, *conditions)
                .scalar_subquery())

    events: list[Event] = []
    with db.session() as s:
        for (vid, when, purpose, status, cancel_reason, reason, done, total, critical,
             result, logged_at, summary) in s.execute(
                select(Visit.id, Visit.planned_start, Visit.purpose, Visit.status, Visit.cancel_reason,
                       Visit.ready_override_reason, items(ChecklistItem.done_at.is_not(None)), items(),
                       items(ChecklistItem.critical.is_(True), ChecklistItem.done_at.is_(None)),
                       Outcome.result, Outcome.logged_at, Outcome.summary)
                .outerjoin(Outcome, Outcome.visit_id == Visit.id).where(Visit.customer_id == customer_id)):
            result_value = result.value if result is not None else None
            events.append(Event(VISIT, when, purpose, vid, status=status.value, note=cancel_reason,
                                readiness=Readiness(status.value, done, total, critical, reason, result_value,
                                                    cancel_reason)))
            if result is not None:
                events.append(Event(OUTCOME, logged_at, summary, vid, status=result_value))
        for row in s.execute(
                select(FollowUp.id, FollowUp.due_on, FollowUp.done_at, FollowUp.status, FollowUp.channel,
                       FollowUp.brings, FollowUp.note, FollowUp.moved_from, FollowUp.move_reason, Outcome.visit_id)
                .outerjoin(Outcome, FollowUp.outcome_id == Outcome.id).where(FollowUp.customer_id == customer_id)):
            fid, due, closed, status, channel, brings, note, moved_from, move_reason, vid = row
            events.append(Event(FOLLOW_UP, closed or _at(due), brings, vid, fid, status.value, channel.value, note,
                                moved_from, move_reason, due))
        for row in s.execute(
                select(Promise.id, Promise.due_on, Promise.done_at, Promise.status, Promise.by, Promise.text,
                       Promise.note, Promise.moved_from, Promise.move_reason, Visit.id, Outcome.logged_at)
                .join(Outcome, Promise.outcome_id == Outcome.id).join(Visit, Outcome.visit_id == Visit.id)
                .where(Visit.customer_id == customer_id)):
            pid, due, closed, status, by, text, note, moved_from, move_reason, vid, logged_at = row
            when = closed or (_at(due) if due else logged_at)
            events.append(Event(PROMISE, when, text, vid, pid, status.value, by.value, note, moved_from,
                                move_reason, due))
        for hid, at, from_owner, to_owner, by in s.execute(
                select(HandOver.id, HandOver.at, HandOver.from_owner, HandOver.to_owner, HandOver.by)
                .where(HandOver.customer_id == customer_id)):
            events.append(Event(HAND_OVER, at, to_owner, item_id=hid, detail=from_owner, note=by))
    order = {VISIT: 0, OUTCOME: 1, PROMISE: 2, FOLLOW_UP: 3, HAND_OVER: 4}
    return sorted(events, key=lambda e: (e.when, -order[e.kind], e.item_id or e.visit_id or 0), reverse=True)
