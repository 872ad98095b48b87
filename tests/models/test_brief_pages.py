"""How the brief and the day sheet fall on pages, read back from the real PDF: side-by-side columns cut at the
end of a page, the header and the page numbers of every page, where lines break. (The fixes after a tester's
try of issue 15; the helpers are test_brief.py's.)"""

import dataclasses
import datetime as dt

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer

from models.book import customers

from models.visits import plan_templates, visits
from models.brief.compose import compose_brief
from models.brief.render import BriefDocument, Columns, Para, Styles, heading, register_font, text
from models.book.customers import ChannelData, ContactData, CustomerData
from tests.brief_plans import TEXTS, VISIT_AT, typical_visit
from models.brief.service import brief_pdf, day_sheet_pdf
from tests.models.test_brief import pages, pdf_text, qpdf_ok, squeeze, words_at


def test_1_columns_that_start_a_line_or_less_above_the_end_of_a_page_continue_on_the_next(tmp_path):
    """A split that cannot keep even one line of a column's first text must not leave it without its lines
    (reportlab's Paragraph drops them then): it crashed the brief with "'Para' object has no attribute
    'blPara'" when it was drawn on the next page."""
    register_font()
    st = Styles()
    height = 120 * mm
    for room in range(1, 40, 3):  # points left on the page where the columns start
        columns = Columns([[heading(text("Who to meet"), st.label), Para(text("Sarah Collins, Head of Procurement"), st.body)],
                           [heading(text("Goal"), st.label), Para(text("Sign the 5G plan " * 60), st.body)]],
                          [0.45, 0.55], background=None, padding=4)
        out = tmp_path / f"columns-{room}.pdf"
        doc = BaseDocTemplate(str(out), pagesize=(100 * mm, height + 20 * mm),
                              pageTemplates=[PageTemplate("page", [Frame(10 * mm, 10 * mm, 80 * mm, height,
                                                                           leftPadding=0, rightPadding=0,
                                                                           topPadding=0, bottomPadding=0)])])
        doc.build([Spacer(0, height - room), columns])
        pdf = out.read_bytes()
        qpdf_ok(pdf, tmp_path)
        words = squeeze(pdf_text(pdf, tmp_path))
        assert "SarahCollins" in words and words.count("Signthe5Gplan") == 60, room


def test_1_a_long_goal_and_a_long_opening_line_print_whatever_their_length(db, tmp_path):
    cid = customers.save(db, CustomerData(name="Harbour Logistics Ltd",
                                          contacts=[ContactData(name="Sarah Collins", title="Head of Procurement")])).customer_id
    vid = visits.create_visit(db, cid, VISIT_AT, plan_templates.default_checklist("en"))
    data = compose_brief(db, vid)
    for lang in ("en", "zh_CN"):
        document = BriefDocument(lang)
        for length in range(1800, 2320, 13):  # where the goal's box ends moves down the page a line at a time
            goal = ("Sign the 5G plan and move all lines " * 100)[:length] + " END-OF-GOAL"
            opening = ("Good morning Sarah, I am Tom from Northwind. " * 100)[:length] + " END-OF-OPENING"
            pdf = document.brief_pdf(dataclasses.replace(data, plan=dataclasses.replace(data.plan, purpose=goal),
                                                         opening_line=opening))
            words = pdf_text(pdf, tmp_path)
            assert "END-OF-GOAL" in words and "END-OF-OPENING" in words, (lang, length)
    qpdf_ok(pdf, tmp_path)


