"""Spend rules: VIP tier from the average monthly spend, and the spend-drop flag (DOMAIN.md section 2).

Both look at the customer's own months, ending with the latest month that has a figure:
- average: the mean over the ``months`` calendar months ending there (a month with no figure counts 0);
- tier: the highest tier whose threshold the average reaches (thresholds are settings);
- drop: the latest month is below the mean of the ``months`` months before it by more than ``drop_share``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from models.vocabulary import Tier


@dataclass(frozen=True)
class TierRules:
    """Settings of the spend rules. Amounts in cents per month."""

    months: int = 6
    diamond_cents: int = 250_00
    gold_cents: int = 150_00
    silver_cents: int = 70_00
    drop_share: float = 0.30

    def __post_init__(self) -> None:
        if not 1 <= self.months <= 36:
            raise ValueError("the average is taken over 1 to 36 months")
        if not self.diamond_cents >= self.gold_cents >= self.silver_cents >= 0:
            raise ValueError("thresholds must be diamond >= gold >= silver >= 0")
        if not 0 < self.drop_share < 1:
            raise ValueError("the drop share is between 0 and 1 (e.g. 0.3 for 30%)")

    def tier_for(self, average_cents: float) -> Tier:
        if average_cents >= self.diamond_cents:
            return Tier.DIAMOND
        if average_cents >= self.gold_cents:
            return Tier.GOLD
        if average_cents >= self.silver_cents:
            return Tier.SILVER
        return Tier.NONE


@dataclass(frozen=True)
class SpendSummary:
    """What the rules make of a customer's spend, with the figures they used."""

    tier: Tier
    average_cents: int | None  # mean over the tier window
    last_cents: int | None  # the latest month's figure
    last_month: tuple[int, int] | None  # (year, month) of the latest figure
    window: tuple[tuple[int, int], tuple[int, int]] | None  # first and last month of the tier window
    baseline_cents: int | None  # mean of the months before the latest, for the drop rule
    change: float | None  # latest vs. baseline, e.g. -0.68 for a 68% fall
    drop: bool

    @property
    def trend_basis_points(self) -> int | None:
        return None if self.change is None else round(self.change * 10_000)


NO_SPEND = SpendSummary(Tier.NONE, None, None, None, None, None, None, False)


def month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


def month_of(index: int) -> tuple[int, int]:
    return index // 12, index % 12 + 1


def summarize(months: Iterable[tuple[int, int, int]], rules: TierRules) -> SpendSummary:
    """``months``: (year, month, amount_cents) in any order, at most one figure per month."""
    by_index = {month_index(y, m): cents for y, m, cents in months}
    if not by_index:
        return NO_SPEND
    last = max(by_index)
    window = [by_index.get(i, 0) for i in range(last - rules.months + 1, last + 1)]
    average = sum(window) / rules.months
    before = [by_index.get(i, 0) for i in range(last - rules.months, last)]
    has_history = any(i < last for i in by_index)
    baseline = sum(before) / rules.months if has_history else None
    change = None
    drop = False
    if baseline:
        change = (by_index[last] - baseline) / baseline
        drop = by_index[last] < baseline * (1 - rules.drop_share)
    return SpendSummary(
        tier=rules.tier_for(average),
        average_cents=round(average),
        last_cents=by_index[last],
        last_month=month_of(last),
        window=(month_of(last - rules.months + 1), month_of(last)),
        baseline_cents=None if baseline is None else round(baseline),
        change=change,
        drop=drop,
    )
