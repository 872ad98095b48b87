"""The command line: clear one-line errors with exit 1, usage errors with exit 2, no tracebacks."""

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import main
from models import __version__
from tests.conftest import REPO


def test_demo_fills_the_data_folder(data_dir, capsys):
    assert main.main(["--data-dir", str(data_dir), "demo", "--customers", "25", "--seed", "4"]) == 0
    out = capsys.readouterr().out
    assert "25 customers" in out and str(data_dir) in out
    conn = sqlite3.connect(data_dir / "fieldbrief.sqlite")
    assert conn.execute("SELECT count(*) FROM customers").fetchone()[0] == 25
    conn.close()
    assert (data_dir / "logs" / "fieldbrief.log").exists()


def test_expected_trouble_is_one_line_and_exit_1(data_dir, capsys):
    assert main.main(["--data-dir", str(data_dir), "demo", "--customers", "3"]) == 0
    capsys.readouterr()
    assert main.main(["--data-dir", str(data_dir), "demo", "--customers", "3"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("fieldbrief: error: The database already holds 3 customers")
    assert err.count("\n") == 1 and "Traceback" not in err


def test_newer_database_is_a_clear_error(data_dir, capsys):
    assert main.main(["--data-dir", str(data_dir), "demo", "--customers", "2"]) == 0
    conn = sqlite3.connect(data_dir / "fieldbrief.sqlite")
    conn.execute("UPDATE alembic_version SET version_num = '0999'")
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert main.main(["--data-dir", str(data_dir), "demo"]) == 1
    assert "newer version of Fieldbrief" in capsys.readouterr().err


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main.main(["demo", "--customers", "many"])
    assert exit_info.value.code == 2
    assert "is not a whole number" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main.main(["frobnicate"])
    assert exit_info.value.code == 2


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main.main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"Fieldbrief {__version__}"


def test_database_url_and_environment_variable(tmp_path, monkeypatch, capsys):
    env_dir = tmp_path / "from-env"
    monkeypatch.setenv("FIELDBRIEF_DATA_DIR", str(env_dir))
    other = tmp_path / "elsewhere.sqlite"
    assert main.main(["--database", f"sqlite:///{other}", "demo", "--customers", "2"]) == 0
    assert other.exists()
    assert (env_dir / "logs" / "fieldbrief.log").exists()  # logs still go to the data folder
    assert not (env_dir / "fieldbrief.sqlite").exists()


def test_real_process_end_to_end(data_dir):
    result = subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(data_dir), "demo", "--customers", "20"],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "20 customers" in result.stdout


def test_brief_of_a_visit_and_of_a_day_and_clear_errors(data_dir, tmp_path, capsys):
    assert main.main(["--data-dir", str(data_dir), "demo", "--customers", "30", "--seed", "3"]) == 0
    conn = sqlite3.connect(data_dir / "fieldbrief.sqlite")
    visit_id, day = conn.execute("SELECT id, date(planned_start) FROM visits WHERE status != 'cancelled' "
                                 "ORDER BY planned_start DESC LIMIT 1").fetchone()
    conn.close()
    capsys.readouterr()
    one = tmp_path / "one.pdf"
    assert main.main(["--data-dir", str(data_dir), "--lang", "zh_CN", "brief", str(visit_id), "-o", str(one)]) == 0
    assert one.read_bytes().startswith(b"%PDF") and "拜访简报" in subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(one), "-"], capture_output=True, text=True, check=True).stdout
    sheet = tmp_path / "day.pdf"
    assert main.main(["--data-dir", str(data_dir), "brief", "--date", day, "-o", str(sheet), "--paper", "Letter"]) == 0
    assert "Day sheet" in subprocess.run(["pdftotext", "-l", "1", str(sheet), "-"], capture_output=True, text=True,
                                         check=True).stdout
    capsys.readouterr()
    assert main.main(["--data-dir", str(data_dir), "brief", "999999", "-o", str(tmp_path / "x.pdf")]) == 1
    assert main.main(["--data-dir", str(data_dir), "brief", "--date", "2031-01-01", "-o", str(tmp_path / "y.pdf")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == ["fieldbrief: error: There is no visit with id 999999; it may have been deleted.",
                   "fieldbrief: error: There are no visits on 2031-01-01 to print."]
    with pytest.raises(SystemExit) as usage:
        main.main(["--data-dir", str(data_dir), "brief", "--date", "24/11/2026", "-o", str(tmp_path / "z.pdf")])
    assert usage.value.code == 2
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "y.pdf").exists()


def test_the_day_sheet_message_counts_one_visit_as_a_visit(data_dir, tmp_path, capsys):
    from models.book import customers
    from models.visits import visits
    from models.book.customers import CustomerData
    from models.storage.db import open_database

    db = open_database(f"sqlite:///{data_dir / 'fieldbrief.sqlite'}")
    cid = customers.save(db, CustomerData(name="Harbour Logistics Ltd")).customer_id
    visits.create_visit(db, cid, dt.datetime(2026, 11, 24, 10), [])
    db.close()
    capsys.readouterr()
    assert main.main(["--data-dir", str(data_dir), "brief", "--date", "2026-11-24", "-o", str(tmp_path / "d.pdf")]) == 0
    assert "(1 visit) to" in capsys.readouterr().out
    db = open_database(f"sqlite:///{data_dir / 'fieldbrief.sqlite'}")
    visits.create_visit(db, cid, dt.datetime(2026, 11, 24, 15), [])
    db.close()
    assert main.main(["--data-dir", str(data_dir), "brief", "--date", "2026-11-24", "-o", str(tmp_path / "d.pdf")]) == 0
    assert "(2 visits) to" in capsys.readouterr().out


def test_brief_options_come_in_any_order_after_the_command_and_the_paper_comes_from_settings(data_dir, tmp_path):
    from models.storage.db import open_database
    from models.book.settings import save_paper

    assert main.main(["--data-dir", str(data_dir), "demo", "--customers", "10", "--seed", "2"]) == 0
    conn = sqlite3.connect(data_dir / "fieldbrief.sqlite")
    visit_id = conn.execute("SELECT id FROM visits WHERE status != 'cancelled' LIMIT 1").fetchone()[0]
    conn.close()

    def size_and_words(path: Path) -> tuple[str, str]:
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
        size = next(line.split(":", 1)[1].split("pts")[0].strip() for line in info.splitlines() if line.startswith("Page size"))
        subprocess.run(["qpdf", "--check", str(path)], capture_output=True, check=True)
        return size, subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                                    check=True).stdout

    after = tmp_path / "after.pdf"  # issue 15: refused as "unrecognized arguments" before
    assert main.main(["brief", str(visit_id), "-o", str(after), "--lang", "zh_CN", "--data-dir", str(data_dir)]) == 0
    size, words = size_and_words(after)
    assert size == "595.276 x 841.89" and "拜访简报" in words  # A4 until Settings say otherwise
    db = open_database(f"sqlite:///{data_dir / 'fieldbrief.sqlite'}")
    with db.session() as s, s.begin():
        save_paper(s, "Letter")
    db.close()
    letter = tmp_path / "letter.pdf"
    assert main.main(["--lang", "en", "brief", "-o", str(letter), str(visit_id), "--data-dir", str(data_dir)]) == 0
    size, words = size_and_words(letter)
    assert size == "612 x 792" and "Visit brief" in words
    a4 = tmp_path / "a4.pdf"
    assert main.main(["--data-dir", str(data_dir), "brief", str(visit_id), "--paper", "A4", "-o", str(a4)]) == 0
    assert size_and_words(a4)[0] == "595.276 x 841.89"


