"""Import through the window (columns, duplicates, the summary; a cancel that leaves nothing) and export."""

import sqlite3

from PySide6.QtCore import QLocale

from models.book import customers
from models.book.customers import ChannelData, ContactData, CustomerData
from models.storage.db import open_database

CSV = ("姓名,公司,电话,邮箱,备注\r\n"
       "张伟,华信科技有限公司,138 0000 1111,zhang@huaxin.cn,老客户\r\n"
       "王秀英,,139 1111 2222,wang@example.cn,\r\n"
       "李娜,,call me,,\r\n")


def counts(path) -> tuple[int, int]:
    with sqlite3.connect(path) as conn:
        return (conn.execute("SELECT count(*) FROM customers").fetchone()[0],
                conn.execute("SELECT count(*) FROM contacts").fetchone()[0])


def test_import_maps_columns_asks_about_duplicates_and_says_what_happened(qtbot, open_window, paths, tmp_path):
    QLocale.setDefault(QLocale("en"))
    db = open_database(paths.database_url)
    customers.save(db, CustomerData(name="华信科技有限公司", contacts=[ContactData(
        name="张伟", channels=[ChannelData("email", "zhang@huaxin.cn", "work")])]))
    db.close()
    path = tmp_path / "contacts.csv"
    path.write_bytes(CSV.encode("gb18030"))
    window = open_window(paths)
    window.interchange.import_file(path)
    dialog = window.interchange.dialog
    assert "CSV (GB18030/GBK, comma)" in dialog.kind_label.text()
    assert [box.currentData() for box in dialog.field_boxes] == ["name", "company", "phone", "email", "notes"]
    assert dialog.preview.item(1, 0).text() == "张伟"
    dialog.field_boxes[4].setCurrentIndex(dialog.field_boxes[4].findData(None))  # leave the notes out
    dialog.mapping_name.setText("CRM export")
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.found is not None, timeout=10_000)
    assert dialog.duplicates.rowCount() == 1 and "same name and email" in dialog.duplicates.item(0, 2).text()
    assert dialog.errors.count() == 0 and dialog.checks.rowCount() == 1  # the person comes in, the value to check
    assert [dialog.checks.item(0, c).text() for c in range(3)] == ["李娜 (line 4)", "Phone", "call me"]
    assert dialog.check_label.text() == ("3 records in the file. 3 can be imported. 1 value will be kept in the notes, "
                                         "to check (below). 1 looks like someone already in your book or earlier in "
                                         "the file: choose what to do.")
    assert not dialog.errors.isVisibleTo(dialog) and not dialog.errors_label.isVisibleTo(dialog)  # none to list
    dialog.choose_all(dialog.duplicates.cellWidget(0, 3).itemData(1))  # merge
    with qtbot.waitSignal(dialog.imported, timeout=15_000) as done:
        dialog.next_button.click()
    summary = done.args[0]
    assert (summary.added, summary.merged, len(summary.errors), len(summary.checks)) == (2, 1, 0, 1)
    assert "2 added, 1 merged, 0 skipped, 0 not imported" in dialog.result.text()
    assert "1 value to check, below" in dialog.result.text() and dialog.result_checks.rowCount() == 1
    assert counts(paths.database) == (3, 1)
    with sqlite3.connect(paths.database) as conn:
        assert conn.execute("SELECT notes FROM customers WHERE name = '王秀英'").fetchone()[0] == ""
        phones = [r[0] for r in conn.execute("SELECT value FROM channels WHERE kind = 'phone'")]
        assert "138 0000 1111" in phones  # merged into 张伟
    from models.interchange.mappings import load_mapping

    assert load_mapping(window.database.db, "CRM export").rules[-1].field == "email"
    dialog.reject()
    window.interchange.import_file(path)  # the same columns again: the saved mapping, notes still left out
    again = window.interchange.dialog
    assert [box.currentData() for box in again.field_boxes] == ["name", "company", "phone", "email", None]
    assert "saved mapping" in again.kind_label.text()
    again.reject()


def test_cancelling_the_import_leaves_nothing(qtbot, open_window, paths, tmp_path):
    path = tmp_path / "many.csv"
    path.write_text("name,phone\n" + "".join(f"客户{i},138{i:08d}\n" for i in range(40000)), encoding="utf-8")
    window = open_window(paths)
    window.interchange.import_file(path)
    dialog = window.interchange.dialog
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.found is not None, timeout=20_000)
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=20_000)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: "Cancelled" in dialog.check_label.text(), timeout=20_000)
    assert counts(paths.database) == (0, 0)


