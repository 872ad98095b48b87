"""Logging an outcome through the real form, from the keyboard alone."""

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from models.book import customers

from models.visits import outcomes, visits
from models.book.customers import CustomerData
from models.book.date_text import parse_date
from models.storage.db import open_database
from models.visits.outcomes import PromiseData
from tests.ui.conftest import type_with_input_method

VISIT_AT = dt.datetime(2026, 11, 20, 10, 0)


@pytest.fixture
def visit_id(paths):
    db = open_database(paths.database_url)
    cid = customers.save(db, CustomerData(name="华信科技有限公司")).customer_id
    vid = visits.create_visit(db, cid, VISIT_AT, [])
    db.close()
    return vid


@pytest.fixture
def dialog(qtbot, open_window, paths, visit_id):
    QLocale.setDefault(QLocale("en"))
    window = open_window(paths)
    window.visits.open_visit(visit_id)
    planner = window.visits.planner
    qtbot.mouseClick(planner.outcome_button, Qt.MouseButton.LeftButton)
    form = planner.outcome_dialog
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    yield form
    planner.close()


def keys(qtbot, widget, text):
    for ch in text:
        qtbot.keyClick(widget, ch)


def test_log_an_outcome_from_the_keyboard_alone(qtbot, dialog, visit_id):
    db = dialog.db
    assert QApplication.focusWidget() is dialog.result
    qtbot.keyClick(dialog.result, Qt.Key.Key_Down)  # Won
    qtbot.keyClick(dialog.result, Qt.Key.Key_Down)  # Progressed
    assert dialog.result.currentData() == "progressed"
    # passing Won on the way left nothing of the after-sales check behind
    assert dialog.brings.placeholderText() == "What it brings them: news, an offer, help"
    assert dialog.follow_channel.currentData() == "visit"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.summary
    keys(qtbot, dialog.summary, "Liked the offer")
    dialog.next_step.setFocus()
    keys(qtbot, dialog.next_step, "Send the contract")
    dialog.brings.setFocus()
    assert "brings nothing" in dialog.flag.text()
    keys(qtbot, dialog.brings, "The signed offer")
    assert dialog.flag.text() == ""
    qtbot.keyClick(dialog.brings, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    saved = outcomes.load_outcome(db, visit_id)
    assert (saved.result, saved.summary, saved.next_step) == ("progressed", "Liked the offer", "Send the contract")
    # a week on (from today, for a visit logged late), though the result passed Won (an after-sales date) on the way
    assert saved.follow_up.due_on == max(VISIT_AT.date(), dt.date.today()) + dt.timedelta(days=7)
    assert saved.follow_up.brings == "The signed offer"
    assert visits.load_plan(db, visit_id).status == "done"


def test_a_missing_result_is_said_and_the_text_kept(qtbot, dialog, visit_id):
    type_with_input_method(dialog.summary, "客户很满意")
    dialog.accept()
    assert "Choose the result" in dialog.problems.text() and dialog.isVisible()
    assert dialog.summary.text() == "客户很满意"
    dialog.amount.setText("12,x")
    dialog.result.setCurrentIndex(dialog.result.findData("won"))
    dialog.accept()
    assert "Not an amount" in dialog.problems.text()
    dialog.amount.setText("1,200.50")
    dialog.accept()
    assert not dialog.isVisible()
    saved = outcomes.load_outcome(dialog.db, visit_id)
    assert (saved.result, saved.amount_cents, saved.follow_up) == ("won", 120050, None)


def test_objections_signals_and_promises_through_the_form(qtbot, dialog, visit_id):
    qtbot.mouseClick(dialog.objections.add_objection, Qt.MouseButton.LeftButton)
    dialog.objections.table.item(0, 1).setText("太贵了")
    dialog.objections.table.item(0, 2).setText("按天算")
    dialog.objections.table.cellWidget(0, 0).setCurrentIndex(dialog.objections.table.cellWidget(0, 0).findData("price"))
    dialog.signal_boxes["nodding"].setChecked(True)
    qtbot.mouseClick(dialog.promises.add_promise, Qt.MouseButton.LeftButton)
    dialog.promises.table.item(0, 1).setText("Send the price list")
    dialog.result.setCurrentIndex(dialog.result.findData("no_decision"))
    dialog.brings.setText("A reference case")
    dialog.accept()
    saved = outcomes.load_outcome(dialog.db, visit_id)
    assert [(o.said, o.category, o.answer) for o in saved.objections] == [("太贵了", "price", "按天算")]
    assert saved.signal_keys == ["nodding"] and [(p.by, p.text, p.due_on) for p in saved.promises] == [
        ("us", "Send the price list", None)]


def test_a_promise_is_typed_from_the_keyboard_with_who_and_when(qtbot, dialog, visit_id):
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # Add &promise
    table = dialog.promises.table
    qtbot.waitUntil(lambda: table.rowCount() == 1)  # (a mnemonic clicks the button a moment later)
    keys(qtbot, QApplication.focusWidget(), "Send the price list")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    due = table.cellWidget(0, 2)
    assert QApplication.focusWidget() is due.edit  # Tab goes into the date, not into a cell behind it
    keys(qtbot, due.edit, "12/3")
    qtbot.keyClick(due.edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is table and table.currentColumn() == 3
    qtbot.keyClick(table, Qt.Key.Key_Backtab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    who = table.cellWidget(0, 0)
    assert QApplication.focusWidget() is who
    qtbot.keyClick(who, Qt.Key.Key_Down)  # they promised
    assert table.item(0, 2).text() == "" and table.item(0, 0).text() == ""  # nothing typed behind the widgets
    dialog.result.setCurrentIndex(dialog.result.findData("won"))
    dialog.accept()
    saved = outcomes.load_outcome(dialog.db, visit_id)
    assert [(p.by, p.text, p.due_on) for p in saved.promises] == [
        ("customer", "Send the price list", parse_date("12/3", dt.date.today()))]


def test_a_widget_clicked_in_another_row_is_where_tab_goes_on_from(qtbot, dialog):
    for text in ("Send the price list", "Share the bills"):
        dialog.promises.add(PromiseData(text))
    table = dialog.promises.table
    assert table.currentRow() == 1
    qtbot.mouseClick(table.cellWidget(0, 2).edit, Qt.MouseButton.LeftButton)  # the first row's date
    assert (table.currentRow(), table.currentColumn()) == (0, 2)
    keys(qtbot, QApplication.focusWidget(), "+3")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert (table.currentRow(), table.currentColumn()) == (0, 3)  # Tab goes on from the row clicked
    assert table.cellWidget(0, 2).date() == dt.date.today() + dt.timedelta(days=3)


def test_the_channel_chosen_stays_when_the_result_changes(qtbot, dialog):
    dialog.result.setCurrentIndex(dialog.result.findData("lost"))
    assert dialog.follow_wanted.text() == "Schedule a win-back date (optional)" and not dialog.follow_wanted.isChecked()
    assert dialog.follow_date.date() == max(VISIT_AT.date(), dt.date.today()) + dt.timedelta(days=90)
    assert dialog.follow_channel.currentData() == "phone"  # a win-back call
    assert dialog.brings.placeholderText() == "Win-back: what has changed since? Bring an offer"
    dialog.follow_wanted.setChecked(True)
    dialog.follow_channel.setFocus()
    qtbot.keyClick(dialog.follow_channel, Qt.Key.Key_Down)  # the rep chooses a message
    assert dialog.follow_channel.currentData() == "message"
    dialog.result.setCurrentIndex(dialog.result.findData("won"))
    assert dialog.follow_channel.currentData() == "message"
    assert dialog.brings.placeholderText() == "After-sales check: is everything working as promised?"


def test_tab_leaves_a_table_from_its_last_cell_and_shift_tab_from_its_first(qtbot, app):
    """A table in a form is never a trap for the keyboard: Tab goes cell by cell, then on to what follows it."""
    from PySide6.QtWidgets import QLineEdit, QTableWidgetItem, QVBoxLayout, QWidget

    from ui.widgets.row_table import RowTable

    form = QWidget()
    before, after = QLineEdit(), QLineEdit()
    rows = RowTable(["Kind", "Value"], 1)
    layout = QVBoxLayout(form)
    for widget in (before, rows, after):
        layout.addWidget(widget)
    for r in range(2):
        rows.table.insertRow(r)
        for c in range(2):
            rows.table.setItem(r, c, QTableWidgetItem(f"{r}{c}"))
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    rows.table.setFocus()
    rows.table.setCurrentCell(0, 0)
    visited = []
    for _ in range(3):
        qtbot.keyClick(rows.table, Qt.Key.Key_Tab)
        visited.append((rows.table.currentRow(), rows.table.currentColumn()))
    assert visited == [(0, 1), (1, 0), (1, 1)] and QApplication.focusWidget() is rows.table
    qtbot.keyClick(rows.table, Qt.Key.Key_Tab)  # from the last cell: out, to the table's first button
    assert QApplication.focusWidget() is rows.remove
    rows.table.setFocus()
    rows.table.setCurrentCell(0, 0)
    qtbot.keyClick(rows.table, Qt.Key.Key_Backtab)  # from the first cell: back to the field before it
    assert QApplication.focusWidget() is before
