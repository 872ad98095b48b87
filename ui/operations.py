"""Slow work off the GUI thread, with progress, cancel, and the result reported back on the GUI thread.

    op = Operation(lambda progress: load_demo(db, 500, progress=progress))
    op.succeeded.connect(...); op.failed.connect(...)
    op.start()

The work function gets a ``progress(done, total)`` callback; once ``cancel()`` was called, the next
call of it raises ``OperationCancelled``, so a transaction in the work function rolls back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


class OperationCancelled(Exception):
    """Raised inside the work function when the user cancelled."""


class Operation(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()

    def __init__(self, work: Callable[[Progress], Any], parent: QObject | None = None):
        super().__init__(parent)
        self._work = work
        self._cancel_requested = False

    def start(self) -> None:
        QThreadPool.globalInstance().start(_Runner(self))

    def cancel(self) -> None:
        self._cancel_requested = True

    def _progress(self, done: int, total: int) -> None:
        if self._cancel_requested:
            raise OperationCancelled()
        self.progressed.emit(done, total)

    def _run(self) -> None:  # on a pool thread; signals reach the GUI thread queued
        try:
            result = self._work(self._progress)
        except OperationCancelled:
            self.cancelled.emit()
        except Exception as exc:  # reported to the GUI thread, which decides how to show it
            log.info("Operation failed: %r", exc)
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        self.finished.emit()


def in_background(work: Callable[[], Any], succeeded: Callable[[Any], None], failed: Callable[[BaseException], None],
                  parent: QObject | None = None) -> Operation:
    """``work()`` on a pool thread, its result to ``succeeded`` or its exception to ``failed``, both on
    the GUI thread (no progress, no cancel: a read that only its newest caller wants)."""
    operation = Operation(lambda _progress: work(), parent)
    operation.succeeded.connect(succeeded)
    operation.failed.connect(failed)
    operation.finished.connect(operation.deleteLater)
    operation.start()
    return operation


class _Runner(QRunnable):
    def __init__(self, operation: Operation):
        super().__init__()
        self._operation = operation

    def run(self) -> None:
        self._operation._run()
