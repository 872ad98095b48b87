"""Shared test set-up. The environment is fixed here, before anything imports Qt."""

import os
import tempfile

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("FIELDBRIEF_DATA_DIR", None)  # never touch a developer's real data
# Passwords go to a keyring in a temporary folder (keyrings.alt's plain file there), never the real one;
# set in the environment, so that the app's processes started by the tests use it too.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="fbkeyring-")

import datetime as dt  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SCHEMA_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "schemas"
DEMO_TODAY = dt.date(2026, 11, 20)  # demo data is generated relative to a fixed day in the tests


@pytest.fixture(autouse=True)
def _language_kept():
    """A test that runs a command in-process with --lang leaves the next test in the language it found."""
    import argparse

    from models.runtime import language, translatable

    before = translatable._translator, argparse._, argparse.ngettext, language.current()
    yield
    translatable.set_translator(before[0])
    argparse._, argparse.ngettext = before[1], before[2]
    language.use(before[3])


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "fieldbrief.sqlite"


BACKENDS = ("sqlite", "postgresql")


def _postgres_server(stoppable: bool = False):
    from tests.databases import PostgresServer, unavailable_reason

    reason = unavailable_reason()
    if reason:
        if os.environ.get("FIELDBRIEF_CI"):
            pytest.fail(f"CI must test PostgreSQL too: {reason}")
        pytest.skip(reason)
    server = PostgresServer(Path(tempfile.mkdtemp(prefix="fbpg-")), stoppable)
    server.start()
    return server


@pytest.fixture(scope="session")
def pg_server():
    """The session's PostgreSQL server (tests/databases.py), started when a test first needs it."""
    server = _postgres_server()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def stoppable_pg_server():
    """A PostgreSQL server of its own for tests that stop it and start it again (running when each
    test starts)."""
    server = _postgres_server(stoppable=True)
    yield server
    server.stop()


@pytest.fixture
def team_url(stoppable_pg_server):
    """A fresh Fieldbrief database on ``stoppable_pg_server``, reached over TCP with a password that the
    (test) keyring remembers; the URL has no password."""
    from sqlalchemy.engine import make_url

    from models.team.team_database import TeamDatabase, forget_password, remember_password
    from tests.databases import PASSWORD

    server = stoppable_pg_server
    server.start_if_stopped()
    url = server.password_url(make_url(server.new_database()).database)
    team = TeamDatabase.from_url(url)
    remember_password(team, PASSWORD)
    yield url
    forget_password(team)
    server.start_if_stopped()
    server.drop(url)


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    """Which database a test runs on: every test that takes ``db`` or ``demo_db`` runs on both."""
    return request.param


def _open(url: str):
    from models.storage.db import open_database

    return open_database(url)


@pytest.fixture
def db(backend, db_path: Path, request):
    if backend == "sqlite":
        database = _open(f"sqlite:///{db_path}")
        yield database
        database.close()
        return
    server = request.getfixturevalue("pg_server")
    url = server.new_database()
    database = _open(url)
    yield database
    database.close()
    server.drop(url)


@pytest.fixture
def sqlite_db(db_path: Path):
    """For tests of the SQLite file itself (pragmas, backups, the file's mode, raw sqlite3 checks)."""
    database = _open(f"sqlite:///{db_path}")
    yield database
    database.close()


@pytest.fixture(scope="session")
def pg_demo_template(pg_server) -> str:
    """The 300-customer demo in a PostgreSQL template database, built once."""
    from models.demo.book import load_demo

    pg_server.sql("postgres", "CREATE DATABASE demo_template TEMPLATE fieldbrief_template")
    database = _open(pg_server.url("demo_template"))
    load_demo(database, customers=300, seed=11, today=DEMO_TODAY)
    database.close()
    return "demo_template"


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """A database with 300 demo customers, built once; tests take a copy (``demo_db``)."""
    from models.storage.db import open_database
    from models.demo.book import load_demo

    path = tmp_path_factory.mktemp("template") / "demo.sqlite"
    db = open_database(f"sqlite:///{path}")
    load_demo(db, customers=300, seed=11, today=DEMO_TODAY)
    db.close()
    return path


@pytest.fixture
def demo_db(backend, demo_template, tmp_path, request):
    import shutil

    if backend == "sqlite":
        path = tmp_path / "demo.sqlite"
        shutil.copy(demo_template, path)
        database = _open(f"sqlite:///{path}")
        yield database
        database.close()
        return
    server = request.getfixturevalue("pg_server")
    url = server.new_database(request.getfixturevalue("pg_demo_template"))
    database = _open(url)
    yield database
    database.close()
    server.drop(url)
