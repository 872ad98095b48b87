"""Visit plans: the checklist from its template, auto-ticking, critical gating, copying, suggestions, context."""

import dataclasses
import datetime as dt
import itertools
import json
import re

import pytest
from sqlalchemy import select

from models.book import customers

from models.visits import plan_library, plan_templates, visits
from models.visits.agenda import agenda
from tests.conftest import DEMO_TODAY
from models.book.customers import ContactData, CustomerData, KeyDateData
from models.entities import Customer, MetObjection, Outcome, Promise
from models.visits.plan_templates import RepProfile, TemplateItem, fill_opening
from models.visits.visit_context import briefing, briefings, nearest_occurrence
from models.errors import NotFoundError
from models.visits.visits import CriticalItemsOpen, ObjectionData, ProductData, QuestionData
from models.vocabulary import ObjectionCategory, OutcomeResult, PromiseBy

VISIT_AT = dt.datetime(2026, 11, 24, 10, 0)
NOW = dt.datetime(2026, 11, 22, 9, 30)


def make_customer(db, name="华信科技有限公司", segment="business", industry="retail", **extra) -> int:
    data = CustomerData(name=name, segment=segment, industry=industry, address="杭州市西湖区文三路 90 号",
                        contacts=[ContactData(name="王伟", title="经理", buying_role="decision_maker"),
                                  ContactData(name="Emma Wilson", title="CFO")], **extra)
    return customers.save(db, data, today=NOW.date()).customer_id


def new_visit(db, customer_id, lang="en", at=VISIT_AT) -> int:
    with db.session() as s:
        template = plan_templates.load_checklist(s, lang)
    return visits.create_visit(db, customer_id, at, template)


def test_a_new_visit_gets_the_checklist_of_the_template_and_the_customer_address(db):
    cid = make_customer(db)
    vid = new_visit(db, cid)
    checklist = visits.load_checklist(db, vid)
    assert [(i.kind, i.text) for i in checklist][:2] == [
        ("question", "From what you know, what kind of customer is this?"),
        ("question", "Which of our products or services might suit them?")]
    assert len([i for i in checklist if i.kind == "question"]) == 10
    assert [i.text for i in checklist if i.critical] == ["Contracts / agreement forms for this offer packed"]
    assert not any(i.done for i in checklist)
    assert visits.load_plan(db, vid).place == "杭州市西湖区文三路 90 号"


def test_the_template_is_chinese_for_chinese_users_and_an_edited_template_is_used_as_saved(db):
    cid = make_customer(db)
    assert visits.load_checklist(db, new_visit(db, cid, lang="zh_CN"))[3].text == "本次拜访的目标是什么？"
    with db.session() as s, s.begin():
        plan_templates.save_checklist(s, [TemplateItem("packing", "Signed NDA", critical=True),
                                          TemplateItem("question", "  "),  # blank lines are dropped
                                          TemplateItem("departure", "Fuel", answered_by=None)])
    checklist = visits.load_checklist(db, new_visit(db, cid, lang="zh_CN"))
    assert [(i.text, i.critical) for i in checklist] == [("Signed NDA", True), ("Fuel", False)]


def test_question_items_tick_themselves_when_the_plan_answers_them_and_untick_when_cleared(db):
    vid = new_visit(db, make_customer(db))
    plan = visits.load_plan(db, vid)
    plan.purpose = "Sign the 5G package"
    plan.questions = [QuestionData("situation", "How many lines do you use today?"), QuestionData("problem", " ")]
    checklist = visits.save_plan(db, plan, now=NOW)
    done = {i.answered_by: i.done_at for i in checklist if i.answered_by}
    assert done["purpose"] == NOW and done["questions"] == NOW
    assert done["opening_line"] is None and done["products"] is None
    later = NOW + dt.timedelta(hours=1)
    plan.opening_line = "王伟经理，您好！"
    checklist = visits.save_plan(db, plan, now=later)
    done = {i.answered_by: i.done_at for i in checklist if i.answered_by}
    assert done["purpose"] == NOW  # ticked once, keeps its time
    assert done["opening_line"] == later
    plan.purpose = "   "
    done = {i.answered_by: i.done_at for i in visits.save_plan(db, plan, now=later) if i.answered_by}
    assert done["purpose"] is None


