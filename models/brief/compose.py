"""Everything one visit brief prints, gathered from the database as plain data (no reportlab here)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import select

from models.visits import plan_templates, visits
from models.book.settings import load_currency, load_tier_rules
from models.storage.db import Database
from models.entities import Customer, MonthlySpend, Outcome, Visit
from models.errors import KnownError
from models.book.spend import month_index, month_of
from models.visits.visit_context import Briefing, PersonChoice, by_customer, briefings
from models.visits.visits import ChecklistEntry, PlanData
from models.vocabulary import VisitStatus

HISTORY = 3
SPARK_MONTHS = 12


@dataclass(frozen=True)
class PastVisit:
    when: dt.datetime
    purpose: str
    result: str | None
    next_step: str


@dataclass(frozen=True)
class BriefData:
    plan: PlanData
    context: Briefing
    checklist: list[ChecklistEntry]
    rep: str
    opening_line: str  # the plan's, with any placeholder still in it filled or its clause left out
    currency: str
    spend: list[tuple[tuple[int, int], int]]  # the last 12 months ((year, month), cents), oldest first
    average_months: int  # the customer's average spend (context.avg_spend_cents) is over this many months
    history: list[PastVisit]
    follow_ups: int  # done on the current opportunity

    @property
    def meeting(self) -> list[PersonChoice]:
        """The people chosen for this visit, in the plan's order."""
        people = {p.id: p for p in self.context.people}
        return [people[i] for i in self.plan.contact_ids if i in people]


class NothingToPrint(KnownError):
    pass


def compose_brief(db: Database, visit_id: int) -> BriefData:
    return compose_briefs(db, [visit_id])[0]


def compose_briefs(db: Database, visit_ids: list[int]) -> list[BriefData]:
    """The briefs of the visits (one, or a day sheet's), in the order asked, from a few queries for all
    of them (one per table) instead of some twenty per visit."""
    plans = visits.load_plans(db, visit_ids)
    contexts = briefings(db, [(plan.customer_id, plan.planned_start, plan.id) for plan, _checklist in plans])
    ids = {plan.customer_id for plan, _checklist in plans}
    latest = max((plan.planned_start for plan, _checklist in plans), default=dt.datetime.min)
    with db.session() as s:
        rep = plan_templates.load_rep(s)
        currency = load_currency(s)
        average_months = load_tier_rules(s).months
        months = by_customer(s.execute(select(MonthlySpend.customer_id, MonthlySpend.year, MonthlySpend.month,
                                               MonthlySpend.amount_cents).where(MonthlySpend.customer_id.in_(ids))))
        earlier = by_customer(s.execute(
            select(Visit.customer_id, Visit.id, Visit.planned_start, Visit.purpose, Outcome.result, Outcome.next_step,
                   Visit.next_step)
            .outerjoin(Outcome, Outcome.visit_id == Visit.id)
            .where(Visit.customer_id.in_(ids), Visit.planned_start < latest, Visit.status != VisitStatus.CANCELLED)
            .order_by(Visit.planned_start.desc(), Visit.id.desc())))
        follow_ups = dict(s.execute(select(Customer.id, Customer.follow_ups_done).where(Customer.id.in_(ids))).all())
    briefs = []
    for (plan, checklist), context in zip(plans, contexts):
        history = [PastVisit(when, purpose, result.value if result else None, outcome_next or plan_next)
                   for visit_id, when, purpose, result, outcome_next, plan_next in earlier[plan.customer_id]
                   if when < plan.planned_start and visit_id != plan.id][:HISTORY]
        data = BriefData(
            plan=plan, context=context, checklist=checklist,
            rep=" · ".join(part for part in (rep.name, rep.company) if part), opening_line="", currency=currency,
            average_months=average_months,
            spend=last_months(months[plan.customer_id]), follow_ups=follow_ups.get(plan.customer_id) or 0,
            history=history)
        contact = (data.meeting or context.people[:1] or [None])[0]
        opening = plan_templates.fill_opening(
            plan.opening_line, plan_templates.opening_values(contact, context.customer_name, rep, plan.purpose))
        briefs.append(replace(data, opening_line=opening))
    return briefs


def last_months(months, count: int = SPARK_MONTHS) -> list[tuple[tuple[int, int], int]]:
    """The ``count`` months up to the latest figure, with 0 for months without one."""
    by_index = {month_index(y, m): cents for y, m, cents in months}
    if not by_index:
        return []
    last = max(by_index)
    return [(month_of(i), by_index.get(i, 0)) for i in range(last - count + 1, last + 1)]
