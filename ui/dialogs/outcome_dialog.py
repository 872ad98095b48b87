"""Log the outcome of a visit, in the order of the brief's handwritten section, from the keyboard alone:
result, step reached, what happened, objections met, closing signals, promises, what was agreed, next
step, follow-up. Ctrl+Enter saves; a problem is shown and nothing typed is lost.

What is typed is kept as a draft on the visit as the rep types (models.visits.outcome_drafts), so a crash or a
kill loses nothing; Cancel with something typed asks whether to keep it as a draft, discard it, or go on.
Dates are typed as people write them (ui.widgets.date_field). After a result that ends the matter a
follow-up is offered, not required: an after-sales check once won, a win-back date once lost. Correcting
an outcome keeps what became of its promises (kept, broken) and of a follow-up already done.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.visits import outcome_drafts, outcomes

from models.book import suggestions, validation
from models.errors import KnownError
from models.runtime.translatable import in_language
from models.visits.outcomes import FollowUpData, InvalidOutcome, ObjectionMetData, OutcomeData, PromiseData
from models.vocabulary import (
    ClosingSignal,
    CycleStep,
    FollowUpChannel,
    FollowUpStatus,
    ObjectionCategory,
    OutcomeResult,
    PromiseBy,
)
from ui import labels
from ui.widgets.date_field import DateField
from ui.widgets.row_table import RowTable
from ui.widgets.text_box import TextBox

if TYPE_CHECKING:
    from models.storage.db import Database

DEFAULT_FOLLOW_UP_DAYS = 7
AFTER_DAYS = {"after_sales": 30, "win_back": 90, "rearrange": 7}
CHANNEL_FOR = {None: FollowUpChannel.VISIT.value, "after_sales": FollowUpChannel.VISIT.value,
               "win_back": FollowUpChannel.PHONE.value, "rearrange": FollowUpChannel.PHONE.value}
DRAFT_DELAY_MS = 500
ID_ROLE = Qt.ItemDataRole.UserRole


def combo(items: list[tuple[str | None, str]]) -> QComboBox:
    box = QComboBox()
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    for value, text in items:
        box.addItem(text, value)
    return box


def ask_keep_draft(parent: QWidget) -> str:
    """Cancel with something typed: "keep" (as a draft), "discard" or "go_on" (a module function, so
    tests can answer it)."""
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("OutcomeDialog", "Outcome not saved"),
                      QCoreApplication.translate("OutcomeDialog", "You typed an outcome and have not saved it."), QMessageBox.StandardButton.NoButton,
                      parent)
    keep = box.addButton(QCoreApplication.translate("OutcomeDialog", "&Keep as draft"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(QCoreApplication.translate("OutcomeDialog", "&Discard"), QMessageBox.ButtonRole.DestructiveRole)
    go_on = box.addButton(QCoreApplication.translate("OutcomeDialog", "&Go on typing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(go_on)
    box.exec()
    return {keep: "keep", discard: "discard"}.get(box.clickedButton(), "go_on")


def _normal(data: OutcomeData) -> OutcomeData:
    """An outcome as compared for changes: the signals seen in any order."""
    return replace(data, signal_keys=sorted(data.signal_keys), next_step=data.next_step.strip())


def _sized(table, stretch: tuple[int, ...]) -> None:
    """Text columns share the width; the others are as wide as their content."""
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)


class ObjectionsMetTable(RowTable):
    def __init__(self, parent: QWidget | None = None):
        super().__init__([self.tr("Kind"), self.tr("What they said"), self.tr("How it was answered"), self.tr("Resolved")],
                         1, parent)
        _sized(self.table, (1, 2))
        self.table.setMinimumHeight(110)
        self.add_objection = self.add_button(self.tr("Add &objection"))
        self.add_objection.clicked.connect(lambda: self.add(ObjectionMetData(""), edit=True))

    def add(self, item: ObjectionMetData, edit: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        kind = combo([(c.value, labels.objection_category(c.value)) for c in ObjectionCategory])
        kind.setCurrentIndex(kind.findData(item.category))
        kind.currentIndexChanged.connect(self.changed)
        self.set_cell_widget(row, 0, kind)
        self.table.setItem(row, 1, QTableWidgetItem(item.said))
        self.table.setItem(row, 2, QTableWidgetItem(item.answer))
        resolved = QCheckBox()
        resolved.setChecked(item.resolved)
        resolved.toggled.connect(self.changed)
        self.set_cell_widget(row, 3, resolved)
        self.changed.emit()
        if edit:
            self.edit_cell(row, 1)
        else:
            self.table.setCurrentCell(row, 1)

    def items(self) -> list[ObjectionMetData]:
        found = []
        for row in range(self.table.rowCount()):
            said, answer = (self.table.item(row, c).text() if self.table.item(row, c) else "" for c in (1, 2))
            found.append(ObjectionMetData(said, self.table.cellWidget(row, 0).currentData(), answer,
                                          self.table.cellWidget(row, 3).isChecked()))
        return [o for o in found if o.said.strip() or o.answer.strip()]


class PromisesTable(RowTable):
    """Who promised what by when; a promise stored already keeps its id (and so its state: kept, broken)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__([self.tr("Who"), self.tr("Promise"), self.tr("Due"), self.tr("State")], 1, parent)
        _sized(self.table, (1,))
        self.table.setMinimumHeight(90)
        self.add_promise = self.add_button(self.tr("Add &promise"))
        self.add_promise.clicked.connect(lambda: self.add(PromiseData(""), edit=True))

    def add(self, item: PromiseData, edit: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        who = combo([(b.value, labels.promise_by(b.value)) for b in PromiseBy])
        who.setCurrentIndex(who.findData(item.by))
        who.currentIndexChanged.connect(self.changed)
        due = DateField(optional=True)
        due.set_date(item.due_on)
        due.changed.connect(self.changed)
        text = QTableWidgetItem(item.text)
        text.setData(ID_ROLE, item.id)
        state = QTableWidgetItem(self._state(item))
        state.setFlags(Qt.ItemFlag.ItemIsEnabled)
        state.setData(ID_ROLE, (item.status, item.done_at))
        self.set_cell_widget(row, 0, who)
        self.table.setItem(row, 1, text)
        self.set_cell_widget(row, 2, due)
        self.table.setItem(row, 3, state)
        self.changed.emit()
        if edit:
            self.edit_cell(row, 1)
        else:
            self.table.setCurrentCell(row, 1)

    def _state(self, item: PromiseData) -> str:
        name = labels.label("promise_status", item.status)
        return f"{name} {item.done_at:%m-%d}" if item.done_at else name

    def problems(self) -> list[str]:
        return [problem for row in range(self.table.rowCount())
                if (problem := self.table.cellWidget(row, 2).problem())]

    def items(self) -> list[PromiseData]:
        found = []
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, 1)
            status, done_at = self.table.item(row, 3).data(ID_ROLE)
            found.append(PromiseData(cell.text() if cell else "", self.table.cellWidget(row, 0).currentData(),
                                     self.table.cellWidget(row, 2).date(), cell.data(ID_ROLE) if cell else None,
                                     status, done_at))
        return [p for p in found if p.text.strip()]


