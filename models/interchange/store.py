"""Storing imported records: duplicates found against the book, bad records listed with where and why,
the good ones written in one transaction (a crash or a cancel leaves none of it) after a backup.

A record with a company becomes a contact of that company (created once, or the one already in the
book of that name); a record without one becomes a customer of kind person. Rows go in through the
driver's executemany in the import's transaction (models/storage/dialect.py execute_many: sqlite3's, or psycopg's
pipeline), so 100,000 rows cost little more than the bare SQL. On a team database the tables the import
writes are held against others' writes until it is done (it gives the ids itself); they can still read.

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

from models.book import phones, undo
from models.storage.db import Database
from models.book.duplicates import Index, Person
from models.storage.dialect import after_bulk_load, driver_sql, execute_many, hold_for_bulk_write, next_free_id, sync_sequences
from models.entities import Channel, Contact, Customer, KeyDate, Tag, customer_tags
from models.interchange.records import Check, Record, RecordError, problems
from models.book.settings import load_phone_region
from models.book.search_text import compose_search_text, sort_key
from models.book.summaries import refresh_customers
from models.book.undo import Bulk, Change, RowChange
from models.vocabulary import CustomerKind

log = logging.getLogger(__name__)
CHUNK = 5000
BIG_IMPORT = 10_000  # records: PostgreSQL's statistics are gathered again after
WRITES = ("customers", "contacts", "channels", "key_dates", "tags", "customer_tags")
REFRESH_CHUNK = 200  # customers refreshed at a time at the end: their contacts and channels are read whole
Progress = Callable[[int, int], None]


class Choice(StrEnum):
    MERGE = "merge"  # add what the record has that the existing one lacks
    KEEP_BOTH = "keep"
    SKIP = "skip"


@dataclass(frozen=True)
class Duplicate:
    index: int  # of the record in the import
    record: Record
    customer_id: int  # -1: an earlier record of the same file
    contact_id: int | None
    existing: str  # the name in the book
    reason: str  # "same name and email li@example.cn", "same name and mobile 138…", "same name and company"
    company_only: bool = False  # the person is new, their company likely the book's: merging adds them to it
    earlier: str = ""  # where the earlier record of the same file is ("line 2"), for a repeat in the file


@dataclass(frozen=True)
class ToCheck:
    """A value kept in a person's notes instead of its field (records.Check), with who it is."""

    where: str
    person: str
    field: str
    value: str
    reason: str


@dataclass
class Summary:
    added: int = 0
    merged: int = 0
    skipped: int = 0
    errors: list[RecordError] = field(default_factory=list)
    notes: list[RecordError] = field(default_factory=list)  # what the file had that is not kept (photos…), by person
    backup: str | None = None
    change: Change = field(default_factory=Change)  # what Edit > Undo Import takes back
    checks: list[ToCheck] = field(default_factory=list)  # "imported, N values to check"


def _person(record: Record, owner) -> Person:
    named_after = bool(record.checks) and any(c.field == "name" for c in record.checks)
    return Person(owner, record.name.strip(), record.company.strip(), [e for _l, e in record.emails],
                  record.phones, named_after)


def _book_index(conn, region: str) -> tuple[Index, dict[str, int]]:
    """The book's people and companies by the duplicate keys, and its companies by their exact names."""
    index = Index(region)
    customers = {cid: (name, kind) for cid, name, kind in conn.execute(
        select(Customer.id, Customer.name, Customer.kind))}
    exact = {}
    people: dict[tuple[int, int | None], Person] = {}
    for cid, (name, kind) in customers.items():
        if kind == "company":
            index.add_company(name, (cid, None, name))
            exact.setdefault(name.casefold(), cid)
        else:
            people[(cid, None)] = Person((cid, None, name), name)
    for contact_id, cid, name in conn.execute(select(Contact.id, Contact.customer_id, Contact.name)):
        company = customers[cid][0]
        people[(cid, contact_id)] = Person((cid, contact_id, f"{name} ({company})"), name, company)
    for cid, contact_id, kind, label, value in conn.execute(
            select(Channel.customer_id, Channel.contact_id, Channel.kind, Channel.label, Channel.value)):
        person = people.get((cid, contact_id))
        if person is None:  # a company's own phone or email: known by it alone
            name = customers[cid][0]
            person = people[(cid, contact_id)] = Person((cid, None, name), "", "", named_after=True)
        if kind == "email":
            person.emails.append(value)
        else:
            person.phones.append((label, value))
    for person in people.values():
        index.add(person)
    return index, exact


