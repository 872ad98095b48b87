"""Where a team database is: server, port, database, user and password, with "remember the password in the
system keyring". The dialog stays open while the window connects (or copies, or restores), with progress,
and shows what went wrong beside what was typed, so that a mistyped password is corrected in place and a
server that did not answer is tried again with one click. Cancel while the work runs asks it to stop
(``cancel_requested``); the window closes the dialog once it has."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.team.team_database import DEFAULT_PORT, TeamDatabase, keyring_is_secure, stored_password

ERROR_STYLE = "color: #c62828;"


class TeamDatabaseDialog(QDialog):
    requested = Signal(object, str, bool)  # TeamDatabase, the password ("" for none), remember it
    cancel_requested = Signal()  # Cancel (or Esc) while the work runs

    def __init__(self, title: str, action: str, team: TeamDatabase | None = None, intro: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.busy = False
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.intro.setVisible(bool(intro))
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("e.g. crm.branch.example.com"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit()
        self.database.setPlaceholderText(self.tr("e.g. fieldbrief"))
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("&Remember the password in the system keyring"))
        secure = keyring_is_secure()
        self.remember.setChecked(secure)  # a keyring that writes a plain file is the rep's choice, not ours
        if not secure:
            self.remember.setToolTip(self.tr("This computer's keyring keeps passwords in a plain file, not encrypted: "
                                             "tick this only if that is acceptable here."))
            self.remember.setText(self.tr("&Remember the password (this computer's keyring keeps it in a plain file)"))
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Server"), self.host)
        form.addRow(self.tr("P&ort"), self.port)
        form.addRow(self.tr("&Database"), self.database)
        form.addRow(self.tr("&User"), self.user)
        form.addRow(self.tr("&Password"), self.password)
        form.addRow("", self.remember)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v of %m rows"))
        self.progress.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.action_button = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        # Return in any field means the action: Cancel never becomes the default, even while the action's
        # button is disabled (Qt hands the default to the next button then)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.action_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        for edit in (self.host, self.database, self.user):
            edit.textChanged.connect(self._update_button)
            edit.editingFinished.connect(self._show_remembered)
        self.port.editingFinished.connect(self._show_remembered)
        if team is not None:
            self.host.setText(team.host)
            self.port.setValue(team.port)
            self.database.setText(team.database)
            self.user.setText(team.user)
        self._update_button()
        self._show_remembered()
        (self.password if team is not None else self.host).setFocus()

    def _show_remembered(self) -> None:
        """Say when the keyring has this database's password: the field may stay empty (the rep need not
        type it again, nor wonder whether they must)."""
        team = self.team()
        known = all((team.host, team.database, team.user)) and stored_password(team) is not None
        self.password.setPlaceholderText(self.tr("Remembered: leave empty to use it") if known else "")
        if known:
            self.remember.setChecked(True)  # (as it was chosen when it was remembered)

    def team(self) -> TeamDatabase:
        return TeamDatabase(self.host.text().strip(), self.database.text().strip(), self.user.text().strip(),
                            self.port.value())

    def _update_button(self) -> None:
        ready = not self.busy and all(e.text().strip() for e in (self.host, self.database, self.user))
        self.action_button.setEnabled(ready)
        if ready:
            self.action_button.setDefault(True)

    def submit(self) -> None:
        if not self.action_button.isEnabled():
            return
        self.set_busy(self.tr("Connecting to %1…").replace("%1", self.team().server))
        self.requested.emit(self.team(), self.password.text(), self.remember.isChecked())

    def set_busy(self, text: str, cancellable: bool = True) -> None:
        """The work runs: what it does is said, the fields wait, Cancel asks it to stop (if it can)."""
        self.busy = True
        self.form.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(cancellable)
        self.message.setStyleSheet("")
        self.message.setText(text)
        self._reveal(self.message)
        self._update_button()

    def _reveal(self, widget: QWidget) -> None:
        """Show a line (the message, the progress), the dialog growing for it rather than squeezing the fields."""
        widget.show()
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    def show_progress(self, done: int, total: int) -> None:
        """How far the work is; before it knows how much there is (``total`` 0), a busy bar."""
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)
        self._reveal(self.progress)

    def show_error(self, text: str) -> None:
        """What went wrong, with everything typed kept; the password field is ready for another try."""
        self.busy = False
        self.form.setEnabled(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(True)
        self.progress.hide()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)
        self._reveal(self.message)
        self._update_button()
        self.password.setFocus()
        self.password.selectAll()

    def reject(self) -> None:
        if self.busy:  # the window stops the work, then closes the dialog or says what became of it
            if self.buttons.button(QDialogButtonBox.StandardButton.Cancel).isEnabled():
                self.message.setText(self.tr("Cancelling…"))
                self.cancel_requested.emit()
            return
        super().reject()

    def close_now(self) -> None:
        """Closed by the window (the work was cancelled, or is done elsewhere)."""
        self.busy = False
        super().reject()
