"""Run something once a widget has painted (work deferred past the first paint of a window or a table)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaintWatcher(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]):
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, watched, self._callback)  # dropped if the widget is deleted first
            self.deleteLater()
        return False


def after_next_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    _FirstPaintWatcher(widget, callback)
