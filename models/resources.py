"""Paths of the bundled resources (fonts, translations), shared by the UI and the PDF brief."""

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"
FONTS_DIR = RESOURCES_DIR / "fonts"
I18N_DIR = RESOURCES_DIR / "i18n"

# WenQuanYi Micro Hei: TrueType outlines, so reportlab can embed it as well as Qt draw it.
CJK_FONT_FILE = FONTS_DIR / "wqy-microhei.ttc"
CJK_FONT_FAMILY = "WenQuanYi Micro Hei"
