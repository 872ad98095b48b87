"""Three-way merge of a record two people changed: what it was when the rep opened it (``base``), what
the rep made of it (``mine``) and what it is now (``theirs``, saved by someone else meanwhile). (The
import's merge of two customers that are one person is something else.)

A field only one side changed takes that side's value; a field both changed to the same value is that
value; a field both changed differently is a conflict, for the rep to choose (the merge keeps theirs
unless the rep keeps their own). Lists of rows merge row by row, each row known by its identity (its
database id): rows either side added are added, rows either side removed are removed, a row changed on
both sides is a conflict of that row (or, with ``merge_row``, of its fields), and a row one side removed
while the other changed it is a conflict too.

A ``Merge`` also lists every change either side made (``changes``), so that the rep sees what the other
side did even where it does not meet their own changes.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Conflict:
    """A field (or a row) with its three values; ``None`` for a row that is not there (removed, or not
    yet added). The field's path: "city", "contacts.3.title", "contacts.3", "spend.2026-10"."""

    field: str
    base: Any
    mine: Any
    theirs: Any


class Merge:
    """One three-way merge. ``keep_mine``: the paths of the conflicts where the rep keeps their own value
    (every other conflict keeps theirs). Once done: ``conflicts``, and ``changes``, every field or row
    either side changed (the conflicts among them), in the order met."""

    def __init__(self, keep_mine: Collection[str] = ()):
        self.keep_mine = frozenset(keep_mine)
        self.conflicts: list[Conflict] = []
        self.changes: list[Conflict] = []

    def value(self, path: str, base: Any, mine: Any, theirs: Any) -> Any:
        if mine != base or theirs != base:
            self.changes.append(Conflict(path, base, mine, theirs))
        if mine == base or mine == theirs:
            return theirs
        if theirs == base:
            return mine
        return self._conflict(path, base, mine, theirs)

    def _conflict(self, path: str, base: Any, mine: Any, theirs: Any) -> Any:
        self.conflicts.append(Conflict(path, base, mine, theirs))
        return mine if path in self.keep_mine else theirs

    def rows(self, path: str, base: Sequence[T], mine: Sequence[T], theirs: Sequence[T],
             key: Callable[[T], Hashable | None], merge_row: Callable[[Merge, str, T, T, T], T] | None = None,
             content: Callable[[T], Hashable] | None = None) -> list[T]:
        """Rows known by ``key`` (a row without one, ``None``, is new: only the rep's list has such rows,
        known by their place, "new0"...). Theirs' order, then the rep's rows theirs has not. A row in
        base and in both lists is merged by ``merge_row`` (field by field), or as one value. ``content``:
        what a row says (without its identity), so that a row both added is added once."""
        base_by, mine_by, theirs_by = keyed(base, key), keyed(mine, key), keyed(theirs, key)
        result: list[T] = []
        for k, t in theirs_by.items():
            p = f"{path}.{k}"
            if k not in base_by:  # theirs added it
                self.changes.append(Conflict(p, None, mine_by.get(k), t))
                result.append(t)
            elif k in mine_by:
                b, m = base_by[k], mine_by[k]
                result.append(merge_row(self, p, b, m, t) if merge_row is not None else self.value(p, b, m, t))
            elif self.value(p, base_by[k], None, t) is not None:  # the rep removed it (a conflict if theirs changed it)
                result.append(t)
        says = content or (lambda row: None)  # (without it, rows with the same key are the same row)
        added_by_them = {says(t) for k, t in theirs_by.items() if k not in base_by} - {None}
        for k, m in mine_by.items():
            if k in theirs_by:
                continue
            p = f"{path}.{k}"
            if k not in base_by:  # the rep added it (once, if theirs added the same)
                if says(m) not in added_by_them:
                    self.changes.append(Conflict(p, None, m, None))
                    result.append(m)
            elif self.value(p, base_by[k], m, None) is not None:  # they removed it, the rep changed it and keeps it
                result.append(m)
        for k, b in base_by.items():
            if k not in mine_by and k not in theirs_by:  # both removed it
                self.changes.append(Conflict(f"{path}.{k}", b, None, None))
        return result

    def dicts(self, path: str, base: dict, mine: dict, theirs: dict, label: Callable[[Any], str] = str) -> dict:
        """A mapping merged key by key (a key that is not there is a value of ``None``)."""
        result = {}
        for k in sorted(set(base) | set(mine) | set(theirs), key=repr):
            value = self.value(f"{path}.{label(k)}", base.get(k), mine.get(k), theirs.get(k))
            if value is not None:
                result[k] = value
        return result


def keyed(rows: Sequence[T], key: Callable[[T], Hashable | None]) -> dict[Hashable, T]:
    """The rows by their key, a row without one by its place ("new3")."""
    found: dict[Hashable, T] = {}
    for i, row in enumerate(rows):
        k = key(row)
        found[f"new{i}" if k is None else k] = row
    return found


# The functions of the first version, for the merges that need no more (a visit's plan).
def merge_value(path: str, base: Any, mine: Any, theirs: Any, conflicts: list[Conflict]) -> Any:
    merge = Merge()
    result = merge.value(path, base, mine, theirs)
    conflicts.extend(merge.conflicts)
    return result


def merge_rows(path: str, base: Sequence[T], mine: Sequence[T], theirs: Sequence[T], key: Callable[[T], Hashable],
               conflicts: list[Conflict]) -> list[T]:
    merge = Merge()
    result = merge.rows(path, base, mine, theirs, key)
    conflicts.extend(merge.conflicts)
    return result
