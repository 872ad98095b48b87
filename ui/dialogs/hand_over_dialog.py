"""Hand a customer over to another rep: who takes it over, and what goes with it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget


class HandOverDialog(QDialog):
    def __init__(self, customer: str, owner: str, reps: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hand Over %1").replace("%1", customer))
        self.rep = QComboBox()
        for name in reps:
            if name != owner:
                self.rep.addItem(name, name)
        heading = QLabel(self.tr("Hand %1 over to another rep (%2's now).").replace("%1", customer)
                         .replace("%2", owner or self.tr("nobody")))
        heading.setTextFormat(Qt.TextFormat.PlainText)  # (a name is never read as markup)
        heading.setWordWrap(True)
        about = QLabel(self.tr("Its visits to come, open follow-ups and open promises go with it; the visits held "
                               "and the work done stay %1's. The hand-over shows in the customer's Activity, "
                               "and Edit > Undo takes it back.").replace("%1", owner or self.tr("nobody")))
        about.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&To:"), self.rep)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Hand Over"))
        self.ok.setEnabled(self.rep.count() > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(about)
        if not self.rep.count():
            layout.addWidget(QLabel(self.tr("There is nobody else on the team yet: add a rep with "
                                            "fieldbrief team set NAME, or give a customer another owner.")))
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def chosen(self) -> str | None:
        return self.rep.currentData()
