"""Backups and restores through the window: Back Up Now, the backup on quit, the list and a restore, the
settings, and a damaged database at start-up opening read-only with the restore offered."""

import sqlite3

import pytest

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from models.book import customers
from models.storage.backup import check_file, list_backups
from models.book.customers import CustomerData
from models.storage.db import open_database
from models.book.settings import BackupSettings, load_backup_settings
from tests.damage import break_a_page
from ui.dialogs import backups_dialog


def add_customer(window, name="华信科技有限公司") -> int:
    return customers.save(window.database.db, CustomerData(name=name)).customer_id


def customer_names(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM customers ORDER BY id")]
    finally:
        conn.close()


def test_back_up_now_writes_a_verified_backup_and_says_so(qtbot, open_window, paths):
    QLocale.setDefault(QLocale("en"))
    window = open_window(paths)
    add_customer(window)
    with qtbot.waitSignal(window.backups.controller.backed_up, timeout=15_000) as saved:
        window.backups.back_up_action.trigger()
    path = saved.args[0]
    assert path.parent == paths.backups and check_file(path).customers == 1
    assert "Backed up and verified" in window.statusBar().currentMessage()
    assert not window.backups.controller.changed()  # the timer has nothing to do until the next change
    add_customer(window, "Harbour Lights")
    controller = window.backups.controller
    assert controller.changed()
    assert controller.timer.isActive() and controller.timer.interval() == 30 * 60_000
    with qtbot.waitSignal(controller.backed_up, timeout=15_000) as automatic:
        controller.timer.timeout.emit()  # the timer's turn: there are changes, so it backs up
    assert automatic.args[0].name.endswith("-auto.sqlite") and check_file(automatic.args[0]).customers == 2
    with qtbot.assertNotEmitted(controller.backed_up, wait=300):
        controller.timer.timeout.emit()  # nothing changed since: nothing to do


def test_quitting_backs_up_what_changed_and_only_then(qtbot, open_window, paths):
    window = open_window(paths)
    window.close()
    assert list_backups(paths.backups) == []  # nothing changed: nothing to back up
    window = open_window(paths)
    add_customer(window)
    window.close()
    [backup] = list_backups(paths.backups)
    assert backup.reason == "quit" and customer_names(backup.path) == ["华信科技有限公司"]


def test_the_backup_list_restores_the_chosen_backup_after_backing_up_the_database(qtbot, open_window, paths, monkeypatch):
    QLocale.setDefault(QLocale("en"))
    window = open_window(paths)
    add_customer(window)
    with qtbot.waitSignal(window.backups.controller.backed_up, timeout=15_000):
        window.backups.back_up_now()
    add_customer(window, "Harbour Lights")
    window.backups.restore_action.trigger()
    dialog = window.backups.dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert [dialog.table.item(0, c).text() for c in (1, 3, 4)] == ["Backed up by you", "1", "0"]
    asked = []
    monkeypatch.setattr(backups_dialog, "confirm_restore", lambda parent, name: asked.append(name) or True)
    with qtbot.waitSignal(window.database.counts_changed, timeout=20_000):
        dialog.restore_button.click()
    assert len(asked) == 1
    assert customer_names(paths.database) == ["华信科技有限公司"]
    [kept] = [b for b in list_backups(paths.backups) if b.reason == "before-restore"]
    assert customer_names(kept.path) == ["华信科技有限公司", "Harbour Lights"]
    qtbot.waitUntil(lambda: window.backups.message is not None and window.backups.message.isVisible())
    assert "Restored" in window.backups.message.text()
    assert window.undo_stack.count() == 0
    add_customer(window, "After the restore")  # the window works on the restored database
    assert customer_names(paths.database)[-1] == "After the restore"


def test_backup_settings_are_kept(qtbot, open_window, paths):
    window = open_window(paths)
    window.show_settings()
    dialog = window.settings_dialog
    dialog.backup_fields["interval_minutes"].setValue(10)
    dialog.backup_fields["monthly"].setValue(24)
    dialog.accept()
    with window.database.db.session() as s:
        assert load_backup_settings(s) == BackupSettings(interval_minutes=10, monthly=24)
    assert window.backups.controller.timer.interval() == 10 * 60_000


def test_a_damaged_database_opens_read_only_and_the_newest_good_backup_is_restored(qtbot, open_window, paths):
    QLocale.setDefault(QLocale("en"))
    db = open_database(paths.database_url)
    customers.save(db, CustomerData(name="华信科技有限公司"))
    db.close()
    from models.storage.backup import take_backup

    take_backup(paths.database, reason="auto")
    break_a_page(paths.database)
    damaged = paths.database.read_bytes()
    window = open_window(paths, wait=False)
    qtbot.waitUntil(lambda: window.backups is not None and window.backups.message is not None
                    and window.backups.message.isVisible(), timeout=15_000)
    box = window.backups.message
    assert box.icon() == QMessageBox.Icon.Critical and "read-only" in box.text()
    assert "Page" in box.detailedText() and "Page" not in box.text()  # SQLite's findings under Show Details…
    assert window.database.read_only and "Read-only" in window.database_label.text()
    from models.errors import KnownError, as_known_error

    try:
        customers.save(window.database.db, CustomerData(name="Not written"))
    except Exception as exc:  # SQLite refuses the write; the app says why
        assert isinstance(as_known_error(exc), KnownError) and "read-only" in str(as_known_error(exc))
    assert paths.database.read_bytes() == damaged  # never written to
    with qtbot.waitSignal(window.backups.controller.restored, timeout=20_000):
        window.backups.restore_newest.click()
    qtbot.waitUntil(lambda: window.database.db is not None and not window.database.read_only, timeout=20_000)
    assert customer_names(paths.database) == ["华信科技有限公司"]
    [kept] = [b for b in list_backups(paths.backups) if b.reason == "damaged"]  # its pages, kept as they were
    assert kept.path.stat().st_size == len(damaged)


def test_the_backup_list_skips_a_file_named_like_a_backup_and_says_why_when_it_cannot_be_read(
        qtbot, open_window, paths, monkeypatch):
    from models.storage import backup
    from ui.errors import CrashDialog

    QLocale.setDefault(QLocale("en"))
    window = open_window(paths)
    add_customer(window)
    with qtbot.waitSignal(window.backups.controller.backed_up, timeout=15_000):
        window.backups.back_up_now()
    (paths.backups / "fieldbrief-20261399-996199-manual.sqlite").write_bytes(b"not ours")  # no such time
    window.backups.restore_action.trigger()
    dialog = window.backups.dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert not dialog.problem.isVisible() and dialog.restore_button.isEnabled()

    def refused(folder):
        raise PermissionError(13, "Permission denied", str(folder))

    monkeypatch.setattr(backup, "list_backups", refused)  # (the tests run as root, whom no folder refuses)
    dialog.refresh()
    qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=10_000)
    assert str(paths.backups) in dialog.problem.text() and "permissions" in dialog.problem.text()
    assert dialog.table.rowCount() == 0 and not dialog.restore_button.isEnabled()
    assert dialog.file_button.isEnabled()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()]


