"""Choose the customer of a new visit: type part of a name, contact, phone or city; Enter takes the first,
and the first is the customer of that name ("Noah Evans" picks Noah Evans, not a company he works at)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from models.book.customer_list import best_matches

if TYPE_CHECKING:
    from models.storage.db import Database

SHOWN = 50


class CustomerPicker(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None, title: str | None = None,
                 exclude: int | None = None):
        super().__init__(parent)
        self.db = db
        self.exclude = exclude
        self.setWindowTitle(title or self.tr("Plan a visit with…"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Customer name, contact, phone, city…"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.search.textChanged.connect(self.refresh)
        self.search.returnPressed.connect(self.accept)
        self.results.itemActivated.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.buttons)
        self.resize(480, 420)
        self.refresh()

    def refresh(self) -> None:
        self.results.clear()
        for row in best_matches(self.db, self.search.text(), limit=SHOWN):
            if row.id == self.exclude:
                continue
            item = QListWidgetItem(f"{row.name}  ·  {row.city}" if row.city else row.name)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)
        self.results.setCurrentRow(0)

    def chosen(self) -> int | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    @classmethod
    def choose(cls, db: Database, parent: QWidget | None = None, title: str | None = None,
               exclude: int | None = None) -> int | None:
        dialog = cls(db, parent, title, exclude)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        chosen = dialog.chosen()
        dialog.deleteLater()
        return chosen if accepted else None
