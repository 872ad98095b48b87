"""The Today page's plan for the day: one list in sections, in the order to do things (models.visits.today).

Each section says its count and shows its first lines; "Show all N…" opens the complete list. Sections
collapse (Left / Right, or a click on the arrow) and stay as the rep left them. The keys of the selected
line are in the bar above the list (ui.loop_actions). The sections are gathered off the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidgetItem, QVBoxLayout, QWidget

from models.visits import today
from models.visits.today import Line, Section, TodayPage
from ui import labels
from ui.suggestion_text import change_text, reason_text
from ui.widgets.work_tree import ActionBar, WorkTree

if TYPE_CHECKING:
    from ui.loop_actions import LoopActions

ALERT = QColor("#c62828")
QUIET = QColor("#6b6b6b")
HEADING_BACKGROUND = QColor(0, 0, 0, 14)
SECTION_ROLE = Qt.ItemDataRole.UserRole + 11  # a heading's or "Show all"'s section key
COLLAPSED_AT_FIRST = {today.FREQUENCY, today.STALLED_OPPORTUNITIES, today.SUGGESTIONS}


def line_key(line: Line | None) -> tuple | None:
    if line is None:
        return None
    return line.what, line.item_id, line.visit_id, line.customer_id, line.kind


class TodayLists(QWidget):
    show_all_requested = Signal(str)  # section key
    collapsed_changed = Signal(object)  # the set of collapsed section keys

    def __init__(self, actions: LoopActions, collapsed: set[str] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.collapsed = set(COLLAPSED_AT_FIRST if collapsed is None else collapsed)
        self.summary = QLabel()
        self.summary.setObjectName("todaySummary")
        self.tree = WorkTree(actions)
        self.tree.setRootIsDecorated(True)
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Customer"), self.tr("What"), self.tr("Status")])
        header = self.tree.header()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.tree.setAccessibleName(self.tr("The plan for today"))
        self.tree.itemExpanded.connect(lambda item: self._remember(item, expanded=True))
        self.tree.itemCollapsed.connect(lambda item: self._remember(item, expanded=False))
        self.tree.other_activated.connect(self._other_activated)
        self.bar = ActionBar(self.tree, self.tr("↑↓ a line · Enter opens it · ←→ a section · F5 refreshes"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.bar)
        layout.addWidget(self.tree, 1)
        self.page: TodayPage | None = None
        self.headings: dict[str, QTreeWidgetItem] = {}

    def titles(self) -> dict[str, str]:
        return {today.VISITS: self.tr("Today's visits"), today.DUE_TODAY: self.tr("Due today"),
                today.OVERDUE: self.tr("Overdue"), today.NO_OUTCOME: self.tr("Outcomes to log (visits over 24 hours ago)"),
                today.TOMORROW: self.tr("Tomorrow's visits to prepare"),
                today.DROPS: self.tr("Spend drops"), today.FREQUENCY: self.tr("Not visited within their tier's frequency"),
                today.STALLED_OPPORTUNITIES: self.tr("Opportunities stalled at 1-3 follow-ups"),
                today.DATES: self.tr("Dates in the next 14 days"), today.SUGGESTIONS: self.tr("Suggested tier and stage changes")}

    def empty_texts(self) -> dict[str, str]:
        return {today.VISITS: self.tr("No visits today. Plan one with New visit… (Ctrl+Shift+N)."),
                today.DUE_TODAY: self.tr("Nothing due today."), today.OVERDUE: self.tr("Nothing overdue."),
                today.NO_OUTCOME: self.tr("Every visit has its outcome."), today.DROPS: self.tr("No spend drops."),
                today.TOMORROW: self.tr("Tomorrow's visits are ready (or there are none)."),
                today.FREQUENCY: self.tr("Everyone was visited within their tier's frequency."),
                today.STALLED_OPPORTUNITIES: self.tr("No stalled opportunities."),
                today.DATES: self.tr("No dates in the next 14 days."), today.SUGGESTIONS: self.tr("Nothing to review.")}

    # -- filling -----------------------------------------------------------------------------------
    def show_page(self, page: TodayPage) -> None:
        self.page = page
        selected = line_key(self.tree.line())
        current = self.tree.currentItem()
        place = None
        if current is not None and current.parent() is not None:
            place = (current.parent().data(0, SECTION_ROLE), current.parent().indexOfChild(current))
        elif current is not None:
            place = (current.data(0, SECTION_ROLE), -1)
        self.tree.blockSignals(True)
        self.tree.clear()
        self.headings = {}
        titles, empty = self.titles(), self.empty_texts()
        for key in today.SECTIONS:
            self._section(key, titles[key], empty[key], page.sections[key])
        self.tree.blockSignals(False)
        self._summarise(page)
        first_time = self.tree.currentItem() is None and selected is None and place is None
        for column in (0, 1, 3):
            self.tree.resizeColumnToContents(column)
        self.tree.setColumnWidth(1, min(self.tree.columnWidth(1), 280))
        self.tree.setColumnWidth(3, min(self.tree.columnWidth(3), 360))
        if first_time:
            self._select_first()
        else:
            self._reselect(selected, place)

    def _select_first(self) -> None:
        """The first line of the plan, so that the keys work at once."""
        for heading in self.headings.values():
            if heading.isExpanded() and heading.childCount() and self.tree.line(heading.child(0)) is not None:
                return self.tree.setCurrentItem(heading.child(0))

    def _section(self, key: str, title: str, empty: str, section: Section) -> None:
        heading = QTreeWidgetItem(self.tree, [f"{title}  ·  {section.total:,}"])
        heading.setData(0, SECTION_ROLE, key)
        heading.setFirstColumnSpanned(True)
        font = QFont(heading.font(0))
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.08)
        heading.setFont(0, font)
        for column in range(4):
            heading.setBackground(column, QBrush(HEADING_BACKGROUND))
        if section.total and key in (today.OVERDUE, today.NO_OUTCOME):
            heading.setForeground(0, QBrush(ALERT))
        self.headings[key] = heading
        for line in section.lines:
            texts, alert = self.texts(key, line)
            item = QTreeWidgetItem(heading, [" ".join(str(t).split()) for t in texts])
            WorkTree.set_line(item, line)
            if alert:
                item.setForeground(0, QBrush(ALERT))
                item.setForeground(3, QBrush(ALERT))
            elif key == today.DUE_TODAY:
                item.setForeground(0, QBrush(QUIET))
            item.setToolTip(2, line.text)
        if not section.lines:
            item = QTreeWidgetItem(heading, ["", empty])
            item.setFirstColumnSpanned(False)
            item.setForeground(1, QBrush(QUIET))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        elif section.total > len(section.lines):
            more = QTreeWidgetItem(heading, ["", self.tr("Show all %1…").replace("%1", f"{section.total:,}")])
            more.setData(0, SECTION_ROLE, key)
            more.setForeground(1, QBrush(self.palette().link().color()))
        heading.setExpanded(key not in self.collapsed)

    def texts(self, key: str, line: Line) -> tuple[list[str], bool]:
        """[when, customer, what, status] of a line, and whether it is an alert."""
        nothing = self.tr("brings nothing yet")
        if key in (today.VISITS, today.TOMORROW):
            return [f"{line.when:%H:%M}", line.customer_name, line.text, labels.readiness(line.readiness)], \
                line.readiness.alert
        if key in (today.DUE_TODAY, today.OVERDUE):
            when = self.tr("today") if key == today.DUE_TODAY else self._late(line.when)
            if line.what == today.FOLLOW_UP:
                what = self.tr("%1: %2").replace("%1", labels.follow_up_channel(line.kind)).replace(
                    "%2", line.text or nothing)
                status = self.tr("follow-up #%1").replace("%1", str(line.number)) if line.number else self.tr("follow-up")
                if line.moves:
                    status += self.tr(", moved %1×").replace("%1", str(line.moves))
            else:
                what = self.tr("%1: %2").replace("%1", labels.promise_by(line.kind)).replace("%2", line.text)
                status = self.tr("promise")
            return [when, line.customer_name, what, status], key == today.OVERDUE
        if key == today.NO_OUTCOME:
            return [f"{line.when:%m-%d %H:%M}", line.customer_name, line.text, self.tr("log the outcome")], True
        if key == today.DROPS:
            return ["", line.customer_name, self.tr("Spend %1 against their own average").replace("%1", line.text),
                    ""], True
        if key == today.FREQUENCY:
            when = f"{line.when:%Y-%m-%d}" if line.when else self.tr("never")
            return [when, line.customer_name, self.tr("%1: last visit %2").replace("%1", labels.tier(line.kind))
                    .replace("%2", when), ""], False
        if key == today.STALLED_OPPORTUNITIES:
            return [f"{line.when:%Y-%m-%d}" if line.when else "", line.customer_name,
                    self.tr("%1 follow-up(s) done, none scheduled").replace("%1", line.text), ""], False
        if key == today.DATES:
            return [labels.day_month(line.when), line.customer_name,
                    self.tr("%1: %2").replace("%1", labels.key_date_kind(line.kind)).replace("%2", line.text), ""], False
        suggestion = line.suggestion
        return ["", line.customer_name, change_text(suggestion), reason_text(suggestion)], False

    def _late(self, day: dt.date) -> str:
        days = (self.page.day - day).days if self.page else 0
        if days == 1:
            return self.tr("%1, yesterday").replace("%1", f"{day:%m-%d}")
        return self.tr("%1, %Ln day(s) late", "", days).replace("%1", f"{day:%m-%d}")

    def _summarise(self, page: TodayPage) -> None:
        s = page.sections
        day = QLocale().toString(page.day, QLocale.FormatType.LongFormat)
        parts = [self.tr("%Ln visit(s)", "", s[today.VISITS].total),
                 self.tr("%1 due today").replace("%1", f"{s[today.DUE_TODAY].total:,}"),
                 self.tr("%1 overdue").replace("%1", f"{s[today.OVERDUE].total:,}"),
                 self.tr("%Ln outcome(s) to log", "", s[today.NO_OUTCOME].total)]
        self.summary.setText(f"<b>{day}</b> — " + " · ".join(parts))

    def _reselect(self, selected: tuple | None, place: tuple | None) -> None:
        """The line selected before, or the one now in its place (the next line once one is done)."""
        for heading in self.headings.values():
            for i in range(heading.childCount()):
                if selected is not None and line_key(self.tree.line(heading.child(i))) == selected:
                    return self.tree.setCurrentItem(heading.child(i))
        if place is None:
            return
        key, index = place
        heading = self.headings.get(key)
        if heading is None:
            return
        if index >= 0 and heading.childCount():
            child = heading.child(min(index, heading.childCount() - 1))
            if self.tree.line(child) is not None:
                return self.tree.setCurrentItem(child)
        self.tree.setCurrentItem(heading)

    # -- sections ----------------------------------------------------------------------------------
    def _remember(self, item: QTreeWidgetItem, expanded: bool) -> None:
        key = item.data(0, SECTION_ROLE)
        if key is None or item.parent() is not None:
            return
        (self.collapsed.discard if expanded else self.collapsed.add)(key)
        self.collapsed_changed.emit(set(self.collapsed))

    def _other_activated(self, item: QTreeWidgetItem) -> None:
        key = item.data(0, SECTION_ROLE)
        if key is None:
            return
        if item.parent() is None:
            item.setExpanded(not item.isExpanded())
        else:
            self.show_all_requested.emit(key)

    def heading(self, key: str) -> QTreeWidgetItem:
        return self.headings[key]

    def lines(self, key: str) -> list[Line]:
        heading = self.headings[key]
        return [line for line in (self.tree.line(heading.child(i)) for i in range(heading.childCount())) if line]

    def item_of(self, key: str, index: int) -> QTreeWidgetItem:
        return self.headings[key].child(index)
