"""Run a Qt script and print the wall-clock time at which its first QMainWindow starts painting.

    python bench/first_paint_probe.py SCRIPT [ARGS...]

The probe installs an application-wide event filter through a QApplication subclass, so the measured
program needs no hooks of its own; the baseline and the app pay the same probe overhead.
"""

import os
import runpy
import sys
import time

from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, QObject


class _FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QtWidgets.QMainWindow):
            sys.stdout.write(f"{time.time():.6f}\n")
            sys.stdout.flush()
            os._exit(0)
        return False


class _ProbeApplication(QtWidgets.QApplication):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._first_paint = _FirstPaint()
        self.installEventFilter(self._first_paint)


QtWidgets.QApplication = _ProbeApplication
sys.argv = sys.argv[1:]
sys.path.insert(0, os.path.dirname(os.path.abspath(sys.argv[0])))
runpy.run_path(sys.argv[0], run_name="__main__")
