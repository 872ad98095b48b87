"""The customer list at any size: filter, search and sort in SQL, pages by keyset (no OFFSET).

A page is asked for by the sort key and id of the last row already shown, so the 500th page costs what
the first does. Rows are plain tuples, a few hundred bytes each. The statement for a query is built once
(the keyset values are bound parameters), so paging and sorting cost little more than the bare SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal, Protocol, cast

from sqlalchemy import (
    ColumnElement,
    DateTime,
    Enum,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    case,
    exists,
    false,
    func,
    literal_column,
    or_,
    select,
    type_coerce,
)

from models.storage.db import Database
from models.storage.dialect import contains, might_contain, read_by_scan
from models.entities import SEGMENT_RANKS, TIER_RANKS, Customer, Tag, customer_tags, segment_rank_sql, tier_rank_sql
from models.book.search_text import fold, search_terms

PAGE_SIZE = 200


class CustomerRow(Protocol):
    """A row of the list as the query returns it (SQLAlchemy's tuple-like Row, read-only, no copy)."""

    id: int
    name: str
    kind: str
    city: str
    segment: str | None
    tier: str
    lifecycle_stage: str
    last_visit_at: str | None  # as stored ("2026-11-20 10:00:00.000000"); the list shows the day
    next_visit_at: str | None
    trend_bp: int | None
    spend_drop: bool
    avg_spend_cents: int | None
    archived: bool
    sort_name: str  # what the name sorts by (its pinyin for a Chinese name): the page key of a list by name
    sort_city: str  # the same of the city: the page key of a list by city


def _read_as_stored(column, sqlite: bool) -> bool:
    """Vocabulary columns (and on SQLite, where they are text, date columns) are read as their stored
    strings: converting 800 values a page to enums and datetimes costs more than the query itself.
    (PostgreSQL's driver gives datetimes as they are; they stay so, and so does a page key.)"""
    return isinstance(column.type, Enum) or sqlite and isinstance(column.type, DateTime)


def _plain(column, sqlite: bool):
    return type_coerce(column, String).label(column.key) if _read_as_stored(column, sqlite) else column


COLUMNS = {sqlite: [_plain(getattr(Customer, name), sqlite) for name in CustomerRow.__annotations__]
           for sqlite in (True, False)}

# The tier's and the segment's ranks, spelled as their indexes are (ix_customers_tier_rank, _segment_rank).
TIER_RANK = literal_column(tier_rank_sql(Customer.__tablename__), Integer)
SEGMENT_RANK = literal_column(segment_rank_sql(Customer.__tablename__), Integer)
RANKED = {"tier": (TIER_RANK, TIER_RANKS), "segment": (SEGMENT_RANK, SEGMENT_RANKS)}

# Sort keys shown to the user -> the column that orders them. Tier and segment sort by their rank, so
# diamond comes above gold and key accounts above consumers whatever they are called; names and cities
# by their sort keys (pinyin for Chinese).
SORT_COLUMNS = {
    "name": Customer.sort_name,
    "city": Customer.sort_city,
    "segment": SEGMENT_RANK,
    "tier": TIER_RANK,
    "stage": Customer.lifecycle_stage,
    "last_visit": Customer.last_visit_at,
    "next_visit": Customer.next_visit_at,
    "trend": Customer.trend_bp,
}


@dataclass(frozen=True)
class CustomerQuery:
    search: str = ""
    segment: str | None = None
    tier: str | None = None
    stage: str | None = None
    tag: str | None = None
    owner: str | None = None
    spend_drop: bool = False
    include_archived: bool = False
    sort: str = "name"
    descending: bool = False

    def conditions(self) -> list[ColumnElement[bool]]:
        where: list[ColumnElement[bool]] = []
        searching = bool(self.search.strip())
        if not self.include_archived:
            where.append((read_by_scan(Customer.archived) if searching else Customer.archived) == false())
        for column, value in ((Customer.segment, self.segment), (Customer.tier, self.tier),
                              (Customer.lifecycle_stage, self.stage), (Customer.owner, self.owner)):
            if value is not None:
                where.append(column == value)
        if self.spend_drop:
            where.append(Customer.spend_drop.is_(True))
        if self.tag is not None:
            where.append(exists().where(customer_tags.c.customer_id == Customer.id,
                                        customer_tags.c.tag_id == Tag.id, Tag.name == self.tag))
        for term in search_terms(self.search):
            # a customer another program wrote is found by its name and city until its search text is made;
            # the first condition is what an index finds (PostgreSQL: one index, no OR), the second checks
            # the term itself
            where.append(might_contain(Customer.search_text, Customer.name, Customer.city, term))
            where.append(or_(contains(Customer.search_text, term), Customer.id.in_(_stale_matching(term))))
        return where


def _stale_matching(term: str) -> Select:
    """The ids of the customers not yet given a search text whose name or city holds ``term``: the few
    the partial index ix_customers_derived_stale finds (so a search reads no other column of a row than
    its search text: on SQLite, the covering index ix_customers_search)."""
    stale = Customer.__table__.alias("stale")
    # spelled as the partial index's WHERE is, bare, so that SQLite knows it may read that index
    return select(stale.c.id).where(literal_column(f"{stale.name}.derived_stale"),
                                    or_(contains(func.lower(stale.c.name), term),
                                        contains(func.lower(stale.c.city), term)))


def sort_key(query: CustomerQuery, row: CustomerRow) -> Any:
    if query.sort in RANKED:
        return RANKED[query.sort][1].get(getattr(row, query.sort), 0)
    column = SORT_COLUMNS[query.sort]
    return getattr(row, column.key)


Keyset = Literal["first", "after", "after_null"]


def fetch_page(db: Database, query: CustomerQuery, after: CustomerRow | None = None,
               limit: int = PAGE_SIZE) -> list[CustomerRow]:
    params: dict[str, Any] = {"limit": limit}
    keyset: Keyset = "first"
    if after is not None:
        key = sort_key(query, after)
        keyset = "after" if key is not None else "after_null"
        params.update(after_key=key, after_id=after.id)
    sqlite = db.engine.dialect.name == "sqlite"
    statement = _page_statement(query, keyset, sqlite)
    with db.engine.connect() as conn:
        if query.search.strip() and not sqlite:
            _searching(conn)
        return cast("list[CustomerRow]", conn.execute(statement, params).all())


@lru_cache(maxsize=32)
def _page_statement(query: CustomerQuery, keyset: Keyset, sqlite: bool) -> Select:
    column = SORT_COLUMNS[query.sort]
    ordered_by = column
    if query.search.strip() and sqlite:
        # A search reads every row's search text anyway. Walking the sort index would fetch the rows in
        # random order (150 ms for a rare term at 100k); a scan and a sort of the matches is ~45 ms
        # whatever the term. Unary + is SQLite's no-op that keeps a term off the index.
        ranked = column is TIER_RANK or column is SEGMENT_RANK  # (a literal column: its name is its SQL)
        ordered_by = literal_column(f"+({column.name})" if ranked else f"+{column.table.name}.{column.name}",
                                    column.type)
    searched_sqlite = bool(query.search.strip()) and sqlite
    # on SQLite a search picks the page's ids first, from the covering index of the search text (a third
    # of the table's bytes to read), then reads those rows
    statement = select(*([Customer.id] if searched_sqlite else COLUMNS[sqlite])).where(*query.conditions())
    if keyset != "first":
        typed = String if _read_as_stored(column, sqlite) else column.type
        key = None if keyset == "after_null" else bindparam("after_key", type_=typed)
        statement = statement.where(_after(ordered_by, key, bindparam("after_id"), query.descending))
    statement = statement.order_by(*_order(ordered_by, column, query.descending)).limit(bindparam("limit"))
    if not searched_sqlite:
        return statement
    return (select(*COLUMNS[sqlite]).where(Customer.id.in_(statement.correlate(None).scalar_subquery()))
            .order_by(*_order(column, column, query.descending)))


def _order(ordered_by, column, descending: bool) -> tuple:
    """NULLs first going up and last going down, on every database (SQLite's own order; PostgreSQL's is
    the other way round), so that the page keys in _after mean the same everywhere. (Said only where a
    column can be NULL: a plain ORDER BY name walks PostgreSQL's index on it.)"""
    nullable = getattr(column, "nullable", False)
    if descending:
        return (ordered_by.desc().nulls_last() if nullable else ordered_by.desc()), Customer.id.desc()
    return (ordered_by.asc().nulls_first() if nullable else ordered_by.asc()), Customer.id.asc()


def _searching(conn) -> None:
    """PostgreSQL, for a search: the matches from the index of grams (models/storage/search_grams.py) and a top-N
    sort of them, not a walk of the sort's index that reads rows in random order until it has a page; and
    no JIT: a plan that names fb_search_grams looks costly (its COST keeps the planner from computing it
    row by row) and JIT would spend 50 ms compiling for a query of a few."""
    conn.exec_driver_sql("SELECT set_config('enable_indexscan', 'off', true), set_config('jit', 'off', true)")


def count(db: Database, query: CustomerQuery) -> int:
    with db.engine.connect() as conn:
        if query.search.strip() and conn.dialect.name != "sqlite":
            _searching(conn)
        return conn.scalar(select(func.count()).select_from(Customer).where(*query.conditions())) or 0


def _after(column, key: Any, row_id: Any, descending: bool) -> ColumnElement[bool]:
    """Rows after (key, id) in the order (column, id), with SQLite's NULLs-first ascending order.

    Each branch opens with a plain range on the column so that SQLite seeks in the index.
    """
    if not descending:
        if key is None:
            return or_(and_(column.is_(None), Customer.id > row_id), column.is_not(None))
        return and_(column >= key, or_(column > key, Customer.id > row_id))
    if key is None:
        return and_(column.is_(None), Customer.id < row_id)
    return or_(and_(column <= key, or_(column < key, Customer.id < row_id)), column.is_(None))


def best_matches(db: Database, search: str, limit: int = 50) -> list[CustomerRow]:
    """Customers for a typed name, best first: the name itself, then names that start with it, then the
    rest (a contact, a phone, a city that matches), each by name. "Noah Evans" picks Noah Evans, not the
    company whose contact he is."""
    query = CustomerQuery(search=search)
    typed = " ".join(fold(search).split())
    if not typed:
        return fetch_page(db, query, limit=limit)
    # the search text starts with the name (models.book.summaries.compose_search_text), a field a line
    rank = case((or_(Customer.search_text == typed, Customer.search_text.startswith(typed + "\n", autoescape=True)), 0),
                (Customer.search_text.startswith(typed, autoescape=True), 1), else_=2)
    sqlite = db.engine.dialect.name == "sqlite"
    statement = select(*COLUMNS[sqlite]).where(*query.conditions()).order_by(rank, Customer.sort_name, Customer.id).limit(limit)
    with db.engine.connect() as conn:
        if not sqlite:
            _searching(conn)
        return cast("list[CustomerRow]", conn.execute(statement).all())
