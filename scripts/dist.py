"""Build what a user installs: the wheel, and the standalone bundle (PyInstaller, one folder) for this platform.

    python scripts/dist.py [--out DIR] [--wheel-only]       (`make dist`, `make wheel`)

1. The wheel, from a clean copy of the source tree (no .venv, build/ or compiled translations in it, as a
   fresh checkout: setup.py compiles the translations, and nothing stale from an earlier build can ship).
2. A new virtualenv under DIR/build with the wheel and PyInstaller installed: the bundle is made of the
   installed wheel, never of the source tree.
3. PyInstaller with packaging/fieldbrief.spec into DIR/Fieldbrief/.
4. On Linux: the .desktop file, the icon and install-menu-entry.sh into the folder, and DIR/Fieldbrief-VERSION-
   linux-ARCH.tar.gz of it. (An AppImage needs appimagetool, which neither PyPI nor Debian packages.)

Every step is a plain command, printed as it runs; the README gives the same commands for Windows and macOS.
The last lines are the sizes, as the benchmarks print their figures.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import venv
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGING = REPO / "packaging"
# what a fresh checkout does not have (see .gitignore), and the bulky folders the build does not read
NOT_SOURCE = (".git", ".venv", "build", "dist", "__pycache__", "*.egg-info", ".pytest_cache", ".hypothesis", "*.qm",
              "screenshots-tmp")
BUNDLE_TOOLS = ("pyinstaller>=6.0", "pyinstaller-hooks-contrib>=2024.0")
WHEEL_GOAL_MB, BUNDLE_GOAL_MB, ARCHIVE_GOAL_MB = 5, 300, 120  # a rep downloads the archive over hotel Wi-Fi


def run(*command: str | Path, cwd: Path | None = None) -> None:
    print("+", " ".join(str(part) for part in command), flush=True)
    subprocess.run([str(part) for part in command], cwd=cwd, check=True)


def build_wheel(out: Path) -> Path:
    source = out / "build" / "source"
    shutil.rmtree(source, ignore_errors=True)
    shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(*NOT_SOURCE))
    for old in out.glob("fieldbrief-*.whl"):
        old.unlink()
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--disable-pip-version-check", "-w", out, source)
    (wheel,) = out.glob("fieldbrief-*.whl")
    return wheel


def venv_python(folder: Path) -> Path:
    return folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def build_bundle(wheel: Path, out: Path) -> Path:
    build_venv = out / "build" / "venv"
    shutil.rmtree(build_venv, ignore_errors=True)
    print(f"+ {sys.executable} -m venv {build_venv}", flush=True)
    venv.create(build_venv, with_pip=True)
    python = venv_python(build_venv)
    run(python, "-m", "pip", "install", "--disable-pip-version-check", "--quiet", wheel, *BUNDLE_TOOLS)
    run(python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", out, "--workpath", out / "build" / "pyinstaller", PACKAGING / "fieldbrief.spec",
        cwd=out / "build")  # not the source tree: nothing in it can be picked up instead of the wheel's
    return out / "Fieldbrief"


def add_linux_desktop_files(bundle: Path) -> None:
    from models.runtime.resources import APP_ICON_FILE

    shutil.copy2(PACKAGING / "fieldbrief.desktop", bundle / "fieldbrief.desktop")
    shutil.copy2(APP_ICON_FILE, bundle / "fieldbrief.png")
    shutil.copy2(PACKAGING / "install-menu-entry.sh", bundle / "install-menu-entry.sh")


def tar_folder(bundle: Path, version: str) -> Path:
    archive = bundle.parent / f"Fieldbrief-{version}-linux-{platform.machine()}.tar.gz"
    print(f"+ tar czf {archive} -C {bundle.parent} {bundle.name}", flush=True)
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(bundle, arcname=bundle.name)
    return archive


def size_mb(path: Path) -> float:
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "dist", help="where to put them (default dist/)")
    parser.add_argument("--wheel-only", action="store_true", help="build the wheel and stop")
    args = parser.parse_args()
    out = args.out.absolute()
    out.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(REPO))
    from models import __version__

    wheel = build_wheel(out)
    figures = [f"wheel_size: {size_mb(wheel):.1f} MB (goal < {WHEEL_GOAL_MB} MB)  {wheel.name}"]
    if not args.wheel_only:
        bundle = build_bundle(wheel, out)
        if sys.platform.startswith("linux"):
            add_linux_desktop_files(bundle)
            archive = tar_folder(bundle, __version__)
            figures.append(f"bundle_archive_size: {size_mb(archive):.0f} MB (goal < {ARCHIVE_GOAL_MB} MB)  {archive.name}")
        figures.insert(1, f"bundle_size: {size_mb(bundle):.0f} MB (goal < {BUNDLE_GOAL_MB} MB)  {bundle}")
    print("\n".join(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
