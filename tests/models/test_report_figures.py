"""The report's figures against a small book counted by hand (tests/report_book.py): week 2026-W49
(30 November - 6 December), on Friday 4 December, for the team and for one rep, on both databases."""

import datetime as dt

import pytest

from models.errors import KnownError
from models.reports.figures import figures
from models.reports.period import Period
from tests.report_book import EMMA, NOW, WEEK, ZHANG, build_book


@pytest.fixture
def book(db):
    return build_book(db)


def test_the_team_s_week_counted_by_hand(book):
    f = figures(book, WEEK, now=NOW)
    assert (f.visits.total, f.visits.done, f.visits.cancelled, f.visits.open) == (4, 2, 1, 1)
    assert f.visits.results == {"won": 1, "progressed": 1}
    assert f.visits.steps == {"closing": 1, "presentation": 1}
    assert f.visits.by_rep[EMMA] == {"visits": 2, "done": 1, "cancelled": 1}
    assert f.visits.by_rep[ZHANG] == {"visits": 2, "done": 1, "won": 1}
    # due in the week: B's dropped one and B's done on the 4th; C's from 28 November is overdue
    assert (f.follow_ups.due, f.follow_ups.done, f.follow_ups.done_on_time, f.follow_ups.dropped,
            f.follow_ups.overdue) == (2, 1, 1, 1, 1)
    assert (f.promises.due, f.promises.kept_on_time, f.promises.kept_late, f.promises.broken, f.promises.open) == (
        4, 1, 1, 1, 1)
    assert f.promises.on_time_share == 0.25
    # A's opportunity ended when won; B has one follow-up done; C's first is only planned
    assert f.opportunities == {"0": 1, "1": 1, "2": 0, "3": 0, "4-11": 0, "12+": 0}
    assert f.reached_fourth == 0
    assert f.wins == {"0": 0, "1": 0, "2": 1, "3": 0, "4-11": 0, "12+": 0}  # A: won after its 2nd follow-up
    assert f.past_frequency == {"diamond": 1, "gold": 0, "silver": 0}
    assert [m for m, _ in f.spend["gold"]] == [(2026, m) for m in range(6, 12)]  # June to November
    assert dict(f.spend["gold"])[(2026, 11)] == 100000 and dict(f.spend["gold"])[(2026, 10)] == 50000
    assert dict(f.spend["diamond"])[(2026, 11)] == 320000  # (B's May is before the six months)
    assert sum(c for _, c in f.spend["diamond"]) == 320000


def test_one_rep_s_week_counted_by_hand(book):
    f = figures(book, WEEK, ZHANG, now=NOW)
    assert (f.visits.total, f.visits.done, f.visits.cancelled, f.visits.open) == (2, 1, 0, 1)
    assert list(f.visits.by_rep) == [ZHANG]
    assert (f.follow_ups.due, f.follow_ups.done, f.follow_ups.dropped, f.follow_ups.overdue) == (0, 0, 0, 1)
    assert (f.promises.due, f.promises.kept_on_time, f.promises.kept_late, f.promises.broken) == (2, 1, 1, 0)
    assert f.opportunities["0"] == 1 and sum(f.opportunities.values()) == 1
    assert f.wins["2"] == 1
    assert f.past_frequency == {"diamond": 1, "gold": 0, "silver": 0}
    assert dict(f.spend["diamond"])[(2026, 11)] == 20000


def test_the_next_week_is_the_plan_and_an_empty_week_counts_nothing(book):
    assert figures(book, WEEK.following(), now=NOW).visits.total == 1  # C on 8 December
    empty = figures(book, Period.iso_week("2026-W40"), now=NOW)
    assert empty.visits.total == 0 and empty.promises.due == 0 and empty.promises.on_time_share is None


@pytest.mark.parametrize("spelled, first", [("2026-W49", dt.date(2026, 11, 30)), ("2026w1", dt.date(2025, 12, 29)),
                                             ("2026-W53", dt.date(2026, 12, 28))])
def test_a_week_is_spelled_as_iso_weeks_are(spelled, first):
    period = Period.iso_week(spelled)
    assert period.start == first and (period.end - period.start).days == 7 and period.label.startswith(
        str(period.start.isocalendar()[0]))


@pytest.mark.parametrize("spelled, said", [
    ("2026-49", "is not a week"), ("W49", "is not a week"), ("", "is not a week"), ("0000-W01", "is not a week"),
    ("2025-W53", "2025 has no week 53: its weeks are W01 to W52"), ("2026-W0", "2026 has no week 00"),
    ("2026-W54", "2026 has no week 54: its weeks are W01 to W53")])
def test_a_week_that_is_not_one_is_a_clear_error(spelled, said):
    with pytest.raises(KnownError, match=said):
        Period.iso_week(spelled)


def test_months_and_quarters():
    assert Period.of("month", dt.date(2026, 12, 4)) == Period("month", dt.date(2026, 12, 1), dt.date(2027, 1, 1))
    quarter = Period.of("quarter", dt.date(2026, 11, 4))
    assert (quarter.start, quarter.end, quarter.label) == (dt.date(2026, 10, 1), dt.date(2027, 1, 1), "2026-Q4")
    assert quarter.following().label == "2027-Q1" and quarter.preceding().label == "2026-Q3"


def test_a_visit_done_without_an_outcome_is_in_the_results_chart(book):
    """Every visit done is in the results chart: one marked done with no outcome (an older version's, or
    another tool's) under "No outcome", so the bars add up to the visits done."""
    from sqlalchemy import update

    from models.brief.wording import Wording
    from models.entities import Visit
    from models.reports.report_text import result_bars

    with book.engine.begin() as conn:  # C's visit on Saturday the 5th
        conn.execute(update(Visit).where(Visit.planned_start == dt.datetime(2026, 12, 5, 10, 0)).values(status="done"))
    f = figures(book, WEEK, now=NOW)
    assert (f.visits.done, f.visits.unlogged) == (3, 1)
    bars = result_bars(f, Wording("en", "report"))
    assert bars[-1] == ("No outcome", 1, False) and sum(n for _label, n, _won in bars) == f.visits.done
    assert result_bars(figures(book, WEEK.preceding(), now=NOW), Wording("en", "report"))[-1][0] != "No outcome"
