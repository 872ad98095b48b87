"""Monthly spend from billing exports: Chinese headers and amounts, a row per month or a column per month,
CSV or xlsx, customers found by id, name or phone, the rest listed; tiers follow; undoable."""

import datetime as dt

import pytest
from openpyxl import Workbook

from models.book import customers, undo
from models.book.customers import ChannelData, ContactData, CustomerData
from models.interchange.records import ImportFileError
from models.interchange.spend_import import import_spend, scan_spend
from models.book.validation import amount_cents, month


@pytest.mark.parametrize("text, cents", [("752", 75200), ("¥12,000.50", 1200050), ("￥12,000.50", 1200050),
                                         ("1.2万", 1200000), ("１２３．５", 12350), ("12000元", 1200000),
                                         ("RMB 1,000", 100000), ("", None)])
def test_amounts_as_spreadsheets_hold_them(text, cents):
    assert amount_cents(text) == (cents, None)


@pytest.mark.parametrize("text", ["-5", "1.234", "abc", "12..5"])
def test_what_is_not_an_amount_says_so(text):
    assert amount_cents(text)[1] is not None


@pytest.mark.parametrize("text", ["2026-03", "2026/3", "2026.03", "2026年3月", "202603", "3/2026", "Mar 2026",
                                  "2026-03-01", "２０２６年３月"])
def test_months_as_billing_exports_write_them(text):
    assert month(text) == (2026, 3)


@pytest.fixture
def book(db):
    hua = customers.save(db, CustomerData(name="华联超市有限公司", tier="silver")).customer_id
    xin = customers.save(db, CustomerData(name="华信科技有限公司", contacts=[
        ContactData(name="张伟", channels=[ChannelData("phone", "138 0000 1111")])])).customer_id
    twin1 = customers.save(db, CustomerData(name="Pioneer Hotels")).customer_id
    twin2 = customers.save(db, CustomerData(name="Pioneer Hotels", city="Leeds")).customer_id
    return hua, xin, twin1, twin2


def test_a_chinese_billing_csv_in_gbk_is_matched_by_name_phone_and_id(db, book, tmp_path):
    hua, xin, twin1, _ = book
    lines = ["客户名称,手机号码,客户编号,账期,消费金额",
             "华联超市有限公司,,,2026年9月,\"￥30,000.00\"",  # the full-width sign GBK has
             "华联超市有限公司,,,2026年9月,1.2万",  # a second line of the same month: added up
             ",+86 138 0000 1111,,2026/10,752.5",
             f",,{twin1},202610,１００",
             "Pioneer Hotels,,,2026-10,500",  # two customers of that name: not guessed
             "不存在的客户,,,2026-10,100",
             "华联超市有限公司,,,2026-13,100",
             "华联超市有限公司,,,2026-11,-30"]
    path = tmp_path / "billing.csv"
    path.write_bytes("\r\n".join(lines).encode("gbk"))
    summary = import_spend(db, path)
    assert customers.load(db, hua).spend == {(2026, 9): 42_000_00}
    assert customers.load(db, xin).spend == {(2026, 10): 752_50}
    assert customers.load(db, twin1).spend == {(2026, 10): 100_00}
    assert [(e.where, e.reason) for e in summary.unmatched] == [
        ("line 6", "2 customers are called Pioneer Hotels"), ("line 7", "no customer called 不存在的客户")]
    assert [e.where for e in summary.errors] == ["line 8", "line 9"]
    assert "not a month" in summary.errors[0].reason and "negative" in summary.errors[1].reason
    assert [e.where for e in summary.problems] == ["line 6", "line 7", "line 8", "line 9"]
    assert (summary.months, summary.customers) == (3, 3)
    undo.run(db, summary.change, undo=True)
    assert customers.load(db, hua).spend == {} and customers.load(db, xin).spend == {}


def test_a_workbook_with_a_column_per_month_sets_tiers_and_drops(db, book, tmp_path):
    hua, *_ = book
    sheet_book = Workbook()
    sheet = sheet_book.active
    sheet.append(["客户", dt.datetime(2026, 6, 1), "2026-07", "2026年8月", "2026/9", "202610", "2026-11"])
    sheet.append(["华联超市有限公司", 400.0, 400, "400", "￥400", 400, 40])  # numbers, text, full-width: one book
    path = tmp_path / "spend.xlsx"
    sheet_book.save(path)
    found = scan_spend(db, path)
    assert found.columns.months and found.unmatched == [] and found.errors == []
    import_spend(db, path)
    record = customers.load(db, hua)
    assert record.spend[(2026, 6)] == 400_00 and record.spend[(2026, 11)] == 40_00
    from sqlalchemy import text

    with db.engine.connect() as conn:
        spend_tier, drop = conn.execute(text(f"SELECT spend_tier, spend_drop FROM customers WHERE id = {hua}")).one()
    assert spend_tier == "diamond" and drop  # 343 a month on average; the last month fell by 90%


def test_a_file_without_a_customer_column_is_refused_plainly(db, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("Month,Amount\n2026-10,100\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="which customer"):
        import_spend(db, path)


def test_the_check_says_what_each_month_reads_as_and_which_months_it_replaces(db, book, tmp_path):
    hua, *_ = book
    customers.save(db, CustomerData(id=hua, name="华联超市有限公司", tier="silver", spend={(2026, 10): 100_00}))
    path = tmp_path / "billing.csv"
    path.write_text("客户名称,账期,消费金额\n华联超市有限公司,2026-10,1.5万\n华联超市有限公司,2026-11,\"“300”\"\n",
                    encoding="utf-8")
    found = scan_spend(db, path)
    assert [(m.customer, m.year, m.month, m.cents) for m in found.preview] == [
        ("华联超市有限公司", 2026, 10, 15_000_00), ("华联超市有限公司", 2026, 11, 300_00)]
    assert [(m.month, m.before, m.cents) for m in found.replaced] == [(10, 100_00, 15_000_00)]
    assert found.replaced_count == 1


def test_the_problems_are_listed_in_the_files_order(db, book, tmp_path):
    """A bad amount, a row for no customer, another bad amount: listed as the file has them, in the window
    and on the command line alike (both list ``problems``)."""
    lines = ["客户名称,账期,消费金额", "华联超市有限公司,2026-09,abc", "不存在的客户,2026-10,100",
             "华联超市有限公司,2026-10,-5", "没有这个客户,2026-10,1"]
    path = tmp_path / "billing.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    found = scan_spend(db, path)
    assert [str(p.where) for p in found.problems] == ["line 2", "line 3", "line 4", "line 5"]
    assert [str(p.where) for p in import_spend(db, path).problems] == ["line 2", "line 3", "line 4", "line 5"]
