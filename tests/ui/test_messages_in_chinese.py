"""In Chinese, the core's messages arrive in Chinese: a customer saved with every kind of mistake, a
refused restore, a file that is not CSV, the database's own trouble (locked, full, damaged, read-only,
not a database, newer), and the command line with --lang zh_CN."""

import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt


ROOT = Path(__file__).resolve().parents[2]
# two or more English words in a row: text nobody translated (names, numbers and format codes are not words)
ENGLISH = re.compile(r"[A-Za-z]{2,}[ ,.:;'-]+[A-Za-z]{2,}")


def english_in(text: str, allowed: tuple[str, ...] = ()) -> list[str]:
    for word in allowed:
        text = text.replace(word, "")
    return ENGLISH.findall(text)



def test_every_mistake_in_the_customer_editor_is_said_in_chinese(qtbot, chinese, open_window, paths):
    window = open_window(paths)
    window.show_page(1)
    window.customers.new_customer()
    editor = window.customers.editor
    editor.city.setText("城" * 101)
    editor.website.setText("not a site")
    qtbot.mouseClick(editor.channels.add_email, Qt.MouseButton.LeftButton)
    editor.channels.table.item(0, 2).setText("sales@@ouyang")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)  # (no name either)
    shown = {path: label.text() for path, label in editor.errors.items() if label.isVisible()}
    assert {"name", "city", "website", "channels"} <= set(shown), shown
    for path, text in shown.items():
        assert re.search(r"[\u4e00-\u9fff]", text) and not english_in(text, ("www.example.com", "name@example.com")), \
            (path, text)
    assert "最多 100 个字符（现在 101 个）" in shown["city"]
    assert editor.message.text() and not english_in(editor.message.text())
    editor.done(0)


def test_trouble_from_the_core_is_said_in_chinese(chinese, tmp_path):
    from models.storage.backup import check_file
    from models.errors import as_known_error
    from models.interchange.importer import read_records
    from models.runtime.translatable import in_language
    from ui.errors import message_of

    said = []
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    with pytest.raises(Exception) as refused:
        check_file(empty)
    said.append(message_of(refused.value))
    binary = tmp_path / "contacts.csv"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(Exception) as not_csv:
        read_records(binary)
    said.append(message_of(not_csv.value))
    for code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_FULL, sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_READONLY,
                 sqlite3.SQLITE_NOTADB):
        raw = sqlite3.OperationalError("as SQLite says it")
        raw.sqlite_errorcode = code
        said.append(in_language(as_known_error(raw)))
    for text in said:
        assert re.search(r"[\u4e00-\u9fff]{4}", text) and not english_in(text, (str(empty), str(binary), "Fieldbrief", "SQLite")), text
    assert "未恢复：文件是空的" in said[0]


