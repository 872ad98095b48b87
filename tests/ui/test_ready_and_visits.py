"""Ready means ready, visits cancelled and deleted, new visits only once typed in, and the outcome form's
draft, dates and follow-ups, through the real window."""

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import astuple

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QToolButton

from models.book import customers

from models.visits import outcomes, plan_templates, visits
from models.book.customers import ContactData, CustomerData
from models.storage.db import open_database
from models.visits.outcomes import OutcomeData, PromiseData
from tests.conftest import REPO
from tests.ui.conftest import read_while_written, type_with_input_method
from ui import visit_actions
from ui.dialogs import outcome_dialog



def tomorrow() -> dt.datetime:
    """Tomorrow at 10, read when asked: a run that passes midnight must not plan today's visits as tomorrow's."""
    return dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), dt.time(10))


def rows(path, sql: str) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


@pytest.fixture
def customer_id(paths):
    db = open_database(paths.database_url)
    cid = customers.save(db, CustomerData(name="Pioneer Hotels & Co", contacts=[ContactData(name="Noah Evans")])).customer_id
    db.close()
    return cid


@pytest.fixture
def window(open_window, paths, customer_id):
    QLocale.setDefault(QLocale("en"))
    return open_window(paths)


def planned_visit(window, customer_id, at=None) -> int:
    db = window.database.db
    with db.session() as s:
        template = plan_templates.load_checklist(s, "en")
    return visits.create_visit(db, customer_id, at or tomorrow(), template)


def open_planner(qtbot, window, visit_id):
    window.visits.open_visit(visit_id)
    planner = window.visits.planner
    qtbot.waitExposed(planner)
    return planner


def test_unticking_a_critical_item_after_ready_puts_the_visit_back_to_planned(qtbot, window, customer_id):
    planner = open_planner(qtbot, window, planned_visit(window, customer_id))
    contract = planner.checklist.find("Contracts / agreement forms")
    contract.setCheckState(0, Qt.CheckState.Checked)
    qtbot.mouseClick(planner.ready_button, Qt.MouseButton.LeftButton)
    assert planner.status.text() == "Ready · 1/20 ticked" and planner.ready_button.text() == "Back to &planned"
    planner.checklist.find("Contracts / agreement forms").setCheckState(0, Qt.CheckState.Unchecked)
    assert visits.readiness(window.database.db, planner.plan.id).status == "planned"
    assert planner.status.text() == ("Planned · 0/20 ticked · not ready to go: "
                                     "Contracts / agreement forms for this offer packed")
    assert planner.notice.isVisible() and planner.notice.text() == (
        "Back to Planned: “Contracts / agreement forms for this offer packed” is not ticked any more.")
    assert planner.ready_button.text() == "Mark &ready"
    agenda = window.visits.ensure_built()
    assert agenda.tree.topLevelItem(1).text(4) == "Planned · 0/20 ticked · 1 critical open"
    planner.close()


def test_a_done_visit_is_refused_ready(qtbot, window, customer_id):
    visit_id = planned_visit(window, customer_id)
    outcomes.save_outcome(window.database.db, OutcomeData(visit_id=visit_id, result="won"))
    planner = open_planner(qtbot, window, visit_id)
    assert planner.status.text() == "Done · Won"
    assert not planner.ready_button.isEnabled() and "correct the outcome" in planner.ready_button.toolTip()
    assert planner.outcome_button.text() == "Correct the &outcome…" and not planner.cancel_button.isEnabled()
    planner.toggle_ready()  # even if it were pressed
    assert visits.readiness(window.database.db, visit_id).status == "done"
    assert "correct the outcome" in planner.notice.text()
    planner.close()


