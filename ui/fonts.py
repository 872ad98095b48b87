"""The bundled CJK font, so Chinese shows as characters on a machine with no CJK font installed."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from models.resources import CJK_FONT_FAMILY, CJK_FONT_FILE

log = logging.getLogger(__name__)


def install_cjk_font(app: QApplication) -> bool:
    """Register the bundled font and put it behind the system font as the fallback for CJK glyphs."""
    font_id = QFontDatabase.addApplicationFont(str(CJK_FONT_FILE))
    if font_id < 0:
        log.warning("Could not load the bundled CJK font %s", CJK_FONT_FILE)
        return False
    families = QFontDatabase.applicationFontFamilies(font_id)
    family = CJK_FONT_FAMILY if CJK_FONT_FAMILY in families else families[0]
    log.info("CJK font: %s from %s", family, CJK_FONT_FILE)
    font = QFont(app.font())
    font.setFamilies([font.family(), family])
    app.setFont(font)
    return True
