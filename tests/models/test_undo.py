"""Undo takes back only what an action did: later work stays, what changed since is kept and reported,
ids are never reused, an import is undone without what was done after it."""

import datetime as dt

from sqlalchemy import text

from models.book import customers, undo

from models.visits import visits
from models.book.customers import ChannelData, ContactData, CustomerData
from models.interchange.importer import import_file
from models.visits.plan_templates import default_checklist
from tests.book_dump import dump

TEMPLATE = default_checklist("en")


def count(db, sql: str) -> int:
    with db.engine.connect() as conn:
        return conn.execute(text(sql)).scalar()


def new_customer(db, name: str, **fields) -> int:
    return customers.save(db, CustomerData(name=name, **fields)).customer_id


def write_csv(path, rows) -> object:
    path.write_text("\n".join(",".join(row) for row in rows) + "\n", encoding="utf-8")
    return path


def test_an_edit_is_undone_without_the_visit_planned_after_it(db):
    cid = new_customer(db, "华联超市有限公司", industry="Retail")
    data = customers.load(db, cid)
    data.industry = "Supermarkets"
    edit = customers.save(db, data)
    visit_id = visits.create_visit(db, cid, dt.datetime(2026, 12, 3, 10), TEMPLATE)
    plan = visits.load_plan(db, visit_id)
    plan.purpose = "Renew the 5G contract"
    visits.save_plan(db, plan)
    applied = undo.run(db, edit, undo=True)
    assert applied.left == []
    assert customers.load(db, cid).industry == "Retail"
    assert count(db, f"SELECT count(*) FROM visits WHERE id = {visit_id}") == 1
    assert count(db, f"SELECT count(*) FROM checklist_items WHERE visit_id = {visit_id}") == len(TEMPLATE)
    assert visits.load_plan(db, visit_id).purpose == "Renew the 5G contract"
    undo.run(db, edit, undo=False)
    assert customers.load(db, cid).industry == "Supermarkets"


def test_an_edit_is_undone_without_the_contact_an_import_added_after_it(db, tmp_path):
    cid = new_customer(db, "华信科技有限公司", city="杭州")
    data = customers.load(db, cid)
    data.city = "上海"
    edit = customers.save(db, data)
    path = write_csv(tmp_path / "people.csv", [["姓名", "公司", "手机"], ["李娜", "华信科技有限公司", "13800001111"]])
    summary = import_file(db, path)
    assert summary.added == 1
    applied = undo.run(db, edit, undo=True)
    assert applied.left == []
    record = customers.load(db, cid)
    assert record.city == "杭州"
    assert [(c.name, [ch.value for ch in c.channels]) for c in record.contacts] == [("李娜", ["13800001111"])]


def names_in(db) -> set[str]:
    with db.engine.connect() as conn:
        return set(conn.exec_driver_sql("SELECT name FROM customers").scalars())


def test_undo_of_a_delete_after_an_import_brings_back_both_customers(db, tmp_path):
    first = new_customer(db, "Brightpath Hotels")
    second = new_customer(db, "Pioneer Hotels & Co", channels=[ChannelData("phone", "010-8888 6666")])
    deleted = customers.delete_customer(db, second)
    path = write_csv(tmp_path / "new.csv", [["Name", "Company", "Phone"], ["Noah Evans", "Harbour Lights", "+44 20 7946 0958"]])
    import_file(db, path)
    imported = count(db, "SELECT id FROM customers WHERE name = 'Harbour Lights'")
    assert imported not in (first, second), "an id once given is never given again"
    assert undo.run(db, deleted, undo=True).left == []
    names = names_in(db)
    assert names == {"Brightpath Hotels", "Pioneer Hotels & Co", "Harbour Lights"}
    assert customers.load(db, imported).contacts[0].name == "Noah Evans"
    assert customers.load(db, second).channels[0].value == "010-8888 6666"


