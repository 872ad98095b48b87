"""CSV import and export: every encoding and delimiter Excel writes, Google and Outlook exports, bad rows
listed while the good ones import, one transaction, formula injection, and the round trip."""

import codecs
import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.storage.db import open_database
from models.interchange.book import book_records
from models.interchange.csv_export import export_csv
from models.interchange.importer import import_file, read_records
from models.interchange.records import ImportFileError, Record

ROWS = [["姓名", "公司", "职位", "手机", "邮箱", "生日", "备注"],
        ["张伟", "华信科技有限公司", "采购经理", "138 0000 1111", "zhang@huaxin.cn", "1985-11-30", "老客户, 喜欢喝茶"],
        ["王秀英", "", "", "139 1111 2222", "wang@example.cn", "", ""],
        ["Emma O'Neil", "Harbour Lights Ltd", "CFO", "+44 20 7946 0958", "emma@harbour.co.uk", "", 'says "hi"; often']]


def write_csv(path: Path, rows, encoding: str, delimiter: str) -> Path:
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    data = buffer.getvalue().encode(encoding)
    if encoding == "utf-8-sig":
        pass  # the codec writes the BOM
    elif encoding == "utf-16":
        assert data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    path.write_bytes(data)
    return path


def comparable(found) -> list:
    return [(r.name, r.company, r.title, r.phones, r.emails, r.birthday, r.notes) if isinstance(r, Record) else r
            for r in found]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_every_encoding_and_delimiter_gives_the_same_records(tmp_path, encoding, delimiter):
    reference, _ = read_records(write_csv(tmp_path / "ref.csv", ROWS, "utf-8", ","))
    found, kind = read_records(write_csv(tmp_path / "x.csv", ROWS, encoding, delimiter))
    assert comparable(found) == comparable(reference)
    assert len(found) == 3 and found[0].phones == [("mobile", "138 0000 1111")]
    assert found[0].birthday == dt.date(1985, 11, 30) and found[2].notes == 'says "hi"; often'
    assert {",": "comma", ";": "semicolon", "\t": "tab"}[delimiter] in kind


def test_an_undecodable_file_is_refused_naming_the_problem(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"name,phone\n" + bytes(range(0x80, 0x100)) * 3 + b"\n")
    with pytest.raises(ImportFileError, match="cannot be read as"):
        read_records(bad)
    late = tmp_path / "late.csv"  # UTF-8 at the start, a stray byte far down: refused, not half-imported
    late.write_bytes(("name,phone\n" + "张伟,13800001111\n" * 6000).encode("utf-8") + b"\xff\xfe\xfa,1\n")
    with pytest.raises(ImportFileError, match="Line 6002"):
        read_records(late)


GOOGLE = [["Name", "Given Name", "Family Name", "Birthday", "Notes", "Group Membership", "E-mail 1 - Type",
           "E-mail 1 - Value", "Phone 1 - Type", "Phone 1 - Value", "Phone 2 - Type", "Phone 2 - Value",
           "Organization 1 - Name", "Organization 1 - Title", "Address 1 - Formatted", "Address 1 - City"],
          ["李娜", "娜", "李", "1990-02-14", "", "* myContacts ::: 客户", "* Work", "lina@example.cn", "Mobile",
           "138 1234 5678 ::: 139 8765 4321", "Work", "021 6123 4567", "中国移动", "客户经理", "上海市浦东新区",
           "上海"]]
OUTLOOK = [["First Name", "Middle Name", "Last Name", "Title", "Company", "Job Title", "Business Street",
            "Business City", "Business Phone", "Mobile Phone", "E-mail Address", "E-mail 2 Address", "Birthday",
            "Notes", "Categories"],
           ["Emma", "", "Wilson", "", "Bluegate Supplies plc", "CFO", "1 Harbour Way", "Leeds", "+44 113 496 0000",
            "+44 7700 900123", "emma@bluegate.example", "", "3/7/1980", "", "Key; 2026"],
           ["Tom", "", "Baker", "", "", "", "", "", "", "", "tom@example.com", "", "0/0/00", "", ""]]


