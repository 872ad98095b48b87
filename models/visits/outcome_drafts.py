"""The outcome form's draft: what the rep typed and has not saved yet, kept on the visit as JSON.

The form writes it as the rep types (as the planner saves the plan), so a crash or a kill loses nothing;
saving the outcome (models.visits.outcomes.save_outcome) or discarding the draft clears it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging

from sqlalchemy import select, update

from models.storage.db import Database
from models.entities import Visit
from models.visits.outcomes import FollowUpData, ObjectionMetData, OutcomeData, PromiseData

log = logging.getLogger(__name__)
VERSION = 1


def _encode(value):
    if isinstance(value, dt.datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"date": value.isoformat()}
    raise TypeError(type(value))


def _decode(value: dict):
    if set(value) == {"datetime"}:
        return dt.datetime.fromisoformat(value["datetime"])
    if set(value) == {"date"}:
        return dt.date.fromisoformat(value["date"])
    return value


def to_json(data: OutcomeData) -> str:
    return json.dumps({"version": VERSION, "outcome": dataclasses.asdict(data)}, default=_encode, ensure_ascii=False)


def from_json(text: str) -> OutcomeData | None:
    try:
        raw = json.loads(text, object_hook=_decode)["outcome"]
        follow_up = raw.pop("follow_up")
        return OutcomeData(
            **{k: v for k, v in raw.items() if k not in ("objections", "promises")},
            objections=[ObjectionMetData(**o) for o in raw["objections"]],
            promises=[PromiseData(**p) for p in raw["promises"]],
            follow_up=FollowUpData(**follow_up) if follow_up else None)
    except (ValueError, KeyError, TypeError) as exc:  # a draft from another version: it is only a draft
        log.warning("Ignoring an outcome draft that cannot be read: %s", exc)
        return None


def save_draft(db: Database, data: OutcomeData) -> None:
    _write(db, data.visit_id, to_json(data))


def discard_draft(db: Database, visit_id: int) -> None:
    _write(db, visit_id, None)


def load_draft(db: Database, visit_id: int) -> OutcomeData | None:
    with db.session() as s:
        text = s.scalar(select(Visit.outcome_draft).where(Visit.id == visit_id))
    return from_json(text) if text else None


def _write(db: Database, visit_id: int, value: str | None) -> None:
    table = Visit.__table__
    with db.engine.begin() as conn:  # a draft is not an edit of the visit: updated_at stays
        conn.execute(update(table).where(table.c.id == visit_id).values(outcome_draft=value,
                                                                        updated_at=table.c.updated_at))
