"""The derived columns of ``customers``: search text, spend figures and the spend's tier, last and next visit, and
the follow-ups on the current opportunity.

They are a cache that lets the customer list sort, filter and search in SQL. Services refresh the
customers they change in the same transaction; ``refresh_all`` rebuilds everything (after a schema
upgrade or a change of the tier rules). One Python definition of each value serves all of them.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy import bindparam, func, literal_column, select, update
from sqlalchemy.engine import Connection

from models.entities import (
    Channel,
    Contact,
    Customer,
    FollowUp,
    MonthlySpend,
    Outcome,
    Visit,
)
from models.book.search_text import compose_search_text, sort_key
from models.book.settings import derived_settings, derived_settings_columns, load_derived_settings
from models.book.spend import TierRules, summarize
from models.vocabulary import CustomerKind, FollowUpStatus, VisitStatus

CHUNK = 2000
OPEN_STATUSES = (VisitStatus.PLANNED.value, VisitStatus.READY.value)


def spend_values(months: Iterable[tuple[int, int, int]], rules: TierRules) -> dict:
    summary = summarize(months, rules)
    return {
        "spend_tier": summary.tier.value,
        "avg_spend_cents": summary.average_cents,
        "last_spend_cents": summary.last_cents,
        "trend_bp": summary.trend_basis_points,
        "spend_drop": summary.drop,
    }


ENDING = ("won", "lost", "cancelled")  # outcome results that end an opportunity (models.visits.outcomes)
DONE = FollowUpStatus.DONE.value


def follow_up_values(ended_at: dt.datetime | None, follow_ups: Iterable[tuple[dt.datetime | None, str]]) -> dict:
    """The follow-up columns from (done_at, status) pairs: done since the last ending outcome
    (``ended_at``; a dropped one was never made), still open, last done."""
    follow_ups = list(follow_ups)
    done = [at for at, status in follow_ups if status == DONE and (ended_at is None or at > ended_at)]
    return {"follow_ups_done": len(done), "follow_ups_open": sum(1 for at, _status in follow_ups if at is None),
            "last_follow_up_at": max(done, default=None)}


def refresh_customers(conn: Connection, ids: Sequence[int], held: dict[str, list] | None = None) -> None:
    """Recompute the derived columns of these customers. ``held`` (for one customer): rows the caller has
    as they are now in this transaction, not read again: "contacts" (their names), "channels" (kind,
    value) and "monthly_spend" (year, month, cents), each in id order (a save: the tables it did not write)."""
    if len(ids) == 1:
        _refresh_one(conn, ids[0], held or {}, returning=False)
        return
    rules, region = load_derived_settings(conn)
    for start in range(0, len(ids), CHUNK):
        _refresh_chunk(conn, list(ids[start:start + CHUNK]), rules, region)


def refresh_customer(conn: Connection, cid: int, held: dict[str, list] | None = None) -> dict | None:
    """``refresh_customers`` for one customer, which returns its row as the refresh left it (None: there
    is no such customer): a save's snapshot after it, without reading the row again."""
    return _refresh_one(conn, cid, held or {}, returning=True)


def refresh_stale(conn: Connection, limit: int = CHUNK) -> int:
    """Compute the derived columns of (up to ``limit``) customers the database marked out of date (a
    row written by another program); returns how many."""
    ids = conn.scalars(select(Customer.id).where(Customer.derived_stale.is_(True)).order_by(Customer.id)
                       .limit(limit)).all()
    refresh_customers(conn, ids)
    return len(ids)


def catch_up(db, progress=None) -> int:
    """Compute every marked customer's derived columns, a chunk a transaction (short ones: others keep
    writing); returns how many. The window runs it when it opens a database and now and then after."""
    done = 0
    while True:
        with db.engine.begin() as conn:
            count = refresh_stale(conn)
        done += count
        if progress is not None and count:
            progress(done, 0)
        if count < CHUNK:
            return done


def refresh_all(conn: Connection) -> None:
    ids = conn.scalars(select(Customer.id).order_by(Customer.id)).all()
    refresh_customers(conn, ids)


_STATEMENTS: dict[bool, dict[str, object]] = {}


def _words(values) -> list:
    """Fixed words (statuses, results) written into the statement, not bound at each execution."""
    return [literal_column("'" + str(v) + "'") for v in values]


def _of_visits(value, condition, outcomes: bool = False):
    """``value`` over the customer's visits (and their outcomes) that meet ``condition``, for each row."""
    found = select(value).where(Visit.customer_id == Customer.id, condition)
    if outcomes:
        found = found.select_from(Visit).join(Outcome, Outcome.visit_id == Visit.id)
    return found.correlate(Customer).scalar_subquery()


