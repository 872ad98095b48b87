"""Logging outcomes: the follow-up they schedule, validation, round trip, and the follow-up count."""

import datetime as dt
from dataclasses import replace

import pytest

from models.book import customers

from models.visits import follow_ups, outcomes, visits
from models.book.customers import CustomerData
from models.visits.outcomes import FollowUpData, InvalidOutcome, ObjectionMetData, OutcomeData, PromiseData
from models.visits.visit_context import briefing
from models.visits.plan_library import objections as suggested_objections

VISIT_AT = dt.datetime(2026, 11, 20, 10, 0)


@pytest.fixture
def visit_id(db):
    cid = customers.save(db, CustomerData(name="华信科技有限公司", segment="business")).customer_id
    return visits.create_visit(db, cid, VISIT_AT, [])


def sample(visit_id) -> OutcomeData:
    return OutcomeData(
        visit_id=visit_id, result="progressed", step_reached="presentation", summary="看了方案，对价格有顾虑",
        signal_keys=["nodding", "asks_how_soon"], signals="问了安装时间",
        objections=[ObjectionMetData("太贵了", "price", "按天算不到一杯咖啡", resolved=False)],
        promises=[PromiseData("发送报价单", "us", dt.date(2026, 11, 22)), PromiseData("提供账单", "customer", None)],
        agreed="试用一个月", amount_cents=120_000, next_step="发送合同",
        follow_up=FollowUpData(dt.date(2026, 11, 27), "visit", "带上试用协议和优惠"))


def test_an_outcome_round_trips_and_marks_the_visit_done(db, visit_id):
    outcomes.save_outcome(db, sample(visit_id))
    loaded = outcomes.load_outcome(db, visit_id)
    assert all(p.id is not None for p in loaded.promises)
    assert replace(loaded, promises=[replace(p, id=None) for p in loaded.promises]) == sample(visit_id)
    assert visits.load_plan(db, visit_id).status == "done"


def test_an_open_result_needs_a_follow_up_and_an_ending_one_drops_it(db, visit_id):
    data = sample(visit_id)
    data.follow_up = None
    with pytest.raises(InvalidOutcome) as caught:
        outcomes.save_outcome(db, data)
    assert set(caught.value.errors) == {"follow_up"}
    outcomes.save_outcome(db, sample(visit_id))
    won = sample(visit_id)
    won.result, won.follow_up = "won", None
    outcomes.save_outcome(db, won)
    assert outcomes.load_outcome(db, visit_id).follow_up is None


def test_a_follow_up_before_the_visit_or_without_a_result_is_refused(db, visit_id):
    data = sample(visit_id)
    data.result = None
    data.follow_up = FollowUpData(dt.date(2026, 11, 19))
    with pytest.raises(InvalidOutcome) as caught:
        outcomes.save_outcome(db, data)
    assert set(caught.value.errors) == {"result"}
    data.result = "no_decision"
    with pytest.raises(InvalidOutcome, match="before the visit"):
        outcomes.save_outcome(db, data)
    assert outcomes.load_outcome(db, visit_id) is None


def test_a_follow_up_that_brings_nothing_is_flagged(visit_id):
    data = sample(visit_id)
    assert not outcomes.follow_up_flagged(data)
    data.follow_up.brings = "  "
    assert outcomes.follow_up_flagged(data)


def test_cancelled_result_cancels_the_visit(db, visit_id):
    data = OutcomeData(visit_id=visit_id, result="cancelled")
    outcomes.save_outcome(db, data)
    assert visits.load_plan(db, visit_id).status == "cancelled"


def test_objections_and_promises_feed_planning(db, visit_id):
    outcomes.save_outcome(db, sample(visit_id))
    plan = visits.load_plan(db, visit_id)
    later = visits.create_visit(db, plan.customer_id, VISIT_AT + dt.timedelta(days=10), [])
    assert [o.objection for o in suggested_objections(db, plan.customer_id, later)] == ["太贵了"]
    context = briefing(db, plan.customer_id, VISIT_AT + dt.timedelta(days=10), this_visit=later)
    assert [(p.by, p.text) for p in context.open_promises] == [("us", "发送报价单"), ("customer", "提供账单")]
    assert context.last_visit.next_step == "发送合同"


def test_follow_ups_are_counted_on_the_current_opportunity(db, visit_id):
    from sqlalchemy import select

    from models.entities import FollowUp

    plan = visits.load_plan(db, visit_id)
    assert outcomes.follow_up_count(db, plan.customer_id) == 0
    outcomes.save_outcome(db, sample(visit_id), now=VISIT_AT + dt.timedelta(hours=2))
    with db.session() as s:
        follow_up = s.scalars(select(FollowUp)).one()
    follow_ups.done(db, follow_up.id, "Called: agreed to a trial", now=dt.datetime(2026, 11, 27, 15))
    assert outcomes.follow_up_count(db, plan.customer_id) == 1
    # winning ends the opportunity: the count starts again
    second = visits.create_visit(db, plan.customer_id, dt.datetime(2026, 12, 1, 10), [])
    outcomes.save_outcome(db, OutcomeData(visit_id=second, result="won"), now=dt.datetime(2026, 12, 1, 12))
    assert outcomes.follow_up_count(db, plan.customer_id) == 0


def test_a_draft_is_kept_on_the_visit_until_the_outcome_is_saved(db, visit_id):
    from models.visits import outcome_drafts

    assert outcome_drafts.load_draft(db, visit_id) is None
    draft = sample(visit_id)
    draft.summary = "草稿 & <b>未保存</b>"
    outcome_drafts.save_draft(db, draft)
    assert outcome_drafts.load_draft(db, visit_id) == draft
    outcomes.save_outcome(db, draft)
    assert outcome_drafts.load_draft(db, visit_id) is None
    outcome_drafts.save_draft(db, draft)
    outcome_drafts.discard_draft(db, visit_id)
    assert outcome_drafts.load_draft(db, visit_id) is None
    assert outcome_drafts.from_json('{"version": 99, "outcome": {"what": 1}}') is None  # unreadable: no draft
