"""Spend by month: a table to type figures in, the 12-month chart, the tier the spend gives with its
figures beside the tier the rep confirmed (a difference is offered with one button, never applied
silently), and the lifetime value."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.book import validation
from models.runtime.translatable import in_language
from models.book.settings import ValueSettings
from models.book.spend import SpendSummary, TierRules, month_index, month_of, summarize
from models.vocabulary import Tier
from ui import labels
from ui.dialogs.value_box import ValueBox
from ui.widgets.spend_chart import SpendChart

MONTHS_SHOWN = 24


class SpendTab(QWidget):
    changed = Signal()

    def __init__(self, rules: TierRules, value_settings: ValueSettings, today: dt.date | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.rules = rules
        self.spend_tier = Tier.NONE.value
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
        self.table.installEventFilter(self)
        self.tier = QComboBox()
        for value in Tier:
            self.tier.addItem(labels.tier(value.value), value.value)
        self.tier.currentIndexChanged.connect(self._offer_spend_tier)
        self.use_spend_tier = QPushButton()
        self.use_spend_tier.clicked.connect(lambda: self.set_tier(self.spend_tier))
        tier_label = QLabel(self.tr("Confirmed &tier"))
        tier_label.setBuddy(self.tier)
        tier_row = QHBoxLayout()
        tier_row.addWidget(tier_label)
        tier_row.addWidget(self.tier)
        tier_row.addWidget(self.use_spend_tier)
        tier_row.addStretch(1)
        self.value = ValueBox(value_settings)
        self.value.changed.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chart)
        layout.addWidget(self.summary)
        layout.addLayout(tier_row)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.value)
        self._filling = False

    def eventFilter(self, watched, event) -> bool:
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QGuiApplication, QKeySequence

        if watched is self.table and event.type() == QEvent.Type.KeyPress and event.matches(QKeySequence.StandardKey.Paste):
            self.paste(QGuiApplication.clipboard().text())
            return True
        return super().eventFilter(watched, event)

    def paste(self, text: str) -> None:
        """Cells copied from Excel: rows of month and amount (each goes to its month, a month not shown yet
        is added), or a column of amounts (into the months from the selected row down)."""
        rows = [line.split("\t") for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line.strip()]
        if not rows:
            return
        spend: dict[tuple[int, int], int] = {}
        problems = []
        if all(len(row) >= 2 for row in rows):
            for row in rows:
                month = validation.month(row[0])
                cents, error = validation.amount_cents(row[1])
                if month is None:
                    if row is not rows[0]:  # a header row is skipped; any other says why
                        problems.append(self.tr("%1 is not a month").replace("%1", row[0].strip()))
                elif error:
                    problems.append(f"{row[0].strip()}: {in_language(error)}")
                elif cents is not None:
                    spend[month] = cents
        else:
            start = max(self.table.currentRow(), 0)
            for offset, row in enumerate(rows):
                if start + offset >= self.table.rowCount():
                    break
                month = tuple(self.table.item(start + offset, 0).data(Qt.ItemDataRole.UserRole))
                cents, error = validation.amount_cents(row[0])
                if error:
                    problems.append(f"{month[0]}-{month[1]:02d}: {in_language(error)}")
                elif cents is not None:
                    spend[month] = cents
        for month, cents in spend.items():
            self._set_month(month, cents)
        self._update_summary()
        if problems:
            self.error.setText("\n".join([self.tr("Not pasted:")] + problems))
        self.changed.emit()

    def _set_month(self, month: tuple[int, int], cents: int) -> None:
        """The month's cell set to ``cents`` (a row added in its place for a month not shown); the other
        cells stay as they are, even those not yet right."""
        wanted = month_index(*month)
        row = 0
        while row < self.table.rowCount():
            shown = month_index(*self.table.item(row, 0).data(Qt.ItemDataRole.UserRole))
            if shown == wanted:
                break
            if shown < wanted:
                self._insert_month(row, month)
                break
            row += 1
        else:
            self._insert_month(row, month)
        self._filling = True
        self.table.item(row, 1).setText(labels.money(cents))
        self._filling = False

    def _insert_month(self, row: int, month: tuple[int, int]) -> None:
        self._filling = True
        self.table.insertRow(row)
        label = QTableWidgetItem(f"{month[0]}-{month[1]:02d}")
        label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
        label.setData(Qt.ItemDataRole.UserRole, month)
        self.table.setItem(row, 0, label)
        amount = QTableWidgetItem("")
        amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, 1, amount)
        self._filling = False

    def set_tier(self, value: str) -> None:
        self.tier.setCurrentIndex(max(0, self.tier.findData(value)))

    def _offer_spend_tier(self) -> None:
        differs = self.tier.currentData() != self.spend_tier
        self.use_spend_tier.setText(self.tr("&Use %1, as the spend says").replace("%1", labels.tier(self.spend_tier)))
        self.use_spend_tier.setVisible(differs)

    def set_spend(self, spend: dict[tuple[int, int], int]) -> None:
        current = month_index(self.today.year, self.today.month)
        indexes = set(range(current - MONTHS_SHOWN + 1, current + 1)) | {month_index(y, m) for y, m in spend}
        self._filling = True
        self.table.setRowCount(0)
        for index in sorted(indexes, reverse=True):
            row = self.table.rowCount()
            self._insert_month(row, month_of(index))
            self._filling = True
            self.table.item(row, 1).setText(labels.money(spend.get(month_of(index))))
        self._filling = False
        self._update_summary()

    def spend(self) -> tuple[dict[tuple[int, int], int], list[str]]:
        """The figures typed, and the problems with them (a bad cell never silently becomes 0)."""
        result, problems = {}, []
        for row in range(self.table.rowCount()):
            month = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            cents, error = validation.amount_cents(self.table.item(row, 1).text())
            if error:
                problems.append(f"{month[0]}-{month[1]:02d}: {in_language(error)}")
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
        months = [(y, m, c) for (y, m), c in spend.items()]
        summary = summarize(months, self.rules)
        self.value.set_months(months)
        self.spend_tier = summary.tier.value
        self._offer_spend_tier()
        last = month_index(*summary.last_month) if summary.last_month else month_index(self.today.year, self.today.month)
        shown = [month_of(i) for i in range(last - 11, last + 1)]
        self.chart.set_data([(f"{m:02d}", spend.get((y, m), 0)) for y, m in shown], summary.average_cents, summary.drop)
        self.summary.setText(self._describe(summary))

    def _describe(self, summary: SpendSummary) -> str:
        if summary.window is None:
            return self.tr("No spend recorded: the spend gives tier %1.").replace("%1", labels.tier(summary.tier))
        (y0, m0), (y1, m1) = summary.window
        text = self.tr("The spend gives tier <b>%1</b>: average %2 a month over %3 – %4 (%5 months).").replace(
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
        return text
