"""Run a Qt script and print the wall-clock time at which its first QMainWindow starts painting.

    python bench/first_paint_probe.py SCRIPT [ARGS...]

The probe swaps ``QtWidgets.QMainWindow`` for a subclass whose ``paintEvent`` prints the time and exits,
so the measured program needs no hooks of its own, and the baseline and the app pay the same probe.
(An application-wide Python event filter would be simpler, but it runs Python for every event of every
widget, which costs a window with many widgets tens of milliseconds that a real start-up never pays.)
"""

import os
import runpy
import sys
import time

from PySide6 import QtWidgets


class _ProbeMainWindow(QtWidgets.QMainWindow):
    def paintEvent(self, event):
        sys.stdout.write(f"{time.time():.6f}\n")
        sys.stdout.flush()
        os._exit(0)


QtWidgets.QMainWindow = _ProbeMainWindow
sys.argv = sys.argv[1:]
sys.path.insert(0, os.path.dirname(os.path.abspath(sys.argv[0])))
runpy.run_path(sys.argv[0], run_name="__main__")
