"""The Today page lists what to do, and each line opens what it names."""

import datetime as dt

from PySide6.QtCore import QLocale

from models.book import customers

from models.visits import outcomes, today, visits
from models.book.customers import CustomerData
from models.storage.db import open_database
from models.visits.outcomes import FollowUpData, OutcomeData


def test_today_lists_open_the_visit_or_the_customer(qtbot, open_window, paths):
    QLocale.setDefault(QLocale("en"))
    db = open_database(paths.database_url)
    falling = {(2026, m): 500_00 for m in range(1, 10)} | {(2026, 10): 100_00}
    cid = customers.save(db, CustomerData(name="华信科技有限公司", spend=falling)).customer_id
    held = visits.create_visit(db, cid, dt.datetime.now() - dt.timedelta(days=10), [])
    outcomes.save_outcome(db, OutcomeData(visit_id=held, result="progressed",
                                          follow_up=FollowUpData(dt.date.today() - dt.timedelta(days=1), "phone", "")))
    db.close()
    window = open_window(paths)
    page = window.today
    qtbot.waitUntil(lambda: page.lists is not None and page.lists.page is not None
                    and len(page.lists.lines(today.OVERDUE)) == 1, timeout=10_000)
    follow_up = page.lists.item_of(today.OVERDUE, 0)
    assert follow_up.text(0).endswith(", yesterday") and follow_up.text(2) == "Phone: brings nothing yet"
    assert follow_up.text(3) == "follow-up #1"
    assert len(page.lists.lines(today.DROPS)) == 1
    page.lists.tree.itemActivated.emit(follow_up, 0)
    assert window.visits.planner is not None and window.visits.planner.plan.id == held
    window.visits.planner.close()
    drop = page.lists.item_of(today.DROPS, 0)
    qtbot.waitUntil(lambda: window.customers.__class__.__name__ == "CustomersPage")
    page.lists.tree.itemActivated.emit(drop, 0)
    editor = window.customers.editor
    assert editor.isVisible() and editor.name.text() == "华信科技有限公司"
    editor.done(0)
