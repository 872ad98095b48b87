"""UI fixtures: the real application set-up, and main windows over a fresh data folder."""

import gc

import pytest
from PySide6.QtCore import QThreadPool

from models.storage.paths import DataPaths


@pytest.fixture(scope="session")
def app(qapp):
    from ui.app import create_application

    return create_application("en")


@pytest.fixture(autouse=True)
def _no_work_left_running():
    yield
    QThreadPool.globalInstance().waitForDone(30_000)
    # Collect this test's garbage here, on the GUI thread: left to chance, a pool thread of the next test
    # could be the one that frees a Qt object.
    gc.collect()


@pytest.fixture
def chinese(app):
    """The application in Chinese for the test (Qt's words and ours), English again after it."""
    from ui.i18n import install_translators

    translators = install_translators(app, "zh_CN")
    yield
    for translator in translators:
        app.removeTranslator(translator)
    install_translators(app, "en")


@pytest.fixture
def paths(data_dir):
    return DataPaths.resolve(data_dir).ensure()


@pytest.fixture
def open_window(qtbot, app):
    """Open a main window on ``paths`` and wait until its database is open."""
    from ui.main_window import MainWindow

    def open_(paths, url=None, wait=True):
        window = MainWindow(paths, url or paths.database_url)
        qtbot.addWidget(window)
        if wait:
            with qtbot.waitSignal(window.database_ready, timeout=15_000):
                window.show()
        else:
            window.show()
        return window

    return open_


def type_with_input_method(widget, text: str) -> None:
    """Type as a Chinese user does: the input method commits the characters to the focused field.
    (QTest's key clicks cannot synthesise CJK keys; Qt aborts on them.)"""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def read_while_written(path, sql: str, *args):
    """The first value of a query on a database another process is writing (None while it is busy)."""
    import sqlite3

    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute(sql, args).fetchone()
        return row[0] if row else None
    except sqlite3.OperationalError:  # busy while the child writes: ask again
        return None
    finally:
        conn.close()
