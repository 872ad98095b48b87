"""Spend by month: a table to type figures in, the 12-month chart, and the tier with its figures."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from models import validation
from models.spend import TierRules, month_index, month_of, summarize
from ui import labels
from ui.widgets.spend_chart import SpendChart

MONTHS_SHOWN = 24


class SpendTab(QWidget):
    changed = Signal()

    def __init__(self, rules: TierRules, today: dt.date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.rules = rules
        self.today = today or dt.date.today()
        self.chart = SpendChart()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Month"), self.tr("Spend")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.itemChanged.connect(self._edited)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chart)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        self._filling = False

    def set_spend(self, spend: dict[tuple[int, int], int]) -> None:
        current = month_index(self.today.year, self.today.month)
        indexes = set(range(current - MONTHS_SHOWN + 1, current + 1)) | {month_index(y, m) for y, m in spend}
        self._filling = True
        self.table.setRowCount(0)
        for index in sorted(indexes, reverse=True):
            year, month = month_of(index)
            row = self.table.rowCount()
            self.table.insertRow(row)
            label = QTableWidgetItem(f"{year}-{month:02d}")
            label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
            label.setData(Qt.ItemDataRole.UserRole, (year, month))
            self.table.setItem(row, 0, label)
            amount = QTableWidgetItem(labels.money(spend.get((year, month))))
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, amount)
        self._filling = False
        self._update_summary()

    def spend(self) -> tuple[dict[tuple[int, int], int], list[str]]:
        """The figures typed, and the problems with them (a bad cell never silently becomes 0)."""
        result, problems = {}, []
        for row in range(self.table.rowCount()):
            month = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            cents, error = validation.amount_cents(self.table.item(row, 1).text())
            if error:
                problems.append(f"{month[0]}-{month[1]:02d}: {self.tr(error)}")
            elif cents is not None:
                result[tuple(month)] = cents
        return result, problems

    def _edited(self, _item) -> None:
        if not self._filling:
            self._update_summary()
            self.changed.emit()

    def _update_summary(self) -> None:
        spend, problems = self.spend()
        self.error.setText("\n".join(problems))
        summary = summarize([(y, m, c) for (y, m), c in spend.items()], self.rules)
        last = month_index(*summary.last_month) if summary.last_month else month_index(self.today.year, self.today.month)
        months = [month_of(i) for i in range(last - 11, last + 1)]
        self.chart.set_data([(f"{m:02d}", spend.get((y, m), 0)) for y, m in months], summary.average_cents, summary.drop)
        if summary.window is None:
            self.summary.setText(self.tr("No spend recorded: tier %1.").replace("%1", labels.tier(summary.tier)))
            return
        (y0, m0), (y1, m1) = summary.window
        text = self.tr("Tier <b>%1</b>: average %2 a month over %3 – %4 (%5 months).").replace(
            "%1", labels.tier(summary.tier)).replace("%2", labels.money(summary.average_cents)).replace(
            "%3", f"{y0}-{m0:02d}").replace("%4", f"{y1}-{m1:02d}").replace("%5", str(self.rules.months))
        text += " " + self.tr("Thresholds: diamond %1, gold %2, silver %3.").replace(
            "%1", labels.money(self.rules.diamond_cents)).replace("%2", labels.money(self.rules.gold_cents)).replace(
            "%3", labels.money(self.rules.silver_cents))
        if summary.drop:
            text += "<br><span style='color:#c62828'><b>" + self.tr(
                "Spend drop: %1 in the last month against an average of %2 before it (%3%).").replace(
                "%1", labels.money(summary.last_cents)).replace("%2", labels.money(summary.baseline_cents)).replace(
                "%3", f"{summary.change * 100:+.0f}") + "</b></span>"
        self.summary.setText(text)
