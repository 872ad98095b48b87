"""Field checks for what a user types: each returns a message, or None when the value is fine.

Messages are plain English; the UI translates them by the same text (they go through ``tr`` there).
"""

from __future__ import annotations

import re

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
PHONE = re.compile(r"^\+?[\d\s().\-/]+((\s*(x|ext\.?)\s*)\d{1,6})?$", re.IGNORECASE)
WEBSITE = re.compile(r"^(https?://)?[^\s/]+\.[^\s/]{2,}(/\S*)?$", re.IGNORECASE)

LIMITS = {
    "name": 200, "industry": 100, "address": 300, "city": 100, "website": 200, "owner": 100,
    "notes": 10_000, "title": 100, "label": 50, "phone": 40, "email": 254, "tag": 50,
}


def required(value: str) -> str | None:
    return "Required." if not value.strip() else None


def length(value: str, field: str) -> str | None:
    limit = LIMITS[field]
    return f"At most {limit} characters (now {len(value)})." if len(value) > limit else None


def email(value: str) -> str | None:
    if not value:
        return None
    return length(value, "email") or (None if EMAIL.match(value) else "Not an email address, e.g. name@example.com.")


def phone(value: str) -> str | None:
    if not value:
        return None
    if length(value, "phone"):
        return length(value, "phone")
    digit_count = sum(ch.isdigit() for ch in value)
    if not PHONE.match(value) or not 5 <= digit_count <= 20:
        return "Not a phone number: digits, spaces, + ( ) - allowed, e.g. +86 138 1234 5678."
    return None


def website(value: str) -> str | None:
    if not value:
        return None
    return length(value, "website") or (None if WEBSITE.match(value) else "Not a web address, e.g. www.example.com.")


def amount_cents(text: str) -> tuple[int | None, str | None]:
    """Parse a money amount typed by a user ("1,234.56", "752") into cents."""
    cleaned = text.strip().replace(",", "").replace("，", "").replace(" ", "")
    if not cleaned:
        return None, None
    if not re.fullmatch(r"\d+(\.\d{1,2})?", cleaned):
        return None, "Not an amount: digits with up to two decimals, e.g. 752.50."
    whole, _, frac = cleaned.partition(".")
    cents = int(whole) * 100 + int((frac + "00")[:2])
    if cents > 10**13:
        return None, "That amount is too large."
    return cents, None
