"""The brief's paragraphs: reportlab's Paragraph, parsed and laid out once per text, style and width, and
drawn with right-to-left text in order line by line.

Laid out once: a day sheet prints the same headings, checklist items and after-visit labels on every
brief, and reportlab's CJK line breaking measures every character of a paragraph each time it is wrapped
(a Chinese day sheet spends most of its time there). A style made with ``layouts=Layouts()`` keeps, for
the document being built, the fragments of each markup and the lines of each (markup, style, width);
they are shared and only read: a paragraph split over two pages is laid out again on its own first,
since reportlab's split changes the lines it splits.

Right to left: the text is given in logical order (Arabic already joined), reportlab breaks it into lines,
and only then is each line put in drawing order, so that the first words of a long Hebrew or Arabic text
are on the first line. The levels come from python-bidi's Unicode Bidirectional Algorithm over each paragraph
(up to a line break typed by the user), the reordering and mirroring (rules L1 to L4, python-bidi's too)
per printed line.
"""

from __future__ import annotations

import re
from collections import deque
from itertools import accumulate, groupby
from unicodedata import bidirectional

from bidi import algorithm as uba
from bidi import get_base_level, get_display
from reportlab.lib import textsplit
from reportlab.platypus import paragraph as reportlab_paragraph
from reportlab.lib.textsplit import dumbSplit, getCharWidths
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from reportlab.rl_config import _FUZZ

from models.brief.fonts import RTL

# What may not start a line: reportlab's list (made for Japanese) lacks the full-width signs a Chinese clause
# ends with (，；：？！) and Chinese closing quotes, so a line could start with "；". Its line breaking reads
# the list by these two module names.
_CLOSING = "".join(c for c in "，；：？！”’》〉" if c not in textsplit.ALL_CANNOT_START)
textsplit.ALL_CANNOT_START += _CLOSING
reportlab_paragraph.ALL_CANNOT_START += _CLOSING

# Chinese, Japanese and Korean letters and their punctuation: a text with any is broken between them
CJK = re.compile(r"[\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff]")


# A Chinese address's house number goes with what it numbers: "小寨路290号", never "小寨路290" / "号"
NUMBERED_UNITS = "号號室楼樓层層栋棟幢弄巷座"
TRAILING_NUMBER = re.compile(r"[0-9０-９]+(?:[-–－][0-9０-９]+)?$")


class Lines(Paragraph):
    """reportlab's Paragraph, breaking a Chinese paragraph of one font (an address, a name: reportlab's
    character by character case) before a number rather than between it and its 号, 室 or 楼."""

    def breakLinesCJK(self, maxWidths):
        laid = super().breakLinesCJK(maxWidths)
        if getattr(laid, "kind", 1) == 0 and len(laid.lines) > 1:
            widths = maxWidths if isinstance(maxWidths, (list, tuple)) else [maxWidths]
            laid.lines = numbers_with_their_units(laid.lines, laid.fontName, laid.fontSize, widths)
        return laid


def numbers_with_their_units(lines: list, font: str, size: float, widths: list[float]) -> list:
    """Lines ((space left, [text]) each) where one ends in a number and the next starts with its unit: the
    number moved down and the rest broken again as reportlab breaks it (``dumbSplit``)."""
    lines = [list(line) for line in lines]
    k = 0
    while k < len(lines) - 1:
        text, after = lines[k][1][0], lines[k + 1][1][0]
        number = TRAILING_NUMBER.search(text)
        if number and number.start() > 0 and after[:1] in NUMBERED_UNITS:
            kept = text[:number.start()]
            rest = text[number.start():] + "".join(line[1][0] for line in lines[k + 1:])
            line_width = widths[min(k, len(widths) - 1)]
            lines[k] = [line_width - stringWidth(kept, font, size), [kept]]
            later = widths[k + 1:] or widths[-1:]
            lines[k + 1:] = [[space, [part]] for space, part in dumbSplit(rest, getCharWidths(rest, font, size), later)]
        k += 1
    return [tuple(line) for line in lines]


