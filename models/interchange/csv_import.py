"""CSV rows to records through a mapping: which column holds what. Mappings are guessed from the header
(English and Chinese names), recognised for Google Contacts and Outlook exports, and remembered."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field

from models.interchange import import_text as text
from models.interchange.csv_export import restore_cell
from models.interchange.records import (
    MDY,
    DateProblem,
    Record,
    ambiguous_dates,
    date_order,
    full_name,
    parse_birthday,
    parse_date,
    settle,
)
from models.interchange.text_files import CsvRows, Rows
from models.book.validation import amount_cents

FIELDS = ("name", "given_name", "family_name", "company", "title", "phone", "email", "address", "city",
          "company_address", "company_city", "birthday", "notes", "tags", "segment", "industry", "website", "owner", "lifecycle_stage", "tier",
          "customer_notes", "kind", "customer_id", "relationship_level", "contact_level", "psychology",
          "stage_entered_on", "referred_by", "acquisition_cost", "buying_role", "attitude", "influence")
MULTI = ("phone", "email")  # a record may have several


@dataclass(frozen=True)
class Rule:
    column: int
    field: str  # one of FIELDS
    label: str = ""  # for a phone or email: its label ("mobile", "work"…)
    label_column: int | None = None  # or the column that holds the label (Google: "Phone 1 - Label")


@dataclass
class Mapping:
    rules: list[Rule] = field(default_factory=list)
    preset: str = ""  # "google", "outlook" or "" (guessed or the user's)
    header: list[str] = field(default_factory=list)  # the header it was made for: a file with it gets it again
    date_order: str = ""  # records.DMY or MDY for dates like 04/03/1985; "" when the file has none to decide

    def to_json(self) -> str:
        return json.dumps({"preset": self.preset, "rules": [asdict(r) for r in self.rules], "header": self.header,
                           "date_order": self.date_order})

    @classmethod
    def from_json(cls, text_value: str) -> Mapping:
        raw = json.loads(text_value)
        return cls([Rule(**r) for r in raw["rules"]], raw.get("preset", ""), raw.get("header", []),
                   raw.get("date_order", ""))

    def date_columns(self) -> list[int]:
        return [r.column for r in self.rules if r.field in ("birthday", "stage_entered_on")]


# -- guessing -------------------------------------------------------------------------------------------
SYNONYMS = {
    "name": ["name", "full name", "display name", "contact", "contact name", "姓名", "名字", "联系人", "客户姓名"],
    "given_name": ["first name", "given name", "名"],
    "family_name": ["last name", "family name", "surname", "姓"],
    "company": ["company", "organization", "organisation", "company name", "organization name", "customer",
                "公司", "单位", "企业", "公司名称", "客户", "客户名称"],
    "title": ["title", "job title", "position", "organization title", "职位", "职务", "头衔"],
    "phone": ["phone", "telephone", "tel", "mobile", "mobile phone", "cell", "business phone", "home phone",
              "work phone", "电话", "手机", "座机", "联系电话", "办公电话", "手机号", "手机号码"],
    "email": ["email", "e-mail", "mail", "email address", "e-mail address", "邮箱", "电子邮件", "电子邮箱", "邮件"],
    "address": ["address", "street", "home street", "home address", "address 1 - formatted", "地址", "详细地址",
                "家庭地址", "住址"],
    "city": ["city", "home city", "address 1 - city", "城市", "所在城市"],
    "company_address": ["company address", "business street", "business address", "work address", "公司地址",
                        "单位地址", "办公地址"],
    "company_city": ["company city", "business city", "公司城市", "单位城市"],
    "birthday": ["birthday", "date of birth", "birth date", "dob", "生日", "出生日期"],
    "notes": ["notes", "note", "comments", "remarks", "备注", "说明"],
    "tags": ["tags", "labels", "categories", "group membership", "groups", "标签", "分组", "类别"],
}
LABELS = {"mobile": "mobile", "cell": "mobile", "手机": "mobile", "business": "work", "work": "work",
          "办公": "work", "home": "home", "住宅": "home", "家庭": "home", "other": "other", "fax": "fax",
          "main": "main", "primary": "main"}


def _norm(header: str) -> str:
    return re.sub(r"\s+", " ", header.strip().lower().replace("_", " "))


def label_from(header: str) -> str:
    lowered = _norm(header)
    for word, label in LABELS.items():
        if word in lowered:
            return label
    return ""


def guess_mapping(header: list[str]) -> Mapping:
    for preset in (fieldbrief_mapping, google_mapping, outlook_mapping):
        found = preset(header)
        if found is not None:
            return found
    rules = []
    for i, title in enumerate(header):
        key = _norm(title)
        for field_name, words in SYNONYMS.items():
            if key in words:
                label = label_from(title) if field_name in MULTI else ""
                rules.append(Rule(i, field_name, label))
                break
    return Mapping(rules)


def fieldbrief_mapping(header: list[str]) -> Mapping | None:
    """Our own export (models/interchange/csv_export.py)."""
    from models.interchange.csv_export import BASE

    if header[:len(BASE)] != BASE:
        return None
    index = {h: i for i, h in enumerate(header)}
    fields = {"Customer ID": "customer_id", "Kind": "kind", "Customer": "company", "Segment": "segment", "Industry": "industry",
              "Address": "address", "City": "city", "Website": "website", "Owner": "owner",
              "Lifecycle stage": "lifecycle_stage", "Tier": "tier", "Tags": "tags", "Customer notes": "customer_notes",
              "Name": "name", "Title": "title", "Birthday": "birthday", "Notes": "notes",
              "Relationship": "relationship_level", "Contact level": "contact_level", "Psychology": "psychology",
              "Stage since": "stage_entered_on", "Referred by (Customer ID)": "referred_by",
              "Acquisition cost": "acquisition_cost", "Buying role": "buying_role", "Attitude": "attitude",
              "Influence": "influence"}
    rules = [Rule(index[h], f) for h, f in fields.items()]
    rules += _pairs(index)
    return Mapping(rules, "fieldbrief")


def _pairs(index: dict[str, int]) -> list[Rule]:
    rules = []
    for h, i in index.items():
        match = re.fullmatch(r"(E-mail|Phone) (\d+) - Value", h)
        if match:
            kind = "email" if match.group(1) == "E-mail" else "phone"
            label_column = index.get(f"{match.group(1)} {match.group(2)} - Type",
                                     index.get(f"{match.group(1)} {match.group(2)} - Label"))
            rules.append(Rule(i, kind, "", label_column))
    return rules


def google_mapping(header: list[str]) -> Mapping | None:
    """Google Contacts' CSV, old ("Given Name", "… - Type") and new ("First Name", "… - Label")."""
    index = {h: i for i, h in enumerate(header)}
    if not any(re.fullmatch(r"(E-mail|Phone) 1 - (Type|Label)", h) for h in header):
        return None
    rules = []
    for name, field_name in (("Name", "name"), ("Given Name", "given_name"), ("First Name", "given_name"),
                             ("Family Name", "family_name"), ("Last Name", "family_name"),
                             ("Organization 1 - Name", "company"), ("Organization Name", "company"),
                             ("Organization 1 - Title", "title"), ("Organization Title", "title"),
                             ("Address 1 - Formatted", "address"), ("Address 1 - City", "city"),
                             ("Birthday", "birthday"), ("Notes", "notes"), ("Group Membership", "tags"),
                             ("Labels", "tags")):
        if name in index and not (field_name in ("given_name", "family_name") and "Name" in index):
            rules.append(Rule(index[name], field_name))
    rules += _pairs(index)
    return Mapping(rules, "google")