def _statements(single: bool) -> dict[str, object]:
    """The queries of a refresh, built once (building one costs more Python than running it takes);
    ``single``: for one customer (a save), its id compared with ``=``, not rewritten into an IN list at
    each execution. The statuses and results they look for are in the SQL as it is built."""
    if single not in _STATEMENTS:
        ids = bindparam("ids", expanding=not single)

        def among(column):
            return column == ids if single else column.in_(ids)

        _STATEMENTS[single] = dict(
            contacts=select(Contact.customer_id, Contact.name).where(among(Contact.customer_id)).order_by(Contact.id),
            channels=select(Channel.customer_id, Channel.kind, Channel.value).where(among(Channel.customer_id))
            .order_by(Channel.id),
            monthly_spend=select(MonthlySpend.customer_id, MonthlySpend.year, MonthlySpend.month,
                         MonthlySpend.amount_cents).where(among(MonthlySpend.customer_id)),
            follow_ups=select(FollowUp.customer_id, FollowUp.done_at, FollowUp.status)
            .where(among(FollowUp.customer_id)),
            # with the last visit done, the next one open and the last outcome that ended an opportunity,
            # each through the index of the customer's visits (one statement, not three)
            # (for one customer, the tier rules and phone region too: models.book.settings.derived_settings)
            customers=select(Customer.id, Customer.name, Customer.city,
                             _of_visits(func.max(Visit.planned_start), Visit.status == VisitStatus.DONE),
                             _of_visits(func.min(Visit.planned_start), Visit.status.in_(_words(OPEN_STATUSES))),
                             _of_visits(func.max(Outcome.logged_at), Outcome.result.in_(_words(ENDING)),
                                        outcomes=True),
                             Customer.kind,
                             *(derived_settings_columns() if single else ()))
            .where(among(Customer.id)),
            # updated_at = itself: refreshing a cache is not an edit (it would fire the column's onupdate)
            update=update(Customer.__table__).where(Customer.__table__.c.id == bindparam("cid"))
            .values(updated_at=Customer.__table__.c.updated_at),
        )
        statements = _STATEMENTS[single]
        statements["update_returning"] = statements["update"].returning(*Customer.__table__.c)
    return _STATEMENTS[single]


def _refresh_chunk(conn: Connection, ids: list[int], rules: TierRules, region: str) -> None:
    q = _statements(False)
    given = {"ids": ids}
    contacts, channels, spend, follow_ups = (_by_customer(conn, q[table], given) for table in _CHILDREN)
    rows = [_derived(row, contacts[row[0]], channels[row[0]], spend[row[0]], follow_ups[row[0]], rules, region)
            for row in conn.execute(q["customers"], given)]
    if rows:
        conn.execute(q["update"], rows)


def _refresh_one(conn: Connection, cid: int, held: dict[str, list], returning: bool) -> dict | None:
    """One customer's refresh: its id compared with ``=``, the settings read with its row, the tables in
    ``held`` not read."""
    q = _statements(True)
    given = {"ids": cid}
    contacts, channels, spend, follow_ups = (
        {cid: list(held[table])} if table in held else _by_customer(conn, q[table], given) for table in _CHILDREN)
    row = conn.execute(q["customers"], given).first()
    if row is None:
        return None
    rules, region = derived_settings(*row[-2:])
    values = _derived(row, contacts[cid], channels[cid], spend[cid], follow_ups[cid], rules, region)
    if not returning:
        conn.execute(q["update"], values)
        return None
    result = conn.execute(q["update_returning"], values)
    return dict(zip(result.keys(), result.one()))


_CHILDREN = ("contacts", "channels", "monthly_spend", "follow_ups")


def _by_customer(conn: Connection, statement, given: dict) -> dict[int, list]:
    """A child table's values for each customer (one value, or a tuple of them, a row)."""
    found: dict[int, list] = defaultdict(list)
    for cid, *values in conn.execute(statement, given):
        found[cid].append(values[0] if len(values) == 1 else tuple(values))
    return found


def _derived(row, contact_names: list[str], channels: list[tuple[str, str]], spend: list[tuple[int, int, int]],
             follow_ups: list[tuple], rules: TierRules, region: str) -> dict:
    """The derived columns' values (the UPDATE's parameters) from the customer's row of the refresh's query
    (id, name, city, last visit, next visit, last ended, kind) and its children."""
    cid, name, city, last_visit, next_visit, ended, kind = row[:7]
    person = kind == CustomerKind.PERSON
    return {
        "cid": cid,
        "derived_stale": False,
        "search_text": compose_search_text(name, city, contact_names, channels, region, person),
        "sort_name": sort_key(name, person),
        "sort_city": sort_key(city or ""),
        **spend_values(spend, rules),
        "last_visit_at": last_visit,
        "next_visit_at": next_visit,
        **follow_up_values(ended, follow_ups),
    }
