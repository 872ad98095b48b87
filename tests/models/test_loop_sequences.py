"""Random sequences of what a rep does with follow-ups and promises (a Hypothesis state machine): done (with
or without the next one), rescheduled, dropped; kept, moved, broken; refused once closed; the outcome
corrected; each undone. After every step the book says what the rep did: each follow-up's and promise's
state and date, the follow-ups counted on the opportunity, and Today's lists due today and ahead."""

import datetime as dt
import shutil
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlalchemy import select

from models.book import customers, undo

from models.visits import follow_ups, outcomes, today, visits
from models.book.customers import CustomerData
from models.storage.db import open_database
from models.entities import Customer, FollowUp, Promise
from models.errors import Refused
from models.visits.follow_ups import NextFollowUp
from models.visits.outcomes import FollowUpData, OutcomeData, PromiseData
from tests.book_dump import dump, empty_book

NOW = dt.datetime(2026, 11, 20, 11, 0)
TODAY = NOW.date()
VISIT_AT = dt.datetime(2026, 11, 10, 10, 0)
REASONS = ["客户出差", "Signed with a competitor", "月底结账"]
days_ahead = st.integers(0, 20)


@dataclass(frozen=True)
class Item:
    status: str
    due_on: dt.date | None
    moved_from: dt.date | None = None