def test_items_the_plan_answers_cannot_be_ticked_by_hand_the_others_can_with_the_time(db):
    vid = new_visit(db, make_customer(db))
    checklist = visits.load_checklist(db, vid)
    auto = next(i for i in checklist if i.answered_by)
    manual = next(i for i in checklist if i.critical)
    with pytest.raises(visits.KnownError):
        visits.set_done(db, auto.id, True)
    assert visits.set_done(db, manual.id, True, now=NOW).done_at == NOW
    assert visits.set_done(db, manual.id, False).done_at is None


def test_ready_needs_every_critical_item_or_an_override_reason_which_is_kept(db):
    vid = new_visit(db, make_customer(db))
    with pytest.raises(CriticalItemsOpen) as caught:
        visits.mark_ready(db, vid)
    assert caught.value.items == ["Contracts / agreement forms for this offer packed"]
    assert visits.load_plan(db, vid).status == "planned"
    with pytest.raises(CriticalItemsOpen):
        visits.mark_ready(db, vid, override_reason="   ")
    visits.mark_ready(db, vid, override_reason="Contract is sent by e-mail before the meeting")
    plan = visits.load_plan(db, vid)
    assert (plan.status, plan.ready_override_reason) == ("ready", "Contract is sent by e-mail before the meeting")
    visits.back_to_planned(db, vid)
    critical = next(i for i in visits.load_checklist(db, vid) if i.critical)
    visits.set_done(db, critical.id, True)
    visits.mark_ready(db, vid, override_reason="not needed any more")
    plan = visits.load_plan(db, vid)
    assert (plan.status, plan.ready_override_reason) == ("ready", None)


def test_the_plan_round_trips_with_text_that_looks_like_markup(db):
    cid = make_customer(db)
    vid = new_visit(db, cid)
    plan = visits.load_plan(db, vid)
    contacts = customers.load(db, cid).contacts
    plan.contact_ids = [contacts[1].id]
    plan.approach_method, plan.cycle_step = "reference", "presentation"
    plan.purpose = 'S&P 500 <Ltd> "quoted" a < b'
    plan.products = [ProductData("5G 套餐", "千兆", "更快", "省时间 & 省钱")]
    plan.objections = [ObjectionData("太贵了", "按天算只要 3 元")]
    visits.save_plan(db, plan, now=NOW)
    assert visits.load_plan(db, vid) == plan
    # another customer's contact cannot be added to the visit
    other = customers.load(db, make_customer(db, name="Other Ltd")).contacts[0].id
    plan.contact_ids = [contacts[0].id, other]
    visits.save_plan(db, plan, now=NOW)
    assert visits.load_plan(db, vid).contact_ids == [contacts[0].id]


def test_saving_a_plan_updates_the_customer_next_visit(db):
    cid = make_customer(db)
    vid = new_visit(db, cid)
    plan = visits.load_plan(db, vid)
    plan.planned_start = dt.datetime(2099, 1, 5, 9, 0)
    visits.save_plan(db, plan, now=NOW)
    with db.session() as s:
        assert s.get(Customer, cid).next_visit_at == dt.datetime(2099, 1, 5, 9, 0)


def test_invalid_plans_are_refused_with_every_problem_and_nothing_changes(db):
    vid = new_visit(db, make_customer(db))
    plan = visits.load_plan(db, vid)
    plan.duration_minutes = 0
    plan.place = "x" * 301
    with pytest.raises(visits.InvalidPlan) as caught:
        visits.save_plan(db, plan)
    assert set(caught.value.errors) == {"duration_minutes", "place"}
    assert visits.load_plan(db, vid).duration_minutes == 60


