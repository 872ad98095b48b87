"""When a record was saved by someone else while the rep had it open: everything both sides changed, side
by side (what it was, the rep's, theirs), a choice on each line where both changed the same thing, and
what each way out does: merge (their changes and the rep's together, the choices where they met), keep
mine (the record as the rep has it, over theirs) or take theirs (the rep's changes dropped)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


class Choice(Enum):
    MERGE = "merge"
    MINE = "mine"
    THEIRS = "theirs"


@dataclass(frozen=True)
class ChangeLine:
    """A change as the dialog shows it: the field named for the user, its value when the rep opened the
    record, what the rep and what they made of it (a value, "Removed"...; None: left as it was)."""

    path: str
    label: str
    before: str
    mine: str | None
    theirs: str | None
    conflict: bool


HEADER_STYLE = "font-weight: bold;"
UNCHANGED_STYLE = "color: palette(mid);"


class ConflictDialog(QDialog):
    def __init__(self, name: str, lines: list[ChangeLine], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed elsewhere: %1").replace("%1", name))
        self.resize(860, 520)
        self.lines = lines
        self.choice = Choice.MERGE
        conflicts = [line for line in lines if line.conflict]
        intro = QLabel(self.tr("%1 was saved by someone else (another window, or another rep) after you opened it. "
                               "Nothing of yours was saved yet; here is what each of you changed.").replace("%1", name))
        intro.setWordWrap(True)
        both = QLabel(self.tr("You both changed %Ln thing(s): choose which to keep on each line (← →).", "",
                              len(conflicts)) if conflicts
                      else self.tr("You did not change the same things: merging keeps both your changes and theirs."))
        both.setWordWrap(True)
        self.choices: list[tuple[ChangeLine, QRadioButton, QRadioButton]] = []
        self.grid = QGridLayout()
        self._fill(lines)
        changes = QWidget()
        changes.setLayout(self.grid)
        scroll = QScrollArea()
        scroll.setWidget(changes)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        explained = QLabel("<br>".join((
            self.tr("<b>Merge and save</b>: their changes and yours together; where you both changed something, "
                    "the one you chose."),
            self.tr("<b>Keep mine</b>: saves the record as you have it: their changes listed here are overwritten."),
            self.tr("<b>Take theirs</b>: shows the record as they saved it: your changes are dropped, nothing is saved."))))
        explained.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.merge_button = buttons.addButton(self.tr("&Merge and save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button = buttons.addButton(self.tr("&Keep mine (overwrite theirs)"),
                                             QDialogButtonBox.ButtonRole.DestructiveRole)
        self.take_button = buttons.addButton(self.tr("&Take theirs (drop mine)"), QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button.clicked.connect(lambda: self._done(Choice.MERGE))
        self.keep_button.clicked.connect(lambda: self._done(Choice.MINE))
        self.take_button.clicked.connect(lambda: self._done(Choice.THEIRS))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(both)
        layout.addWidget(scroll, 1)
        layout.addWidget(explained)
        layout.addWidget(buttons)
        self.merge_button.setDefault(True)  # (once in the dialog: the default Enter comes back to)
        (self.choices[0][1] if self.choices else self.merge_button).setFocus()

    def _fill(self, lines: list[ChangeLine]) -> None:
        grid = self.grid
        for column, text in enumerate((self.tr("Field"), self.tr("When you opened it"), self.tr("Yours"),
                                       self.tr("Theirs (saved)"))):
            header = QLabel(text)
            header.setStyleSheet(HEADER_STYLE)
            grid.addWidget(header, 0, column)
        for row, line in enumerate(lines, start=1):
            grid.addWidget(self._text(line.label), row, 0)
            grid.addWidget(self._text(line.before), row, 1)
            if line.conflict:
                mine, theirs = QRadioButton(line.mine), QRadioButton(line.theirs)
                group = QButtonGroup(self)
                for button in (mine, theirs):
                    button.toggled.connect(lambda checked, b=button: self._show_chosen(b, checked))
                    button.installEventFilter(self)
                    group.addButton(button)
                mine.setChecked(True)  # the rep's own, unless they choose theirs
                mine.setAccessibleName(self.tr("Keep yours: %1").replace("%1", line.label))
                theirs.setAccessibleName(self.tr("Keep theirs: %1").replace("%1", line.label))
                grid.addWidget(mine, row, 2)
                grid.addWidget(theirs, row, 3)
                self.choices.append((line, mine, theirs))
            else:
                for column, text in ((2, line.mine), (3, line.theirs)):
                    label = self._text(self.tr("(unchanged)") if text is None else text)
                    if text is None:
                        label.setStyleSheet(UNCHANGED_STYLE)
                    grid.addWidget(label, row, column)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(len(lines) + 1, 1)

    @staticmethod
    def _show_chosen(button: QRadioButton, checked: bool) -> None:
        """The value kept in bold, seen at a glance (a style sheet cannot change a font by state)."""
        font = button.font()
        font.setBold(checked)
        button.setFont(font)

    @staticmethod
    def _text(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return label

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down go to the line above or below (keeping its choice); Left and Right choose."""
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            row = next((i for i, (_line, mine, theirs) in enumerate(self.choices) if watched in (mine, theirs)), None)
            if row is not None:
                step = -1 if event.key() == Qt.Key.Key_Up else 1
                if 0 <= row + step < len(self.choices):
                    _line, mine, theirs = self.choices[row + step]
                    (mine if mine.isChecked() else theirs).setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _done(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def take_mine(self) -> set[str]:
        """The conflicts (by path) where the rep kept their own."""
        return {line.path for line, mine, _theirs in self.choices if mine.isChecked()}


def ask(parent: QWidget, name: str, lines: list[ChangeLine]) -> tuple[Choice | None, set[str]]:
    """The rep's answer (None: cancelled, back to editing) and the conflicts where they keep their own."""
    dialog = ConflictDialog(name, lines, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None, set()
    return dialog.choice, dialog.take_mine()
