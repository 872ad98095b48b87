"""Customer records: load one for the editor, validate, save, archive, delete, each undoable.

The editor works on plain dataclasses (no session outlives a call). Each write is one transaction that
also refreshes the customer's derived columns and returns what it changed (``models.undo.Change``),
which is all an undo command needs. A save writes only what differs: the record's columns, and its
phones, contacts, dates, spend and tags row by row (models/row_sync.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.engine import Connection

from models import undo, validation
from models.db import Database
from models.entities import NO_YEAR, Channel, Contact, Customer, KeyDate, MonthlySpend, Tag, customer_tags, now
from models.errors import KnownError, NotFoundError
from models.three_way import Conflict, merge_dicts, merge_rows, merge_value
from models.row_sync import sync_keyed, sync_rows
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
            channels=[ChannelData(ch.kind.value, ch.value, ch.label) for ch in customer.channels],
            tags=[t.name for t in customer.tags],
            version=customer.version,
            contacts=[ContactData(
                id=c.id, name=c.name, title=c.title,
                buying_role=c.buying_role.value if c.buying_role else None,
                attitude=c.attitude.value if c.attitude else None,
                influence=c.influence.value if c.influence else None, notes=c.notes,
                channels=[ChannelData(ch.kind.value, ch.value, ch.label) for ch in c.channels],
            ) for c in contacts],
            spend={(m.year, m.month): m.amount_cents for m in customer.spend},
            key_dates=sorted((KeyDateData(kind=k.kind.value, date=k.date, label=k.label, yearly=k.yearly,
                                          contact=index.get(k.contact_id), year_known=k.year_known)
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


def save(db: Database, data: CustomerData, today: dt.date | None = None) -> Change:
    """Create or update the customer and everything in the record, in one transaction. A record loaded
    at a version that is no longer the stored one overwrites nothing (``ChangedMeanwhile``)."""
    errors = validate(data)
    if errors:
        raise InvalidCustomer(errors)
    try:
        change = _save(db, data, today or dt.date.today())
    except (_Stale, StaleDataError):  # (the second: saved by another between our read and our write)
        if data.id is None:
            raise
        raise ChangedMeanwhile(load(db, data.id)) from None
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
            before = undo.snapshot(conn, Customer.__table__, [customer.id], only=RECORD_TABLES)
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
        change = undo.changes_since(conn, Customer.__table__, customer.id, before, only=RECORD_TABLES)
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
        if contact is None:
            contact = Contact(customer_id=cid)
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
    sync_rows(conn, dates, dates.c.customer_id == cid, [{
        "customer_id": cid, "contact_id": None if k.contact is None else contact_ids[k.contact],
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
    wanted = [{"customer_id": cid, "contact_id": contact_id, "kind": ChannelKind(ch.kind).value,
               "value": ch.value.strip(), "label": ch.label.strip(), "position": i}
              for i, ch in enumerate(c for c in channels if c.value.strip())]
    sync_rows(conn, table, (table.c.customer_id == cid) & owner, wanted, ("kind", "value", "label", "position"))


def _tag_id(conn: Connection, name: str, created: list[RowChange]) -> int:
    found = conn.scalar(select(Tag.id).where(Tag.name == name))
    if found is not None:
        return found
    tag_id = conn.execute(Tag.__table__.insert().values(name=name)).inserted_primary_key[0]
    created.append(RowChange("tags", (tag_id,), None, {"id": tag_id, "name": name}))
    return tag_id


# -- merging -------------------------------------------------------------------------------------
CONTACT_FIELDS = ("name", "title", "buying_role", "attitude", "influence", "notes")


def merge_records(base: CustomerData, mine: CustomerData, theirs: CustomerData) -> tuple[CustomerData, list[Conflict]]:
    """The rep's changes (``mine`` against ``base``, what they opened) made on the record as it is now
    (``theirs``); the conflicts are the fields both changed, each set to theirs until the rep chooses
    (``resolve``). The result carries theirs' version, so that saving it overwrites nothing."""
    conflicts: list[Conflict] = []
    values = {name: merge_value(name, getattr(base, name), getattr(mine, name), getattr(theirs, name), conflicts)
              for name in SCALARS}
    channel_key = lambda ch: (ch.kind, ch.value, ch.label)  # noqa: E731
    channels = merge_rows("channels", base.channels, mine.channels, theirs.channels, channel_key, conflicts)
    tags = merge_rows("tags", base.tags, mine.tags, theirs.tags, lambda t: t, conflicts)
    spend = merge_dicts("spend", base.spend, mine.spend, theirs.spend, conflicts, label=lambda k: f"{k[0]}-{k[1]:02d}")

    def merge_contact(path: str, b: ContactData, m: ContactData, t: ContactData, found: list[Conflict]) -> ContactData:
        fields = {n: merge_value(f"{path}.{n}", getattr(b, n), getattr(m, n), getattr(t, n), found) for n in CONTACT_FIELDS}
        chans = merge_rows(f"{path}.channels", b.channels, m.channels, t.channels, channel_key, found)
        return ContactData(**fields, channels=chans, id=t.id)

    contact_key = _contact_key
    contacts = merge_rows("contacts", base.contacts, mine.contacts, theirs.contacts, contact_key, conflicts,
                          merge_contact)

    def dates_of(record: CustomerData) -> list[tuple]:
        who = lambda i: None if i is None else contact_key(record.contacts[i])  # noqa: E731
        return [(k.kind, k.date, k.label, k.yearly, k.year_known, who(k.contact)) for k in record.key_dates]

    dates = merge_rows("key_dates", dates_of(base), dates_of(mine), dates_of(theirs), lambda d: d, conflicts)
    index = {contact_key(c): i for i, c in enumerate(contacts)}
    key_dates = [KeyDateData(kind=d[0], date=d[1], label=d[2], yearly=d[3], year_known=d[4], contact=index.get(d[5]))
                 for d in dates if d[5] is None or d[5] in index]
    merged = CustomerData(**values, channels=channels, tags=tags, contacts=contacts, spend=spend, key_dates=key_dates,
                          id=theirs.id, version=theirs.version)
    return merged, conflicts


def resolve(merged: CustomerData, mine: CustomerData, take_mine: set[str]) -> CustomerData:
    """The merge with the rep's own value for the conflicting fields they chose (plain fields; for a
    list, the rep's whole list)."""
    chosen = {}
    for path in take_mine:
        top = path.split(".")[0]
        if top in SCALARS or top in ("channels", "tags", "spend", "contacts", "key_dates"):
            chosen[top] = getattr(mine, top)
    people = chosen.get("contacts", merged.contacts)
    if "key_dates" in chosen or "contacts" in chosen:  # a date points at its person by place in the list
        dates = chosen.get("key_dates", merged.key_dates)
        owner = mine.contacts if "key_dates" in chosen else merged.contacts
        place = {_contact_key(c): i for i, c in enumerate(people)}
        chosen["key_dates"] = [dataclasses.replace(k, contact=place.get(_contact_key(owner[k.contact])))
                               for k in dates if k.contact is None or _contact_key(owner[k.contact]) in place]
    return dataclasses.replace(merged, **chosen)


def _contact_key(contact: ContactData):
    return contact.id if contact.id is not None else ("new", contact.name)


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
