"""Monthly spend as billing systems hand it over, into the book: a CSV or a workbook with a row per
customer and month (customer, month, amount) or a row per customer with a column per month.

Customers are found by their Fieldbrief id, their name or a phone number; months as billing exports
write them (2026-03, 2026/3, 2026年3月, 202603, Mar 2026, a date); amounts as Chinese spreadsheets hold
them (¥12,000.50, 1.2万, full-width digits). Rows of the same customer and month are added up; the sum
becomes that month's spend (replacing what the book had). Rows that match no customer, or more than one,
are listed and left out. One transaction, undoable; tiers, spend drops and suggestions follow from the
derived columns, computed again.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select, tuple_, update

from models.book import undo, validation
from models.storage.db import Database
from models.entities import Channel, Customer, MonthlySpend
from models.interchange import import_text
from models.runtime.translatable import QT_TRANSLATE_NOOP, Text
from models.interchange.records import ImportFileError, RecordError
from models.interchange.sheet_rows import open_rows
from models.book.undo import Change, RowChange
from models.book.summaries import refresh_customers

Progress = undo.Progress
UNDO_LIMIT = 200_000  # months of spend an import keeps, row by row, to be undone

HEADERS = {
    "id": ["customer id", "fieldbrief id", "id", "客户编号", "客户id", "客户代码", "编号"],
    "name": ["customer", "customer name", "name", "account", "account name", "company", "客户", "客户名称", "名称",
             "公司", "公司名称", "姓名", "户名", "单位名称"],
    "phone": ["phone", "mobile", "phone number", "number", "电话", "手机", "手机号", "手机号码", "号码", "服务号码",
              "联系电话"],
    "month": ["month", "period", "billing month", "bill month", "date", "月份", "账期", "计费月", "计费月份", "年月",
              "日期", "账单月份"],
    "amount": ["amount", "spend", "total", "revenue", "bill", "charge", "金额", "消费", "消费金额", "月消费", "账单金额",
               "费用", "应收", "实收", "总额", "合计"],
}


@dataclass(frozen=True)
class Columns:
    """Which column holds what: the customer (by id, name or phone, as many as the file has), and either
    a month and an amount column or a column per month."""

    customer: dict[str, int]  # "id" / "name" / "phone" -> column
    month: int | None = None
    amount: int | None = None
    months: dict[int, tuple[int, int]] = field(default_factory=dict)  # column -> (year, month)

    def describe(self) -> str:
        who = ", ".join(self.customer)
        return f"customers by {who}; " + (f"{len(self.months)} month columns" if self.months else "a month and an amount")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", str(text)).strip().lower().replace("_", " "))


def guess_columns(header: list) -> Columns:
    customer: dict[str, int] = {}
    found: dict[str, int] = {}
    months: dict[int, tuple[int, int]] = {}
    for i, title in enumerate(header):
        as_month = _month_of(title)
        if as_month is not None:
            months[i] = as_month
            continue
        key = _norm(title)
        for what, words in HEADERS.items():
            if key in words and what not in found and what not in customer:
                (customer if what in ("id", "name", "phone") else found)[what] = i
                break
    if not customer:
        raise ImportFileError(import_text.NO_CUSTOMER_COLUMN)
    if "amount" in found and "month" in found:
        return Columns(customer, found["month"], found["amount"])
    if months:
        return Columns(customer, months=months)
    raise ImportFileError(import_text.NO_MONTH_COLUMNS)


def _month_of(value) -> tuple[int, int] | None:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.year, value.month
    return validation.month(str(value)) if value not in (None, "") else None


def _cents(value) -> tuple[int | None, str | None]:
    if isinstance(value, bool):
        return None, said(import_text.NOT_AN_AMOUNT)
    if isinstance(value, (int, float)):
        if value < 0:
            return None, said(QT_TRANSLATE_NOOP("import", "Spend cannot be negative."))
        return round(value * 100), None
    return validation.amount_cents(str(value))


VALUE_NOT_READ = QT_TRANSLATE_NOOP("import", "'%1': %2")  # the value as written, why it is not an amount


def said(template: str, *values: object) -> Text:
    """Why a row of a billing export was left out, or where it was (context "import")."""
    return Text("import", template, *values)


def phone_key(text: str) -> str:
    """A phone number's digits, without the country code 86 (a number written +86 138… and 138… is one)."""
    digits = re.sub(r"\D", "", unicodedata.normalize("NFKC", text))
    for prefix in ("0086", "86"):
        if digits.startswith(prefix) and len(digits) - len(prefix) >= 10:
            return digits[len(prefix):]
    return digits


