"""The customer's lifetime value with every input it is computed from (models/book/lifetime_value.py); the
acquisition cost is typed here, the rest comes from the spend typed beside it, referrals and Settings."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from models.book import validation
from models.runtime.translatable import in_language
from models.book.lifetime_value import Referral, compute
from models.book.settings import ValueSettings
from ui import labels


class ValueBox(QGroupBox):
    changed = Signal()

    def __init__(self, settings: ValueSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Lifetime value"))
        self.settings = settings
        self.referrals: list[Referral] = []
        self.months: list[tuple[int, int, int]] = []
        self.acquisition = QLineEdit()
        self.acquisition.setPlaceholderText(self.tr("Default %1 (Settings)").replace(
            "%1", labels.money(settings.acquisition_cents)))
        self.acquisition.textChanged.connect(self._update)
        self.acquisition.textChanged.connect(self.changed)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        self.figures = {key: QLabel() for key in ("purchases", "years", "average", "referrals", "value")}
        form = QFormLayout(self)
        form.addRow(self.tr("Purchases a year (months with spend, last 12)"), self.figures["purchases"])
        form.addRow(self.tr("Expected relationship (Settings)"), self.figures["years"])
        form.addRow(self.tr("Average purchase"), self.figures["average"])
        form.addRow(self.tr("A&cquisition cost"), self.acquisition)
        form.addRow("", self.error)
        form.addRow(self.tr("Net income from customers they referred"), self.figures["referrals"])
        form.addRow(self.tr("Lifetime value"), self.figures["value"])

    def set_data(self, months: list[tuple[int, int, int]], acquisition_cents: int | None,
                 referrals: list[Referral]) -> None:
        self.referrals = referrals
        self.months = months
        self.acquisition.setText(labels.money(acquisition_cents))
        self._update()

    def set_months(self, months: list[tuple[int, int, int]]) -> None:
        self.months = months
        self._update()

    def acquisition_cents(self) -> tuple[int | None, str | None]:
        cents, error = validation.amount_cents(self.acquisition.text())
        return cents, error and in_language(error)

    def _update(self) -> None:
        cents, error = self.acquisition_cents()
        self.error.setText(error or "")
        self.error.setVisible(bool(error))
        value = compute(self.months, cents, self.settings, self.referrals)
        self.figures["purchases"].setText(str(value.purchases_per_year))
        self.figures["years"].setText(self.tr("%1 years").replace("%1", f"{value.relationship_years:g}"))
        self.figures["average"].setText(labels.money(value.average_purchase_cents))
        referrals = self.figures["referrals"]
        referrals.setText(self.tr("%1 from %Ln customer(s)", "", len(value.referrals))
                          .replace("%1", labels.money(value.referral_net_cents)))
        referrals.setToolTip("\n".join(
            f"{r.name}: {labels.money(r.spend_cents)} − {labels.money(r.acquisition_cents)}" for r in value.referrals))
        net = value.referral_net_cents
        self.figures["value"].setText(
            f"<b>{labels.money(value.value_cents)}</b> = {value.purchases_per_year} × {value.relationship_years:g} × "
            f"{labels.money(value.average_purchase_cents)} − {labels.money(value.acquisition_cents)} "
            f"{'+' if net >= 0 else '−'} {labels.money(abs(net))}")
