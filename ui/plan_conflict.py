"""A visit's plan saved elsewhere while the planner had it open (a manager, another window): the rep's
changes are made on the plan as it is now (models/plan_merge.py); only when both changed the same field
the rep chooses, in the conflict window. Nothing is overwritten without the rep saying so."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QWidget

from models.plan_merge import merge_plans, resolve_plan
from models.visits import PlanData


def settle(parent: QWidget, title: str, base: PlanData, mine: PlanData, theirs: PlanData) -> PlanData | None:
    """The plan to save now (carrying theirs' version), or None if the rep cancelled (nothing saved yet;
    what they typed stays in the window)."""
    from ui.dialogs import conflict_dialog

    merged, conflicts = merge_plans(base, mine, theirs)
    if not conflicts:
        return merged
    choice, take_mine = conflict_dialog.ask(parent, title, conflicts)
    if choice is None:
        return None
    if choice is conflict_dialog.Choice.THEIRS:
        return theirs
    if choice is conflict_dialog.Choice.MINE:
        return dataclasses.replace(mine, version=theirs.version)
    return resolve_plan(merged, mine, take_mine)
