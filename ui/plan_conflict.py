"""A visit's plan saved elsewhere while the planner had it open (a manager, another window): the rep's
changes are made on the plan as it is now (models/visits/plan_merge.py); only when both changed the same field
the rep chooses, in the conflict window, which shows everything either side changed. Nothing is
overwritten without the rep saying so."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from models.runtime.translatable import QT_TRANSLATE_NOOP
from models.visits.plan_merge import LISTS, SCALARS, merge_plans, resolve_plan
from models.visits.visits import PlanData
from ui import labels


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanConflict", text)


LABELS = {
    "planned_start": QT_TRANSLATE_NOOP("PlanConflict", "When"),
    "duration_minutes": QT_TRANSLATE_NOOP("PlanConflict", "Duration"),
    "place": QT_TRANSLATE_NOOP("PlanConflict", "Place"),
    "contact_ids": QT_TRANSLATE_NOOP("PlanConflict", "People to meet"),
    "cycle_step": QT_TRANSLATE_NOOP("PlanConflict", "Sales cycle step"),
    "approach_method": QT_TRANSLATE_NOOP("PlanConflict", "Approach"),
    "purpose": QT_TRANSLATE_NOOP("PlanConflict", "Purpose"),
    "action_plan": QT_TRANSLATE_NOOP("PlanConflict", "Action plan"),
    "expected_result": QT_TRANSLATE_NOOP("PlanConflict", "Expected result"),
    "customer_profile": QT_TRANSLATE_NOOP("PlanConflict", "The customer"),
    "expected_reception": QT_TRANSLATE_NOOP("PlanConflict", "Expected reception"),
    "opening_line": QT_TRANSLATE_NOOP("PlanConflict", "Opening line"),
    "decision_maker_plan": QT_TRANSLATE_NOOP("PlanConflict", "Decision maker"),
    "next_step": QT_TRANSLATE_NOOP("PlanConflict", "Next step"),
    "questions": QT_TRANSLATE_NOOP("PlanConflict", "Questions"),
    "products": QT_TRANSLATE_NOOP("PlanConflict", "Products"),
    "objections": QT_TRANSLATE_NOOP("PlanConflict", "Objections"),
}
MINUTES = QT_TRANSLATE_NOOP("PlanConflict", "%1 min")


def settle(parent: QWidget, title: str, base: PlanData, mine: PlanData, theirs: PlanData,
           people: dict[int, str] | None = None) -> PlanData | None:
    """The plan to save now (carrying theirs' version), or None if the rep cancelled (nothing saved yet;
    what they typed stays in the window)."""
    from ui.dialogs import conflict_dialog

    mine, theirs = (_in_the_order_of(base, plan) for plan in (mine, theirs))
    merged, conflicts = merge_plans(base, mine, theirs)
    if not conflicts:
        return merged
    choice, take_mine = conflict_dialog.ask(parent, title, lines(base, mine, theirs, conflicts, people or {}))
    if choice is None:
        return None
    if choice is conflict_dialog.Choice.THEIRS:
        return theirs
    if choice is conflict_dialog.Choice.MINE:
        return dataclasses.replace(mine, version=theirs.version)
    return resolve_plan(merged, mine, take_mine)


def _in_the_order_of(base: PlanData, plan: PlanData) -> PlanData:
    """``plan`` with each list that holds the same rows as the base's in the base's order: the planner
    shows questions grouped by their kind, which is no change of anyone's."""
    same = {name: getattr(base, name) for name in LISTS
            if sorted(map(repr, getattr(plan, name))) == sorted(map(repr, getattr(base, name)))}
    return dataclasses.replace(plan, **same)


def lines(base: PlanData, mine: PlanData, theirs: PlanData, conflicts, people: dict[int, str]):
    """A line for each field either side changed; a list (questions…) is one line, kept whole."""
    from ui.dialogs.conflict_dialog import ChangeLine

    met = {conflict.field.split(".")[0] for conflict in conflicts}
    found = []
    for name in (*SCALARS, *LISTS):
        was, ours, other = (getattr(plan, name) for plan in (base, mine, theirs))
        if ours == was and other == was:
            continue
        text = lambda value: _text(name, value, people)  # noqa: E731
        found.append(ChangeLine(name, tr(LABELS[name]), text(was), None if ours == was else text(ours),
                                None if other == was else text(other), name in met))
    return found


def _text(name: str, value, people: dict[int, str]) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, dt.datetime):
        from PySide6.QtCore import QDateTime, QLocale

        return QLocale().toString(QDateTime(value), QLocale.FormatType.ShortFormat)
    if name == "duration_minutes":
        return tr(MINUTES).replace("%1", str(value))
    if name == "cycle_step":
        return labels.cycle_step(value)
    if name == "approach_method":
        return labels.approach(value)
    if name == "contact_ids":
        return ", ".join(people.get(cid, f"#{cid}") for cid in value) or "—"
    if name == "questions":
        return "\n".join(f"{labels.question_kind(row.kind)}: {row.text}" for row in value) or "—"
    if name in LISTS:  # products, objections: their texts
        return "\n".join(" · ".join(part for part in dataclasses.astuple(row) if part) for row in value) or "—"
    return str(value)
