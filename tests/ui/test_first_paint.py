"""Work deferred until a widget has painted runs once, and never after the widget is gone."""

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget

from ui.first_paint import after_next_paint


def paint(widget: QWidget) -> None:
    """Deliver a paint event now (offscreen, repaint() may wait for the platform)."""
    QApplication.sendEvent(widget, QPaintEvent(widget.rect()))


def test_runs_once_after_the_paint(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    calls = []
    after_next_paint(widget, lambda: calls.append("ran"))
    qtbot.wait(20)
    assert calls == []  # nothing painted yet
    paint(widget)
    assert calls == []  # after the paint, not inside it
    qtbot.waitUntil(lambda: calls == ["ran"])
    paint(widget)
    qtbot.wait(20)
    assert calls == ["ran"]


def test_dropped_when_the_widget_is_deleted_before_it_runs(qtbot):
    widget = QWidget()
    calls = []
    after_next_paint(widget, lambda: calls.append("ran"))
    paint(widget)  # the call is now queued
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(20)
    assert calls == []


def test_the_pinyin_tables_load_off_the_gui_thread(tmp_path):
    """pypinyin's tables take 0.2-0.4 s to load: the window opening a book loads them on the thread that
    opens the database, not on the GUI thread (where they froze the window after its first paint)."""
    import subprocess
    import sys
    from pathlib import Path

    from models.storage.db import open_database
    from models.storage.paths import DataPaths

    root = Path(__file__).resolve().parents[2]
    open_database(DataPaths.resolve(tmp_path / "data").ensure().database_url).close()  # a book made before
    probe = tmp_path / "probe.py"
    probe.write_text(f"""
import sys, threading
where = []
sys.addaudithook(lambda event, args: where.append(threading.current_thread().name)
                 if event == "import" and args[0] == "pypinyin" else None)
sys.path.insert(0, {str(root)!r})
from PySide6.QtWidgets import QApplication
app = QApplication([])
from models.storage.paths import DataPaths
from ui.main_window import MainWindow
paths = DataPaths.resolve({str(tmp_path / 'data')!r}).ensure()
window = MainWindow(paths, paths.database_url)
window.database_ready.connect(lambda *_: app.quit())
window.show()
app.exec()
print("loaded in", where[0] if where else "none")
""", encoding="utf-8")
    run = subprocess.run([sys.executable, str(probe)], capture_output=True, text=True, timeout=120,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert run.returncode == 0, run.stderr
    loaded = run.stdout.strip().splitlines()[-1]
    assert loaded.startswith("loaded in ") and loaded not in ("loaded in MainThread", "loaded in none"), loaded
