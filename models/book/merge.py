"""Customers > Find Duplicates…: likely pairs of customers in the book, side by side, and merging two into
one field by field. Every row of the other (contacts, phones and emails, spend, dates, visits, follow-ups,
tags, answers to suggestions) moves to the one kept; a month of spend both have keeps the kept one's
amount and the other's is written in the notes. A merge is one action: undoable (models/book/undo.py).

Pairs: companies whose names are one without region prefixes and legal suffixes (models/book/duplicates.py);
people (customers of kind person, at no company) of one name who share an email or a phone (a home line
too: a switchboard is a company's, and a company's people are its contacts), or of one name when one of
them has no email or phone to tell them apart.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import delete, func, select, update

from models.book import phones, undo
from models.storage.db import Database
from models.book.duplicates import company_key, email_key, name_key
from models.entities import (
    Channel,
    Contact,
    Customer,
    FollowUp,
    KeyDate,
    MonthlySpend,
    SuggestionDecision,
    Visit,
    customer_tags,
)
from models.errors import KnownError, NO_CUSTOMER, NotFoundError
from models.book.settings import load_phone_region
from models.book.summaries import refresh_customers
from models.book.undo import Change
from models.vocabulary import CustomerKind
from models.runtime.translatable import QT_TRANSLATE_NOOP

# the customer's own fields a merge chooses between, in the order the window shows them
FIELDS = ("name", "segment", "industry", "address", "city", "website", "owner", "relationship_level",
          "contact_level", "psychology", "lifecycle_stage", "stage_entered_on", "tier", "referred_by_id",
          "acquisition_cost_cents", "notes")
KEEP, OTHER, BOTH = "keep", "other", "both"  # which value a field takes (BOTH: the notes of both)
MAX_PAIRS = 500


@dataclass(frozen=True)
class Pair:
    keep_id: int  # the older one: merging keeps its id (visits and links elsewhere point at it)
    other_id: int
    keep_name: str
    other_name: str
    reason: str  # "same company name", "same name and email x", "same name and mobile x", "same name"…


def likely_pairs(db: Database, limit: int = MAX_PAIRS) -> list[Pair]:
    """The book's likely duplicates, companies first, at most ``limit``."""
    with db.engine.connect() as conn:
        region = load_phone_region(conn)
        rows = conn.execute(select(Customer.id, Customer.kind, Customer.name).where(Customer.archived.is_(False))
                            .order_by(Customer.id)).all()
        companies: dict[str, list[tuple[int, str]]] = defaultdict(list)
        people: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for cid, kind, name in rows:
            (companies[company_key(name)] if kind == CustomerKind.COMPANY else people[name_key(name)]).append((cid, name))
        pairs = []
        for group in companies.values():
            pairs += [Pair(group[0][0], cid, group[0][1], name, "same company name") for cid, name in group[1:]]
        named_twice = [g for g in people.values() if len(g) > 1]
        ids = [cid for g in named_twice for cid, _name in g]
        channels: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
        for start in range(0, len(ids), 500):
            for cid, kind, label, value in conn.execute(
                    select(Channel.customer_id, Channel.kind, Channel.label, Channel.value)
                    .where(Channel.customer_id.in_(ids[start:start + 500]), Channel.contact_id.is_(None))):
                channels[cid].append((kind, label, value))
        for group in named_twice:
            for i, (a, a_name) in enumerate(group):
                for b, b_name in group[i + 1:]:
                    reason = _shared(channels[a], channels[b], region)
                    if not reason and not (channels[a] and channels[b]):
                        reason = "same name"  # nothing tells them apart
                    if reason:
                        pairs.append(Pair(a, b, a_name, b_name, reason))
    return pairs[:limit]


def _shared(a: list[tuple[str, str, str]], b: list[tuple[str, str, str]], region: str) -> str:
    emails = {email_key(v) for kind, _l, v in a if kind == "email"}
    for kind, _label, value in b:
        if kind == "email" and email_key(value) in emails:
            return f"same name and email {value}"
    numbers = {phones.key(v, region): (label, v) for kind, label, v in a if kind == "phone"}
    for kind, label, value in b:
        key = phones.key(value, region) if kind == "phone" else ""
        theirs = numbers.get(key) if len(key) >= 6 else None
        if theirs is None:
            continue
        if phones.is_mobile(value, label, region) or phones.is_mobile(theirs[1], theirs[0], region):
            return f"same name and mobile {value}"
        return f"same name and phone {value}"  # people at no company: a home line, not a switchboard
    return ""


