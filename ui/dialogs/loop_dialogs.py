"""The small forms of closing the loop, each from the keyboard and saved with Enter or Ctrl+Enter:

- a follow-up done: what happened, in a line, and optionally the next one (date, channel, what it brings);
- a new date (a follow-up rescheduled, a promise moved): the date and why;
- a reason (a follow-up dropped, a promise broken, a visit cancelled).

Each takes the service call that does the work (``submit``): a refusal is shown in the form, in the
user's language, and nothing typed is lost; once it went through, ``change`` is what Edit > Undo takes back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from models.errors import KnownError
from models.visits.follow_ups import NextFollowUp
from models.vocabulary import FollowUpChannel
from ui import labels
from ui.errors import message_of
from ui.widgets.date_field import DateField

NEXT_DAYS = 7


class LoopDialog(QDialog):
    """A title, what it is about, a few fields, the problem if any, Save and Cancel."""

    def __init__(self, title: str, about: str, save_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.change = None
        self.about = QLabel(about)
        self.about.setWordWrap(True)
        self.form = QFormLayout()
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(save_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button.setAutoDefault(False)  # Enter saves, wherever the focus is
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Enter or Ctrl+Enter"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)
        self.setMinimumWidth(520)
        self.submit: Callable[[], object] | None = None

    def showEvent(self, event) -> None:
        self.save_button.setDefault(True)  # (the button box gives the default to its first button on show)
        super().showEvent(event)

    def accept(self) -> None:
        if self.change is not None:  # done already (a second Enter)
            return super().accept()
        problem = self.check()
        if problem:
            return self.show_problem(problem)
        try:
            self.change = self.submit()
        except KnownError as exc:
            return self.show_problem(message_of(exc))
        super().accept()

    def check(self) -> str | None:
        """A problem with what was typed, before asking the core (a date that is not one)."""
        return None

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


class FollowUpDoneDialog(LoopDialog):
    def __init__(self, about: str, channel: str, number: int | None, parent: QWidget | None = None):
        super().__init__(self.tr("Follow-up done"), about, self.tr("&Done"), parent)
        self.what = QLineEdit()
        self.what.setPlaceholderText(self.tr("What happened, in a line"))
        self.next_date = DateField(optional=True)
        self.channel = QComboBox()
        for value in FollowUpChannel:
            self.channel.addItem(labels.follow_up_channel(value.value), value.value)
        self.channel.setCurrentIndex(max(0, self.channel.findData(channel)))
        self.brings = QLineEdit()
        self.brings.setPlaceholderText(self.tr("What it brings them: news, an offer, help"))
        next_row = QWidget()
        row = QHBoxLayout(next_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.next_date)
        row.addWidget(self.channel)
        row.addWidget(self.brings, 1)
        self.form.addRow(self.tr("&What happened"), self.what)
        self.form.addRow(self.tr("&Next follow-up"), next_row)
        hint = self.tr("Optional. Most sales come from the 4th to the 11th follow-up: plan the next one, "
                       "and what it brings.")
        if number:
            hint = self.tr("This was follow-up %1 on this opportunity. ").replace("%1", str(number)) + hint
        note = QLabel(hint)
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        self.form.addRow("", note)
        self.what.setFocus()

    def check(self) -> str | None:
        return self.next_date.problem()

    def next_one(self) -> NextFollowUp | None:
        day = self.next_date.date()
        return NextFollowUp(day, self.channel.currentData(), self.brings.text()) if day else None


class NewDateDialog(LoopDialog):
    def __init__(self, title: str, about: str, due: dt.date | None, parent: QWidget | None = None):
        super().__init__(title, about, self.tr("&Move"), parent)
        self.date = DateField()
        start = max(due or dt.date.today(), dt.date.today()) + dt.timedelta(days=NEXT_DAYS)
        self.date.set_date(start)
        self.why = QLineEdit()
        self.why.setPlaceholderText(self.tr("Why, in a line (optional)"))
        self.form.addRow(self.tr("New &date"), self.date)
        self.form.addRow(self.tr("&Why"), self.why)
        self.date.edit.selectAll()
        self.date.setFocus()

    def check(self) -> str | None:
        return self.date.problem()


class ReasonDialog(LoopDialog):
    def __init__(self, title: str, about: str, save_text: str, parent: QWidget | None = None):
        super().__init__(title, about, save_text, parent)
        self.why = QLineEdit()
        self.why.setPlaceholderText(self.tr("Why, in a line: it stays in the history"))
        self.form.addRow(self.tr("&Why"), self.why)
        self.why.setFocus()
