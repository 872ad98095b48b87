"""Customers > Find Duplicates… through the window: a likely pair side by side, merged field by field,
undone with Edit > Undo; and the editor pointing out a name already in the book while it is typed."""

import sqlite3

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from models.book import customers
from models.book.customers import ChannelData, ContactData, CustomerData
from models.storage.db import open_database
from tests.ui.conftest import type_with_input_method


def fill(paths):
    db = open_database(paths.database_url)
    customers.save(db, CustomerData(name="上海华联超市有限公司", city="上海", contacts=[ContactData(name="赵敏")]))
    customers.save(db, CustomerData(name="华联超市", city="", industry="零售", notes="门店",
                                    channels=[ChannelData("phone", "021 6123 4567", "main")],
                                    contacts=[ContactData(name="钱进")]))
    db.close()


def test_find_duplicates_merges_field_by_field_and_undo_takes_it_back(qtbot, open_window, paths):
    QLocale.setDefault(QLocale("en"))
    fill(paths)
    window = open_window(paths)
    window.find_duplicates_action.trigger()
    dialog = window.duplicates_dialog
    assert dialog.list.count() == 1 and "上海华联超市有限公司  ⇄  华联超市" in dialog.list.item(0).text()
    fields = {dialog.fields.item(r, 0).text(): r for r in range(dialog.fields.rowCount())}
    assert set(fields) == {"Name", "Industry", "Notes"}  # the city only one has is kept without asking
    dialog.fields.cellWidget(fields["Name"], 2).setChecked(True)  # take the other's name
    assert "these come along: 1 contact, 1 phone or email." in dialog.rows_note.text()
    dialog.merge_button.click()
    assert dialog.list.count() == 0 and "No likely duplicates" in dialog.intro.text()
    with sqlite3.connect(paths.database) as conn:
        assert conn.execute("SELECT name, city, industry, notes FROM customers").fetchall() == [
            ("华联超市", "上海", "零售", "门店")]
        assert conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == 2
    assert window.undo_action.text().startswith("&Undo Merge")
    window.undo_action.trigger()
    with sqlite3.connect(paths.database) as conn:
        assert sorted(conn.execute("SELECT name, city, industry FROM customers")) == [
            ("上海华联超市有限公司", "上海", ""), ("华联超市", "", "零售")]
        assert sorted(conn.execute("SELECT c.name, k.name FROM contacts c JOIN customers k ON k.id = c.customer_id")) \
            == [("赵敏", "上海华联超市有限公司"), ("钱进", "华联超市")]
    dialog.reject()


def test_the_editor_points_out_a_name_already_in_the_book(qtbot, open_window, paths):
    QLocale.setDefault(QLocale("en"))
    fill(paths)
    window = open_window(paths)
    window.show_page(1)
    window.customers.new_customer()
    editor = window.customers.editor
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    type_with_input_method(editor.name, "华联超市有限公司")
    qtbot.waitUntil(lambda: editor.same_name.isVisible(), timeout=5_000)
    assert "上海华联超市有限公司" in editor.same_name.text() and "华联超市" in editor.same_name.text()
    editor.name.clear()
    type_with_input_method(editor.name, "远航物流")
    qtbot.waitUntil(lambda: not editor.same_name.isVisible(), timeout=5_000)
    editor.done(0)


def test_the_notes_of_both_can_be_kept_or_either_one(qtbot, open_window, paths):
    from PySide6.QtWidgets import QRadioButton

    QLocale.setDefault(QLocale("en"))
    db = open_database(paths.database_url)
    customers.save(db, CustomerData(name="G F", kind="person", notes="Met at the fair"))
    customers.save(db, CustomerData(name="G F", kind="person", notes="Phone (home): 1"))  # nothing else to tell
    db.close()
    window = open_window(paths)
    window.find_duplicates_action.trigger()
    dialog = window.duplicates_dialog
    assert "same name, and nothing else tells them apart" in dialog.list.item(0).text()
    [row] = [r for r in range(dialog.fields.rowCount()) if dialog.fields.item(r, 0).text() == "Notes"]
    offered = [b.text() for column in (1, 2) for b in (
        [dialog.fields.cellWidget(row, column)] if isinstance(dialog.fields.cellWidget(row, column), QRadioButton)
        else dialog.fields.cellWidget(row, column).findChildren(QRadioButton))]
    assert offered == ["Met at the fair", "Phone (home): 1", "Both"]
    assert dialog.choices() == {"notes": "both"}
    dialog.fields.cellWidget(row, 2).findChildren(QRadioButton)[0].setChecked(True)  # the other's notes only
    dialog.merge_button.click()
    with sqlite3.connect(paths.database) as conn:
        assert conn.execute("SELECT name, notes FROM customers").fetchall() == [("G F", "Phone (home): 1")]
    dialog.reject()
