"""Customers: the customer book (the list and the record come with the customer work)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.pages.base import Page


class CustomersPage(Page):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Customers"), parent)
        self.empty_state = self.add_empty_state(self.tr("No customers to show yet."))
