"""What an importer reads from a file: one person (or company) a record, checked before it is stored."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from models.runtime import language

from models.book import validation
from models.vocabulary import NO_YEAR
from models.errors import KnownError
from models.interchange import import_text as text
from models.vocabulary import (
    Attitude,
    BuyingRole,
    ContactLevel,
    Influence,
    LifecycleStage,
    Psychology,
    RelationshipLevel,
    Segment,
    Tier,
)


class ImportFileError(KnownError):
    """The file as a whole cannot be imported (unreadable encoding, not CSV, not vCard…).

    ``template`` is the English message with {placeholders} for ``args``; the window translates the
    template (context "import") and fills in ``values``."""

    context = "import"

    def __init__(self, template: str, **args):
        super().__init__(template.format(**args) if args else template)
        self.template, self.named = template, args

    def translated(self) -> str:
        from models.runtime.translatable import translate

        return translate(self.context, self.template).format(**self.named)


@dataclass(frozen=True)
class Check:
    """A value the file had that cannot be stored as its field: kept as it was written in the person's notes
    (under the field's name), and listed for the user to check. ``reason`` is one of models.interchange.import_text."""

    field: str  # a key of import_text.FIELD_NAMES
    value: str
    reason: str
    label: str = ""  # a phone's or an email's label


@dataclass(slots=True)
class Record:
    """One person or company as a file has it. ``where`` says where it was ("line 12", "card 3")."""

    where: str
    name: str = ""
    company: str = ""
    title: str = ""
    phones: list[tuple[str, str]] = field(default_factory=list)  # (label, number)
    emails: list[tuple[str, str]] = field(default_factory=list)  # (label, address)
    address: str = ""
    city: str = ""
    birthday: dt.date | None = None  # without a known year: that day in NO_YEAR, and birthday_year_known False
    birthday_year_known: bool = True
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    # the customer's own fields, when the file has them (our own export does)
    segment: str = ""
    industry: str = ""
    website: str = ""
    owner: str = ""
    lifecycle_stage: str = ""
    tier: str = ""
    customer_notes: str = ""
    relationship_level: str = ""
    contact_level: str = ""
    psychology: str = ""
    stage_entered_on: dt.date | None = None
    referred_by: int | None = None  # the referrer's Customer ID in the same file (our own export)
    acquisition_cost_cents: int | None = None
    buying_role: str = ""  # the person's, at a company
    attitude: str = ""
    influence: str = ""
    customer_id: int | None = None  # when it comes from the book (an export)
    kind: str = ""  # the customer's kind, "company" or "person", when it comes from the book
    dropped: list[str] = field(default_factory=list)  # what the file had that Fieldbrief does not keep
    checks: list[Check] = field(default_factory=list)  # values kept in the notes instead of their field
    company_address: str = ""  # the company's own address and city, when the file tells them apart
    company_city: str = ""

    def check(self, field_name: str, value: str, reason: str, label: str = "") -> None:
        """Keep ``value`` out of its field: ``settle`` writes it in the notes under the field's name (and
        ``label``), and it is listed for the user to check."""
        self.checks.append(Check(field_name, value, reason, label))

    @property
    def display_name(self) -> str:
        return self.name or self.company


@dataclass(frozen=True)
class RecordError:
    """A record left out: where it is in the file, who it is (when the file says), and why."""

    where: str
    reason: str
    person: str = ""


def problems(record: Record) -> list[str]:
    """Why a record cannot be stored at all (empty when it can): only when nothing identifies anyone.
    Every other value that does not fit its field went to the notes (``settle``)."""
    if not (record.name.strip() or record.company.strip()):
        return [text.NOTHING_IDENTIFYING]
    return []


_VOCABULARIES = {name: frozenset(m.value for m in kind) for name, kind in (
    ("segment", Segment), ("lifecycle_stage", LifecycleStage), ("tier", Tier),
    ("relationship_level", RelationshipLevel), ("contact_level", ContactLevel), ("psychology", Psychology),
    ("buying_role", BuyingRole), ("attitude", Attitude), ("influence", Influence))}
_LENGTHS = tuple((name, validation.LIMITS[limit]) for name, limit in (
    ("name", "name"), ("company", "name"), ("title", "title"), ("address", "address"), ("city", "city"),
    ("company_address", "address"), ("company_city", "city"), ("industry", "industry"), ("website", "website"),
    ("owner", "owner")))
_SHORTEST = min(limit for _name, limit in _LENGTHS)
_TAG_LIMIT = validation.LIMITS["tag"]
_NOTES_LIMIT = validation.LIMITS["notes"]


def settle(record: Record, region: str = "") -> Record:
    """Make the record storable without losing anything: each value that cannot be stored as its field
    goes to the notes as written (``Record.check``); a person with only a phone or an email is named
    after it. Returns the record."""
    if record.phones:
        phones_kept = []
        for label, number in record.phones:
            number = number.strip()
            reason = validation.phone_reason(number, region) if number else None
            if reason is not None:
                record.check("phone", number, reason, label)
            elif number:
                phones_kept.append((label[:50], number))
        record.phones = phones_kept
    if record.emails:
        emails_kept = []
        for label, address in record.emails:
            address = email_address(address)
            if not address:
                continue
            if validation.email(address):
                record.check("email", address, text.NOT_AN_EMAIL, label)
            else:
                emails_kept.append((label[:50], address))
        record.emails = emails_kept
    if max(len(record.name), len(record.company), len(record.title), len(record.address), len(record.city),
           len(record.company_address), len(record.company_city), len(record.industry), len(record.website),
           len(record.owner)) > _SHORTEST:
        for field_name, limit in _LENGTHS:
            value = getattr(record, field_name)
            if len(value) > limit:
                setattr(record, field_name, "")
                record.check(field_name, value, text.TOO_LONG)
    if (record.segment or record.lifecycle_stage or record.tier or record.relationship_level or record.contact_level
            or record.psychology or record.buying_role or record.attitude or record.influence):
        for field_name, values in _VOCABULARIES.items():
            value = getattr(record, field_name)
            if value and value not in values:
                setattr(record, field_name, "")
                record.check(field_name, value, text.NOT_IN_LIST)
    if record.tags and any(len(tag) > _TAG_LIMIT for tag in record.tags):
        for tag in record.tags:
            if len(tag) > _TAG_LIMIT:
                record.check("tags", tag, text.TOO_LONG)
        record.tags = [tag for tag in record.tags if len(tag) <= _TAG_LIMIT]
    if not record.name.strip() and not record.company.strip() and (record.emails or record.phones):
        record.name = (record.emails or record.phones)[0][1]
        record.checks.append(Check("name", record.name, text.NAMED_AFTER))
    if record.checks:
        _write_checks_to_notes(record)
    if len(record.notes) > _NOTES_LIMIT or len(record.customer_notes) > _NOTES_LIMIT:
        for field_name in ("notes", "customer_notes"):
            value = getattr(record, field_name)
            if len(value) > _NOTES_LIMIT:
                setattr(record, field_name, value[:_NOTES_LIMIT])
                record.checks.append(Check("notes", value[:200] + "…", text.NOTES_CUT))
    return record


def _write_checks_to_notes(record: Record) -> None:
    """Each value to check in the notes, under its field's name (and label), in the user's language."""
    lines = []
    for check in record.checks:
        if check.field in ("name", "card", "notes") or not check.value:
            continue
        name = language.word("import", text.FIELD_NAMES.get(check.field, check.field))
        lines.append(f"{name} ({check.label}): {check.value}" if check.label else f"{name}: {check.value}")
    if lines:
        where = "notes" if record.name.strip() or not record.company.strip() else "customer_notes"  # a company's own
        setattr(record, where, "\n".join([getattr(record, where), *lines] if getattr(record, where) else lines))


def email_address(value: str) -> str:
    """The address of an email as files write it: name@example.com, mailto:…, "Name" <name@example.com>."""
    value = value.strip()
    if "<" not in value and ":" not in value:
        return value
    from email.utils import parseaddr

    if value.lower().startswith("mailto:"):
        value = value[7:]
    if "<" in value and value.endswith(">"):
        found = parseaddr(value)[1]
        if found:
            return found
    return value


def full_name(given: str, family: str) -> str:
    """A name from its parts as its language writes it: 张伟 (family first, no space), Emma Wilson."""
    if any("\u4e00" <= ch <= "\u9fff" for ch in given + family):
        return f"{family}{given}"
    return " ".join(part for part in (given, family) if part)


COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文",
                     "轩辕", "夏侯", "端木", "西门", "南宫", "独孤", "司徒", "司空", "申屠", "澹台", "百里", "呼延")