OUTLOOK_PHONES = {"Business Phone": "work", "Business Phone 2": "work", "Home Phone": "home", "Home Phone 2": "home",
                  "Mobile Phone": "mobile", "Primary Phone": "main", "Company Main Phone": "main",
                  "Other Phone": "other", "Car Phone": "car", "Assistant's Phone": "assistant"}


def outlook_mapping(header: list[str]) -> Mapping | None:
    """Outlook's "Export to a file > Comma Separated Values"."""
    index = {h: i for i, h in enumerate(header)}
    if not {"First Name", "Last Name", "E-mail Address"} <= index.keys():
        return None
    rules = [Rule(index["First Name"], "given_name"), Rule(index["Last Name"], "family_name")]
    for name, field_name in (("Company", "company"), ("Job Title", "title"), ("Business Street", "company_address"),
                             ("Business City", "company_city"), ("Home Street", "address"), ("Home City", "city"),
                             ("Birthday", "birthday"), ("Notes", "notes"), ("Categories", "tags")):
        if name in index:
            rules.append(Rule(index[name], field_name))
    for name in ("E-mail Address", "E-mail 2 Address", "E-mail 3 Address"):
        if name in index:
            rules.append(Rule(index[name], "email", "work" if name == "E-mail Address" else "other"))
    for name, label in OUTLOOK_PHONES.items():
        if name in index:
            rules.append(Rule(index[name], "phone", label))
    return Mapping(rules, "outlook", date_order=MDY)  # as US Outlook writes them, unless the column says otherwise


