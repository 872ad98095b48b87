"""What an undo or redo left as it was, in words: which record, which field, and why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.undo import CHANGED, GONE, IN_USE, PARENT_GONE, TAKEN, Left

MAX_LINES = 8


def tr(text: str) -> str:
    return QCoreApplication.translate("UndoText", text)


def _things() -> dict[str, str]:
    return {
        "customers": tr("customer"), "contacts": tr("contact"), "channels": tr("phone or email"),
        "key_dates": tr("date"), "monthly_spend": tr("month's spend"), "customer_tags": tr("tag"),
        "tags": tr("tag"), "visits": tr("visit"), "visit_contacts": tr("person to meet"),
        "plan_questions": tr("question"), "plan_products": tr("product"), "plan_objections": tr("objection"),
        "checklist_items": tr("checklist item"), "outcomes": tr("outcome"), "met_objections": tr("objection met"),
        "promises": tr("promise"), "follow_ups": tr("follow-up"), "suggestion_decisions": tr("answer to a suggestion"),
    }


def _fields() -> dict[str, str]:
    return {
        "name": tr("name"), "industry": tr("industry"), "address": tr("address"), "city": tr("city"),
        "website": tr("website"), "owner": tr("owner"), "notes": tr("notes"), "segment": tr("segment"),
        "tier": tr("tier"), "lifecycle_stage": tr("lifecycle stage"), "stage_entered_on": tr("stage since"),
        "relationship_level": tr("relationship"), "contact_level": tr("contact level"),
        "psychology": tr("buying psychology"), "archived": tr("archived"), "referred_by_id": tr("referred by"),
        "acquisition_cost_cents": tr("acquisition cost"), "title": tr("title"), "value": tr("value"),
        "label": tr("label"), "amount_cents": tr("amount"), "date": tr("date"), "kind": tr("kind"),
        "status": tr("status"), "done_at": tr("done"), "due_on": tr("due date"), "contact_id": tr("contact"),
        "customer_id": tr("customer"), "visit_id": tr("visit"),
    }


def _reasons() -> dict[str, str]:
    return {
        CHANGED: tr("changed since; kept as it is now"),
        GONE: tr("deleted since"),
        IN_USE: tr("kept: something added since belongs to it"),
        TAKEN: tr("entered again since; kept as it is now"),
        PARENT_GONE: tr("what it belongs to was deleted since"),
    }


def line(item: Left) -> str:
    thing = _things().get(item.table, item.table)
    field = _fields().get(item.column or "", (item.column or "").replace("_", " "))
    what = f"{thing} “{item.name}”" if item.name else thing
    if item.customer and not (item.table == "customers"):
        what = f"{item.customer}: {what}"
    if field:
        what = f"{what} ({field})"
    return f"{what}: {_reasons().get(item.reason, item.reason)}"


def summary(title: str, left: list[Left], undone: bool) -> str:
    head = (tr("%1 was undone, except what changed since:") if undone
            else tr("%1 was redone, except what changed since:")).replace("%1", title)
    lines = [line(item) for item in left[:MAX_LINES]]
    if len(left) > MAX_LINES:
        lines.append(tr("and %1 more").replace("%1", f"{len(left) - MAX_LINES:,}"))
    return head + "\n\n" + "\n".join(f"• {text}" for text in lines)
