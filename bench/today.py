"""The Today page's lists on a 100,000-customer book, each against the same question asked in raw SQL.

    .venv/bin/python bench/today.py [--database FILE] [--runs N]

Builds a demo database (100,000 customers) in a temporary folder unless --database names one (it is
upgraded to the current schema). Each list is timed through models.today (SQLAlchemy, rows turned into
Line objects) and as a hand-written query through sqlite3; medians of --runs.
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

from models import suggestions, today  # noqa: E402
from models.db import open_database  # noqa: E402
from models.demo import load_demo  # noqa: E402

NOW = dt.datetime(2026, 11, 22, 12, 0)
DAY = NOW.date()
GOAL_MS = 100  # the lists are gathered off the GUI thread; the page should fill within a tenth of a second


def raw_queries(day: dt.date, now: dt.datetime) -> dict[str, tuple[str, tuple]]:
    d, cutoff = day.isoformat(), (now - dt.timedelta(hours=24)).isoformat(" ")
    hold = (now - suggestions.HOLD).isoformat(" ")
    window = [(day + dt.timedelta(days=i)).strftime("%m-%d") for i in range(15)]
    marks = ",".join("?" * len(window))
    start = dt.datetime.combine(day, dt.time()).isoformat(" ")
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time()).isoformat(" ")
    return {
        "visits": ("SELECT v.id, v.planned_start, v.duration_minutes, v.customer_id, c.name, v.place, v.purpose, "
                   "v.status, (SELECT count(done_at) FROM checklist_items i WHERE i.visit_id = v.id), "
                   "(SELECT count(*) FROM checklist_items i WHERE i.visit_id = v.id), "
                   "(SELECT count(*) FROM checklist_items i WHERE i.visit_id = v.id AND i.critical AND "
                   "i.done_at IS NULL), v.ready_override_reason FROM visits v JOIN customers c ON c.id = "
                   "v.customer_id WHERE v.planned_start >= ? AND v.planned_start < ? ORDER BY v.planned_start, "
                   "v.id LIMIT 100", (start, end)),
        "follow_ups": ("SELECT f.customer_id, c.name, f.due_on, f.channel, f.brings, o.visit_id FROM follow_ups f "
                       "JOIN customers c ON c.id = f.customer_id LEFT JOIN outcomes o ON o.id = f.outcome_id "
                       "WHERE f.done_at IS NULL AND f.due_on <= ? ORDER BY f.due_on, f.id LIMIT 100", (d,)),
        "no_outcome": ("SELECT v.customer_id, c.name, v.purpose, v.planned_start, v.id FROM visits v "
                       "JOIN customers c ON c.id = v.customer_id LEFT JOIN outcomes o ON o.visit_id = v.id "
                       "WHERE v.status IN ('planned', 'ready') AND v.planned_start < ? AND o.id IS NULL "
                       "ORDER BY v.planned_start DESC LIMIT 100", (cutoff,)),
        "promises": ("SELECT v.customer_id, c.name, p.text, p.due_on, v.id, p.by FROM promises p "
                     "JOIN outcomes o ON o.id = p.outcome_id JOIN visits v ON v.id = o.visit_id "
                     "JOIN customers c ON c.id = v.customer_id WHERE p.done_at IS NULL AND p.due_on <= ? "
                     "ORDER BY p.due_on, p.id LIMIT 100", (d,)),
        "spend_drops": ("SELECT id, name, trend_bp FROM customers WHERE spend_drop = 1 AND archived = 0 "
                        "ORDER BY trend_bp, id LIMIT 100", ()),
        "frequency": ("SELECT id, name, tier, last_visit_at FROM customers WHERE ((tier = 'diamond' AND "
                      "(last_visit_at IS NULL OR last_visit_at < ?)) OR (tier = 'gold' AND (last_visit_at IS NULL "
                      "OR last_visit_at < ?)) OR (tier = 'silver' AND (last_visit_at IS NULL OR last_visit_at < ?))) "
                      "AND next_visit_at IS NULL AND archived = 0 ORDER BY last_visit_at IS NOT NULL, "
                      "last_visit_at, id LIMIT 100",
                      tuple((now - dt.timedelta(days=n)).isoformat(" ") for n in (30, 60, 90))),
        "stalled": ("SELECT id, name, follow_ups_done, last_follow_up_at FROM customers WHERE follow_ups_done "
                    "BETWEEN 1 AND 3 AND follow_ups_open = 0 AND archived = 0 ORDER BY last_follow_up_at, id "
                    "LIMIT 100", ()),
        "dates": (f"SELECT k.customer_id, c.name, k.kind, k.label, k.date, k.yearly, ct.name FROM key_dates k "
                  f"JOIN customers c ON c.id = k.customer_id LEFT JOIN contacts ct ON ct.id = k.contact_id "
                  f"WHERE c.archived = 0 AND ((k.yearly = 1 AND substr(k.date, 6, 5) IN ({marks})) OR "
                  f"(k.yearly = 0 AND k.date BETWEEN ? AND ?))",
                  (*window, d, (day + dt.timedelta(days=14)).isoformat())),
        # two questions: tier changes, then spend drops in build-up or maturity, each not answered lately
        "suggestions": [
            ("SELECT id, name, tier, spend_tier, lifecycle_stage, avg_spend_cents, trend_bp FROM customers c "
             "WHERE spend_tier != tier AND archived = 0 AND NOT EXISTS (SELECT 1 FROM suggestion_decisions d "
             "WHERE d.customer_id = c.id AND d.kind = 'tier' AND d.to_value = c.spend_tier AND "
             "d.from_value = c.tier AND d.decided_at >= ?) ORDER BY avg_spend_cents DESC, id LIMIT 100", (hold,)),
            ("SELECT id, name, tier, spend_tier, lifecycle_stage, avg_spend_cents, trend_bp FROM customers c "
             "WHERE spend_drop = 1 AND archived = 0 AND lifecycle_stage IN ('B', 'C') AND NOT EXISTS (SELECT 1 "
             "FROM suggestion_decisions d WHERE d.customer_id = c.id AND d.kind = 'stage' AND d.to_value = 'D' "
             "AND d.from_value = c.lifecycle_stage AND d.decided_at >= ?) ORDER BY trend_bp, id LIMIT 100",
             (hold,))],
    }


def app_lists(db) -> dict:
    return {
        "visits": lambda: today.todays_visits(db, DAY),
        "follow_ups": lambda: today.follow_ups_due(db, DAY),
        "no_outcome": lambda: today.visits_without_outcome(db, NOW),
        "promises": lambda: today.promises_due(db, DAY),
        "spend_drops": lambda: today.spend_drops(db),
        "frequency": lambda: today.past_visit_frequency(db, NOW),
        "stalled": lambda: today.stalled_opportunities(db),
        "dates": lambda: today.dates_ahead(db, DAY),
        "suggestions": lambda: suggestions.pending(db, NOW),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.database or Path(tmp) / "bench.sqlite"
        db = open_database(f"sqlite:///{path}")
        if args.database is None:
            print("building a demo database of 100,000 customers…", flush=True)
            load_demo(db, customers=100_000, seed=5, today=DAY - dt.timedelta(days=2))
        raw = sqlite3.connect(path)
        lists, queries = app_lists(db), raw_queries(DAY, NOW)
        results = {}
        for name in lists:
            mine, base = [], []
            for _ in range(args.runs):
                mine.append(timed(lists[name]))
                statements = queries[name] if isinstance(queries[name], list) else [queries[name]]
                base.append(timed(lambda: [raw.execute(sql, params).fetchall() for sql, params in statements]))
            results[name] = (statistics.median(mine), statistics.median(base))
        raw.close()
        db.close()
    for name, (m, b) in results.items():
        print(f"  {name}: Fieldbrief {m * 1000:.1f} ms, raw SQL {b * 1000:.1f} ms")
    for name, (m, b) in results.items():
        print(f"today_{name}_ms: {m * 1000:.1f} ms, {m / b:.2f}x the raw query (goal < {GOAL_MS} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
