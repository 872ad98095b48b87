"""What every page of the main window has: a heading, a body, and the database it reads from."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from collections.abc import Callable

    from models.book.undo import Change
    from models.storage.db import Database


class Page(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.db: Database | None = None
        # Puts a customer change already made on the window's undo stack (set by the main window).
        self.push_change: Callable[[Change, str], None] | None = None
        self.heading = QLabel(title)
        self.heading.setObjectName("pageHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(24, 18, 24, 18)
        self.body.addWidget(self.heading)

    @property
    def title(self) -> str:
        return self.heading.text()

    def set_database(self, db: Database | None) -> None:
        self.db = db

    def add_empty_state(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("emptyState")
        label.setWordWrap(True)
        # Alignment through the style sheet: touching the Qt namespace costs ~20 ms before the first paint.
        label.setStyleSheet("color: palette(placeholder-text); padding: 40px; qproperty-alignment: AlignCenter;")
        self.body.addWidget(label, 1)
        return label