@dataclass
class Scan:
    """A first pass over a file: its duplicates (with their records), errors and values to check."""

    duplicates: list[Duplicate] = field(default_factory=list)
    errors: list[RecordError] = field(default_factory=list)
    total: int = 0
    bad: set[int] = field(default_factory=set)  # indexes of the records that cannot be stored
    checks: list[ToCheck] = field(default_factory=list)


def scan(db: Database, items: Iterable[Record | tuple[str, str]], progress: Progress | None = None) -> Scan:
    """Find the duplicates of the book (or of each other), the records that cannot be stored, and the
    values that go to the notes. ``progress(done, 0)`` is called every 1,000 records (it may cancel)."""
    found = Scan()
    with db.engine.connect() as conn:
        region = load_phone_region(conn)
        book, exact = _book_index(conn, region)
    in_file = Index(region, numbered=True)  # by line or card number: "line 12" is 12
    for index, item in enumerate(items):
        found.total += 1
        if progress is not None and index % 1000 == 0:
            progress(index, 0)
        if isinstance(item, tuple):
            found.errors.append(RecordError(*item))
            found.bad.add(index)
            continue
        bad = problems(item)
        if bad:
            found.errors.append(RecordError(item.where, "; ".join(bad), item.display_name))
            found.bad.add(index)
            continue
        found.checks += [_to_check(item, check) for check in item.checks]
        kind, _space, number = item.where.partition(" ")
        person = _person(item, int(number) if number.isdigit() else 0)
        match = book.match(person)
        if match is not None:
            (cid, contact_id, existing), reason = match
            found.duplicates.append(Duplicate(index, item, cid, contact_id, existing, reason))
            continue
        company = item.company.strip()
        if item.customer_id is None and item.name.strip() and company and company.casefold() not in exact:
            similar = book.match(Person((-1, None, ""), "", company))
            if similar is not None:
                (cid, _contact, existing), _reason = similar
                found.duplicates.append(Duplicate(index, item, cid, None, existing, "same company", True))
                continue
        if item.customer_id is not None:
            continue  # our own export: its records are distinct by construction (two people may share a mailbox)
        match = in_file.match(person)
        if match is not None:
            number, reason = match  # the same name (or email, phone): said with where the earlier one is
            earlier = f"{kind} {number}"
            found.duplicates.append(Duplicate(index, item, -1, None, item.display_name, f"{reason} as {earlier}",
                                              earlier=earlier))
            continue
        in_file.add(person)
        if company and not item.name.strip():
            in_file.add_company(company, person.owner)
    return found


def _to_check(record: Record, check: Check) -> ToCheck:
    return ToCheck(record.where, record.display_name, check.field, check.value, check.reason)


def store(db: Database, items: Iterable[Record | tuple[str, str]], found: Scan, choices: dict[int, Choice],
          default: Choice = Choice.SKIP, progress: Progress | None = None, backup: bool = True) -> Summary:
    """The second pass: write the records in one transaction; each duplicate as ``choices`` say (else
    ``default``). ``items`` must be the same sequence ``scan`` saw (the file read again)."""
    summary = Summary(errors=list(found.errors), checks=list(found.checks))
    if backup and db.path is not None and db.path.exists() and db.path.stat().st_size:
        from models.storage.backup import take_backup

        summary.backup = str(take_backup(db.path, reason="before-import"))
    decided = {d.index: (d, choices.get(d.index, default)) for d in found.duplicates}
    now = dt.datetime.now().replace(microsecond=0)
    with db.engine.begin() as conn:
        hold_for_bulk_write(conn, list(WRITES))
        region = load_phone_region(conn)
        companies = _Companies(conn)
        first_ids = {t: next_id(conn, t) for t in ("customers", "contacts", "channels", "key_dates")}
        next_ids = dict(first_ids)
        rows = _Rows(first_ids["customers"], region)
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
            summary.notes += [RecordError(record.where, note, record.display_name)
                              for note in dict.fromkeys(record.dropped)]
            if duplicate is not None and choice == Choice.MERGE and duplicate.customer_id > 0:
                if duplicate.company_only:  # a new person at the book's company
                    _add(record, rows, next_ids, companies, now, at=duplicate.customer_id)
                    summary.added += 1
                    continue
                _merge(conn, duplicate, rows, next_ids)
                merged_ids.append(duplicate.customer_id)
                summary.merged += 1
                continue
            _add(record, rows, next_ids, companies, now)
            summary.added += 1
            if len(rows) >= CHUNK:
                rows.flush(conn)
        rows.flush(conn)
        links = [(rows.new_ids[referrer], cid) for cid, referrer in rows.referrals if referrer in rows.new_ids]
        execute_many(conn, "UPDATE customers SET referred_by_id = ? WHERE id = ?", links)
        if merged_ids or rows.refresh:  # customers this import added to after they were written: from the book
            refresh = sorted(set(merged_ids) | rows.refresh)
            for start in range(0, len(refresh), REFRESH_CHUNK):  # a company may have thousands of people
                refresh_customers(conn, refresh[start:start + REFRESH_CHUNK])
        # the import computed its new customers' derived columns (the database's triggers marked them)
        conn.execute(update(Customer.__table__).where(Customer.id.between(first_ids["customers"], next_ids["customers"]))
                     .values(derived_stale=False))
        sync_sequences(conn, list(first_ids))  # (PostgreSQL's: the ids the import gave itself)
        if summary.added > BIG_IMPORT:
            after_bulk_load(conn, list(first_ids))
        summary.change = _change(conn, first_ids, next_ids, rows)
        if progress is not None:
            progress(found.total, found.total)
    return summary


