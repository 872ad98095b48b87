"""The Today lists at their boundaries."""

import datetime as dt

import pytest
from sqlalchemy import select

from models.book import customers

from models.visits import follow_ups, outcomes, today, visits
from models.book.customers import CustomerData, KeyDateData
from models.entities import FollowUp
from models.visits.outcomes import FollowUpData, OutcomeData, PromiseData

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


def lines(db, key, now=NOW, limit=100, **query) -> list[today.Line]:
    return today.section(db, key, now, limit, **query).lines


@pytest.mark.parametrize(("due", "section"), [
    (TODAY - dt.timedelta(days=1), today.OVERDUE), (TODAY, today.DUE_TODAY), (TODAY + dt.timedelta(days=1), None)])
def test_follow_ups_due_today_and_overdue(db, due, section):
    cid = customer(db)
    held_visit(db, cid, dt.datetime(2026, 11, 1, 10), follow_up_on=due)
    for key in (today.DUE_TODAY, today.OVERDUE):
        found = lines(db, key)
        assert bool(found) is (key == section)
        if found:
            line = found[0]
            assert line.overdue is (key == today.OVERDUE) and line.visit_id is not None
            assert (line.what, line.kind, line.number, line.text) == (today.FOLLOW_UP, "phone", 1, "an offer")


def test_what_is_due_today_is_never_hidden_by_older_lines(db):
    """300 follow-ups overdue for weeks, one due today: today's is in its own section, first."""
    cid = customer(db)
    vid = visits.create_visit(db, cid, dt.datetime(2026, 10, 1, 10), [])
    outcomes.save_outcome(db, OutcomeData(visit_id=vid, result="progressed",
                                          follow_up=FollowUpData(dt.date(2026, 10, 5), "phone", "old"),
                                          promises=[PromiseData("Send the price list", "us", TODAY)]))
    with db.session() as s, s.begin():
        s.add_all([FollowUp(customer_id=cid, due_on=dt.date(2026, 10, 1) + dt.timedelta(days=i % 40),
                            channel="visit", brings=f"older {i}") for i in range(300)])
        s.add(FollowUp(customer_id=cid, due_on=TODAY, channel="phone", brings="the new tariff"))
    page = today.page(db, NOW, {today.DUE_TODAY: 8, today.OVERDUE: 8})
    due = page.sections[today.DUE_TODAY]
    assert due.total == 2 and [(line.what, line.text) for line in due.lines] == [
        (today.FOLLOW_UP, "the new tariff"), (today.PROMISE, "Send the price list")]
    overdue = page.sections[today.OVERDUE]
    assert overdue.total == 301 and len(overdue.lines) == 8
    assert [line.when for line in overdue.lines] == sorted(line.when for line in overdue.lines)
    assert page.due == 303  # what the navigation says
    second_page = today.section(db, today.OVERDUE, NOW, 100, offset=100)
    assert second_page.total == 301 and len(second_page.lines) == 100
    assert {line.item_id for line in second_page.lines}.isdisjoint(
        line.item_id for line in today.section(db, today.OVERDUE, NOW, 100).lines)
    found = today.section(db, today.OVERDUE, NOW, 100, search="older 12")
    expected = {f"older {i}" for i in range(300) if "12" in str(i)}  # every word: 12, 112, 120-129, 212
    assert {line.text for line in found.lines} == expected and found.total == len(expected) == 13
    assert today.section(db, today.OVERDUE, NOW, 100, search="华信").total == 301  # the customer's name


@pytest.mark.parametrize(("hours_ago", "listed"), [(25, True), (23, False)])
def test_visits_without_an_outcome_after_24_hours(db, hours_ago, listed):
    cid = customer(db)
    vid = visits.create_visit(db, cid, NOW - dt.timedelta(hours=hours_ago), [])
    assert [line.visit_id for line in lines(db, today.NO_OUTCOME)] == ([vid] if listed else [])


def test_promises_due(db):
    cid = customer(db)
    held_visit(db, cid, dt.datetime(2026, 11, 10, 10), promise_on=TODAY)
    held_visit(db, cid, dt.datetime(2026, 11, 11, 10), promise_on=TODAY + dt.timedelta(days=1))
    assert [(line.when, line.what) for line in lines(db, today.DUE_TODAY)] == [(TODAY, today.PROMISE)]


