"""What can be done with a line of work (models.visits.today.Line), wherever it is shown: Today, the complete
list of a section, the customer's timeline, the planner's side panel. The same keys everywhere:

    Enter  open (the visit it came from, the customer, the suggestion)
    D      a follow-up done… / a promise kept
    R      a follow-up rescheduled… / a promise moved…
    X      a follow-up dropped… / a promise broken…

Every change goes on the window's undo stack (``push_change``), which refreshes every page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from models.visits import follow_ups, today
from models.errors import KnownError
from ui import labels

if TYPE_CHECKING:
    from collections.abc import Callable

    from models.storage.db import Database
    from models.visits.today import Line

OPEN, DONE, MOVE, DROP = "open", "done", "move", "drop"
KEYS = {Qt.Key.Key_Return: OPEN, Qt.Key.Key_Enter: OPEN, Qt.Key.Key_D: DONE, Qt.Key.Key_R: MOVE, Qt.Key.Key_X: DROP}
KEY_NAMES = {OPEN: "Enter", DONE: "D", MOVE: "R", DROP: "X"}


class LoopActions(QObject):
    open_visit = Signal(int)
    open_customer = Signal(int)
    review_suggestion = Signal(int)  # customer id
    changed = Signal()  # after an action went through (the window refreshes every page too)
    failed = Signal(str)  # a message for the status line

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.db: Database | None = None
        self.push_change: Callable | None = None
        self.dialog = None  # the open form (tests answer it here)

    # -- what a line offers ------------------------------------------------------------------------
    def actions_for(self, line: Line | None) -> list[tuple[str, str]]:
        """(action, button text) for the line, in key order; the key is part of the text."""
        if line is None:
            return []
        opens = {today.VISIT: self.tr("Open the visit"), today.CUSTOMER: self.tr("Open the customer"),
                 today.SUGGESTION: self.tr("Review the suggestion")}
        if line.what == today.FOLLOW_UP:
            found = [(OPEN, self.tr("Open the visit") if line.visit_id else self.tr("Open the customer")),
                     (DONE, self.tr("Done…")), (MOVE, self.tr("Reschedule…")), (DROP, self.tr("Drop…"))]
        elif line.what == today.PROMISE:
            found = [(OPEN, self.tr("Open the visit")), (DONE, self.tr("Kept")), (MOVE, self.tr("Move…")),
                     (DROP, self.tr("Broken…"))]
        else:
            found = [(OPEN, opens.get(line.what, self.tr("Open")))]
        return [(action, f"{text}  ({KEY_NAMES[action]})") for action, text in found]

    def can(self, line: Line | None, action: str) -> bool:
        return any(a == action for a, _text in self.actions_for(line))

    # -- doing it ----------------------------------------------------------------------------------
    def run(self, line: Line | None, action: str, parent: QWidget) -> bool:
        """Do ``action`` on the line; True when something was done or opened."""
        if line is None or not self.can(line, action):
            return False
        if action == OPEN:
            self.open(line)
            return True
        if self.db is None:
            return False
        handler = {(today.FOLLOW_UP, DONE): self._follow_up_done, (today.FOLLOW_UP, MOVE): self._reschedule,
                   (today.FOLLOW_UP, DROP): self._drop, (today.PROMISE, DONE): self._kept,
                   (today.PROMISE, MOVE): self._move, (today.PROMISE, DROP): self._broken}[(line.what, action)]
        return handler(line, parent)

    def open(self, line: Line) -> None:
        if line.what == today.SUGGESTION:
            self.review_suggestion.emit(line.customer_id)
        elif line.visit_id is not None:
            self.open_visit.emit(line.visit_id)
        else:
            self.open_customer.emit(line.customer_id)

    def about(self, line: Line) -> str:
        """What the line is, for the top of its form."""
        due = f"{line.when:%Y-%m-%d}" if line.when else ""
        kind = labels.follow_up_channel(line.kind) if line.what == today.FOLLOW_UP else labels.promise_by(line.kind)
        text = " ".join(line.text.split()) or self.tr("(brings nothing yet)")
        return f"<b>{_escape(line.customer_name)}</b> · {due} · {_escape(kind)}: {_escape(text)}"

    def _follow_up_done(self, line: Line, parent: QWidget) -> bool:
        from ui.dialogs.loop_dialogs import FollowUpDoneDialog

        dialog = FollowUpDoneDialog(self.about(line), line.kind, line.number, parent)
        dialog.submit = lambda: follow_ups.done(self.db, line.item_id, dialog.what.text(), dialog.next_one())
        return self._ask(dialog, self.tr("Follow-up done: %1"), line)

    def _reschedule(self, line: Line, parent: QWidget) -> bool:
        from ui.dialogs.loop_dialogs import NewDateDialog

        dialog = NewDateDialog(self.tr("Reschedule the follow-up"), self.about(line), line.when, parent)
        dialog.submit = lambda: follow_ups.reschedule(self.db, line.item_id, dialog.date.date(), dialog.why.text())
        return self._ask(dialog, self.tr("Follow-up rescheduled: %1"), line)

    def _drop(self, line: Line, parent: QWidget) -> bool:
        from ui.dialogs.loop_dialogs import ReasonDialog

        dialog = ReasonDialog(self.tr("Drop the follow-up"), self.about(line), self.tr("&Drop"), parent)
        dialog.submit = lambda: follow_ups.drop(self.db, line.item_id, dialog.why.text())
        return self._ask(dialog, self.tr("Follow-up dropped: %1"), line)

    def _kept(self, line: Line, _parent: QWidget) -> bool:
        """Kept at once: one key, and Edit > Undo if it was the wrong line."""
        try:
            change = follow_ups.keep_promise(self.db, line.item_id)
        except KnownError as exc:
            from ui.errors import message_of

            self.failed.emit(message_of(exc))
            return False
        self._done(change, self.tr("Promise kept: %1"), line)
        return True

    def _move(self, line: Line, parent: QWidget) -> bool:
        from ui.dialogs.loop_dialogs import NewDateDialog

        dialog = NewDateDialog(self.tr("Move the promise"), self.about(line), line.when, parent)
        dialog.submit = lambda: follow_ups.move_promise(self.db, line.item_id, dialog.date.date(), dialog.why.text())
        return self._ask(dialog, self.tr("Promise moved: %1"), line)

    def _broken(self, line: Line, parent: QWidget) -> bool:
        from ui.dialogs.loop_dialogs import ReasonDialog

        dialog = ReasonDialog(self.tr("The promise was broken"), self.about(line), self.tr("&Broken"), parent)
        dialog.submit = lambda: follow_ups.break_promise(self.db, line.item_id, dialog.why.text())
        return self._ask(dialog, self.tr("Promise broken: %1"), line)

    def _ask(self, dialog, text: str, line: Line) -> bool:
        """Open the form (window-modal: the line it is about stays as it is meanwhile); what it saved
        goes on the undo stack once it closes."""
        self.dialog = dialog

        def finished(_result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            if dialog.change is not None:
                self._done(dialog.change, text, line)
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        return True

    def _done(self, change, text: str, line: Line) -> None:
        if self.push_change is not None:
            self.push_change(change, text.replace("%1", line.customer_name))
        self.changed.emit()


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