def test_the_command_line_speaks_the_language_it_is_given(tmp_path):
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    run = subprocess.run([sys.executable, str(ROOT / "main.py"), "--lang", "zh_CN", "--data-dir", str(tmp_path / "data"),
                          "restore", str(empty)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    assert run.stderr.strip() == f"fieldbrief：错误：{empty} 未恢复：文件是空的。你的数据库保持原样。"
    english = subprocess.run([sys.executable, str(ROOT / "main.py"), "--lang", "en", "--data-dir", str(tmp_path / "data"),
                              "restore", str(empty)], capture_output=True, text=True, timeout=120)
    assert english.stderr.strip() == f"fieldbrief: error: {empty} was not restored: the file is empty. " \
                                      "Your database is as it was."


def _fieldbrief(*args, env=None):
    import os

    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          timeout=300, env={**os.environ, **(env or {})})


def test_a_session_on_the_command_line_is_said_in_chinese(tmp_path):
    """Help, usage mistakes and what each command reports, in Chinese: with --lang, and from LANG alone."""
    data, out = str(tmp_path / "data"), tmp_path / "out"
    out.mkdir()
    (tmp_path / "contacts.csv").write_text("Name,Phone\n王秀英,abc\n", encoding="utf-8")
    runs = [
        _fieldbrief("--lang", "zh_CN", "--data-dir", data, "demo", "--customers", "3"),
        _fieldbrief("--lang", "zh_CN", "--data-dir", data, "check"),
        _fieldbrief("--lang", "zh_CN", "--data-dir", data, "backup"),
        _fieldbrief("--lang", "zh_CN", "--data-dir", data, "export", "--format", "vcard", "-o", str(out / "all.vcf")),
        _fieldbrief("--lang", "zh_CN", "--data-dir", data, "brief", "1", "-o", str(out / "brief.pdf")),
        _fieldbrief("--data-dir", data, "import", str(tmp_path / "contacts.csv"), env={"LANG": "zh_CN.UTF-8",
                                                                                    "LC_ALL": ""}),
    ]
    for run in runs:
        assert run.returncode == 0, run.stderr
    said = [run.stdout for run in runs]
    assert said[0].startswith(f"演示数据已载入 {data}") and "3 个客户" in said[0], said[0]
    assert "正常" in said[1] and "已校验" in said[2] and "张名片" in said[3] and "简报已写入" in said[4]
    assert "王秀英 (第 2 行)：电话 'abc' 保存在备注中：不是电话号码" in said[5], said[5]
    helped = _fieldbrief("--lang", "zh_CN", "brief", "--help")
    mistaken = _fieldbrief("--lang", "zh_CN", "--data-dir", data, "brief", "--date", "2026-13-01")
    assert helped.returncode == 0 and "用法：" in helped.stdout and "显示本帮助并退出" in helped.stdout
    assert mistaken.returncode == 2 and "错误：参数 --date：'2026-13-01' 不是像 2026-11-24 这样的日期" in mistaken.stderr
    allowed = ("fieldbrief brief", "Fieldbrief", "FILE.pdf", "VISIT_ID", "YYYY-MM-DD", "DATA_DIR", "SQLAlchemy URL",
               "--data-dir DIR", "--database URL", "--lang LANG", "--paper", "--output", "--date", "--help",
               "A4,Letter", "zh_CN", "vcard", "pg_dump")
    for text in said + [helped.stdout, mistaken.stderr]:
        assert not english_in(re.sub(r"/[^\s：（）]+", "", text), allowed), text  # (file paths are names)
    for spelling in ("zh", "zh-CN", "zh_cn", "zh_CN.UTF-8"):  # (as users write it; the window takes them too)
        assert _fieldbrief("--lang", spelling, "--data-dir", data, "check").stdout.endswith("：正常。\n"), spelling
    bad_url = _fieldbrief("--lang", "zh", "--database", "notaurl", "check")
    assert bad_url.returncode == 1 and bad_url.stderr.startswith("fieldbrief：错误：notaurl 不是数据库 URL") \
        and "Traceback" not in bad_url.stderr, bad_url.stderr
    english = _fieldbrief("--lang", "en", "--data-dir", data, "check")
    assert english.stdout.strip() == f"{data}/fieldbrief.sqlite: ok."


def test_the_damaged_database_offer_is_in_chinese(qtbot, chinese, open_window, paths):
    from PySide6.QtWidgets import QAbstractButton

    from models.book import customers
    from models.storage.backup import take_backup
    from models.book.customers import CustomerData
    from models.storage.db import open_database
    from tests.damage import break_a_page

    db = open_database(paths.database_url)
    customers.save(db, CustomerData(name="华信科技有限公司"))
    db.close()
    take_backup(paths.database, reason="auto")
    break_a_page(paths.database)
    window = open_window(paths, wait=False)
    qtbot.waitUntil(lambda: window.backups is not None and window.backups.message is not None
                    and window.backups.message.isVisible(), timeout=15_000)
    box = window.backups.message
    texts = [box.windowTitle(), box.text(), window.database_label.text()]
    texts += [button.text() for button in box.findChildren(QAbstractButton) if button.isVisible()]
    for text in texts:
        assert text and not english_in(text, ("SQLite",)), text
    assert "只读" in box.text()
    box.done(0)


def test_qts_own_file_dialog_is_in_chinese(qtbot, chinese):
    """Qt's file dialog (the one used where the desktop offers none, as under Xvfb): qtbase's translation
    lacks two of Qt 6's labels, which ours supply."""
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QWidget

    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        dialog = QFileDialog(None, "", "", "CSV (*.csv)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(mode)
        qtbot.addWidget(dialog)
        shown = [w.text() for w in dialog.findChildren(QWidget) if isinstance(w, (QAbstractButton, QLabel))]
        shown += [w.toolTip() for w in dialog.findChildren(QWidget) if w.toolTip()]
        assert "查找范围(&L)：" in shown and "文件类型(&T)：" in shown, shown
        assert not [text for text in shown if re.search(r"[A-Za-z]{2,}", text.replace("&", ""))], shown


def test_phone_labels_read_in_chinese_and_are_stored_as_the_usual_ones(qtbot, chinese, open_window, paths):
    """The editor shows a stored "mobile" as 手机 and keeps it "mobile" when saved; a label typed as 手机 is
    stored as "mobile" too (the brief, the export and the duplicates finder know it), one typed 秘书 as typed."""
    from models.book import customers
    from models.book.customers import ChannelData, CustomerData

    window = open_window(paths)
    db = window.database.db
    cid = customers.save(db, CustomerData(name="华信科技有限公司", channels=[
        ChannelData("phone", "138 0571 2266", "mobile"), ChannelData("email", "info@huaxin.cn", "work")])).customer_id
    window.show_page(1)
    window.customers.edit_customer(cid)
    editor = window.customers.editor
    table = editor.channels.table
    assert [table.item(row, 1).text() for row in range(table.rowCount())] == ["手机", "工作"]
    qtbot.mouseClick(editor.channels.add_phone, Qt.MouseButton.LeftButton)
    table.item(2, 2).setText("0571-8765 4321")
    table.item(2, 1).setText("手机")
    qtbot.mouseClick(editor.channels.add_phone, Qt.MouseButton.LeftButton)
    table.item(3, 2).setText("0571-8765 4322")
    table.item(3, 1).setText("秘书")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.isVisible())
    saved = [(c.value, c.label) for c in customers.load(db, cid).channels]
    assert saved == [("138 0571 2266", "mobile"), ("info@huaxin.cn", "work"), ("0571-8765 4321", "mobile"),
                     ("0571-8765 4322", "秘书")], saved


def test_qts_own_print_dialog_is_in_chinese(qtbot, chinese):
    """Qt's print dialog (Brief > Print…), its options and its printer properties (a child of it, made with
    it): qtbase's translation lacks eight of Qt 6's labels, which ours supply."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QWidget

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    def texts(top: QWidget) -> list[str]:
        shown = []
        for widget in top.findChildren(QWidget):
            if isinstance(widget, (QAbstractButton, QLabel)):
                shown.append(widget.text())
            elif isinstance(widget, QGroupBox):
                shown.append(widget.title())
            elif isinstance(widget, QTabWidget):
                shown += [widget.tabText(i) for i in range(widget.count())]
        return shown

    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    shown = texts(dialog)
    properties = next(b for b in dialog.findChildren(QAbstractButton) if b.objectName() == "properties")

    def read_and_close_the_properties():
        opened = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible() and w is not dialog]
        for window in opened:
            shown.extend(texts(window))
            window.reject()

    QTimer.singleShot(0, read_and_close_the_properties)
    properties.click()  # (modal: runs until the timer closes it)
    assert "页面组(&S)：" in shown and "每张页数(&P)：" in shown and "任务优先级(&P)：" in shown, "|".join(shown)
    assert not [text for text in shown if re.search(r"[A-Za-z]{2,}", re.sub(r"\(&\w\)|&|PDF", "", text))], shown


def test_every_phone_region_has_a_chinese_name(chinese):
    """Settings' list of phone regions: every region named in Chinese (libphonenumber's or, where it has
    none or a placeholder such as Samoa's "*zh", Qt's translated), none a code or a placeholder."""
    from models.book import phones
    from ui.country_names import country_name

    names = {code: country_name(code) for code in phones.regions()}
    odd = {code: name for code, name in names.items() if not re.search(r"[\u4e00-\u9fff]", name) or "*" in name}
    assert not odd, odd
    assert names["WS"] == "萨摩亚" and names["CN"] == "中国"


def test_the_planners_briefing_is_punctuated_in_chinese(qtbot, chinese, demo_db):
    """The side panel beside the plan, for the demo's customers with a visit behind them: full-width
    colons and brackets after Chinese words (B · 提升期：…, 下一步：…, （到期 …）), none of ": " left."""
    import datetime as dt

    from sqlalchemy import text

    from models.visits.visit_context import briefing
    from ui.widgets.briefing_panel import BriefingPanel

    panel = BriefingPanel()
    qtbot.addWidget(panel)
    with demo_db.engine.connect() as conn:
        ids = conn.execute(text("SELECT customer_id FROM visits WHERE status = 'done' GROUP BY customer_id LIMIT 20")).scalars().all()
    shown = []
    for cid in ids:
        panel.show_briefing(briefing(demo_db, cid, dt.datetime(2026, 12, 20, 10, 0)))
        shown.append(panel.toPlainText())
    said = "\n".join(shown)
    assert "：" in said and "下一步：" in said
    assert not re.search(r"[\u4e00-\u9fff\d]: ", said), [line for line in said.splitlines() if re.search(r"[\u4e00-\u9fff\d]: ", line)][:5]


def test_the_agendas_days_are_written_as_todays_heading_writes_them(qtbot, chinese, open_window, paths):
    """Visits page: the week shown as 2026年12月3日 – 2026年12月9日 (the long date, without the weekday), the
    day as 2026年12月3日; no 2026/12/3 beside Today's 2026年12月3日星期四."""
    import datetime as dt

    window = open_window(paths)
    window.show_page(2)
    agenda = window.visits.ensure_built()
    agenda.first_day = dt.date(2026, 12, 3)
    agenda.refresh()
    shown = agenda.range_label.text()
    assert shown in ("2026年12月3日 – 2026年12月9日", "2026年12月3日"), shown


