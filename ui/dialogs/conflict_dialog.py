"""When a record was saved by someone else while the rep had it open: what both sides changed, side by
side, and the rep's choice: merge (their changes and mine together, choosing per field where both
changed the same one), keep mine (overwrite theirs) or take theirs (drop mine)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.three_way import Conflict
from ui import undo_text


class Choice(Enum):
    MERGE = "merge"
    MINE = "mine"
    THEIRS = "theirs"


def field_label(path: str) -> str:
    """"contacts.12.title" -> "contact: title"."""
    parts = path.split(".")
    top = parts[0]
    if top in undo_text.FIELDS:
        return undo_text.tr(undo_text.FIELDS[top])
    thing = undo_text.tr(undo_text.THINGS.get(top, top))
    last = parts[-1]
    if len(parts) > 2 and last in undo_text.FIELDS:
        return f"{thing}: {undo_text.tr(undo_text.FIELDS[last])}"
    return thing if len(parts) < 2 else f"{thing} {parts[1]}"


def shown(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, (list, tuple)):
        return ", ".join(shown(v) for v in value) or "—"
    for attribute in ("value", "name"):
        if hasattr(value, attribute):
            return str(getattr(value, attribute))
    return str(value)


class ConflictDialog(QDialog):
    def __init__(self, name: str, conflicts: list[Conflict], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed elsewhere: %1").replace("%1", name))
        self.resize(720, 420)
        self.conflicts = conflicts
        self.choice = Choice.MERGE
        intro = QLabel(self.tr("%1 was saved by someone else (another window, or another rep) after you opened it. "
                               "Nothing of yours is lost yet: merge adds your changes to theirs.").replace("%1", name))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(conflicts), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Yours"), self.tr("Theirs (saved)")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 180)
        self.table.setColumnWidth(1, 250)
        self.groups: list[tuple[QRadioButton, QRadioButton]] = []
        for row, conflict in enumerate(conflicts):
            self.table.setItem(row, 0, QTableWidgetItem(field_label(conflict.field)))
            mine, theirs = QRadioButton(shown(conflict.mine)), QRadioButton(shown(conflict.theirs))
            mine.setChecked(True)  # the rep's own, unless they choose theirs
            group = QButtonGroup(self)
            group.addButton(mine)
            group.addButton(theirs)
            self.table.setCellWidget(row, 1, mine)
            self.table.setCellWidget(row, 2, theirs)
            self.groups.append((mine, theirs))
        both = QLabel(self.tr("Fields you both changed (choose which to keep):") if conflicts
                      else self.tr("You did not change the same fields: merging keeps both."))
        buttons = QDialogButtonBox()
        merge = buttons.addButton(self.tr("&Merge and save"), QDialogButtonBox.ButtonRole.AcceptRole)
        keep = buttons.addButton(self.tr("&Keep mine (overwrite theirs)"), QDialogButtonBox.ButtonRole.DestructiveRole)
        take = buttons.addButton(self.tr("&Take theirs (drop mine)"), QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        merge.setDefault(True)
        merge.clicked.connect(lambda: self._done(Choice.MERGE))
        keep.clicked.connect(lambda: self._done(Choice.MINE))
        take.clicked.connect(lambda: self._done(Choice.THEIRS))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(both)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.setVisible(bool(conflicts))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def _done(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def take_mine(self) -> set[str]:
        """The conflicting fields where the rep kept their own value."""
        return {c.field for c, (mine, _theirs) in zip(self.conflicts, self.groups) if mine.isChecked()}


def ask(parent: QWidget, name: str, conflicts: list[Conflict]) -> tuple[Choice | None, set[str]]:
    """The rep's answer (None: cancelled, back to editing) and the fields where they keep their own."""
    dialog = ConflictDialog(name, conflicts, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None, set()
    return dialog.choice, dialog.take_mine()
