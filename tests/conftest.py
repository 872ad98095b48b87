"""Shared test set-up. The environment is fixed here, before anything imports Qt."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("FIELDBRIEF_DATA_DIR", None)  # never touch a developer's real data

import datetime as dt  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SCHEMA_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "schemas"
DEMO_TODAY = dt.date(2026, 11, 20)  # demo data is generated relative to a fixed day in the tests


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "fieldbrief.sqlite"


@pytest.fixture
def db(db_path: Path):
    from models.db import open_database

    database = open_database(f"sqlite:///{db_path}")
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """A database with 300 demo customers, built once; tests take a copy (``demo_db``)."""
    from models.db import open_database
    from models.demo import load_demo

    path = tmp_path_factory.mktemp("template") / "demo.sqlite"
    db = open_database(f"sqlite:///{path}")
    load_demo(db, customers=300, seed=11, today=DEMO_TODAY)
    db.close()
    return path


@pytest.fixture
def demo_db(demo_template, tmp_path):
    import shutil

    from models.db import open_database

    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, path)
    database = open_database(f"sqlite:///{path}")
    yield database
    database.close()
