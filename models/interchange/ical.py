"""Visits, open follow-ups and key dates as iCalendar (RFC 5545), built with the icalendar library (text
escaping, folding by octets): visits at their time in UTC (converted from this computer's time zone,
daylight saving included), follow-ups and dates as all-day events, yearly dates repeating yearly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Calendar, Event
from sqlalchemy import select

from models import APP_NAME, __version__
from models.db import Database
from models.entities import Contact, Customer, FollowUp, KeyDate, Visit
from models.vocabulary import VisitStatus

DOMAIN = "fieldbrief.local"


def to_utc(local: dt.datetime) -> dt.datetime:
    """A stored (naive, this computer's local) time as UTC."""
    return local.astimezone().astimezone(dt.UTC)


def calendar(db: Database, now: dt.datetime | None = None) -> Calendar:
    stamp = to_utc(now or dt.datetime.now())
    cal = Calendar()
    cal.add("prodid", f"-//{APP_NAME}//{__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    with db.session() as s:
        for visit_id, start, minutes, place, purpose, name in s.execute(
                select(Visit.id, Visit.planned_start, Visit.duration_minutes, Visit.place, Visit.purpose, Customer.name)
                .join(Customer).where(Visit.status != VisitStatus.CANCELLED).order_by(Visit.planned_start)):
            event = _event(f"visit-{visit_id}", stamp, f"Visit: {name}", purpose)
            event.add("dtstart", to_utc(start))
            event.add("dtend", to_utc(start + dt.timedelta(minutes=minutes)))
            if place:
                event.add("location", place)
            cal.add_component(event)
        for follow_id, due, channel, brings, name in s.execute(
                select(FollowUp.id, FollowUp.due_on, FollowUp.channel, FollowUp.brings, Customer.name)
                .join(Customer).where(FollowUp.done_at.is_(None)).order_by(FollowUp.due_on)):
            event = _event(f"follow-up-{follow_id}", stamp, f"Follow-up ({channel.value}): {name}", brings)
            _all_day(event, due)
            cal.add_component(event)
        for date_id, kind, label, date, yearly, name, person in s.execute(
                select(KeyDate.id, KeyDate.kind, KeyDate.label, KeyDate.date, KeyDate.yearly, Customer.name,
                       Contact.name).join(Customer, KeyDate.customer_id == Customer.id)
                .outerjoin(Contact, KeyDate.contact_id == Contact.id).order_by(KeyDate.id)):
            who = f"{person} ({name})" if person else name
            title = f"{kind.value.replace('_', ' ').capitalize()}: {who}" + (f" · {label}" if label else "")
            event = _event(f"date-{date_id}", stamp, title, "")
            _all_day(event, date)
            if yearly:
                event.add("rrule", {"freq": "yearly"})
            cal.add_component(event)
    return cal


def _event(uid: str, stamp: dt.datetime, summary: str, description: str) -> Event:
    event = Event()
    event.add("uid", f"{uid}@{DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("summary", summary)
    if description:
        event.add("description", description)
    return event


def _all_day(event: Event, day: dt.date) -> None:
    event.add("dtstart", day)
    event.add("dtend", day + dt.timedelta(days=1))


def export_ics(db: Database, target: Path) -> int:
    cal = calendar(db)
    part = target.with_name(target.name + ".part")
    part.write_bytes(cal.to_ical())
    part.replace(target)
    return len(cal.subcomponents)
