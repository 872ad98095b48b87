"""Dates typed as people write them: 2026-12-03, 2026/12/3, 2026.12.3, 2026年12月3日, 12/3, 12-3, 12月3日,
with full-width digits too, and "today" / "tomorrow" / "+3" (days from today).

A day without a year is the next one from today (a date more than a month gone is next year's): a
follow-up or a promise is planned ahead. Month before day, as ISO dates and Chinese dates are written.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

_FULL = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_MONTH_DAY = re.compile(r"^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$")
_IN_DAYS = re.compile(r"^\+\s*(\d{1,4})\s*[dD天]?$")
WORDS = {"today": 0, "今天": 0, "今日": 0, "tomorrow": 1, "明天": 1, "明日": 1, "后天": 2}
LAST_YEAR_AFTER = dt.timedelta(days=31)


def parse_date(text: str, today: dt.date) -> dt.date | None:
    """The date ``text`` means, or None when it is not one (an empty text is None too)."""
    value = unicodedata.normalize("NFKC", text).strip().lower()
    if not value:
        return None
    if value in WORDS:
        return today + dt.timedelta(days=WORDS[value])
    if match := _IN_DAYS.match(value):
        return today + dt.timedelta(days=int(match.group(1)))
    match = _FULL.match(value) or _COMPACT.match(value)
    if match:
        return _date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    if match := _MONTH_DAY.match(value):
        month, day = int(match.group(1)), int(match.group(2))
        this_year = _date(today.year, month, day)
        if this_year is None and (month, day) == (2, 29):
            return _next_leap_day(today)
        if this_year is not None and this_year < today - LAST_YEAR_AFTER:
            return _date(today.year + 1, month, day) or this_year
        return this_year
    return None


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day) if 1900 <= year <= 2999 else None
    except ValueError:
        return None


def _next_leap_day(today: dt.date) -> dt.date | None:
    for year in range(today.year, today.year + 8):
        found = _date(year, 2, 29)
        if found is not None and found >= today - LAST_YEAR_AFTER:
            return found
    return None