def test_copying_a_plan_takes_the_plan_not_the_time_or_the_customer(db):
    cid = make_customer(db)
    source = visits.load_plan(db, new_visit(db, cid))
    source.purpose, source.opening_line = "Renew the contract", "Good morning"
    source.questions = [QuestionData("need_payoff", "What would it mean for you to pay 20% less?")]
    source.contact_ids = [customers.load(db, cid).contacts[0].id]
    visits.save_plan(db, source, now=NOW)
    target = visits.load_plan(db, new_visit(db, cid, at=dt.datetime(2026, 12, 1, 15, 0)))
    copied = visits.copy_plan(visits.load_plan(db, source.id), target)
    assert (copied.purpose, copied.opening_line, copied.questions) == (source.purpose, source.opening_line,
                                                                       source.questions)
    assert (copied.id, copied.planned_start, copied.contact_ids) == (target.id, target.planned_start,
                                                                     source.contact_ids)
    other = visits.load_plan(db, new_visit(db, make_customer(db, name="Other Ltd")))
    assert visits.copy_plan(source, other).contact_ids == []
    earlier = plan_library.earlier_plans(db, cid, this_visit=target.id)
    assert [(e.visit_id, e.same_customer) for e in earlier] == [(source.id, True)]


def test_objection_suggestions_come_from_this_customer_first_then_similar_customers(db):
    mine = make_customer(db, name="Mine", segment="consumer", industry="pharma")
    similar = make_customer(db, name="Similar", segment="key_account", industry="pharma")
    unrelated = make_customer(db, name="Unrelated", segment="key_account", industry="banking")
    for cid, text in ((unrelated, "Unrelated objection"), (similar, "Similar objection")):
        plan = visits.load_plan(db, new_visit(db, cid))
        plan.objections = [ObjectionData(text, "an answer")]
        visits.save_plan(db, plan, now=NOW)
    held = new_visit(db, mine, at=dt.datetime(2026, 10, 1, 9, 0))
    with db.session() as s, s.begin():
        outcome = Outcome(visit_id=held, result=OutcomeResult.PROGRESSED, next_step="Send the offer")
        outcome.objections = [MetObjection(position=0, category=ObjectionCategory.PRICE, said="太贵了",
                                           answer="按天算只要 3 元", resolved=False)]
        outcome.promises = [Promise(position=0, by=PromiseBy.US, text="Send the price list", due_on=NOW.date())]
        s.add(outcome)
    this = new_visit(db, mine)
    suggested = plan_library.objections(db, mine, this_visit=this)
    assert [(o.objection, o.rank) for o in suggested] == [
        ("太贵了", plan_library.SAME_CUSTOMER), ("Similar objection", plan_library.SAME_SEGMENT_OR_INDUSTRY),
        ("Unrelated objection", plan_library.ELSEWHERE)]
    assert suggested[0].answer == "按天算只要 3 元"
    context = briefing(db, mine, VISIT_AT, this_visit=this)
    assert context.last_visit.next_step == "Send the offer" and context.last_visit.result == "progressed"
    assert [(p.by, p.text) for p in context.open_promises] == [("us", "Send the price list")]
    assert [o.said for o in context.last_objections] == ["太贵了"]


