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
    from models.storage.db import Database
    from ui.dialogs.visit_planner import VisitPlanner
    from ui.widgets.agenda_view import AgendaView




class VisitsPage(Page):
    visits_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Visits"), parent)
        self.agenda: AgendaView | None = None
        self.planner: VisitPlanner | None = None
        self.folders = None  # the window's UI settings: the folder last used for a file (set by the window)
        self.owner: str | None = None  # whose visits: the rep's (by name), or None: the team's

    def ensure_built(self) -> AgendaView:
        if self.agenda is None:
            from ui.widgets.agenda_view import AgendaView

            self.agenda = AgendaView(self)
            self.agenda.open_visit.connect(self.open_visit)
            self.agenda.new_visit_requested.connect(lambda: self.new_visit())
            self.agenda.print_day_requested.connect(self.print_day)
            self.agenda.cancel_requested.connect(self.cancel_visit)
            self.agenda.delete_requested.connect(self.delete_visit)
            self.body.addWidget(self.agenda, 1)
            self.agenda.owner = self.owner
            self.agenda.set_database(self.db)
        return self.agenda

    def showEvent(self, event) -> None:
        self.ensure_built()
        super().showEvent(event)
        self.agenda.take_keys()  # keyboard first: the arrows, Enter, Delete and the menu key work at once

    def set_database(self, db: Database | None) -> None:
        super().set_database(db)
        if self.agenda is not None:
            self.agenda.set_database(db)

    def refresh(self) -> None:
        if self.agenda is not None:
            self.agenda.refresh()

    def set_owner(self, owner: str | None) -> None:
        self.owner = owner
        if self.agenda is not None:
            self.agenda.owner = owner
            self.agenda.refresh()

    # -- actions -----------------------------------------------------------------------------------
    def new_visit(self, customer_id: int | None = None) -> None:
        """Plan a new visit (with the customer given, or one the user picks) in the planner. Nothing is
        written until the rep types or chooses something: a planner closed untouched leaves no visit."""
        from PySide6.QtCore import QLocale

        from models.book import preferences

        from models.visits import visits
        from ui.dialogs.customer_picker import CustomerPicker
        from ui.dialogs.visit_planner import VisitPlanner

        if self.db is None:
            return
        if customer_id is None:
            customer_id = CustomerPicker.choose(self.db, self)
            if customer_id is None:
                return
        start = visits.new_visit_start()
        template = preferences.checklist(self.db, QLocale().name())
        agenda = self.ensure_built()
        agenda.first_day = start.date() if agenda.days() == 1 else min(agenda.first_day, start.date())
        agenda.refresh()
        self._open_planner(lambda: VisitPlanner.for_new_visit(self.db, customer_id, start, template, self))

    def open_visit(self, visit_id: int, parent: QWidget | None = None) -> None:
        """The visit in the planner (over ``parent``, a window-modal dialog it is opened from)."""
        from ui.dialogs.visit_planner import VisitPlanner

        if self.db is None:
            return
        self._open_planner(lambda: VisitPlanner(self.db, visit_id, parent or self))

    def _open_planner(self, make) -> None:
        if self.planner is not None and self.planner.isVisible():
            self.planner.close()
        self.planner = make()
        self.planner.push_change = self.push_change
        self.planner.folders = self.folders
        self.planner.saved.connect(lambda _visit_id: self._changed())
        self.planner.deleted.connect(lambda _visit_id: self._changed())
        self.planner.show()
        self.planner.raise_()
        self.planner.activateWindow()

    def cancel_visit(self, visit_id: int, about: str) -> None:
        from ui.visit_actions import cancel_visit

        if self.db is not None:
            self.visit_form = cancel_visit(self.db, visit_id, about, self, self.push_change)

    def delete_visit(self, visit_id: int, about: str) -> None:
        from ui.visit_actions import delete_visit

        if self.db is not None and delete_visit(self.db, visit_id, about, self, self.push_change):
            if self.planner is not None and self.planner.isVisible() and self.planner.plan.id == visit_id:
                self.planner.close()

    def print_day(self, day: dt.date) -> None:
        """The day sheet, built off the GUI thread with a progress dialog, then previewed."""
        from PySide6.QtCore import QLocale
        from PySide6.QtWidgets import QProgressDialog

        from models.brief.service import day_sheet_pdf
        from models.book import preferences
        from ui.dialogs.brief_preview import BriefPreview
        from ui.errors import report_exception
        from ui.operations import Operation

        if self.db is None:
            return
        db, lang = self.db, QLocale().name()
        paper = preferences.paper(db)
        progress = QProgressDialog(self.tr("Preparing the day sheet…"), self.tr("Cancel"), 0, 0, self)
        progress.setWindowTitle(self.tr("Day sheet"))
        progress.setMinimumDuration(300)
        operation = Operation(lambda report: day_sheet_pdf(db, day, lang, paper, progress=report), self)
        operation.progressed.connect(lambda done, total: (progress.setMaximum(total), progress.setValue(done)))
        progress.canceled.connect(operation.cancel)

        def show(result) -> None:
            progress.close()
            pdf, _count = result
            self.day_sheet = BriefPreview(pdf, f"{day:%Y-%m-%d}.pdf", self, self.folders)
            self.day_sheet.open()

        def failed(exc) -> None:
            progress.close()
            self.error_dialog = report_exception(exc, parent=self)  # an empty day is a plain message

        operation.succeeded.connect(show)
        operation.failed.connect(failed)
        operation.cancelled.connect(progress.close)
        self.day_sheet_operation = operation
        operation.start()

    def _changed(self) -> None:
        self.refresh()
        self.visits_changed.emit()
