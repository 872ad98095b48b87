"""Closing the loop through the real window, as a rep does it on Today: follow-ups done, rescheduled and
dropped by key (the line leaves, the count changes, the timeline shows it, undo brings it back), a promise
kept, today's work never hidden among 2,000 overdue lines, Show all with its search and pages."""

import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from models.book import customers

from models.visits import outcomes, timeline, today, visits
from models.book.customers import CustomerData
from models.storage.db import open_database
from models.entities import FollowUp
from models.visits.outcomes import FollowUpData, OutcomeData, PromiseData
from tests.ui.conftest import type_with_input_method

TODAY = dt.date.today()


@pytest.fixture(autouse=True)
def today_as_the_test_starts():
    """TODAY read as each test starts, not as the module is collected: a run that passes midnight (CI's did) would
    otherwise plan yesterday's follow-ups and look for them under Due today."""
    global TODAY
    TODAY = dt.date.today()


def rows(path, sql: str) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


def held_visit(db, cid: int, days_ago: int, follow_up: FollowUpData | None, promises=()) -> int:
    vid = visits.create_visit(db, cid, dt.datetime.combine(TODAY - dt.timedelta(days=days_ago), dt.time(10)), [])
    outcomes.save_outcome(db, OutcomeData(visit_id=vid, result="progressed", follow_up=follow_up,
                                          promises=list(promises)))
    return vid


@pytest.fixture
def book(paths):
    """华信 with three follow-ups due today and a promise; Pioneer with one overdue."""
    QLocale.setDefault(QLocale("en"))
    db = open_database(paths.database_url)
    cid = customers.save(db, CustomerData(name="华信科技有限公司")).customer_id
    other = customers.save(db, CustomerData(name="Pioneer Hotels & Co")).customer_id
    for days_ago, brings in ((9, "The new 5G tariff"), (8, "A usage report"), (7, "The reference case")):
        held_visit(db, cid, days_ago, FollowUpData(TODAY, "phone", brings))
    held_visit(db, cid, 6, FollowUpData(TODAY + dt.timedelta(days=20), "visit", "later"),
               [PromiseData("Send the revised price list", "us", TODAY)])
    held_visit(db, other, 12, FollowUpData(TODAY - dt.timedelta(days=2), "message", "优惠：宽带八折"))
    db.close()
    return cid, other


@pytest.fixture
def window(qtbot, open_window, paths, book):
    win = open_window(paths)
    wait_for_today(qtbot, win)
    return win


def wait_for_today(qtbot, window):
    qtbot.waitUntil(lambda: window.today.lists is not None and window.today.lists.page is not None, timeout=15_000)


def refreshed(qtbot, window):
    return qtbot.waitSignal(window.today.refreshed, timeout=15_000)


def focus(qtbot, widget):
    widget.activateWindow()  # a window manager does this; offscreen there is none
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def select(qtbot, window, key: str, index: int = 0):
    lists = window.today.lists
    focus(qtbot, window)
    lists.tree.setFocus()
    lists.tree.setCurrentItem(lists.item_of(key, index))
    return lists.tree.line()


def press(qtbot, tree, key, window):
    """``key`` on the selected line of ``tree``: the form it opens, with the keyboard."""
    qtbot.keyClick(tree, key)
    form = window.today.actions.dialog
    qtbot.waitExposed(form)
    focus(qtbot, form)
    return form


def heading(window, key: str) -> str:
    return window.today.lists.heading(key).text(0)


