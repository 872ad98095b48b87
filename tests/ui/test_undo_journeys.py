"""Undo through the real window, in the order a rep works: each scenario of the issue verbatim.

edit -> plan a visit -> undo the edit: the visit is there; edit -> import adds a contact -> undo the
edit: the contact is there; delete -> import -> undo the delete: both customers are there; import ->
edit an imported customer -> undo the import: the edited one stays, with a message that says so."""

import sqlite3

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from models.book import customers
from models.book.customers import ChannelData, CustomerData
from models.storage.db import open_database
from tests.ui.conftest import type_with_input_method
from ui.pages import customers as customers_page


def rows(path, sql: str) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


@pytest.fixture
def book(paths):
    QLocale.setDefault(QLocale("en"))
    db = open_database(paths.database_url)
    first = customers.save(db, CustomerData(name="华联超市有限公司", industry="Retail", city="上海")).customer_id
    second = customers.save(db, CustomerData(name="Pioneer Hotels & Co", channels=[
        ChannelData("phone", "010-8888 6666")])).customer_id
    db.close()
    return first, second


@pytest.fixture
def window(open_window, paths, book):
    win = open_window(paths)
    win.show_page(1)
    return win


def focus(qtbot, widget):
    widget.activateWindow()  # a window manager does this; offscreen there is none
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def edit_and_save(qtbot, window, customer_id, field: str, value: str):
    page = window.customers
    qtbot.waitUntil(lambda: page.model is not None and page.model.row_of(customer_id) >= 0)
    page.select_customer(customer_id)
    page.open_customer()
    editor = page.editor
    focus(qtbot, editor)
    box = getattr(editor, field)
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_with_input_method(box, value)  # replaces the selection, as typing does
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not editor.isVisible())


def import_csv(qtbot, window, path, text: str):
    path.write_text(text, encoding="utf-8")
    window.interchange.import_file(path)
    dialog = window.interchange.dialog
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.found is not None, timeout=10_000)
    with qtbot.waitSignal(dialog.imported, timeout=15_000):
        dialog.next_button.click()
    dialog.accept()


def undo(qtbot, window):
    focus(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_edit_then_plan_a_visit_then_undo_the_edit_keeps_the_visit(qtbot, window, paths, book):
    first, _ = book
    edit_and_save(qtbot, window, first, "industry", "Supermarkets")
    page = window.customers
    page.select_customer(first)
    focus(qtbot, window)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    planner = window.visits.planner
    qtbot.waitExposed(planner)
    planner.form.texts["purpose"].setFocus()
    qtbot.keyClicks(planner.form.texts["purpose"], "Renew the 5G contract")
    planner.close()
    visit_id = planner.plan.id  # written with the first keystroke's save
    assert window.undo_action.text() == "&Undo Edit 华联超市有限公司"
    undo(qtbot, window)
    assert rows(paths.database, f"SELECT industry FROM customers WHERE id = {first}") == [("Retail",)]
    assert rows(paths.database, f"SELECT purpose FROM visits WHERE id = {visit_id}") == [("Renew the 5G contract",)]
    assert rows(paths.database, f"SELECT count(*) FROM checklist_items WHERE visit_id = {visit_id}")[0][0] > 0
    window.visits.open_visit(visit_id)  # the agenda's visit opens: it was never deleted
    qtbot.waitExposed(window.visits.planner)
    assert window.visits.planner.form.texts["purpose"].text() == "Renew the 5G contract"
    window.visits.planner.close()
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)  # redo
    assert rows(paths.database, f"SELECT industry FROM customers WHERE id = {first}") == [("Supermarkets",)]


def test_edit_then_an_import_adds_a_contact_then_undo_the_edit_keeps_the_contact(qtbot, window, paths, book, tmp_path):
    first, _ = book
    edit_and_save(qtbot, window, first, "city", "杭州")
    import_csv(qtbot, window, tmp_path / "people.csv", "姓名,公司,手机\n李娜,华联超市有限公司,13800001111\n")
    assert window.undo_action.text() == "&Undo Edit 华联超市有限公司"  # an import is not a step of Undo
    assert window.import_undo.action.text() == "Undo &Import people.csv"
    undo(qtbot, window)
    assert rows(paths.database, f"SELECT city FROM customers WHERE id = {first}") == [("上海",)]
    assert rows(paths.database, "SELECT name FROM contacts") == [("李娜",)]
    assert rows(paths.database, "SELECT value FROM channels WHERE contact_id IS NOT NULL") == [("13800001111",)]
    assert window.undo_report is None
    page = window.customers
    page.select_customer(first)
    page.open_customer()
    assert [c.name for c in page.editor.contacts.contacts] == ["李娜"]
    page.editor.reject()


