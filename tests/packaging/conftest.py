"""Fieldbrief as a user installs it: the wheel built by scripts/dist.py, installed into a fresh virtualenv, and
run from a folder that is not the source tree, with nothing of the source tree on the path."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.packaging.installed import build, clean_env

if sys.platform == "win32":  # POSIX paths, and Windows' `fieldbrief` has no console to print to (README)
    collect_ignore_glob = ["test_*.py"]

@pytest.fixture(scope="session")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    build(out, "--wheel-only")
    (built,) = out.glob("fieldbrief-*.whl")
    return built


@pytest.fixture(scope="session")
def installed_venv(wheel, tmp_path_factory) -> Path:
    """A fresh virtualenv with only the wheel and what it requires (pip's cache keeps this quick)."""
    folder = tmp_path_factory.mktemp("venv") / "env"
    venv.create(folder, with_pip=True)
    python = folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    result = subprocess.run([str(python), "-m", "pip", "install", "--disable-pip-version-check", "--quiet", str(wheel)],
                            env=clean_env(), capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr
    return folder


@pytest.fixture
def elsewhere(tmp_path) -> Path:
    """A folder with nothing of Fieldbrief in it, to run the installed program from."""
    folder = tmp_path / "somewhere else"
    folder.mkdir()
    return folder


