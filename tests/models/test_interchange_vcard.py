"""vCard import from files shaped like real Android, iPhone, Outlook, Google and Thunderbird exports, and
the vCard 3.0 export: folded by octets without splitting a character, and an exact round trip."""

import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.interchange.book import book_records
from models.interchange.importer import import_file
from models.interchange.records import ImportFileError, Record
from models.interchange.vcard import export_vcards, fold, parse_vcards, read_vcards

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "interchange"


def people(name: str) -> list[Record]:
    return list(read_vcards(FIXTURES / name))


def test_android_21_quoted_printable_utf8_soft_breaks_bare_types_and_a_photo_dropped_with_a_note():
    zhang, emma = people("android.vcf")
    assert (zhang.name, zhang.company, zhang.title, zhang.birthday) == ("张伟", "华信科技有限公司", "采购经理",
                                                                        dt.date(1985, 11, 30))
    assert zhang.phones == [("mobile", "138-0000-1111"), ("work", "0571 8888 1234")]
    assert zhang.emails == [("home", "zhangwei@example.cn")] and zhang.dropped == [
        "a photo (Fieldbrief does not keep photos)"]
    assert emma.name == "Emma Wilson" and emma.phones == [("mobile", "+44 7700 900123")]


def test_iphone_30_grouped_labels_structured_address_escapes_and_categories():
    [li] = people("iphone.vcf")
    assert (li.name, li.company, li.title, li.company_city) == ("李娜", "中国移动", "客户经理", "上海")  # ADR;WORK
    assert li.phones == [("mobile", "+86 138 1234 5678"), ("办公室", "021 6123 4567")]
    assert li.company_address == "浦东新区世纪大道100号" and li.notes == "喜欢早上拜访, 不喝咖啡\nSecond line"
    assert li.tags == ["重点客户", "5G"] and li.birthday == dt.date(1990, 2, 14)


def test_outlook_21_windows_1252_quoted_printable():
    [juergen] = people("outlook.vcf")
    assert juergen.name == "Jürgen Müller" and juergen.company == "Bluegate Supplies plc"
    assert juergen.notes == "Met at the trade fair – wants a quote\nnext month"
    assert juergen.phones == [("work", "+44 113 496 0000"), ("mobile", "+44 7700 900456")]
    assert (juergen.company_address, juergen.company_city) == ("1 Harbour Way", "Leeds")  # the company's


def test_google_30_folded_chinese_and_apple_style_labels():
    wang, ahmed = people("google.vcf")
    assert wang.notes.endswith("组以内的多行。") and "八位组" in wang.notes and wang.tags == ["客户"]
    assert ahmed.emails == [("other", "ahmed@example.com")]


def test_thunderbird_40_uri_phones_and_a_birthday_without_a_year():
    [susan] = people("thunderbird.vcf")
    assert susan.phones == [("mobile", "+1 206 555 0142"), ("work", "+1-206-555-0100")]
    assert susan.birthday == dt.date(1904, 4, 12)  # --0412: no year, kept in a leap year


def test_every_vendor_file_imports(db):
    added = sum(import_file(db, path).added for path in sorted(FIXTURES.glob("*.vcf")))
    assert added == 7


def test_folding_is_by_octets_and_never_splits_a_character():
    line = "NOTE:" + "华信科技有限公司，采购经理张伟" * 10
    folded = fold(line)
    physical = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in physical)
    assert "".join(p[1:] if i else p for i, p in enumerate(physical)) == line


def test_the_demo_book_round_trips_through_vcard_exactly(demo_db, tmp_path):
    out = tmp_path / "book.vcf"
    count = export_vcards(demo_db, out)
    assert count == sum(1 for _ in book_records(demo_db))
    lines = out.read_bytes().split(b"\r\n")
    assert all(len(line) <= 75 for line in lines)
    # the usual labels as vCard types, as contacts apps file numbers: a mobile is CELL, not "mobile"
    assert any(line.startswith(b"TEL;TYPE=CELL:") for line in lines) and not any(b"TYPE=mobile" in line for line in lines)
    again = [r for r in read_vcards(out)]
    assert len(again) == count
    for original, read in zip(book_records(demo_db), again, strict=True):
        assert (read.name, read.company, read.title, read.phones, read.emails, read.birthday, read.notes) == (
            original.name, original.company, original.title, original.phones, original.emails, original.birthday,
            original.notes)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=2000) | st.text(max_size=500).map(lambda t: f"BEGIN:VCARD\r\n{t}\r\nEND:VCARD".encode()))
def test_arbitrary_bytes_give_records_or_the_importers_own_error(data):
    try:
        found = list(parse_vcards(data))
    except ImportFileError:
        return
    assert all(isinstance(item, (Record, tuple)) for item in found)
