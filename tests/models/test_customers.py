"""Customer records: round trip, validation, derived columns kept up to date, exact undo."""

import datetime as dt

import pytest
from sqlalchemy import text

from models.book import customers, undo
from models.book.customer_list import CustomerQuery, fetch_page
from models.book.customers import ChannelData, ContactData, CustomerData, InvalidCustomer, KeyDateData, validate
from tests.book_dump import dump

TODAY = dt.date(2026, 11, 20)


def sample() -> CustomerData:
    return CustomerData(
        name="华信科技有限公司", segment="key_account", city="杭州", industry="technology", owner="李娜",
        channels=[ChannelData("phone", "0571 8888 1234", "office"), ChannelData("email", "info@huaxin.cn", "work")],
        tags=["5G", "云服务"], psychology="safety", lifecycle_stage="B",
        contacts=[ContactData(name="张伟", title="采购经理", buying_role="decision_maker", attitude="supporter",
                              influence="high", channels=[ChannelData("phone", "138 0000 1111", "mobile")]),
                  ContactData(name="Emma Wilson", title="CFO", buying_role="approver")],
        spend={(2026, m): 300_00 for m in range(4, 11)},
        key_dates=[KeyDateData("birthday", dt.date(1985, 11, 30), contact=0),
                   KeyDateData("business_event", dt.date(2026, 12, 8), "新店开业", yearly=False)],
    )


def test_round_trip_keeps_everything(db):
    change = customers.save(db, sample(), today=TODAY)
    loaded = customers.load(db, change.customer_id)
    expected = sample()
    expected.id, expected.version = change.customer_id, 1
    expected.stage_entered_on = TODAY
    for i, contact in enumerate(loaded.contacts):
        expected.contacts[i].id = contact.id
        for channel, stored in zip(expected.contacts[i].channels, contact.channels, strict=True):
            channel.id = stored.id
    for row, stored in [*zip(expected.channels, loaded.channels, strict=True),
                        *zip(expected.key_dates, loaded.key_dates, strict=True)]:
        row.id = stored.id  # every row carries its id, so that two windows' edits of it meet
    expected.tags = sorted(expected.tags)
    assert loaded == expected


def spend_tier(db, customer_id: int) -> str:
    with db.engine.connect() as conn:
        return conn.execute(text("SELECT spend_tier FROM customers WHERE id = :id"), {"id": customer_id}).scalar()


def test_derived_columns_follow_the_record_and_the_tier_stays_as_confirmed(db):
    change = customers.save(db, sample(), today=TODAY)
    cid = change.customer_id
    row = fetch_page(db, CustomerQuery(search="00001111"))[0]  # the contact's phone, by its digits
    assert row.id == cid and spend_tier(db, cid) == "diamond" and not row.spend_drop
    assert row.tier == "none"  # the spend's tier is offered, not applied (models/book/suggestions.py)
    data = customers.load(db, cid)
    data.spend[(2026, 11)] = 50_00
    data.tier = "diamond"
    customers.save(db, data, today=TODAY)
    row = fetch_page(db, CustomerQuery(search="华信"))[0]
    assert row.spend_drop and row.avg_spend_cents == 258_33 and spend_tier(db, cid) == "diamond"  # Jun-Nov: (5 x 300 + 50) / 6
    data.spend[(2026, 10)] = 0
    data.spend[(2026, 11)] = 0
    customers.save(db, data, today=TODAY)
    row = fetch_page(db, CustomerQuery(search="华信"))[0]
    assert row.avg_spend_cents == 200_00 and spend_tier(db, cid) == "gold" and row.tier == "diamond"


