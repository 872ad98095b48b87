"""In the window, on the team database with a rep's login: an edit of another rep's customer is refused by the
server and said plainly in the editor, which keeps what was typed; the rep's own customer saves."""

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from models.book import customers
from models.entities import Customer
from tests.report_book import ZHANG
from tests.team_logins import team_with_logins
from tests.ui.conftest import type_with_input_method


@pytest.fixture
def team(pg_server):
    with team_with_logins(pg_server) as opened:
        yield opened


def _id(db, name):
    with db.session() as s:
        return s.scalar(select(Customer.id).where(Customer.name == name))


def test_a_rep_s_edit_of_a_colleague_s_customer_is_refused_in_plain_words(team, qtbot, open_window, paths):
    admin, _opened, urls = team
    window = open_window(paths, urls[ZHANG])
    for name, saved in (("Acme Ltd", False), ("长城商贸", True)):
        cid = _id(admin, name)
        window.customers.edit_customer(cid)
        editor = window.customers.editor
        qtbot.waitExposed(editor)
        editor.activateWindow()
        editor.notes.setFocus()
        type_with_input_method(editor.notes, "下周带合同")
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        if saved:
            qtbot.waitUntil(lambda: not editor.isVisible())
            assert customers.load(admin, cid).notes == "下周带合同"
        else:
            qtbot.waitUntil(lambda: editor.message.isVisible())
            assert editor.isVisible(), "the editor stays open"
            said = editor.message.text()
            assert "This is Emma Wilson's" in said and "Nothing was saved" in said, said
            assert editor.notes.toPlainText() == "下周带合同"
            assert customers.load(admin, cid).notes == ""
            editor.notes.setPlainText("")  # (nothing left to discard: Esc closes it without asking)
            editor.reject()
            qtbot.waitUntil(lambda: not editor.isVisible())


def test_an_outcome_typed_on_a_colleague_s_visit_is_refused_once_and_kept_in_the_form(team, qtbot, open_window,
                                                                                     paths):
    from PySide6.QtWidgets import QApplication

    from models.entities import Visit
    from ui.dialogs.outcome_dialog import OutcomeDialog

    admin, opened, urls = team
    window = open_window(paths, urls[ZHANG])
    with admin.session() as s:  # Emma's visit to Acme on Thursday the 3rd
        visit = s.scalar(select(Visit).where(Visit.customer_id == _id(admin, "Acme Ltd"), Visit.status == "done")
                         .order_by(Visit.planned_start.desc()))
        visit_id, version, customer_id, day = visit.id, visit.version, visit.customer_id, visit.planned_start.date()
    dialog = OutcomeDialog(window.database.db, visit_id, customer_id, day, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.summary.setFocus()
    type_with_input_method(dialog.summary, "客户要求再报一次价")
    dialog.save_draft()
    dialog.save_draft()  # (typed on: no second try, no box)
    assert dialog.drafts_refused and "Not kept as a draft: This is Emma Wilson's" in dialog.problems.text()
    assert QApplication.activeModalWidget() in (None, dialog)
    dialog.accept()  # Save: refused in the form, which stays open with what was typed
    assert dialog.isVisible() and "Not saved: This is Emma Wilson's" in dialog.problems.text()
    assert "客户要求再报一次价" in dialog.summary.text()
    with admin.session() as s:
        unchanged = s.get(Visit, visit_id)
        assert (unchanged.version, unchanged.outcome_draft) == (version, None)
    dialog.done(0)


def test_the_manager_s_today_opens_on_the_team_and_a_rep_s_on_their_own(team, qtbot, open_window, paths,
                                                                        tmp_path):
    from models.storage.paths import DataPaths
    from tests.team_logins import MANAGER

    _admin, _opened, urls = team
    chen = open_window(paths, urls[MANAGER])
    qtbot.waitUntil(chen.scope.isVisible)
    assert chen.scope.team.isChecked() and not chen.today.rep_prompt.isVisible()  # (the login says who)
    qtbot.waitUntil(lambda: chen.today.lists is not None and chen.today.lists.page is not None)
    qtbot.waitUntil(chen.today.team_day.isVisible)  # the team's day, rep by rep
    chen.close()
    zhang = open_window(DataPaths.resolve(tmp_path / "zhang").ensure(), urls[ZHANG])
    qtbot.waitUntil(zhang.scope.isVisible)
    assert zhang.scope.mine.isChecked() and zhang.scope.me == ZHANG
