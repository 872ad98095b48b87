"""Everything out as one workbook and back into an empty book: every row of every table, field for field
(ids may differ, every relation kept, derived columns computed again); hostile text survives; the
import is one transaction and undoable; a damaged workbook says which sheet and row."""

import datetime as dt
import sqlite3
import zipfile

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, text

from models.book import customers, undo
from models.book.customers import ChannelData, ContactData, CustomerData, KeyDateData
from models.storage.db import open_database
from models.entities import Base
from models.interchange.exports import export
from models.interchange.importer import import_file
from models.interchange.workbook import SHEETS, escape, unescape
from models.book.summaries import refresh_all
from tests.book_dump import BOOKKEEPING


def canonical(db) -> dict[str, list[tuple]]:
    """Every table with its ids replaced by their rank (1st, 2nd… row by id), so that two books whose ids
    differ compare equal when they hold the same rows with the same relations."""
    tables = Base.metadata.sorted_tables
    with db.engine.connect() as conn:
        raw = {t.name: [dict(r) for r in conn.execute(select(t).order_by(*t.primary_key.columns)).mappings()]
               for t in tables}
    rank = {t.name: {row["id"]: i for i, row in enumerate(raw[t.name])} for t in tables if "id" in t.c}
    found = {}
    for table in tables:
        fks = {fk.parent.name: fk.column.table.name for fk in table.foreign_keys}
        rows = []
        for row in raw[table.name]:
            values = []
            for name, value in row.items():
                if name in BOOKKEEPING:
                    continue
                if name == "id":
                    value = rank[table.name][value]
                elif name in fks and value is not None:
                    value = rank[fks[name]][value]
                values.append((name, value))
            rows.append(tuple(values))
        found[table.name] = sorted(rows, key=repr)
    return found


def test_the_demo_book_goes_out_as_a_workbook_and_comes_back_row_for_row(demo_db, tmp_path):
    from models.team.hand_over import hand_over
    from models.team.reps import set_member

    set_member(demo_db, "陈经理", "manager", "chen")  # the team, and a customer handed over, come back too
    with demo_db.engine.connect() as conn:
        handed = conn.execute(text("SELECT id FROM customers WHERE owner = '张伟' ORDER BY id")).scalar()
    hand_over(demo_db, handed, "李娜", by="陈经理")
    with demo_db.engine.begin() as conn:
        refresh_all(conn)  # the demo writes its derived columns itself: compare with the app's own
    path = tmp_path / "book.xlsx"
    rows = export(demo_db, "xlsx", path)
    source = canonical(demo_db)
    assert rows == sum(len(r) for r in source.values())
    assert sum(len(source[t]) for t in ("monthly_spend", "key_dates", "checklist_items", "promises")) > 1000
    assert len(source["hand_overs"]) == 1 and len(source["reps"]) == 6
    target = open_database(f"sqlite:///{tmp_path / 'empty.sqlite'}")
    try:
        gone = customers.save(target, CustomerData(name="A customer made and deleted first")).customer_id
        customers.delete_customer(target, gone)  # so that every imported id differs from the workbook's
        summary = import_file(target, path)
        assert summary.errors == [] and summary.added == 300
        copy = canonical(target)
        for table in source:
            assert copy[table] == source[table], f"{table} did not come back as it was"
        with target.engine.connect() as conn:
            assert conn.execute(text("SELECT min(id) FROM customers")).scalar() == gone + 1
        # and the import is undone as a whole
        undo.run(target, summary.change, undo=True)
        with target.engine.connect() as conn:
            left = {t.name: conn.execute(text(f"SELECT count(*) FROM {t.name}")).scalar()
                    for t in Base.metadata.sorted_tables if t.name != "settings"}
        assert set(left.values()) == {0}, left
    finally:
        target.close()


HOSTILE = ["=HYPERLINK(\"http://x\")", "+1-800-MYFAX", "-5", "@SUM(A1)", "a\x0bb\x1fc", "_x000B_ literal",
           "  spaces kept  ", "line\nbreak", "李娜 & <Co>", "0012345", "1.38E+10", "😀 WeChat"]


