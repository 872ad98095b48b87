"""Domain settings kept in the database (they travel with its backups): tier rules, the brief's paper…

Each setting is a JSON value under a key in the ``settings`` table; a missing key means the default.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields

from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from models.entities import Setting
from models.spend import TierRules

TIER_RULES_KEY = "tier_rules"


def load_tier_rules(session: Session | Connection) -> TierRules:
    raw = session.scalar(select(Setting.value).where(Setting.key == TIER_RULES_KEY))
    if raw is None:
        return TierRules()
    known = {f.name for f in fields(TierRules)}
    return TierRules(**{k: v for k, v in json.loads(raw).items() if k in known})


def save_tier_rules(session: Session, rules: TierRules) -> None:
    session.merge(Setting(key=TIER_RULES_KEY, value=json.dumps(asdict(rules))))


PAPER_KEY = "brief_paper"
PAPERS = ("A4", "Letter")


def load_paper(session: Session | Connection) -> str:
    raw = session.scalar(select(Setting.value).where(Setting.key == PAPER_KEY))
    value = json.loads(raw) if raw else "A4"
    return value if value in PAPERS else "A4"


def save_paper(session: Session, paper: str) -> None:
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {PAPERS}")
    session.merge(Setting(key=PAPER_KEY, value=json.dumps(paper)))


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
    raw = session.scalar(select(Setting.value).where(Setting.key == VALUE_KEY))
    if raw is None:
        return ValueSettings()
    known = {f.name for f in fields(ValueSettings)}
    try:
        return ValueSettings(**{k: v for k, v in json.loads(raw).items() if k in known})
    except (TypeError, ValueError):
        return ValueSettings()


def save_value_settings(session: Session, value: ValueSettings) -> None:
    session.merge(Setting(key=VALUE_KEY, value=json.dumps(asdict(value))))
