"""An editable table with its row buttons underneath (Add…, Remove), reporting every change."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)


class RowTable(QWidget):
    changed = Signal()

    def __init__(self, headers: list[str], stretch_column: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.clicked.connect(self.remove_current)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.remove)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)

    def add_button(self, text: str) -> QPushButton:
        """A button before Remove."""
        button = QPushButton(text)
        self.buttons.insertWidget(self.buttons.count() - 2, button)
        return button

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()
