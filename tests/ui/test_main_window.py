"""The main window over a real database: first run, demo data, navigation, remembered layout."""

import sqlite3

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from models.storage.db import open_database


def customers_in(paths) -> int:
    conn = sqlite3.connect(paths.database)
    try:
        return conn.execute("SELECT count(*) FROM customers").fetchone()[0]
    finally:
        conn.close()


def test_first_run_opens_the_database_and_offers_demo_data(open_window, paths):
    window = open_window(paths)
    assert window.database_label.text() == f"Laptop book: {paths.database}"
    assert window.windowTitle() == "Fieldbrief — laptop book"
    assert window.statusBar().currentMessage() == "Customers: 0 · visits: 0"
    assert window.today.demo_offer.isVisible()
    assert window.load_demo_action.isEnabled()
    assert window.current_page() is window.today


def test_loading_demo_data_from_the_offer(qtbot, open_window, paths):
    window = open_window(paths)
    offer = window.today.demo_offer
    offer.count.selectAll()
    qtbot.keyClicks(offer.count, "30")
    assert offer.count.value() == 30
    with qtbot.waitSignal(window.database.demo_finished, timeout=30_000) as finished:
        qtbot.mouseClick(offer.load_button, Qt.MouseButton.LeftButton)
    assert finished.args[0].customers == 30
    assert customers_in(paths) == 30
    assert window.statusBar().currentMessage().startswith("Loaded demo data: 30 customers")
    assert not offer.isVisible()
    assert not window.load_demo_action.isEnabled()


def test_cancelling_the_demo_load_adds_nothing(qtbot, open_window, paths):
    window = open_window(paths)
    offer = window.today.demo_offer
    offer.count.setValue(40_000)
    with qtbot.waitSignal(window.database.demo_finished, timeout=60_000) as finished:
        qtbot.mouseClick(offer.load_button, Qt.MouseButton.LeftButton)
        assert offer.cancel_button.isVisible() and not offer.load_button.isVisible()
        qtbot.mouseClick(offer.cancel_button, Qt.MouseButton.LeftButton)
    assert finished.args[0] is None
    assert customers_in(paths) == 0
    assert "nothing was added" in window.statusBar().currentMessage()
    assert offer.load_button.isVisible()


def test_start_empty_is_remembered(qtbot, open_window, paths):
    window = open_window(paths)
    qtbot.mouseClick(window.today.demo_offer.empty_button, Qt.MouseButton.LeftButton)
    assert not window.today.demo_offer.isVisible()
    window.close()
    again = open_window(paths)
    assert not again.today.demo_offer.isVisible()
    again.load_demo_action.trigger()  # File > Load Demo Data… brings it back
    assert again.today.demo_offer.isVisible()


def test_keyboard_navigation_between_pages(qtbot, open_window, paths):
    window = open_window(paths)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.customers
    assert window.view_actions.checkedAction().text() == "Customers"
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.visits
    window.navigation.setCurrentRow(0)
    assert window.current_page() is window.today
    assert window.view_actions.checkedAction().text() == "Today"


def test_size_and_page_are_remembered(open_window, paths):
    window = open_window(paths)
    window.resize(QSize(742, 515))
    window.show_page(2)
    window.close()
    again = open_window(paths)
    assert again.size() == QSize(742, 515)
    assert again.current_page() is again.visits


def test_newer_database_gets_a_plain_message_not_a_crash(qtbot, open_window, paths):
    db = open_database(paths.database_url)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    db.close()
    window = open_window(paths, wait=False)
    with qtbot.waitSignal(window.database.open_failed, timeout=15_000):
        pass
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1
    assert "newer version of Fieldbrief" in boxes[0].text()
    assert window.database_label.text() == "No database open"
    boxes[0].close()


def test_about_box_names_the_version_and_data_folder(open_window, paths):
    from models import __version__

    window = open_window(paths)
    window.show_about()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert __version__ in boxes[0].text() and str(paths.root) in boxes[0].text()
    boxes[0].close()


def test_12_the_window_state_file_is_readable_by_the_user_only(open_window, paths):
    import os
    import stat

    old = os.umask(0o022)  # a desktop's usual: new files readable by everyone
    try:
        window = open_window(paths)
        window.close()  # the geometry and the page are written to ui-state.ini
        assert paths.ui_settings.stat().st_size > 0
        assert stat.S_IMODE(paths.ui_settings.stat().st_mode) == 0o600
        os.chmod(paths.ui_settings, 0o644)  # as an earlier version left it
        window = open_window(paths)
        window.close()
        assert stat.S_IMODE(paths.ui_settings.stat().st_mode) == 0o600
    finally:
        os.umask(old)
