"""Storing imported records: duplicates found against the book, bad records listed with where and why,
the good ones written in one transaction (a crash or a cancel leaves none of it) after a backup.

A record with a company becomes a contact of that company (created once, or the one already in the
book of that name); a record without one becomes a customer of kind person. Rows go in through the
driver's executemany in the import's transaction, so 100,000 rows cost little more than the bare SQL.

The import is undoable (``Summary.change``): the new rows by their ids (they take ids after every id
ever given, so they are consecutive), what merges changed row by row, and the version each customer it
touched was left at, so that undo keeps a customer edited since.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import select, update

from models import undo
from models.db import Database
from models.entities import Channel, Contact, Customer, Tag
from models.interchange.records import Record, RecordError, problems
from models.summaries import compose_search_text, digits, refresh_customers
from models.undo import Bulk, Change, RowChange

log = logging.getLogger(__name__)
CHUNK = 5000
Progress = Callable[[int, int], None]


class Choice(StrEnum):
    MERGE = "merge"  # add what the record has that the existing one lacks
    KEEP_BOTH = "keep"
    SKIP = "skip"


@dataclass(frozen=True)
class Duplicate:
    index: int  # of the record in the import
    record: Record
    customer_id: int
    contact_id: int | None
    existing: str  # the name in the book
    reason: str  # "same email li@example.cn", "same phone 13812345678", "same name and company"


@dataclass
class Summary:
    added: int = 0
    merged: int = 0
    skipped: int = 0
    errors: list[RecordError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what was dropped (photos…)
    backup: str | None = None
    change: Change = field(default_factory=Change)  # what Edit > Undo Import takes back


class _Book:
    """What the book already has, to find duplicates: emails, phone digits, (name, company) pairs."""

    def __init__(self, conn):
        self.emails: dict[str, tuple[int, int | None, str]] = {}
        self.phones: dict[str, tuple[int, int | None, str]] = {}
        self.people: dict[tuple[str, str], tuple[int, int | None, str]] = {}
        names = dict(conn.execute(select(Customer.id, Customer.name)).all())
        contact_names = {}
        for contact_id, cid, name in conn.execute(select(Contact.id, Contact.customer_id, Contact.name)):
            contact_names[contact_id] = name
            self.people[(name.casefold(), names[cid].casefold())] = (cid, contact_id, name)
        for cid, contact_id, kind, value in conn.execute(
                select(Channel.customer_id, Channel.contact_id, Channel.kind, Channel.value)):
            owner = (cid, contact_id, contact_names.get(contact_id) or names[cid])
            if kind == "email":
                self.emails.setdefault(value.casefold(), owner)
            else:
                self.phones.setdefault(digits(value), owner)

    def match(self, record: Record) -> tuple[tuple[int, int | None, str], str] | None:
        for _label, email in record.emails:
            found = self.emails.get(email.casefold())
            if found:
                return found, f"same email {email}"
        for _label, phone in record.phones:
            key = digits(phone)
            found = self.phones.get(key) if len(key) >= 6 else None
            if found:
                return found, f"same phone {phone}"
        if record.name:
            found = self.people.get((record.name.casefold(), record.company.casefold()))
            if found:
                return found, "same name and company"
        return None


@dataclass
class Scan:
    """A first pass over a file: its duplicates (with their records) and errors; nothing else is kept."""

    duplicates: list[Duplicate] = field(default_factory=list)
    errors: list[RecordError] = field(default_factory=list)
    total: int = 0
    bad: set[int] = field(default_factory=set)  # indexes of the records that cannot be stored


def scan(db: Database, items: Iterable[Record | tuple[str, str]]) -> Scan:
    """Find the duplicates of the book (or of each other) and the records that cannot be stored."""
    found = Scan()
    with db.engine.connect() as conn:
        book = _Book(conn)
    seen_emails: dict[str, tuple[int, str, str]] = {}  # email -> (index, where, name): not the record itself
    for index, item in enumerate(items):
        found.total += 1
        if isinstance(item, tuple):
            found.errors.append(RecordError(*item))
            found.bad.add(index)
            continue
        bad = problems(item)
        if bad:
            found.errors.append(RecordError(item.where, "; ".join(bad)))
            found.bad.add(index)
            continue
        match = book.match(item)
        if match is not None:
            (cid, contact_id, existing), reason = match
            found.duplicates.append(Duplicate(index, item, cid, contact_id, existing, reason))
            continue
        if item.customer_id is not None:
            continue  # our own export: its records are distinct by construction (two people may share a mailbox)
        for _label, email in item.emails:
            earlier = seen_emails.setdefault(email.casefold(), (index, item.where, item.display_name))
            if earlier[0] != index:
                found.duplicates.append(Duplicate(index, item, -1, None, earlier[2],
                                                  f"same email {email} as {earlier[1]}"))
                break
    return found


def store(db: Database, items: Iterable[Record | tuple[str, str]], found: Scan, choices: dict[int, Choice],
          default: Choice = Choice.SKIP, progress: Progress | None = None, backup: bool = True) -> Summary:
    """The second pass: write the records in one transaction; each duplicate as ``choices`` say (else
    ``default``). ``items`` must be the same sequence ``scan`` saw (the file read again)."""
    summary = Summary(errors=list(found.errors))
    if backup and db.path is not None and db.path.exists() and db.path.stat().st_size:
        from models.backup import take_backup

        summary.backup = str(take_backup(db.path, reason="before-import"))
    decided = {d.index: (d, choices.get(d.index, default)) for d in found.duplicates}
    now = dt.datetime.now().replace(microsecond=0)
    with db.engine.begin() as conn:
        raw = conn.connection.driver_connection  # the same transaction, without the ORM's per-row cost
        companies = {name.casefold(): cid for cid, name in conn.execute(
            select(Customer.id, Customer.name).where(Customer.kind == "company"))}
        first_ids = {t: next_id(conn, t) for t in ("customers", "contacts", "channels", "key_dates")}
        next_ids = dict(first_ids)
        rows = _Rows(first_ids["customers"])
        merged_ids = []
        for index, record in enumerate(items):
            if progress is not None and index % 1000 == 0:
                progress(index, found.total)
            if index in found.bad:
                continue  # listed by the scan
            duplicate, choice = decided.get(index, (None, None))
            if duplicate is not None and choice == Choice.SKIP:
                summary.skipped += 1
                continue
            if duplicate is not None and choice == Choice.MERGE and duplicate.customer_id > 0:
                _merge(conn, duplicate, rows, next_ids)
                merged_ids.append(duplicate.customer_id)
                summary.merged += 1
                continue
            _add(record, rows, next_ids, companies, now)
            summary.added += 1
            if len(rows) >= CHUNK:
                rows.flush(raw, conn)
            if record.dropped:
                summary.notes += [f"{record.where}: {note}" for note in record.dropped]
        rows.flush(raw, conn)
        links = [(rows.new_ids[referrer], cid) for cid, referrer in rows.referrals if referrer in rows.new_ids]
        raw.executemany("UPDATE customers SET referred_by_id = ? WHERE id = ?", links)
        if merged_ids:
            refresh_customers(conn, sorted(set(merged_ids)))
        # the import computed its new customers' derived columns (the database's triggers marked them)
        conn.execute(update(Customer.__table__).where(Customer.id.between(first_ids["customers"], next_ids["customers"]))
                     .values(derived_stale=False))
        summary.change = _change(conn, first_ids, next_ids, rows)
        if progress is not None:
            progress(found.total, found.total)
    return summary


def next_id(conn, table: str) -> int:
    """The id the next new row of ``table`` gets: after every id it ever gave (AUTOINCREMENT keeps the
    highest in sqlite_sequence), so an import never takes the id of a row that undo may put back."""
    given = conn.exec_driver_sql("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)).scalar() or 0
    highest = conn.exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {table}").scalar() or 0
    return max(given, highest) + 1


def _change(conn, first_ids: dict[str, int], next_ids: dict[str, int], rows: _Rows) -> Change:
    """What the import did, for undo: its new rows by id, the book's customers it added to (their version
    moved on, so an edit since can be told apart), and the changes its merges made row by row."""
    bulk = tuple(Bulk(t, ((first_ids[t], next_ids[t] - 1),)) for t in first_ids if next_ids[t] > first_ids[t])
    new_customers = range(first_ids["customers"], next_ids["customers"])
    touched = {cid for cid in rows.touched if cid not in new_customers}
    before = undo.versions_of(conn, touched)
    undo.bump_versions(conn, touched)
    versions = undo.versions_of(conn, touched)
    versions.update({cid: 1 for cid in new_customers})
    return Change(tuple(rows.changes), bulk, versions, before)


class _Rows:
    """Rows waiting to be inserted, table by table, and the search text of the customers they touch."""

    def __init__(self, first_customer_id: int):
        self.first_customer_id = first_customer_id  # this import's customers have this id or a higher one
        self.customers: list[tuple] = []
        self.contacts: list[tuple] = []
        self.channels: list[tuple] = []
        self.key_dates: list[tuple] = []
        self.tags: dict[int, set[str]] = {}
        self.search: dict[int, list] = {}  # new customer id -> [name, city, contact names, channels]
        self.new_ids: dict[int, int] = {}  # our export's Customer ID -> the id it got here
        self.referrals: list[tuple[int, int]] = []  # (new customer id, the referrer's Customer ID in the file)
        self.touched: set[int] = set()  # every customer a row was added to (the book's ones among them)
        self.changes: list[RowChange] = []  # what merges changed, and tags added to the book's customers

    def __len__(self) -> int:
        return len(self.customers) + len(self.contacts)

    def is_new(self, customer_id: int) -> bool:
        return customer_id >= self.first_customer_id

    def flush(self, raw, conn) -> None:
        customers = [(*row[:-1], compose_search_text(*self.search.pop(row[0]))) if row[0] in self.search else row
                     for row in self.customers]
        raw.executemany("INSERT INTO customers (id, kind, name, address, city, notes, segment, industry, website, "
                        "owner, lifecycle_stage, tier, relationship_level, contact_level, psychology, stage_entered_on, "
                        "acquisition_cost_cents, created_at, updated_at, search_text) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", customers)
        raw.executemany("INSERT INTO contacts (id, customer_id, name, title, notes, position, buying_role, attitude, "
                        "influence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", self.contacts)
        raw.executemany("INSERT INTO channels (id, customer_id, contact_id, kind, label, value, position) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)", self.channels)
        raw.executemany("INSERT INTO key_dates (id, customer_id, contact_id, kind, label, date, year_known, yearly) "
                        "VALUES (?, ?, ?, 'birthday', '', ?, ?, 1)", self.key_dates)
        if self.tags:
            self.changes += _insert_tags(conn, raw, self.tags, self.is_new)
        # what is left are existing companies that got new contacts: their search text from the book
        if self.search:
            refresh_customers(conn, list(self.search))
        for waiting in (self.customers, self.contacts, self.channels, self.key_dates, self.tags, self.search):
            waiting.clear()  # new_ids and referrals stay: they are for the whole import


def _insert_tags(conn, raw, tags: dict[int, set[str]], is_new: Callable[[int], bool]) -> list[RowChange]:
    """Tag the customers; returns, for undo, the tags it had to create and the tags it gave the book's
    customers (a new customer's tags go with it)."""
    wanted = {t for names in tags.values() for t in names}
    existing = dict(conn.execute(select(Tag.name, Tag.id).where(Tag.name.in_(wanted))).all())
    changes = []
    for name in sorted(wanted - existing.keys()):
        existing[name] = raw.execute("INSERT INTO tags (name) VALUES (?)", (name,)).lastrowid
        changes.append(RowChange("tags", (existing[name],), None, {"id": existing[name], "name": name}))
    pairs = [(cid, existing[name]) for cid, names in tags.items() for name in names]
    have = set()
    old_customers = sorted({cid for cid, _ in pairs if not is_new(cid)})
    for start in range(0, len(old_customers), 500):
        part = old_customers[start:start + 500]
        have |= set(conn.exec_driver_sql(
            f"SELECT customer_id, tag_id FROM customer_tags WHERE customer_id IN ({', '.join('?' * len(part))})",
            tuple(part)).all())
    raw.executemany("INSERT OR IGNORE INTO customer_tags (customer_id, tag_id) VALUES (?, ?)", pairs)
    changes += [RowChange("customer_tags", pair, None, {"customer_id": pair[0], "tag_id": pair[1]})
                for pair in dict.fromkeys(pairs) if not is_new(pair[0]) and pair not in have]
    return changes


def _take(next_ids: dict[str, int], table: str) -> int:
    value = next_ids[table]
    next_ids[table] = value + 1
    return value


def _add(record: Record, rows: _Rows, next_ids: dict[str, int], companies: dict[str, int], now: dt.datetime) -> None:
    channels = [("phone", label, value.strip()) for label, value in record.phones] + \
               [("email", label, value.strip()) for label, value in record.emails]
    company, name = record.company.strip(), record.name.strip()
    if company:  # the company (made once per import, or the book's), and the person at it, if named
        # Our own export names each customer by its id (two companies may share a name); others by name.
        key = f"#{record.customer_id}" if record.customer_id is not None else company.casefold()
        cid = companies.get(key)
        if cid is None:
            cid = _new_customer(record, rows, next_ids, now, "company", company, record.customer_notes)
            companies[key] = cid
        elif cid not in rows.search:
            rows.search[cid] = [company, "", [], []]  # an existing company: refreshed from the book on flush
        contact_id = None
        if name:
            contact_id = _take(next_ids, "contacts")
            rows.contacts.append((contact_id, cid, name, record.title, record.notes, 0, record.buying_role or None,
                                  record.attitude or None, record.influence or None))
            rows.search[cid][2].append(name)
    else:
        cid = _new_customer(record, rows, next_ids, now, "person", name, record.notes)
        contact_id = None
    rows.touched.add(cid)
    for position, (kind, label, value) in enumerate(channels):
        rows.channels.append((_take(next_ids, "channels"), cid, contact_id, kind, label, value, position))
        rows.search[cid][3].append((kind, value))
    if record.birthday is not None:
        rows.key_dates.append((_take(next_ids, "key_dates"), cid, contact_id, record.birthday.isoformat(),
                               record.birthday_year_known))
    if record.tags:
        rows.tags.setdefault(cid, set()).update(t.strip() for t in record.tags if t.strip())


def _new_customer(record: Record, rows: _Rows, next_ids: dict[str, int], now: dt.datetime, kind: str, name: str,
                  notes: str) -> int:
    stamp = now.isoformat(" ") + ".000000"
    cid = _take(next_ids, "customers")
    rows.customers.append((cid, kind, name, record.address, record.city, notes, record.segment or None,
                           record.industry, record.website, record.owner, record.lifecycle_stage or "A",
                           record.tier or "none", record.relationship_level or "none", record.contact_level or "new",
                           record.psychology or None,
                           record.stage_entered_on.isoformat() if record.stage_entered_on else None,
                           record.acquisition_cost_cents, stamp, stamp, None))
    if record.customer_id is not None:
        rows.new_ids[record.customer_id] = cid
    if record.referred_by is not None:
        rows.referrals.append((cid, record.referred_by))
    rows.search[cid] = [name, record.city, [], []]
    return cid


def _merge(conn, duplicate: Duplicate, rows: _Rows, next_ids: dict[str, int]) -> None:
    """Add the record's phones, emails, title and birthday that the existing one lacks."""
    record, cid, contact_id = duplicate.record, duplicate.customer_id, duplicate.contact_id
    owner = Channel.contact_id.is_(None) if contact_id is None else Channel.contact_id == contact_id
    have = {(kind, digits(v) if kind == "phone" else v.casefold()) for kind, v in conn.execute(
        select(Channel.kind, Channel.value).where(Channel.customer_id == cid, owner))}
    position = len(have)
    for kind, pairs in (("phone", record.phones), ("email", record.emails)):
        for label, value in pairs:
            key = (kind, digits(value) if kind == "phone" else value.casefold())
            if key not in have:
                have.add(key)
                rows.channels.append((_take(next_ids, "channels"), cid, contact_id, kind, label, value.strip(), position))
                position += 1
    rows.touched.add(cid)
    if contact_id is not None and record.title:
        done = conn.exec_driver_sql("UPDATE contacts SET title = ? WHERE id = ? AND title = ''",
                                    (record.title, contact_id)).rowcount
        if done:
            rows.changes.append(RowChange("contacts", (contact_id,), {"customer_id": cid, "title": ""},
                                          {"customer_id": cid, "title": record.title}))
    if record.birthday is not None:
        exists = conn.exec_driver_sql(
            "SELECT 1 FROM key_dates WHERE customer_id = ? AND contact_id IS ? AND kind = 'birthday'",
            (cid, contact_id)).first()
        if exists is None:
            rows.key_dates.append((_take(next_ids, "key_dates"), cid, contact_id, record.birthday.isoformat(),
                                   record.birthday_year_known))
