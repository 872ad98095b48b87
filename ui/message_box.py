"""The window's plain messages: text shown as typed (a file name or a server's words are never read as
markup), opened window-modal by the caller, deleted once closed unless the caller keeps it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def plain_message(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str,
                  buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok, *,
                  delete_on_close: bool = True) -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if delete_on_close:
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box
