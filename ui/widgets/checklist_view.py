"""A visit's checklist, grouped by kind: tick boxes with the time ticked; critical items stand out, and the
items the plan answers show that they tick themselves."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from models.visits.visits import ChecklistEntry
from ui import labels

CRITICAL_COLOR = QColor("#c62828")
ID_ROLE = Qt.ItemDataRole.UserRole


class ChecklistView(QTreeWidget):
    toggled = Signal(int, bool)  # item id, done (only for items ticked by hand)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Item"), self.tr("Done at")])
        self.setColumnWidth(0, 520)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.itemChanged.connect(self._on_item_changed)

    def set_items(self, entries: list[ChecklistEntry]) -> None:
        self.blockSignals(True)
        self.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for entry in entries:
            group = groups.get(entry.kind)
            if group is None:
                group = QTreeWidgetItem(self, [labels.checklist_kind(entry.kind)])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                groups[entry.kind] = group
            group.addChild(self._item(entry))
        self.expandAll()
        self.blockSignals(False)

    def _item(self, entry: ChecklistEntry) -> QTreeWidgetItem:
        text = entry.text + (self.tr("  (critical)") if entry.critical else "")
        item = QTreeWidgetItem([text, ""])
        item.setData(0, ID_ROLE, entry.id)
        self._show_done(item, entry)
        if entry.answered_by:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setToolTip(0, self.tr("Ticks itself when the plan has: %1").replace(
                "%1", labels.plan_answer(entry.answered_by)))
        else:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
        if entry.critical:
            font = QFont(item.font(0))
            font.setBold(True)
            item.setFont(0, font)
        return item

    def _show_done(self, item: QTreeWidgetItem, entry: ChecklistEntry) -> None:
        item.setCheckState(0, Qt.CheckState.Checked if entry.done else Qt.CheckState.Unchecked)
        item.setText(1, entry.done_at.strftime("%Y-%m-%d %H:%M") if entry.done_at else "")
        item.setForeground(0, QBrush(CRITICAL_COLOR) if entry.critical and not entry.done else QBrush())

    def update_entry(self, entry: ChecklistEntry) -> None:
        """Show an item's new state in place. (Rebuilding the tree from an itemChanged handler would
        delete the item Qt is still changing.)"""
        for group in range(self.topLevelItemCount()):
            parent = self.topLevelItem(group)
            for i in range(parent.childCount()):
                if parent.child(i).data(0, ID_ROLE) == entry.id:
                    self.blockSignals(True)
                    self._show_done(parent.child(i), entry)
                    self.blockSignals(False)
                    return

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        item_id = item.data(0, ID_ROLE)
        if column == 0 and item_id is not None:
            self.toggled.emit(item_id, item.checkState(0) == Qt.CheckState.Checked)

    def find(self, text: str) -> QTreeWidgetItem | None:
        """The item whose text starts with ``text`` (for tests and keyboard search)."""
        for group in range(self.topLevelItemCount()):
            parent = self.topLevelItem(group)
            for i in range(parent.childCount()):
                if parent.child(i).text(0).startswith(text):
                    return parent.child(i)
        return None
