"""Ask about suggested tier and stage changes: each one ticked to accept or unticked to decline; Apply
records every answer (each undoable with Edit > Undo), Not now leaves them all to be asked again."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from models.book import suggestions
from models.errors import KnownError
from models.book.suggestions import Suggestion
from ui.suggestion_text import change_text, reason_text

if TYPE_CHECKING:
    from models.book.undo import Change
    from models.storage.db import Database

Pusher = Callable[["Change", str], None]  # puts a change already made on the undo stack


class SuggestionsDialog(QDialog):
    decided = Signal()

    def __init__(self, db: Database, found: list[Suggestion], push: Pusher | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.found = found
        self.push = push
        self.setWindowTitle(self.tr("Suggested changes"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Tick the changes to make; unticked ones are declined and not suggested again "
                               "for 90 days."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.boxes: list[QCheckBox] = []
        for s in found:
            box = QCheckBox(f"{s.customer_name}: {change_text(s)}".replace("&", "&&"))  # & would mark an access key
            box.setChecked(True)
            why = QLabel(reason_text(s))
            why.setWordWrap(True)
            why.setIndent(24)
            why.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(box)
            layout.addWidget(why)
            self.boxes.append(box)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox()
        self.apply_button = buttons.addButton(self.tr("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = buttons.addButton(self.tr("&Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        self.apply_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.accept)
        if self.boxes:
            self.boxes[0].setFocus()

    def accept(self) -> None:
        failed = []
        for s, box in zip(self.found, self.boxes, strict=True):
            if not box.isEnabled():
                continue
            accept = box.isChecked()
            try:
                change = suggestions.decide(self.db, s, accept)
            except KnownError as exc:
                failed.append(str(exc))
                continue
            box.setEnabled(False)
            if self.push is not None:
                verb = self.tr("Accept %1") if accept else self.tr("Decline %1")
                self.push(change, verb.replace("%1", f"{s.customer_name}: {change_text(s)}"))
        self.decided.emit()
        if failed:
            self.problem.setText("\n".join(failed))
            self.problem.show()
            return
        super().accept()


def offer(db: Database, found: list[Suggestion], push: Pusher | None, parent: QWidget) -> SuggestionsDialog | None:
    """Open the dialog (window-modal, not blocking) when there is something to ask."""
    if not found:
        return None
    dialog = SuggestionsDialog(db, found, push, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
