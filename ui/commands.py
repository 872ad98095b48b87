"""Edit > Undo and Redo: a command a done action, undone and redone through models/book/undo.py, which
takes back only what the action wrote and says what it left because it changed since."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from models.book import undo
from models.storage.db import Database
from models.book.undo import Applied, Change

if TYPE_CHECKING:
    from ui.import_undo import ImportEntry

BIG = 2000  # rows of a change from which its undo shows progress


class ChangeCommand(QUndoCommand):
    """An action already made in the database: pushing it does nothing more; undo and redo apply it."""

    def __init__(self, db: Database, change: Change, text: str,
                 on_applied: Callable[[ChangeCommand, Applied, bool], None],
                 on_failed: Callable[[BaseException], None], parent_widget: QWidget | None = None):
        super().__init__()
        # the menu shows the second part ("&" doubled, or it marks an access key); messages the first
        self.setText(f"{text}\n{text.replace('&', '&&')}")
        self.title = text
        self.message_title = text  # how messages name the action
        self.db = db
        self.change = change
        self.on_applied = on_applied
        self.on_failed = on_failed
        self.parent_widget = parent_widget
        self._skip = True  # pushing the command calls redo(): the change is in the database already

    def redo(self) -> None:
        self._run(undo_it=False)

    def undo(self) -> None:
        self._run(undo_it=True)

    def status(self, undone: bool) -> str:
        """What the status bar says once the command was undone (or redone)."""
        text = (QCoreApplication.translate("MainWindow", "Undone: %1") if undone
                else QCoreApplication.translate("MainWindow", "Redone: %1"))
        return text.replace("%1", self.message_title)

    def _run(self, undo_it: bool) -> None:
        if self._skip:
            self._skip = False
            return
        try:
            with _progress(self.change, self.parent_widget, self.title) as report:
                applied = undo.run(self.db, self.change, undo_it, report)
        except Exception as exc:  # nothing was changed (one transaction): put the stack back where it was
            self._skip = True
            stack = self._stack
            if stack is not None:
                QTimer.singleShot(0, stack.redo if undo_it else stack.undo)
            self.on_failed(exc)
            return
        if undo_it and self.change.bulk:  # from now on the exact rows it removed (if few enough to keep)
            if applied.redo is None:
                self.setObsolete(True)
            else:
                self.change = applied.redo
        self.on_applied(self, applied, undo_it)

    _stack: QUndoStack | None = None


def push(stack: QUndoStack, command: QUndoCommand) -> None:
    command._stack = stack
    stack.push(command)


class RemoveImportCommand(ChangeCommand):
    """Edit > Undo Import, out of turn: removes what an import added and reverts what its merges changed,
    leaving everything done since in place. Undone, it puts the rows back under their own ids."""

    def __init__(self, db: Database, entry: ImportEntry, text: str, on_applied, on_failed, parent_widget=None):
        super().__init__(db, entry.change, text, on_applied, on_failed, parent_widget)
        self.entry = entry
        self._skip = False  # unlike an action already done, the removal happens when it is pushed
        self._removed: Change | None = None  # for a bulk import: the exact rows it removed, to put back

    def redo(self) -> None:
        self._leg(self._current(), undo_it=True)

    def undo(self) -> None:
        self._leg(self._current(), undo_it=False)

    def _current(self) -> Change:
        return self._removed if self._removed is not None else self.entry.change

    def status(self, undone: bool) -> str:
        text = (QCoreApplication.translate("ImportUndo", "Import %1 taken back") if undone
                else QCoreApplication.translate("ImportUndo", "Import %1 is back"))
        return text.replace("%1", self.entry.name)

    def _leg(self, change: Change, undo_it: bool) -> None:
        if self._skip:
            self._skip = False
            return
        self.change = change
        try:
            with _progress(change, self.parent_widget, self.title) as report:
                applied = undo.run(self.db, change, undo_it, report)
        except Exception as exc:
            self._skip = True
            if self._stack is not None:
                QTimer.singleShot(0, self._stack.undo if undo_it else self._stack.redo)
            self.on_failed(exc)
            return
        if undo_it and change.bulk:
            self._removed = applied.redo
            if applied.redo is None:  # too big to keep: the removal cannot be taken back
                self.setObsolete(True)
        self.entry.removed = undo_it
        self.on_applied(self, applied, undo_it)


class _progress:
    """A progress dialog for undoing (or redoing) a big import; nothing for the everyday small change."""

    def __init__(self, change: Change, parent: QWidget | None, title: str):
        self.total = sum(b.count() for b in change.bulk) + len(change.rows)
        self.dialog = None
        if self.total >= BIG:
            self.dialog = QProgressDialog(title, "", 0, self.total, parent)
            self.dialog.setCancelButton(None)
            self.dialog.setMinimumDuration(300)
            self.dialog.setWindowTitle(title)

    def __enter__(self):
        if self.dialog is None:
            return None

        def report(done: int, total: int) -> None:
            self.dialog.setValue(done)
            QApplication.processEvents()
        return report

    def __exit__(self, *_exc) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