def test_a_whole_day_gathered_at_once_is_each_visit_gathered_alone(demo_db):
    day = [v for v in agenda(demo_db, DEMO_TODAY - dt.timedelta(days=30), 31)]
    # the same customer twice on one day: each visit's context stops at its own start and leaves it out
    twice = visits.create_visit(demo_db, day[0].customer_id, day[0].start + dt.timedelta(hours=3), [])
    ids = [v.id for v in day] + [twice]
    plans = [visits.load_plan(demo_db, i) for i in ids]
    assert visits.load_plans(demo_db, ids) == [(p, visits.load_checklist(demo_db, p.id)) for p in plans]
    wanted = [(p.customer_id, p.planned_start, p.id) for p in plans]
    together = briefings(demo_db, wanted)
    assert together == [briefing(demo_db, *w) for w in wanted]
    assert sum(1 for b in together if b.last_visit) > len(ids) / 2 and any(b.open_promises for b in together)
    assert any(b.last_objections for b in together) and any(b.near_dates for b in together)
    with pytest.raises(NotFoundError):
        visits.load_plans(demo_db, ids + [10**9])


def test_question_and_product_suggestions_come_from_earlier_plans(db):
    cid = make_customer(db)
    plan = visits.load_plan(db, new_visit(db, cid))
    plan.questions = [QuestionData("situation", "How many lines?"), QuestionData("problem", "What breaks?")]
    plan.products = [ProductData("Fibre 1000", "1 Gbit/s", "fastest", "no waiting")]
    visits.save_plan(db, plan, now=NOW)
    this = new_visit(db, cid)
    assert plan_library.questions(db, cid, "situation", this_visit=this) == ["How many lines?"]
    assert plan_library.questions(db, cid, "situation", this_visit=plan.id) == []
    assert plan_library.products(db, cid, this_visit=this) == [ProductData("Fibre 1000", "1 Gbit/s", "fastest",
                                                                           "no waiting")]


@pytest.mark.parametrize(("when", "shown"), [
    (dt.date(1980, 12, 8), True),   # 14 days after the visit
    (dt.date(1980, 12, 9), False),  # 15 days after
    (dt.date(1980, 11, 10), True),  # 14 days before
    (dt.date(1980, 11, 9), False),  # 15 days before
])
def test_dates_within_14_days_of_the_visit(db, when, shown):
    cid = make_customer(db, key_dates=[KeyDateData("birthday", when, contact=0)])
    dates = briefing(db, cid, VISIT_AT).near_dates
    assert bool(dates) is shown
    if shown:
        assert dates[0].who == "王伟" and abs(dates[0].days_from_visit) == 14


def test_29_february_falls_on_the_28th_in_other_years():
    assert nearest_occurrence(dt.date(1992, 2, 29), dt.date(2027, 2, 20)) == dt.date(2027, 2, 28)


def test_opening_lines_fill_names_and_leave_unknown_braces_alone():
    template = plan_templates.default_openings("zh_CN")["direct"]
    filled = fill_opening(template, {"contact_name": "王伟", "contact_title": "经理", "my_name": "李娜",
                                     "my_company": "中国移动", "purpose": "为您节省 20% 话费"})
    assert filled.startswith("王伟经理，您好！我是中国移动的李娜。")
    assert fill_opening("{contact_name} & <b> {unknown} {my_name}", {"contact_name": "O'Neil \"Jr\""}) == ""
    assert fill_opening("{contact_name} & <b>, {unknown}.", {"contact_name": "O'Neil"}) == "O'Neil & <b>."
    assert fill_opening("No placeholders { here }, {}.", {}) == "No placeholders { here }, {}."


@pytest.mark.parametrize("lang, values, expected", [
    # a contact without a title (issue 15): the name stays, no brace
    ("zh_CN", {"contact_name": "李娜"}, "李娜，您好！感谢您百忙之中抽时间见我。"),
    # a consumer with no contact, and the rep's own name and company unset
    ("zh_CN", {}, "您好！感谢您百忙之中抽时间见我。"),
    ("en", {}, "Good morning. Thank you for making time to see me today."),
    ("en", {"contact_name": "Li Na"}, "Good morning, Li Na. Thank you for making time to see me today."),
    ("en", {"contact_name": "Li Na", "contact_title": "CFO", "my_name": "Tom", "my_company": "Acme"},
     "Good morning, Li Na, CFO. I'm Tom from Acme. Thank you for making time to see me today."),
])
def test_a_clause_whose_value_is_missing_is_left_out(lang, values, expected):
    for approach, template in plan_templates.default_openings(lang).items():
        filled = fill_opening(template, values)
        assert "{" not in filled and "}" not in filled, (approach, filled)
        assert not filled.startswith((",", "，", " ")) and ",." not in filled and "，。" not in filled
    assert fill_opening(plan_templates.default_openings(lang)["direct"], values).startswith(expected)


