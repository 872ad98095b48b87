"""Whose work the window shows: the whole book's until it knows who the rep is; once the rep has said their
name (the first-run question), their own on Today, Customers and Visits, and the team's with one switch
(or View > The Team's Work, Ctrl+Shift+T), remembered for the next time."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from models.book import customers
from models.book.customers import CustomerData
from models.storage.db import open_database
from models.visits import outcomes, visits
from models.visits.outcomes import FollowUpData, OutcomeData
from models.visits import today as today_service
from tests.ui.conftest import type_with_input_method
from ui.widgets.agenda_view import ID_ROLE, REP_COLUMN

ZHANG, EMMA = "张伟", "Emma Wilson"


@pytest.fixture
def book(paths):
    """Two reps' customers, each with a visit later today and a follow-up due today."""
    db = open_database(paths.database_url)
    now = dt.datetime.now()
    for name, owner in (("华信科技", ZHANG), ("Acme Ltd", EMMA)):
        cid = customers.save(db, CustomerData(name=name, owner=owner)).customer_id
        held = visits.create_visit(db, cid, now - dt.timedelta(days=3), [])
        outcomes.save_outcome(db, OutcomeData(visit_id=held, result="progressed",
                                              follow_up=FollowUpData(now.date())), now=now - dt.timedelta(days=3))
        visits.create_visit(db, cid, dt.datetime.combine(now.date(), dt.time(23, 0)), [])
    db.close()
    return paths


def shown(window):
    """The customers of Today's visits and due follow-ups, of the agenda, and of the customer list."""
    page = window.today.lists.page
    work = {key: sorted(line.customer_name for line in page.sections[key].lines)
            for key in (today_service.VISITS, today_service.DUE_TODAY)}
    agenda = window.visits.ensure_built().tree
    rows = [agenda.topLevelItem(i) for i in range(agenda.topLevelItemCount())]
    work["agenda"] = sorted(row.text(1) for row in rows if row.data(0, ID_ROLE) is not None)  # (not the days)
    model = window.customers.model
    work["customers"] = sorted(model.index(row, 0).data() for row in range(model.rowCount()))
    return work


def team_rows(table):
    t = table.table
    return [[t.item(row, column).text() for column in range(t.columnCount())] for row in range(t.rowCount())]


def everything(names):
    return {key: sorted(names) for key in (today_service.VISITS, today_service.DUE_TODAY, "agenda", "customers")}


