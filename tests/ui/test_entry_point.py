"""`python main.py` really starts the GUI: window up, database opened after the first paint, logged."""

import os
import signal
import subprocess
import sys
import time

import pytest

from models.book import customers
from models.storage.backup import list_backups
from models.book.customers import CustomerData
from models.storage.db import open_database
from models.storage.paths import DataPaths
from tests.conftest import REPO


def start_app(data_dir, waiting_for: str = "Opened") -> subprocess.Popen:
    """``python main.py`` in a process of its own, once its log says ``waiting_for`` (the database is open)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen([sys.executable, "main.py", "--data-dir", str(data_dir), "--lang", "zh_CN"],
                               cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    log_file = data_dir / "logs" / "fieldbrief.log"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if log_file.exists() and waiting_for in log_file.read_text(encoding="utf-8"):
            break
        time.sleep(0.1)
    if process.poll() is not None:
        raise AssertionError(process.communicate()[1])
    return process


def test_main_py_opens_the_window_and_the_database(data_dir):
    process = start_app(data_dir)
    try:
        log_file = data_dir / "logs" / "fieldbrief.log"
        assert f"Opened {data_dir / 'fieldbrief.sqlite'}" in log_file.read_text(encoding="utf-8")
    finally:
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=30)
    assert (data_dir / "fieldbrief.sqlite").exists()


@pytest.mark.parametrize("sent", [signal.SIGTERM, signal.SIGINT])
def test_a_logout_or_ctrl_c_closes_the_window_properly_with_the_backup_on_quit(data_dir, sent):
    paths = DataPaths.resolve(data_dir).ensure()
    db = open_database(paths.database_url)  # (a book, so that the first run offers no demo)
    customers.save(db, CustomerData(name="华信科技有限公司"))
    db.close()
    process = start_app(data_dir, waiting_for="Backing up")  # (the backups know the book as it was opened)
    try:
        db = open_database(paths.database_url)  # a change the window has not backed up yet
        customers.save(db, CustomerData(name="Harbour Lights"))
        db.close()
    finally:
        process.send_signal(sent)
        _out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert [b.reason for b in list_backups(paths.backups)] == ["quit"]
    assert f"Closing on {sent.name}" in (data_dir / "logs" / "fieldbrief.log").read_text(encoding="utf-8")


def test_the_window_is_built_without_the_database_libraries(data_dir):
    """SQLAlchemy, Alembic and reportlab load after the first paint, and so does the customer page (its
    module loads the Qt namespace); building the window must not need them."""
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from models.storage.paths import DataPaths\n"
        "from ui.main_window import MainWindow\n"
        f"paths = DataPaths.resolve({str(data_dir)!r}).ensure()\n"
        "window = MainWindow(paths, paths.database_url)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', 'reportlab')\n"
        "             or m == 'ui.pages.customers'))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_a_logout_ends_the_app_even_with_messages_open(data_dir):
    """A damaged book opens read-only with its messages up; SIGTERM still ends the app (nobody is there to
    answer them), and with exit code 0."""
    from tests.damage import break_a_page

    paths = DataPaths.resolve(data_dir).ensure()
    db = open_database(paths.database_url)
    for i in range(300):
        customers.save(db, CustomerData(name=f"华信科技 {i:03}"))
    db.close()
    break_a_page(paths.database)
    process = start_app(data_dir, waiting_for="WARNING ui.errors")  # (a message of the damage is up)
    process.send_signal(signal.SIGTERM)
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err


def test_the_app_opens_with_a_file_where_its_backups_folder_should_be(data_dir):
    (data_dir / "backups").write_text("not a folder", encoding="utf-8")
    process = start_app(data_dir)  # (it crashed at start: FileExistsError)
    process.send_signal(signal.SIGTERM)
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert (data_dir / "fieldbrief.sqlite").exists() and (data_dir / "backups").is_file()
