"""The team's weekly report on a 100,000-customer book: each figure against the same question in hand-written
SQL through sqlite3, and the whole report (figures, the lists, the PDF) end to end.

    .venv/bin/python bench/reports.py [--database FILE] [--runs N]

Builds a demo database (100,000 customers) in a temporary folder unless --database names one (it is
upgraded to the current schema). Each figure is timed through models.reports.figures (SQLAlchemy, rows made
into the report's figures) and as raw SQL; medians of --runs, alternating.
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

from models.demo.book import load_demo  # noqa: E402
from models.reports import figures  # noqa: E402
from models.reports.period import Period  # noqa: E402
from models.reports.service import write_weekly_report  # noqa: E402
from models.storage.db import open_database  # noqa: E402

NOW = dt.datetime(2026, 11, 27, 17, 0)  # a Friday afternoon, the report handed in
WEEK = Period.of("week", NOW.date())
RATIO_GOAL = 2.0
REPORT_GOAL_MS = 3000


def raw_queries(params: dict) -> dict[str, tuple[str, tuple]]:
    """Each figure's question for the team, as a hand-written query would ask it."""
    start, end = params["start"].isoformat(" "), params["end"].isoformat(" ")
    first, end_day, until = params["first_day"].isoformat(), params["end_day"].isoformat(), params["until"].isoformat()
    since = tuple(params[f"since_{tier}"].isoformat(" ") for tier in ("diamond", "gold", "silver"))
    due = "f.due_on >= ? AND f.due_on < ?"
    done_in = "f.done_at >= ? AND f.done_at < ?"
    overdue = "f.done_at IS NULL AND f.due_on < ?"
    return {
        "visits": ("SELECT v.owner, v.status, o.result, o.step_reached, count(*) FROM visits v "
                   "LEFT JOIN outcomes o ON o.visit_id = v.id "
                   "WHERE v.planned_start >= ? AND v.planned_start < ? GROUP BY 1, 2, 3, 4", (start, end)),
        "follow_ups": (f"SELECT sum({due}), sum({done_in} AND f.status = 'done'), "
                       f"sum({done_in} AND f.status = 'done' AND date(f.done_at) <= f.due_on), "
                       f"sum({done_in} AND f.status = 'dropped'), sum({overdue}) FROM follow_ups f "
                       f"WHERE ({due}) OR ({done_in}) OR ({overdue})",
                       (first, end_day, start, end, start, end, start, end, until)
                       + (first, end_day, start, end, until)),
        "promises": ("SELECT count(*), sum(status = 'kept' AND date(done_at) <= due_on), "
                     "sum(status = 'kept' AND date(done_at) > due_on), sum(status = 'broken'), "
                     "sum(done_at IS NULL) FROM promises WHERE due_on >= ? AND due_on < ?", (first, end_day)),
        "opportunities": ("SELECT follow_ups_done, count(*) FROM customers WHERE (follow_ups_done > 0 OR "
                          "follow_ups_open > 0) AND archived = 0 GROUP BY 1", ()),
        "wins": ("SELECT done, count(*) FROM (SELECT (SELECT count(*) FROM follow_ups f WHERE "
                 "f.customer_id = v.customer_id AND f.status = 'done' AND f.done_at < o.logged_at AND f.done_at > "
                 "coalesce((SELECT max(e.logged_at) FROM outcomes e JOIN visits ev ON ev.id = e.visit_id WHERE "
                 "ev.customer_id = v.customer_id AND e.result IN ('won', 'lost', 'cancelled') AND "
                 "e.logged_at < o.logged_at), '1900-01-01')) AS done FROM visits v JOIN outcomes o ON "
                 "o.visit_id = v.id WHERE v.planned_start >= ? AND v.planned_start < ? AND o.result = 'won') "
                 "GROUP BY 1", (start, end)),
        "past_frequency": ("SELECT tier, count(*) FROM customers WHERE ((tier = 'diamond' AND (last_visit_at IS "
                           "NULL OR last_visit_at < ?)) OR (tier = 'gold' AND (last_visit_at IS NULL OR "
                           "last_visit_at < ?)) OR (tier = 'silver' AND (last_visit_at IS NULL OR last_visit_at < ?)))"
                           " AND next_visit_at IS NULL AND archived = 0 GROUP BY 1", since),
        "spend": ("SELECT c.tier, s.year, s.month, sum(s.amount_cents) FROM monthly_spend s JOIN customers c ON "
                  "c.id = s.customer_id WHERE s.year * 12 + s.month - 1 BETWEEN ? AND ? GROUP BY 1, 2, 3",
                  (params["first_month"], params["last_month"])),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path, help="an existing Fieldbrief SQLite file (default: build one)")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.database or Path(tmp) / "bench.sqlite"
        db = open_database(f"sqlite:///{path}")
        if args.database is None:
            print("building a demo database of 100,000 customers…", flush=True)
            load_demo(db, customers=100_000, seed=5, today=NOW.date())
        raw = sqlite3.connect(path)
        with db.session() as s:
            params = figures.parameters(s, WEEK, None, NOW)
        queries = raw_queries(params)
        ratios = {}
        for name in figures.FIGURES:
            mine, base = [], []
            sql, values = queries[name]

            def app(name=name):
                with db.session() as s:
                    figures.figure(s, name, params)

            for _ in range(args.runs):
                mine.append(timed(app))
                base.append(timed(lambda: raw.execute(sql, values).fetchall()))
            m, b = statistics.median(mine), statistics.median(base)
            ratios[name] = (m, b)
            print(f"  {name}: Fieldbrief {m * 1000:.1f} ms, raw SQL {b * 1000:.1f} ms")
        reports = []
        target = Path(tmp) / "week.pdf"
        for _ in range(max(3, args.runs // 3)):
            reports.append(timed(lambda: write_weekly_report(db, WEEK, target, now=NOW)))
        report = write_weekly_report(db, WEEK, target, now=NOW)
        print(f"  the team's week {WEEK.label}: {report.figures.visits.total:,} visits, "
              f"{len(report.figures.visits.by_rep)} reps; the PDF {target.stat().st_size:,} bytes")
        raw.close()
        db.close()
    for name, (m, b) in ratios.items():
        print(f"report_{name}: {m / b:.2f}x (goal <= {RATIO_GOAL:g}x)")
    print(f"report_team_week_ms: {statistics.median(reports) * 1000:.0f} ms (goal < {REPORT_GOAL_MS} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
