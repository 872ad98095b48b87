"""Connecting to a team database on a real PostgreSQL server: the URL, the password in the keyring, the
timeouts, and each expected trouble as a plain message (recognised by SQLSTATE and libpq, not by text)."""

import contextlib
import threading

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from models.book import customers
from models.book.customers import CustomerData
from models.storage.db import open_database
from models.errors import NewerSchemaError, NotAFieldbriefDatabase
from models.team.server_errors import (
    ConnectionLost,
    NoSuchDatabase,
    PasswordNeeded,
    ServerTrouble,
    ServerUnreachable,
    StatementTimeout,
    WrongPassword,
)
from models.team.team_database import (
    TeamDatabase,
    forget_password,
    remember_password,
    stored_password,
    url_text,
    with_password,
)
from tests.databases import PASSWORD, PASSWORD_USER, _free_port


def test_the_url_is_built_from_its_parts_and_never_holds_the_password():
    team = TeamDatabase("db.branch.example.com", "sales_east", "wang.fang", 5433)
    assert team.url().render_as_string(hide_password=False) == \
        "postgresql+psycopg://wang.fang@db.branch.example.com:5433/sales_east"
    assert TeamDatabase.from_url(team.url("s3cret")) == team
    assert url_text(team.url("s3cret")) == "postgresql+psycopg://wang.fang@db.branch.example.com:5433/sales_east"
    assert team.keyring_key == "wang.fang@db.branch.example.com:5433"
    socket = TeamDatabase.from_url("postgresql+psycopg://rep@/book?host=/run/postgresql")
    assert socket.host == "/run/postgresql" and socket.port == 5432
    assert TeamDatabase.from_url(socket.url()) == socket


def test_the_password_comes_from_the_keyring(team_url):
    assert make_url(team_url).password is None
    assert stored_password(TeamDatabase.from_url(team_url)) == PASSWORD
    assert with_password(team_url).password == PASSWORD
    db = open_database(team_url)
    try:
        with db.engine.connect() as conn:
            assert conn.scalar(text("SELECT current_user")) == PASSWORD_USER
            assert conn.scalar(text("SHOW statement_timeout")) == "20s"
            assert conn.scalar(text("SHOW jit")) == "off"
        assert "rep-secret" not in db.url and "rep-secret" not in repr(db.engine.url)
    finally:
        db.close()


def test_no_password_anywhere_says_where_to_type_it(team_url):
    forget_password(TeamDatabase.from_url(team_url))
    with pytest.raises(PasswordNeeded) as caught:
        open_database(team_url)
    assert "asks for the password of rep" in str(caught.value)
    assert "File > Open Team Database" in str(caught.value)


def test_a_wrong_password_is_named(team_url):
    wrong = make_url(team_url).set(password="not it")
    with pytest.raises(WrongPassword) as caught:
        open_database(wrong)
    team = TeamDatabase.from_url(team_url)
    assert str(caught.value).startswith(f"The team database server at {team.server} did not accept the password of rep")
    assert "not it" not in str(caught.value)


def test_a_missing_database_is_told_from_a_wrong_password(team_url):
    missing = make_url(team_url).set(database="no_such_book")  # the same login: the keyring's password
    with pytest.raises(NoSuchDatabase) as caught:
        open_database(missing)
    assert '"no_such_book"' in str(caught.value)


def test_a_server_that_is_not_there_is_unreachable_at_once():
    url = TeamDatabase("127.0.0.1", "book", "rep", _free_port()).url("x")
    with pytest.raises(ServerUnreachable) as caught:
        open_database(url)
    assert "Cannot reach the team database server at 127.0.0.1:" in str(caught.value)


def test_a_host_that_does_not_resolve_is_unreachable():
    with pytest.raises(ServerUnreachable):
        open_database(TeamDatabase("no-such-host.invalid", "book", "rep").url("x"))


