"""Contact files as phones and Excel really write them (the shapes of issue 16, in files written here):
every person comes in; a value that cannot be stored as its field is kept, as written, in their notes and
listed with who it is; duplicates by company names without region and legal suffixes, by name plus email
or personal mobile, never by a shared landline."""

import csv
import io
from pathlib import Path

import pytest

from tests.plain_sql import plain_sql

from models.interchange import import_text as text
from models.interchange.importer import import_file, read_records, source
from models.interchange.records import DMY
from models.interchange.store import Choice, scan


@pytest.fixture
def cn(db):
    """A book whose numbers without a country code are Chinese (the setting; zh_CN users get it by default)."""
    from models.book.settings import save_phone_region

    with db.session() as s, s.begin():
        save_phone_region(s, "CN")
    return db


def vcf(tmp_path: Path, body: bytes, name: str = "cards.vcf") -> Path:
    path = tmp_path / name
    path.write_bytes(body)
    return path



def people(db) -> dict[str, dict]:
    """Everyone in the book by name: their company, notes, phones, emails, birthday."""
    with plain_sql(db) as conn:
        found = {}
        for cid, name, kind, notes in conn.execute("SELECT id, name, kind, notes FROM customers"):
            if kind == "person":
                found[name] = {"company": None, "notes": notes, "cid": cid, "contact": None}
        for contact_id, cid, name, notes in conn.execute("SELECT id, customer_id, name, notes FROM contacts"):
            company = conn.execute("SELECT name FROM customers WHERE id = ?", (cid,)).fetchone()[0]
            found[name] = {"company": company, "notes": notes, "cid": cid, "contact": contact_id}
        for person in found.values():
            owner = "contact_id IS NULL" if person["contact"] is None else f"contact_id = {person['contact']}"
            person["channels"] = [v for (v,) in conn.execute(
                f"SELECT value FROM channels WHERE customer_id = ? AND {owner} ORDER BY position", (person["cid"],))]
            person["birthday"] = conn.execute(f"SELECT date, year_known FROM key_dates WHERE customer_id = ? AND "
                                              f"{owner}", (person["cid"],)).fetchone()
    return found


# -- one odd value never drops the person -------------------------------------------------------------
def test_odd_values_of_real_phones_are_kept_and_the_person_imported(db, tmp_path):
    body = (b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Simon Perreault\r\n"
            b"TEL;VALUE=uri;TYPE=\"work,voice\";PREF=1:tel:+1-418-656-9254;ext=102\r\n"
            b"TEL;TYPE=fax:+1-800-MYFAX\r\nTEL:p1234p5678w9\r\nEND:VCARD\r\n"
            b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:;Omega;;;\r\nEMAIL;INTERNET:\"Omega\" <omega@example.com>\r\n"
            b"BDAY:19723101\r\nLABEL;CHARSET=blabla:1 Main St\r\n"
            b"ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=8D=8E=E4=BF=A1=\r\n=80\r\nEND:VCARD\r\n")
    summary = import_file(db, vcf(tmp_path, body))
    assert summary.added == 2 and summary.errors == []
    book = people(db)
    assert book["Simon Perreault"]["channels"] == ["+1-418-656-9254 ext. 102", "+1-800-MYFAX", "p1234p5678w9"]
    omega = book["Omega"]
    assert omega["company"] == "华信" and omega["channels"] == ["omega@example.com"]
    assert omega["notes"] == "Birthday: 19723101" and omega["birthday"] is None
    assert [(c.person, c.field, c.value, c.reason) for c in summary.checks] == [
        ("Omega", "birthday", "19723101", text.NO_SUCH_DAY)]


def test_a_phone_that_is_no_phone_goes_to_the_notes_under_its_label(db, tmp_path):
    body = b"BEGIN:VCARD\nVERSION:3.0\nFN:Pat Lee\nTEL;TYPE=WORK:BusinessPhone\nTEL;TYPE=CELL:+86 138 0000 1111\nEND:VCARD\n"
    summary = import_file(db, vcf(tmp_path, body))
    pat = people(db)["Pat Lee"]
    assert pat["channels"] == ["+86 138 0000 1111"] and pat["notes"] == "Phone (work): BusinessPhone"
    assert [(c.person, c.field, c.value) for c in summary.checks] == [("Pat Lee", "phone", "BusinessPhone")]


