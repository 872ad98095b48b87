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
    from models.backup import check_file
    from models.errors import as_known_error
    from models.interchange.importer import read_records
    from models.translatable import in_language
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
    assert run.stderr.strip() == f"fieldbrief：错误：{empty} 未恢复：文件是空的。您的数据库保持原样。"
    english = subprocess.run([sys.executable, str(ROOT / "main.py"), "--lang", "en", "--data-dir", str(tmp_path / "data"),
                              "restore", str(empty)], capture_output=True, text=True, timeout=120)
    assert english.stderr.strip() == f"fieldbrief: error: {empty} was not restored: the file is empty. " \
                                      "Your database is as it was."


def test_the_damaged_database_offer_is_in_chinese(qtbot, chinese, open_window, paths):
    from PySide6.QtWidgets import QAbstractButton

    from models import customers
    from models.backup import take_backup
    from models.customers import CustomerData
    from models.db import open_database
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
