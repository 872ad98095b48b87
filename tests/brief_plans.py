"""The typical plan of issue 15, in English and Chinese, for the brief's tests and its screenshots:
3 contacts, 5 SPIN questions, 3 FAB products, 3 objections with answers, 2 open promises (one overdue),
3 earlier visits with outcomes, an override reason and the 20-item checklist."""

from __future__ import annotations

import datetime as dt

from models.book import customers

from models.visits import outcomes, plan_templates, visits
from models.book.customers import ChannelData, ContactData, CustomerData
from models.visits.outcomes import OutcomeData, PromiseData
from models.visits.visits import ObjectionData, ProductData, QuestionData

VISIT_AT = dt.datetime(2026, 11, 24, 10, 0)

TEXTS = {
    "zh_CN": dict(
        customer="华信科技有限公司", city="杭州", address="杭州市西湖区文三路 90 号 华信大厦 12 楼",
        industry="电子制造",
        contacts=[("王伟", "采购经理", "decision_maker", "supporter", "high"),
                  ("张秀英", "财务总监", "approver", "neutral", "high"),
                  ("刘洋", "IT 主管", "evaluator", "sponsor", "medium")],
        phones=["138 0571 2266", "139 5712 0088", "0571-8765 4321"], switchboard="0571-8888 6666",
        rep=("李娜", "中国移动杭州分公司"),
        purpose="签下 5G 商务套餐：全公司 120 条线路迁移，每月为客户节省约两成话费",
        customer_profile="大客户，三个厂区，话费月均 7,500 元，竞争对手正在接触",
        expected_reception="王经理支持，张总监关心预算，可能先问价格",
        action_plan="先回顾上月账单，再用对比表讲清节省，最后约定试用一个厂区",
        expected_result="张总监同意试用，周五前拿到签字的试用协议",
        opening_line="王伟经理，您好！我是中国移动的李娜。感谢您抽时间见我。今天来，是想和您一起看看怎样每月为贵公司节省两成话费。",
        questions=[("situation", "目前三个厂区一共有多少条线路？"), ("situation", "现在的套餐是哪一年签的？"),
                   ("problem", "哪个厂区的流量最常超额？"),
                   ("implication", "超额费用每个季度对预算有多大影响？"),
                   ("need_payoff", "如果费用固定可控，对财务部意味着什么？")],
        products=[("5G 商务套餐", "全员共享流量池", "不再超额", "费用固定可控"),
                  ("云视频会议", "三厂区随时开会", "少跑路", "节省差旅"),
                  ("专线备份", "双链路", "断线自动切换", "生产不停")],
        objections=[("太贵了", "按天算每条线不到一杯咖啡，且比现在少两成"),
                    ("合同还没到期", "我们承担提前迁移的费用，账单从下月起算"),
                    ("换运营商太麻烦", "号码不变，我们上门一天内全部办好")],
        promises=[("us", "发送三个厂区的用量分析", dt.date(2026, 11, 20)), ("customer", "提供现有合同的到期日", dt.date(2026, 11, 30))],
        history=["介绍 5G 商务套餐", "核对上季度账单", "了解三个厂区的线路"],
        next_step="周五前发送合同，下周二回访",
        decision_maker_plan="直接请张总监确认试用范围和签字人",
        override="合同已通过邮件发给王经理，到场后当面打印",
    ),
    "en": dict(
        customer="Harbour Logistics Ltd", city="Leeds", address="Unit 4, Aire Valley Business Park, Leeds LS9 0PS",
        industry="Logistics",
        contacts=[("Sarah Collins", "Head of Procurement", "decision_maker", "supporter", "high"),
                  ("David Okafor", "Finance Director", "approver", "neutral", "high"),
                  ("Priya Shah", "IT Manager", "evaluator", "sponsor", "medium")],
        phones=["07700 900123", "0113 496 0402", "07700 900877"], switchboard="0113 496 0000",
        rep=("Tom Baker", "Northwind Telecom"),
        purpose="Sign the 5G business plan: move all 120 lines, saving them about a fifth of the monthly bill",
        customer_profile="Key account, three depots, about 7,500 a month, a competitor is talking to them",
        expected_reception="Sarah is on our side; David watches the budget and will ask about price first",
        action_plan="Review last month's bill, show the comparison sheet, agree a trial at one depot",
        expected_result="David agrees to a trial; the signed trial agreement by Friday",
        opening_line="Good morning, Sarah. I'm Tom from Northwind Telecom. Thank you for making time to see me today. "
                     "I've come because we can cut your monthly bill by about a fifth: may I show you how?",
        questions=[("situation", "How many lines do the three depots have today?"),
                   ("situation", "When was the current contract signed?"),
                   ("problem", "Which depot runs over its data allowance most often?"),
                   ("implication", "What do the overage charges do to the quarterly budget?"),
                   ("need_payoff", "What would a fixed, predictable bill mean for finance?")],
        products=[("5G business plan", "one shared data pool", "no more overage", "a fixed, predictable bill"),
                  ("Video meetings", "the three depots meet any time", "less driving", "lower travel costs"),
                  ("Backup line", "two independent links", "switches over by itself", "the depots keep working")],
        objections=[("It's too expensive", "Per line it is less than a coffee a day, and a fifth below today's bill"),
                    ("Our contract hasn't ended", "We pay the early move; billing starts next month"),
                    ("Switching is a hassle", "Numbers stay the same and we do it all on site in a day")],
        promises=[("us", "Send the usage analysis of the three depots", dt.date(2026, 11, 20)),
                  ("customer", "Give us the current contract's end date", dt.date(2026, 11, 30))],
        history=["Presented the 5G business plan", "Went through last quarter's bill", "Mapped the depots' lines"],
        next_step="Send the contract by Friday; call back next Tuesday",
        decision_maker_plan="Ask David to confirm the trial's scope and who signs",
        override="The contract went to Sarah by e-mail; print it on site",
    ),
}