SENTENCE_FLAWS = {
    "double space": r"  ", "space before punctuation": r" [,.:;!?，。：；！？]",
    "two punctuation marks": r"[,，;；:：.。][,.，。:：;；!！?？]|[!！?？][,，.。]",
    "dangling link word": r"\b(?:from|at|of|with|for)\s*(?:[.,:;!?]|$)",  # (Chinese: the cases below)
    "sentence begun by a conjunction": r"(?:^|[.!?]\s+|\]\s*)(?:and|but|so|or)\b",
    "sentence begun in lower case": r"(?:^|[.!?]\s+)[a-z]",
    "starts or ends with a comma": r"^[\s,，.。:：]|[,，:：;；]$",
}


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_8_an_opening_line_reads_as_sentences_whatever_values_are_missing(lang):
    full = ({"contact_name": "Sarah", "contact_title": "Head of Procurement", "customer": "Harbour Logistics",
             "my_name": "Tom", "my_company": "Northwind", "purpose": "we can cut your bill"} if lang == "en" else
            {"contact_name": "王伟", "contact_title": "经理", "customer": "华信", "my_name": "李娜", "my_company": "中国移动",
             "purpose": "每月为您节省两成话费"})
    for approach, template in plan_templates.default_openings(lang).items():
        for count in range(len(full) + 1):
            for missing in itertools.combinations(full, count):
                for end in ("", ".", "。", "!", "\n"):  # a goal typed as a sentence, or with a line break after it
                    values = {k: "" if k in missing else v + (end if k == "purpose" else "") for k, v in full.items()}
                    filled = fill_opening(template, values)
                    flaws = [name for name, flaw in SENTENCE_FLAWS.items() if re.search(flaw, filled)]
                    assert not flaws and "{" not in filled, (approach, missing, end, flaws, filled)


@pytest.mark.parametrize("template, values, expected", [
    ("I'm {my_name} from {my_company}.", {"my_name": "Tom"}, "I'm Tom."),  # not "I'm Tom from." or nothing
    ("I'm {my_name} from {my_company}.", {"my_company": "Northwind"}, "I'm from Northwind."),
    ("我是{my_company}的{my_name}。", {"my_name": "李娜"}, "我是李娜。"),
    ("我是{my_company}的{my_name}。", {"my_company": "中国移动"}, "我是中国移动。"),
    ("Hi. I looked at how {customer} uses it, and {purpose}: see?", {"purpose": "you can save"}, "Hi. You can save: see?"),
    ("Because {purpose}: it helps.", {"purpose": "we can  cut\nyour bill."}, "Because we can cut your bill: it helps."),
    ("因为{purpose}，能帮您节省。", {"purpose": "每月节省两成。"}, "因为每月节省两成，能帮您节省。"),
    # a goal typed as a sentence continues the sentence it is put in; a name or an acronym stays as typed
    ("I've come because {purpose}: it helps.", {"purpose": "Cut your bill"}, "I've come because cut your bill: it helps."),
    ("I've come because {purpose}: it helps.", {"purpose": "NDA first"}, "I've come because NDA first: it helps."),
    ("I've come because {purpose}: it helps.", {"purpose": "iPhone plans"}, "I've come because iPhone plans: it helps."),
    ("Thanks. {purpose}: it helps.", {"purpose": "Cut your bill"}, "Thanks. Cut your bill: it helps."),
])
def test_8_a_missing_value_goes_with_its_link_word_and_values_fit_the_sentence(template, values, expected):
    assert fill_opening(template, values) == expected


