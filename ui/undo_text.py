"""What an undo or redo left as it was, in words: which record, which field, and why."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from models.book.undo import CHANGED, GONE, IN_USE, PARENT_GONE, TAKEN, Left

MAX_LINES = 8
CONTEXT = "UndoText"

THINGS = {
    "customers": QT_TRANSLATE_NOOP("UndoText", "customer"),
    "contacts": QT_TRANSLATE_NOOP("UndoText", "contact"),
    "channels": QT_TRANSLATE_NOOP("UndoText", "phone or email"),
    "key_dates": QT_TRANSLATE_NOOP("UndoText", "date"),
    "monthly_spend": QT_TRANSLATE_NOOP("UndoText", "month's spend"),
    "customer_tags": QT_TRANSLATE_NOOP("UndoText", "tag"),
    "tags": QT_TRANSLATE_NOOP("UndoText", "tag"),
    "visits": QT_TRANSLATE_NOOP("UndoText", "visit"),
    "visit_contacts": QT_TRANSLATE_NOOP("UndoText", "person to meet"),
    "plan_questions": QT_TRANSLATE_NOOP("UndoText", "question"),
    "plan_products": QT_TRANSLATE_NOOP("UndoText", "product"),
    "plan_objections": QT_TRANSLATE_NOOP("UndoText", "objection"),
    "checklist_items": QT_TRANSLATE_NOOP("UndoText", "checklist item"),
    "outcomes": QT_TRANSLATE_NOOP("UndoText", "outcome"),
    "met_objections": QT_TRANSLATE_NOOP("UndoText", "objection met"),
    "promises": QT_TRANSLATE_NOOP("UndoText", "promise"),
    "follow_ups": QT_TRANSLATE_NOOP("UndoText", "follow-up"),
    "suggestion_decisions": QT_TRANSLATE_NOOP("UndoText", "answer to a suggestion"),
    "settings": QT_TRANSLATE_NOOP("UndoText", "setting"),
}
FIELDS = {
    "name": QT_TRANSLATE_NOOP("UndoText", "name"),
    "industry": QT_TRANSLATE_NOOP("UndoText", "industry"),
    "address": QT_TRANSLATE_NOOP("UndoText", "address"),
    "city": QT_TRANSLATE_NOOP("UndoText", "city"),
    "website": QT_TRANSLATE_NOOP("UndoText", "website"),
    "owner": QT_TRANSLATE_NOOP("UndoText", "owner"),
    "notes": QT_TRANSLATE_NOOP("UndoText", "notes"),
    "segment": QT_TRANSLATE_NOOP("UndoText", "segment"),
    "tier": QT_TRANSLATE_NOOP("UndoText", "tier"),
    "lifecycle_stage": QT_TRANSLATE_NOOP("UndoText", "lifecycle stage"),
    "stage_entered_on": QT_TRANSLATE_NOOP("UndoText", "stage since"),
    "relationship_level": QT_TRANSLATE_NOOP("UndoText", "relationship"),
    "contact_level": QT_TRANSLATE_NOOP("UndoText", "contact level"),
    "psychology": QT_TRANSLATE_NOOP("UndoText", "buying psychology"),
    "archived": QT_TRANSLATE_NOOP("UndoText", "archived"),
    "referred_by_id": QT_TRANSLATE_NOOP("UndoText", "referred by"),
    "acquisition_cost_cents": QT_TRANSLATE_NOOP("UndoText", "acquisition cost"),
    "title": QT_TRANSLATE_NOOP("UndoText", "title"),
    "value": QT_TRANSLATE_NOOP("UndoText", "value"),
    "label": QT_TRANSLATE_NOOP("UndoText", "label"),
    "amount_cents": QT_TRANSLATE_NOOP("UndoText", "amount"),
    "date": QT_TRANSLATE_NOOP("UndoText", "date"),
    "kind": QT_TRANSLATE_NOOP("UndoText", "kind"),
    "status": QT_TRANSLATE_NOOP("UndoText", "status"),
    "done_at": QT_TRANSLATE_NOOP("UndoText", "done"),
    "due_on": QT_TRANSLATE_NOOP("UndoText", "due date"),
    "contact_id": QT_TRANSLATE_NOOP("UndoText", "contact"),
    "customer_id": QT_TRANSLATE_NOOP("UndoText", "customer"),
    "visit_id": QT_TRANSLATE_NOOP("UndoText", "visit"),
}
REASONS = {
    CHANGED: QT_TRANSLATE_NOOP("UndoText", "changed since; kept as it is now"),
    GONE: QT_TRANSLATE_NOOP("UndoText", "deleted since"),
    IN_USE: QT_TRANSLATE_NOOP("UndoText", "kept: something added since belongs to it"),
    TAKEN: QT_TRANSLATE_NOOP("UndoText", "entered again since; kept as it is now"),
    PARENT_GONE: QT_TRANSLATE_NOOP("UndoText", "what it belongs to was deleted since"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def line(item: Left) -> str:
    thing = tr(THINGS.get(item.table, item.table))
    field = tr(FIELDS[item.column]) if item.column in FIELDS else (item.column or "").replace("_", " ")
    what = f"{thing} “{item.name}”" if item.name else thing
    if item.customer and item.table != "customers":
        what = f"{item.customer}: {what}"
    if field:
        what = f"{what} ({field})"
    return f"{what}: {tr(REASONS.get(item.reason, item.reason))}"


def summary(title: str, left: list[Left], undone: bool) -> str:
    head = tr(QT_TRANSLATE_NOOP("UndoText", "%1 was undone, except what changed since:") if undone
              else QT_TRANSLATE_NOOP("UndoText", "%1 was redone, except what changed since:"))
    lines = [line(item) for item in left[:MAX_LINES]]
    if len(left) > MAX_LINES:
        lines.append(tr(QT_TRANSLATE_NOOP("UndoText", "and %1 more")).replace("%1", f"{len(left) - MAX_LINES:,}"))
    return head.replace("%1", title) + "\n\n" + "\n".join(f"• {text}" for text in lines)