# -- a line it cannot parse no longer drops the card ----------------------------------------------------
def test_line_ends_comments_bare_lines_and_every_continuation(db, tmp_path):
    iphone = b"BEGIN:VCARD\r\r\nVERSION:3.0\r\r\nFN:Cr Cr\r\r\nNOTE:folded\r\r\n  on\r\r\nEND:VCARD\r\r\n"
    evolution = b"BEGIN:VCARD\nVERSION:3.0\nFN\nN:Bare;Evo;;;\nEND:VCARD\n"
    commented = b"BEGIN:VCARD\nVERSION:2.1\n# a comment\nFN:Hash Tag\nEND:VCARD\n"
    photo = (b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Photo Person\r\nPHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRg\r\n"
             b"ABAQAAAQABAAD/2wBDAAIBAQEBAQIBAQE\r\nCAgICAgQDAgICAgUEBAMEBgUGBgYFBgYG\r\n\r\n"
             b"TEL;CELL:13800001111\r\nEND:VCARD\r\n")
    backslash = b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Back Slash\r\nADR;HOME:;;Room 9\\\r\nBuilding 1;Hamburg;;;\r\nEND:VCARD\r\n"
    mac_cr = b"BEGIN:VCARD\rVERSION:3.0\rFN:Old Mac\rEND:VCARD\r"
    for i, body in enumerate((iphone, evolution, commented, photo, backslash, mac_cr)):
        summary = import_file(db, vcf(tmp_path, body, f"{i}.vcf"))
        assert summary.added == 1 and summary.errors == [], i
    book = people(db)
    assert {"Cr Cr", "Evo Bare", "Hash Tag", "Photo Person", "Back Slash", "Old Mac"} <= book.keys()
    assert book["Cr Cr"]["notes"] == "folded on" and book["Photo Person"]["channels"] == ["13800001111"]
    with plain_sql(db) as conn:
        assert conn.execute("SELECT address, city FROM customers WHERE name = 'Back Slash'").fetchone() == (
            "Room 9, Building 1", "Hamburg")


def test_each_value_in_its_own_charset_the_files_guess_for_the_rest(db, tmp_path):
    japanese = ("BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=SHIFT_JIS:".encode() + "安藤;ロイド".encode("shift_jis") +
                b"\r\nNOTE:plain ascii\r\nEND:VCARD\r\n")
    greek = (b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Papadopoulos;Nikos\r\nLABEL;CHARSET=Windows-1253:" +
             "Αθήνα".encode("cp1253") + b"\r\nNOTE:" + "Σημείωση".encode("cp1253") + b"\r\nEND:VCARD\r\n")
    folded = "NOTE:" + "华信科技有限公司" * 6  # ownCloud: folded at 75 octets inside a UTF-8 character
    raw = folded.encode()
    owncloud = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Own Cloud\r\n" + raw[:75] + b"\r\n " + raw[75:] + b"\r\nEND:VCARD\r\n"
    ukrainian = (b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=windows-1251:" + "Олена Коваль".encode("cp1251") +
                 b"\r\nEND:VCARD\r\n")
    for i, body in enumerate((japanese, greek, owncloud, ukrainian)):
        assert import_file(db, vcf(tmp_path, body, f"{i}.vcf")).added == 1, i
    book = people(db)
    assert {"安藤ロイド", "Nikos Papadopoulos", "Own Cloud", "Олена Коваль"} <= book.keys()  # family name first
    assert book["Nikos Papadopoulos"]["notes"] == "Σημείωση"
    assert book["Own Cloud"]["notes"] == "华信科技有限公司" * 6


def test_a_colon_inside_a_quoted_parameter_does_not_cut_the_line(tmp_path):
    body = b'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Q\r\nTEL;TYPE="COMMA,SEPARATED:INSIDE.DQUOTE",PREF:+86 138 0000 1111\r\nEND:VCARD\r\n'
    [record], _kind = read_records(vcf(tmp_path, body))
    assert record.phones == [("comma", "+86 138 0000 1111")]


