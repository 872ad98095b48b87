"""The visit brief, read back from the real PDF: pdftotext for the words, pdffonts for the embedded font,
qpdf --check for the file, pdftoppm for the pages; arbitrary user text must print literally, never crash,
never fetch anything."""

import datetime as dt
import socket
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models import customers, plan_templates, visits
from models.brief.compose import NothingToPrint
from models.brief.render import text
from models.brief.service import brief_pdf, write_brief, write_day_sheet
from models.customers import ContactData, CustomerData
from models.visits import ObjectionData, ProductData, QuestionData

VISIT_AT = dt.datetime(2026, 11, 24, 10, 0)


def pdf_text(pdf: bytes, tmp_path: Path, layout: bool = False) -> str:
    path = tmp_path / "read.pdf"
    path.write_bytes(pdf)
    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [str(path), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def pages(pdf: bytes, tmp_path: Path) -> int:
    path = tmp_path / "count.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def qpdf_ok(pdf: bytes, tmp_path: Path) -> None:
    path = tmp_path / "check.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def squeeze(value: str) -> str:
    return "".join(value.split())


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
                     "签下5G商务套餐", "王伟经理，您好！", "[背景问题]目前公司有多少条线路？", "5G商务套餐", "太贵了",
                     "本次业务的合同/协议书已装包", "关键", "拜访之后", "成交信号", "周五前发送合同", "大客户"):
        assert squeeze(expected) in words, expected
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    fonts = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout.splitlines()[2:]
    assert fonts and all("WenQuanYiMicroHei" in line and " yes yes yes " in line for line in fonts), fonts


def test_an_english_brief_uses_english_words_and_renders_to_an_image(db, visit_id, tmp_path):
    pdf = brief_pdf(db, visit_id, lang="en")
    words = pdf_text(pdf, tmp_path)
    assert "Visit brief" in words and "After the visit" in words and "Key account" in words
    path = tmp_path / "en.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(path), str(tmp_path / "page")], check=True)
    image = (tmp_path / "page-1.png").read_bytes()
    assert image.startswith(b"\x89PNG") and len(image) > 5_000


def test_the_override_reason_is_printed_prominently(db, visit_id, tmp_path):
    visits.mark_ready(db, visit_id, override_reason="合同已通过邮件发送")
    words = squeeze(pdf_text(brief_pdf(db, visit_id, lang="zh_CN"), tmp_path))
    # the status as every view words it: the critical items open now, and the reason
    assert "已就绪·已勾选" in words and "关键项未完成：本次业务的合同/协议书已装包·理由：合同已通过邮件发送" in words
    assert words.index("合同已通过邮件发送") < words.index("拜访对象")  # above everything else


def test_a_critical_item_open_now_is_printed_even_without_a_reason(db, visit_id, tmp_path):
    words = squeeze(pdf_text(brief_pdf(db, visit_id, lang="en"), tmp_path))
    assert squeeze("Planned · 5/20 ticked · not ready to go: 本次业务的合同/协议书已装包") in words  # (a Chinese checklist)
    contract = next(i for i in visits.load_checklist(db, visit_id) if i.critical)
    visits.set_done(db, contract.id, True)
    words = squeeze(pdf_text(brief_pdf(db, visit_id, lang="en"), tmp_path))
    assert "notreadytogo" not in words


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
    path = tmp_path / "long.pdf"
    path.write_bytes(pdf)
    for page in range(1, count + 1):
        one = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-enc", "UTF-8", str(path), "-"],
                             check=True, capture_output=True, text=True).stdout
        assert "华信科技有限公司" in one  # the header repeats
    words = squeeze(pdf_text(pdf, tmp_path))
    assert all(f"point{i:04d}" in words for i in range(900))
    assert all(f"问题{i}的内容是否清楚？" in words for i in range(60))
    qpdf_ok(pdf, tmp_path)


def test_a_long_but_typical_plan_is_fitted_to_one_page_in_smaller_type(db, visit_id, tmp_path):
    plan = visits.load_plan(db, visit_id)
    plan.action_plan = "先了解现有线路，再介绍方案，最后约定试用。" * 8
    plan.questions += [QuestionData("problem", f"难点问题 {i}？") for i in range(6)]
    visits.save_plan(db, plan)
    assert pages(brief_pdf(db, visit_id, lang="zh_CN"), tmp_path) == 1


SAFE_ALPHABET = st.sampled_from(list("abcXYZ019 &<>\"'/;=#") + list("王伟秀英客户经理，。、") + ["\u05d0", "😀", "\x00", "\x1b"])
ANY_TEXT = st.text(max_size=300)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(purpose=st.text(SAFE_ALPHABET, min_size=1, max_size=120), anything=ANY_TEXT)
def test_any_text_prints_without_crashing_and_reads_back(db, visit_id, tmp_path, monkeypatch, purpose, anything):
    monkeypatch.setattr(socket, "socket", lambda *a, **k: (_ for _ in ()).throw(AssertionError("network")))
    plan = visits.load_plan(db, visit_id)
    plan.purpose = purpose
    plan.opening_line = anything
    plan.objections = [ObjectionData(anything or "x", purpose)]
    visits.save_plan(db, plan)
    pdf = brief_pdf(db, visit_id, lang="zh_CN")
    qpdf_ok(pdf, tmp_path)
    expected = squeeze(text(purpose).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                       .replace("&quot;", '"').replace("<br/>", ""))
    assert expected in squeeze(pdf_text(pdf, tmp_path))


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
    first_page = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-enc", "UTF-8", str(target), "-"],
                                check=True, capture_output=True, text=True).stdout
    assert "当日拜访汇总" in first_page and first_page.index("08:00") < first_page.index("10:00")
    assert "1项关键未完成" in squeeze(first_page)
    assert second


def test_nothing_to_print_is_a_clear_error_and_writes_no_file(db, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(NothingToPrint, match="no visits on 2030-01-01"):
        write_day_sheet(db, dt.date(2030, 1, 1), out / "x.pdf")
    with pytest.raises(visits.NotFoundError):
        write_brief(db, 12345, out / "y.pdf")
    assert not list(out.iterdir())


def test_an_unwritable_target_is_a_clear_error(db, visit_id, tmp_path):
    with pytest.raises(visits.KnownError, match="Could not write"):
        write_brief(db, visit_id, tmp_path / "missing-folder" / "brief.pdf")
