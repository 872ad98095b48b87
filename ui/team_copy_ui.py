"""Copying a whole book from the window: File > Copy Book to Team Database… (the laptop's book into an empty
database on the server, asked in the team database's dialog, with progress there) and File > Copy Team
Database to Laptop Book… (the laptop's book replaced by a copy of the team database, after a backup of it).
Both run off the GUI thread (models.team.book_copy, models.team.laptop_copy) and can be cancelled until the copy is
in; the window's other database items wait for them (TeamUi)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from models.team.team_database import TeamDatabase, url_text
from ui.message_box import plain_message

if TYPE_CHECKING:
    from ui.dialogs.team_database_dialog import TeamDatabaseDialog
    from ui.operations import Operation
    from ui.team_ui import TeamUi


class TeamCopies(QObject):
    def __init__(self, team_ui: TeamUi):
        super().__init__(team_ui)
        self.team_ui = team_ui
        self.window = team_ui.window
        self.copy_dialog: TeamDatabaseDialog | None = None
        self.progress: QProgressDialog | None = None
        self.operation: Operation | None = None  # a copy under way
        self.message: QMessageBox | None = None  # tests and the window reach the last message here

    # -- copying the laptop's book into a team database -------------------------------------------------
    def copy_to_team_database(self) -> TeamDatabaseDialog:
        from ui.dialogs.team_database_dialog import TeamDatabaseDialog

        recent = self.window.settings.recent_team_databases
        team = TeamDatabase.from_url(recent[0]) if recent else None
        intro = self.tr(
            "Your whole book (customers, people, spend, dates, visits and everything about them) is copied into "
            "an empty database on the team's server, with the same numbers, in one transaction: all of it or "
            "nothing. The book on this laptop stays as it is.")
        dialog = TeamDatabaseDialog(self.tr("Copy Book to Team Database"), self.tr("&Copy"), team, intro,
                                    self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.requested.connect(lambda t, p, r: self._copy(dialog, t, p, r))
        dialog.cancel_requested.connect(lambda: self.operation is not None and self.operation.cancel())
        dialog.finished.connect(lambda _result: self.copy_dialog is dialog and setattr(self, "copy_dialog", None))
        self.copy_dialog = dialog  # tests reach it here
        dialog.open()
        return dialog

    def _copy(self, dialog: TeamDatabaseDialog, team: TeamDatabase, password: str, remember: bool) -> None:
        from models.team.book_copy import copy_book
        from ui.operations import Operation

        source = self.window.database.url
        target = team.url(password or None)
        dialog.set_busy(self.tr("Copying your book to %1…").replace("%1", team.describe()))
        dialog.show_progress(0, 0)  # a busy bar until the copy has counted the rows
        operation = Operation(lambda report: copy_book(source, target, report), self)
        operation.progressed.connect(dialog.show_progress)
        operation.succeeded.connect(lambda report: self._copied(dialog, team, password, remember, report))
        operation.cancelled.connect(lambda: dialog.show_error(self.tr("Cancelled: nothing was copied.")))
        operation.failed.connect(lambda exc: self._copy_failed(dialog, exc))
        operation.finished.connect(self._operation_done)
        self.operation = operation
        self.team_ui._sync_actions()
        operation.start()

    def _operation_done(self) -> None:
        self.operation = None
        self.team_ui._sync_actions()

    def _copy_failed(self, dialog: TeamDatabaseDialog, exc: BaseException) -> None:
        from models.errors import as_known_error
        from ui.team_labels import in_dialog

        known = as_known_error(exc)
        if known is None:
            dialog.show_error(self.tr("The copy failed; nothing was copied."))
            self.window._report(exc)
            return
        dialog.show_error(in_dialog(known))

    def _copied(self, dialog: TeamDatabaseDialog, team: TeamDatabase, password: str, remember: bool, report) -> None:
        if password:
            self.team_ui._keep_password(team, password, remember)
        self.window.settings.remember_team_database(url_text(team.url()))
        self.team_ui._fill_recent()
        dialog.close_now()
        box = self._message(QMessageBox.Icon.Information, self.tr("Book copied"), self.tr(
            "Copied %1 customers and %2 visits (%3 rows, every table counted) to %4. The book on this laptop "
            "is as it was. Open the team database now?").replace("%1", f"{report.customers:,}")
            .replace("%2", f"{report.visits:,}").replace("%3", f"{report.rows:,}").replace("%4", team.describe()),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close)
        box.button(QMessageBox.StandardButton.Open).clicked.connect(
            lambda: self.team_ui.open_with(team, password, remember))
        box.open()

    # -- copying a team database onto the laptop ---------------------------------------------------------
    def copy_to_laptop(self) -> QMessageBox | None:
        """Ask first: the laptop's book is replaced (after a backup of it)."""
        from ui.team_labels import team_of

        db = self.window.database.db
        if db is None or team_of(db) is None:
            return None
        counts = self.window.database.counts
        box = self._message(QMessageBox.Icon.Question, self.tr("Copy Team Database to Laptop Book"), self.tr(
            "The book on this laptop (%1) is replaced by a copy of %2 (%3 customers), for working without the "
            "server. The laptop's book as it is now is backed up first: File > Restore from Backup… brings it "
            "back. The team database is not changed, and what you change in the copy stays on this laptop.")
            .replace("%1", str(self.window.paths.database)).replace("%2", team_of(db).describe())
            .replace("%3", f"{counts.customers:,}" if counts is not None else "?"),
            QMessageBox.StandardButton.Cancel)
        replace = box.addButton(self.tr("&Replace the Laptop Book"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        replace.clicked.connect(self._copy_to_laptop)
        box.open()
        return box

    def _copy_to_laptop(self) -> None:
        from models.team.laptop_copy import copy_to_laptop
        from ui.operations import Operation

        source, laptop = self.window.database.url, self.window.paths.database
        team = TeamDatabase.from_url(source)
        text = self.tr("Copying %1 to the laptop book…").replace("%1", team.describe())
        progress = QProgressDialog(text, self.tr("Cancel"), 0, 0, self.window)
        progress.setWindowTitle(self.tr("Copy Team Database to Laptop Book"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)  # the copy's last row is not the end: it is checked and swapped in then
        progress.setAutoReset(False)
        self.progress = progress  # tests reach it here
        progress.show()  # at once: a QProgressDialog otherwise waits for a value past its minimum
        operation = Operation(lambda report: copy_to_laptop(source, laptop, report), self)
        operation.progressed.connect(lambda done, total: self._copy_to_laptop_progress(progress, done, total))
        progress.canceled.connect(operation.cancel)
        operation.succeeded.connect(lambda result: self._copied_to_laptop(team, result))
        operation.cancelled.connect(lambda: self._tell(QMessageBox.Icon.Information, self.tr("Not copied"), self.tr(
            "Cancelled: the laptop book is as it was.")))
        operation.failed.connect(self._copy_to_laptop_failed)
        operation.finished.connect(progress.close)
        operation.finished.connect(self._operation_done)
        self.operation = operation
        self.team_ui._sync_actions()
        operation.start()

    def _copy_to_laptop_progress(self, progress: QProgressDialog, done: int, total: int) -> None:
        if done < total:
            progress.setMaximum(total)
            progress.setValue(done)
            return
        progress.setLabelText(self.tr("Checking the copy and putting it in the laptop book's place…"))
        progress.setRange(0, 0)  # no telling how long: a busy bar
        progress.setCancelButton(None)  # past the point where cancelling could stop it

    def _copy_to_laptop_failed(self, exc: BaseException) -> None:
        from models.errors import as_known_error

        known = as_known_error(exc)
        if known is None:
            self.window._report(exc)
            return
        self._tell(QMessageBox.Icon.Warning, self.tr("Not copied"),
                   self.tr("The laptop book is as it was. %1").replace("%1", str(known)))

    def _copied_to_laptop(self, team: TeamDatabase, result) -> None:
        report = result.report
        text = self.tr(
            "Copied %1 customers and %2 visits (%3 rows, every table counted) from %4 to the laptop book.") \
            .replace("%1", f"{report.customers:,}").replace("%2", f"{report.visits:,}") \
            .replace("%3", f"{report.rows:,}").replace("%4", team.describe())
        if result.kept is not None:
            text += " " + self.tr("The laptop book as it was is kept as %1.").replace("%1", str(result.kept))
        box = self._message(QMessageBox.Icon.Information, self.tr("Book copied"),
                            text + " " + self.tr("Open the laptop book now?"),
                            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close)
        box.button(QMessageBox.StandardButton.Open).clicked.connect(self.team_ui.open_laptop_book)
        box.open()

    def cancel(self) -> None:
        """The window closes: a copy under way stops (and rolls back)."""
        if self.operation is not None:
            self.operation.cancel()

    def _tell(self, icon, title: str, text: str) -> QMessageBox:
        box = self._message(icon, title, text, QMessageBox.StandardButton.Ok)
        box.open()
        return box

    def _message(self, icon, title: str, text: str, buttons) -> QMessageBox:
        self.message = plain_message(self.window, icon, title, text, buttons)
        return self.message
