"""Domain settings kept in the database (they travel with its backups): tier rules, the brief's paper…

Each setting is a JSON value under a key in the ``settings`` table; a missing key means the default.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields
from functools import lru_cache

from sqlalchemy import literal_column, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from models.entities import Setting
from models.book.spend import TierRules
from models.vocabulary import PAPERS

log = logging.getLogger(__name__)

TIER_RULES_KEY = "tier_rules"


def _load_fields(session: Session | Connection, key: str, cls):
    """A dataclass setting stored as a JSON object: unknown keys ignored, missing ones defaulted."""
    return _parse_fields(session.scalar(select(Setting.value).where(Setting.key == key)), key, cls)


def _parse_fields(raw: str | None, key: str, cls):
    if raw is None:
        return cls()
    known = {f.name for f in fields(cls)}
    try:
        return cls(**{k: v for k, v in json.loads(raw).items() if k in known})
    except (TypeError, ValueError, AttributeError) as exc:  # a hand-edited or damaged value: the defaults
        log.warning("Setting %s is unusable (%s); using the defaults", key, exc)
        return cls()


def _save_fields(session: Session, key: str, value) -> None:
    session.merge(Setting(key=key, value=json.dumps(asdict(value))))


def load_tier_rules(session: Session | Connection) -> TierRules:
    return _load_fields(session, TIER_RULES_KEY, TierRules)


def save_tier_rules(session: Session, rules: TierRules) -> None:
    _save_fields(session, TIER_RULES_KEY, rules)


PAPER_KEY = "brief_paper"


def load_paper(session: Session | Connection) -> str:
    raw = session.scalar(select(Setting.value).where(Setting.key == PAPER_KEY))
    value = json.loads(raw) if raw else "A4"
    return value if value in PAPERS else "A4"


def save_paper(session: Session, paper: str) -> None:
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {PAPERS}")
    session.merge(Setting(key=PAPER_KEY, value=json.dumps(paper)))


CURRENCY_KEY = "brief_currency"
DEFAULT_CURRENCY = "¥"


def load_currency(session: Session | Connection) -> str:
    """The currency sign the brief prints beside spend figures (the book keeps amounts without one)."""
    raw = session.scalar(select(Setting.value).where(Setting.key == CURRENCY_KEY))
    value = json.loads(raw) if raw else DEFAULT_CURRENCY
    return value.strip() if isinstance(value, str) else DEFAULT_CURRENCY


def save_currency(session: Session, currency: str) -> None:
    session.merge(Setting(key=CURRENCY_KEY, value=json.dumps(currency.strip()[:8], ensure_ascii=False)))


FREQUENCY_KEY = "visit_frequency"
DEFAULT_FREQUENCY = {"diamond": 30, "gold": 60, "silver": 90}


def load_visit_frequency(session: Session | Connection) -> dict[str, int]:
    """Days between visits a customer of each tier should see at most (tiers not listed: no rule)."""
    raw = session.scalar(select(Setting.value).where(Setting.key == FREQUENCY_KEY))
    stored = json.loads(raw) if raw else {}
    return {tier: int(stored.get(tier, days)) for tier, days in DEFAULT_FREQUENCY.items()}


def save_visit_frequency(session: Session, frequency: dict[str, int]) -> None:
    if any(days < 1 for days in frequency.values()):
        raise ValueError("a visit frequency is at least one day")
    session.merge(Setting(key=FREQUENCY_KEY, value=json.dumps({k: int(v) for k, v in frequency.items()})))


VALUE_KEY = "lifetime_value"


@dataclass(frozen=True)
class ValueSettings:
    """The inputs of the customer lifetime value that are not in the customer's own data."""

    relationship_years: float = 5.0  # how long a customer relationship is expected to last
    acquisition_cents: int = 500_00  # what winning a customer costs, unless the customer says otherwise

    def __post_init__(self) -> None:
        if not 0 < self.relationship_years <= 100:
            raise ValueError("the expected relationship is between 0 and 100 years")
        if self.acquisition_cents < 0:
            raise ValueError("an acquisition cost cannot be negative")


