"""Demo data: realistic, reproducible, all-or-nothing."""

import datetime as dt
import re

import pytest
from sqlalchemy import func, select, text

from models.demo.book import DemoNotEmptyError, load_demo
from models.entities import Base, Customer, KeyDate, MonthlySpend, Visit
from models.storage.stats import database_counts
from tests.conftest import DEMO_TODAY

HAN = re.compile(r"[\u4e00-\u9fff]")


def dump(db) -> list[tuple]:
    with db.engine.connect() as conn:
        return conn.execute(text(
            "SELECT c.name, c.city, c.segment, count(v.id), (SELECT sum(amount_cents) FROM monthly_spend m "
            "WHERE m.customer_id = c.id) FROM customers c LEFT JOIN visits v ON v.customer_id = c.id "
            "GROUP BY c.id ORDER BY c.id")).all()


def test_same_seed_same_data_other_seed_other_data(tmp_path):
    from models.storage.db import open_database

    dumps = []
    for name, seed in (("a", 7), ("b", 7), ("c", 8)):
        db = open_database(f"sqlite:///{tmp_path / name}.sqlite")
        load_demo(db, customers=60, seed=seed, today=DEMO_TODAY)
        dumps.append(dump(db))
        db.close()
    assert dumps[0] == dumps[1]
    assert dumps[0] != dumps[2]


def test_demo_book_looks_like_a_real_one(db):
    summary = load_demo(db, customers=400, seed=3, today=DEMO_TODAY)
    assert summary.customers == 400
    with db.session() as s:
        names = s.scalars(select(Customer.name)).all()
        chinese = sum(bool(HAN.search(n)) for n in names)
        assert 0.35 < chinese / len(names) < 0.65, "about half Chinese, half English"
        industries = s.execute(select(Customer.name, Customer.industry).where(Customer.industry != "")).all()
        assert industries and all(bool(HAN.search(name)) == bool(HAN.search(industry)) for name, industry in industries), \
            "a Chinese company's industry is written in Chinese, an English one's in English"
        assert all(industry[0].isupper() for name, industry in industries if not HAN.search(name))
        months = s.execute(select(MonthlySpend.customer_id, func.count()).group_by(MonthlySpend.customer_id)).all()
        assert len(months) == 400 and all(12 <= n <= 24 for _, n in months)
        upcoming = s.scalar(select(func.count()).select_from(Visit).where(Visit.planned_start >= dt.datetime.combine(DEMO_TODAY, dt.time())))
        past_done = s.scalar(select(func.count()).select_from(Visit).where(Visit.status == "done"))
        assert upcoming > 15 and past_done > 400
        assert s.scalar(select(func.count()).select_from(KeyDate).where(KeyDate.kind == "birthday")) > 100
        hours = [start.hour for start in s.scalars(select(Visit.planned_start))]
        assert all(8 <= h <= 18 for h in hours), "visits happen in working hours"
    assert _sharp_drops(db) >= 10, "some customers' spend falls sharply"


def _sharp_drops(db) -> int:
    """Customers whose last month is below 70% of their own previous six-month average."""
    with db.engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT customer_id, amount_cents FROM monthly_spend ORDER BY customer_id, year, month")).all()
    series: dict[int, list[int]] = {}
    for cid, amount in rows:
        series.setdefault(cid, []).append(amount)
    return sum(1 for s in series.values() if s[-1] < 0.7 * (sum(s[-7:-1]) / 6))


def test_demo_only_goes_into_an_empty_database(db):
    load_demo(db, customers=5, today=DEMO_TODAY)
    with pytest.raises(DemoNotEmptyError, match="already holds 5 customers"):
        load_demo(db, customers=5, today=DEMO_TODAY)
    assert database_counts(db).customers == 5