def test_rep_profile_and_opening_templates_are_kept_in_settings(db):
    with db.session() as s, s.begin():
        plan_templates.save_rep(s, RepProfile(" 李娜 ", "中国移动"))
        plan_templates.save_openings(s, {"gift": "Hello {contact_name}"})
    with db.session() as s:
        assert plan_templates.load_rep(s) == RepProfile("李娜", "中国移动")
        openings = plan_templates.load_openings(s, "en")
    assert openings["gift"] == "Hello {contact_name}" and openings["direct"].startswith("Good morning")


def test_2_templates_are_the_users_language_unless_the_user_wrote_their_own(db):
    from models.entities import Setting

    with db.session() as s, s.begin():  # what Settings saved before, opened once in English: every default
        s.add(Setting(key=plan_templates.OPENINGS_KEY, value=json.dumps(plan_templates.default_openings("en"))))
        s.add(Setting(key=plan_templates.CHECKLIST_KEY,
                      value=json.dumps([dataclasses.asdict(i) for i in plan_templates.default_checklist("en")])))
    with db.session() as s:
        assert plan_templates.load_openings(s, "zh_CN") == plan_templates.default_openings("zh_CN")
        assert plan_templates.load_checklist(s, "zh_CN") == plan_templates.default_checklist("zh_CN")
    with db.session() as s, s.begin():  # Settings saved in Chinese, one opening and the checklist edited
        openings = plan_templates.load_openings(s, "zh_CN") | {"gift": "{contact_name}您好，这是我们的新年礼物。"}
        plan_templates.save_openings(s, openings)
        checklist = plan_templates.load_checklist(s, "zh_CN")
        plan_templates.save_checklist(s, checklist)  # unchanged: nothing of it is stored
    with db.session() as s:
        assert json.loads(s.get(Setting, plan_templates.OPENINGS_KEY).value) == {"gift": "{contact_name}您好，这是我们的新年礼物。"}
        assert s.get(Setting, plan_templates.CHECKLIST_KEY) is None
        assert plan_templates.load_openings(s, "en")["direct"] == plan_templates.default_openings("en")["direct"]
        assert plan_templates.load_openings(s, "en")["gift"] == "{contact_name}您好，这是我们的新年礼物。"  # their own
        assert plan_templates.load_checklist(s, "en") == plan_templates.default_checklist("en")
    with db.session() as s, s.begin():
        plan_templates.save_checklist(s, checklist[:3] + [TemplateItem("packing", "报价单", critical=True)])
        plan_templates.save_openings(s, {"gift": plan_templates.default_openings("zh_CN")["gift"]})  # back to the default
    with db.session() as s:
        assert [i.text for i in plan_templates.load_checklist(s, "en")][-1] == "报价单"  # their own, whatever the language
        assert plan_templates.load_openings(s, "en") == plan_templates.default_openings("en")
    assert plan_templates.default_openings("zh_TW") == plan_templates.default_openings("zh_CN")  # not English


def test_agenda_lists_a_day_in_time_order_with_readiness(db):
    cid = make_customer(db)
    late = new_visit(db, cid, at=dt.datetime(2026, 11, 24, 15, 0))
    early = new_visit(db, cid, at=dt.datetime(2026, 11, 24, 9, 0))
    new_visit(db, cid, at=dt.datetime(2026, 11, 25, 9, 0))
    critical = next(i for i in visits.load_checklist(db, early) if i.critical)
    visits.set_done(db, critical.id, True)
    day = agenda(db, dt.date(2026, 11, 24))
    assert [v.id for v in day] == [early, late]
    assert (day[0].items_done, day[0].items_total, day[0].critical_open, day[0].ready_to_go) == (1, 20, 0, True)
    assert (day[1].critical_open, day[1].ready_to_go) == (1, False)
    assert len(agenda(db, dt.date(2026, 11, 24), days=7)) == 3


