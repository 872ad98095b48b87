"""Planning a visit through the real widgets: the plan end to end, auto-ticks, critical gating with an
override reason, opening lines, suggestions, settings, and drafts that survive a killed process."""

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from models.book import customers

from models.visits import plan_templates, visits
from models.book.customers import ContactData, CustomerData
from models.storage.db import open_database
from models.entities import MetObjection, Outcome
from models.visits.plan_templates import RepProfile
from models.vocabulary import ObjectionCategory, OutcomeResult
from tests.conftest import REPO
from tests.ui.conftest import read_while_written, type_with_input_method
from ui.dialogs.override_dialog import OverrideDialog


@pytest.fixture
def customer_id(paths):
    db = open_database(paths.database_url)
    data = CustomerData(name="华信科技有限公司", segment="business", industry="retail", city="杭州",
                        address="杭州市西湖区文三路 90 号",
                        contacts=[ContactData(name="王伟", title="经理", buying_role="decision_maker"),
                                  ContactData(name="Emma O'Neil", title="CFO & <Owner>")])
    cid = customers.save(db, data).customer_id
    with db.session() as s, s.begin():
        plan_templates.save_rep(s, RepProfile("李娜", "中国移动 & Co"))
    db.close()
    return cid


@pytest.fixture(autouse=True)
def _english_after():
    yield
    QLocale.setDefault(QLocale("en"))  # tests here work in Chinese too: the next module's start in English


@pytest.fixture
def window(open_window, paths, customer_id):
    QLocale.setDefault(QLocale("en"))  # new visits take the checklist template of the UI language
    return open_window(paths)


def open_planner(qtbot, window, customer_id, written=True):
    """The planner of a new visit; ``written``: as once the rep typed something (the visit exists)."""
    window.visits.new_visit(customer_id)
    planner = window.visits.planner
    qtbot.waitExposed(planner)
    if written:
        assert planner.save_now()  # as a first keystroke does: the visit is written
    return planner.plan.id, planner


def saved(qtbot, planner):
    qtbot.waitUntil(lambda: not planner.has_unsaved_changes(), timeout=3000)


def test_plan_a_visit_end_to_end_from_the_customers_page(qtbot, window, customer_id):
    window.show_page(1)
    page = window.customers
    qtbot.waitUntil(lambda: page.model is not None and page.model.rowCount() == 1)
    page.table.selectRow(0)
    page.plan_visit_action.trigger()
    planner = window.visits.planner
    qtbot.waitExposed(planner)
    assert window.current_page() is window.visits
    form = planner.form
    form.people.item(0).setCheckState(Qt.CheckState.Checked)
    form.approach.setCurrentIndex(form.approach.findData("reference"))
    assert "similar company" in form.approach_hint.text()
    form.texts["purpose"].setFocus()
    qtbot.keyClicks(form.texts["purpose"], "Sign the 5G package")
    planner.tabs.setCurrentWidget(planner.questions)
    qtbot.keyClicks(planner.questions.boxes["situation"], "How many lines do you use?")
    qtbot.mouseClick(planner.products.add_product, Qt.MouseButton.LeftButton)
    planner.products.table.item(0, 0).setText("千兆光纤")
    planner.products.table.item(0, 3).setText("视频会议不卡")
    qtbot.mouseClick(planner.objections.add_objection, Qt.MouseButton.LeftButton)
    planner.objections.table.item(0, 0).setText("太贵了")
    planner.objections.table.item(0, 1).setText("按天算只要 3 元")
    saved(qtbot, planner)
    visit_id = planner.plan.id
    plan = visits.load_plan(window.database.db, visit_id)
    assert plan.purpose == "Sign the 5G package" and plan.approach_method == "reference"
    assert [(q.kind, q.text) for q in plan.questions] == [("situation", "How many lines do you use?")]
    assert [(p.product, p.benefit) for p in plan.products] == [("千兆光纤", "视频会议不卡")]
    assert [(o.objection, o.answer) for o in plan.objections] == [("太贵了", "按天算只要 3 元")]
    assert len(plan.contact_ids) == 1
    # the agenda shows it with its readiness
    agenda = window.visits.agenda
    rows = [agenda.tree.topLevelItem(i) for i in range(agenda.tree.topLevelItemCount())]
    row = next(r for r in rows if r.text(1) == "华信科技有限公司")
    assert row.text(4) == "Planned · 3/20 ticked · 1 critical open"
    planner.close()


