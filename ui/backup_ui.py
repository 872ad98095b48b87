"""What the window shows of backups and the database's health: File > Back Up Now and Restore from
Backup…, the message after each, the damaged-database offer, the risky-folder warning, the backup on quit."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from ui.backup_controller import BackupController

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class BackupUi(QObject):
    def __init__(self, window: MainWindow, file_menu: QMenu, before: QAction):
        super().__init__(window)
        self.window = window
        self.controller = BackupController(window.database, self)
        self.back_up_action = QAction(self.tr("&Back Up Now"), file_menu)
        self.back_up_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.back_up_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(self.tr("&Restore from Backup…"), file_menu)
        file_menu.insertActions(before, [self.back_up_action, self.restore_action])
        self.restore_action.triggered.connect(self.show_backups)
        self.dialog = None
        self.message: QMessageBox | None = None
        self.controller.backed_up.connect(self._backed_up)
        self.controller.backup_failed.connect(window._report)
        self.controller.restored.connect(self._restored)
        self.controller.restore_failed.connect(window._report)
        window.database.damaged.connect(self.offer_restore)
        window.database.location_warning.connect(self.warn_location)

    # -- backing up ------------------------------------------------------------------------------------
    def _team(self):
        """The team database's backups (pg_dump), when one is open; None on the laptop's book."""
        from models.team.team_database import is_team_url

        if not is_team_url(self.window.database.url):
            return None
        from ui.team_backup_ui import TeamBackups

        self.team_backups = getattr(self, "team_backups", None) or TeamBackups(self.window)
        return self.team_backups

    def back_up_now(self) -> None:
        if (team := self._team()) is not None:
            team.back_up_now()
            return
        if self.window.database.read_only:
            self._tell(QMessageBox.Icon.Warning, self.tr("Not backed up"), self.tr(
                "The database failed its check, so a backup of it would not be trustworthy. Restore a backup instead."))
            return
        if self.controller.back_up_now() is not None:
            self.window.statusBar().showMessage(self.tr("Backing up…"))

    def _backed_up(self, saved: Path) -> None:
        self.window.statusBar().showMessage(self.tr("Backed up and verified: %1").replace("%1", saved.name), 8000)
        if self.dialog is not None:
            self.dialog.refresh()

    def before_close(self) -> None:
        """The last backup, if anything changed since the one before."""
        self.window.statusBar().showMessage(self.tr("Backing up before closing…"))
        self.controller.back_up_on_quit()

    # -- restoring -------------------------------------------------------------------------------------
    def show_backups(self) -> None:
        from ui.dialogs.backups_dialog import BackupsDialog

        if (team := self._team()) is not None:
            team.choose_backup()
            return
        if self.controller.path is None:
            return
        self.dialog = BackupsDialog(self.controller, self.window)
        self.dialog.restore_requested.connect(self.restore)
        self.dialog.open()

    def restore(self, source: Path | None) -> None:
        """Restore ``source`` (None: the newest good backup), after closing what could still write."""
        planner = self.window.visits.planner
        if planner is not None and planner.isVisible():
            planner.close()
        if self.controller.restore(source) is not None:
            self.window.database_label.setText(self.tr("Restoring…"))

    def _restored(self, source: Path, kept: Path | None) -> None:
        self.window.undo_stack.clear()  # what it would undo belongs to the database as it was
        self.window.import_undo.clear()
        text = self.tr("Restored %1.").replace("%1", str(source))
        if kept is not None:
            text += " " + self.tr("The database as it was is kept as %1.").replace("%1", str(kept))
        self._tell(QMessageBox.Icon.Information, self.tr("Restored"), text)
        if self.dialog is not None:
            self.dialog.refresh()

    def offer_restore(self, problems: list[str]) -> None:
        self.window.database_label.setText(self.tr("Read-only: the database failed its check"))
        found = [line for problem in problems for line in problem.splitlines() if not line.startswith("***")]
        box = self._message(QMessageBox.Icon.Critical, self.tr("The database is damaged"), self.tr(
            "The database failed its check: SQLite cannot read part of it. It is open read-only: you can look, "
            "and nothing will be written to it. Restore the newest good backup now?"),
            QMessageBox.StandardButton.NoButton)
        box.setDetailedText("\n".join(found[:20]))  # what SQLite found, for whoever looks into it (Show Details…)
        self.restore_newest = box.addButton(self.tr("Restore the &Newest Good Backup"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Choose a Backup…"), QMessageBox.ButtonRole.ActionRole).clicked.connect(self.show_backups)
        box.addButton(self.tr("&Keep Read-Only"), QMessageBox.ButtonRole.RejectRole)
        self.restore_newest.clicked.connect(lambda: self.restore(None))
        box.open()

    def warn_location(self, warning: str) -> None:
        self._tell(QMessageBox.Icon.Warning, self.tr("A risky place for the database"), warning)

    def _tell(self, icon, title: str, text: str) -> QMessageBox:
        box = self._message(icon, title, text, QMessageBox.StandardButton.Ok)
        box.open()
        return box

    def _message(self, icon, title: str, text: str, buttons) -> QMessageBox:
        from ui.message_box import plain_message

        self.message = plain_message(self.window, icon, title, text, buttons, delete_on_close=False)
        return self.message  # tests and the window reach the last message here
