"""The plan of a visit: when and where, who to meet, the step and approach, purpose, opening line, next step."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.visits.visit_context import PersonChoice
from models.visits.visits import PLAN_TEXTS, PlanData
from models.vocabulary import ApproachMethod, CycleStep
from ui import labels
from ui.widgets.text_box import TextBox


class PlanForm(QWidget):
    changed = Signal()
    build_opening_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.duration = QSpinBox()
        self.duration.setRange(5, 1440)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.place = QLineEdit()
        self.people = QListWidget()
        self.people.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.people.setAccessibleName(self.tr("People to meet"))
        self.cycle_step = self._combo([(s.value, labels.cycle_step(s.value)) for s in CycleStep])
        self.approach = self._combo([(m.value, labels.approach(m.value)) for m in ApproachMethod])
        self.approach_hint = QLabel()
        self.approach_hint.setWordWrap(True)
        self.approach_hint.setStyleSheet("color: palette(placeholder-text);")
        self.approach.currentIndexChanged.connect(self._show_hint)
        self.texts = {
            "purpose": TextBox(2, self.tr("What this visit is for, as the customer's benefit")),
            "action_plan": TextBox(2, self.tr("How you will go about it")),
            "expected_result": TextBox(2, self.tr("What you expect to have at the end")),
            "customer_profile": TextBox(2, self.tr("From what you know: what kind of customer is this?")),
            "expected_reception": TextBox(2, self.tr("What reception can you expect?")),
            "opening_line": TextBox(4, self.tr("Greet by name and title, introduce yourself, thank, rapport, purpose, ask")),
            "decision_maker_plan": TextBox(2, self.tr("If you meet the decision maker, what will you do and say?")),
            "next_step": TextBox(2, self.tr("After this visit, what is your next step?")),
        }
        assert set(self.texts) == set(PLAN_TEXTS)
        self.build_opening = QPushButton(self.tr("&Fill from template"))
        self.build_opening.setToolTip(self.tr("The opening line of the chosen approach, with the contact's name and "
                                              "title and your own (Settings); edit it afterwards."))
        self.build_opening.clicked.connect(self.build_opening_requested)
        self._layout()
        for widget_signal in (self.when.dateTimeChanged, self.duration.valueChanged, self.place.textChanged,
                              self.cycle_step.currentIndexChanged, self.approach.currentIndexChanged,
                              self.people.itemChanged):
            widget_signal.connect(self.changed)
        for box in self.texts.values():
            box.textChanged.connect(self.changed)

    def _combo(self, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.addItem("—", None)
        for value, text in items:
            combo.addItem(text, value)
        return combo

    def _layout(self) -> None:
        form = QFormLayout(self)
        form.addRow(self._label(self.tr("&When"), self.when), self._row(QHBoxLayout(), self.when, QLabel(self.tr("Duration")),
                                                                        self.duration, stretch=True))
        form.addRow(self.tr("P&lace"), self.place)
        form.addRow(self.tr("People to &meet"), self.people)
        form.addRow(self.tr("Sales cycle &step"), self.cycle_step)
        form.addRow(self._label(self.tr("&Approach"), self.approach), self._row(QVBoxLayout(), self.approach,
                                                                               self.approach_hint))
        form.addRow(self.tr("P&urpose"), self.texts["purpose"])
        form.addRow(self.tr("Action plan"), self.texts["action_plan"])
        form.addRow(self.tr("The customer"), self.texts["customer_profile"])
        form.addRow(self.tr("Expected reception"), self.texts["expected_reception"])
        form.addRow(self.tr("Expected result"), self.texts["expected_result"])
        opening = self.texts["opening_line"]
        form.addRow(self._label(self.tr("Openin&g line"), opening), self._row(QVBoxLayout(), opening, self.build_opening))
        form.addRow(self.tr("Decision maker"), self.texts["decision_maker_plan"])
        form.addRow(self.tr("&Next step"), self.texts["next_step"])

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    @staticmethod
    def _row(layout, *widgets: QWidget, stretch: bool = False) -> QWidget:
        """Several widgets as one form field (a row of a QFormLayout shows a nested layout's & literally)."""
        holder = QWidget()
        holder.setLayout(layout)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft if widget is not widgets[0] and not stretch
                             and isinstance(widget, QPushButton) else Qt.AlignmentFlag(0))
        if stretch:
            layout.addStretch(1)
        return holder

    def _show_hint(self) -> None:
        self.approach_hint.setText(labels.approach_hint(self.approach.currentData()))

    # -- data --------------------------------------------------------------------------------------
    def set_plan(self, plan: PlanData, people: list[PersonChoice]) -> None:
        self.blockSignals(True)
        start = plan.planned_start
        self.when.setDateTime(QDateTime(QDate(start.year, start.month, start.day), QTime(start.hour, start.minute)))
        self.duration.setValue(plan.duration_minutes)
        self.place.setText(plan.place)
        self.people.clear()
        for person in people:
            role = labels.buying_role(person.buying_role)
            item = QListWidgetItem(" · ".join(part for part in (person.name, person.title, role) if part))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.id in plan.contact_ids else Qt.CheckState.Unchecked)
            self.people.addItem(item)
        self.cycle_step.setCurrentIndex(max(0, self.cycle_step.findData(plan.cycle_step)))
        self.approach.setCurrentIndex(max(0, self.approach.findData(plan.approach_method)))
        self._show_hint()
        for name, box in self.texts.items():
            box.set_text(getattr(plan, name))
        self.blockSignals(False)

    def fill(self, plan: PlanData) -> None:
        """Put what the form shows into ``plan``."""
        when = self.when.dateTime()
        date, time = when.date(), when.time()
        plan.planned_start = dt.datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())
        plan.duration_minutes = self.duration.value()
        plan.place = self.place.text()
        plan.contact_ids = self.checked_people()
        plan.cycle_step = self.cycle_step.currentData()
        plan.approach_method = self.approach.currentData()
        for name, box in self.texts.items():
            setattr(plan, name, box.text())

    def checked_people(self) -> list[int]:
        return [self.people.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.people.count())
                if self.people.item(i).checkState() == Qt.CheckState.Checked]
