"""The complete list of one Today section: searchable (customer, contact, phone, city, the line's text),
a page of lines at a time, with the same keys as Today (ui.loop_actions). Alt+Left / Alt+Right turn the
page. Each page is read off the GUI thread (a search of 100,000 customers takes a moment); only the
newest one asked for is shown."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.visits import today
from ui.widgets.work_tree import ActionBar, WorkTree

if TYPE_CHECKING:
    from models.storage.db import Database
    from ui.loop_actions import LoopActions
    from ui.widgets.today_lists import TodayLists

PAGE = 200
SEARCH_DELAY_MS = 250


class ShowAllDialog(QDialog):
    loaded = Signal()  # a page is shown
    failed = Signal(object)  # reading a page failed: the exception, for the window's report

    def __init__(self, db: Database, key: str, title: str, actions: LoopActions, lists: TodayLists,
                 parent: QWidget | None = None, owner: str | None = None):
        super().__init__(parent)
        self.db, self.key, self.actions, self.lists, self.owner = db, key, actions, lists, owner
        self.offset, self.total = 0, 0
        self._generation = 0
        self._pages_shown = 0
        self.operation = None
        self.setWindowTitle(title)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search: customer, contact, phone, city or the line's text"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(lambda: self.go(0))
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._focus_list)
        self.tree = WorkTree(actions)
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Customer"), self.tr("What"), self.tr("Status")])
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.bar = ActionBar(self.tree, self.tr("↑↓ a line · Enter opens it · Alt+←/→ the page"))
        self.where = QLabel()
        self.previous = QPushButton(self.tr("◀ &Previous"))
        self.previous.clicked.connect(lambda: self.go(self.offset - PAGE))
        self.next = QPushButton(self.tr("&Next ▶"))
        self.next.clicked.connect(lambda: self.go(self.offset + PAGE))
        QShortcut(QKeySequence("Alt+Left"), self, activated=self.previous.click)
        QShortcut(QKeySequence("Alt+Right"), self, activated=self.next.click)
        pager = QHBoxLayout()
        pager.addWidget(self.where, 1)
        pager.addWidget(self.previous)
        pager.addWidget(self.next)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.bar)
        layout.addWidget(self.tree, 1)
        layout.addLayout(pager)
        layout.addWidget(buttons)
        actions.changed.connect(self.reload)
        self.resize(1000, 640)
        self.go(0)

    def go(self, offset: int) -> None:
        self.offset = max(0, offset)
        self.reload()

    def reload(self) -> None:
        from ui.operations import in_background

        self._generation += 1
        generation, db, key, offset, search = self._generation, self.db, self.key, self.offset, self.search.text()
        owner = self.owner
        # (no parent: a page still being read when the dialog goes is dropped, not reported to it)
        self.operation = in_background(lambda: (generation, today.section(db, key, dt.datetime.now(), PAGE, offset,
                                                                          search, owner)), self._show, self.failed.emit)

    def _show(self, result) -> None:
        generation, section = result
        if generation != self._generation:  # a newer page (or search) is on its way
            return
        index = self.tree.indexOfTopLevelItem(self.tree.currentItem()) if self.tree.currentItem() else 0
        if self.offset and not section.lines and section.total:  # the last page emptied: go back one
            return self.go(self.offset - PAGE)
        self.total = section.total
        self.tree.clear()
        for line in section.lines:
            texts, _alert = self.lists.texts(self.key, line)
            item = QTreeWidgetItem(self.tree, [" ".join(str(t).split()) for t in texts])
            WorkTree.set_line(item, line)
        for column in (0, 1, 3):
            self.tree.resizeColumnToContents(column)
        first, last = (self.offset + 1, self.offset + len(section.lines)) if section.lines else (0, 0)
        self.where.setText(self.tr("%1–%2 of %3").replace("%1", f"{first:,}").replace("%2", f"{last:,}")
                           .replace("%3", f"{self.total:,}"))
        self.previous.setEnabled(self.offset > 0)
        self.next.setEnabled(self.offset + PAGE < self.total)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(min(max(index, 0), self.tree.topLevelItemCount() - 1)))
        self._pages_shown += 1
        if self._pages_shown == 1:
            self._focus_list()  # the first page: the keys work at once
        self.loaded.emit()

    def _focus_list(self) -> None:
        self.tree.setFocus()
        if self.tree.currentItem() is None and self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def done(self, result: int) -> None:
        try:
            self.actions.changed.disconnect(self.reload)
        except (RuntimeError, TypeError):
            pass
        super().done(result)
