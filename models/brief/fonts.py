"""The brief's fonts: the bundled CJK font first, then fallbacks for what it lacks (emoji, Hebrew, Arabic,
CJK Extension B), each a TrueType file reportlab embeds as a subset. A fallback is read only when a text
needs it.

``runs()`` splits a text into (font, text) pieces, character by character; ``shaped()`` joins Arabic
letters; ``visual()`` puts a line of right-to-left text (Hebrew, Arabic) in the order it is drawn, since
reportlab lays out left to right.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import arabic_reshaper
from bidi import get_display
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from models.runtime.resources import CJK_FONT_FILE, EXTENSION_B_FONT_FILE, FONTS_DIR

MAIN = "FieldbriefCJK"
MISSING = "?"


@dataclass(frozen=True)
class BundledFont:
    name: str
    file: str
    subfont: int = 0


FONTS = (
    BundledFont(MAIN, CJK_FONT_FILE.name),
    BundledFont("FieldbriefEmoji", "Symbola.ttf"),
    BundledFont("FieldbriefHebrew", "NotoSansHebrew-Regular.ttf"),
    BundledFont("FieldbriefArabic", "NotoSansArabic-Regular.ttf"),
    BundledFont("FieldbriefHanB", EXTENSION_B_FONT_FILE.name),
)
# Dropped, not printed as "?": joiners and selectors that only shape their neighbours (emoji sequences).
INVISIBLE = re.compile(r"[\u200c\u200d\ufe00-\ufe0f\U000e0000-\U000e007f\U000e0100-\U000e01ef]")
RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with characters beyond U+FFFF (emoji, Extension B) written as UTF-16
    (reportlab writes them as five hex digits, which readers take for another character): so that
    copying, searching and pdftotext give back the text as typed."""
    cmap = _reportlab_cmap(fontname, subset)
    for i, code in enumerate(subset):
        if code > 0xFFFF:
            cmap = cmap.replace(f"<{i:02X}> <{code:04X}>", f"<{i:02X}> <{chr(code).encode('utf-16-be').hex().upper()}>")
    return cmap


_reportlab_cmap = ttfonts.makeToUnicodeCMap
ttfonts.makeToUnicodeCMap = _to_unicode_cmap


@cache
def register(name: str = MAIN) -> str:
    """Register one bundled font (once per process) and return its name."""
    font = next(f for f in FONTS if f.name == name)
    pdfmetrics.registerFont(TTFont(font.name, str(FONTS_DIR / font.file), subfontIndex=font.subfont))
    pdfmetrics.registerFontFamily(font.name, normal=font.name, bold=font.name, italic=font.name,
                                  boldItalic=font.name)
    return font.name


@cache
def _coverage(name: str) -> frozenset[int]:
    return frozenset(pdfmetrics.getFont(register(name)).face.charToGlyph)


@cache
def font_for(char: str) -> str | None:
    """The first bundled font that has the character, or None."""
    code = ord(char)
    for font in FONTS:
        if code in _coverage(font.name):
            return font.name
    return None


def runs(value: str) -> list[tuple[str, str]]:
    """The text as (font name, piece) runs; a character no font has becomes "?" in the main font."""
    pieces: list[tuple[str, str]] = []
    for char in INVISIBLE.sub("", value):
        name = MAIN if char == "\n" else font_for(char)
        if name is None:
            name, char = MAIN, MISSING
        if pieces and pieces[-1][0] == name:
            pieces[-1] = (name, pieces[-1][1] + char)
        else:
            pieces.append((name, char))
    return pieces


def shaped(value: str) -> str:
    """Arabic letters in their joined forms, still in logical order (a paragraph's lines are put in
    drawing order after they are broken: models/brief/paragraphs.py)."""
    return arabic_reshaper.reshape(value) if ARABIC.search(value) else value


def visual(value: str) -> str:
    """Right-to-left runs in drawing order (line by line), Arabic letters in their joined forms;
    text without right-to-left letters is returned as it is."""
    if not RTL.search(value):
        return value
    lines = []
    for line in value.split("\n"):
        if RTL.search(line):
            if ARABIC.search(line):
                line = arabic_reshaper.reshape(line)
            line = get_display(line, base_dir=_base_direction(line))
        lines.append(line)
    return "\n".join(lines)


def _base_direction(line: str) -> str:
    """The paragraph direction from its first strong letter (Unicode's rule P2)."""
    for char in line:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
    return "L"
