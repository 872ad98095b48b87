"""Customers: the whole book in a table that stays fast at 100,000 rows, with search and filters."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QToolButton,
    QWidget,
)

from models.vocabulary import LifecycleStage, Segment, Tier
from ui import labels
from ui.first_paint import after_next_paint
from ui.item_models.roles import ID_ROLE
from ui.pages.base import Page

# The services (and SQLAlchemy under them) are imported where they are used: the page is built before
# the window's first paint, the database is opened after it.
if TYPE_CHECKING:
    from models.book.customer_list import CustomerQuery
    from models.book.customers import CustomerData
    from models.book.undo import Change
    from models.storage.db import Database
    from ui.item_models.customer_table import CustomerTableModel

COUNT_DELAY_MS = 300


def confirm_delete(parent: QWidget, name: str) -> bool:
    """Ask before deleting (a module function, so tests can answer it)."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("CustomersPage", "Delete customer"),
        QCoreApplication.translate("CustomersPage", "Delete %1 with its contacts, spend, dates, visits and outcomes?\n"
                                   "Edit > Undo brings it back.").replace("%1", name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


class CustomersPage(Page):
    status_message = Signal(str)
    plan_visit_requested = Signal(int)  # customer id
    open_visit_requested = Signal(int, object)  # visit id, the window it is opened over (the open record)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Customers"), parent)
        self.model: CustomerTableModel | None = None
        self.scope_owner: str | None = None  # the rep whose customers the switch shows (None: everyone's)
        self.me: str | None = None  # the rep using the app (who hands a customer over)
        self._built = False
        self._stale = False

    def ensure_built(self) -> None:
        """Build the toolbar and table on first use: the window opens on Today, and its first paint
        should not wait for a page nobody sees yet."""
        if self._built:
            return
        self._built = True
        self._build_toolbar()
        self._show_owner()
        self._build_table()
        self.empty_state = self.add_empty_state(self.tr("No customers to show yet."))
        # Counting matches is a second scan: it runs once typing pauses, after the rows are on screen,
        # and only when the filter changed (a sort does not change the count).
        self._count_timer = QTimer(self, singleShot=True, interval=COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._update_count)
        self._build_actions()

    def showEvent(self, event) -> None:
        self.ensure_built()
        if self._stale and self.model is not None:
            self._stale = False
            self.model.refresh()  # visits were planned meanwhile: next-visit dates changed
        super().showEvent(event)

    def mark_stale(self) -> None:
        """The rows changed elsewhere; reload them when the page is shown next (now, if it is shown)."""
        if self.isVisible() and self.model is not None:
            self.model.refresh()
        else:
            self._stale = True

    # -- building ----------------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        self.search = QLineEdit()
        self.search.setMinimumWidth(240)  # the filters beside it never squeeze what is typed out of sight
        self.search.setPlaceholderText(self.tr("Search names, contacts, phone, email, city…  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search customers"))
        self.search.textChanged.connect(self._query_changed)
        self.search.installEventFilter(self)
        self.segment = self._combo(self.tr("All segments"), [(s.value, labels.segment(s.value)) for s in Segment])
        self.tier = self._combo(self.tr("All tiers"), [(t.value, labels.tier(t.value)) for t in Tier])
        self.stage = self._combo(self.tr("All stages"), [(s.value, labels.stage(s.value)) for s in LifecycleStage])
        self.tag = self._combo(self.tr("All tags"), [])
        self.owner = self._combo(self.tr("All owners"), [])
        self.spend_drop = QCheckBox(self.tr("Spend &drop"))
        self.spend_drop.toggled.connect(self._query_changed)
        self.archived = QCheckBox(self.tr("Show &archived"))
        self.archived.toggled.connect(self._query_changed)
        self.new_button = QToolButton()
        self.count_label = QLabel()
        # the search and New on a line of their own, the filters and the count under them: at any width of
        # the window, nothing lies over the search
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.new_button)
        filters = QHBoxLayout()
        for widget in (self.segment, self.tier, self.stage, self.tag, self.owner, self.spend_drop, self.archived):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        self.body.addLayout(row)
        self.body.addLayout(filters)

    def _combo(self, everything: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, None)
        for value, text in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(self._query_changed)
        return combo

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_indicator_moved)  # (after the view's)
        self.table.doubleClicked.connect(lambda index: self.open_customer(index))
        self.table.installEventFilter(self)
        self.body.addWidget(self.table, 1)

    def _build_actions(self) -> None:
        """New and Find live in the window's menus (Ctrl+N, Ctrl+F); these act on the table's selection."""
        self.new_button.setText(self.tr("&New…"))
        self.new_button.clicked.connect(self.new_customer)
        self.open_action = QAction(self.tr("&Open"), self.table)
        self.open_action.triggered.connect(lambda: self.open_customer())
        self.archive_action = QAction(self.tr("&Archive / Unarchive"), self.table)
        self.archive_action.triggered.connect(self.toggle_archived)
        self.delete_action = QAction(self.tr("&Delete…"), self.table)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.triggered.connect(self.delete_customer)
        self.plan_visit_action = QAction(self.tr("Plan a &visit…"), self.table)
        self.plan_visit_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.plan_visit_action.triggered.connect(self.plan_visit)
        self.hand_over_action = QAction(self.tr("&Hand Over to…"), self.table)
        self.hand_over_action.triggered.connect(self.hand_over)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (self.open_action, self.plan_visit_action, self.hand_over_action, self.archive_action,
                       self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.table.addAction(action)

    # -- data --------------------------------------------------------------------------------------
    def set_database(self, db: Database | None) -> None:
        from ui.item_models.customer_table import CustomerTableModel

        super().set_database(db)
        if db is None:  # closed: nothing reads it any more
            if self.model is not None:
                self._count_timer.stop()
                self.table.setModel(None)
                self.model.deleteLater()
                self.model = None
            return
        self.ensure_built()
        self.model = CustomerTableModel(db, self)
        self.model.trouble.connect(self._show_trouble)
        self.model.set_query(self.current_query())
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.blockSignals(True)  # show the order the query already has, without sorting again
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        self._resize_columns()
        self._show_found_column()
        self._count_timer.start()
        after_next_paint(self.table.viewport(), self.reload_choices)  # the filter lists can wait for the rows

    def reload_choices(self) -> None:
        from models.book import customers as customer_service

        from ui.errors import known_trouble

        if self.db is None:
            return
        try:
            owners = customer_service.owners(self.db)
            if self.scope_owner is not None and self.scope_owner not in owners:
                owners.append(self.scope_owner)  # (a rep with no customer yet: their list is empty)
            choices = ((self.tag, customer_service.tag_names(self.db)), (self.owner, owners))
        except Exception as exc:
            self._show_trouble(known_trouble(exc))
            return
        for combo, values in choices:
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def set_owner(self, owner: str | None) -> None:
        """The switch of whose work: the rep's customers (their name in the owners' filter) or everyone's."""
        self.scope_owner = owner
        if self._built:
            self._show_owner()

    def _show_owner(self) -> None:
        owner = self.scope_owner
        index = 0 if owner is None else self.owner.findData(owner)
        if index < 0:
            self.owner.addItem(owner, owner)
            index = self.owner.count() - 1
        self.owner.setCurrentIndex(index)
        # under Mine the switch says whose customers: another rep's are the team's view
        self.owner.setEnabled(owner is None)
        self.owner.setToolTip(self.tr("Mine shows your customers: switch to Team (under the pages) to see "
                                      "another rep's.") if owner is not None else "")

    def current_query(self) -> CustomerQuery:
        from models.book.customer_list import CustomerQuery

        sort = self.model.query if self.model else CustomerQuery()
        return CustomerQuery(
            search=self.search.text(), segment=self.segment.currentData(), tier=self.tier.currentData(),
            stage=self.stage.currentData(), tag=self.tag.currentData(), owner=self.owner.currentData(),
            spend_drop=self.spend_drop.isChecked(), include_archived=self.archived.isChecked(),
            sort=sort.sort, descending=sort.descending)

    def _query_changed(self, *_args) -> None:
        if self.model is not None:
            self.model.set_query(self.current_query())
            self.table.scrollToTop()  # a new search or filter shows its first rows, wherever the old list was
            self._show_found_column()
            self.count_label.setText(self.tr("Counting…"))
            self._count_timer.start()

    def _show_trouble(self, message: str) -> None:
        self.count_label.setText(message)

    def _update_count(self) -> None:
        from models.book.customer_list import count
        from ui.errors import known_trouble

        if self.model is None or self.db is None:
            return
        try:
            shown = count(self.db, self.model.query)
        except Exception as exc:
            self._show_trouble(known_trouble(exc))
            return
        self.count_label.setText(self.tr("%Ln customer(s)", "", shown))
        has_any = shown > 0 or any((self.search.text(), self.segment.currentIndex(), self.tier.currentIndex(),
                                    self.stage.currentIndex(), self.tag.currentIndex(), self.owner.currentIndex(),
                                    self.spend_drop.isChecked()))
        self.table.setVisible(has_any)
        self.empty_state.setVisible(not has_any)

    def _show_found_column(self) -> None:
        """"Found by" (a contact, a phone, the pinyin…) only while a search is typed."""
        from ui.item_models.customer_table import FOUND_COLUMN

        self.table.setColumnHidden(FOUND_COLUMN, not self.model.query.search.strip())

    def _sort_indicator_moved(self, section: int, _order) -> None:
        """A click on a column the list does not sort by ("Found by") leaves the arrow where the order is."""
        from ui.item_models.customer_table import COLUMNS

        query = self.model.query if self.model else None
        if query is not None and COLUMNS[section][1] != query.sort:
            sorted_by = next(i for i, (_header, key) in enumerate(COLUMNS) if key == query.sort)
            order = Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(sorted_by, order)
            header.blockSignals(False)

    def _resize_columns(self) -> None:
        widths = [260, 200, 110, 110, 90, 130, 100, 100]  # (Found by, the second, shows only while searching)
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_customer(self, customer_id: int, max_pages: int = 50) -> None:
        """Select the customer, paging further in (up to ``max_pages`` pages, ~2 ms each) to reach it."""
        if self.model is None:
            return
        row = self.model.row_of(customer_id)
        while row < 0 and max_pages > 0 and self.model.canFetchMore():
            first_new = self.model.rowCount()
            self.model.fetchMore()
            max_pages -= 1
            found = self.model.row_of(customer_id)
            row = found if found >= first_new else row
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    # -- actions -----------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.ensure_built()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if watched is self.search and key == Qt.Key.Key_Escape:
                self.search.clear()
                self.table.setFocus()
                return True
            if watched is self.search and key == Qt.Key.Key_Down:
                self.table.setFocus()
                if self.model and self.model.rowCount():
                    self.table.selectRow(0)
                return True
            if watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_customer()
                return True
        return super().eventFilter(watched, event)

    def new_customer(self) -> None:
        self._edit(None)

    def edit_customer(self, customer_id: int) -> None:
        self._edit(customer_id)

    def plan_visit(self) -> None:
        customer_id = self.selected_id()
        if customer_id is not None:
            self.plan_visit_requested.emit(customer_id)

    def open_customer(self, index: QModelIndex | None = None) -> None:
        customer_id = index.data(ID_ROLE) if index is not None and index.isValid() else self.selected_id()
        if customer_id is not None:
            self._edit(customer_id)

    def _edit(self, customer_id: int | None) -> None:
        from models.book import customers as customer_service
        from ui.dialogs.customer_editor import CustomerEditor

        if self.db is None:
            return
        data = customer_service.load(self.db, customer_id) if customer_id is not None else None
        editor = CustomerEditor(self.db, data, self._save_from_editor, self)
        if data is not None:
            editor.activity.set_customer(self.db, data.id, data.name, self.push_change)
            editor.activity.open_visit.connect(lambda visit_id: self.open_visit_requested.emit(visit_id, editor))
        editor.open()
        self.editor = editor  # tests and the window reach the open editor here

    def _save_from_editor(self, data: CustomerData) -> None:
        """Called by the editor; raises KnownError (the editor shows it and keeps what was typed)."""
        from models.book import customers as customer_service

        change = customer_service.save(self.db, data)
        if not change:  # nothing to write (nor to undo); the record may have been saved elsewhere: show it now
            self.after_change(data.id)
            return
        text = self.tr("New customer %1") if data.id is None else self.tr("Edit %1")
        self._push(change, text.replace("%1", data.name.strip()))

    def toggle_archived(self) -> None:
        from models.book import customers as customer_service

        customer_id = self.selected_id()
        if customer_id is None or self.db is None:
            return
        row = self.model.rows[self.model.row_of(customer_id)]
        change = customer_service.set_archived(self.db, customer_id, not row.archived)
        text = self.tr("Unarchive %1") if row.archived else self.tr("Archive %1")
        self._push(change, text.replace("%1", row.name))

    def hand_over(self) -> None:
        """Hand the selected customer over to another rep of the team (undoable)."""
        from models.book.customers import owner_of
        from models.team.reps import names
        from ui.dialogs.hand_over_dialog import HandOverDialog

        customer_id = self.selected_id()
        if customer_id is None or self.db is None:
            return
        row = self.model.rows[self.model.row_of(customer_id)]
        self.hand_over_dialog = HandOverDialog(row.name, owner_of(self.db, customer_id), names(self.db), self)
        self.hand_over_dialog.accepted.connect(lambda: self._hand_over(customer_id, self.hand_over_dialog.chosen()))
        self.hand_over_dialog.open()

    def _hand_over(self, customer_id: int, to: str | None) -> None:
        from models.errors import KnownError
        from models.team.hand_over import hand_over
        from ui.errors import show_known_error

        if to is None:
            return
        try:
            done = hand_over(self.db, customer_id, to, by=self.me or "")
        except KnownError as exc:
            show_known_error(self, exc)
            return
        self._push(done.change, self.tr("Hand %1 over to %2").replace("%1", done.customer).replace("%2", to))
        self.status_message.emit(
            self.tr("%1 is %2's now. With it went: visits to come %3, open follow-ups %4, open promises %5.")
            .replace("%1", done.customer).replace("%2", to).replace("%3", str(done.visits))
            .replace("%4", str(done.follow_ups)).replace("%5", str(done.promises)))

    def delete_customer(self) -> None:
        from models.book import customers as customer_service

        customer_id = self.selected_id()
        if customer_id is None or self.db is None:
            return
        name = self.model.rows[self.model.row_of(customer_id)].name
        if not confirm_delete(self, name):
            return
        change = customer_service.delete_customer(self.db, customer_id)
        self._push(change, self.tr("Delete %1").replace("%1", name))

    def _push(self, change: Change, text: str) -> None:
        if self.push_change is not None:
            self.push_change(change, text)  # the window refreshes every page, this one included
        else:
            self.after_change(change.customer_id)
        self.status_message.emit(text)

    def after_change(self, customer_id: int | None = None) -> None:
        """The book changed (here, or by an undo, an import, another page): show it as it is now."""
        if not self._built:
            self._stale = True
            return
        self._after_change(customer_id)

    def _after_change(self, customer_id: int | None) -> None:
        self.reload_choices()
        if self.model is not None:
            self.model.refresh()
            if customer_id is not None:
                self.select_customer(customer_id)
            self._count_timer.start()