def a_day_of_visits(db, count: int, long_one: int | None = None) -> list[int]:
    """``count`` visits on VISIT_AT's day, each with a goal that takes several lines in the summary; the
    visit at index ``long_one`` has an action plan that takes its brief onto a second page."""
    cid = customers.save(db, CustomerData(name="Harbour Logistics Ltd")).customer_id
    ids = []
    for i in range(count):
        vid = visits.create_visit(db, cid, VISIT_AT.replace(hour=8) + dt.timedelta(minutes=15 * i), [])
        plan = visits.load_plan(db, vid)
        plan.purpose = f"Visit {i:02d}: " + "review the bill and propose the package that saves money " * 3
        if i == long_one:
            plan.action_plan = "Walk through every line of the bill with the finance director. " * 120
        visits.save_plan(db, plan)
        ids.append(vid)
    return ids


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_4_every_page_says_page_n_of_m_of_its_brief_and_the_summary_reads_right(db, tmp_path, lang):
    a_day_of_visits(db, 16, long_one=3)
    pdf, count = day_sheet_pdf(db, VISIT_AT.date(), lang)
    assert count == 16
    qpdf_ok(pdf, tmp_path)
    texts = [squeeze(pdf_text(pdf, tmp_path, page, page)) for page in range(1, pages(pdf, tmp_path) + 1)]
    expected = [(1, 2), (2, 2)] + [(1, 1)] * 3 + [(1, 2), (2, 2)] + [(1, 1)] * 12  # summary, then each brief
    page_of = "page{0}of{1}" if lang == "en" else "第{0}页，共{1}页"
    assert len(texts) == len(expected)
    for number, (page, (n, m)) in enumerate(zip(texts, expected), 1):
        assert squeeze(page_of.format(n, m)) in page, (number, page[-80:])
    day = VISIT_AT.strftime("%Y-%m-%d")
    if lang == "en":
        assert "16visits·" in texts[0] and "Daysheet" in texts[1] and f"{day}(continued)" in texts[1]
    else:
        assert "16次拜访·" in texts[0] and "当日拜访汇总" in texts[1] and squeeze(f"{day}（续）") in texts[1]
    assert not any("summary" in page for page in texts)


def test_4_one_visit_is_a_visit_and_one_critical_item_an_item(db, tmp_path):
    vid = a_day_of_visits(db, 1)[0]
    visits.add_item(db, vid, "Contract", critical=True)
    for lang, one in (("en", ["1visit·0readytogo", "1criticalopen"]), ("zh_CN", ["1次拜访·其中0次已就绪", "1项关键未完成"])):
        first = squeeze(pdf_text(day_sheet_pdf(db, VISIT_AT.date(), lang)[0], tmp_path, 1, 1))
        assert all(squeeze(words) in first for words in one), first
    visits.add_item(db, vid, "Price list", critical=True)
    first = squeeze(pdf_text(day_sheet_pdf(db, VISIT_AT.date(), "zh_CN")[0], tmp_path, 1, 1))
    assert "2项关键未完成" in first  # Chinese has one form, with its measure word


@pytest.mark.parametrize("name", ["Harbour Logistics Ltd", "Harbour Logistics and Warehousing International " * 4])
def test_7_the_continued_header_shows_when_and_continued_in_full(db, tmp_path, name):
    vid = a_day_of_visits(db, 1, long_one=0)[0]
    customers.save(db, dataclasses.replace(customers.load(db, visits.load_plan(db, vid).customer_id), name=name.strip()))
    for lang, note in (("en", "2026-11-24 08:00–09:00 (60 min) (continued)"), ("zh_CN", "2026-11-24 08:00–09:00 (60 分钟)（续）")):
        pdf = brief_pdf(db, vid, lang)
        assert pages(pdf, tmp_path) == 2
        header = [(w, x, y) for w, x, y in words_at(pdf, tmp_path, page=2) if y < 45]
        line = " ".join(w for w, _x, _y in header)
        assert squeeze(note) in squeeze(line) and "…" not in squeeze(note), line
        assert squeeze(name)[:20] in squeeze(line)
        assert max(x for _w, x, _y in header) < A4[0] - 10 * mm


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_5_a_line_never_ends_inside_a_house_number_or_a_postcode(db, tmp_path, lang):
    """Places of many lengths in the day sheet's narrow place column: a Chinese address in an English day sheet
    was cut like a Latin word without spaces ("体育西路58" / "8号"), in a Chinese one between the number and its
    号 ("小寨路290" / "号"), a British postcode at its space ("LS9" / "0PS"). (The brief's header line and the
    phone numbers go through the same paragraphs.)"""
    cid = customers.save(db, CustomerData(name="Harbour Logistics Ltd")).customer_id
    places = ["广州市天河区体育西路一二三"[:k] + "5880号" for k in range(5, 13)] + \
             [f"Unit {'4' * k}, Aire Valley Park, Leeds LS9 0PS" for k in range(1, 9)]
    for i, place in enumerate(places):
        vid = visits.create_visit(db, cid, VISIT_AT.replace(hour=7) + dt.timedelta(minutes=10 * i), [])
        plan = visits.load_plan(db, vid)
        plan.place = place
        visits.save_plan(db, plan)
    pdf, _count = day_sheet_pdf(db, VISIT_AT.date(), lang)
    words = words_at(pdf, tmp_path, page=1)
    assert sum("5880号" in w for w, _x, _y in words) == 8  # the number whole and with its 号, wherever the line ends
    postcode_lines = [y for w, _x, y in words if w.startswith("LS9")]
    assert len(postcode_lines) == 8 and all(any(w.endswith("0PS") and abs(y - at) < 1 for w, _x, y in words)
                                            for at in postcode_lines)


