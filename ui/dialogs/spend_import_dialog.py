"""File > Import Spend…: a billing export read and matched to the book (off the GUI thread), what will be
stored and what matches no customer shown before anything is written, then the import with progress."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from models.storage.db import Database
from models.runtime.translatable import in_language
from ui import labels
from ui.operations import Operation


class SpendImportDialog(QDialog):
    imported = Signal(object)  # the SpendSummary

    def __init__(self, db: Database, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.path = db, path
        self.found = None
        self.summary = None
        self.operation: Operation | None = None
        self.setWindowTitle(self.tr("Import spend: %1").replace("%1", path.name))
        self.resize(640, 460)
        self.message = QLabel(self.tr("Reading %1…").replace("%1", path.name))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = QListWidget()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self._store)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self._scan()

    def _scan(self) -> None:
        from models.interchange.spend_import import scan_spend

        db, path = self.db, self.path
        self.operation = Operation(lambda _progress: scan_spend(db, path), self)
        self.operation.succeeded.connect(self._show_scan)
        self.operation.failed.connect(self._failed)
        self.operation.start()

    def _show_scan(self, found) -> None:
        self.operation = None
        self.found = found
        self.progress.hide()
        months, customers = len(found.amounts), len(found.customers)
        text = self.tr("%1 rows: %2 months of spend for %3 customers will be stored.").replace(
            "%1", f"{found.rows:,}").replace("%2", f"{months:,}").replace("%3", f"{customers:,}")
        if found.replaced_count:
            text += " " + self.tr("%1 of those months are in the book with another figure: the file's replaces it."
                                  ).replace("%1", f"{found.replaced_count:,}")
        if found.unmatched or found.errors:
            text += " " + self.tr("%1 rows match no customer (or more than one) and %2 cannot be read; they will be "
                                  "left out.").replace("%1", f"{len(found.unmatched):,}").replace(
                "%2", f"{len(found.errors):,}")
        self.message.setText(text)
        lines = [self.tr("As read:")]
        lines += [f"  {m.customer}  {m.year}-{m.month:02d}  {labels.money(m.cents)}" for m in found.preview]
        if found.replaced:
            lines.append(self.tr("Replaced:"))
            lines += [f"  {m.customer}  {m.year}-{m.month:02d}  {labels.money(m.before)} → {labels.money(m.cents)}"
                      for m in found.replaced]
        if found.unmatched or found.errors:
            lines.append(self.tr("Left out:"))
            lines += [f"  {in_language(p.where)}: {in_language(p.reason)}" for p in found.problems[:5000]]
        self.problems.addItems(lines)
        self.import_button.setEnabled(months > 0)
        self.import_button.setFocus()

    def _store(self) -> None:
        from models.interchange.spend_import import store_spend

        db, found = self.db, self.found
        self.import_button.setEnabled(False)
        self.progress.setRange(0, max(len(found.amounts), 1))
        self.progress.show()
        self.operation = Operation(lambda progress: store_spend(db, found, progress), self)
        self.operation.progressed.connect(lambda done, _total: self.progress.setValue(done))
        self.operation.succeeded.connect(self._show_result)
        self.operation.cancelled.connect(self._cancelled)
        self.operation.failed.connect(self._failed)
        self.operation.start()

    def _show_result(self, summary) -> None:
        self.operation = None
        self.summary = summary
        self.progress.hide()
        text = self.tr("Imported: %1 for %2; tiers, spend drops and suggestions follow. Edit > Undo Import takes it "
                       "back.").replace("%1", self.tr("%Ln month(s) of spend", "", summary.months)).replace(
            "%2", self.tr("%Ln customer(s)", "", summary.customers))
        if not summary.change and summary.months:
            text += " " + self.tr("This import is too large to undo; the database was backed up before it.")
        self.message.setText(text)
        self.import_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        self.imported.emit(summary)

    def _cancelled(self) -> None:
        self.operation = None
        self.progress.hide()
        self.message.setText(self.tr("Cancelled: nothing was imported."))

    def _failed(self, exc: BaseException) -> None:
        from ui.errors import report_exception

        self.operation = None
        self.progress.hide()
        self.message.setText(self.tr("Nothing was imported."))
        report_exception(exc, parent=self)

    def cancel(self) -> None:
        if self.operation is not None and self.found is not None:  # storing: it rolls back at its next step
            self.operation.cancel()
            return
        self.reject()  # reading writes nothing