def test_google_contacts_export_keeps_labels_and_every_number(tmp_path):
    [li], kind = read_records(write_csv(tmp_path / "google.csv", GOOGLE, "utf-8", ","))
    assert (li.name, li.company, li.title, li.city, li.birthday) == ("李娜", "中国移动", "客户经理", "上海",
                                                                      dt.date(1990, 2, 14))
    assert li.phones == [("mobile", "138 1234 5678"), ("mobile", "139 8765 4321"), ("work", "021 6123 4567")]
    assert li.emails == [("work", "lina@example.cn")] and li.tags == ["客户"]


def test_outlook_export_keeps_labels_and_reads_its_dates(tmp_path):
    emma, tom = read_records(write_csv(tmp_path / "outlook.csv", OUTLOOK, "cp1252", ","))[0]
    assert (emma.name, emma.company, emma.title, emma.company_city, emma.birthday) == (
        "Emma Wilson", "Bluegate Supplies plc", "CFO", "Leeds", dt.date(1980, 3, 7))  # Business City: the company's
    assert emma.phones == [("work", "+44 113 496 0000"), ("mobile", "+44 7700 900123")]
    assert emma.tags == ["Key", "2026"] and tom.birthday is None


def test_a_bad_value_never_loses_the_person_it_goes_to_their_notes_and_is_listed(db, tmp_path):
    rows = ROWS + [["", "", "", "", "", "", ""], ["李娜", "", "", "call me", "", "", ""],
                   ["赵敏", "", "", "", "zhao@", "", ""], ["钱进", "", "", "", "", "1985-13-45", ""],
                   ["", "", "", "", "", "", "a note with nobody"]]
    summary = import_file(db, write_csv(tmp_path / "mixed.csv", rows, "utf-8", ","))
    assert summary.added == 6
    assert [(c.where, c.person, c.field, c.value) for c in summary.checks] == [
        ("line 6", "李娜", "phone", "call me"), ("line 7", "赵敏", "email", "zhao@"),
        ("line 8", "钱进", "birthday", "1985-13-45")]
    assert [(e.where, e.person) for e in summary.errors] == [("line 9", "")]  # nothing identifies anyone
    with db.engine.connect() as conn:
        notes = {name: text for name, text in conn.exec_driver_sql("SELECT name, notes FROM customers")}
    assert notes["李娜"] == "Phone (mobile): call me" and notes["赵敏"] == "Email: zhao@"
    assert notes["钱进"] == "Birthday: 1985-13-45"
    assert db.path is None or summary.backup and Path(summary.backup).exists()  # (a team database: the server's job)


def test_duplicates_are_skipped_merged_or_kept_as_chosen(db, tmp_path):
    from models.interchange.store import Choice

    first = write_csv(tmp_path / "a.csv", ROWS, "utf-8", ",")
    import_file(db, first)
    again = [ROWS[0], ["张伟", "华信科技有限公司", "采购总监", "138 0000 1111", "zhang.wei@huaxin.cn", "", ""]]
    path = write_csv(tmp_path / "b.csv", again, "utf-8", ",")
    assert import_file(db, path).skipped == 1
    assert import_file(db, path, duplicates=Choice.MERGE).merged == 1
    with db.engine.connect() as conn:
        emails = [r[0] for r in conn.exec_driver_sql("SELECT value FROM channels WHERE kind = 'email' ORDER BY id")]
        assert "zhang.wei@huaxin.cn" in emails and conn.exec_driver_sql("SELECT count(*) FROM contacts").fetchone()[0] == 2
    assert import_file(db, path, duplicates=Choice.KEEP_BOTH).added == 1


class Stop(Exception):
    pass


def test_a_cancelled_import_leaves_nothing(db, tmp_path):
    rows = [ROWS[0]] + [[f"客户{i}", "", "", f"138{i:08d}", "", "", ""] for i in range(3000)]
    path = write_csv(tmp_path / "many.csv", rows, "utf-8", ",")

    def cancel(done, total):
        if done >= 1000:
            raise Stop()
    with pytest.raises(Stop):
        import_file(db, path, progress=cancel)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM customers").fetchone()[0] == 0


