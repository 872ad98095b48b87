"""File > Back Up Now and Restore from Backup… when a team database is open: pg_dump into the backups
folder (verified with pg_restore), or, without PostgreSQL's tools on this computer, a message that backing
up the team database is the server's job; a restore puts a dump into an empty database on the server
and offers to open it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from models.team.team_database import TeamDatabase
from ui.message_box import plain_message

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class TeamBackups(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.operation = None
        self.dialog = None
        self.message: QMessageBox | None = None

    def team(self) -> TeamDatabase:
        return TeamDatabase.from_url(self.window.database.url)

    def back_up_now(self) -> None:
        from models.team.team_backup import NoBackupTools, back_up, can_back_up
        from ui.operations import Operation

        if not can_back_up():
            self._tell(QMessageBox.Icon.Information, self.tr("Backing up the team database"),
                       str(NoBackupTools("pg_dump")))
            return
        if self.operation is not None:
            return
        url, folder = self.window.database.url, self.window.paths.backups
        self.window.statusBar().showMessage(self.tr("Backing up %1…").replace("%1", self.team().describe()))
        self.operation = Operation(lambda _progress: back_up(url, folder), self)
        self.operation.succeeded.connect(self._backed_up)
        self.operation.failed.connect(self._failed)
        self.operation.start()

    def _backed_up(self, saved: Path) -> None:
        # said in a message, not only in the status bar: a team database's dump takes a while, and the
        # rep who asked for it wants to know where it is (to keep a copy elsewhere)
        self.operation = None
        self.window.statusBar().clearMessage()
        self._tell(QMessageBox.Icon.Information, self.tr("Backed up"), self.tr(
            "Backed up and verified: %1 (%2 MB).").replace("%1", str(saved))
            .replace("%2", f"{saved.stat().st_size / 1e6:,.1f}"))

    def _failed(self, exc: BaseException) -> None:
        self.operation = None
        self.window.statusBar().clearMessage()
        self.window._report(exc)

    # -- restoring ----------------------------------------------------------------------------------------
    def choose_backup(self) -> None:
        from models.team.team_backup import NoBackupTools, can_back_up

        if not can_back_up():
            self._tell(QMessageBox.Icon.Information, self.tr("Restoring the team database"),
                       str(NoBackupTools("pg_restore")))
            return
        name, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Restore a team database backup"), str(self.window.paths.backups),
            self.tr("Team database backups (*.dump);;All files (*)"))
        if name:
            self.restore_into(Path(name))

    def restore_into(self, dump: Path):
        """Ask which empty database on the server the backup goes into."""
        from ui.dialogs.team_database_dialog import TeamDatabaseDialog

        current = self.team()
        suggested = TeamDatabase(current.host, "", current.user, current.port)
        intro = self.tr(
            "%1 is restored into an empty database on the server (ask its administrator for one), in one "
            "transaction: all of it or nothing. The database open now is not touched.").replace("%1", dump.name)
        dialog = TeamDatabaseDialog(self.tr("Restore from Backup"), self.tr("&Restore"), suggested, intro, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.requested.connect(lambda team, password, remember: self._restore(dialog, dump, team, password, remember))
        self.dialog = dialog
        dialog.open()
        dialog.database.setFocus()
        return dialog

    def _restore(self, dialog, dump: Path, team: TeamDatabase, password: str, remember: bool) -> None:
        from models.team.team_backup import restore
        from ui.operations import Operation

        target = team.url(password or None)
        dialog.set_busy(self.tr("Restoring %1 into %2…").replace("%1", dump.name).replace("%2", team.describe()),
                        cancellable=False)  # pg_restore's one transaction: all of it or nothing
        self.operation = Operation(lambda _progress: restore(dump, target), self)
        self.operation.succeeded.connect(lambda counts: self._restored(dialog, dump, team, password, remember, counts))
        self.operation.failed.connect(lambda exc: self._restore_failed(dialog, exc))
        self.operation.start()

    def _restore_failed(self, dialog, exc: BaseException) -> None:
        from models.errors import as_known_error
        from ui.team_labels import in_dialog

        self.operation = None
        known = as_known_error(exc)
        dialog.show_error(in_dialog(known) if known is not None else self.tr("The restore failed; nothing was restored."))
        if known is None:
            self.window._report(exc)

    def _restored(self, dialog, dump: Path, team: TeamDatabase, password: str, remember: bool, counts) -> None:
        self.operation = None
        dialog.close_now()
        customers, visits = counts
        box = plain_message(self.window, QMessageBox.Icon.Information, self.tr("Restored"), self.tr(
            "Restored %1 (%2 customers, %3 visits) into %4. Open it now?").replace("%1", dump.name)
            .replace("%2", f"{customers:,}").replace("%3", f"{visits:,}").replace("%4", team.describe()),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close)
        box.button(QMessageBox.StandardButton.Open).clicked.connect(
            lambda: self.window.team.open_with(team, password, remember))
        self.message = box
        box.open()

    def _tell(self, icon, title: str, text: str) -> None:
        self.message = plain_message(self.window, icon, title, text)
        self.message.open()