class _Companies:
    """The companies an import puts people at: the book's and the ones it makes, by exact name (our own
    export: by id), with the address each has."""

    def __init__(self, conn):
        self.ids: dict[str, int] = {}
        self.addresses: dict[int, tuple[str, str]] = {}
        for cid, name, address, city in conn.execute(
                select(Customer.id, Customer.name, Customer.address, Customer.city).where(Customer.kind == "company")):
            self.ids.setdefault(name.casefold(), cid)
            self.addresses[cid] = (address, city)


def next_id(conn, table: str) -> int:
    """The id the next new row of ``table`` gets (models/storage/dialect.py next_free_id)."""
    return next_free_id(conn, table)


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

    def __init__(self, first_customer_id: int, region: str = ""):
        self.first_customer_id = first_customer_id
        self.region = region  # this import's customers have this id or a higher one
        self.customers: list[tuple] = []
        self.contacts: list[tuple] = []
        self.channels: list[tuple] = []
        self.key_dates: list[tuple] = []
        self.tags: dict[int, set[str]] = {}
        self.search: dict[int, list] = {}  # customer id -> [name, city, contact names, channels] until written
        # companies that got people after they were written (the book's, or this import's in an earlier
        # chunk): their search text is refreshed once, at the end
        self.refresh: set[int] = set()
        self.new_ids: dict[int, int] = {}  # our export's Customer ID -> the id it got here
        self.referrals: list[tuple[int, int]] = []  # (new customer id, the referrer's Customer ID in the file)
        self.touched: set[int] = set()  # the book's customers rows were added to
        self.changes: list[RowChange] = []  # what merges changed, and tags added to the book's customers

    def __len__(self) -> int:
        return len(self.customers) + len(self.contacts)

    def is_new(self, customer_id: int) -> bool:
        return customer_id >= self.first_customer_id

    def parts(self, cid: int) -> list:
        """The search parts of a customer the import adds to; one already written is refreshed at the end
        (the list returned for it is thrown away)."""
        if cid in self.search:
            return self.search[cid]
        self.refresh.add(cid)
        return ["", "", [], []]

    def _derived_texts(self, row: tuple) -> tuple[str, str, str]:
        """A new customer's search text and its name's and city's sort keys (its row: id, kind, name,
        address, city, ...)."""
        person = row[1] == CustomerKind.PERSON
        return (compose_search_text(*self.search.pop(row[0]), region=self.region, person=person),
                sort_key(row[2], person), sort_key(row[4] or ""))

    def flush(self, conn) -> None:
        customers = [(*row[:-1], *self._derived_texts(row)) for row in self.customers]
        execute_many(conn, "INSERT INTO customers (id, kind, name, address, city, notes, segment, industry, website, "
                        "owner, lifecycle_stage, tier, relationship_level, contact_level, psychology, stage_entered_on, "
                        "acquisition_cost_cents, created_at, updated_at, search_text, sort_name, sort_city) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", customers)
        execute_many(conn, "INSERT INTO contacts (id, customer_id, name, title, notes, position, buying_role, attitude, "
                        "influence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", self.contacts)
        execute_many(conn, "INSERT INTO channels (id, customer_id, contact_id, kind, label, value, position) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)", self.channels)
        execute_many(conn, "INSERT INTO key_dates (id, customer_id, contact_id, kind, label, date, year_known, yearly) "
                     "VALUES (?, ?, ?, 'birthday', '', ?, ?, TRUE)", self.key_dates)
        if self.tags:
            self.changes += _insert_tags(conn, self.tags, self.is_new)
        for waiting in (self.customers, self.contacts, self.channels, self.key_dates, self.tags):
            waiting.clear()  # new_ids, referrals and what to refresh stay: they are for the whole import