def one_line(frags, style, width: float) -> bool:
    """The paragraph's text fits on its first line (no line break in it)."""
    room = width - style.leftIndent - style.rightIndent - style.firstLineIndent
    used = 0.0
    for frag in frags:
        if hasattr(frag, "lineBreak") or hasattr(frag, "cbDefn"):
            return False
        used += stringWidth(getattr(frag, "text", "") or "", frag.fontName, frag.fontSize)
        if used > room:
            return False
    return True


class Layouts:
    """What one document has parsed and laid out (cleared by the document before and after a build)."""

    def __init__(self) -> None:
        self.parsed: dict[tuple, tuple] = {}  # (markup, style) -> (style, fragments)
        self.lines: dict[tuple, tuple] = {}  # (markup, style, bullet, width) -> (lines, height, widths)

    def clear(self) -> None:
        self.parsed.clear()
        self.lines.clear()

    def __deepcopy__(self, memo):  # reportlab deep-copies a style now and then: the cache stays one
        return self

    def parse(self, markup: str, style) -> tuple:
        """The style and fragments reportlab parses the markup into (never <bullet> or <para>: the brief
        writes neither, and user text is escaped)."""
        key = (markup, style)
        if key not in self.parsed:
            paragraph = Paragraph(markup, style)
            self.parsed[key] = paragraph.style, paragraph.frags
        return self.parsed[key]

    def lay_out(self, markup: str, style, bullet: str | None, width: float) -> tuple:
        key = (markup, style, bullet, width)
        if key not in self.lines:
            frags = self.parse(markup, style)[1]
            if getattr(style, "words", None) is not None and one_line(frags, style, width):
                style = style.words  # nowhere to break: reportlab's word wrap is several times quicker
            paragraph = Lines(None, style, bullet, frags=frags)
            Lines.wrap(paragraph, width, 1e9)
            self.lines[key] = paragraph.blPara, paragraph.height, paragraph._wrapWidths
        return self.lines[key]


class Para(Lines):
    """A Paragraph of the brief (same arguments): laid out once per markup, style and width when the
    style has ``layouts``, drawn with right-to-left runs in order line by line."""

    def __init__(self, text, style, bulletText=None, frags=None, **kwargs):
        if frags is None and text is not None and getattr(style, "cjk", None) and CJK.search(text):
            style = style.cjk  # lines break between Chinese characters, not inside Latin words or numbers
        self._layouts = getattr(style, "layouts", None) if frags is None and text is not None else None
        if self._layouts is not None:  # made by the brief, not by reportlab's split
            style, frags = self._layouts.parse(text, style)
        super().__init__(text, style, bulletText, frags, **kwargs)
        self._right_to_left = any(RTL.search(getattr(f, "text", "") or "") for f in self.frags)
        self._shared = False

    def wrap(self, availWidth, availHeight):
        if self._layouts is None or availWidth < _FUZZ:
            return super().wrap(availWidth, availHeight)
        self.width = availWidth
        self.blPara, self.height, self._wrapWidths = self._layouts.lay_out(self.text, self.style, self.bulletText,
                                                                          availWidth)
        self._shared = True
        return self.width, self.height

    def split(self, availWidth, availHeight):
        if self._shared:  # reportlab's split changes the lines: lay out a copy of our own
            super().wrap(availWidth, availHeight)
            self._shared = False
        if self.style.wordWrap != "CJK" or getattr(self.blPara, "kind", 0) != 1:
            return super().split(availWidth, availHeight)
        # it ends every line but the last with a space, for words broken between lines; Chinese lines
        # keep all their characters, and the space would show in the middle of a line of the rest
        texts = [(word, word.text) for line in self.blPara.lines for word in line.words if hasattr(word, "text")]
        parts = super().split(availWidth, availHeight)
        for word, text in texts:
            word.text = text
        return parts

    def draw(self) -> None:
        if not self._right_to_left:
            return super().draw()
        laid = self.blPara
        self.blPara = laid.clone(lines=in_drawing_order(laid.lines, laid.kind))
        try:
            super().draw()
        finally:
            self.blPara = laid


