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
        self.export_action = QAction(self.tr("&Export…"), file_menu)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.choose_export)
        file_menu.insertActions(before, [self.import_action, self.export_action])
        self.dialog = None
        self.operation = None

    def choose_import(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Import contacts"), "",
            self.tr("Contacts (*.csv *.txt *.vcf *.vcard);;CSV (*.csv *.txt);;vCard (*.vcf *.vcard);;All files (*)"))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        from ui.dialogs.import_dialog import ImportDialog
        from ui.errors import report_exception

        db = self.window.database.db
        if db is None:
            return
        try:
            self.dialog = ImportDialog(db, path, self.window)
        except Exception as exc:  # an unreadable file: a plain message, nothing imported
            report_exception(exc, self.window.paths.log_file, self.window)
            return
        self.dialog.imported.connect(lambda summary: self._imported(summary, path))
        self.dialog.open()

    def _imported(self, summary, path: Path) -> None:
        self.window.import_undo.add(path.name, summary.change)
        self.window.data_changed(summary.change.customer_ids())
        self.window.statusBar().showMessage(self.tr("Imported: %1 added, %2 merged. Edit > Undo Import takes it back.")
                                            .replace("%1", f"{summary.added:,}").replace("%2", f"{summary.merged:,}"), 8000)

    def choose_export(self) -> None:
        name, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Export"), "fieldbrief.csv",
            self.tr("Customers and contacts, CSV (*.csv);;Contacts, vCard (*.vcf);;Visits, follow-ups and dates, "
                    "iCalendar (*.ics)"))
        if name:
            suffix = Path(name).suffix.lower()
            fmt = {".vcf": "vcard", ".ics": "ics"}.get(suffix, "vcard" if "vCard" in chosen else
                                                        "ics" if "iCalendar" in chosen else "csv")
            self.export(Path(name), fmt)

    def export(self, target: Path, fmt: str):
        from ui.operations import Operation

        db = self.window.database.db
        if db is None:
            return None

        def work(_progress):
            if fmt == "vcard":
                from models.interchange.vcard import export_vcards

                return export_vcards(db, target)
            if fmt == "ics":
                from models.interchange.ical import export_ics

                return export_ics(db, target)
            from models.interchange.csv_export import export_csv

            return export_csv(db, target)

        self.window.statusBar().showMessage(self.tr("Exporting to %1…").replace("%1", target.name))
        self.operation = Operation(work, self)
        self.operation.succeeded.connect(lambda count: self.window.statusBar().showMessage(
            self.tr("Exported %1 to %2").replace("%1", f"{count:,}").replace("%2", str(target)), 8000))
        self.operation.failed.connect(self.window._report)
        self.operation.start()
        return self.operation
