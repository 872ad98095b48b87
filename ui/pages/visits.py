"""Visits: the agenda of a day or a week with each visit's readiness; new visits and the planner.

The page is part of the window's first paint, so its agenda (item views, the Qt namespace, the
database services) is built when the page is first shown or given a database, which is after it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ui.pages.base import Page

if TYPE_CHECKING:
    from models.db import Database
    from ui.dialogs.visit_planner import VisitPlanner
    from ui.widgets.agenda_view import AgendaView

NEW_VISIT_HOUR = 10


class VisitsPage(Page):
    visits_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Visits"), parent)
        self.agenda: AgendaView | None = None
        self.planner: VisitPlanner | None = None

    def ensure_built(self) -> AgendaView:
        if self.agenda is None:
            from ui.widgets.agenda_view import AgendaView

            self.agenda = AgendaView(self)
            self.agenda.open_visit.connect(self.open_visit)
            self.agenda.new_visit_requested.connect(lambda: self.new_visit())
            self.body.addWidget(self.agenda, 1)
            self.agenda.set_database(self.db)
        return self.agenda

    def showEvent(self, event) -> None:
        self.ensure_built()
        super().showEvent(event)

    def set_database(self, db: Database | None) -> None:
        super().set_database(db)
        if self.agenda is not None:
            self.agenda.set_database(db)

    def refresh(self) -> None:
        if self.agenda is not None:
            self.agenda.refresh()

    # -- actions -----------------------------------------------------------------------------------
    def new_visit(self, customer_id: int | None = None) -> int | None:
        """Plan a new visit (with the customer given, or one the user picks); opens the planner."""
        from PySide6.QtCore import QLocale

        from models import plan_templates, visits
        from ui.dialogs.customer_picker import CustomerPicker

        if self.db is None:
            return None
        if customer_id is None:
            customer_id = CustomerPicker.choose(self.db, self)
            if customer_id is None:
                return None
        start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), dt.time(NEW_VISIT_HOUR))
        with self.db.session() as s:
            template = plan_templates.load_checklist(s, QLocale().name())
        visit_id = visits.create_visit(self.db, customer_id, start, template)
        agenda = self.ensure_built()
        agenda.first_day = start.date() if agenda.days() == 1 else min(agenda.first_day, start.date())
        self._changed()
        self.open_visit(visit_id)
        return visit_id

    def open_visit(self, visit_id: int) -> None:
        from ui.dialogs.visit_planner import VisitPlanner

        if self.db is None:
            return
        if self.planner is not None and self.planner.isVisible():
            self.planner.close()
        self.planner = VisitPlanner(self.db, visit_id, self)
        self.planner.saved.connect(lambda _visit_id: self._changed())
        self.planner.show()
        self.planner.raise_()
        self.planner.activateWindow()

    def _changed(self) -> None:
        self.refresh()
        self.visits_changed.emit()
