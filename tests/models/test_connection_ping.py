"""A team database's pooled connections are pinged only when they may be dead (models/storage/connection_ping.py):
not before each action, yet a connection the server ended while it sat in the pool is replaced without a
message, and one idle long is asked first."""

import pytest
from sqlalchemy.engine import make_url

from models.storage import connection_ping

from models.book import customers
from models.book.customers import CustomerData
from models.storage.db import open_database


@pytest.fixture
def team(pg_server):
    url = pg_server.new_database()
    db = open_database(url)
    yield db
    db.close()
    pg_server.drop(url)


def pings(db, monkeypatch) -> list:
    """The pings the app sends from now on (the dialect's own, counted on the way)."""
    sent = []
    real = db.engine.dialect.do_ping

    def counted(dbapi_connection):
        sent.append(dbapi_connection)
        return real(dbapi_connection)

    monkeypatch.setattr(db.engine.dialect, "do_ping", counted)
    return sent


def backend_pid(db) -> int:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()


def only_connection(db, pg_server) -> int:
    """The pool's one connection to the database (others ended), its server process's id."""
    pid = backend_pid(db)
    name = make_url(db.url).database
    pg_server.sql("postgres", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              f"WHERE datname = '{name}' AND pid <> {pid}")
    db.engine.pool.dispose()  # (connections ended above leave the pool with it)
    return backend_pid(db)


def test_a_connection_used_again_at_once_is_not_pinged(team, pg_server, monkeypatch):
    first = only_connection(team, pg_server)
    sent = pings(team, monkeypatch)
    ids = [customers.save(team, CustomerData(name=f"华信科技 {i}")).customer_id for i in range(5)]
    assert [customers.load(team, cid).name for cid in ids] == [f"华信科技 {i}" for i in range(5)]
    assert backend_pid(team) == first and sent == []


def test_a_connection_the_server_ended_while_idle_is_replaced_without_a_message(team, pg_server, monkeypatch):
    first = only_connection(team, pg_server)
    sent = pings(team, monkeypatch)
    pg_server.sql("postgres", f"SELECT pg_terminate_backend({first}, 10000)")  # (waits until it has ended)
    cid = customers.save(team, CustomerData(name="华信科技有限公司", city="南京")).customer_id
    assert customers.load(team, cid).city == "南京"
    assert len(sent) == 1 and backend_pid(team) != first


def test_a_connection_idle_longer_than_the_limit_is_asked_first(team, pg_server, monkeypatch):
    first = only_connection(team, pg_server)
    monkeypatch.setattr(connection_ping, "PING_AFTER_IDLE_S", -1.0)  # (every idle time is longer)
    sent = pings(team, monkeypatch)
    assert backend_pid(team) == first and len(sent) == 1
    assert backend_pid(team) == first and len(sent) == 2
