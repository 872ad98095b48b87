"""Log the outcome of a visit, in the order of the brief's handwritten section, from the keyboard alone:
result, step reached, what happened, objections met, closing signals, promises, what was agreed, next
step, follow-up. Ctrl+Enter saves; a problem is shown and nothing typed is lost."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import outcomes, suggestions, validation
from models.outcomes import FollowUpData, InvalidOutcome, ObjectionMetData, OutcomeData, PromiseData
from models.vocabulary import ClosingSignal, CycleStep, FollowUpChannel, ObjectionCategory, OutcomeResult, PromiseBy
from ui import labels
from ui.widgets.row_table import RowTable
from ui.widgets.text_box import TextBox

if TYPE_CHECKING:
    from models.db import Database

DEFAULT_FOLLOW_UP_DAYS = 7


def combo(items: list[tuple[str | None, str]]) -> QComboBox:
    box = QComboBox()
    for value, text in items:
        box.addItem(text, value)
    return box


class ObjectionsMetTable(RowTable):
    def __init__(self, parent: QWidget | None = None):
        super().__init__([self.tr("Kind"), self.tr("What they said"), self.tr("How it was answered"), self.tr("Resolved")],
                         2, parent)
        self.table.setMinimumHeight(110)
        self.add_objection = self.add_button(self.tr("Add &objection"))
        self.add_objection.clicked.connect(lambda: self.add(ObjectionMetData("")))

    def add(self, item: ObjectionMetData) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setCellWidget(row, 0, combo([(c.value, labels.objection_category(c.value)) for c in ObjectionCategory]))
        self.table.cellWidget(row, 0).setCurrentIndex(self.table.cellWidget(row, 0).findData(item.category))
        self.table.setItem(row, 1, QTableWidgetItem(item.said))
        self.table.setItem(row, 2, QTableWidgetItem(item.answer))
        resolved = QCheckBox()
        resolved.setChecked(item.resolved)
        self.table.setCellWidget(row, 3, resolved)
        self.table.setCurrentCell(row, 1)
        self.changed.emit()

    def items(self) -> list[ObjectionMetData]:
        found = []
        for row in range(self.table.rowCount()):
            said, answer = (self.table.item(row, c).text() if self.table.item(row, c) else "" for c in (1, 2))
            found.append(ObjectionMetData(said, self.table.cellWidget(row, 0).currentData(), answer,
                                          self.table.cellWidget(row, 3).isChecked()))
        return [o for o in found if o.said.strip() or o.answer.strip()]


class PromisesTable(RowTable):
    def __init__(self, parent: QWidget | None = None):
        super().__init__([self.tr("Who"), self.tr("Promise"), self.tr("Due")], 1, parent)
        self.table.setMinimumHeight(90)
        self.add_promise = self.add_button(self.tr("Add &promise"))
        self.add_promise.clicked.connect(lambda: self.add(PromiseData("")))

    def add(self, item: PromiseData) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        who = combo([(b.value, labels.promise_by(b.value)) for b in PromiseBy])
        who.setCurrentIndex(who.findData(item.by))
        due = QDateEdit()
        due.setCalendarPopup(True)
        due.setDisplayFormat("yyyy-MM-dd")
        due.setSpecialValueText("—")
        due.setMinimumDate(QDate(2000, 1, 1))
        due.setDate(QDate(item.due_on.year, item.due_on.month, item.due_on.day) if item.due_on else due.minimumDate())
        self.table.setCellWidget(row, 0, who)
        self.table.setItem(row, 1, QTableWidgetItem(item.text))
        self.table.setCellWidget(row, 2, due)
        self.table.setCurrentCell(row, 1)
        self.changed.emit()

    def items(self) -> list[PromiseData]:
        found = []
        for row in range(self.table.rowCount()):
            text = self.table.item(row, 1).text() if self.table.item(row, 1) else ""
            due: QDateEdit = self.table.cellWidget(row, 2)
            day = None if due.date() == due.minimumDate() else due.date().toPython()
            found.append(PromiseData(text, self.table.cellWidget(row, 0).currentData(), day))
        return [p for p in found if p.text.strip()]


class OutcomeDialog(QDialog):
    saved = Signal(int)  # visit id

    def __init__(self, db: Database, visit_id: int, customer_id: int, visit_day: dt.date,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.visit_id, self.customer_id, self.visit_day = db, visit_id, customer_id, visit_day
        self.suggested: list[suggestions.Suggestion] = []  # what to ask about once saved
        self.setWindowTitle(self.tr("Outcome of the visit"))
        self.result = combo([(None, "—")] + [(r.value, labels.outcome_result(r.value)) for r in OutcomeResult])
        self.step = combo([(None, "—")] + [(s.value, labels.cycle_step(s.value)) for s in CycleStep])
        self.summary = TextBox(2, self.tr("What happened"))
        self.objections = ObjectionsMetTable()
        self.signal_boxes = {s.value: QCheckBox(labels.closing_signal(s.value)) for s in ClosingSignal}
        self.other_signals = QLineEdit()
        self.other_signals.setPlaceholderText(self.tr("Other signals, in your words"))
        self.promises = PromisesTable()
        self.agreed = TextBox(2, self.tr("Products and amounts agreed"))
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("0.00")
        self.next_step = QLineEdit()
        self.follow_date = QDateEdit()
        self.follow_date.setCalendarPopup(True)
        self.follow_date.setDisplayFormat("yyyy-MM-dd")
        self.follow_channel = combo([(c.value, labels.follow_up_channel(c.value)) for c in FollowUpChannel])
        self.brings = QLineEdit()
        self.brings.setPlaceholderText(self.tr("What it brings them: news, an offer, help"))
        self.flag = QLabel()
        self.flag.setStyleSheet("color: #c62828;")
        self.problems = QLabel()
        self.problems.setStyleSheet("color: #c62828;")
        self.problems.setWordWrap(True)
        self.count_label = QLabel()
        self._layout()
        self.result.currentIndexChanged.connect(self._result_changed)
        self.brings.textChanged.connect(self._show_flag)
        self._load()
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.accept)
        QShortcut(QKeySequence("Ctrl+Enter"), self, activated=self.accept)

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Result"), self.result)
        form.addRow(self.tr("&Step reached"), self.step)
        form.addRow(self.tr("What &happened"), self.summary)
        form.addRow(self.tr("Objections met"), self.objections)
        signals = QWidget()
        grid = QGridLayout(signals)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, box in enumerate(self.signal_boxes.values()):
            grid.addWidget(box, i // 2, i % 2)
        grid.addWidget(self.other_signals, (len(self.signal_boxes) + 1) // 2, 0, 1, 2)
        form.addRow(self.tr("Closing signals"), signals)
        form.addRow(self.tr("Promises"), self.promises)
        form.addRow(self.tr("&Agreed"), self.agreed)
        form.addRow(self.tr("A&mount"), self.amount)
        form.addRow(self.tr("&Next step"), self.next_step)
        follow = QWidget()
        row = QHBoxLayout(follow)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.follow_date, self.follow_channel, self.brings):
            row.addWidget(widget, 1 if widget is self.brings else 0)
        form.addRow(self.tr("&Follow-up"), follow)
        form.addRow("", self.flag)
        holder = QWidget()
        holder.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.resize(820, 860)

    def _load(self) -> None:
        data = outcomes.load_outcome(self.db, self.visit_id)
        follow_day = self.visit_day + dt.timedelta(days=DEFAULT_FOLLOW_UP_DAYS)
        self.follow_date.setDate(QDate(follow_day.year, follow_day.month, follow_day.day))
        if data is not None:
            self.result.setCurrentIndex(max(0, self.result.findData(data.result)))
            self.step.setCurrentIndex(max(0, self.step.findData(data.step_reached)))
            self.summary.set_text(data.summary)
            for objection in data.objections:
                self.objections.add(objection)
            for key in data.signal_keys:
                if key in self.signal_boxes:
                    self.signal_boxes[key].setChecked(True)
            self.other_signals.setText(data.signals)
            for promise in data.promises:
                self.promises.add(promise)
            self.agreed.set_text(data.agreed)
            self.amount.setText(labels.money(data.amount_cents))
            self.next_step.setText(data.next_step)
            if data.follow_up:
                f = data.follow_up
                self.follow_date.setDate(QDate(f.due_on.year, f.due_on.month, f.due_on.day))
                self.follow_channel.setCurrentIndex(self.follow_channel.findData(f.channel))
                self.brings.setText(f.brings)
        self._result_changed()
        self.result.setFocus()

    def _result_changed(self) -> None:
        open_matter = not outcomes.ends_the_matter(self.result.currentData())
        for widget in (self.follow_date, self.follow_channel, self.brings):
            widget.setEnabled(open_matter)
        self._show_flag()

    def _show_flag(self) -> None:
        data = self.collect_lenient()
        self.flag.setText(self.tr("This follow-up brings nothing: plan news, an offer or help to bring.")
                          if outcomes.follow_up_flagged(data) else "")

    def collect_lenient(self) -> OutcomeData:
        cents, _problem = validation.amount_cents(self.amount.text())
        open_matter = not outcomes.ends_the_matter(self.result.currentData())
        return OutcomeData(
            visit_id=self.visit_id, result=self.result.currentData(), step_reached=self.step.currentData(),
            summary=self.summary.text(), signal_keys=[k for k, box in self.signal_boxes.items() if box.isChecked()],
            signals=self.other_signals.text(), objections=self.objections.items(), promises=self.promises.items(),
            agreed=self.agreed.text(), amount_cents=cents, next_step=self.next_step.text(),
            follow_up=FollowUpData(self.follow_date.date().toPython(), self.follow_channel.currentData(),
                                   self.brings.text()) if open_matter else None)

    def accept(self) -> None:
        _cents, amount_problem = validation.amount_cents(self.amount.text())
        if amount_problem:
            self.problems.setText(self.tr("Amount: %1").replace("%1", amount_problem))
            self.amount.setFocus()
            return
        data = self.collect_lenient()
        try:
            outcomes.save_outcome(self.db, data)
        except InvalidOutcome as exc:
            self.problems.setText(self.tr("Not saved: %1").replace("%1", "; ".join(exc.errors.values())))
            return
        # Tier and stage changes the outcome and the spend suggest: the planner asks about them next.
        self.suggested = suggestions.for_customer(self.db, self.customer_id, outcome_result=data.result)
        self.saved.emit(self.visit_id)
        super().accept()

    def showEvent(self, event) -> None:
        count = outcomes.follow_up_count(self.db, self.customer_id)
        self.count_label.setText(self.tr("Follow-ups on this opportunity so far: %1 (most sales come from the 4th to the 11th)")
                                 .replace("%1", str(count)))
        super().showEvent(event)