@dataclass(frozen=True)
class Side:
    """One customer of a pair as the window shows it: its fields, and how many rows of each kind it has."""

    id: int
    kind: str
    values: dict[str, object]
    counts: dict[str, int]


def sides(db: Database, keep_id: int, other_id: int) -> tuple[Side, Side]:
    with db.engine.connect() as conn:
        return _side(conn, keep_id), _side(conn, other_id)


def _side(conn, cid: int) -> Side:
    row = conn.execute(select(Customer).where(Customer.id == cid)).mappings().first()
    if row is None:
        raise NotFoundError(NO_CUSTOMER, cid)
    counts = {}
    for name, table in (("contacts", Contact), ("channels", Channel), ("months of spend", MonthlySpend),
                        ("dates", KeyDate), ("visits", Visit), ("follow-ups", FollowUp)):
        counts[name] = conn.scalar(select(func.count()).select_from(table).where(table.customer_id == cid))
    values = {f: (row[f].value if hasattr(row[f], "value") else row[f]) for f in FIELDS}
    return Side(cid, row["kind"].value, values, counts)


def merge_customers(db: Database, keep_id: int, other_id: int, take: dict[str, str] | None = None) -> Change:
    """Merge ``other_id`` into ``keep_id``: each field of FIELDS as ``take`` says (KEEP, the default, or
    OTHER; the notes also BOTH, their default), every row of the other moved to the one kept, the other
    deleted. One transaction; returns the change for undo."""
    if keep_id == other_id:
        raise KnownError(QT_TRANSLATE_NOOP("errors", "A customer cannot be merged with itself."))
    take = take or {}
    table = Customer.__table__
    with db.engine.begin() as conn:
        before = undo.snapshot(conn, table, [keep_id, other_id])
        found = {k[0]: row for k, row in before.get("customers", {}).items()}
        if keep_id not in found or other_id not in found:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "One of the two customers was deleted meanwhile; "
                                                             "nothing was merged."))
        keep, other = found[keep_id], found[other_id]
        values = {f: other[f] for f in FIELDS if take.get(f) == OTHER and f != "notes"}
        notes = _notes(keep["notes"], other["notes"], take.get("notes", BOTH))
        moved_spend = _move_spend(conn, keep_id, other_id)
        if moved_spend:
            notes = "\n".join(x for x in (notes, moved_spend) if x)
        values["notes"] = notes
        if values.get("referred_by_id") in (keep_id, other_id):
            values["referred_by_id"] = None
        if keep["referred_by_id"] == other_id and "referred_by_id" not in values:
            values["referred_by_id"] = other["referred_by_id"] if other["referred_by_id"] != keep_id else None
        _move_rows(conn, keep_id, other_id)
        conn.execute(update(table).where(table.c.referred_by_id == other_id, table.c.id != keep_id)
                     .values(referred_by_id=keep_id))
        conn.execute(update(table).where(table.c.id == keep_id).values(values))
        conn.execute(delete(table).where(table.c.id == other_id))
        refresh_customers(conn, [keep_id])
        return undo.changes_since(conn, table, keep_id, before)


def _notes(keep: str, other: str, choice: str) -> str:
    if choice == OTHER:
        return other
    if choice == KEEP or not other or other in keep:
        return keep
    return f"{keep}\n{other}" if keep else other


def _move_spend(conn, keep_id: int, other_id: int) -> str:
    """Months only the other has move over; a month both have keeps the kept amount, the other's goes
    to the notes (returned as lines)."""
    spend = MonthlySpend.__table__
    have = {(y, m) for y, m in conn.execute(select(spend.c.year, spend.c.month).where(spend.c.customer_id == keep_id))}
    lines = []
    for year, month, cents in conn.execute(select(spend.c.year, spend.c.month, spend.c.amount_cents)
                                           .where(spend.c.customer_id == other_id).order_by(spend.c.year, spend.c.month)):
        where = (spend.c.customer_id == other_id) & (spend.c.year == year) & (spend.c.month == month)
        if (year, month) in have:
            lines.append(f"Spend {year}-{month:02d} of the merged record: {cents / 100:,.2f}")
            conn.execute(delete(spend).where(where))
        else:
            conn.execute(update(spend).where(where).values(customer_id=keep_id))
    return "\n".join(lines)