class _Book:
    """The book's customers by id, by name and by phone, to match rows to."""

    def __init__(self, conn):
        self.ids = set(conn.scalars(select(Customer.id)))
        self.names: dict[str, list[int]] = defaultdict(list)
        for cid, name in conn.execute(select(Customer.id, Customer.name)):
            self.names[_norm(name)].append(cid)
        self.phones: dict[str, set[int]] = defaultdict(set)
        for cid, value in conn.execute(select(Channel.customer_id, Channel.value).where(Channel.kind == "phone")):
            key = phone_key(value)
            if len(key) >= 6:
                self.phones[key].add(cid)

    def match(self, by: str, value) -> tuple[int | None, str | None]:
        text = str(value).strip()
        if isinstance(value, float) and value.is_integer():
            text = str(int(value))
        if by == "id":
            if text.isdigit() and int(text) in self.ids:
                return int(text), None
            return None, said(QT_TRANSLATE_NOOP("import", "no customer with id %1"), text)
        if by == "name":
            found = self.names.get(_norm(text), [])
            if len(found) == 1:
                return found[0], None
            return None, (said(QT_TRANSLATE_NOOP("import", "%1 customers are called %2"), len(found), text) if found
                          else said(QT_TRANSLATE_NOOP("import", "no customer called %1"), text))
        owners = self.phones.get(phone_key(text), set())
        if len(owners) == 1:
            return next(iter(owners)), None
        return None, (said(QT_TRANSLATE_NOOP("import", "%1 customers have the phone %2"), len(owners), text) if owners
                      else said(QT_TRANSLATE_NOOP("import", "no customer has the phone %1"), text))


PREVIEW = 20


@dataclass(frozen=True)
class Month:
    customer: str
    year: int
    month: int
    cents: int
    before: int | None = None  # what the book has for that month (None: nothing)


class _Problems:
    """What a scan or an import of spend found wrong (its ``unmatched`` and ``errors``)."""

    @property
    def problems(self) -> list[RecordError]:
        """Every row left out and every value not read, in the file's order."""
        return in_row_order(self.unmatched, self.errors)


@dataclass
class SpendScan(_Problems):
    columns: Columns | None = None
    amounts: dict[tuple[int, int, int], int] = field(default_factory=dict)  # (customer, year, month) -> cents
    unmatched: list[RecordError] = field(default_factory=list)  # no customer, or more than one
    errors: list[RecordError] = field(default_factory=list)
    rows: int = 0
    preview: list[Month] = field(default_factory=list)  # the first months as read, to check the figures
    replaced: list[Month] = field(default_factory=list)  # months the book has with another figure
    replaced_count: int = 0

    @property
    def customers(self) -> set[int]:
        return {cid for cid, _y, _m in self.amounts}


def in_row_order(*lists: list[RecordError]) -> list[RecordError]:
    """The problems of several lists by their row (``where`` is "line %1" or "row %1"), a row's in the order found."""
    return sorted((p for found in lists for p in found), key=lambda p: p.where.values[0])


def scan_spend(db: Database, path: Path) -> SpendScan:
    """Read the file and match its rows to the book; nothing is written. Says what each of the first
    months reads as, and which months the book has with another figure."""
    found = SpendScan()
    with db.engine.connect() as conn:
        book = _Book(conn)
        names = dict(conn.execute(select(Customer.id, Customer.name)).all())
    with open_rows(path) as rows:
        columns = found.columns = guess_columns(rows.header)
        for line, cells in rows:
            found.rows += 1
            where = said(QT_TRANSLATE_NOOP("import", "row %1") if rows.encoding == "xlsx" else
                         QT_TRANSLATE_NOOP("import", "line %1"), line)
            cid, why = _customer(book, columns, cells)
            if cid is None:
                found.unmatched.append(RecordError(where, why))
                continue
            for (year, month), value in _months(columns, cells, where, found.errors):
                cents, problem = _cents(value)
                if problem:
                    found.errors.append(RecordError(where, said(VALUE_NOT_READ, value, problem)))
                elif cents is not None:
                    key = (cid, year, month)
                    found.amounts[key] = found.amounts.get(key, 0) + cents
    found.preview = [Month(names[c], y, m, cents) for (c, y, m), cents in list(found.amounts.items())[:PREVIEW]]
    _compare_with_the_book(db, found, names)
    return found


