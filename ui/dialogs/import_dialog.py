"""Import contacts from CSV or vCard in three steps: the columns (CSV: a preview of the first rows and a
field for each column, guessed or from a Google/Outlook preset, savable by name; the order of day and
month when the file's dates do not decide it); the check (duplicates of the book each to merge, keep or
skip; the values that go to the person's notes and the records that cannot be imported, each with who it
is); the import, off the GUI thread with progress and Cancel (one transaction: a cancel leaves nothing),
then what happened. Back and Cancel work on every step."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.interchange.import_text import field_text, reason_text, where_text, who_text
from models.interchange.csv_import import FIELDS, MULTI, Mapping, Rule, label_from
from models.interchange.records import DMY, MDY
from models.interchange.store import Choice
from ui.labels import counted

if TYPE_CHECKING:
    from models.storage.db import Database

FIELD_NAMES = {  # what the column boxes say (translated in the ImportDialog context)
    "name": QT_TRANSLATE_NOOP("ImportDialog", "Name"), "given_name": QT_TRANSLATE_NOOP("ImportDialog", "Given name"),
    "family_name": QT_TRANSLATE_NOOP("ImportDialog", "Family name"),
    "company": QT_TRANSLATE_NOOP("ImportDialog", "Company"), "title": QT_TRANSLATE_NOOP("ImportDialog", "Title"),
    "phone": QT_TRANSLATE_NOOP("ImportDialog", "Phone"), "email": QT_TRANSLATE_NOOP("ImportDialog", "Email"),
    "address": QT_TRANSLATE_NOOP("ImportDialog", "Address"), "city": QT_TRANSLATE_NOOP("ImportDialog", "City"),
    "birthday": QT_TRANSLATE_NOOP("ImportDialog", "Birthday"), "notes": QT_TRANSLATE_NOOP("ImportDialog", "Notes"),
    "tags": QT_TRANSLATE_NOOP("ImportDialog", "Tags"), "segment": QT_TRANSLATE_NOOP("ImportDialog", "Segment"),
    "industry": QT_TRANSLATE_NOOP("ImportDialog", "Industry"), "website": QT_TRANSLATE_NOOP("ImportDialog", "Website"),
    "owner": QT_TRANSLATE_NOOP("ImportDialog", "Owner"),
    "lifecycle_stage": QT_TRANSLATE_NOOP("ImportDialog", "Lifecycle stage"),
    "tier": QT_TRANSLATE_NOOP("ImportDialog", "Tier"),
    "customer_notes": QT_TRANSLATE_NOOP("ImportDialog", "Customer notes"),
    "kind": QT_TRANSLATE_NOOP("ImportDialog", "Kind"), "customer_id": QT_TRANSLATE_NOOP("ImportDialog", "Customer ID"),
    "relationship_level": QT_TRANSLATE_NOOP("ImportDialog", "Relationship"),
    "contact_level": QT_TRANSLATE_NOOP("ImportDialog", "Contact level"),
    "psychology": QT_TRANSLATE_NOOP("ImportDialog", "Buying psychology"),
    "stage_entered_on": QT_TRANSLATE_NOOP("ImportDialog", "Stage since"),
    "referred_by": QT_TRANSLATE_NOOP("ImportDialog", "Referred by (Customer ID)"),
    "acquisition_cost": QT_TRANSLATE_NOOP("ImportDialog", "Acquisition cost"),
    "buying_role": QT_TRANSLATE_NOOP("ImportDialog", "Buying role"),
    "attitude": QT_TRANSLATE_NOOP("ImportDialog", "Attitude"), "influence": QT_TRANSLATE_NOOP("ImportDialog", "Influence"),
    "company_address": QT_TRANSLATE_NOOP("ImportDialog", "Company address"),
    "company_city": QT_TRANSLATE_NOOP("ImportDialog", "Company city"),
}


def shortened(value: str, limit: int = 80) -> str:
    return value if len(value) <= limit else value[:limit] + "…"


class ImportDialog(QDialog):
    imported = Signal(object)  # the Summary

    def __init__(self, db: Database, path: Path, parent: QWidget | None = None):
        from models.interchange.importer import source

        super().__init__(parent)
        self.db, self.path = db, path
        self.setWindowTitle(self.tr("Import %1").replace("%1", path.name))
        self.resize(900, 560)
        self.source = source(path, db=db)  # raises ImportFileError: the caller shows it
        self.found = None
        self.operation = None
        self.summary = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self._columns_page())
        self.pages.addWidget(self._check_page())
        self.pages.addWidget(self._result_page())
        self.buttons = QDialogButtonBox()
        self.back_button = QPushButton(self.tr("&Back"))  # on the left, as wizards have it
        self.next_button = self.buttons.addButton(self.tr("&Next"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.next_button.setDefault(True)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next_step)
        self.cancel_button.clicked.connect(self.cancel)
        self.back_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        button_row = QHBoxLayout()
        button_row.addWidget(self.back_button)
        button_row.addWidget(self.buttons, 1)
        layout.addLayout(button_row)
        if self.source.mapping is None:  # a vCard: nothing to map
            self.next_step()

    # -- step 1: the columns ---------------------------------------------------------------------------
    def _columns_page(self) -> QWidget:
        from models.interchange.text_files import CsvRows

        page = QWidget()
        layout = QVBoxLayout(page)
        self.kind_label = QLabel()
        layout.addWidget(self.kind_label)
        self.preview = QTableWidget()
        self.field_boxes: list[QComboBox] = []
        self.header: list[str] = []
        if self.source.mapping is not None:
            with CsvRows(self.path) as rows:
                self.header, sample = rows.header, rows.preview()
            preset = {"google": "Google Contacts", "outlook": "Outlook", "fieldbrief": "Fieldbrief"}.get(
                self.source.mapping.preset, "")
            text = self.tr("%1. Choose what each column holds.").replace("%1", self._kind_text())
            if self.source.mapping.header == self.header:
                text += " " + self.tr("The columns are as in your saved mapping.")
            elif preset:
                text += " " + self.tr("Recognised as a %1 export.").replace("%1", preset)
            if self.source.dates_decided:
                text += "\n" + (self.tr("Dates such as 04/03/1985 are read day first (4 March 1985), as the other "
                                         "dates in the file show.") if self.source.mapping.date_order == DMY else
                                 self.tr("Dates such as 04/03/1985 are read month first (April 3, 1985), as the "
                                         "other dates in the file show."))
            self.kind_label.setText(text)
            self._fill_preview(sample)
        layout.addWidget(self.preview, 1)
        date_row = QHBoxLayout()
        self.date_question = QLabel()
        self.date_question.setWordWrap(True)
        self.date_order = QComboBox()
        self.date_order.addItem(self.tr("Choose…"), "")
        self.date_order.addItem(self.tr("Day first: 04/03/1985 is 4 March 1985"), DMY)
        self.date_order.addItem(self.tr("Month first: 04/03/1985 is April 3, 1985"), MDY)
        date_row.addWidget(self.date_question, 1)
        date_row.addWidget(self.date_order)
        layout.addLayout(date_row)
        self.date_question.hide()
        self.date_order.hide()
        save_row = QHBoxLayout()
        self.mapping_name = QLineEdit()
        self.mapping_name.setPlaceholderText(self.tr("Name, to use this mapping again (optional)"))
        save_row.addWidget(QLabel(self.tr("Save the mapping as")))
        save_row.addWidget(self.mapping_name, 1)
        layout.addLayout(save_row)
        return page

    def _kind_text(self) -> str:
        """"CSV (GB18030, comma)" in the user's language."""
        delimiter = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab")}.get(
            self.source.delimiter, repr(self.source.delimiter))
        encoding = {"utf-8-sig": "UTF-8 (BOM)", "utf-8": "UTF-8", "gb18030": "GB18030/GBK", "utf-16": "UTF-16",
                    "utf-16-le": "UTF-16", "utf-16-be": "UTF-16", "cp1252": "Windows-1252"}.get(
            self.source.encoding, self.source.encoding)
        return self.tr("CSV (%1, %2)").replace("%1", encoding).replace("%2", delimiter)

    def _fill_preview(self, sample: list[list[str]]) -> None:
        by_column = {rule.column: rule for rule in self.source.mapping.rules}
        self.preview.setColumnCount(len(self.header))
        self.preview.setRowCount(len(sample) + 1)
        self.preview.setHorizontalHeaderLabels(self.header)
        self.preview.verticalHeader().hide()
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in range(len(self.header)):
            box = QComboBox()
            box.addItem(self.tr("(ignore)"), None)
            for field_name in FIELDS:
                box.addItem(self.tr(FIELD_NAMES[field_name]), field_name)
            rule = by_column.get(column)
            box.setCurrentIndex(max(0, box.findData(rule.field if rule else None)))
            self.preview.setCellWidget(0, column, box)
            self.field_boxes.append(box)
            for row, values in enumerate(sample, 1):
                item = QTableWidgetItem(shortened(values[column], 200) if column < len(values) else "")
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.preview.setItem(row, column, item)
        self.preview.resizeColumnsToContents()

    def mapping(self) -> Mapping:
        """The mapping as the boxes say (label columns of a preset are kept for its phones and emails)."""
        old = {rule.column: rule for rule in self.source.mapping.rules}
        rules = []
        for column, box in enumerate(self.field_boxes):
            field_name = box.currentData()
            if field_name is None:
                continue
            rule = old.get(column)
            if rule is not None and rule.field == field_name:
                rules.append(rule)
            else:
                label = label_from(self.header[column]) if field_name in MULTI else ""
                rules.append(Rule(column, field_name, label))
        return Mapping(rules, self.source.mapping.preset, list(self.header), self.source.mapping.date_order)

    def _dates_decided(self, mapping: Mapping) -> bool:
        """The day/month order of the mapped date columns: the file's, the user's choice, or asked for."""
        from models.interchange.csv_import import column_dates
        from models.interchange.text_files import CsvRows

        with CsvRows(self.path) as rows:
            decided, ambiguous = column_dates(rows, mapping)
        chosen = self.date_order.currentData()
        mapping.date_order = decided or chosen or (mapping.date_order if not ambiguous else "")
        if mapping.date_order or not ambiguous:
            return True
        examples = ", ".join(dict.fromkeys(ambiguous))
        self.date_question.setText(self.tr("Some dates could be read either way round (%1). Which comes first in "
                                           "this file, the day or the month?").replace("%1", examples[:80]))
        self.date_question.show()
        self.date_order.show()
        self.date_order.setFocus()
        return False

    # -- step 2: the check ----------------------------------------------------------------------------
    def _check_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.check_label = QLabel()
        self.check_label.setWordWrap(True)
        layout.addWidget(self.check_label, 0, Qt.AlignmentFlag.AlignTop)
        self.duplicates = QTableWidget(0, 4)
        self.duplicates.setHorizontalHeaderLabels([self.tr("In the file"), self.tr("In your book"), self.tr("Why"),
                                                   self.tr("Do")])
        self.duplicates.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.duplicates.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.duplicates.verticalHeader().hide()
        self.duplicates_row = QWidget()  # shown when there are duplicates
        all_row = QHBoxLayout(self.duplicates_row)
        all_row.setContentsMargins(0, 0, 0, 0)
        all_row.addWidget(QLabel(self.tr("Duplicates:")))
        for choice, text in ((Choice.SKIP, self.tr("Skip all")), (Choice.MERGE, self.tr("Merge all")),
                             (Choice.KEEP_BOTH, self.tr("Keep all"))):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, c=choice: self.choose_all(c))
            all_row.addWidget(button)
        all_row.addStretch(1)
        self.errors = QListWidget()
        self.checks = self._checks_table()
        self.checks_label = QLabel(self.tr("Values that cannot be stored as their field: each is kept as written in "
                                           "the person's notes, under the field's name. Check them after the import:"))
        self.checks_label.setWordWrap(True)
        self.errors_label = QLabel(self.tr("Records that cannot be imported (the others will be):"))
        layout.addWidget(self.duplicates, 2)
        layout.addWidget(self.duplicates_row)
        layout.addWidget(self.checks_label)
        layout.addWidget(self.checks, 2)
        layout.addWidget(self.errors_label)
        layout.addWidget(self.errors, 1)
        self.progress = QProgressBar()
        self.progress.hide()
        layout.addWidget(self.progress)
        return page

    def _scan(self) -> None:
        from models.interchange.store import scan
        from ui.operations import Operation

        if self.source.mapping is not None:
            mapping = self.mapping()
            if not self._dates_decided(mapping):
                return
            self.source.mapping = mapping
            name = self.mapping_name.text().strip()
            if name:
                from models.interchange.mappings import save_mapping

                save_mapping(self.db, name, self.source.mapping)
        self.pages.setCurrentIndex(1)
        self.check_label.setText(self.tr("Reading and checking %1…").replace("%1", self.path.name))
        for section in (self.duplicates, self.duplicates_row, self.checks_label, self.checks, self.errors_label,
                        self.errors):
            section.hide()  # until the scan says what there is
        self.progress.setRange(0, 0)  # busy: how many records there are is not known before the end
        self.progress.show()
        self.next_button.setEnabled(False)
        self.back_button.setEnabled(False)
        db, found_source = self.db, self.source
        self.operation = Operation(lambda progress: scan(db, found_source, progress), self)
        self.operation.succeeded.connect(self._show_scan)
        self.operation.cancelled.connect(self._scan_cancelled)
        self.operation.failed.connect(self._failed)
        self.operation.start()

    def _checks_table(self) -> QTableWidget:
        table = QTableWidget(0, 4)
        table.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Field"), self.tr("Value as written"),
                                         self.tr("Why")])
        table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        return table

    def _fill_checks(self, table: QTableWidget, checks) -> None:
        table.setRowCount(0)
        table.setRowCount(len(checks))
        for row, c in enumerate(checks):
            person = who_text(c.where, c.person)
            for column, value in enumerate((person, field_text(c.field), c.value, reason_text(c.reason))):
                item = QTableWidgetItem(shortened(value))
                item.setToolTip(shortened(value, 2000))  # a long value or reason is cut to its column
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        for column in (0, 2):  # a long name or value does not push the reason out of sight
            table.setColumnWidth(column, min(table.columnWidth(column), 280))

    def _error_lines(self, errors) -> list[str]:
        line = self.tr("%1: %2")  # who, and what is wrong
        return [line.replace("%1", who_text(e.where, e.person))
                .replace("%2", reason_text(e.reason)) for e in errors]

    def _duplicate_reason(self, d) -> str:
        """Why a record looks like one in the book: "same name and email x" and the like, translated."""
        for english, text in (("same name and email ", self.tr("same name and email %1")),
                              ("same name and mobile ", self.tr("same name and mobile %1")),
                              ("same name and phone ", self.tr("same name and phone %1")),
                              ("same email ", self.tr("same email %1")), ("same phone ", self.tr("same phone %1"))):
            if d.reason.startswith(english):
                rest = d.reason[len(english):]
                value, _sep, earlier = rest.partition(" as ")
                said = text.replace("%1", value)
                return said + (" " + self.tr("as %1").replace("%1", where_text(earlier)) if earlier else "")
        if d.company_only:
            return self.tr("a new person; the company is likely this one in your book")
        said = {"same name and company": self.tr("same name and company"), "same company": self.tr("same company"),
                "same name": self.tr("same name, and nothing else tells them apart")}
        base, _sep, earlier = d.reason.partition(" as ")
        return said.get(base, base) + (" " + self.tr("as %1").replace("%1", where_text(earlier)) if earlier else "")

    def _scan_text(self, found) -> str:
        """What the scan found, a sentence for each kind of thing, each agreeing with its count."""
        good = found.total - len(found.errors)
        sentences = [counted(found.total, self.tr("1 record in the file."), self.tr("%1 records in the file.")),
                     counted(good, self.tr("1 can be imported."), self.tr("%1 can be imported."))]
        if found.checks:
            sentences.append(counted(len(found.checks), self.tr("1 value will be kept in the notes, to check (below)."),
                                     self.tr("%1 values will be kept in the notes, to check (below).")))
        if found.duplicates:
            sentences.append(counted(len(found.duplicates),
                                     self.tr("1 looks like someone already in your book or earlier in the file: "
                                             "choose what to do."),
                                     self.tr("%1 look like someone already in your book or earlier in the file: "
                                             "choose what to do with each.")))
        if found.errors:
            sentences.append(counted(len(found.errors), self.tr("1 cannot be imported (below)."),
                                     self.tr("%1 cannot be imported (below).")))
        return " ".join(sentences)

    def _existing_text(self, d) -> str:
        """Who the record looks like: the book's customer or contact, or an earlier record of the file."""
        if d.earlier:
            return self.tr("%1 (%2 of this file)").replace("%1", d.existing).replace("%2", where_text(d.earlier))
        return d.existing

    def _show_scan(self, found) -> None:
        self.found = found
        self.operation = None
        self.progress.hide()
        good = found.total - len(found.errors)
        self.check_label.setText(self._scan_text(found))
        self.duplicates.setRowCount(0)
        for d in found.duplicates:
            row = self.duplicates.rowCount()
            self.duplicates.insertRow(row)
            for column, text in enumerate((f"{d.record.display_name} ({where_text(d.record.where)})",
                                           self._existing_text(d), self._duplicate_reason(d))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a long name or reason is cut to its column
                self.duplicates.setItem(row, column, item)
            box = QComboBox()
            merge = self.tr("Add to that company") if d.company_only else self.tr("Merge")
            for choice, text in ((Choice.SKIP, self.tr("Skip")), (Choice.MERGE, merge),
                                 (Choice.KEEP_BOTH, self.tr("Keep both"))):
                box.addItem(text, choice)
            if d.customer_id < 0:  # a repeat inside the file: nothing to merge into
                box.removeItem(1)
            self.duplicates.setCellWidget(row, 3, box)
        self.duplicates.resizeColumnsToContents()
        for column in (0, 1):  # long names do not push the choice out of sight
            self.duplicates.setColumnWidth(column, min(self.duplicates.columnWidth(column), 260))
        self.duplicates.setVisible(bool(found.duplicates))
        self.duplicates_row.setVisible(bool(found.duplicates))
        self._fill_checks(self.checks, found.checks)
        self.checks_label.setVisible(bool(found.checks))
        self.checks.setVisible(bool(found.checks))
        self.errors.clear()
        self.errors.addItems(self._error_lines(found.errors))
        self.errors_label.setVisible(bool(found.errors))
        self.errors.setVisible(bool(found.errors))
        self.next_button.setText(self.tr("&Import"))
        self.next_button.setEnabled(good > 0)
        self.back_button.setEnabled(self.source.mapping is not None)

    def choose_all(self, choice: Choice) -> None:
        for row in range(self.duplicates.rowCount()):
            box = self.duplicates.cellWidget(row, 3)
            box.setCurrentIndex(max(0, box.findData(choice)))

    def choices(self) -> dict[int, Choice]:
        return {d.index: self.duplicates.cellWidget(row, 3).currentData()
                for row, d in enumerate(self.found.duplicates)}

    # -- step 3: the import ---------------------------------------------------------------------------
    def _store(self) -> None:
        from models.interchange.store import store
        from ui.operations import Operation

        db, found_source, found, choices = self.db, self.source, self.found, self.choices()
        self.next_button.setEnabled(False)
        self.back_button.setEnabled(False)
        self.progress.show()
        self.progress.setRange(0, max(found.total, 1))
        self.operation = Operation(lambda progress: store(db, found_source, found, choices, progress=progress), self)
        self.operation.progressed.connect(lambda done, total: self.progress.setValue(done))
        self.operation.succeeded.connect(self._show_result)
        self.operation.cancelled.connect(self._cancelled)
        self.operation.failed.connect(self._failed)
        self.operation.start()

    def _result_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes = QListWidget()
        self.result_checks = self._checks_table()
        layout.addWidget(self.result, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.result_checks, 2)
        layout.addWidget(self.notes, 1)
        return page

    def _show_result(self, summary) -> None:
        self.summary = summary
        self.operation = None
        self.pages.setCurrentIndex(2)
        text = self.tr("Imported %1: %2 added, %3 merged, %4 skipped, %5 not imported.").replace(
            "%1", self.path.name).replace("%2", str(summary.added)).replace("%3", str(summary.merged)).replace(
            "%4", str(summary.skipped)).replace("%5", str(len(summary.errors)))
        if summary.checks:
            text += " " + counted(len(summary.checks),
                                  self.tr("1 value to check, below: it is kept in the person's notes, as written."),
                                  self.tr("%1 values to check, below: each is kept in the person's notes, as written."))
        if summary.backup:
            text += " " + self.tr("The database was backed up first: %1").replace("%1", summary.backup)
        self.result.setText(text)
        self._fill_checks(self.result_checks, summary.checks)
        self.result_checks.setVisible(bool(summary.checks))
        self.notes.addItems(self._error_lines(summary.errors) + self._error_lines(summary.notes))
        self.notes.setVisible(self.notes.count() > 0)
        self.next_button.hide()
        self.back_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        self.imported.emit(summary)

    def _cancelled(self) -> None:
        self.operation = None
        self.progress.hide()
        self.check_label.setText(self.tr("Cancelled: nothing was imported."))
        self.next_button.setEnabled(True)
        self.back_button.setEnabled(self.source.mapping is not None)

    def _failed(self, exc: BaseException) -> None:
        from ui.errors import report_exception

        self.operation = None
        self.next_button.setEnabled(True)
        self.back_button.setEnabled(self.pages.currentIndex() == 1 and self.source.mapping is not None)
        self.progress.hide()
        report_exception(exc, parent=self)

    # -- buttons --------------------------------------------------------------------------------------
    def next_step(self) -> None:
        if self.pages.currentIndex() == 0:
            self._scan()
        elif self.pages.currentIndex() == 1 and self.found is not None:
            self._store()

    def _scan_cancelled(self) -> None:
        """Cancel while reading the file: nothing happened, the window goes."""
        self.operation = None
        self.reject()

    def reject(self) -> None:
        """Esc and Cancel: stop what runs (nothing is kept), else close."""
        if self.operation is not None:
            self.operation.cancel()
            return
        super().reject()

    def back(self) -> None:
        """From the check back to the columns (a vCard has no columns: nothing to go back to)."""
        if self.operation is not None or self.pages.currentIndex() != 1 or self.source.mapping is None:
            return
        self.found = None
        self.pages.setCurrentIndex(0)
        self.next_button.setText(self.tr("&Next"))
        self.next_button.setEnabled(True)
        self.back_button.setEnabled(False)

    def cancel(self) -> None:
        self.reject()  # the scan stops, the store rolls back, at their next progress call
