"""Derived columns computed for customers other programs wrote (the database marks them: models/
derived_triggers.py), off the GUI thread: when a database opens and every few minutes after; the pages
show the book as it is now when something was computed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from models.storage.db import Database
    from ui.operations import Operation

INTERVAL_MS = 3 * 60_000


class StaleRefresher(QObject):
    def __init__(self, changed: Callable[[], None], parent: QObject | None = None):
        super().__init__(parent)
        self.db: Database | None = None
        self.changed = changed
        self.operation: Operation | None = None
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.timer.timeout.connect(self.run)

    def set_database(self, db: Database | None) -> None:
        self.db = db
        if db is None or db.read_only:
            self.timer.stop()
            return
        self.timer.start()
        self.run()

    def run(self) -> None:
        from models.book.summaries import catch_up
        from ui.operations import Operation

        if self.db is None or self.operation is not None:
            return
        db = self.db
        self.operation = Operation(lambda _progress: catch_up(db), self)
        self.operation.succeeded.connect(self._done)
        self.operation.failed.connect(self._failed)
        self.operation.start()

    def _done(self, count: int) -> None:
        self.operation = None
        if count:
            self.changed()

    def _failed(self, _exc: BaseException) -> None:
        self.operation = None  # the next round tries again; a database trouble shows where the rep works
