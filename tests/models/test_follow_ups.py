"""Closing the loop in the core: follow-ups done, rescheduled, dropped; promises kept, moved, broken; each
counted where it counts, refused where it cannot be, and undone back to exactly the state before."""

import datetime as dt

import pytest
from sqlalchemy import select

from models.book import customers, undo

from models.visits import follow_ups, outcomes, timeline, visits
from models.book.customers import CustomerData
from models.entities import FollowUp, Promise
from models.errors import Refused
from models.visits.follow_ups import NextFollowUp
from models.visits.outcomes import FollowUpData, OutcomeData, PromiseData
from tests.book_dump import dump

VISIT_AT = dt.datetime(2026, 11, 10, 10, 0)
NOW = dt.datetime(2026, 11, 20, 11, 0)
TODAY = NOW.date()


@pytest.fixture
def held(db):
    """A visit held on 10 November: a follow-up due on the 20th, a promise both ways."""
    cid = customers.save(db, CustomerData(name="华信科技有限公司")).customer_id
    vid = visits.create_visit(db, cid, VISIT_AT, [])
    outcomes.save_outcome(db, OutcomeData(
        visit_id=vid, result="progressed", summary="对价格有顾虑",
        promises=[PromiseData("发送报价单", "us", TODAY), PromiseData("提供账单", "customer", TODAY)],
        follow_up=FollowUpData(TODAY, "phone", "The new 5G tariff")), now=VISIT_AT + dt.timedelta(hours=1))
    with db.session() as s:
        follow_up = s.scalars(select(FollowUp.id)).one()
        promises = list(s.scalars(select(Promise.id).order_by(Promise.position)))
    return cid, vid, follow_up, promises


def undone_exactly(db, act):
    """Run the action; its undo gives back every row as it was, its redo the state after."""
    before = dump(db)
    change = act()
    after = dump(db)
    assert after != before
    assert undo.run(db, change, undo=True).left == []
    assert dump(db) == before
    assert undo.run(db, change, undo=False).left == []
    assert dump(db) == after
    return change


def test_a_follow_up_done_counts_on_the_opportunity_and_schedules_the_next(db, held):
    cid, _vid, follow_up, _promises = held
    assert outcomes.follow_up_count(db, cid) == 0
    change = undone_exactly(db, lambda: follow_ups.done(
        db, follow_up, "  Called:   likes the tariff ", NextFollowUp(TODAY + dt.timedelta(days=7), "visit",
                                                                   "Bring the contract"), now=NOW))
    assert change.customer_id == cid and cid in change.customer_ids()
    assert outcomes.follow_up_count(db, cid) == 1
    events = [e for e in timeline.activity(db, cid) if e.kind == timeline.FOLLOW_UP]
    assert [(e.status, e.text, e.note) for e in events] == [
        ("open", "Bring the contract", ""), ("done", "The new 5G tariff", "Called: likes the tariff")]
    assert events[0].visit_id == events[1].visit_id is not None  # the next one is on the same opportunity
    with pytest.raises(Refused, match="done already"):
        follow_ups.done(db, follow_up, "again", now=NOW)
    with pytest.raises(Refused, match="Say what happened"):
        follow_ups.done(db, events[0].item_id, "   ", now=NOW)


def test_a_follow_up_rescheduled_stays_open_with_the_first_date_and_why(db, held):
    _cid, _vid, follow_up, _promises = held
    later = TODAY + dt.timedelta(days=3)
    undone_exactly(db, lambda: follow_ups.reschedule(db, follow_up, later, "客户出差", today=TODAY))
    follow_ups.reschedule(db, follow_up, later + dt.timedelta(days=1), "", today=TODAY)
    with db.session() as s:
        row = s.get(FollowUp, follow_up)
        assert (row.status.value, row.due_on, row.moved_from, row.moves, row.done_at) == (
            "open", later + dt.timedelta(days=1), TODAY, 2, None)
    with pytest.raises(Refused, match="before today"):
        follow_ups.reschedule(db, follow_up, TODAY - dt.timedelta(days=1), today=TODAY)
    with pytest.raises(Refused, match="already"):
        follow_ups.reschedule(db, follow_up, later + dt.timedelta(days=1), today=TODAY)
    with pytest.raises(Refused, match="Choose the new date"):
        follow_ups.reschedule(db, follow_up, None, today=TODAY)