def test_cards_are_never_lost_without_a_word(db, tmp_path):
    body = (b"BEGIN:VCARD\nVERSION:2.1\nN:Outer\nBEGIN:VCARD\nVERSION:2.1\nN:Inner\nEND:VCARD\nTEL:13800001111\n"
            b"END:VCARD\nBEGIN:VCARD\nVERSION:2.1\nEMAIL:only@example.com\nEND:VCARD\n"
            b"BEGIN:VCARD\nVERSION:3.0\nFN:Last One\nTEL:13900002222\n")
    summary = import_file(db, vcf(tmp_path, body))
    assert summary.added == 4 and summary.errors == []
    book = people(db)
    assert book["Outer"]["channels"] == ["13800001111"] and "Inner" in book
    assert book["only@example.com"]["channels"] == ["only@example.com"]
    assert book["Last One"]["channels"] == ["13900002222"]
    assert [(c.person, c.reason) for c in summary.checks] == [
        ("only@example.com", text.NAMED_AFTER), ("Last One", text.UNTERMINATED)]


# -- Excel for Chinese Windows: GBK, CRLF, no BOM -------------------------------------------------------
def excel_csv(path: Path, rows: list[list[str]]) -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode("gbk"))
    return path


HEADER = ["姓名", "公司", "手机", "邮箱", "生日", "地址", "备注"]


def test_a_number_excel_shortened_is_flagged_and_the_person_imported(db, tmp_path):
    rows = [HEADER] + [[f"客户{i}", "华信科技有限公司", "1.38E+10", f"c{i}@huaxin.cn", "1985-11-30", "", ""]
                       for i in range(300)] + [["王芳", "华信科技有限公司", "13800001111", "", "", "", ""]]
    summary = import_file(db, excel_csv(tmp_path / "excel.csv", rows))
    assert summary.added == 301 and summary.errors == []
    shortened = [c for c in summary.checks if c.reason == text.EXCEL_SHORTENED]
    assert len(shortened) == 300 and shortened[0].person == "客户0" and shortened[0].value == "1.38E+10"
    first = people(db)["客户0"]
    assert first["company"] == "华信科技有限公司" and first["channels"] == ["c0@huaxin.cn"]
    assert first["birthday"] == ("1985-11-30", 1) and first["notes"] == "Phone (mobile): 1.38E+10"


def test_partial_and_impossible_dates(db, tmp_path):
    rows = [HEADER, ["张伟", "", "", "", "3/15", "", ""], ["李娜", "", "", "", "1990/2/30", "", ""]]
    summary = import_file(db, excel_csv(tmp_path / "dates.csv", rows))
    assert summary.added == 2
    book = people(db)
    assert book["张伟"]["birthday"] == ("1904-03-15", 0)  # a day without a year
    assert book["李娜"]["birthday"] is None and book["李娜"]["notes"] == "Birthday: 1990/2/30"
    assert [(c.person, c.reason) for c in summary.checks] == [("李娜", text.NO_SUCH_DAY)]


def test_the_day_month_order_is_decided_by_the_whole_column_or_asked(db, tmp_path):
    decided = excel_csv(tmp_path / "decided.csv", [HEADER, ["甲", "", "", "", "04/03/1985", "", ""],
                                                   ["乙", "", "", "", "15/03/1985", "", ""]])
    found = source(decided)
    assert found.mapping.date_order == DMY and found.ambiguous_dates == []
    open_question = excel_csv(tmp_path / "open.csv", [HEADER, ["丙", "", "", "", "04/03/1985", "", ""]])
    assert source(open_question).ambiguous_dates == ["04/03/1985"]
    summary = import_file(db, open_question)  # not answered (the command line without --dates): kept to check
    assert [(c.person, c.reason) for c in summary.checks] == [("丙", text.ORDER_UNKNOWN)]
    import_file(db, decided)
    import_file(db, open_question, duplicates=Choice.KEEP_BOTH, date_order=DMY)
    book = people(db)
    assert book["甲"]["birthday"] == ("1985-03-04", 1) and book["乙"]["birthday"] == ("1985-03-15", 1)


def test_a_huge_cell_is_read_and_kept_to_the_notes_limit(db, tmp_path):
    big = "很长的备注" * 40_000  # 200,000 characters
    rows = [HEADER, ["张伟", "", "13800001111", "", "", "", big], ["李娜", "", "13900002222", "", "", "", "短"]]
    summary = import_file(db, excel_csv(tmp_path / "big.csv", rows))
    assert summary.added == 2
    assert len(people(db)["张伟"]["notes"]) == 10_000
    assert [(c.person, c.reason) for c in summary.checks] == [("张伟", text.NOTES_CUT)]


