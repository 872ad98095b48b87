"""Suggested tier and stage changes through the real widgets: after an outcome, on the Today page, and in
the customer editor; accepted, declined, and undone."""

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication

from models.book import customers, suggestions

from models.visits import visits
from models.book.customers import CustomerData
from models.storage.db import open_database

GOLD_SPEND = {(2026, m): 200_00 for m in range(5, 11)}


def make_customer(paths, **extra) -> tuple[int, int]:
    db = open_database(paths.database_url)
    cid = customers.save(db, CustomerData(name="华信科技有限公司", **extra)).customer_id
    vid = visits.create_visit(db, cid, dt.datetime.now() - dt.timedelta(hours=3), [])
    db.close()
    return cid, vid


def log_won_outcome(qtbot, window, vid):
    window.visits.open_visit(vid)
    planner = window.visits.planner
    qtbot.mouseClick(planner.outcome_button, Qt.MouseButton.LeftButton)
    form = planner.outcome_dialog
    qtbot.waitExposed(form)
    form.result.setCurrentIndex(form.result.findData("won"))
    form.accept()
    qtbot.waitUntil(lambda: planner.suggestions_dialog is not None and planner.suggestions_dialog.isVisible())
    return planner, planner.suggestions_dialog


@pytest.mark.parametrize("accept", [True, False])
def test_a_won_outcome_asks_about_the_stage_and_the_tier(qtbot, open_window, paths, accept):
    QLocale.setDefault(QLocale("en"))
    cid, vid = make_customer(paths, lifecycle_stage="A", tier="silver", spend=GOLD_SPEND)
    window = open_window(paths)
    planner, dialog = log_won_outcome(qtbot, window, vid)
    texts = [box.text() for box in dialog.boxes]
    assert texts == ["华信科技有限公司: Tier: Silver → Gold",
                     "华信科技有限公司: Lifecycle stage: A · Acquisition → B · Build-up"]
    assert all(box.isChecked() for box in dialog.boxes)  # ticked means "make it"; nothing happened yet
    db = window.database.db
    assert (customers.load(db, cid).tier, customers.load(db, cid).lifecycle_stage) == ("silver", "A")
    if not accept:
        for box in dialog.boxes:
            qtbot.keyClick(box, Qt.Key.Key_Space)
        assert not any(box.isChecked() for box in dialog.boxes)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    stored = customers.load(db, cid)
    assert (stored.tier, stored.lifecycle_stage) == (("gold", "B") if accept else ("silver", "A"))
    assert suggestions.for_customer(db, cid, outcome_result="won") == []  # answered either way
    window.undo_action.trigger()  # the last answer (the stage) is undone and would be asked again
    assert customers.load(db, cid).lifecycle_stage == "A"
    assert [s.kind for s in suggestions.for_customer(db, cid, outcome_result="won")] == ["stage"]
    planner.close()


def test_not_now_changes_nothing_and_records_nothing(qtbot, open_window, paths):
    cid, vid = make_customer(paths, lifecycle_stage="A")
    window = open_window(paths)
    planner, dialog = log_won_outcome(qtbot, window, vid)
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    db = window.database.db
    assert customers.load(db, cid).lifecycle_stage == "A"
    assert len(suggestions.for_customer(db, cid, outcome_result="won")) == 1
    planner.close()


def test_the_today_page_lists_spend_suggestions_and_a_decline_removes_the_line(qtbot, open_window, paths):
    QLocale.setDefault(QLocale("en"))
    cid, _vid = make_customer(paths, tier="silver", spend=GOLD_SPEND)
    window = open_window(paths)
    page = window.today
    qtbot.waitUntil(lambda: page.lists is not None and page.lists.page is not None
                    and len(page.lists.lines("suggestions")) == 1, timeout=10_000)
    line = page.lists.item_of("suggestions", 0)
    assert line.text(2) == "Tier: Silver → Gold" and "200.00 a month" in line.text(3)
    page.lists.tree.itemActivated.emit(line, 0)
    dialog = page.suggestions_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog.boxes[0], Qt.Key.Key_Space)  # untick: decline
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(page.lists.lines("suggestions")) == 0, timeout=10_000)
    assert customers.load(window.database.db, cid).tier == "silver"
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: len(page.lists.lines("suggestions")) == 1, timeout=10_000)


def test_the_editor_shows_the_lifetime_value_with_its_inputs_and_keeps_the_referral(qtbot, open_window, paths):
    QLocale.setDefault(QLocale("en"))
    db = open_database(paths.database_url)
    referrer = customers.save(db, CustomerData(name="Harbour Lights")).customer_id
    cid = customers.save(db, CustomerData(name="华信科技有限公司", spend={(2026, m): 700_00 for m in range(1, 11)}))
    customers.save(db, CustomerData(name="王秀英", referred_by_id=cid.customer_id, spend={(2026, 10): 300_00}))
    db.close()
    cid = cid.customer_id
    window = open_window(paths)
    qtbot.waitUntil(lambda: window.customers.__class__.__name__ == "CustomersPage")
    window.customers.edit_customer(cid)
    editor = window.customers.editor
    value = editor.spend.value
    assert value.figures["purchases"].text() == "10" and value.figures["years"].text() == "5 years"
    assert value.figures["average"].text() == "700.00"
    assert value.figures["referrals"].text() == "-200.00 from 1 customer"  # 300 spent - 500 default cost
    # 10 a year x 5 years x 700 - 500 (the default cost) - 200 (the referral's net)
    assert value.figures["value"].text() == "<b>34,300.00</b> = 10 × 5 × 700.00 − 500.00 − 200.00"
    value.acquisition.setText("1,000")
    assert value.figures["value"].text().startswith("<b>33,800.00</b>")
    value.acquisition.setText("-5")
    assert not editor.save() and editor.tabs.currentIndex() == 2 and value.error.isVisible()
    value.acquisition.setText("1000")
    seen = []

    def answer_the_picker():
        picker = QApplication.activeModalWidget()
        seen.append((picker.windowTitle(), picker.results.count()))
        picker.search.setText("Harbour")
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    QTimer.singleShot(0, answer_the_picker)
    qtbot.mouseClick(editor.referred_by, Qt.MouseButton.LeftButton)
    assert seen == [("Referred by…", 2)]  # everyone but this customer
    assert editor.referred_by.text() == "Harbour Lights" and editor.no_referrer.isEnabled()
    assert editor.save()
    stored = customers.load(window.database.db, cid)
    assert (stored.acquisition_cost_cents, stored.referred_by_id) == (1000_00, referrer)
