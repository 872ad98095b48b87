"""Visit plans: create a visit with its checklist, load and save the plan, tick the checklist, get ready.

The planner saves the whole plan as the rep types (one transaction a save), so a draft is never lost.
Checklist items that a part of the plan answers (goal, opening line...) tick themselves on every save;
the rest are ticked by hand. A visit is Ready only when every critical item is done, or with an
override reason that is kept (and printed on the brief), and it stays Ready only while that holds: a
critical item unticked afterwards that the reason did not cover puts it back to Planned. A visit with an
outcome is done: it is not made Planned or Ready again (the outcome is corrected instead). A visit can be
cancelled with a reason (it stays in the history) or deleted; both are undoable.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from models.book import undo, validation
from models.storage.db import Database
from models.entities import (
    ChecklistItem,
    Contact,
    Customer,
    Outcome,
    PlanObjection,
    PlanProduct,
    PlanQuestion,
    Visit,
    visit_contacts,
)
from models.errors import KnownError, NO_CUSTOMER, NO_VISIT, NotFoundError, Refused
from models.visits.plan_templates import TemplateItem
from models.visits.readiness import Readiness, of_checklist
from models.book.row_sync import sync_rows
from models.book.summaries import refresh_customers
from models.runtime.translatable import QT_TRANSLATE_NOOP
from models.book.undo import Change
from models.vocabulary import ApproachMethod, ChecklistKind, CycleStep, PlanAnswer, QuestionKind, VisitStatus

PLAN_TEXTS = ("purpose", "action_plan", "expected_result", "customer_profile", "expected_reception",
              "opening_line", "decision_maker_plan", "next_step")
TEXT_LIMIT = 10_000
LINE_LIMIT = 1_000
QUESTION_LIMIT = 500


@dataclass
class QuestionData:
    kind: str  # QuestionKind value
    text: str


@dataclass
class ProductData:
    product: str
    feature: str = ""
    advantage: str = ""
    benefit: str = ""


@dataclass
class ObjectionData:
    objection: str
    answer: str = ""


@dataclass
class PlanData:
    customer_id: int
    planned_start: dt.datetime
    duration_minutes: int = 60
    place: str = ""
    contact_ids: list[int] = field(default_factory=list)
    cycle_step: str | None = None
    approach_method: str | None = None
    purpose: str = ""
    action_plan: str = ""
    expected_result: str = ""
    customer_profile: str = ""
    expected_reception: str = ""
    opening_line: str = ""
    decision_maker_plan: str = ""
    next_step: str = ""
    questions: list[QuestionData] = field(default_factory=list)
    products: list[ProductData] = field(default_factory=list)
    objections: list[ObjectionData] = field(default_factory=list)
    status: str = VisitStatus.PLANNED.value
    ready_override_reason: str | None = None
    id: int | None = None
    version: int | None = None  # as loaded: a save from another version overwrites nothing


@dataclass(frozen=True)
class ChecklistEntry:
    id: int
    kind: str
    text: str
    critical: bool
    answered_by: str | None
    done_at: dt.datetime | None

    @property
    def done(self) -> bool:
        return self.done_at is not None


class InvalidPlan(KnownError):
    def __init__(self, errors: dict[str, str]):
        super().__init__(QT_TRANSLATE_NOOP("errors", "The plan was not saved: %1"), "; ".join(errors.values()))
        self.errors = errors


class PlanChangedMeanwhile(KnownError):
    """The plan was saved by someone else (another window, a manager) since it was loaded: nothing was
    written. ``theirs`` is the plan as it is now, to merge with (models/visits/plan_merge.py)."""

    def __init__(self, theirs: PlanData):
        super().__init__(QT_TRANSLATE_NOOP("errors", "This visit's plan was changed elsewhere since you opened it; "
                                           "nothing was saved."))
        self.theirs = theirs


class _Stale(Exception):
    pass


class CriticalItemsOpen(KnownError):
    """Marking a visit Ready with critical checklist items open needs an override reason."""

    def __init__(self, items: list[str]):
        super().__init__(QT_TRANSLATE_NOOP("errors", "Critical checklist items are not done: %1"), "; ".join(items))
        self.items = items


HAS_OUTCOME = QT_TRANSLATE_NOOP("errors", "This visit has its outcome logged, so it is done: correct the outcome "
                                          "(Log outcome…) instead of making it planned or ready again.")
IS_CANCELLED = QT_TRANSLATE_NOOP("errors", "This visit was cancelled; Edit > Undo takes the cancellation back.")
CANCEL_NEEDS_REASON = QT_TRANSLATE_NOOP("errors", "Say why the visit is cancelled: the reason stays in its history.")
CANCEL_HAS_OUTCOME = QT_TRANSLATE_NOOP("errors", "This visit has its outcome logged; to say it did not happen, "
                                                 "correct the outcome's result to Cancelled.")


# -- creating and reading --------------------------------------------------------------------------
NEW_VISIT_HOUR = 10


def new_visit_start(today: dt.date | None = None) -> dt.datetime:
    """When a new visit is planned unless the rep says otherwise: tomorrow at ten."""
    return dt.datetime.combine((today or dt.date.today()) + dt.timedelta(days=1), dt.time(NEW_VISIT_HOUR))


def create_visit(db: Database, customer_id: int, planned_start: dt.datetime, template: list[TemplateItem],
                 duration_minutes: int = 60) -> int:
    """A new planned visit with its checklist generated from the template; returns its id."""
    with db.session() as s, s.begin():
        customer = s.get(Customer, customer_id)
        if customer is None:
            raise NotFoundError(NO_CUSTOMER, customer_id)
        visit = Visit(customer_id=customer_id, planned_start=planned_start, duration_minutes=duration_minutes,
                      place=customer.address, owner=customer.owner)
        visit.checklist = [ChecklistItem(position=i, kind=ChecklistKind(item.kind), text=item.text,
                                         critical=item.critical,
                                         answered_by=PlanAnswer(item.answered_by) if item.answered_by else None)
                           for i, item in enumerate(template)]
        s.add(visit)
        s.flush()
        refresh_customers(s.connection(), [customer_id])
        return visit.id


def load_plan(db: Database, visit_id: int) -> PlanData:
    with db.session() as s:
        return _plan(_visit(s, visit_id))


def load_plans(db: Database, visit_ids: list[int]) -> list[tuple[PlanData, list[ChecklistEntry]]]:
    """The plans and checklists of many visits (a day sheet's) in the order asked, in one query per table
    instead of several per visit."""
    with db.session() as s:
        found = {v.id: v for v in s.scalars(
            select(Visit).where(Visit.id.in_(set(visit_ids)))
            .options(*(selectinload(getattr(Visit, name))
                       for name in ("contacts", "questions", "products", "objections", "checklist"))))}
        missing = [i for i in visit_ids if i not in found]
        if missing:
            raise NotFoundError(NO_VISIT, missing[0])
        return [(_plan(found[i]), _checklist(found[i])) for i in visit_ids]


def _plan(visit: Visit) -> PlanData:
    return PlanData(
        id=visit.id, customer_id=visit.customer_id, planned_start=visit.planned_start,
        duration_minutes=visit.duration_minutes, place=visit.place, contact_ids=[c.id for c in visit.contacts],
        cycle_step=visit.cycle_step.value if visit.cycle_step else None,
        approach_method=visit.approach_method.value if visit.approach_method else None,
        **{name: getattr(visit, name) for name in PLAN_TEXTS},
        questions=[QuestionData(q.kind.value, q.text) for q in visit.questions],
        products=[ProductData(p.product, p.feature, p.advantage, p.benefit) for p in visit.products],
        objections=[ObjectionData(o.objection, o.answer) for o in visit.objections],
        status=visit.status.value, ready_override_reason=visit.ready_override_reason, version=visit.version,
    )


def load_checklist(db: Database, visit_id: int) -> list[ChecklistEntry]:
    with db.session() as s:
        return _checklist(_visit(s, visit_id))


def _visit(s: Session, visit_id: int) -> Visit:
    visit = s.get(Visit, visit_id)
    if visit is None:
        raise NotFoundError(NO_VISIT, visit_id)
    return visit


def _checklist(visit: Visit) -> list[ChecklistEntry]:
    return [ChecklistEntry(i.id, i.kind.value, i.text, i.critical, i.answered_by.value if i.answered_by else None,
                           i.done_at) for i in visit.checklist]


def readiness(db: Database, visit_id: int) -> Readiness:
    """The visit's status and readiness now (models.visits.readiness words it)."""
    with db.session() as s:
        visit = _visit(s, visit_id)
        return _readiness(visit)


def _readiness(visit: Visit) -> Readiness:
    outcome = visit.outcome
    return of_checklist(visit.status.value, _checklist(visit), visit.ready_override_reason,
                        outcome.result.value if outcome is not None else None, visit.cancel_reason)


def _settle(visit: Visit) -> list[str]:
    """Keep a Ready visit's status true to its checklist: a critical item open that the override reason
    did not cover puts it back to Planned. Returns those items (none: nothing changed)."""
    if visit.status is not VisitStatus.READY:
        return []
    uncovered = [i.text for i in visit.checklist if i.critical and i.done_at is None and not i.covered_by_override]
    if uncovered:
        _back_to_planned(visit)
    return uncovered


def _back_to_planned(visit: Visit) -> None:
    visit.status = VisitStatus.PLANNED
    visit.ready_override_reason = None
    for item in visit.checklist:
        item.covered_by_override = False


def _refuse_if_done(s: Session, visit: Visit) -> None:
    if s.scalar(select(Outcome.id).where(Outcome.visit_id == visit.id)) is not None or visit.status is VisitStatus.DONE:
        raise Refused(HAS_OUTCOME)
    if visit.status is VisitStatus.CANCELLED:
        raise Refused(IS_CANCELLED)


# -- validation ------------------------------------------------------------------------------------
def validate(plan: PlanData) -> dict[str, str]:
    found: dict[str, str | None] = {}
    if not 1 <= plan.duration_minutes <= 1440:
        found["duration_minutes"] = validation.problem(QT_TRANSLATE_NOOP("validation", "Between 1 minute and 24 hours."))
    found["place"] = validation.too_long(plan.place, 300)
    for name in PLAN_TEXTS:
        found[name] = validation.too_long(getattr(plan, name), TEXT_LIMIT)
    for i, question in enumerate(plan.questions):  # (the column's width: PostgreSQL refuses more)
        found[f"questions.{i}"] = validation.too_long(question.text, QUESTION_LIMIT)
    for i, product in enumerate(plan.products):
        found[f"products.{i}"] = validation.too_long(product.product, 200)
    for i, objection in enumerate(plan.objections):
        found[f"objections.{i}"] = validation.too_long(objection.objection, LINE_LIMIT)
    return {path: message for path, message in found.items() if message}


def answered(plan: PlanData) -> set[str]:
    """The parts of the plan that answer a checklist question."""
    parts = {name for name in (PlanAnswer.CUSTOMER_PROFILE, PlanAnswer.EXPECTED_RECEPTION, PlanAnswer.PURPOSE,
                               PlanAnswer.OPENING_LINE, PlanAnswer.DECISION_MAKER_PLAN, PlanAnswer.NEXT_STEP)
             if getattr(plan, name.value).strip()}
    if any(p.product.strip() for p in plan.products):
        parts.add(PlanAnswer.PRODUCTS)
    if any(q.text.strip() for q in plan.questions):
        parts.add(PlanAnswer.QUESTIONS)
    return {part.value for part in parts}


# -- writing ---------------------------------------------------------------------------------------
def save_plan(db: Database, plan: PlanData, now: dt.datetime | None = None) -> list[ChecklistEntry]:
    """Save the whole plan in one transaction and tick (or untick) the items it answers; returns the
    checklist. Rows left blank (an added question nobody typed yet) are not stored."""
    if plan.id is None:
        raise ValueError("save_plan() needs a visit made by create_visit()")
    errors = validate(plan)
    if errors:
        raise InvalidPlan(errors)
    try:
        checklist, version = _save_plan(db, plan, now or dt.datetime.now().replace(microsecond=0))
    except (_Stale, StaleDataError):  # (the second: saved by another between our read and our write)
        raise PlanChangedMeanwhile(load_plan(db, plan.id)) from None
    plan.version = version  # the plan in hand is the stored one now
    return checklist


def _save_plan(db: Database, plan: PlanData, now: dt.datetime) -> tuple[list[ChecklistEntry], int]:
    with db.write_session() as s, s.begin():
        visit = _visit(s, plan.id)
        if plan.version is not None and visit.version != plan.version:
            raise _Stale()
        visit.planned_start = plan.planned_start
        visit.duration_minutes = plan.duration_minutes
        visit.place = plan.place.strip()
        visit.cycle_step = CycleStep(plan.cycle_step) if plan.cycle_step else None
        visit.approach_method = ApproachMethod(plan.approach_method) if plan.approach_method else None
        for name in PLAN_TEXTS:
            setattr(visit, name, getattr(plan, name))
        flag_modified(visit, "place")  # every save is a new version, the plan's rows only or not
        _write_contacts(s, visit, plan.contact_ids)
        _write_lists(s, visit, plan)
        parts = answered(plan)
        for item in visit.checklist:
            if item.answered_by is not None:
                is_answered = item.answered_by.value in parts
                item.done_at = (item.done_at or now) if is_answered else None
        _settle(visit)
        s.flush()
        refresh_customers(s.connection(), [visit.customer_id])
        return _checklist(visit), visit.version


def _write_contacts(s: Session, visit: Visit, contact_ids: list[int]) -> None:
    """The people to meet, as changes: only those added are inserted and only those dropped deleted."""
    wanted = set(s.scalars(select(Contact.id).where(Contact.customer_id == visit.customer_id,
                                                    Contact.id.in_(set(contact_ids)))))
    have = set(s.scalars(select(visit_contacts.c.contact_id).where(visit_contacts.c.visit_id == visit.id)))
    if have - wanted:
        s.execute(delete(visit_contacts).where(visit_contacts.c.visit_id == visit.id,
                                               visit_contacts.c.contact_id.in_(have - wanted)))
    for contact_id in sorted(wanted - have):
        s.execute(visit_contacts.insert().values(visit_id=visit.id, contact_id=contact_id))
    s.expire(visit, ["contacts"])


def _write_lists(s: Session, visit: Visit, plan: PlanData) -> None:
    """Questions, products and objections as changes (models/book/row_sync.py): a row that stayed keeps its id
    and is not written; an edited one is updated in place."""
    conn = s.connection()
    questions = [q for q in plan.questions if q.text.strip()]
    products = [p for p in plan.products if any(v.strip() for v in (p.product, p.feature, p.advantage, p.benefit))]
    objections = [o for o in plan.objections if o.objection.strip() or o.answer.strip()]
    lists = (
        (PlanQuestion, [{"kind": QuestionKind(q.kind), "text": q.text.strip()} for q in questions]),
        (PlanProduct, [{"product": p.product.strip(), "feature": p.feature, "advantage": p.advantage,
                        "benefit": p.benefit} for p in products]),
        (PlanObjection, [{"objection": o.objection.strip(), "answer": o.answer} for o in objections]),
    )
    for entity, rows in lists:
        table = entity.__table__
        wanted = [{"visit_id": visit.id, "position": i, **row} for i, row in enumerate(rows)]
        sync_rows(conn, table, table.c.visit_id == visit.id, wanted, ("position", *rows[0]) if rows else ())
    s.expire(visit, ["questions", "products", "objections"])


def set_done(db: Database, item_id: int, done: bool, now: dt.datetime | None = None) -> ChecklistEntry:
    """Tick or untick an item by hand, with the time. Items the plan answers tick themselves only."""
    now = now or dt.datetime.now().replace(microsecond=0)
    with db.session() as s, s.begin():
        item = s.get(ChecklistItem, item_id)
        if item is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "That checklist item no longer exists."))
        if item.answered_by is not None:
            raise KnownError(QT_TRANSLATE_NOOP("errors", "This item ticks itself when the plan answers it."))
        item.done_at = now if done else None
        _settle(item.visit)
        return ChecklistEntry(item.id, item.kind.value, item.text, item.critical, None, item.done_at)


