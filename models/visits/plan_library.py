"""The rep's libraries of questions, FAB points and objection answers, built from every plan written.

Nothing to maintain by hand: whatever was planned (and, for objections, met) before is offered again.
Objections come first from earlier visits to this customer, then from customers of the same segment or
industry, then from the rest; within a rank, the most used and most recent first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, func, literal, or_, select
from sqlalchemy.orm import Session

from models.storage.db import Database
from models.entities import Customer, MetObjection, Outcome, PlanObjection, PlanProduct, PlanQuestion, Visit
from models.visits.visits import ProductData

LIMIT = 40

SAME_CUSTOMER, SAME_SEGMENT_OR_INDUSTRY, ELSEWHERE = 2, 1, 0


@dataclass(frozen=True)
class ObjectionSuggestion:
    objection: str
    answer: str
    rank: int  # SAME_CUSTOMER, SAME_SEGMENT_OR_INDUSTRY or ELSEWHERE


@dataclass(frozen=True)
class EarlierPlan:
    visit_id: int
    when: dt.datetime
    customer_name: str
    purpose: str
    same_customer: bool


def _rank(s: Session, customer_id: int):
    customer = s.get(Customer, customer_id)
    similar = [Customer.segment == customer.segment] if customer and customer.segment else []
    if customer and customer.industry.strip():
        similar.append(Customer.industry == customer.industry)
    return case((Visit.customer_id == customer_id, SAME_CUSTOMER),
                (or_(*similar) if similar else literal(False), SAME_SEGMENT_OR_INDUSTRY), else_=ELSEWHERE)


def questions(db: Database, customer_id: int, kind: str, this_visit: int | None = None) -> list[str]:
    with db.session() as s:
        rank = func.max(_rank(s, customer_id))
        rows = s.execute(
            select(PlanQuestion.text).join(Visit, PlanQuestion.visit_id == Visit.id)
            .join(Customer, Visit.customer_id == Customer.id)
            .where(PlanQuestion.kind == kind, Visit.id != (this_visit or -1))
            .group_by(PlanQuestion.text)
            .order_by(rank.desc(), func.count().desc(), func.max(Visit.planned_start).desc()).limit(LIMIT))
        return list(rows.scalars())


def products(db: Database, customer_id: int, this_visit: int | None = None) -> list[ProductData]:
    with db.session() as s:
        rank = func.max(_rank(s, customer_id))
        rows = s.execute(
            select(PlanProduct.product, PlanProduct.feature, PlanProduct.advantage, PlanProduct.benefit)
            .join(Visit, PlanProduct.visit_id == Visit.id).join(Customer, Visit.customer_id == Customer.id)
            .where(Visit.id != (this_visit or -1), PlanProduct.product != "")
            .group_by(PlanProduct.product, PlanProduct.feature, PlanProduct.advantage, PlanProduct.benefit)
            .order_by(rank.desc(), func.count().desc(), func.max(Visit.planned_start).desc()).limit(LIMIT))
        return [ProductData(*row) for row in rows]


def objections(db: Database, customer_id: int, this_visit: int | None = None) -> list[ObjectionSuggestion]:
    """Objections met at earlier visits (with the answer that was given) and objections planned for."""
    with db.session() as s:
        rank = _rank(s, customer_id)
        met = (select(MetObjection.said.label("objection"), MetObjection.answer.label("answer"),
                      rank.label("rank"), Visit.planned_start.label("at"))
               .join(Outcome, MetObjection.outcome_id == Outcome.id).join(Visit, Outcome.visit_id == Visit.id)
               .join(Customer, Visit.customer_id == Customer.id).where(Visit.id != (this_visit or -1)))
        planned = (select(PlanObjection.objection, PlanObjection.answer, rank.label("rank"),
                          Visit.planned_start.label("at"))
                   .join(Visit, PlanObjection.visit_id == Visit.id).join(Customer, Visit.customer_id == Customer.id)
                   .where(Visit.id != (this_visit or -1), PlanObjection.objection != ""))
        both = met.union_all(planned).subquery()
        rows = s.execute(
            select(both.c.objection, both.c.answer, func.max(both.c.rank).label("best"))
            .group_by(both.c.objection, both.c.answer)
            .order_by(func.max(both.c.rank).desc(), func.count().desc(), func.max(both.c.at).desc()).limit(LIMIT))
        return [ObjectionSuggestion(objection, answer, best) for objection, answer, best in rows]


def earlier_plans(db: Database, customer_id: int, this_visit: int | None = None, limit: int = 25) -> list[EarlierPlan]:
    """Visits whose plan can be copied: this customer's first, then others', the most recent first."""
    with db.session() as s:
        same = Visit.customer_id == customer_id
        rows = s.execute(
            select(Visit.id, Visit.planned_start, Customer.name, Visit.purpose, same)
            .join(Customer, Visit.customer_id == Customer.id)
            .where(Visit.id != (this_visit or -1), Visit.purpose != "")
            .order_by(same.desc(), Visit.planned_start.desc()).limit(limit))
        return [EarlierPlan(vid, when, name, purpose, bool(is_same)) for vid, when, name, purpose, is_same in rows]
