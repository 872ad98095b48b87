"""Edit > Undo Import: an import is taken back on its own, out of turn, whatever was done after it (it is
not a step of Edit > Undo, which is for what the rep typed). Taking it back is itself a step of the
undo stack, so Edit > Undo puts the import back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from models.book.undo import Change
    from ui.main_window import MainWindow


class ImportEntry:
    """An import that Edit > Undo Import can take back (``removed`` once it is)."""

    def __init__(self, name: str, change: Change):
        self.name, self.change, self.removed = name, change, False


def what_it_added(change: Change) -> dict[str, int]:
    """How many rows of each kind the import added (for the question before it is taken back)."""
    counts: dict[str, int] = {}
    for bulk in change.bulk:
        counts[bulk.table] = counts.get(bulk.table, 0) + bulk.count()
    for row in change.rows:
        if row.before is None:
            counts[row.table] = counts.get(row.table, 0) + 1
    return counts


def confirm_removal(parent, entry: ImportEntry) -> bool:
    """Ask before taking an import back (a module function, so tests can answer it)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from ui import undo_text

    counts = what_it_added(entry.change)
    parts = [f"{n:,} × {undo_text.tr(undo_text.THINGS.get(table, table))}" for table, n in
             sorted(counts.items(), key=lambda item: -item[1]) if table not in ("customer_tags", "visit_contacts")]
    text = QCoreApplication.translate("ImportUndo", "Take back the import of %1?").replace("%1", entry.name)
    if parts:
        text += "\n\n" + QCoreApplication.translate(
            "ImportUndo", "It removes what the import added: %1. What its merges changed is put back. A customer "
            "edited, visited or given something since keeps everything.").replace("%1", ", ".join(parts))
    text += "\n\n" + QCoreApplication.translate("ImportUndo", "Edit > Undo brings the import back.")
    answer = QMessageBox.question(parent, QCoreApplication.translate("ImportUndo", "Undo Import"), text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                  QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


class ImportUndo(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.entries: list[ImportEntry] = []
        self.action = QAction(self.tr("Undo &Import"), window)
        self.action.setEnabled(False)
        self.action.triggered.connect(self.undo_latest)

    def add(self, name: str, change: Change) -> None:
        if change:
            self.entries.append(ImportEntry(name, change))
        self.update_action()

    def clear(self) -> None:
        self.entries.clear()
        self.update_action()

    def latest(self) -> ImportEntry | None:
        return next((e for e in reversed(self.entries) if not e.removed), None)

    def update_action(self) -> None:
        entry = self.latest()
        self.action.setEnabled(entry is not None)
        self.action.setText(self.tr("Undo &Import %1").replace("%1", entry.name.replace("&", "&&"))
                            if entry else self.tr("Undo &Import"))

    def undo_latest(self) -> None:
        entry = self.latest()
        if entry is None or self.window.database.db is None or not confirm_removal(self.window, entry):
            return
        from ui.commands import RemoveImportCommand, push  # SQLAlchemy: not before the first paint

        window = self.window
        command = RemoveImportCommand(window.database.db, entry, self.tr("Remove import %1").replace("%1", entry.name),
                                      self._applied, window._report, window)
        command.message_title = self.tr("Import %1").replace("%1", entry.name)
        push(window.undo_stack, command)

    def _applied(self, command, applied, undone: bool) -> None:
        self.window._change_applied(command, applied, undone)
        self.update_action()
