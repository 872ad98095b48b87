"""Customer records: load one for the editor, validate, save, archive, delete, each undoable.

The editor works on plain dataclasses (no session outlives a call). Each write is one transaction that
also refreshes the customer's derived columns and returns what it changed (``models.book.undo.Change``),
which is all an undo command needs. A save writes only what differs: the record's columns, and its
phones, contacts, dates, spend and tags row by row (models/book/row_sync.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.engine import Connection

from models.book import undo, validation
from models.storage.db import Database
from models.entities import Channel, Contact, Customer, KeyDate, MonthlySpend, Tag, customer_tags, now
from models.errors import KnownError, NO_CUSTOMER, NotFoundError
from models.team.three_way import Conflict, Merge, keyed
from models.book.row_sync import insert_row, sync_by_id, sync_keyed, update_row
from models.book.summaries import refresh_customer
from models.book.undo import Change, RowChange
from models.vocabulary import (
    NO_YEAR,
    ChannelKind,
    ContactLevel,
    CustomerKind,
    KeyDateKind,
    LifecycleStage,
    RelationshipLevel,
    Tier,
)
from models.runtime.translatable import QT_TRANSLATE_NOOP, Text


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
    tier: str = Tier.NONE.value  # as confirmed by the rep; the spend's tier is offered (models/book/suggestions.py)
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
        super().__init__(QT_TRANSLATE_NOOP("errors", "The customer was not saved: %1"), "; ".join(errors.values()))
        self.errors = errors


class ChangedMeanwhile(KnownError):
    """The record was saved by someone else (another window, another rep) since it was loaded: nothing
    was written. ``theirs`` is the record as it is now, to merge with (``merge_records``)."""

    def __init__(self, theirs: CustomerData):
        super().__init__(QT_TRANSLATE_NOOP("errors", "%1 was changed elsewhere since you opened it; nothing was saved."),
                         theirs.name)
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
            raise NotFoundError(NO_CUSTOMER, customer_id)
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
    except _Stale:
        if data.id is None:
            raise
        raise ChangedMeanwhile(load(db, data.id)) from None
    except _Unchanged:
        return Change(customer_id=data.id)
    if data.id is not None:
        data.version = change.versions.get(data.id, data.version)  # the record in hand is the stored one now
    return change


def _save(db: Database, data: CustomerData, today: dt.date) -> Change:
    # Core, not the ORM: a save is a handful of small statements, and the ORM's unit of work costs more
    # Python than the database takes for them. The version check is the ORM's (version_id_col), spelled out.
    with db.write_transaction() as conn:
        if data.referred_by_id is not None and conn.execute(_CUSTOMER_ID, {"cid": data.referred_by_id}).first() is None:
            raise InvalidCustomer({"referred_by": Text("validation", QT_TRANSLATE_NOOP(
                "validation", "The customer who referred them was deleted; choose again."))})
        values = {name: _cleaned(name, getattr(data, name)) for name in SCALARS}
        values["updated_at"] = now()  # a save is a change of the record, children only or not
        if data.id is None:
            root: dict = {}
            before: undo.Snapshot = {}
        else:
            rows = undo.dicts(conn.execute(_CUSTOMER_ROW, {"cid": data.id}))
            if not rows:
                raise NotFoundError(QT_TRANSLATE_NOOP("errors", "The customer %1 was deleted meanwhile; nothing was "
                                                      "saved."), data.name)
            root = rows[0]  # (the row as it was before this save: the snapshot's root)
            if data.version is not None and root["version"] != data.version:
                raise _Stale()
        stage_changed = root.get("lifecycle_stage") != LifecycleStage(data.lifecycle_stage)
        if stage_changed and (data.stage_entered_on is None or data.id is not None and
                              data.stage_entered_on == root.get("stage_entered_on")):
            values["stage_entered_on"] = today
        customers = Customer.__table__
        if data.id is None:
            cid = conn.execute(customers.insert().values({**values, "version": 1})).inserted_primary_key[0]
        else:
            cid = data.id
            changed = {k: v for k, v in values.items() if root[k] != v}
            written = conn.execute(_update_statement(frozenset(changed)),
                                   {**{f"new_{k}": v for k, v in changed.items()}, "cid": cid, "was": root["version"]})
            if written.rowcount != 1:  # saved by another between our read and our write
                raise _Stale()
            # (the row is written, so locked: what is read next is what this save writes over)
            before = undo.snapshot(conn, customers, [cid], only=RECORD_TABLES, roots=[root], keeps_roots=True)
        tables_written, new_tags = _write_children(conn, cid, data, before)
        after = refresh_customer(conn, cid, None if data.id is None else _held(before, tables_written))
        change = undo.changes_since(conn, customers, cid, before, only=RECORD_TABLES, keeps_roots=True,
                                    unchanged=_unchanged_tables(tables_written), root=after)
        if data.id is not None and not change and not new_tags:
            raise _Unchanged()
    return undo.combine(change, new_tags)


_CUSTOMER_ROW = select(Customer.__table__).where(Customer.__table__.c.id == bindparam("cid"))
_CUSTOMER_ID = select(Customer.__table__.c.id).where(Customer.__table__.c.id == bindparam("cid"))
_TAG_IDS = select(Tag.name, Tag.id).where(Tag.name.in_(bindparam("names", expanding=True)))


@lru_cache(maxsize=256)
def _update_statement(columns: frozenset[str]):
    """The customer's UPDATE of these columns, checking the version it was read at (``was``) and moving
    it on; built once for each set of columns a save changes (building one costs more than running it)."""
    customers = Customer.__table__
    return (update(customers).where(customers.c.id == bindparam("cid"), customers.c.version == bindparam("was"))
            .values({name: bindparam(f"new_{name}") for name in columns} | {"version": customers.c.version + 1}))


def _cleaned(name: str, value):
    return value.strip() if isinstance(value, str) and name != "notes" else value


def _write_children(conn: Connection, cid: int, data: CustomerData, before: undo.Snapshot
                    ) -> tuple[frozenset[str], Change]:
    """Contacts (they keep their ids: visits refer to them), then phones, dates, spend and tags, each
    written as the changes it needs, against the rows ``before`` holds (read in this transaction, after
    the customer's row was written). Returns the tables it wrote and the tags it had to create (they
    are not the record's)."""
    written: set[str] = set()

    def rows(table: str, **match) -> list[dict] | None:
        if before is not None:
            return [r for r in before.get(table, {}).values() if all(r[k] == v for k, v in match.items())]
        return None

    contacts = Contact.__table__
    existing = {row["id"]: row for row in rows("contacts")}
    kept = {c.id for c in data.contacts if c.id is not None}
    gone = [i for i in existing if i not in kept]
    if gone:  # their phones, dates and places at visits go with them (foreign keys): all is read again
        conn.execute(delete(contacts).where(contacts.c.id.in_(gone)))
        written.update(RECORD_TABLES)
        before = None
    contact_ids = []
    for position, item in enumerate(data.contacts):
        values = {"customer_id": cid, "name": item.name.strip(), "title": item.title.strip(), "notes": item.notes,
                  "buying_role": item.buying_role, "attitude": item.attitude, "influence": item.influence,
                  "position": position}
        row = existing.get(item.id)
        if row is None:  # (one removed meanwhile and kept by this save comes back under their own id)
            contact_ids.append(insert_row(conn, contacts, values, item.id))
            written.add("contacts")
        else:
            contact_ids.append(row["id"])
            if update_row(conn, contacts, row, values):
                written.add("contacts")
    for contact_id, item in zip(contact_ids, data.contacts):
        if _write_channels(conn, cid, contact_id, item.channels, rows("channels", contact_id=contact_id)):
            written.add("channels")
    if _write_channels(conn, cid, None, data.channels, rows("channels", contact_id=None)):
        written.add("channels")
    spend = MonthlySpend.__table__
    if sync_keyed(conn, spend, spend.c.customer_id == cid, {
            (y, m): {"customer_id": cid, "year": y, "month": m, "amount_cents": cents}
            for (y, m), cents in data.spend.items()}, ("year", "month"), rows("monthly_spend")):
        written.add("monthly_spend")
    dates = KeyDate.__table__
    if sync_by_id(conn, dates, dates.c.customer_id == cid, [{
        "id": k.id, "customer_id": cid, "contact_id": None if k.contact is None else contact_ids[k.contact],
        "kind": KeyDateKind(k.kind).value, "label": k.label.strip(),
        "date": k.date if k.year_known else _without_year(k.date), "year_known": k.year_known,
        "yearly": k.yearly or not k.year_known,
    } for k in data.key_dates], ("contact_id", "kind", "label", "date", "year_known", "yearly"), rows("key_dates")):
        written.add("key_dates")
    created: list[RowChange] = []
    tag_ids = _tag_ids(conn, list(dict.fromkeys(name.strip() for name in data.tags if name.strip())), created)
    if sync_keyed(conn, customer_tags, customer_tags.c.customer_id == cid,
                  {(t,): {"customer_id": cid, "tag_id": t} for t in tag_ids}, ("tag_id",), rows("customer_tags")):
        written.add("customer_tags")
    return frozenset(written), Change(tuple(created))


def _held(before: undo.Snapshot, written: frozenset[str]) -> dict[str, list]:
    """What the refresh of the derived columns reads, taken from the rows read before the save in the
    tables it did not write (models.book.summaries.refresh_customer)."""
    def in_id_order(table: str) -> list[dict]:
        return sorted(before.get(table, {}).values(), key=lambda r: r["id"])

    held: dict[str, list] = {}
    if "contacts" not in written:
        held["contacts"] = [r["name"] for r in in_id_order("contacts")]
    if "channels" not in written:
        held["channels"] = [(r["kind"], r["value"]) for r in in_id_order("channels")]
    if "monthly_spend" not in written:  # (months, in any order)
        held["monthly_spend"] = [(r["year"], r["month"], r["amount_cents"])
                                 for r in before.get("monthly_spend", {}).values()]
    return held


def _unchanged_tables(written: frozenset[str]) -> frozenset[str]:
    """The record's tables a save did not write, not read again after it. The customer's own row changes
    with every save; a place at a visit goes only with a deleted contact (which counts as writing every
    table), and is read again, to be sure, whenever a contact was written."""
    return RECORD_TABLES - written - {"customers"} - ({"visit_contacts"} if "contacts" in written else set())


def _without_year(day: dt.date) -> dt.date:
    return dt.date(NO_YEAR, day.month, day.day)


def _write_channels(conn: Connection, cid: int, contact_id: int | None, channels: list[ChannelData],
                    rows: list[dict] | None) -> bool:
    table = Channel.__table__
    where = None  # (read only when the rows are not in hand: building it costs more than comparing them)
    if rows is None:
        owner = table.c.contact_id.is_(None) if contact_id is None else table.c.contact_id == contact_id
        where = (table.c.customer_id == cid) & owner
    wanted = [{"id": ch.id, "customer_id": cid, "contact_id": contact_id, "kind": ChannelKind(ch.kind).value,
               "value": ch.value.strip(), "label": ch.label.strip(), "position": i}
              for i, ch in enumerate(c for c in channels if c.value.strip())]
    return sync_by_id(conn, table, where, wanted, ("kind", "value", "label", "position"), rows)


def _tag_ids(conn: Connection, names: list[str], created: list[RowChange]) -> list[int]:
    """The tags' ids, in one query; a tag not there yet is created."""
    found = dict(conn.execute(_TAG_IDS, {"names": names}).all()) if names else {}
    for name in names:
        if name not in found:
            tag_id = found[name] = conn.execute(Tag.__table__.insert().values(name=name)).inserted_primary_key[0]
            created.append(RowChange("tags", (tag_id,), None, {"id": tag_id, "name": name}))
    return [found[name] for name in names]


# -- merging -------------------------------------------------------------------------------------
CONTACT_FIELDS = ("name", "title", "buying_role", "attitude", "influence", "notes")


@dataclass
class CustomerMerge:
    """A record two people changed, merged (``models.team.three_way``). ``record`` carries theirs' version, so
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
            raise NotFoundError(NO_CUSTOMER, customer_id)
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
            raise NotFoundError(NO_CUSTOMER, customer_id)
        conn.execute(table.delete().where(table.c.id == customer_id))
        return undo.changes_since(conn, table, customer_id, before)


def name_of(db: Database, customer_id: int) -> str:
    """The customer's name ("" when there is no such customer)."""
    return _column_of(db, Customer.name, customer_id)


def owner_of(db: Database, customer_id: int) -> str:
    return _column_of(db, Customer.owner, customer_id)


def address_of(db: Database, customer_id: int) -> str:
    return _column_of(db, Customer.address, customer_id)


def _column_of(db: Database, column, customer_id: int) -> str:
    with db.engine.connect() as conn:
        return conn.scalar(select(column).where(Customer.id == customer_id)) or ""


def tag_names(db: Database) -> list[str]:
    with db.session() as s:
        return list(s.scalars(select(Tag.name).order_by(Tag.name)))


def owners(db: Database) -> list[str]:
    with db.session() as s:
        return [o for o in s.scalars(select(Customer.owner).distinct().order_by(Customer.owner)) if o]
