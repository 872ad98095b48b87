"""Suggested changes of a customer's tier and lifecycle stage, from outcomes and spend.

Never applied silently: the rep accepts or declines each one, and the answer is kept. A decided change
(from, to) is not offered again for ``HOLD`` days, or until the tier or stage is something else.

The rules (DOMAIN.md section 2):
- tier: the spend rules' tier (``customers.spend_tier``, kept by models/book/summaries) differs from the
  confirmed one;
- stage, from an outcome: a won visit moves acquisition to build-up (the first deal: grow their value),
  decline to maturity (kept) and exit to build-up (won back); a lost one moves decline to exit;
- stage, from spend: a spend drop while in build-up or maturity moves to decline (early warning).
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from sqlalchemy import Integer, Select, bindparam, exists, func, select
from sqlalchemy.orm import Session

from models.book import undo
from models.book.undo import Change
from models.storage.db import Database
from models.entities import Customer, SuggestionDecision
from models.errors import KnownError, NO_CUSTOMER, NotFoundError
from models.vocabulary import LifecycleStage, OutcomeResult, Tier
from models.runtime.translatable import QT_TRANSLATE_NOOP

HOLD = dt.timedelta(days=90)
LIMIT = 100


class Reason(StrEnum):
    SPEND = "spend"  # the tier the spend rules give
    FIRST_WIN = "first_win"
    RETAINED = "retained"
    WON_BACK = "won_back"
    LOST_IN_DECLINE = "lost_in_decline"
    SPEND_DROP = "spend_drop"


TIER, STAGE = "tier", "stage"
A, B, C, D, E = (s.value for s in LifecycleStage)
OUTCOME_RULES = {
    (OutcomeResult.WON.value, A): (B, Reason.FIRST_WIN),
    (OutcomeResult.WON.value, D): (C, Reason.RETAINED),
    (OutcomeResult.WON.value, E): (B, Reason.WON_BACK),
    (OutcomeResult.LOST.value, D): (E, Reason.LOST_IN_DECLINE),
}
DROP_STAGES = (B, C)


@dataclass(frozen=True)
class Suggestion:
    customer_id: int
    customer_name: str
    kind: str  # TIER or STAGE
    current: str
    proposed: str
    reason: Reason
    avg_spend_cents: int | None = None  # the figures behind a spend reason
    trend_bp: int | None = None


def for_customer(db: Database, customer_id: int, outcome_result: str | None = None,
                 now: dt.datetime | None = None) -> list[Suggestion]:
    """What to offer for one customer now: the tier from spend, and the stage from the outcome just
    logged (``outcome_result``) or else from a spend drop."""
    now = now or dt.datetime.now()
    with db.session() as s:
        c = s.get(Customer, customer_id)
        if c is None:
            raise NotFoundError(NO_CUSTOMER, customer_id)
        found = []
        if c.spend_tier != c.tier:
            found.append(Suggestion(c.id, c.name, TIER, c.tier.value, c.spend_tier.value, Reason.SPEND,
                                    c.avg_spend_cents))
        stage = c.lifecycle_stage.value
        rule = OUTCOME_RULES.get((outcome_result, stage))
        if rule is not None:
            found.append(Suggestion(c.id, c.name, STAGE, stage, rule[0], rule[1]))
        elif c.spend_drop and stage in DROP_STAGES:
            found.append(Suggestion(c.id, c.name, STAGE, stage, D, Reason.SPEND_DROP, c.avg_spend_cents, c.trend_bp))
        return [x for x in found
                if not s.scalar(select(_decided(x.customer_id, x.kind, x.current, x.proposed, now - HOLD)))]


def pending(db: Database, now: dt.datetime | None = None, limit: int = LIMIT, where=(),
            offset: int = 0) -> list[Suggestion]:
    """Spend suggestions waiting across all customers (matching ``where``), for the Today page: tier
    changes (largest spend first), then spend drops (steepest first); ``limit`` of them from ``offset``."""
    with db.session() as s:
        return _pending(s, _pending_queries(where), {"since": (now or dt.datetime.now()) - HOLD}, limit, offset)


def pending_page(db: Database, now: dt.datetime, limit: int, offset: int = 0,
                 where=()) -> tuple[list[Suggestion], int]:
    """``pending``, and how many are waiting in all: in one session, as each session costs a team database
    round trips of its own (the pool's ping, BEGIN, ROLLBACK)."""
    queries, params = _pending_queries(where), {"since": now - HOLD}
    with db.session() as s:
        total = sum(s.scalar(count, params) or 0 for count in (queries.tiers_count, queries.drops_count))
        return _pending(s, queries, params, limit, offset), total


def _pending(s: Session, queries: _Pending, params: dict, limit: int, offset: int) -> list[Suggestion]:
    tiers_shown = s.execute(queries.tiers_page, {**params, "limit": limit, "offset": offset}).all()
    drops_shown = []
    if len(tiers_shown) < limit:  # the tier changes end on this page: the drops follow
        before = offset - (s.scalar(queries.tiers_count, params) or 0) if not tiers_shown else 0
        drops_shown = s.execute(queries.drops_page, {**params, "limit": limit - len(tiers_shown),
                                                     "offset": max(before, 0)}).all()
    found = [Suggestion(cid, name, TIER, tier.value, spend_tier.value, Reason.SPEND, avg)
             for cid, name, tier, spend_tier, _stage, avg, _trend in tiers_shown]
    found += [Suggestion(cid, name, STAGE, stage.value, D, Reason.SPEND_DROP, avg, trend)
              for cid, name, _tier, _spend_tier, stage, avg, trend in drops_shown]
    return found


class _Pending(NamedTuple):
    tiers_page: Select
    tiers_count: Select
    drops_page: Select
    drops_count: Select


def _pending_queries(where=()) -> _Pending:
    """The pages and counts of the suggestions waiting, those decided since the parameter ``since`` held
    back. Unsearched they are built once: building them and keying them for SQLAlchemy's cache took
    longer than a team database takes to answer them."""
    return _build_pending_queries(where) if where else _unsearched_queries()


@functools.cache
def _unsearched_queries() -> _Pending:
    return _build_pending_queries(())


def _build_pending_queries(where) -> _Pending:
    since = bindparam("since")
    columns = (Customer.id, Customer.name, Customer.tier, Customer.spend_tier, Customer.lifecycle_stage,
               Customer.avg_spend_cents, Customer.trend_bp)
    tiers = select(*columns).where(Customer.spend_tier != Customer.tier, Customer.archived.is_(False),
                                   ~_decided(Customer.id, TIER, Customer.tier, Customer.spend_tier, since), *where)
    drops = select(*columns).where(Customer.spend_drop.is_(True), Customer.archived.is_(False),
                                   Customer.lifecycle_stage.in_(DROP_STAGES),
                                   ~_decided(Customer.id, STAGE, Customer.lifecycle_stage, D, since), *where)
    limit, offset = bindparam("limit", type_=Integer), bindparam("offset", type_=Integer)
    return _Pending(tiers.order_by(Customer.avg_spend_cents.desc(), Customer.id).limit(limit).offset(offset),
                    select(func.count()).select_from(tiers.subquery()),
                    drops.order_by(Customer.trend_bp, Customer.id).limit(limit).offset(offset),
                    select(func.count()).select_from(drops.subquery()))


def _decided(customer_id, kind: str, from_value, to_value, since):
    """Whether the change was answered since ``since`` (the hold's start): for one customer's values, or
    (given columns) in SQL for every row of a query."""
    return exists().where(SuggestionDecision.customer_id == customer_id, SuggestionDecision.kind == kind,
                          SuggestionDecision.from_value == from_value, SuggestionDecision.to_value == to_value,
                          SuggestionDecision.decided_at >= since)


def decide(db: Database, suggestion: Suggestion, accept: bool, now: dt.datetime | None = None) -> Change:
    """Keep the rep's answer and, when accepted, make the change; one transaction, undoable (the
    change's snapshots put back the customer and the answer, so an undone answer is asked again)."""
    now = (now or dt.datetime.now()).replace(microsecond=0)
    with db.session() as s, s.begin():
        conn = s.connection()
        customer = s.get(Customer, suggestion.customer_id)
        if customer is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "The customer %1 was deleted meanwhile."),
                                suggestion.customer_name)
        before = undo.snapshot(conn, Customer.__table__, [customer.id])
        current = customer.tier.value if suggestion.kind == TIER else customer.lifecycle_stage.value
        if current != suggestion.current:
            raise KnownError(QT_TRANSLATE_NOOP("errors", "%1 was changed meanwhile; nothing was done."),
                             suggestion.customer_name)
        s.add(SuggestionDecision(customer_id=customer.id, kind=suggestion.kind, from_value=suggestion.current,
                                 to_value=suggestion.proposed, reason=suggestion.reason.value, accepted=accept,
                                 decided_at=now))
        if accept and suggestion.kind == TIER:
            customer.tier = Tier(suggestion.proposed)
        elif accept:
            customer.lifecycle_stage = LifecycleStage(suggestion.proposed)
            customer.stage_entered_on = now.date()
        s.flush()
        return undo.changes_since(conn, Customer.__table__, customer.id, before)
