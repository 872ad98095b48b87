"""The book's settings as the window and the command line read and change them: one call for each thing
they ask, in a transaction of its own, so that neither opens a session. (How each setting is stored and
read: models/book/settings.py and models/visits/plan_templates.py.)"""

from __future__ import annotations

from dataclasses import dataclass

from models.storage.db import Database
from models.book.lifetime_value import Referral, referrals_of
from models.visits.plan_templates import RepProfile, TemplateItem
from models.visits import plan_templates
from models.book import settings
from models.book.settings import BackupSettings, ValueSettings
from models.book.spend import TierRules


@dataclass
class BookSettings:
    """Everything the Settings dialog shows and saves."""

    rep: RepProfile
    openings: dict[str, str]  # approach -> the opening line's template
    checklist: list[TemplateItem]
    paper: str
    currency: str
    visit_frequency: dict[str, int]  # tier -> days
    value: ValueSettings
    backups: BackupSettings
    phone_region: str  # "" when the language decides


def load_book_settings(db: Database, lang: str) -> BookSettings:
    with db.session() as s:
        return BookSettings(
            rep=plan_templates.load_rep(s), openings=plan_templates.load_openings(s, lang),
            checklist=plan_templates.load_checklist(s, lang), paper=settings.load_paper(s),
            currency=settings.load_currency(s), visit_frequency=settings.load_visit_frequency(s),
            value=settings.load_value_settings(s), backups=settings.load_backup_settings(s),
            phone_region=settings.chosen_phone_region(s))


def save_book_settings(db: Database, chosen: BookSettings) -> None:
    """All of them in one transaction: none is saved if one is refused."""
    with db.session() as s, s.begin():
        plan_templates.save_rep(s, chosen.rep)
        plan_templates.save_checklist(s, chosen.checklist)
        plan_templates.save_openings(s, chosen.openings)
        settings.save_paper(s, chosen.paper)
        settings.save_currency(s, chosen.currency)
        settings.save_phone_region(s, chosen.phone_region)
        settings.save_visit_frequency(s, chosen.visit_frequency)
        settings.save_value_settings(s, chosen.value)
        settings.save_backup_settings(s, chosen.backups)


def rep(db: Database) -> RepProfile:
    with db.session() as s:
        return plan_templates.load_rep(s)


def save_rep(db: Database, profile: RepProfile) -> None:
    with db.session() as s, s.begin():
        plan_templates.save_rep(s, profile)


def opening_lines(db: Database, lang: str) -> tuple[dict[str, str], RepProfile]:
    """The opening lines' templates and the rep they speak for (the planner fills one in)."""
    with db.session() as s:
        return plan_templates.load_openings(s, lang), plan_templates.load_rep(s)


def checklist(db: Database, lang: str) -> list[TemplateItem]:
    with db.session() as s:
        return plan_templates.load_checklist(s, lang)


def paper(db: Database) -> str:
    with db.session() as s:
        return settings.load_paper(s)


def backup_settings(db: Database) -> BackupSettings:
    with db.session() as s:
        return settings.load_backup_settings(s)


@dataclass
class EditorContext:
    """What the customer editor shows beside the record: the tier rules, and what the customer's referrals
    are worth."""

    rules: TierRules
    value: ValueSettings
    referrals: list[Referral]


def editor_context(db: Database, customer_id: int | None) -> EditorContext:
    with db.session() as s:
        value = settings.load_value_settings(s)
        return EditorContext(settings.load_tier_rules(s), value,
                             referrals_of(s, customer_id, value) if customer_id is not None else [])
