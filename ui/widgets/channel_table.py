"""Phones and emails with their labels, as an editable table (a customer's, or a contact's)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTableWidgetItem, QWidget

from models.book.customers import ChannelData
from models.vocabulary import ChannelKind
from ui import labels
from ui.widgets.row_table import ROW_ID, RowTable

STORED = Qt.ItemDataRole.UserRole + 1  # the label as stored ("mobile"), shown in the user's language ("手机")


class ChannelTable(RowTable):
    def __init__(self, parent: QWidget | None = None):
        super().__init__([self.tr("Type"), self.tr("Label"), self.tr("Phone or email")], 2, parent)
        rows = self.table.verticalHeader().defaultSectionSize()  # the header and four rows, whatever the font
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height() + 4 * rows + 4)
        self.add_phone = self.add_button(self.tr("Add p&hone"))
        self.add_email = self.add_button(self.tr("Add e&mail"))
        self.add_phone.clicked.connect(lambda: self.add(ChannelData(ChannelKind.PHONE.value, ""), edit=True))
        self.add_email.clicked.connect(lambda: self.add(ChannelData(ChannelKind.EMAIL.value, ""), edit=True))

    def set_channels(self, channels: list[ChannelData]) -> None:
        self.table.setRowCount(0)
        for channel in channels:
            self.add(channel)

    def add(self, channel: ChannelData, edit: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        kind = QComboBox()
        kind.addItem(self.tr("Phone"), ChannelKind.PHONE.value)
        kind.addItem(self.tr("Email"), ChannelKind.EMAIL.value)
        kind.setCurrentIndex(max(0, kind.findData(channel.kind)))
        kind.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.table.setCellWidget(row, 0, kind)
        label = QTableWidgetItem(labels.channel_label(channel.label))
        label.setData(STORED, channel.label)
        self.table.setItem(row, 1, label)
        value = QTableWidgetItem(channel.value)
        value.setData(ROW_ID, channel.id)  # the stored row it is (an edit of it is that row's, not a new one)
        self.table.setItem(row, 2, value)
        if edit:
            self.table.setCurrentCell(row, 2)
            self.table.clearSelection()  # (the row's highlight would show on the label while the number is typed)
            self.table.editItem(self.table.item(row, 2))
        self.changed.emit()

    def channels(self) -> list[ChannelData]:
        result = []
        for row in range(self.table.rowCount()):
            kind = self.table.cellWidget(row, 0).currentData()
            label = self._label(self.table.item(row, 1))
            item = self.table.item(row, 2)
            value = item.text() if item else ""
            if value.strip() or label.strip():
                result.append(ChannelData(kind, value, label, item.data(ROW_ID) if item else None))
        return result

    @staticmethod
    def _label(item: QTableWidgetItem | None) -> str:
        """The label to store: as it was where it still reads as shown, else as typed (one of the usual labels
        typed in the user's language, "手机", stored as the usual one, "mobile")."""
        if item is None:
            return ""
        stored = item.data(STORED)
        if stored is not None and item.text() == labels.channel_label(stored):
            return stored
        return labels.channel_label_code(item.text())