def test_validation_names_every_problem():
    data = CustomerData(name=" ", website="not a site", channels=[
        ChannelData("email", "li@"), ChannelData("phone", "call me"), ChannelData("phone", "+86 (21) 6123-4567")],
        contacts=[ContactData(name="", channels=[ChannelData("email", "ok@example.com"), ChannelData("email", "x")])],
        city="北" * 101)
    errors = validate(data)
    assert errors["name"] == "Required."
    assert errors["website"].startswith("Not a web address")
    assert errors["channels.0"].startswith("Not an email")
    assert errors["channels.1"].startswith("Not a phone number")
    assert "channels.2" not in errors
    assert errors["contacts.0.name"] == "Required."
    assert errors["contacts.0.channels.1"].startswith("Not an email")
    assert errors["city"] == "At most 100 characters (now 101)."


def test_invalid_record_is_refused_and_nothing_written(db):
    with pytest.raises(InvalidCustomer) as err:
        customers.save(db, CustomerData(name="", channels=[ChannelData("email", "bad")]))
    assert set(err.value.errors) == {"name", "channels.0"}
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM customers")).scalar() == 0


def test_stage_change_records_the_date(db):
    change = customers.save(db, sample(), today=dt.date(2026, 1, 1))
    data = customers.load(db, change.customer_id)
    assert data.stage_entered_on == dt.date(2026, 1, 1)
    data.notes = "no stage change"
    customers.save(db, data, today=dt.date(2026, 5, 5))
    assert customers.load(db, change.customer_id).stage_entered_on == dt.date(2026, 1, 1)
    data = customers.load(db, change.customer_id)
    data.lifecycle_stage = "C"
    customers.save(db, data, today=dt.date(2026, 6, 6))
    assert customers.load(db, change.customer_id).stage_entered_on == dt.date(2026, 6, 6)


def test_undo_of_a_delete_restores_every_row_exactly(demo_db):
    with demo_db.engine.connect() as conn:
        busy = conn.execute(text(
            "SELECT customer_id FROM visits JOIN outcomes ON outcomes.visit_id = visits.id "
            "WHERE customer_id IN (SELECT customer_id FROM contacts) "  # (a company, with its people)
            "GROUP BY customer_id ORDER BY count(*) DESC LIMIT 1")).scalar()
    before = dump(demo_db)
    change = customers.delete_customer(demo_db, busy)
    deleted = {r.table for r in change.rows if r.after is None}
    assert {"visits", "outcomes", "contacts", "channels"} <= deleted
    assert dump(demo_db) != before
    assert undo.run(demo_db, change, undo=True).left == []
    assert dump(demo_db) == before
    assert undo.run(demo_db, change, undo=False).left == []  # redo the delete
    assert "customers" in dump(demo_db) and all(r[0] != busy for r in dump(demo_db)["customers"])


def test_undo_of_an_edit_restores_the_record(demo_db):
    before = dump(demo_db)
    data = customers.load(demo_db, 5)
    data.name, data.contacts = "Renamed", data.contacts[:1]
    data.key_dates = [k for k in data.key_dates if k.contact in (None, 0)]
    change = customers.save(demo_db, data)
    undo.run(demo_db, change, undo=True)
    assert dump(demo_db) == before
    undo.run(demo_db, change, undo=False)
    assert customers.load(demo_db, 5).name == "Renamed"


def test_two_windows_on_one_record_lose_nothing(db):
    """A adds a note and a phone and saves; B, who loaded the record before, changes the city and saves:
    B's save overwrites nothing; the merge keeps A's note and phone and B's city."""
    cid = customers.save(db, CustomerData(name="华联超市有限公司", city="上海", channels=[ChannelData("phone", "021-1234 5678")],
                                          contacts=[ContactData(name="李娜", title="经理")])).customer_id
    a, b = customers.load(db, cid), customers.load(db, cid)
    base = customers.load(db, cid)
    a.notes = "wants the 5G offer"
    a.channels.append(ChannelData("phone", "138 0000 1111", "mobile"))
    a.contacts[0].title = "采购经理"
    customers.save(db, a)
    b.city = "杭州"
    b.contacts[0].title = "总经理"  # both changed this one
    with pytest.raises(customers.ChangedMeanwhile) as raised:
        customers.save(db, b)
    theirs = raised.value.theirs
    assert customers.load(db, cid).city == "上海", "nothing of B was written"
    merge = customers.merge_records(base, b, theirs)
    merged, conflicts = merge.record, merge.conflicts
    assert [c.field for c in conflicts] == [f"contacts.{theirs.contacts[0].id}.title"]
    assert merged.city == "杭州" and merged.notes == "wants the 5G offer"
    assert [ch.value for ch in merged.channels] == ["021-1234 5678", "138 0000 1111"]
    assert merged.contacts[0].title == "采购经理"  # theirs until B chooses
    customers.save(db, customers.resolve(base, b, theirs, {conflicts[0].field}))
    stored = customers.load(db, cid)
    assert (stored.city, stored.notes, stored.contacts[0].title) == ("杭州", "wants the 5G offer", "总经理")
    assert [ch.value for ch in stored.channels] == ["021-1234 5678", "138 0000 1111"]


