"""`python main.py` really starts the GUI: window up, database opened after the first paint, logged."""

import os
import signal
import subprocess
import sys
import time

from tests.conftest import REPO


def test_main_py_opens_the_window_and_the_database(data_dir):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen([sys.executable, "main.py", "--data-dir", str(data_dir), "--lang", "zh_CN"],
                               cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    log_file = data_dir / "logs" / "fieldbrief.log"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and process.poll() is None:
            if log_file.exists() and "Opened" in log_file.read_text(encoding="utf-8"):
                break
            time.sleep(0.1)
        assert process.poll() is None, process.communicate()[1]
        assert f"Opened {data_dir / 'fieldbrief.sqlite'}" in log_file.read_text(encoding="utf-8")
    finally:
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=30)
    assert (data_dir / "fieldbrief.sqlite").exists()


def test_the_window_is_built_without_the_database_libraries(data_dir):
    """SQLAlchemy, Alembic and reportlab load after the first paint, and so does the customer page (its
    module loads the Qt namespace); building the window must not need them."""
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from models.paths import DataPaths\n"
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
