"""The customer record's activity: visits, outcomes, follow-ups and promises, newest (or furthest ahead)
first (models.visits.timeline). Enter opens the visit a line belongs to; an open follow-up or promise is closed
with the keys of Today (D, R, X: ui.loop_actions), undoable."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidgetItem, QVBoxLayout, QWidget


from models.visits import timeline, today
from models.visits.timeline import Event
from ui import labels
from ui.loop_actions import LoopActions
from ui.widgets.work_tree import ActionBar, WorkTree

if TYPE_CHECKING:
    from models.storage.db import Database

OPEN_COLOR = QColor("#1f4e79")
LATE = QColor("#c62828")


class ActivityTab(QWidget):
    open_visit = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.db: Database | None = None
        self.customer_id: int | None = None
        self.customer_name = ""
        self.actions = LoopActions(self)
        self.actions.open_visit.connect(self.open_visit)
        self.actions.changed.connect(self.refresh)
        self.tree = WorkTree(self.actions)
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Status"), self.tr("Note")])
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # what happened, and why
        self.tree.header().setStretchLastSection(False)
        self.tree.setAccessibleName(self.tr("Activity"))
        self.empty = QLabel(self.tr("Nothing yet: visits, outcomes, follow-ups and promises show here."))
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addWidget(ActionBar(self.tree, self.tr("Newest first · Enter opens the visit")))
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)

    def set_customer(self, db: Database, customer_id: int, name: str, push_change) -> None:
        self.db, self.customer_id, self.customer_name = db, customer_id, name
        self.actions.db, self.actions.push_change = db, push_change
        self.refresh()

    def refresh(self) -> None:
        if self.db is None or self.customer_id is None:
            return
        self.tree.clear()
        day = dt.date.today()
        events = timeline.activity(self.db, self.customer_id)
        for event in events:
            item = QTreeWidgetItem(self.tree, self.texts(event))
            item.setToolTip(1, event.text)
            self.tree.set_line(item, self.line_of(event, day))
            if event.is_open:
                late = event.due_on is not None and event.due_on < day
                item.setForeground(2, QBrush(LATE if late else OPEN_COLOR))
        for column in (0, 2):
            self.tree.resizeColumnToContents(column)
        self.empty.setVisible(not events)
        self.tree.setVisible(bool(events))

    def line_of(self, event: Event, day: dt.date) -> today.Line:
        """The event as a line of work: an open follow-up or promise can be closed; the rest opens its visit."""
        what = {timeline.FOLLOW_UP: today.FOLLOW_UP, timeline.PROMISE: today.PROMISE}.get(event.kind) \
            if event.is_open else today.VISIT
        if what == today.VISIT and event.visit_id is None:
            what = today.CUSTOMER
        return today.Line(self.customer_id, self.customer_name, event.text, event.due_on, event.visit_id,
                          overdue=event.due_on is not None and event.due_on < day, kind=event.detail,
                          what=what, item_id=event.item_id)

    def texts(self, event: Event) -> list[str]:
        text = " ".join(event.text.split())
        if event.kind == timeline.VISIT:
            return [f"{event.when:%Y-%m-%d %H:%M}", self.tr("Visit: %1").replace("%1", text),
                    labels.readiness(event.readiness), ""]
        if event.kind == timeline.OUTCOME:
            return [f"{event.when:%Y-%m-%d %H:%M}", self.tr("Outcome: %1").replace("%1", text),
                    labels.outcome_result(event.status), ""]
        if event.kind == timeline.HAND_OVER:
            return [f"{event.when:%Y-%m-%d %H:%M}",
                    self.tr("Handed over from %1 to %2").replace("%1", event.detail or self.tr("nobody"))
                    .replace("%2", text), "", self.tr("by %1").replace("%1", event.note) if event.note else ""]
        if event.kind == timeline.FOLLOW_UP:
            what = self.tr("Follow-up · %1: %2").replace("%1", labels.follow_up_channel(event.detail)).replace(
                "%2", text or self.tr("brings nothing yet"))
            status = labels.label("follow_up_status", event.status)
        else:
            what = f"{labels.promise_by(event.detail)}: {text}"
            status = labels.label("promise_status", event.status)
        if event.is_open and event.due_on:
            status = self.tr("%1, due %2").replace("%1", status).replace("%2", f"{event.due_on:%Y-%m-%d}")
        note = event.note
        if event.moved_from:
            moved = self.tr("moved from %1").replace("%1", f"{event.moved_from:%Y-%m-%d}")
            moved += f": {event.move_reason}" if event.move_reason else ""
            note = f"{note} · {moved}" if note else moved
        when = f"{event.when:%Y-%m-%d %H:%M}" if not event.is_open else f"{event.when:%Y-%m-%d}"
        return [when, what, status, note]