def test_auto_ticks_follow_the_plan_as_it_is_typed(qtbot, window, customer_id):
    _visit_id, planner = open_planner(qtbot, window, customer_id)
    goal = planner.checklist.find("What is the goal of this visit?")
    assert goal.checkState(0) == Qt.CheckState.Unchecked
    assert not goal.flags() & Qt.ItemFlag.ItemIsUserCheckable  # it ticks itself
    planner.form.texts["purpose"].setFocus()
    qtbot.keyClicks(planner.form.texts["purpose"], "Renew")
    saved(qtbot, planner)
    goal = planner.checklist.find("What is the goal of this visit?")
    assert goal.checkState(0) == Qt.CheckState.Checked and goal.text(1)
    planner.form.texts["purpose"].clear()
    saved(qtbot, planner)
    assert planner.checklist.find("What is the goal of this visit?").checkState(0) == Qt.CheckState.Unchecked
    planner.close()


def answer_override(qtbot, reason: str | None):
    """Answer the override dialog when it opens (it runs modally)."""

    def answer():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, OverrideDialog) and w.isVisible())
        assert "Contracts / agreement forms for this offer packed" in dialog.items.text()
        if reason is None:
            dialog.reject()
            return
        assert not dialog.ready_button.isEnabled()
        type_with_input_method(dialog.reason, reason)
        assert dialog.ready_button.isEnabled()
        qtbot.mouseClick(dialog.ready_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(50, answer)


def test_ready_with_a_critical_item_open_needs_a_reason_which_is_kept(qtbot, window, customer_id):
    visit_id, planner = open_planner(qtbot, window, customer_id)
    assert planner.status.text() == ("Planned · 0/20 ticked · not ready to go: "
                                     "Contracts / agreement forms for this offer packed")
    answer_override(qtbot, None)  # cancel: nothing changes
    qtbot.mouseClick(planner.ready_button, Qt.MouseButton.LeftButton)
    assert visits.load_plan(window.database.db, visit_id).status == "planned"
    answer_override(qtbot, "合同已提前通过邮件发送 & 对方确认")
    qtbot.mouseClick(planner.ready_button, Qt.MouseButton.LeftButton)
    plan = visits.load_plan(window.database.db, visit_id)
    assert (plan.status, plan.ready_override_reason) == ("ready", "合同已提前通过邮件发送 & 对方确认")
    assert "合同已提前通过邮件发送" in planner.status.text()
    # back to planned, tick the contract by hand, and it is ready without a reason
    qtbot.mouseClick(planner.ready_button, Qt.MouseButton.LeftButton)
    contract = planner.checklist.find("Contracts / agreement forms")
    contract.setCheckState(0, Qt.CheckState.Checked)
    assert planner.checklist.find("Contracts / agreement forms").text(1)  # the time it was ticked
    qtbot.mouseClick(planner.ready_button, Qt.MouseButton.LeftButton)
    plan = visits.load_plan(window.database.db, visit_id)
    assert (plan.status, plan.ready_override_reason) == ("ready", None)
    planner.close()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_opening_line_from_the_template_with_chinese_names_and_markup_characters(qtbot, window, customer_id, lang):
    _visit_id, planner = open_planner(qtbot, window, customer_id)
    QLocale.setDefault(QLocale(lang))  # the template of the language the user works in
    planner.form.people.item(0).setCheckState(Qt.CheckState.Checked)
    planner.form.texts["purpose"].setPlainText('5G "套餐" <省 20%> & more')
    qtbot.mouseClick(planner.form.build_opening, Qt.MouseButton.LeftButton)
    opening = planner.form.texts["opening_line"].text()
    if lang == "zh_CN":
        assert opening.startswith("王伟经理，您好！我是中国移动 & Co的李娜。")
    else:
        assert opening.startswith("Good morning, 王伟, 经理. I'm 李娜 from 中国移动 & Co.")
    assert '5G "套餐" <省 20%> & more' in opening
    planner.form.texts["opening_line"].undo()  # the fill is one edit that Ctrl+Z takes back
    assert planner.form.texts["opening_line"].text() == ""
    planner.form.people.item(0).setCheckState(Qt.CheckState.Unchecked)
    planner.form.people.item(1).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(planner.form.build_opening, Qt.MouseButton.LeftButton)
    assert "Emma O'Neil" in planner.form.texts["opening_line"].text()
    assert "CFO & <Owner>" in planner.form.texts["opening_line"].text()
    planner.close()


def test_objections_met_at_this_customer_are_offered_first(qtbot, window, customer_id):
    db = window.database.db
    earlier = visits.create_visit(db, customer_id, dt.datetime(2026, 9, 1, 10), [])
    with db.session() as s, s.begin():
        outcome = Outcome(visit_id=earlier, result=OutcomeResult.PROGRESSED)
        outcome.objections = [MetObjection(position=0, category=ObjectionCategory.PRICE, said="太贵了",
                                           answer="按天算只要 3 元")]
        s.add(outcome)
    _visit_id, planner = open_planner(qtbot, window, customer_id)
    menu = planner.objections.suggestions.menu()
    menu.aboutToShow.emit()
    actions = menu.actions()
    assert actions[0].text().startswith("太贵了") and "this customer" in actions[0].text()
    actions[0].trigger()
    assert planner.objections.objections()[0].answer == "按天算只要 3 元"
    planner.close()


def test_copy_a_plan_from_an_earlier_visit(qtbot, window, customer_id):
    db = window.database.db
    with db.session() as s:
        template = plan_templates.load_checklist(s, "en")
    earlier = visits.create_visit(db, customer_id, dt.datetime(2026, 9, 1, 10), template)
    source = visits.load_plan(db, earlier)
    source.purpose, source.next_step = "Renew & extend", "Send the contract"
    visits.save_plan(db, source)
    _visit_id, planner = open_planner(qtbot, window, customer_id)
    planner.copy_button.menu().aboutToShow.emit()
    planner.copy_button.menu().actions()[0].trigger()
    assert planner.form.texts["purpose"].text() == "Renew & extend"
    assert visits.load_plan(db, planner.plan.id).next_step == "Send the contract"
    planner.close()


def test_settings_edit_the_checklist_template_used_by_new_visits(qtbot, window, customer_id):
    window.show_settings()
    dialog = window.settings_dialog
    table = dialog.checklist
    rows_before = table.table.rowCount()
    table.table.setCurrentCell(0, 1)
    table.remove_current()
    qtbot.mouseClick(table.buttons.itemAt(0).widget(), Qt.MouseButton.LeftButton)  # Add item
    table.table.item(table.table.rowCount() - 1, 1).setText("Signed NDA")
    table.table.cellWidget(table.table.rowCount() - 1, 2).setChecked(True)
    table.move(-1)
    dialog.rep_name.setText("Tom Baker")
    dialog.accept()
    _visit_id, planner = open_planner(qtbot, window, customer_id)
    entries = visits.load_checklist(window.database.db, planner.plan.id)
    assert len(entries) == rows_before
    assert entries[-2].text == "Signed NDA" and entries[-2].critical
    assert entries[0].text == "Which of our products or services might suit them?"
    planner.close()


def test_2_settings_saved_in_english_then_chinese_keep_the_chinese_templates_and_the_users_own(qtbot, window, customer_id):
    window.show_settings()  # a first look in English, the rep's name set, saved
    window.settings_dialog.rep_name.setText("李娜")
    window.settings_dialog.accept()
    QLocale.setDefault(QLocale("zh_CN"))  # then the app in Chinese (--lang zh_CN)
    window.show_settings()
    dialog = window.settings_dialog
    assert dialog.opening.toPlainText() == plan_templates.default_openings("zh_CN")["direct"]
    assert dialog.checklist.items()[0].text == plan_templates.default_checklist("zh_CN")[0].text
    dialog.approach.setCurrentIndex(dialog.approach.findData("gift"))
    dialog.opening.setPlainText("{contact_name}您好！这是我们的新年礼物。")
    dialog.accept()
    window.show_settings()
    dialog = window.settings_dialog
    dialog.approach.setCurrentIndex(dialog.approach.findData("gift"))
    assert dialog.opening.toPlainText() == "{contact_name}您好！这是我们的新年礼物。"  # the user's own, kept
    dialog.reject()
    _visit_id, planner = open_planner(qtbot, window, customer_id)
    assert planner.checklist.find("本次业务的合同/协议书已装包") is not None  # the new visit's checklist is Chinese
    planner.form.people.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(planner.form.build_opening, Qt.MouseButton.LeftButton)  # the direct approach: the default
    assert planner.form.texts["opening_line"].text().startswith("王伟经理，您好！我是中国移动 & Co的李娜。")
    planner.close()


def test_invalid_input_keeps_what_was_typed_and_says_what_is_wrong(qtbot, window, customer_id):
    visit_id, planner = open_planner(qtbot, window, customer_id)
    planner.form.place.setText("x" * 301)
    planner.form.texts["purpose"].setPlainText("Keep this text")
    assert planner.save_now() is False
    assert "At most 300 characters" in planner.status.text()
    assert planner.form.texts["purpose"].text() == "Keep this text"
    assert visits.load_plan(window.database.db, visit_id).purpose == ""
    planner.form.place.setText("Hangzhou")
    assert planner.save_now() is True
    assert visits.load_plan(window.database.db, visit_id).purpose == "Keep this text"
    planner.close()


KILL_SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication
from ui.app import create_application
from models.storage.db import open_database
from ui.dialogs.visit_planner import VisitPlanner
app = create_application("en")
db = open_database(sys.argv[1])
planner = VisitPlanner(db, int(sys.argv[2]))
planner.show()
box = planner.form.texts["purpose"]
box.setFocus()
box.insertPlainText("草稿：签下 5G 套餐 & 宽带")
print("typed", flush=True)
app.exec()
"""


def stored_purpose(path, visit_id: int) -> str | None:
    return read_while_written(path, "SELECT purpose FROM visits WHERE id = ?", visit_id)


def test_a_draft_survives_the_process_being_killed_mid_edit(paths, customer_id):
    db = open_database(paths.database_url)
    with db.session() as s:
        template = plan_templates.load_checklist(s, "en")
    visit_id = visits.create_visit(db, customer_id, dt.datetime(2026, 12, 1, 10), template)
    db.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen([sys.executable, "-c", KILL_SCRIPT, paths.database_url, str(visit_id)], cwd=REPO,
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "typed", child.stderr.read()
        # the autosave writes on its own (no save pressed): wait for the draft to reach the file, then kill
        deadline = time.monotonic() + 30
        while stored_purpose(paths.database, visit_id) != "草稿：签下 5G 套餐 & 宽带":
            assert time.monotonic() < deadline, "the draft was never saved"
            time.sleep(0.05)
    finally:
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)  # reaps it and closes the pipes
    db = open_database(paths.database_url)
    try:
        plan = visits.load_plan(db, visit_id)
        assert plan.purpose == "草稿：签下 5G 套餐 & 宽带"
        goal = next(i for i in visits.load_checklist(db, visit_id) if i.answered_by == "purpose")
        assert goal.done
    finally:
        db.close()


def test_new_visit_from_the_menu_asks_for_the_customer(qtbot, window, customer_id):
    def pick():
        from ui.dialogs.customer_picker import CustomerPicker

        picker = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CustomerPicker) and w.isVisible())
        type_with_input_method(picker.search, "华信")
        assert picker.results.count() == 1
        picker.accept()

    QTimer.singleShot(50, pick)
    window.new_visit()
    planner = window.visits.planner
    assert planner is not None and planner.briefing.customer_name == "华信科技有限公司"
    planner.close()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_something_more_to_pack_for_this_visit_only(qtbot, window, customer_id):
    visit_id, planner = open_planner(qtbot, window, customer_id)
    planner.tabs.setCurrentIndex(4)
    count = len(visits.load_checklist(window.database.db, visit_id))
    assert f"/{count} ticked" in planner.status.text()
    planner.extra_item.setFocus()
    type_with_input_method(planner.extra_item, "签好的保密协议 & <NDA>")
    qtbot.keyClick(planner.extra_item, Qt.Key.Key_Return)
    entries = visits.load_checklist(window.database.db, visit_id)
    packing = [e.text for e in entries if e.kind == "packing"]
    assert packing[-1] == "签好的保密协议 & <NDA>"
    assert entries[-1].kind == "departure"  # it went to the end of the packing list, not of the checklist
    assert planner.checklist.find("签好的保密协议") is not None and planner.extra_item.text() == ""
    assert f"/{count + 1} ticked" in planner.status.text(), "the status counts the item added"
    qtbot.keyClick(planner.extra_item, Qt.Key.Key_Return)  # nothing typed: a message, nothing added
    assert "Type what to add" in planner.status.text()
    assert len(visits.load_checklist(window.database.db, visit_id)) == len(entries)
    planner.close()


def test_the_brief_from_the_planner_previews_prints_and_saves(qtbot, window, customer_id, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    _visit_id, planner = open_planner(qtbot, window, customer_id)
    planner.form.texts["purpose"].setPlainText("Renew <the> contract & more")
    planner.activateWindow()  # a window manager does this; offscreen there is none
    qtbot.waitUntil(lambda: QApplication.activeWindow() is planner)
    qtbot.keyClick(planner, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: planner.brief_preview is not None, timeout=15_000)  # (drawn off the GUI thread)
    preview = planner.brief_preview
    qtbot.waitExposed(preview)
    assert preview.page_count() == 1 and not preview.page_labels[0].pixmap().isNull()
    saved_to = tmp_path / "brief.pdf"
    assert preview.save_to(saved_to)
    text = subprocess.run(["pdftotext", str(saved_to), "-"], capture_output=True, text=True, check=True).stdout
    assert "Renew <the> contract & more" in text and "华信科技有限公司" in text
    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    preview.print_to(printer)
    info = subprocess.run(["pdfinfo", str(printed)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           1" in info
    printed_text = subprocess.run(["pdftotext", str(printed), "-"], capture_output=True, text=True, check=True).stdout
    assert "Renew <the> contract & more" in printed_text  # the brief itself, text and lines, not an image of it
    assert not preview.save_to(tmp_path / "no-such-folder" / "x.pdf")  # a message, no crash
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert boxes and "Could not write" in boxes[0].text()
    boxes[0].close()
    preview.close()
    planner.close()


def test_10_print_to_file_writes_the_pages_chosen_as_they_are_and_a_printer_gets_the_pdf(qtbot, window, customer_id,
                                                                                         tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from ui.dialogs.brief_preview import BriefPreview, PrintChoice, lp_command

    db = window.database.db
    for hour in (9, 14):
        visits.create_visit(db, customer_id, dt.datetime(2026, 11, 24, hour), [])
    pdf, _count = __import__("models.brief.service", fromlist=["day_sheet_pdf"]).day_sheet_pdf(db, dt.date(2026, 11, 24), "en")
    preview = BriefPreview(pdf, "2026-11-24.pdf", window, window.settings)
    assert preview.page_count() == 3
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)  # the two briefs, not the summary
    preview.print_to(printer)
    text = subprocess.run(["pdftotext", str(tmp_path / "printed.pdf"), "-"], capture_output=True, text=True, check=True).stdout
    assert text.count("Visit brief") == 2 and "Day sheet" not in text and "page 1 of 1" in text
    assert subprocess.run(["pdffonts", str(tmp_path / "printed.pdf")], capture_output=True, text=True,
                          check=True).stdout.count("WenQuanYiMicroHei") == 1  # the font embedded once, as in the brief
    assert lp_command(PrintChoice("Office_Laser", 2, (2, 3), "two-sided-long-edge", True), "2026-11-24.pdf") == [
        "lp", "-d", "Office_Laser", "-t", "2026-11-24.pdf", "-n", "2", "-P", "2-3", "-o", "sides=two-sided-long-edge",
        "-o", "print-color-mode=monochrome", "-"]
    preview.close()


def test_11_the_brief_is_saved_in_the_folder_last_used_documents_at_first(qtbot, window, customer_id, tmp_path,
                                                                         monkeypatch):
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    from models.brief.service import brief_pdf
    from ui.dialogs.brief_preview import BriefPreview

    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    documents = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    visit_id, planner = open_planner(qtbot, window, customer_id)
    planner.close()
    preview = BriefPreview(brief_pdf(window.database.db, visit_id, "en"), "brief 1.pdf", window, window.settings)
    documents.parent.mkdir(parents=True)
    preview.ask_save()  # no Documents folder: the home folder, not "Documents/brief 1.pdf" that cannot be written
    assert Path(preview.save_dialog.directory().absolutePath()) == documents.parent
    assert Path(preview.save_dialog.selectedFiles()[0]) == documents.parent / "brief 1.pdf"
    preview.save_dialog.close()
    documents.mkdir()
    preview.ask_save()
    dialog = preview.save_dialog
    assert Path(dialog.directory().absolutePath()) == documents
    elsewhere = tmp_path / "briefs"
    elsewhere.mkdir()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.fileSelected.emit(str(elsewhere / "Harbour.pdf"))  # what choosing a file and Save does
    dialog.close()
    assert (elsewhere / "Harbour.pdf").read_bytes().startswith(b"%PDF")
    preview.ask_save()
    assert Path(preview.save_dialog.directory().absolutePath()) == elsewhere  # the folder last used
    assert preview.save_dialog.selectedFiles()[0].endswith("brief 1.pdf")
    preview.save_dialog.close()
    assert window.settings.file_folder == str(elsewhere)  # the import and export dialogs open there too
    preview.close()


def test_day_sheet_from_the_agenda_runs_off_the_gui_thread(qtbot, window, customer_id):
    from ui.dialogs.brief_preview import BriefPreview

    visit_id, planner = open_planner(qtbot, window, customer_id)
    planner.close()
    agenda = window.visits.agenda
    agenda.select_visit(visit_id)
    day = agenda.selected_day()
    assert day == visits.load_plan(window.database.db, visit_id).planned_start.date()
    qtbot.mouseClick(agenda.print_day_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(window.visits, "day_sheet", None) is not None, timeout=15_000)
    sheet = window.visits.day_sheet
    assert sheet.page_count() == 2  # the summary and the one brief
    qtbot.waitUntil(lambda: sheet.pages_drawn() == 2)
    assert all(not label.pixmap().isNull() and label.width() > label.height() * 0.6 for label in sheet.page_labels)
    again = BriefPreview(sheet.pdf, "again.pdf", window)  # the first page drawn at once, the rest after
    qtbot.addWidget(again)
    assert again.pages_drawn() == 1 and again.page_count() == 2
    qtbot.waitUntil(lambda: again.pages_drawn() == 2)
    sheet.close()


def test_settings_keep_the_paper_the_visit_frequency_per_tier_and_the_value_inputs(qtbot, window):
    from models.book.settings import ValueSettings, load_paper, load_value_settings, load_visit_frequency

    window.show_settings()
    dialog = window.settings_dialog
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    dialog.frequency["diamond"].setValue(14)
    assert (dialog.relationship_years.value(), dialog.acquisition_cost.value()) == (5, 500)
    dialog.relationship_years.setValue(3.5)
    dialog.acquisition_cost.setValue(1234.5)
    dialog.accept()
    with window.database.db.session() as s:
        assert load_paper(s) == "Letter"
        assert load_visit_frequency(s) == {"diamond": 14, "gold": 60, "silver": 90}
        assert load_value_settings(s) == ValueSettings(relationship_years=3.5, acquisition_cents=1234_50)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_planner_never_shows_a_placeholder_and_its_side_panel_no_dangling_label(qtbot, open_window, paths, lang):
    QLocale.setDefault(QLocale(lang))
    db = open_database(paths.database_url)  # the rep's name and company are not set; no spend; no title
    cid = customers.save(db, CustomerData(name="李娜", contacts=[ContactData(name="李娜")])).customer_id
    db.close()
    window = open_window(paths)
    _visit_id, planner = open_planner(qtbot, window, cid)
    with window.database.db.session() as s, s.begin():
        plan_templates.save_openings(s, {"direct": plan_templates.default_openings(lang)["direct"]})
    planner.form.people.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(planner.form.build_opening, Qt.MouseButton.LeftButton)
    opening = planner.form.texts["opening_line"].text()
    assert opening and "{" not in opening and "}" not in opening
    assert opening.startswith("李娜，您好！" if lang == "zh_CN" else "Good morning, 李娜.")
    panel = planner.side.toPlainText()
    for dangling in ("：无，", "月均\n", "上月 ，", "，趋势", "average  a month", "Last month ,"):
        assert dangling not in panel, (dangling, panel)
    assert "No spend recorded" in panel or "暂无消费记录" in panel
    planner.close()
