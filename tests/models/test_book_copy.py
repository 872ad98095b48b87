"""Copying a book between databases: the 300-customer demo from SQLite to PostgreSQL and back to a new
SQLite file, every table compared row for row, ids and all; an id is never given twice after it; a
target that is not empty is refused untouched; a copy that fails leaves the target empty."""

import shutil

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from models.book import customers
from models.team.book_copy import TargetNotEmpty, copy_book
from models.book.customers import CustomerData
from models.storage.db import open_database
from models.entities import Base


def every_row(url) -> dict[str, list[tuple]]:
    """Every column of every row (typed by the schema, so SQLite and PostgreSQL compare), by primary key."""
    db = open_database(url)
    try:
        with db.engine.connect() as conn:
            return {t.name: [tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key))]
                    for t in Base.metadata.sorted_tables}
    finally:
        db.close()


def test_the_demo_goes_to_postgresql_and_back_unchanged(demo_template, tmp_path, pg_server):
    laptop = tmp_path / "laptop.sqlite"
    shutil.copy(demo_template, laptop)
    team = pg_server.new_database(None)  # empty, as an administrator creates it
    back = tmp_path / "back" / "fieldbrief.sqlite"
    seen = []

    there = copy_book(f"sqlite:///{laptop}", team, lambda done, total: seen.append((done, total)))
    assert there.customers == 300 and there.visits > 0
    assert seen[-1][0] == seen[-1][1] == there.rows
    original = every_row(f"sqlite:///{laptop}")
    assert every_row(team) == original, _diff(every_row(team), original)
    assert all(original[name] for name in ("customers", "contacts", "visits", "monthly_spend", "key_dates",
                                            "customer_tags", "outcomes", "follow_ups"))

    home = copy_book(team, f"sqlite:///{back}")
    assert home.counts == there.counts
    assert every_row(f"sqlite:///{back}") == original

    db = open_database(team)  # the team database goes on giving ids after the copied ones
    try:
        change = customers.save(db, CustomerData(name="新客户有限公司"))
        assert change.customer_id == max(row[0] for row in original["customers"]) + 1
    finally:
        db.close()
    pg_server.drop(team)


def test_an_id_given_and_deleted_is_not_given_again_after_the_copy(db_path, pg_server):
    laptop = open_database(f"sqlite:///{db_path}")
    kept = customers.save(laptop, CustomerData(name="华联超市有限公司")).customer_id
    gone = customers.save(laptop, CustomerData(name="已删除的客户")).customer_id
    customers.delete_customer(laptop, gone)
    laptop.close()
    team = pg_server.new_database(None)

    copy_book(f"sqlite:///{db_path}", team)
    db = open_database(team)
    try:
        assert customers.save(db, CustomerData(name="下一个客户")).customer_id == gone + 1 > kept
    finally:
        db.close()
    pg_server.drop(team)


def test_a_target_that_is_not_empty_is_refused_untouched(demo_template, pg_server, db_path):
    team = pg_server.new_database()
    db = open_database(team)
    customers.save(db, CustomerData(name="团队的客户"))
    db.close()

    with pytest.raises(TargetNotEmpty) as caught:
        copy_book(f"sqlite:///{demo_template}", team)
    assert "is not empty (it holds 1 customers" in str(caught.value)
    assert pg_server.sql(make_url(team).database, "SELECT name FROM customers") == [("团队的客户",)]
    pg_server.drop(team)


def test_a_copy_that_fails_half_way_leaves_the_target_empty(demo_template, pg_server, tmp_path):
    team = pg_server.new_database()

    def fail_half_way(done, total):
        if done > total // 2:
            raise RuntimeError("the cable was pulled")

    with pytest.raises(RuntimeError, match="cable"):
        copy_book(f"sqlite:///{demo_template}", team, fail_half_way)
    name = make_url(team).database
    assert pg_server.sql(name, "SELECT count(*) FROM customers") == [(0,)]
    assert pg_server.sql(name, "SELECT count(*) FROM visits") == [(0,)]
    copy_book(f"sqlite:///{demo_template}", team)  # and the copy can simply be made again
    assert pg_server.sql(name, "SELECT count(*) FROM customers") == [(300,)]
    pg_server.drop(team)


def _diff(a, b):
    for name in a:
        for x, y in zip(a[name], b[name]):
            if x != y:
                return name, [(i, p, q) for i, (p, q) in enumerate(zip(x, y)) if p != q], len(a[name]), len(b[name])
