"""Closing the loop: a follow-up is done, rescheduled or dropped; a promise is kept, moved or broken.

Each is one call a user action (from Today, the customer's timeline or the planner), one transaction, and
returns what it changed (models.book.undo.Change) for Edit > Undo. Done and dropped follow-ups, kept and broken
promises are closed (``done_at``, the time, and the status); a rescheduled follow-up or a moved promise
stays open on its new date and keeps the date first agreed and why. The follow-ups done on the customer's
current opportunity are counted again in the same transaction (models.book.summaries): most sales come from
the 4th to the 11th.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Table, select
from sqlalchemy.engine import Connection

from models.book import undo
from models.storage.db import Database
from models.entities import FollowUp, Outcome, Promise, Visit
from models.errors import Refused
from models.book.summaries import refresh_customers
from models.runtime.translatable import QT_TRANSLATE_NOOP
from models.book.undo import Change
from models.vocabulary import FollowUpChannel, FollowUpStatus, PromiseStatus

LINE_LIMIT = 1000

FOLLOW_UP_GONE = QT_TRANSLATE_NOOP("errors", "That follow-up no longer exists; it may have been deleted with its customer.")
PROMISE_GONE = QT_TRANSLATE_NOOP("errors", "That promise no longer exists; it may have been deleted with its visit.")
CLOSED = {
    FollowUpStatus.DONE: QT_TRANSLATE_NOOP("errors", "This follow-up is done already."),
    FollowUpStatus.DROPPED: QT_TRANSLATE_NOOP("errors", "This follow-up was dropped already."),
    PromiseStatus.KEPT: QT_TRANSLATE_NOOP("errors", "This promise is kept already."),
    PromiseStatus.BROKEN: QT_TRANSLATE_NOOP("errors", "This promise is marked broken already."),
}
SAY_WHY = QT_TRANSLATE_NOOP("errors", "Say why, in a line: it stays in the customer's history.")
SAY_WHAT = QT_TRANSLATE_NOOP("errors", "Say what happened, in a line.")
NEW_DATE_NEEDED = QT_TRANSLATE_NOOP("errors", "Choose the new date.")
NOT_IN_THE_PAST = QT_TRANSLATE_NOOP("errors", "The new date cannot be before today (%1).")
SAME_DATE = QT_TRANSLATE_NOOP("errors", "It is due on %1 already: choose another date.")
NEXT_NOT_IN_THE_PAST = QT_TRANSLATE_NOOP("errors", "The next follow-up cannot be before today (%1).")
TOO_LONG = QT_TRANSLATE_NOOP("errors", "At most %1 characters (now %2).")


@dataclass(frozen=True)
class NextFollowUp:
    """The follow-up after this one, scheduled as the rep logs this one."""

    due_on: dt.date
    channel: str = FollowUpChannel.PHONE.value
    brings: str = ""


def _now(now: dt.datetime | None) -> dt.datetime:
    return (now or dt.datetime.now()).replace(microsecond=0)


def _line(text: str, required: str | None = None) -> str:
    line = " ".join(text.split())
    if required and not line:
        raise Refused(required)
    if len(line) > LINE_LIMIT:
        raise Refused(TOO_LONG, f"{LINE_LIMIT:,}", f"{len(line):,}")
    return line


def _new_date(new_date: dt.date | None, current: dt.date | None, today: dt.date) -> dt.date:
    if new_date is None:
        raise Refused(NEW_DATE_NEEDED)
    if new_date < today:
        raise Refused(NOT_IN_THE_PAST, f"{today:%Y-%m-%d}")
    if new_date == current:
        raise Refused(SAME_DATE, f"{current:%Y-%m-%d}")
    return new_date


def _recorded(conn: Connection, table: Table, root_id: int, before: undo.Snapshot, customer_id: int,
              inserted: tuple[tuple[Table, int], ...] = ()) -> Change:
    """The change to the root row, with rows inserted beside it (they do not point at it)."""
    change = undo.changes_since(conn, table, root_id, before, customer_id=customer_id)
    extra = [undo.diff({}, undo.snapshot(conn, t, [row_id]), customer_id=customer_id) for t, row_id in inserted]
    return undo.combine(change, *extra)


def _act(db: Database, table: Table, row_id: int, opened, change) -> Change:
    """One action on an open follow-up or promise, in one transaction: ``opened(s, id)`` gives the row
    and its customer, ``change(s, row)`` changes it (and returns rows it inserted beside it); the
    customer's follow-up counts are refreshed; returns what changed, for undo."""
    with db.session() as s, s.begin():
        conn = s.connection()
        row, customer_id = opened(s, row_id)
        before = undo.snapshot(conn, table, [row_id])
        inserted = change(s, row) or ()
        s.flush()
        refresh_customers(conn, [customer_id])
        return _recorded(conn, table, row_id, before, customer_id, inserted)


