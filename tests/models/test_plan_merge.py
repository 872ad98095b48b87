"""Merging a visit's plan two people changed: what each changed is kept; only a field both changed
differently is a conflict."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from models.visits.plan_merge import SCALARS, merge_plans, resolve_plan
from models.visits.visits import ObjectionData, PlanData, ProductData, QuestionData

BASE = PlanData(customer_id=1, planned_start=dt.datetime(2026, 12, 3, 10, 0), place="Head office", purpose="Renew",
                contact_ids=[11, 12], questions=[QuestionData("situation", "Who signs?")],
                products=[ProductData("Fibre 1G", "1 Gbit/s")], objections=[ObjectionData("Too dear", "Bundle")],
                id=7, version=3)


def test_each_side_keeps_what_it_changed():
    mine = dataclasses.replace(BASE, purpose="Renew and upsell", questions=BASE.questions + [
        QuestionData("problem", "What breaks most?")])
    theirs = dataclasses.replace(BASE, place="Branch 2", contact_ids=[11], version=4,
                                 objections=BASE.objections + [ObjectionData("Timing", "Start in Q1")])
    merged, conflicts = merge_plans(BASE, mine, theirs)
    assert conflicts == []
    assert merged.purpose == "Renew and upsell" and merged.place == "Branch 2"
    assert merged.contact_ids == [11]
    assert [q.text for q in merged.questions] == ["Who signs?", "What breaks most?"]
    assert [o.objection for o in merged.objections] == ["Too dear", "Timing"]
    assert merged.version == 4  # saving it overwrites nothing


def test_a_field_both_changed_is_a_conflict_the_rep_settles():
    mine = dataclasses.replace(BASE, purpose="Renew for 3 years", place="Café opposite")
    theirs = dataclasses.replace(BASE, purpose="Renew for 1 year", version=4)
    merged, conflicts = merge_plans(BASE, mine, theirs)
    assert [(c.field, c.mine, c.theirs) for c in conflicts] == [("purpose", "Renew for 3 years", "Renew for 1 year")]
    assert merged.purpose == "Renew for 1 year" and merged.place == "Café opposite"
    assert resolve_plan(merged, mine, {"purpose"}).purpose == "Renew for 3 years"
    assert resolve_plan(merged, mine, set()).purpose == "Renew for 1 year"


def test_a_row_one_removed_and_the_other_kept_is_removed_and_a_reworded_one_is_both_changes():
    mine = dataclasses.replace(BASE, products=[])  # the rep dropped the product
    theirs = dataclasses.replace(BASE, questions=[QuestionData("situation", "Who signs the renewal?")], version=4)
    merged, conflicts = merge_plans(BASE, mine, theirs)
    assert conflicts == [] and merged.products == []
    assert [q.text for q in merged.questions] == ["Who signs the renewal?"]


texts = st.text(max_size=5)


@given(st.fixed_dictionaries({"purpose": texts, "place": texts, "next_step": texts}),
       st.fixed_dictionaries({"opening_line": texts, "action_plan": texts}))
def test_changes_to_different_fields_never_conflict_and_both_survive(mine_changes, their_changes):
    mine = dataclasses.replace(BASE, **mine_changes)
    theirs = dataclasses.replace(BASE, **their_changes)
    merged, conflicts = merge_plans(BASE, mine, theirs)
    assert conflicts == []
    assert all(getattr(merged, k) == v for k, v in {**mine_changes, **their_changes}.items())
    assert all(getattr(merged, k) == getattr(BASE, k) for k in SCALARS if k not in mine_changes | their_changes)


# -- on the database: two people saving one plan ----------------------------------------------------
from sqlalchemy import select  # noqa: E402

from models.book import customers  # noqa: E402

from models.visits import plan_templates, visits
from models.book.customers import ContactData, CustomerData  # noqa: E402
from models.entities import PlanQuestion  # noqa: E402
from models.visits.visits import PlanChangedMeanwhile  # noqa: E402


def planned_visit(db) -> int:
    cid = customers.save(db, CustomerData(name="Harbour Freight", contacts=[
        ContactData(name="Li Na"), ContactData(name="Wang Wei")])).customer_id
    return visits.create_visit(db, cid, dt.datetime(2026, 12, 3, 10, 0), plan_templates.default_checklist("en"))


def test_a_plan_saved_meanwhile_is_never_overwritten_and_merges_with_both_changes(db):
    vid = planned_visit(db)
    rep = visits.load_plan(db, vid)
    manager = visits.load_plan(db, vid)
    base = dataclasses.replace(rep)
    manager.purpose = "Renew the fibre contract"
    manager.questions = [QuestionData("situation", "Who signs?")]
    visits.save_plan(db, manager)
    rep.place = "Café opposite the office"
    rep.objections = [ObjectionData("Too dear", "Bundle it")]
    try:
        visits.save_plan(db, rep)
        raise AssertionError("a stale plan was saved")
    except PlanChangedMeanwhile as exc:
        theirs = exc.theirs
    stored = visits.load_plan(db, vid)
    assert stored.purpose == "Renew the fibre contract" and stored.place != "Café opposite the office"  # nothing written
    merged, conflicts = merge_plans(base, rep, theirs)
    assert conflicts == []
    visits.save_plan(db, merged)
    final = visits.load_plan(db, vid)
    assert final.purpose == "Renew the fibre contract" and final.place == "Café opposite the office"
    assert [q.text for q in final.questions] == ["Who signs?"] and [o.objection for o in final.objections] == ["Too dear"]


def test_one_window_saving_as_the_rep_types_never_conflicts_with_itself(db):
    vid = planned_visit(db)
    plan = visits.load_plan(db, vid)
    for i in range(6):  # the planner's autosave, keystroke after keystroke
        plan.purpose = "Renew"[: i + 1]
        visits.save_plan(db, plan)
    assert visits.load_plan(db, vid).purpose == "Renew"


def test_plan_rows_are_saved_as_changes_and_keep_their_ids(db):
    vid = planned_visit(db)
    plan = visits.load_plan(db, vid)
    plan.questions = [QuestionData("situation", "Who signs?"), QuestionData("problem", "What breaks?")]
    visits.save_plan(db, plan)
    with db.session() as s:
        before = {q.text: q.id for q in s.scalars(select(PlanQuestion).where(PlanQuestion.visit_id == vid))}
    plan.questions = [QuestionData("situation", "Who signs?"), QuestionData("problem", "What breaks most?")]
    plan.purpose = "Renew"
    visits.save_plan(db, plan)
    with db.session() as s:
        after = {q.text: q.id for q in s.scalars(select(PlanQuestion).where(PlanQuestion.visit_id == vid))}
    assert after["Who signs?"] == before["Who signs?"]  # untouched
    assert after["What breaks most?"] == before["What breaks?"]  # edited in place
    plan.contact_ids = plan.contact_ids[:1]
    visits.save_plan(db, plan)
    assert visits.load_plan(db, vid).contact_ids == plan.contact_ids
