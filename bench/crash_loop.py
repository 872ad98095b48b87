"""Kill a writer 1,000 times at random moments and check the database after each kill; and time one
visit-with-checklist commit through the app against the same rows in a raw sqlite3 transaction.

    .venv/bin/python bench/crash_loop.py [--rounds N]

The kill loop is the suite's (tests/kill_loop.py, 200 rounds there): after each SIGKILL,
integrity_check must be ok, no visit may lack part of its checklist, and every commit the writer
reported must be present. The commit timing (for information) puts one commit through the app beside
the same rows in a raw sqlite3 transaction, both WAL with synchronous=FULL; medians of 50.
"""

import argparse
import datetime as dt
import sqlite3
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timing import timed  # noqa: E402

from models.visits import visits  # noqa: E402
from models.storage.db import open_database  # noqa: E402
from tests import kill_loop  # noqa: E402

COMMITS = 50


def commit_times(folder: Path) -> tuple[float, float]:
    path = folder / "timing.sqlite"
    customer_id = kill_loop.prepare(path)
    db = open_database(f"sqlite:///{path}")
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA synchronous = FULL")
    raw.execute("PRAGMA foreign_keys = ON")
    items = [(i, item.text, item.kind, item.critical, item.answered_by) for i, item in enumerate(kill_loop.TEMPLATE)]
    day = dt.datetime(2026, 1, 1, 9)

    def app() -> None:
        visits.create_visit(db, customer_id, day, kill_loop.TEMPLATE)

    def bare() -> None:
        raw.execute("BEGIN")
        stamp = dt.datetime.now().isoformat(" ")
        vid = raw.execute("INSERT INTO visits (customer_id, planned_start, duration_minutes, status, place, "
                          "created_at, updated_at) VALUES (?, ?, 60, 'planned', '', ?, ?)",
                          (customer_id, day.isoformat(" "), stamp, stamp)).lastrowid
        raw.executemany("INSERT INTO checklist_items (visit_id, position, text, kind, critical, answered_by) "
                        "VALUES (?, ?, ?, ?, ?, ?)", [(vid, *item) for item in items])
        raw.execute("UPDATE customers SET next_visit_at = (SELECT min(planned_start) FROM visits WHERE customer_id = ? "
                    "AND status IN ('planned', 'ready')) WHERE id = ?", (customer_id, customer_id))
        raw.execute("COMMIT")

    mine, base = [], []
    for _ in range(COMMITS):
        mine.append(timed(app))
        base.append(timed(bare))
    raw.close()
    db.close()
    return statistics.median(mine), statistics.median(base)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tally = kill_loop.run(Path(tmp) / "crash.sqlite", rounds=args.rounds, seed=2026)
        app, bare = commit_times(Path(tmp))
    for failure in tally.failures[:10]:
        print("  " + failure)
    print(f"  {tally.rounds} kills, {tally.reported} commits reported by the writers, all checked after each kill")
    print(f"  one visit with its {len(kill_loop.TEMPLATE)}-item checklist (for information, no goal): Fieldbrief "
          f"{app * 1000:.1f} ms, raw sqlite3 {bare * 1000:.1f} ms ({app / bare:.1f}x; the ORM and the customer's "
          "derived columns)")
    print(f"crash_loop_failures: {len(tally.failures)} of {tally.rounds} kills (goal 0)")
    return 0 if not tally.failures else 1


if __name__ == "__main__":
    sys.exit(main())
