"""Customer records: load one for the editor, validate, save, archive, delete; snapshots for undo.

The editor works on plain dataclasses (no session outlives a call). Each write is one transaction that
also refreshes the customer's derived columns and returns snapshots of before and after, which is all
an undo command needs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import delete, select
from sqlalchemy.engine import Connection

from models import snapshots, validation
from models.db import Database
from models.entities import Channel, Contact, Customer, KeyDate, MonthlySpend, Tag, customer_tags
from models.errors import KnownError, NotFoundError
from models.snapshots import Snapshot
from models.summaries import refresh_customers
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
    date: dt.date
    label: str = ""
    yearly: bool = True
    contact: int | None = None  # index into CustomerData.contacts, None for the customer itself


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


class InvalidCustomer(KnownError):
    def __init__(self, errors: dict[str, str]):
        super().__init__("The customer was not saved: " + "; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


@dataclass(frozen=True)
class Change:
    """What a write did, for undo: the record before (None when created) and after (None when deleted)."""

    customer_id: int
    before: Snapshot | None
    after: Snapshot | None


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
            contacts=[ContactData(
                id=c.id, name=c.name, title=c.title,
                buying_role=c.buying_role.value if c.buying_role else None,
                attitude=c.attitude.value if c.attitude else None,
                influence=c.influence.value if c.influence else None, notes=c.notes,
                channels=[ChannelData(ch.kind.value, ch.value, ch.label) for ch in c.channels],
            ) for c in contacts],
            spend={(m.year, m.month): m.amount_cents for m in customer.spend},
            key_dates=sorted((KeyDateData(kind=k.kind.value, date=k.date, label=k.label, yearly=k.yearly,
                                          contact=index.get(k.contact_id)) for k in customer.key_dates),
                             key=lambda k: (k.date.month, k.date.day)),
        )


# -- writing ---------------------------------------------------------------------------------------
SCALARS = ("name", "kind", "segment", "industry", "address", "city", "website", "owner", "relationship_level",
           "contact_level", "psychology", "lifecycle_stage", "stage_entered_on", "tier", "referred_by_id",
           "acquisition_cost_cents", "notes", "archived")


def save(db: Database, data: CustomerData, today: dt.date | None = None) -> Change:
    """Create or update the customer and everything in the record, in one transaction."""
    errors = validate(data)
    if errors:
        raise InvalidCustomer(errors)
    today = today or dt.date.today()
    with db.session() as s, s.begin():
        conn = s.connection()
        if data.referred_by_id is not None and s.get(Customer, data.referred_by_id) is None:
            raise InvalidCustomer({"referred_by": "The customer who referred them was deleted; choose again."})
        if data.id is None:
            customer = Customer()
            s.add(customer)
            before = None
        else:
            customer = s.get(Customer, data.id)
            if customer is None:
                raise NotFoundError(f"The customer {data.name!r} was deleted meanwhile; nothing was saved.")
            before = snapshots.take(conn, Customer.__table__, customer.id)
        stage_changed = customer.lifecycle_stage != LifecycleStage(data.lifecycle_stage)
        for name in SCALARS:
            value = getattr(data, name)
            setattr(customer, name, value.strip() if isinstance(value, str) and name != "notes" else value)
        if stage_changed and (data.stage_entered_on is None or before is not None and
                              data.stage_entered_on == _root(before).get("stage_entered_on")):
            customer.stage_entered_on = today
        s.flush()
        _write_children(s, customer, data)
        s.flush()
        refresh_customers(conn, [customer.id])
        after = snapshots.take(conn, Customer.__table__, customer.id)
    return Change(customer.id, before, after)


def _root(snapshot: Snapshot) -> dict:
    return snapshot.rows[snapshot.root_table][0]


def _write_children(s, customer: Customer, data: CustomerData) -> None:
    cid = customer.id
    conn = s.connection()
    # Contacts keep their ids (visits refer to them); the rest is rewritten whole.
    kept = {c.id for c in data.contacts if c.id is not None}
    existing = {c.id: c for c in s.scalars(select(Contact).where(Contact.customer_id == cid))}
    for contact_id, contact in existing.items():
        if contact_id not in kept:
            s.delete(contact)
    conn.execute(delete(Channel.__table__).where(Channel.customer_id == cid))
    conn.execute(delete(KeyDate.__table__).where(KeyDate.customer_id == cid))
    conn.execute(delete(MonthlySpend.__table__).where(MonthlySpend.customer_id == cid))
    conn.execute(delete(customer_tags).where(customer_tags.c.customer_id == cid))
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
        _insert_channels(conn, cid, contact.id, item.channels)
    _insert_channels(conn, cid, None, data.channels)
    if data.spend:
        conn.execute(MonthlySpend.__table__.insert(), [
            {"customer_id": cid, "year": y, "month": m, "amount_cents": cents} for (y, m), cents in data.spend.items()])
    if data.key_dates:
        conn.execute(KeyDate.__table__.insert(), [{
            "customer_id": cid, "contact_id": None if k.contact is None else contact_ids[k.contact],
            "kind": KeyDateKind(k.kind).value, "label": k.label.strip(), "date": k.date, "yearly": k.yearly,
        } for k in data.key_dates])
    tag_ids = [_tag_id(conn, name.strip()) for name in dict.fromkeys(data.tags) if name.strip()]
    if tag_ids:
        conn.execute(customer_tags.insert(), [{"customer_id": cid, "tag_id": t} for t in tag_ids])


def _insert_channels(conn: Connection, cid: int, contact_id: int | None, channels: list[ChannelData]) -> None:
    rows = [{"customer_id": cid, "contact_id": contact_id, "kind": ChannelKind(ch.kind).value,
             "value": ch.value.strip(), "label": ch.label.strip(), "position": i}
            for i, ch in enumerate(c for c in channels if c.value.strip())]
    if rows:
        conn.execute(Channel.__table__.insert(), rows)


def _tag_id(conn: Connection, name: str) -> int:
    found = conn.scalar(select(Tag.id).where(Tag.name == name))
    if found is not None:
        return found
    return conn.execute(Tag.__table__.insert().values(name=name)).inserted_primary_key[0]


def set_archived(db: Database, customer_id: int, archived: bool) -> Change:
    with db.session() as s, s.begin():
        conn = s.connection()
        customer = s.get(Customer, customer_id)
        if customer is None:
            raise NotFoundError(f"There is no customer with id {customer_id}.")
        before = snapshots.take(conn, Customer.__table__, customer_id)
        customer.archived = archived
        s.flush()
        after = snapshots.take(conn, Customer.__table__, customer_id)
    return Change(customer_id, before, after)


def delete_customer(db: Database, customer_id: int) -> Change:
    """Delete the customer with its contacts, spend, dates, visits and outcomes; the change can be undone."""
    with db.engine.begin() as conn:
        before = snapshots.take(conn, Customer.__table__, customer_id)
        if not before.rows[Customer.__tablename__]:
            raise NotFoundError(f"There is no customer with id {customer_id}.")
        snapshots.remove(conn, before)
    return Change(customer_id, before, None)


def apply_state(db: Database, customer_id: int, state: Snapshot | None, current: Snapshot | None) -> None:
    """Make the customer as it is in ``state`` (None: not there). Used by undo and redo."""
    with db.engine.begin() as conn:
        if state is None:
            if current is not None:
                snapshots.remove(conn, current)
        else:
            snapshots.restore(conn, state)


def tag_names(db: Database) -> list[str]:
    with db.session() as s:
        return list(s.scalars(select(Tag.name).order_by(Tag.name)))


def owners(db: Database) -> list[str]:
    with db.session() as s:
        return [o for o in s.scalars(select(Customer.owner).distinct().order_by(Customer.owner)) if o]
