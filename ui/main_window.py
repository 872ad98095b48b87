"""The main window: navigation between the pages, menus, status bar, remembered size and layout."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from models import APP_NAME, __version__
from models.storage.paths import DataPaths
from ui.database_controller import DatabaseController
from ui.first_paint import after_next_paint
from ui.pages.base import Page
from ui.pages.today import TodayPage
from ui.pages.visits import VisitsPage
from ui.settings import UiSettings
from ui.widgets.scope_switch import ScopeSwitch

if TYPE_CHECKING:
    from ui.backup_ui import BackupUi
    from ui.interchange_ui import InterchangeUi
    from ui.pages.customers import CustomersPage
    from ui.pages.reports import ReportsPage
    from ui.team_ui import TeamUi


NAVIGATION_STYLE = """
QFrame#side { border: none; border-right: 1px solid palette(midlight); background: palette(window); }
QListWidget#navigation { border: none; background: palette(window); padding-top: 12px; outline: 0; }
QListWidget#navigation::item { padding: 8px 14px; margin: 1px 8px; border-radius: 5px; }
QListWidget#navigation::item:selected { background: palette(highlight); color: palette(highlighted-text); }
"""


class MainWindow(QMainWindow):
    database_ready = Signal()

    def __init__(self, paths: DataPaths, database_url: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.paths = paths
        self.settings = UiSettings(paths.ui_settings)
        self.database = DatabaseController(database_url, self)
        self.undo_stack = QUndoStack(self)
        self.undo_report = None  # the last "undone, except…" message
        self.backups: BackupUi | None = None  # built after the first paint
        self.interchange: InterchangeUi | None = None
        self.team: TeamUi | None = None
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(QSize(720, 480))

        self.today = TodayPage()
        self.today.ui_settings = self.settings
        # The customer page's module loads the Qt namespace and the item views (~25 ms): a placeholder
        # with its heading shows in the first paint, and the real page replaces it right after.
        self.customers: CustomersPage | Page = Page(QCoreApplication.translate("CustomersPage", "Customers"))
        self.visits = VisitsPage()
        self.reports: ReportsPage | Page = Page(QCoreApplication.translate("ReportsPage", "Reports"))  # (likewise)
        self.pages: list[Page] = [self.today, self.customers, self.visits, self.reports]
        self._build_central()
        self._build_menus()
        self._build_status_bar()
        self._connect_database()
        self._restore_layout()
        after_next_paint(self, self._after_first_paint)

    def _after_first_paint(self) -> None:
        # Registering the first shortcut costs ~20 ms; nobody can press a key before the window shows.
        keys_of: dict[QAction, list[QKeySequence]] = {}
        for action, keys in self._shortcuts:
            keys_of.setdefault(action, []).append(keys)
        for action, keys in keys_of.items():
            action.setShortcuts(keys)
        self._build_file_actions()
        self._build_customers_page()
        self._build_reports_page()
        self.database.open()

    def _build_file_actions(self) -> None:
        """Import/export and backups (their modules and objects are not needed for the first paint)."""
        from ui.backup_ui import BackupUi
        from ui.interchange_ui import InterchangeUi

        self.interchange = InterchangeUi(self, self._file_menu, self._before_quit)
        self._file_menu.insertSeparator(self._before_quit)
        self.backups = BackupUi(self, self._file_menu, self._before_quit)
        from ui.team_ui import TeamUi

        self._file_menu.insertSeparator(self._before_quit)
        self.team = TeamUi(self, self._file_menu, self._before_quit)

    def _build_customers_page(self) -> None:
        from ui.pages.customers import CustomersPage

        page = CustomersPage()
        page.push_change = self.push_change
        page.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        page.plan_visit_requested.connect(self.new_visit)
        page.open_visit_requested.connect(self.visits.open_visit)
        self.visits.visits_changed.connect(page.mark_stale)
        self.today.open_customer.connect(page.edit_customer)
        page.set_owner(self.scope.owner())
        page.me = self.scope.me
        self._replace_page(self.customers, page)
        self.customers = page

    def _build_reports_page(self) -> None:
        from ui.pages.reports import ReportsPage

        page = ReportsPage()
        page.folders = self.settings
        page.set_owner(self.scope.owner())
        page.set_database(self.reports.db)
        self._replace_page(self.reports, page)
        self.reports = page

    def _replace_page(self, old: Page, new: Page) -> None:
        index = self.pages.index(old)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, new)
        self.stack.removeWidget(old)
        old.deleteLater()
        self.pages[index] = new
        self.stack.setCurrentIndex(current)

    # -- layout ------------------------------------------------------------------------------------
    def _build_central(self) -> None:
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(170)
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.stack = QStackedWidget()
        for page in self.pages:
            QListWidgetItem(page.title, self.navigation)
            self.stack.addWidget(page)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.navigation.currentRowChanged.connect(self._sync_view_actions)
        # the pages as tall as they are, the switch of whose work right under them
        rows = self.navigation.count()
        self.navigation.setFixedHeight(rows * (self.navigation.sizeHintForRow(0) + 18) + 20)
        self.scope = ScopeSwitch()
        self.scope.changed.connect(self._scope_changed)
        side_widget = QFrame(objectName="side")
        side_widget.setStyleSheet(NAVIGATION_STYLE)
        side_widget.setFixedWidth(171)
        side = QVBoxLayout(side_widget)
        side.setContentsMargins(0, 0, 1, 0)
        side.setSpacing(0)
        side.addWidget(self.navigation)
        side.addWidget(self.scope)
        side.addStretch(1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side_widget)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _build_menus(self) -> None:
        self._shortcuts: list[tuple[QAction, QKeySequence]] = []
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&File"))
        self.load_demo_action = file_menu.addAction(self.tr("Load &Demo Data…"))
        self.load_demo_action.setEnabled(False)
        self.load_demo_action.triggered.connect(self.offer_demo)
        new_customer = file_menu.addAction(self.tr("&New Customer…"))
        self._shortcuts.append((new_customer, QKeySequence(QKeySequence.StandardKey.New)))
        new_customer.triggered.connect(lambda: (self.show_page(1), self.customers.new_customer()))
        new_visit = file_menu.addAction(self.tr("New &Visit…"))
        self._shortcuts.append((new_visit, QKeySequence("Ctrl+Shift+N")))
        new_visit.triggered.connect(lambda: self.new_visit())
        file_menu.addSeparator()
        self._file_menu = file_menu
        self._before_quit = file_menu.addSeparator()  # import/export and backups go above it after the first paint
        quit_action = file_menu.addAction(self.tr("&Quit"))
        self._shortcuts.append((quit_action, QKeySequence(QKeySequence.StandardKey.Quit)))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)

        edit_menu = menu_bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self._shortcuts.append((self.undo_action, QKeySequence(QKeySequence.StandardKey.Undo)))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self._shortcuts.append((self.redo_action, QKeySequence("Ctrl+Shift+Z")))
        self._shortcuts.append((self.redo_action, QKeySequence("Ctrl+Y")))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        from ui.import_undo import ImportUndo

        self.import_undo = ImportUndo(self)
        edit_menu.addAction(self.import_undo.action)
        edit_menu.addSeparator()
        find = edit_menu.addAction(self.tr("&Find Customer"))
        self._shortcuts.append((find, QKeySequence(QKeySequence.StandardKey.Find)))
        find.triggered.connect(lambda: (self.show_page(1), self.customers.focus_search()))
        edit_menu.addSeparator()
        settings = edit_menu.addAction(self.tr("&Settings…"))
        settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self._shortcuts.append((settings, QKeySequence("Ctrl+,")))
        settings.triggered.connect(self.show_settings)

        customers_menu = menu_bar.addMenu(self.tr("&Customers"))
        self.find_duplicates_action = customers_menu.addAction(self.tr("Find &Duplicates…"))
        self.find_duplicates_action.triggered.connect(self.find_duplicates)

        view_menu = menu_bar.addMenu(self.tr("&View"))
        refresh = view_menu.addAction(self.tr("&Refresh"))
        self._shortcuts.append((refresh, QKeySequence("F5")))
        refresh.triggered.connect(lambda: self.data_changed())
        self.refresh_action = refresh
        view_menu.addSeparator()
        self.view_actions = QActionGroup(self)
        for index, page in enumerate(self.pages):
            action = view_menu.addAction(page.title)
            action.setCheckable(True)
            self._shortcuts.append((action, QKeySequence(f"Ctrl+{index + 1}")))
            action.triggered.connect(lambda _checked=False, i=index: self.show_page(i))
            self.view_actions.addAction(action)
        view_menu.addSeparator()
        self.team_view_action = view_menu.addAction(self.tr("The &Team's Work"))
        self.team_view_action.setCheckable(True)
        self.team_view_action.setEnabled(False)  # until the app knows who the rep is
        self._shortcuts.append((self.team_view_action, QKeySequence("Ctrl+Shift+T")))
        self.team_view_action.toggled.connect(self.scope.show_team)

        help_menu = menu_bar.addMenu(self.tr("&Help"))
        about = help_menu.addAction(self.tr("&About Fieldbrief"))
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        about_qt = help_menu.addAction(self.tr("About &Qt"))
        about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
        about_qt.triggered.connect(QApplication.aboutQt)

    def _build_status_bar(self) -> None:
        self.database_label = QLabel(self.tr("Opening the database…"))
        self.statusBar().addPermanentWidget(self.database_label)

    def _connect_database(self) -> None:
        self.database.opening.connect(lambda: self.database_label.setText(self.tr("Checking the database…")))
        self.database.opened.connect(self._on_database_opened)
        self.database.open_failed.connect(self._on_database_failed)
        self.database.closed.connect(self._on_database_closed)
        self.database.counts_changed.connect(self._on_counts_changed)
        self.database.demo_finished.connect(self._on_demo_finished)
        self.database.demo_failed.connect(self._on_demo_failed)
        self.today.load_demo_requested.connect(self.load_demo)
        self.today.open_visit.connect(self.visits.open_visit)
        self.visits.visits_changed.connect(self.today.refresh)
        self.today.push_change = self.visits.push_change = self.push_change
        self.visits.folders = self.settings  # the brief's save dialog opens in the folder last used
        self.today.demo_cancel_requested.connect(self._cancel_demo)
        self.today.due_changed.connect(self._show_due)
        self.today.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.today.failed.connect(self._report)
        self.today.demo_dismissed.connect(self._dismiss_demo_offer)
        self.today.rep_answered.connect(self._rep_answered)

    def push_change(self, change, text: str) -> None:
        """An action already made (models.book.undo.Change) goes on the undo stack; every page shows it."""
        from ui.commands import ChangeCommand, push

        if not change:
            return
        push(self.undo_stack, ChangeCommand(self.database.db, change, text, self._change_applied, self._report, self))
        self.data_changed(change.customer_ids(), change.customer_id)
        self.statusBar().showMessage(text, 5000)

    def _change_applied(self, command, applied, undone: bool) -> None:
        from ui import undo_text

        self.data_changed(applied.customer_ids, command.change.customer_id)
        if applied.left:
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Undo") if undone else self.tr("Redo"),
                              undo_text.summary(command.message_title, applied.left, undone),
                              QMessageBox.StandardButton.Ok, self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            self.undo_report = box  # tests read the open message here
        self.statusBar().showMessage(command.status(undone), 5000)

    def find_duplicates(self):
        """Customers > Find Duplicates…: likely pairs side by side, merged field by field, undoable."""
        from ui.dialogs.duplicates_dialog import DuplicatesDialog

        if self.database.db is None:
            return None
        self.duplicates_dialog = DuplicatesDialog(self.database.db, self)
        self.duplicates_dialog.merged.connect(self.push_change)
        self.duplicates_dialog.open()
        return self.duplicates_dialog

    def data_changed(self, customer_ids=(), select: int | None = None) -> None:
        """Something was written: every page shows the book as it is now."""
        refresh = getattr(self.customers, "after_change", None)  # the placeholder page has none
        if refresh is not None:
            refresh(select)
        self.today.refresh()
        self.visits.refresh()
        refresh_reports = getattr(self.reports, "refresh", None)  # (nor the reports' placeholder)
        if refresh_reports is not None:
            refresh_reports()
        self.database.refresh_counts()

    def _show_due(self, count: int) -> None:
        """The navigation says what is due: "Today 7"."""
        item = self.navigation.item(0)
        item.setText(f"{self.today.title}  {count:,}" if count else self.today.title)
        item.setToolTip(self.tr("%1 visits, follow-ups and promises due today or overdue").replace("%1", f"{count:,}"))

    # -- pages -------------------------------------------------------------------------------------
    def show_page(self, index: int) -> None:
        self.navigation.setCurrentRow(index)

    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    def _sync_view_actions(self, index: int) -> None:
        actions = self.view_actions.actions()
        if 0 <= index < len(actions):
            actions[index].setChecked(True)

    # -- database ----------------------------------------------------------------------------------
    def _on_database_opened(self, db) -> None:
        from PySide6.QtCore import Qt  # after the first paint: the Qt namespace is slow to load

        from ui.stale_refresher import StaleRefresher
        from ui.team_labels import database_label, window_title

        self.database_label.setText(database_label(db))
        self.setWindowTitle(window_title(db))
        if getattr(self, "stale_refresher", None) is None:
            self.stale_refresher = StaleRefresher(lambda: self.data_changed(), self)
        self.stale_refresher.set_database(db)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._set_me(self.database.me, self.database.manager)
        for page in self.pages:
            page.set_database(db)
        if not self.settings.rep_asked and self.database.me is None:  # (a team login says who already)
            self.today.rep_prompt.ask(db)

    def _rep_answered(self) -> None:
        self.settings.rep_asked = True
        self.today.rep_prompt.hide()
        self._ask_who()

    # -- whose work ----------------------------------------------------------------------------------
    def _ask_who(self) -> None:
        """Who the rep is again (their name was just given or changed), off the GUI thread."""
        from models.team.reps import me
        from ui.operations import in_background

        db = self.database.db
        if db is not None:
            in_background(lambda: me(db), self._set_me, self._report, self)

    def _set_me(self, name: str | None, manager: bool = False) -> None:
        """The rep using the app: their own work first (a manager's: the team's), unless the switch was used."""
        team = self.settings.team_view
        self.scope.set_me(name, manager if team is None else team)
        self.customers.me = name
        self.team_view_action.setEnabled(name is not None)
        self._apply_scope()

    def _scope_changed(self, owner: str | None) -> None:
        self.settings.team_view = owner is None
        self._apply_scope()

    def _apply_scope(self) -> None:
        """Today, Customers and Visits show the work of the rep (the switch's "Mine") or of the team."""
        owner = self.scope.owner()
        self.team_view_action.blockSignals(True)
        self.team_view_action.setChecked(owner is None and self.scope.me is not None)
        self.team_view_action.blockSignals(False)
        for page in (self.today, self.customers, self.visits, self.reports):
            if hasattr(page, "set_owner"):  # (the customers' placeholder, before the first paint, has none)
                page.set_owner(owner)

    def _on_database_closed(self) -> None:
        """No page reads the closed database any more (a timer would open a new connection to it)."""
        if getattr(self, "stale_refresher", None) is not None:
            self.stale_refresher.set_database(None)
        for page in self.pages:
            page.set_database(None)

    def _on_database_failed(self, exc: BaseException) -> None:
        self.database_label.setText(self.tr("No database open"))
        if self.team is not None and self.team.startup_failed(exc):  # the team database's dialog says why
            return
        self._report(exc)

    def _on_counts_changed(self, counts) -> None:
        self.statusBar().showMessage(
            self.tr("Customers: %1 · visits: %2").replace("%1", f"{counts.customers:,}").replace("%2", f"{counts.visits:,}"))
        self.load_demo_action.setEnabled(counts.empty)
        if counts.empty and not self.settings.demo_offer_dismissed:
            self.today.demo_offer.show()
        elif not counts.empty:
            self.today.demo_offer.hide()
        self.database_ready.emit()

    def offer_demo(self) -> None:
        self.show_page(0)
        self.today.demo_offer.show()
        self.today.demo_offer.count.setFocus()

    def load_demo(self, customers: int) -> None:
        offer = self.today.demo_offer
        offer.set_busy(True)
        operation = self.database.load_demo(customers)
        operation.progressed.connect(offer.show_progress)

    def _cancel_demo(self) -> None:
        if self.database.demo_operation is not None:
            self.database.demo_operation.cancel()

    def _on_demo_finished(self, summary) -> None:
        self.today.demo_offer.set_busy(False)
        if summary is None:
            self.statusBar().showMessage(self.tr("Demo data cancelled; nothing was added."), 8000)
            return
        self.statusBar().showMessage(self.tr("Loaded demo data: %1 customers.").replace("%1", f"{summary.customers:,}"), 8000)
        self.customers.set_database(self.database.db)
        self.today.refresh()
        self.visits.refresh()

    def _on_demo_failed(self, exc: BaseException) -> None:
        self.today.demo_offer.set_busy(False)
        self._report(exc)

    def _report(self, exc: BaseException) -> None:
        from ui.errors import report_exception

        report_exception(exc, self.paths.log_file, self)

    def _dismiss_demo_offer(self) -> None:
        self.settings.demo_offer_dismissed = True
        self.today.demo_offer.hide()

    # -- window state ------------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self.settings.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)
        state = self.settings.window_state
        if state is not None:
            self.restoreState(state)
        self.show_page(min(max(self.settings.page, 0), len(self.pages) - 1))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.page = self.stack.currentIndex()
        self.settings.sync()
        if self.team is not None:
            self.team.before_close()
        if self.backups is not None:
            self.backups.before_close()
        self.database.close()
        super().closeEvent(event)

    def new_visit(self, customer_id: int | None = None) -> None:
        self.show_page(2)
        self.visits.new_visit(customer_id)

    def show_settings(self) -> None:
        from PySide6.QtCore import Qt

        from ui.dialogs.settings_dialog import SettingsDialog

        if self.database.db is None:
            return
        dialog = SettingsDialog(self.database.db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.backups is not None:
            dialog.accepted.connect(self.backups.controller.apply_settings)
        dialog.accepted.connect(self._ask_who)  # (your name may be another now)
        dialog.open()
        self.settings_dialog = dialog  # tests reach the open dialog here

    def show_about(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About Fieldbrief"))
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setText(self.tr(
            "<b>Fieldbrief %1</b><p>Plan customer visits, run the pre-visit checklist, log the outcome "
            "and print a one-page visit brief.</p><p>Data folder: %2</p>")
            .replace("%1", __version__).replace("%2", str(self.paths.root)))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
