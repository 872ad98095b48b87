"""Render resources/icons/fieldbrief.svg to the PNG the app loads (a PNG needs no SVG plugin at start-up).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/render_icon.py
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication, QIcon  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"

app = QGuiApplication(sys.argv)
QIcon(str(ICONS / "fieldbrief.svg")).pixmap(256, 256).save(str(ICONS / "fieldbrief.png"))
print(f"wrote {ICONS / 'fieldbrief.png'}")
