"""What an importer reads from a file: one person (or company) a record, checked before it is stored."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from models import validation
from models.entities import NO_YEAR
from models.errors import KnownError
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
    """The file as a whole cannot be imported (unreadable encoding, not CSV, not vCard…)."""


@dataclass
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

    @property
    def display_name(self) -> str:
        return self.name or self.company


@dataclass(frozen=True)
class RecordError:
    where: str
    reason: str


def problems(record: Record) -> list[str]:
    """Why a record cannot be stored as it is (empty when it can)."""
    found = []
    if not record.name.strip() and not record.company.strip():
        found.append("no name and no company")
    for value, field_name in ((record.name, "name"), (record.company, "name"), (record.title, "title"),
                              (record.address, "address"), (record.city, "city"), (record.notes, "notes")):
        message = validation.length(value, field_name)
        if message:
            found.append(f"{field_name}: {message}")
    for label, number in record.phones:
        message = validation.phone(number) or validation.length(label, "label")
        if message:
            found.append(f"phone {number!r}: {message}")
    for label, address in record.emails:
        message = validation.email(address) or validation.length(label, "label")
        if message:
            found.append(f"email {address!r}: {message}")
    for value, kind in ((record.segment, Segment), (record.lifecycle_stage, LifecycleStage), (record.tier, Tier),
                        (record.relationship_level, RelationshipLevel), (record.contact_level, ContactLevel),
                        (record.psychology, Psychology), (record.buying_role, BuyingRole), (record.attitude, Attitude),
                        (record.influence, Influence)):
        if value and value not in {m.value for m in kind}:
            found.append(f"{value!r} is not one of {', '.join(m.value for m in kind)}")
    for value, field_name in ((record.industry, "industry"), (record.website, "website"), (record.owner, "owner"),
                              (record.customer_notes, "notes")):
        message = validation.length(value, field_name)
        if message:
            found.append(f"{field_name}: {message}")
    for tag in record.tags:
        if validation.length(tag, "tag"):
            found.append(f"tag {tag[:20]!r}…: too long")
    return found


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


_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y%m%d", "%m/%d/%Y", "%d.%m.%Y", "%Y年%m月%d日")


def parse_birthday(text: str) -> tuple[dt.date, bool] | None:
    """A birthday and whether its year is known: a full date (``parse_date``), or a day without a year
    as vCard and Google write it (--11-30, --1130), kept in the year NO_YEAR. Raises ValueError."""
    no_year = re.fullmatch(r"--(\d{2})-?(\d{2})", text.strip())
    if no_year:
        return dt.date(NO_YEAR, int(no_year.group(1)), int(no_year.group(2))), False
    day = parse_date(text)
    return None if day is None else (day, True)


def no_year_text(day: dt.date) -> str:
    """A day without a year as vCard and Google's CSV write it: --07-04."""
    return f"--{day.month:02d}-{day.day:02d}"


def parse_date(text: str) -> dt.date | None:
    """A date as files write it: 1985-11-30, 1985/11/30, 19851130, 11/30/1985 (Outlook), 1985年11月30日.
    Raises ValueError otherwise."""
    text = text.strip()
    if not text:
        return None
    text = text.split("T")[0]
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"not a date: {text!r}")