def _move_rows(conn, keep_id: int, other_id: int) -> None:
    """Contacts (after the kept one's), phones and emails (an exact repeat of the kept one's own dropped),
    dates (an exact repeat dropped), visits, follow-ups, tags and answers to suggestions."""
    contacts = Contact.__table__
    offset = (conn.scalar(select(func.max(contacts.c.position)).where(contacts.c.customer_id == keep_id)) or 0) + 1
    conn.execute(update(contacts).where(contacts.c.customer_id == other_id)
                 .values(customer_id=keep_id, position=contacts.c.position + offset))
    channels = Channel.__table__
    own = channels.c.contact_id.is_(None)
    have = {(k, v.strip().casefold()) for k, v in conn.execute(
        select(channels.c.kind, channels.c.value).where(channels.c.customer_id == keep_id, own))}
    repeats = [cid for cid, k, v in conn.execute(select(channels.c.id, channels.c.kind, channels.c.value)
                                                  .where(channels.c.customer_id == other_id, own))
               if (k, v.strip().casefold()) in have]
    conn.execute(delete(channels).where(channels.c.id.in_(repeats)))
    position = (conn.scalar(select(func.max(channels.c.position)).where(channels.c.customer_id == keep_id, own))
                or 0) + 1
    conn.execute(update(channels).where(channels.c.customer_id == other_id, own)
                 .values(customer_id=keep_id, position=channels.c.position + position))
    conn.execute(update(channels).where(channels.c.customer_id == other_id).values(customer_id=keep_id))
    dates = KeyDate.__table__
    have_dates = set(conn.execute(select(dates.c.contact_id, dates.c.kind, dates.c.label, dates.c.date)
                                  .where(dates.c.customer_id == keep_id)).all())
    repeats = [i for i, *key in conn.execute(select(dates.c.id, dates.c.contact_id, dates.c.kind, dates.c.label,
                                                    dates.c.date).where(dates.c.customer_id == other_id))
               if tuple(key) in have_dates]
    conn.execute(delete(dates).where(dates.c.id.in_(repeats)))
    for moved in (dates, Visit.__table__, FollowUp.__table__, SuggestionDecision.__table__):
        conn.execute(update(moved).where(moved.c.customer_id == other_id).values(customer_id=keep_id))
    tags = {t for (t,) in conn.execute(select(customer_tags.c.tag_id).where(customer_tags.c.customer_id == keep_id))}
    for (tag_id,) in conn.execute(select(customer_tags.c.tag_id).where(customer_tags.c.customer_id == other_id)).all():
        if tag_id not in tags:
            conn.execute(customer_tags.insert().values(customer_id=keep_id, tag_id=tag_id))
    conn.execute(delete(customer_tags).where(customer_tags.c.customer_id == other_id))


def similar_customers(db: Database, name: str, exclude_id: int | None = None, kind: str = "company",
                      limit: int = 5) -> list[tuple[int, str]]:
    """Customers whose name is the same as ``name`` once region prefixes and legal suffixes are left out
    (a person: the same name), for the editor to point out while a new customer's name is typed."""
    key = company_key(name) if kind == CustomerKind.COMPANY else name_key(name)
    if len(key) < 2:
        return []
    probe = _probe(name, key)
    statement = (select(Customer.id, Customer.name, Customer.kind)
                 .where(Customer.name.ilike(f"%{_like(probe)}%", escape="\\")).order_by(Customer.id).limit(2000))
    if exclude_id is not None:
        statement = statement.where(Customer.id != exclude_id)
    found = []
    with db.engine.connect() as conn:
        for cid, other, other_kind in conn.execute(statement):
            other_key = company_key(other) if other_kind == CustomerKind.COMPANY else name_key(other)
            if other_key == key:
                found.append((cid, other))
                if len(found) >= limit:
                    break
    return found


def _probe(name: str, key: str) -> str:
    """A piece of the name every name with the same key contains (for a LIKE that narrows the search)."""
    import re
    import unicodedata

    from models.book.duplicates import LATIN_SUFFIXES

    written = unicodedata.normalize("NFKC", name).casefold()
    if key in written:
        return key
    words = [w for w in re.split(r"[\W_]+", written) if w and w not in LATIN_SUFFIXES and w != "the"]
    return max(words, key=len, default=key)


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