def _insert_tags(conn, tags: dict[int, set[str]], is_new: Callable[[int], bool]) -> list[RowChange]:
    """Tag the customers; returns, for undo, the tags it had to create and the tags it gave the book's
    customers (a new customer's tags go with it)."""
    wanted = {t for names in tags.values() for t in names}
    existing = dict(conn.execute(select(Tag.name, Tag.id).where(Tag.name.in_(wanted))).all())
    changes = []
    for name in sorted(wanted - existing.keys()):
        existing[name] = conn.exec_driver_sql(driver_sql(conn, "INSERT INTO tags (name) VALUES (?) RETURNING id"),
                                              (name,)).scalar_one()
        changes.append(RowChange("tags", (existing[name],), None, {"id": existing[name], "name": name}))
    pairs = [(cid, existing[name]) for cid, names in tags.items() for name in names]
    have = set()
    old_customers = sorted({cid for cid, _ in pairs if not is_new(cid)})
    for start in range(0, len(old_customers), 500):
        part = old_customers[start:start + 500]
        have |= {(cid, tid) for cid, tid in conn.execute(select(customer_tags.c.customer_id, customer_tags.c.tag_id)
                                                         .where(customer_tags.c.customer_id.in_(part)))}
    execute_many(conn, "INSERT INTO customer_tags (customer_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING", pairs)
    changes += [RowChange("customer_tags", pair, None, {"customer_id": pair[0], "tag_id": pair[1]})
                for pair in dict.fromkeys(pairs) if not is_new(pair[0]) and pair not in have]
    return changes


def _take(next_ids: dict[str, int], table: str) -> int:
    value = next_ids[table]
    next_ids[table] = value + 1
    return value


def _add(record: Record, rows: _Rows, next_ids: dict[str, int], companies: _Companies, now: dt.datetime,
         at: int | None = None) -> None:
    """Add the record: a person at a company (made once, or the book's; ``at``: this one), a company's own
    record, or a person customer."""
    channels = [("phone", label, value.strip()) for label, value in record.phones] + \
               [("email", label, value.strip()) for label, value in record.emails]
    company, name = record.company.strip(), record.name.strip()
    if company:  # the company (made once per import, or the book's), and the person at it, if named
        # Our own export names each customer by its id (two companies may share a name); others by name.
        key = f"#{record.customer_id}" if record.customer_id is not None else company.casefold()
        cid = at if at is not None else companies.ids.get(key)
        if cid is None:
            # the company's address: as the file gives it, else the first person's (they work there)
            own = record.company_address or record.company_city
            address, city = (record.company_address, record.company_city) if own else (record.address, record.city)
            notes = record.customer_notes if name else "\n".join(n for n in (record.customer_notes, record.notes) if n)
            cid = _new_customer(record, rows, next_ids, now, "company", company, notes, address, city)
            companies.ids[key] = cid
            companies.addresses[cid] = (address, city)
        parts = rows.parts(cid)
        contact_id = None
        if name:
            contact_id = _take(next_ids, "contacts")
            rows.contacts.append((contact_id, cid, name, record.title, _with_own_address(record, companies, cid), 0,
                                  record.buying_role or None, record.attitude or None, record.influence or None))
            parts[2].append(name)
    else:
        cid = _new_customer(record, rows, next_ids, now, "person", name, record.notes, record.address
                            or record.company_address, record.city or record.company_city)
        contact_id = None
        parts = rows.search[cid]
    if not rows.is_new(cid):
        rows.touched.add(cid)
    for position, (kind, label, value) in enumerate(channels):
        rows.channels.append((_take(next_ids, "channels"), cid, contact_id, kind, label, value, position))
        parts[3].append((kind, value))
    if record.birthday is not None:
        rows.key_dates.append((_take(next_ids, "key_dates"), cid, contact_id, record.birthday.isoformat(),
                               record.birthday_year_known))
    if record.tags:
        rows.tags.setdefault(cid, set()).update(t.strip() for t in record.tags if t.strip())


