"""`pipx install .` from a checkout, as the README says: the app in its own environment, on the user's PATH."""

from __future__ import annotations

import subprocess
import sys

from models import __version__
from tests.packaging.installed import Program, check_first_paint, clean_env


def test_pipx_install_from_a_checkout_gives_a_working_fieldbrief(wheel, tmp_path, elsewhere):
    checkout = wheel.parent / "build" / "source"  # the clean copy of the source tree the wheel was built from
    home, bin_dir = tmp_path / "pipx", tmp_path / "bin"
    env = clean_env(PIPX_HOME=str(home), PIPX_BIN_DIR=str(bin_dir), PIPX_MAN_DIR=str(tmp_path / "man"))
    result = subprocess.run([sys.executable, "-m", "pipx", "install", "."], cwd=checkout, env=env,
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "fieldbrief" in result.stdout  # pipx names the command it put on the PATH

    fieldbrief = Program(bin_dir / "fieldbrief", elsewhere)
    assert fieldbrief.ok("--version").strip() == f"Fieldbrief {__version__}"
    check_first_paint(fieldbrief)
