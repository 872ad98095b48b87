"""Paths of the bundled resources (fonts, translations, default templates), shared by the UI and the core."""

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"
FONTS_DIR = RESOURCES_DIR / "fonts"
I18N_DIR = RESOURCES_DIR / "i18n"
TEMPLATES_DIR = RESOURCES_DIR / "templates"

# WenQuanYi Micro Hei: TrueType outlines, so reportlab can embed it as well as Qt draw it.
CJK_FONT_FILE = FONTS_DIR / "wqy-microhei.ttc"
CJK_FONT_FAMILY = "WenQuanYi Micro Hei"
