"""The agenda: visits of a day or a week (today first), each with its status and readiness (one text for
every view: models.visits.readiness). Enter opens a visit; Delete deletes it (after asking); the context menu
(or the menu key) opens, cancels or deletes it."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QContextMenuEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.visits.agenda import AgendaVisit, agenda
from ui import labels

if TYPE_CHECKING:
    from models.storage.db import Database

NOT_READY = QColor("#c62828")
CANCELLED = QColor("#8a8a8a")
ID_ROLE = Qt.ItemDataRole.UserRole
DAY_ROLE = Qt.ItemDataRole.UserRole + 1
REP_COLUMN = 5
ABOUT_ROLE = Qt.ItemDataRole.UserRole + 2  # "2026-11-20 10:00 华信科技有限公司", for the forms
CLOSED_ROLE = Qt.ItemDataRole.UserRole + 3  # done or cancelled: nothing to cancel


class AgendaView(QWidget):
    open_visit = Signal(int)
    new_visit_requested = Signal()
    print_day_requested = Signal(object)  # datetime.date
    cancel_requested = Signal(int, str)  # visit id, what it is (for the form)
    delete_requested = Signal(int, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.db: Database | None = None
        self.owner: str | None = None  # the rep whose visits (None: everyone's)
        self.first_day = dt.date.today()
        self.span = QComboBox()
        self.span.addItem(self.tr("Week"), 7)
        self.span.addItem(self.tr("Day"), 1)
        self.span.currentIndexChanged.connect(self.refresh)
        self.previous = QPushButton("◀")
        self.previous.setAccessibleName(self.tr("Earlier"))
        self.previous.clicked.connect(lambda: self.move(-1))
        self.today_button = QPushButton(self.tr("&Today"))
        self.today_button.clicked.connect(self.go_today)
        self.next = QPushButton("▶")
        self.next.setAccessibleName(self.tr("Later"))
        self.next.clicked.connect(lambda: self.move(1))
        self.range_label = QLabel()
        self.new_button = QPushButton(self.tr("&New visit…"))
        self.new_button.clicked.connect(self.new_visit_requested)
        self.print_day_button = QPushButton(self.tr("Day &sheet…"))
        self.print_day_button.setToolTip(self.tr("Every visit of the selected day in one PDF, after a summary page"))
        self.print_day_button.clicked.connect(lambda: self.print_day_requested.emit(self.selected_day()))
        bar = QHBoxLayout()
        for widget in (self.span, self.previous, self.today_button, self.next, self.range_label):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.print_day_button)
        bar.addWidget(self.new_button)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Time"), self.tr("Customer"), self.tr("Place"), self.tr("Purpose"),
                                   self.tr("Status"), self.tr("Rep")])  # (the rep: in the team's view only)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        for column, width in enumerate((70, 220, 200)):
            self.tree.setColumnWidth(column, width)
        header = self.tree.header()  # the purpose takes what is left; the status is always in view
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REP_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._activated)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.installEventFilter(self)
        self.empty = QLabel(self.tr("No visits in these days. Plan one with New visit… (Ctrl+Shift+N) or from a "
                                    "customer's row on the Customers page."))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text); padding: 30px;")
        self.problem = QLabel()  # the error state: the visits could not be read, and why
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("padding: 30px;")
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.problem)

    def set_database(self, db: Database | None) -> None:
        self.db = db
        self.refresh()

    def days(self) -> int:
        return self.span.currentData()

    def move(self, steps: int) -> None:
        self.first_day += dt.timedelta(days=steps * self.days())
        self.refresh()

    def go_today(self) -> None:
        self.first_day = dt.date.today()
        self.refresh()

    def refresh(self) -> None:
        last = self.first_day + dt.timedelta(days=self.days() - 1)
        locale = QLocale()
        # the days as Today's heading writes them (2026年12月3日, December 3, 2026), without the weekday
        fmt = re.sub(r"dddd[,，]?\s*|\s*[,，]?dddd", "", locale.dateFormat(QLocale.FormatType.LongFormat)).strip()
        self.range_label.setText(locale.toString(self.first_day, fmt) if self.days() == 1 else
                                 f"{locale.toString(self.first_day, fmt)} – {locale.toString(last, fmt)}")
        self.tree.clear()
        self.tree.setColumnHidden(REP_COLUMN, self.owner is not None)
        try:
            rows = agenda(self.db, self.first_day, self.days(), self.owner) if self.db is not None else []
        except Exception as exc:  # expected trouble: said in the page, not as "no visits" (a bug: reported)
            from ui.errors import known_trouble

            self._show_problem(known_trouble(exc))
            return
        self._fill(rows)
        self.problem.hide()
        self.tree.setVisible(bool(rows))
        self.empty.setVisible(not rows)

    def _show_problem(self, message: str) -> None:
        self.tree.hide()
        self.empty.hide()
        self.problem.setText(self.tr("The visits of these days could not be read: %1 Press F5 to try again.")
                             .replace("%1", message))
        self.problem.show()

    def _fill(self, rows: list[AgendaVisit]) -> None:
        today = dt.date.today()
        locale = QLocale()
        day_items: dict[dt.date, QTreeWidgetItem] = {}
        for visit in rows:
            day = visit.start.date()
            header = day_items.get(day)
            if header is None:
                title = locale.toString(day, QLocale.FormatType.LongFormat)
                if day == today:
                    title = self.tr("Today, %1").replace("%1", title)
                header = QTreeWidgetItem(self.tree, [title])
                header.setFirstColumnSpanned(True)
                font = header.font(0)
                font.setBold(True)
                header.setFont(0, font)
                header.setFlags(Qt.ItemFlag.ItemIsEnabled)
                day_items[day] = header
            self.tree.addTopLevelItem(self._row(visit))
        self.tree.expandAll()

    def _row(self, visit: AgendaVisit) -> QTreeWidgetItem:
        state = visit.readiness
        item = QTreeWidgetItem([f"{visit.start:%H:%M}", visit.customer_name, visit.place,
                                " ".join(visit.purpose.split()), labels.readiness(state), visit.owner])
        item.setData(0, ID_ROLE, visit.id)
        item.setData(0, DAY_ROLE, visit.start.date())
        item.setData(0, ABOUT_ROLE, f"{visit.start:%Y-%m-%d %H:%M} {visit.customer_name}")
        item.setData(0, CLOSED_ROLE, not state.is_open)
        item.setToolTip(4, labels.readiness(state))
        if state.alert:
            item.setForeground(4, QBrush(NOT_READY))
        if visit.status == "cancelled":
            for column in range(REP_COLUMN + 1):
                item.setForeground(column, QBrush(CANCELLED))
        return item

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        visit_id = item.data(0, ID_ROLE)
        if visit_id is not None:
            self.open_visit.emit(visit_id)

    def eventFilter(self, watched, event) -> bool:
        from PySide6.QtCore import QEvent

        if watched is self.tree and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete:
            item = self.tree.currentItem()
            if item is not None and item.data(0, ID_ROLE) is not None:
                self.delete_requested.emit(item.data(0, ID_ROLE), item.data(0, ABOUT_ROLE))
                return True
        if watched is self.tree and event.type() == QEvent.Type.ContextMenu \
                and event.reason() == QContextMenuEvent.Reason.Keyboard:
            # the menu key: the selected visit's menu, under it (Qt's point is in the tree's coordinates,
            # not the list's, so it would name the line below)
            item = self.tree.currentItem()
            if item is not None:
                self._context_menu(self.tree.visualItemRect(item).center(), item)
            return True
        return super().eventFilter(watched, event)

    def _context_menu(self, point, item: QTreeWidgetItem | None = None) -> None:
        from PySide6.QtWidgets import QMenu

        item = item or self.tree.itemAt(point) or self.tree.currentItem()
        if item is None or item.data(0, ID_ROLE) is None:
            return
        visit_id, about = item.data(0, ID_ROLE), item.data(0, ABOUT_ROLE)
        menu = QMenu(self.tree)
        menu.addAction(self.tr("&Open")).triggered.connect(lambda: self.open_visit.emit(visit_id))
        cancel = menu.addAction(self.tr("&Cancel visit…"))
        cancel.triggered.connect(lambda: self.cancel_requested.emit(visit_id, about))
        cancel.setEnabled(not item.data(0, CLOSED_ROLE))
        menu.addAction(self.tr("&Delete visit…\tDel")).triggered.connect(
            lambda: self.delete_requested.emit(visit_id, about))
        self.context_menu = menu  # tests reach the open menu here
        menu.popup(self.tree.viewport().mapToGlobal(point))

    def take_keys(self) -> None:
        """The list takes the keyboard, with a visit selected (the first shown, if none was)."""
        self.tree.setFocus()
        current = self.tree.currentItem()
        if current is None or current.data(0, ID_ROLE) is None:  # (a day's heading is not a visit)
            for i in range(self.tree.topLevelItemCount()):
                if self.tree.topLevelItem(i).data(0, ID_ROLE) is not None:
                    self.tree.setCurrentItem(self.tree.topLevelItem(i))
                    return

    def selected_day(self) -> dt.date:
        """The day of the selected visit, else the first day shown."""
        item = self.tree.currentItem()
        day = item.data(0, DAY_ROLE) if item is not None else None
        return day or self.first_day

    def select_visit(self, visit_id: int) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, ID_ROLE) == visit_id:
                self.tree.setCurrentItem(item)
                return
