"""Field checks for what a user types: each returns a message, or None when the value is fine.

Messages are models.runtime.translatable.Text (context "validation"): English as a str, written in the user's
language by ``in_language``.
"""

from __future__ import annotations

import re
import unicodedata

from models.book import phones
from models.runtime.translatable import QT_TRANSLATE_NOOP, Text

REQUIRED = QT_TRANSLATE_NOOP("validation", "Required.")
TOO_LONG = QT_TRANSLATE_NOOP("validation", "At most %1 characters (now %2).")
NOT_A_WEBSITE = QT_TRANSLATE_NOOP("validation", "Not a web address, e.g. www.example.com.")
NEGATIVE = QT_TRANSLATE_NOOP("validation", "An amount cannot be negative.")
NOT_AN_AMOUNT = QT_TRANSLATE_NOOP("validation", "Not an amount: digits with up to two decimals, e.g. 752.50.")
TOO_LARGE = QT_TRANSLATE_NOOP("validation", "That amount is too large.")
# (an import says these too, of a value it keeps in the notes: models/interchange/import_text.py)
NOT_A_PHONE = QT_TRANSLATE_NOOP("validation", "Not a phone number: digits, spaces, + ( ) - allowed, e.g. +86 138 "
                                              "1234 5678.")
NOT_AN_EMAIL = QT_TRANSLATE_NOOP("validation", "Not an email address, e.g. name@example.com.")
TOO_FEW_DIGITS = QT_TRANSLATE_NOOP("validation", "Too few digits for a phone number (at least 3).")
TOO_MANY_DIGITS = QT_TRANSLATE_NOOP("validation", "Too many digits for a phone number (at most 20).")
EXCEL_SHORTENED = QT_TRANSLATE_NOOP("validation", "Excel shortened this number: format the column as Text and "
                                                  "export again.")
PHONE_REASONS = {phones.EXCEL_SHORTENED: EXCEL_SHORTENED, phones.TOO_FEW_DIGITS: TOO_FEW_DIGITS,
                 phones.TOO_MANY_DIGITS: TOO_MANY_DIGITS}


def problem(template: str, *values: object) -> Text:
    return Text("validation", template, *values)

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
WEBSITE = re.compile(r"^(https?://)?[^\s/]+\.[^\s/]{2,}(/\S*)?$", re.IGNORECASE)

LIMITS = {
    "name": 200, "industry": 100, "address": 300, "city": 100, "website": 200, "owner": 100,
    "notes": 10_000, "title": 100, "label": 50, "phone": 40, "email": 254, "tag": 50,
}


def required(value: str) -> str | None:
    return problem(REQUIRED) if not value.strip() else None


def length(value: str, field: str) -> str | None:
    return too_long(value, LIMITS[field])


def too_long(value: str, limit: int) -> Text | None:
    return problem(TOO_LONG, f"{limit:,}", f"{len(value):,}") if len(value) > limit else None


def email(value: str) -> str | None:
    if not value:
        return None
    return length(value, "email") or (None if EMAIL.match(value) else problem(NOT_AN_EMAIL))


def phone(value: str) -> str | None:
    if not value:
        return None
    if length(value, "phone"):
        return length(value, "phone")
    reason = phone_reason(value)
    return problem(reason) if reason else None


def phone_reason(value: str, region: str = "") -> str | None:
    """Why ``value`` is not a phone number (a message of this module), the same for the editor and an import."""
    reason = phones.problem(value, region)
    return PHONE_REASONS.get(reason, NOT_A_PHONE) if reason else None


def website(value: str) -> str | None:
    if not value:
        return None
    return length(value, "website") or (None if WEBSITE.match(value) else problem(NOT_A_WEBSITE))


_CURRENCY = re.compile(r"^(?:¥|\$|€|£|RMB|CNY|USD|HK\$)|(?:元|块|RMB|CNY)$", re.IGNORECASE)
_UNITS = {"万": 10_000, "亿": 100_000_000, "千": 1_000, "k": 1_000, "K": 1_000}
MAX_CENTS = 10**13


def amount_cents(text: str) -> tuple[int | None, str | None]:
    """Parse a money amount as users and Chinese spreadsheets write it into cents: 752, 1,234.56,
    ¥12,000.50, 12000元, 1.2万 (12,000), full-width digits (１２３). Empty: (None, None)."""
    from decimal import Decimal, InvalidOperation

    cleaned = unicodedata.normalize("NFKC", text).strip().strip("\"“”")
    cleaned = re.sub(r"[,\s_']", "", cleaned)
    cleaned = _CURRENCY.sub("", _CURRENCY.sub("", cleaned))
    if not cleaned:
        return None, None
    if cleaned.startswith("-") or re.fullmatch(r"\(.*\)", cleaned):
        return None, problem(NEGATIVE)
    unit = _UNITS.get(cleaned[-1], 1)
    number = cleaned[:-1] if unit != 1 else cleaned
    if not re.fullmatch(r"\d+(\.\d+)?", number):
        return None, problem(NOT_AN_AMOUNT)
    try:
        value = Decimal(number) * unit * 100
    except InvalidOperation:
        return None, problem(NOT_AN_AMOUNT)
    if value != value.to_integral_value():
        return None, problem(NOT_AN_AMOUNT)
    cents = int(value)
    if cents > MAX_CENTS:
        return None, problem(TOO_LARGE)
    return cents, None


_MONTH_NAMES = {name: i for i, names in enumerate(
    (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
     ("dec", "december")), start=1) for name in names}


def month(text: str) -> tuple[int, int] | None:
    """A calendar month as billing exports write it: 2026-03, 2026/3, 2026.03, 2026年3月, 202603, 3/2026,
    Mar 2026, 2026-03-01 (a day of it). None when it is not a month."""
    text = unicodedata.normalize("NFKC", text).strip()
    patterns = ((r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?(?:\s*[-/.]?\s*\d{1,2}\s*日?)?(?:[ T].*)?", "ym"),
                (r"(\d{4})(\d{2})", "ym"), (r"(\d{1,2})\s*[-/.]\s*(\d{4})", "my"))
    for pattern, order in patterns:
        found = re.fullmatch(pattern, text)
        if found:
            a, b = int(found.group(1)), int(found.group(2))
            year, number = (a, b) if order == "ym" else (b, a)
            return (year, number) if 1 <= number <= 12 and 1900 <= year <= 2999 else None
    words = re.fullmatch(r"([A-Za-z]+)\.?\s*,?\s*(\d{4})|(\d{4})\s*([A-Za-z]+)\.?", text)
    if words:
        name, year = (words.group(1), words.group(2)) if words.group(1) else (words.group(4), words.group(3))
        number = _MONTH_NAMES.get(name.lower())
        if number and 1900 <= int(year) <= 2999:
            return int(year), number
    return None
