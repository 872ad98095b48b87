"""Customers > Find Duplicates…: the book's likely pairs (models/book/merge.py), each side by side, and a merge
field by field: for each field that differs, which value the customer keeps. Every row of both is kept.
The merge goes on the undo stack (Edit > Undo takes it back)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.book import merge
from ui import labels
from ui.labels import counted

if TYPE_CHECKING:
    from models.storage.db import Database
    from models.book.undo import Change

VOCABULARY = {"segment": labels.segment, "relationship_level": labels.relationship,
              "contact_level": labels.contact_level, "psychology": labels.psychology,
              "lifecycle_stage": labels.stage, "tier": labels.tier}


class DuplicatesDialog(QDialog):
    merged = Signal(object, str)  # the Change, and the action's name for the undo stack

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Find duplicates"))
        self.resize(980, 600)
        self.pairs = merge.likely_pairs(db)
        self.list = QListWidget()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.fields = QTableWidget(0, 3)
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Keep this"), self.tr("Or this")])
        self.fields.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.fields.verticalHeader().hide()
        self.fields.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rows_note = QLabel()
        self.rows_note.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.fields, 1)
        right_layout.addWidget(self.rows_note)
        self.splitter = splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([330, 650])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.merge_button = buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.ActionRole)
        self.skip_button = buttons.addButton(self.tr("&Not the same"), QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button.clicked.connect(self.merge_current)
        self.skip_button.clicked.connect(self.skip_current)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.groups: dict[str, QButtonGroup] = {}
        self.list.currentRowChanged.connect(self.show_pair)
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        for pair in self.pairs:
            item = QListWidgetItem(f"{pair.keep_name}  ⇄  {pair.other_name}\n{self._reason(pair.reason)}")
            self.list.addItem(item)
        pairs = counted(len(self.pairs), self.tr("1 likely pair."), self.tr("%1 likely pairs."))
        self.intro.setText(pairs + " " + self.tr("For each field that differs, choose the value to keep; contacts, "
                                                 "phones, spend, dates, visits and follow-ups of both are all kept.")
                           if self.pairs else self.tr("No likely duplicates in your book: no two companies of one "
                                                      "name, no two people of one name with the same email or "
                                                      "phone."))
        self.splitter.setVisible(bool(self.pairs))
        self.merge_button.setEnabled(bool(self.pairs))
        self.skip_button.setEnabled(bool(self.pairs))
        if self.pairs:
            self.list.setCurrentRow(0)
        else:
            self.fields.setRowCount(0)
            self.rows_note.clear()

    def _reason(self, reason: str) -> str:
        for english, text in (("same name and email ", self.tr("same name and email %1")),
                              ("same name and mobile ", self.tr("same name and mobile %1")),
                              ("same name and phone ", self.tr("same name and phone %1"))):
            if reason.startswith(english):
                return text.replace("%1", reason[len(english):])
        said = {"same company name": self.tr("same company name"),
                "same name": self.tr("same name, and nothing else tells them apart")}
        return said.get(reason, reason)

    def _field_names(self) -> dict[str, str]:
        return {"name": self.tr("Name"), "segment": self.tr("Segment"), "industry": self.tr("Industry"),
                "address": self.tr("Address"), "city": self.tr("City"), "website": self.tr("Website"),
                "owner": self.tr("Owner"), "relationship_level": self.tr("Relationship"),
                "contact_level": self.tr("Contact level"), "psychology": self.tr("Buying psychology"),
                "lifecycle_stage": self.tr("Lifecycle stage"), "stage_entered_on": self.tr("Stage since"),
                "tier": self.tr("Tier"), "referred_by_id": self.tr("Referred by (Customer ID)"),
                "acquisition_cost_cents": self.tr("Acquisition cost"), "notes": self.tr("Notes")}

    def _shown(self, field_name: str, value) -> str:
        if value is None or value == "":
            return self.tr("(empty)")
        if field_name in VOCABULARY:
            return VOCABULARY[field_name](str(value)) or str(value)
        if field_name == "acquisition_cost_cents":
            return f"{value / 100:,.2f}"
        return str(value)

    def show_pair(self, row: int) -> None:
        self.fields.setRowCount(0)
        self.groups.clear()
        if not 0 <= row < len(self.pairs):
            return
        pair = self.pairs[row]
        keep, other = merge.sides(self.db, pair.keep_id, pair.other_id)
        names = self._field_names()
        for field_name in merge.FIELDS:
            a, b = keep.values[field_name], other.values[field_name]
            if a == b or (b in (None, "") and field_name != "notes"):
                continue
            line = self.fields.rowCount()
            self.fields.insertRow(line)
            self.fields.setItem(line, 0, QTableWidgetItem(names[field_name]))
            group = QButtonGroup(self)
            buttons = []
            for choice, text in ((merge.KEEP, self._shown(field_name, a)[:200]),
                                 (merge.OTHER, self._shown(field_name, b)[:200])):
                button = QRadioButton(text)
                button.setProperty("choice", choice)
                group.addButton(button)
                buttons.append(button)
            default = merge.KEEP if a not in (None, "") else merge.OTHER
            self.fields.setCellWidget(line, 1, buttons[0])
            if field_name == "notes" and a and b:  # the other's notes, or both
                both = QRadioButton(self.tr("Both"))
                both.setProperty("choice", merge.BOTH)
                group.addButton(both)
                holder = QWidget()
                row_layout = QHBoxLayout(holder)
                row_layout.setContentsMargins(0, 0, 0, 0)
                row_layout.addWidget(buttons[1], 1)
                row_layout.addWidget(both)
                self.fields.setCellWidget(line, 2, holder)
                default = merge.BOTH
            else:
                self.fields.setCellWidget(line, 2, buttons[1])
            for button in group.buttons():
                button.setChecked(button.property("choice") == default)
            self.groups[field_name] = group
        self.fields.resizeRowsToContents()
        counts = self.tr(", ").join(self._count_text(k, n) for k, n in other.counts.items() if n)
        self.rows_note.setText(self.tr("%1 is kept (id %2). From %3, these come along: %4.")
                               .replace("%1", pair.keep_name).replace("%2", str(pair.keep_id))
                               .replace("%3", pair.other_name).replace("%4", counts or self.tr("nothing else")))

    def _count_text(self, key: str, count: int) -> str:
        """"1 contact", "3 phones and emails"…"""
        one, many = {"contacts": (self.tr("1 contact"), self.tr("%1 contacts")),
                     "channels": (self.tr("1 phone or email"), self.tr("%1 phones and emails")),
                     "months of spend": (self.tr("1 month of spend"), self.tr("%1 months of spend")),
                     "dates": (self.tr("1 date"), self.tr("%1 dates")),
                     "visits": (self.tr("1 visit"), self.tr("%1 visits")),
                     "follow-ups": (self.tr("1 follow-up"), self.tr("%1 follow-ups"))}[key]
        return counted(count, one, many)

    def choices(self) -> dict[str, str]:
        return {name: group.checkedButton().property("choice") for name, group in self.groups.items()
                if group.checkedButton() is not None}

    def merge_current(self) -> Change | None:
        from ui.errors import report_exception

        row = self.list.currentRow()
        if not 0 <= row < len(self.pairs):
            return None
        pair = self.pairs[row]
        try:
            change = merge.merge_customers(self.db, pair.keep_id, pair.other_id, self.choices())
        except Exception as exc:  # a known trouble (a customer deleted meanwhile…) as a message, a bug as a bug
            report_exception(exc, parent=self)
            return None
        self.merged.emit(change, self.tr("Merge %1 and %2").replace("%1", pair.keep_name)
                         .replace("%2", pair.other_name))
        self.pairs = [p for p in self.pairs if pair.other_id not in (p.keep_id, p.other_id)]
        self._fill()
        return change

    def skip_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.pairs):
            del self.pairs[row]
            self._fill()
            self.list.setCurrentRow(min(row, len(self.pairs) - 1))