def _compare_with_the_book(db: Database, found: SpendScan, names: dict[int, str]) -> None:
    table = MonthlySpend.__table__
    keys = sorted(found.amounts)
    with db.engine.connect() as conn:
        for start in range(0, len(keys), undo.CHUNK):
            part = keys[start:start + undo.CHUNK]
            for c, y, m, cents in conn.execute(
                    select(table.c.customer_id, table.c.year, table.c.month, table.c.amount_cents)
                    .where(tuple_(table.c.customer_id, table.c.year, table.c.month).in_(part))):
                if cents != found.amounts[(c, y, m)]:
                    found.replaced_count += 1
                    if len(found.replaced) < PREVIEW:
                        found.replaced.append(Month(names[c], y, m, found.amounts[(c, y, m)], cents))


def _customer(book: _Book, columns: Columns, cells: list) -> tuple[int | None, str]:
    reasons = []
    for by in ("id", "name", "phone"):
        column = columns.customer.get(by)
        if column is None or column >= len(cells) or str(cells[column]).strip() == "":
            continue
        cid, why = book.match(by, cells[column])
        if cid is not None:
            return cid, ""
        reasons.append(why)
    if not reasons:
        return None, said(QT_TRANSLATE_NOOP("import", "no customer named on the row"))
    return None, functools.reduce(lambda said_so_far, why: said("%1; %2", said_so_far, why), reasons)


def _months(columns: Columns, cells: list, where: str, errors: list[RecordError]):
    if columns.months:
        for column, month in columns.months.items():
            if column < len(cells) and str(cells[column]).strip() != "":
                yield month, cells[column]
        return
    raw = cells[columns.month] if columns.month < len(cells) else ""
    month = _month_of(raw)
    if month is None:
        errors.append(RecordError(where, said(QT_TRANSLATE_NOOP(
            "import", "'%1' is not a month (write it like 2026-03 or 2026年3月)"), raw)))
        return
    yield month, cells[columns.amount] if columns.amount < len(cells) else ""


@dataclass
class SpendSummary(_Problems):
    months: int = 0  # months of spend stored (new or changed)
    customers: int = 0
    unchanged: int = 0
    unmatched: list[RecordError] = field(default_factory=list)
    errors: list[RecordError] = field(default_factory=list)
    backup: str | None = None
    change: Change = field(default_factory=Change)  # empty when too large to undo (the backup is there)


def store_spend(db: Database, found: SpendScan, progress: Progress | None = None, backup: bool = True) -> SpendSummary:
    summary = SpendSummary(unmatched=list(found.unmatched), errors=list(found.errors))
    if backup and db.path is not None and db.path.exists() and db.path.stat().st_size:
        from models.storage.backup import take_backup

        summary.backup = str(take_backup(db.path, reason="before-spend-import"))
    table = MonthlySpend.__table__
    keys = sorted(found.amounts)
    changes: list[RowChange] = []
    with db.engine.begin() as conn:
        touched: set[int] = set()
        for start in range(0, len(keys), undo.CHUNK):
            part = keys[start:start + undo.CHUNK]
            had = {(c, y, m): cents for c, y, m, cents in conn.execute(
                select(table.c.customer_id, table.c.year, table.c.month, table.c.amount_cents)
                .where(tuple_(table.c.customer_id, table.c.year, table.c.month).in_(part)))}
            inserts, updates = [], []
            for key in part:
                cents = found.amounts[key]
                row = {"customer_id": key[0], "year": key[1], "month": key[2], "amount_cents": cents}
                if key not in had:
                    inserts.append(row)
                    changes.append(RowChange("monthly_spend", key, None, row))
                elif had[key] != cents:
                    updates.append(row)
                    changes.append(RowChange("monthly_spend", key, {**row, "amount_cents": had[key]}, row))
                else:
                    summary.unchanged += 1
                    continue
                touched.add(key[0])
            if inserts:
                conn.execute(table.insert(), inserts)
            for row in updates:
                conn.execute(update(table).where(table.c.customer_id == row["customer_id"], table.c.year == row["year"],
                                                 table.c.month == row["month"]).values(amount_cents=row["amount_cents"]))
            if progress is not None:
                progress(start + len(part), len(keys))
        before = undo.versions_of(conn, touched)
        undo.bump_versions(conn, touched)
        refresh_customers(conn, sorted(touched))
        summary.months, summary.customers = len(changes), len(touched)
        if len(changes) <= UNDO_LIMIT:
            summary.change = Change(tuple(changes), versions=undo.versions_of(conn, touched), versions_before=before)
    return summary


def import_spend(db: Database, path: Path, progress: Progress | None = None) -> SpendSummary:
    """Read, match and store in one call (the command line)."""
    return store_spend(db, scan_spend(db, path), progress)
