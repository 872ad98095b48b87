"""The people at the customer: a list on the left, the selected person's card on the right."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.book.customers import ContactData
from models.vocabulary import Attitude, BuyingRole, Influence
from models.runtime.translatable import in_language
from ui import field_labels, labels
from ui.widgets.channel_table import ChannelTable


def vocabulary_combo(values, label) -> QComboBox:
    combo = QComboBox()
    combo.addItem("—", None)
    for value in values:
        combo.addItem(label(value.value), value.value)
    return combo


class ContactsTab(QWidget):
    changed = Signal()
    removed = Signal(int)  # the index of a person taken out of the list

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.contacts: list[ContactData] = []
        self._current = -1
        self.list = QListWidget()
        self.list.setMaximumWidth(220)
        self.list.currentRowChanged.connect(self._select)
        self.add_button = QPushButton(self.tr("Add pe&rson"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self.add_contact)
        self.remove_button.clicked.connect(self.remove_contact)
        self.name = QLineEdit()
        self.title = QLineEdit()
        self.role = vocabulary_combo(BuyingRole, labels.buying_role)
        self.attitude = vocabulary_combo(Attitude, labels.attitude)
        self.influence = vocabulary_combo(Influence, labels.influence)
        self.channels = ChannelTable()
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Personal notes: family, interests, what they care about"))
        self.notes.setMaximumHeight(80)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.card = QWidget()
        form = QFormLayout(self.card)
        for field, widget in (("name", self.name), ("title", self.title), ("buying_role", self.role),
                              ("attitude", self.attitude), ("influence", self.influence), ("channels", self.channels),
                              ("notes", self.notes)):
            form.addRow(field_labels.contact(field), widget)
        form.addRow(self.error)
        for widget in (self.name, self.title):
            widget.textEdited.connect(self._card_edited)
        for combo in (self.role, self.attitude, self.influence):
            combo.currentIndexChanged.connect(self._card_edited)
        self.channels.changed.connect(self._card_edited)
        self.notes.textChanged.connect(self._card_edited)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        left.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addWidget(self.card, 1)
        self._loading = False

    def set_contacts(self, contacts: list[ContactData]) -> None:
        self.contacts = [ContactData(**{**c.__dict__, "channels": list(c.channels)}) for c in contacts]
        self.list.clear()
        for contact in self.contacts:
            self.list.addItem(self._title(contact))
        self.card.setEnabled(bool(self.contacts))
        self.list.setCurrentRow(0 if self.contacts else -1)

    def _title(self, contact: ContactData) -> str:
        role = labels.buying_role(contact.buying_role)
        return f"{contact.name or self.tr('(no name)')}" + (f" · {role}" if role else "")

    def _select(self, row: int) -> None:
        self._current = row
        self.card.setEnabled(row >= 0)
        if row < 0:
            return
        contact = self.contacts[row]
        self._loading = True
        self.name.setText(contact.name)
        self.title.setText(contact.title)
        for combo, value in ((self.role, contact.buying_role), (self.attitude, contact.attitude),
                             (self.influence, contact.influence)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.channels.set_channels(contact.channels)
        self.notes.setPlainText(contact.notes)
        self._loading = False

    def _card_edited(self, *_args) -> None:
        if self._loading or self._current < 0:
            return
        contact = self.contacts[self._current]
        contact.name, contact.title, contact.notes = self.name.text(), self.title.text(), self.notes.toPlainText()
        contact.buying_role, contact.attitude = self.role.currentData(), self.attitude.currentData()
        contact.influence = self.influence.currentData()
        contact.channels = self.channels.channels()
        self.list.item(self._current).setText(self._title(contact))
        self.changed.emit()

    def add_contact(self) -> None:
        self.contacts.append(ContactData())
        self.list.addItem(self._title(self.contacts[-1]))
        self.list.setCurrentRow(len(self.contacts) - 1)
        self.name.setFocus()
        self.changed.emit()

    def remove_contact(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            del self.contacts[row]
            with QSignalBlocker(self.list):  # (the list moves its current row before the row goes)
                self.list.takeItem(row)
            self._select(self.list.currentRow())
            self.removed.emit(row)
            self.changed.emit()

    def show_errors(self, errors: dict[str, str]) -> None:
        mine = {k: v for k, v in errors.items() if k.startswith("contacts.")}
        lines = []
        for path, message in mine.items():
            index = int(path.split(".")[1])
            name = self.contacts[index].name or self.tr("person %1").replace("%1", str(index + 1))
            lines.append(f"{name}: {in_language(message)}")
        self.error.setText("\n".join(lines))
        if mine:
            first = int(next(iter(mine)).split(".")[1])
            self.list.setCurrentRow(first)
