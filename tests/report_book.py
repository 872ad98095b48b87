"""A small book for the report tests, counted by hand in tests/models/test_report_figures.py: week 2026-W49
(30 November - 6 December), seen on Friday 4 December."""

import datetime as dt

from sqlalchemy import select

from models.book import customers
from models.book.customers import CustomerData
from models.entities import FollowUp, Outcome, Promise
from models.reports.period import Period
from models.visits import follow_ups, outcomes, visits
from models.visits.follow_ups import NextFollowUp
from models.visits.outcomes import FollowUpData, OutcomeData, PromiseData

NOW = dt.datetime(2026, 12, 4, 18, 0)
WEEK = Period.iso_week("2026-W49")
ZHANG, EMMA = "张伟", "Emma Wilson"


def at(day: int, hour: int = 10, month: int = 12) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, 0)


def held(db, cid, when, result, step=None, promises=(), follow_up=None) -> int:
    vid = visits.create_visit(db, cid, when, [])
    outcomes.save_outcome(db, OutcomeData(visit_id=vid, result=result, step_reached=step, promises=list(promises),
                                          follow_up=follow_up), now=when + dt.timedelta(hours=1))
    return vid


def open_follow_up(db, cid):
    with db.session() as s:
        return s.scalars(select(FollowUp.id).where(FollowUp.customer_id == cid, FollowUp.done_at.is_(None))).one()


def promise_ids(db, vid):
    with db.session() as s:
        return list(s.scalars(select(Promise.id).join(Outcome).where(Outcome.visit_id == vid).order_by(Promise.position)))


def build_book(db):
    """Five customers of two reps, their visits, follow-ups and promises around week 2026-W49."""
    def customer(name, owner, tier, spend=None, archived=False):
        return customers.save(db, CustomerData(name=name, owner=owner, tier=tier, spend=spend or {},
                                               archived=archived)).customer_id

    a = customer("华信科技", ZHANG, "gold", {(2026, 11): 100000, (2026, 10): 50000})
    b = customer("Acme Ltd", EMMA, "diamond", {(2026, 11): 300000, (2026, 5): 99900})
    c = customer("长城商贸", ZHANG, "silver")
    customer("东方电子", ZHANG, "diamond", {(2026, 11): 20000})  # never visited: past its tier's frequency
    customer("旧客户", ZHANG, "diamond", archived=True)  # archived: not counted

    # A: two follow-ups done (one on its date, one a day late), then won on 1 December with two promises
    held(db, a, at(10, month=11), "progressed", follow_up=FollowUpData(dt.date(2026, 11, 20)))
    follow_ups.done(db, open_follow_up(db, a), "送了资料", NextFollowUp(dt.date(2026, 11, 27), "phone", "新套餐"),
                    now=at(20, month=11))
    follow_ups.done(db, open_follow_up(db, a), "谈了价格", now=at(28, month=11))
    won = held(db, a, at(1), "won", "closing", promises=[PromiseData("送合同", "us", dt.date(2026, 12, 3)),
                                                       PromiseData("付首款", "customer", dt.date(2026, 12, 2))])
    on_time, late = promise_ids(db, won)
    follow_ups.keep_promise(db, on_time, now=at(3))
    follow_ups.keep_promise(db, late, now=at(4))

    # B: a follow-up due on 1 December dropped, a promise due then broken; a visit cancelled; one held on the 3rd
    earlier = held(db, b, at(25, month=11), "progressed", promises=[PromiseData("Send the bill", "customer",
                                                                                dt.date(2026, 12, 1))],
                   follow_up=FollowUpData(dt.date(2026, 12, 1)))
    follow_ups.drop(db, open_follow_up(db, b), "They asked us to wait", now=at(2))
    follow_ups.break_promise(db, promise_ids(db, earlier)[0], "Never came", now=at(2))
    visits.cancel_visit(db, visits.create_visit(db, b, at(2), []), "Ill")
    held(db, b, at(3), "progressed", "presentation", promises=[PromiseData("Quote", "us", dt.date(2026, 12, 5))],
         follow_up=FollowUpData(dt.date(2026, 12, 4)))
    follow_ups.done(db, open_follow_up(db, b), "Called", now=at(4, 9))

    # C: a follow-up due on 28 November still open; a visit planned on Saturday and one next week
    held(db, c, at(20, month=11), "no_decision", follow_up=FollowUpData(dt.date(2026, 11, 28)))
    visits.create_visit(db, c, at(5), [])
    visits.create_visit(db, c, at(8), [])
    return db
