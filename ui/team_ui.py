"""The team database in the window: File > Open Team Database…, Open Recent Team Database, Open Laptop Book
(and the two copies' items: ui/team_copy_ui.py); what the title bar and the status bar call the database open (ui/team_labels.py).

Another database is opened off the GUI thread while the one open stays usable; if it cannot be opened,
the dialog says why beside what was typed (a password is corrected in place, a server that did not answer
is tried again with one click) and nothing changes. The password is kept in the system keyring only once
it worked, and only if asked to; the recent list in the UI settings never holds one."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

from models.team.team_database import TeamDatabase, forget_password, is_team_url, remember_password, url_text
from ui.team_copy_ui import TeamCopies
from ui.team_labels import database_label, in_dialog, team_of

if TYPE_CHECKING:
    from models.storage.db import Database
    from ui.dialogs.team_database_dialog import TeamDatabaseDialog
    from ui.main_window import MainWindow
    from ui.operations import Operation

log = logging.getLogger(__name__)


class TeamUi(QObject):
    def __init__(self, window: MainWindow, file_menu: QMenu, before: QAction):
        super().__init__(window)
        self.window = window
        self.open_action = QAction(self.tr("Open &Team Database…"), file_menu)
        self.open_action.triggered.connect(lambda: self.open_team_database())
        self.recent_menu = QMenu(self.tr("O&pen Recent Team Database"), file_menu)
        self.laptop_action = QAction(self.tr("Open &Laptop Book"), file_menu)
        self.laptop_action.triggered.connect(self.open_laptop_book)
        self.copy_action = QAction(self.tr("&Copy Book to Team Database…"), file_menu)
        self.copy_action.triggered.connect(lambda: self.copies.copy_to_team_database())
        self.copy_back_action = QAction(self.tr("Cop&y Team Database to Laptop Book…"), file_menu)
        self.copy_back_action.triggered.connect(lambda: self.copies.copy_to_laptop())
        file_menu.insertActions(before, [self.open_action])
        file_menu.insertMenu(before, self.recent_menu)
        file_menu.insertActions(before, [self.laptop_action, self.copy_action, self.copy_back_action])
        file_menu.insertSeparator(before)
        self.dialog: TeamDatabaseDialog | None = None  # the Open Team Database dialog
        self.copies = TeamCopies(self)
        self.pending: tuple[TeamDatabase, str, bool] | None = None  # the team database being opened
        self.switching: Operation | None = None
        self.message: QMessageBox | None = None  # tests and the window reach the last message here
        self._opened_url: str | None = None
        self._fill_recent()
        window.database.opened.connect(self._opened)
        window.database.switch_failed.connect(self._switch_failed)
        self._sync_actions()

    # -- opening a team database ------------------------------------------------------------------------
    def open_team_database(self, team: TeamDatabase | None = None, error: str | None = None) -> TeamDatabaseDialog:
        from ui.dialogs.team_database_dialog import TeamDatabaseDialog

        if self.dialog is not None:  # one at a time: the one open gets the news
            if error:
                self.dialog.show_error(error)
            self.dialog.raise_()
            return self.dialog
        recent = self.window.settings.recent_team_databases
        if team is None and recent:
            team = TeamDatabase.from_url(recent[0])
        dialog = TeamDatabaseDialog(self.tr("Open Team Database"), self.tr("&Open"), team, parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.requested.connect(self.open_with)
        dialog.cancel_requested.connect(self._cancel_switch)
        dialog.finished.connect(lambda _result: self.dialog is dialog and setattr(self, "dialog", None))
        if error:
            dialog.show_error(error)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_with(self, team: TeamDatabase, password: str, remember: bool) -> None:
        self.pending = (team, password, remember)
        self._switch(team.url(password or None))

    def open_recent(self, url: str) -> None:
        """One of the recent list, with the keyring's password (looked up off the GUI thread)."""
        self.pending = (TeamDatabase.from_url(url), "", False)
        self._switch(url)

    def open_laptop_book(self) -> None:
        self.pending = None
        self._switch(self.window.paths.database_url)

    def _switch(self, url) -> None:
        planner = self.window.visits.planner  # it writes to the database open now: save and close it first
        if planner is not None and planner.isVisible():
            planner.close()
        db = self.window.database.db
        if db is not None and db.path == self.window.paths.database and self.window.backups is not None:
            self.window.backups.controller.back_up_if_changed()  # as on quit: the laptop's book is left
        self.window.database_label.setText(self.tr("Opening %1…").replace("%1", self._describe(url)))
        self.switching = self.window.database.switch(url)
        self.switching.cancelled.connect(self._switch_cancelled)
        self._sync_actions()

    def _describe(self, url) -> str:
        return TeamDatabase.from_url(url).describe() if is_team_url(url) else self.tr("the laptop book")

    def _cancel_switch(self) -> None:
        """Cancel in the dialog while connecting: the dialog closes and the database open stays; the
        attempt under way ends by its timeouts (the menu's database items wait for it), and is dropped."""
        if self.switching is not None:
            self.switching.cancel()
        self.pending = None
        if self.dialog is not None:
            self.dialog.close_now()
            self.dialog = None
        self._show_open_database()

    def _switch_cancelled(self) -> None:
        self.switching = None
        self._sync_actions()

    def _opened(self, db: Database) -> None:
        self.switching = None
        url = url_text(db.engine.url)
        if self._opened_url is not None and url != self._opened_url:
            self.window.undo_stack.clear()  # what it would undo belongs to the other database
            self.window.import_undo.clear()
        self._opened_url = url
        team = team_of(db)
        if team is not None:
            if self.pending is not None and self.pending[0] == team:
                _team, password, remember = self.pending
                if password:
                    self._keep_password(team, password, remember)
            self.window.settings.remember_team_database(url_text(team.url()))
            self._fill_recent()
        self.pending = None
        if self.dialog is not None:
            self.dialog.close_now()
            self.dialog = None
        self._sync_actions()

    def _keep_password(self, team: TeamDatabase, password: str, remember: bool) -> None:
        from models.errors import KnownError

        if not remember:
            forget_password(team)
            return
        try:
            remember_password(team, password)
        except KnownError as exc:  # no keyring here: the password serves this session only
            self._tell(QMessageBox.Icon.Warning, self.tr("Password not remembered"), str(exc))

    def _switch_failed(self, exc: BaseException) -> None:
        from models.errors import as_known_error

        pending, self.pending, self.switching = self.pending, None, None
        self._show_open_database()
        self._sync_actions()
        known = as_known_error(exc)
        if known is None:
            if self.dialog is not None:
                self.dialog.show_error(self.tr("The database could not be opened."))
            self.window._report(exc)
        elif pending is not None:  # said beside what was typed, ready for another try
            self.open_team_database(pending[0], in_dialog(known))
        else:  # the laptop book would not open again (locked by another program…)
            self.window._report(exc)

    def startup_failed(self, exc: BaseException) -> bool:
        """The team database named at start-up (``--database URL``) did not open: the dialog, filled in,
        says why and tries again; the laptop book is one menu item away. False for another database."""
        from models.errors import as_known_error

        url = self.window.database.url
        known = as_known_error(exc)
        if not is_team_url(url) or known is None:
            return False
        self._sync_actions()
        self.open_team_database(TeamDatabase.from_url(url), in_dialog(known))
        return True

    def _show_open_database(self) -> None:
        """The status bar names the database open again (after a switch that did not happen)."""
        db = self.window.database.db
        self.window.database_label.setText(
            database_label(db) if db is not None else QCoreApplication.translate("MainWindow", "No database open"))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.window.settings.recent_team_databases
        for url in recent:
            action = self.recent_menu.addAction(TeamDatabase.from_url(url).describe())
            action.triggered.connect(lambda _checked=False, u=url: self.open_recent(u))
        self.recent_menu.setEnabled(bool(recent))

    def _sync_actions(self) -> None:
        db = self.window.database.db
        on_team = db is not None and team_of(db) is not None
        on_laptop = db is not None and db.path == self.window.paths.database
        idle = self.switching is None and self.copies.operation is None
        self.open_action.setEnabled(idle)
        self.recent_menu.setEnabled(idle and bool(self.window.settings.recent_team_databases))
        self.laptop_action.setEnabled(idle and not on_laptop)
        self.copy_action.setEnabled(idle and db is not None and not on_team and not db.read_only)
        self.copy_back_action.setEnabled(idle and on_team)

    def before_close(self) -> None:
        """The window closes: work under way stops (a copy rolls back)."""
        self.copies.cancel()
        if self.switching is not None:
            self.switching.cancel()

    # -- messages ---------------------------------------------------------------------------------------
    def _tell(self, icon, title: str, text: str) -> None:
        from ui.message_box import plain_message

        self.message = plain_message(self.window, icon, title, text)
        self.message.open()
