"""What setup.cfg cannot declare: the repository's resources/ folder installed as the package
``fieldbrief_resources``, and the Qt translations (.qm) compiled from their .ts sources into every wheel, so
that a wheel built from a clean checkout (``pip wheel .``, ``pipx install .``) has them."""

import subprocess
import sys
from pathlib import Path

from setuptools import find_namespace_packages, setup
from setuptools.command.build_py import build_py

RESOURCES_PACKAGE = "fieldbrief_resources"  # models/runtime/resources.py finds it by this name
# Each folder of resources/ is a (namespace) package of data, so that every file in it goes into the wheel.
RESOURCE_FOLDERS = sorted(p.name for p in Path("resources").iterdir() if p.is_dir() and p.name != "__pycache__")
LRELEASE = "from PySide6.scripts.pyside_tool import lrelease; lrelease()"  # pyside6-lrelease, on any platform


class BuildPyWithTranslations(build_py):
    """build_py, then lrelease each resources/i18n/*.ts into the build's fieldbrief_resources/i18n/*.qm."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads resources/ itself; the Makefile builds its .qm files
            return
        target = Path(self.build_lib, RESOURCES_PACKAGE, "i18n")
        target.mkdir(parents=True, exist_ok=True)
        for ts in sorted(Path("resources", "i18n").glob("*.ts")):
            qm = target / ts.with_suffix(".qm").name
            self.announce(f"compiling {ts} -> {qm}", level=2)
            subprocess.run([sys.executable, "-c", LRELEASE, "-silent", str(ts), "-qm", str(qm)], check=True)


setup(
    # find_namespace_packages: every folder of models/ and ui/ with its modules, an __init__.py or not
    packages=find_namespace_packages(include=["models", "models.*", "ui", "ui.*"], exclude=["*.__pycache__"])
    + [RESOURCES_PACKAGE] + [f"{RESOURCES_PACKAGE}.{folder}" for folder in RESOURCE_FOLDERS],
    package_dir={"": ".", RESOURCES_PACKAGE: "resources"},
    # fonts with their licences, .ts sources (the brief reads them), templates, icons; a .qm built in the source
    # tree may be copied too, but build_py compiles it afresh over the copy
    package_data={f"{RESOURCES_PACKAGE}.{folder}": ["*"] for folder in RESOURCE_FOLDERS}
    # Alembic's template for new migrations (scripts/new_migration.py)
    | {"models.storage.migrations": ["script.py.mako"]},
    cmdclass={"build_py": BuildPyWithTranslations},
)
