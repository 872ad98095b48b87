"""Fieldbrief on a team database (PostgreSQL), each figure against the same SQL run raw through psycopg in
the same run: the customer list's first page, search (Chinese and Latin), a sort, each Today list, and
saving a customer with its children.

    .venv/bin/python bench/team.py [--customers N] [--runs N] [--url URL]

Starts a throwaway PostgreSQL server in a temporary folder (as tests/databases.py does, with a team
server's cache: SERVER_SETTINGS) and fills it with the demo, unless --url names a database that has it
already. The baseline of each figure is what the app
sent to the database for it (caught with SQLAlchemy's cursor events, and the pool's ping), sent again through a bare psycopg
connection: the ratio is what the app adds on top of the database's own work. Medians of --runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import event  # noqa: E402

GOAL_RATIO, GOAL_MS = 2.0, 100
GOAL_MS_1M = 200  # with --customers 1000000: the list and search
# A team's server is a machine of its own: PostgreSQL's guide sets its cache at a quarter of the memory
# (this is a small one's). The default, 128 MB, holds a tenth of a million customers' table.
SERVER_SETTINGS = {"shared_buffers": "1GB"}


class Caught:
    """The statements an action sends, to send them again raw."""

    def __init__(self, engine):
        self.engine, self.statements = engine, []

    def __enter__(self):
        event.listen(self.engine, "before_cursor_execute", self._record)
        # the ping before a connection is lent, when the app sends one (models/storage/connection_ping.py) goes
        # to the database too, past the cursor events
        dialect = self.engine.dialect
        self._ping = dialect.do_ping
        dialect.do_ping = self._pinged
        return self

    def __exit__(self, *_exc):
        event.remove(self.engine, "before_cursor_execute", self._record)
        self.engine.dialect.do_ping = self._ping

    def _pinged(self, dbapi_connection):
        self.statements.append((self.engine.dialect._dialect_specific_select_one, None, False))
        return self._ping(dbapi_connection)

    def _record(self, _conn, _cursor, statement, parameters, _context, executemany):
        self.statements.append((statement, parameters, executemany))


def replay(raw, statements, commit: bool = False) -> None:
    """The caught statements through psycopg in one transaction, results fetched as the app fetched them;
    committed when the app's action commits (a save: the commit is part of the work on both sides)."""
    with raw.cursor() as cursor:
        for statement, parameters, many in statements:
            if many:
                cursor.executemany(statement, parameters)
            else:
                cursor.execute(statement, parameters)
                if cursor.description is not None:
                    cursor.fetchall()
    if commit:
        raw.commit()
    else:
        raw.rollback()


def measure(name: str, action, db, raw, runs: int, commit: bool = False) -> tuple[float, float]:
    """Median ms of the app's action and of its statements sent raw."""
    action()  # warm: plans, caches, the page cache
    mine, base = [], []
    for _ in range(runs):
        with Caught(db.engine) as caught:
            start = time.perf_counter()
            action()
            mine.append((time.perf_counter() - start) * 1000)
        statements = [s for s in caught.statements if not s[0].startswith(("BEGIN", "COMMIT", "ROLLBACK"))]
        start = time.perf_counter()
        replay(raw, statements, commit)
        base.append((time.perf_counter() - start) * 1000)
    m, b = statistics.median(mine), statistics.median(base)
    print(f"  {name}: Fieldbrief {m:.1f} ms, the same SQL raw {b:.1f} ms")
    return m, b


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--url", help="a PostgreSQL database with the demo already in it")
    parser.add_argument("--only", help="the figures whose names start so (comma-separated: list,search)")
    args = parser.parse_args()
    server = None
    if args.url:
        url = args.url
    else:
        from tests.databases import PostgresServer, unavailable_reason

        reason = unavailable_reason()
        if reason:
            print(f"bench/team.py needs PostgreSQL: {reason}", file=sys.stderr)
            return 1
        server = PostgresServer(Path(tempfile.mkdtemp(prefix="fbbench-")), settings=SERVER_SETTINGS)
        server.start()
        url = server.new_database()
    try:
        return run(url, args)
    finally:
        if server is not None:
            server.stop()


def run(url: str, args) -> int:
    import psycopg
    from sqlalchemy.engine import make_url

    from models.book import customers

    from models.visits import today
    from models.book.customer_list import CustomerQuery, count, fetch_page
    from models.storage.db import open_database
    from models.demo.book import load_demo
    from models.storage.stats import database_counts
    from models.visits.today import SHOWN  # (the lines each section shows)

    db = open_database(url)
    if database_counts(db).customers == 0:
        start = time.perf_counter()
        load_demo(db, customers=args.customers)
        print(f"  demo of {args.customers:,} customers loaded in {time.perf_counter() - start:.0f} s")
        with db.engine.execution_options(isolation_level="AUTOCOMMIT").connect() as conn:
            conn.exec_driver_sql("SET statement_timeout = 0")  # (the app's limit is for a user's wait)
            conn.exec_driver_sql("VACUUM ANALYZE")
    parts = make_url(url)
    raw = psycopg.connect(dbname=parts.database, user=parts.username, password=parts.password,
                          host=parts.query.get("host") or parts.host, port=parts.port,
                          options="-c jit=off")  # (the session the app's connections have)
    now = dt.datetime.now()
    cid = fetch_page(db, CustomerQuery(), limit=1)[0].id
    record = customers.load(db, cid)

    def save():
        record.notes = f"bench {time.perf_counter()}"
        customers.save(db, record)

    searches = {"chinese_1": "王", "chinese_2": "秀英", "latin": "harbor", "latin_1": "q"}
    figures = {
        "list_first_page": lambda: fetch_page(db, CustomerQuery()),
        "list_count": lambda: count(db, CustomerQuery()),
        **{f"search_{name}": (lambda term=term: fetch_page(db, CustomerQuery(search=term)))
           for name, term in searches.items()},
        **{f"search_{name}_count": (lambda term=term: count(db, CustomerQuery(search=term)))
           for name, term in searches.items()},
        "sort_next_visit_desc": lambda: fetch_page(db, CustomerQuery(sort="next_visit", descending=True)),
        "sort_tier": lambda: fetch_page(db, CustomerQuery(sort="tier", descending=True)),
        # every section of the Today page, its first lines (as many as the page shows) and its count
        **{f"today_{key}": (lambda key=key: today.section(db, key, now, SHOWN[key])) for key in today.SECTIONS},
    }
    wanted = tuple(args.only.split(",")) if args.only else ("",)
    results = {name: measure(name, action, db, raw, args.runs) for name, action in figures.items()
               if name.startswith(wanted)}
    if "save_customer".startswith(wanted):
        results["save_customer"] = measure("save_customer", save, db, raw, args.runs, commit=True)
    tag = f"{args.customers // 1000}k"
    goal_ms = GOAL_MS_1M if args.customers >= 1_000_000 else GOAL_MS
    for name, (m, b) in results.items():
        print(f"team_{name}_{tag}: {m / b:.2f}x (goal <= {GOAL_RATIO:g}x)")
        print(f"team_{name}_{tag}_ms: {m:.0f} ms (goal < {goal_ms} ms)")
    raw.close()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
