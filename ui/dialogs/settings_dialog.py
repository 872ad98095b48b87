"""Settings kept in the database: the rep's own name and company, the checklist template, the opening lines."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.visits.plan_templates import PLACEHOLDERS, RepProfile, TemplateItem
from models.book.preferences import BookSettings, load_book_settings, save_book_settings
from models.book.settings import BackupSettings, ValueSettings
from models.vocabulary import PAPERS, ApproachMethod, ChecklistKind, PlanAnswer
from ui import labels
from ui.country_names import country_name
from ui.widgets.row_table import RowTable

if TYPE_CHECKING:
    from models.storage.db import Database


class ChecklistTemplateTable(RowTable):
    """The checklist every new visit starts from: add, remove, reorder, mark critical."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__([self.tr("Kind"), self.tr("Item"), self.tr("Critical"), self.tr("Ticks itself when the plan has")],
                         1, parent)
        for column in (2, 3):  # as wide as their headings at least ("计划中填写后自动勾选" whole)
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button(self.tr("&Add item")).clicked.connect(
            lambda: self.add(TemplateItem(ChecklistKind.PACKING.value, "")))
        self.add_button(self.tr("Move &up")).clicked.connect(lambda: self.move(-1))
        self.add_button(self.tr("Move do&wn")).clicked.connect(lambda: self.move(1))

    def add(self, item: TemplateItem, row: int | None = None) -> None:
        row = self.table.rowCount() if row is None else row
        self.table.insertRow(row)
        kind = QComboBox()
        for value in ChecklistKind:
            kind.addItem(labels.checklist_kind(value.value), value.value)
        kind.setCurrentIndex(max(0, kind.findData(item.kind)))
        critical = QCheckBox()
        critical.setChecked(item.critical)
        answered = QComboBox()
        answered.addItem(self.tr("(ticked by hand)"), None)
        for value in PlanAnswer:
            answered.addItem(labels.plan_answer(value.value), value.value)
        answered.setCurrentIndex(max(0, answered.findData(item.answered_by)))
        self.table.setCellWidget(row, 0, kind)
        self.table.setItem(row, 1, QTableWidgetItem(item.text))
        self.table.setCellWidget(row, 2, critical)
        self.table.setCellWidget(row, 3, answered)
        self.table.setCurrentCell(row, 1)

    def item_at(self, row: int) -> TemplateItem:
        text = self.table.item(row, 1)
        return TemplateItem(self.table.cellWidget(row, 0).currentData(), text.text() if text else "",
                            self.table.cellWidget(row, 2).isChecked(), self.table.cellWidget(row, 3).currentData())

    def items(self) -> list[TemplateItem]:
        return [self.item_at(row) for row in range(self.table.rowCount())]

    def set_items(self, items: list[TemplateItem]) -> None:
        self.table.setRowCount(0)
        for item in items:
            self.add(item)

    def move(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        item = self.item_at(row)
        self.table.removeRow(row)
        self.add(item, target)


class SettingsDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Settings"))
        lang = QLocale().name()
        stored = load_book_settings(db, lang)
        rep, self.openings, template, paper = stored.rep, stored.openings, stored.checklist, stored.paper
        currency, frequency, value_settings = stored.currency, stored.visit_frequency, stored.value
        backups, region = stored.backups, stored.phone_region
        self.phone_region = self._region_box(region)
        self.rep_name = QLineEdit(rep.name)
        self.rep_company = QLineEdit(rep.company)
        self.paper = QComboBox()
        for value in PAPERS:
            self.paper.addItem(value, value)
        self.paper.setCurrentIndex(self.paper.findData(paper))
        you = QWidget()
        form = QFormLayout(you)
        form.addRow(self.tr("Your &name"), self.rep_name)
        form.addRow(self.tr("Your &company"), self.rep_company)
        form.addRow(self.tr("&Paper for briefs"), self.paper)
        self.currency = QLineEdit(currency)
        self.currency.setMaxLength(8)
        self.currency.setToolTip(self.tr("Printed before spend figures on the brief, e.g. ¥, $, € or CHF"))
        form.addRow(self.tr("C&urrency on briefs"), self.currency)
        form.addRow(self.tr("Phone numbers without a country code are in"), self.phone_region)
        self.frequency: dict[str, QSpinBox] = {}
        for tier, days in frequency.items():
            box = QSpinBox()
            box.setRange(1, 730)
            box.setSuffix(self.tr(" days"))
            box.setValue(days)
            self.frequency[tier] = box
            form.addRow(self.tr("Visit %1 customers at least every").replace("%1", labels.tier(tier)), box)
        self.relationship_years = QDoubleSpinBox()
        self.relationship_years.setRange(0.5, 100)
        self.relationship_years.setDecimals(1)
        self.relationship_years.setSuffix(self.tr(" years"))
        self.relationship_years.setValue(value_settings.relationship_years)
        self.acquisition_cost = QDoubleSpinBox()
        self.acquisition_cost.setRange(0, 10_000_000)
        self.acquisition_cost.setDecimals(2)
        self.acquisition_cost.setGroupSeparatorShown(True)
        self.acquisition_cost.setValue(value_settings.acquisition_cents / 100)
        form.addRow(self.tr("Lifetime value: expected &relationship"), self.relationship_years)
        form.addRow(self.tr("Lifetime value: &default acquisition cost"), self.acquisition_cost)
        self.checklist = ChecklistTemplateTable()
        self.checklist.set_items(template)
        self.approach = QComboBox()
        for method in ApproachMethod:
            self.approach.addItem(labels.approach(method.value), method.value)
        self.opening = QPlainTextEdit()
        self.opening.setTabChangesFocus(True)
        self._shown_approach = self.approach.currentData()
        self.opening.setPlainText(self.openings[self._shown_approach])
        self.approach.currentIndexChanged.connect(self._switch_approach)
        placeholders = QLabel(self.tr("Placeholders: %1").replace("%1", "  ".join("{" + p + "}" for p in PLACEHOLDERS)))
        placeholders.setWordWrap(True)
        openings = QWidget()
        opening_layout = QVBoxLayout(openings)
        opening_layout.addWidget(self.approach)
        opening_layout.addWidget(self.opening, 1)
        opening_layout.addWidget(placeholders)
        self.tabs = QTabWidget()
        self.tabs.addTab(you, self.tr("&You"))
        self.tabs.addTab(self.checklist, self.tr("C&hecklist template"))
        self.tabs.addTab(openings, self.tr("&Opening lines"))
        self.tabs.addTab(self._backups_tab(backups), self.tr("&Backups"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(860, 560)

    def _backups_tab(self, backups: BackupSettings) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.backup_fields: dict[str, QSpinBox] = {}
        rows = (("interval_minutes", self.tr("Back up while there are changes every"), self.tr(" minutes"), 1, 1440),
                ("recent_days", self.tr("Keep every backup of the last"), self.tr(" days"), 0, 365),
                ("daily", self.tr("Then one a day for"), self.tr(" days"), 0, 365),
                ("weekly", self.tr("Then one a week for"), self.tr(" weeks"), 0, 520),
                ("monthly", self.tr("Then one a month for"), self.tr(" months"), 0, 1200))
        for name, label, suffix, low, high in rows:
            box = QSpinBox()
            box.setRange(low, high)
            box.setSuffix(suffix)
            box.setValue(getattr(backups, name))
            self.backup_fields[name] = box
            form.addRow(label, box)
        note = QLabel(self.tr("Backups are also taken on quit, before a schema upgrade, an import and a restore. "
                              "Each is verified before an older one is removed, and the newest good one is "
                              "never removed."))
        note.setWordWrap(True)
        form.addRow(note)
        return tab

    def _region_box(self, chosen: str) -> QComboBox:
        """The default phone region: by the language (CN for Chinese), or a country chosen by name."""
        from models.runtime import language
        from models.book import phones
        from models.book.search_text import sort_key

        box = QComboBox()
        default = phones.default_region(language.current())
        box.addItem(self.tr("%1 (from the language)").replace("%1", self._region_name(default) or self.tr("none")), "")
        for code in sorted(phones.regions(), key=lambda code: sort_key(self._region_name(code))):
            box.addItem(self._region_name(code) + labels.bracketed(code), code)
        box.setCurrentIndex(max(0, box.findData(chosen)))
        return box

    @staticmethod
    def _region_name(code: str) -> str:
        return country_name(code) if code else ""

    def _switch_approach(self) -> None:
        self.openings[self._shown_approach] = self.opening.toPlainText()
        self._shown_approach = self.approach.currentData()
        self.opening.setPlainText(self.openings[self._shown_approach])

    def accept(self) -> None:
        self.openings[self._shown_approach] = self.opening.toPlainText()
        save_book_settings(self.db, BookSettings(
            rep=RepProfile(self.rep_name.text(), self.rep_company.text()), openings=self.openings,
            checklist=self.checklist.items(), paper=self.paper.currentData(), currency=self.currency.text(),
            visit_frequency={tier: box.value() for tier, box in self.frequency.items()},
            value=ValueSettings(self.relationship_years.value(), round(self.acquisition_cost.value() * 100)),
            backups=BackupSettings(**{k: box.value() for k, box in self.backup_fields.items()}),
            phone_region=self.phone_region.currentData()))
        super().accept()
