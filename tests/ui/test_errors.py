"""Expected trouble gets a plain message; a bug gets the crash dialog with a copyable traceback."""

import logging
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from models.errors import DatabaseLockedError
from models.runtime.logsetup import setup_logging
from ui.errors import CrashDialog, report_exception
from ui.excepthook import install_excepthook


def visible(kind):
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def make_bug() -> ValueError:
    try:
        {}["missing"] = int("not a number")
    except ValueError as exc:
        return exc
    raise AssertionError("unreachable")


def test_a_bug_opens_the_crash_dialog_with_traceback_and_log_path(qtbot, app, tmp_path):
    log_file = setup_logging(tmp_path / "logs" / "fieldbrief.log")
    dialog = report_exception(make_bug(), log_file)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, CrashDialog) and dialog.isVisible()
    details = dialog.details.toPlainText()
    assert "Traceback" in details and "ValueError" in details and "make_bug" in details
    assert str(log_file) in dialog.log_label.text()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert "ValueError" in QApplication.clipboard().text()
    logging.getLogger().handlers[-1].flush()
    assert "invalid literal for int()" in log_file.read_text(encoding="utf-8")


def test_expected_trouble_is_a_plain_message(qtbot, app, tmp_path):
    box = report_exception(DatabaseLockedError(), tmp_path / "x.log")
    qtbot.addWidget(box)
    assert isinstance(box, QMessageBox)
    assert "locked by another program" in box.text()
    assert not visible(CrashDialog)


def test_excepthook_routes_uncaught_exceptions(qtbot, app, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_excepthook(tmp_path / "fieldbrief.log")
    exc = make_bug()
    sys.excepthook(type(exc), exc, exc.__traceback__)
    dialogs = visible(CrashDialog)
    assert len(dialogs) == 1
    qtbot.addWidget(dialogs[0])


def _locked(path):
    import sqlite3

    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        sqlite3.connect(path, timeout=0, isolation_level=None).execute("BEGIN IMMEDIATE")
    finally:
        holder.close()


def _full(path):
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.commit()
    conn.execute("PRAGMA max_page_count = 2")
    conn.execute("INSERT INTO notes VALUES (?)", ("满" * 20_000,))


@pytest.mark.parametrize("failing", [_locked, _full])
def test_sqlite_failures_map_to_plain_messages(qtbot, app, tmp_path, failing):
    with pytest.raises(Exception) as caught:
        failing(tmp_path / "book.sqlite")
    box = report_exception(caught.value, tmp_path / "x.log")
    qtbot.addWidget(box)
    assert isinstance(box, QMessageBox)
    assert "try again" in box.text()


def test_a_burst_of_bugs_is_one_crash_dialog_that_counts_them(qtbot, app, tmp_path):
    from ui.errors import set_log_file

    set_log_file(tmp_path / "fieldbrief.log")  # the app's, named by every report that does not give one
    try:
        first = report_exception(make_bug())
        qtbot.addWidget(first)
        for _ in range(2):
            assert report_exception(KeyError("another")) is first
        assert visible(CrashDialog) == [first]
        assert first.more.isVisible() and "3" in first.more.text()
        details = first.details.toPlainText()
        assert "ValueError" in details and details.count("KeyError: 'another'") == 2 and "--- 3 ---" in details
        assert str(tmp_path / "fieldbrief.log") in first.log_label.text()
        first.close()
        qtbot.waitUntil(lambda: not visible(CrashDialog))
        again = report_exception(make_bug())  # a later bug: a dialog of its own again
        qtbot.addWidget(again)
        assert again is not first and again.count == 1 and not again.more.isVisible()
    finally:
        set_log_file(None)


def test_a_folder_the_system_refuses_is_a_plain_message(qtbot, app):
    box = report_exception(PermissionError(13, "Permission denied", "/media/usb/backups"))
    qtbot.addWidget(box)
    assert isinstance(box, QMessageBox) and "/media/usb/backups" in box.text() and "permissions" in box.text()
