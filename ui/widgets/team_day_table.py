"""The team's day, rep by rep, at the top of Today when it shows the team's work: what a manager looks at
first (models/visits/team_today.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.visits.team_today import COLUMNS, TeamDay


class TeamDayTable(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.day: TeamDay | None = None
        self.title = QLabel(self.tr("<b>The team today</b>"))
        self.table = QTableWidget(0, len(COLUMNS) + 1)
        self.table.setObjectName("teamDay")
        self.table.setHorizontalHeaderLabels([self.tr("Rep"), *self.headings()])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # (the keys stay with the lists below)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)  # (compact: the
        # day's own lists come right under it)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        self.hide()

    def headings(self) -> list[str]:
        return [self.tr("Visits today"), self.tr("Done"), self.tr("Follow-ups overdue"), self.tr("Promises overdue"),
                self.tr("Stalled (1-3 follow-ups)"), self.tr("Tomorrow, not ready"), self.tr("Key accounts dropping")]

    def show_day(self, day: TeamDay | None) -> None:
        """The team's day (None, or a team of one: nothing to compare, the table hides)."""
        self.day = day
        if day is None or len(day.reps) < 2:
            self.hide()
            return
        rows = [*day.reps, None]  # the team's line last
        self.table.setRowCount(len(rows))
        for row, rep in enumerate(rows):
            name = QTableWidgetItem(rep if rep is not None else self.tr("The team"))
            font = name.font()
            font.setBold(rep is None)
            name.setFont(font)
            self.table.setItem(row, 0, name)
            for column, key in enumerate(COLUMNS, start=1):
                n = day.total(key) if rep is None else day.by_rep[rep].get(key, 0)
                item = QTableWidgetItem(f"{n:,}" if n else "–")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setFont(font)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        frame = 2 * self.table.frameWidth()
        rows_height = sum(self.table.rowHeight(r) for r in range(len(rows)))
        self.table.setFixedHeight(header.sizeHint().height() + rows_height + frame)
        self.table.setFixedWidth(header.length() + frame)
        self.show()
