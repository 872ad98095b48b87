"""File > Import… (CSV or vCard, through the import window) and File > Export… (CSV, vCard or the
calendar as .ics, off the GUI thread)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class InterchangeUi(QObject):
    def __init__(self, window: MainWindow, file_menu: QMenu, before: QAction):
        super().__init__(window)
        self.window = window
        self.import_action = QAction(self.tr("&Import Contacts…"), file_menu)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.choose_import)
        self.spend_action = QAction(self.tr("Import &Spend…"), file_menu)
        self.spend_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.spend_action.triggered.connect(self.choose_spend)
        self.export_action = QAction(self.tr("&Export…"), file_menu)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.choose_export)
        file_menu.insertActions(before, [self.import_action, self.spend_action, self.export_action])
        self.dialog = None
        self.operation = None

    def choose_import(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Import contacts"), self.window.settings.file_folder,
            self.tr("Contacts or a Fieldbrief workbook (*.csv *.txt *.vcf *.vcard *.xlsx);;CSV (*.csv *.txt);;"
                    "vCard (*.vcf *.vcard);;Fieldbrief workbook (*.xlsx);;All files (*)"))
        if name:
            self.window.settings.file_folder = str(Path(name).parent)
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        from models.interchange.workbook import is_workbook
        from ui.dialogs.import_dialog import ImportDialog
        from ui.errors import report_exception

        db = self.window.database.db
        if db is None:
            return
        if is_workbook(path):
            self.import_workbook(path)
            return
        try:
            self.dialog = ImportDialog(db, path, self.window)
        except Exception as exc:  # an unreadable file: a plain message, nothing imported
            report_exception(exc, self.window.paths.log_file, self.window)
            return
        self.dialog.imported.connect(lambda summary: self._imported(summary, path))
        self.dialog.open()

    def choose_spend(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Import spend"), self.window.settings.file_folder,
            self.tr("Billing exports (*.csv *.txt *.xlsx);;All files (*)"))
        if name:
            self.window.settings.file_folder = str(Path(name).parent)
            self.import_spend(Path(name))

    def import_spend(self, path: Path) -> None:
        from ui.dialogs.spend_import_dialog import SpendImportDialog

        db = self.window.database.db
        if db is None:
            return
        self.dialog = SpendImportDialog(db, path, self.window)
        self.dialog.imported.connect(lambda summary: self._spend_imported(summary, path))
        self.dialog.open()

    def _spend_imported(self, summary, path: Path) -> None:
        self.window.import_undo.add(self.tr("%1 (spend)").replace("%1", path.name), summary.change)
        self.window.data_changed(summary.change.customer_ids())

    def import_workbook(self, path: Path):
        """A whole Fieldbrief workbook: every sheet, off the GUI thread, with progress and Cancel."""
        from PySide6.QtWidgets import QProgressDialog

        from models.interchange.workbook import import_workbook
        from ui.operations import Operation

        db = self.window.database.db
        progress = QProgressDialog(self.tr("Importing %1…").replace("%1", path.name), self.tr("Cancel"), 0, 0,
                                   self.window)
        progress.setWindowTitle(self.tr("Import"))
        progress.setMinimumDuration(500)
        self.operation = operation = Operation(lambda report: import_workbook(db, path, report), self)
        operation.progressed.connect(lambda done, total: (progress.setMaximum(total), progress.setValue(done)))
        progress.canceled.connect(operation.cancel)
        operation.succeeded.connect(lambda summary: self._workbook_imported(summary, path))
        operation.cancelled.connect(lambda: self.window.statusBar().showMessage(
            self.tr("Import cancelled: nothing was imported."), 8000))
        operation.failed.connect(self.window._report)
        operation.finished.connect(progress.close)
        operation.start()
        return operation

    def _workbook_imported(self, summary, path: Path) -> None:
        from PySide6.QtWidgets import QMessageBox

        self._imported(summary, path)
        text = self.tr("Imported %1: %2 customers with everything they had.").replace("%1", path.name).replace(
            "%2", f"{summary.added:,}")
        if summary.errors:
            text += "\n\n" + self.tr("Not imported (and what belongs to them):") + "\n" + "\n".join(
                f"• {e.where}: {e.reason}" for e in summary.errors[:20])
            if len(summary.errors) > 20:
                text += "\n" + self.tr("and %1 more").replace("%1", f"{len(summary.errors) - 20:,}")
        self.report = QMessageBox(QMessageBox.Icon.Information, self.tr("Import"), text, QMessageBox.StandardButton.Ok,
                                  self.window)
        self.report.open()

    def _imported(self, summary, path: Path) -> None:
        self.window.import_undo.add(path.name, summary.change)
        self.window.data_changed(summary.change.customer_ids())
        self.window.statusBar().showMessage(self.tr("Imported: %1 added, %2 merged. Edit > Undo Import takes it back.")
                                            .replace("%1", f"{summary.added:,}").replace("%2", f"{summary.merged:,}"), 8000)

    def choose_export(self) -> None:
        from models.interchange.exports import format_for

        self.save_dialog = dialog = self.export_dialog()

        def chosen(name: str) -> None:
            self.window.settings.file_folder = str(Path(name).parent)
            self.export(Path(name), format_for(Path(name), dialog.property("format")))

        dialog.fileSelected.connect(chosen)
        dialog.open()

    def export_dialog(self) -> QFileDialog:
        """The Save dialog of File > Export: one filter per format, and a name typed without a suffix given the
        chosen format's (before the dialog asks whether to replace a file of that name)."""
        from models.interchange.exports import FORMATS

        filters = {
            "xlsx": self.tr("Everything (customers, contacts, spend, dates, visits and their plans, outcomes, "
                            "follow-ups), Excel workbook (*.xlsx)"),
            "csv": self.tr("Customers and contacts with their birthdays (no spend, other dates or visits), CSV (*.csv)"),
            "vcard": self.tr("Contacts only, vCard (*.vcf)"),
            "ics": self.tr("Visits, follow-ups and dates, iCalendar (*.ics)"),
        }
        dialog = QFileDialog(self.window, self.tr("Export"), self.window.settings.file_folder)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile("fieldbrief.xlsx")
        dialog.setNameFilters(list(filters.values()))
        dialog.selectNameFilter(filters["xlsx"])

        def chosen(text: str) -> None:
            fmt = next((fmt for fmt, shown in filters.items() if shown == text), "xlsx")
            dialog.setProperty("format", fmt)
            dialog.setDefaultSuffix(FORMATS[fmt].suffix.lstrip("."))

        dialog.filterSelected.connect(chosen)
        chosen(filters["xlsx"])
        return dialog

    def export(self, target: Path, fmt: str):
        from models.interchange.exports import export
        from ui.operations import Operation

        db = self.window.database.db
        if db is None:
            return None
        self.window.statusBar().showMessage(self.tr("Exporting to %1…").replace("%1", target.name))
        self.operation = Operation(lambda progress: export(db, fmt, target, progress), self)
        self.operation.succeeded.connect(lambda count: self._exported(count, target, fmt))
        self.operation.failed.connect(self.window._report)
        self.operation.start()
        return self.operation

    def _exported(self, count: int, target: Path, fmt: str) -> None:
        texts = {"xlsx": self.tr("Exported %1 rows to %2"), "csv": self.tr("Exported %1 rows to %2"),
                 "vcard": self.tr("Exported %1 cards to %2"), "ics": self.tr("Exported %1 events to %2")}
        text = texts[fmt].replace("%1", f"{count:,}").replace("%2", target.name)
        if fmt == "csv":
            text += " " + self.tr("(for spend, dates and visits too: the Excel workbook)")
        self.window.statusBar().showMessage(text, 12000)
