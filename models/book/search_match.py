"""Why a customer was found: the field a search matched when it was not the name as written (a contact,
a phone, an email, the city, or the name's pinyin), for the list to show beside the row.

Read for the rows a page shows (two queries for all of them), never for the whole book.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import select

from models.storage.db import Database
from models.entities import Channel, Contact
from models.book.search_text import digits, fold, initials, pinyin, search_terms
from models.vocabulary import ChannelKind, CustomerKind


@dataclass(frozen=True)
class Match:
    field: str  # "pinyin", "city", "contact", "phone" or "email"
    text: str  # as written (the pinyin as read, a syllable a word)


@lru_cache(maxsize=8192)
def _forms(value: str, person: bool) -> tuple[str, ...]:
    """A field as a search compares it: folded, then (a Chinese one) its pinyin and initials."""
    return tuple(fold(form) for form in (value, pinyin(value, person), initials(value, person)) if form)


def _is_person(row) -> bool:
    return row.kind == CustomerKind.PERSON


def why_found(db: Database, rows: Iterable, search: str) -> dict[int, Match]:
    """For each row (id, name, kind, city, ...) the search found through something else than its name:
    what it matched. Rows whose name holds every term are not in the answer."""
    terms = search_terms(search)
    if not terms:
        return {}
    pending = {row.id: row for row in rows if not all(t in _forms(row.name, _is_person(row))[0] for t in terms)}
    if not pending:
        return {}
    others: dict[int, list[tuple[str, str]]] = {cid: [] for cid in pending}
    with db.engine.connect() as conn:
        for cid, name in conn.execute(select(Contact.customer_id, Contact.name)
                                      .where(Contact.customer_id.in_(pending)).order_by(Contact.id)):
            others[cid].append(("contact", name))
        for cid, kind, value in conn.execute(select(Channel.customer_id, Channel.kind, Channel.value)
                                             .where(Channel.customer_id.in_(pending)).order_by(Channel.id)):
            others[cid].append((str(kind), value))
    found = {}
    for cid, row in pending.items():
        match = _match(row, terms, others[cid])
        if match is not None:
            found[cid] = match
    return found


def _match(row, terms: list[str], others: list[tuple[str, str]]) -> Match | None:
    person = _is_person(row)
    name = _forms(row.name, person)
    missing = [t for t in terms if t not in name[0]]
    if all(any(t in form for form in name[1:]) for t in missing):
        return Match("pinyin", pinyin(row.name, person, between=" "))
    for field, value in [("city", row.city), *others]:
        forms = _forms(value, field == "contact")
        phone = field == ChannelKind.PHONE
        if any(any(t in form for form in forms) or phone and _same_number(t, digits(value)) for t in missing):
            return Match(field, value)
    return None


def _same_number(term: str, stored: str) -> bool:
    """A typed number is (part of) a stored one: as its digits, or typed the international way (+86 138…,
    found through the stored number's normalised form) where it ends with the number without its trunk 0."""
    if not term.isdigit():
        return False
    national = stored.lstrip("0")
    return term in stored or len(national) >= 6 and len(term) > len(national) and term.endswith(national)