DERIVED = ("search_text", "spend_tier", "avg_spend_cents", "last_spend_cents", "trend_bp", "spend_drop",
           "last_visit_at", "next_visit_at", "follow_ups_done", "follow_ups_open", "last_follow_up_at")


def _derived(db, cid: int) -> tuple:
    with db.engine.connect() as conn:
        return tuple(conn.execute(text(f"SELECT {', '.join(DERIVED)} FROM customers WHERE id = :id"), {"id": cid}).one())


def test_each_save_leaves_the_derived_columns_a_full_recompute_gives(db):
    """A save refreshes the derived columns from the rows it did not write as it read them before (not read
    again); after every kind of edit, one after another, they are what recomputing from the tables gives."""
    from models.book.summaries import refresh_customers

    record = customers.load(db, customers.save(db, sample(), today=TODAY).customer_id)
    edits = [
        lambda r: setattr(r, "notes", "only the notes"),
        lambda r: r.channels.append(ChannelData("phone", "0571 8888 9999", "fax")),
        lambda r: r.contacts[1].channels.append(ChannelData("email", "emma@huaxin.cn")),
        lambda r: setattr(r.contacts[0], "name", "张伟明"),
        lambda r: r.spend.update({(2026, 11): 50_00, (2026, 10): 900_00}),
        lambda r: setattr(r, "city", "宁波"),
        lambda r: r.contacts.pop(1),
        lambda r: r.channels.pop(0),
    ]
    for edit in edits:
        edit(record)
        customers.save(db, record, today=TODAY)
        saved = _derived(db, record.id)
        with db.engine.begin() as conn:
            refresh_customers(conn, [record.id])
        assert saved == _derived(db, record.id)
        record = customers.load(db, record.id)
    text_now = saved[0]
    assert "宁波" in text_now and "张伟明" in text_now and "0571 8888 9999" in text_now
    assert "emma@huaxin.cn" not in text_now and "0571 8888 1234" not in text_now  # (her and the office line gone)


def test_a_phone_is_judged_the_same_by_the_editor_and_an_import(db, tmp_path):
    """Too few digits is said as too few (not "not a phone number"), too many as too many; a short number an
    import keeps (an extension, 10086) is one the editor saves again."""
    from models.interchange.importer import import_file

    data = CustomerData(name="华信科技有限公司", channels=[ChannelData("phone", "12"), ChannelData("phone", "1" * 21),
                                                          ChannelData("phone", "8021"), ChannelData("phone", "10086")])
    errors = validate(data)
    assert errors["channels.0"] == "Too few digits for a phone number (at least 3)."
    assert errors["channels.1"] == "Too many digits for a phone number (at most 20)."
    assert "channels.2" not in errors and "channels.3" not in errors
    csv = tmp_path / "contacts.csv"
    csv.write_text("Name,Phone\n王秀英,8021\n李娜,12\n", encoding="utf-8")
    import_file(db, csv)
    wang = fetch_page(db, CustomerQuery(search="王秀英"))[0].id
    loaded = customers.load(db, wang)
    assert "8021" in [c.value for c in loaded.channels + [c for p in loaded.contacts for c in p.channels]]
    assert not validate(loaded)  # saved again as it came in
    customers.save(db, loaded)