def add_item(db: Database, visit_id: int, text: str, kind: str = ChecklistKind.PACKING.value,
             critical: bool = False) -> list[ChecklistEntry]:
    """Something more to pack (or check) for this visit only; returns the checklist."""
    text = text.strip()
    if not text:
        raise KnownError(QT_TRANSLATE_NOOP("errors", "Type what to add to the checklist first."))
    if len(text) > 500:
        raise KnownError(QT_TRANSLATE_NOOP("errors", "A checklist item has at most %1 characters (now %2)."), 500,
                         len(text))
    with db.session() as s, s.begin():
        visit = _visit(s, visit_id)
        kind_value = ChecklistKind(kind)
        same_kind = [i.position for i in visit.checklist if i.kind is kind_value]
        position = (max(same_kind) + 1) if same_kind else len(visit.checklist)
        for item in visit.checklist:
            if item.position >= position:
                item.position += 1
        visit.checklist.append(ChecklistItem(position=position, kind=kind_value, text=text, critical=critical))
        _settle(visit)
        s.flush()
        s.expire(visit, ["checklist"])
        return _checklist(visit)


def open_critical(checklist: list[ChecklistEntry]) -> list[ChecklistEntry]:
    return [item for item in checklist if item.critical and not item.done]


def mark_ready(db: Database, visit_id: int, override_reason: str | None = None) -> None:
    """Ready when every critical item is done; otherwise only with a reason, which is kept and covers the
    items open now. A visit with an outcome (done) or cancelled is refused."""
    reason = (override_reason or "").strip() or None
    with db.session() as s, s.begin():
        visit = _visit(s, visit_id)
        _refuse_if_done(s, visit)
        still_open = [i for i in visit.checklist if i.critical and i.done_at is None]
        if still_open and reason is None:
            raise CriticalItemsOpen([item.text for item in still_open])
        visit.status = VisitStatus.READY
        visit.ready_override_reason = reason if still_open else None
        for item in visit.checklist:
            item.covered_by_override = item in still_open


