"""Everything as one Excel workbook, and back: a sheet a table (customers, contacts, phones and emails,
monthly spend, dates, tags, visits with their plans, questions, products, objections, checklist items,
outcomes, objections met, promises, follow-ups, answers to suggestions, settings, the team and its
hand-overs), every column but the derived ones, each row with its id so that every relation is kept.

Written streaming (openpyxl's write-only mode), read streaming (read-only mode). Text goes in as text
cells: a value that a spreadsheet would run as a formula stays text (and is marked so), characters XML
cannot hold are written as Excel writes them (``_x000B_``) and read back. Imported into a book, every
row comes back under a new id with its relations mapped, in one transaction after a backup, undoable as
an import; the derived columns are computed again.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Boolean, Date, DateTime, Enum, Integer, Table, select, update
from sqlalchemy.engine import Connection

from models.storage.db import Database
from models.entities import DERIVED_CUSTOMER_COLUMNS, Base
from models.interchange import import_text
from models.interchange.records import ImportFileError, RecordError
from models.storage.dialect import hold_for_bulk_write, sync_sequences
from models.interchange.store import Progress, Summary, next_id
from models.book.undo import Bulk, Change, RowChange, versions_of

SHEETS = {  # table -> sheet title, in the order the tables depend on each other
    "settings": "Settings", "tags": "Tags", "reps": "Team", "customers": "Customers", "contacts": "Contacts",
    "channels": "Phones and emails", "monthly_spend": "Monthly spend", "key_dates": "Dates",
    "customer_tags": "Customer tags", "visits": "Visits", "visit_contacts": "People to meet",
    "plan_questions": "Questions", "plan_products": "Products", "plan_objections": "Objections",
    "checklist_items": "Checklist", "outcomes": "Outcomes", "met_objections": "Objections met",
    "promises": "Promises", "follow_ups": "Follow-ups", "suggestion_decisions": "Suggestion answers",
    "hand_overs": "Hand-overs",
}
# tables of names the book may have already: a row by a name it has is the book's own (and is not added)
BY_NAME = ("tags", "reps")
LEFT_OUT = {"customers": {"version", *DERIVED_CUSTOMER_COLUMNS}}
# Money is kept in cents; the sheets show it as money (752.50), under a name without "_cents".
MONEY = {"amount_cents": "amount", "acquisition_cost_cents": "acquisition_cost"}
READING_AID = "customer (name)"  # beside a customer id, for reading; the import ignores it
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]|_(?=x[0-9A-Fa-f]{4}_)")
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")
CHUNK = 2000


def table_order() -> list[Table]:
    tables = {t.name: t for t in Base.metadata.sorted_tables}
    missing = set(tables) - set(SHEETS)
    assert not missing, f"tables without a sheet: {missing}"
    return [tables[name] for name in SHEETS]


def columns_of(table: Table) -> list[str]:
    left_out = LEFT_OUT.get(table.name, set())
    return [c.name for c in table.columns if c.name not in left_out]


def header_of(column: str) -> str:
    return MONEY.get(column, column)


def escape(text: str) -> str:
    """Characters XML cannot hold, as Excel writes them (_x000B_); an underscore that would read as one
    of those escapes is escaped itself (_x005F_)."""
    return _ILLEGAL.sub(lambda m: f"_x{ord(m.group()):04X}_", text)


def unescape(text: str) -> str:
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)


# -- export ----------------------------------------------------------------------------------------
def export_workbook(db: Database, target: Path, progress: Progress | None = None) -> int:
    """Write the whole book; returns the number of rows written. Written to ``target.part`` first, then
    renamed, so a failure never leaves half a file under the name."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    part = target.with_name(target.name + ".part")
    count = 0
    with db.engine.connect() as conn:
        total = sum(conn.scalar(select(_count()).select_from(t)) or 0 for t in table_order())
        customers = Base.metadata.tables["customers"]
        for table in table_order():
            sheet = book.create_sheet(SHEETS[table.name])
            names = columns_of(table)
            named = "customer_id" in table.c  # a name beside the id, to read the sheet by
            headers = [header_of(n) for n in names] + ([READING_AID] if named else [])
            sheet.freeze_panes = "A2"
            for i, header in enumerate(headers, start=1):
                sheet.column_dimensions[get_column_letter(i)].width = _width(table, header)
            sheet.append(headers)
            order = [table.c[c.name] for c in table.primary_key.columns]
            query = select(*(table.c[n] for n in names)).order_by(*order)
            if named:
                query = query.add_columns(customers.c.name).outerjoin(customers, customers.c.id == table.c.customer_id)
            money = [n in MONEY for n in names] + [False]
            for row in conn.execution_options(yield_per=CHUNK).execute(query):
                sheet.append([_money(sheet, value, WriteOnlyCell) if is_money else _cell(sheet, value, WriteOnlyCell)
                              for value, is_money in zip(row, money)])
                count += 1
                if progress is not None and count % 5000 == 0:
                    progress(count, total)
    book.save(part)
    part.replace(target)
    return count


