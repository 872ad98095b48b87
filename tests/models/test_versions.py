"""Versions that only go up (an undo and a redo are new ones too), and saves and undos of nothing that
write nothing: a window holding an older version never saves over newer work, and never meets a
conflict for nothing."""

import pytest
from sqlalchemy import text

from models.book import customers, undo
from models.book.customers import ChannelData, ContactData, CustomerData
from models.storage.db import open_database
from models.interchange.importer import import_file


def book(db) -> int:
    return customers.save(db, CustomerData(name="Brightpath Clinics plc", city="Leeds",
                                           channels=[ChannelData("phone", "+44 20 1111 1111", "office")],
                                           contacts=[ContactData(name="Mary Davies", title="CEO")])).customer_id


def version(db, cid: int) -> int:
    with db.engine.connect() as conn:
        return conn.execute(text("SELECT version FROM customers WHERE id = :id"), {"id": cid}).scalar()


def test_a_save_that_changes_nothing_writes_nothing(db):
    cid = book(db)
    other_window = customers.load(db, cid)
    with db.engine.connect() as conn:
        before = conn.execute(text("SELECT version, updated_at FROM customers WHERE id = :id"), {"id": cid}).one()
    change = customers.save(db, customers.load(db, cid))
    assert not change  # nothing to undo
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version, updated_at FROM customers WHERE id = :id"), {"id": cid}).one() == before
    other_window.city = "York"
    customers.save(db, other_window)  # no conflict for nothing
    assert customers.load(db, cid).city == "York"


def test_an_undo_that_changes_nothing_keeps_the_version(db):
    cid = book(db)
    data = customers.load(db, cid)
    data.city = "York"
    edit = customers.save(db, data)
    again = customers.load(db, cid)
    again.city = "Bath"  # changed again since, in another window
    customers.save(db, again)
    now = version(db, cid)
    applied = undo.run(db, edit, undo=True)
    assert [(item.column, item.reason) for item in applied.left] == [("city", undo.CHANGED)]
    assert version(db, cid) == now  # the other window saves on without a conflict for nothing


def test_undo_and_redo_give_new_versions_so_a_window_holding_an_older_one_overwrites_nothing(db):
    cid = book(db)
    data = customers.load(db, cid)
    data.city = "York"
    edit = customers.save(db, data)
    second_window = customers.load(db, cid)  # opened on the edit
    undone = undo.run(db, edit, undo=True)
    assert undone.left == [] and version(db, cid) > second_window.version
    data = customers.load(db, cid)
    data.notes = "wants the 5G offer"
    customers.save(db, data)  # newer work
    second_window.industry = "Healthcare"
    with pytest.raises(customers.ChangedMeanwhile):
        customers.save(db, second_window)
    versions = [version(db, cid)]
    undo.run(db, edit, undo=False)  # redo and undo of the edit are new versions too
    versions.append(version(db, cid))
    undo.run(db, edit, undo=True)
    versions.append(version(db, cid))
    assert versions == sorted(set(versions))


def test_taking_back_an_import_that_added_a_person_to_a_customer_is_a_new_version_of_it(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'book.sqlite'}")
    try:
        cid = book(db)
        path = tmp_path / "people.csv"
        path.write_text("Name,Company,Phone\nAnn Lee,Brightpath Clinics plc,+44 20 7946 0958\n", encoding="utf-8")
        imported = import_file(db, path).change
        window = customers.load(db, cid)  # opened with Ann Lee in it
        undo.run(db, imported, undo=True)
        window.city = "York"
        with pytest.raises(customers.ChangedMeanwhile):  # its save would bring Ann Lee back unseen
            customers.save(db, window)
    finally:
        db.close()


def test_an_import_is_taken_back_after_an_edit_of_its_customer_was_undone(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'book.sqlite'}")
    try:
        path = tmp_path / "people.csv"
        path.write_text("Name,Company,Phone\nNoah Evans,Harbour Lights,+44 20 7946 0958\n", encoding="utf-8")
        imported = import_file(db, path).change
        with db.engine.connect() as conn:
            cid = conn.execute(text("SELECT id FROM customers WHERE name = 'Harbour Lights'")).scalar()
        data = customers.load(db, cid)
        data.city = "Leeds"
        edit = customers.save(db, data)
        undo.run(db, edit, undo=True)  # the customer is as the import left it, at a new version
        applied = undo.run(db, imported, undo=True)
        assert applied.left == []
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM customers")).scalar() == 0
    finally:
        db.close()
