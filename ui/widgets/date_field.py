"""A date typed as people write it (2026-12-03, 2026/12/3, 12/3, 12月3日, +3, 明天: models.book.date_text), or
picked from a calendar that opens on the date shown, or on today; Ctrl+Up / Ctrl+Down step a day.

Empty is allowed when the field is optional (a promise without a due date). What was typed is shown back
as an ISO date once the field is left; a text that is not a date is kept as typed and marked, and
``date()`` is None with ``problem()`` saying why.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QMenu, QToolButton, QWidget, QWidgetAction

from models.book.date_text import parse_date

ERROR_STYLE = "QLineEdit { border: 1px solid #c62828; }"


class DateField(QWidget):
    changed = Signal()

    def __init__(self, optional: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.optional = optional
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("e.g. 2026-12-03, 12/3, 12月3日, +7") if not optional else
                                     self.tr("none (e.g. 12/3, +7)"))
        self.edit.setToolTip(self.tr("Type a date as you write it, or pick one (Alt+Down); Ctrl+Up / Ctrl+Down "
                                     "move it a day"))
        metrics = self.edit.fontMetrics()
        self.edit.setMinimumWidth(max(metrics.horizontalAdvance("2026-12-03") + 40,
                                      min(metrics.horizontalAdvance(self.edit.placeholderText()) + 16, 180)))
        self.edit.installEventFilter(self)
        self.edit.textEdited.connect(self._edited)
        self.edit.editingFinished.connect(self._tidy)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setAccessibleName(self.tr("Pick a date"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        self.calendar: QCalendarWidget | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)

    # -- value -------------------------------------------------------------------------------------
    def date(self) -> dt.date | None:
        return parse_date(self.edit.text(), dt.date.today())

    def set_date(self, day: dt.date | None) -> None:
        self.edit.setText(f"{day:%Y-%m-%d}" if day else "")
        self._mark()

    def text(self) -> str:
        return self.edit.text()

    def is_empty(self) -> bool:
        return not self.edit.text().strip()

    def problem(self) -> str | None:
        """Why the text is not a date (None when it is one, or empty and allowed)."""
        if self.is_empty():
            return None if self.optional else self.tr("Type a date.")
        if self.date() is None:
            return self.tr("“%1” is not a date: write it as 2026-12-03, 12/3 or 12月3日.").replace("%1", self.text())
        return None

    def step(self, days: int) -> None:
        day = self.date() or dt.date.today()
        self.set_date(day + dt.timedelta(days=days))
        self.changed.emit()

    # -- typing and picking ------------------------------------------------------------------------
    def _edited(self, _text: str) -> None:
        self._mark()
        self.changed.emit()

    def _tidy(self) -> None:
        day = self.date()
        if day is not None and self.edit.text() != f"{day:%Y-%m-%d}":
            self.set_date(day)
            self.changed.emit()

    def _mark(self) -> None:
        bad = not self.is_empty() and self.date() is None
        self.edit.setStyleSheet(ERROR_STYLE if bad else "")

    def eventFilter(self, watched, event) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
            if ctrl and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.step(1 if event.key() == Qt.Key.Key_Up else -1)
                return True
            if (alt and event.key() == Qt.Key.Key_Down) or event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    def open_calendar(self) -> None:
        """The calendar, on the date shown or on today; Enter or a click picks, Esc closes."""
        day = self.date() or dt.date.today()
        menu = QMenu(self)
        calendar = QCalendarWidget()
        calendar.setGridVisible(True)
        calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def picked(date: QDate) -> None:
            self.set_date(date.toPython())
            self.changed.emit()
            menu.close()

        calendar.activated.connect(picked)
        calendar.clicked.connect(picked)
        self.calendar = calendar  # tests reach the open calendar here
        menu.aboutToShow.connect(lambda: calendar.setFocus())
        menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
