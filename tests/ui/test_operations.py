"""Work off the GUI thread: success, failure and cancel come back as signals on the GUI thread."""

import threading

from PySide6.QtCore import QThread

from ui.operations import Operation


def test_success_reports_progress_and_result(qtbot, app):
    threads = []

    def work(progress):
        threads.append(threading.get_ident())
        for i in range(1, 4):
            progress(i, 3)
        return "done"

    op = Operation(work)
    steps = []
    op.progressed.connect(lambda d, t: steps.append((d, t, QThread.currentThread() is app.thread())))
    with qtbot.waitSignal(op.succeeded, timeout=5000) as result:
        op.start()
    assert result.args == ["done"]
    assert threads[0] != threading.get_ident(), "the work ran off the GUI thread"
    qtbot.waitUntil(lambda: len(steps) == 3)
    assert [s[:2] for s in steps] == [(1, 3), (2, 3), (3, 3)] and all(s[2] for s in steps)


def test_failure_carries_the_exception(qtbot, app):
    def work(progress):
        raise RuntimeError("disk on fire")

    op = Operation(work)
    with qtbot.waitSignal(op.failed, timeout=5000) as failed:
        op.start()
    assert isinstance(failed.args[0], RuntimeError)


def test_cancel_stops_at_the_next_progress_call(qtbot, app):
    reached = []
    gate = threading.Event()

    def work(progress):
        gate.wait(5)
        for i in range(100):
            progress(i, 100)
            reached.append(i)
        return "finished anyway"

    op = Operation(work)
    with qtbot.waitSignal(op.cancelled, timeout=5000):
        op.start()
        op.cancel()
        gate.set()
    assert reached == []


def test_an_owner_closed_while_the_work_runs_cancels_it_and_hears_nothing(qtbot, app):
    from PySide6.QtWidgets import QWidget

    from ui.operations import _running

    gate, stopped = threading.Event(), threading.Event()
    heard = []

    def work(progress):
        gate.wait(5)
        try:
            progress(1, 2)
        finally:
            stopped.set()
        return "never delivered"

    owner = QWidget()
    op = Operation(work, owner)
    for signal in (op.progressed, op.succeeded, op.failed, op.cancelled, op.finished):
        signal.connect(lambda *args, s=signal: heard.append(args))
    op.start()
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken_valid(owner))
    gate.set()
    qtbot.waitUntil(stopped.is_set)
    qtbot.waitUntil(lambda: op not in _running)  # its last report arrived; the pool thread let go
    assert heard == []


def shiboken_valid(obj) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_a_failure_nobody_listens_for_still_reaches_the_user(qtbot, app):
    from PySide6.QtWidgets import QApplication, QMessageBox

    from models.errors import DatabaseLockedError
    from ui.errors import CrashDialog

    def shown(kind):
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]

    def failing(exc):
        def work(_progress):
            raise exc
        return work

    op = Operation(failing(DatabaseLockedError()))  # expected trouble: its plain message
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.start()
    [box] = shown(QMessageBox)
    qtbot.addWidget(box)
    assert "locked by another program" in box.text()
    op = Operation(failing(KeyError("no such column")))  # a bug: the crash dialog, with its traceback
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.start()
    [dialog] = shown(CrashDialog)
    qtbot.addWidget(dialog)
    assert "KeyError: 'no such column'" in dialog.details.toPlainText()