def _with_own_address(record: Record, companies: _Companies, cid: int) -> str:
    """A contact's notes, with their own address when it is not the company's (contacts have no address
    of their own: each keeps theirs there, under the field's name)."""
    own = (record.address.strip(), record.city.strip())
    if not any(own) or own == tuple(x.strip() for x in companies.addresses.get(cid, ("", ""))):
        return record.notes
    from models.runtime import language
    from models.interchange.import_text import FIELD_NAMES

    line = f"{language.word('import', FIELD_NAMES['address'])}: {', '.join(x for x in own if x)}"
    return f"{record.notes}\n{line}" if record.notes else line


def _new_customer(record: Record, rows: _Rows, next_ids: dict[str, int], now: dt.datetime, kind: str, name: str,
                  notes: str, address: str, city: str) -> int:
    stamp = now.isoformat(" ") + ".000000"
    cid = _take(next_ids, "customers")
    rows.customers.append((cid, kind, name, address, city, notes, record.segment or None,
                           record.industry, record.website, record.owner, record.lifecycle_stage or "A",
                           record.tier or "none", record.relationship_level or "none", record.contact_level or "new",
                           record.psychology or None,
                           record.stage_entered_on.isoformat() if record.stage_entered_on else None,
                           record.acquisition_cost_cents, stamp, stamp, None))
    if record.customer_id is not None:
        rows.new_ids[record.customer_id] = cid
    if record.referred_by is not None:
        rows.referrals.append((cid, record.referred_by))
    rows.search[cid] = [name, city, [], []]
    return cid


def _merge(conn, duplicate: Duplicate, rows: _Rows, next_ids: dict[str, int]) -> None:
    """Add the record's phones, emails, title and birthday that the existing one lacks."""
    record, cid, contact_id = duplicate.record, duplicate.customer_id, duplicate.contact_id
    owner = Channel.contact_id.is_(None) if contact_id is None else Channel.contact_id == contact_id
    have = {(kind, phones.key(v, rows.region) if kind == "phone" else v.casefold()) for kind, v in conn.execute(
        select(Channel.kind, Channel.value).where(Channel.customer_id == cid, owner))}
    position = len(have)
    for kind, pairs in (("phone", record.phones), ("email", record.emails)):
        for label, value in pairs:
            key = (kind, phones.key(value, rows.region) if kind == "phone" else value.casefold())
            if key not in have:
                have.add(key)
                rows.channels.append((_take(next_ids, "channels"), cid, contact_id, kind, label, value.strip(), position))
                position += 1
    rows.touched.add(cid)
    if contact_id is not None and record.title:
        done = conn.execute(update(Contact).where(Contact.id == contact_id, Contact.title == "")
                            .values(title=record.title)).rowcount
        if done:
            rows.changes.append(RowChange("contacts", (contact_id,), {"customer_id": cid, "title": ""},
                                          {"customer_id": cid, "title": record.title}))
    if record.birthday is not None:
        whose = KeyDate.contact_id.is_(None) if contact_id is None else KeyDate.contact_id == contact_id
        exists = conn.execute(select(KeyDate.id).where(KeyDate.customer_id == cid, whose,
                                                       KeyDate.kind == "birthday")).first()
        if exists is None:
            rows.key_dates.append((_take(next_ids, "key_dates"), cid, contact_id, record.birthday.isoformat(),
                                   record.birthday_year_known))
    if record.notes:  # the values that did not fit their fields among them, as they were written
        _add_to_notes(conn, rows, cid, contact_id, record)


def _add_to_notes(conn, rows: _Rows, cid: int, contact_id: int | None, record: Record) -> None:
    """Append the record's notes lines that the existing notes lack (its values to check among them)."""
    table = Contact.__table__ if contact_id is not None else Customer.__table__
    row_id = contact_id if contact_id is not None else cid
    notes = conn.scalar(select(table.c.notes).where(table.c.id == row_id)) or ""
    lines = [line for line in record.notes.splitlines() if line.strip() and line not in notes]
    if not lines:
        return
    new = "\n".join([notes, *lines]) if notes else "\n".join(lines)
    conn.execute(update(table).where(table.c.id == row_id).values(notes=new))
    key = {"customer_id": cid} if contact_id is not None else {"id": cid}
    rows.changes.append(RowChange(table.name, (row_id,), {**key, "notes": notes}, {**key, "notes": new}))
