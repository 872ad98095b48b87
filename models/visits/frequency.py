"""Customers past their tier's visit frequency: the rule shared by Today's list and the reports."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, and_, bindparam, or_
from sqlalchemy.orm import Session

from models.book.settings import DEFAULT_FREQUENCY, load_visit_frequency
from models.entities import Customer


def past_visit_frequency() -> ColumnElement[bool]:
    """Customers of a tier with a visit rule, not visited within it and with no visit planned, not archived
    (the times each tier's rule goes back to are parameters: ``frequency_params``)."""
    overdue = or_(*[and_(Customer.tier == tier, or_(Customer.last_visit_at.is_(None),
                                                     Customer.last_visit_at < bindparam(f"since_{tier}")))
                    for tier in DEFAULT_FREQUENCY])  # (the tiers the settings give a rule)
    return and_(overdue, Customer.next_visit_at.is_(None), Customer.archived.is_(False))


def frequency_params(s: Session, now: dt.datetime) -> dict:
    return {f"since_{tier}": now - dt.timedelta(days=days) for tier, days in load_visit_frequency(s).items()}