def _width(table: Table, header: str) -> float:
    column = table.c.get(header) if header in table.c else None
    if header == READING_AID:
        return 28
    if column is not None and isinstance(column.type, DateTime):
        return 19
    if column is not None and isinstance(column.type, (Date, Boolean, Integer)) or header in MONEY.values():
        return max(10, len(header) + 2)
    return max(14, min(40, len(header) + 4))


def _money(sheet, cents, cell_type):
    if cents is None:
        return None
    cell = cell_type(sheet, value=cents / 100)
    cell.number_format = "0.00"
    return cell


def _count():
    from sqlalchemy import func

    return func.count()


def _cell(sheet, value, cell_type):
    if value is None or isinstance(value, (bool, int, float, dt.date)):
        return value
    text = escape(str(value))  # enums are written as their values
    cell = cell_type(sheet, value=None)
    cell.value = text
    cell.data_type = "s"  # text, even when it looks like a formula or a number
    if text.startswith(FORMULA_STARTS):
        cell.quotePrefix = True  # and Excel keeps it text when the cell is edited
    return cell


# -- import ----------------------------------------------------------------------------------------
def is_workbook(path: Path) -> bool:
    """Whether the file is a Fieldbrief workbook (an .xlsx with our Customers sheet)."""
    try:
        with open(path, "rb") as f:
            if f.read(4) != b"PK\x03\x04":
                return False
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True)
        try:
            if SHEETS["customers"] not in book.sheetnames:
                return False
            header = next(book[SHEETS["customers"]].iter_rows(max_row=1, values_only=True), ())
            return tuple(header[:3]) == ("id", "kind", "name")
        finally:
            book.close()
    except Exception:  # not a zip, not a workbook: not ours
        return False


@dataclass
class _Ids:
    """Old id (in the workbook) -> new id (in this book), table by table."""

    maps: dict[str, dict]
    first: dict[str, int]
    next: dict[str, int]

    def take(self, table: str, old) -> int:
        new = self.next[table]
        self.next[table] = new + 1
        self.maps[table][old] = new
        return new


