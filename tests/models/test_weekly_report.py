"""The weekly report as a user gets it: `main.py report` writes the PDF (a rep's, the team's, in Chinese and in
English), read back with pdftotext, its fonts checked with pdffonts, the file with qpdf, the page drawn."""

import datetime as dt
import subprocess

import pytest
from sqlalchemy import select

import main
from models.entities import Customer
from models.reports.service import write_weekly_report
from models.visits import visits
from tests.models.test_brief import fonts, pages, pdf_text, qpdf_ok
from tests.report_book import EMMA, NOW, WEEK, ZHANG, at, build_book

ENGLISH_HEADINGS = ("Weekly report", "Results", "This week", "Next week", "Next step", "Follow-ups", "average")


@pytest.fixture
def book(db):
    return build_book(db)


def report_text(db, tmp_path, rep=None, lang="en"):
    target = tmp_path / f"report-{lang}-{rep or 'team'}.pdf"
    write_weekly_report(db, WEEK, target, rep=rep, lang=lang, now=NOW)
    pdf = target.read_bytes()
    qpdf_ok(pdf, tmp_path)
    assert all(" yes " in line for line in fonts(pdf, tmp_path)), fonts(pdf, tmp_path)  # every font embedded
    assert pages(pdf, tmp_path) <= 2
    return pdf, " ".join(pdf_text(pdf, tmp_path).split())


def test_the_team_s_report_in_chinese_has_the_week_the_reps_and_the_plan(book, tmp_path):
    pdf, words = report_text(book, tmp_path, lang="zh_CN")
    assert "工作周报 · 团队 · 2026-W49" in words
    assert "2026-11-30 – 2026-12-06" in words
    for name in ("华信科技", "Acme Ltd", "长城商贸", ZHANG, EMMA):
        assert name in words
    assert "按客户经理" in words and "下周工作计划 · 2026-W50" in words
    assert "成交" in words and "已取消" in words  # A's win, B's cancelled visit
    assert "到期 4 项，按时 1 项" in words  # the promises: 1 of 4 kept on time
    assert "25%" in words
    assert not [h for h in ENGLISH_HEADINGS if h in words]
    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "40", "-f", "1", "-l", "1", "-png", str(tmp_path / "report-zh_CN-team.pdf"),
                    str(png)], check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 5000


def test_a_rep_s_report_in_english_is_theirs_alone(book, tmp_path):
    _pdf, words = report_text(book, tmp_path, rep=ZHANG, lang="en")
    assert f"Weekly report · {ZHANG} · 2026-W49" in words
    assert "华信科技" in words and "长城商贸" in words and "Acme Ltd" not in words
    assert "By rep" not in words  # (the team's table)
    assert "Next week's plan · 2026-W50" in words
    assert "1 of 1 planned" not in words and "1 of 2 planned" in words  # A's visit done, C's on Saturday to come


def test_a_busy_week_lists_the_first_visits_counts_the_rest_and_stays_on_two_pages(book, tmp_path):
    cid = _customer_id(book, "长城商贸")
    for n in range(40):
        visits.create_visit(book, cid, at(1 + n % 5, 8 + n % 9), [])
    _pdf, words = report_text(book, tmp_path, rep=ZHANG)
    assert "… and 17 more" in words  # 42 of the week's visits, 25 listed


def _customer_id(db, name):
    with db.session() as s:
        return s.scalar(select(Customer.id).where(Customer.name == name))


def test_the_command_line_writes_the_report_and_says_what_is_wrong(book, tmp_path, capsys):
    target = tmp_path / "week.pdf"
    common = ["--database", book.url, "--lang", "zh_CN", "report"]
    assert main.main([*common, "--week", "2026-W49", "--rep", EMMA, "-o", str(target)]) == 0
    said = capsys.readouterr().out
    assert "2026-W49" in said and EMMA in said and "完成 1 次拜访" in said
    words = " ".join(pdf_text(target.read_bytes(), tmp_path).split())
    assert f"工作周报 · {EMMA}" in words and "Acme Ltd" in words and "华信科技" not in words
    assert main.main([*common, "--week", "2026-W49", "--rep", "Nobody", "-o", str(tmp_path / "x.pdf")]) == 1
    assert f"团队中没有名叫 Nobody 的成员。团队成员：{EMMA}、{ZHANG}" in capsys.readouterr().err  # (、 between names) and not (tmp_path / "x.pdf").exists()
    with pytest.raises(SystemExit) as usage:
        main.main([*common, "--week", "49", "-o", str(tmp_path / "y.pdf")])
    assert usage.value.code == 2 and "2026-W49" in capsys.readouterr().err
    assert main.main([*common, "--week", "2026-W49", "-o", str(tmp_path / "none" / "z.pdf")]) == 1
    assert "不存在" in capsys.readouterr().err


def test_a_week_without_visits_still_prints(book, tmp_path):
    target = tmp_path / "empty.pdf"
    report = write_weekly_report(book, WEEK.preceding().preceding().preceding().preceding().preceding(), target,
                                 now=dt.datetime(2026, 12, 4))
    assert report.figures.visits.total == 0
    words = " ".join(pdf_text(target.read_bytes(), tmp_path).split())
    assert words.count("No visits.") == 2
