"""The customer list as a Qt table model: pages fetched from SQL by keyset as the view scrolls.

Sorting and filtering never happen in Python: ``sort()`` and ``set_query()`` run a new query and reset.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from models.book.customer_list import PAGE_SIZE, SORT_COLUMNS, CustomerQuery, CustomerRow, fetch_page
from models.book.search_match import Match, why_found
from ui import labels
from ui.item_models.roles import ID_ROLE

if TYPE_CHECKING:
    from models.storage.db import Database

Index = QModelIndex | QPersistentModelIndex

# (header, sort key, how to show the row's value)
COLUMNS = [
    ("Name", "name"),
    ("Found by", "found"),  # while searching: what matched, when it was not the name (not a sort)
    ("City", "city"),
    ("Segment", "segment"),
    ("Tier", "tier"),
    ("Stage", "stage"),
    ("Last visit", "last_visit"),
    ("Next visit", "next_visit"),
    ("Spend trend", "trend"),
]
FOUND_COLUMN = 1
DROP_COLOR = QColor("#c62828")
DISPLAY, FOREGROUND, ALIGNMENT, TOOLTIP = (int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ToolTipRole))
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class CustomerTableModel(QAbstractTableModel):
    trouble = Signal(str)  # the rows could not be read (a damaged database): what to tell the user

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.query = CustomerQuery()
        self.rows: list[CustomerRow] = []
        self._exhausted = True
        self._headers = [self.tr("Name"), self.tr("Found by"), self.tr("City"), self.tr("Segment"), self.tr("Tier"),
                         self.tr("Stage"), self.tr("Last visit"), self.tr("Next visit"), self.tr("Spend trend")]
        self.found: dict[int, Match] = {}

    # -- loading -----------------------------------------------------------------------------------
    def set_query(self, query: CustomerQuery) -> None:
        self.beginResetModel()
        self.query = query
        self.found = {}
        self.rows = self._fetch()
        self._exhausted = len(self.rows) < PAGE_SIZE
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self.query)

    def _fetch(self, after: CustomerRow | None = None) -> list[CustomerRow]:
        from ui.errors import known_trouble

        try:
            page = fetch_page(self.db, self.query, after=after)
            self.found.update(why_found(self.db, page, self.query.search))
            return page
        except Exception as exc:
            self.trouble.emit(known_trouble(exc))
            self._exhausted = True
            return []

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid() or self._exhausted:
            return
        page = self._fetch(after=self.rows[-1] if self.rows else None)
        self._exhausted = len(page) < PAGE_SIZE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL. The same order again is a no-op: QTableView.sortByColumn() asks twice."""
        if 0 <= column < len(COLUMNS) and COLUMNS[column][1] in SORT_COLUMNS:
            descending = order == Qt.SortOrder.DescendingOrder
            query = dataclasses.replace(self.query, sort=COLUMNS[column][1], descending=descending)
            if query != self.query:
                self.set_query(query)

    def row_of(self, customer_id: int) -> int:
        for row, item in enumerate(self.rows):
            if item.id == customer_id:
                return row
        return -1

    # -- the model ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = DISPLAY):
        # Called for every role of every visible cell: plain int roles, no enum lookups on this path.
        row_number = index.row()  # -1 for an invalid index
        if not 0 <= row_number < len(self.rows):
            return None
        row = self.rows[row_number]
        key = COLUMNS[index.column()][1]
        if role == DISPLAY:
            return self._display(row, key)
        if role == ID_ROLE:
            return row.id
        if role == FOREGROUND:
            return DROP_COLOR if key == "trend" and row.spend_drop else None
        if role == ALIGNMENT:
            return RIGHT_ALIGNED if key == "trend" else None
        if role == TOOLTIP:
            return self._tooltip(row, key)
        return None

    def _tooltip(self, row: CustomerRow, key: str) -> str | None:
        if key == "found":  # (the column may be too narrow for a long pinyin or a phone with its label)
            return self._display(row, key) or None
        if key == "stage":
            return labels.stage_question(row.lifecycle_stage)
        if key == "trend" and row.spend_drop:
            return self.tr("Spend fell sharply against the customer's own average: a reason to visit.")
        if key == "tier" and row.avg_spend_cents is not None:
            return self.tr("Average monthly spend: %1").replace("%1", labels.money(row.avg_spend_cents))
        return None

    def _display(self, row: CustomerRow, key: str) -> str:
        if key == "found":
            match = self.found.get(row.id)
            return "" if match is None else labels.search_match(match.field).replace("%1", match.text)
        if key == "name":
            return row.name + (self.tr(" (archived)") if row.archived else "")
        if key == "city":
            return row.city
        if key == "segment":
            return labels.segment(row.segment)
        if key == "tier":
            return labels.tier(row.tier)
        if key == "stage":
            return labels.stage(row.lifecycle_stage)
        if key in ("last_visit", "next_visit"):
            when = row.last_visit_at if key == "last_visit" else row.next_visit_at
            return str(when)[:10] if when else ""  # "2026-11-20 10:00:00…" (or a datetime elsewhere)
        if row.trend_bp is None:
            return ""
        percent = round(row.trend_bp / 100)
        arrow = "▼" if row.spend_drop else ("▲" if percent > 0 else ("▽" if percent < 0 else "="))
        return f"{arrow} {percent:+d}%" if percent else f"{arrow} 0%"