def test_hostile_text_and_dates_without_a_year_come_back_unchanged(db, tmp_path):
    contacts = [ContactData(name=f"Person {i}", title=value[:100], notes=value) for i, value in enumerate(HOSTILE)]
    cid = customers.save(db, CustomerData(name="华信科技有限公司", notes="\n".join(HOSTILE), contacts=contacts,
                                          channels=[ChannelData("phone", "0012345678")],
                                          key_dates=[KeyDateData("birthday", dt.date(1904, 7, 4), year_known=False),
                                                     KeyDateData("anniversary", dt.date(2019, 2, 28), label="签约")]
                                          )).customer_id
    path = tmp_path / "hostile.xlsx"
    export(db, "xlsx", path)
    book = load_workbook(path)  # the sheet as Excel sees it
    sheet = book[SHEETS["contacts"]]
    column = [c.value for c in sheet[1]].index("notes") + 1
    notes = [sheet.cell(row=r, column=column) for r in range(2, sheet.max_row + 1)]
    assert len(notes) == len(HOSTILE) and all(c.data_type == "s" for c in notes)  # text, never a number or formula
    formula_like = [c for c in notes if c.value.startswith(("=", "+", "-", "@"))]
    assert len(formula_like) == 4 and all(c.quotePrefix for c in formula_like)
    other = open_database(f"sqlite:///{tmp_path / 'other.sqlite'}")
    try:
        import_file(other, path)
        back = customers.load(other, cid)
        original = customers.load(db, cid)
        assert [(c.name, c.title, c.notes) for c in back.contacts] == [(c.name, c.title, c.notes) for c in original.contacts]
        assert back.notes == original.notes and back.channels[0].value == "0012345678"
        assert [(k.date, k.year_known, k.label) for k in back.key_dates] == [
            (dt.date(2019, 2, 28), True, "签约"), (dt.date(1904, 7, 4), False, "")]
    finally:
        other.close()


def test_escapes_round_trip():
    for value in HOSTILE + ["_x005F_", "__x0041__", "\x00"]:
        assert unescape(escape(value)) == value


def test_a_damaged_row_is_listed_with_its_sheet_and_row_and_its_dependants_left_out(db, tmp_path):
    customers.save(db, CustomerData(name="Brightpath Hotels", contacts=[ContactData(name="Ann Lee")]))
    customers.save(db, CustomerData(name="Harbour Lights", contacts=[ContactData(name="Tom Wu")]))
    path = tmp_path / "book.xlsx"
    export(db, "xlsx", path)
    book = load_workbook(path)
    sheet = book[SHEETS["customers"]]
    header = [c.value for c in sheet[1]]
    sheet.cell(row=2, column=header.index("segment") + 1, value="platinum")  # not a segment
    book.save(path)
    other = open_database(f"sqlite:///{tmp_path / 'other.sqlite'}")
    try:
        summary = import_file(other, path)
        assert [(e.where, e.reason.split(":")[0]) for e in summary.errors] == [
            ("Customers, row 2", "segment"), ("Contacts, row 2", "customer_id 1 is not in the workbook (or could "
                                                                   "not be imported)")]
        assert "one of key_account" in summary.errors[0].reason
        with sqlite3.connect(other.path) as conn:
            assert conn.execute("SELECT name FROM customers").fetchall() == [("Harbour Lights",)]
            assert conn.execute("SELECT name FROM contacts").fetchall() == [("Tom Wu",)]
    finally:
        other.close()


def test_a_workbook_that_is_not_ours_or_is_broken_is_refused_plainly(db, tmp_path):
    broken = tmp_path / "broken.xlsx"
    export(db, "xlsx", broken)
    with zipfile.ZipFile(broken) as z:
        names = z.namelist()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(broken.read_bytes()[:200])
    from models.interchange.records import ImportFileError

    with pytest.raises(ImportFileError):
        import_file(db, cut)
    assert any(n.startswith("xl/worksheets/") for n in names)
