"""Slow work off the GUI thread, with progress, cancel, and the result reported back on the GUI thread.

    op = Operation(lambda progress: load_demo(db, 500, progress=progress))
    op.succeeded.connect(...); op.failed.connect(...)
    op.start()

A failure nobody connected ``failed`` to goes to the standard error path (ui.errors.report_exception):
it always reaches the user. The work function gets a ``progress(done, total)`` callback; once
``cancel()`` was called, the next call of it raises ``OperationCancelled``, so a transaction in the work
function rolls back.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QMetaMethod, QObject, QRunnable, Qt, QThreadPool, Signal

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


class OperationCancelled(Exception):
    """Raised inside the work function when the user cancelled."""


class Operation(QObject):
    """One piece of slow work. It has no Qt parent: a window closed while the work runs must not delete the
    object a pool thread is still reporting through. Its owner's end cancels the work instead, and from then
    on nothing more is delivered (the receivers may be gone)."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()

    def __init__(self, work: Callable[[Progress], Any], parent: QObject | None = None):
        super().__init__()
        self._work = work
        self._cancel = threading.Event()
        self._owner_gone = False
        if parent is not None:
            parent.destroyed.connect(self._owner_destroyed)

    def start(self) -> None:
        _running.add(self)  # alive until its last report reached the GUI thread
        QThreadPool.globalInstance().start(_Runner(self._work, self._cancel, self._deliver))

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def _owner_destroyed(self) -> None:
        self._owner_gone = True
        self._cancel.set()

    def _deliver(self, kind: str, payload: Any) -> None:  # on the GUI thread, in the order reported
        if kind == "finished":
            _running.discard(self)
        if self._owner_gone:
            return
        if kind == "progressed":
            self.progressed.emit(*payload)
        elif kind == "succeeded":
            self.succeeded.emit(payload)
        elif kind == "failed":
            if self.isSignalConnected(QMetaMethod.fromSignal(self.failed)):
                self.failed.emit(payload)
            else:  # nobody listens for this one's failure: it still reaches the user
                from PySide6.QtWidgets import QApplication

                from ui.errors import report_exception

                report_exception(payload, parent=QApplication.activeWindow())
        elif kind == "cancelled":
            self.cancelled.emit()
        else:
            self.finished.emit()


_running: set[Operation] = set()


def in_background(work: Callable[[], Any], succeeded: Callable[[Any], None], failed: Callable[[BaseException], None],
                  parent: QObject | None = None) -> Operation:
    """``work()`` on a pool thread, its result to ``succeeded`` or its exception to ``failed``, both on
    the GUI thread (no progress, no cancel: a read that only its newest caller wants)."""
    operation = Operation(lambda _progress: work(), parent)
    operation.succeeded.connect(succeeded)
    operation.failed.connect(failed)
    operation.start()
    return operation


class _Relay(QObject):
    """Made on the pool thread and deleted there: the thread's only Qt object. Its reports reach the
    operation queued, on the GUI thread."""

    reported = Signal(str, object)


class _Runner(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], cancel: threading.Event,
                 deliver: Callable[[str, Any], None]):
        super().__init__()
        self._work, self._cancel, self._deliver = work, cancel, deliver

    def run(self) -> None:  # on a pool thread
        relay = _Relay()
        relay.reported.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._deliver = None  # the thread holds no reference to the operation
        report = relay.reported.emit

        def progress(done: int, total: int) -> None:
            if self._cancel.is_set():
                raise OperationCancelled()
            report("progressed", (done, total))

        try:
            result = self._work(progress)
        except OperationCancelled:
            report("cancelled", None)
        except Exception as exc:  # reported to the GUI thread, which decides how to show it (and logs it)
            log.warning("Operation failed: %r", exc)
            report("failed", exc)
        else:
            report("succeeded", result)
        report("finished", None)
        self._work = None