def typical_visit(db, lang: str = "zh_CN") -> int:
    """A customer with the typical plan; returns the visit's id."""
    t = TEXTS[lang]
    data = CustomerData(name=t["customer"], segment="key_account", city=t["city"], address=t["address"],
                        industry=t["industry"],
                        contacts=[ContactData(name=n, title=title, buying_role=role, attitude=attitude, influence=inf,
                                              channels=[ChannelData("phone", phone)])
                                  for (n, title, role, attitude, inf), phone in zip(t["contacts"], t["phones"])],
                        channels=[ChannelData("phone", t["switchboard"])],
                        spend={(2025, 12): 748_00} | {(2026, m): 700_00 + (m * 37 % 9) * 10_00 for m in range(1, 11)}
                        | {(2026, 11): 512_00})
    cid = customers.save(db, data).customer_id
    with db.session() as s, s.begin():
        plan_templates.save_rep(s, plan_templates.RepProfile(*t["rep"]))
        template = plan_templates.load_checklist(s, lang)
    contact_ids = [c.id for c in customers.load(db, cid).contacts]
    for i, purpose in enumerate(t["history"]):
        earlier = visits.create_visit(db, cid, VISIT_AT - dt.timedelta(days=14 * (i + 1)), [])
        plan = visits.load_plan(db, earlier)
        plan.purpose, plan.contact_ids = purpose, contact_ids[:1]
        visits.save_plan(db, plan)
        promises = [PromiseData(text, by, due) for by, text, due in t["promises"]] if i == 0 else []
        outcomes.save_outcome(db, OutcomeData(earlier, result="progressed", next_step=t["next_step"] if i else "",
                                              promises=promises,
                                              follow_up=outcomes.FollowUpData(VISIT_AT.date())),
                              now=VISIT_AT - dt.timedelta(days=14 * (i + 1) - 1))
    vid = visits.create_visit(db, cid, VISIT_AT, template)
    plan = visits.load_plan(db, vid)
    plan.contact_ids = contact_ids
    plan.cycle_step, plan.approach_method = "presentation", "direct"
    for field in ("purpose", "customer_profile", "expected_reception", "action_plan", "expected_result", "opening_line",
                  "next_step", "decision_maker_plan"):
        setattr(plan, field, t[field])
    plan.questions = [QuestionData(kind, q) for kind, q in t["questions"]]
    plan.products = [ProductData(*p) for p in t["products"]]
    plan.objections = [ObjectionData(*o) for o in t["objections"]]
    visits.save_plan(db, plan)
    for entry in visits.load_checklist(db, vid):
        if entry.kind == "packing" and not entry.critical and "gift" not in entry.text and "礼品" not in entry.text:
            visits.set_done(db, entry.id, True)
    visits.mark_ready(db, vid, override_reason=t["override"])
    return vid
