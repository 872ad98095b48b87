"""Two windows on one customer: the merge of what each changed, field by field and row by row, each row
known by its id; each conflict settled on its own, either way; what the other side changed listed too."""

import datetime as dt

import pytest

from models.book import customers, undo
from models.book.customers import ChannelData, ContactData, CustomerData, KeyDateData


def book(db) -> int:
    """A company with two people, a phone, two months of spend, a trade fair of its own (no person) and
    Mary's birthday."""
    return customers.save(db, CustomerData(
        name="Brightpath Clinics plc", city="Leeds", tags=["VIP"],
        channels=[ChannelData("phone", "+44 20 1111 1111", "office")],
        contacts=[ContactData(name="Mary Davies", title="CEO"), ContactData(name="John Price", title="CTO")],
        spend={(2026, 10): 100_00, (2026, 11): 200_00},
        key_dates=[KeyDateData("business_event", dt.date(2026, 11, 10), "Trade fair", yearly=False),
                   KeyDateData("birthday", dt.date(1980, 5, 1), contact=0)],
    )).customer_id


def conflict_of(db, cid: int, theirs_edit, mine_edit):
    """Their window saves ``theirs_edit``, then mine saves ``mine_edit`` of the record as it was opened:
    mine overwrites nothing. Returns (base, mine, theirs as stored now)."""
    base, mine, other = (customers.load(db, cid) for _ in range(3))
    theirs_edit(other)
    customers.save(db, other)
    mine_edit(mine)
    with pytest.raises(customers.ChangedMeanwhile) as raised:
        customers.save(db, mine)
    return base, mine, raised.value.theirs


def person(record: CustomerData, name: str) -> ContactData:
    return next(c for c in record.contacts if c.name == name)


def dates(record: CustomerData) -> list[tuple]:
    who = lambda i: None if i is None else record.contacts[i].name  # noqa: E731
    return sorted((k.label or k.kind, k.date, who(k.contact)) for k in record.key_dates)


def save_and_load(db, record: CustomerData) -> CustomerData:
    customers.save(db, record)
    return customers.load(db, record.id)


def test_keeping_my_own_title_keeps_the_customers_own_dates_and_the_birthday(db):
    cid = book(db)
    base, mine, theirs = conflict_of(db, cid, lambda r: setattr(r.contacts[0], "title", "CIO"),
                                     lambda r: setattr(r.contacts[0], "title", "COO"))
    merge = customers.merge_records(base, mine, theirs)
    path = f"contacts.{theirs.contacts[0].id}.title"
    assert [c.field for c in merge.conflicts] == [path]
    stored = save_and_load(db, customers.resolve(base, mine, theirs, {path}))
    assert person(stored, "Mary Davies").title == "COO"
    assert dates(stored) == [("Trade fair", dt.date(2026, 11, 10), None), ("birthday", dt.date(1980, 5, 1), "Mary Davies")]


def test_keeping_my_own_for_one_row_keeps_their_other_changes_in_that_list(db):
    cid = book(db)

    def theirs_edit(record):
        record.contacts[0].title, record.contacts[1].notes = "CIO", "plays golf"
        record.spend[(2026, 10)], record.spend[(2026, 11)] = 111_00, 222_22

    def mine_edit(record):
        record.contacts[0].title = "COO"
        record.spend[(2026, 11)] = 233_00
    base, mine, theirs = conflict_of(db, cid, theirs_edit, mine_edit)
    keep = {f"contacts.{base.contacts[0].id}.title", "spend.2026-11"}
    assert {c.field for c in customers.merge_records(base, mine, theirs).conflicts} == keep
    stored = save_and_load(db, customers.resolve(base, mine, theirs, keep))
    assert (person(stored, "Mary Davies").title, person(stored, "John Price").notes) == ("COO", "plays golf")
    assert stored.spend == {(2026, 10): 111_00, (2026, 11): 233_00}


@pytest.mark.parametrize("remover", ["theirs", "mine"])
@pytest.mark.parametrize("keep", ["theirs", "mine"])
def test_a_person_removed_on_one_side_and_edited_on_the_other_is_a_conflict_settled_either_way(db, remover, keep):
    cid = book(db)

    def remove_mary(record):
        record.contacts.pop(0)
        record.key_dates = [k for k in record.key_dates if k.contact is None]

    def retitle_mary(record):
        record.contacts[0].title = "CIO"
    theirs_edit, mine_edit = (remove_mary, retitle_mary) if remover == "theirs" else (retitle_mary, remove_mary)
    base, mine, theirs = conflict_of(db, cid, theirs_edit, mine_edit)
    merge = customers.merge_records(base, mine, theirs)
    mary = base.contacts[0]
    assert len(merge.conflicts) == 1
    conflict = merge.conflicts[0]
    assert conflict.field == f"contacts.{mary.id}" and conflict.base == mary
    removed, edited = (conflict.theirs, conflict.mine) if remover == "theirs" else (conflict.mine, conflict.theirs)
    assert removed is None and edited.title == "CIO"
    assert merge.people[mary.id] == "Mary Davies"
    stored = save_and_load(db, customers.resolve(base, mine, theirs, {conflict.field} if keep == "mine" else set()))
    kept_her = keep != remover
    assert sorted(c.name for c in stored.contacts) == (["John Price", "Mary Davies"] if kept_her else ["John Price"])
    if kept_her:
        assert person(stored, "Mary Davies").title == "CIO" and person(stored, "Mary Davies").id == mary.id
        assert ("birthday", dt.date(1980, 5, 1), "Mary Davies") in dates(stored)  # her dates come back with her
    else:
        assert dates(stored) == [("Trade fair", dt.date(2026, 11, 10), None)]


