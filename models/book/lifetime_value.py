"""Customer lifetime value (DOMAIN.md section 1), with every input it was computed from:

    expected purchases over the relationship x average purchase amount
    - the cost of acquiring the customer + net income from the customers they referred.

From the customer's own data:
- a purchase is a month with spend; purchases a year are the months with spend among the 12 months
  ending with the latest figure, and the average purchase is the mean of those months' figures;
- the expected relationship in years is a setting (models/book/settings.ValueSettings);
- the acquisition cost is the customer's own when recorded, else the default in settings;
- a referred customer's net income is their spend so far less what acquiring them cost.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.entities import Customer, MonthlySpend
from models.book.settings import ValueSettings
from models.book.spend import month_index

YEAR = 12


@dataclass(frozen=True)
class Referral:
    customer_id: int
    name: str
    spend_cents: int  # everything they have spent so far
    acquisition_cents: int

    @property
    def net_cents(self) -> int:
        return self.spend_cents - self.acquisition_cents


@dataclass(frozen=True)
class LifetimeValue:
    purchases_per_year: int
    relationship_years: float
    average_purchase_cents: int
    acquisition_cents: int
    acquisition_is_default: bool
    referrals: tuple[Referral, ...]

    @property
    def expected_purchases(self) -> float:
        return self.purchases_per_year * self.relationship_years

    @property
    def referral_net_cents(self) -> int:
        return sum(r.net_cents for r in self.referrals)

    @property
    def value_cents(self) -> int:
        return (round(self.expected_purchases * self.average_purchase_cents) - self.acquisition_cents
                + self.referral_net_cents)


def purchases(months: Iterable[tuple[int, int, int]]) -> tuple[int, int]:
    """(purchases a year, average purchase in cents) from (year, month, cents) figures."""
    by_index = {month_index(y, m): cents for y, m, cents in months}
    if not by_index:
        return 0, 0
    last = max(by_index)
    bought = [c for i, c in by_index.items() if last - YEAR < i <= last and c > 0]
    return len(bought), round(sum(bought) / len(bought)) if bought else 0


def compute(months: Iterable[tuple[int, int, int]], acquisition_cents: int | None, settings: ValueSettings,
            referrals: Iterable[Referral] = ()) -> LifetimeValue:
    count, average = purchases(months)
    own = acquisition_cents is not None
    return LifetimeValue(count, settings.relationship_years, average,
                         acquisition_cents if own else settings.acquisition_cents, not own, tuple(referrals))


def referrals_of(session: Session, customer_id: int, settings: ValueSettings) -> list[Referral]:
    """The customers this one referred, with what they have spent and what acquiring them cost."""
    spent = (select(func.coalesce(func.sum(MonthlySpend.amount_cents), 0))
             .where(MonthlySpend.customer_id == Customer.id).scalar_subquery())
    rows = session.execute(
        select(Customer.id, Customer.name, spent, Customer.acquisition_cost_cents)
        .where(Customer.referred_by_id == customer_id).order_by(Customer.name, Customer.id))
    return [Referral(cid, name, cents, settings.acquisition_cents if cost is None else cost)
            for cid, name, cents, cost in rows]


def lifetime_value(session: Session, customer_id: int, settings: ValueSettings) -> LifetimeValue:
    customer = session.get(Customer, customer_id)
    months = session.execute(select(MonthlySpend.year, MonthlySpend.month, MonthlySpend.amount_cents)
                             .where(MonthlySpend.customer_id == customer_id)).all()
    return compute(months, customer.acquisition_cost_cents if customer else None, settings,
                   referrals_of(session, customer_id, settings))
