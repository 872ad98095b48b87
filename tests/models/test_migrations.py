"""Every stored database of a shipped schema upgrades to the current schema with every row intact."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from models.db import open_database
from models.schema_version import script_directory, head_revision
from tests.conftest import SCHEMA_FIXTURES

FIXTURES = sorted(SCHEMA_FIXTURES.glob("*.sqlite"))


def read_everything(path: Path) -> dict[str, set[tuple]]:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'")]
        data = {}
        for table in tables:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            rows = conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
            data[table] = {"columns": columns, "rows": set(rows)}
        return data
    finally:
        conn.close()


def test_there_is_a_stored_database_for_every_schema_version():
    revisions = {rev.revision for rev in script_directory().walk_revisions()}
    stored = {path.stem for path in FIXTURES}
    assert revisions <= stored, f"store a database of each schema (tests/README.md): missing {revisions - stored}"


@pytest.mark.parametrize("fixture", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_stored_database_upgrades_with_its_data_intact(fixture, tmp_path):
    work = tmp_path / fixture.name
    shutil.copy(fixture, work)
    before = read_everything(work)
    assert sum(len(t["rows"]) for t in before.values()) > 100, "the fixture should hold real data"

    db = open_database(f"sqlite:///{work}")
    assert db.schema_revision() == head_revision()
    db.close()

    after = read_everything(work)
    for table, old in before.items():
        assert table in after, f"table {table} disappeared"
        new = after[table]
        keep = [new["columns"].index(c) for c in old["columns"]]
        surviving = {tuple(row[i] for i in keep) for row in new["rows"]}
        assert old["rows"] <= surviving, f"rows of {table} were lost or changed"
