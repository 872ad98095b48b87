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