# -- follow-ups ------------------------------------------------------------------------------------
def _open_follow_up(s, follow_up_id: int) -> tuple[FollowUp, int]:
    follow_up = s.get(FollowUp, follow_up_id)
    if follow_up is None:
        raise Refused(FOLLOW_UP_GONE)
    if follow_up.status is not FollowUpStatus.OPEN:
        raise Refused(CLOSED[follow_up.status])
    return follow_up, follow_up.customer_id


def done(db: Database, follow_up_id: int, what_happened: str, next_one: NextFollowUp | None = None,
         now: dt.datetime | None = None) -> Change:
    """The follow-up was made: what happened, in a line; optionally the next one, on the same opportunity."""
    now = _now(now)
    note = _line(what_happened, SAY_WHAT)
    if next_one is not None and next_one.due_on < now.date():
        raise Refused(NEXT_NOT_IN_THE_PAST, f"{now:%Y-%m-%d}")

    def change(s, follow_up: FollowUp):
        follow_up.status, follow_up.done_at, follow_up.note = FollowUpStatus.DONE, now, note
        if next_one is None:
            return ()
        following = FollowUp(customer_id=follow_up.customer_id, outcome_id=follow_up.outcome_id,
                             due_on=next_one.due_on, channel=FollowUpChannel(next_one.channel),
                             brings=_line(next_one.brings), owner=follow_up.owner)
        s.add(following)
        s.flush()
        return ((FollowUp.__table__, following.id),)

    return _act(db, FollowUp.__table__, follow_up_id, _open_follow_up, change)


def reschedule(db: Database, follow_up_id: int, new_date: dt.date | None, why: str = "",
               today: dt.date | None = None) -> Change:
    """Moved to another day: it stays open, keeps the date first planned, and says why."""
    today = today or dt.date.today()
    reason = _line(why)

    def change(_s, follow_up: FollowUp):
        day = _new_date(new_date, follow_up.due_on, today)
        follow_up.moved_from = follow_up.moved_from or follow_up.due_on
        follow_up.due_on, follow_up.move_reason, follow_up.moves = day, reason, follow_up.moves + 1

    return _act(db, FollowUp.__table__, follow_up_id, _open_follow_up, change)


def drop(db: Database, follow_up_id: int, why: str, now: dt.datetime | None = None) -> Change:
    """Not going to happen: closed as dropped, with why; it does not count as a follow-up made."""
    now = _now(now)
    reason = _line(why, SAY_WHY)

    def change(_s, follow_up: FollowUp):
        follow_up.status, follow_up.done_at, follow_up.note = FollowUpStatus.DROPPED, now, reason

    return _act(db, FollowUp.__table__, follow_up_id, _open_follow_up, change)


# -- promises --------------------------------------------------------------------------------------
def _open_promise(s, promise_id: int) -> tuple[Promise, int]:
    """The open promise and the customer it was made to (or by)."""
    promise = s.get(Promise, promise_id)
    if promise is None:
        raise Refused(PROMISE_GONE)
    if promise.status is not PromiseStatus.OPEN:
        raise Refused(CLOSED[promise.status])
    customer_id = s.scalar(select(Visit.customer_id).join(Outcome, Outcome.visit_id == Visit.id)
                           .where(Outcome.id == promise.outcome_id))
    return promise, customer_id


def keep_promise(db: Database, promise_id: int, note: str = "", now: dt.datetime | None = None) -> Change:
    now, note = _now(now), _line(note)

    def change(_s, promise: Promise):
        promise.status, promise.done_at, promise.note = PromiseStatus.KEPT, now, note

    return _act(db, Promise.__table__, promise_id, _open_promise, change)


def move_promise(db: Database, promise_id: int, new_date: dt.date | None, why: str = "",
                 today: dt.date | None = None) -> Change:
    today = today or dt.date.today()
    reason = _line(why)

    def change(_s, promise: Promise):
        day = _new_date(new_date, promise.due_on, today)
        promise.moved_from = promise.moved_from or promise.due_on
        promise.due_on, promise.move_reason = day, reason

    return _act(db, Promise.__table__, promise_id, _open_promise, change)


def break_promise(db: Database, promise_id: int, why: str, now: dt.datetime | None = None) -> Change:
    now = _now(now)
    reason = _line(why, SAY_WHY)

    def change(_s, promise: Promise):
        promise.status, promise.done_at, promise.note = PromiseStatus.BROKEN, now, reason

    return _act(db, Promise.__table__, promise_id, _open_promise, change)
