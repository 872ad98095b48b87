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
