"""A bar chart of counts with each bar's number over it and its label under it, painted by hand (as the
spend chart: Qt Charts is not part of PySide6-Essentials)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#1f4e79")
STRONG = QColor("#2e7d32")


class BarChart(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.bars: list[tuple[str, float, bool]] = []  # (label, value, marked: drawn in the strong colour)
        self.number = str  # how a bar's value is written over it
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(170)
        self.setAccessibleName(title)

    def sizeHint(self) -> QSize:
        return QSize(300, 180)

    def set_bars(self, bars: list[tuple[str, float, bool]], number=str) -> None:
        self.bars, self.number = bars, number
        self.setAccessibleDescription(", ".join(f"{label}: {number(value)}" for label, value, _ in bars))
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().text().color()
        line = painter.fontMetrics().height()
        painter.setPen(BAR)
        painter.drawText(QRectF(0, 0, self.width(), line), Qt.AlignmentFlag.AlignLeft, self.title)
        area = QRectF(self.rect()).adjusted(4, line * 2.4, -4, -line * 1.6)
        if not self.bars:
            return
        top = max(value for _, value, _ in self.bars) or 1
        slot = area.width() / len(self.bars)
        for i, (label, value, marked) in enumerate(self.bars):
            height = area.height() * value / top
            bar = QRectF(area.left() + i * slot + slot * 0.18, area.bottom() - height, slot * 0.64, height)
            painter.fillRect(bar, STRONG if marked else BAR)
            painter.setPen(text)
            painter.drawText(QRectF(area.left() + i * slot, bar.top() - line - 2, slot, line),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, self.number(value))
            painter.drawText(QRectF(area.left() + i * slot, area.bottom() + 3, slot, line),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, int(slot)))
        painter.setPen(self.palette().mid().color())
        painter.drawLine(int(area.left()), int(area.bottom()), int(area.right()), int(area.bottom()))