class LoopMachine(RuleBasedStateMachine):
    """One customer, one visit held with a follow-up due today and a promise each way."""

    def __init__(self):
        super().__init__()
        self.folder = tempfile.TemporaryDirectory()
        path = Path(self.folder.name) / "book.sqlite"
        shutil.copy(empty_book(), path)
        self.db = open_database(f"sqlite:///{path}")
        self.cid = customers.save(self.db, CustomerData(name="华信科技有限公司")).customer_id
        self.vid = visits.create_visit(self.db, self.cid, VISIT_AT, [])
        outcomes.save_outcome(self.db, OutcomeData(
            visit_id=self.vid, result="progressed", summary="对价格有顾虑",
            promises=[PromiseData("发送报价单", "us", TODAY), PromiseData("提供账单", "customer", TODAY)],
            follow_up=FollowUpData(TODAY, "phone", "The new 5G tariff")), now=VISIT_AT + dt.timedelta(hours=1))
        with self.db.session() as s:
            self.follow_ups = {f.id: Item("open", f.due_on) for f in s.scalars(select(FollowUp))}
            self.promises = {p.id: Item("open", p.due_on) for p in s.scalars(select(Promise))}
        self.history: list[tuple[undo.Change, dict, dict, dict]] = []  # (change, book before, follow-ups, promises)

    def teardown(self):
        self.db.close()
        self.folder.cleanup()

    # -- helpers -----------------------------------------------------------------------------------
    @staticmethod
    def pick(items: dict[int, Item], index: int, status: str | None = "open") -> int | None:
        ids = sorted(i for i, item in items.items() if status is None or item.status == status)
        return ids[index % len(ids)] if ids else None

    def act(self, action) -> None:
        before = (dump(self.db), dict(self.follow_ups), dict(self.promises))
        change = action()
        self.history.append((change, *before))

    def has(self, items: str, status: str = "open") -> bool:
        return any(item.status == status for item in getattr(self, items).values())

    # -- follow-ups --------------------------------------------------------------------------------
    @precondition(lambda self: self.has("follow_ups"))
    @rule(index=st.integers(0, 10), next_in=st.none() | days_ahead)
    def follow_up_done(self, index, next_in):
        fid = self.pick(self.follow_ups, index)
        following = NextFollowUp(TODAY + dt.timedelta(days=next_in), "visit", "Bring the contract") \
            if next_in is not None else None
        self.act(lambda: follow_ups.done(self.db, fid, "Called: likes the tariff", following, now=NOW))
        self.follow_ups[fid] = replace(self.follow_ups[fid], status="done")
        if following is not None:
            with self.db.session() as s:
                new_id = s.scalar(select(FollowUp.id).order_by(FollowUp.id.desc()).limit(1))
            self.follow_ups[new_id] = Item("open", following.due_on)

    @precondition(lambda self: self.has("follow_ups"))
    @rule(index=st.integers(0, 10), days=days_ahead, why=st.sampled_from(REASONS + [""]))
    def reschedule(self, index, days, why):
        fid = self.pick(self.follow_ups, index)
        item, day = self.follow_ups[fid], TODAY + dt.timedelta(days=days)
        if day == item.due_on:
            with pytest.raises(Refused, match="already"):
                follow_ups.reschedule(self.db, fid, day, why, today=TODAY)
            return
        self.act(lambda: follow_ups.reschedule(self.db, fid, day, why, today=TODAY))
        self.follow_ups[fid] = replace(item, due_on=day, moved_from=item.moved_from or item.due_on)

    @precondition(lambda self: self.has("follow_ups"))
    @rule(index=st.integers(0, 10), why=st.sampled_from(REASONS))
    def drop(self, index, why):
        fid = self.pick(self.follow_ups, index)
        self.act(lambda: follow_ups.drop(self.db, fid, why, now=NOW))
        self.follow_ups[fid] = replace(self.follow_ups[fid], status="dropped")

    # -- promises ----------------------------------------------------------------------------------
    @precondition(lambda self: self.has("promises"))
    @rule(index=st.integers(0, 10))
    def keep(self, index):
        pid = self.pick(self.promises, index)
        self.act(lambda: follow_ups.keep_promise(self.db, pid, now=NOW))
        self.promises[pid] = replace(self.promises[pid], status="kept")

    @precondition(lambda self: self.has("promises"))
    @rule(index=st.integers(0, 10), days=days_ahead, why=st.sampled_from(REASONS + [""]))
    def move(self, index, days, why):
        pid = self.pick(self.promises, index)
        item, day = self.promises[pid], TODAY + dt.timedelta(days=days)
        if day == item.due_on:
            with pytest.raises(Refused, match="already"):
                follow_ups.move_promise(self.db, pid, day, why, today=TODAY)
            return
        self.act(lambda: follow_ups.move_promise(self.db, pid, day, why, today=TODAY))
        self.promises[pid] = replace(item, due_on=day, moved_from=item.moved_from or item.due_on)

    @precondition(lambda self: self.has("promises"))
    @rule(index=st.integers(0, 10), why=st.sampled_from(REASONS))
    def broken(self, index, why):
        pid = self.pick(self.promises, index)
        self.act(lambda: follow_ups.break_promise(self.db, pid, why, now=NOW))
        self.promises[pid] = replace(self.promises[pid], status="broken")

    # -- what cannot be done -----------------------------------------------------------------------
    @precondition(lambda self: any(item.status != "open" for item in [*self.follow_ups.values(),
                                                                       *self.promises.values()]))
    @rule(index=st.integers(0, 10), what=st.sampled_from(["done", "reschedule", "drop", "keep", "move", "break"]))
    def again_on_a_closed_one(self, index, what):
        """A line acted on twice (a stale list, a second window): refused, and nothing changes."""
        closed_follow_up = next((i for i in sorted(self.follow_ups) if self.follow_ups[i].status != "open"), None)
        closed_promise = next((i for i in sorted(self.promises) if self.promises[i].status != "open"), None)
        later = TODAY + dt.timedelta(days=index + 21)
        calls = {"done": (closed_follow_up, lambda i: follow_ups.done(self.db, i, "again", now=NOW)),
                 "reschedule": (closed_follow_up, lambda i: follow_ups.reschedule(self.db, i, later, today=TODAY)),
                 "drop": (closed_follow_up, lambda i: follow_ups.drop(self.db, i, "again", now=NOW)),
                 "keep": (closed_promise, lambda i: follow_ups.keep_promise(self.db, i, now=NOW)),
                 "move": (closed_promise, lambda i: follow_ups.move_promise(self.db, i, later, today=TODAY)),
                 "break": (closed_promise, lambda i: follow_ups.break_promise(self.db, i, "again", now=NOW))}
        target, call = calls[what]
        if target is None:
            return
        before = dump(self.db)
        with pytest.raises(Refused, match="already"):
            call(target)
        assert dump(self.db) == before

    # -- the outcome corrected, and undo -----------------------------------------------------------
    @rule(summary=st.sampled_from(["对价格有顾虑，但同意试用", "Agreed to a trial"]))
    def correct_the_outcome(self, summary):
        """Re-saving the outcome (as the form does, with what it loaded) changes none of what became of
        its promises and follow-ups."""
        data = outcomes.load_outcome(self.db, self.vid)
        outcomes.save_outcome(self.db, replace(data, summary=summary), now=NOW)
        self.history.clear()  # (not on the core's undo history: the window records it as a whole)

    @precondition(lambda self: self.history)
    @rule()
    def undo_last(self):
        change, before, self.follow_ups, self.promises = self.history.pop()
        assert undo.run(self.db, change, undo=True).left == []
        assert dump(self.db) == before

    # -- what the book says ------------------------------------------------------------------------
    @invariant()
    def each_item_is_as_the_rep_left_it(self):
        with self.db.session() as s:
            stored = {f.id: (Item(f.status.value, f.due_on, f.moved_from), f.done_at is None)
                      for f in s.scalars(select(FollowUp))}
            promised = {p.id: (Item(p.status.value, p.due_on, p.moved_from), p.done_at is None)
                        for p in s.scalars(select(Promise))}
            counts = s.execute(select(Customer.follow_ups_done, Customer.follow_ups_open)
                               .where(Customer.id == self.cid)).one()
        assert {i: item for i, (item, _open) in stored.items()} == self.follow_ups
        assert {i: item for i, (item, _open) in promised.items()} == self.promises
        assert all(is_open == (item.status == "open") for item, is_open in [*stored.values(), *promised.values()])
        statuses = [item.status for item in self.follow_ups.values()]
        assert tuple(counts) == (statuses.count("done"), statuses.count("open"))

    @invariant()
    def today_lists_what_is_open_and_due_today(self):
        section = today.section(self.db, today.DUE_TODAY, NOW, 100)
        shown = sorted((line.what, line.item_id) for line in section.lines)
        due = sorted([(today.FOLLOW_UP, i) for i, item in self.follow_ups.items()
                      if item.status == "open" and item.due_on == TODAY]
                     + [(today.PROMISE, i) for i, item in self.promises.items()
                        if item.status == "open" and item.due_on == TODAY])
        assert shown == due and section.total == len(due)
        assert today.section(self.db, today.OVERDUE, NOW, 100).total == 0  # nothing open is ever moved into the past


LoopMachine.TestCase.settings = settings(max_examples=15, stateful_step_count=15, deadline=None,
                                         suppress_health_check=[HealthCheck.too_slow])
test_loop_sequences = LoopMachine.TestCase