class OutcomeDialog(QDialog):
    saved = Signal(int)  # visit id

    def __init__(self, db: Database, visit_id: int, customer_id: int, visit_day: dt.date,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.visit_id, self.customer_id, self.visit_day = db, visit_id, customer_id, visit_day
        self.suggested: list[suggestions.Suggestion] = []  # what to ask about once saved
        self.closed_follow_up: FollowUpData | None = None  # one done or dropped already: shown, not changed
        self.date_chosen = False  # the rep set the follow-up's date: a change of result leaves it alone
        self.channel_chosen = False  # the same for its channel
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
        self.follow_wanted = QCheckBox()
        self.follow_date = DateField()
        self.follow_channel = combo([(c.value, labels.follow_up_channel(c.value)) for c in FollowUpChannel])
        self.brings = QLineEdit()  # (its hint follows the result)
        self.follow_state = QLabel()
        self.follow_state.setWordWrap(True)
        self.flag = QLabel()
        self.flag.setStyleSheet("color: #c62828;")
        self.problems = QLabel()
        self.problems.setStyleSheet("color: #c62828;")
        self.problems.setWordWrap(True)
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        self.draft_label = QLabel()
        self.draft_label.setStyleSheet("color: #1f4e79;")
        self.draft_label.hide()
        self.drafts_refused = False  # the database refused a draft (another rep's visit): said once, not again
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self._layout()
        self._load()
        self.result.currentIndexChanged.connect(self._result_changed)
        self.follow_wanted.toggled.connect(self._follow_wanted)
        self.follow_date.changed.connect(lambda: setattr(self, "date_chosen", True))
        self.follow_channel.activated.connect(lambda _index: setattr(self, "channel_chosen", True))
        self.brings.textChanged.connect(self._show_flag)
        self._watch_changes()
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
        column = QVBoxLayout(follow)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.follow_wanted)
        row = QHBoxLayout()
        for widget in (self.follow_date, self.follow_channel, self.brings):
            row.addWidget(widget, 1 if widget is self.brings else 0)
        column.addLayout(row)
        column.addWidget(self.follow_state)
        form.addRow(self.tr("&Follow-up"), follow)
        form.addRow("", self.flag)
        holder = QWidget()
        holder.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(self.tr("Ctrl+Enter"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count_label)
        layout.addWidget(self.draft_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.resize(900, 720)  # fits a 1280×800 screen with its title bar

    # -- loading -----------------------------------------------------------------------------------
    def _load(self) -> None:
        saved = outcomes.load_outcome(self.db, self.visit_id)
        draft = outcome_drafts.load_draft(self.db, self.visit_id)
        data = draft or saved
        follow_day = max(self.visit_day, dt.date.today()) + dt.timedelta(days=DEFAULT_FOLLOW_UP_DAYS)
        self.follow_date.set_date(follow_day)
        if data is not None:
            self.date_chosen = self.channel_chosen = data.follow_up is not None
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
            f = data.follow_up
            if f is not None:
                self.follow_date.set_date(f.due_on)
                self.follow_channel.setCurrentIndex(self.follow_channel.findData(f.channel))
                self.brings.setText(f.brings)
                if f.status != FollowUpStatus.OPEN.value:
                    self.closed_follow_up = f
        self.follow_wanted.setChecked(data is not None and data.follow_up is not None)
        self._result_changed()
        # what Cancel compares with: the outcome as saved (a restored draft is unsaved work)
        self.baseline = saved if saved is not None else self.collect_lenient() if draft is None else None
        if draft is not None:
            self.draft_label.setText(self.tr("Restored what you typed and had not saved yet."))
            self.draft_label.show()
        self.result.setFocus()

    def _watch_changes(self) -> None:
        for signal in (self.result.currentIndexChanged, self.step.currentIndexChanged, self.summary.textChanged,
                       self.objections.changed, self.other_signals.textChanged, self.promises.changed,
                       self.agreed.textChanged, self.amount.textChanged, self.next_step.textChanged,
                       self.follow_wanted.toggled, self.follow_date.changed, self.follow_channel.currentIndexChanged,
                       self.brings.textChanged, *(box.toggled for box in self.signal_boxes.values())):
            signal.connect(self._draft_timer.start)

    # -- the follow-up -----------------------------------------------------------------------------
    def _result_changed(self) -> None:
        result = self.result.currentData()
        purpose = outcomes.suggested_follow_up(result)
        required = result is not None and purpose is None
        self.follow_wanted.setText({
            "after_sales": self.tr("Schedule an after-sales check (optional)"),
            "win_back": self.tr("Schedule a win-back date (optional)"),
            "rearrange": self.tr("Schedule a follow-up to arrange another visit (optional)"),
        }.get(purpose, self.tr("Schedule the follow-up (required: this result leaves the matter open)")))
        if required:
            self.follow_wanted.setChecked(True)
        self.follow_wanted.setEnabled(not required and self.closed_follow_up is None)
        if not self.date_chosen and self.closed_follow_up is None:
            days = AFTER_DAYS[purpose] if purpose else DEFAULT_FOLLOW_UP_DAYS
            self.follow_date.set_date(max(self.visit_day, dt.date.today()) + dt.timedelta(days=days))
        if self.closed_follow_up is None:  # the channel and the hint follow the result, until the rep chooses
            if not self.channel_chosen:
                self.follow_channel.setCurrentIndex(self.follow_channel.findData(CHANNEL_FOR.get(purpose)))
            self.brings.setPlaceholderText({
                "after_sales": self.tr("After-sales check: is everything working as promised?"),
                "win_back": self.tr("Win-back: what has changed since? Bring an offer"),
                "rearrange": self.tr("A new date for the visit"),
            }.get(purpose, self.tr("What it brings them: news, an offer, help")))
        self._follow_wanted()

    def _follow_wanted(self) -> None:
        closed = self.closed_follow_up
        enabled = self.follow_wanted.isChecked() and closed is None
        for widget in (self.follow_date, self.follow_channel, self.brings):
            widget.setEnabled(enabled)
        if closed is not None:
            name = labels.label("follow_up_status", closed.status)
            when = f"{closed.done_at:%Y-%m-%d}" if closed.done_at else ""
            self.follow_state.setText(self.tr("%1 on %2: %3 (it stays as it is)").replace("%1", name)
                                      .replace("%2", when).replace("%3", closed.note or "—"))
        self.follow_state.setVisible(closed is not None)
        self._show_flag()

    def _show_flag(self) -> None:
        data = self.collect_lenient()
        self.flag.setText(self.tr("This follow-up brings nothing: plan news, an offer or help to bring.")
                          if outcomes.follow_up_flagged(data) and self.closed_follow_up is None else "")

    # -- collecting and saving ---------------------------------------------------------------------
    def collect_lenient(self) -> OutcomeData:
        cents, _problem = validation.amount_cents(self.amount.text())
        return OutcomeData(
            visit_id=self.visit_id, result=self.result.currentData(), step_reached=self.step.currentData(),
            summary=self.summary.text(), signal_keys=[k for k, box in self.signal_boxes.items() if box.isChecked()],
            signals=self.other_signals.text(), objections=self.objections.items(), promises=self.promises.items(),
            agreed=self.agreed.text(), amount_cents=cents, next_step=self.next_step.text(),
            follow_up=self._follow_up())

    def _follow_up(self) -> FollowUpData | None:
        if self.closed_follow_up is not None:
            return self.closed_follow_up
        day = self.follow_date.date()
        if not self.follow_wanted.isChecked() or day is None:
            return None
        brings = self.brings.text()
        return FollowUpData(day, self.follow_channel.currentData(), brings)

    def is_dirty(self) -> bool:
        """Something typed that is not saved (a restored draft counts)."""
        return self.baseline is None or _normal(self.collect_lenient()) != _normal(self.baseline)

    def save_draft(self) -> None:
        self._draft_timer.stop()
        if self.is_dirty() and not self.drafts_refused:
            self._keep_draft()

    def _keep_draft(self) -> bool:
        """What is typed, kept as the visit's draft; a refusal (the team database's: not your visit) is said in
        the form, once, and no draft is tried again."""
        try:
            outcome_drafts.save_draft(self.db, self.collect_lenient())
        except KnownError as exc:
            self.drafts_refused = True
            self.problems.setText(self.tr("Not kept as a draft: %1").replace("%1", str(exc)))
            return False
        return True

    def accept(self) -> None:
        self._draft_timer.stop()
        _cents, amount_problem = validation.amount_cents(self.amount.text())
        date_problems = self.promises.problems()
        if self.follow_wanted.isChecked() and self.closed_follow_up is None:
            date_problems += [p for p in [self.follow_date.problem()] if p]
        if amount_problem or date_problems:
            problems = [self.tr("Amount: %1").replace("%1", in_language(amount_problem))] if amount_problem else []
            self.problems.setText("; ".join(problems + date_problems))
            (self.amount if amount_problem else self.follow_date).setFocus()
            return
        data = self.collect_lenient()
        try:
            outcomes.save_outcome(self.db, data)
        except InvalidOutcome as exc:
            self.problems.setText(self.tr("Not saved: %1").replace("%1", "; ".join(map(in_language, exc.errors.values()))))
            return
        except KnownError as exc:  # (the team database's refusal, a server gone: what was typed stays)
            self.problems.setText(self.tr("Not saved: %1").replace("%1", str(exc)))
            return
        # Tier and stage changes the outcome and the spend suggest: the planner asks about them next.
        self.suggested = suggestions.for_customer(self.db, self.customer_id, outcome_result=data.result)
        self.saved.emit(self.visit_id)
        super().accept()

    def reject(self) -> None:
        """Cancel (or Esc): with something typed, keep it as a draft, discard it, or go on typing."""
        self._draft_timer.stop()
        if self.is_dirty():
            answer = ask_keep_draft(self)
            if answer == "go_on":
                return
            if answer == "keep":
                if not self._keep_draft():
                    return  # (the form stays open with what was typed, and says why)
            elif not self.drafts_refused:  # (a draft refused is none to discard)
                outcome_drafts.discard_draft(self.db, self.visit_id)
        super().reject()

    def showEvent(self, event) -> None:
        count = outcomes.follow_up_count(self.db, self.customer_id)
        self.count_label.setText(self.tr("Follow-ups on this opportunity so far: %1 (most sales come from the 4th to the 11th)")
                                 .replace("%1", str(count)))
        super().showEvent(event)

