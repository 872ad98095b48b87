"""Expected trouble is recognised by SQLite's result code and the system's error number, never by the
wording of a message: each kind made for real (a lock held by another connection, a read-only database,
a full database, a damaged page, a file that is not a database, a full disk), as SQLite raises it and as
SQLAlchemy wraps it, and told to the user as the plain message of its kind."""

import errno
import sqlite3

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from models.book import customers
from models.book.customers import CustomerData
from models.storage.db import open_database, open_read_only
from models.errors import DatabaseLockedError, DiskFullError, KnownError, Refused, as_known_error
from tests.damage import break_a_page


def raised(action) -> BaseException:
    with pytest.raises(Exception) as caught:
        action()
    return caught.value


@pytest.fixture
def book(db_path):
    db = open_database(f"sqlite:///{db_path}")
    for i in range(200):
        customers.save(db, CustomerData(name=f"华信科技 {i:03}", city="南京"))
    db.close()
    return db_path


def test_a_lock_held_by_another_connection_is_locked(book):
    holder = sqlite3.connect(book, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        waiter = sqlite3.connect(book, timeout=0, isolation_level=None)
        exc = raised(lambda: waiter.execute("BEGIN IMMEDIATE"))
        waiter.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert exc.sqlite_errorcode == sqlite3.SQLITE_BUSY
    assert isinstance(as_known_error(exc), DatabaseLockedError)


def test_a_write_to_a_database_opened_read_only_is_read_only(book):
    db = open_read_only(book)
    try:
        exc = raised(lambda: customers.save(db, CustomerData(name="Pioneer Hotels & Co")))
    finally:
        db.close()
    known = as_known_error(exc)
    assert isinstance(known, KnownError) and "read-only" in str(known)


def test_a_database_that_cannot_grow_is_full(book):
    db = open_database(f"sqlite:///{book}")
    try:
        def fill():
            with db.engine.begin() as conn:
                pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
                conn.exec_driver_sql(f"PRAGMA max_page_count = {pages}")  # (this connection's limit)
                conn.execute(text("UPDATE customers SET notes = :notes"), {"notes": "满" * 5000})

        exc = raised(fill)
    finally:
        db.close()
    assert isinstance(exc, DBAPIError) and exc.orig.sqlite_errorcode == sqlite3.SQLITE_FULL
    assert isinstance(as_known_error(exc), DiskFullError)


def test_a_damaged_page_is_damaged(book):
    break_a_page(book)
    conn = sqlite3.connect(book)
    try:
        exc = raised(lambda: conn.execute("SELECT name FROM customers ORDER BY name").fetchall())
    finally:
        conn.close()
    assert exc.sqlite_errorcode & 0xFF == sqlite3.SQLITE_CORRUPT
    assert "damaged" in str(as_known_error(exc)) and "Restore a backup" in str(as_known_error(exc))


def test_a_file_that_is_not_a_database_is_said_so(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("客户名单\nPioneer Hotels & Co\n" * 200, encoding="utf-8")
    conn = sqlite3.connect(path)
    try:
        exc = raised(lambda: conn.execute("SELECT * FROM sqlite_master").fetchall())
    finally:
        conn.close()
    assert exc.sqlite_errorcode == sqlite3.SQLITE_NOTADB
    assert "is not a database" in str(as_known_error(exc))


def test_the_system_s_error_numbers_full_disk_and_refused_folder():
    assert isinstance(as_known_error(OSError(errno.ENOSPC, "No space left on device", "/media/usb")), DiskFullError)
    refused = as_known_error(PermissionError(errno.EACCES, "Permission denied", "/media/usb/backups"))
    assert isinstance(refused, Refused) and "/media/usb/backups" in str(refused)


def test_a_message_that_only_reads_like_trouble_is_a_bug():
    # the same words without SQLite's code (a bug's own message, a customer's name in a ValueError…)
    assert as_known_error(sqlite3.OperationalError("database is locked")) is None
    assert as_known_error(ValueError("database or disk is full: 华信")) is None
    assert as_known_error(sqlite3.OperationalError("no such column: spend")) is None
