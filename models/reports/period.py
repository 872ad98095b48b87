"""A report's period: an ISO week, a calendar month or a quarter, from its first day to the day after its last."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from models.errors import KnownError
from models.runtime.translatable import QT_TRANSLATE_NOOP

WEEK, MONTH, QUARTER = "week", "month", "quarter"
KINDS = (WEEK, MONTH, QUARTER)
ISO_WEEK = re.compile(r"\s*(\d{4})-?W(\d{1,2})\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Period:
    kind: str
    start: dt.date
    end: dt.date  # the day after the last

    @classmethod
    def of(cls, kind: str, day: dt.date) -> Period:
        """The week (Monday to Sunday), month or quarter that ``day`` is in."""
        if kind == WEEK:
            start = day - dt.timedelta(days=day.weekday())
            return cls(WEEK, start, start + dt.timedelta(days=7))
        first_month = day.month if kind == MONTH else 3 * ((day.month - 1) // 3) + 1
        start = dt.date(day.year, first_month, 1)
        return cls(kind, start, _months_on(start, 1 if kind == MONTH else 3))

    @classmethod
    def iso_week(cls, spelled: str) -> Period:
        """``2026-W49`` (or ``2026W49``) as that ISO week; a clear error for anything else."""
        match = ISO_WEEK.fullmatch(spelled)
        if not match or int(match[1]) < 1:
            raise KnownError(QT_TRANSLATE_NOOP("errors", "%1 is not a week: write it as year-W and the week's "
                                                         "number, for example 2026-W49."), spelled)
        year, week = int(match[1]), int(match[2])
        last = dt.date(year, 12, 28).isocalendar().week  # (the 28th of December is in the year's last week)
        if not 1 <= week <= last:
            raise KnownError(QT_TRANSLATE_NOOP("errors", "%1 has no week %2: its weeks are W01 to W%3."),
                             str(year), f"{week:02d}", str(last))
        return cls.of(WEEK, dt.date.fromisocalendar(year, week, 1))

    @property
    def last_day(self) -> dt.date:
        return self.end - dt.timedelta(days=1)

    def following(self) -> Period:
        return Period.of(self.kind, self.end)

    def preceding(self) -> Period:
        return Period.of(self.kind, self.start - dt.timedelta(days=1))

    @property
    def label(self) -> str:
        """2026-W49, 2026-12 or 2026-Q4: the same in every language."""
        if self.kind == WEEK:
            year, week, _ = self.start.isocalendar()
            return f"{year}-W{week:02d}"
        if self.kind == MONTH:
            return f"{self.start:%Y-%m}"
        return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"

    @property
    def days_label(self) -> str:
        return f"{self.start:%Y-%m-%d} – {self.last_day:%Y-%m-%d}"

    def start_time(self) -> dt.datetime:
        return dt.datetime.combine(self.start, dt.time())

    def end_time(self) -> dt.datetime:
        return dt.datetime.combine(self.end, dt.time())


def _months_on(first: dt.date, months: int) -> dt.date:
    index = first.year * 12 + first.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def months_ending(day: dt.date, count: int) -> list[tuple[int, int]]:
    """The ``count`` calendar months up to the one ``day`` is in, oldest first, as (year, month)."""
    index = day.year * 12 + day.month - 1
    return [((i // 12), i % 12 + 1) for i in range(index - count + 1, index + 1)]
