"""Today: the first page the app opens on (its lists come with the follow-up work)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ui.pages.base import Page

if TYPE_CHECKING:
    from ui.widgets.demo_offer import DemoOffer


class TodayPage(Page):
    load_demo_requested = Signal(int)
    demo_cancel_requested = Signal()
    demo_dismissed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Today"), parent)
        self._demo_offer: DemoOffer | None = None
        self.empty_state = self.add_empty_state(self.tr("Nothing to do today yet."))

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
