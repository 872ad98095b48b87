"""Undo that takes back only what an action did.

An action records what it changed (a ``Change``): the rows it inserted, the rows it deleted, and for
the rows it updated the values before and after. Undo applies the inverse of exactly that and redo
applies it again; neither touches a row or a column the action did not write. Where something the
action wrote has been changed since (by a later action, or by another program), it is left as it is
now and reported (``Left``), and the rest is still undone.

A small action is recorded by taking a ``Snapshot`` of the record it works on before and after
(everything that dies with it, found through the foreign keys declared ON DELETE CASCADE, and the rows
outside that point at it through ON DELETE SET NULL keys) and keeping their difference. A large import
records its inserted rows by id only (``Bulk``); the customers it touched carry a version, and a
customer whose version moved on since is left alone by the undo.

Ids are never reused (AUTOINCREMENT, see models/entities.py), so a deleted row goes back under its own id.

Why not sqlalchemy-history / SQLAlchemy-Continuum: both keep a version table per table and revert an
object to an earlier version as a whole, through the ORM's unit of work. That overwrites columns that
changed since, misses rows written through Core (the import's executemany), and doubles every write.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from weakref import WeakKeyDictionary

from sqlalchemy import Table, and_, bindparam, delete, false, not_, or_, select, tuple_, update
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.engine import Connection

from models.entities import DERIVED_CUSTOMER_COLUMNS, Base, now

# What a change never compares or writes back: the cache of derived columns and the bookkeeping columns.
BOOKKEEPING = frozenset({"updated_at", "version"})
IGNORED = {"customers": BOOKKEEPING | set(DERIVED_CUSTOMER_COLUMNS)}
REDO_LIMIT = 50_000  # an undone bulk import keeps its rows for redo up to this many
CHUNK = 500
Progress = Callable[[int, int], None]

Row = Mapping[str, object]
Key = tuple


def tables() -> dict[str, Table]:
    return Base.metadata.tables  # type: ignore[return-value]


_SORTED: tuple[int, list[Table]] = (-1, [])


def sorted_tables() -> list[Table]:
    """The tables, parents before children: MetaData sorts them anew each time it is asked (a few tenths
    of a millisecond, five times a save), so the order is kept until a table is added."""
    global _SORTED
    if _SORTED[0] != len(Base.metadata.tables):
        _SORTED = (len(Base.metadata.tables), list(Base.metadata.sorted_tables))
    return _SORTED[1]


def key_of(table: Table, row: Row) -> Key:
    names = _KEY_NAMES.get(table)
    if names is None:
        names = _KEY_NAMES[table] = tuple(c.name for c in table.primary_key.columns)
    return tuple(row[name] for name in names)


_KEY_NAMES: dict[Table, tuple[str, ...]] = {}


def compared(table_name: str, row: Row) -> dict:
    ignored = IGNORED.get(table_name, BOOKKEEPING)
    return {k: v for k, v in row.items() if k not in ignored}


# -- recording -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RowChange:
    table: str
    key: Key
    before: Row | None  # None: the action inserted the row
    after: Row | None  # None: the action deleted the row


@dataclass(frozen=True)
class Bulk:
    """Rows an action inserted, known by their ids (runs of consecutive ids, inclusive)."""

    table: str
    runs: tuple[tuple[int, int], ...]

    def count(self) -> int:
        return sum(b - a + 1 for a, b in self.runs)


@dataclass(frozen=True)
class Change:
    rows: tuple[RowChange, ...] = ()
    bulk: tuple[Bulk, ...] = ()
    # customer id -> its version once the action was done (the bulk rows of a customer whose version
    # moved on since are kept), and before it. Versions only go up (a window holding an older one must
    # not save over what an undo wrote): an undo that takes back all it did to a customer gives it a new
    # version that stands for the one it had before (``_same_as``), so that an earlier action's undo
    # still finds the customer as it left it
    versions: Mapping[int, int] = field(default_factory=dict)
    versions_before: Mapping[int, int] = field(default_factory=dict)
    customer_id: int | None = None  # the record the action was about (the window selects it)

    def __bool__(self) -> bool:
        return bool(self.rows or self.bulk)

    def customer_ids(self) -> set[int]:
        found = set(self.versions)
        for row in self.rows:
            for values in (row.before, row.after):
                if values is None:
                    continue
                if row.table == "customers":
                    found.add(values["id"])
                elif "customer_id" in values:
                    found.add(values["customer_id"])
        if self.customer_id is not None:
            found.add(self.customer_id)
        return found

    def inserted(self, table: str) -> list[Row]:
        return [r.after for r in self.rows if r.table == table and r.before is None and r.after is not None]


Snapshot = dict[str, dict[Key, dict]]  # table name -> primary key -> row


_SELECTS: dict[tuple, object] = {}


def _rows_where_in(table: Table, columns: tuple, single: bool) -> object:
    """``SELECT * FROM table WHERE c1 IN (...) OR c2 IN (...)``, built once per table and columns (a
    statement built anew each time costs more Python than the database takes to run it); the lists go
    in the parameters ``k0``, ``k1``… ``single``: each list has one value, compared with ``=`` (an IN
    list is rewritten into the statement at each execution, which costs more than the query itself)."""
    statement = _SELECTS.get((table, columns, single))
    if statement is None:
        statement = select(table).where(or_(*(c == bindparam(f"k{i}") if single
                                              else c.in_(bindparam(f"k{i}", expanding=True))
                                              for i, c in enumerate(columns))))
        _SELECTS[(table, columns, single)] = statement
    return statement


def _read_where_in(conn: Connection, table: Table, lists: list[tuple[object, list]]):
    columns = tuple(c for c, _values in lists)
    single = all(len(values) == 1 for _c, values in lists)
    return dicts(conn.execute(_rows_where_in(table, columns, single),
                               {f"k{i}": values[0] if single else values for i, (_c, values) in enumerate(lists)}))


def dicts(result) -> list[dict]:
    """The rows as dicts (zipped with the names: a third faster than SQLAlchemy's mappings, row by row)."""
    names = tuple(result.keys())
    return [dict(zip(names, row)) for row in result.fetchall()]


def row_of(instance) -> dict:
    """The row an ORM object was loaded from, keyed by column name (as a snapshot holds it)."""
    table = instance.__table__
    names = _ATTRIBUTES.get(table)
    if names is None:
        mapper = sa_inspect(type(instance))
        names = _ATTRIBUTES[table] = [(c.name, mapper.get_property_by_column(c).key) for c in table.columns]
    return {name: getattr(instance, key) for name, key in names}


_ATTRIBUTES: dict[Table, list[tuple[str, str]]] = {}


def snapshot(conn: Connection, table: Table, root_ids: Iterable[int], like: Snapshot | None = None,
             only: frozenset[str] | None = None, roots: list[Row] | None = None,
             keeps_roots: bool = False, unchanged: frozenset[str] = frozenset()) -> Snapshot:
    """The rows ``root_ids`` of ``table``, everything that dies with them (within the tables ``only``
    names, when it is given: those an action can write), and the rows elsewhere that point at them
    through SET NULL keys; with ``like``, also every row that snapshot had (so that a snapshot after the
    action holds the same rows as the one before it, where they still exist). ``roots``: the root rows
    as read already in this transaction (``row_of`` an ORM object just loaded), not read again.
    ``keeps_roots``: the action deletes none of the roots (a save, an archiving), so the rows pointing
    at them through SET NULL keys cannot change and are not read (nor are those pointing at the rows
    below: only a delete of a root takes any of these away, and a SET NULL key changes only then).
    ``unchanged``: tables the action did not write (a snapshot after it): their rows are ``like``'s."""
    all_tables = tables()
    found: Snapshot = {}

    def add(t: Table, rows, read: bool = False) -> None:
        """``read``: the rows were read here, as dicts of their own (others are copied)."""
        bucket = found.setdefault(t.name, {})
        for row in rows:
            values = row if read else dict(row)
            bucket[key_of(t, values)] = values

    if roots is not None:
        add(table, roots)
    else:
        add(table, _read_where_in(conn, table, [(table.c.id, list(root_ids))]), read=True)
    for child in sorted_tables():
        if only is not None and child.name not in only:
            continue
        if child.name in unchanged:  # (the same rows: diff knows them unchanged at once)
            found[child.name] = dict((like or {}).get(child.name, {}))
            continue
        conditions = []
        for fk in child.foreign_keys:
            parent = fk.column.table
            if fk.ondelete != "CASCADE" or parent.name == child.name or not found.get(parent.name):
                continue
            conditions.append((fk.parent, [k[0] for k in found[parent.name]]))
        if conditions:
            add(child, _read_where_in(conn, child, conditions), read=True)
    for child in () if keeps_roots else sorted_tables():  # rows outside pointing in through SET NULL keys
        for fk in child.foreign_keys:
            parent = fk.column.table
            if fk.ondelete == "SET NULL" and found.get(parent.name):
                keys = [k[0] for k in found[parent.name]]
                add(child, _read_where_in(conn, child, [(fk.parent, keys)]), read=True)
    for name, rows in (like or {}).items():
        t = all_tables[name]
        missing = [k for k in rows if k not in found.get(name, {})]
        for start in range(0, len(missing), CHUNK):
            columns = list(t.primary_key.columns)
            part = missing[start:start + CHUNK]
            where = (columns[0].in_([k[0] for k in part]) if len(columns) == 1
                     else tuple_(*columns).in_(part))
            add(t, dicts(conn.execute(select(t).where(where))), read=True)
    return found


def diff(before: Snapshot, after: Snapshot, customer_id: int | None = None) -> Change:
    """What changed between two snapshots of the same record, row by row."""
    changes = []
    for table in sorted_tables():
        old, new = before.get(table.name, {}), after.get(table.name, {})
        for key in old.keys() | new.keys():
            a, b = old.get(key), new.get(key)
            if a is b or a is not None and b is not None and compared(table.name, a) == compared(table.name, b):
                continue
            changes.append(RowChange(table.name, key, a, b))
    return Change(tuple(sorted(changes, key=_order)), customer_id=customer_id)


def _order(change: RowChange) -> tuple:
    return (change.table, tuple(str(part) for part in change.key))


def changes_since(conn: Connection, table: Table, root_id: int, before: Snapshot,
                  only: frozenset[str] | None = None, customer_id: int | None = None,
                  keeps_roots: bool = False, unchanged: frozenset[str] = frozenset(),
                  root: Row | None = None) -> Change:
    """The change an action made to the record ``root_id`` since ``before`` was taken (in the same
    transaction, after the action's last flush). Every customer it changed has a new version (a
    customer whose rows changed only through Core or a foreign key gets it here). ``customer_id`` is the
    customer the action was about, when the record is not a customer (a visit, a follow-up…).
    ``unchanged``: tables the action did not write, neither itself nor through a foreign key (not read
    again). ``root``: the root's row as the action left it (written with RETURNING), not read again."""
    after = snapshot(conn, table, [root_id], like=before, only=only, keeps_roots=keeps_roots, unchanged=unchanged,
                     roots=None if root is None else [root])
    if customer_id is None and table.name == "customers":
        customer_id = root_id
    change = diff(before, after, customer_id=customer_id)
    old = {k[0]: row["version"] for k, row in before.get("customers", {}).items()}
    new = {k[0]: row["version"] for k, row in after.get("customers", {}).items()}
    changed = change.customer_ids() if change else set()  # (a change of nothing is no new version)
    unmoved = [cid for cid in changed if cid in new and new[cid] == old.get(cid)]
    bump_versions(conn, unmoved)
    new.update({cid: new[cid] + 1 for cid in unmoved})
    return replace(change, versions=new, versions_before=old)


def combine(*changes: Change) -> Change:
    rows = tuple(r for c in changes for r in c.rows)
    bulk = tuple(b for c in changes for b in c.bulk)
    versions = {k: v for c in changes for k, v in c.versions.items()}
    before = {k: v for c in reversed(changes) for k, v in c.versions_before.items()}
    first = next((c.customer_id for c in changes if c.customer_id is not None), None)
    return Change(rows, bulk, versions, before, first)


def runs_of(ids: Iterable[int]) -> tuple[tuple[int, int], ...]:
    runs: list[list[int]] = []
    for i in sorted(ids):
        if runs and i == runs[-1][1] + 1:
            runs[-1][1] = i
        else:
            runs.append([i, i])
    return tuple((a, b) for a, b in runs)


def bump_versions(conn: Connection, customer_ids: Iterable[int]) -> None:
    """Mark these customers changed (an action wrote their rows through Core, not the ORM)."""
    customers = tables()["customers"]
    ids = sorted(set(customer_ids))
    for start in range(0, len(ids), CHUNK):
        conn.execute(update(customers).where(customers.c.id.in_(ids[start:start + CHUNK]))
                     .values(version=customers.c.version + 1, updated_at=now()))


def versions_of(conn: Connection, customer_ids: Iterable[int]) -> dict[int, int]:
    customers = tables()["customers"]
    ids = sorted(set(customer_ids))
    found = {}
    for start in range(0, len(ids), CHUNK):
        found.update(conn.execute(select(customers.c.id, customers.c.version)
                                  .where(customers.c.id.in_(ids[start:start + CHUNK]))).all())
    return found


def run(db, change: Change, undo: bool, progress: Progress | None = None) -> Applied:
    """Undo (or redo) a change in one transaction of its own: Edit > Undo and Edit > Redo."""
    with db.engine.begin() as conn:
        return apply(conn, change, undo, progress)


# -- applying --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Left:
    """Something undo or redo did not touch, because it changed since the action."""

    table: str
    key: Key
    name: str  # the row's own name, value or text, for the message
    reason: str  # one of CHANGED, GONE, IN_USE, TAKEN, PARENT_GONE
    column: str | None = None
    customer: str = ""  # the name of the customer it belongs to, where there is one
    customer_id: int | None = None


CHANGED = "changed"  # a value the action wrote was changed again since
GONE = "gone"  # the row was deleted since
IN_USE = "in use"  # rows added since depend on it: deleting it would delete them too
TAKEN = "taken"  # a row with the same key exists again (a month's spend entered again…)
PARENT_GONE = "parent gone"  # what it belongs to was deleted since


@dataclass
class Applied:
    left: list[Left] = field(default_factory=list)
    redo: Change | None = None  # for an undone bulk change: what to apply to make it again (None: too big)
    customer_ids: set[int] = field(default_factory=set)
    wrote: set[int] = field(default_factory=set)  # the customers whose rows it wrote (each has a new version)

    def writes(self, r: RowChange, values: Row | None) -> None:
        owner = r.key[0] if r.table == "customers" else (values or {}).get("customer_id")
        if owner is not None:
            self.wrote.add(owner)


def apply(conn: Connection, change: Change, undo: bool, progress: Progress | None = None) -> Applied:
    """Undo (``undo=True``) or redo the change, in the caller's transaction."""
    result = Applied()
    moves = [(r, r.after, r.before) if undo else (r, r.before, r.after) for r in change.rows]
    # Inserts parents first; updates next (a row pointed at again must be back, a row pointed away
    # from must be free before it goes); deletes last, children first.
    inserts = [(r, dst) for r, src, dst in moves if src is None and dst is not None]
    deletes = [(r, src) for r, src, dst in moves if src is not None and dst is None]
    count = Counter(len(moves), progress)
    for table in sorted_tables():
        _insert_rows(conn, table, [m for m in inserts if m[0].table == table.name], result, count)
    for r, src, dst in (m for m in moves if m[1] is not None and m[2] is not None):
        _update(conn, r, src, dst, result)
        count.step(1)
    if change.bulk:  # (before the deletes: a tag the import created goes once its rows are gone)
        if not undo:
            raise ValueError("a bulk change is redone through the rows its undo kept")
        result.redo = _undo_bulk(conn, change, result, progress)
    for table in reversed(sorted_tables()):
        _delete_rows(conn, table, [m for m in deletes if m[0].table == table.name], result, count)
    touched = change.customer_ids() | result.customer_ids
    _name_customers(conn, result.left)
    _settle_versions(conn, change, undo, result.wrote, {item.customer_id for item in result.left})
    from models.book.summaries import refresh_customers

    refresh_customers(conn, sorted(versions_of(conn, touched)))
    result.customer_ids = touched
    return result


def _settle_versions(conn: Connection, change: Change, undo: bool, wrote: set[int], left: set[int | None]) -> None:
    """Every customer the undo (or redo) wrote gets a new version, never an old one (a window that
    loaded the record at the old number would save over the undo without a conflict). One it took all the
    way back (or forward), nothing left and nothing else changed since, is then as it was at the version
    the change started from (ended at): the new number stands for that one from now on."""
    expected, target = (change.versions, change.versions_before) if undo else (change.versions_before, change.versions)
    customers = tables()["customers"]
    same = _same_as(conn)
    bump = []
    for cid, version in versions_of(conn, wrote).items():
        if cid not in left and cid in target and current_version(conn, cid, expected.get(cid)) in (None, version):
            done = conn.execute(update(customers).where(customers.c.id == cid, customers.c.version == version)
                                .values(version=version + 1, updated_at=now()))
            if done.rowcount == 1:
                same[(cid, target[cid])] = version + 1
                continue
        bump.append(cid)
    bump_versions(conn, bump)


# (customer id, version) -> the later version that stands for the same state, per database (an undo's
# knowledge, like the undo stack: another program's undo is not known, and its customers count as changed)
_SAME_AS: WeakKeyDictionary = WeakKeyDictionary()


def _same_as(conn: Connection) -> dict[tuple[int, int], int]:
    return _SAME_AS.setdefault(conn.engine, {})


def current_version(conn: Connection, customer_id: int, version: int | None) -> int | None:
    """The version that stands now for the state ``version`` named (an undo back to it gave it a new one)."""
    same = _same_as(conn)
    while version is not None and (customer_id, version) in same:
        version = same[(customer_id, version)]
    return version


def _current(conn: Connection, table: Table, key: Key) -> dict | None:
    columns = list(table.primary_key.columns)
    row = conn.execute(select(table).where(and_(*(c == v for c, v in zip(columns, key))))).mappings().first()
    return dict(row) if row is not None else None


def _where_key(table: Table, key: Key):
    return and_(*(c == v for c, v in zip(table.primary_key.columns, key)))


def _name(row: Row | None, key: Key) -> str:
    if row:
        for column in ("name", "value", "text", "label", "said", "product", "objection", "purpose"):
            value = row.get(column)
            if value:
                return str(value)
        if "year" in row and "month" in row:
            return f"{row['year']}-{int(row['month']):02d}"
        if "planned_start" in row:
            return f"{row['planned_start']:%Y-%m-%d %H:%M}"
    return "/".join(str(k) for k in key)


def _leave(result: Applied, r: RowChange, row: Row | None, reason: str, column: str | None = None) -> None:
    result.left.append(Left(r.table, r.key, _name(row, r.key), reason, column))


class Counter:
    """Progress over the rows of a change, reported now and then."""

    def __init__(self, total: int, progress: Progress | None):
        self.total, self.done, self.progress = total, 0, progress

    def step(self, rows: int) -> None:
        self.done += rows
        if self.progress is not None and rows:
            self.progress(self.done, self.total)


def _present(conn: Connection, table: Table, keys: list[Key]) -> dict[Key, dict]:
    """The rows of ``table`` with these primary keys, as they are now."""
    columns = list(table.primary_key.columns)
    where = columns[0].in_([k[0] for k in keys]) if len(columns) == 1 else tuple_(*columns).in_(keys)
    return {key_of(table, dict(r)): dict(r) for r in conn.execute(select(table).where(where)).mappings()}


def _existing(conn: Connection, column, values: set) -> set:
    """Which of ``values`` the column holds."""
    return set(conn.scalars(select(column).where(column.in_(sorted(values, key=repr))))) if values else set()


def _insert_rows(conn: Connection, table: Table, rows: list[tuple[RowChange, Row]], result: Applied,
                 count: Counter) -> None:
    """Put rows back (a chunk a query): each unless its key was taken since or what it belongs to is
    gone (a SET NULL key to a row gone becomes NULL, as the delete made it). A key to a row of the same
    table (a referral) is set once all the rows are in."""
    coming = {r.key[0] for r, _dst in rows} if "id" in table.c else set()
    later: list[tuple[Key, str, object]] = []
    for start in range(0, len(rows), CHUNK):
        part = rows[start:start + CHUNK]
        taken = _present(conn, table, [r.key for r, _dst in part])
        parents = {fk.parent.name: (fk, _existing(conn, fk.column, {dst[fk.parent.name] for _r, dst in part
                                                                     if dst.get(fk.parent.name) is not None}))
                   for fk in table.foreign_keys}
        values = []
        for r, dst in part:
            if r.key in taken:
                _leave(result, r, dst, TAKEN)
                continue
            row, broken = dict(dst), None
            for name, (fk, present) in parents.items():
                value = row.get(name)
                if value is None or value in present:
                    continue
                if fk.column.table is table and value in coming:
                    later.append((r.key, name, value))
                    row[name] = None
                elif fk.ondelete == "SET NULL":
                    row[name] = None
                else:
                    broken = name
            if broken is not None:
                _leave(result, r, dst, PARENT_GONE, broken)
                continue
            values.append(row)
            result.writes(r, row)
        for group in _same_columns(values):
            conn.execute(table.insert(), group)
        count.step(len(part))
    there = _existing(conn, table.c.id, {value for _key, _name, value in later}) if later else set()
    for key, name, value in later:
        if value in there:
            conn.execute(update(table).where(_where_key(table, key)).values({name: value}))


def _same_columns(rows: list[dict]) -> list[list[dict]]:
    groups: dict[tuple, list[dict]] = {}
    for row in rows:
        groups.setdefault(tuple(row), []).append(row)
    return list(groups.values())


def _update(conn: Connection, r: RowChange, src: Row, dst: Row, result: Applied) -> None:
    table = tables()[r.table]
    current = _current(conn, table, r.key)
    if current is None:
        return _leave(result, r, dst, GONE)
    values = {}
    for column, wanted in compared(r.table, dst).items():
        was = src.get(column)
        if wanted == was or current[column] == wanted:
            continue
        if current[column] != was:
            _leave(result, r, current, CHANGED, column)
            continue
        values[column] = wanted
    fks = {fk.parent.name: fk for fk in table.foreign_keys}
    for column in [c for c in values if c in fks and values[c] is not None]:
        fk = fks[column]
        if conn.scalar(select(fk.column).where(fk.column == values[column])) is None:
            del values[column]
            _leave(result, r, current, PARENT_GONE, column)
    if values:
        conn.execute(update(table).where(_where_key(table, r.key)).values(values))
        result.writes(r, current)


def _delete_rows(conn: Connection, table: Table, rows: list[tuple[RowChange, Row]], result: Applied,
                 count: Counter) -> None:
    """Take rows out (a chunk a query; children before their parents): each unless it changed since or
    rows still there point at it (deleting it would delete or change them)."""
    for start in range(0, len(rows), CHUNK):
        part = rows[start:start + CHUNK]
        now = _present(conn, table, [r.key for r, _src in part])
        pointed_at = _pointed_at(conn, table, list(now.values()), going=[r.key for r, _src in part])
        doomed = []
        for r, src in part:
            current = now.get(r.key)
            if current is None:
                continue
            if compared(r.table, current) != compared(r.table, src):
                changed = next(c for c, v in compared(r.table, src).items() if current.get(c) != v)
                _leave(result, r, current, CHANGED, changed)
            elif any(current.get(name) in values for name, values in pointed_at.items()):
                _leave(result, r, current, IN_USE)
            else:
                doomed.append(r.key)
                result.writes(r, current)
        if doomed:
            columns = list(table.primary_key.columns)
            where = columns[0].in_([k[0] for k in doomed]) if len(columns) == 1 else tuple_(*columns).in_(doomed)
            conn.execute(delete(table).where(where))
        count.step(len(part))


def _pointed_at(conn: Connection, table: Table, rows: list[dict], going: list[Key]) -> dict[str, set]:
    """For each column of ``table`` other rows point at: which of these rows' values they point at (rows
    of the same table that go with them do not count: a referral between two customers both going)."""
    found: dict[str, set] = {}
    for child in sorted_tables():
        for fk in child.foreign_keys:
            if fk.column.table is not table:
                continue
            values = sorted({row[fk.column.name] for row in rows if row.get(fk.column.name) is not None}, key=repr)
            if not values:
                continue
            query = select(fk.parent).where(fk.parent.in_(values))
            if child is table:
                query = query.where(not_(table.c.id.in_([k[0] for k in going])))
            found.setdefault(fk.column.name, set()).update(conn.scalars(query))
    return found


def _name_customers(conn: Connection, left: list[Left]) -> None:
    """Each left row with the name of the customer it belongs to, for the message."""
    customers = tables()["customers"]
    for i, item in enumerate(left):
        owner = item.customer_id or _owner_id(conn, item.table, item.key)
        if owner is not None:
            name = conn.scalar(select(customers.c.name).where(customers.c.id == owner)) or ""
            left[i] = replace(item, customer=name, customer_id=owner)


def _owner_id(conn: Connection, table_name: str, key: Key) -> int | None:
    """The customer a row belongs to, following its keys up to ``customers``."""
    table = tables()[table_name]
    if table_name == "customers":
        return key[0]
    row = _current(conn, table, key)
    while row is not None:
        if "customer_id" in row:
            return row["customer_id"]
        fk = next((fk for fk in table.foreign_keys if fk.ondelete == "CASCADE"), None)
        if fk is None or row.get(fk.parent.name) is None:
            return None
        table = fk.column.table
        row = conn.execute(select(table).where(fk.column == row[fk.parent.name])).mappings().first()
    return None


# -- bulk ------------------------------------------------------------------------------------------
def _in_runs(column, runs: tuple[tuple[int, int], ...]):
    return or_(*(column.between(a, b) for a, b in runs)) if runs else false()


def _undo_bulk(conn: Connection, change: Change, result: Applied, progress: Progress | None) -> Change | None:
    """Delete the bulk-inserted rows, deepest first, except everything of a customer who keeps what the
    import gave them (changed since, or given rows of their own since: a visit planned, a contact
    added) and the rows that rows added since point at (and so their parents). Returns the exact
    change that makes it all again (None when there is too much to keep)."""
    all_tables = tables()
    runs = {b.table: b.runs for b in change.bulk}
    total = sum(b.count() for b in change.bulk)
    keep_rows = total <= REDO_LIMIT
    stale = {cid for cid, version in versions_of(conn, change.versions).items()
             if version != current_version(conn, cid, change.versions[cid])}
    busy = _given_rows_since(conn, runs) - stale
    left: dict[tuple[int | None, str], Left] = {}  # one line a customer (or row without one) and reason
    for cid, reason in [*((c, CHANGED) for c in stale), *((c, IN_USE) for c in busy)]:
        row = _current(conn, all_tables["customers"], (cid,))
        left[(cid, reason)] = Left("customers", (cid,), _name(row, (cid,)), reason, customer_id=cid)
    keeping = stale | busy
    removed: list[RowChange] = []
    kept: dict[str, set[int]] = {}
    done = 0
    order = {t.name: i for i, t in enumerate(sorted_tables())}
    for bulk in sorted(change.bulk, key=lambda b: -order[b.table]):  # children first
        table = all_tables[bulk.table]
        ids = [i for a, b in bulk.runs for i in conn.scalars(
            select(table.c.id).where(table.c.id.between(a, b)).order_by(table.c.id))]
        for start in range(0, len(ids), CHUNK):
            part = ids[start:start + CHUNK]
            owners = _owners(conn, table, part)
            in_use = _used_from_outside(conn, table, part, runs, kept)
            doomed = [i for i in part if owners.get(i) not in keeping and i not in in_use]
            for i in set(part) - set(doomed):
                kept.setdefault(table.name, set()).add(i)
                owner = owners.get(i)
                if owner not in keeping and (owner, IN_USE) not in left:
                    target = ("customers", (owner,)) if owner is not None else (table.name, (i,))
                    row = _current(conn, all_tables[target[0]], target[1])
                    left[(owner, IN_USE)] = Left(target[0], target[1], _name(row, target[1]), IN_USE,
                                                 customer_id=owner)
            if keep_rows and doomed:
                removed += _rows_of(conn, table, doomed)
            if doomed:
                conn.execute(delete(table).where(table.c.id.in_(doomed)))
                result.wrote.update(owners[i] for i in doomed if owners.get(i) is not None)
            done += len(part)
            if progress is not None:
                progress(done, total)
    result.left += left.values()
    kept_customers = {item.customer_id for item in left.values()}
    result.customer_ids |= {cid for cid in change.versions if cid not in kept_customers}
    if not keep_rows:
        return None
    # redone, the rows come back and the customers get the versions the import left them at
    return Change((*change.rows, *removed), versions=dict(change.versions),
                  versions_before=dict(change.versions_before), customer_id=change.customer_id)


def _given_rows_since(conn: Connection, runs: dict) -> set[int]:
    """The customers the change made that have rows it did not make (anywhere below them), or that a
    customer it did not make names as referred by them."""
    made = runs.get("customers", ())
    if not made:
        return set()
    customers = tables()["customers"]
    found = set(conn.scalars(select(customers.c.referred_by_id).where(
        _in_runs(customers.c.referred_by_id, made), not_(_in_runs(customers.c.id, made))).distinct()))
    for table in sorted_tables():
        if "id" not in table.c or table.name == "customers" or not _belongs_to_a_customer(table):
            continue
        joined, owner = _owner_join(table)
        found |= set(conn.scalars(select(owner).select_from(joined).where(
            _in_runs(owner, made), not_(_in_runs(table.c.id, runs.get(table.name, ())))).distinct()))
    return found


def _rows_of(conn: Connection, table: Table, ids: list[int]) -> list[RowChange]:
    """The rows as inserts, with the association rows that die with them (tags, spend, who to meet)."""
    found = [RowChange(table.name, key_of(table, dict(r)), None, dict(r))
             for r in conn.execute(select(table).where(table.c.id.in_(ids))).mappings()]
    for child in sorted_tables():
        if "id" in child.c:
            continue
        for fk in child.foreign_keys:
            if fk.column.table is table and fk.ondelete == "CASCADE":
                found += [RowChange(child.name, key_of(child, dict(r)), None, dict(r))
                          for r in conn.execute(select(child).where(fk.parent.in_(ids))).mappings()]
    return found


def _owner_fks(table: Table) -> list:
    """The keys that lead from ``table`` up to a table with a ``customer_id``."""
    chain, seen = [], table
    while seen.name != "customers" and "customer_id" not in seen.c:
        fk = next(fk for fk in seen.foreign_keys if fk.ondelete == "CASCADE")
        chain.append(fk)
        seen = fk.column.table
    return chain


def _belongs_to_a_customer(table: Table) -> bool:
    seen = table
    while seen.name != "customers" and "customer_id" not in seen.c:
        fk = next((fk for fk in seen.foreign_keys if fk.ondelete == "CASCADE"), None)
        if fk is None:
            return False
        seen = fk.column.table
    return True


def _owner_join(table: Table):
    """The join from ``table`` up to the table with its customer id, and that column."""
    joined, top = table, table
    for fk in _owner_fks(table):
        top = fk.column.table
        joined = joined.join(top, fk.parent == fk.column)
    return joined, top.c.customer_id


def _owners(conn: Connection, table: Table, ids: list[int]) -> dict[int, int]:
    """id -> the customer the row belongs to."""
    if table.name == "customers":
        return {i: i for i in ids}
    joined, owner = _owner_join(table)
    return dict(conn.execute(select(table.c.id, owner).select_from(joined).where(table.c.id.in_(ids))).all())


def _used_from_outside(conn: Connection, table: Table, ids: list[int], runs: dict,
                       kept: dict[str, set[int]]) -> set[int]:
    """Which of these rows are pointed at by rows the change did not insert, or by its own rows that
    stay (a visit planned since for an imported customer, a phone added since to an imported person)."""
    used: set[int] = set()
    for child in sorted_tables():
        if "id" not in child.c:
            continue
        for fk in child.foreign_keys:
            if fk.column.table is not table:
                continue
            outside = not_(_in_runs(child.c.id, runs.get(child.name, ())))
            staying = kept.get(child.name)
            if staying:
                outside = or_(outside, child.c.id.in_(sorted(staying)))
            used |= set(conn.scalars(select(fk.parent).where(fk.parent.in_(ids), outside).distinct()))
    return used
