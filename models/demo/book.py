"""Realistic, reproducible demo data: a rep's book of Chinese and English customers.

The rep mostly does the job: about six visits a working day (for 2,000 customers; the rate grows with
the book), most follow-ups done on or near their date and most promises kept, a few moved, dropped or
broken with a reason, and only the last days' stragglers (and a rare old one) still overdue, so that
Today on the demo reads like a real morning. Every date is relative to ``today``.

The same seed and the same ``today`` give the same database. Rows go in through SQLAlchemy Core in one
transaction (a cancelled or failed load leaves nothing behind), with ids assigned here so that related
rows need no round trip.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter

from sqlalchemy import Date, DateTime, func, select

from models.demo import names
from models.storage import derived_triggers
from models.storage.db import Database
from models.storage.dialect import after_bulk_load, sync_sequences
from models.entities import (
    Base,
    Channel,
    ChecklistItem,
    Contact,
    Customer,
    FollowUp,
    KeyDate,
    MetObjection,
    MonthlySpend,
    Outcome,
    PlanObjection,
    PlanProduct,
    PlanQuestion,
    Promise,
    Rep,
    Tag,
    Visit,
    customer_tags,
    visit_contacts,
)
from models.errors import KnownError
from models.visits.plan_templates import default_checklist
from models.book.settings import load_tier_rules, load_visit_frequency
from models.book.spend import TierRules
from models.book.search_text import compose_search_text, sort_key
from models.book.summaries import (
    ENDING,
    OPEN_STATUSES,
    follow_up_values,
    spend_values,
)
from models.vocabulary import (
    ApproachMethod,
    Attitude,
    BuyingRole,
    ClosingSignal,
    ContactLevel,
    CycleStep,
    FollowUpChannel,
    Influence,
    KeyDateKind,
    LifecycleStage,
    ObjectionCategory,
    OutcomeResult,
    Psychology,
    RelationshipLevel,
)
from models.runtime.translatable import QT_TRANSLATE_NOOP

Progress = Callable[[int, int], None]
CHUNK = 2000  # customers generated and written per batch
_VALUES = {e: [m.value for m in e] for e in (RelationshipLevel, ContactLevel, Psychology, BuyingRole, Attitude,
                                             Influence, CycleStep, ApproachMethod, FollowUpChannel,
                                             ObjectionCategory, ClosingSignal)}
_STAGES = list(LifecycleStage)
_RESULTS = [r for r in OutcomeResult if r is not OutcomeResult.CANCELLED]  # a visit that did not happen is cancelled
_RESULT_WEIGHTS = [15, 35, 25, 10, 10]
_OPEN_RESULTS = (OutcomeResult.PROGRESSED, OutcomeResult.NO_DECISION, OutcomeResult.POSTPONED)
VISITS_A_DAY, BOOK = 6, 2000  # a rep with 2,000 customers makes about six visits a working day
SLOTS = [(9, 0), (10, 30), (11, 30), (13, 30), (14, 30), (16, 0), (17, 0)]
HALF_HOURS = [(hour, minute) for hour in range(9, 18) for minute in (0, 30)][:-1]  # 9:00 to 17:00
RECENT = 10  # days: what slipped lately is still open now and then; older work was nearly all closed,
FORGOTTEN = 45  # and nothing older than this is still open

@dataclass
class DemoSummary:
    customers: int = 0
    contacts: int = 0
    visits: int = 0
    counts: dict[str, int] = field(default_factory=dict)


class DemoNotEmptyError(KnownError):
    def __init__(self, count: int):
        super().__init__(QT_TRANSLATE_NOOP("errors", "The database already holds %1 customers; demo data only goes "
                                           "into an empty database. Use --data-dir with a new folder to try the demo."),
                         f"{count:,}")


def load_demo(
    db: Database,
    customers: int = 500,
    seed: int = 1,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill an empty database with ``customers`` demo customers and everything around them."""
    if customers < 1:
        raise KnownError(QT_TRANSLATE_NOOP("errors", "The number of demo customers must be at least 1."))
    today = today or dt.date.today()
    with db.engine.begin() as conn:
        existing = conn.scalar(select(func.count()).select_from(Customer))
        if existing:
            raise DemoNotEmptyError(existing)
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA cache_size = -262144")  # 256 MiB for this load: indexes stay in memory
        book = _Book(random.Random(seed), today, load_tier_rules(conn), customers, load_visit_frequency(conn))
        conn.execute(Tag.__table__.insert(), book.tag_rows())
        conn.execute(Rep.__table__.insert(), book.rep_rows())
        # The tables are empty: building each index once at the end (a sort) is far cheaper than
        # keeping it up to date row by row. DDL is transactional here, so a failure restores them.
        indexes = [index for table in Base.metadata.sorted_tables for index in table.indexes]
        for index in indexes:
            index.drop(conn)
        # Nor the triggers that mark customers out of date: the demo computes its derived columns itself
        # (left on, they would rewrite each customer's row once a visit, a month of spend…)
        for statement in derived_triggers.drops(conn.dialect.name):
            conn.exec_driver_sql(statement)
        done = 0
        while done < customers:
            batch = min(CHUNK, customers - done)
            for table, table_rows in book.generate(batch).items():
                if table_rows:
                    _bulk_insert(conn, table, table_rows)
            done += batch
            if progress:
                progress(done, customers)
        for index in indexes:
            index.create(conn)
        for statement in derived_triggers.statements(conn.dialect.name):
            conn.exec_driver_sql(statement)
        sync_sequences(conn, [t.name for t in Base.metadata.sorted_tables if "id" in t.c])
        after_bulk_load(conn, [t.name for t in Base.metadata.sorted_tables])
    return DemoSummary(customers, book.next_id["contacts"] - 1, book.next_id["visits"] - 1, dict(book.counts))