PRESETS = {"fieldbrief": fieldbrief_mapping, "google": google_mapping, "outlook": outlook_mapping}


# -- reading --------------------------------------------------------------------------------------------
def column_dates(rows: Rows, mapping: Mapping) -> tuple[str, list[str]]:
    """The day/month order the whole date columns decide (any day over 12), and the values that leave it
    open (04/03/1985) when nothing decides: the mapping step asks about those."""
    columns = mapping.date_columns()
    if not columns:
        return "", []
    values = [row[c] for _line, row in rows for c in columns if c < len(row) and row[c].strip()]
    order = date_order(values)
    return order, ([] if order else ambiguous_dates(values))


def records(rows: CsvRows, mapping: Mapping) -> Iterator[Record | tuple[str, str]]:
    """Each row as a Record; a cell that cannot be read as its field is kept in the notes (Record.check)."""
    plan = _plan(mapping)
    for line, row in rows:
        yield to_record(f"line {line}", row, mapping, plan)


# the fields a cell is written to as it is (the others are read: dates, ids, amounts, several values…)
_AS_WRITTEN = frozenset(FIELDS) - {"given_name", "family_name", "phone", "email", "birthday", "tags", "kind",
                                   "customer_id", "referred_by", "stage_entered_on", "acquisition_cost", "notes",
                                   "customer_notes"}


def _plan(mapping: Mapping) -> list[tuple[int, str, bool, Rule]]:
    """The mapping's rules as the reader goes through them for each row: (column, field, as written, rule)."""
    return [(rule.column, rule.field, rule.field in _AS_WRITTEN, rule) for rule in mapping.rules]


def to_record(where: str, row: list[str], mapping: Mapping, plan: list | None = None) -> Record:
    record = Record(where)
    given = family = ""
    width = len(row)
    person = False
    for column, field_name, as_written, rule in plan if plan is not None else _plan(mapping):
        if column >= width:
            continue
        value = row[column].strip()
        if not value:
            continue
        if value[0] == "'":
            value = restore_cell(value)
        if as_written:
            setattr(record, field_name, value)
        elif field_name in MULTI:
            if rule.label_column is None:
                label = rule.label
            else:
                label = _clean_label(restore_cell(row[rule.label_column].strip())) \
                    if rule.label_column < width else ""
            values = (record.phones if field_name == "phone" else record.emails)
            if ":::" in value:  # Google puts several values in one cell
                values += [(label, part) for part in re.split(r"\s*:::\s*", value)]
            else:
                values.append((label, value))
        elif field_name == "given_name":
            given = value
        elif field_name == "family_name":
            family = value
        elif field_name == "birthday":
            if value not in ("0/0/00", "0000-00-00"):  # Outlook's "no birthday"
                try:
                    found = parse_birthday(value, mapping.date_order)
                except DateProblem as problem:
                    record.check("birthday", value, problem.reason)
                    continue
                if found is not None:
                    record.birthday, record.birthday_year_known = found
        elif field_name == "tags":
            parts = re.split(r"\s*(?::::|;|,|，|、)\s*", value)
            record.tags += [t.lstrip("* ").strip() for t in parts if t.strip() and t.strip() != "* myContacts"]
        elif field_name == "kind":
            person = value == "person"
        elif field_name in ("customer_id", "referred_by"):
            if not value.isdigit():
                record.check(field_name, value, text.NOT_AN_ID)
                continue
            setattr(record, field_name, int(value))
        elif field_name == "stage_entered_on":
            try:
                record.stage_entered_on = parse_date(value, mapping.date_order)
            except DateProblem as problem:
                record.check("stage_entered_on", value, problem.reason)
        elif field_name == "acquisition_cost":
            cents, problem = amount_cents(value)
            if problem:
                record.check("acquisition_cost", value, text.NOT_AN_AMOUNT)
                continue
            record.acquisition_cost_cents = cents
        else:  # the notes, as written (their line breaks and spaces kept)
            setattr(record, field_name, restore_cell(row[column]))
    if person:  # our export: a person customer is its own name, not a company
        record.company = ""
        record.notes = record.customer_notes or record.notes
        record.customer_notes = ""
    if not record.name:
        record.name = full_name(given, family)
    return settle(record)


def _clean_label(label_text: str) -> str:
    label = label_text.replace("*", "").strip().lower()
    return LABELS.get(label, label)[:50]
