"""The names of a customer record's fields as the record's window shows them: the editor's form uses
them (with their access keys), and a message about a field (what two windows changed) names it the same
way, without the key."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CUSTOMER = {
    "kind": QT_TRANSLATE_NOOP("CustomerEditor", "&Kind"),
    "name": QT_TRANSLATE_NOOP("CustomerEditor", "&Name*"),
    "segment": QT_TRANSLATE_NOOP("CustomerEditor", "Se&gment"),
    "industry": QT_TRANSLATE_NOOP("CustomerEditor", "&Industry"),
    "address": QT_TRANSLATE_NOOP("CustomerEditor", "Add&ress"),
    "city": QT_TRANSLATE_NOOP("CustomerEditor", "&City"),
    "website": QT_TRANSLATE_NOOP("CustomerEditor", "&Website"),
    "owner": QT_TRANSLATE_NOOP("CustomerEditor", "&Owner"),
    "relationship_level": QT_TRANSLATE_NOOP("CustomerEditor", "Relationship"),
    "contact_level": QT_TRANSLATE_NOOP("CustomerEditor", "Contact level"),
    "psychology": QT_TRANSLATE_NOOP("CustomerEditor", "Buying psychology"),
    "lifecycle_stage": QT_TRANSLATE_NOOP("CustomerEditor", "&Lifecycle stage"),
    "stage_entered_on": QT_TRANSLATE_NOOP("CustomerEditor", "In this stage since"),
    "referred_by_id": QT_TRANSLATE_NOOP("CustomerEditor", "Re&ferred by"),
    "channels": QT_TRANSLATE_NOOP("CustomerEditor", "Phones, emails"),
    "tags": QT_TRANSLATE_NOOP("CustomerEditor", "&Tags"),
    "notes": QT_TRANSLATE_NOOP("CustomerEditor", "Not&es"),
    "archived": QT_TRANSLATE_NOOP("CustomerEditor", "Archived"),
    "contacts": QT_TRANSLATE_NOOP("CustomerEditor", "&People"),
    "key_dates": QT_TRANSLATE_NOOP("CustomerEditor", "D&ates"),
    "tier": QT_TRANSLATE_NOOP("SpendTab", "Confirmed &tier"),
    "spend": QT_TRANSLATE_NOOP("SpendTab", "Spend"),
    "acquisition_cost_cents": QT_TRANSLATE_NOOP("ValueBox", "A&cquisition cost"),
}
CONTACT = {
    "name": QT_TRANSLATE_NOOP("ContactsTab", "&Name*"),
    "title": QT_TRANSLATE_NOOP("ContactsTab", "&Title"),
    "buying_role": QT_TRANSLATE_NOOP("ContactsTab", "Buying &role"),
    "attitude": QT_TRANSLATE_NOOP("ContactsTab", "Attitude to &us"),
    "influence": QT_TRANSLATE_NOOP("ContactsTab", "&Influence"),
    "channels": QT_TRANSLATE_NOOP("ContactsTab", "Phones, emails"),
    "notes": QT_TRANSLATE_NOOP("ContactsTab", "Notes"),
}
_CONTEXT = {"tier": "SpendTab", "spend": "SpendTab", "acquisition_cost_cents": "ValueBox"}


def customer(name: str) -> str:
    """The label of a customer's field in the editor's form, with its access key ("&City")."""
    return QCoreApplication.translate(_CONTEXT.get(name, "CustomerEditor"), CUSTOMER[name])


def contact(name: str) -> str:
    return QCoreApplication.translate("ContactsTab", CONTACT[name])


def plain(label: str) -> str:
    """A form label as a message names it: "&City" -> "City", "城市(&C)" -> "城市", "&Name*" -> "Name"."""
    label = re.sub(r"\s*\(&[^&]\)", "", label)
    return re.sub(r"&(.)", r"\1", label).rstrip("*").strip()
