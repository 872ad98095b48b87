"""The Today lists at their boundaries."""

import datetime as dt

import pytest
from sqlalchemy import select

from models import customers, outcomes, today, visits
from models.customers import CustomerData, KeyDateData
from models.entities import FollowUp
from models.outcomes import FollowUpData, OutcomeData, PromiseData

NOW = dt.datetime(2026, 11, 22, 12, 0)
TODAY = NOW.date()


def customer(db, name="华信科技有限公司", **extra) -> int:
    return customers.save(db, CustomerData(name=name, **extra), today=TODAY).customer_id


def held_visit(db, cid, when, follow_up_on=None, promise_on=None) -> int:
    vid = visits.create_visit(db, cid, when, [])
    outcomes.save_outcome(db, OutcomeData(
        visit_id=vid, result="progressed",
        follow_up=FollowUpData(follow_up_on or when.date() + dt.timedelta(days=30), "phone", "an offer"),
        promises=[PromiseData("Send the price list", "us", promise_on)] if promise_on else []),
        now=when + dt.timedelta(hours=1))
    return vid


@pytest.mark.parametrize(("due", "listed", "overdue"), [
    (TODAY - dt.timedelta(days=1), True, True), (TODAY, True, False), (TODAY + dt.timedelta(days=1), False, False)])
def test_follow_ups_due_today_and_overdue(db, due, listed, overdue):
    cid = customer(db)
    held_visit(db, cid, dt.datetime(2026, 11, 1, 10), follow_up_on=due)
    lines = today.follow_ups_due(db, TODAY)
    assert bool(lines) is listed
    if listed:
        assert lines[0].overdue is overdue and lines[0].visit_id is not None


@pytest.mark.parametrize(("hours_ago", "listed"), [(25, True), (23, False)])
def test_visits_without_an_outcome_after_24_hours(db, hours_ago, listed):
    cid = customer(db)
    vid = visits.create_visit(db, cid, NOW - dt.timedelta(hours=hours_ago), [])
    assert [line.visit_id for line in today.visits_without_outcome(db, NOW)] == ([vid] if listed else [])


def test_promises_due(db):
    cid = customer(db)
    held_visit(db, cid, dt.datetime(2026, 11, 10, 10), promise_on=TODAY)
    held_visit(db, cid, dt.datetime(2026, 11, 11, 10), promise_on=TODAY + dt.timedelta(days=1))
    assert [line.when for line in today.promises_due(db, TODAY)] == [TODAY]


@pytest.mark.parametrize(("days_ahead", "listed"), [(0, True), (14, True), (15, False)])
def test_dates_in_the_next_14_days(db, days_ahead, listed):
    on = TODAY + dt.timedelta(days=days_ahead)
    customer(db, key_dates=[KeyDateData("birthday", on.replace(year=1980))])
    lines = today.dates_ahead(db, TODAY)
    assert [line.when for line in lines] == ([on] if listed else [])


def test_spend_drops_are_listed_worst_first(db):
    falling = {(2026, m): 500_00 for m in range(1, 10)} | {(2026, 10): 100_00}
    customer(db, name="Falling Ltd", spend=falling)
    customer(db, name="Steady Ltd", spend={(2026, m): 500_00 for m in range(1, 11)})
    assert [line.customer_name for line in today.spend_drops(db)] == ["Falling Ltd"]


@pytest.mark.parametrize(("days_ago", "listed"), [(31, True), (29, False)])
def test_customers_past_their_tier_visit_frequency(db, days_ago, listed):
    cid = customer(db, tier="diamond")  # every 30 days
    vid = visits.create_visit(db, cid, NOW - dt.timedelta(days=days_ago), [])
    outcomes.save_outcome(db, OutcomeData(visit_id=vid, result="won"))
    assert [line.customer_id for line in today.past_visit_frequency(db, NOW)] == ([cid] if listed else [])


@pytest.mark.parametrize(("done_count", "listed"), [(0, False), (1, True), (3, True), (4, False)])
def test_opportunities_stalled_at_one_to_three_follow_ups(db, done_count, listed):
    cid = customer(db)
    for i in range(max(done_count, 1)):
        held_visit(db, cid, dt.datetime(2026, 10, 1 + i, 10))
    with db.session() as s:
        ids = list(s.scalars(select(FollowUp.id).order_by(FollowUp.id)))
    for follow_up_id in ids[:done_count]:
        outcomes.complete_follow_up(db, follow_up_id, now=NOW - dt.timedelta(days=3))
    with db.session() as s, s.begin():  # none left scheduled
        for follow_up in s.scalars(select(FollowUp).where(FollowUp.done_at.is_(None))):
            s.delete(follow_up)
    assert [line.customer_id for line in today.stalled_opportunities(db)] == ([cid] if listed else [])
