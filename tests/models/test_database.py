"""Opening a database: pragmas, permissions, constraints, and refusing what is not ours to open."""

import hashlib
import os
import sqlite3
import warnings
import stat
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select, text
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.schema import CreateIndex

from models.storage.db import open_database
from models.storage.schema_version import APPLICATION_ID, head_revision
from models.entities import Base, Channel, Contact, Customer, KeyDate, MonthlySpend, Visit, tier_rank_sql
from models.errors import DatabaseLockedError, NewerSchemaError, NotAFieldbriefDatabase, as_known_error


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()



@pytest.fixture
def backend():
    """These tests are about the SQLite file itself."""
    return "sqlite"

def test_new_database_gets_durable_pragmas_and_private_file(db, db_path):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        assert conn.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
    assert db.schema_revision() == head_revision()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_migrated_schema_matches_the_orm(db):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with db.engine.connect() as conn, warnings.catch_warnings():
        # SQLAlchemy cannot reflect an index on an expression; it is compared by its SQL below.
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index")
        warnings.filterwarnings("ignore", "autogenerate skipping metadata-specified expression-based index")
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
        indexed = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'ix_customers_tier_rank'").scalar()
        month_day = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'ix_key_dates_month_day'").scalar()
        orm_month_day = next(i for i in KeyDate.__table__.indexes if i.name == "ix_key_dates_month_day")
    assert diff == []
    assert indexed == f"CREATE INDEX ix_customers_tier_rank ON customers (({tier_rank_sql()}))"
    # the migration spells the expression itself: as the queries do (models.storage.dialect.month_day), or unused
    assert month_day == str(CreateIndex(orm_month_day).compile(dialect=db.engine.dialect))


def test_reopening_is_a_no_op(db_path):
    first = open_database(f"sqlite:///{db_path}")
    with first.session() as s, s.begin():
        s.add(Customer(name="华信科技有限公司"))
    first.close()
    second = open_database(f"sqlite:///{db_path}")
    with second.session() as s:
        assert s.scalar(select(Customer.name)) == "华信科技有限公司"
    second.close()


def test_newer_schema_is_refused_and_left_untouched(db_path):
    db = open_database(f"sqlite:///{db_path}")
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    db.close()
    before = digest(db_path)
    with pytest.raises(NewerSchemaError, match="newer version of Fieldbrief") as err:
        open_database(f"sqlite:///{db_path}")
    assert "9999" in str(err.value)
    assert digest(db_path) == before
    assert not Path(f"{db_path}-wal").exists()


def test_foreign_sqlite_file_is_refused_and_left_untouched(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('keep me')")
    conn.commit()
    conn.close()
    before = digest(db_path)
    with pytest.raises(NotAFieldbriefDatabase, match="no Fieldbrief schema version"):
        open_database(f"sqlite:///{db_path}")
    assert digest(db_path) == before


def test_other_applications_database_is_refused(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA application_id = 12345")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAFieldbriefDatabase, match="another application"):
        open_database(f"sqlite:///{db_path}")


def test_garbage_file_is_refused(db_path):
    db_path.write_bytes(os.urandom(8192))
    before = digest(db_path)
    with pytest.raises(NotAFieldbriefDatabase):
        open_database(f"sqlite:///{db_path}")
    assert digest(db_path) == before


@pytest.mark.parametrize(
    "column, value",
    [("segment", "platinum"), ("lifecycle_stage", "F"), ("kind", "robot"), ("relationship_level", "enemy")],
)
def test_enum_columns_are_checked_by_the_database(db, column, value):
    with pytest.raises(IntegrityError, match="CHECK constraint failed"):
        with db.engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO customers (kind, name, relationship_level, contact_level, lifecycle_stage, "
                "created_at, updated_at) VALUES ('company', 'X', 'none', 'new', 'A', '2026-01-01', '2026-01-01')"))
            conn.execute(text(f"UPDATE customers SET {column} = :v"), {"v": value})


def test_blank_names_and_negative_spend_are_refused(db):
    with pytest.raises(IntegrityError):
        with db.session() as s, s.begin():
            s.add(Customer(name="   "))
    with pytest.raises(IntegrityError):
        with db.session() as s, s.begin():
            customer = Customer(name="Harbor Pharma Inc")
            s.add(customer)
            s.flush()
            s.add(MonthlySpend(customer_id=customer.id, year=2026, month=13, amount_cents=1))


def test_foreign_keys_are_enforced_and_deletes_cascade(db):
    with pytest.raises(IntegrityError, match="FOREIGN KEY"):
        with db.session() as s, s.begin():
            s.add(Contact(customer_id=4242, name="李秀英"))
    import datetime as dt

    with db.session() as s, s.begin():
        customer = Customer(name="Bluegate Logistics Ltd")
        contact = Contact(name="Olivia Brown", customer=customer)
        customer.contacts.append(contact)
        contact.channels.append(Channel(customer=customer, kind="email", value="olivia@bluegate.com"))
        customer.visits.append(Visit(planned_start=dt.datetime(2026, 12, 1, 10)))
        s.add(customer)
    with db.session() as s, s.begin():
        s.execute(delete(Customer))  # the database, not the ORM, cascades
    with db.session() as s:
        for table in (Contact, Channel, Visit):
            assert s.scalar(select(func.count()).select_from(table)) == 0


def test_a_locked_database_is_expected_trouble(db_path, db):
    blocker = sqlite3.connect(db_path, timeout=0)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA busy_timeout = 50")
            conn.commit()
            with pytest.raises(OperationalError) as err:
                with conn.begin():
                    conn.execute(text("INSERT INTO tags (name) VALUES ('5G')"))
        assert isinstance(as_known_error(err.value), DatabaseLockedError)
    finally:
        blocker.rollback()
        blocker.close()