def test_a_follow_up_dropped_needs_a_reason_and_is_not_counted(db, held):
    cid, _vid, follow_up, _promises = held
    with pytest.raises(Refused, match="Say why"):
        follow_ups.drop(db, follow_up, " ", now=NOW)
    undone_exactly(db, lambda: follow_ups.drop(db, follow_up, "Signed with a competitor", now=NOW))
    assert outcomes.follow_up_count(db, cid) == 0
    with db.session() as s:
        row = s.get(FollowUp, follow_up)
        assert (row.status.value, row.note, row.done_at) == ("dropped", "Signed with a competitor", NOW)


def test_promises_kept_moved_and_broken(db, held):
    cid, _vid, _follow_up, (ours, theirs) = held
    undone_exactly(db, lambda: follow_ups.keep_promise(db, ours, now=NOW))
    undone_exactly(db, lambda: follow_ups.move_promise(db, theirs, TODAY + dt.timedelta(days=5), "月底结账",
                                                       today=TODAY))
    with pytest.raises(Refused, match="Say why"):
        follow_ups.break_promise(db, theirs, "")
    change = undone_exactly(db, lambda: follow_ups.break_promise(db, theirs, "账单一直没发来", now=NOW))
    assert change.customer_ids() == {cid}
    events = {e.item_id: e for e in timeline.activity(db, cid) if e.kind == timeline.PROMISE}
    assert (events[ours].status, events[theirs].status, events[theirs].note) == ("kept", "broken", "账单一直没发来")
    assert (events[theirs].moved_from, events[theirs].move_reason) == (TODAY, "月底结账")
    with pytest.raises(Refused, match="kept already"):
        follow_ups.keep_promise(db, ours)


def test_correcting_an_outcome_keeps_what_became_of_its_promises_and_follow_up(db, held):
    cid, vid, follow_up, (ours, theirs) = held
    follow_ups.keep_promise(db, ours, now=NOW)
    follow_ups.done(db, follow_up, "Called", now=NOW)
    data = outcomes.load_outcome(db, vid)
    assert [(p.id, p.status) for p in data.promises] == [(ours, "kept"), (theirs, "open")]
    assert (data.follow_up.status, data.follow_up.note) == ("done", "Called")
    data.summary = "对价格有顾虑，但同意试用"
    data.promises.append(PromiseData("引荐IT主管", "customer", None))
    outcomes.save_outcome(db, data)
    again = outcomes.load_outcome(db, vid)
    assert [(p.id, p.text, p.status) for p in again.promises][:2] == [(ours, "发送报价单", "kept"),
                                                                     (theirs, "提供账单", "open")]
    assert again.promises[2].status == "open" and again.promises[2].id not in (ours, theirs)
    with db.session() as s:
        assert [(f.id, f.status.value) for f in s.scalars(select(FollowUp))] == [(follow_up, "done")]
    assert outcomes.follow_up_count(db, cid) == 1


def test_after_a_won_deal_a_follow_up_is_optional(db):
    cid = customers.save(db, CustomerData(name="Pioneer Hotels & Co")).customer_id
    won = visits.create_visit(db, cid, VISIT_AT, [])
    outcomes.save_outcome(db, OutcomeData(visit_id=won, result="won"))
    assert outcomes.load_outcome(db, won).follow_up is None
    check = FollowUpData(TODAY + dt.timedelta(days=30), "visit", "After-sales check")
    outcomes.save_outcome(db, OutcomeData(visit_id=won, result="won", follow_up=check))
    assert outcomes.load_outcome(db, won).follow_up.brings == "After-sales check"
    assert outcomes.suggested_follow_up("won") == "after_sales" and outcomes.suggested_follow_up("lost") == "win_back"
    assert outcomes.suggested_follow_up("progressed") is None


def test_the_timeline_is_newest_first_and_names_the_visit_of_each_line(db, held):
    cid, vid, follow_up, _promises = held
    events = timeline.activity(db, cid)
    assert [e.kind for e in events] == ["promise", "promise", "follow_up", "outcome", "visit"]
    assert all(e.visit_id == vid for e in events)
    assert events[-1].readiness.status == "done" and events[-1].readiness.result == "progressed"
    assert {e.item_id for e in events if e.is_open} >= {follow_up}
