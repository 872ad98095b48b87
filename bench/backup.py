"""A verified backup of the 100,000-customer demo database against SQLite's bare backup API plus a
quick_check, run raw in the same run.

    .venv/bin/python bench/backup.py [--database FILE] [--runs N]

Builds the demo database in a temporary folder unless --database names one. Fieldbrief's backup
(models/storage/backup.take_backup) copies through the online backup API into NAME.part, makes it a single
self-contained file, verifies it (quick_check, application id, schema, counts), writes its SHA-256
sidecar, fsyncs and renames. The baseline is sqlite3's Connection.backup into a file and a quick_check
of the copy on a fresh connection. Alternating runs (the baseline first in odd runs), medians.
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

from models.storage.backup import take_backup  # noqa: E402
from models.storage.db import open_database  # noqa: E402
from models.demo.book import load_demo  # noqa: E402

GOAL = 1.5


def bare_backup(source: Path, target: Path) -> None:
    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.close()
    # A fresh connection for the check: on the connection that wrote the copy it takes 4x as long.
    check = sqlite3.connect(f"{target.as_uri()}?mode=ro", uri=True)
    assert check.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    check.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = args.database or folder / "bench.sqlite"
        if args.database is None:
            print("building a demo database of 100,000 customers…", flush=True)
            db = open_database(f"sqlite:///{path}")
            load_demo(db, customers=100_000, seed=5, today=dt.date(2026, 11, 20))
            db.close()
        print(f"  database: {path.stat().st_size / 1e6:.0f} MB", flush=True)
        mine, base = [], []
        for run in range(args.runs):
            target, raw_target = folder / f"mine-{run}.sqlite", folder / f"bare-{run}.sqlite"
            order = [("mine", lambda: take_backup(path, target)), ("bare", lambda: bare_backup(path, raw_target))]
            for name, action in order if run % 2 == 0 else reversed(order):
                (mine if name == "mine" else base).append(timed(action))
            for leftover in (target, target.with_suffix(".sha256"), raw_target):
                leftover.unlink()
        m, b = statistics.median(mine), statistics.median(base)
    print(f"  verified backup {m:.2f} s, bare backup API + quick_check {b:.2f} s (medians of {args.runs})")
    print(f"backup_verified: {m / b:.2f}x (goal <= {GOAL}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
