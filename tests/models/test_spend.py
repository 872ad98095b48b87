"""Tier and spend-drop rules at their boundaries."""

import pytest

from models.book.spend import TierRules, summarize
from models.vocabulary import Tier

RULES = TierRules(months=6, diamond_cents=250_00, gold_cents=150_00, silver_cents=70_00, drop_share=0.30)


def flat(cents: int, months: int = 6, year: int = 2026, last_month: int = 10):
    return [(year, m, cents) for m in range(last_month - months + 1, last_month + 1)]


@pytest.mark.parametrize("average, tier", [
    (250_00, Tier.DIAMOND), (249_99, Tier.GOLD), (150_00, Tier.GOLD), (149_99, Tier.SILVER),
    (70_00, Tier.SILVER), (69_99, Tier.NONE), (0, Tier.NONE),
])
def test_tier_thresholds_are_inclusive(average, tier):
    assert summarize(flat(average), RULES).tier == tier


def test_average_is_over_the_window_and_missing_months_count_zero():
    # Six months window Jun-Nov; only Nov has a figure: 600 / 6 = 100 a month -> silver.
    summary = summarize([(2026, 11, 600_00), (2025, 1, 999_999_00)], RULES)
    assert summary.average_cents == 100_00
    assert summary.window == ((2026, 6), (2026, 11))
    assert summary.tier == Tier.SILVER


def test_the_course_case_752_a_month():
    bills = [700_00, 800_00, 750_00, 760_00, 740_00, 762_00]
    summary = summarize([(2026, m, c) for m, c in zip(range(5, 11), bills)], RULES)
    assert summary.average_cents == 752_00


def test_drop_is_more_than_the_share_below_the_previous_average():
    history = flat(100_00, last_month=9)  # Apr-Sep at 100.00
    exactly_30 = summarize(history + [(2026, 10, 70_00)], RULES)
    assert exactly_30.change == pytest.approx(-0.30) and not exactly_30.drop
    just_over = summarize(history + [(2026, 10, 69_99)], RULES)
    assert just_over.drop
    assert just_over.baseline_cents == 100_00 and just_over.last_cents == 69_99


def test_the_long_distance_case_minus_68_percent():
    history = flat(402_02, last_month=9)
    summary = summarize(history + [(2026, 10, 128_72)], RULES)
    assert summary.drop and round(summary.change * 100) == -68
    assert summary.trend_basis_points == round((128_72 - 402_02) / 402_02 * 10_000)


def test_no_history_or_zero_baseline_is_no_drop():
    assert not summarize([(2026, 10, 5_00)], RULES).drop
    assert summarize([(2026, 10, 5_00)], RULES).change is None
    assert not summarize([(2026, 9, 0), (2026, 10, 5_00)], RULES).drop
    empty = summarize([], RULES)
    assert empty.tier == Tier.NONE and empty.average_cents is None and not empty.drop


def test_rules_are_checked():
    with pytest.raises(ValueError):
        TierRules(diamond_cents=100, gold_cents=200)
    with pytest.raises(ValueError):
        TierRules(drop_share=1.5)
    with pytest.raises(ValueError):
        TierRules(months=0)