def test_export_writes_each_format(qtbot, open_window, paths, tmp_path):
    window = open_window(paths)
    customers.save(window.database.db, CustomerData(name="华信科技有限公司"))
    for fmt, name in (("csv", "book.csv"), ("vcard", "book.vcf"), ("ics", "book.ics")):
        window.interchange.export(tmp_path / name, fmt)
        qtbot.waitUntil(lambda name=name: window.statusBar().currentMessage().startswith("Exported")
                        and name in window.statusBar().currentMessage(), timeout=10_000)
        assert (tmp_path / name).stat().st_size > 0


def test_everything_goes_out_as_a_workbook_and_comes_back_through_the_window(qtbot, open_window, paths, tmp_path,
                                                                            demo_template):
    import shutil

    from models.storage.paths import DataPaths

    shutil.copy(demo_template, paths.database)
    window = open_window(paths)
    target = tmp_path / "everything.xlsx"
    window.interchange.export(target, "xlsx")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Exported"), timeout=30_000)
    window.close()
    other = DataPaths.resolve(tmp_path / "other").ensure()
    empty = open_window(other)
    operation = empty.interchange.import_workbook(target)
    with qtbot.waitSignal(operation.finished, timeout=60_000):
        pass
    report = empty.interchange.report
    assert report.isVisible() and "300 customers" in report.text()
    report.accept()
    with sqlite3.connect(paths.database) as a, sqlite3.connect(other.database) as b:
        for table in ("customers", "contacts", "channels", "monthly_spend", "key_dates", "visits", "checklist_items",
                      "outcomes", "promises", "follow_ups"):
            assert (a.execute(f"SELECT count(*) FROM {table}").fetchone() ==
                    b.execute(f"SELECT count(*) FROM {table}").fetchone()), table
    assert empty.import_undo.action.isEnabled() and "everything.xlsx" in empty.import_undo.action.text()


def test_spend_from_a_billing_export_then_undo_import(qtbot, open_window, paths, tmp_path, monkeypatch):
    QLocale.setDefault(QLocale("en"))
    db = open_database(paths.database_url)
    cid = customers.save(db, CustomerData(name="华联超市有限公司")).customer_id
    db.close()
    path = tmp_path / "billing.csv"
    path.write_text("客户名称,账期,消费金额\n华联超市有限公司,2026年10月,\"¥1,200.50\"\n无此客户,2026-10,5\n", encoding="utf-8")
    window = open_window(paths)
    window.interchange.import_spend(path)
    dialog = window.interchange.dialog
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    assert "1 months of spend for 1 customers" in dialog.message.text()
    shown = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert shown == ["As read:", "  华联超市有限公司  2026-10  1,200.50", "Left out:", "  line 3: no customer called 无此客户"]
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    assert customers.load(window.database.db, cid).spend == {(2026, 10): 1200_50}
    dialog.accept()
    assert window.import_undo.action.text() == "Undo &Import billing.csv (spend)"
    from ui import import_undo

    assert import_undo.what_it_added(window.import_undo.latest().change) == {"monthly_spend": 1}
    monkeypatch.setattr(import_undo, "confirm_removal", lambda parent, entry: True)
    window.import_undo.action.trigger()
    assert customers.load(window.database.db, cid).spend == {}
    window.undo_action.trigger()  # the removal undone: the spend is back
    assert customers.load(window.database.db, cid).spend == {(2026, 10): 1200_50}


def test_spend_pasted_from_excel_into_the_record(qtbot, open_window, paths):
    QLocale.setDefault(QLocale("en"))
    db = open_database(paths.database_url)
    cid = customers.save(db, CustomerData(name="华联超市有限公司", spend={(2026, 1): 50_00})).customer_id
    db.close()
    window = open_window(paths)
    window.show_page(1)
    page = window.customers
    qtbot.waitUntil(lambda: page.model is not None and page.model.row_of(cid) >= 0)
    page.select_customer(cid)
    page.open_customer()
    spend = page.editor.spend
    spend.paste("月份\t金额\r\n2026年3月\t¥1,200.50\r\n2020-05\t1.2万\r\n2026-04\tabc\r\n")
    assert "2026-04: Not an amount" in spend.error.text()
    months, problems = spend.spend()
    assert months == {(2026, 1): 50_00, (2026, 3): 1200_50, (2020, 5): 12000_00} and problems == []
    spend.table.setCurrentCell(spend.table.rowCount() - 1, 1)  # the oldest month shown
    spend.paste("7\n8\n")
    assert page.editor.save()
    stored = customers.load(window.database.db, cid).spend
    assert stored[(2020, 5)] == 7_00 and stored[(2026, 3)] == 1200_50


