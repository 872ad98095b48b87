"""Customers > Find Duplicates…: likely pairs (company names without region and legal suffixes; people of
one name sharing an email or a mobile, never a landline alone), a merge field by field that keeps every
row, undone and redone exactly; and the names the editor points out while a new one is typed."""

import datetime as dt

from tests.plain_sql import plain_sql
from models.book import customers, undo
from models.book.customers import ChannelData, ContactData, CustomerData, KeyDateData
from models.book.merge import BOTH, OTHER, likely_pairs, merge_customers, sides, similar_customers


def book(db):
    a = customers.save(db, CustomerData(name="上海华联超市有限公司", city="上海", notes="总部", spend={(2026, 1): 100_00},
                                        tags=["重点"], channels=[ChannelData("phone", "021 6123 4567", "main")],
                                        contacts=[ContactData(name="赵敏")])).customer_id
    b = customers.save(db, CustomerData(name="华联超市", industry="零售", notes="门店", tags=["零售", "重点"],
                                        spend={(2026, 1): 90_00, (2026, 2): 80_00},
                                        channels=[ChannelData("phone", "021 6123 4567", "main"),
                                                  ChannelData("email", "info@hualian.cn")],
                                        contacts=[ContactData(name="钱进", channels=[ChannelData("phone", "13700003333")])],
                                        key_dates=[KeyDateData("anniversary", dt.date(2010, 5, 1), "开业")])).customer_id
    customers.save(db, CustomerData(name="北京远航物流有限公司"))
    p1 = customers.save(db, CustomerData(name="张伟", kind="person", channels=[ChannelData("phone", "010-8888 6666", "work")])).customer_id
    p2 = customers.save(db, CustomerData(name="张伟", kind="person", channels=[ChannelData("phone", "010 8888 6666", "work")])).customer_id
    p3 = customers.save(db, CustomerData(name="张伟", kind="person", channels=[ChannelData("email", "Zhang@x.cn"),
                                                                               ChannelData("phone", "13800001111")])).customer_id
    p4 = customers.save(db, CustomerData(name="张 伟", kind="person", channels=[ChannelData("email", "zhang@x.cn")])).customer_id
    return a, b, p1, p2, p3, p4


def test_likely_pairs(db):
    a, b, p1, p2, p3, p4 = book(db)
    pairs = [(p.keep_id, p.other_id, p.reason) for p in likely_pairs(db)]
    # p1 and p2, at no company, share a home line; p3 and p4 an email; no company's switchboard is among them
    assert pairs == [(a, b, "same company name"), (p1, p2, "same name and phone 010 8888 6666"),
                     (p3, p4, "same name and email zhang@x.cn")]


def test_people_of_one_name_with_nothing_to_tell_them_apart_are_a_pair_different_details_are_not(db):
    bare = customers.save(db, CustomerData(name="G F", kind="person")).customer_id
    detailed = customers.save(db, CustomerData(name="G F", kind="person",
                                               channels=[ChannelData("email", "gf@example.com")])).customer_id
    customers.save(db, CustomerData(name="G F", kind="person", channels=[ChannelData("email", "other@example.com")]))
    assert [(p.keep_id, p.other_id, p.reason) for p in likely_pairs(db)] == [
        (bare, detailed, "same name"), (bare, detailed + 1, "same name")]


def test_a_merge_keeps_every_row_takes_the_chosen_fields_and_undoes_exactly(db):
    a, b, *_ = book(db)
    keep, other = sides(db, a, b)
    assert (keep.values["city"], other.values["industry"], other.counts["contacts"]) == ("上海", "零售", 1)
    with plain_sql(db) as conn:
        before = conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
        dump_before = _dump(conn)
    change = merge_customers(db, a, b, {"industry": OTHER, "notes": BOTH})
    with plain_sql(db) as conn:
        assert conn.execute("SELECT count(*) FROM customers WHERE id = ?", (b,)).fetchone()[0] == 0
        assert conn.execute("SELECT name, industry, city, notes FROM customers WHERE id = ?", (a,)).fetchone() == (
            "上海华联超市有限公司", "零售", "上海", "总部\n门店\nSpend 2026-01 of the merged record: 90.00")
        assert conn.execute("SELECT count(*) FROM contacts WHERE customer_id = ?", (a,)).fetchone()[0] == before
        assert sorted(v for (v,) in conn.execute("SELECT value FROM channels WHERE customer_id = ? AND contact_id IS NULL",
                                                 (a,))) == ["021 6123 4567", "info@hualian.cn"]
        assert conn.execute("SELECT count(*) FROM channels WHERE contact_id IS NOT NULL").fetchone()[0] == 1
        assert sorted(conn.execute("SELECT year, month, amount_cents FROM monthly_spend WHERE customer_id = ?",
                                   (a,))) == [(2026, 1, 100_00), (2026, 2, 80_00)]
        assert conn.execute("SELECT label FROM key_dates WHERE customer_id = ?", (a,)).fetchall() == [("开业",)]
        assert sorted(t for (t,) in conn.execute("SELECT name FROM tags JOIN customer_tags ON tags.id = tag_id "
                                                 "WHERE customer_id = ?", (a,))) == ["重点", "零售"]
        assert "钱进" in conn.execute("SELECT search_text FROM customers WHERE id = ?", (a,)).fetchone()[0]
    undo.run(db, change, undo=True)
    with plain_sql(db) as conn:
        assert _dump(conn) == dump_before
    again = undo.run(db, change, undo=False)
    assert again.left == []
    with plain_sql(db) as conn:
        assert conn.execute("SELECT count(*) FROM customers WHERE id = ?", (b,)).fetchone()[0] == 0


def _dump(conn) -> dict:
    tables = ("customers", "contacts", "channels", "monthly_spend", "key_dates", "customer_tags")
    ignored = {"updated_at", "version", "search_text"}
    found = {}
    for table in tables:
        cursor = conn.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cursor.description]
        found[table] = sorted(tuple(v for n, v in zip(names, row) if n not in ignored) for row in cursor)
    return found


def test_the_editor_is_told_of_a_name_already_in_the_book(db):
    a, b, *_ = book(db)
    assert similar_customers(db, "华联超市有限公司") == [(a, "上海华联超市有限公司"), (b, "华联超市")]
    assert similar_customers(db, "华联超市有限公司", exclude_id=a) == [(b, "华联超市")]
    assert similar_customers(db, "远航物流") == [(3, "北京远航物流有限公司")]
    assert similar_customers(db, "华联") == []
    customers.save(db, CustomerData(name="Harbour Lights Ltd."))
    assert [n for _i, n in similar_customers(db, "harbour lights")] == ["Harbour Lights Ltd."]
