"""Whose work the pages show: the rep's own ("My work", the default once the app knows who the rep is) or
the whole team's. One switch for Today, Customers and Visits, under the pages' list (and View > Team's Work,
Ctrl+Shift+T)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget


STYLE = """
QToolButton { padding: 3px 8px; border: 1px solid palette(mid); border-radius: 4px; background: palette(base); }
QToolButton:checked { background: palette(highlight); color: palette(highlighted-text); border-color: palette(highlight); }
"""


class ScopeSwitch(QWidget):
    changed = Signal(object)  # the owner whose work to show (the rep's name), or None: the team's

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.me: str | None = None
        self.label = QLabel(self.tr("Whose work"))
        self.label.setObjectName("scopeLabel")
        self.mine = QToolButton(text=self.tr("&Mine"), checkable=True)
        self.team = QToolButton(text=self.tr("&Team"), checkable=True)
        self.group = QButtonGroup(self, exclusive=True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.mine, self.team):
            self.group.addButton(button)
            row.addWidget(button, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 10)
        layout.addWidget(self.label)
        layout.addLayout(row)
        self.setStyleSheet(STYLE)  # (which one is on, plain to see)
        self.mine.setChecked(True)
        self.group.buttonToggled.connect(lambda _button, checked: checked and self.changed.emit(self.owner()))
        self.hide()  # until the app knows who the rep is

    def set_me(self, name: str | None, team: bool) -> None:
        """The rep using the app (None: nobody known: the team's work, no switch); ``team``: the team's first."""
        self.me = name
        self.mine.setToolTip(self.tr("%1's customers, visits, follow-ups and promises").replace("%1", name or ""))
        self.team.setToolTip(self.tr("Everyone's on the team"))
        self.group.blockSignals(True)
        (self.team if team else self.mine).setChecked(True)
        self.group.blockSignals(False)
        self.setVisible(name is not None)

    def owner(self) -> str | None:
        return self.me if self.me is not None and self.mine.isChecked() else None

    def show_team(self, team: bool) -> None:
        if self.me is not None:
            (self.team if team else self.mine).setChecked(True)