def name_parts(name: str) -> tuple[str, str]:
    """(family, given) of a full name, the other way round from ``full_name``: 欧阳秀英 -> (欧阳, 秀英),
    张伟 -> (张, 伟), Emma van Wilson -> (Wilson, Emma van)."""
    name = name.strip()
    if any("\u4e00" <= ch <= "\u9fff" for ch in name) and " " not in name:
        size = 2 if name.startswith(COMPOUND_SURNAMES) and len(name) > 2 else 1
        return (name[:size], name[size:]) if len(name) > 1 else (name, "")
    given, _, family = name.rpartition(" ")
    return family, given



class DateProblem(ValueError):
    """A date that cannot be read; ``reason`` is one of import_text (NOT_A_DATE, NO_SUCH_DAY, ORDER_UNKNOWN)."""

    def __init__(self, value: str, reason: str):
        super().__init__(f"{reason} ({value!r})")
        self.value, self.reason = value, reason


DMY, MDY = "dmy", "mdy"  # the order of day and month in 04/03/1985 (4 March, or April 3)
_YEAR_FIRST = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?|(\d{4})(\d{2})(\d{2})")
_YEAR_LAST = re.compile(r"(\d{1,2})\s*([-/.])\s*(\d{1,2})(?:\s*[-/.]\s*(\d{4}|\d{2}))?")
_NO_YEAR = re.compile(r"--(\d{2})-?(\d{2})|(\d{1,2})\s*月\s*(\d{1,2})\s*日?")


