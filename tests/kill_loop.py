"""Kill a writer at random moments and check what it leaves (the suite's test and bench/crash_loop.py).

The writer is a forked child that creates visits with their whole checklist through the app's own
service (one transaction each) and reports every visit id once its commit has returned. The parent
kills it with SIGKILL after a random delay, then checks the file: integrity_check is ok, no transaction
is half there (every visit has all its checklist items), and every reported commit is present.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from models.book import customers

from models.visits import visits
from models.book.customers import CustomerData
from models.storage.db import open_database
from models.visits.plan_templates import default_checklist

TEMPLATE = default_checklist("en")


@dataclass
class Tally:
    rounds: int = 0
    reported: int = 0
    rounds_with_commits: int = 0  # rounds in which the writer reported a commit before it was killed
    failures: list[str] = field(default_factory=list)


def prepare(path: Path) -> int:
    db = open_database(f"sqlite:///{path}")
    cid = customers.save(db, CustomerData(name="华信科技有限公司")).customer_id
    db.close()
    return cid


def _write_until_killed(path: Path, customer_id: int, report: int, round_no: int) -> None:
    db = open_database(f"sqlite:///{path}")
    os.write(report, b"ready\n")
    day = dt.datetime(2026, 1, 1, 9) + dt.timedelta(days=round_no)
    while True:
        visit_id = visits.create_visit(db, customer_id, day, TEMPLATE)
        os.write(report, f"{visit_id}\n".encode())
        day += dt.timedelta(minutes=1)


def one_round(path: Path, customer_id: int, rng: random.Random, round_no: int, max_delay: float) -> list[int]:
    """Start a writer, kill it at a random moment, return the visit ids it reported committed."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: write until killed; never return into the parent's code
        os.close(read_end)
        try:
            _write_until_killed(path, customer_id, write_end, round_no)
        finally:
            os._exit(1)
    os.close(write_end)
    reader = os.fdopen(read_end, "rb")
    reader.readline()  # "ready": the database is open, the writes begin
    # Kill only after the writer says it committed at least once, however slow the machine: every
    # round then kills mid-work with a commit before it, and the test asserts on what was reported.
    first = reader.readline()
    time.sleep(rng.uniform(0, max_delay))
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    ids = [int(line) for line in (first + reader.read()).split()]
    reader.close()
    return ids


def check(path: Path, committed: set[int]) -> list[str]:
    """What is wrong with the file after a kill (nothing, one hopes)."""
    conn = sqlite3.connect(path)
    try:
        problems = []
        integrity = conn.execute("PRAGMA integrity_check").fetchall()
        if integrity != [("ok",)]:
            problems.append(f"integrity_check: {integrity[:3]}")
        half = conn.execute("SELECT v.id, count(i.id) FROM visits v LEFT JOIN checklist_items i ON i.visit_id = v.id "
                            "GROUP BY v.id HAVING count(i.id) != ?", (len(TEMPLATE),)).fetchall()
        if half:
            problems.append(f"visits without their whole checklist: {half[:3]}")
        present = {row[0] for row in conn.execute("SELECT id FROM visits")}
        lost = committed - present
        if lost:
            problems.append(f"reported commits missing: {sorted(lost)[:5]}")
        return problems
    finally:
        conn.close()


def run(path: Path, rounds: int, seed: int = 7, max_delay: float = 0.06) -> Tally:
    rng = random.Random(seed)
    customer_id = prepare(path)
    tally = Tally()
    committed: set[int] = set()
    for round_no in range(rounds):
        ids = one_round(path, customer_id, rng, round_no, max_delay)
        committed.update(ids)
        tally.rounds += 1
        tally.reported += len(ids)
        tally.rounds_with_commits += bool(ids)
        problems = check(path, committed)
        if problems:
            tally.failures.append(f"round {round_no}: {'; '.join(problems)}")
    return tally
