"""Reference for bench/startup.py: a bare main window that draws one line of text.

The first text a Qt program draws initialises the font system (fontconfig, shaping), which the empty
baseline window never does; this shows how much of the gap any window with text pays.
"""

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1100, 720)
window.setCentralWidget(QLabel("Today"))
window.show()
sys.exit(app.exec())
