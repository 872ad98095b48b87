"""After the visit: the outcome, the objections met, the promises both ways, and the follow-up it schedules.

Every outcome that leaves the matter open schedules a follow-up (date, channel, and what it brings the
customer); a follow-up that brings nothing is allowed but flagged. After a result that ends the matter a
follow-up is optional: an after-sales check once won, a win-back date once lost. The follow-ups on the
current opportunity (since the last outcome that ended one) are counted: most sales come from the 4th to
the 11th (models.visits.follow_ups closes them).

Correcting an outcome keeps what became of its promises and its follow-up: a promise kept stays kept (the
form sends each promise back with its id), and a follow-up already done or dropped is left as it is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import delete, select

from models.book import validation
from models.storage.db import Database
from models.entities import Customer, FollowUp, MetObjection, Outcome, Promise, Visit
from models.errors import KnownError, NO_CUSTOMER, NO_VISIT, NotFoundError
from models.book.summaries import ENDING, refresh_customers
from models.runtime.translatable import QT_TRANSLATE_NOOP
from models.vocabulary import (
    ClosingSignal,
    CycleStep,
    FollowUpChannel,
    FollowUpStatus,
    ObjectionCategory,
    OutcomeResult,
    PromiseBy,
    PromiseStatus,
    VisitStatus,
)

ENDING_RESULTS = frozenset(ENDING)  # won, lost, cancelled: the opportunity is over
TEXT_LIMIT = 10_000
LINE_LIMIT = 1_000  # a promise, what the customer objected


@dataclass
class ObjectionMetData:
    said: str
    category: str = ObjectionCategory.OTHER.value
    answer: str = ""
    resolved: bool = False


@dataclass
class PromiseData:
    text: str
    by: str = PromiseBy.US.value
    due_on: dt.date | None = None
    id: int | None = None  # a promise stored already: its state is kept
    status: str = PromiseStatus.OPEN.value  # (read only: models.visits.follow_ups changes it)
    done_at: dt.datetime | None = None


@dataclass
class FollowUpData:
    due_on: dt.date
    channel: str = FollowUpChannel.PHONE.value
    brings: str = ""
    status: str = FollowUpStatus.OPEN.value  # (read only: a follow-up done or dropped is not changed here)
    done_at: dt.datetime | None = None
    note: str = ""


@dataclass
class OutcomeData:
    visit_id: int
    result: str | None = None
    step_reached: str | None = None
    summary: str = ""
    signal_keys: list[str] = field(default_factory=list)
    signals: str = ""
    objections: list[ObjectionMetData] = field(default_factory=list)
    promises: list[PromiseData] = field(default_factory=list)
    agreed: str = ""
    amount_cents: int | None = None
    next_step: str = ""
    follow_up: FollowUpData | None = None


class InvalidOutcome(KnownError):
    def __init__(self, errors: dict[str, str]):
        super().__init__(QT_TRANSLATE_NOOP("errors", "The outcome was not saved: %1"), "; ".join(errors.values()))
        self.errors = errors


def ends_the_matter(result: str | None) -> bool:
    return result in ENDING_RESULTS


def validate(data: OutcomeData, visit_day: dt.date) -> dict[str, str]:
    problem = validation.problem
    found: dict[str, str | None] = {}
    if data.result is None:
        found["result"] = problem(QT_TRANSLATE_NOOP("validation", "Choose the result of the visit."))
    elif not ends_the_matter(data.result) and data.follow_up is None:
        found["follow_up"] = problem(QT_TRANSLATE_NOOP("validation", "Set the follow-up date: this result leaves the "
                                                                     "matter open."))
    if data.result is not None and data.follow_up is not None \
            and data.follow_up.status == FollowUpStatus.OPEN.value and data.follow_up.due_on < visit_day:
        found["follow_up"] = problem(QT_TRANSLATE_NOOP("validation", "The follow-up cannot be before the visit."))
    for name in ("summary", "signals", "agreed", "next_step"):
        found[name] = validation.too_long(getattr(data, name), TEXT_LIMIT)
    if data.amount_cents is not None and data.amount_cents < 0:
        found["amount"] = problem(validation.NEGATIVE)
    for i, objection in enumerate(data.objections):
        if not objection.said.strip() and (objection.answer.strip()):
            found[f"objections.{i}"] = problem(QT_TRANSLATE_NOOP("validation", "Write what the customer said."))
        else:  # (the column's width: PostgreSQL refuses more)
            found[f"objections.{i}"] = validation.too_long(objection.said, LINE_LIMIT)
    for i, promise in enumerate(data.promises):
        if promise.due_on is not None and promise.due_on < visit_day:
            found[f"promises.{i}"] = problem(QT_TRANSLATE_NOOP("validation", "A promise cannot be due before the visit."))
        else:
            found[f"promises.{i}"] = validation.too_long(promise.text, LINE_LIMIT)
    return {path: message for path, message in found.items() if message}


def suggested_follow_up(result: str | None) -> str | None:
    """What a follow-up after this result is for: None while the matter is open (a follow-up is required
    then), else "after_sales" once won, "win_back" once lost, "rearrange" once cancelled."""
    return {OutcomeResult.WON.value: "after_sales", OutcomeResult.LOST.value: "win_back",
            OutcomeResult.CANCELLED.value: "rearrange"}.get(result or "")


def follow_up_flagged(data: OutcomeData) -> bool:
    """A follow-up should bring something (news, an offer, help), never a bare "have you thought about it?"."""
    return data.follow_up is not None and not data.follow_up.brings.strip()


# -- reading ---------------------------------------------------------------------------------------
def load_outcome(db: Database, visit_id: int) -> OutcomeData | None:
    with db.session() as s:
        outcome = s.scalars(select(Outcome).where(Outcome.visit_id == visit_id)).first()
        if outcome is None:
            if s.get(Visit, visit_id) is None:
                raise NotFoundError(NO_VISIT, visit_id)
            return None
        follow_up = _scheduled(s, outcome)
        return OutcomeData(
            visit_id=visit_id, result=outcome.result.value,
            step_reached=outcome.step_reached.value if outcome.step_reached else None, summary=outcome.summary,
            signal_keys=[k for k in outcome.signal_keys.split(",") if k], signals=outcome.signals,
            objections=[ObjectionMetData(o.said, o.category.value, o.answer, o.resolved) for o in outcome.objections],
            promises=[PromiseData(p.text, p.by.value, p.due_on, p.id, p.status.value, p.done_at)
                      for p in outcome.promises],
            agreed=outcome.agreed, amount_cents=outcome.amount_cents, next_step=outcome.next_step,
            follow_up=FollowUpData(follow_up.due_on, follow_up.channel.value, follow_up.brings, follow_up.status.value,
                                   follow_up.done_at, follow_up.note) if follow_up else None,
        )


def _scheduled(s, outcome: Outcome) -> FollowUp | None:
    """The follow-up the outcome scheduled: its first (a follow-up done may have scheduled the next ones)."""
    return s.scalars(select(FollowUp).where(FollowUp.outcome_id == outcome.id).order_by(FollowUp.id)).first()


def follow_up_count(db: Database, customer_id: int) -> int:
    """Follow-ups done on the customer's current opportunity: since the last outcome that ended one
    (kept on the customer by models.book.summaries)."""
    with db.session() as s:
        count = s.scalar(select(Customer.follow_ups_done).where(Customer.id == customer_id))
        if count is None:
            raise NotFoundError(NO_CUSTOMER, customer_id)
        return count


# -- writing ---------------------------------------------------------------------------------------
def save_outcome(db: Database, data: OutcomeData, now: dt.datetime | None = None) -> int:
    """Log (or correct) the outcome of a visit in one transaction; returns the outcome's id. The visit
    becomes done (cancelled if the result says so), and its open follow-up is scheduled or updated."""
    now = now or dt.datetime.now().replace(microsecond=0)
    with db.session() as s, s.begin():
        visit = s.get(Visit, data.visit_id)
        if visit is None:
            raise NotFoundError(NO_VISIT, data.visit_id)
        errors = validate(data, visit.planned_start.date())
        if errors:
            raise InvalidOutcome(errors)
        outcome = s.scalars(select(Outcome).where(Outcome.visit_id == visit.id)).first()
        if outcome is None:
            outcome = Outcome(visit_id=visit.id, logged_at=now)
            s.add(outcome)
        outcome.result = OutcomeResult(data.result)
        outcome.step_reached = CycleStep(data.step_reached) if data.step_reached else None
        outcome.summary, outcome.signals = data.summary, data.signals
        outcome.signal_keys = ",".join(ClosingSignal(k).value for k in data.signal_keys)
        outcome.agreed, outcome.amount_cents, outcome.next_step = data.agreed, data.amount_cents, data.next_step.strip()
        s.flush()
        s.execute(delete(MetObjection).where(MetObjection.outcome_id == outcome.id))
        s.add_all([MetObjection(outcome_id=outcome.id, position=i, category=ObjectionCategory(o.category),
                                said=o.said.strip(), answer=o.answer, resolved=o.resolved)
                   for i, o in enumerate(o for o in data.objections if o.said.strip())])
        _write_promises(s, outcome, [p for p in data.promises if p.text.strip()])
        _schedule(s, visit, outcome, data.follow_up)
        visit.status = VisitStatus.CANCELLED if data.result == OutcomeResult.CANCELLED.value else VisitStatus.DONE
        visit.outcome_draft = None
        s.flush()
        s.expire(outcome, ["objections", "promises", "follow_ups"])
        refresh_customers(s.connection(), [visit.customer_id])
        return outcome.id


def _write_promises(s, outcome: Outcome, promises: list[PromiseData]) -> None:
    """The promises as the form has them, row by row: one sent back with its id keeps its state (kept,
    broken, moved); a new one is added; one no longer in the form goes."""
    existing = {p.id: p for p in s.scalars(select(Promise).where(Promise.outcome_id == outcome.id))}
    wanted = {p.id for p in promises if p.id is not None}
    for promise_id, promise in existing.items():
        if promise_id not in wanted:
            s.delete(promise)
    s.flush()
    for position, data in enumerate(promises):
        promise = existing.get(data.id) if data.id is not None else None
        if promise is None:
            promise = Promise(outcome_id=outcome.id, owner=outcome.visit.owner)
            s.add(promise)
        promise.position, promise.by, promise.text, promise.due_on = position, PromiseBy(data.by), data.text.strip(), data.due_on
    s.expire(outcome, ["promises"])


def _schedule(s, visit: Visit, outcome: Outcome, follow_up: FollowUpData | None) -> None:
    """The outcome's follow-up: created, moved, or taken away when no longer wanted. One done or dropped
    already is history and stays as it is."""
    existing = _scheduled(s, outcome)
    if existing is not None and existing.status is not FollowUpStatus.OPEN:
        return
    if follow_up is None:
        if existing is not None:
            s.delete(existing)
        return
    if existing is None:
        existing = FollowUp(customer_id=visit.customer_id, outcome_id=outcome.id, owner=visit.owner)
        s.add(existing)
    existing.due_on = follow_up.due_on
    existing.channel = FollowUpChannel(follow_up.channel)
    existing.brings = follow_up.brings.strip()