def test_export_is_excel_friendly_and_neutralises_formulas_which_import_back_unchanged(db, tmp_path):
    from models.book import customers
    from models.book.customers import ChannelData, CustomerData

    dangerous = ["=HYPERLINK(\"http://x\")", "+1 cmd", "-2+3", "@SUM(A1)", "\tTab", "\rCR", "＝１＋１", "＋86", "－5", "＠me"]
    for i, text in enumerate(dangerous):
        customers.save(db, CustomerData(name=f"客户{i}", notes=text, industry=text[:100],
                                        channels=[ChannelData("phone", "+86 138 0000 %04d" % i, "mobile")]))
    out = tmp_path / "book.csv"
    export_csv(db, out)
    raw = out.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    import csv

    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    phones = [i for i, h in enumerate(rows[0]) if h.startswith("Phone") and h.endswith("Value")]
    cells = [cell for row in rows for i, cell in enumerate(row) if i not in phones]
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")) for cell in cells)
    assert [row[phones[0]] for row in rows[1:]] == ["+86 138 0000 %04d" % i for i in range(len(dangerous))]
    target = open_database(f"sqlite:///{tmp_path / 'other.sqlite'}")
    summary = import_file(target, out)
    assert summary.errors == [] and summary.added == len(dangerous)
    assert _book(target) == _book(db)
    target.close()


def _book(db) -> list:
    """Everything an export holds, ids aside (a referral by the referrer's position in the book)."""
    position = {r.customer_id: i for i, r in enumerate(r for r in book_records(db) if r.where.startswith("customer"))}
    return [(r.kind, r.name, r.company, r.title, r.phones, r.emails, r.birthday, r.notes, r.customer_notes, r.address,
             r.city, r.segment, r.industry, r.website, r.owner, r.lifecycle_stage, r.tier, sorted(r.tags),
             r.relationship_level, r.contact_level, r.psychology, r.stage_entered_on, position.get(r.referred_by),
             r.acquisition_cost_cents, r.buying_role, r.attitude, r.influence)
            for r in book_records(db)]


def test_the_whole_demo_book_round_trips_through_csv(demo_db, tmp_path):
    out = tmp_path / "book.csv"
    export_csv(demo_db, out)
    target = open_database(f"sqlite:///{tmp_path / 'other.sqlite'}")
    summary = import_file(target, out)
    assert summary.errors == []
    book = _book(demo_db)
    assert _book(target) == book
    assert any(row[22] is not None for row in book) and any(row[24] for row in book)  # referrals, buying roles
    with sqlite3.connect(target.path) as conn:  # the import filled the search text as the services would
        before = conn.execute("SELECT id, search_text FROM customers ORDER BY id").fetchall()
    from models.book.summaries import refresh_all

    with target.engine.begin() as conn:
        refresh_all(conn)
    with sqlite3.connect(target.path) as conn:
        assert conn.execute("SELECT id, search_text FROM customers ORDER BY id").fetchall() == before
    target.close()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_give_records_or_the_importers_own_error(tmp_path, data):
    path = tmp_path / "fuzz.csv"
    path.write_bytes(data)
    try:
        found, _kind = read_records(path)
    except ImportFileError:
        return
    assert all(isinstance(item, (Record, tuple)) for item in found)


def test_a_killed_import_leaves_nothing(sqlite_db, tmp_path):
    db = sqlite_db  # a killed writer and the file it leaves: SQLite's own story (PostgreSQL rolls back on the server)
    import os
    import signal

    rows = [ROWS[0]] + [[f"客户{i}", "", "", f"138{i:08d}", f"c{i}@example.cn", "", ""] for i in range(30000)]
    path = write_csv(tmp_path / "many.csv", rows, "utf-8", ",")
    read_end, write_end = os.pipe()
    hold_read, hold_write = os.pipe()  # never written: the child waits on it half-way, mid-transaction
    pid = os.fork()
    if pid == 0:  # the child imports, saying when it is half-way through writing, and stops there
        os.close(read_end)
        os.close(hold_write)
        try:
            child_db = open_database(f"sqlite:///{db.path}")

            def report(done, total):
                if done >= total // 2:
                    os.write(write_end, b"half\n")
                    os.read(hold_read, 1)
            import_file(child_db, path, progress=report)
            os.write(write_end, b"done\n")
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as reader:
        assert reader.readline() == b"half\n"
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    os.close(hold_read)
    os.close(hold_write)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.exec_driver_sql("SELECT count(*) FROM customers").fetchone()[0] == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM channels").fetchone()[0] == 0
