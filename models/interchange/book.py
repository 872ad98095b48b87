"""The book as records, for the exports: each customer (a company's own card; a person's everything),
then each person at it, in customer order, read a chunk at a time."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from sqlalchemy import select

from models.storage.db import Database
from models.entities import Channel, Contact, Customer, KeyDate, Tag, customer_tags
from models.interchange.records import Record

CHUNK = 2000


def book_records(db: Database) -> Iterator[Record]:
    with db.engine.connect() as conn:
        ids = conn.scalars(select(Customer.id).order_by(Customer.id)).all()
        for start in range(0, len(ids), CHUNK):
            yield from _chunk(conn, ids[start:start + CHUNK])


def _chunk(conn, ids: list[int]) -> Iterator[Record]:
    customers = conn.execute(select(Customer).where(Customer.id.in_(ids)).order_by(Customer.id)).mappings().all()
    contacts = defaultdict(list)
    for c in conn.execute(select(Contact).where(Contact.customer_id.in_(ids))
                          .order_by(Contact.position, Contact.id)).mappings():
        contacts[c["customer_id"]].append(c)
    channels = defaultdict(list)
    for ch in conn.execute(select(Channel).where(Channel.customer_id.in_(ids))
                           .order_by(Channel.position, Channel.id)).mappings():
        channels[(ch["customer_id"], ch["contact_id"], ch["kind"].value)].append((ch["label"], ch["value"]))
    birthdays = {(k.customer_id, k.contact_id): (k.date, k.year_known) for k in conn.execute(
        select(KeyDate.customer_id, KeyDate.contact_id, KeyDate.date, KeyDate.year_known)
        .where(KeyDate.customer_id.in_(ids), KeyDate.kind == "birthday"))}
    tags = defaultdict(list)
    for cid, name in conn.execute(select(customer_tags.c.customer_id, Tag.name).join(Tag)
                                  .where(customer_tags.c.customer_id.in_(ids)).order_by(Tag.name)):
        tags[cid].append(name)
    for c in customers:
        cid, kind = c["id"], c["kind"].value
        common = dict(customer_id=cid, kind=kind, address=c["address"], city=c["city"],
                      segment=c["segment"].value if c["segment"] else "", industry=c["industry"],
                      website=c["website"], owner=c["owner"], lifecycle_stage=c["lifecycle_stage"].value,
                      tier=c["tier"].value, tags=tags[cid], relationship_level=c["relationship_level"].value,
                      contact_level=c["contact_level"].value, psychology=_value(c["psychology"]),
                      stage_entered_on=c["stage_entered_on"], referred_by=c["referred_by_id"],
                      acquisition_cost_cents=c["acquisition_cost_cents"])
        own = dict(phones=channels[(cid, None, "phone")], emails=channels[(cid, None, "email")],
                   **_birthday(birthdays.get((cid, None))))
        if kind == "person":
            yield Record(f"customer {cid}", name=c["name"], notes=c["notes"], **common, **own)
        else:
            yield Record(f"customer {cid}", company=c["name"], customer_notes=c["notes"], **common, **own)
        for person in contacts[cid]:
            yield Record(f"contact {person['id']}", name=person["name"], company=c["name"], title=person["title"],
                         notes=person["notes"], customer_notes=c["notes"], phones=channels[(cid, person["id"], "phone")],
                         emails=channels[(cid, person["id"], "email")], **_birthday(birthdays.get((cid, person["id"]))),
                         buying_role=_value(person["buying_role"]), attitude=_value(person["attitude"]),
                         influence=_value(person["influence"]), **common)


def _value(member) -> str:
    return member.value if member is not None else ""


def _birthday(found: tuple | None) -> dict:
    if found is None:
        return {}
    return {"birthday": found[0], "birthday_year_known": found[1]}
