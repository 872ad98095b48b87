"""Customer records: load one for the editor, validate, save, archive, delete, each undoable.

The editor works on plain dataclasses (no session outlives a call). Each write is one transaction that
also refreshes the customer's derived columns and returns what it changed (``models.undo.Change``),
which is all an undo command needs. A save writes only what differs: the record's columns, and its
phones, contacts, dates, spend and tags row by row (models/row_sync.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.engine import Connection

from models import undo, validation
from models.db import Database
from models.entities import NO_YEAR, Channel, Contact, Customer, KeyDate, MonthlySpend, Tag, customer_tags, now
from models.errors import KnownError, NotFoundError
from models.three_way import Conflict, Merge, keyed
from models.row_sync import free_id, sync_by_id, sync_keyed
from models.summaries import refresh_customers
from models.undo import Change, RowChange
from models.vocabulary import (
    ChannelKind,
    ContactLevel,
    CustomerKind,
    KeyDateKind,
    LifecycleStage,
    RelationshipLevel,
    Tier,
)


@dataclass
class ChannelData:
    kind: str  # ChannelKind value
    value: str
    label: str = ""
    id: int | None = None  # the stored row's (None: a new one)


@dataclass
class ContactData:
    name: str = ""
    title: str = ""
    buying_role: str | None = None
    attitude: str | None = None
    influence: str | None = None
    notes: str = ""
    channels: list[ChannelData] = field(default_factory=list)
    id: int | None = None


@dataclass
class KeyDateData:
    kind: str
    date: dt.date  # without a known year: that day in NO_YEAR
    label: str = ""
    yearly: bool = True
    contact: int | None = None  # index into CustomerData.contacts, None for the customer itself
    year_known: bool = True
    id: int | None = None  # the stored row's (None: a new one)


@dataclass
class CustomerData:
    name: str = ""
    kind: str = CustomerKind.COMPANY.value
    segment: str | None = None
    industry: str = ""
    address: str = ""
    city: str = ""
    website: str = ""
    owner: str = ""
    relationship_level: str = RelationshipLevel.NONE.value
    contact_level: str = ContactLevel.NEW.value
    psychology: str | None = None
    lifecycle_stage: str = LifecycleStage.A.value
    stage_entered_on: dt.date | None = None
    tier: str = Tier.NONE.value  # as confirmed by the rep; the spend's tier is offered (models/suggestions.py)
    referred_by_id: int | None = None
    acquisition_cost_cents: int | None = None  # None: the default in settings
    notes: str = ""
    archived: bool = False
    channels: list[ChannelData] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    contacts: list[ContactData] = field(default_factory=list)
    spend: dict[tuple[int, int], int] = field(default_factory=dict)  # (year, month) -> cents
    key_dates: list[KeyDateData] = field(default_factory=list)
    id: int | None = None
    version: int | None = None  # the record's version when it was loaded (None: save whatever it is now)


class InvalidCustomer(KnownError):
    def __init__(self, errors: dict[str, str]):
        super().__init__("The customer was not saved: " + "; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


class ChangedMeanwhile(KnownError):
    """The record was saved by someone else (another window, another rep) since it was loaded: nothing
    was written. ``theirs`` is the record as it is now, to merge with (``merge_records``)."""

    def __init__(self, theirs: CustomerData):
        super().__init__(f"{theirs.name} was changed elsewhere since you opened it; nothing was saved.")
        self.theirs = theirs


# -- validation ------------------------------------------------------------------------------------
def validate(data: CustomerData) -> dict[str, str]:
    """Every problem, keyed by field path ("name", "channels.1", "contacts.0.name")."""
    errors: dict[str, str] = {}

    def check(path: str, message: str | None) -> None:
        if message and path not in errors:
            errors[path] = message

    check("name", validation.required(data.name) or validation.length(data.name, "name"))
    for name in ("industry", "address", "city", "owner", "notes"):
        check(name, validation.length(getattr(data, name), name))
    check("website", validation.website(data.website))
    if data.acquisition_cost_cents is not None and data.acquisition_cost_cents < 0:
        check("acquisition_cost", "A cost cannot be negative.")
    if data.referred_by_id is not None and data.referred_by_id == data.id:
        check("referred_by", "A customer cannot refer themselves.")
    _check_channels(check, "channels", data.channels)
    for i, tag in enumerate(data.tags):
        check(f"tags.{i}", validation.length(tag, "tag"))
    for i, contact in enumerate(data.contacts):
        check(f"contacts.{i}.name", validation.required(contact.name) or validation.length(contact.name, "name"))
        check(f"contacts.{i}.title", validation.length(contact.title, "title"))
        check(f"contacts.{i}.notes", validation.length(contact.notes, "notes"))
        _check_channels(check, f"contacts.{i}.channels", contact.channels)
    for (year, month), cents in data.spend.items():
        if not (1900 <= year <= 2999 and 1 <= month <= 12):
            check(f"spend.{year}-{month:02d}", "Not a month.")
        elif cents < 0:
            check(f"spend.{year}-{month:02d}", "Spend cannot be negative.")
    for i, key_date in enumerate(data.key_dates):
        check(f"key_dates.{i}.label", validation.length(key_date.label, "name"))
        if key_date.contact is not None and not 0 <= key_date.contact < len(data.contacts):
            check(f"key_dates.{i}.contact", "That contact is not in the list.")
    return errors


def _check_channels(check, path: str, channels: list[ChannelData]) -> None:
    for i, channel in enumerate(channels):
        rule = validation.phone if channel.kind == ChannelKind.PHONE else validation.email
        check(f"{path}.{i}", rule(channel.value.strip()) or validation.length(channel.label, "label"))


# -- reading ---------------------------------------------------------------------------------------
def load(db: Database, customer_id: int) -> CustomerData:
    with db.session() as s:
        customer = s.get(Customer, customer_id)
        if customer is None:
            raise NotFoundError(f"There is no customer with id {customer_id}.")
        contacts = list(customer.contacts)
        index = {c.id: i for i, c in enumerate(contacts)}
        return CustomerData(
            id=customer.id, name=customer.name, kind=customer.kind.value,
            segment=customer.segment.value if customer.segment else None,
            industry=customer.industry, address=customer.address, city=customer.city, website=customer.website,
            owner=customer.owner, relationship_level=customer.relationship_level.value,
            contact_level=customer.contact_level.value,
            psychology=customer.psychology.value if customer.psychology else None,
            lifecycle_stage=customer.lifecycle_stage.value, stage_entered_on=customer.stage_entered_on,
            tier=customer.tier.value, referred_by_id=customer.referred_by_id,
            acquisition_cost_cents=customer.acquisition_cost_cents, notes=customer.notes, archived=customer.archived,
            channels=[ChannelData(ch.kind.value, ch.value, ch.label, ch.id) for ch in customer.channels],
            tags=[t.name for t in customer.tags],
            version=customer.version,
            contacts=[ContactData(
                id=c.id, name=c.name, title=c.title,
                buying_role=c.buying_role.value if c.buying_role else None,
                attitude=c.attitude.value if c.attitude else None,
                influence=c.influence.value if c.influence else None, notes=c.notes,
                channels=[ChannelData(ch.kind.value, ch.value, ch.label, ch.id) for ch in c.channels],
            ) for c in contacts],
            spend={(m.year, m.month): m.amount_cents for m in customer.spend},
            key_dates=sorted((KeyDateData(kind=k.kind.value, date=k.date, label=k.label, yearly=k.yearly,
                                          contact=index.get(k.contact_id), year_known=k.year_known, id=k.id)
                               for k in customer.key_dates),
                             key=lambda k: (k.date.month, k.date.day)),
        )


# -- writing ---------------------------------------------------------------------------------------
# What a save of the record can write (a contact deleted takes their place at visits with them): the
# snapshots for undo look no further, a customer's visits and outcomes are not read twice a save.
RECORD_TABLES = frozenset({"customers", "contacts", "channels", "key_dates", "monthly_spend", "customer_tags",
                           "visit_contacts"})
SCALARS = ("name", "kind", "segment", "industry", "address", "city", "website", "owner", "relationship_level",
           "contact_level", "psychology", "lifecycle_stage", "stage_entered_on", "tier", "referred_by_id",
           "acquisition_cost_cents", "notes", "archived")


class _Stale(Exception):
    pass


class _Unchanged(Exception):
    """The save would change nothing: its transaction is rolled back (no new version, no undo step)."""


def save(db: Database, data: CustomerData, today: dt.date | None = None) -> Change:
    """Create or update the customer and everything in the record, in one transaction. A record loaded
    at a version that is no longer the stored one overwrites nothing (``ChangedMeanwhile``); a record
    that is the stored one writes nothing (an empty change: the version stays, there is nothing to undo)."""
    errors = validate(data)
    if errors:
        raise InvalidCustomer(errors)
    try:
        change = _save(db, data, today or dt.date.today())
    except (_Stale, StaleDataError):  # (the second: saved by another between our read and our write)
        if data.id is None:
            raise
        raise ChangedMeanwhile(load(db, data.id)) from None
    except _Unchanged:
        return Change(customer_id=data.id)
    if data.id is not None:
        data.version = change.versions.get(data.id, data.version)  # the record in hand is the stored one now
    return change


def _save(db: Database, data: CustomerData, today: dt.date) -> Change:
    with db.write_session() as s, s.begin():
        conn = s.connection()
        if data.referred_by_id is not None and s.get(Customer, data.referred_by_id) is None:
            raise InvalidCustomer({"referred_by": "The customer who referred them was deleted; choose again."})
        if data.id is None:
            customer = Customer()
            s.add(customer)
            before: undo.Snapshot = {}
        else:
            customer = s.get(Customer, data.id)
            if customer is None:
                raise NotFoundError(f"The customer {data.name!r} was deleted meanwhile; nothing was saved.")
            if data.version is not None and customer.version != data.version:
                raise _Stale()
            before = undo.snapshot(conn, Customer.__table__, [customer.id], only=RECORD_TABLES,
                                   roots=[undo.row_of(customer)], keeps_roots=True)  # (the row just loaded)
        stage_changed = customer.lifecycle_stage != LifecycleStage(data.lifecycle_stage)
        old_stage_date = customer.stage_entered_on
        for name in SCALARS:
            value = getattr(data, name)
            setattr(customer, name, value.strip() if isinstance(value, str) and name != "notes" else value)
        if stage_changed and (data.stage_entered_on is None or data.id is not None and
                              data.stage_entered_on == old_stage_date):
            customer.stage_entered_on = today
        customer.updated_at = now()  # a save is a change of the record, children only or not
        s.flush()
        new_tags = _write_children(s, customer, data)
        s.flush()
        refresh_customers(conn, [customer.id])
        change = undo.changes_since(conn, Customer.__table__, customer.id, before, only=RECORD_TABLES,
                                    keeps_roots=True)
        if data.id is not None and not change and not new_tags:
            raise _Unchanged()
    return undo.combine(change, new_tags)


def _write_children(s, customer: Customer, data: CustomerData) -> Change:
    """Contacts (they keep their ids: visits refer to them), then phones, dates, spend and tags, each
    written as the changes it needs. Returns the tags it had to create (they are not the record's)."""
    cid = customer.id
    conn = s.connection()
    kept = {c.id for c in data.contacts if c.id is not None}
    existing = {c.id: c for c in s.scalars(select(Contact).where(Contact.customer_id == cid))}
    for contact_id, contact in existing.items():
        if contact_id not in kept:
            s.delete(contact)
    s.flush()
    contact_ids = []
    for position, item in enumerate(data.contacts):
        contact = existing.get(item.id) if item.id is not None else None
        if contact is None:  # (one removed meanwhile and kept by this save comes back under their own id)
            contact = Contact(customer_id=cid)
            contact.id = free_id(conn, Contact.__table__, item.id)
            s.add(contact)
        contact.name, contact.title, contact.notes = item.name.strip(), item.title.strip(), item.notes
        contact.buying_role, contact.attitude, contact.influence = item.buying_role, item.attitude, item.influence
        contact.position = position
        s.flush()
        contact_ids.append(contact.id)
        _write_channels(conn, cid, contact.id, item.channels)
    _write_channels(conn, cid, None, data.channels)
    spend = MonthlySpend.__table__
    sync_keyed(conn, spend, spend.c.customer_id == cid, {
        (y, m): {"customer_id": cid, "year": y, "month": m, "amount_cents": cents}
        for (y, m), cents in data.spend.items()}, ("year", "month"))
    dates = KeyDate.__table__
    sync_by_id(conn, dates, dates.c.customer_id == cid, [{
        "id": k.id, "customer_id": cid, "contact_id": None if k.contact is None else contact_ids[k.contact],
        "kind": KeyDateKind(k.kind).value, "label": k.label.strip(),
        "date": k.date if k.year_known else _without_year(k.date), "year_known": k.year_known,
        "yearly": k.yearly or not k.year_known,
    } for k in data.key_dates], ("contact_id", "kind", "label", "date", "year_known", "yearly"))
    created: list[RowChange] = []
    tag_ids = [_tag_id(conn, name.strip(), created) for name in dict.fromkeys(data.tags) if name.strip()]
    sync_keyed(conn, customer_tags, customer_tags.c.customer_id == cid,
               {(t,): {"customer_id": cid, "tag_id": t} for t in tag_ids}, ("tag_id",))
    return Change(tuple(created))


def _without_year(day: dt.date) -> dt.date:
    return dt.date(NO_YEAR, day.month, day.day)


def _write_channels(conn: Connection, cid: int, contact_id: int | None, channels: list[ChannelData]) -> None:
    table = Channel.__table__
    owner = table.c.contact_id.is_(None) if contact_id is None else table.c.contact_id == contact_id
    wanted = [{"id": ch.id, "customer_id": cid, "contact_id": contact_id, "kind": ChannelKind(ch.kind).value,
               "value": ch.value.strip(), "label": ch.label.strip(), "position": i}
              for i, ch in enumerate(c for c in channels if c.value.strip())]
    sync_by_id(conn, table, (table.c.customer_id == cid) & owner, wanted, ("kind", "value", "label", "position"))


def _tag_id(conn: Connection, name: str, created: list[RowChange]) -> int:
    found = conn.scalar(select(Tag.id).where(Tag.name == name))
    if found is not None:
        return found
    tag_id = conn.execute(Tag.__table__.insert().values(name=name)).inserted_primary_key[0]
    created.append(RowChange("tags", (tag_id,), None, {"id": tag_id, "name": name}))
    return tag_id


# -- merging -------------------------------------------------------------------------------------
CONTACT_FIELDS = ("name", "title", "buying_role", "attitude", "influence", "notes")


@dataclass
class CustomerMerge:
    """A record two people changed, merged (``models.three_way``). ``record`` carries theirs' version, so
    that saving it overwrites nothing. Paths name a row by its id ("contacts.20.title", "channels.55",
    "key_dates.9", "spend.2026-11"; a row the rep added by its place in their list, "contacts.new2"), and
    a date's ``contact`` in the conflicts and changes is its person's key; ``people`` names each key."""

    record: CustomerData
    conflicts: list[Conflict]
    changes: list[Conflict]  # everything either side changed, the conflicts among them
    people: dict[object, str]


def merge_records(base: CustomerData, mine: CustomerData, theirs: CustomerData,
                  keep_mine: Collection[str] = ()) -> CustomerMerge:
    """The rep's changes (``mine`` against ``base``, what they opened) made on the record as it is now
    (``theirs``), field by field and row by row; each conflict (a field both changed, a row one removed
    and the other changed) is settled by theirs, or by the rep's own where its path is in ``keep_mine``."""
    merge = Merge(keep_mine)  # (in the order of the editor's tabs: details, people, spend, dates)
    values = {name: merge.value(name, getattr(base, name), getattr(mine, name), getattr(theirs, name))
              for name in SCALARS}
    channels = merge.rows("channels", base.channels, mine.channels, theirs.channels, _id, content=_channel)
    tags = merge.rows("tags", base.tags, mine.tags, theirs.tags, lambda tag: tag)
    contacts = merge.rows("contacts", base.contacts, mine.contacts, theirs.contacts, _id, _merge_contact,
                          content=_person)
    spend = merge.dicts("spend", base.spend, mine.spend, theirs.spend, label=month_label)
    key_dates = _merge_dates(merge, base, mine, theirs, _people_keys(mine, contacts))
    record = CustomerData(**values, channels=channels, tags=tags, contacts=contacts, spend=spend,
                          key_dates=key_dates, id=theirs.id, version=theirs.version)
    people = {k: c.name for side in (base, theirs, mine) for k, c in keyed(side.contacts, _id).items()}
    return CustomerMerge(record, merge.conflicts, merge.changes, people)


def resolve(base: CustomerData, mine: CustomerData, theirs: CustomerData, keep_mine: Collection[str]) -> CustomerData:
    """The merge with the rep's own value for the conflicts they chose (by path, each on its own: a
    person's title, one phone, one month), theirs for the others."""
    return merge_records(base, mine, theirs, keep_mine).record


def month_label(month: tuple[int, int]) -> str:
    return f"{month[0]}-{month[1]:02d}"


def _id(row) -> int | None:
    return row.id


def _channel(channel: ChannelData) -> tuple:
    return channel.kind, channel.value, channel.label


def _person(contact: ContactData) -> tuple:
    return (*(getattr(contact, n) for n in CONTACT_FIELDS), tuple(_channel(ch) for ch in contact.channels))


def _merge_contact(merge: Merge, path: str, b: ContactData, m: ContactData, t: ContactData) -> ContactData:
    fields = {n: merge.value(f"{path}.{n}", getattr(b, n), getattr(m, n), getattr(t, n)) for n in CONTACT_FIELDS}
    channels = merge.rows(f"{path}.channels", b.channels, m.channels, t.channels, _id, content=_channel)
    return ContactData(**fields, channels=channels, id=t.id)


def _people_keys(mine: CustomerData, contacts: list[ContactData]) -> dict[object, int]:
    """The merged people's keys (an id, or the place in the rep's list of one they added) -> their place."""
    added = {id(c): f"new{i}" for i, c in enumerate(mine.contacts) if c.id is None}
    return {c.id if c.id is not None else added[id(c)]: i for i, c in enumerate(contacts)}


def _merge_dates(merge: Merge, base: CustomerData, mine: CustomerData, theirs: CustomerData,
                 people: dict[object, int]) -> list[KeyDateData]:
    """Dates row by row, each pointing at its person by key while they merge. A side that removed a
    person removed their dates with them: for the merge, that side has them as they were (so that the
    other side's keeping the person keeps their dates); a date whose person is not in the merge goes."""
    def dated(record: CustomerData) -> list[KeyDateData]:
        keys = list(keyed(record.contacts, _id))
        return [dataclasses.replace(k, contact=None if k.contact is None else keys[k.contact]) for k in record.key_dates]

    was = dated(base)

    def with_removed_people(record: CustomerData) -> list[KeyDateData]:
        rows = dated(record)
        present = set(keyed(record.contacts, _id))
        have = {k.id for k in rows}
        return rows + [k for k in was if k.contact is not None and k.contact not in present and k.id not in have]

    content = lambda k: dataclasses.astuple(dataclasses.replace(k, id=None))  # noqa: E731
    merged = merge.rows("key_dates", was, with_removed_people(mine), with_removed_people(theirs), _id,
                        content=content)
    return [dataclasses.replace(k, contact=None if k.contact is None else people[k.contact])
            for k in merged if k.contact is None or k.contact in people]


def set_archived(db: Database, customer_id: int, archived: bool) -> Change:
    with db.session() as s, s.begin():
        conn = s.connection()
        customer = s.get(Customer, customer_id)
        if customer is None:
            raise NotFoundError(f"There is no customer with id {customer_id}.")
        before = undo.snapshot(conn, Customer.__table__, [customer_id], only=frozenset({"customers"}))
        customer.archived = archived
        s.flush()
        return undo.changes_since(conn, Customer.__table__, customer_id, before, only=frozenset({"customers"}))


def delete_customer(db: Database, customer_id: int) -> Change:
    """Delete the customer with its contacts, spend, dates, visits and outcomes; the change can be undone."""
    with db.engine.begin() as conn:
        table = Customer.__table__
        before = undo.snapshot(conn, table, [customer_id])
        if not before.get(table.name):
            raise NotFoundError(f"There is no customer with id {customer_id}.")
        conn.execute(table.delete().where(table.c.id == customer_id))
        return undo.changes_since(conn, table, customer_id, before)


def tag_names(db: Database) -> list[str]:
    with db.session() as s:
        return list(s.scalars(select(Tag.name).order_by(Tag.name)))


def owners(db: Database) -> list[str]:
    with db.session() as s:
        return [o for o in s.scalars(select(Customer.owner).distinct().order_by(Customer.owner)) if o]
