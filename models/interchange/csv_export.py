"""Customers and contacts as CSV that Excel opens right (UTF-8 with a BOM) and that imports back unchanged.

A row per customer (a company's own phones and emails; a person's everything), then a row per contact
with the customer's columns repeated (``Customer ID`` and ``Customer`` keep the relation). Phones and emails are ``Phone 1 - Label`` /
``Phone 1 - Value`` pairs, as Google writes them, so our own import reads them back with their labels.
A cell that a spreadsheet would run as a formula (starting with = + - @, a tab or CR, or their
full-width forms) is written with a leading apostrophe; the import takes it off again. Phone numbers
and dates (digits and the signs they are written with) cannot run, and are written as they are.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from models.storage.db import Database
from models.interchange.book import book_records
from models.interchange.records import Record, no_year_text

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
BASE = ["Customer ID", "Kind", "Customer", "Segment", "Industry", "Address", "City", "Website", "Owner",
        "Lifecycle stage", "Tier", "Tags", "Customer notes", "Relationship", "Contact level", "Psychology",
        "Stage since", "Referred by (Customer ID)", "Acquisition cost", "Name", "Title", "Buying role", "Attitude",
        "Influence", "Birthday", "Notes"]


# A phone number (+86 138 0000 1111) or a day without a year (--07-04) in its own column: a spreadsheet
# cannot run that as a formula (no function, no reference), and other programs want it as it is.
PLAIN = re.compile(r"\+?[\d\s().\-/]+|--\d\d-\d\d")


def neutralise(value: str, plain: bool = False) -> str:
    """``value`` with an apostrophe before it when a spreadsheet would run it as a formula; ``plain``: a
    phone or date column, where a phone number or a date stays as it is."""
    if value.startswith(FORMULA_STARTS) and not (plain and PLAIN.fullmatch(value)):
        return "'" + value
    return value


def restore_cell(value: str) -> str:
    """What ``neutralise`` wrote, read back."""
    return value[1:] if value.startswith("'") and value[1:].startswith(FORMULA_STARTS) else value


def export_csv(db: Database, target: Path) -> int:
    """Write every customer and contact; returns the number of rows. Written to ``target.part`` first,
    then renamed, so a failure never leaves half a file under the name."""
    with db.engine.connect() as conn:
        widest = conn.exec_driver_sql(
            "SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM channels GROUP BY customer_id, contact_id, kind) "
            "AS per_owner"
        ).scalar()
    header = BASE + [f"{kind} {i} - {part}" for kind in ("Phone", "E-mail")
                     for i in range(1, widest + 1) for part in ("Label", "Value")]
    part = target.with_name(target.name + ".part")
    count = 0
    with open(part, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        plain = [h == "Birthday" or h.endswith(" - Value") and h.startswith("Phone") for h in header]
        for record in book_records(db):
            writer.writerow([neutralise(str(cell), keep) for cell, keep in zip(_row(record, widest), plain)])
            count += 1
    part.replace(target)
    return count


def _row(r: Record, widest: int) -> list:
    is_person = r.kind == "person"
    customer = r.name if is_person else r.company
    row = [r.customer_id, r.kind, customer, r.segment, r.industry, r.address, r.city, r.website, r.owner,
           r.lifecycle_stage, r.tier, "; ".join(r.tags), r.notes if is_person else r.customer_notes,
           r.relationship_level, r.contact_level, r.psychology,
           r.stage_entered_on.isoformat() if r.stage_entered_on else "", r.referred_by or "",
           "" if r.acquisition_cost_cents is None else f"{r.acquisition_cost_cents / 100:.2f}",
           r.name, r.title, r.buying_role, r.attitude, r.influence, _birthday(r),
           "" if is_person else r.notes]
    for pairs in (r.phones, r.emails):
        padded = list(pairs) + [("", "")] * (widest - len(pairs))
        row += [cell for pair in padded for cell in pair]
    return row


def _birthday(r: Record) -> str:
    if r.birthday is None:
        return ""
    return r.birthday.isoformat() if r.birthday_year_known else no_year_text(r.birthday)
