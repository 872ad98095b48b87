"""The visit planner: the plan, its lists and the checklist, with what to know beside it.

Everything is saved as the rep types (half a second after the last change, and on close), so closing the
window or losing the process never loses a draft. A new visit is written once the rep types or chooses
something: a planner closed untouched leaves nothing. A visit becomes Ready only with every critical item
done, or with an override reason, and goes back to Planned (with a message) when a critical item is
unticked; a visit with an outcome is done. Beside the plan, the customer's open follow-ups and promises,
closed with the keys of Today. The visit can be cancelled (with a reason) or deleted, both undoable.
"""

from __future__ import annotations

import copy
import logging
from typing import TYPE_CHECKING

import datetime as dt

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.visits import plan_library, plan_templates, readiness, today, visits

from models.book import preferences
from models.errors import KnownError
from models.visits.plan_templates import TemplateItem
from models.visits.visit_context import briefing
from models.visits.visits import ChecklistEntry, CriticalItemsOpen, InvalidPlan, PlanData
from models.vocabulary import ApproachMethod, VisitStatus
from models.runtime.translatable import in_language
from ui import labels, plan_conflict
from ui.errors import message_of
from ui.dialogs.override_dialog import OverrideDialog
from ui.dialogs.plan_form import PlanForm
from ui.dialogs.plan_lists import ObjectionsTab, ProductsTab, QuestionsTab, shortened, suggestion_button
from ui.widgets.briefing_panel import BriefingPanel
from ui.widgets.checklist_view import ChecklistView

if TYPE_CHECKING:
    from models.storage.db import Database

log = logging.getLogger(__name__)
SAVE_DELAY_MS = 500


