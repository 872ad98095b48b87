"""Visits: the agenda of planned and past visits (filled by the visit-planning work)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.pages.base import Page


class VisitsPage(Page):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Visits"), parent)
        self.empty_state = self.add_empty_state(self.tr("No visits planned yet."))