def test_undo_of_an_import_keeps_the_customer_edited_since_and_says_so(db, tmp_path):
    keep = new_customer(db, "Brightpath Hotels")
    rows = [["Name", "Company", "Phone", "Email"]] + [[f"Person {i}", f"Company {i}", f"1380000{i:04d}", f"p{i}@x.cn"]
                                                     for i in range(20)]
    rows.append(["Ann Lee", "Brightpath Hotels", "13911112222", "ann@brightpath.cn"])  # into the book's company
    summary = import_file(db, write_csv(tmp_path / "many.csv", rows))
    assert summary.added == 21
    edited_id = count(db, "SELECT id FROM customers WHERE name = 'Company 7'")
    data = customers.load(db, edited_id)
    data.notes = "met at the fair"
    customers.save(db, data)
    planned_id = count(db, "SELECT id FROM customers WHERE name = 'Company 9'")
    visits.create_visit(db, planned_id, dt.datetime(2026, 12, 4, 9), TEMPLATE)
    applied = undo.run(db, summary.change, undo=True)
    assert {(item.name, item.reason) for item in applied.left} == {("Company 7", undo.CHANGED),
                                                                   ("Company 9", undo.IN_USE)}
    left = names_in(db)
    assert left == {"Brightpath Hotels", "Company 7", "Company 9"}
    assert customers.load(db, keep).contacts == []
    assert customers.load(db, edited_id).notes == "met at the fair"
    kept = customers.load(db, planned_id)  # kept whole, not as an empty shell: the visit needs its people
    assert [(c.name, [ch.value for ch in c.channels]) for c in kept.contacts] == [
        ("Person 9", ["13800000009", "p9@x.cn"])]
    # redo brings back exactly what the undo removed
    assert applied.redo is not None
    assert undo.run(db, applied.redo, undo=False).left == []
    assert count(db, "SELECT count(*) FROM customers") == 21
    assert [c.name for c in customers.load(db, keep).contacts] == ["Ann Lee"]
    undo.run(db, applied.redo, undo=True)
    assert count(db, "SELECT count(*) FROM customers") == 3 and customers.load(db, keep).contacts == []


def test_a_value_changed_since_is_kept_and_the_rest_undone(db):
    cid = new_customer(db, "Harbour Lights", city="Leeds", industry="Hotels")
    data = customers.load(db, cid)
    data.city, data.industry = "York", "Hospitality"
    edit = customers.save(db, data)
    later = customers.load(db, cid)
    later.city = "Hull"
    customers.save(db, later)
    applied = undo.run(db, edit, undo=True)
    assert [(item.table, item.column, item.reason) for item in applied.left] == [("customers", "city", undo.CHANGED)]
    record = customers.load(db, cid)
    assert (record.city, record.industry) == ("Hull", "Hotels")


def test_undo_of_a_new_customer_keeps_it_when_a_visit_was_planned_since(db):
    created = customers.save(db, CustomerData(name="Noah Evans", kind="person"))
    visits.create_visit(db, created.customer_id, dt.datetime(2026, 12, 5, 15), TEMPLATE)
    applied = undo.run(db, created, undo=True)
    assert [(item.table, item.reason) for item in applied.left] == [("customers", undo.IN_USE)]
    assert count(db, "SELECT count(*) FROM visits") == 1


def test_a_save_writes_only_the_rows_that_changed(db):
    cid = new_customer(db, "华信科技有限公司", channels=[ChannelData("phone", "0571-8888 1234", "work"),
                                                  ChannelData("email", "info@huaxin.cn")],
                       contacts=[ContactData(name="张伟", channels=[ChannelData("phone", "13800001111")])],
                       spend={(2026, 9): 100_00, (2026, 10): 120_00}, tags=["VIP"])
    def channel_ids():
        with db.engine.connect() as conn:
            return conn.exec_driver_sql("SELECT id FROM channels ORDER BY id").all()

    ids = channel_ids()
    data = customers.load(db, cid)
    data.channels[1].value = "sales@huaxin.cn"
    data.spend[(2026, 10)] = 130_00
    change = customers.save(db, data)
    assert channel_ids() == ids
    # the record's own row changed only in its derived columns (the average spend): not a change to undo
    assert sorted((r.table, r.before is None, r.after is None) for r in change.rows) == [
        ("channels", False, False), ("monthly_spend", False, False)]