def test_back_and_cancel_work_on_every_step_and_the_dates_are_asked(qtbot, open_window, paths, tmp_path):
    QLocale.setDefault(QLocale("en"))
    path = tmp_path / "excel.csv"  # as Excel for Chinese Windows saves it: GBK, CRLF, no BOM
    path.write_bytes("姓名,公司,手机,生日\r\n张伟,华信科技有限公司,1.38E+10,04/03/1985\r\n李娜,,13900002222,3月15日\r\n"
                     .encode("gbk"))
    window = open_window(paths)
    window.interchange.import_file(path)
    dialog = window.interchange.dialog
    assert not dialog.back_button.isEnabled()
    dialog.next_button.click()  # 04/03/1985 could be either: asked, not guessed
    assert dialog.pages.currentIndex() == 0 and dialog.date_order.isVisibleTo(dialog)
    assert "04/03/1985" in dialog.date_question.text()
    dialog.date_order.setCurrentIndex(dialog.date_order.findData("dmy"))
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.found is not None, timeout=10_000)
    assert dialog.pages.currentIndex() == 1 and dialog.back_button.isEnabled()
    assert [dialog.checks.item(0, c).text() for c in range(3)] == ["张伟 (line 2)", "Phone", "1.38E+10"]
    assert "format the column as Text" in dialog.checks.item(0, 3).text()
    dialog.back_button.click()  # back to the columns, and forward again
    assert dialog.pages.currentIndex() == 0 and dialog.next_button.text() == "&Next"
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.found is not None, timeout=10_000)
    dialog.cancel_button.click()  # Cancel on the check step closes the window, nothing imported
    assert not dialog.isVisible() and counts(paths.database) == (0, 0)
    window.interchange.import_file(path)
    again = window.interchange.dialog
    again.date_order.setCurrentIndex(again.date_order.findData("dmy"))
    again.next_button.click()
    qtbot.waitUntil(lambda: again.found is not None, timeout=10_000)
    with qtbot.waitSignal(again.imported, timeout=15_000):
        again.next_button.click()
    with sqlite3.connect(paths.database) as conn:
        assert sorted(conn.execute("SELECT date, year_known FROM key_dates")) == [("1904-03-15", 0),
                                                                                  ("1985-03-04", 1)]
    again.cancel_button.click()  # "Close" on the last step
    assert not again.isVisible()


def test_the_default_phone_region_is_a_setting(qtbot, open_window, paths):
    from ui.dialogs.settings_dialog import SettingsDialog

    window = open_window(paths)
    dialog = SettingsDialog(window.database.db, window)
    qtbot.addWidget(dialog)
    assert dialog.phone_region.currentData() == "" and "(from the language)" in dialog.phone_region.currentText()
    dialog.phone_region.setCurrentIndex(dialog.phone_region.findData("CN"))
    assert "China" in dialog.phone_region.currentText()
    dialog.accept()
    from models.book.settings import load_phone_region

    with window.database.db.engine.connect() as conn:
        assert load_phone_region(conn) == "CN"