def test_backup_check_and_restore_from_the_command_line(data_dir, tmp_path, capsys):
    run = lambda *args: main.main(["--data-dir", str(data_dir), *args])  # noqa: E731
    assert run("demo", "--customers", "4") == 0
    assert run("backup") == 0
    assert "(verified)" in capsys.readouterr().out
    [taken] = (data_dir / "backups").glob("*-manual.sqlite")
    copy = tmp_path / "copy.sqlite"
    assert run("backup", "-o", str(copy)) == 0
    assert run("check") == 0
    assert capsys.readouterr().out.splitlines()[-1].endswith(": ok.")
    conn = sqlite3.connect(data_dir / "fieldbrief.sqlite")
    conn.execute("DELETE FROM customers")
    conn.commit()
    conn.close()
    assert run("restore", str(taken)) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "4 customers" in out and "before-restore" in out
    conn = sqlite3.connect(data_dir / "fieldbrief.sqlite")
    assert conn.execute("SELECT count(*) FROM customers").fetchone()[0] == 4
    conn.close()


def test_restore_and_check_refuse_bad_files_in_one_line(data_dir, tmp_path, capsys):
    assert main.main(["--data-dir", str(data_dir), "demo", "--customers", "2"]) == 0
    junk = tmp_path / "contacts.csv"
    junk.write_text("name,phone\n")
    capsys.readouterr()
    assert main.main(["--data-dir", str(data_dir), "restore", str(junk)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "it is not a SQLite database. Your database is as it was." in err
    from tests.damage import break_a_page

    break_a_page(data_dir / "fieldbrief.sqlite")
    assert main.main(["--data-dir", str(data_dir), "check"]) == 1
    assert "is damaged" in capsys.readouterr().err


def test_import_and_export_from_the_command_line(data_dir, tmp_path, capsys):
    from icalendar import Calendar

    run = lambda *args: main.main(["--data-dir", str(data_dir), *args])  # noqa: E731
    assert run("demo", "--customers", "20") == 0
    for fmt, name in (("csv", "book.csv"), ("vcard", "book.vcf"), ("ics", "book.ics")):
        assert run("export", "--format", fmt, "-o", str(tmp_path / name)) == 0
    out = capsys.readouterr().out
    assert out.count("Wrote ") == 3
    assert len(Calendar.from_ical((tmp_path / "book.ics").read_bytes()).walk("VEVENT")) > 20
    other = tmp_path / "other"
    assert main.main(["--data-dir", str(other), "import", str(tmp_path / "book.csv")]) == 0
    assert "0 skipped as duplicates, 0 values to check, 0 not imported" in capsys.readouterr().out
    assert main.main(["--data-dir", str(other), "import", str(tmp_path / "book.vcf")]) == 0
    out = capsys.readouterr().out
    assert "0 added" in out and "skipped as duplicates" in out  # everyone is already there


def test_import_lists_what_it_kept_in_the_notes_and_never_skips_for_a_switchboard(data_dir, tmp_path, capsys):
    run = lambda *args: main.main(["--data-dir", str(data_dir), *args])  # noqa: E731
    path = tmp_path / "excel.csv"
    path.write_bytes("姓名,公司,电话,生日\r\n赵敏,华联超市,010-8888 6666,04/03/1985\r\n孙丽,远航物流,010-8888 6666,\r\n"
                     .encode("gbk"))
    assert run("import", str(path)) == 0
    out = capsys.readouterr().out
    assert "2 added" in out and "0 skipped" in out and "1 value to check" in out
    assert "赵敏 (line 2): Birthday '04/03/1985' kept in the notes" in out
    again = tmp_path / "again.csv"
    again.write_bytes("姓名,公司,电话,生日\r\n钱进,华联超市,,04/03/1985\r\n".encode("gbk"))
    assert run("import", str(again), "--dates", "dmy") == 0
    out = capsys.readouterr().out
    assert "1 added" in out and "0 values to check" in out


def test_import_errors_are_one_line_and_exit_1(data_dir, tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"name,phone\n\xff\xfe\x00\x00garbage")
    assert main.main(["--data-dir", str(data_dir), "import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("fieldbrief: error: ") and err.count("\n") == 1
    assert main.main(["--data-dir", str(data_dir), "import", str(tmp_path / "missing.csv")]) == 1
    assert "cannot be opened" in capsys.readouterr().err
    assert main.main(["--data-dir", str(data_dir), "export", "--format", "csv", "-o", str(tmp_path / "no" / "x.csv")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_the_whole_book_as_a_workbook_and_spend_from_the_command_line(data_dir, tmp_path, capsys):
    run = lambda folder, *args: main.main(["--data-dir", str(folder), *args])  # noqa: E731
    assert run(data_dir, "demo", "--customers", "15") == 0
    assert run(data_dir, "export", "--format", "xlsx", "-o", str(tmp_path / "book.xlsx")) == 0
    assert "rows to" in capsys.readouterr().out
    other = tmp_path / "other"
    assert run(other, "import", str(tmp_path / "book.xlsx")) == 0
    assert "15 added" in capsys.readouterr().out
    counts = [sqlite3.connect(folder / "fieldbrief.sqlite").execute(
        "SELECT (SELECT count(*) FROM monthly_spend), (SELECT count(*) FROM visits), (SELECT count(*) FROM key_dates)"
    ).fetchone() for folder in (data_dir, other)]
    assert counts[0] == counts[1] and counts[0][0] > 0
    (tmp_path / "spend.csv").write_text("客户编号,月份,金额\n1,2026-12,\"¥1,234.50\"\n99999,2026-12,5\n", encoding="utf-8")
    assert run(other, "import-spend", str(tmp_path / "spend.csv")) == 0
    out = capsys.readouterr().out
    assert "line 3: no customer with id 99999" in out and "1 month of 1 customer" in out