class _Book:
    """Generates related rows batch by batch, keeping the id counters."""

    def __init__(self, rng: random.Random, today: dt.date, rules: TierRules, customers: int = BOOK,
                 frequency: dict[str, int] | None = None):
        self.rng = rng
        self.rules = rules
        self.frequency = frequency or {}
        self.today = today
        self.now = dt.datetime.combine(today, dt.time(9, 0))
        self.upcoming = self._schedule(customers)
        self.next_id = {k: 1 for k in ("customers", "contacts", "channels", "key_dates", "visits", "outcomes",
                                        "checklist_items", "follow_ups", "plan_questions", "plan_products",
                                        "plan_objections", "met_objections", "promises")}
        self.checklists = {lang: default_checklist(lang) for lang in ("en", "zh_CN")}
        self.counts: dict[str, int] = {}

    def tag_rows(self) -> list[dict]:
        return [{"id": i, "name": name} for i, name in enumerate(names.TAGS, start=1)]

    @staticmethod
    def rep_rows() -> list[dict]:
        """The team: the reps the customers belong to (logins are given on a team database)."""
        return [{"id": i, "name": name, "role": "rep"} for i, name in enumerate(names.OWNERS, start=1)]

    def _id(self, table: str) -> int:
        value = self.next_id[table]
        self.next_id[table] = value + 1
        self.counts[table] = self.counts.get(table, 0) + 1
        return value

    def generate(self, count: int) -> dict:
        self.rows: dict = {t: [] for t in (
            Customer.__table__, Contact.__table__, Channel.__table__, MonthlySpend.__table__, KeyDate.__table__,
            customer_tags, Visit.__table__, visit_contacts, Outcome.__table__, ChecklistItem.__table__,
            FollowUp.__table__, PlanQuestion.__table__, PlanProduct.__table__, PlanObjection.__table__,
            MetObjection.__table__, Promise.__table__)}
        for _ in range(count):
            self.contact_names: dict[int, str] = {}  # the customer's people, by id
            self._customer()
        return self.rows

    # -- one customer and everything around it -------------------------------------------------------
    def _customer(self) -> None:
        rng = self.rng
        marks = {table: len(rows) for table, rows in self.rows.items()}
        chinese = rng.random() < 0.5
        is_person = rng.random() < 0.2
        cid = self._id("customers")
        if chinese:
            city, street = rng.choice(names.CN_CITIES)
            address = f"{city}市{street}{rng.randint(1, 999)}号"
        else:
            city, street = rng.choice(names.EN_CITIES)
            address = f"{rng.randint(1, 400)} {street}, {city}"
        if is_person:
            name, latin = self._person_name(chinese)
            segment, industry, domain = "consumer", "", "example.com" if not chinese else "example.cn"
        else:
            name, industry, domain = self._company(chinese)
            segment = "key_account" if rng.random() < 0.15 else "business"
        stage = rng.choices(_STAGES, weights=[15, 30, 35, 15, 5])[0]
        self.rows[Customer.__table__].append({
            "id": cid, "kind": "person" if is_person else "company", "name": name, "segment": segment,
            "industry": industry, "address": address, "city": city,
            "website": "" if is_person else f"https://www.{domain}",
            "owner": (owner := rng.choice(names.OWNERS)),
            "relationship_level": rng.choice(_VALUES[RelationshipLevel]),
            "contact_level": rng.choice(_VALUES[ContactLevel]),
            "psychology": rng.choice(_VALUES[Psychology]) if rng.random() < 0.6 else None,
            "lifecycle_stage": stage.value,
            "stage_entered_on": self.today - dt.timedelta(days=rng.randint(10, 700)),
            "notes": "", "archived": False, "created_at": self.now, "updated_at": self.now,
            "referred_by_id": rng.randint(1, cid - 1) if cid > 1 and rng.random() < 0.08 else None,
            "acquisition_cost_cents": rng.randrange(100_00, 3000_00, 50_00) if rng.random() < 0.3 else None,
        })
        self.owner = owner  # (the customer's visits, follow-ups and promises are theirs)
        self._channel(cid, None, "phone", "work" if not is_person else "mobile", self._phone(chinese), 0)
        self._channel(cid, None, "email", "work", f"info{cid}@{domain}", 1)
        contacts = [] if is_person else [self._contact(cid, chinese, domain, i) for i in range(rng.randint(1, 3))]
        if is_person and rng.random() < 0.7:
            self._key_date(cid, None, "birthday", "", self._birthday())
        if not is_person and rng.random() < 0.25:
            self._key_date(cid, None, "business_event", rng.choice(["新店开业", "Trade fair", "周年庆", "AGM"]),
                           self.today + dt.timedelta(days=rng.randint(-60, 120)), yearly=False)
        for tag_id in rng.sample(range(1, len(names.TAGS) + 1), k=rng.choice([0, 0, 0, 1, 1, 2])):
            self.rows[customer_tags].append({"customer_id": cid, "tag_id": tag_id})
        self._spend(cid, segment)
        months = [(m["year"], m["month"], m["amount_cents"]) for m in self.rows[MonthlySpend.__table__][marks[MonthlySpend.__table__]:]]
        self._visits(cid, contacts, chinese, address, self.frequency.get(spend_values(months, self.rules)["spend_tier"]))
        self._derive(cid, marks)

    def _derive(self, cid: int, marks: dict) -> None:
        """Fill the customer's derived columns from the rows generated for it (models/book/summaries.py)."""
        def new(table):
            return self.rows[table][marks[table]:]

        customer = self.rows[Customer.__table__][-1]
        visits = new(Visit.__table__)
        done = [v["planned_start"] for v in visits if v["status"] == "done"]
        open_ = [v["planned_start"] for v in visits if v["status"] in OPEN_STATUSES]
        person = customer["kind"] == "person"
        customer.update(
            search_text=compose_search_text(
                customer["name"], customer["city"], [c["name"] for c in new(Contact.__table__)],
                [(ch["kind"], ch["value"]) for ch in new(Channel.__table__)], person=person),
            sort_name=sort_key(customer["name"], person),
            sort_city=sort_key(customer["city"] or ""),
            last_visit_at=max(done, default=None),
            next_visit_at=min(open_, default=None),
            **follow_up_values(max((o["logged_at"] for o in new(Outcome.__table__) if o["result"] in ENDING),
                                   default=None), [(f["done_at"], f["status"]) for f in new(FollowUp.__table__)]),
            **spend_values([(m["year"], m["month"], m["amount_cents"]) for m in new(MonthlySpend.__table__)],
                           self.rules),
        )
        # The rep confirmed the spend's tier, except for a few whose spend moved since: suggestions to review.
        unconfirmed = self.rng.random() < 0.03
        customer["tier"] = _TIER_BEFORE[customer["spend_tier"]] if unconfirmed else customer["spend_tier"]

    def _person_name(self, chinese: bool) -> tuple[str, str]:
        if chinese:
            (sur, sur_py), (given, given_py) = self.rng.choice(names.CN_SURNAMES), self.rng.choice(names.CN_GIVEN)
            return sur + given, f"{given_py}.{sur_py}"
        first, last = self.rng.choice(names.EN_FIRST), self.rng.choice(names.EN_LAST)
        return f"{first} {last}", f"{first}.{last}".lower().replace("'", "")

    def _company(self, chinese: bool) -> tuple[str, str, str]:
        rng = self.rng
        if chinese:
            brand, brand_py = rng.choice(names.CN_BRANDS)
            word, word_py, industry = rng.choice(names.CN_INDUSTRIES)
            return f"{brand}{word}{rng.choice(names.CN_SUFFIXES)}", industry, f"{brand_py}-{word_py}.cn"
        brand = rng.choice(names.EN_BRANDS)
        word, industry = rng.choice(names.EN_INDUSTRIES)
        return f"{brand} {word} {rng.choice(names.EN_SUFFIXES)}", industry, f"{brand}{word}.com".lower()

    def _phone(self, chinese: bool) -> str:
        r = self.rng.randint
        if chinese:
            return f"1{r(3, 9)}{r(0, 9)} {r(0, 9999):04d} {r(0, 9999):04d}"
        return f"+44 20 {r(1000, 9999)} {r(1000, 9999)}"

    def _channel(self, cid: int, contact_id: int | None, kind: str, label: str, value: str, pos: int) -> None:
        self.rows[Channel.__table__].append({
            "id": self._id("channels"), "customer_id": cid, "contact_id": contact_id, "kind": kind,
            "label": label, "value": value, "position": pos,
        })

    def _contact(self, cid: int, chinese: bool, domain: str, position: int) -> int:
        rng = self.rng
        pid = self._id("contacts")
        name, latin = self._person_name(chinese)
        self.contact_names[pid] = name  # (a visit's opening line greets the person met)
        self.rows[Contact.__table__].append({
            "id": pid, "customer_id": cid, "name": name,
            "title": rng.choice(names.CN_TITLES if chinese else names.EN_TITLES),
            "buying_role": rng.choice(_VALUES[BuyingRole]),
            "attitude": rng.choice(_VALUES[Attitude]),
            "influence": rng.choice(_VALUES[Influence]),
            "notes": "", "position": position,
        })
        self._channel(cid, pid, "phone", "mobile", self._phone(chinese), 0)
        self._channel(cid, pid, "email", "work", f"{latin}@{domain}", 1)
        if rng.random() < 0.6:
            self._key_date(cid, pid, "birthday", "", self._birthday())
        return pid

    def _birthday(self) -> dt.date:
        # Some birthdays fall in the next two weeks, so the Today page has something to show.
        if self.rng.random() < 0.05:
            soon = self.today + dt.timedelta(days=self.rng.randint(0, 14))
            return _safe_date(self.rng.randint(1960, 1995), soon.month, soon.day)
        return dt.date(self.rng.randint(1960, 1998), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def _key_date(self, cid: int, contact_id: int | None, kind: str, label: str, date: dt.date,
                  yearly: bool = True) -> None:
        self.rows[KeyDate.__table__].append({
            "id": self._id("key_dates"), "customer_id": cid, "contact_id": contact_id,
            "kind": KeyDateKind(kind).value, "label": label, "date": date, "yearly": yearly,
        })

    def _spend(self, cid: int, segment: str) -> None:
        rng = self.rng
        # Cents a month: consumers straddle the default tier thresholds (70/150/250), businesses mostly
        # above them, key accounts far above.
        base = {"key_account": 600_000, "business": 30_000, "consumer": 13_000}[segment]
        level = base * rng.uniform(0.2, 2.0)
        months = rng.randint(12, 24)
        drop = rng.random() < 0.08
        first = _add_months(self.today.replace(day=1), -months)
        for i in range(months):
            year, month = _month_parts(_add_months(first, i))
            level = max(100, level * rng.uniform(0.92, 1.09))
            amount = level * (rng.uniform(0.3, 0.6) if drop and i >= months - rng.randint(1, 2) else 1)
            self.rows[MonthlySpend.__table__].append(
                {"customer_id": cid, "year": year, "month": month, "amount_cents": int(amount)})

    # -- visits and the loop after them --------------------------------------------------------------
    def _schedule(self, customers: int) -> dict[int, list[dt.datetime]]:
        """The coming month's visits: today's, then about as many each working day, to random customers."""
        rng = random.Random(self.rng.random())
        per_day = max(1, round(customers * VISITS_A_DAY / BOOK))
        plan: dict[int, list[dt.datetime]] = {}
        for offset in range(31):
            day = self.today + dt.timedelta(days=offset)
            if offset and day.weekday() >= 5:
                continue
            count = per_day if offset == 0 else rng.randint(max(1, per_day * 2 // 3), per_day * 4 // 3 + 1)
            if count <= len(SLOTS):
                times = sorted(rng.sample(SLOTS, count))
            elif count <= len(HALF_HOURS):  # a busy day: still one visit at a time
                times = sorted(rng.sample(HALF_HOURS, count))
            else:  # (a book far bigger than one rep's)
                times = [rng.choice(HALF_HOURS) for _ in range(count)]
            for hour, minute in times:
                plan.setdefault(rng.randint(1, customers), []).append(
                    dt.datetime.combine(day, dt.time(hour, minute)))
        return plan

    def _past_time(self, days_ago: int) -> dt.datetime:
        day = self.today - dt.timedelta(days=days_ago)
        if day.weekday() >= 5:
            day -= dt.timedelta(days=day.weekday() - 4)  # the Friday before
        return dt.datetime.combine(day, dt.time(*self.rng.choice(SLOTS)))

    def _visits(self, cid: int, contacts: list[int], chinese: bool, address: str, every: int | None) -> None:
        """Two years of past visits, the latest within the tier's visit frequency for some; the coming ones."""
        rng = self.rng
        ago = sorted(rng.randint(1, 730) for _ in range(rng.randint(1, 5)))
        if every and rng.random() < 0.4:
            ago[0] = rng.randint(1, every - 1) if every > 1 else 1
        for days_ago in ago:
            when = self._past_time(days_ago)
            if days_ago <= 4 and rng.random() < 0.15:  # held lately, the outcome not logged yet
                self._upcoming_visit(cid, contacts, chinese, address, when)
            elif rng.random() < 0.06:
                self._visit(cid, contacts, chinese, address, when, "cancelled",
                            cancel_reason=rng.choice(names.CANCEL_REASONS[chinese]))
            else:
                vid = self._visit(cid, contacts, chinese, address, when, "done")
                if rng.random() < 0.88:
                    self._outcome(cid, vid, when, chinese)
        for when in self.upcoming.get(cid, []):
            self._upcoming_visit(cid, contacts, chinese, address, when)

    def _upcoming_visit(self, cid, contacts, chinese, address, when) -> None:
        ready = self.rng.random() < 0.35
        vid = self._visit(cid, contacts, chinese, address, when, "ready" if ready else "planned")
        self._plan(vid, chinese)
        self._checklist(vid, chinese, ready=ready)

    def _visit(self, cid, contacts, chinese, address, when, status, cancel_reason: str = "") -> int:
        rng = self.rng
        vid = self._id("visits")
        meet = contacts[:1]
        opening = names.OPENINGS[1 if chinese else 0].format(
            name=self.contact_names[meet[0]] if meet else "王经理" if chinese else "everyone")
        self.rows[Visit.__table__].append({
            "id": vid, "customer_id": cid, "planned_start": when.replace(second=0, microsecond=0),
            "duration_minutes": rng.choice([30, 45, 60, 90]), "place": address, "status": status,
            "cycle_step": rng.choice(_VALUES[CycleStep]), "approach_method": rng.choice(_VALUES[ApproachMethod]),
            "purpose": rng.choice(names.PURPOSES[chinese]), "action_plan": "", "expected_result": "",
            "opening_line": opening, "decision_maker_plan": "", "next_step": rng.choice(names.NEXT_STEPS[chinese]),
            "customer_profile": rng.choice(names.PROFILES[chinese]), "expected_reception": "",
            "ready_override_reason": None, "cancel_reason": cancel_reason, "owner": self.owner,
            "created_at": self.now, "updated_at": self.now,
        })
        for pid in meet:
            self.rows[visit_contacts].append({"visit_id": vid, "contact_id": pid})
        return vid

    def _plan(self, vid: int, chinese: bool) -> None:
        """SPIN questions, FAB products and prepared objection answers of an upcoming visit."""
        rng = self.rng
        kinds = rng.sample(list(names.PLAN_QUESTIONS), rng.randint(1, 3))
        for position, kind in enumerate(kinds):
            self.rows[PlanQuestion.__table__].append({
                "id": self._id("plan_questions"), "visit_id": vid, "position": position, "kind": kind,
                "text": rng.choice(names.PLAN_QUESTIONS[kind][chinese])})
        product, feature, advantage, benefit = rng.choice(names.PLAN_PRODUCTS[chinese])
        self.rows[PlanProduct.__table__].append({
            "id": self._id("plan_products"), "visit_id": vid, "position": 0, "product": product,
            "feature": feature, "advantage": advantage, "benefit": benefit})
        objection, answer = rng.choice(names.PLAN_OBJECTIONS[chinese])
        self.rows[PlanObjection.__table__].append({
            "id": self._id("plan_objections"), "visit_id": vid, "position": 0, "objection": objection,
            "answer": answer})

    def _outcome(self, cid: int, vid: int, when: dt.datetime, chinese: bool) -> None:
        rng = self.rng
        oid = self._id("outcomes")
        result = rng.choices(_RESULTS, weights=_RESULT_WEIGHTS)[0]
        logged_at = when + dt.timedelta(hours=2)
        self.rows[Outcome.__table__].append({
            "id": oid, "visit_id": vid, "result": result.value, "step_reached": rng.choice(_VALUES[CycleStep]),
            "summary": rng.choice(names.SUMMARIES[chinese]), "signals": "", "agreed": "",
            "signal_keys": ",".join(rng.sample(_VALUES[ClosingSignal], rng.randint(0, 2))),
            "amount_cents": rng.randint(1, 500) * 10_000 if result is OutcomeResult.WON else None,
            "next_step": rng.choice(names.NEXT_STEPS[chinese]), "logged_at": logged_at,
        })
        if rng.random() < 0.3:
            objection, answer = rng.choice(names.PLAN_OBJECTIONS[chinese])
            self.rows[MetObjection.__table__].append({
                "id": self._id("met_objections"), "outcome_id": oid, "position": 0,
                "category": rng.choice(_VALUES[ObjectionCategory]), "said": objection, "answer": answer,
                "resolved": rng.random() < 0.5})
        if rng.random() < 0.25:
            by, text = rng.choice(names.PROMISES[chinese])
            due = when.date() + dt.timedelta(days=rng.randint(2, 20))
            status, done_at, note, moved_from, move_reason = self._fate(due, logged_at, chinese, "kept", "broken",
                                                                        names.BROKEN_REASONS)
            self.rows[Promise.__table__].append({
                "id": self._id("promises"), "outcome_id": oid, "position": 0, "by": by, "text": text,
                "due_on": due, "done_at": done_at, "status": status, "note": note, "moved_from": moved_from,
                "move_reason": move_reason, "owner": self.owner})
        brings = rng.choice(names.FOLLOW_UP_BRINGS[chinese])
        if result in _OPEN_RESULTS:
            due = when.date() + dt.timedelta(days=rng.randint(3, 30))
        elif result is OutcomeResult.WON and rng.random() < 0.35:
            due, brings = when.date() + dt.timedelta(days=rng.randint(20, 45)), names.AFTER_SALES[chinese]
        elif result is OutcomeResult.LOST and rng.random() < 0.25:
            due, brings = when.date() + dt.timedelta(days=rng.randint(60, 120)), names.WIN_BACK[chinese]
        else:
            return
        status, done_at, note, moved_from, move_reason = self._fate(due, logged_at, chinese, "done", "dropped",
                                                                    names.DROP_REASONS)
        if status == "done":
            note = rng.choice(names.FOLLOW_UP_NOTES[chinese])
        self.rows[FollowUp.__table__].append({
            "id": self._id("follow_ups"), "customer_id": cid, "outcome_id": oid, "due_on": due,
            "channel": rng.choice(_VALUES[FollowUpChannel]), "brings": brings, "note": note, "done_at": done_at,
            "status": status, "moved_from": moved_from, "move_reason": move_reason, "moves": int(moved_from is not None),
            "owner": self.owner,
        })

    def _fate(self, due: dt.date, made_at: dt.datetime, chinese: bool, kept: str, failed: str,
              reasons: tuple) -> tuple:
        """What became of a follow-up or promise due on ``due``: (status, closed at, note, moved from, why).
        Most are closed on or near their date; a few failed with a reason; of the past due, only the last
        days' stragglers and a rare one of the last weeks are still open."""
        rng = self.rng
        moved_from = move_reason = None
        if rng.random() < 0.07 and (due - made_at.date()).days > 3:
            moved_from = due - dt.timedelta(days=rng.randint(1, min(7, (due - made_at.date()).days - 1)))
            move_reason = rng.choice(names.MOVE_REASONS[chinese])
        age = (self.today - due).days
        if age <= 0 or rng.random() < (0.08 if age <= RECENT else 0.004 if age <= FORGOTTEN else 0):
            return "open", None, "", moved_from, move_reason or ""
        closed = dt.datetime.combine(due + dt.timedelta(days=rng.choice([-1, 0, 0, 0, 0, 1, 2])),
                                     dt.time(*rng.choice(SLOTS)))
        closed = min(max(closed, made_at + dt.timedelta(hours=1)), self.now - dt.timedelta(hours=1))
        if rng.random() < 0.06:
            return failed, closed, rng.choice(reasons[chinese]), moved_from, move_reason or ""
        return kept, closed, "", moved_from, move_reason or ""

    def _checklist(self, vid: int, chinese: bool, ready: bool) -> None:
        """The default checklist; what the demo plan answers is ticked, the rest now and then (all of it
        for a visit that is Ready: a Ready visit has every critical item ticked)."""
        answered = {"customer_profile", "products", "purpose", "opening_line", "questions", "next_step"}
        for position, item in enumerate(self.checklists["zh_CN" if chinese else "en"]):
            chance = 0.55 if item.critical else 0.4
            done = (item.answered_by in answered if item.answered_by else ready or self.rng.random() < chance)
            self.rows[ChecklistItem.__table__].append({
                "id": self._id("checklist_items"), "visit_id": vid, "position": position, "kind": item.kind,
                "text": item.text, "critical": item.critical, "answered_by": item.answered_by,
                "done_at": self.now if done else None,
            })


_TIER_BEFORE = {"diamond": "gold", "gold": "silver", "silver": "none", "none": "silver"}


def _bulk_insert(conn, table, rows: list[dict]) -> None:
    """Insert many rows fast: on SQLite straight to the driver (dates through SQLAlchemy's own bind
    processors, so they are stored exactly as the ORM stores them); on PostgreSQL by COPY (ten times an
    INSERT's speed); elsewhere through Core."""
    if conn.dialect.name == "postgresql":
        columns = list(rows[0])
        cursor = conn.connection.driver_connection.cursor()
        with cursor.copy(f"COPY {table.name} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row([row[c] for c in columns])
        return
    if conn.dialect.name != "sqlite":
        conn.execute(table.insert(), rows)
        return
    columns = list(rows[0])
    for name in columns:
        column_type = table.c[name].type
        if isinstance(column_type, (Date, DateTime)):
            process = lru_cache(maxsize=4096)(column_type.dialect_impl(conn.dialect).bind_processor(conn.dialect))
            for row in rows:
                row[name] = process(row[name])
    pick = itemgetter(*columns)
    values = [pick(row) for row in rows]
    placeholders = ", ".join("?" * len(columns))
    conn.exec_driver_sql(f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({placeholders})", values)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _month_parts(day: dt.date) -> tuple[int, int]:
    return day.year, day.month


def _safe_date(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:  # 29 February in a common year
        return dt.date(year, month, 28)
