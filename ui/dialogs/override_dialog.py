"""Asking for the reason to go with critical checklist items open; the reason is kept and printed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget


class OverrideDialog(QDialog):
    def __init__(self, open_items: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Critical items are not done"))
        intro = QLabel(self.tr("These critical items are not ticked:"))
        self.items = QLabel("\n".join(f"• {text}" for text in open_items))
        self.items.setStyleSheet("font-weight: bold; color: #c62828;")
        self.items.setWordWrap(True)
        question = QLabel(self.tr("Mark the visit ready anyway? Say why: the reason is kept and printed on the brief."))
        question.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ready_button = self.buttons.addButton(self.tr("Ready &anyway"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ready_button.setEnabled(False)
        self.reason.textChanged.connect(lambda: self.ready_button.setEnabled(bool(self.reason.toPlainText().strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.items, question, self.reason, self.buttons):
            layout.addWidget(widget)
        self.resize(460, 300)

    @classmethod
    def ask(cls, open_items: list[str], parent: QWidget | None = None) -> str | None:
        """The reason typed, or None when the user cancels."""
        dialog = cls(open_items, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        reason = dialog.reason.toPlainText().strip()
        dialog.deleteLater()
        return reason if accepted and reason else None
