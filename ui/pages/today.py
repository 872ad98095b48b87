"""Today: the first page the app opens on (its lists come with the follow-up work)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ui.pages.base import Page

if TYPE_CHECKING:
    from models.db import Database
    from ui.operations import Operation
    from ui.widgets.demo_offer import DemoOffer
    from ui.widgets.rep_prompt import RepPrompt
    from ui.widgets.today_lists import TodayLists


class TodayPage(Page):
    load_demo_requested = Signal(int)
    demo_cancel_requested = Signal()
    demo_dismissed = Signal()
    rep_answered = Signal()  # the first-run question for the rep's name was saved or put off
    open_visit = Signal(int)
    open_customer = Signal(int)
    refreshed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Today"), parent)
        self._demo_offer: DemoOffer | None = None
        self._rep_prompt: RepPrompt | None = None
        self.lists: TodayLists | None = None
        self.operation: Operation | None = None
        self.suggestions_dialog = None
        self.empty_state = self.add_empty_state(self.tr("Nothing to do today yet."))

    def set_database(self, db: Database | None) -> None:
        super().set_database(db)
        self.refresh()

    def refresh(self) -> None:
        """Gather the lists off the GUI thread (built after the first paint, with the database)."""
        from ui.operations import Operation
        from ui.widgets.today_lists import TodayLists, gather

        if self.db is None:
            return
        if self.lists is None:
            self.lists = TodayLists(self)
            self.lists.open_visit.connect(self.open_visit)
            self.lists.open_customer.connect(self.open_customer)
            self.lists.review_suggestions.connect(self.review_suggestions)
            self.body.insertWidget(self.body.indexOf(self.empty_state), self.lists, 1)
            self.empty_state.hide()
        import datetime as dt

        db = self.db
        operation = Operation(lambda _progress: gather(db, dt.datetime.now()), self)
        operation.succeeded.connect(self._show)
        self.operation = operation
        operation.start()

    def review_suggestions(self, customer_id: int) -> None:
        """Ask about the changes suggested for this customer; the lists refresh once answered."""
        from models import suggestions
        from ui.dialogs.suggestions_dialog import offer

        if self.db is None:
            return
        self.suggestions_dialog = offer(self.db, suggestions.for_customer(self.db, customer_id), self.push_change, self)
        if self.suggestions_dialog is None:  # answered meanwhile
            self.refresh()
        else:
            self.suggestions_dialog.decided.connect(self.refresh)

    def _show(self, data) -> None:
        if self.lists is not None:
            self.lists.show_data(data)
        self.refreshed.emit()

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