def load_value_settings(session: Session | Connection) -> ValueSettings:
    return _load_fields(session, VALUE_KEY, ValueSettings)


def save_value_settings(session: Session, value: ValueSettings) -> None:
    _save_fields(session, VALUE_KEY, value)


BACKUP_KEY = "backups"


@dataclass(frozen=True)
class BackupSettings:
    """When backups are taken automatically and which ones thinning keeps (models/storage/backup.py)."""

    interval_minutes: int = 30  # while there are changes
    recent_days: int = 2  # every backup of the last days
    daily: int = 7
    weekly: int = 4
    monthly: int = 12

    def __post_init__(self) -> None:
        if not 1 <= self.interval_minutes <= 24 * 60:
            raise ValueError("back up every 1 minute to 24 hours")
        if min(self.recent_days, self.daily, self.weekly, self.monthly) < 0:
            raise ValueError("a number of backups to keep cannot be negative")

    def policy(self):
        from models.storage.backup import KeepPolicy

        return KeepPolicy(self.recent_days, self.daily, self.weekly, self.monthly)


def load_backup_settings(session: Session | Connection) -> BackupSettings:
    return _load_fields(session, BACKUP_KEY, BackupSettings)


def save_backup_settings(session: Session, value: BackupSettings) -> None:
    _save_fields(session, BACKUP_KEY, value)


PHONE_REGION_KEY = "phone_region"


def load_phone_region(session: Session | Connection) -> str:
    """The region a phone number without a country code is in (two letters, "CN"); by default CN for a
    Chinese user, else the country of the language or locale (models/book/phones.py)."""
    from models.runtime import language
    from models.book import phones

    return chosen_phone_region(session) or phones.default_region(language.current())


def chosen_phone_region(session: Session | Connection) -> str:
    """The region the user chose in the settings ("" when the language decides)."""
    return _parse_region(session.scalar(select(Setting.value).where(Setting.key == PHONE_REGION_KEY)))


def _parse_region(raw: str | None) -> str:
    from models.book import phones

    value = json.loads(raw) if raw else ""
    return value if value in phones.regions() else ""


_DERIVED_KEYS = select(Setting.key, Setting.value).where(Setting.key.in_((TIER_RULES_KEY, PHONE_REGION_KEY)))


def load_derived_settings(session: Session | Connection) -> tuple[TierRules, str]:
    """The tier rules and the phone region (``load_tier_rules``, ``load_phone_region``) in one query:
    the derived columns of a customer need both, at every save."""
    raw = dict(session.execute(_DERIVED_KEYS).all())
    return derived_settings(raw.get(TIER_RULES_KEY), raw.get(PHONE_REGION_KEY))


def derived_settings_columns() -> list:
    """The stored tier rules and phone region as two columns of another query (for one customer's refresh:
    read with its row, not in a statement of their own); ``derived_settings`` reads them."""
    return [select(Setting.value).where(Setting.key == literal_column(f"'{key}'")).scalar_subquery()
            for key in (TIER_RULES_KEY, PHONE_REGION_KEY)]


def derived_settings(tier_rules: str | None, phone_region: str | None) -> tuple[TierRules, str]:
    """The tier rules and the phone region from their stored texts (None: not set)."""
    from models.runtime import language

    return _derived_settings(tier_rules, phone_region, language.current())


@lru_cache(maxsize=16)
def _derived_settings(tier_rules: str | None, phone_region: str | None, lang: str) -> tuple[TierRules, str]:
    """(Parsed once for each stored text: every save refreshes a customer with them; TierRules is frozen.)"""
    from models.book import phones

    rules = _parse_fields(tier_rules, TIER_RULES_KEY, TierRules)
    return rules, _parse_region(phone_region) or phones.default_region(lang)


def save_phone_region(session: Session, region: str) -> None:
    """Store the default region ("" goes back to the one the language gives)."""
    from models.book import phones

    if region and region not in phones.regions():
        raise ValueError(f"{region!r} is not a region libphonenumber knows")
    session.merge(Setting(key=PHONE_REGION_KEY, value=json.dumps(region)))