def import_workbook(db: Database, path: Path, progress: Progress | None = None, backup: bool = True) -> Summary:
    """Add everything the workbook holds to the book, in one transaction; rows that cannot be stored
    are listed with their sheet and row, and what depends on them is left out with them."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file; its message is not the user's
        raise ImportFileError(import_text.NOT_A_WORKBOOK, name=path.name) from exc
    summary = Summary()
    if backup and db.path is not None and db.path.exists() and db.path.stat().st_size:
        from models.storage.backup import take_backup

        summary.backup = str(take_backup(db.path, reason="before-import"))
    try:
        total = sum(book[SHEETS[t.name]].max_row or 0 for t in table_order() if SHEETS[t.name] in book.sheetnames)
        with db.engine.begin() as conn:
            hold_for_bulk_write(conn, [t.name for t in table_order()])  # (it gives the ids itself)
            ids = _Ids({t.name: {} for t in table_order()},
                       {t.name: next_id(conn, t.name) for t in table_order() if "id" in t.c}, {})
            ids.next = dict(ids.first)
            exact: list[RowChange] = []
            referrals: list[tuple[int, object]] = []
            done = 0
            for table in table_order():
                title = SHEETS[table.name]
                if title not in book.sheetnames:
                    continue
                pending: list[dict] = []
                for row_number, values in _rows(book[title], table):
                    done += 1
                    if progress is not None and done % 2000 == 0:
                        progress(done, total)
                    try:
                        row = _convert(table, values)
                        if _map(conn, table, row, ids, exact, referrals):
                            pending.append(row)
                    except ValueError as exc:
                        summary.errors.append(RecordError(f"{title}, row {row_number}", str(exc)))
                    if len(pending) >= CHUNK:
                        _insert(conn, table, pending)
                _insert(conn, table, pending)  # before the next sheet: its rows point at these
            _link_referrals(conn, ids, referrals)
            sync_sequences(conn, [t for t in ids.first])
            from models.book.summaries import refresh_customers

            new_customers = sorted(ids.maps["customers"].values())
            refresh_customers(conn, new_customers)
            summary.added = len(new_customers)
            bulk = tuple(Bulk(t, ((ids.first[t], ids.next[t] - 1),)) for t in ids.first
                         if ids.next[t] > ids.first[t] and t not in BY_NAME)
            versions = versions_of(conn, new_customers)
            summary.change = Change(tuple(exact), bulk, versions)
            if progress is not None:
                progress(total, total)
    finally:
        book.close()
    return summary


def _rows(sheet, table: Table) -> Iterator[tuple[int, dict]]:
    rows = sheet.iter_rows(values_only=True)
    money = {name: column for column, name in MONEY.items() if column in table.c}
    header = [str(h).strip() if h is not None else "" for h in next(rows, ())]
    header = [money.get(h, h) for h in header]
    known = {c.name for c in table.columns}
    needed = {c.name for c in table.columns if not c.nullable and c.default is None and c.server_default is None
              and not c.primary_key} - LEFT_OUT.get(table.name, set())
    missing = needed - set(header)
    if missing:
        raise ImportFileError(import_text.SHEET_LACKS_COLUMNS, sheet=repr(sheet.title), columns=", ".join(sorted(missing)))
    for number, cells in enumerate(rows, start=2):
        if all(c is None or c == "" for c in cells):
            continue
        yield number, {name: cells[i] if i < len(cells) else None
                       for i, name in enumerate(header) if name in known}


def _convert(table: Table, values: dict) -> dict:
    """The cells as the column types want them; a ValueError names the column that is wrong."""
    row = {}
    for name, value in values.items():
        column = table.c[name]
        try:
            row[name] = _value(column, value)
        except (TypeError, ValueError) as exc:
            raise ValueError(f"{name}: {value!r} is not {_kind(column)}") from exc
    return row


def _value(column, value):
    kind = column.type
    if isinstance(value, str):
        value = unescape(value)
    if column.name in MONEY and value not in (None, ""):
        from decimal import Decimal

        cents = Decimal(str(value)) * 100  # shown as money, kept in cents
        if cents != cents.to_integral_value():
            raise ValueError(value)
        return int(cents)
    if value is None or value == "":
        if isinstance(kind, (Integer, Date, DateTime, Boolean, Enum)) or column.nullable:
            return None
        return ""
    if isinstance(kind, Boolean):
        if isinstance(value, str):
            return {"true": True, "false": False, "1": True, "0": False}[value.strip().lower()]
        return bool(value)
    if isinstance(kind, Integer):
        if isinstance(value, float) and not value.is_integer():
            raise ValueError(value)
        return int(value)
    if isinstance(kind, DateTime):
        return value.replace(microsecond=0) if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    if isinstance(kind, Date):
        if isinstance(value, dt.datetime):
            return value.date()
        return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
    if isinstance(kind, Enum):
        text = str(value).strip()
        if text not in kind.enums:
            raise ValueError(text)
        return text
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a text column a spreadsheet turned into a number (a phone)
    return str(value)


def _kind(column) -> str:
    kind = column.type
    if isinstance(kind, Enum):
        return "one of " + ", ".join(kind.enums)
    for types, word in (((Boolean,), "TRUE or FALSE"), ((Integer,), "a whole number"),
                        ((DateTime,), "a date and time"), ((Date,), "a date")):
        if isinstance(kind, types):
            return word
    return "text"


def _insert(conn: Connection, table: Table, rows: list[dict]) -> None:
    """Rows of one table through one executemany a chunk; rows with other columns go apart."""
    by_columns: dict[tuple, list[dict]] = {}
    for row in rows:
        by_columns.setdefault(tuple(row), []).append(row)
    for group in by_columns.values():
        conn.execute(table.insert(), group)
    rows.clear()


def _map(conn: Connection, table: Table, row: dict, ids: _Ids, exact: list[RowChange], referrals: list) -> bool:
    """The row's keys mapped to this book's ids (a ValueError refuses it); False when it is not to be
    inserted (a setting the book has, a tag it has by that name)."""
    for fk in table.foreign_keys:
        name, target = fk.parent.name, fk.column.table.name
        old = row.get(name)
        if old is None or name == "referred_by_id":
            continue
        new = ids.maps[target].get(old)
        if new is None:
            if fk.ondelete == "SET NULL":
                row[name] = None
                continue
            raise ValueError(f"{name} {old} is not in the workbook (or could not be imported)")
        row[name] = new
    if table.name == "settings":  # the book's own settings stay as they are
        if conn.scalar(select(table.c.key).where(table.c.key == row["key"])) is not None:
            return False
        exact.append(RowChange("settings", (row["key"],), None, row))
        return True
    if table.name in BY_NAME:
        existing = conn.scalar(select(table.c.id).where(table.c.name == row["name"]))
        if existing is not None:
            ids.maps[table.name][row["id"]] = existing
            return False
    if table.name == "reps" and row.get("login") is not None and conn.scalar(
            select(table.c.id).where(table.c.login == row["login"])) is not None:
        row["login"] = None  # (another of the book's reps logs in under it)
    if "id" in table.c:
        old = row.pop("id", None)
        if old is None:
            raise ValueError("id: missing")
        if old in ids.maps[table.name]:
            raise ValueError(f"id {old} is in the sheet twice")
        row["id"] = ids.take(table.name, old)
    if table.name == "customers":
        referrer = row.pop("referred_by_id", None)
        row["referred_by_id"] = None
        if referrer is not None:
            referrals.append((row["id"], referrer))
    if table.name in BY_NAME:
        exact.append(RowChange(table.name, (row["id"],), None, row))
    return True


def _link_referrals(conn: Connection, ids: _Ids, referrals: list[tuple[int, object]]) -> None:
    customers = Base.metadata.tables["customers"]
    for cid, old in referrals:
        new = ids.maps["customers"].get(old)
        if new is not None and new != cid:
            conn.execute(update(customers).where(customers.c.id == cid).values(referred_by_id=new))
