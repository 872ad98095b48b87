"""Other programs write to a team database too (a billing export, a script, another tool): what they write
by plain SQL is found by search and shows in the lists, on SQLite and on PostgreSQL. The database marks
the customers whose derived columns are out of date (models/storage/derived_triggers.py); until the app computes
them again (models/book/summaries.py catch_up) a search finds such a customer by its name and city."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text

from models.book import customer_list
from models.book.customer_list import CustomerQuery
from models.book.summaries import catch_up

NOW = dt.datetime(2026, 11, 30, 9, 0)


def insert_customer(conn, name: str, city: str = "") -> int:
    """What another program sends: the columns the schema requires, nothing the app derives."""
    values = dict(kind="company", name=name, city=city, relationship_level="none", contact_level="new",
                  lifecycle_stage="A", notes="", search_text="", created_at=NOW, updated_at=NOW)
    columns = ", ".join(values)
    placeholders = ", ".join(f":{key}" for key in values)
    return conn.execute(text(f"INSERT INTO customers ({columns}) VALUES ({placeholders}) RETURNING id"),
                        values).scalar_one()


def insert_phone(conn, customer_id: int, number: str) -> None:
    conn.execute(text("INSERT INTO channels (customer_id, kind, value, label, position) "
                      "VALUES (:c, 'phone', :v, '', 0)"), dict(c=customer_id, v=number))


def insert_spend(conn, customer_id: int, year: int, month: int, cents: int) -> None:
    conn.execute(text("INSERT INTO monthly_spend (customer_id, year, month, amount_cents) VALUES (:c, :y, :m, :a)"),
                 dict(c=customer_id, y=year, m=month, a=cents))


def found(db, search: str) -> list[str]:
    return [row.name for row in customer_list.fetch_page(db, CustomerQuery(search=search), limit=500)]


def stale(db) -> int:
    with db.engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM customers WHERE derived_stale")).scalar_one()


def test_a_customer_written_by_sql_is_found_at_once_and_in_full_once_caught_up(db):
    with db.engine.begin() as conn:
        cid = insert_customer(conn, "Harbour Freight 海港物流", "宁波")
        insert_phone(conn, cid, "+86 574 8765 4321")
        for month in range(1, 7):
            insert_spend(conn, cid, 2026, month, 120_000)
    assert stale(db) == 1  # the database marked it, whoever wrote
    assert found(db, "海港") == ["Harbour Freight 海港物流"]  # by its name before anything is computed
    assert found(db, "宁波") == ["Harbour Freight 海港物流"]  # and its city
    assert found(db, "harbour") == ["Harbour Freight 海港物流"]

    assert catch_up(db) == 1
    assert stale(db) == 0
    assert found(db, "87654321") == ["Harbour Freight 海港物流"]  # now by its phone too
    row = customer_list.fetch_page(db, CustomerQuery(search="海港"))[0]
    assert row.avg_spend_cents == 120_000


def test_a_row_written_by_sql_marks_its_customer_again(db):
    with db.engine.begin() as conn:
        cid = insert_customer(conn, "Lakeside Clinic")
    catch_up(db)
    assert found(db, "555 0199") == []
    with db.engine.begin() as conn:  # a script adds a phone and a month of spend to a customer the app made
        insert_phone(conn, cid, "555 0199")
        insert_spend(conn, cid, 2026, 10, 50_000)
    assert stale(db) == 1
    catch_up(db)
    assert found(db, "5550199") == ["Lakeside Clinic"]
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT last_spend_cents FROM customers WHERE id = :c"), dict(c=cid)).scalar() == 50_000
    with db.engine.begin() as conn:  # and a rename, by hand in psql
        conn.execute(text("UPDATE customers SET name = 'Lakeside Dental' WHERE id = :c"), dict(c=cid))
    assert found(db, "dental") == ["Lakeside Dental"]
    catch_up(db)
    assert found(db, "dental") == ["Lakeside Dental"] and found(db, "clinic") == []


def test_many_customers_written_by_sql_are_all_found(db):
    with db.engine.begin() as conn:
        ids = [insert_customer(conn, f"外部客户{i:04d} Outside{i:04d}", "杭州") for i in range(1200)]
    searches = [f"外部客户{i:04d}" for i in range(0, 1200, 40)]
    assert all(found(db, s) == [f"{s} Outside{s[-4:]}"] for s in searches)  # 30 of 30, before catching up
    assert catch_up(db) == len(ids)  # in chunks, all of them
    assert all(found(db, f"outside{i:04d}") for i in range(0, 1200, 40))
    assert len(found(db, "杭州")) == 500  # (a page)
