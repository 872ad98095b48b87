"""The team database in the window, on a real PostgreSQL server: File > Open Team Database… (a wrong
password corrected in place, the password remembered in the keyring, the recent list without it), the
title and status bar, Open Laptop Book; ``--database URL`` while the server is down, and a server that
never answers (the window goes on, Cancel works); the server going away while the rep works (the editor
and the planner keep what was typed, and the retry saves once the server is back); Copy Book to Team
Database… and Copy Team Database to Laptop Book…; Back Up Now and Restore from Backup… there."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.engine import make_url

from models.book import customers
from models.book.customers import CustomerData
from models.storage.db import open_database
from models.team.team_database import TeamDatabase, forget_password, stored_password
from tests.databases import PASSWORD, PASSWORD_USER
from tests.ui.conftest import type_with_input_method


def fill(dialog, team: TeamDatabase, password: str) -> None:
    dialog.host.setText(team.host)
    dialog.port.setValue(team.port)
    dialog.database.setText(team.database)
    dialog.user.setText(team.user)
    dialog.password.setText(password)


def opened(qtbot, window, what: str) -> None:
    qtbot.waitUntil(lambda: window.database_label.text().startswith(what), timeout=15_000)


def test_open_a_team_database_correct_the_password_and_go_back_to_the_laptop(team_url, qtbot, open_window, paths):
    team = TeamDatabase.from_url(team_url)
    forget_password(team)  # the first time on this laptop
    window = open_window(paths)
    assert window.database_label.text().startswith("Laptop book: ")
    assert not window.team.laptop_action.isEnabled() and not window.team.recent_menu.isEnabled()

    dialog = window.team.open_team_database()
    fill(dialog, team, "wrong")
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "did not accept the password of rep" in dialog.message.text(), timeout=15_000)
    assert dialog.isVisible() and dialog.database.text() == team.database and dialog.host.text() == team.host
    assert window.database_label.text() == f"Laptop book: {paths.database}", "the laptop book stays open"
    assert dialog.password.hasFocus() or dialog.password.selectedText() == "wrong"

    dialog.password.setText(PASSWORD)
    # the tests' keyring is keyrings.alt's plain file: not ticked unasked, and the box says why
    assert not dialog.remember.isChecked() and "plain file" in dialog.remember.text()
    dialog.remember.setChecked(True)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # Return opens (Cancel is never the default)
    opened(qtbot, window, "Team database: ")
    assert window.database_label.text() == f"Team database: {team.describe()}"
    assert window.windowTitle() == f"Fieldbrief — team database {team.describe()}"
    assert window.team.dialog is None, "the dialog closed once the database was open"
    assert stored_password(team) == PASSWORD
    window.settings.sync()
    settings_text = paths.ui_settings.read_text(encoding="utf-8")
    assert team.database in settings_text and "rep-secret" not in settings_text and PASSWORD not in settings_text
    assert window.team.laptop_action.isEnabled() and not window.team.copy_action.isEnabled()

    window.team.laptop_action.trigger()
    opened(qtbot, window, "Laptop book: ")
    assert window.windowTitle() == "Fieldbrief — laptop book"

    recent = window.team.recent_menu.actions()  # the next time: one click, the keyring's password
    assert [a.text() for a in recent] == [team.describe()]
    recent[0].trigger()
    opened(qtbot, window, "Team database: ")

    window.team.laptop_action.trigger()  # or the dialog, which says the password is remembered
    opened(qtbot, window, "Laptop book: ")
    dialog = window.team.open_team_database()
    assert dialog.database.text() == team.database and dialog.password.text() == ""
    assert dialog.password.placeholderText() == "Remembered: leave empty to use it" and dialog.remember.isChecked()
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    opened(qtbot, window, "Team database: ")


def test_a_recent_team_database_without_its_password_asks_for_it(team_url, qtbot, open_window, paths):
    team = TeamDatabase.from_url(team_url)
    window = open_window(paths)
    window.settings.remember_team_database(team_url)
    window.team._fill_recent()
    forget_password(team)
    window.team.recent_menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: window.team.dialog is not None and window.team.dialog.isVisible(), timeout=15_000)
    dialog = window.team.dialog
    assert dialog.message.text() == f"The team database server at {team.server} asks for the password of rep: type it above."
    assert (dialog.host.text(), dialog.database.text(), dialog.user.text()) == (team.host, team.database, "rep")
    dialog.password.setText(PASSWORD)
    dialog.remember.setChecked(False)
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    opened(qtbot, window, "Team database: ")
    assert stored_password(team) is None, "not remembered when not asked to"


@pytest.fixture
def team_customer(team_url) -> int:
    db = open_database(team_url)
    try:
        return customers.save(db, CustomerData(name="华联超市有限公司", city="上海")).customer_id
    finally:
        db.close()


def test_the_server_goes_away_while_a_customer_is_edited(team_url, team_customer, stoppable_pg_server, qtbot, open_window, paths):
    window = open_window(paths, team_url)
    window.customers.edit_customer(team_customer)
    editor = window.customers.editor
    qtbot.waitExposed(editor)
    editor.activateWindow()
    editor.notes.setFocus()
    type_with_input_method(editor.notes, "合同在包里，带上报价单")

    stoppable_pg_server.stop("immediate")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible(), "the editor stays open"
    assert editor.message.isVisible() and "Cannot reach the team database server" in editor.message.text()
    assert editor.notes.toPlainText() == "合同在包里，带上报价单"

    stoppable_pg_server.start()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)  # the retry
    assert not editor.isVisible()
    assert customers.load(window.database.db, team_customer).notes == "合同在包里，带上报价单"


def test_the_server_restarts_while_a_visit_is_planned(team_url, team_customer, stoppable_pg_server, qtbot, open_window, paths):
    from models.visits import visits

    window = open_window(paths, team_url)
    window.visits.new_visit(team_customer)  # (written with the first thing typed)
    planner = window.visits.planner
    qtbot.waitExposed(planner)
    stoppable_pg_server.stop("immediate")
    purpose = planner.form.texts["purpose"]
    purpose.setFocus()
    qtbot.keyClicks(purpose, "Sign the 5G renewal")
    assert not planner.save_now()
    assert "Not saved: Cannot reach the team database server" in planner.status.text()
    assert planner.status.text().endswith("Ctrl+S saves it, and so does closing the planner."), "how to try again"
    typed = purpose.toPlainText() if hasattr(purpose, "toPlainText") else purpose.text()
    assert typed == "Sign the 5G renewal", "what was typed stays"

    stoppable_pg_server.start()
    planner.activateWindow()
    qtbot.waitUntil(planner.isActiveWindow)
    qtbot.keyClick(purpose, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # as the message says
    qtbot.waitUntil(lambda: planner.save_state.text() == "Saved", timeout=15_000)
    assert visits.load_plan(window.database.db, planner.plan.id).purpose == "Sign the 5G renewal"
    planner.close()


def test_copy_the_laptop_book_to_an_empty_team_database_and_open_it(stoppable_pg_server, qtbot, open_window, paths):
    from models.demo.book import load_demo

    book = open_database(paths.database_url)
    load_demo(book, customers=30, seed=3)
    book.close()
    server = stoppable_pg_server
    server.start_if_stopped()
    empty = server.password_url(make_url(server.new_database(None)).database)
    team = TeamDatabase.from_url(empty)
    window = open_window(paths)
    assert window.team.copy_action.isEnabled()

    dialog = window.team.copies.copy_to_team_database()
    fill(dialog, team, PASSWORD)
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.team.copies.message is not None and window.team.copies.message.isVisible(), timeout=30_000)
    box = window.team.copies.message
    assert box.text().startswith(f"Copied 30 customers and ") and team.describe() in box.text()
    assert window.database_label.text().startswith("Laptop book: ")
    box.button(QMessageBox.StandardButton.Open).click()
    opened(qtbot, window, "Team database: ")
    qtbot.waitUntil(lambda: window.database.counts is not None and window.database.counts.customers == 30)

    window.team.laptop_action.trigger()  # a second copy into it is refused: it is not empty now
    opened(qtbot, window, "Laptop book: ")
    dialog = window.team.copies.copy_to_team_database()
    fill(dialog, team, PASSWORD)
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "is not empty (it holds 30 customers" in dialog.message.text(), timeout=30_000)
    dialog.reject()
    forget_password(team)
    server.drop(empty)


def test_back_up_the_team_database_and_restore_it_into_an_empty_one(team_url, team_customer, stoppable_pg_server, qtbot, open_window, paths):
    window = open_window(paths, team_url)
    window.backups.back_up_action.trigger()
    team_backups = window.backups._team()
    qtbot.waitUntil(lambda: team_backups.message is not None and team_backups.message.isVisible(), timeout=30_000)
    dumps = list(paths.backups.glob("fieldbrief-team-*.dump"))
    assert len(dumps) == 1
    assert "Backed up and verified" in team_backups.message.text() and str(dumps[0]) in team_backups.message.text()
    team_backups.message.close()  # (it deletes itself)
    team_backups.message = None

    empty = make_url(stoppable_pg_server.new_database(None)).database
    dialog = window.backups._team().restore_into(dumps[0])
    assert dialog.host.text() == TeamDatabase.from_url(team_url).host and dialog.database.text() == ""
    dialog.database.setText(empty)
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: team_backups.message is not None and team_backups.message.isVisible()
                    and "Restored" in team_backups.message.text(), timeout=30_000)
    assert "(1 customers, 0 visits)" in team_backups.message.text()
    team_backups.message.button(QMessageBox.StandardButton.Open).click()
    opened(qtbot, window, f"Team database: {empty} @ ")
    stoppable_pg_server.drop(stoppable_pg_server.url(empty))


def test_without_pg_dump_the_window_says_it_is_the_servers_job(team_url, qtbot, open_window, paths, monkeypatch, tmp_path):
    window = open_window(paths, team_url)
    monkeypatch.setenv("PATH", str(tmp_path))
    window.backups.back_up_action.trigger()
    box = window.backups._team().message
    assert box.isVisible() and "Backing up the team database is the server's job" in box.text()
    assert list(paths.backups.glob("*.dump")) == []


def test_started_on_a_team_database_whose_server_is_down_the_dialog_says_so_and_tries_again(
        team_url, stoppable_pg_server, qtbot, open_window, paths):
    """``--database URL`` while the server is down: the dialog, filled in from the URL, says why; the laptop
    book is one menu item away; Open tries again once the server is back (the keyring has the password)."""
    team = TeamDatabase.from_url(team_url)
    stoppable_pg_server.stop("immediate")
    window = open_window(paths, team_url, wait=False)
    qtbot.waitUntil(lambda: window.team is not None and window.team.dialog is not None, timeout=20_000)
    dialog = window.team.dialog
    assert dialog.isVisible() and "Cannot reach the team database server at 127.0.0.1:" in dialog.message.text()
    assert (dialog.host.text(), dialog.port.value(), dialog.database.text(), dialog.user.text()) == \
        (team.host, team.port, team.database, team.user)
    assert window.database_label.text() == "No database open"
    assert window.team.laptop_action.isEnabled() and not window.team.copy_action.isEnabled()

    stoppable_pg_server.start()
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    opened(qtbot, window, "Team database: ")
    assert window.windowTitle() == f"Fieldbrief — team database {team.describe()}"
    qtbot.waitUntil(lambda: window.database.counts is not None)


def test_a_server_that_does_not_answer_never_holds_the_window(qtbot, open_window, paths):
    """A server that takes the connection and says nothing: the window goes on; Cancel closes the dialog at
    once, the laptop book stays open, and the attempt ends by its timeout without a word."""
    import socket

    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen()
    try:
        window = open_window(paths)
        dialog = window.team.open_team_database()
        fill(dialog, TeamDatabase("127.0.0.1", "team", "rep", silent.getsockname()[1]), "secret")
        qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
        assert window.team.switching is not None, "the click came back while the connection waits"
        assert dialog.busy and not dialog.host.isEnabled() and "Connecting to 127.0.0.1:" in dialog.message.text()
        assert window.database_label.text().startswith("Opening team @ 127.0.0.1:")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible() and window.team.dialog is None
        assert window.database_label.text() == f"Laptop book: {paths.database}"
        qtbot.waitUntil(lambda: window.team.switching is None, timeout=30_000)
        assert window.team.message is None, "nothing to say about an attempt that was cancelled"
        assert window.database.db.path == paths.database and window.team.open_action.isEnabled()
    finally:
        silent.close()


def test_copy_the_team_database_to_the_laptop_book_keeps_the_laptop_book_in_a_backup(
        team_url, team_customer, qtbot, open_window, paths):
    from models.storage.backup import peek
    from models.demo.book import load_demo

    book = open_database(paths.database_url)
    load_demo(book, customers=20, seed=5)
    book.close()
    window = open_window(paths, team_url)
    assert window.team.copy_back_action.isEnabled() and not window.team.copy_action.isEnabled()
    box = window.team.copies.copy_to_laptop()
    assert str(paths.database) in box.text() and "(1 customers)" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    replace = next(b for b in box.buttons() if b.text() == "&Replace the Laptop Book")
    replace.click()
    qtbot.waitUntil(lambda: window.team.copies.message is not box and window.team.copies.message is not None
                    and window.team.copies.message.isVisible(), timeout=30_000)
    done = window.team.copies.message
    assert done.text().startswith(f"Copied 1 customers and 0 visits (") and "from " + TeamDatabase.from_url(team_url).describe() in done.text()
    kept = next(paths.backups.glob("*before-restore*.sqlite"))
    assert f"kept as {kept}" in done.text()
    assert peek(kept)[0] == 20, "the laptop book as it was, in its backup"
    assert window.database_label.text().startswith("Team database: "), "the team database stays open"

    done.button(QMessageBox.StandardButton.Open).click()
    opened(qtbot, window, "Laptop book: ")
    qtbot.waitUntil(lambda: window.database.counts is not None and window.database.counts.customers == 1)
    assert customers.load(window.database.db, team_customer).name == "华联超市有限公司"
    assert not list(paths.root.glob("*.part*")), "the copy's files are gone once it is swapped in"


def test_in_chinese_the_menu_the_status_bar_and_the_servers_trouble(team_url, app, qtbot, open_window, paths):
    """The core's messages (models/team/server_errors.py) read in the window's language, like its own."""
    from ui import labels
    from ui.i18n import install_translators

    team = TeamDatabase.from_url(team_url)
    translators = install_translators(app, "zh_CN")
    try:
        window = open_window(paths)
        assert window.database_label.text() == f"本机客户库：{paths.database}"
        assert window.windowTitle() == "Fieldbrief — 本机客户库"
        assert window.team.open_action.text() == "打开团队数据库(&T)…"
        copy = window.team.copies.copy_to_team_database()
        assert copy.windowTitle() == "把客户库复制到团队数据库" and copy.action_button.text() == "复制(&C)"
        copy.reject()
        dialog = window.team.open_team_database()
        fill(dialog, team, "wrong")
        qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "不接受 rep 的密码" in dialog.message.text(), timeout=15_000)
        assert dialog.message.text().startswith(f"位于 {team.server} 的团队数据库服务器")
        dialog.reject()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        install_translators(app, "en")
        labels.clear_cache()