@pytest.mark.parametrize(("days_ahead", "listed"), [(0, True), (14, True), (15, False)])
def test_dates_in_the_next_14_days(db, days_ahead, listed):
    on = TODAY + dt.timedelta(days=days_ahead)
    customer(db, key_dates=[KeyDateData("birthday", on.replace(year=1980))])
    assert [line.when for line in lines(db, today.DATES)] == ([on] if listed else [])
    assert today.section(db, today.DATES, NOW, 10).total == int(listed)


def test_spend_drops_are_listed_worst_first(db):
    falling = {(2026, m): 500_00 for m in range(1, 10)} | {(2026, 10): 100_00}
    customer(db, name="Falling Ltd", spend=falling)
    customer(db, name="Steady Ltd", spend={(2026, m): 500_00 for m in range(1, 11)})
    assert [line.customer_name for line in lines(db, today.DROPS)] == ["Falling Ltd"]


@pytest.mark.parametrize(("days_ago", "listed"), [(31, True), (29, False)])
def test_customers_past_their_tier_visit_frequency(db, days_ago, listed):
    cid = customer(db, tier="diamond")  # every 30 days
    vid = visits.create_visit(db, cid, NOW - dt.timedelta(days=days_ago), [])
    outcomes.save_outcome(db, OutcomeData(visit_id=vid, result="won"))
    assert [line.customer_id for line in lines(db, today.FREQUENCY)] == ([cid] if listed else [])


@pytest.mark.parametrize(("done_count", "listed"), [(0, False), (1, True), (3, True), (4, False)])
def test_opportunities_stalled_at_one_to_three_follow_ups(db, done_count, listed):
    cid = customer(db)
    for i in range(max(done_count, 1)):
        held_visit(db, cid, dt.datetime(2026, 10, 1 + i, 10))
    with db.session() as s:
        ids = list(s.scalars(select(FollowUp.id).order_by(FollowUp.id)))
    for follow_up_id in ids[:done_count]:
        follow_ups.done(db, follow_up_id, "Called", now=NOW - dt.timedelta(days=3))
    with db.session() as s, s.begin():  # none left scheduled
        for follow_up in s.scalars(select(FollowUp).where(FollowUp.done_at.is_(None))):
            s.delete(follow_up)
    assert [line.customer_id for line in lines(db, today.STALLED_OPPORTUNITIES)] == ([cid] if listed else [])


@pytest.mark.parametrize(("day", "born", "shown_on"), [
    (dt.date(2026, 12, 25), dt.date(1980, 1, 5), dt.date(2027, 1, 5)),  # across New Year
    (dt.date(2027, 2, 20), dt.date(1984, 2, 29), dt.date(2027, 2, 28)),  # the 29th on the 28th in a common year
    (dt.date(2027, 2, 14), dt.date(1984, 2, 29), dt.date(2027, 2, 28)),  # the window ends on the 28th
    (dt.date(2028, 2, 29), dt.date(1983, 2, 28), None),  # the 28th was yesterday, in a leap year
    (dt.date(2026, 11, 22), dt.date(1904, 12, 6), dt.date(2026, 12, 6)),  # a birthday without a year
])
def test_yearly_dates_ahead_at_the_edges_of_the_year(db, day, born, shown_on):
    customer(db, key_dates=[KeyDateData("birthday", born, year_known=born.year != 1904)])
    found = today.section(db, today.DATES, dt.datetime.combine(day, dt.time(9)), 10)
    assert [line.when for line in found.lines] == ([shown_on] if shown_on else []) and found.total == len(found.lines)


@pytest.mark.parametrize("search", ["", "hotels", "李"])
def test_the_pages_of_a_complete_list_are_the_whole_list_in_order(demo_db, search):
    """Show all turns pages: taken a page at a time (a further page from the index alone, then its rows),
    every section gives the same lines, in the same order, as all at once; none is left out or twice."""
    from tests.conftest import DEMO_TODAY

    now = dt.datetime.combine(DEMO_TODAY, dt.time(8, 30))
    for key in today.SECTIONS:
        whole = today.section(demo_db, key, now, 100_000, search=search)
        assert len(whole.lines) == whole.total, key
        paged, offset = [], 0
        while offset < whole.total:
            page = today.section(demo_db, key, now, 7, offset, search)
            assert page.total == whole.total and len(page.lines) == min(7, whole.total - offset), key
            paged += page.lines
            offset += 7
        assert paged == whole.lines, key
        assert today.section(demo_db, key, now, 7, offset, search).lines == []  # past the end
