"""The Today page's lists: each line names a visit or a customer and opens it (Enter or double-click).

The lists are gathered off the GUI thread (models.today) and shown when they arrive.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QScrollArea, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from models import suggestions, today
from models.agenda import AgendaVisit
from models.suggestions import Suggestion
from ui import labels
from ui.suggestion_text import change_text, reason_text

if TYPE_CHECKING:
    from models.db import Database

ALERT = QColor("#c62828")
VISIT_ROLE = Qt.ItemDataRole.UserRole
CUSTOMER_ROLE = Qt.ItemDataRole.UserRole + 1
ROWS_SHOWN = 8


@dataclass
class TodayData:
    visits: list[AgendaVisit]
    follow_ups: list[today.Line]
    no_outcome: list[today.Line]
    promises: list[today.Line]
    drops: list[today.Line]
    frequency: list[today.Line]
    stalled: list[today.Line]
    dates: list[today.Line]
    suggestions: list[Suggestion]


def gather(db: Database, now: dt.datetime) -> TodayData:
    day = now.date()
    return TodayData(today.todays_visits(db, day), today.follow_ups_due(db, day), today.visits_without_outcome(db, now),
                     today.promises_due(db, day), today.spend_drops(db), today.past_visit_frequency(db, now),
                     today.stalled_opportunities(db), today.dates_ahead(db, day), suggestions.pending(db, now))


class TodayLists(QScrollArea):
    open_visit = Signal(int)
    open_customer = Signal(int)
    review_suggestions = Signal(int)  # customer id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget()
        self.column = QVBoxLayout(holder)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.sections: dict[str, tuple[QLabel, QTreeWidget]] = {}
        for key, title in (("visits", self.tr("Today's visits")), ("follow_ups", self.tr("Follow-ups due")),
                           ("no_outcome", self.tr("Visits without an outcome after 24 hours")),
                           ("promises", self.tr("Promises due")), ("drops", self.tr("Spend drops")),
                           ("frequency", self.tr("Not visited within their tier's frequency")),
                           ("stalled", self.tr("Opportunities stalled at 1-3 follow-ups")),
                           ("dates", self.tr("Dates in the next 14 days")),
                           ("suggestions", self.tr("Suggested tier and stage changes"))):
            self._section(key, title)
        self.column.addStretch(1)
        self.setWidget(holder)

    def _section(self, key: str, title: str) -> None:
        heading = QLabel(title)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        tree = QTreeWidget()
        tree.setHeaderHidden(True)
        tree.setColumnCount(3)
        tree.setRootIsDecorated(False)
        tree.setColumnWidth(0, 160)
        tree.setColumnWidth(1, 260)
        tree.itemActivated.connect(self._activated)
        tree.setAccessibleName(title)
        self.column.addWidget(heading)
        self.column.addWidget(tree)
        self.sections[key] = (heading, tree)

    def show_data(self, data: TodayData) -> None:
        nothing = self.tr("brings nothing yet")
        self._fill("visits", [(f"{v.start:%H:%M}", v.customer_name, self._readiness(v), v.id, v.customer_id,
                               v.critical_open > 0) for v in data.visits])
        self._fill("follow_ups", [(self._date(line.when, line.overdue), line.customer_name,
                                   f"{labels.follow_up_channel(line.kind)}: {line.text or nothing}",
                                   line.visit_id, line.customer_id, line.overdue) for line in data.follow_ups])
        self._fill("no_outcome", [(f"{line.when:%Y-%m-%d %H:%M}", line.customer_name, line.text, line.visit_id,
                                   line.customer_id, True) for line in data.no_outcome])
        self._fill("promises", [(self._date(line.when, line.overdue), line.customer_name,
                                 f"{labels.promise_by(line.kind)}: {line.text}", line.visit_id, line.customer_id,
                                 line.overdue) for line in data.promises])
        self._fill("drops", [("", line.customer_name, line.text, None, line.customer_id, True) for line in data.drops])
        self._fill("frequency", [(f"{line.when:%Y-%m-%d}" if line.when else self.tr("never"), line.customer_name,
                                  labels.tier(line.kind), None, line.customer_id, False) for line in data.frequency])
        self._fill("stalled", [(f"{line.when:%Y-%m-%d}" if line.when else "", line.customer_name,
                                self.tr("%1 follow-up(s) done, none scheduled").replace("%1", line.text), None,
                                line.customer_id, False) for line in data.stalled])
        self._fill("dates", [(f"{line.when:%m-%d}", line.customer_name,
                              f"{labels.key_date_kind(line.kind)}: {line.text}", None, line.customer_id, False)
                             for line in data.dates])
        self._fill("suggestions", [(change_text(s), s.customer_name, reason_text(s), None, s.customer_id, False)
                                   for s in data.suggestions])

    def _fill(self, key: str, rows: list[tuple]) -> None:
        heading, tree = self.sections[key]
        title = heading.text().split(" (")[0]
        heading.setText(f"{title} ({len(rows)}{'+' if len(rows) >= today.LIMIT else ''})")
        tree.clear()
        for when, name, text, visit_id, customer_id, alert in rows:
            item = QTreeWidgetItem(tree, [when, name, " ".join(str(text).split())])
            item.setData(0, VISIT_ROLE, visit_id)
            item.setData(0, CUSTOMER_ROLE, customer_id)
            if alert:
                item.setForeground(0, QBrush(ALERT))
        rows_shown = min(max(len(rows), 1), ROWS_SHOWN)
        tree.setFixedHeight(tree.sizeHintForRow(0) * rows_shown + 6 if rows else 0)
        tree.setVisible(bool(rows))

    def _readiness(self, visit: AgendaVisit) -> str:
        text = self.tr("%1/%2 ready").replace("%1", str(visit.items_done)).replace("%2", str(visit.items_total))
        return text + (self.tr(", critical items open") if visit.critical_open else "")

    def _date(self, when, overdue: bool) -> str:
        return f"{when:%Y-%m-%d}" + (self.tr(" (overdue)") if overdue else "")

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        visit_id, customer_id = item.data(0, VISIT_ROLE), item.data(0, CUSTOMER_ROLE)
        if item.treeWidget() is self.tree("suggestions"):
            self.review_suggestions.emit(customer_id)
        elif visit_id is not None:
            self.open_visit.emit(visit_id)
        elif customer_id is not None:
            self.open_customer.emit(customer_id)

    def tree(self, key: str) -> QTreeWidget:
        return self.sections[key][1]
