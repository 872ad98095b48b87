"""Random sequences of creates, edits, deletes, imports, undos and redos over a small book (a Hypothesis
state machine): undoing the last action always gives back the book exactly as it was before it, so
undoing everything gives back the start and undoing the last k actions leaves every earlier action's
rows intact; redo gives back the book as it was after the action."""

import datetime as dt
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, precondition, rule

from models.book import customers, undo
from models.book.customers import ChannelData, ContactData, CustomerData, KeyDateData
from models.storage.db import open_database
from models.interchange.importer import source
from models.interchange.store import scan, store
from tests.book_dump import dump, empty_book, keyed

NAMES = ["华联超市有限公司", "Brightpath Hotels", "Pioneer Hotels & Co", "张伟", "Noah Evans", "苏宁易购"]
PEOPLE = ["李娜", "王秀英", "Emma O'Neil", "Ann Lee"]
CITIES = ["上海", "杭州", "Leeds", ""]
TAGS = ["VIP", "大客户", "new"]
names = st.sampled_from(NAMES)
people = st.sampled_from(PEOPLE)




class UndoMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.folder = tempfile.TemporaryDirectory()
        path = Path(self.folder.name) / "book.sqlite"
        shutil.copy(empty_book(), path)
        self.db = open_database(f"sqlite:///{path}")
        self.done: list[tuple[undo.Change, dict, dict]] = []  # (change, book before, book after)
        self.undone: list[tuple[undo.Change, dict, dict]] = []
        self.imports = 0

    def teardown(self):
        self.db.close()
        self.folder.cleanup()

    def ids(self) -> list[int]:
        with self.db.engine.connect() as conn:
            return [r[0] for r in conn.exec_driver_sql("SELECT id FROM customers ORDER BY id")]

    def did(self, action) -> None:
        before = dump(self.db)
        change = action()
        self.done.append((change, before, dump(self.db)))
        self.undone.clear()  # as on Qt's undo stack, a new action ends the redo history

    @rule(name=names, city=st.sampled_from(CITIES), person=st.none() | people, spend=st.integers(0, 900_00),
          tag=st.none() | st.sampled_from(TAGS))
    def create(self, name, city, person, spend, tag):
        contacts = [ContactData(name=person, channels=[ChannelData("phone", "13800001111")])] if person else []
        data = CustomerData(name=name, city=city, contacts=contacts, spend={(2026, 10): spend} if spend else {},
                            tags=[tag] if tag else [],
                            key_dates=[KeyDateData("birthday", dt.date(1985, 7, 4))])
        self.did(lambda: customers.save(self.db, data))

    @precondition(lambda self: self.ids())
    @rule(pick=st.integers(0, 100), city=st.sampled_from(CITIES), person=st.none() | people,
          drop_contact=st.booleans(), phone=st.sampled_from(["010-8888 6666", "13911112222", ""]),
          spend=st.integers(0, 900_00), tag=st.none() | st.sampled_from(TAGS))
    def edit(self, pick, city, person, drop_contact, phone, spend, tag):
        ids = self.ids()
        data = customers.load(self.db, ids[pick % len(ids)])
        data.city = city
        if drop_contact and data.contacts:
            data.contacts.pop(0)
            data.key_dates = [k for k in data.key_dates if k.contact is None]
        if person:
            data.contacts.append(ContactData(name=person))
        data.channels = [ChannelData("phone", phone)] if phone else []
        data.spend[(2026, 11)] = spend
        data.tags = [tag] if tag else []
        self.did(lambda: customers.save(self.db, data))

    @precondition(lambda self: self.ids())
    @rule(pick=st.integers(0, 100))
    def delete(self, pick):
        ids = self.ids()
        self.did(lambda: customers.delete_customer(self.db, ids[pick % len(ids)]))

    @rule(rows=st.lists(st.tuples(people, st.none() | names, st.sampled_from(["13800001111", "13955556666", ""]),
                                  st.sampled_from(TAGS + [""])), min_size=1, max_size=3))
    def import_csv(self, rows):
        self.imports += 1
        path = Path(self.folder.name) / f"import{self.imports}.csv"
        lines = ["Name,Company,Phone,Tags"] + [f"{p},{c or ''},{ph},{t}" for p, c, ph, t in rows]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")

        def run():
            found = source(path)
            return store(self.db, found, scan(self.db, found), {}, backup=False).change
        self.did(run)

    @precondition(lambda self: self.done)
    @rule()
    def undo_last(self):
        change, before, after = self.done.pop()
        applied = undo.run(self.db, change, undo=True)
        assert applied.left == []
        assert dump(self.db) == before
        if change.bulk:
            assert applied.redo is not None
            change = applied.redo
        self.undone.append((change, before, after))

    @precondition(lambda self: any(change.bulk for change, _, _ in self.done[:-1]))
    @rule()
    def take_back_an_earlier_import(self):
        """Edit > Undo Import, out of turn: only the import's own rows go, only what its merges wrote is
        reverted, and nothing else in the book changes."""
        event("an earlier import taken back")
        index = max(i for i, (change, _, _) in enumerate(self.done[:-1]) if change.bulk)
        change = self.done[index][0]
        before = keyed(self.db)
        undo.run(self.db, change, undo=True)
        after = keyed(self.db)
        runs = {b.table: b.runs for b in change.bulk}
        own = {(r.table, r.key) for r in change.rows}
        for table, rows in before.items():
            assert after[table].keys() <= rows.keys(), f"undo of an import added {table} rows"
            for key in rows.keys() - after[table].keys():
                ours = (table, key) in own or any(a <= key[0] <= b for a, b in runs.get(table, ()))
                assert ours or table in ("customer_tags", "monthly_spend", "visit_contacts"), (table, key)
            for key in rows.keys() & after[table].keys():
                if rows[key] != after[table][key]:
                    assert (table, key) in own, f"{table} {key} changed by the undo of an import that did not write it"
        self.done.clear()  # the history before the out-of-turn undo no longer describes the book
        self.undone.clear()

    @precondition(lambda self: self.undone)
    @rule()
    def redo_last(self):
        change, before, after = self.undone.pop()
        applied = undo.run(self.db, change, undo=False)
        assert applied.left == []
        assert dump(self.db) == after
        self.done.append((change, before, after))


UndoMachine.TestCase.settings = settings(max_examples=40, stateful_step_count=25, deadline=None,
                                         suppress_health_check=[HealthCheck.too_slow])
test_undo_sequences = UndoMachine.TestCase


def test_undoing_everything_in_turn_gives_back_the_empty_book():
    machine = UndoMachine()
    try:
        start = dump(machine.db)
        machine.create(name="华联超市有限公司", city="上海", person="李娜", spend=120_00, tag="VIP")
        machine.import_csv(rows=[("王秀英", "华联超市有限公司", "13955556666", "new"), ("Noah Evans", None, "", "")])
        machine.edit(pick=0, city="杭州", person="Ann Lee", drop_contact=True, phone="010-8888 6666", spend=0, tag=None)
        machine.delete(pick=1)
        while machine.done:
            machine.undo_last()
        assert dump(machine.db) == start
    finally:
        machine.teardown()
