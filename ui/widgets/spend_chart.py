"""A 12-month spend bar chart, painted by hand (Qt Charts is not part of PySide6-Essentials)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#1f6feb")
DROP = QColor("#c62828")
AVERAGE = QColor("#8c959f")


class SpendChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.months: list[tuple[str, int]] = []  # (label, cents), oldest first
        self.average_cents: int | None = None
        self.drop = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(150)

    def sizeHint(self) -> QSize:
        return QSize(480, 160)

    def set_data(self, months: list[tuple[str, int]], average_cents: int | None, drop: bool) -> None:
        self.months, self.average_cents, self.drop = months, average_cents, drop
        self.setAccessibleDescription(", ".join(f"{label}: {cents / 100:,.2f}" for label, cents in months))
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(8, 8, -8, -24)
        if not self.months:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No spend recorded yet."))
            return
        top = max(max(c for _, c in self.months), self.average_cents or 0) or 1
        slot = area.width() / len(self.months)
        for i, (label, cents) in enumerate(self.months):
            height = area.height() * cents / top
            bar = QRectF(area.left() + i * slot + slot * 0.15, area.bottom() - height, slot * 0.7, height)
            last = i == len(self.months) - 1
            painter.fillRect(bar, DROP if last and self.drop else BAR)
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(area.left() + i * slot, area.bottom() + 4, slot, 16),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
        if self.average_cents:
            y = area.bottom() - area.height() * self.average_cents / top
            painter.setPen(QPen(AVERAGE, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(int(area.left()), int(y), int(area.right()), int(y))