def test_cancel_and_delete_a_visit_from_the_agenda_and_undo_both(qtbot, window, paths, customer_id, monkeypatch):
    first = planned_visit(window, customer_id)
    second = planned_visit(window, customer_id, tomorrow() + dt.timedelta(hours=3))
    window.show_page(2)
    agenda = window.visits.ensure_built()
    agenda.go_today()
    agenda.select_visit(first)
    agenda._context_menu(agenda.tree.visualItemRect(agenda.tree.currentItem()).center())
    menu = agenda.context_menu
    assert [a.text() for a in menu.actions()] == ["&Open", "&Cancel visit…", "&Delete visit…\tDel"]
    menu.actions()[1].trigger()
    form = window.visits.visit_form
    qtbot.waitExposed(form)
    type_with_input_method(form.why, "客户生病")
    form.accept()
    assert rows(paths.database, f"SELECT status, cancel_reason FROM visits WHERE id = {first}") == [("cancelled", "客户生病")]
    agenda.select_visit(first)
    assert agenda.tree.currentItem().text(4) == "Cancelled · 客户生病"
    monkeypatch.setattr(visit_actions, "confirm_delete", lambda parent, about: True)
    agenda.select_visit(second)
    agenda.tree.setFocus()
    qtbot.keyClick(agenda.tree, Qt.Key.Key_Delete)
    assert rows(paths.database, f"SELECT count(*) FROM visits WHERE id = {second}") == [(0,)]
    assert rows(paths.database, f"SELECT count(*) FROM checklist_items WHERE visit_id = {second}") == [(0,)]
    assert window.undo_action.text().startswith("&Undo Delete visit ")
    window.undo_action.trigger()
    assert rows(paths.database, f"SELECT count(*) FROM checklist_items WHERE visit_id = {second}") == [(20,)]
    window.undo_action.trigger()
    assert rows(paths.database, f"SELECT status, cancel_reason FROM visits WHERE id = {first}") == [("planned", "")]
    agenda.select_visit(second)
    assert agenda.tree.currentItem() is not None and agenda.tree.currentItem().text(4).startswith("Planned")


def test_the_menu_key_opens_the_menu_of_the_selected_visit(qtbot, window, customer_id):
    visit_ids = [planned_visit(window, customer_id, tomorrow() + dt.timedelta(hours=h)) for h in range(3)]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # Visits
    agenda = window.visits.ensure_built()
    assert QApplication.focusWidget() is agenda.tree  # the list takes the keys, with a visit selected
    assert agenda.tree.currentItem().data(0, Qt.ItemDataRole.UserRole) == visit_ids[0]
    qtbot.keyClick(agenda.tree, Qt.Key.Key_Down)
    # as Qt sends it for the menu key: at the input cursor of the focused widget, in the tree's coordinates
    point = agenda.tree.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle).center()
    QApplication.sendEvent(agenda.tree, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, point,
                                                          agenda.tree.mapToGlobal(point)))
    menu = agenda.context_menu
    with qtbot.waitSignal(agenda.cancel_requested) as cancel:
        menu.actions()[1].trigger()
    assert cancel.args[0] == visit_ids[1]  # the selected visit, not the one below it
    window.visits.visit_form.reject()


def test_delete_from_the_planner_closes_it_and_undo_brings_the_plan_back(qtbot, window, paths, customer_id, monkeypatch):
    visit_id = planned_visit(window, customer_id)
    planner = open_planner(qtbot, window, visit_id)
    planner.form.texts["purpose"].setPlainText("Renew the 5G contract")
    monkeypatch.setattr(visit_actions, "confirm_delete", lambda parent, about: True)
    qtbot.mouseClick(planner.delete_button, Qt.MouseButton.LeftButton)
    assert not planner.isVisible()
    assert rows(paths.database, "SELECT count(*) FROM visits") == [(0,)]
    window.undo_action.trigger()
    assert rows(paths.database, f"SELECT purpose FROM visits WHERE id = {visit_id}") == [("Renew the 5G contract",)]


def test_new_visit_closed_untouched_leaves_no_visit_and_a_keystroke_writes_it(qtbot, window, paths, customer_id):
    window.new_visit(customer_id)
    planner = window.visits.planner
    qtbot.waitExposed(planner)
    assert planner.status.text().startswith("Planned · 0/20 ticked")
    assert not planner.delete_button.isEnabled()
    planner.close()
    assert rows(paths.database, "SELECT count(*) FROM visits") == [(0,)]
    window.new_visit(customer_id)
    planner = window.visits.planner
    planner.checklist.find("Business cards").setCheckState(0, Qt.CheckState.Checked)  # a tick is a choice too
    qtbot.waitUntil(lambda: planner.plan.id is not None, timeout=3000)
    assert rows(paths.database, "SELECT count(*) FROM checklist_items WHERE done_at IS NOT NULL") == [(1,)]
    assert planner.checklist.find("Business cards").checkState(0) == Qt.CheckState.Checked
    planner.close()
    assert rows(paths.database, "SELECT count(*) FROM visits") == [(1,)]


