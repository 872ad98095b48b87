"""Eight reps on one team database for a minute, editing the same few customers: every change the app
said it saved is there at the end, every other one was told to its writer as a conflict (and merged on
the next try), and nothing else goes wrong. The same, shorter, for windows on one laptop's SQLite file."""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import time

import pytest

from models import customers
from models.customers import ChannelData, CustomerData

WRITERS = 8
SECONDS = float(os.environ.get("FIELDBRIEF_CONCURRENCY_SECONDS", "60"))
CUSTOMERS = 5  # few, so that the writers keep meeting


def writer(url: str, ids: list[int], number: int, seconds: float, out) -> None:
    """Load a customer, add a phone of this writer's own and a word to the notes, save; on a conflict,
    merge with what is there now (their notes, with this writer's word added again) and save that.
    Reports every save the app acknowledged."""
    from models.db import open_database

    db = open_database(url)
    rng = random.Random(number)
    saved, conflicts, errors = [], 0, []
    deadline = time.monotonic() + seconds
    n = 0
    while time.monotonic() < deadline:
        cid = rng.choice(ids)
        base = customers.load(db, cid)
        mine = customers.load(db, cid)
        token = f"w{number}-{n}"
        n += 1
        mine.notes = (mine.notes + " " + token).strip()
        mine.channels.append(ChannelData("phone", f"{number:02d}{n:06d}", token[:50]))
        for _attempt in range(20):
            try:
                customers.save(db, mine)
                saved.append([cid, token])
                break
            except customers.ChangedMeanwhile as exc:
                conflicts += 1
                merged, both = customers.merge_records(base, mine, exc.theirs)
                if not {c.field for c in both} <= {"notes"}:  # the phones merge row by row
                    errors.append(f"unexpected conflicts: {both}")
                merged.notes = (exc.theirs.notes + " " + token).strip()  # as a rep would: theirs, and mine
                base, mine = exc.theirs, merged
            except Exception as exc:  # anything else is a failure of the test
                errors.append(repr(exc))
                break
    db.close()
    out.put(json.dumps({"saved": saved, "conflicts": conflicts, "errors": errors}))


def test_eight_writers_for_a_minute_lose_nothing(db, backend):
    ids = [customers.save(db, CustomerData(name=f"共享客户{i}")).customer_id for i in range(CUSTOMERS)]
    url = db.engine.url.render_as_string(hide_password=False)
    context = multiprocessing.get_context("spawn")
    out = context.Queue()
    seconds = SECONDS if backend == "postgresql" else min(SECONDS, 20)  # a laptop: a few windows, not a team
    processes = [context.Process(target=writer, args=(url, ids, i, seconds, out)) for i in range(WRITERS)]
    for p in processes:
        p.start()
    reports = [json.loads(out.get(timeout=seconds + 120)) for _ in processes]
    for p in processes:
        p.join(timeout=30)
    assert [r["errors"] for r in reports] == [[]] * WRITERS
    saved = [tuple(s) for r in reports for s in r["saved"]]
    conflicts = sum(r["conflicts"] for r in reports)
    print(f"{len(saved)} saves acknowledged, {conflicts} conflicts reported and merged")
    assert len(saved) > WRITERS * 5 and conflicts > 0, "they met"
    for cid in ids:
        record = customers.load(db, cid)
        words = set(record.notes.split())
        labels = {ch.label for ch in record.channels}
        for owner, token in saved:
            if owner == cid:
                assert token in words and token in labels, f"{token} was saved and is gone from customer {cid}"
