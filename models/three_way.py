"""Three-way merge of a record two people changed: what it was when the rep opened it (``base``), what
the rep made of it (``mine``) and what it is now (``theirs``, saved by someone else meanwhile). (Merging
two customers that are one person is something else: models/merge.py.)

A field only one side changed takes that side's value; a field both changed to the same value is that
value; a field both changed differently is a conflict, for the rep to choose (the merge keeps theirs
until they do). Lists of rows merge row by row: rows the rep added or removed are added to or removed
from theirs; a row changed on both sides is a conflict of that row.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Conflict:
    field: str  # the field's path: "city", "contacts.3.title", "spend.2026-10", "channels"
    base: Any
    mine: Any
    theirs: Any


def merge_value(path: str, base: Any, mine: Any, theirs: Any, conflicts: list[Conflict]) -> Any:
    if mine == base or mine == theirs:
        return theirs
    if theirs == base:
        return mine
    conflicts.append(Conflict(path, base, mine, theirs))
    return theirs


def merge_rows(path: str, base: Sequence[T], mine: Sequence[T], theirs: Sequence[T], key: Callable[[T], Hashable],
               conflicts: list[Conflict], merge_row: Callable[[str, T, T, T, list[Conflict]], T] | None = None) -> list[T]:
    """Rows known by ``key``: theirs, with the rep's additions, without the rep's removals (a row the rep
    removed that theirs changed is kept, as a conflict), each row in both merged by ``merge_row``."""
    base_by = {key(r): r for r in base}
    mine_by = {key(r): r for r in mine}
    result = []
    for row in theirs:
        k = key(row)
        if k in base_by and k not in mine_by:  # the rep removed it
            if row != base_by[k]:
                conflicts.append(Conflict(f"{path}.{k}", base_by[k], None, row))
                result.append(row)
            continue
        if k in base_by and k in mine_by and merge_row is not None:
            row = merge_row(f"{path}.{k}", base_by[k], mine_by[k], row, conflicts)
        elif k in base_by and k in mine_by and mine_by[k] != base_by[k]:
            row = merge_value(f"{path}.{k}", base_by[k], mine_by[k], row, conflicts)
        result.append(row)
    theirs_keys = {key(r) for r in theirs}
    for row in mine:  # the rep's additions (rows that were not there when they opened the record)
        k = key(row)
        if k not in base_by and k not in theirs_keys:
            result.append(row)
    return result


def merge_dicts(path: str, base: dict, mine: dict, theirs: dict, conflicts: list[Conflict], label=str) -> dict:
    result = {}
    for k in sorted(set(base) | set(mine) | set(theirs), key=repr):
        value = merge_value(f"{path}.{label(k)}", base.get(k), mine.get(k), theirs.get(k), conflicts)
        if value is not None:
            result[k] = value
    return result
