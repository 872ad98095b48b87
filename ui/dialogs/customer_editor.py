"""The customer record: details, people, spend and tier, dates. Save checks every field and keeps
whatever was typed when something is wrong; Esc with unsaved changes asks before discarding them."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.book.customers import CustomerData, name_of, validate
from models.errors import KnownError
from models.book.preferences import editor_context
from models.runtime.translatable import in_language
from models.vocabulary import ContactLevel, CustomerKind, LifecycleStage, Psychology, RelationshipLevel, Segment
from ui import field_labels, labels
from ui.dialogs.contacts_tab import ContactsTab, vocabulary_combo
from ui.dialogs.dates_tab import DatesTab
from ui.dialogs.spend_tab import SpendTab
from ui.widgets.channel_table import ChannelTable

if TYPE_CHECKING:
    from models.storage.db import Database

ERROR_STYLE = "color: #c62828;"


def ask_discard(parent: QWidget) -> bool:
    """Ask whether to throw away unsaved changes (a module function, so tests can answer it)."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("CustomerEditor", "Unsaved changes"),
        QCoreApplication.translate("CustomerEditor", "Discard your changes to this customer?"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Discard


class CustomerEditor(QDialog):
    def __init__(self, db: Database, data: CustomerData | None, saver: Callable[[CustomerData], None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.original = data or CustomerData(stage_entered_on=dt.date.today())
        self.db = db
        self.saver = saver
        self.setWindowTitle(self.tr("New customer") if data is None else data.name)
        self.resize(860, 640)
        context = editor_context(db, self.original.id)
        rules, value_settings, referrals = context.rules, context.value, context.referrals
        self.errors: dict[str, QLabel] = {}
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._details_tab(), self.tr("&Details"))
        self.contacts = ContactsTab()
        self.tabs.addTab(self.contacts, self.tr("&People"))
        self.spend = SpendTab(rules, value_settings)
        self.spend.value.referrals = referrals
        self.tabs.addTab(self.spend, self.tr("&Spend, tier, value"))
        self.dates = DatesTab()
        self.tabs.addTab(self.dates, self.tr("D&ates"))
        from ui.dialogs.activity_tab import ActivityTab

        self.activity = ActivityTab()  # filled by the page for a customer already saved
        if data is not None:
            self.tabs.addTab(self.activity, self.tr("Acti&vity"))
        self.contacts.removed.connect(self.dates.contact_removed)
        self.contacts.changed.connect(self._people_changed)
        self.name.textChanged.connect(self._people_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self._fill(self.original)
        self._watch_name()
        self.name.setFocus()

    def _watch_name(self) -> None:
        """Point out, while the name is typed, a customer of the same name already in the book (without
        region prefixes and legal suffixes: 华联超市 is 上海华联超市有限公司)."""
        from PySide6.QtCore import QTimer

        self.same_name = QLabel()
        self.same_name.setWordWrap(True)
        self.same_name.setStyleSheet("color: #8a5a00;")
        self.same_name.hide()
        self.errors["name"].parentWidget().layout().addWidget(self.same_name)
        self._name_timer = QTimer(self)
        self._name_timer.setSingleShot(True)
        self._name_timer.setInterval(250)
        self._name_timer.timeout.connect(self.check_name)
        self.name.textEdited.connect(self._name_timer.start)
        self.kind.currentIndexChanged.connect(self._name_timer.start)

    def check_name(self) -> None:
        from models.book.merge import similar_customers

        from ui.errors import known_trouble

        try:
            found = similar_customers(self.db, self.name.text(), self.original.id, self.kind.currentData())
        except Exception as exc:  # a locked database (logged): the hint waits for the next keystroke; a bug is raised
            known_trouble(exc)
            found = []
        if not found:
            self.same_name.hide()
            return
        names = "、".join(name for _cid, name in found) if any(
            "\u4e00" <= ch <= "\u9fff" for _cid, name in found for ch in name) else ", ".join(n for _c, n in found)
        self.same_name.setText(self.tr("Already in your book: %1. If it is the same customer, open that one "
                                       "instead (Customers > Find Duplicates… merges two).").replace("%1", names))
        self.same_name.show()

    # -- the details tab ---------------------------------------------------------------------------
    def _details_tab(self) -> QWidget:
        """The fields in a form that scrolls when the messages under them need more room than the window has,
        so that no field (the phones' table) is squeezed to make room for them."""
        tab = QWidget()
        form = QFormLayout(tab)
        self.details = QScrollArea()
        self.details.setWidgetResizable(True)
        self.details.setFrameShape(QFrame.Shape.NoFrame)
        self.details.setWidget(tab)
        self.kind = QComboBox()
        for value in CustomerKind:
            self.kind.addItem(labels.kind(value.value), value.value)
        self.name = QLineEdit()
        self.segment = vocabulary_combo(Segment, labels.segment)
        self.industry, self.address, self.city = QLineEdit(), QLineEdit(), QLineEdit()
        self.website, self.owner, self.tags = QLineEdit(), QLineEdit(), QLineEdit()
        self.tags.setPlaceholderText(self.tr("Comma-separated, e.g. 5G, renewal-2027"))
        self.relationship = QComboBox()
        for value in RelationshipLevel:
            self.relationship.addItem(labels.relationship(value.value), value.value)
        self.contact_level = QComboBox()
        for value in ContactLevel:
            self.contact_level.addItem(labels.contact_level(value.value), value.value)
        self.psychology = vocabulary_combo(Psychology, labels.psychology)
        self.stage = QComboBox()
        for value in LifecycleStage:
            self.stage.addItem(labels.stage(value.value), value.value)
        self.stage_note = QLabel()
        self.stage_note.setWordWrap(True)
        self.stage.currentIndexChanged.connect(self._stage_changed)
        self.channels = ChannelTable()
        self.referred_by_id: int | None = None
        self.referred_by = QPushButton()
        self.referred_by.clicked.connect(self._choose_referrer)
        self.no_referrer = QPushButton(self.tr("Clear"))
        self.no_referrer.clicked.connect(lambda: self._set_referrer(None))
        referral = QWidget()
        referral_row = QHBoxLayout(referral)
        referral_row.setContentsMargins(0, 0, 0, 0)
        referral_row.addWidget(self.referred_by, 1)
        referral_row.addWidget(self.no_referrer)
        referral.setFocusProxy(self.referred_by)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(90)
        rows = [
            ("kind", self.kind, None), ("name", self.name, "name"), ("segment", self.segment, None),
            ("industry", self.industry, "industry"), ("address", self.address, "address"), ("city", self.city, "city"),
            ("website", self.website, "website"), ("owner", self.owner, "owner"),
            ("relationship_level", self.relationship, None), ("contact_level", self.contact_level, None),
            ("psychology", self.psychology, None), ("lifecycle_stage", self.stage, None), (None, self.stage_note, None),
            ("referred_by_id", referral, "referred_by"), ("channels", self.channels, "channels"),
            ("tags", self.tags, "tags"), ("notes", self.notes, "notes"),
        ]
        for field, widget, path in rows:
            row = self._with_error(widget, path) if path else widget
            form.addRow(field_labels.customer(field) if field else "", row)
            if row is not widget and isinstance(label := form.labelForField(row), QLabel):
                label.setBuddy(widget.focusProxy() or widget)  # Alt+letter: the field, not the box around it
        return self.details

    def _with_error(self, widget: QWidget, path: str) -> QWidget:
        box = QWidget()
        box.setFocusProxy(widget)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        layout.addWidget(error)
        self.errors[path] = error
        return box

    def _stage_changed(self, _index: int) -> None:
        stage = self.stage.currentData()
        entered = self.original.stage_entered_on if stage == self.original.lifecycle_stage else dt.date.today()
        since = self.tr("since %1").replace("%1", entered.isoformat()) if entered else ""
        self.stage_note.setText(f"<i>{labels.stage_question(stage)}</i> {since}")

    def _choose_referrer(self) -> None:
        from ui.dialogs.customer_picker import CustomerPicker

        chosen = CustomerPicker.choose(self.db, self, self.tr("Referred by…"), exclude=self.original.id)
        if chosen is not None:
            self._set_referrer(chosen)

    def _set_referrer(self, customer_id: int | None) -> None:
        self.referred_by_id = customer_id
        name = self._customer_name(customer_id) if customer_id is not None else ""
        self.referred_by.setText(name.replace("&", "&&") if name else self.tr("No one: choose who referred them…"))
        self.no_referrer.setEnabled(customer_id is not None)

    def _people_changed(self, *_args) -> None:
        self.dates.set_people(self.name.text(), [c.name for c in self.contacts.contacts])

    # -- data in and out ---------------------------------------------------------------------------
    def _fill(self, data: CustomerData) -> None:
        for combo, value in ((self.kind, data.kind), (self.segment, data.segment),
                             (self.relationship, data.relationship_level), (self.contact_level, data.contact_level),
                             (self.psychology, data.psychology), (self.stage, data.lifecycle_stage)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        for edit, value in ((self.name, data.name), (self.industry, data.industry), (self.address, data.address),
                            (self.city, data.city), (self.website, data.website), (self.owner, data.owner),
                            (self.tags, ", ".join(data.tags))):
            edit.setText(value)
        # a customer of a rep changes hands by a hand-over, which takes its open work along (Customers >
        # right-click > Hand Over to…): the owner is not typed over here
        handed = data.id is not None and bool(data.owner.strip())
        self.owner.setReadOnly(handed)
        self.owner.setToolTip(self.tr("To give this customer to another rep with its visits to come, open "
                                      "follow-ups and promises, use Hand Over to… on the Customers page "
                                      "(right-click the customer).") if handed else "")
        self.notes.setPlainText(data.notes)
        self.channels.set_channels(data.channels)
        self.contacts.set_contacts(data.contacts)
        self.spend.set_spend(data.spend)
        self.spend.set_tier(data.tier)
        self.spend.value.set_data([(y, m, c) for (y, m), c in data.spend.items()], data.acquisition_cost_cents,
                                  self.spend.value.referrals)
        self._set_referrer(data.referred_by_id)
        self._people_changed()
        self.dates.set_dates(data.key_dates)
        self._stage_changed(0)

    def collect(self) -> CustomerData:
        spend, _problems = self.spend.spend()
        stage = self.stage.currentData()
        return dataclasses.replace(
            self.original,
            kind=self.kind.currentData(), name=self.name.text(), segment=self.segment.currentData(),
            industry=self.industry.text(), address=self.address.text(), city=self.city.text(),
            website=self.website.text(), owner=self.owner.text(),
            relationship_level=self.relationship.currentData(), contact_level=self.contact_level.currentData(),
            psychology=self.psychology.currentData(), lifecycle_stage=stage,
            stage_entered_on=self.original.stage_entered_on if stage == self.original.lifecycle_stage else None,
            notes=self.notes.toPlainText(), channels=self.channels.channels(),
            tags=[t.strip() for t in self.tags.text().replace("，", ",").split(",") if t.strip()],
            contacts=[dataclasses.replace(c) for c in self.contacts.contacts],
            spend=spend, key_dates=self.dates.dates(), tier=self.spend.tier.currentData(),
            referred_by_id=self.referred_by_id, acquisition_cost_cents=self.spend.value.acquisition_cents()[0],
        )

    def is_dirty(self) -> bool:
        return self.collect() != self.original or bool(self.spend.spend()[1] or self.spend.value.acquisition_cents()[1])

    # -- saving ------------------------------------------------------------------------------------
    def save(self) -> bool:
        # A table cell still being typed in (then Ctrl+S) commits when it loses focus: take it first.
        self.save_button.setFocus(Qt.FocusReason.OtherFocusReason)
        data = self.collect()
        errors = validate(data)
        spend_problems = self.spend.spend()[1]
        if spend_problems:
            errors["spend"] = "; ".join(spend_problems)
        acquisition_problem = self.spend.value.acquisition_cents()[1]
        if acquisition_problem:
            errors["spend.acquisition_cost"] = acquisition_problem
        self.show_errors(errors)
        if errors:
            return False
        return self._save(data)

    def _save(self, data: CustomerData, base: CustomerData | None = None) -> bool:
        """Save ``data``, made from ``base`` (what was stored when it was loaded: the record as opened,
        or as it was saved elsewhere when ``data`` is a merge with it)."""
        from models.book.customers import ChangedMeanwhile

        try:
            self.saver(data)
        except ChangedMeanwhile as exc:
            return self._changed_meanwhile(base or self.original, data, exc.theirs)
        except KnownError as exc:
            self.message.setText(str(exc))
            self.message.show()
            return False
        self.original = data
        self.accept()
        return True

    def _changed_meanwhile(self, base: CustomerData, mine: CustomerData, theirs: CustomerData) -> bool:
        """Saved by someone else since it was opened: merge, keep mine or take theirs (nothing is lost
        without the rep saying so). Until a save succeeds the editor stays as it was: if anything fails,
        the next Save meets the same conflict again."""
        from models.book.customers import merge_records, resolve
        from ui.dialogs import conflict_dialog, customer_changes

        merge = merge_records(base, mine, theirs)
        if all(change.theirs == change.base for change in merge.changes):  # a new version, nothing new in it
            return self._save(merge.record, base=theirs)  # (an undo back to what was opened, a visit planned)
        choice, take_mine = conflict_dialog.ask(self, theirs.name, customer_changes.lines(merge, self._customer_name))
        if choice is None:
            self.message.setText(self.tr("%1 was changed elsewhere; nothing was saved yet. Save again to merge.")
                                 .replace("%1", theirs.name))
            self.message.show()
            return False
        if choice is conflict_dialog.Choice.THEIRS:
            self.original = theirs
            self._fill(theirs)
            self.message.setText(self.tr("Showing %1 as it was saved elsewhere; your changes were dropped.")
                                 .replace("%1", theirs.name))
            self.message.show()
            return False
        data = resolve(base, mine, theirs, take_mine) if choice is conflict_dialog.Choice.MERGE else \
            dataclasses.replace(mine, version=theirs.version)
        return self._save(data, base=theirs)  # checked against what is stored now

    def _customer_name(self, customer_id: int) -> str:
        return name_of(self.db, customer_id)

    def show_errors(self, errors: dict[str, str]) -> None:
        for path, label in self.errors.items():
            mine = {k: v for k, v in errors.items() if k == path or k.startswith(path + ".")}
            lines = []
            for key, message in mine.items():
                row = key[len(path) + 1:]
                prefix = self.tr("Row %1: ").replace("%1", str(int(row) + 1)) if row.isdigit() else ""
                lines.append(prefix + in_language(message))
            label.setText("\n".join(lines))
            label.setVisible(bool(lines))
        self.contacts.show_errors(errors)
        self.message.setVisible(bool(errors))
        self.message.setText(self.tr("Please correct what the red lines under the fields say; nothing was saved yet."))
        if errors:
            first = next(iter(errors))
            tab = 1 if first.startswith("contacts.") else 2 if first.startswith(("spend", "acquisition")) else \
                3 if first.startswith("key_dates") else 0
            self.tabs.setCurrentIndex(tab)
            label = self.errors.get(first) or self.errors.get(first.split(".")[0])
            if tab == 0 and label is not None:  # (once the messages are laid out)
                QTimer.singleShot(0, lambda: self.details.ensureWidgetVisible(label.parentWidget()))

    def reject(self) -> None:
        if self.is_dirty() and not ask_discard(self):
            return
        super().reject()
