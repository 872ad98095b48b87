"""The Reports page: a period (week, month, quarter) for a rep or the team, its figures in a row, the charts
with their numbers, the team's table by rep, and the report as PDF (preview, print, save).

The figures are gathered off the GUI thread (models.reports.figures, one session); the words are the
PDF's (models/reports/report_text.py), so the page and the paper say the same."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QToolButton, QVBoxLayout, QWidget)

from models.brief.wording import Wording
from models.reports import report_text
from models.reports.period import KINDS, WEEK, Period
from ui.pages.base import Page
from ui.widgets.bar_chart import BarChart

if TYPE_CHECKING:
    from models.reports.figures import Figures
    from models.storage.db import Database

REP_COLUMNS = ("visits", "done", "cancelled", "won")


class ReportsPage(Page):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Reports"), parent)
        self.folders = None  # the window's UI settings: the folder last used for a file (set by the window)
        self.words = Wording(QLocale().name(), context="report")
        self.period = Period.of(WEEK, dt.date.today())
        self.loading = None  # the operation gathering the figures
        self.figures: Figures | None = None
        self.preview = None
        self._build()

    def _build(self) -> None:
        bar = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Period"))
        for kind, text in zip(KINDS, (self.tr("Week"), self.tr("Month"), self.tr("Quarter"))):
            self.kind.addItem(text, kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.earlier, self.later = QToolButton(), QToolButton()
        self.earlier.setText("◀")
        self.later.setText("▶")
        self.earlier.setToolTip(self.tr("The period before (Alt+Left)"))
        self.later.setToolTip(self.tr("The period after (Alt+Right)"))
        self.earlier.setShortcut("Alt+Left")
        self.later.setShortcut("Alt+Right")
        self.earlier.clicked.connect(lambda: self._go(self.period.preceding()))
        self.later.clicked.connect(lambda: self._go(self.period.following()))
        self.period_label = QLabel()
        self.rep = QComboBox()
        self.rep.setAccessibleName(self.tr("Rep"))
        self.rep.setMinimumContentsLength(12)
        self.rep.currentIndexChanged.connect(self.refresh)
        self.print_button = QPushButton(self.tr("Report as &PDF…"))
        self.print_button.clicked.connect(self.print_report)
        for widget in (self.kind, self.earlier, self.period_label, self.later):
            bar.addWidget(widget)
        bar.addSpacing(12)
        bar.addWidget(self.rep)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        self.body.addLayout(bar)

        self.message = QLabel()  # loading, or what went wrong
        self.message.setWordWrap(True)
        self.body.addWidget(self.message)
        self.content = QWidget()
        column = QVBoxLayout(self.content)
        column.setContentsMargins(0, 0, 0, 0)
        self.boxes = QGridLayout()
        column.addLayout(self.boxes)
        charts = QHBoxLayout()
        self.results_chart = BarChart(self.words(report_text.RESULTS_TITLE))
        self.follow_up_chart = BarChart(self.words(report_text.FOLLOW_UPS_TITLE))
        self.spend_chart = BarChart(self.words(report_text.LAST_MONTH_SPEND_TITLE).replace("%1", ""))
        for chart in (self.results_chart, self.follow_up_chart, self.spend_chart):
            charts.addWidget(chart, 1)
        column.addLayout(charts)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.notes)
        self.by_rep = QTableWidget(0, 1 + len(REP_COLUMNS))
        self.by_rep.setHorizontalHeaderLabels([self.words("Rep"), self.words("Visits"), self.words("Visits done"),
                                               self.words("Cancelled"), self.words("Won")])
        self.by_rep.verticalHeader().hide()
        self.by_rep.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.by_rep.horizontalHeader().setStretchLastSection(True)
        column.addWidget(self.by_rep, 1)
        self.body.addWidget(self.content, 1)
        self._show_period()

    # -- the period and the rep --------------------------------------------------------------------
    def _kind_changed(self) -> None:
        today = dt.date.today()  # (the period holding today, if the one shown does: not its first day's)
        self._go(Period.of(self.kind.currentData(), today if self.period.start <= today < self.period.end
                           else self.period.start))

    def _go(self, period: Period) -> None:
        self.period = period
        self._show_period()
        self.refresh()

    def _show_period(self) -> None:
        self.period_label.setText(f"<b>{self.period.label}</b>  {self.period.days_label}")

    def selected_rep(self) -> str | None:
        return self.rep.currentData()

    def set_database(self, db: Database | None) -> None:
        super().set_database(db)
        self.refresh()

    def set_owner(self, owner: str | None) -> None:
        """Whose work the window shows (the switch's Mine: the rep's report; Team: the team's)."""
        if self.rep.count() == 0:  # (before the reps are read: the team's first, as always)
            self.rep.blockSignals(True)
            self.rep.addItem(self.words("The team"), None)
            self.rep.blockSignals(False)
        if owner is not None and self.rep.findData(owner) < 0:
            self.rep.addItem(owner, owner)
        self.rep.setCurrentIndex(max(self.rep.findData(owner), 0) if owner is not None else 0)  # (refreshes)

    def _fill_reps(self, reps: list[str]) -> None:
        chosen = self.selected_rep()
        self.rep.blockSignals(True)
        self.rep.clear()
        self.rep.addItem(self.words("The team"), None)
        for name in reps:
            self.rep.addItem(name, name)
        self.rep.setCurrentIndex(max(self.rep.findData(chosen), 0) if chosen else 0)
        self.rep.blockSignals(False)

    # -- the figures -------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.db is None or not self.isVisible():
            self._stale = True
            return
        from models.reports.figures import figures
        from models.reports.service import reps  # (the book's modules: loaded by the thread that opens it)
        from ui.operations import in_background

        self._stale = False
        db, period, rep = self.db, self.period, self.selected_rep()
        self.message.setText(self.tr("Counting…"))
        # only the newest question's answer is shown (an earlier one still running is let finish)
        operation = in_background(lambda: (reps(db), figures(db, period, rep)),
                                  lambda result: self._show(result) if self.loading is operation else None,
                                  lambda exc: self._failed(exc) if self.loading is operation else None, self)
        self.loading = operation

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if getattr(self, "_stale", True):
            self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.loading = None
        self.content.hide()
        self.message.setText(self.tr("The figures could not be counted: %1").replace("%1", str(exc)))

    def _show(self, result) -> None:
        reps, f = result
        self.loading = None
        self.figures = f
        self._fill_reps(reps)
        self.message.setText("")
        self.content.show()
        self._show_boxes(f)
        w = self.words
        self.results_chart.set_bars(report_text.result_bars(f, w))
        self.follow_up_chart.set_bars(report_text.follow_up_bars(f))
        latest = [(w.label("tier", tier), months[-1][1] if months else 0, False) for tier, months in f.spend.items()]
        self.spend_chart.set_bars(latest, number=lambda cents: f"{cents / 100:,.0f}")
        self.spend_chart.title = w(report_text.LAST_MONTH_SPEND_TITLE).replace("%1", _month(f))
        self.notes.setText("\n".join(report_text.notes(f, w)))
        self._show_reps(f)

    def _show_boxes(self, f: Figures) -> None:
        while self.boxes.count():
            self.boxes.takeAt(0).widget().deleteLater()
        for column, figure in enumerate(report_text.key_figures(f, self.words)):
            box = QFrame()
            box.setObjectName("keyFigure")
            box.setStyleSheet("QFrame#keyFigure { background: palette(alternate-base); border-radius: 6px; }")
            inside = QVBoxLayout(box)
            colour = "#c62828" if figure.alert else "#1f4e79"
            for text, style in ((figure.label, "color: palette(placeholder-text);"),
                                (figure.number, f"color: {colour}; font-size: 20pt; font-weight: bold;"),
                                (figure.detail, "color: palette(placeholder-text);")):
                label = QLabel(text)
                label.setStyleSheet(style)
                label.setWordWrap(True)
                inside.addWidget(label)
            self.boxes.addWidget(box, 0, column)

    def _show_reps(self, f: Figures) -> None:
        rows = list(f.visits.by_rep.items()) if f.rep is None else []
        self.by_rep.setVisible(bool(rows))
        self.by_rep.setRowCount(len(rows))
        for row, (rep, counts) in enumerate(rows):
            self.by_rep.setItem(row, 0, QTableWidgetItem(rep or "–"))
            for column, key in enumerate(REP_COLUMNS, 1):
                item = QTableWidgetItem(f"{counts.get(key, 0):,}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.by_rep.setItem(row, column, item)
        self.by_rep.resizeColumnsToContents()

    # -- the PDF -----------------------------------------------------------------------------------
    def print_report(self) -> None:
        """The report as PDF, made off the GUI thread, then previewed (print, save)."""
        from models.book import preferences
        from models.reports.service import report_pdf
        from ui.dialogs.brief_preview import BriefPreview
        from ui.errors import report_exception
        from ui.operations import in_background

        if self.db is None:
            return
        db, period, rep, lang = self.db, self.period, self.selected_rep(), QLocale().name()
        name = f"{period.label}{'-' + rep if rep else ''}.pdf"
        self.print_button.setEnabled(False)

        def show(result) -> None:
            self.print_button.setEnabled(True)
            self.preview = BriefPreview(result[0], name, self, self.folders)
            self.preview.setWindowTitle(name)
            self.preview.open()

        def failed(exc) -> None:
            self.print_button.setEnabled(True)
            self.error_dialog = report_exception(exc, parent=self)

        self.pdf_operation = in_background(lambda: report_pdf(db, period, rep, lang, preferences.paper(db)), show,
                                           failed, self)


def _month(f: Figures) -> str:
    (year, month), _cents = next(iter(f.spend.values()))[-1]
    return f"{year}-{month:02d}"