def test_each_contact_keeps_their_own_address_and_the_company_its_own(db, tmp_path):
    rows = [HEADER, ["张伟", "华信科技有限公司", "", "", "", "杭州市西湖区文三路1号", ""],
            ["李娜", "华信科技有限公司", "", "", "", "杭州市滨江区江南大道8号", "老客户"],
            ["王芳", "华信科技有限公司", "", "", "", "杭州市西湖区文三路1号", ""]]
    import_file(db, excel_csv(tmp_path / "addresses.csv", rows))
    with plain_sql(db) as conn:
        assert conn.execute("SELECT address FROM customers").fetchall() == [("杭州市西湖区文三路1号",)]
    book = people(db)
    assert book["李娜"]["notes"] == "老客户\nAddress: 杭州市滨江区江南大道8号"
    assert book["张伟"]["notes"] == "" and book["王芳"]["notes"] == ""


def test_notes_of_values_to_check_are_written_in_the_users_language(db, tmp_path):
    from models.runtime import language

    language.use("zh_CN")
    try:
        rows = [HEADER, ["张伟", "", "1.38E+10", "", "", "", ""]]
        import_file(db, excel_csv(tmp_path / "zh.csv", rows))
    finally:
        language.use(None)
    assert people(db)["张伟"]["notes"] == "电话 (mobile): 1.38E+10"


# -- duplicates ---------------------------------------------------------------------------------------
def company_book(db):
    from models.book import customers
    from models.book.customers import ChannelData, ContactData, CustomerData

    customers.save(db, CustomerData(name="上海华联超市有限公司", contacts=[
        ContactData(name="赵敏", channels=[ChannelData("phone", "010-8888 6666", "work"),
                                          ChannelData("phone", "139 1111 2222", "mobile"),
                                          ChannelData("email", "zhao@hualian.cn")])]))


def test_a_company_without_region_and_legal_suffix_is_flagged_and_merging_adds_the_person(db, tmp_path):
    company_book(db)
    path = excel_csv(tmp_path / "hl.csv", [HEADER, ["钱进", "华联超市", "13700003333", "", "", "", ""]])
    found = scan(db, source(path))
    [duplicate] = found.duplicates
    assert (duplicate.existing, duplicate.company_only) == ("上海华联超市有限公司", True)
    import_file(db, path, duplicates=Choice.MERGE)
    assert people(db)["钱进"]["company"] == "上海华联超市有限公司"
    with plain_sql(db) as conn:
        assert conn.execute("SELECT count(*) FROM customers").fetchone()[0] == 1


def test_a_shared_switchboard_never_makes_two_people_one(cn, db, tmp_path):
    company_book(db)
    rows = [HEADER, ["孙丽", "北京远航物流有限公司", "010-8888 6666", "", "", "", ""],  # same landline only
            ["赵敏", "北京远航物流有限公司", "010 8888 6666", "", "", "", ""],  # same name, landline, other company
            ["赵敏", "", "+86 139-1111-2222", "", "", "", ""],  # same name and mobile, written otherwise
            ["赵敏", "", "", "ZHAO@hualian.cn", "", "", ""]]  # same name and email
    found = scan(db, source(excel_csv(tmp_path / "board.csv", rows)))
    assert [(d.record.where, d.reason) for d in found.duplicates] == [
        ("line 4", "same name and mobile +86 139-1111-2222"), ("line 5", "same name and email zhao@hualian.cn")]
    summary = import_file(db, excel_csv(tmp_path / "board.csv", rows))
    assert (summary.added, summary.skipped) == (2, 2)


def test_duplicates_within_the_file_by_the_same_rules(cn, db, tmp_path):
    rows = [HEADER, ["张伟", "华信科技有限公司", "13800001111", "", "", "", ""],
            ["张伟", "华信科技", "", "", "", "", ""],  # same name, same company without its suffix
            ["张伟", "", "138 0000 1111", "", "", "", ""],  # same name and mobile
            ["张伟", "远航物流", "", "", "", "", ""]]  # another 张伟
    found = scan(db, source(excel_csv(tmp_path / "twice.csv", rows)))
    assert [d.record.where for d in found.duplicates] == ["line 3", "line 4"]


