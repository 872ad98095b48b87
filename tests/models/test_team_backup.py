"""Backups of a team database with pg_dump, verified with pg_restore --list, and restored into an empty
database with pg_restore, on a real PostgreSQL server; without the tools, a message saying it is the
server's job."""

import pytest
from sqlalchemy.engine import make_url

from models.team import team_backup
from models.storage.backup import sidecar
from models.team.team_backup import NoBackupTools, NotADump, RestoreTargetNotEmpty, back_up, list_dumps, restore, verify
from tests.models.test_book_copy import every_row


@pytest.fixture
def backend():
    """A team database's backups: PostgreSQL only (the laptop's are in test_backup.py)."""
    return "postgresql"


def test_a_dump_restores_into_an_empty_database_as_it_was(demo_db, tmp_path, pg_server):
    url = demo_db.engine.url
    saved = back_up(url, tmp_path / "backups")
    assert saved.parent == tmp_path / "backups" and saved.suffix == ".dump"
    assert saved.stat().st_mode & 0o777 == 0o600 and sidecar(saved).is_file()
    assert list(tmp_path.glob("backups/*.part")) == []
    assert {"customers", "visits", "contacts", "alembic_version"} <= set(verify(saved))
    assert list_dumps(tmp_path / "backups", make_url(url).database) == [saved]

    empty = pg_server.new_database(None)
    assert restore(saved, empty) == (300, _count(pg_server, url, "visits"))
    assert every_row(empty) == every_row(url)
    pg_server.drop(empty)


def _count(server, url, table):
    return server.sql(make_url(url).database, f"SELECT count(*) FROM {table}")[0][0]


def test_a_dump_over_tcp_takes_the_password_from_the_keyring(team_url, tmp_path):
    saved = back_up(team_url, tmp_path)
    assert verify(saved)


def test_a_database_with_tables_is_not_restored_into(demo_db, tmp_path, pg_server):
    saved = back_up(demo_db.engine.url, tmp_path)
    other = pg_server.new_database()  # a Fieldbrief schema, even without rows
    with pytest.raises(RestoreTargetNotEmpty):
        restore(saved, other)
    pg_server.drop(other)


def test_a_damaged_or_foreign_file_is_refused(tmp_path, pg_server, demo_db):
    saved = back_up(demo_db.engine.url, tmp_path)
    data = saved.read_bytes()
    saved.write_bytes(data[: len(data) // 2])
    with pytest.raises(NotADump, match="checksum mismatch"):
        verify(saved)
    sidecar(saved).unlink()
    with pytest.raises(NotADump):
        verify(saved)
    foreign = tmp_path / "notes.dump"
    foreign.write_text("not a dump")
    with pytest.raises(NotADump):
        restore(foreign, pg_server.new_database(None))


def test_without_pg_dump_backing_up_is_the_servers_job(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    assert not team_backup.can_back_up()
    with pytest.raises(NoBackupTools) as caught:
        back_up("postgresql+psycopg://rep@db.example.com/book", tmp_path)
    assert "Backing up the team database is the server's job" in str(caught.value)