def test_a_database_of_another_program_is_refused_untouched(stoppable_pg_server):
    server = stoppable_pg_server
    url = server.new_database(None)
    server.sql(make_url(url).database, "CREATE TABLE invoices (id int)")
    with pytest.raises(NotAFieldbriefDatabase) as caught:
        open_database(url)
    assert "Choose another database" in str(caught.value)
    tables = server.sql(make_url(url).database, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    assert tables == [("invoices",)]
    server.drop(url)


def test_a_newer_schema_is_refused(stoppable_pg_server):
    server = stoppable_pg_server
    url = server.new_database()
    server.sql(make_url(url).database, "UPDATE alembic_version SET version_num = '9999_from_the_future'")
    with pytest.raises(NewerSchemaError):
        open_database(url)
    server.drop(url)


def test_a_statement_that_waits_too_long_is_stopped_with_a_message(team_url, monkeypatch):
    from models.team import team_database

    monkeypatch.setattr(team_database, "STATEMENT_TIMEOUT_S", 0.5)
    db = open_database(team_url)
    try:
        cid = customers.save(db, CustomerData(name="华联超市有限公司")).customer_id
        data = customers.load(db, cid)
        with _holding_lock(team_url, "customers"):
            data.city = "杭州"
            with pytest.raises(StatementTimeout) as caught:
                customers.save(db, data)
        assert "more than 0.5 seconds" in str(caught.value)
        customers.save(db, _with_city(customers.load(db, cid), "杭州"))  # the lock gone, the same save works
        assert customers.load(db, cid).city == "杭州"
    finally:
        db.close()


def _with_city(data: CustomerData, city: str) -> CustomerData:
    data.city = city
    return data


class _holding_lock:  # noqa: N801
    """Another session holds a table lock (as a long report or a migration would)."""

    def __init__(self, url, table):
        u = with_password(url)
        self.conn = psycopg.connect(host=u.host, port=u.port, user=u.username, password=u.password, dbname=u.database)
        self.table = table

    def __enter__(self):
        self.conn.execute(f"LOCK TABLE {self.table} IN ACCESS EXCLUSIVE MODE")
        return self

    def __exit__(self, *exc):
        with contextlib.suppress(psycopg.Error):  # the server may have been stopped meanwhile
            self.conn.rollback()
        self.conn.close()


def test_the_server_stopped_mid_save_then_back_the_retry_saves(team_url, stoppable_pg_server):
    """pg_ctl stop -m immediate while a save waits on the server: a plain message, nothing half-written;
    the server started again, the same save goes through."""
    server = stoppable_pg_server
    db = open_database(team_url)
    try:
        cid = customers.save(db, CustomerData(name="华联超市有限公司", city="上海")).customer_id
        data = _with_city(customers.load(db, cid), "南京")
        data.notes = "合同在包里"
        failures: list[BaseException] = []
        waiting = threading.Event()

        def save():
            waiting.set()
            try:
                customers.save(db, data)
            except BaseException as exc:  # noqa: BLE001 - the test looks at it
                failures.append(exc)

        with _holding_lock(team_url, "customers") as lock:
            worker = threading.Thread(target=save)
            worker.start()
            waiting.wait(5)
            _wait_until_blocked(lock.conn)
            server.stop("immediate")
            worker.join(30)
        assert not worker.is_alive()
        assert len(failures) == 1 and isinstance(failures[0], ServerTrouble), failures
        assert isinstance(failures[0], ConnectionLost | ServerUnreachable)
        with pytest.raises(ServerUnreachable):  # still down: the retry says so, at once
            customers.save(db, data)
        server.start()
        customers.save(db, data)  # the retry, with what was typed
        again = customers.load(db, cid)
        assert (again.city, again.notes) == ("南京", "合同在包里")
    finally:
        server.start_if_stopped()
        db.close()


def test_a_restarted_server_is_used_again_without_a_message(team_url, stoppable_pg_server):
    db = open_database(team_url)
    try:
        cid = customers.save(db, CustomerData(name="华信科技有限公司")).customer_id
        stoppable_pg_server.stop("fast")
        stoppable_pg_server.start()
        customers.save(db, _with_city(customers.load(db, cid), "苏州"))  # the pooled connection is replaced
        assert customers.load(db, cid).city == "苏州"
    finally:
        db.close()


def _wait_until_blocked(conn, timeout_s: float = 10) -> None:
    import time

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        waiting = conn.execute("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'").fetchone()[0]
        if waiting:
            return
        time.sleep(0.02)
    raise AssertionError("the save never waited for the lock")
