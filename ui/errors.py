"""The two kinds of error: expected trouble gets a plain message; a bug gets the crash dialog.

``ui.excepthook.install_excepthook`` routes every exception that escapes a slot or an event handler here.
"""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from models.errors import KnownError, as_known_error

log = logging.getLogger(__name__)

# Dialogs shown without a parent would be garbage-collected (and vanish) as soon as the caller drops them.
_open_dialogs: set[QDialog] = set()


def _keep_until_closed(dialog: QDialog) -> QDialog:
    _open_dialogs.add(dialog)
    dialog.finished.connect(lambda _result: _open_dialogs.discard(dialog))
    return dialog


class CrashDialog(QDialog):
    """Shows a bug's traceback, copyable, and where the log is."""

    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fieldbrief ran into a bug"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(720, 420)
        intro = QLabel(self.tr(
            "Something went wrong that should not have. Your saved data is safe: every change is saved "
            "in its own transaction. Please send the text below to the Fieldbrief team."))
        intro.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        log_text = self.tr("Log file: %1").replace("%1", str(log_file)) if log_file else self.tr("No log file.")
        self.log_label = QLabel(log_text)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("&Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        self.more = QLabel()  # the errors of the same burst, after the first
        self.more.setWordWrap(True)
        self.more.hide()
        self.count = 1
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.more)
        layout.addWidget(self.details)
        layout.addWidget(self.log_label)
        layout.addWidget(buttons)

    def add(self, details: str) -> None:
        """Another error while this dialog is open (one of a burst): counted and its details added below,
        not a dialog of its own."""
        self.count += 1
        self.more.setText(self.tr("%Ln error(s) in all since this dialog opened; each one's details are below.",
                                  "", self.count))
        self.more.show()
        self.details.appendPlainText(f"\n--- {self.count} ---\n{details}")

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(f"{self.details.toPlainText()}\n{self.log_label.text()}")


def message_of(error: BaseException) -> str:
    """What to tell the user: a refusal of the core in the user's language, other trouble as it is."""
    from models.runtime.translatable import in_language

    return in_language(error)


def show_known_error(parent: QWidget | None, error: KnownError, title: str | None = None) -> QMessageBox:
    """A plain, non-blocking message for expected trouble."""
    box = QMessageBox(QMessageBox.Icon.Warning, title or QApplication.translate("errors", "Fieldbrief"),
                      message_of(error), QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return _keep_until_closed(box)


_log_file: Path | None = None  # the app's (ui.app sets it): every crash dialog names it
_crash_dialog: CrashDialog | None = None  # the one open: a burst of errors goes into it


def set_log_file(path: Path | None) -> None:
    global _log_file
    _log_file = path


def report_exception(exc: BaseException, log_file: Path | None = None, parent: QWidget | None = None) -> QDialog:
    """Show ``exc`` the right way: a message for expected trouble, the crash dialog for a bug (one for a
    burst of them: a bug while one is open is added to it). ``log_file``: the app's, when not given."""
    global _crash_dialog
    known = as_known_error(exc)
    if known is not None:
        log.warning("%s", known)
        return show_known_error(parent, known)
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    log.error("Unexpected error\n%s", details)
    if _crash_dialog is not None:
        _crash_dialog.add(details)
        return _crash_dialog
    dialog = _crash_dialog = CrashDialog(details, log_file or _log_file, parent)
    dialog.finished.connect(_crash_dialog_closed)
    dialog.destroyed.connect(_crash_dialog_closed)  # (deleted with its parent, unclosed)
    dialog.open()
    return _keep_until_closed(dialog)


def _crash_dialog_closed(*_args) -> None:
    global _crash_dialog
    _crash_dialog = None



def known_trouble(exc: BaseException) -> str:
    """The message of expected trouble (a damaged or locked database…); a bug is raised again."""
    known = as_known_error(exc)
    if known is None:
        raise exc
    log.warning("%s", known)
    return message_of(known)
