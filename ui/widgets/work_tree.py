"""A tree of lines of work (models.visits.today.Line) that acts on the selected line by key (ui.loop_actions), and
the bar above it that shows what the selected line offers, with its keys.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QWidget

from ui.loop_actions import KEYS, OPEN, LoopActions

LINE_ROLE = Qt.ItemDataRole.UserRole + 10


class WorkTree(QTreeWidget):
    line_changed = Signal(object)  # the selected Line, or None
    other_activated = Signal(object)  # an item without a line (a section heading, "Show all")

    def __init__(self, actions: LoopActions, parent: QWidget | None = None):
        super().__init__(parent)
        self.actions = actions
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.itemActivated.connect(self._activated)
        self.currentItemChanged.connect(lambda item, _old: self.line_changed.emit(self.line(item)))

    @staticmethod
    def set_line(item: QTreeWidgetItem, line) -> None:
        item.setData(0, LINE_ROLE, line)

    def line(self, item: QTreeWidgetItem | None = None):
        item = item if item is not None else self.currentItem()
        return item.data(0, LINE_ROLE) if item is not None else None

    def keyPressEvent(self, event) -> None:
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        action = KEYS.get(Qt.Key(event.key())) if plain else None
        if action is not None and action != OPEN and self.actions.can(self.line(), action):
            self.actions.run(self.line(), action, self)
            event.accept()
            return
        super().keyPressEvent(event)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        line = self.line(item)
        if line is not None:
            self.actions.run(line, OPEN, self)
        else:
            self.other_activated.emit(item)


class ActionBar(QWidget):
    """The selected line's actions as buttons, each with its key; a hint when nothing is selected."""

    def __init__(self, tree: WorkTree, hint: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.tree = tree
        self.hint = QLabel(hint)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.buttons: dict[str, QPushButton] = {}
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.hint, 1)
        tree.line_changed.connect(self.show_line)
        self.show_line(None)

    def show_line(self, line) -> None:
        for button in self.buttons.values():
            self.row.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        for action, text in self.tree.actions.actions_for(line):
            button = QPushButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the list keeps the keyboard
            button.clicked.connect(lambda _c=False, a=action: self.tree.actions.run(self.tree.line(), a, self.tree))
            self.row.addWidget(button)
            self.buttons[action] = button