def test_a_file_where_the_backups_folder_should_be_is_said_not_a_crash_nor_an_empty_list(qtbot, open_window, paths):
    QLocale.setDefault(QLocale("en"))
    paths.backups.rmdir()
    paths.backups.write_text("not a folder", encoding="utf-8")
    paths.ensure()  # (as at start: the app still opens)
    window = open_window(paths)
    add_customer(window)
    window.backups.restore_action.trigger()
    dialog = window.backups.dialog
    qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=10_000)
    assert f"{paths.backups} is a file where Fieldbrief keeps a folder" in dialog.problem.text()
    dialog.close()
    with qtbot.waitSignal(window.backups.controller.backup_failed, timeout=15_000) as failed:
        window.backups.back_up_now()
    assert "a file is where its folder should be" in str(failed.args[0])
    assert window.database.db is not None and customer_names(paths.database) == ["华信科技有限公司"]


def test_a_refused_restore_keeps_the_change_not_backed_up_yet_for_the_backup_on_quit(qtbot, open_window, paths, tmp_path):
    QLocale.setDefault(QLocale("en"))
    window = open_window(paths)
    controller = window.backups.controller
    add_customer(window)
    with qtbot.waitSignal(controller.backed_up, timeout=15_000):
        window.backups.back_up_now()
    add_customer(window, "Harbour Lights")  # a change no backup has
    junk = tmp_path / "not-a-backup.sqlite"
    junk.write_text("not a database", encoding="utf-8")
    with qtbot.waitSignal(controller.restore_failed, timeout=15_000), \
            qtbot.waitSignal(window.database.opened, timeout=15_000):
        controller.restore(junk)
    qtbot.waitUntil(lambda: window.database.db is not None)
    assert controller.changed()  # (it read as backed up: the book opened again looked new)
    controller.back_up_on_quit()
    [quit_backup] = [b for b in list_backups(paths.backups) if b.reason == "quit"]
    assert customer_names(quit_backup.path) == ["华信科技有限公司", "Harbour Lights"]


def test_restore_from_a_file_checks_it_before_asking_and_starts_in_the_backups_folder(qtbot, open_window, paths,
                                                                                      monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    window = open_window(paths)
    qtbot.waitUntil(lambda: window.backups is not None)
    window.backups.show_backups()
    dialog = window.backups.dialog
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    opened_in = []

    def choose(_parent, _title, folder, _filter):
        opened_in.append(folder)
        return str(empty), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    monkeypatch.setattr(backups_dialog, "confirm_restore", lambda *_args: pytest.fail("asked before checking"))
    before = paths.database.read_bytes()
    dialog.restore_file()
    assert opened_in == [str(paths.backups)]
    assert dialog.refused is not None and "the file is empty" in dialog.refused.text()
    assert dialog.isVisible() and paths.database.read_bytes() == before
    dialog.refused.done(0)
    dialog.close()