def test_deleting_a_visit_removes_its_plan_and_checklist(db):
    cid = make_customer(db)
    vid = new_visit(db, cid)
    visits.delete_visit(db, vid)
    with pytest.raises(visits.NotFoundError):
        visits.load_plan(db, vid)
    with db.session() as s:
        assert s.scalars(select(Customer.next_visit_at).where(Customer.id == cid)).one() is None


def contract(db, vid):
    return next(i for i in visits.load_checklist(db, vid) if i.critical)


def test_ready_follows_the_checklist_an_item_unticked_after_ready_puts_it_back_to_planned(db):
    vid = new_visit(db, make_customer(db))
    visits.set_done(db, contract(db, vid).id, True)
    visits.mark_ready(db, vid)
    assert visits.readiness(db, vid).status == "ready"
    visits.set_done(db, contract(db, vid).id, False)  # the bypass of the issue
    state = visits.readiness(db, vid)
    assert (state.status, state.open_items) == ("planned", ("Contracts / agreement forms for this offer packed",))
    # an override reason covers the items open when it was given, and only those
    visits.mark_ready(db, vid, override_reason="Sent by mail; the signed copy waits at reception")
    visits.add_item(db, vid, "Signed NDA", critical=False)
    assert visits.readiness(db, vid).status == "ready"
    visits.add_item(db, vid, "Price approval from the director", critical=True)
    assert visits.readiness(db, vid).status == "planned"
    assert visits.load_plan(db, vid).ready_override_reason is None


def test_a_question_answered_by_the_plan_and_critical_unticks_a_ready_visit_too(db):
    cid = make_customer(db)
    with db.session() as s, s.begin():
        plan_templates.save_checklist(s, [TemplateItem("question", "What is the goal?", critical=True,
                                                       answered_by="purpose")])
    vid = new_visit(db, cid)
    plan = visits.load_plan(db, vid)
    plan.purpose = "Renew"
    visits.save_plan(db, plan)
    visits.mark_ready(db, vid)
    plan = visits.load_plan(db, vid)  # Ready is a new version (the planner merges its own plan onto it)
    plan.purpose = ""
    visits.save_plan(db, plan)
    assert visits.readiness(db, vid).status == "planned"


def test_a_visit_with_an_outcome_is_done_and_refused_ready_or_planned(db):
    from models.visits import outcomes
    from models.errors import Refused
    from models.visits.outcomes import OutcomeData

    vid = new_visit(db, make_customer(db))
    outcomes.save_outcome(db, OutcomeData(visit_id=vid, result="won"))
    with pytest.raises(Refused, match="correct the outcome"):
        visits.mark_ready(db, vid, override_reason="anyway")
    with pytest.raises(Refused, match="correct the outcome"):
        visits.back_to_planned(db, vid)
    with pytest.raises(Refused, match="Cancelled"):
        visits.cancel_visit(db, vid, "Customer ill")
    assert visits.readiness(db, vid).status == "done"


