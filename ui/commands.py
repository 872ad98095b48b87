"""Undo commands. A customer change is undone by putting back the snapshot taken before it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from models import customers
from models.customers import Change
from models.db import Database


class CustomerChange(QUndoCommand):
    """A change already made in the database; undo and redo swap the before and after snapshots."""

    def __init__(self, db: Database, change: Change, text: str, on_applied: Callable[[int], None]):
        super().__init__(text)
        self.db = db
        self.change = change
        self.on_applied = on_applied
        self._first_redo = True

    def redo(self) -> None:
        if self._first_redo:  # pushing the command: the change is in the database already
            self._first_redo = False
            return
        customers.apply_state(self.db, self.change.customer_id, self.change.after, self.change.before)
        self.on_applied(self.change.customer_id)

    def undo(self) -> None:
        customers.apply_state(self.db, self.change.customer_id, self.change.before, self.change.after)
        self.on_applied(self.change.customer_id)
