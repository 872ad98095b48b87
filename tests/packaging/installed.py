"""Running Fieldbrief as installed (a virtualenv's `fieldbrief`, or the bundle's executable) and checking what a
user does with it; shared by the wheel, pipx and bundle tests."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import REPO

DIST_SCRIPT = REPO / "scripts" / "dist.py"


def clean_env(**extra: str) -> dict[str, str]:
    """The environment of a user's shell: no PYTHONPATH or PYTHONHOME pointing at the source tree, offscreen Qt."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "PYTEST", "VIRTUAL_ENV")) and key != "FIELDBRIEF_DATA_DIR"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


@dataclass
class Program:
    """An installed ``fieldbrief`` (a virtualenv's script, or the bundle's executable), run from ``cwd``."""

    executable: Path
    cwd: Path

    def run(self, *args: str, timeout: float = 300, **env: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(self.executable), *args], cwd=self.cwd, env=clean_env(**env), capture_output=True,
                              text=True, timeout=timeout)

    def ok(self, *args: str, **env: str) -> str:
        result = self.run(*args, **env)
        assert result.returncode == 0, f"fieldbrief {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
        return result.stdout


def build(out: Path, *args: str) -> str:
    result = subprocess.run([sys.executable, str(DIST_SCRIPT), "--out", str(out), *args], capture_output=True,
                            text=True, timeout=1800)
    assert result.returncode == 0, f"scripts/dist.py failed:\n{result.stdout[-5000:]}\n{result.stderr[-5000:]}"
    return result.stdout


def a_visit(database: Path) -> tuple[int, str]:
    """The id and day of a planned visit in a demo database (read with sqlite3, not through the app)."""
    with sqlite3.connect(database) as conn:
        visit_id, starts = conn.execute(
            "SELECT id, date(planned_start) FROM visits WHERE status != 'cancelled' "
            "ORDER BY planned_start DESC LIMIT 1").fetchone()
    return visit_id, starts


def pdf_fonts(pdf: Path) -> str:
    return subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout


def pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def check_commands(fieldbrief: Program, version: str) -> None:
    """What a rep does from the command line: demo, the brief and a day sheet (in Chinese), exports, a backup."""
    data = fieldbrief.cwd / "data"
    assert fieldbrief.ok("--version").strip() == f"Fieldbrief {version}"
    assert "30 customers" in fieldbrief.ok("--data-dir", str(data), "demo", "--customers", "30")
    visit_id, day = a_visit(data / "fieldbrief.sqlite")

    fieldbrief.ok("--data-dir", str(data), "--lang", "zh_CN", "brief", str(visit_id), "-o", "brief.pdf")
    brief = fieldbrief.cwd / "brief.pdf"
    assert "拜访简报" in pdf_text(brief)  # the translation file was found
    fonts = pdf_fonts(brief)
    assert "WenQuanYiMicroHei" in fonts, fonts  # the bundled font was found and embedded
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:]), fonts  # every font embedded

    fieldbrief.ok("--data-dir", str(data), "brief", "--date", day, "-o", "day.pdf")
    assert "Day sheet" in pdf_text(fieldbrief.cwd / "day.pdf")

    fieldbrief.ok("--data-dir", str(data), "export", "--format", "csv", "-o", "book.csv")
    assert (fieldbrief.cwd / "book.csv").read_text(encoding="utf-8-sig").startswith("Customer ID,")
    fieldbrief.ok("--data-dir", str(data), "export", "--format", "ics", "-o", "visits.ics")
    assert (fieldbrief.cwd / "visits.ics").read_text(encoding="utf-8").count("BEGIN:VEVENT") > 30
    fieldbrief.ok("--data-dir", str(data), "export", "--format", "vcard", "-o", "people.vcf")
    assert "BEGIN:VCARD" in (fieldbrief.cwd / "people.vcf").read_text(encoding="utf-8")

    assert "(verified)" in fieldbrief.ok("--data-dir", str(data), "backup")
    assert len(list((data / "backups").glob("*.sqlite"))) == 1
    assert "ok" in fieldbrief.ok("--data-dir", str(data), "check").lower()


def check_first_paint(fieldbrief: Program) -> None:
    """The window, offscreen, in Chinese, up to its first paint; the log says the bundled font was loaded."""
    data = fieldbrief.cwd / "window-data"
    out = fieldbrief.ok("--data-dir", str(data), "--lang", "zh_CN", "--exit-on-first-paint")
    assert out.startswith("first paint "), out
    log = (data / "logs" / "fieldbrief.log").read_text(encoding="utf-8")
    assert "Fallback font: WenQuanYi Micro Hei from " in log, log
    assert "No fieldbrief translation" not in log and "WARNING" not in log and "ERROR" not in log, log
