"""Owns the open database for the window: opening it after the first paint, and loading demo data."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from models.db import Database
    from models.stats import DatabaseCounts
    from ui.operations import Operation

log = logging.getLogger(__name__)


class DatabaseController(QObject):
    opened = Signal(object)  # Database
    open_failed = Signal(object)  # the exception
    counts_changed = Signal(object)  # DatabaseCounts
    demo_finished = Signal(object)  # DemoSummary, or None when cancelled
    demo_failed = Signal(object)

    def __init__(self, url: str, parent: QObject | None = None):
        super().__init__(parent)
        self.url = url
        self.db: Database | None = None
        self.counts: DatabaseCounts | None = None
        self.demo_operation: Operation | None = None

    def open(self) -> None:
        """Open and upgrade the database (SQLAlchemy and Alembic are first imported here)."""
        from models.db import open_database

        try:
            self.db = open_database(self.url)
        except Exception as exc:
            log.warning("Could not open %s: %r", self.url, exc)
            self.open_failed.emit(exc)
            return
        log.info("Opened %s", self.db.path or self.db.url)
        self.opened.emit(self.db)
        self.refresh_counts()

    def refresh_counts(self) -> None:
        from models.stats import database_counts

        if self.db is not None:
            self.counts = database_counts(self.db)
            self.counts_changed.emit(self.counts)

    def load_demo(self, customers: int) -> Operation:
        from models.demo import load_demo
        from ui.operations import Operation

        db = self.db
        assert db is not None, "load_demo before the database is open"
        operation = Operation(lambda progress: load_demo(db, customers, progress=progress), self)
        operation.succeeded.connect(self._demo_done)
        operation.cancelled.connect(lambda: self.demo_finished.emit(None))
        operation.failed.connect(self.demo_failed.emit)
        self.demo_operation = operation
        operation.start()
        return operation

    def _demo_done(self, summary) -> None:
        self.refresh_counts()
        self.demo_finished.emit(summary)

    def close(self) -> None:
        if self.demo_operation is not None:
            self.demo_operation.cancel()
        if self.db is not None:
            self.db.close()
            self.db = None