def test_a_vcard_check_names_each_person_and_shows_only_what_it_has(qtbot, open_window, paths, tmp_path):
    QLocale.setDefault(QLocale("en"))
    path = tmp_path / "phone.vcf"
    path.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Pat Lee\r\nEMAIL:pat@example.com\r\nEND:VCARD\r\n"
                     b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Pat Lee\r\nEMAIL:PAT@example.com\r\n"
                     b"PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQ\r\nLOGO;ENCODING=b;TYPE=JPEG:/9j/4AAQ\r\nEND:VCARD\r\n"
                     b"BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:nobody\r\nEND:VCARD\r\n"
                     b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sam Wu\r\nTEL:9\r\nPHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQ\r\n"
                     b"END:VCARD\r\n")
    window = open_window(paths)
    window.interchange.import_file(path)
    dialog = window.interchange.dialog
    qtbot.waitUntil(lambda: dialog.found is not None, timeout=10_000)  # a vCard has no columns: the check at once
    assert not dialog.back_button.isEnabled()
    assert dialog.check_label.text() == ("4 records in the file. 3 can be imported. 1 value will be kept in the "
                                         "notes, to check (below). 1 looks like someone already in your book or "
                                         "earlier in the file: choose what to do. 1 cannot be imported (below).")
    assert [dialog.duplicates.item(0, c).text() for c in range(3)] == [
        "Pat Lee (card 2)", "Pat Lee (card 1 of this file)", "same name and email pat@example.com as card 1"]
    assert dialog.duplicates.cellWidget(0, 3).count() == 2  # skip or keep both: nothing to merge into yet
    assert [dialog.checks.item(0, c).text() for c in range(4)] == [
        "Sam Wu (card 4)", "Phone", "9", "Too few digits for a phone number (at least 3)."]
    assert dialog.errors.item(0).text() == "card 3: Nothing identifies anyone here: no name, company, phone or email."
    dialog.choose_all(dialog.duplicates.cellWidget(0, 3).itemData(1))  # keep both
    with qtbot.waitSignal(dialog.imported, timeout=15_000):
        dialog.next_button.click()
    notes = [dialog.notes.item(i).text() for i in range(dialog.notes.count())]
    assert notes == ["card 3: Nothing identifies anyone here: no name, company, phone or email.",
                     "Pat Lee (card 2): a photo (Fieldbrief does not keep photos)",
                     "Sam Wu (card 4): a photo (Fieldbrief does not keep photos)"]  # once per person, with who
    assert counts(paths.database) == (3, 0)
    dialog.cancel_button.click()


def test_the_columns_step_says_how_the_files_dates_are_read_and_cancel_leaves_nothing(qtbot, open_window, paths,
                                                                                     tmp_path):
    QLocale.setDefault(QLocale("en"))
    path = tmp_path / "dates.csv"
    path.write_bytes("姓名,生日\r\n张伟,04/03/1985\r\n李娜,3/15\r\n".encode("gbk"))  # 3/15: the month comes first
    window = open_window(paths)
    window.interchange.import_file(path)
    dialog = window.interchange.dialog
    assert "read month first (April 3, 1985), as the other dates in the file show" in dialog.kind_label.text()
    assert not dialog.date_order.isVisibleTo(dialog)  # nothing to ask
    dialog.cancel_button.click()  # Cancel on the columns step: the window goes, nothing imported
    assert not dialog.isVisible() and counts(paths.database) == (0, 0)


def test_export_a_name_typed_without_a_suffix_gets_the_chosen_formats(qtbot, open_window, paths, tmp_path):
    """File > Export, choose vCard, type 联系人: 联系人.vcf is written, as vCard; then the same with the
    workbook, left as the dialog offers it."""
    from PySide6.QtWidgets import QComboBox, QLineEdit

    window = open_window(paths)
    customers.save(window.database.db, CustomerData(name="华信科技有限公司", contacts=[ContactData(name="张伟")]))
    window.settings.file_folder = str(tmp_path)
    for pick, typed, written in ((2, "联系人", "联系人.vcf"), (None, None, "fieldbrief.xlsx")):
        window.interchange.export_action.trigger()
        dialog = window.interchange.save_dialog
        qtbot.waitUntil(dialog.isVisible)
        if pick is not None:
            kinds = dialog.findChild(QComboBox, "fileTypeCombo")
            kinds.setCurrentIndex(pick)
            kinds.activated.emit(pick)  # (as a click on it does)
            kinds.textActivated.emit(kinds.itemText(pick))
            dialog.findChild(QLineEdit, "fileNameEdit").setText(typed)
        dialog.accept()
        qtbot.waitUntil(lambda written=written: window.statusBar().currentMessage().startswith("Exported")
                        and written in window.statusBar().currentMessage(), timeout=20_000)
        assert (tmp_path / written).exists()
    assert (tmp_path / "联系人.vcf").read_text(encoding="utf-8").startswith("BEGIN:VCARD")
    assert not (tmp_path / "联系人").exists()
