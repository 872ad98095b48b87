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
