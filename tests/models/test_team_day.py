"""The manager's view of the team's day, rep by rep: counted by hand on the report book, and on the demo the
reps' counts add up to the team's Today."""

import datetime as dt

import pytest

from models.visits import today
from models.visits.team_today import team_day
from tests.conftest import DEMO_TODAY
from tests.report_book import EMMA, NOW, ZHANG, at, build_book
from models.visits import visits


@pytest.fixture
def book(db):
    return build_book(db)


def test_the_team_s_day_counted_by_hand(book):
    visits.create_visit(book, 1, at(4, 16), [])  # (华信科技, Zhang's: one visit this afternoon, not held yet)
    day = team_day(book, NOW)  # Friday 4 December, 18:00
    # Zhang: C's follow-up of 28 November overdue, C's Saturday visit not ready; Emma: B has one follow-up
    # done on this opportunity and none planned (stalled)
    assert day.by_rep == {ZHANG: {"visits_today": 1, "overdue_follow_ups": 1, "tomorrow_not_ready": 1},
                          EMMA: {"stalled": 1}}
    assert day.reps == [EMMA, ZHANG] and day.total("overdue_follow_ups") == 1


def test_the_reps_days_add_up_to_the_team_s_today(demo_db):
    now = dt.datetime.combine(DEMO_TODAY, dt.time(8, 30))
    day, page = team_day(demo_db, now), today.page(demo_db, now)
    assert len(day.reps) == 5
    assert day.total("visits_today") == page.sections[today.VISITS].total > 0
    assert day.total("overdue_follow_ups") + day.total("overdue_promises") == page.sections[today.OVERDUE].total > 0
    assert day.total("stalled") == page.sections[today.STALLED_OPPORTUNITIES].total
    tomorrow = today.section(demo_db, today.VISITS, now + dt.timedelta(days=1), 500)
    assert day.total("tomorrow_not_ready") == sum(1 for line in tomorrow.lines if line.readiness.status == "planned")
    assert day.total("tomorrow_not_ready") == page.sections[today.TOMORROW].total  # (the reps' Today says so too)
    assert 0 < day.total("key_account_drops") <= page.sections[today.DROPS].total
