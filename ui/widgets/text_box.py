"""A few lines of plain text to type in, where Tab moves on to the next field (forms stay keyboard-friendly)."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget


class TextBox(QPlainTextEdit):
    def __init__(self, lines: int = 2, placeholder: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)

    def text(self) -> str:
        return self.toPlainText()

    def set_text(self, text: str) -> None:
        if text != self.toPlainText():
            self.setPlainText(text)

    def replace_text(self, text: str) -> None:
        """Replace everything as one edit that Ctrl+Z takes back."""
        cursor = self.textCursor()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(text)
        self.setTextCursor(cursor)