def back_to_planned(db: Database, visit_id: int) -> None:
    """A Ready visit is planned again (its override reason goes); refused once it has an outcome."""
    with db.session() as s, s.begin():
        visit = _visit(s, visit_id)
        _refuse_if_done(s, visit)
        _back_to_planned(visit)
        s.flush()
        refresh_customers(s.connection(), [visit.customer_id])


def cancel_visit(db: Database, visit_id: int, reason: str) -> Change:
    """The visit will not happen: cancelled with the reason, kept in the customer's history; undoable."""
    reason = " ".join(reason.split())
    if not reason:
        raise Refused(CANCEL_NEEDS_REASON)
    if len(reason) > LINE_LIMIT:
        raise KnownError(validation.problem(validation.TOO_LONG, f"{LINE_LIMIT:,}", f"{len(reason):,}"))
    with db.session() as s, s.begin():
        conn = s.connection()
        visit = _visit(s, visit_id)
        if visit.outcome is not None:
            raise Refused(CANCEL_HAS_OUTCOME)
        before = undo.snapshot(conn, Visit.__table__, [visit_id])
        visit.status = VisitStatus.CANCELLED
        visit.cancel_reason = reason
        s.flush()
        refresh_customers(conn, [visit.customer_id])
        return undo.changes_since(conn, Visit.__table__, visit_id, before, customer_id=visit.customer_id)


def delete_visit(db: Database, visit_id: int) -> Change:
    """Delete the visit with its plan, checklist and outcome (its follow-ups stay with the customer);
    undoable: undo puts every row back under its own id."""
    with db.session() as s, s.begin():
        conn = s.connection()
        visit = _visit(s, visit_id)
        customer_id = visit.customer_id
        before = undo.snapshot(conn, Visit.__table__, [visit_id])
        table = Visit.__table__
        conn.execute(table.delete().where(table.c.id == visit_id))
        refresh_customers(conn, [customer_id])
        return undo.changes_since(conn, table, visit_id, before, customer_id=customer_id)


def copy_plan(source: PlanData, target: PlanData) -> PlanData:
    """The target visit with the source's plan: everything but the customer, time, place and status.
    The people to meet come along when both visits are with the same customer."""
    copied = {name: getattr(source, name) for name in PLAN_TEXTS}
    return replace(
        target, **copied, cycle_step=source.cycle_step, approach_method=source.approach_method,
        questions=[replace(q) for q in source.questions], products=[replace(p) for p in source.products],
        objections=[replace(o) for o in source.objections],
        contact_ids=list(source.contact_ids) if source.customer_id == target.customer_id else target.contact_ids,
    )
