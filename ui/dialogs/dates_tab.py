"""Personal and business dates of the customer and its people: birthdays, anniversaries, events."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QTableWidgetItem, QWidget

from models.book.customers import KeyDateData
from models.vocabulary import NO_YEAR
from models.vocabulary import KeyDateKind
from ui import labels
from ui.widgets.row_table import ROW_ID, RowTable


class DatesTab(RowTable):
    def __init__(self, parent: QWidget | None = None):
        super().__init__([self.tr("Who"), self.tr("Kind"), self.tr("Date"), self.tr("Year known"), self.tr("Yearly"),
                          self.tr("Note")], 5, parent)
        self.layout().setContentsMargins(9, 9, 9, 9)
        self.table.setColumnWidth(0, 180)  # who: names, not cut short
        self.people: list[str] = []
        self.add_date = self.add_button(self.tr("Add dat&e"))
        self.add_date.clicked.connect(lambda: self.add(KeyDateData(KeyDateKind.BIRTHDAY.value, dt.date.today())))

    def set_people(self, customer_name: str, contact_names: list[str]) -> None:
        """Who a date can belong to: the customer, then each contact (in the contacts tab's order)."""
        self.people = [customer_name or self.tr("The customer"), *contact_names]
        for row in range(self.table.rowCount()):
            combo: QComboBox = self.table.cellWidget(row, 0)
            current = combo.currentData()
            combo.clear()
            self._fill_people(combo)
            combo.setCurrentIndex(max(0, combo.findData(current)))

    def _fill_people(self, combo: QComboBox) -> None:
        for i, name in enumerate(self.people):
            combo.addItem(name, None if i == 0 else i - 1)

    def set_dates(self, dates: list[KeyDateData]) -> None:
        self.table.setRowCount(0)
        for item in dates:
            self.add(item)

    def add(self, item: KeyDateData) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        who = QComboBox()
        self._fill_people(who)
        who.setCurrentIndex(max(0, who.findData(item.contact)))
        kind = QComboBox()
        for value in KeyDateKind:
            kind.addItem(labels.key_date_kind(value.value), value.value)
        kind.setCurrentIndex(max(0, kind.findData(item.kind)))
        date = QDateEdit(QDate(item.date.year, item.date.month, item.date.day))
        date.setCalendarPopup(True)
        year_known = QCheckBox()
        year_known.setAccessibleName(self.tr("Year known"))
        year_known.setToolTip(self.tr("Untick for a birthday whose year you do not know: it is kept as a day and "
                                      "a month, and comes round every year."))
        yearly = QCheckBox()
        yearly.setAccessibleName(self.tr("Yearly"))
        yearly.setChecked(item.yearly)
        for widget, column in ((who, 0), (kind, 1), (date, 2), (year_known, 3), (yearly, 4)):
            self.table.setCellWidget(row, column, widget)
        note = QTableWidgetItem(item.label)
        note.setData(ROW_ID, item.id)  # the stored row it is
        self.table.setItem(row, 5, note)
        year_known.toggled.connect(lambda known: self._year_toggled(date, yearly, known))
        year_known.setChecked(item.year_known)
        self._show_year(date, yearly, item.year_known)
        who.currentIndexChanged.connect(lambda _i: self.changed.emit())
        kind.currentIndexChanged.connect(lambda _i: self.changed.emit())
        date.dateChanged.connect(lambda _d: self.changed.emit())
        yearly.toggled.connect(lambda _c: self.changed.emit())
        year_known.toggled.connect(lambda _c: self.changed.emit())
        self.changed.emit()

    def _year_toggled(self, date: QDateEdit, yearly: QCheckBox, known: bool) -> None:
        """The rep learnt the year: the date shows it, and the year (this year until typed over) is
        selected for typing; the year kept for a date without one is never shown."""
        self._show_year(date, yearly, known)
        if known and date.date().year() == NO_YEAR:
            date.setDate(date.date().addYears(dt.date.today().year - NO_YEAR))
            date.setFocus()
            date.setCurrentSection(QDateEdit.Section.YearSection)

    def _show_year(self, date: QDateEdit, yearly: QCheckBox, known: bool) -> None:
        """A date without a year shows as a day and a month (4 July, 7月4日) and can only be yearly."""
        date.setDisplayFormat("yyyy-MM-dd" if known else labels.day_month_format())
        if not known:
            yearly.setChecked(True)
        yearly.setEnabled(known)

    def contact_removed(self, index: int) -> None:
        """A person left the list: their dates go too, and later people move up one place."""
        for row in reversed(range(self.table.rowCount())):
            who: QComboBox = self.table.cellWidget(row, 0)
            contact = who.currentData()
            if contact == index:
                self.table.removeRow(row)
            elif contact is not None and contact > index:
                who.setItemData(who.currentIndex(), contact - 1)

    def dates(self) -> list[KeyDateData]:
        result = []
        for row in range(self.table.rowCount()):
            date = self.table.cellWidget(row, 2).date()
            known = self.table.cellWidget(row, 3).isChecked()
            day = dt.date(date.year() if known else NO_YEAR, date.month(), date.day())  # NO_YEAR has 29 February
            note = self.table.item(row, 5)
            result.append(KeyDateData(
                kind=self.table.cellWidget(row, 1).currentData(),
                date=day,
                label=note.text() if note else "",
                yearly=self.table.cellWidget(row, 4).isChecked() or not known,
                contact=self.table.cellWidget(row, 0).currentData(),
                year_known=known,
                id=note.data(ROW_ID) if note else None,
            ))
        return result
