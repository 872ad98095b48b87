"""The first-run question on the Today page: the rep's own name and company, which the opening lines and
every brief print. Asked once; Settings changes them later."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from models.errors import KnownError
from models.visits.plan_templates import RepProfile

if TYPE_CHECKING:
    from models.storage.db import Database


class RepPrompt(QFrame):
    finished = Signal()  # saved or put off: not asked again

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.db: Database | None = None
        self.setObjectName("repPrompt")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#repPrompt { background: palette(alternate-base); border-radius: 6px; }")
        text = QLabel(self.tr("<b>Who are you?</b> Your name and company go into the opening lines and onto every "
                              "visit brief. You can change them later in Edit > Settings."))
        text.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Your name, e.g. Li Na"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.company = QLineEdit()
        self.company.setPlaceholderText(self.tr("Your company, e.g. China Mobile Hangzhou"))
        self.company.setAccessibleName(self.tr("Your company"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.later_button = QPushButton(self.tr("L&ater"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #c62828;")
        self.message.hide()
        row = QHBoxLayout()
        for widget in (self.name, self.company, self.save_button, self.later_button):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.save_button.clicked.connect(self.save)
        self.name.returnPressed.connect(self.company.setFocus)
        self.company.returnPressed.connect(self.save)
        self.later_button.clicked.connect(self.finished)

    def ask(self, db: Database) -> bool:
        """Show the question if the database has no name and company yet; returns whether it is shown."""
        self.db = db
        from models.book import preferences  # (SQLAlchemy: not before the first paint)

        rep = preferences.rep(db)
        needed = not (rep.name or rep.company) and not db.read_only
        self.setVisible(needed)
        return needed

    def save(self) -> None:
        if self.db is None:
            return
        if not (self.name.text().strip() or self.company.text().strip()):
            self.message.setText(self.tr("Type your name or your company, or choose Later."))
            self.message.show()
            self.name.setFocus()
            return
        try:
            from models.book import preferences

            preferences.save_rep(self.db, RepProfile(self.name.text(), self.company.text()))
        except KnownError as exc:
            self.message.setText(str(exc))
            self.message.show()
            return
        self.hide()
        self.finished.emit()
