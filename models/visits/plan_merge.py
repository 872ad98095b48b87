"""A visit's plan that two people changed (a manager and the rep, or two windows): the rep's changes made on
the plan as it is now, field by field and row by row (models/team/three_way.py); the fields both changed
differently are the rep's to choose. The plan's status and readiness are not part of it: they change
through their own actions (Mark ready, an outcome), never through a plan's save."""

from __future__ import annotations

import dataclasses

from models.team.three_way import Conflict, merge_rows, merge_value
from models.visits.visits import PLAN_TEXTS, PlanData

SCALARS = ("planned_start", "duration_minutes", "place", "cycle_step", "approach_method", *PLAN_TEXTS)
LISTS = ("contact_ids", "questions", "products", "objections")


def merge_plans(base: PlanData, mine: PlanData, theirs: PlanData) -> tuple[PlanData, list[Conflict]]:
    """The merge (carrying theirs' version, so that saving it overwrites nothing) and its conflicts, each
    set to theirs until the rep chooses (``resolve_plan``)."""
    conflicts: list[Conflict] = []
    values = {name: merge_value(name, getattr(base, name), getattr(mine, name), getattr(theirs, name), conflicts)
              for name in SCALARS}
    # a row is known by what it says: a question reworded is one removed and one added
    key = lambda row: row if isinstance(row, int) else dataclasses.astuple(row)  # noqa: E731
    rows = {name: merge_rows(name, getattr(base, name), getattr(mine, name), getattr(theirs, name), key, conflicts)
            for name in LISTS}
    return dataclasses.replace(theirs, **values, **rows), conflicts


def resolve_plan(merged: PlanData, mine: PlanData, take_mine: set[str]) -> PlanData:
    """The merge with the rep's own value for the conflicts they chose (for a list, the rep's whole list)."""
    chosen = {top: getattr(mine, top) for top in (path.split(".")[0] for path in take_mine)
              if top in SCALARS or top in LISTS}
    return dataclasses.replace(merged, **chosen)
