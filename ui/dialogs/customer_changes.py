"""What two people changed in one customer record, in the words of the record's window: each change of a
merge (models.book.customers.CustomerMerge) as a line of the conflict dialog, with the field named as the
editor names it (a person by their name, a month of spend as money) and never a database id."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from models.book.customers import ChannelData, ContactData, CustomerMerge, KeyDateData
from models.team.three_way import Conflict
from ui import field_labels, labels
from ui.dialogs.conflict_dialog import ChangeLine

VOCABULARY = {"kind": labels.kind, "segment": labels.segment, "relationship_level": labels.relationship,
              "contact_level": labels.contact_level, "psychology": labels.psychology, "lifecycle_stage": labels.stage,
              "tier": labels.tier, "buying_role": labels.buying_role, "attitude": labels.attitude,
              "influence": labels.influence}


NO_NAME = QT_TRANSLATE_NOOP("ConflictDialog", "(no name)")
CHANGED_TO = QT_TRANSLATE_NOOP("ConflictDialog", "%1 changed to %2")


def tr(text: str) -> str:
    return QCoreApplication.translate("ConflictDialog", text)


def lines(merge: CustomerMerge, customer_name: Callable[[int], str]) -> list[ChangeLine]:
    """A line for every change either side made, the conflicts first."""
    conflicts = {c.field for c in merge.conflicts}
    words = _Words(merge.people, customer_name)
    found = [ChangeLine(c.field, words.label(c.field, c), words.value(c.field, c.base),
                        words.side(c.field, c.base, c.mine), words.side(c.field, c.base, c.theirs), c.field in conflicts)
             for c in merge.changes]
    return sorted(found, key=lambda line: not line.conflict)


class _Words:
    def __init__(self, people: dict, customer_name: Callable[[int], str]):
        self.people = people
        self.customer_name = customer_name

    def label(self, path: str, change: Conflict) -> str:
        parts = path.split(".")
        top = parts[0]
        if top == "spend":  # spend.2026-11
            return f"{field_labels.plain(field_labels.customer('spend'))} {parts[1]}"
        if top == "contacts":
            row = next(v for v in (change.base, change.theirs, change.mine) if v is not None) \
                if len(parts) == 2 else None
            person = row.name if row is not None else self.people.get(_key(parts[1]), "")
            person = person or tr(NO_NAME)
            if len(parts) == 2:  # the person as a whole: added, removed
                return person
            return f"{person}: {field_labels.plain(field_labels.contact(parts[2]))}"
        return field_labels.plain(field_labels.customer(top))

    def side(self, path: str, base, value) -> str | None:
        """What one side made of the field: its value, or what it did to the row (None: nothing)."""
        if value == base:
            return None
        if base is None and _is_row(path):
            return tr(QT_TRANSLATE_NOOP("ConflictDialog", "Added: %1")).replace("%1", self.value(path, value))
        if value is None and _is_row(path):
            return tr(QT_TRANSLATE_NOOP("ConflictDialog", "Removed"))
        if isinstance(value, ContactData):
            return "; ".join(self._contact_change(base, value)) or None
        return self.value(path, value)

    def _contact_change(self, base: ContactData, value: ContactData) -> list[str]:
        found = []
        for name in ("name", "title", "buying_role", "attitude", "influence", "notes"):
            before, after = getattr(base, name), getattr(value, name)
            if before != after:
                found.append(tr(CHANGED_TO).replace("%1", field_labels.plain(field_labels.contact(name)))
                             .replace("%2", self._field(name, after)))
        if [_channel(c) for c in base.channels] != [_channel(c) for c in value.channels]:
            found.append(tr(CHANGED_TO).replace("%1", field_labels.plain(field_labels.contact("channels")))
                         .replace("%2", ", ".join(self._channel(c) for c in value.channels) or "—"))
        return found

    def value(self, path: str, value) -> str:
        if value is None:
            return "—"
        parts = path.split(".")
        if isinstance(value, ChannelData):
            return self._channel(value)
        if isinstance(value, KeyDateData):
            return self._date(value)
        if isinstance(value, ContactData):
            return ", ".join(v for v in (value.name, value.title, labels.buying_role(value.buying_role)) if v)
        if parts[0] == "spend":
            return labels.money(value)
        return self._field(parts[-1], value)

    def _field(self, name: str, value) -> str:
        if value is None or value == "":
            return "—"
        if name in VOCABULARY:
            return VOCABULARY[name](value) or "—"
        if name == "acquisition_cost_cents":
            return labels.money(value)
        if name == "referred_by_id":
            return self.customer_name(value) or "—"
        if name == "archived":
            return tr(QT_TRANSLATE_NOOP("ConflictDialog", "Yes") if value else QT_TRANSLATE_NOOP("ConflictDialog", "No"))
        if hasattr(value, "isoformat"):
            return value.isoformat()
        return str(value)

    def _channel(self, channel: ChannelData) -> str:
        kind = QCoreApplication.translate("ChannelTable", "Email" if channel.kind == "email" else "Phone")
        named = labels.channel_label(channel.label)
        return f"{kind} ({named}): {channel.value}" if named else f"{kind}: {channel.value}"

    def _date(self, date: KeyDateData) -> str:
        day = date.date.isoformat() if date.year_known else labels.day_month(date.date)
        text = " ".join(v for v in (labels.key_date_kind(date.kind), f"“{date.label}”" if date.label else "", day) if v)
        if date.contact is not None:
            text += f" ({self.people.get(date.contact, '') or tr(NO_NAME)})"
        return text


def _is_row(path: str) -> bool:
    """A path that names a row (a phone, a person, a date, a tag), not one of its fields."""
    parts = path.split(".")
    return parts[0] in ("channels", "tags", "key_dates") or parts[0] == "contacts" and len(parts) in (2, 4)


def _key(text: str):
    return int(text) if text.isdigit() else text


def _channel(channel: ChannelData) -> tuple:
    return channel.kind, channel.value, channel.label