def test_a_visit_cancelled_with_a_reason_and_one_deleted_come_back_with_undo(db):
    from models.visits import outcomes
    from models.book import undo
    from models.errors import Refused
    from models.visits.outcomes import FollowUpData, OutcomeData, PromiseData
    from tests.book_dump import dump

    cid = make_customer(db)
    planned = new_visit(db, cid)
    with pytest.raises(Refused, match="Say why"):
        visits.cancel_visit(db, planned, "  ")
    before = dump(db)
    cancelled = visits.cancel_visit(db, planned, "客户生病")
    state = visits.readiness(db, planned)
    assert (state.status, state.cancel_reason) == ("cancelled", "客户生病")
    with db.session() as s:
        assert s.scalar(select(Customer.next_visit_at).where(Customer.id == cid)) is None
    undo.run(db, cancelled, undo=True)
    assert dump(db) == before
    held = new_visit(db, cid, at=dt.datetime(2026, 11, 10, 10))
    outcomes.save_outcome(db, OutcomeData(visit_id=held, result="progressed", promises=[PromiseData("报价单", "us")],
                                          follow_up=FollowUpData(dt.date(2026, 11, 20), "phone", "offer")))
    before = dump(db)
    deleted = visits.delete_visit(db, held)
    with pytest.raises(visits.NotFoundError):
        visits.load_plan(db, held)
    assert deleted.customer_id == cid
    assert undo.run(db, deleted, undo=True).left == []
    assert dump(db) == before  # the visit, its checklist, outcome and promise, the follow-up's link
    undo.run(db, deleted, undo=False)
    with pytest.raises(visits.NotFoundError):
        visits.load_plan(db, held)


def test_readiness_reads_the_same_everywhere():
    from models.visits.readiness import Readiness, readiness_text

    assert readiness_text(Readiness("planned", 8, 20, 2)) == "Planned · 8/20 ticked · 2 critical open"
    assert readiness_text(Readiness("planned", 8, 20, 1, open_items=("Contract packed",)), long=True) == \
        "Planned · 8/20 ticked · not ready to go: Contract packed"
    assert readiness_text(Readiness("ready", 20, 20, 0)) == "Ready · 20/20 ticked"
    assert readiness_text(Readiness("ready", 19, 20, 1, "sent by mail")) == \
        "Ready · 19/20 ticked · 1 critical open · reason: sent by mail"
    assert readiness_text(Readiness("done", 8, 20, 1, result="won")) == "Done · Won"
    assert readiness_text(Readiness("done", 8, 20, 1)) == "Done · no outcome logged"
    assert readiness_text(Readiness("cancelled", 8, 20, 1, cancel_reason="客户生病")) == "Cancelled · 客户生病"
    assert not Readiness("done", 8, 20, 1).alert and Readiness("planned", 8, 20, 1).alert
    chinese = {("labels", "Planned"): "已计划", ("readiness", "%1/%2 ticked"): "已勾选 %1/%2"}
    assert readiness_text(Readiness("planned", 3, 20, 0), lambda c, t: chinese.get((c, t), t)) == "已计划 · 已勾选 3/20"


@pytest.mark.parametrize(("typed", "day"), [
    ("2026-12-03", dt.date(2026, 12, 3)), ("2026/12/3", dt.date(2026, 12, 3)), ("12/3", dt.date(2026, 12, 3)),
    ("12月3日", dt.date(2026, 12, 3)), ("２０２６年１２月３日", dt.date(2026, 12, 3)), ("20261203", dt.date(2026, 12, 3)),
    ("1/5", dt.date(2027, 1, 5)), ("11/1", dt.date(2026, 11, 1)), ("+3", dt.date(2026, 11, 25)),
    ("明天", dt.date(2026, 11, 23)), ("today", dt.date(2026, 11, 22)), ("2/29", dt.date(2028, 2, 29)),
    ("—20261203", None), ("2026-02-30", None), ("13/1", None), ("", None), ("soon", None)])
def test_dates_typed_as_people_write_them(typed, day):
    from models.book.date_text import parse_date

    assert parse_date(typed, NOW.date()) == day


def test_the_picker_puts_the_customer_named_first(db):
    from models.book.customer_list import best_matches

    for name, contact in (("Brightpath Hotels & Co", "Noah Evans"), ("Harbour Lights", "Noah Evans"),
                          ("Noah Evans", None), ("Noah Evans Trading", None)):
        customers.save(db, CustomerData(name=name, contacts=[ContactData(name=contact)] if contact else []))
    assert [row.name for row in best_matches(db, "noah  evans")] == [
        "Noah Evans", "Noah Evans Trading", "Brightpath Hotels & Co", "Harbour Lights"]
