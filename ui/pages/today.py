"""Today: the first page the app opens on, the plan for the day (ui.widgets.today_lists).

It refreshes whenever the window writes anything (MainWindow.data_changed), on F5, and when the day
changes while the app stays open; only the newest gathering is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ui.pages.base import Page

if TYPE_CHECKING:
    from models.storage.db import Database
    from ui.loop_actions import LoopActions
    from ui.operations import Operation
    from ui.widgets.demo_offer import DemoOffer
    from ui.widgets.rep_prompt import RepPrompt
    from ui.widgets.today_lists import TodayLists

DAY_CHECK_MS = 60_000


class TodayPage(Page):
    load_demo_requested = Signal(int)
    demo_cancel_requested = Signal()
    demo_dismissed = Signal()
    rep_answered = Signal()  # the first-run question for the rep's name was saved or put off
    open_visit = Signal(int)
    open_customer = Signal(int)
    refreshed = Signal()
    due_changed = Signal(int)  # what the navigation shows: visits, follow-ups and promises due today or overdue
    status_message = Signal(str)
    failed = Signal(object)  # gathering the page (or a page of a complete list) failed: the exception

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Today"), parent)
        self._demo_offer: DemoOffer | None = None
        self._rep_prompt: RepPrompt | None = None
        self.lists: TodayLists | None = None
        self.actions: LoopActions | None = None
        self.operation: Operation | None = None
        self.suggestions_dialog = None
        self.show_all_dialog = None
        self.ui_settings = None  # the window's UiSettings: which sections are collapsed
        self.owner: str | None = None  # whose work: the rep's (by name), or None: the team's
        self._generation = 0
        self._day = None
        self.empty_state = self.add_empty_state(self.tr("Nothing to do today yet."))

    def set_database(self, db: Database | None) -> None:
        super().set_database(db)
        self.refresh()

    def set_owner(self, owner: str | None) -> None:
        if owner != self.owner:
            self.owner = owner
            self.refresh()

    def _build(self) -> None:
        from PySide6.QtCore import QTimer

        from ui.loop_actions import LoopActions
        from ui.widgets.today_lists import TodayLists

        self.actions = LoopActions(self)
        self.actions.open_visit.connect(self.open_visit)
        self.actions.open_customer.connect(self.open_customer)
        self.actions.review_suggestion.connect(self.review_suggestions)
        self.actions.failed.connect(self.status_message)
        collapsed = self.ui_settings.today_collapsed if self.ui_settings is not None else None
        from ui.widgets.team_day_table import TeamDayTable

        self.team_day = TeamDayTable(self)
        self.body.insertWidget(self.body.indexOf(self.empty_state), self.team_day)
        self.lists = TodayLists(self.actions, collapsed, self)
        self.lists.show_all_requested.connect(self.show_all)
        self.lists.collapsed_changed.connect(self._save_collapsed)
        self.body.insertWidget(self.body.indexOf(self.empty_state), self.lists, 1)
        self.empty_state.hide()
        self._day_timer = QTimer(self, interval=DAY_CHECK_MS)
        self._day_timer.timeout.connect(self._check_day)
        self._day_timer.start()

    def refresh(self) -> None:
        """Gather the sections off the GUI thread (built after the first paint, with the database)."""
        import datetime as dt

        from models.visits import today
        from models.visits.team_today import team_day
        from ui.operations import in_background

        if self.db is None:
            return
        if self.lists is None:
            self._build()
        self.actions.db, self.actions.push_change = self.db, self.push_change
        db, now, owner = self.db, dt.datetime.now(), self.owner
        self._day = now.date()
        self._generation += 1
        generation = self._generation
        self.operation = in_background(
            lambda: (generation, today.page(db, now, owner=owner), team_day(db, now) if owner is None else None),
            self._show, self.failed.emit, self)

    def _show(self, result) -> None:
        generation, page, team = result
        if generation != self._generation or self.lists is None:  # a newer gathering is on its way
            return
        self.team_day.show_day(team)
        first = self.lists.page is None
        self.lists.show_page(page)
        if first and self.isVisible():
            self.lists.tree.setFocus()
        self.due_changed.emit(page.due)
        self.refreshed.emit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.lists is not None and self.isVisible():
            self.lists.tree.setFocus()  # keyboard first: the plan takes the keys

    def _check_day(self) -> None:
        import datetime as dt

        if self._day is not None and dt.date.today() != self._day:
            self.refresh()

    def _save_collapsed(self, collapsed: set[str]) -> None:
        if self.ui_settings is not None:
            self.ui_settings.today_collapsed = collapsed

    def show_all(self, key: str) -> None:
        """The complete list of a section, paged and searchable, with the same keys."""
        from ui.dialogs.show_all import ShowAllDialog

        if self.db is None or self.lists is None:
            return
        if self.show_all_dialog is not None:
            self.show_all_dialog.close()
        self.show_all_dialog = ShowAllDialog(self.db, key, self.lists.titles()[key], self.actions, self.lists, self,
                                             owner=self.owner)
        self.show_all_dialog.failed.connect(self.failed)
        self.show_all_dialog.show()  # not modal: a visit opened from it comes up beside it

    def review_suggestions(self, customer_id: int) -> None:
        """Ask about the changes suggested for this customer; the lists refresh once answered."""
        from models.book import suggestions
        from ui.dialogs.suggestions_dialog import offer

        if self.db is None:
            return
        self.suggestions_dialog = offer(self.db, suggestions.for_customer(self.db, customer_id), self.push_change, self)
        if self.suggestions_dialog is None:  # answered meanwhile
            self.refresh()
        else:
            self.suggestions_dialog.decided.connect(self.refresh)

    @property
    def rep_prompt(self) -> RepPrompt:
        """The first-run question for the rep's name and company, built when first needed."""
        if self._rep_prompt is None:
            from ui.widgets.rep_prompt import RepPrompt

            self._rep_prompt = RepPrompt(self)
            self._rep_prompt.hide()
            self._rep_prompt.finished.connect(self.rep_answered)
            self.body.insertWidget(1, self._rep_prompt)
        return self._rep_prompt

    @property
    def demo_offer(self) -> DemoOffer:
        """The first-run offer, built when first needed (it is not part of the first paint)."""
        if self._demo_offer is None:
            from ui.widgets.demo_offer import DemoOffer

            offer = DemoOffer(self)
            offer.hide()
            offer.load_requested.connect(self.load_demo_requested)
            offer.cancel_requested.connect(self.demo_cancel_requested)
            offer.dismissed.connect(self.demo_dismissed)
            self.body.insertWidget(1, offer)
            self._demo_offer = offer
        return self._demo_offer