def test_6_the_average_is_the_customers_one_average_printed_once_and_drawn_over_its_months(db, tmp_path):
    """The brief printed the tier's average (the last 6 months, a month without a figure counting 0) as
    "average", and drew and labelled "avg" the mean of the months with a figure in the 12 of the chart."""
    spend = {(2026, m): 100_00 for m in range(1, 5)} | {(2026, m): 400_00 for m in range(6, 11)}  # May: none
    cid = customers.save(db, CustomerData(name="Harbour Logistics Ltd", spend=spend)).customer_id
    vid = visits.create_visit(db, cid, VISIT_AT, [])
    tier_average = 5 * 400_00 / 6  # May to October
    assert customers.load(db, cid) and compose_brief(db, vid).context.avg_spend_cents == round(tier_average)
    for lang, label in (("en", "average ¥333.33 a month over 6 months"), ("zh_CN", "近 6 个月月均 ¥333.33")):
        pdf = brief_pdf(db, vid, lang)
        words = squeeze(pdf_text(pdf, tmp_path))
        assert squeeze(label) in words
        assert "avg" not in words and "277.78" not in words  # (4 x 100 + 5 x 400) / 9: the other "average"
        assert words.count(squeeze(label.split(" ")[0] if lang == "en" else "月均")) == 2  # the text and the line's label
    axis, dashed, line = chart_lines(pdf)
    assert dashed[1] == dashed[3] and (dashed[1] - axis) / (max(y for _x, y in line) - axis) == pytest.approx(tier_average / 400_00, rel=1e-3)
    assert dashed[0] == pytest.approx(line[-6][0]) and dashed[2] == pytest.approx(line[-1][0])  # over the 6 months


def chart_lines(pdf: bytes) -> tuple[float, tuple[float, ...], list[tuple[float, float]]]:
    """The sparkline read from the first page's drawing operators: the axis's height, the dashed line (x1, y1,
    x2, y2) and the spend line's points (all in the chart's own coordinates)."""
    import io
    import re

    from pypdf import PdfReader

    ops = PdfReader(io.BytesIO(pdf)).pages[0].get_contents().get_data().decode("latin-1")
    number = r"(-?[\d.]+)"
    chart = ops[ops.index("[2 1.5] 0 d") - 400:]
    axis = float(re.search(rf"{number} {number} m {number} {number} l S\s*(?:\n.*?)*?\[2 1.5\] 0 d", chart, re.S).group(2))
    dashed = tuple(float(v) for v in re.search(rf"\[2 1.5\] 0 d.*?{number} {number} m {number} {number} l S", chart, re.S).groups())
    path = re.search(r"\[\] 0 d.*?((?:-?[\d.]+ -?[\d.]+ [ml]\s+)+)S", chart, re.S).group(1)
    line = [(float(x), float(y)) for x, y in re.findall(rf"{number} {number} [ml]", path)]
    return axis, dashed, line


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_9_the_phone_numbers_of_the_people_to_meet_and_of_the_customer_are_printed(db, tmp_path, lang):
    vid = typical_visit(db, lang)
    t = TEXTS[lang]
    for pdf in (brief_pdf(db, vid, lang), day_sheet_pdf(db, VISIT_AT.date(), lang)[0]):
        qpdf_ok(pdf, tmp_path)
        page = 1 if pages(pdf, tmp_path) == 1 else 2  # the brief, or its page after the day's summary
        lines = pdf_text(pdf, tmp_path, page, page).splitlines()
        for (name, *_rest), phone in zip(t["contacts"], t["phones"]):
            start = next(i for i, line in enumerate(lines) if name in line)
            bullet = lines[start:start + next((k for k, line in enumerate(lines[start + 1:], 1) if "•" in line), 3)]
            assert any(squeeze(phone) in squeeze(line) for line in bullet), (name, bullet)  # whole, on one line
        assert any(squeeze(t["switchboard"]) in squeeze(line) for line in lines)
    assert pages(brief_pdf(db, vid, lang), tmp_path) == 1  # the typical plan, phones and all, still one page


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_9_numbers_stay_whole_after_a_long_title_and_for_several_numbers(db, tmp_path, lang):
    numbers = [("138 0571 2266", "手机"), ("0571-8765 4321", "office"), ("+86 571 8888 6666", "")]
    for title in ("经理", "华东区大客户部高级客户经理兼数字化转型项目总监" * (1 if lang == "zh_CN" else 2), "Head of " * 12):
        cid = customers.save(db, CustomerData(name="华信科技有限公司", channels=[ChannelData("phone", numbers[2][0])],
                                              contacts=[ContactData(name="王伟", title=title.strip(),
                                                                    channels=[ChannelData("phone", *n) for n in numbers])])).customer_id
        vid = visits.create_visit(db, cid, VISIT_AT, [])
        plan = visits.load_plan(db, vid)
        plan.contact_ids = [customers.load(db, cid).contacts[0].id]
        plan.place = "杭州市西湖区文三路 90 号 华信大厦 12 楼" * 3
        visits.save_plan(db, plan)
        lines = [squeeze(line) for line in pdf_text(brief_pdf(db, vid, lang), tmp_path).splitlines()]
        for number, label in numbers:
            assert sum(squeeze(number) in line for line in lines) == (1 if label else 2), (title, number, lines[:12])
        assert any(squeeze("138 0571 2266 (手机)") in line for line in lines)


