"""Backups from the app: on a timer while there are changes, on quit, on demand; and restores, which
close the database, swap the file off the GUI thread and open it again (checked, like at start-up)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from ui.database_controller import DatabaseController
    from ui.operations import Operation

log = logging.getLogger(__name__)


class BackupController(QObject):
    backed_up = Signal(object)  # the new backup's path
    backup_failed = Signal(object)  # the exception
    restored = Signal(object, object)  # the file restored, the backup of the database as it was (or None)
    restore_failed = Signal(object)

    def __init__(self, database: DatabaseController, parent: QObject | None = None):
        super().__init__(parent)
        self.database = database
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.back_up_if_changed)
        self.saved_state: tuple | None = None  # the database's fingerprint when last backed up (or opened)
        self._state_of: Path | None = None  # the database that fingerprint is of
        self.restoring_refused = False  # a restore failed: the database opens again unchanged
        self.operation: Operation | None = None
        self.settings = None  # models.book.settings.BackupSettings, read when the database opens
        database.opened.connect(self._opened)

    @property
    def path(self) -> Path | None:
        db = self.database.db
        return db.path if db is not None else None

    def _opened(self, db) -> None:
        from models.storage.backup import fingerprint

        if db.path is None or db.read_only:
            self.timer.stop()
            return
        if db.path != self._state_of or not self.restoring_refused:
            self.saved_state, self._state_of = fingerprint(db.path), db.path
        # (the same book opened again after a refused restore keeps its changes not backed up yet)
        self.restoring_refused = False
        self.apply_settings()

    def apply_settings(self) -> None:
        from models.book.preferences import backup_settings

        db = self.database.db
        if db is None or db.read_only or db.path is None:
            return
        self.settings = backup_settings(db)
        self.timer.start(self.settings.interval_minutes * 60_000)
        log.info("Backing up %s every %d minutes and on quit, when it changed", db.path,
                 self.settings.interval_minutes)

    def changed(self) -> bool:
        from models.storage.backup import fingerprint

        return self.path is not None and not self.database.read_only and fingerprint(self.path) != self.saved_state

    # -- backing up ------------------------------------------------------------------------------------
    def back_up_now(self, reason: str = "manual") -> Operation | None:
        """A verified backup into the backups folder, then thinning, off the GUI thread."""
        from models.storage.backup import fingerprint
        from ui.operations import Operation

        path = self.path
        if path is None or self.operation is not None:
            return None
        state = fingerprint(path)
        policy = self._policy()
        operation = Operation(lambda _progress: _back_up(path, reason, policy), self)
        operation.succeeded.connect(lambda saved: self._backed_up(saved, state))
        operation.failed.connect(lambda exc: (self._done(), self.backup_failed.emit(exc)))
        self.operation = operation
        operation.start()
        return operation

    def back_up_if_changed(self) -> None:
        if self.changed():
            self.back_up_now("auto")

    def back_up_on_quit(self) -> BaseException | None:
        """On the GUI thread, as the window closes (the last chance); returns what went wrong, if anything."""
        from models.storage.backup import fingerprint

        if self.operation is not None:
            from PySide6.QtCore import QThreadPool

            QThreadPool.globalInstance().waitForDone(60_000)
        if not self.changed():
            return None
        path = self.path
        state = fingerprint(path)
        try:
            saved = _back_up(path, "quit", self._policy())
        except Exception as exc:
            log.error("The backup on quit failed: %r", exc)
            return exc
        self._backed_up(saved, state)
        return None

    def _policy(self):
        from models.book.settings import BackupSettings

        return (self.settings or BackupSettings()).policy()

    def _backed_up(self, saved: Path, state: tuple) -> None:
        self._done()  # whoever hears of it may start the next one
        self.saved_state = state  # changes made during the backup are in the next one
        log.info("Backed up to %s", saved)
        self.backed_up.emit(saved)

    def _done(self) -> None:
        self.operation = None

    def _restore_failed(self, exc: BaseException) -> None:
        self._done()
        self.restoring_refused = True
        self.restore_failed.emit(exc)

    # -- restoring -------------------------------------------------------------------------------------
    def restore(self, source: Path | None) -> Operation | None:
        """Replace the database with ``source`` (None: the newest good backup). The database closes,
        the swap runs off the GUI thread, and the database opens again whatever the outcome."""
        from models.storage.backup import backup_folder, newest_good
        from models.storage.restore import restore
        from models.errors import KnownError
        from models.runtime.translatable import QT_TRANSLATE_NOOP
        from ui.operations import Operation

        path = self.path
        if path is None or self.operation is not None:
            return None

        def work(_progress):
            chosen = source
            if chosen is None:
                found = newest_good(backup_folder(path))
                if found is None:
                    raise KnownError(QT_TRANSLATE_NOOP("errors", "There is no backup that passes its checks to "
                                                       "restore. Choose a file with File > Restore from Backup…."))
                chosen = found.path
            return chosen, restore(path, chosen)

        self.timer.stop()
        self.database.close()
        operation = Operation(work, self)
        operation.succeeded.connect(lambda result: (self._done(), self.restored.emit(*result)))
        operation.failed.connect(self._restore_failed)
        operation.finished.connect(self.database.open)
        self.operation = operation
        operation.start()
        return operation


def _back_up(path: Path, reason: str, policy) -> Path:
    from models.storage.backup import back_up_and_thin

    return back_up_and_thin(path, reason, policy)[0]
