"""The visit planner: the plan, its lists and the checklist, with what to know beside it.

Everything is saved as the rep types (half a second after the last change, and on close), so closing the
window or losing the process never loses a draft. A visit becomes Ready only with every critical item
done, or with an override reason.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models import plan_library, plan_templates, visits
from models.errors import KnownError
from models.visit_context import briefing
from models.visits import ChecklistEntry, CriticalItemsOpen, InvalidPlan, PlanData
from models.vocabulary import ApproachMethod, VisitStatus
from ui import labels
from ui.dialogs.override_dialog import OverrideDialog
from ui.dialogs.plan_form import PlanForm
from ui.dialogs.plan_lists import ObjectionsTab, ProductsTab, QuestionsTab, shortened, suggestion_button
from ui.widgets.briefing_panel import BriefingPanel
from ui.widgets.checklist_view import ChecklistView

if TYPE_CHECKING:
    from models.db import Database

log = logging.getLogger(__name__)
SAVE_DELAY_MS = 500


class VisitPlanner(QDialog):
    saved = Signal(int)  # visit id, after every save or status change

    def __init__(self, db: Database, visit_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.push_change = None  # puts an answered suggestion on the window's undo stack (set by the page)
        self.folders = None  # the window's UI settings, for the folder the brief is saved in (set by the page)
        self.suggestions_dialog = None
        self.plan = visits.load_plan(db, visit_id)
        self.briefing = briefing(db, self.plan.customer_id, self.plan.planned_start, this_visit=visit_id)
        self.setWindowTitle(self.tr("Visit plan: %1").replace("%1", self.briefing.customer_name))
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        self._build()
        self._load_widgets()
        self.resize(1180, 820)

    # -- building ----------------------------------------------------------------------------------
    def _build(self) -> None:
        customer, this = self.plan.customer_id, self.plan.id
        self.form = PlanForm()
        self.form.build_opening_requested.connect(self.build_opening_line)
        self.questions = QuestionsTab(lambda kind: plan_library.questions(self.db, customer, kind, this))
        self.products = ProductsTab(lambda: plan_library.products(self.db, customer, this))
        self.objections = ObjectionsTab(lambda: plan_library.objections(self.db, customer, this))
        self.checklist = ChecklistView()
        self.checklist.toggled.connect(self._tick)
        self.extra_item = QLineEdit()
        self.extra_item.setPlaceholderText(self.tr("Something more to pack for this visit, e.g. the signed NDA"))
        self.extra_item.returnPressed.connect(self.add_to_pack)
        add_extra = QPushButton(self.tr("Add to pac&k"))
        add_extra.clicked.connect(self.add_to_pack)
        extra_row = QHBoxLayout()
        extra_row.addWidget(self.extra_item, 1)
        extra_row.addWidget(add_extra)
        checklist_tab = QWidget()
        checklist_layout = QVBoxLayout(checklist_tab)
        checklist_layout.addWidget(self.checklist, 1)
        checklist_layout.addLayout(extra_row)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.tabs = QTabWidget()
        for widget, title in ((scroll, self.tr("&Plan")), (self.questions, self.tr("&Questions")),
                              (self.products, self.tr("P&roducts")), (self.objections, self.tr("O&bjections")),
                              (checklist_tab, self.tr("&Checklist"))):
            self.tabs.addTab(widget, title)
        self.side = BriefingPanel()
        splitter = QSplitter()
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        for source in (self.form, self.questions, self.products, self.objections):
            source.changed.connect(self.schedule_save)

        self.status = QLabel()
        self.save_state = QLabel()
        self.save_state.setStyleSheet("color: palette(placeholder-text);")
        self.copy_button = suggestion_button(self.tr("Cop&y plan from…"), self._fill_copy_menu)
        self.ready_button = QPushButton()
        self.ready_button.clicked.connect(self.toggle_ready)
        self.outcome_button = QPushButton(self.tr("Log &outcome…"))
        self.outcome_button.clicked.connect(self.log_outcome)
        self.brief_button = QPushButton(self.tr("&Brief…"))
        self.brief_button.setToolTip(self.tr("Preview, print or save the one-page visit brief (Ctrl+P)"))
        self.brief_button.clicked.connect(self.show_brief)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_state)
        bottom.addWidget(self.copy_button)
        bottom.addWidget(self.ready_button)
        bottom.addWidget(self.brief_button)
        bottom.addWidget(self.outcome_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, activated=self.save_now)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, activated=self.show_brief)

    def _load_widgets(self) -> None:
        self.form.set_plan(self.plan, self.briefing.people)
        self.questions.set_questions(self.plan.questions)
        self.products.set_products(self.plan.products)
        self.objections.set_objections(self.plan.objections)
        checklist = visits.load_checklist(self.db, self.plan.id)
        self.checklist.set_items(checklist)
        self.side.show_briefing(self.briefing)
        self._show_status(checklist)

    # -- saving ------------------------------------------------------------------------------------
    def collect(self) -> PlanData:
        self.form.fill(self.plan)
        self.plan.questions = self.questions.questions()
        self.plan.products = self.products.products()
        self.plan.objections = self.objections.objections()
        return self.plan

    def schedule_save(self) -> None:
        self.save_state.setText(self.tr("Editing…"))
        self._save_timer.start()

    def save_now(self) -> bool:
        """Save what the window shows; on a problem, say what is wrong and keep everything typed."""
        self._save_timer.stop()
        try:
            checklist = visits.save_plan(self.db, self.collect())
        except InvalidPlan as exc:
            self.save_state.setText("")
            self.status.setText(self.tr("Not saved: %1").replace("%1", "; ".join(exc.errors.values())))
            self.status.setStyleSheet("color: #c62828;")
            return False
        except KnownError as exc:
            log.warning("Saving visit %s: %s", self.plan.id, exc)
            self.status.setText(self.tr("Not saved: %1").replace("%1", str(exc)))
            self.status.setStyleSheet("color: #c62828;")
            return False
        self.checklist.set_items(checklist)
        self.save_state.setText(self.tr("Saved"))
        self._show_status(checklist)
        self.saved.emit(self.plan.id)
        return True

    def has_unsaved_changes(self) -> bool:
        return self._save_timer.isActive()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._save_timer.isActive():
            self.save_now()
        super().closeEvent(event)

    def done(self, result: int) -> None:  # Esc and Close both end here
        if self._save_timer.isActive():
            self.save_now()
        super().done(result)

    # -- checklist and readiness -------------------------------------------------------------------
    def _tick(self, item_id: int, done: bool) -> None:
        """A box ticked by hand (called from inside the tree's itemChanged: update in place only)."""
        try:
            entry = visits.set_done(self.db, item_id, done)
        except KnownError as exc:
            self.status.setText(str(exc))
            QTimer.singleShot(0, self, lambda: self.checklist.set_items(visits.load_checklist(self.db, self.plan.id)))
            return
        self.checklist.update_entry(entry)
        self._show_status()
        self.saved.emit(self.plan.id)

    def add_to_pack(self) -> None:
        try:
            entries = visits.add_item(self.db, self.plan.id, self.extra_item.text())
        except KnownError as exc:
            self.status.setText(str(exc))
            return
        self.extra_item.clear()
        self.checklist.set_items(entries)
        self.saved.emit(self.plan.id)

    def toggle_ready(self) -> None:
        if not self.save_now():
            return
        if self.plan.status == VisitStatus.READY.value:
            visits.set_status(self.db, self.plan.id, VisitStatus.PLANNED.value)
        else:
            try:
                visits.mark_ready(self.db, self.plan.id)
            except CriticalItemsOpen as exc:
                reason = OverrideDialog.ask(exc.items, self)
                if reason is None:
                    return
                visits.mark_ready(self.db, self.plan.id, override_reason=reason)
        fresh = visits.load_plan(self.db, self.plan.id)
        self.plan.status, self.plan.ready_override_reason = fresh.status, fresh.ready_override_reason
        self._show_status()
        self.saved.emit(self.plan.id)

    def _show_status(self, checklist: list[ChecklistEntry] | None = None) -> None:
        if checklist is None:
            checklist = visits.load_checklist(self.db, self.plan.id)
        open_critical = visits.open_critical(checklist)
        status = labels.visit_status(self.plan.status)
        if self.plan.ready_override_reason:
            text = self.tr("%1, with critical items open: %2").replace("%1", status).replace(
                "%2", self.plan.ready_override_reason)
            style = "color: #c62828; font-weight: bold;"
        elif open_critical:
            text = self.tr("%1. Not ready to go: %2").replace("%1", status).replace(
                "%2", "; ".join(item.text for item in open_critical))
            style = "color: #c62828;"
        else:
            text, style = status, ""
        self.status.setText(text)
        self.status.setStyleSheet(style)
        ready = self.plan.status == VisitStatus.READY.value
        self.ready_button.setText(self.tr("Back to &planned") if ready else self.tr("Mark &ready"))

    # -- helpers -----------------------------------------------------------------------------------
    def build_opening_line(self) -> None:
        with self.db.session() as s:
            openings = plan_templates.load_openings(s, QLocale().name())
            rep = plan_templates.load_rep(s)
        people = {p.id: p for p in self.briefing.people}
        chosen = [people[i] for i in self.form.checked_people() if i in people] or self.briefing.people[:1]
        contact = chosen[0] if chosen else None
        approach = self.form.approach.currentData() or ApproachMethod.DIRECT.value
        text = plan_templates.fill_opening(openings[approach], plan_templates.opening_values(
            contact, self.briefing.customer_name, rep, self.form.texts["purpose"].text()))
        self.form.texts["opening_line"].replace_text(text)
        self.form.texts["opening_line"].setFocus(Qt.FocusReason.OtherFocusReason)

    def log_outcome(self) -> None:
        from ui.dialogs.outcome_dialog import OutcomeDialog

        if not self.save_now():
            return
        self.outcome_dialog = OutcomeDialog(self.db, self.plan.id, self.plan.customer_id,
                                            self.plan.planned_start.date(), self)
        self.outcome_dialog.saved.connect(self._outcome_saved)
        self.outcome_dialog.open()

    def _outcome_saved(self, _visit_id: int) -> None:
        from ui.dialogs.suggestions_dialog import offer

        self.plan.status = visits.load_plan(self.db, self.plan.id).status
        self._show_status()
        self.saved.emit(self.plan.id)
        self.suggestions_dialog = offer(self.db, self.outcome_dialog.suggested, self.push_change, self)

    def show_brief(self) -> None:
        """The brief as it stands (saved first), in a preview to print or save."""
        from models.brief.service import brief_pdf
        from models.settings import load_paper
        from ui.dialogs.brief_preview import BriefPreview

        if not self.save_now():
            return
        with self.db.session() as s:
            paper = load_paper(s)
        pdf = brief_pdf(self.db, self.plan.id, QLocale().name(), paper)
        name = f"{self.plan.planned_start:%Y-%m-%d %H%M} {self.briefing.customer_name}.pdf"
        self.brief_preview = BriefPreview(pdf, name.replace("/", "-"), self, self.folders)
        self.brief_preview.open()

    def _fill_copy_menu(self, menu: QMenu) -> None:
        for earlier in plan_library.earlier_plans(self.db, self.plan.customer_id, self.plan.id):
            who = "" if earlier.same_customer else f"{earlier.customer_name}: "
            text = f"{earlier.when:%Y-%m-%d}  {who}{shortened(earlier.purpose)}"
            menu.addAction(text).triggered.connect(lambda _c=False, vid=earlier.visit_id: self.copy_from(vid))
        if menu.isEmpty():
            menu.addAction(self.tr("No earlier plans yet")).setEnabled(False)

    def copy_from(self, visit_id: int) -> None:
        self.plan = visits.copy_plan(visits.load_plan(self.db, visit_id), self.collect())
        self._load_widgets()
        self.save_now()