class VisitPlanner(QDialog):
    saved = Signal(int)  # visit id, after every save or status change
    deleted = Signal(int)  # visit id

    def __init__(self, db: Database, visit_id: int | None, parent: QWidget | None = None,
                 new_plan: PlanData | None = None, template: list[TemplateItem] | None = None):
        super().__init__(parent)
        self.db = db
        self.push_change = None  # puts changes on the window's undo stack (set by the page)
        self.folders = None  # the window's UI settings, for the folder the brief is saved in (set by the page)
        self.suggestions_dialog = None
        self.visit_form = None  # the open cancel form
        self.brief_operation = None  # the brief being drawn (off the GUI thread)
        self.brief_preview = None
        self.template = template or []  # a new visit's checklist, until it is written
        self.plan = new_plan if visit_id is None else visits.load_plan(db, visit_id)
        self.stored = copy.deepcopy(self.plan)  # the plan as this window last read or wrote it (a merge's base)
        self.unsaved = False  # typed and not yet saved (a save that failed or a conflict put off included)
        self.conflict_open = False
        self.status_seen = self.plan.status
        self.briefing = briefing(db, self.plan.customer_id, self.plan.planned_start, this_visit=visit_id)
        self.setWindowTitle(self.tr("Visit plan: %1").replace("%1", self.briefing.customer_name))
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        self._build()
        self._load_widgets()
        self.resize(1180, 820)

    @classmethod
    def for_new_visit(cls, db: Database, customer_id: int, start: dt.datetime, template: list[TemplateItem],
                      parent: QWidget | None = None) -> VisitPlanner:
        """A planner on a visit not written yet: it is created with the first thing the rep types or chooses."""
        from models.book.customers import address_of

        address = address_of(db, customer_id)
        return cls(db, None, parent, PlanData(customer_id=customer_id, planned_start=start, place=address), template)

    def ensure_visit(self) -> int:
        """The visit's id, writing the visit first if it is new."""
        if self.plan.id is None:
            self.form.fill(self.plan)
            self.plan.id = visits.create_visit(self.db, self.plan.customer_id, self.plan.planned_start, self.template,
                                               self.plan.duration_minutes)
            self.cancel_button.setEnabled(True)
            self.delete_button.setEnabled(True)
        return self.plan.id

    # -- building ----------------------------------------------------------------------------------
    def _build(self) -> None:
        customer = self.plan.customer_id
        self.form = PlanForm()
        self.form.build_opening_requested.connect(self.build_opening_line)
        self.questions = QuestionsTab(lambda kind: plan_library.questions(self.db, customer, kind, self.plan.id))
        self.products = ProductsTab(lambda: plan_library.products(self.db, customer, self.plan.id))
        self.objections = ObjectionsTab(lambda: plan_library.objections(self.db, customer, self.plan.id))
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
                              (self.products, self.tr("Produc&ts")), (self.objections, self.tr("Ob&jections")),
                              (checklist_tab, self.tr("&Checklist"))):
            self.tabs.addTab(widget, title)
        self.side = BriefingPanel()
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.side)
        side.addWidget(self._build_open_work())
        side.setStretchFactor(0, 3)
        side.setStretchFactor(1, 2)
        splitter = QSplitter()
        splitter.addWidget(self.tabs)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        for source in (self.form, self.questions, self.products, self.objections):
            source.changed.connect(self.schedule_save)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.notice = QLabel()  # the visit went back to Planned, a refusal…
        self.notice.setStyleSheet("color: #c62828; font-weight: bold;")
        self.notice.setWordWrap(True)
        self.notice.hide()
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
        self.cancel_button = QPushButton(self.tr("Cancel v&isit…"))
        self.cancel_button.setToolTip(self.tr("The visit will not happen: say why; it stays in the history"))
        self.cancel_button.clicked.connect(self.cancel_visit)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the visit (Edit > Undo brings it back)"))
        self.delete_button.clicked.connect(self.delete_visit)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_state)
        bottom.addWidget(self.copy_button)
        bottom.addWidget(self.ready_button)
        bottom.addWidget(self.brief_button)
        bottom.addWidget(self.outcome_button)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.delete_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notice)
        layout.addLayout(bottom)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, activated=self.save_now)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, activated=self.show_brief)

    def _build_open_work(self) -> QWidget:
        from ui.loop_actions import LoopActions
        from ui.widgets.work_tree import ActionBar, WorkTree

        self.loop = LoopActions(self)
        self.loop.db = self.db
        self.loop.push_change = lambda change, text: self.push_change and self.push_change(change, text)
        self.loop.changed.connect(self.show_open_work)
        self.loop.failed.connect(self._say)
        self.loop.open_visit.connect(lambda visit_id: None if visit_id == self.plan.id else self.open_other(visit_id))
        self.open_work = WorkTree(self.loop)
        self.open_work.setColumnCount(2)
        self.open_work.setHeaderLabels([self.tr("Due"), self.tr("What")])
        self.open_work.setAccessibleName(self.tr("Open follow-ups and promises"))
        title = QLabel(self.tr("Before you plan: open follow-ups and promises"))
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: bold;")
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(title)
        box.addWidget(self.open_work, 1)
        box.addWidget(ActionBar(self.open_work, ""))
        return holder

    def show_open_work(self) -> None:
        self.open_work.clear()
        day = dt.date.today()
        for line in today.open_work(self.db, self.plan.customer_id, day):
            kind = labels.follow_up_channel(line.kind) if line.what == today.FOLLOW_UP else labels.promise_by(line.kind)
            item = QTreeWidgetItem(self.open_work, [f"{line.when:%Y-%m-%d}" if line.when else "—",
                                                    f"{kind}: {' '.join(line.text.split())}"])
            item.setToolTip(1, line.text)
            if line.overdue:
                from PySide6.QtGui import QBrush, QColor

                item.setForeground(0, QBrush(QColor("#c62828")))
            self.open_work.set_line(item, line)
        self.open_work.resizeColumnToContents(0)
        if self.open_work.topLevelItemCount() == 0:
            QTreeWidgetItem(self.open_work, ["", self.tr("None open.")]).setFlags(Qt.ItemFlag.ItemIsEnabled)

    def open_other(self, visit_id: int) -> None:
        """A follow-up of another visit: that visit's planner replaces this one (saved first)."""
        page = self.parent()
        if hasattr(page, "open_visit"):
            page.open_visit(visit_id)

    def _load_widgets(self) -> None:
        self.form.set_plan(self.plan, self.briefing.people)
        self.questions.set_questions(self.plan.questions)
        self.products.set_products(self.plan.products)
        self.objections.set_objections(self.plan.objections)
        checklist = self._checklist()
        self.checklist.set_items(checklist)
        self.side.show_briefing(self.briefing)
        self.show_open_work()
        self.cancel_button.setEnabled(self.plan.id is not None)
        self.delete_button.setEnabled(self.plan.id is not None)
        self._show_status(checklist)

    def _checklist(self) -> list[ChecklistEntry]:
        """The visit's checklist; a new visit's is its template's, with ids standing for their place."""
        if self.plan.id is None:
            return [ChecklistEntry(-1 - i, item.kind, item.text, item.critical, item.answered_by, None)
                    for i, item in enumerate(self.template)]
        return visits.load_checklist(self.db, self.plan.id)

    # -- saving ------------------------------------------------------------------------------------
    def collect(self) -> PlanData:
        self.form.fill(self.plan)
        self.plan.questions = self.questions.questions()
        self.plan.products = self.products.products()
        self.plan.objections = self.objections.objections()
        return self.plan

    def schedule_save(self) -> None:
        self.save_state.setText(self.tr("Editing…"))
        self.unsaved = True
        if not self.conflict_open:  # after a conflict was put off, Ctrl+S (or closing) saves
            self._save_timer.start()

    def save_now(self) -> bool:
        """Save what the window shows; on a problem, say what is wrong and keep everything typed."""
        self._save_timer.stop()
        self.status_seen = self.plan.status
        try:
            errors = visits.validate(self.collect())
            if errors:
                raise InvalidPlan(errors)
            self.ensure_visit()
            checklist = self._save(self.collect())
            if checklist is None:  # changed elsewhere, and the rep went back to editing
                self._not_saved_changed_elsewhere()
                return False
        except visits.PlanChangedMeanwhile:  # saved elsewhere again and again while the rep chose
            self._not_saved_changed_elsewhere()
            return False
        except InvalidPlan as exc:
            self.save_state.setText("")
            self.status.setText(self.tr("Not saved: %1").replace("%1", "; ".join(map(in_language, exc.errors.values()))))
            self.status.setStyleSheet("color: #c62828;")
            return False
        except KnownError as exc:
            from models.team.server_errors import ServerTrouble, TeamRefusal

            log.warning("Saving visit %s: %s", self.plan.id, exc)
            self.save_state.setText("")  # (not "Saved" beside the refusal)
            text = self.tr("Not saved: %1").replace("%1", str(exc))
            if isinstance(exc, ServerTrouble) and not isinstance(exc, TeamRefusal):  # (the planner has no Save
                # button to try again with; a refusal of the team's rules is not one to try again)
                text += " " + self.tr("What you typed is kept: Ctrl+S saves it, and so does closing the planner.")
            self.status.setText(text)
            self.status.setStyleSheet("color: #c62828;")
            return False
        self.checklist.set_items(checklist)
        self.save_state.setText(self.tr("Saved"))
        self._show_status(checklist)
        self._say_if_back_to_planned(self.status_seen)
        self.unsaved = False
        self.saved.emit(self.plan.id)
        return True

    def _not_saved_changed_elsewhere(self) -> None:
        self.save_state.setText("")
        self.status.setText(self.tr("Not saved: this plan was changed elsewhere since you opened it. "
                                    "What you typed is kept; save again (Ctrl+S) to compare."))
        self.status.setStyleSheet("color: #c62828;")

    def _save(self, plan: PlanData) -> list[ChecklistEntry] | None:
        """Save the plan; one saved elsewhere meanwhile is merged with it (the rep chooses where both
        changed the same thing, again if it was saved elsewhere once more while they chose), or None when
        the rep cancelled that choice."""
        base = self.stored
        for _attempt in range(5):
            try:
                checklist = visits.save_plan(self.db, plan)
                break
            except visits.PlanChangedMeanwhile as exc:
                people = {person.id: person.name for person in self.briefing.people}
                settled = plan_conflict.settle(self, self.windowTitle(), base, plan, exc.theirs, people)
                if settled is None:
                    self.conflict_open = True  # no autosave meets the window again at each pause in typing
                    return None
                self.status_seen = exc.theirs.status  # (a status changed there is theirs to have said)
                base, plan = exc.theirs, settled  # what the rep decided on, against the plan as it is now
        else:
            raise visits.PlanChangedMeanwhile(visits.load_plan(self.db, plan.id))
        if plan is not self.plan:
            self.plan = plan
            self._load_widgets()
        self.conflict_open = False
        self.stored = copy.deepcopy(self.plan)
        return checklist

    def has_unsaved_changes(self) -> bool:
        return self.unsaved

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close():
            event.ignore()
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:  # Esc and Close both end here
        if self._may_close():
            super().done(result)

    def _may_close(self) -> bool:
        """Saved first; what could not be saved (a conflict put off, a problem) is the rep's to drop."""
        if not self.unsaved or self.save_now():
            return True
        answer = QMessageBox.question(
            self, self.tr("Close without saving?"),
            self.tr("What you changed in this plan is not saved (see the line at the bottom). Close and drop it?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Discard:
            self.unsaved = False
            return True
        return False

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _say_if_back_to_planned(self, was: str) -> None:
        if was == VisitStatus.READY.value and self.plan.status == VisitStatus.PLANNED.value:
            state = visits.readiness(self.db, self.plan.id)
            self._say(self.tr("Back to Planned: %1 is not ticked any more.").replace(
                "%1", "; ".join(f"“{item}”" for item in state.open_items)))

    # -- checklist and readiness -------------------------------------------------------------------
    def _tick(self, item_id: int, done: bool) -> None:
        """A box ticked by hand (called from inside the tree's itemChanged: update in place only)."""
        if item_id < 0:  # a new visit's template item: write the visit, then tick its item (not from in here)
            QTimer.singleShot(0, self, lambda: self._tick_new(-1 - item_id, done))
            return
        was = self.plan.status
        try:
            entry = visits.set_done(self.db, item_id, done)
        except KnownError as exc:
            self.status.setText(message_of(exc))
            QTimer.singleShot(0, self, lambda: self.checklist.set_items(self._checklist()))
            return
        self.checklist.update_entry(entry)
        self._show_status()
        self._say_if_back_to_planned(was)
        self.saved.emit(self.plan.id)

    def _tick_new(self, index: int, done: bool) -> None:
        if self.save_now():
            self._tick(visits.load_checklist(self.db, self.plan.id)[index].id, done)

    def add_to_pack(self) -> None:
        if not self.extra_item.text().strip():
            self.status.setText(self.tr("Type what to add to the checklist first."))
            return
        try:
            if not self.save_now():
                return
            entries = visits.add_item(self.db, self.plan.id, self.extra_item.text())
        except KnownError as exc:
            self.status.setText(str(exc))
            return
        self.extra_item.clear()
        self.checklist.set_items(entries)
        self._show_status(entries)  # (the count of items ticked changes with it)
        self.saved.emit(self.plan.id)

    def toggle_ready(self) -> None:
        if not self.save_now():
            return
        self._say("")
        try:
            if self.plan.status == VisitStatus.READY.value:
                visits.back_to_planned(self.db, self.plan.id)
            else:
                try:
                    visits.mark_ready(self.db, self.plan.id)
                except CriticalItemsOpen as exc:
                    reason = OverrideDialog.ask(exc.items, self)
                    if reason is None:
                        return
                    visits.mark_ready(self.db, self.plan.id, override_reason=reason)
        except KnownError as exc:  # done or cancelled meanwhile
            self._say(message_of(exc))
        self._show_status()
        self.saved.emit(self.plan.id)

    def _show_status(self, checklist: list[ChecklistEntry] | None = None) -> None:
        """The status line (the same words as Today, the agenda and the brief) and what the buttons offer."""
        if self.plan.id is None:
            state = readiness.of_checklist(self.plan.status, checklist if checklist is not None else self._checklist())
        else:
            state = visits.readiness(self.db, self.plan.id)
            self.plan.status, self.plan.ready_override_reason = state.status, state.override_reason
        self.status.setText(labels.readiness(state, long=True))
        bold = "font-weight: bold;" if state.override_reason and state.critical_open else ""
        self.status.setStyleSheet(f"color: #c62828; {bold}" if state.alert else "")
        ready = state.status == VisitStatus.READY.value
        self.ready_button.setText(self.tr("Back to &planned") if ready else self.tr("Mark &ready"))
        self.ready_button.setEnabled(state.is_open)
        self.ready_button.setToolTip("" if state.is_open else self.tr(
            "This visit is %1: it is not made planned or ready again (correct the outcome instead).")
            .replace("%1", labels.visit_status(state.status)))
        self.outcome_button.setText(self.tr("Correct the &outcome…") if state.result else self.tr("Log &outcome…"))
        self.cancel_button.setEnabled(self.plan.id is not None and state.is_open)

    # -- helpers -----------------------------------------------------------------------------------
    def build_opening_line(self) -> None:
        openings, rep = preferences.opening_lines(self.db, QLocale().name())
        people = {p.id: p for p in self.briefing.people}
        chosen = [people[i] for i in self.form.checked_people() if i in people] or self.briefing.people[:1]
        contact = chosen[0] if chosen else None
        approach = self.form.approach.currentData() or ApproachMethod.DIRECT.value
        text = plan_templates.fill_opening(openings[approach], plan_templates.opening_values(
            contact, self.briefing.customer_name, rep, self.form.texts["purpose"].text()))
        self.form.texts["opening_line"].replace_text(text)
        self.form.texts["opening_line"].setFocus(Qt.FocusReason.OtherFocusReason)

    def cancel_visit(self) -> None:
        from ui.visit_actions import cancel_visit

        if self.plan.id is None or not self.save_now():
            return
        self.visit_form = cancel_visit(self.db, self.plan.id, self._about(), self, self.push_change,
                                       on_cancelled=self._cancelled)

    def _cancelled(self) -> None:
        self._show_status()
        self.saved.emit(self.plan.id)

    def delete_visit(self) -> None:
        from ui.visit_actions import delete_visit

        if self.plan.id is None or not self.save_now():  # what was typed goes too, and comes back with undo
            return
        if delete_visit(self.db, self.plan.id, self._about(), self, self.push_change):
            self.deleted.emit(self.plan.id)
            super().done(0)

    def _about(self) -> str:
        return f"{self.plan.planned_start:%Y-%m-%d %H:%M} {self.briefing.customer_name}"

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

        self._show_status()
        self.show_open_work()
        self.saved.emit(self.plan.id)
        self.suggestions_dialog = offer(self.db, self.outcome_dialog.suggested, self.push_change, self)

    def show_brief(self) -> None:
        """The brief as it stands (saved first), drawn off the GUI thread, then in a preview to print or save."""
        from models.brief.service import brief_pdf
        from ui.operations import in_background

        if self.brief_operation is not None or not self.save_now():
            return  # (one brief at a time: Ctrl+P held down asks once)
        db, visit_id, lang, paper = self.db, self.plan.id, QLocale().name(), preferences.paper(self.db)
        name = f"{self.plan.planned_start:%Y-%m-%d %H%M} {self.briefing.customer_name}.pdf".replace("/", "-")
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self.brief_operation = in_background(lambda: brief_pdf(db, visit_id, lang, paper),
                                             lambda pdf: self._brief_drawn(pdf, name), self._brief_failed, self)

    def _brief_drawn(self, pdf: bytes, name: str) -> None:
        from ui.dialogs.brief_preview import BriefPreview

        self._brief_done()
        self.brief_preview = BriefPreview(pdf, name, self, self.folders)
        self.brief_preview.open()

    def _brief_failed(self, exc: BaseException) -> None:
        from ui.errors import report_exception

        self._brief_done()
        report_exception(exc, parent=self)

    def _brief_done(self) -> None:
        self.brief_operation = None
        QApplication.restoreOverrideCursor()

    def _fill_copy_menu(self, menu: QMenu) -> None:
        for earlier in plan_library.earlier_plans(self.db, self.plan.customer_id, self.plan.id):
            who = "" if earlier.same_customer else f"{earlier.customer_name}: "
            text = f"{earlier.when:%Y-%m-%d}  {who}{shortened(earlier.purpose)}"
            menu.addAction(labels.menu_text(text)).triggered.connect(lambda _c=False, vid=earlier.visit_id: self.copy_from(vid))
        if menu.isEmpty():
            menu.addAction(self.tr("No earlier plans yet")).setEnabled(False)

    def copy_from(self, visit_id: int) -> None:
        self.plan = visits.copy_plan(visits.load_plan(self.db, visit_id), self.collect())
        self._load_widgets()
        self.save_now()
