"""SIGTERM (a logout, a shutdown, ``kill``) and SIGINT (Ctrl+C in the terminal) close the window as its
close button does: the window's settings kept, the backup on quit taken, the database closed; then the
app ends even with a message box or a question open (nobody is there to answer it).

Python runs a signal's handler only between two of its own instructions, and Qt's event loop runs none
while it waits: the signal also writes a byte to a socket (``signal.set_wakeup_fd``) that the event loop
watches, which wakes it, and the handler then asks the window to close from the event loop.
"""

from __future__ import annotations

import logging
import signal
import socket

from PySide6.QtCore import QCoreApplication, QSocketNotifier, QTimer
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

SIGNALS = tuple(s for s in (getattr(signal, "SIGTERM", None), signal.SIGINT) if s is not None)


def close_on_quit_signals(window: QWidget) -> None:
    """From now on SIGTERM and SIGINT close ``window`` (and so end the app)."""
    reader, writer = socket.socketpair()
    for end in (reader, writer):
        end.setblocking(False)
    signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, window)
    notifier.activated.connect(lambda *_args: _drain(reader))  # (Python runs: the handler with it)

    def asked_to_quit(signum: int, _frame) -> None:
        log.info("Closing on %s", signal.Signals(signum).name)
        # from the event loop, not from inside whatever ran: the window closes (its backup on quit), then
        # every event loop ends, a message box's or a question's too (a logout cannot wait for an answer)
        QTimer.singleShot(0, window.close)
        QTimer.singleShot(0, lambda: QCoreApplication.exit(0))

    for number in SIGNALS:
        signal.signal(number, asked_to_quit)
    window.destroyed.connect(lambda *_args: _restore(reader, writer))
    window._quit_signal_ends = (reader, writer, notifier)  # alive as long as the window


def _drain(reader: socket.socket) -> None:
    try:
        while reader.recv(64):
            pass
    except OSError:  # nothing more to read
        pass


def _restore(reader: socket.socket, writer: socket.socket) -> None:
    signal.set_wakeup_fd(-1)
    for number in SIGNALS:
        signal.signal(number, signal.SIG_DFL)
    reader.close()
    writer.close()