def open_outcome(qtbot, window, visit_id):
    planner = open_planner(qtbot, window, visit_id)
    planner.log_outcome()
    form = planner.outcome_dialog
    qtbot.waitExposed(form)
    return planner, form


def test_outcome_cancel_with_text_asks_and_keeps_the_draft(qtbot, window, customer_id, monkeypatch):
    visit_id = planned_visit(window, customer_id, dt.datetime.combine(dt.date.today(), dt.time(9)))
    planner, form = open_outcome(qtbot, window, visit_id)
    form.reject()  # nothing typed: it just closes
    assert not form.isVisible()
    planner.log_outcome()
    form = planner.outcome_dialog
    type_with_input_method(form.summary, "客户对价格有顾虑 & 要求试用")
    answers = iter(["go_on", "keep"])
    monkeypatch.setattr(outcome_dialog, "ask_keep_draft", lambda parent: next(answers))
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert form.isVisible()  # go on typing
    form.reject()
    assert not form.isVisible()
    planner.log_outcome()
    form = planner.outcome_dialog
    assert form.summary.text() == "客户对价格有顾虑 & 要求试用"
    assert form.draft_label.text() == "Restored what you typed and had not saved yet."
    monkeypatch.setattr(outcome_dialog, "ask_keep_draft", lambda parent: "discard")
    form.reject()
    planner.log_outcome()
    assert planner.outcome_dialog.summary.text() == ""
    planner.outcome_dialog.reject()
    planner.close()


DRAFT_SCRIPT = """
import sys
from ui.app import create_application
from models.storage.db import open_database
from ui.dialogs.outcome_dialog import OutcomeDialog
import datetime as dt
app = create_application("en")
db = open_database(sys.argv[1])
form = OutcomeDialog(db, int(sys.argv[2]), int(sys.argv[3]), dt.date.today())
form.show()
form.summary.setFocus()
form.summary.insertPlainText("草稿：客户同意试用 & 下周签约")
print("typed", flush=True)
app.exec()
"""


def test_the_outcome_draft_survives_the_process_being_killed(paths, customer_id):
    db = open_database(paths.database_url)
    visit_id = visits.create_visit(db, customer_id, dt.datetime.combine(dt.date.today(), dt.time(9)), [])
    db.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen([sys.executable, "-c", DRAFT_SCRIPT, paths.database_url, str(visit_id), str(customer_id)],
                             cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "typed", child.stderr.read()
        deadline = time.monotonic() + 30
        while "草稿" not in (stored_draft(paths.database, visit_id) or ""):
            assert time.monotonic() < deadline, "the draft was never saved"
            time.sleep(0.05)
    finally:
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)
    from models.visits.outcome_drafts import load_draft

    db = open_database(paths.database_url)
    try:
        assert load_draft(db, visit_id).summary == "草稿：客户同意试用 & 下周签约"
    finally:
        db.close()


def stored_draft(path, visit_id: int) -> str | None:
    return read_while_written(path, "SELECT outcome_draft FROM visits WHERE id = ?", visit_id)


