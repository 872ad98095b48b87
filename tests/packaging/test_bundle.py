"""The standalone bundle `make dist` builds (scripts/dist.py), unpacked and started as a rep would start it.

Slow (it builds the bundle, a few minutes); `make test` and CI run it, `-m "not slow"` leaves it out.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest

from models import __version__
from tests.conftest import REPO
from tests.packaging.installed import Program, build, check_commands, check_first_paint, clean_env

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not sys.platform.startswith("linux"),
                                                   reason="the bundle of this platform is built and tested on Linux")]


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("dist")
    return out, build(out)


@pytest.fixture(scope="module")
def unpacked(dist, tmp_path_factory) -> Path:
    """The archive a rep downloads, unpacked somewhere else: the bundle's folder."""
    out, _ = dist
    (archive,) = out.glob("Fieldbrief-*-linux-*.tar.gz")
    target = tmp_path_factory.mktemp("unpacked")
    subprocess.run(["tar", "xzf", str(archive), "-C", str(target)], check=True)
    return target / "Fieldbrief"


def test_make_dist_prints_the_sizes_and_the_archive_holds_the_app_its_font_and_licences(dist):
    out, report = dist
    assert [line.split(":")[0] for line in report.splitlines() if "_size: " in line] == [
        "wheel_size", "bundle_size", "bundle_archive_size"]
    (archive,) = out.glob(f"Fieldbrief-{__version__}-linux-*.tar.gz")
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
    for name in ("fieldbrief", "fieldbrief.desktop", "fieldbrief.png", "install-menu-entry.sh",
                 "_internal/fieldbrief_resources/fonts/wqy-microhei.ttc",
                 "_internal/fieldbrief_resources/fonts/LICENSE-Apache-2.0.txt",
                 "_internal/fieldbrief_resources/i18n/fieldbrief_zh_CN.qm",
                 "_internal/models/storage/migrations/versions/0001_initial_schema.py"):
        assert f"Fieldbrief/{name}" in names, name


def test_3_the_readme_gives_the_archives_size_and_the_unpacked_one_as_built(dist, unpacked):
    out, _ = dist
    (archive,) = out.glob("Fieldbrief-*-linux-*.tar.gz")
    stated = re.search(r"linux-x86_64\.tar\.gz`, (\d+) MB \((\d+) MB", (REPO / "README.md").read_text(encoding="utf-8"))
    assert stated, "the README gives the archive's size and the unpacked size"
    unpacked_size = sum(p.stat().st_size for p in unpacked.rglob("*") if p.is_file() and not p.is_symlink())
    assert abs(int(stated.group(1)) - archive.stat().st_size / 1e6) < 3, (stated.group(0), archive.stat().st_size)
    assert abs(int(stated.group(2)) - unpacked_size / 1e6) < 6, (stated.group(0), unpacked_size)


def test_the_desktop_file_is_valid_and_the_menu_entry_starts_the_bundle(unpacked, tmp_path):
    subprocess.run(["desktop-file-validate", str(unpacked / "fieldbrief.desktop")], check=True)
    home = tmp_path / "home"
    env = clean_env(HOME=str(home))
    env.pop("XDG_DATA_HOME", None)  # the tests' keyring folder (tests/conftest.py): a user's has none set
    subprocess.run([str(unpacked / "install-menu-entry.sh")], env=env, check=True, capture_output=True)
    entry = home / ".local/share/applications/fieldbrief.desktop"
    subprocess.run(["desktop-file-validate", str(entry)], check=True)
    assert f'Exec="{unpacked / "fieldbrief"}"' in entry.read_text(encoding="utf-8").splitlines()
    assert (home / ".local/share/icons/hicolor/256x256/apps/fieldbrief.png").read_bytes().startswith(b"\x89PNG")


def test_the_bundle_runs_the_commands_from_any_folder(unpacked, tmp_path):
    check_commands(Program(unpacked / "fieldbrief", tmp_path), __version__)


def test_the_bundle_works_on_a_team_database(unpacked, tmp_path, pg_server):
    """PostgreSQL's dialect, psycopg and what the migrations import are in the bundle (found by name only)."""
    url = pg_server.new_database(None)  # an empty database, as an administrator makes one
    fieldbrief = Program(unpacked / "fieldbrief", tmp_path)
    assert "30 customers" in fieldbrief.ok("--database", url, "demo", "--customers", "30")
    assert "ok, reachable, the current schema" in fieldbrief.ok("--database", url, "check")


def test_the_bundle_paints_its_window_offscreen_in_chinese_with_its_own_font(unpacked, tmp_path):
    check_first_paint(Program(unpacked / "fieldbrief", tmp_path))


def grab_screen(display: str, target: Path) -> bytes:
    """A screenshot of the whole X screen, taken by Qt from this test's virtualenv (not the bundle's)."""
    script = ("import sys\nfrom PySide6.QtGui import QGuiApplication\napp = QGuiApplication([])\n"
              "sys.exit(0 if app.primaryScreen().grabWindow(0).save(sys.argv[1]) else 1)")
    subprocess.run([sys.executable, "-c", script, str(target)], env=clean_env(DISPLAY=display, QT_QPA_PLATFORM="xcb"),
                   check=True, capture_output=True, timeout=60)
    return target.read_bytes()


@pytest.fixture
def x_display():
    """A private Xvfb screen; Xvfb picks a free display number and tells it through a pipe."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    assert number, "Xvfb did not start"
    yield f":{number}"
    server.terminate()
    server.wait(timeout=30)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_bundled_window_on_a_screen_shows_the_demo_book(unpacked, tmp_path, x_display, lang):
    """On a real (virtual) X screen: the window opens the database and shows Today; the screenshot is kept in the
    test's folder (pytest --basetemp=DIR keeps it where you can look at it)."""
    fieldbrief = Program(unpacked / "fieldbrief", tmp_path)
    data = tmp_path / "data"
    fieldbrief.ok("--data-dir", str(data), "demo", "--customers", "60")
    log = data / "logs" / "fieldbrief.log"
    app = subprocess.Popen([str(fieldbrief.executable), "--data-dir", str(data), "--lang", lang], cwd=tmp_path,
                           env=clean_env(DISPLAY=x_display, QT_QPA_PLATFORM="xcb"), stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
    shot = tmp_path / f"bundle-{lang}.png"
    try:
        deadline = time.monotonic() + 90
        while app.poll() is None and "Opened" not in log.read_text(encoding="utf-8") and time.monotonic() < deadline:
            time.sleep(0.1)
        assert app.poll() is None, app.communicate()[1]
        previous, current = b"", grab_screen(x_display, shot)
        while current != previous and time.monotonic() < deadline:  # until the Today lists have filled in
            previous, current = current, grab_screen(x_display, shot)
        assert current == previous, "the window kept changing"
    finally:
        app.terminate()  # (the app does not yet close itself on SIGTERM; nothing was changed here to lose)
        app.communicate(timeout=60)
    text = log.read_text(encoding="utf-8")
    assert "Fallback font: WenQuanYi Micro Hei from " + str(unpacked / "_internal") in text, text
    assert "WARNING" not in text and "ERROR" not in text, text
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20, "the screenshot is blank"