@pytest.mark.parametrize("lang, mobile, work", [("en", "(Mobile)", "(Work)"), ("zh_CN", "(手机)", "(工作)")])
def test_9_the_usual_phone_labels_are_printed_in_the_briefs_language(db, tmp_path, lang, mobile, work):
    cid = customers.save(db, CustomerData(name="华信科技有限公司", channels=[ChannelData("phone", "0571-8888 6666", "work")],
                                          contacts=[ContactData(name="王伟", channels=[
                                              ChannelData("phone", "138 0571 2266", "mobile"),
                                              ChannelData("phone", "0571-8765 4321", "秘书")])])).customer_id
    vid = visits.create_visit(db, cid, VISIT_AT, [])
    plan = visits.load_plan(db, vid)
    plan.contact_ids = [customers.load(db, cid).contacts[0].id]
    visits.save_plan(db, plan)
    lines = [squeeze(line) for line in pdf_text(brief_pdf(db, vid, lang), tmp_path).splitlines()]
    assert any(squeeze(f"138 0571 2266 {mobile}") in line for line in lines), lines[:12]
    assert any(squeeze(f"0571-8888 6666 {work}") in line for line in lines), lines[:12]
    assert any(squeeze("0571-8765 4321 (秘书)") in line for line in lines), lines[:12]  # (typed: as typed)
    assert not any("(mobile)" in line or "(work)" in line for line in lines)


def test_no_line_of_chinese_starts_with_a_closing_sign(tmp_path):
    """reportlab's list of what may not start a line lacks the full-width ，；：？！ and Chinese closing
    quotes (models/brief/paragraphs.py adds them): the done items of a checklist, "…；…；…", at every width,
    never put a "；" or a "，" at the start of a line."""
    register_font()
    st = Styles()
    said = "✓ 已完成：" + "；".join(["本次业务的合同/协议书已装包", "产品单页", "产品特点-优点-利益对比表", "名片",
                                   "客户档案，含近六个月账单", "路线与时间安排"] * 2) + "。“好的，”他说。"
    for width in range(60, 140, 7):
        out = tmp_path / f"w{width}.pdf"
        doc = BaseDocTemplate(str(out), pagesize=(width * mm + 20 * mm, 200 * mm),
                              pageTemplates=[PageTemplate("page", [Frame(10 * mm, 10 * mm, width * mm, 180 * mm)])])
        doc.build([Para(text(said), st.done)])
        lines = [line.strip() for line in pdf_text(out.read_bytes(), tmp_path).splitlines() if line.strip()]
        assert len(lines) > 1, width
        assert not [line for line in lines if line[0] in "，；：？！”’"], (width, lines)
