"""Every stored database of a shipped schema upgrades to the current schema with every row intact."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from models.storage.db import open_database
from models.entities import DERIVED_CUSTOMER_COLUMNS
from models.book.search_text import fold
from models.storage.schema_version import script_directory, head_revision
from tests.conftest import SCHEMA_FIXTURES

FIXTURES = sorted(SCHEMA_FIXTURES.glob("*.sqlite"))


def read_everything(path: Path) -> dict[str, set[tuple]]:
    """Every row of every table, but the customers' derived columns: a cache, rebuilt (as the current
    version computes it) after every upgrade; what they hold is checked apart."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'")]
        data = {}
        for table in tables:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")
                       if table != "customers" or r[1] not in DERIVED_CUSTOMER_COLUMNS]
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
    # the derived columns were rebuilt for the current version: each customer's search text opens with
    # its name, folded, and its name has a sort key
    conn = sqlite3.connect(work)
    try:
        customers = conn.execute("SELECT name, search_text, sort_name FROM customers").fetchall()
    finally:
        conn.close()
    assert customers and all(text.startswith(fold(name)) and key for name, text, key in customers)