def test_follow_ups_done_rescheduled_and_dropped_from_today_by_key(qtbot, window, paths, book):
    cid, _other = book
    lists = window.today.lists
    assert heading(window, today.DUE_TODAY) == "Due today  ·  4" and heading(window, today.OVERDUE) == "Overdue  ·  1"
    assert window.navigation.item(0).text() == "Today  5"
    line = select(qtbot, window, today.DUE_TODAY, 0)
    assert (line.what, line.text) == (today.FOLLOW_UP, "The new 5G tariff")
    assert [b.text() for b in lists.bar.buttons.values()] == [
        "Open the visit  (Enter)", "Done…  (D)", "Reschedule…  (R)", "Drop…  (X)"]

    # D: done, what happened in a line, Ctrl+Enter
    form = press(qtbot, lists.tree, Qt.Key.Key_D, window)
    type_with_input_method(form.what, "电话沟通：对新资费感兴趣")
    with refreshed(qtbot, window):
        qtbot.keyClick(form.what, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert heading(window, today.DUE_TODAY) == "Due today  ·  3"
    assert "The new 5G tariff" not in [line.text for line in lists.lines(today.DUE_TODAY)]
    assert lists.tree.line().text == "A usage report"  # the next line is selected: D again goes on
    assert window.navigation.item(0).text() == "Today  4"
    assert rows(paths.database, f"SELECT follow_ups_done FROM customers WHERE id = {cid}") == [(1,)]

    # R: rescheduled to a date typed as the rep writes it
    form = press(qtbot, lists.tree, Qt.Key.Key_R, window)
    form.date.edit.setText("+3")
    type_with_input_method(form.why, "客户出差")
    with refreshed(qtbot, window):
        qtbot.keyClick(form.why, Qt.Key.Key_Return)  # Enter saves
    assert [line.text for line in lists.lines(today.DUE_TODAY)] == ["The reference case", "Send the revised price list"]
    later = (TODAY + dt.timedelta(days=3)).isoformat()
    assert rows(paths.database, "SELECT due_on, moved_from, move_reason FROM follow_ups WHERE brings = 'A usage report'") \
        == [(later, TODAY.isoformat(), "客户出差")]

    # X: dropped needs a reason
    form = press(qtbot, lists.tree, Qt.Key.Key_X, window)
    qtbot.keyClick(form.why, Qt.Key.Key_Return)
    assert form.isVisible() and "Say why" in form.problem.text()
    type_with_input_method(form.why, "Signed with a competitor")
    with refreshed(qtbot, window):
        form.accept()
    assert heading(window, today.DUE_TODAY) == "Due today  ·  1"

    # the customer's timeline shows all three
    window.show_page(1)
    qtbot.waitUntil(lambda: window.customers.__class__.__name__ == "CustomersPage")
    window.customers.edit_customer(cid)
    editor = window.customers.editor
    activity = editor.activity.tree
    shown = [activity.topLevelItem(i) for i in range(activity.topLevelItemCount())]
    follow_ups = {item.text(1): (item.text(2), item.text(3)) for item in shown if item.text(1).startswith("Follow-up")}
    assert follow_ups["Follow-up · Phone: The new 5G tariff"] == ("Done", "电话沟通：对新资费感兴趣")
    assert follow_ups["Follow-up · Phone: A usage report"] == (f"Open, due {later}", f"moved from {TODAY}: 客户出差")
    assert follow_ups["Follow-up · Phone: The reference case"] == ("Dropped", "Signed with a competitor")
    editor.reject()

    # Edit > Undo takes the drop back, and the line is on Today again
    window.show_page(0)
    focus(qtbot, window)
    assert window.undo_action.text() == "&Undo Follow-up dropped: 华信科技有限公司"
    with refreshed(qtbot, window):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert heading(window, today.DUE_TODAY) == "Due today  ·  2"
    assert rows(paths.database, "SELECT status, note FROM follow_ups WHERE brings = 'The reference case'") == [("open", "")]


def test_a_promise_kept_with_one_key_and_undone(qtbot, window, paths):
    lists = window.today.lists
    index = [line.what for line in lists.lines(today.DUE_TODAY)].index(today.PROMISE)
    line = select(qtbot, window, today.DUE_TODAY, index)
    assert line.text == "Send the revised price list"
    assert "Kept  (D)" in [b.text() for b in lists.bar.buttons.values()]
    with refreshed(qtbot, window):
        qtbot.keyClick(lists.tree, Qt.Key.Key_D)
    assert "Send the revised price list" not in [line.text for line in lists.lines(today.DUE_TODAY)]
    assert rows(paths.database, "SELECT status FROM promises") == [("kept",)]
    assert window.statusBar().currentMessage() == "Promise kept: 华信科技有限公司"
    with refreshed(qtbot, window):
        window.undo_action.trigger()
    assert rows(paths.database, "SELECT status, done_at FROM promises") == [("open", None)]
    assert "Send the revised price list" in [line.text for line in lists.lines(today.DUE_TODAY)]


def test_a_follow_up_due_today_is_seen_among_2000_overdue_and_show_all_pages_and_searches(qtbot, window, paths, book):
    cid, other = book
    db = window.database.db
    with db.session() as s, s.begin():
        s.add_all([FollowUp(customer_id=other, due_on=TODAY - dt.timedelta(days=30 + i % 300), channel="phone",
                            brings=f"old offer {i}") for i in range(2000)])
    with refreshed(qtbot, window):
        qtbot.keyClick(window, Qt.Key.Key_F5)  # F5 refreshes
    lists = window.today.lists
    assert heading(window, today.DUE_TODAY) == "Due today  ·  4"
    assert [line.text for line in lists.lines(today.DUE_TODAY)][0] == "The new 5G tariff"
    assert heading(window, today.OVERDUE) == "Overdue  ·  2,001"
    assert "· 2,001 overdue ·" in lists.summary.text()  # the figures read the same above the list
    overdue = lists.heading(today.OVERDUE)
    more = overdue.child(overdue.childCount() - 1)
    assert more.text(1) == "Show all 2,001…"
    lists.tree.itemActivated.emit(more, 0)
    dialog = window.today.show_all_dialog
    qtbot.waitUntil(lambda: dialog.where.text() == "1–200 of 2,001", timeout=5000)  # (read off the GUI thread)
    assert dialog.tree.topLevelItemCount() == 200
    with qtbot.waitSignal(dialog.loaded):
        dialog.next.click()
    assert dialog.where.text() == "201–400 of 2,001"
    type_with_input_method(dialog.search, "old offer 1999")
    qtbot.waitUntil(lambda: dialog.where.text() == "1–1 of 1", timeout=5000)
    dialog.search.clear()
    type_with_input_method(dialog.search, "宽带")  # the line's own text
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1 and "宽带" in dialog.tree.topLevelItem(0).text(2),
                    timeout=5000)
    assert dialog.where.text() == "1–1 of 1"
    focus(qtbot, dialog)
    dialog.tree.setFocus()
    qtbot.keyClick(dialog.tree, Qt.Key.Key_D)  # the same keys as Today
    form = window.today.actions.dialog
    type_with_input_method(form.what, "Sent the offer by message")
    form.next_date.edit.setText("+7")
    with refreshed(qtbot, window):
        form.accept()
    qtbot.waitUntil(lambda: dialog.where.text() == "0–0 of 0", timeout=5000)
    assert heading(window, today.OVERDUE) == "Overdue  ·  2,000"
    assert rows(paths.database, "SELECT count(*) FROM follow_ups WHERE brings = '' AND done_at IS NULL") == [(1,)]
    dialog.close()