def test_a_cancelled_load_leaves_nothing_behind_and_keeps_the_indexes(db):
    class Stop(Exception):
        pass

    def progress(done, total):
        if done >= 2000:
            raise Stop()

    def index_names(conn) -> set[str]:
        from sqlalchemy import text

        if conn.dialect.name == "sqlite":
            return set(conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='index'").scalars())
        return set(conn.scalars(text("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'")))

    with db.engine.connect() as conn:
        indexes_before = index_names(conn)
    with pytest.raises(Stop):
        load_demo(db, customers=5000, today=DEMO_TODAY, progress=progress)
    assert database_counts(db).customers == 0
    with db.engine.connect() as conn:
        indexes_after = index_names(conn)
    assert indexes_after == indexes_before
    expected = {index.name for table in Base.metadata.tables.values() for index in table.indexes}
    if db.engine.dialect.name != "sqlite":
        expected.remove("ix_customers_search")  # (SQLite's alone: PostgreSQL searches its index of grams)
    assert expected <= indexes_after


def test_the_demo_fills_the_derived_columns_as_the_services_would(demo_db):
    from sqlalchemy import text

    from models.book.summaries import refresh_all

    columns = ("search_text, spend_tier, avg_spend_cents, trend_bp, spend_drop, last_visit_at, next_visit_at, "
               "follow_ups_done, follow_ups_open, last_follow_up_at")
    with demo_db.engine.connect() as conn:
        generated = conn.execute(text(f"SELECT id, {columns} FROM customers ORDER BY id")).all()
    with demo_db.engine.begin() as conn:
        refresh_all(conn)
    with demo_db.engine.connect() as conn:
        refreshed = conn.execute(text(f"SELECT id, {columns} FROM customers ORDER BY id")).all()
    assert generated == refreshed
    assert any(row.follow_ups_done for row in generated) and any(row.follow_ups_open for row in generated)


def chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


@pytest.mark.parametrize("day", [DEMO_TODAY, dt.date(2027, 3, 2)])
def test_the_demo_rep_mostly_does_the_job(tmp_path, day):
    """A real morning on 2,000 customers, whatever the day it is built on: a handful of visits today at
    distinct times, most follow-ups and promises closed on or near their date, a few dozen overdue."""
    from models.visits import today
    from models.storage.db import open_database
    from models.entities import FollowUp, Promise

    db = open_database(f"sqlite:///{tmp_path / 'book.sqlite'}")
    load_demo(db, customers=2000, seed=4, today=day)
    page = today.page(db, dt.datetime.combine(day, dt.time(8, 30)), {today.VISITS: 20})
    visits = page.sections[today.VISITS].lines
    assert 4 <= len(visits) <= 10 and len({v.when for v in visits}) == len(visits)
    assert all(v.readiness.is_open for v in visits)
    assert 5 <= page.sections[today.OVERDUE].total <= 60
    assert 3 <= page.sections[today.DUE_TODAY].total <= 40
    work = [line for key in (today.DUE_TODAY, today.OVERDUE) for line in
            today.section(db, key, dt.datetime.combine(day, dt.time(8, 30)), 100).lines if line.what == today.FOLLOW_UP]
    assert sum(1 for line in work if not line.text) < 0.25 * len(work)  # most bring something
    assert all(chinese(line.text) == chinese(line.customer_name) for line in work + visits if line.text)  # their language
    with db.session() as s:
        for table, kept in ((FollowUp, "done"), (Promise, "kept")):
            closed = s.execute(select(table.due_on, table.done_at, table.status)
                               .where(table.done_at.is_not(None), table.due_on < day)).all()
            on_time = [due for due, at, status in closed if status == kept and abs((at.date() - due).days) <= 2]
            assert len(on_time) > 0.85 * len(closed), table.__tablename__
            failed = [status for _due, _at, status in closed if status != kept]
            assert 0 < len(failed) < 0.15 * len(closed)
        assert s.scalar(select(func.count()).select_from(FollowUp).where(FollowUp.moved_from.is_not(None))) > 0
    db.close()
