"""Baseline for bench/startup.py: the least a PySide6 program does to show an empty main window."""

import sys

from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1100, 720)
window.show()
sys.exit(app.exec())