def test_sections_collapse_and_stay_as_the_rep_left_them(qtbot, open_window, paths, book):
    window = open_window(paths)
    wait_for_today(qtbot, window)
    lists = window.today.lists
    assert not lists.heading(today.STALLED_OPPORTUNITIES).isExpanded()  # the rest starts folded
    lists.heading(today.OVERDUE).setExpanded(False)
    lists.heading(today.STALLED_OPPORTUNITIES).setExpanded(True)
    window.close()
    again = open_window(paths)
    wait_for_today(qtbot, again)
    assert not again.today.lists.heading(today.OVERDUE).isExpanded()
    assert again.today.lists.heading(today.STALLED_OPPORTUNITIES).isExpanded()
    assert again.today.lists.heading(today.DUE_TODAY).isExpanded()


def test_today_follows_what_is_done_elsewhere(qtbot, window, book):
    """An outcome logged in the planner: its follow-up is on Today at once."""
    cid, _other = book
    db = window.database.db
    vid = visits.create_visit(db, cid, dt.datetime.combine(TODAY, dt.time(8)), [])
    with refreshed(qtbot, window):
        window.data_changed()
    assert [line.visit_id for line in window.today.lists.lines(today.VISITS)] == [vid]
    window.visits.open_visit(vid)
    planner = window.visits.planner
    planner.log_outcome()
    form = planner.outcome_dialog
    form.result.setCurrentIndex(form.result.findData("progressed"))
    form.follow_date.set_date(TODAY)
    form.brings.setText("The signed offer")
    with refreshed(qtbot, window):
        form.accept()
    assert "The signed offer" in [line.text for line in window.today.lists.lines(today.DUE_TODAY)]
    assert window.today.lists.item_of(today.VISITS, 0).text(3) == "Done · Progressed"
    planner.close()
    # and then it is done from Today, with the next one, which is on the customer's timeline
    index = [line.text for line in window.today.lists.lines(today.DUE_TODAY)].index("The signed offer")
    select(qtbot, window, today.DUE_TODAY, index)
    form = press(qtbot, window.today.lists.tree, Qt.Key.Key_D, window)
    type_with_input_method(form.what, "Signed offer sent by mail")
    form.next_date.edit.setText("+2")
    form.brings.setText("Confirm the start date")
    with refreshed(qtbot, window):
        qtbot.keyClick(form.what, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "The signed offer" not in [line.text for line in window.today.lists.lines(today.DUE_TODAY)]
    history = {(event.kind, event.text): event for event in timeline.activity(window.database.db, cid)}
    assert history[(timeline.FOLLOW_UP, "The signed offer")].note == "Signed offer sent by mail"
    assert history[(timeline.FOLLOW_UP, "Confirm the start date")].due_on == TODAY + dt.timedelta(days=2)


def test_a_promise_moved_and_one_broken_from_today(qtbot, window, paths, book):
    cid, _other = book
    db = window.database.db
    held_visit(db, cid, 5, FollowUpData(TODAY + dt.timedelta(days=20), "visit", "later"),
               [PromiseData("Share last quarter's bills", "customer", TODAY)])
    with refreshed(qtbot, window):
        window.data_changed()
    lists = window.today.lists

    def promise_line(text):
        return [line.text for line in lists.lines(today.DUE_TODAY)].index(text)

    select(qtbot, window, today.DUE_TODAY, promise_line("Send the revised price list"))
    assert [b.text() for b in lists.bar.buttons.values()] == [
        "Open the visit  (Enter)", "Kept  (D)", "Move…  (R)", "Broken…  (X)"]
    form = press(qtbot, lists.tree, Qt.Key.Key_R, window)
    form.date.edit.setText("明天")
    type_with_input_method(form.why, "报价还在审批")
    with refreshed(qtbot, window):
        qtbot.keyClick(form.why, Qt.Key.Key_Return)
    tomorrow = (TODAY + dt.timedelta(days=1)).isoformat()
    assert rows(paths.database, "SELECT due_on, moved_from, move_reason, status FROM promises "
                                "WHERE text = 'Send the revised price list'") == [(tomorrow, TODAY.isoformat(), "报价还在审批", "open")]
    select(qtbot, window, today.DUE_TODAY, promise_line("Share last quarter's bills"))
    form = press(qtbot, lists.tree, Qt.Key.Key_X, window)
    type_with_input_method(form.why, "The bills never came")
    with refreshed(qtbot, window):
        form.accept()
    assert [line.what for line in lists.lines(today.DUE_TODAY)].count(today.PROMISE) == 0
    assert rows(paths.database, "SELECT status, note FROM promises WHERE text = 'Share last quarter''s bills'") == [
        ("broken", "The bills never came")]
    assert window.undo_action.text() == "&Undo Promise broken: 华信科技有限公司"


def test_the_planners_side_panel_and_the_timeline_close_the_loop_too(qtbot, window, paths, book):
    cid, _other = book
    vid = visits.create_visit(window.database.db, cid, dt.datetime.combine(TODAY + dt.timedelta(days=1), dt.time(10)), [])
    window.visits.open_visit(vid)
    planner = window.visits.planner
    qtbot.waitExposed(planner)
    work = planner.open_work
    assert [work.line(work.topLevelItem(i)).text for i in range(work.topLevelItemCount())][:2] == [
        "The new 5G tariff", "A usage report"]
    focus(qtbot, planner)
    work.setFocus()
    work.setCurrentItem(work.topLevelItem(0))
    qtbot.keyClick(work, Qt.Key.Key_X)
    form = planner.loop.dialog
    type_with_input_method(form.why, "Not needed: they signed")
    form.accept()
    assert work.line(work.topLevelItem(0)).text == "A usage report"  # the panel shows it at once
    assert rows(paths.database, "SELECT status FROM follow_ups WHERE brings = 'The new 5G tariff'") == [("dropped",)]
    assert window.undo_action.text() == "&Undo Follow-up dropped: 华信科技有限公司"
    planner.close()
    # the customer's record: the timeline's lines open their visit, over the record
    window.show_page(1)
    qtbot.waitUntil(lambda: window.customers.__class__.__name__ == "CustomersPage")
    window.customers.edit_customer(cid)
    editor = window.customers.editor
    activity = editor.activity.tree
    visit_line = next(activity.topLevelItem(i) for i in range(activity.topLevelItemCount())
                      if activity.topLevelItem(i).text(1).startswith("Visit:")
                      and activity.line(activity.topLevelItem(i)).visit_id == vid)
    activity.itemActivated.emit(visit_line, 0)
    planner = window.visits.planner
    assert planner.plan.id == vid and planner.parent() is editor
    planner.close()
    editor.reject()


def test_a_failure_gathering_today_or_a_complete_list_is_reported_not_only_logged(qtbot, window, monkeypatch):
    from ui import errors

    reported = []
    monkeypatch.setattr(errors, "report_exception", lambda exc, log_file, parent=None: reported.append(exc))
    lists = window.today.lists
    overdue = lists.heading(today.OVERDUE)
    window.today.show_all(today.OVERDUE)
    dialog = window.today.show_all_dialog
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1, timeout=5000)

    def broken(*_args, **_kwargs):
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(today, "page", broken)
    monkeypatch.setattr(today, "section", broken)
    window.today.refresh()
    dialog.go(0)
    qtbot.waitUntil(lambda: len(reported) == 2, timeout=5000)
    assert [str(exc) for exc in reported] == ["the disk went away"] * 2
    assert overdue.text(0) == "Overdue  ·  1"  # what was shown stays
    dialog.close()
