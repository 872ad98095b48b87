"""The backups: date, why it was taken, size, customers and visits; restore one, restore any file, or
back up now. The list is read off the GUI thread; a restore asks first and says what it will do."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from ui.backup_controller import BackupController

PATH_ROLE = Qt.ItemDataRole.UserRole


def confirm_restore(parent: QWidget, name: str) -> bool:
    """Ask before replacing the database (a module function, so tests can answer it)."""
    from PySide6.QtCore import QCoreApplication

    answer = QMessageBox.question(
        parent, QCoreApplication.translate("BackupsDialog", "Restore"),
        QCoreApplication.translate("BackupsDialog", "Replace the database with %1? The database as it is now is "
                                   "backed up first, and the file is checked before anything is touched.")
        .replace("%1", name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


class BackupsDialog(QDialog):
    restore_requested = Signal(object)  # the file to restore

    def __init__(self, controller: BackupController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.refused = None  # the message of a file refused before anything was asked (tests read it)
        self.setWindowTitle(self.tr("Backups"))
        self.folder = QLabel()
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Size"),
                                              self.tr("Customers"), self.tr("Visits")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(lambda _item: self.restore_selected())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.ActionRole)
        self.file_button = buttons.addButton(self.tr("Restore from &File…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.back_up_button = buttons.addButton(self.tr("&Back Up Now"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button.clicked.connect(self.restore_file)
        self.back_up_button.clicked.connect(controller.back_up_now)
        buttons.rejected.connect(self.reject)
        self.problem = QLabel()  # the list could not be read: why, and what to do
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder)
        layout.addWidget(self.problem)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 420)
        self.operation = None
        self.refresh()

    def refresh(self) -> None:
        from models.storage.backup import backup_folder, list_backups, peek
        from ui.operations import Operation

        path = self.controller.path
        if path is None:
            return
        folder = backup_folder(path)
        self.folder.setText(self.tr("In %1").replace("%1", str(folder)))
        operation = Operation(lambda _progress: [(b, peek(b.path)) for b in list_backups(folder)], self)
        operation.succeeded.connect(self._show)
        operation.failed.connect(self._failed)
        self.operation = operation
        operation.start()

    def _failed(self, exc: BaseException) -> None:
        """The error state: what went wrong in place of the list (restoring from a file still works)."""
        from models.errors import as_known_error
        from ui.errors import message_of

        known = as_known_error(exc)
        if known is None:  # a bug: the crash dialog, and the dialog says the list is missing
            from ui.errors import report_exception

            report_exception(exc, parent=self)
        self.table.setRowCount(0)
        self.restore_button.setEnabled(False)
        self.problem.setText(self.tr("The backups could not be listed: %1 Restore from File… still works.")
                             .replace("%1", message_of(known) if known is not None else str(exc)))
        self.problem.show()

    def _show(self, rows) -> None:
        self.problem.hide()
        self.table.setRowCount(0)
        for info, counts in rows:
            row = self.table.rowCount()
            self.table.insertRow(row)
            customers, visits = counts if counts else ("?", "?")
            cells = [f"{info.taken_at:%Y-%m-%d %H:%M:%S}", self._why(info.reason), f"{info.size / 1e6:,.1f} MB",
                     f"{customers:,}" if counts else "?", f"{visits:,}" if counts else "?"]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(PATH_ROLE, str(info.path))
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if rows:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(rows))

    def _why(self, reason: str) -> str:
        if reason.startswith("before-upgrade"):
            return self.tr("Before a schema upgrade")
        known = {"auto": self.tr("Automatic"), "quit": self.tr("On quit"), "manual": self.tr("Backed up by you"),
                 "before-restore": self.tr("Before a restore"), "before-import": self.tr("Before an import"),
                 "before-spend-import": self.tr("Before a spend import"),
                 "damaged": self.tr("The damaged database, kept")}
        return known.get(reason.rsplit("-", 1)[0] if reason[-1:].isdigit() else reason, reason)

    def selected(self) -> Path | None:
        items = self.table.selectedItems()
        return Path(items[0].data(PATH_ROLE)) if items else None

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None and confirm_restore(self, chosen.name):
            self.accept()
            self.restore_requested.emit(chosen)

    def restore_file(self) -> None:
        """A file chosen (from the backups folder, where they are), checked before anything is asked: one
        that is not a sound Fieldbrief database is refused at once, with why."""
        from models.storage.backup import backup_folder, check_file
        from models.errors import KnownError
        from ui.errors import show_known_error

        start = backup_folder(self.controller.path) if self.controller.path is not None else Path.home()
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Restore from a file"), str(start),
                                                    self.tr("Fieldbrief databases (*.sqlite *.db);;All files (*)"))
        if not name:
            return
        try:
            check_file(Path(name))
        except KnownError as refused:
            self.refused = show_known_error(self, refused, self.tr("Not restored"))
            return
        if confirm_restore(self, Path(name).name):
            self.accept()
            self.restore_requested.emit(Path(name))
