"""Guards against a broken PySide6: 6.12.0 dropped a reference to True on every Signal.emit(), which
aborts a long-running app ('bool_dealloc'). setup.cfg excludes that version; this catches the next one."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(int)


def test_emitting_signals_keeps_true_and_false_alive(app):
    emitter = _Emitter()
    received = []
    emitter.fired.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for i in range(500):
        emitter.fired.emit(i)
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert len(received) == 500
    assert after[0] - before[0] > -50 and after[1] - before[1] > -50, f"refcounts fell: {before} -> {after}"
