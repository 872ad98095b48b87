"""An editable table with its row buttons underneath (Add…, Remove), reporting every change.

Widgets in cells (a date field, a choice, a tick) are reached with Tab like the text cells: the cell under
a widget is not editable (so typed keys go to the widget, not to a hidden text behind it), the widget takes
the focus when its cell becomes current, and the cell becomes current when the widget takes the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

ROW_ID = Qt.ItemDataRole.UserRole  # on a row's item: the id of the stored row it shows (None: a new row)


class RowTable(QWidget):
    changed = Signal()

    def __init__(self, headers: list[str], stretch_column: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.table.currentCellChanged.connect(self._focus_cell_widget)
        self.table.installEventFilter(self)  # (Tab out of the last cell: eventFilter)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.clicked.connect(self.remove_current)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.remove)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)

    def add_button(self, text: str) -> QPushButton:
        """A button before Remove."""
        button = QPushButton(text)
        self.buttons.insertWidget(self.buttons.count() - 2, button)
        return button

    def set_cell_widget(self, row: int, column: int, widget: QWidget) -> None:
        """``widget`` in the cell, over a cell that cannot be edited itself."""
        under = QTableWidgetItem()
        under.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(row, column, under)
        self.table.setCellWidget(row, column, widget)
        widget.installEventFilter(self)  # clicked: its cell becomes current (eventFilter)
        if widget.focusProxy() is not None:  # (a date field's line edit takes its focus)
            widget.focusProxy().installEventFilter(self)

    def _focus_cell_widget(self, row: int, column: int, _previous_row: int, _previous_column: int) -> None:
        """Tab (or an arrow) onto a cell with a widget: the widget takes the keys; off it, the table does."""
        focus = QApplication.focusWidget()
        if focus is None or not (focus is self.table or self.table.isAncestorOf(focus)):
            return  # not from the keyboard in this table (rows filled in, a click elsewhere)
        widget = self.table.cellWidget(row, column)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.TabFocusReason)
        elif focus is not self.table:
            self.table.setFocus(Qt.FocusReason.TabFocusReason)

    def eventFilter(self, watched, event) -> bool:
        """A widget in a cell takes the focus (a click): its cell becomes current, so that Tab goes on
        from there. Tab on the last cell (Shift+Tab on the first) leaves the table: a form is never a trap."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress and self._leaves(event.key()):
            self._focus_outside(forward=event.key() == Qt.Key.Key_Tab)
            return True
        if event.type() == QEvent.Type.FocusIn:
            viewport = self.table.viewport()
            cell = watched
            while cell is not None and cell.parentWidget() is not viewport:
                cell = cell.parentWidget()
            index = self.table.indexAt(cell.geometry().center()) if cell is not None else None
            if index is not None and index.isValid() and index != self.table.currentIndex():
                self.table.setCurrentIndex(index)
        return super().eventFilter(watched, event)

    def _leaves(self, key) -> bool:
        table, row, column = self.table, self.table.currentRow(), self.table.currentColumn()
        if key == Qt.Key.Key_Tab:
            return table.rowCount() == 0 or row == table.rowCount() - 1 and column == table.columnCount() - 1
        if key == Qt.Key.Key_Backtab:
            return table.rowCount() == 0 or row <= 0 and column <= 0
        return False

    def _focus_outside(self, forward: bool) -> None:
        """The next (or previous) widget in the window's Tab order that is not in the table."""
        widget = self.table
        while True:
            widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
            if widget is self.table or widget is None:
                return
            if (widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                    and not self.table.isAncestorOf(widget) and widget.focusProxy() is None):
                widget.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
                return

    def edit_cell(self, row: int, column: int) -> None:
        """Start typing in a new row's first text cell: keys go there, not to the buttons."""
        self.table.setFocus()
        self.table.setCurrentCell(row, column)
        item = self.table.item(row, column)
        if item is not None:
            self.table.editItem(item)

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()


class TextRowTable(RowTable):
    """A RowTable whose cells are all plain text; rows left entirely blank do not count."""

    def add_row(self, values: list[str]) -> None:
        self._insert(values)
        self.changed.emit()
        if not any(values):  # a blank row to type in (one offered from before is complete)
            self.edit_cell(self.table.rowCount() - 1, 0)
        else:
            self.table.setCurrentCell(self.table.rowCount() - 1, 0)

    def set_rows(self, rows: list[list[str]]) -> None:
        self.table.setRowCount(0)
        for values in rows:
            self._insert(values)

    def _insert(self, values: list[str]) -> None:
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in enumerate(values):
            self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.blockSignals(False)

    def rows(self) -> list[list[str]]:
        table = self.table
        rows = [[table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
                for r in range(table.rowCount())]
        return [row for row in rows if any(value.strip() for value in row)]