def parse_birthday(text_value: str, order: str = "") -> tuple[dt.date, bool] | None:
    """A birthday and whether its year is known: a full date (``parse_date``), or a day without a year
    as vCard and Google write it (--11-30, --1130), as people write it (3/15, 3月15日), kept in the year
    NO_YEAR. ``order`` (DMY or MDY) reads 04/03; without it a day over 12 decides. Raises DateProblem."""
    found = _NO_YEAR.fullmatch(text_value.strip())
    if found:
        month, day = (found.group(1), found.group(2)) if found.group(1) else (found.group(3), found.group(4))
        return _day(text_value, NO_YEAR, int(month), int(day)), False
    day = parse_date(text_value, order)
    if day is None:
        return None
    partial = _YEAR_LAST.fullmatch(text_value.strip())
    return day, not (partial and partial.group(4) is None)


def no_year_text(day: dt.date) -> str:
    """A day without a year as vCard and Google's CSV write it: --07-04."""
    return f"--{day.month:02d}-{day.day:02d}"


def parse_date(text_value: str, order: str = "") -> dt.date | None:
    """A date as files write it: 1985-11-30, 1985/11/30, 19851130, 1985年11月30日, 30.11.1985, 11/30/1985 or
    30/11/1985 (``order``; without it a day over 12 decides), with a time after it or not. A day and month
    without a year (3/15) is that day in NO_YEAR. Empty: None. Raises DateProblem."""
    value = text_value.strip()
    if not value:
        return None
    value = re.split(r"[T ]\d{1,2}:\d{2}", value)[0].strip()
    found = _YEAR_FIRST.fullmatch(value)
    if found:
        parts = found.groups()[:3] if found.group(1) else found.groups()[3:]
        return _day(text_value, *map(int, parts))
    found = _YEAR_LAST.fullmatch(value)
    if not found:
        raise DateProblem(text_value, text.NOT_A_DATE)
    a, separator, b, year_text = found.groups()
    a, b = int(a), int(b)
    year = NO_YEAR if year_text is None else int(year_text)
    if year_text is not None and len(year_text) == 2:
        year += 2000 if year <= dt.date.today().year % 100 else 1900
    if separator == ".":  # 30.11.1985: day first wherever dots are written
        return _day(text_value, year, b, a)
    if a == b or (order == MDY and a <= 12) or (not order and b > 12 >= a):
        return _day(text_value, year, a, b)
    if order == DMY or a > 12:
        return _day(text_value, year, b, a)
    raise DateProblem(text_value, text.ORDER_UNKNOWN)


def _day(written: str, year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise DateProblem(written, text.NO_SUCH_DAY) from None


def date_order(values) -> str:
    """The order of day and month in a column of dates (DMY, MDY), decided by any day over 12; "" when
    no value decides (or the column contradicts itself)."""
    seen = set()
    for value in values:
        found = _YEAR_LAST.fullmatch(value.strip().split(" ")[0]) if value else None
        if not found or found.group(2) == ".":
            continue
        a, b = int(found.group(1)), int(found.group(3))
        if a > 12 >= b:
            seen.add(DMY)
        elif b > 12 >= a:
            seen.add(MDY)
    return seen.pop() if len(seen) == 1 else ""


def ambiguous_dates(values) -> list[str]:
    """The values whose day and month could be either way round (04/03/1985), for the mapping step."""
    found = []
    for value in values:
        match = _YEAR_LAST.fullmatch(value.strip()) if value else None
        if match and match.group(2) != "." and int(match.group(1)) <= 12 and int(match.group(3)) <= 12 \
                and match.group(1).lstrip("0") != match.group(3).lstrip("0"):
            found.append(value.strip())
    return found
