"""Column mappings the user saved in the import window, by name, kept in the database's settings."""

from __future__ import annotations

import json

from sqlalchemy import select

from models.storage.db import Database
from models.entities import Setting
from models.interchange.csv_import import Mapping

KEY = "import_mappings"


def saved_mappings(db: Database) -> dict[str, Mapping]:
    with db.session() as s:
        raw = s.scalar(select(Setting.value).where(Setting.key == KEY))
    stored = json.loads(raw) if raw else {}
    return {name: Mapping.from_json(text) for name, text in stored.items()}


def load_mapping(db: Database, name: str) -> Mapping | None:
    return saved_mappings(db).get(name)


def save_mapping(db: Database, name: str, mapping: Mapping) -> None:
    with db.session() as s, s.begin():
        raw = s.scalar(select(Setting.value).where(Setting.key == KEY))
        stored = json.loads(raw) if raw else {}
        stored[name] = mapping.to_json()
        s.merge(Setting(key=KEY, value=json.dumps(stored)))