def test_a_person_a_merge_brings_back_keeps_their_ids_so_the_removals_undo_adds_no_second_one(db):
    cid = book(db)
    base, mine = customers.load(db, cid), customers.load(db, cid)
    other = customers.load(db, cid)
    other.contacts.pop(0)
    other.key_dates = [k for k in other.key_dates if k.contact is None]
    removal = customers.save(db, other)
    mine.contacts[0].title = "CIO"
    with pytest.raises(customers.ChangedMeanwhile) as raised:
        customers.save(db, mine)
    theirs = raised.value.theirs
    customers.save(db, customers.resolve(base, mine, theirs, {f"contacts.{base.contacts[0].id}"}))
    applied = undo.run(db, removal, undo=True)  # the other window takes its removal back
    assert {(item.table, item.reason) for item in applied.left} == {("contacts", undo.TAKEN), ("key_dates", undo.TAKEN)}
    stored = customers.load(db, cid)
    assert [(c.name, c.title) for c in stored.contacts if c.name == "Mary Davies"] == [("Mary Davies", "CIO")]
    assert len(stored.key_dates) == 2


def test_the_same_phone_or_date_changed_on_both_sides_is_a_conflict_of_that_row(db):
    cid = book(db)

    def fair(record) -> KeyDateData:
        return next(k for k in record.key_dates if k.label == "Trade fair")

    def theirs_edit(record):
        record.channels[0].value = "+44 20 3333 3333"
        fair(record).date = dt.date(2026, 11, 19)

    def mine_edit(record):
        record.channels[0].value = "+44 20 4444 4444"
        fair(record).date = dt.date(2026, 11, 17)
    base, mine, theirs = conflict_of(db, cid, theirs_edit, mine_edit)
    merge = customers.merge_records(base, mine, theirs)
    phone, date = f"channels.{base.channels[0].id}", f"key_dates.{fair(base).id}"
    assert [c.field for c in merge.conflicts] == [phone, date]
    assert [ch.value for ch in merge.record.channels] == ["+44 20 3333 3333"]  # theirs until chosen, once
    assert [k.date for k in merge.record.key_dates if k.label == "Trade fair"] == [dt.date(2026, 11, 19)]
    stored = save_and_load(db, customers.resolve(base, mine, theirs, {phone, date}))
    assert [ch.value for ch in stored.channels] == ["+44 20 4444 4444"]
    assert fair(stored).date == dt.date(2026, 11, 17) and len(stored.key_dates) == 2
    assert stored.channels[0].id == base.channels[0].id  # the same row, edited in place


def test_phones_and_tags_each_side_added_are_all_kept(db):
    cid = book(db)

    def theirs_edit(record):
        record.channels.append(ChannelData("phone", "+44 20 5555 5555", "mobile"))
        record.tags.append("5G")

    def mine_edit(record):
        record.channels.append(ChannelData("email", "info@brightpath.example"))
        record.tags = ["renewal-2027"]  # and took VIP off
    base, mine, theirs = conflict_of(db, cid, theirs_edit, mine_edit)
    merge = customers.merge_records(base, mine, theirs)
    assert merge.conflicts == []
    stored = save_and_load(db, merge.record)
    assert [ch.value for ch in stored.channels] == ["+44 20 1111 1111", "+44 20 5555 5555", "info@brightpath.example"]
    assert sorted(stored.tags) == ["5G", "renewal-2027"]


def test_the_merge_lists_what_the_other_side_changed_where_it_meets_nothing_of_mine(db):
    cid = book(db)

    def theirs_edit(record):
        record.city, record.contacts[1].title = "York", "CFO"

    base, mine, theirs = conflict_of(db, cid, theirs_edit, lambda r: setattr(r, "industry", "Healthcare"))
    merge = customers.merge_records(base, mine, theirs)
    john = base.contacts[1].id
    assert merge.conflicts == []
    assert [(c.field, c.base, c.mine, c.theirs) for c in merge.changes] == [
        ("industry", "", "Healthcare", ""), ("city", "Leeds", "Leeds", "York"), (f"contacts.{john}.title", "CTO", "CTO", "CFO")]