def test_a_national_number_is_found_by_its_international_form(cn, db, tmp_path):
    from models.book.customer_list import CustomerQuery, count

    import_file(db, excel_csv(tmp_path / "n.csv", [HEADER, ["张伟", "", "138 0000 1111", "", "", "", ""]]))
    assert count(db, CustomerQuery(search="+86 138 0000 1111")) == 1
    assert count(db, CustomerQuery(search="13800001111")) == 1
    assert count(db, CustomerQuery(search="+86 139 0000 1111")) == 0


def test_the_default_region_is_a_setting_cn_for_chinese(db):
    from models.runtime import language
    from models.book.settings import load_phone_region, save_phone_region

    language.use("zh_CN")
    try:
        with db.engine.connect() as conn:
            assert load_phone_region(conn) == "CN"
    finally:
        language.use("en_GB")
    with db.engine.connect() as conn:
        assert load_phone_region(conn) == "GB"
    with db.session() as s, s.begin():
        save_phone_region(s, "DE")
    with db.engine.connect() as conn:
        assert load_phone_region(conn) == "DE"
    language.use(None)
    with pytest.raises(ValueError):
        with db.session() as s, s.begin():
            save_phone_region(s, "XX")


def test_a_merge_adds_the_notes_and_undo_takes_exactly_that_back(db, tmp_path):
    from models.book import undo

    company_book(db)
    rows = [HEADER, ["赵敏", "", "139 1111 2222", "", "1.38E+10", "", "喜欢喝茶"]]
    summary = import_file(db, excel_csv(tmp_path / "merge.csv", rows), duplicates=Choice.MERGE)
    assert summary.merged == 1
    assert people(db)["赵敏"]["notes"] == "喜欢喝茶\nBirthday: 1.38E+10"
    undo.run(db, summary.change, undo=True)
    assert people(db)["赵敏"]["notes"] == ""


def test_importing_the_same_vcard_again_flags_everyone_even_with_only_a_name(db, tmp_path):
    from models.interchange.exports import export

    body = (b"BEGIN:VCARD\nVERSION:3.0\nFN:G F\nEND:VCARD\n"  # a name and nothing else
            b"BEGIN:VCARD\nVERSION:3.0\nFN:Pause Wait\nTEL:p1234p5678w9\nEND:VCARD\n"  # a landline
            b"BEGIN:VCARD\nVERSION:3.0\nFN:Pat Lee\nEMAIL:pat@example.com\nEND:VCARD\n"
            b"BEGIN:VCARD\nVERSION:3.0\nFN:Sam Wu\nORG:Harbour Lights Ltd.\nEND:VCARD\n")
    assert import_file(db, vcf(tmp_path, body)).added == 4
    export(db, "vcard", tmp_path / "book.vcf")
    found = scan(db, source(tmp_path / "book.vcf"))
    assert sorted(d.reason for d in found.duplicates) == [
        "same company", "same name", "same name and company", "same name and email pat@example.com",
        "same name and phone p1234p5678w9"]
    assert import_file(db, tmp_path / "book.vcf").added == 0


def test_a_second_web_address_a_long_one_and_a_nickname_are_kept_in_the_notes(db, tmp_path):
    long_url = "https://example.com/" + "a" * 300
    body = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Pat Lee\r\nNICKNAME:Patsy\r\nURL:https://pat.example.com\r\n"
            b"URL:https://blog.example.com\r\nEND:VCARD\r\n"
            b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sam Wu\r\nURL:" + long_url.encode() + b"\r\nEND:VCARD\r\n")
    summary = import_file(db, vcf(tmp_path, body))
    book = people(db)
    assert book["Pat Lee"]["notes"] == "Website: https://blog.example.com\nNickname: Patsy"
    assert book["Sam Wu"]["notes"] == f"Website: {long_url}"
    assert [(c.person, c.field, c.reason) for c in summary.checks] == [("Sam Wu", "website", text.TOO_LONG)]
    with plain_sql(db) as conn:
        assert conn.execute("SELECT website FROM customers WHERE name = 'Pat Lee'").fetchone() == (
            "https://pat.example.com",)