def in_drawing_order(lines: list, kind: int) -> list:
    """The paragraph's lines (reportlab's: FragLines of fragments, or for a single fragment ``kind`` 0
    (space left, [words]) tuples), each in drawing order. A line typed as its own ends a bidi paragraph."""
    pieces = [_pieces(line, kind) for line in lines]
    out, start = [], 0
    for end in range(len(lines)):
        if end == len(lines) - 1 or (kind == 1 and getattr(lines[end], "lineBreak", False)):
            out += _reordered(lines[start:end + 1], pieces[start:end + 1], kind)
            start = end + 1
    return out


def _pieces(line, kind: int) -> list[tuple[str, int]]:
    """(character, index of its fragment in the line) in logical order, without the space at its end."""
    if kind == 0:
        pieces = [(char, 0) for char in " ".join(line[1])]
    else:
        pieces = [(char, i) for i, frag in enumerate(line.words) for char in (getattr(frag, "text", "") or "")]
    while pieces and pieces[-1][0].isspace():  # the space a line was broken at: at the left of a right-to-left line
        pieces.pop()
    return pieces


def _reordered(lines: list, pieces: list[list[tuple[str, int]]], kind: int) -> list:
    text = "".join(char for line in pieces for char, _frag in line)
    base = get_base_level(text)
    levels = resolved_levels(text, base)
    out, start = [], 0
    for line, line_pieces in zip(lines, pieces):
        chars = [{"ch": char, "level": levels[start + i], "type": kind_of, "orig": kind_of, "frag": frag}
                 for i, (char, frag) in enumerate(line_pieces) for kind_of in (bidirectional(char),)]
        one = {"base_level": base, "base_dir": "LR"[base], "chars": chars, "runs": deque()}
        uba.reorder_resolved_levels(one, False)  # L1 and L2 on this line only
        uba.apply_mirroring(one, False)  # L4
        out.append(_line(line, [(char["ch"], char["frag"]) for char in one["chars"]], kind))
        start += len(line_pieces)
    return out


LEVEL = re.compile(r"Level\(\s*(\d+)")


def resolved_levels(text: str, base: int) -> list[int]:
    """Each character's embedding level by the Unicode Bidirectional Algorithm (before the per-line rules),
    from python-bidi: its get_display returns them with ``debug=True`` (one per UTF-8 byte; its Python
    implementation, the fallback, knows no bracket pairs, so "(2026)" beside Hebrew would come apart)."""
    if not text:
        return []
    info = get_display(text, base_dir="LR"[base], debug=True)
    start = info.find("\n    levels: [")
    per_byte = [int(level) for level in LEVEL.findall(info, start, info.find("\n    ]", start))] if start >= 0 else []
    if len(per_byte) == len(text.encode("utf-8")):
        offsets = accumulate((len(char.encode("utf-8")) for char in text[:-1]), initial=0)
        return [per_byte[offset] for offset in offsets]
    storage = dict(uba.get_empty_storage(), base_level=base, base_dir="LR"[base])
    uba.get_embedding_levels(text, storage)
    for position, char in enumerate(storage["chars"]):
        char["at"] = position
    uba.explicit_embed_and_overrides(storage)  # drops the formatting characters (they keep the base level)
    uba.resolve_weak_types(storage)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    levels = [base] * len(text)
    for char in storage["chars"]:
        levels[char["at"]] = char["level"]
    return levels


def _line(line, drawn: list[tuple[str, int]], kind: int):
    if kind == 0:
        return (line[0], ["".join(char for char, _frag in drawn)])
    words = [line.words[i].clone(text="".join(char for char, _i in run)) for i, run in groupby(drawn, key=lambda p: p[1])]
    words += [frag for frag in line.words if not getattr(frag, "text", "")]  # line breaks and the like
    return line.clone(words=words)
