"""Tier and lifecycle-stage suggestions from outcomes and spend: offered, accepted or declined, never silent."""

import datetime as dt

import pytest

from models.book import customers, suggestions, undo

from models.visits import outcomes, visits
from models.book.customers import CustomerData
from models.visits.outcomes import FollowUpData, OutcomeData
from models.book.suggestions import HOLD, Reason

NOW = dt.datetime(2026, 11, 22, 12, 0)
TODAY = NOW.date()
GOLD_SPEND = {(2026, m): 200_00 for m in range(5, 11)}  # 200 a month: gold by the default rules
FALLING = {(2026, m): 500_00 for m in range(1, 10)} | {(2026, 10): 100_00}


def customer(db, **extra) -> int:
    return customers.save(db, CustomerData(name="华信科技有限公司", **extra), today=TODAY).customer_id


def stored(db, cid) -> CustomerData:
    return customers.load(db, cid)


def log(db, cid, result: str) -> None:
    vid = visits.create_visit(db, cid, NOW - dt.timedelta(hours=2), [])
    follow_up = None if result in ("won", "lost") else FollowUpData(TODAY + dt.timedelta(days=7), "phone", "news")
    outcomes.save_outcome(db, OutcomeData(visit_id=vid, result=result, follow_up=follow_up), now=NOW)


def test_the_spend_tier_is_offered_not_applied_and_accepting_changes_it(db):
    cid = customer(db, tier="silver", spend=GOLD_SPEND)
    assert stored(db, cid).tier == "silver"
    [offer] = suggestions.for_customer(db, cid, now=NOW)
    assert (offer.kind, offer.current, offer.proposed, offer.reason, offer.avg_spend_cents) == (
        "tier", "silver", "gold", Reason.SPEND, 200_00)
    assert suggestions.pending(db, NOW) == [offer]
    suggestions.decide(db, offer, accept=True, now=NOW)
    assert stored(db, cid).tier == "gold"
    assert suggestions.for_customer(db, cid, now=NOW) == [] and suggestions.pending(db, NOW) == []


def test_a_declined_suggestion_is_kept_as_it_was_and_not_asked_again_until_the_hold_ends(db):
    cid = customer(db, tier="silver", spend=GOLD_SPEND)
    [offer] = suggestions.pending(db, NOW)
    suggestions.decide(db, offer, accept=False, now=NOW)
    assert stored(db, cid).tier == "silver"
    assert suggestions.pending(db, NOW) == [] and suggestions.for_customer(db, cid, now=NOW) == []
    later = NOW + HOLD + dt.timedelta(days=1)
    assert suggestions.pending(db, later) == [offer]


def test_a_decline_holds_only_for_that_change(db):
    cid = customer(db, tier="silver", spend=GOLD_SPEND)
    suggestions.decide(db, suggestions.pending(db, NOW)[0], accept=False, now=NOW)
    data = stored(db, cid)
    data.spend = {(2026, m): 300_00 for m in range(5, 11)}  # now diamond
    customers.save(db, data, today=TODAY)
    [offer] = suggestions.pending(db, NOW)
    assert (offer.current, offer.proposed) == ("silver", "diamond")


@pytest.mark.parametrize(("stage", "result", "proposed", "reason"), [
    ("A", "won", "B", Reason.FIRST_WIN), ("D", "won", "C", Reason.RETAINED), ("E", "won", "B", Reason.WON_BACK),
    ("D", "lost", "E", Reason.LOST_IN_DECLINE), ("B", "won", None, None), ("A", "progressed", None, None)])
def test_stage_suggestions_from_an_outcome(db, stage, result, proposed, reason):
    cid = customer(db, lifecycle_stage=stage)
    log(db, cid, result)
    found = suggestions.for_customer(db, cid, outcome_result=result, now=NOW)
    assert [(s.kind, s.current, s.proposed, s.reason) for s in found] == (
        [("stage", stage, proposed, reason)] if proposed else [])
    if proposed:
        suggestions.decide(db, found[0], accept=True, now=NOW)
        data = stored(db, cid)
        assert data.lifecycle_stage == proposed and data.stage_entered_on == TODAY


def test_a_spend_drop_suggests_decline_and_declining_keeps_the_stage(db):
    cid = customer(db, lifecycle_stage="C", tier="diamond", spend=FALLING)
    [offer] = [s for s in suggestions.pending(db, NOW) if s.kind == "stage"]
    assert (offer.current, offer.proposed, offer.reason) == ("C", "D", Reason.SPEND_DROP) and offer.trend_bp < -7000
    suggestions.decide(db, offer, accept=False, now=NOW)
    assert stored(db, cid).lifecycle_stage == "C"
    assert [s for s in suggestions.pending(db, NOW) if s.kind == "stage"] == []


def test_an_answer_is_undone_with_the_customer_and_the_suggestion_comes_back(db):
    cid = customer(db, tier="silver", spend=GOLD_SPEND)
    offer = suggestions.pending(db, NOW)[0]
    change = suggestions.decide(db, offer, accept=True, now=NOW)
    undo.run(db, change, undo=True)
    assert stored(db, cid).tier == "silver" and suggestions.pending(db, NOW) == [offer]


def test_a_stale_suggestion_is_refused_when_the_customer_changed_meanwhile(db):
    from models.errors import KnownError

    cid = customer(db, tier="silver", spend=GOLD_SPEND)
    offer = suggestions.pending(db, NOW)[0]
    data = stored(db, cid)
    data.tier = "gold"
    customers.save(db, data, today=TODAY)
    with pytest.raises(KnownError):
        suggestions.decide(db, offer, accept=True, now=NOW)
    assert stored(db, cid).tier == "gold"


def test_archived_customers_are_not_suggested(db):
    cid = customer(db, tier="silver", spend=GOLD_SPEND)
    customers.set_archived(db, cid, True)
    assert suggestions.pending(db, NOW) == []
