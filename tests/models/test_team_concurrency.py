"""Eight reps on one team database for a minute, editing the same few customers and visits: every change the app
said it saved is there at the end, every other one was told to its writer as a conflict (and merged on
the next try), and nothing else goes wrong. The same, shorter, for windows on one laptop's SQLite file."""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import os
import random
import time

import pytest

from models.book import customers

from models.visits import plan_templates, visits
from models.book.customers import ChannelData, CustomerData
from models.visits.plan_merge import merge_plans
from models.visits.visits import QuestionData

WRITERS = 8
SECONDS = float(os.environ.get("FIELDBRIEF_CONCURRENCY_SECONDS", "60"))
CUSTOMERS = 5  # few, so that the writers keep meeting
VISITS = 3


def edit_customer(db, cid: int, token: str, number: int, n: int, errors: list[str]) -> tuple[bool, int]:
    """Load a customer, add a phone of this writer's own and a word to the notes, save; on a conflict,
    merge with what is there now (their notes, with this writer's word added again) and save that.
    Returns whether the app said it saved, and the conflicts it reported."""
    conflicts = 0
    base = customers.load(db, cid)
    mine = customers.load(db, cid)
    mine.notes = (mine.notes + " " + token).strip()
    mine.channels.append(ChannelData("phone", f"{number:02d}{n:06d}", token[:50]))
    for _attempt in range(20):
        try:
            customers.save(db, mine)
            return True, conflicts
        except customers.ChangedMeanwhile as exc:
            conflicts += 1
            merge = customers.merge_records(base, mine, exc.theirs)
            merged, both = merge.record, merge.conflicts
            if not {c.field for c in both} <= {"notes"}:  # the phones merge row by row
                errors.append(f"unexpected conflicts: {both}")
            merged.notes = (exc.theirs.notes + " " + token).strip()  # as a rep would: theirs, and mine
            base, mine = exc.theirs, merged
    return False, conflicts


def edit_plan(db, vid: int, token: str, errors: list[str]) -> tuple[bool, int]:
    """The same with a visit's plan: a question of this writer's own and a word added to the action plan."""
    conflicts = 0
    base = visits.load_plan(db, vid)
    mine = visits.load_plan(db, vid)
    mine.action_plan = (mine.action_plan + " " + token).strip()
    mine.questions = mine.questions + [QuestionData("situation", f"Question {token}?")]
    for _attempt in range(20):
        try:
            visits.save_plan(db, mine)
            return True, conflicts
        except visits.PlanChangedMeanwhile as exc:
            conflicts += 1
            merged, both = merge_plans(base, mine, exc.theirs)
            if not {c.field for c in both} <= {"action_plan"}:  # the questions merge row by row
                errors.append(f"unexpected conflicts: {both}")
            merged.action_plan = (exc.theirs.action_plan + " " + token).strip()
            base, mine = exc.theirs, merged
    return False, conflicts


def writer(url: str, ids: list[int], visit_ids: list[int], number: int, seconds: float, out) -> None:
    """Edits customers and visits' plans in turn, reporting every save the app acknowledged."""
    from models.storage.db import open_database

    db = open_database(url)
    rng = random.Random(number)
    saved, conflicts, errors = [], 0, []
    deadline = time.monotonic() + seconds
    n = 0
    while time.monotonic() < deadline:
        token = f"w{number}-{n}"
        n += 1
        try:
            if n % 2:
                cid = rng.choice(ids)
                done, met = edit_customer(db, cid, token, number, n, errors)
                kind, key = "customer", cid
            else:
                vid = rng.choice(visit_ids)
                done, met = edit_plan(db, vid, token, errors)
                kind, key = "visit", vid
        except Exception as exc:  # anything else is a failure of the test
            errors.append(repr(exc))
            break
        conflicts += met
        if done:
            saved.append([kind, key, token])
    db.close()
    out.put(json.dumps({"saved": saved, "conflicts": conflicts, "errors": errors}))


def test_eight_writers_for_a_minute_lose_nothing(db, backend):
    ids = [customers.save(db, CustomerData(name=f"共享客户{i}")).customer_id for i in range(CUSTOMERS)]
    checklist = plan_templates.default_checklist("zh_CN")
    visit_ids = [visits.create_visit(db, cid, dt.datetime(2026, 12, 3, 9 + i), checklist) for i, cid in enumerate(ids[:VISITS])]
    url = db.engine.url.render_as_string(hide_password=False)
    context = multiprocessing.get_context("spawn")
    out = context.Queue()
    seconds = SECONDS if backend == "postgresql" else min(SECONDS, 20)  # a laptop: a few windows, not a team
    processes = [context.Process(target=writer, args=(url, ids, visit_ids, i, seconds, out)) for i in range(WRITERS)]
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
    assert {kind for kind, _key, _token in saved} == {"customer", "visit"}
    for cid in ids:
        record = customers.load(db, cid)
        words = set(record.notes.split())
        labels = {ch.label for ch in record.channels}
        for kind, owner, token in saved:
            if kind == "customer" and owner == cid:
                assert token in words and token in labels, f"{token} was saved and is gone from customer {cid}"
    for vid in visit_ids:
        plan = visits.load_plan(db, vid)
        words = set(plan.action_plan.split())
        questions = {q.text for q in plan.questions}
        for kind, owner, token in saved:
            if kind == "visit" and owner == vid:
                assert token in words and f"Question {token}?" in questions, f"{token} was saved and is gone from visit {vid}"