def test_the_checklist_templates_headings_show_whole(qtbot, chinese, open_window, paths):
    """Settings > the checklist every visit starts from: its narrow columns as wide as their headings."""
    from ui.dialogs.settings_dialog import ChecklistTemplateTable, SettingsDialog

    window = open_window(paths)
    dialog = SettingsDialog(window.database.db, window)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.findChild(ChecklistTemplateTable).table
    header = table.horizontalHeader()
    for column in (2, 3):
        heading = table.horizontalHeaderItem(column).text()
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(heading), heading
    dialog.done(0)


def test_the_customers_toolbar_fits_a_small_window_in_chinese(qtbot, chinese, open_window, paths):
    """At 1100 x 720 (a laptop's window) the filters beside the search narrow instead of lying over it: no
    two of the toolbar's widgets overlap, and the search keeps room for what is typed."""
    window = open_window(paths)
    window.resize(1100, 720)
    window.show()
    window.show_page(1)
    page = window.customers
    qtbot.waitUntil(lambda: page.search.isVisible() and page.search.width() > 0)
    filters = [page.segment, page.tier, page.stage, page.tag, page.owner, page.spend_drop, page.archived, page.count_label]

    def laid_out() -> bool:
        apart = all(a.geometry().right() < b.geometry().left() for a, b in zip(filters, filters[1:]))
        return apart and page.search.geometry().right() < page.new_button.geometry().left() \
            and page.search.geometry().bottom() < page.segment.geometry().top()

    qtbot.waitUntil(laid_out)
    assert page.search.width() >= 400
