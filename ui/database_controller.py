"""Owns the open database for the window: opening it after the first paint (checked and upgraded off the
GUI thread), reopening it after a restore, and loading demo data."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from models.runtime.translatable import in_language

if TYPE_CHECKING:
    from models.storage.db import Database
    from models.storage.stats import DatabaseCounts
    from ui.operations import Operation

log = logging.getLogger(__name__)


class DatabaseController(QObject):
    opening = Signal()  # the check (and any upgrade) runs; the window says so
    opened = Signal(object)  # Database
    closed = Signal()  # what holds the database lets go of it (a closed engine would connect again)
    open_failed = Signal(object)  # the exception
    switch_failed = Signal(object)  # another database could not be opened; the one open stays
    damaged = Signal(list)  # what the check found: the database is open read-only
    location_warning = Signal(str)  # a network share or a cloud-synced folder
    counts_changed = Signal(object)  # DatabaseCounts
    demo_finished = Signal(object)  # DemoSummary, or None when cancelled
    demo_failed = Signal(object)

    def __init__(self, url: str, parent: QObject | None = None):
        super().__init__(parent)
        self.url = url
        self.db: Database | None = None
        self.counts: DatabaseCounts | None = None
        self.demo_operation: Operation | None = None
        self.open_operation: Operation | None = None
        self.problems: list[str] = []
        self.me: str | None = None  # the rep using the app, once open (models.team.reps.me)
        self.manager = False  # and whether they are the team's manager

    def open(self) -> None:
        """Check, upgrade and open the database off the GUI thread (a quick_check of a large book takes
        seconds; an upgrade, longer). SQLAlchemy and Alembic are first imported there."""
        from ui.operations import Operation

        def work(_progress):
            from models.storage.checked_open import open_checked

            opened = open_checked(self.url)
            # what the window runs next on the GUI thread (the stale refresher, the list) needs the pinyin
            # tables, 0.2-0.4 s to load: loaded here, off the GUI thread and before any write transaction
            import models.book.summaries  # noqa: F401
            return opened, _who(opened.db)

        operation = Operation(work, self)
        operation.succeeded.connect(self._opened)
        operation.failed.connect(self._open_failed)
        self.open_operation = operation
        self.opening.emit()
        operation.start()

    def _opened(self, opened) -> None:
        result, (self.me, self.manager) = opened
        self.db = result.db
        self.problems = result.problems
        log.info("Opened %s%s", self.db.path or self.db.url, " read-only: it failed its check" if result.damaged else "")
        self.opened.emit(self.db)
        if result.warning:
            self.location_warning.emit(in_language(result.warning))
        if result.damaged:
            self.damaged.emit(result.problems)
        self.refresh_counts()

    def switch(self, url) -> Operation:
        """Open another database (a team database, or the laptop's book again) off the GUI thread; the one
        open now stays open until the other one is, and stays if it cannot be opened (``switch_failed``)
        or if the switch is cancelled meanwhile (then the other one is closed again, unused)."""
        from ui.operations import Operation

        def work(progress):
            from models.storage.checked_open import open_checked

            try:
                result = open_checked(url)
            except Exception:
                progress(0, 1)  # cancelled while connecting: nothing to say of how it failed
                raise
            try:
                who = _who(result.db)
                progress(1, 1)  # cancelled while connecting: the database just opened is closed, unused
            except BaseException:
                result.db.close()
                raise
            return result, who

        operation = Operation(work, self)
        operation.succeeded.connect(lambda result: self._switched(url, result))
        operation.failed.connect(lambda exc: self._switch_failed(url, exc))
        self.open_operation = operation
        operation.start()
        return operation

    def _switched(self, url, opened) -> None:
        self.close()
        self.url = url
        self._opened(opened)

    def _switch_failed(self, url, exc: BaseException) -> None:
        from models.team.team_database import where

        log.warning("Could not open %s: %r", where(url), exc)
        self.switch_failed.emit(exc)

    def _open_failed(self, exc: BaseException) -> None:
        from models.team.team_database import where

        log.warning("Could not open %s: %r", where(self.url), exc)  # never the password a URL may hold
        self.open_failed.emit(exc)

    @property
    def read_only(self) -> bool:
        return self.db is not None and self.db.read_only

    def refresh_counts(self) -> None:
        from models.storage.stats import database_counts

        if self.db is None:
            return
        try:
            self.counts = database_counts(self.db)
        except Exception as exc:  # a damaged database may not even count: say nothing rather than fail
            if not self.read_only:
                raise
            log.warning("Could not count the damaged database: %r", exc)
            return
        self.counts_changed.emit(self.counts)

    def load_demo(self, customers: int) -> Operation:
        from models.demo.book import load_demo
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
        from PySide6.QtCore import QThreadPool

        if self.demo_operation is not None:
            self.demo_operation.cancel()
        # Work still reading the database (the Today page's lists) finishes first: a connection handed
        # back to a closed engine would stay open.
        QThreadPool.globalInstance().waitForDone(10_000)
        if self.db is not None:
            self.db.close()
            self.db = None
            self.closed.emit()


def _who(db) -> tuple[str | None, bool]:
    """The rep using the app and whether a manager (models.team.reps.whoami), asked while opening: the pages
    open on their work (a manager's: on the team's)."""
    from models.errors import as_known_error
    from models.team.reps import whoami

    try:
        return whoami(db)
    except Exception as exc:  # a damaged book opened read-only may not answer: the team's work then
        if as_known_error(exc) is None:
            raise
        log.warning("Could not tell whose work to show: %r", exc)
        return None, False
