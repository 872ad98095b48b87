"""The Today page on a 100,000-customer book: each section (its first lines and its count) and the whole
page's gathering, and a page of each section's complete list (Show all: the first page, the last, a search),
each against the same questions asked in hand-written SQL through sqlite3.

    .venv/bin/python bench/today.py [--database FILE] [--runs N]

Builds a demo database (100,000 customers) in a temporary folder unless --database names one (it is
upgraded to the current schema). Each section is timed through models.visits.today (SQLAlchemy, rows turned
into Line objects, as the window gathers them) and as raw SQL; medians of --runs, alternating.
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

from models.book import suggestions  # noqa: E402

from models.visits import today
from models.storage.db import open_database  # noqa: E402
from models.demo.book import load_demo  # noqa: E402
from ui.dialogs.show_all import PAGE  # noqa: E402  (the lines a page of the complete list shows)
from models.visits.today import SHOWN  # noqa: E402  (the lines each section shows)

NOW = dt.datetime(2026, 11, 22, 12, 0)
DAY = NOW.date()
GOAL_MS = 100  # a section: gathered off the GUI thread, it should fill within a tenth of a second
PAGE_GOAL_MS = 300  # every section of the page
SHOW_ALL_GOAL_MS = 200  # a page of a section's complete list (asked on the GUI thread as it turns)
SEARCHED = "bluegate"  # a word of many customers' names


def raw_queries(day: dt.date, now: dt.datetime, shown: dict[str, int] = SHOWN,
                offset: int = 0) -> dict[str, list[tuple[str, tuple]]]:
    """Per section: its lines (``shown[key]`` of them from ``offset``) and its count, as a hand-written
    query would ask them."""
    d, cutoff = day.isoformat(), (now - dt.timedelta(hours=24)).isoformat(" ")
    hold = (now - suggestions.HOLD).isoformat(" ")
    window = [(day + dt.timedelta(days=i)).strftime("%m-%d") for i in range(15)]
    marks = ",".join("?" * len(window))
    start = dt.datetime.combine(day, dt.time()).isoformat(" ")
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time()).isoformat(" ")
    n = {key: f"{limit} OFFSET {offset}" for key, limit in shown.items()}
    visits_where = "v.planned_start >= ? AND v.planned_start < ? AND v.status != 'cancelled'"
    tomorrow_where = "v.planned_start >= ? AND v.planned_start < ? AND v.status = 'planned'"
    after = dt.datetime.combine(day + dt.timedelta(days=2), dt.time()).isoformat(" ")
    follow_ups = ("SELECT 'follow_up', f.id, f.customer_id, c.name, f.due_on, f.brings, f.channel, o.visit_id, "
                  "c.follow_ups_done + 1, f.moves FROM follow_ups f JOIN customers c ON c.id = f.customer_id "
                  "LEFT JOIN outcomes o ON o.id = f.outcome_id WHERE f.done_at IS NULL AND f.due_on {op} ?")
    promises = ("SELECT 'promise', p.id, v.customer_id, c.name, p.due_on, p.text, p.by, v.id, NULL, 0 FROM promises p "
                "JOIN outcomes o ON o.id = p.outcome_id JOIN visits v ON v.id = o.visit_id "
                "JOIN customers c ON c.id = v.customer_id WHERE p.done_at IS NULL AND p.due_on {op} ?")

    def due(op: str, limit: str) -> list[tuple[str, tuple]]:
        return [(f"SELECT * FROM ({follow_ups.format(op=op)} UNION ALL {promises.format(op=op)}) "
                 f"ORDER BY 5, 1, 2 LIMIT {limit}", (d, d)),
                (f"SELECT count(*) FROM ({follow_ups.format(op=op)})", (d,)),
                (f"SELECT count(*) FROM ({promises.format(op=op)})", (d,))]

    frequency = ("FROM customers WHERE ((tier = 'diamond' AND (last_visit_at IS NULL OR last_visit_at < ?)) OR "
                 "(tier = 'gold' AND (last_visit_at IS NULL OR last_visit_at < ?)) OR (tier = 'silver' AND "
                 "(last_visit_at IS NULL OR last_visit_at < ?))) AND next_visit_at IS NULL AND archived = 0")
    ages = tuple((now - dt.timedelta(days=k)).isoformat(" ") for k in (30, 60, 90))
    dates = ("FROM key_dates k JOIN customers c ON c.id = k.customer_id LEFT JOIN contacts ct ON ct.id = k.contact_id "
             "WHERE c.archived = 0 AND ")
    yearly = f"k.yearly = 1 AND substr(k.date, 6, 5) IN ({marks})"
    once = "k.yearly = 0 AND k.date BETWEEN ? AND ?"
    until = (day + dt.timedelta(days=14)).isoformat()
    tiers = ("FROM customers c WHERE spend_tier != tier AND archived = 0 AND NOT EXISTS (SELECT 1 FROM "
             "suggestion_decisions d WHERE d.customer_id = c.id AND d.kind = 'tier' AND d.to_value = c.spend_tier "
             "AND d.from_value = c.tier AND d.decided_at >= ?)")
    drops = ("FROM customers c WHERE spend_drop = 1 AND archived = 0 AND lifecycle_stage IN ('B', 'C') AND NOT "
             "EXISTS (SELECT 1 FROM suggestion_decisions d WHERE d.customer_id = c.id AND d.kind = 'stage' AND "
             "d.to_value = 'D' AND d.from_value = c.lifecycle_stage AND d.decided_at >= ?)")
    columns = "id, name, tier, spend_tier, lifecycle_stage, avg_spend_cents, trend_bp"
    agenda = ("SELECT v.id, v.planned_start, v.duration_minutes, v.customer_id, c.name, v.place, v.purpose, "
              "v.status, (SELECT count(done_at) FROM checklist_items i WHERE i.visit_id = v.id), "
              "(SELECT count(*) FROM checklist_items i WHERE i.visit_id = v.id), "
              "(SELECT count(*) FROM checklist_items i WHERE i.visit_id = v.id AND i.critical AND i.done_at IS NULL), "
              "v.ready_override_reason, o.result, v.cancel_reason, v.owner FROM visits v JOIN customers c ON c.id = "
              "v.customer_id LEFT JOIN outcomes o ON o.visit_id = v.id WHERE {where}")
    return {
        today.VISITS: [
            (agenda.replace("{where}", visits_where) + f" ORDER BY v.planned_start, v.id LIMIT {n[today.VISITS]}",
             (start, end)),
            (f"SELECT count(*) FROM visits v JOIN customers c ON c.id = v.customer_id WHERE {visits_where}",
             (start, end))],
        today.TOMORROW: [
            (agenda.replace("{where}", tomorrow_where) + f" ORDER BY v.planned_start, v.id LIMIT {n[today.TOMORROW]}",
             (end, after)),
            (f"SELECT count(*) FROM visits v JOIN customers c ON c.id = v.customer_id WHERE {tomorrow_where}",
             (end, after))],
        today.DUE_TODAY: due("=", n[today.DUE_TODAY]),
        today.OVERDUE: due("<", n[today.OVERDUE]),
        today.NO_OUTCOME: [
            ("SELECT v.customer_id, c.name, v.purpose, v.planned_start, v.id FROM visits v "
             "JOIN customers c ON c.id = v.customer_id LEFT JOIN outcomes o ON o.visit_id = v.id "
             "WHERE v.status IN ('planned', 'ready') AND v.planned_start < ? AND o.id IS NULL "
             f"ORDER BY v.planned_start DESC, v.id LIMIT {n[today.NO_OUTCOME]}", (cutoff,)),
            ("SELECT count(*) FROM visits v LEFT JOIN outcomes o ON o.visit_id = v.id "
             "WHERE v.status IN ('planned', 'ready') AND v.planned_start < ? AND o.id IS NULL", (cutoff,))],
        today.DROPS: [
            (f"SELECT id, name, trend_bp FROM customers WHERE spend_drop = 1 AND archived = 0 ORDER BY trend_bp, id "
             f"LIMIT {n[today.DROPS]}", ()),
            ("SELECT count(*) FROM customers WHERE spend_drop = 1 AND archived = 0", ())],
        today.FREQUENCY: [
            (f"SELECT id, name, tier, last_visit_at {frequency} ORDER BY last_visit_at IS NOT NULL, last_visit_at, id "
             f"LIMIT {n[today.FREQUENCY]}", ages),
            (f"SELECT count(*) {frequency}", ages)],
        today.STALLED_OPPORTUNITIES: [
            ("SELECT id, name, follow_ups_done, last_follow_up_at FROM customers WHERE follow_ups_done BETWEEN 1 AND 3 "
             f"AND follow_ups_open = 0 AND archived = 0 ORDER BY last_follow_up_at, id LIMIT {n[today.STALLED_OPPORTUNITIES]}",
             ()),
            ("SELECT count(*) FROM customers WHERE follow_ups_done BETWEEN 1 AND 3 AND follow_ups_open = 0 "
             "AND archived = 0", ())],
        today.DATES: [
            (f"SELECT k.customer_id, c.name, k.kind, k.label, k.date, ct.name {dates}{yearly} ORDER BY "
             f"substr(k.date, 6, 5) < ?, substr(k.date, 6, 5), k.id LIMIT {n[today.DATES]}",
             (*window, day.strftime("%m-%d"))),
            (f"SELECT k.customer_id, c.name, k.kind, k.label, k.date, ct.name {dates}{once} ORDER BY k.date, k.id "
             f"LIMIT {n[today.DATES]}", (d, until)),
            (f"SELECT count(*) {dates}{yearly}", tuple(window)),
            (f"SELECT count(*) {dates}{once}", (d, until))],
        today.SUGGESTIONS: [
            (f"SELECT {columns} {tiers} ORDER BY avg_spend_cents DESC, id LIMIT {n[today.SUGGESTIONS]}", (hold,)),
            (f"SELECT {columns} {drops} ORDER BY trend_bp, id LIMIT {n[today.SUGGESTIONS]}", (hold,)),
            (f"SELECT count(*) {tiers}", (hold,)),
            (f"SELECT count(*) {drops}", (hold,))],
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
            load_demo(db, customers=100_000, seed=5, today=DAY)
        raw = sqlite3.connect(path)
        queries = raw_queries(DAY, NOW)

        def ask(statements):
            return [raw.execute(sql, params).fetchall() for sql, params in statements]

        results: dict[str, tuple[float, float]] = {}
        totals: dict[str, int] = {}
        for key in today.SECTIONS:
            mine, base = [], []
            for _ in range(args.runs):
                mine.append(timed(lambda: today.section(db, key, NOW, SHOWN[key])))
                base.append(timed(lambda: ask(queries[key])))
            results[key] = (statistics.median(mine), statistics.median(base))
            totals[key] = today.section(db, key, NOW, SHOWN[key]).total
        every = [statement for key in today.SECTIONS for statement in queries[key]]
        mine, base = [], []
        for _ in range(args.runs):
            mine.append(timed(lambda: today.page(db, NOW, SHOWN)))
            base.append(timed(lambda: ask(every)))
        page = (statistics.median(mine), statistics.median(base))
        show_all = {}  # the first page, the last one and a search, against the raw query of the last page
        for key in today.SECTIONS:
            last = max(0, (totals[key] - 1) // PAGE * PAGE)
            raw_last = raw_queries(DAY, NOW, dict.fromkeys(SHOWN, PAGE), last)[key]
            mine, base = {"first": [], "last": [], "search": []}, []
            for _ in range(args.runs):
                mine["first"].append(timed(lambda: today.section(db, key, NOW, PAGE)))
                mine["last"].append(timed(lambda: today.section(db, key, NOW, PAGE, last)))
                mine["search"].append(timed(lambda: today.section(db, key, NOW, PAGE, search=SEARCHED)))
                base.append(timed(lambda: ask(raw_last)))
            show_all[key] = ({k: statistics.median(v) for k, v in mine.items()}, statistics.median(base), last)
        raw.close()
        db.close()
    for key, (m, b) in results.items():
        print(f"  {key}: {totals[key]:,} lines; Fieldbrief {m * 1000:.1f} ms, raw SQL {b * 1000:.1f} ms")
    print(f"  page: Fieldbrief {page[0] * 1000:.1f} ms, raw SQL {page[1] * 1000:.1f} ms")
    for key, (m, b) in results.items():
        print(f"today_{key}_ms: {m * 1000:.1f} ms, {m / b:.2f}x the raw query (goal < {GOAL_MS} ms)")
    for key, (mine, base, last) in show_all.items():
        print(f"  show all {key}: first page {mine['first'] * 1000:.1f} ms, the last (from {last:,}) "
              f"{mine['last'] * 1000:.1f} ms, searched {mine['search'] * 1000:.1f} ms; raw SQL, the last "
              f"{base * 1000:.1f} ms")
    print(f"today_page_ms: {page[0] * 1000:.0f} ms (goal < {PAGE_GOAL_MS} ms)")
    for key, (mine, base, _last) in show_all.items():
        worst = max(mine.values())
        print(f"today_show_all_{key}_ms: {worst * 1000:.1f} ms a page, {mine['last'] / base:.2f}x the raw query "
              f"(goal < {SHOW_ALL_GOAL_MS} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