def test_outcome_dates_as_typed_and_an_after_sales_check_after_a_won_deal(qtbot, window, paths, customer_id):
    visit_id = planned_visit(window, customer_id, dt.datetime.combine(dt.date.today(), dt.time(9)))
    planner, form = open_outcome(qtbot, window, visit_id)
    form.result.setCurrentIndex(form.result.findData("won"))
    assert form.follow_wanted.isEnabled() and not form.follow_wanted.isChecked()
    assert form.follow_wanted.text() == "Schedule an after-sales check (optional)"
    assert not form.follow_date.isEnabled()
    form.follow_wanted.setChecked(True)
    tomorrow = dt.date.today() + dt.timedelta(days=1)  # (a day after the visit's, whatever day the test runs)
    form.follow_date.edit.setText(f"{tomorrow.month}月{tomorrow.day}日")
    form.follow_date.edit.setFocus()
    qtbot.keyClick(form.follow_date.edit, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    expected = form.follow_date.date()
    assert expected == tomorrow + dt.timedelta(days=1) and form.follow_date.text() == f"{expected:%Y-%m-%d}"
    form.brings.setText("After-sales check")
    qtbot.mouseClick(form.promises.add_promise, Qt.MouseButton.LeftButton)
    assert form.promises.table.state() == form.promises.table.State.EditingState  # typing goes into the row
    form.promises.table.item(0, 1).setText("Send the invoice")
    due = form.promises.table.cellWidget(0, 2)
    due.edit.setText("—20261203")
    form.accept()
    assert form.isVisible() and "is not a date" in form.problems.text()
    due.open_calendar()
    assert due.calendar.selectedDate().toPython() == dt.date.today()  # the calendar opens on today
    due.calendar.activated.emit(due.calendar.selectedDate().addDays(2))
    assert due.date() == dt.date.today() + dt.timedelta(days=2)
    form.accept()
    assert not form.isVisible()
    saved = outcomes.load_outcome(window.database.db, visit_id)
    assert (saved.result, saved.follow_up.due_on, saved.follow_up.brings) == ("won", expected, "After-sales check")
    assert [(p.text, p.due_on) for p in saved.promises] == [("Send the invoice", dt.date.today() + dt.timedelta(days=2))]
    planner.close()


def test_the_outcome_form_fits_a_small_screen_with_nothing_clipped(qtbot, window, customer_id):
    visit_id = planned_visit(window, customer_id, dt.datetime.combine(dt.date.today(), dt.time(9)))
    outcomes.save_outcome(window.database.db, OutcomeData(visit_id=visit_id, result="no_decision",
                                                          promises=[PromiseData("Send the price list", "customer")],
                                                          follow_up=outcomes.FollowUpData(dt.date.today())))
    planner, form = open_outcome(qtbot, window, visit_id)
    assert form.width() <= 1280 and form.height() <= 760
    table = form.promises.table
    who = table.cellWidget(0, 0)
    assert who.currentText() == "They promised" and table.columnWidth(0) >= who.sizeHint().width()
    objections = form.objections.table
    assert objections.columnWidth(1) >= objections.columnWidth(0)  # "What they said" is not the narrowest
    form.reject()
    planner.close()


def test_menus_built_from_data_keep_their_ampersands(qtbot, window, customer_id):
    db = window.database.db
    earlier = planned_visit(window, customer_id, dt.datetime(2026, 9, 1, 10))
    plan = visits.load_plan(db, earlier)
    plan.purpose = "Renew R&D lines"
    plan.objections = [visits.ObjectionData("Price & terms", "Per day")]
    plan.products = [visits.ProductData("Fibre & 5G", benefit="One bill")]
    plan.questions = [visits.QuestionData("situation", "Who handles T&C?")]
    visits.save_plan(db, plan)
    other = customers.save(db, CustomerData(name="Brightpath & Sons")).customer_id
    window.new_visit(other)
    planner = window.visits.planner
    asked_before = next(b for b in planner.questions.findChildren(QToolButton) if b.text() == "Asked before…")
    menus = {"copy": planner.copy_button.menu(), "objections": planner.objections.suggestions.menu(),
             "products": planner.products.suggestions.menu(), "questions": asked_before.menu()}
    for menu in menus.values():
        menu.aboutToShow.emit()
    assert "Pioneer Hotels && Co: Renew R&&D lines" in menus["copy"].actions()[0].text()
    assert menus["objections"].actions()[0].text() == "Price && terms"
    assert menus["products"].actions()[0].text() == "Fibre && 5G: One bill"
    assert menus["questions"].actions()[0].text() == "Who handles T&&C?"
    planner.close()


@pytest.mark.parametrize("tab, button, rows", [("products", "add_product", "products"),
                                               ("objections", "add_objection", "objections")])
def test_add_product_or_objection_starts_editing_the_new_row(qtbot, window, customer_id, tab, button, rows):
    planner = open_planner(qtbot, window, planned_visit(window, customer_id))
    page = getattr(planner, tab)
    planner.tabs.setCurrentWidget(page)
    planner.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is planner)
    qtbot.mouseClick(getattr(page, button), Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "Fibre 1000 ")  # spaces go into the cell, not to a button
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(getattr(page, rows)()))  # the cell commits once the event loop runs
    assert astuple(getattr(page, rows)()[0])[0] == "Fibre 1000 "
    assert page.table.rowCount() == 1
    planner.close()


