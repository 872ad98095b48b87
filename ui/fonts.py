"""The bundled fonts, so that Chinese, and the rare characters of CJK Extension B (𠮷, 𪚥), show as characters on
a machine with no font for them (most have none for Extension B): what the window shows, the brief prints."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from models.runtime.resources import CJK_FONT_FAMILY, CJK_FONT_FILE, EXTENSION_B_FONT_FILE

log = logging.getLogger(__name__)


def install_cjk_font(app: QApplication) -> bool:
    """Register the bundled fonts and put them behind the system font as the fallbacks, in this order,
    for the characters it lacks: WenQuanYi Micro Hei (Chinese), then Hanazono Mincho B (Extension B, which
    WenQuanYi lacks; Qt's own fallback finds no font for it on most machines and draws a box)."""
    families = [app.font().family()]
    for file, wanted in ((CJK_FONT_FILE, CJK_FONT_FAMILY), (EXTENSION_B_FONT_FILE, None)):
        font_id = QFontDatabase.addApplicationFont(str(file))
        if font_id < 0:
            log.warning("Could not load the bundled font %s", file)
            continue
        found = QFontDatabase.applicationFontFamilies(font_id)
        families.append(wanted if wanted in found else found[0])
        log.info("Fallback font: %s from %s", families[-1], file)
    if len(families) == 1:
        return False
    font = QFont(app.font())
    font.setFamilies(families)
    app.setFont(font)
    return CJK_FONT_FAMILY in families