def test_the_rep_s_own_work_first_and_the_team_s_with_one_switch(book, qtbot, open_window):
    window = open_window(book)
    qtbot.waitUntil(lambda: window.today.lists is not None and window.today.lists.page is not None)
    qtbot.waitUntil(lambda: hasattr(window.customers, "ensure_built"))  # (the real page, after the first paint)
    window.customers.ensure_built()
    # nobody said who they are yet: everyone's work, no switch
    qtbot.waitUntil(lambda: shown(window) == everything(["Acme Ltd", "华信科技"]))
    assert not window.scope.isVisible() and not window.team_view_action.isEnabled()
    team = window.today.team_day  # the team's day, rep by rep, on top
    assert team.isVisible() and team_rows(team) == [
        [EMMA, "1", "–", "–", "–", "–", "–", "–"], [ZHANG, "1", "–", "–", "–", "–", "–", "–"],
        ["The team", "2", "–", "–", "–", "–", "–", "–"]]

    prompt = window.today.rep_prompt  # the first run asks the rep's name
    qtbot.waitUntil(prompt.isVisible)
    prompt.name.setFocus()
    type_with_input_method(prompt.name, ZHANG)
    qtbot.keyClicks(prompt.company, "Northwind")
    qtbot.keyClick(prompt.company, Qt.Key.Key_Return)
    qtbot.waitUntil(window.scope.isVisible)
    assert window.scope.mine.isChecked() and ZHANG in window.scope.mine.toolTip()
    qtbot.waitUntil(lambda: shown(window) == everything(["华信科技"]))
    assert window.customers.owner.currentData() == ZHANG and not team.isVisible()
    assert window.visits.agenda.tree.isColumnHidden(REP_COLUMN)  # (all the rep's own)
    assert not window.customers.owner.isEnabled()  # (another rep's customers: the team's view)
    qtbot.waitUntil(lambda: hasattr(window.reports, "selected_rep"))
    assert window.reports.selected_rep() == ZHANG  # the Reports page opens on the rep's report

    qtbot.mouseClick(window.scope.team, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown(window) == everything(["Acme Ltd", "华信科技"]))
    assert window.team_view_action.isChecked() and window.customers.owner.currentIndex() == 0
    qtbot.waitUntil(team.isVisible)
    assert window.customers.owner.isEnabled() and window.reports.selected_rep() is None
    agenda = window.visits.ensure_built().tree  # the team's agenda says whose each visit is
    assert not agenda.isColumnHidden(REP_COLUMN)
    assert sorted(agenda.topLevelItem(i).text(REP_COLUMN) for i in range(agenda.topLevelItemCount())
                  if agenda.topLevelItem(i).data(0, ID_ROLE) is not None) == [EMMA, ZHANG]
    window.team_view_action.trigger()  # View > The Team's Work again: back to the rep's own
    qtbot.waitUntil(lambda: shown(window) == everything(["华信科技"]))
    assert window.scope.mine.isChecked()
    window.team_view_action.trigger()
    qtbot.waitUntil(lambda: window.scope.team.isChecked())
    window.close()

    again = open_window(book)  # remembered: the team's
    qtbot.waitUntil(again.scope.isVisible)
    assert again.scope.team.isChecked()
    qtbot.waitUntil(lambda: again.today.lists is not None and again.today.lists.page is not None)
    qtbot.waitUntil(lambda: hasattr(again.customers, "ensure_built"))
    again.customers.ensure_built()
    qtbot.waitUntil(lambda: shown(again) == everything(["Acme Ltd", "华信科技"]))


def test_a_customer_handed_over_leaves_the_rep_s_work_and_comes_back_with_undo(book, qtbot, open_window):
    from models.team.hand_over import hand_overs

    db = open_database(book.database_url)
    with db.session() as s, s.begin():
        from models.visits import plan_templates

        plan_templates.save_rep(s, plan_templates.RepProfile(ZHANG, "Northwind"))
    db.close()
    window = open_window(book)
    window.settings.rep_asked = True
    qtbot.waitUntil(window.scope.isVisible)
    qtbot.waitUntil(lambda: hasattr(window.customers, "ensure_built"))
    window.show_page(1)
    qtbot.waitUntil(lambda: window.today.lists is not None and window.today.lists.page is not None)
    qtbot.waitUntil(lambda: shown(window) == everything(["华信科技"]))
    page = window.customers
    [cid] = [row.id for row in page.model.rows if row is not None]
    page.select_customer(cid)
    qtbot.waitUntil(lambda: page.selected_id() == cid)
    page.hand_over_action.trigger()
    dialog = page.hand_over_dialog
    qtbot.waitExposed(dialog)
    assert [dialog.rep.itemText(i) for i in range(dialog.rep.count())] == [EMMA]  # (not the owner)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown(window) == everything([]))  # Zhang's work went with the customer
    assert [(h.from_owner, h.to_owner, h.by) for h in hand_overs(window.database.db, cid)] == [(ZHANG, EMMA, ZHANG)]
    page.edit_customer(cid)  # the customer's Activity says so
    editor = page.editor
    qtbot.waitExposed(editor)
    assert editor.owner.isReadOnly() and "Hand Over to" in editor.owner.toolTip()  # (not typed over)
    activity = editor.activity.tree
    qtbot.waitUntil(lambda: activity.topLevelItemCount() > 0)
    lines = [[activity.topLevelItem(i).text(c) for c in (1, 3)] for i in range(activity.topLevelItemCount())]
    assert [f"Handed over from {ZHANG} to {EMMA}", f"by {ZHANG}"] in lines
    editor.reject()
    assert window.undo_action.text().endswith(f"Hand 华信科技 over to {EMMA}")
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: shown(window) == everything(["华信科技"]))
    assert hand_overs(window.database.db, cid) == []