def test_delete_then_import_then_undo_the_delete_brings_both_back(qtbot, window, paths, book, tmp_path, monkeypatch):
    _, second = book
    page = window.customers
    qtbot.waitUntil(lambda: page.model is not None and page.model.row_of(second) >= 0)
    page.select_customer(second)
    monkeypatch.setattr(customers_page, "confirm_delete", lambda parent, name: True)
    focus(qtbot, window)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert rows(paths.database, f"SELECT count(*) FROM customers WHERE id = {second}") == [(0,)]
    import_csv(qtbot, window, tmp_path / "new.csv", "Name,Company,Phone\nNoah Evans,Harbour Lights,+44 20 7946 0958\n")
    imported = rows(paths.database, "SELECT id FROM customers WHERE name = 'Harbour Lights'")[0][0]
    assert imported != second, "an id once given is never given again"
    assert window.undo_action.text() == "&Undo Delete Pioneer Hotels && Co"
    undo(qtbot, window)
    names = {r[0] for r in rows(paths.database, "SELECT name FROM customers")}
    assert names == {"华联超市有限公司", "Pioneer Hotels & Co", "Harbour Lights"}
    assert rows(paths.database, f"SELECT value FROM channels WHERE customer_id = {second}") == [("010-8888 6666",)]
    assert rows(paths.database, "SELECT name FROM contacts") == [("Noah Evans",)]
    assert page.model.row_of(second) >= 0 and page.model.row_of(imported) >= 0
    assert window.undo_report is None


def test_import_then_edit_an_imported_customer_then_undo_the_import(qtbot, window, paths, book, tmp_path,
                                                                   monkeypatch):
    import_csv(qtbot, window, tmp_path / "fair.csv",
               "Name,Company,Phone\nAnn Lee,Brightpath Hotels,13911112222\nTom Wu,Harbour Lights,13922223333\n"
               "王秀英,华联超市有限公司,13955556666\n")
    edited = rows(paths.database, "SELECT id FROM customers WHERE name = 'Harbour Lights'")[0][0]
    edit_and_save(qtbot, window, edited, "city", "Leeds")
    from ui import import_undo

    asked = []
    monkeypatch.setattr(import_undo, "confirm_removal", lambda parent, entry: asked.append(entry.name) or False)
    window.import_undo.action.trigger()  # asked first: nothing goes without a yes
    assert asked == ["fair.csv"] and len(rows(paths.database, "SELECT id FROM customers")) == 4
    assert import_undo.what_it_added(window.import_undo.latest().change) == {"customers": 2, "contacts": 3,
                                                                             "channels": 3}
    monkeypatch.setattr(import_undo, "confirm_removal", lambda parent, entry: True)
    window.import_undo.action.trigger()
    names = {r[0] for r in rows(paths.database, "SELECT name FROM customers")}
    assert names == {"华联超市有限公司", "Pioneer Hotels & Co", "Harbour Lights"}  # Brightpath went, the edited stays
    assert rows(paths.database, f"SELECT city FROM customers WHERE id = {edited}") == [("Leeds",)]
    assert sorted(rows(paths.database, "SELECT name FROM contacts")) == [("Tom Wu",)]  # 王秀英 left 华联 again
    report = window.undo_report
    assert report.isVisible()
    assert "Import fair.csv was undone, except what changed since" in report.text()
    assert "Harbour Lights" in report.text() and "changed since" in report.text()
    report.accept()
    assert not window.import_undo.action.isEnabled()
    assert window.undo_action.text() == "&Undo Remove import fair.csv"
    undo(qtbot, window)  # the import back, under its own ids
    assert {r[0] for r in rows(paths.database, "SELECT name FROM customers")} >= {"Brightpath Hotels"}
    assert sorted(rows(paths.database, "SELECT name FROM contacts")) == [("Ann Lee",), ("Tom Wu",), ("王秀英",)]
    assert window.import_undo.action.isEnabled()
    undo(qtbot, window)  # then the edit of the imported customer, in turn
    assert rows(paths.database, f"SELECT city FROM customers WHERE id = {edited}") == [("",)]


def test_a_birthday_without_a_year_is_shown_and_kept_without_one(qtbot, window, paths, book, tmp_path):
    first, _ = book
    path = tmp_path / "card.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:李娜\r\nORG:华联超市有限公司\r\nBDAY:--0704\r\nEND:VCARD\r\n",
                    encoding="utf-8")
    import_csv(qtbot, window, path, path.read_text(encoding="utf-8"))
    page = window.customers
    page.select_customer(first)
    page.open_customer()
    dates = page.editor.dates
    assert dates.table.rowCount() == 1
    assert not dates.table.cellWidget(0, 3).isChecked()  # year known: no
    assert dates.table.cellWidget(0, 2).text() == "4 July"
    assert dates.table.cellWidget(0, 4).isChecked() and not dates.table.cellWidget(0, 4).isEnabled()
    dates.table.cellWidget(0, 3).setChecked(True)  # the rep learns the year: never shown as 1904
    import datetime as dt

    assert dates.table.cellWidget(0, 2).date().year() == dt.date.today().year
    dates.table.cellWidget(0, 2).setDate(dates.table.cellWidget(0, 2).date().addYears(1985 - dt.date.today().year))
    assert page.editor.save()
    with sqlite3.connect(paths.database) as conn:
        assert conn.execute("SELECT date, year_known FROM key_dates").fetchall() == [("1985-07-04", 1)]
    undo(qtbot, window)
    with sqlite3.connect(paths.database) as conn:
        assert conn.execute("SELECT date, year_known FROM key_dates").fetchall() == [("1904-07-04", 0)]
