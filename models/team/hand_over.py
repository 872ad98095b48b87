"""A customer handed over to another rep, with the work still open on it: its visits still to come, its open
follow-ups and its open promises go to the new rep; what was done stays the previous rep's. Recorded
(``hand_overs``) and undoable as one change."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update

from models.book import undo
from models.book.undo import Change
from models.entities import Customer, FollowUp, HandOver, Outcome, Promise, Visit
from models.errors import NO_CUSTOMER, NotFoundError, Refused
from models.runtime.translatable import QT_TRANSLATE_NOOP
from models.storage.db import Database
from models.team.reps import known_rep, me
from models.vocabulary import FollowUpStatus, PromiseStatus, VisitStatus

ALREADY_THEIRS = QT_TRANSLATE_NOOP("errors", "%1 is %2's customer already.")
WRITTEN = frozenset({"customers", "visits", "outcomes", "follow_ups", "promises", "hand_overs"})
TO_COME = (VisitStatus.PLANNED, VisitStatus.READY)


@dataclass(frozen=True)
class HandedOver:
    customer: str
    from_owner: str
    to_owner: str
    visits: int
    follow_ups: int
    promises: int
    change: Change


def hand_over(db: Database, customer_id: int, to: str, by: str | None = None) -> HandedOver:
    """Give the customer to the rep ``to`` with its visits to come, open follow-ups and open promises;
    ``by``: who hands it over (None: the rep using the app, models.team.reps.me)."""
    to = known_rep(db, to)
    if by is None:
        by = me(db) or ""
    with db.engine.begin() as conn:
        before = undo.snapshot(conn, Customer.__table__, [customer_id], only=WRITTEN, keeps_roots=True)
        row = conn.execute(select(Customer.name, Customer.owner).where(Customer.id == customer_id)).first()
        if row is None:
            raise NotFoundError(NO_CUSTOMER, customer_id)
        name, previous = row
        if previous == to:
            raise Refused(ALREADY_THEIRS, name, to)
        visits = conn.execute(update(Visit).where(Visit.customer_id == customer_id, Visit.status.in_(TO_COME))
                              .values(owner=to)).rowcount
        follow_ups = conn.execute(update(FollowUp).where(FollowUp.customer_id == customer_id,
                                                         FollowUp.status == FollowUpStatus.OPEN)
                                  .values(owner=to)).rowcount
        of_customer = select(Outcome.id).join(Visit, Visit.id == Outcome.visit_id).where(
            Visit.customer_id == customer_id)
        promises = conn.execute(update(Promise).where(Promise.outcome_id.in_(of_customer),
                                                      Promise.status == PromiseStatus.OPEN)
                                .values(owner=to)).rowcount
        conn.execute(update(Customer).where(Customer.id == customer_id)
                     .values(owner=to))
        conn.execute(HandOver.__table__.insert().values(
            customer_id=customer_id, from_owner=previous, to_owner=to, by=by, visits=visits,
            follow_ups=follow_ups, promises=promises))
        change = undo.changes_since(conn, Customer.__table__, customer_id, before, only=WRITTEN)
    return HandedOver(name, previous, to, visits, follow_ups, promises, change)


def hand_overs(db: Database, customer_id: int) -> list[HandOver]:
    """The customer's hand-overs, oldest first."""
    with db.session() as s:
        return list(s.scalars(select(HandOver).where(HandOver.customer_id == customer_id)
                              .order_by(HandOver.at, HandOver.id)))
