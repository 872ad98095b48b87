"""Importing a 100,000-row CSV of contacts against a raw sqlite3 executemany of the same rows, in the same
run; the import's peak memory at 20,000 and 100,000 rows (it streams, so it should not grow); and the
iCalendar export of a 100,000-customer demo book against the CSV export of the same book, with its
peak memory.

    .venv/bin/python bench/interchange.py [--rows N] [--runs N] [--customers N] [--skip-exports]

(--skip-exports leaves out the export benchmark, which builds a 100k demo and takes minutes.)

The file is written in a temporary folder: UTF-8 with a BOM as Excel saves it, half Chinese, half
English, a third of the people at companies, each with a phone and an email. Fieldbrief's import reads
the file twice (a scan for duplicates and errors, then the store), checks every record and writes
customers, contacts and channels in one transaction. The baseline reads the same file with csv.reader
and executemany()s the same rows into the same tables of a fresh Fieldbrief database (its indexes
included) in one transaction, with no checks. Each import runs in a fresh process
(its own peak RSS), alternating, medians.
"""

import argparse
import csv
import json
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOAL = 3.0

CHILD = r"""
import json, resource, sqlite3, sys, time, csv
sys.path.insert(0, {root!r})
mode, path, db_path = sys.argv[1], sys.argv[2], sys.argv[3]
start = time.perf_counter()
if mode == "app":
    from pathlib import Path
    from models.storage.db import open_database
    from models.interchange.importer import import_file
    db = open_database(f"sqlite:///{{db_path}}")
    start = time.perf_counter()
    summary = import_file(db, Path(path))
    assert summary.added > 0 and not summary.errors, summary.errors[:3]
    db.close()
else:
    # The same rows into the same tables (a fresh Fieldbrief schema, its indexes included), by the driver:
    # a customer per person (or one per company, with the person as its contact) and two channels each.
    from models.storage.db import open_database
    open_database(f"sqlite:///{{db_path}}").close()
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA synchronous = FULL"); conn.execute("PRAGMA foreign_keys = ON")
    start = time.perf_counter()
    customers, contacts, channels, companies = [], [], [], {{}}
    stamp = "2026-11-22 12:00:00.000000"
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = csv.reader(f)
        next(rows)
        for name, company, title, phone, email, city in rows:
            contact = None
            if company:
                cid = companies.get(company)
                if cid is None:
                    cid = companies[company] = len(customers) + 1
                    customers.append((cid, "company", company, city, stamp, stamp, company))
                contact = len(contacts) + 1
                contacts.append((contact, cid, name, title))
            else:
                cid = len(customers) + 1
                customers.append((cid, "person", name, city, stamp, stamp, name))
            channels.append((cid, contact, "phone", "mobile", phone))
            channels.append((cid, contact, "email", "", email))
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO customers (id, kind, name, city, created_at, updated_at, search_text, "
                     "relationship_level, contact_level, lifecycle_stage) VALUES (?, ?, ?, ?, ?, ?, ?, 'none', 'new', 'A')",
                     customers)
    conn.executemany("INSERT INTO contacts (id, customer_id, name, title) VALUES (?, ?, ?, ?)", contacts)
    conn.executemany("INSERT INTO channels (customer_id, contact_id, kind, label, value) VALUES (?, ?, ?, ?, ?)",
                     channels)
    conn.execute("COMMIT")
    conn.close()
print(json.dumps({{"seconds": time.perf_counter() - start,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def write_csv(path: Path, rows: int) -> None:
    rng = random.Random(3)
    family, given = "王李张刘陈杨黄赵吴周", "伟芳娜敏静丽强磊军洋"
    firsts, lasts = ["Emma", "Tom", "Susan", "Ahmed", "Mary"], ["Wilson", "Baker", "Thomas", "Hughes", "Brown"]
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["Name", "Company", "Title", "Mobile Phone", "E-mail", "City"])
        for i in range(rows):
            chinese = i % 2 == 0
            name = rng.choice(family) + rng.choice(given) + rng.choice(given) if chinese else \
                f"{rng.choice(firsts)} {rng.choice(lasts)}"
            company = (f"华信{i % 9000}科技有限公司" if chinese else f"Harbour {i % 9000} Ltd") if i % 3 == 0 else ""
            writer.writerow([name, company, "经理" if chinese else "Manager", f"+86 138 {i:04d} {i % 9973:04d}",
                             f"p{i}@example.com", "上海" if chinese else "Leeds"])


EXPORT_CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from models.storage.db import open_database
from models.interchange.exports import export
fmt, db_path, target = sys.argv[1], sys.argv[2], sys.argv[3]
db = open_database(f"sqlite:///{{db_path}}")
start = time.perf_counter()
count = export(db, fmt, Path(target))
print(json.dumps({{"seconds": time.perf_counter() - start, "count": count,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def export_run(fmt: str, db_path: Path, folder: Path) -> dict:
    target = folder / f"export.{fmt}"
    done = subprocess.run([sys.executable, "-c", EXPORT_CHILD.format(root=str(ROOT)), fmt, str(db_path), str(target)],
                          capture_output=True, text=True, check=True)
    target.unlink()
    return json.loads(done.stdout.strip().splitlines()[-1])


def exports(customers: int, runs: int, folder: Path) -> None:
    db_path = folder / "demo.sqlite"
    subprocess.run([sys.executable, str(ROOT / "main.py"), "--database", f"sqlite:///{db_path}", "--data-dir",
                    str(folder / "data"), "demo", "--customers", str(customers)], check=True, capture_output=True)
    ics, csv_runs = [], []
    for i in range(runs):
        order = [("ics", ics), ("csv", csv_runs)] if i % 2 == 0 else [("csv", csv_runs), ("ics", ics)]
        for fmt, results in order:
            results.append(export_run(fmt, db_path, folder))
    i_s = statistics.median(r["seconds"] for r in ics)
    c_s = statistics.median(r["seconds"] for r in csv_runs)
    peak = max(r["peak_mb"] for r in ics)
    print(f"  export of the {customers:,}-customer demo: iCalendar {i_s:.1f} s ({ics[0]['count']:,} events), "
          f"CSV {c_s:.1f} s ({csv_runs[0]['count']:,} rows) (medians of {runs}); iCalendar peak memory {peak:.0f} MB")
    tag = f"{customers // 1000}k"
    print(f"ics_export_{tag}: {i_s / c_s:.2f}x (goal <= 2x)")
    print(f"ics_export_{tag}_peak: {peak:.0f} MB (goal < 200 MB)")


def run(mode: str, csv_path: Path, folder: Path, tag: str) -> dict:
    db_path = folder / f"{mode}-{tag}.sqlite"
    done = subprocess.run([sys.executable, "-c", CHILD.format(root=str(ROOT)), mode, str(csv_path), str(db_path)],
                          capture_output=True, text=True, check=True)
    for suffix in ("", "-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--customers", type=int, default=100_000, help="the demo book the exports are timed on")
    parser.add_argument("--skip-exports", action="store_true", help="time the import only (a quick run)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        big, small = folder / "big.csv", folder / "small.csv"
        write_csv(big, args.rows)
        write_csv(small, args.rows // 5)
        mine, base = [], []
        for i in range(args.runs):
            order = [("app", mine), ("raw", base)] if i % 2 == 0 else [("raw", base), ("app", mine)]
            for mode, results in order:
                results.append(run(mode, big, folder, str(i)))
        small_peak = run("app", small, folder, "small")["peak_mb"]
    m = statistics.median(r["seconds"] for r in mine)
    b = statistics.median(r["seconds"] for r in base)
    big_peak = statistics.median(r["peak_mb"] for r in mine)
    print(f"  import of {args.rows:,} rows: Fieldbrief {m:.2f} s, raw executemany {b:.2f} s (medians of {args.runs})")
    print(f"  peak memory of the import: {small_peak:.0f} MB at {args.rows // 5:,} rows, {big_peak:.0f} MB at "
          f"{args.rows:,}")
    print(f"import_csv: {m / b:.2f}x (goal <= {GOAL}x)")
    print(f"import_memory_growth: {big_peak / small_peak:.2f}x for 5x the rows (goal <= 1.3x)")
    if not args.skip_exports:
        with tempfile.TemporaryDirectory() as tmp:
            exports(args.customers, args.runs, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
