"""The visit brief, read back from the real PDF: pdftotext for the words (with -bbox for where they are),
pdffonts for the embedded fonts, qpdf --check for every file, pdftoppm for the colours; arbitrary user text
must print literally, never crash, never fetch anything. Issue 15's defects are numbered in the tests."""

import datetime as dt
import io
import re
import socket
import subprocess
import unicodedata
from html import unescape
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from models.book import customers

from models.visits import outcomes, plan_templates, visits
from models.visits.agenda import agenda
from models.brief.compose import NothingToPrint, compose_brief
from models.brief.fonts import RTL
from models.brief.render import BODY, BriefDocument, printable
from models.brief.service import brief_pdf, day_sheet_pdf, write_brief, write_day_sheet
from models.book.customers import ChannelData, ContactData, CustomerData
from models.visits.outcomes import OutcomeData, PromiseData
from models.book.settings import save_currency
from models.visits.visits import ObjectionData, ProductData, QuestionData
from tests.brief_plans import TEXTS, VISIT_AT, typical_visit


def save(pdf: bytes, tmp_path: Path, name: str = "brief.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


def pdf_text(pdf: bytes, tmp_path: Path, first: int | None = None, last: int | None = None) -> str:
    pages = (["-f", str(first)] if first else []) + (["-l", str(last)] if last else [])
    return subprocess.run(["pdftotext", "-enc", "UTF-8", *pages, str(save(pdf, tmp_path, "read.pdf")), "-"],
                          check=True, capture_output=True, text=True).stdout


def pages(pdf: bytes, tmp_path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(save(pdf, tmp_path, "count.pdf"))], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def qpdf_ok(pdf: bytes, tmp_path: Path) -> None:
    result = subprocess.run(["qpdf", "--check", str(save(pdf, tmp_path, "check.pdf"))], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def fonts(pdf: bytes, tmp_path: Path) -> list[str]:
    out = subprocess.run(["pdffonts", str(save(pdf, tmp_path, "fonts.pdf"))], check=True, capture_output=True, text=True)
    return out.stdout.splitlines()[2:]


def words_at(pdf: bytes, tmp_path: Path, page: int = 1) -> list[tuple[str, float, float]]:
    """(word, x, y) of each word on the page, in points from the top left (pdftotext -bbox)."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(save(pdf, tmp_path, "bbox.pdf")),
                           "-"], check=True, capture_output=True, text=True).stdout
    return [(unescape(w), float(x), float(y)) for x, y, w in
            re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">(.*?)</word>', html)]


def red_pixels(pdf: bytes, tmp_path: Path, page: int = 1) -> int:
    """Reddish pixels (the alert red #c62828, anti-aliased) on the page, rendered at 100 dpi as a PPM."""
    path = save(pdf, tmp_path, "colours.pdf")
    subprocess.run(["pdftoppm", "-r", "100", "-f", str(page), "-l", str(page), "-singlefile", str(path), str(tmp_path / "c")],
                   check=True)
    data = (tmp_path / "c.ppm").read_bytes()
    header = data.split(b"\n", 3)
    width, height = map(int, header[1].split())
    pixels = header[3][: width * height * 3]
    return sum(1 for i in range(0, len(pixels), 3)
               if pixels[i] > 150 and pixels[i] - pixels[i + 1] > 60 and pixels[i] - pixels[i + 2] > 60)


def text_at_least(pdf: bytes, size: float) -> str:
    """The first page's text set in ``size`` points or more, in content-stream order (pypdf)."""
    pieces = []

    def visit(text, cm, tm, font, font_size):
        if font_size * abs(tm[3] or 1) * abs(cm[3] or 1) >= size - 0.01:
            pieces.append(text)

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return "".join(pieces)


def squeeze(value: str) -> str:
    return "".join(unicodedata.normalize("NFKC", value).split())


@pytest.fixture
def visit_id(db):
    data = CustomerData(name="华信科技有限公司", segment="key_account", city="杭州", address="杭州市西湖区文三路 90 号",
                        contacts=[ContactData(name="王伟", title="采购经理", buying_role="decision_maker",
                                              attitude="supporter", influence="high")],
                        spend={(2026, m): 300_00 + m * 10_00 for m in range(1, 11)})
    cid = customers.save(db, data).customer_id
    with db.session() as s, s.begin():
        plan_templates.save_rep(s, plan_templates.RepProfile("李娜", "中国移动"))
        template = plan_templates.load_checklist(s, "zh_CN")
    vid = visits.create_visit(db, cid, VISIT_AT, template)
    plan = visits.load_plan(db, vid)
    plan.contact_ids = [customers.load(db, cid).contacts[0].id]
    plan.purpose = "签下 5G 商务套餐，每月为客户节省两成话费"
    plan.opening_line = "王伟经理，您好！我是中国移动的李娜。"
    plan.questions = [QuestionData("situation", "目前公司有多少条线路？"), QuestionData("need_payoff", "每月省两成意味着什么？")]
    plan.products = [ProductData("5G 商务套餐", "全员共享流量池", "不再超额", "费用固定可控")]
    plan.objections = [ObjectionData("太贵了", "按天算不到一杯咖啡")]
    plan.next_step = "周五前发送合同"
    visits.save_plan(db, plan)
    return vid


def test_a_chinese_brief_is_one_page_with_the_font_embedded_and_everything_readable(db, visit_id, tmp_path):
    pdf = brief_pdf(db, visit_id, lang="zh_CN")
    assert pages(pdf, tmp_path) == 1
    qpdf_ok(pdf, tmp_path)
    words = squeeze(pdf_text(pdf, tmp_path))
    for expected in ("拜访简报", "华信科技有限公司", "2026-11-2410:00", "李娜·中国移动", "王伟", "采购经理", "决策者",
                     "签下5G商务套餐", "王伟经理，您好！", "背景问题：目前公司有多少条线路？", "5G商务套餐", "太贵了",
                     "本次业务的合同/协议书已装包", "关键", "拜访之后", "成交信号", "金额", "周五前发送合同", "大客户"):
        assert squeeze(expected) in words, expected
    embedded = fonts(pdf, tmp_path)
    assert embedded and all("WenQuanYiMicroHei" in line and " yes yes yes " in line for line in embedded), embedded


def test_an_english_brief_uses_english_words_and_renders_to_an_image(db, visit_id, tmp_path):
    pdf = brief_pdf(db, visit_id, lang="en")
    words = pdf_text(pdf, tmp_path)
    assert "Visit brief" in words and "After the visit" in words and "Key account" in words
    path = save(pdf, tmp_path, "en.pdf")
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(path), str(tmp_path / "page")], check=True)
    image = (tmp_path / "page-1.png").read_bytes()
    assert image.startswith(b"\x89PNG") and len(image) > 5_000


@pytest.mark.parametrize("paper", ["A4", "Letter"])
@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_4_the_typical_plan_is_one_page_at_9_pt_on_a4_and_letter(db, tmp_path, lang, paper):
    vid = typical_visit(db, lang)
    pdf = brief_pdf(db, vid, lang, paper)
    qpdf_ok(pdf, tmp_path)
    assert pages(pdf, tmp_path) == 1
    t = TEXTS[lang]
    words = squeeze(pdf_text(pdf, tmp_path))
    everything = [t["purpose"], t["override"], t["next_step"], *(c[0] for c in t["contacts"]),
                  *(q for _k, q in t["questions"]), *(p[0] for p in t["products"]), *(o[1] for o in t["objections"]),
                  *(p[1] for p in t["promises"]), *t["history"]]
    for expected in everything:
        assert squeeze(expected) in words, expected
    assert BODY >= 9
    body = squeeze(text_at_least(pdf, BODY))
    for expected in everything:
        assert squeeze(expected) in body, expected


def test_1_what_kind_of_customer_and_the_expected_reception_are_printed(db, tmp_path):
    vid = typical_visit(db, "en")
    words = squeeze(pdf_text(brief_pdf(db, vid, "en"), tmp_path))
    for label, value in (("The customer", TEXTS["en"]["customer_profile"]),
                         ("Expected reception", TEXTS["en"]["expected_reception"])):
        assert squeeze(f"{label}: {value}") in words


def test_2_opening_lines_never_print_a_placeholder(db, tmp_path):
    cid = customers.save(db, CustomerData(name="张先生", segment="consumer")).customer_id  # no contact at all
    with db.session() as s:
        template = plan_templates.load_openings(s, "zh_CN")["direct"]  # the rep's name and company are unset
    vid = visits.create_visit(db, cid, VISIT_AT, [])
    plan = visits.load_plan(db, vid)
    plan.opening_line = template  # as an older version saved it, placeholders and all
    visits.save_plan(db, plan)
    words = pdf_text(brief_pdf(db, vid, "zh_CN"), tmp_path)
    assert "{" not in words and "}" not in words
    assert squeeze("您好！感谢您百忙之中抽时间见我。") in squeeze(words)
    other = customers.save(db, CustomerData(name="某公司", contacts=[ContactData(name="李娜")])).customer_id
    vid = visits.create_visit(db, other, VISIT_AT, [])
    plan = visits.load_plan(db, vid)
    plan.contact_ids, plan.opening_line = [customers.load(db, other).contacts[0].id], template
    visits.save_plan(db, plan)
    words = squeeze(pdf_text(brief_pdf(db, vid, "zh_CN"), tmp_path))
    assert squeeze("李娜，您好！") in words and "{" not in words


def test_3_empty_values_leave_no_dangling_labels(db, tmp_path):
    cid = customers.save(db, CustomerData(name="李娜", contacts=[ContactData(name="李娜")])).customer_id
    vid = visits.create_visit(db, cid, VISIT_AT, [])
    plan = visits.load_plan(db, vid)
    plan.contact_ids = [customers.load(db, cid).contacts[0].id]
    visits.save_plan(db, plan)
    for lang in ("zh_CN", "en"):
        pdf = brief_pdf(db, vid, lang)
        qpdf_ok(pdf, tmp_path)
        lines = [line.strip() for line in pdf_text(pdf, tmp_path).splitlines() if line.strip()]
        dangling = [line for line in lines if line.endswith(("·", ":", "：", "—", "→")) or " · · " in line
                    or "— ·" in line or line.startswith("·")]
        assert not dangling, dangling
        words = squeeze("\n".join(lines))
        assert ("暂无消费记录" if lang == "zh_CN" else "Nospendrecorded") in words


def test_5_a_day_sheet_with_a_very_long_purpose_prints_everything(db, visit_id, tmp_path):
    plan = visits.load_plan(db, visit_id)
    plan.purpose = "".join("签下商务套餐节省话费" for _ in range(100))  # 1,000 Chinese characters
    visits.save_plan(db, plan)
    other = visits.create_visit(db, plan.customer_id, VISIT_AT.replace(hour=14), [])
    second = visits.load_plan(db, other)
    second.purpose = " ".join(f"word{i:04d}" for i in range(250))  # 2,250 English characters
    visits.save_plan(db, second)
    pdf, count = day_sheet_pdf(db, VISIT_AT.date(), "zh_CN")
    assert count == 2
    qpdf_ok(pdf, tmp_path)
    words = squeeze(pdf_text(pdf, tmp_path))
    assert words.count("签下商务套餐节省话费") >= 100
    assert all(f"word{i:04d}" in words for i in range(250))


def test_the_same_long_text_on_several_briefs_of_a_day_sheet_prints_whole_on_each(db, visit_id, tmp_path):
    # a day sheet lays each paragraph out once; the one that goes over a page is split on its own copy
    plan = visits.load_plan(db, visit_id)
    plan.purpose = " ".join(f"word{i:04d}" for i in range(700))
    plan.action_plan = "".join(f"第{i}步签下商务套餐。" for i in range(150))
    visits.save_plan(db, plan)
    for hour, name in ((13, "远景物流"), (15, "Northwind Traders")):  # others: no earlier visit in their history
        other = customers.save(db, CustomerData(name=name)).customer_id
        copy = visits.create_visit(db, other, VISIT_AT.replace(hour=hour), [])
        visits.save_plan(db, visits.copy_plan(plan, visits.load_plan(db, copy)))
    pdf, count = day_sheet_pdf(db, VISIT_AT.date(), "zh_CN")
    assert count == 3 and pages(pdf, tmp_path) >= 7
    qpdf_ok(pdf, tmp_path)
    words = squeeze(pdf_text(pdf, tmp_path))
    assert all(words.count(f"word{i:04d}") == 3 for i in range(20, 700))  # the summary has the first ones too
    assert all(words.count(f"第{i}步签下商务套餐。") == 3 for i in range(150))
    assert "。 " not in pdf_text(pdf, tmp_path)  # no space where a Chinese text went on to the next page


def squeeze_lines(text: str) -> str:
    """The text with its line breaks as spaces (a table cell wraps where it must)."""
    return " ".join(text.split())


def test_6_critical_items_open_are_red_and_counted_in_words(db, visit_id, tmp_path):
    pdf, _count = day_sheet_pdf(db, VISIT_AT.date(), "en")
    summary = pdf_text(pdf, tmp_path, 1, 1)
    assert "1 critical open" in squeeze_lines(summary)
    assert "1 visit ·" in summary
    assert red_pixels(pdf, tmp_path, 1) > 20
    critical = next(e for e in visits.load_checklist(db, visit_id) if e.critical)
    visits.set_done(db, critical.id, True)
    pdf, _count = day_sheet_pdf(db, VISIT_AT.date(), "en")
    assert "critical open" not in squeeze_lines(pdf_text(pdf, tmp_path, 1, 1)) and red_pixels(pdf, tmp_path, 1) == 0


def test_7_a_long_customer_name_is_printed_in_full(db, tmp_path):
    name = "浙江省杭州市西湖区某某某某科技发展有限责任公司第三分公司（华东区域运营中心暨客户服务部）" * 3
    cid = customers.save(db, CustomerData(name=name)).customer_id
    vid = visits.create_visit(db, cid, VISIT_AT, [])
    plan = visits.load_plan(db, vid)
    plan.questions = [QuestionData("problem", f"问题 {i}？") for i in range(200)]  # continues on page 2
    visits.save_plan(db, plan)
    pdf = brief_pdf(db, vid, "zh_CN")
    assert squeeze(name) in squeeze(pdf_text(pdf, tmp_path, 1, 1))
    assert pages(pdf, tmp_path) >= 2 and "浙江省杭州市" in pdf_text(pdf, tmp_path, 2, 2)  # the header repeats


def test_8_a_day_sheet_is_one_document_with_its_fonts_embedded_once(db, visit_id, tmp_path):
    plan = visits.load_plan(db, visit_id)
    for hour in range(8, 18):
        copy = visits.create_visit(db, plan.customer_id, VISIT_AT.replace(hour=hour, minute=30), [])
        visits.save_plan(db, visits.copy_plan(plan, visits.load_plan(db, copy)))
    one = brief_pdf(db, visit_id, "zh_CN")
    sheet, count = day_sheet_pdf(db, VISIT_AT.date(), "zh_CN")
    assert count == 11
    qpdf_ok(sheet, tmp_path)
    assert pages(sheet, tmp_path) == 12
    # the same glyphs: as many embedded subsets as one brief needs (and the summary's few more), not 11 times
    assert len(fonts(sheet, tmp_path)) <= len(fonts(one, tmp_path)) + 2
    assert len(sheet) < 3 * len(one)


def test_8_the_brief_has_binary_streams_and_leaves_reportlab_as_it_was_for_anything_else(db, visit_id, tmp_path):
    pdf = brief_pdf(db, visit_id, "zh_CN")
    qpdf_ok(pdf, tmp_path)
    assert b"/FlateDecode" in pdf and b"ASCII85Decode" not in pdf
    other = io.BytesIO()
    canvas = Canvas(other)
    canvas.drawString(72, 72, "another PDF made in the same process")
    canvas.save()
    assert b"ASCII85Decode" in other.getvalue()  # reportlab's own default, untouched


def test_9_emoji_hebrew_arabic_and_extension_b_print_as_they_are_typed(db, visit_id, tmp_path):
    plan = visits.load_plan(db, visit_id)
    plan.purpose = "见 😀 Dana שלום עולם 和 أحمد 谈 𠀀𠀁"
    visits.save_plan(db, plan)
    pdf = brief_pdf(db, visit_id, "zh_CN")
    qpdf_ok(pdf, tmp_path)
    words = pdf_text(pdf, tmp_path)
    for sample in ("😀", "שלום עולם", "𠀀𠀁"):
        assert sample in words, sample
    assert "أحمد" in unicodedata.normalize("NFKC", words)  # joined letters read back as their presentation forms
    assert "?" not in printable(plan.purpose)
    embedded = " ".join(fonts(pdf, tmp_path))
    for font in ("Symbola", "NotoSansHebrew", "NotoSansArabic", "HanaMinB"):
        assert font in embedded, font
    # right to left in drawing order: the first Hebrew word is drawn to the right of the second
    placed = {w: x for w, x, _y in words_at(pdf, tmp_path)}  # -bbox gives each word's glyphs as drawn
    assert placed["שלום"[::-1]] > placed["עולם"[::-1]]


HEBREW_NUMBERS = "אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע עשר".split()


@pytest.mark.parametrize("lang", ["zh_CN", "en"])  # Chinese breaks between any two characters, English between words
def test_9_a_long_right_to_left_text_reads_line_after_line(db, visit_id, tmp_path, lang):
    goal = [a + b for a in HEBREW_NUMBERS[:5] for b in HEBREW_NUMBERS[5:]]  # 25 different words
    action = [b + a for a in HEBREW_NUMBERS[:5] for b in HEBREW_NUMBERS[5:]][:16]  # 16 others
    plan = visits.load_plan(db, visit_id)
    plan.purpose = " ".join(goal)
    plan.action_plan = "Call first, then " + " ".join(action) + " (2026) and then 3 more."
    visits.save_plan(db, plan)
    pdf = brief_pdf(db, visit_id, lang)
    qpdf_ok(pdf, tmp_path)
    drawn = words_at(pdf, tmp_path)
    for typed in (goal, action):
        index = {w[::-1]: i for i, w in enumerate(typed)}  # -bbox gives each word's glyphs as drawn
        placed = [(round(y), -x, index[w]) for w, x, y in drawn if w in index]
        assert len({y for y, _x, _i in placed}) >= 2  # it wraps
        # the top line first, each line read from the right: the words in the order they were typed
        assert [i for _y, _x, i in sorted(placed)] == list(range(len(typed)))
    read = pdf_text(pdf, tmp_path)
    assert "Call first, then" in read and "(2026)" in read  # the brackets stay around the year


def test_10_the_sparkline_has_its_months_the_last_value_with_currency_and_the_average(db, visit_id, tmp_path):
    with db.session() as s, s.begin():
        save_currency(s, "CHF")
    words = squeeze(pdf_text(brief_pdf(db, visit_id, "en"), tmp_path))
    assert "2025-11" in words and "2026-10" in words  # the 12 months to the latest figure
    assert "CHF400.00" in words  # October's spend, the last month
    assert "averageCHF375.00amonthover6months" in words  # the tier's average, May to October (test_brief_pages: 6)


def test_11_the_checklist_keeps_its_headings_open_items_first_and_ticked_ones_compact(db, visit_id, tmp_path):
    entries = visits.load_checklist(db, visit_id)
    for entry in entries:
        if entry.kind == "packing" and entry.text in ("名片", "小礼品"):
            visits.set_done(db, entry.id, True)
    pdf = brief_pdf(db, visit_id, "zh_CN")
    placed = words_at(pdf, tmp_path)
    where = lambda word: next((x, y) for w, x, y in placed if w.startswith(word))  # noqa: E731
    pack_x, pack_y = where("携带物品")
    critical_x, critical_y = where("本次业务的合同")
    assert abs(critical_x - pack_x) < 15 and critical_y > pack_y  # under its own heading
    questions_x, _y = where("准备问题")
    assert abs(critical_x - questions_x) > 100  # not among the questions
    _x, product_sheet_y = where("产品单页")  # open, listed after the critical one
    assert product_sheet_y > critical_y
    words = squeeze(pdf_text(pdf, tmp_path))
    assert "已完成:小礼品;名片" in words or "已完成:名片;小礼品" in words


def test_12_overdue_promises_are_marked_the_place_printed_once_and_lines_are_for_a_hand(db, tmp_path):
    vid = typical_visit(db, "en")
    pdf = brief_pdf(db, vid, "en")
    words = squeeze(pdf_text(pdf, tmp_path))
    assert squeeze("Send the usage analysis of the three depots OVERDUE (due 2026-11-20)") in words
    assert squeeze("Give us the current contract's end date (due 2026-11-30)") in words
    assert words.count(squeeze(TEXTS["en"]["address"])) == 1
    placed = words_at(pdf, tmp_path)
    section = next(y for w, _x, y in placed if w == "After")
    rows = [next(y for w, _x, y in placed if w == label and y > section) for label in ("Objections", "Closing", "Next")]
    gaps_mm = [(b - a) / 72 * 25.4 for a, b in zip(rows, rows[1:])]
    assert gaps_mm[0] >= 4 * 7 and gaps_mm[1] >= 7  # 2 lines each for objections and promises, then one a line
    assert any(w == "Amount" for w, _x, _y in placed)


def test_the_override_reason_is_printed_prominently(db, visit_id, tmp_path):
    visits.mark_ready(db, visit_id, override_reason="合同已通过邮件发送")
    words = squeeze(pdf_text(brief_pdf(db, visit_id, lang="zh_CN"), tmp_path))
    # the status as every view words it: the critical items open now (named in the checklist below), and the reason
    assert squeeze("已就绪·已勾选 5/20·1项关键未完成·理由：合同已通过邮件发送").replace("：", ":") in words.replace("：", ":")
    assert words.index("合同已通过邮件发送") < words.index("拜访对象")  # above everything else


def test_a_critical_item_open_now_is_printed_even_without_a_reason(db, visit_id, tmp_path):
    words = squeeze(pdf_text(brief_pdf(db, visit_id, lang="en"), tmp_path))
    assert squeeze("Planned · 5/20 ticked · 1 critical open") in words
    contract = next(i for i in visits.load_checklist(db, visit_id) if i.critical)
    visits.set_done(db, contract.id, True)
    words = squeeze(pdf_text(brief_pdf(db, visit_id, lang="en"), tmp_path))
    assert "criticalopen" not in words


MARKUP = ["S&P 500", "<Ltd>", "a < b", "<b>unclosed bold", '<img src="http://example.com/x.png"/>',
          "&amp; &#169; &nbsp;", "<para>x</para>", "]]> <!-- -->"]


def test_markup_in_user_text_prints_literally_and_fetches_nothing(db, visit_id, tmp_path, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the brief tried to open a network connection")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    plan = visits.load_plan(db, visit_id)
    plan.purpose = " | ".join(MARKUP)
    plan.objections = [ObjectionData(m, m) for m in MARKUP]
    visits.save_plan(db, plan)
    pdf = brief_pdf(db, visit_id, lang="en")
    qpdf_ok(pdf, tmp_path)
    words = squeeze(pdf_text(pdf, tmp_path))
    for sample in MARKUP:
        assert squeeze(sample) in words, sample


def test_long_content_continues_on_further_pages_with_the_header_and_nothing_lost(db, visit_id, tmp_path):
    plan = visits.load_plan(db, visit_id)
    plan.purpose = " ".join(f"point{i:04d}" for i in range(900))
    plan.questions = [QuestionData("problem", f"问题 {i} 的内容是否清楚？") for i in range(60)]
    visits.save_plan(db, plan)
    pdf = brief_pdf(db, visit_id, lang="zh_CN")
    count = pages(pdf, tmp_path)
    assert count >= 2
    for page in range(2, count + 1):
        one = pdf_text(pdf, tmp_path, page, page)
        assert "华信科技有限公司" in one and "2026-11-24 10:00" in one  # the header repeats
    words = squeeze(pdf_text(pdf, tmp_path))
    assert all(f"point{i:04d}" in words for i in range(900))
    assert all(squeeze(f"问题{i}的内容是否清楚？") in words for i in range(60))
    qpdf_ok(pdf, tmp_path)


def test_a_right_to_left_customer_name_reads_right_to_left_in_the_continued_header(db, tmp_path):
    cid = customers.save(db, CustomerData(name="שלום עולם")).customer_id
    vid = visits.create_visit(db, cid, VISIT_AT, [])
    plan = visits.load_plan(db, vid)
    plan.purpose = " ".join(f"point{i:04d}" for i in range(900))
    visits.save_plan(db, plan)
    pdf = brief_pdf(db, vid, "en")
    assert pages(pdf, tmp_path) >= 2
    header = {w: x for w, x, y in words_at(pdf, tmp_path, page=2) if y < 40}
    assert header["שלום"[::-1]] > header["עולם"[::-1]]  # drawn once in drawing order, not turned back


SAFE_ALPHABET = st.sampled_from(list("abcXYZ019 &<>\"'/;=#{}") + list("王伟秀英客户经理，。、") + ["😀", "𠀀", "\x00", "\x1b"])
ANY_TEXT = st.text(max_size=300)
LONG_TEXT = st.text(max_size=2000)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(purpose=st.text(SAFE_ALPHABET, min_size=1, max_size=120), anything=ANY_TEXT, long=LONG_TEXT,
       name=st.text(min_size=1, max_size=200).map(lambda t: t.replace("\x00", "")).filter(str.strip))
def test_any_text_prints_without_crashing_and_reads_back(db, visit_id, tmp_path, monkeypatch, purpose, anything,
                                                         long, name):
    monkeypatch.setattr(socket, "socket", lambda *a, **k: (_ for _ in ()).throw(AssertionError("network")))
    for left in agenda(db, VISIT_AT.date()):  # from an earlier example
        if left.id != visit_id:
            visits.delete_visit(db, left.id)
    plan = visits.load_plan(db, visit_id)
    plan.purpose = purpose
    plan.opening_line = anything
    plan.place = anything[:200]
    plan.action_plan = long
    plan.objections = [ObjectionData(anything or "x", purpose)]
    plan.questions = [QuestionData("problem", anything[:1000].replace("\x00", "") or "?")]  # see NUL below
    visits.save_plan(db, plan)
    other = customers.save(db, CustomerData(name=name.strip(), address=anything[:200],
                                            contacts=[ContactData(name=name.strip(), title=anything[:100])])).customer_id
    second = visits.create_visit(db, other, VISIT_AT.replace(hour=15), plan_templates.default_checklist("en"))
    second_plan = visits.load_plan(db, second)
    second_plan.contact_ids = [customers.load(db, other).contacts[0].id]
    second_plan.purpose = long or "x"
    visits.save_plan(db, second_plan)
    visits.add_item(db, second, anything.strip()[:500] or "x")
    pdf = brief_pdf(db, visit_id, lang="zh_CN")
    qpdf_ok(pdf, tmp_path)
    expected = squeeze(printable(purpose))
    assert expected in squeeze(pdf_text(pdf, tmp_path))
    sheet, count = day_sheet_pdf(db, VISIT_AT.date(), "en")
    assert count == 2
    qpdf_ok(sheet, tmp_path)
    letters = lambda value: "".join(c for c in squeeze(value) if c.isalnum())  # noqa: E731
    assert letters(printable(name.strip()))[:20] in letters(pdf_text(sheet, tmp_path))


# Long hostile text in every field at once (issue 15 fixes, 1: a goal and opening line taller than a page
# crashed the brief and the day sheet). A text is a hostile piece repeated to a length Hypothesis picks, up
# to what the planner accepts, so that every box of the page, and where it falls on a page, varies.
# NUL is left out of the texts stored in rows that SQLite checks as not blank: its length() stops at a NUL,
# so "\x00abc" fails the check (models/visits/visits.py and models/book/customers.py store them as given).
HOSTILE_PIECE = st.text(st.sampled_from(list("abc XYZ 019 &<>\"'/;=#{}\n.,:") + list("王伟秀英客户经理，。、号室") +
                                        ["😀", "𠮷", "ש", "ع", "\x1b", "\u202e", "\t"]) | st.characters(codec="utf-8", exclude_characters="\x00"),
                        min_size=1, max_size=30)


def hostile(limit: int):
    return st.tuples(HOSTILE_PIECE, st.integers(0, limit)).map(lambda p: (p[0] * (p[1] // len(p[0]) + 1))[:p[1]])


HOSTILE_PLAN = st.fixed_dictionaries({
    **{name: hostile(3000) for name in visits.PLAN_TEXTS},
    "place": hostile(300), "customer": hostile(200), "address": hostile(300), "contact": hostile(200),
    "title": hostile(100), "item": hostile(500), "override": hostile(500),
    "industry": hostile(100), "rep": st.tuples(hostile(100), hostile(100)), "earlier": hostile(2000),
    "phones": st.lists(st.tuples(st.from_regex(r"\+?[0-9]{5,8}( [0-9]{1,3}){0,3}", fullmatch=True), hostile(50)), max_size=4),
    "promise": hostile(outcomes.LINE_LIMIT),
    "questions": st.lists(hostile(visits.QUESTION_LIMIT), max_size=8), "products": st.lists(st.tuples(hostile(200), hostile(500)), max_size=4),
    "objections": st.lists(st.tuples(hostile(1000), hostile(1000)), max_size=4),
})


def hostile_visit(db, texts: dict, at: dt.datetime) -> int:
    name = texts["customer"].replace("\x00", "").strip() or "x"
    contact = texts["contact"].replace("\x00", "").strip() or "y"
    phones = [ChannelData("phone", number, label[:50]) for number, label in texts["phones"]]
    cid = customers.save(db, CustomerData(name=name, address=texts["address"], industry=texts["industry"], channels=phones,
                                          contacts=[ContactData(name=contact, title=texts["title"], channels=phones)])).customer_id
    with db.session() as s, s.begin():
        plan_templates.save_rep(s, plan_templates.RepProfile(*texts["rep"]))
    earlier = visits.create_visit(db, cid, at - dt.timedelta(days=7), [])
    before = visits.load_plan(db, earlier)
    before.purpose = before.next_step = texts["earlier"]
    visits.save_plan(db, before)
    promise = texts["promise"].replace("\x00", "").strip()
    outcomes.save_outcome(db, OutcomeData(earlier, result="progressed", next_step=texts["earlier"],
                                          promises=[PromiseData(promise, "us", at.date())] if promise else [],
                                          follow_up=outcomes.FollowUpData(at.date())), now=at - dt.timedelta(days=6))
    vid = visits.create_visit(db, cid, at, plan_templates.default_checklist("zh_CN"))
    plan = visits.load_plan(db, vid)
    plan.contact_ids = [customers.load(db, cid).contacts[0].id]
    plan.place = texts["place"]
    for name in visits.PLAN_TEXTS:
        setattr(plan, name, texts[name])
    plan.questions = [QuestionData("problem", q.replace("\x00", "")) for q in texts["questions"]]
    plan.products = [ProductData(p, f, f, f) for p, f in texts["products"]]
    plan.objections = [ObjectionData(o, a) for o, a in texts["objections"]]
    visits.save_plan(db, plan)
    item = texts["item"].replace("\x00", "").strip()
    if item:
        visits.add_item(db, vid, item, critical=True)
    if texts["override"].strip():
        visits.mark_ready(db, vid, override_reason=texts["override"])
    return vid


@pytest.mark.filterwarnings("ignore:Generating overly large repr")  # a failing example's texts are long
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                                                  HealthCheck.data_too_large])
@given(first=HOSTILE_PLAN, second=HOSTILE_PLAN)
def test_long_hostile_text_in_every_field_prints_on_the_brief_and_the_day_sheet(db, tmp_path, first, second):
    for left in agenda(db, VISIT_AT.date()):  # from an earlier example
        visits.delete_visit(db, left.id)
    vid = hostile_visit(db, first, VISIT_AT)
    hostile_visit(db, second, VISIT_AT.replace(hour=15))
    for lang in ("zh_CN", "en"):
        pdf = brief_pdf(db, vid, lang)
        qpdf_ok(pdf, tmp_path)
        assert reads_back(first["purpose"], pdf, tmp_path)
        sheet, count = day_sheet_pdf(db, VISIT_AT.date(), lang)
        assert count == 2
        qpdf_ok(sheet, tmp_path)
        assert reads_back(first["purpose"], sheet, tmp_path) and reads_back(second["purpose"], sheet, tmp_path)


def reads_back(typed: str, pdf: bytes, tmp_path: Path) -> bool:
    """The first letters of a text are in the PDF, in the order drawn (pdftotext -raw: side-by-side columns
    are not interleaved). Right-to-left text is left out: its lines are reordered (tested above)."""
    if RTL.search(typed):
        return True
    letters = lambda value: "".join(c for c in squeeze(value) if c.isalnum())  # noqa: E731
    raw = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(save(pdf, tmp_path, "raw.pdf")), "-"],
                         check=True, capture_output=True, text=True).stdout
    return letters(printable(typed))[:30] in letters(raw)


def test_a_day_sheet_opens_with_the_summary_then_a_brief_per_visit(db, visit_id, tmp_path):
    plan = visits.load_plan(db, visit_id)
    second = visits.create_visit(db, plan.customer_id, VISIT_AT.replace(hour=8), [])
    target = tmp_path / "day.pdf"
    done = []
    assert write_day_sheet(db, VISIT_AT.date(), target, lang="zh_CN", progress=lambda d, t: done.append((d, t))) == 2
    assert done == [(1, 2), (2, 2)]
    pdf = target.read_bytes()
    assert pages(pdf, tmp_path) == 3
    qpdf_ok(pdf, tmp_path)
    first_page = pdf_text(pdf, tmp_path, 1, 1)
    assert "当日拜访汇总" in first_page and first_page.index("08:00") < first_page.index("10:00")
    assert "1项关键未完成" in squeeze(first_page)
    assert second


def test_the_brief_data_fills_the_opening_line_with_the_people_chosen(db, visit_id):
    plan = visits.load_plan(db, visit_id)
    plan.opening_line = "{contact_name}{contact_title}，您好！我是{my_company}的{my_name}。"
    visits.save_plan(db, plan)
    assert compose_brief(db, visit_id).opening_line == "王伟采购经理，您好！我是中国移动的李娜。"


def test_nothing_to_print_is_a_clear_error_and_writes_no_file(db, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(NothingToPrint, match="no visits on 2030-01-01"):
        write_day_sheet(db, dt.date(2030, 1, 1), out / "x.pdf")
    with pytest.raises(visits.NotFoundError):
        write_brief(db, 12345, out / "y.pdf")
    assert not list(out.iterdir())


def test_an_unwritable_target_is_a_clear_error(db, visit_id, tmp_path):
    with pytest.raises(visits.KnownError, match="The folder .*missing-folder does not exist; nothing was written"):
        write_brief(db, visit_id, tmp_path / "missing-folder" / "brief.pdf")
    (tmp_path / "a-folder.pdf").mkdir()
    with pytest.raises(visits.KnownError, match="Could not write"):
        write_brief(db, visit_id, tmp_path / "a-folder.pdf")  # (a folder where the file should go)


def test_the_document_lays_out_on_both_papers(db, visit_id):
    data = compose_brief(db, visit_id)
    assert BriefDocument("en", "Letter").brief_pdf(data).startswith(b"%PDF")


def test_3_a_past_visit_without_an_outcome_leaves_no_empty_separator(db, visit_id, tmp_path):
    plan = visits.load_plan(db, visit_id)
    earlier = visits.create_visit(db, plan.customer_id, VISIT_AT - dt.timedelta(days=30), [])
    before = visits.load_plan(db, earlier)
    before.purpose, before.next_step = "核对账单", "确认开通日期"
    visits.save_plan(db, before)
    words = pdf_text(brief_pdf(db, visit_id, "zh_CN"), tmp_path)
    assert squeeze("核对账单 → 确认开通日期") in squeeze(words)
    assert "· ·" not in words