def test_the_picker_puts_the_customer_named_first(qtbot, window, customer_id):
    from ui.dialogs.customer_picker import CustomerPicker

    db = window.database.db
    named = customers.save(db, CustomerData(name="Noah Evans")).customer_id
    chosen = []

    def pick():
        picker = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CustomerPicker) and w.isVisible())
        type_with_input_method(picker.search, "Noah Evans")
        assert [picker.results.item(i).text() for i in range(picker.results.count())] == [
            "Noah Evans", "Pioneer Hotels & Co"]
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)

    QTimer.singleShot(50, pick)
    chosen.append(CustomerPicker.choose(db, window))
    assert chosen == [named]


def test_the_status_reads_the_same_on_today_the_agenda_the_planner_and_the_day_sheet(qtbot, window, customer_id,
                                                                                   tmp_path):
    from models.brief.service import write_day_sheet

    db = window.database.db
    day = dt.date.today()
    planned = planned_visit(window, customer_id, dt.datetime.combine(day, dt.time(8)))
    ready = planned_visit(window, customer_id, dt.datetime.combine(day, dt.time(9)))
    contract = next(i for i in visits.load_checklist(db, ready) if i.critical)
    visits.set_done(db, contract.id, True)
    visits.mark_ready(db, ready)
    done = planned_visit(window, customer_id, dt.datetime.combine(day, dt.time(10)))
    outcomes.save_outcome(db, OutcomeData(visit_id=done, result="won"))
    cancelled = planned_visit(window, customer_id, dt.datetime.combine(day, dt.time(11)))
    visits.cancel_visit(db, cancelled, "Customer ill")
    expected = {planned: "Planned · 0/20 ticked · 1 critical open", ready: "Ready · 1/20 ticked",
                done: "Done · Won", cancelled: "Cancelled · Customer ill"}
    window.data_changed()
    qtbot.waitUntil(lambda: window.today.lists is not None and window.today.lists.page is not None
                    and len(window.today.lists.lines("visits")) == 3, timeout=15_000)
    lists = window.today.lists
    on_today = {line.visit_id: lists.item_of("visits", i).text(3) for i, line in enumerate(lists.lines("visits"))}
    assert on_today == {k: v for k, v in expected.items() if k != cancelled}  # (a cancelled visit is not today's work)
    window.show_page(2)
    agenda = window.visits.ensure_built()
    agenda.go_today()
    on_agenda = {}
    for visit_id in expected:
        agenda.select_visit(visit_id)
        on_agenda[visit_id] = agenda.tree.currentItem().text(4)
    assert on_agenda == expected
    in_the_planner = {**expected, planned: "Planned · 0/20 ticked · not ready to go: "
                                           "Contracts / agreement forms for this offer packed"}  # (it names them)
    for visit_id, text in in_the_planner.items():
        planner = open_planner(qtbot, window, visit_id)
        assert planner.status.text() == text
        planner.close()
    target = tmp_path / "day.pdf"
    write_day_sheet(db, day, target, lang="en")
    summary = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-enc", "UTF-8", str(target), "-"],
                             check=True, capture_output=True, text=True).stdout
    printed = "".join(summary.split())
    for visit_id, text in expected.items():  # (a cancelled visit gets no brief)
        assert ("".join(text.split()) in printed) == (visit_id != cancelled), text
    # no other wording of it ("13/20 · ready"), beside the summary's count of the day ("4 visits · 1 ready to go")
    assert "ready" not in printed.replace("Ready·", "").replace("readytogo", "", 1).lower()


def test_visits_that_cannot_be_read_show_why_in_the_page_not_no_visits(qtbot, window, customer_id, monkeypatch):
    from models.errors import DatabaseLockedError
    from ui.widgets import agenda_view

    planned_visit(window, customer_id)
    window.show_page(2)
    agenda = window.visits.ensure_built()
    agenda.go_today()
    qtbot.waitUntil(lambda: agenda.tree.isVisible() and agenda.tree.topLevelItemCount() == 2)

    def locked(*_args):
        raise DatabaseLockedError()

    monkeypatch.setattr(agenda_view, "agenda", locked)
    agenda.refresh()
    assert agenda.problem.isVisible() and "locked by another program" in agenda.problem.text()
    assert "F5" in agenda.problem.text() and not agenda.empty.isVisible() and not agenda.tree.isVisible()
    monkeypatch.undo()  # the lock is gone: F5 brings the visits back
    agenda.refresh()
    assert agenda.tree.isVisible() and agenda.tree.topLevelItemCount() == 2 and not agenda.problem.isVisible()
