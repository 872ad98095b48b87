"""Today: the first page the app opens on (its lists come with the follow-up work)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.pages.base import Page
from ui.widgets.demo_offer import DemoOffer


class TodayPage(Page):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Today"), parent)
        self.demo_offer = DemoOffer(self)
        self.demo_offer.hide()
        self.body.addWidget(self.demo_offer)
        self.empty_state = self.add_empty_state(self.tr("Nothing to do today yet."))
